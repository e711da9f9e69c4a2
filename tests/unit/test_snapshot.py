from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import crosscheck
from crosscheck.cli import EXIT_CHANGED, EXIT_INPUT, EXIT_OK, main
from crosscheck.errors import InputError
from crosscheck.models import Source
from crosscheck.snapshot import (
    SCHEMA,
    SnapshotMismatch,
    assert_matches_snapshot,
    compare_snapshots,
    load_snapshot,
    take_snapshot,
    write_snapshot,
)

A = "Lena Fischer said 42 nurses were sheltered near Dunedin on Monday.\nThe storm damaged the harbour bridge badly, officials said.\n"
B = "On Monday, 42 nurses were sheltered near Dunedin, Lena Fischer said.\n"
C = "Lena Fischer said 40 nurses were sheltered near Dunedin on Monday.\n"


def _audit(texts: dict[str, str], **kwargs: object) -> crosscheck.Audit:
    return crosscheck.audit([Source(id=k, text=v) for k, v in texts.items()], **kwargs)  # type: ignore[arg-type]


def test_snapshot_keeps_labels_groups_and_discrepancies() -> None:
    snap = take_snapshot(_audit({"a": A, "b": B, "c": C}))
    assert snap["schema"] == SCHEMA
    assert [s["id"] for s in snap["sources"]] == ["a", "b", "c"]
    labels = sorted(c["label"] for c in snap["clusters"])
    assert labels == ["conflicting", "single-source"]
    (d,) = snap["discrepancies"]
    assert d["kind"] == "number"
    assert d["variants"] == [{"text": "40", "sources": ["c"]}, {"text": "42", "sources": ["a", "b"]}]
    json.dumps(snap)


def test_snapshot_ignores_source_order_and_offsets() -> None:
    one = take_snapshot(_audit({"a": A, "b": B, "c": C}))
    other = take_snapshot(_audit({"c": C, "b": B, "a": A}))
    assert compare_snapshots(one, other) == []
    # text moved within a source: offsets change, the verdicts do not; the input change is named
    moved = take_snapshot(_audit({"a": "\n\n" + A, "b": B, "c": C}))
    assert compare_snapshots(one, moved) == [
        "source text changed: a (127 -> 129 characters); the input changed, not only crosscheck"
    ]


def test_diff_names_a_label_change_and_a_new_discrepancy() -> None:
    before = take_snapshot(_audit({"a": A, "b": B}))
    after = take_snapshot(_audit({"a": A, "b": B.replace("42", "41")}))
    lines = compare_snapshots(before, after)
    assert any(line.startswith("source text changed: b") for line in lines)
    # one claim edited in place: one line, both wordings, the labels before and after
    assert (
        "claim changed: b: 'On Monday, 42 nurses were sheltered near Dunedin, Lena Fischer said.' -> "
        "'On Monday, 41 nurses were sheltered near Dunedin, Lena Fischer said.' (was corroborated, now conflicting)"
    ) in lines
    assert not [line for line in lines if line.startswith(("claim disappeared", "claim appeared"))]
    assert "discrepancy appeared: number: '41' (b) vs '42' (a)" in lines


def test_diff_names_label_change_and_regrouping_with_the_same_text() -> None:
    audit = _audit({"a": A, "b": B, "c": C})
    before = take_snapshot(audit)
    # the same claims, verdicts edited by hand: a label and a group
    after = json.loads(json.dumps(before))
    conflicting = next(c for c in after["clusters"] if c["label"] == "conflicting")
    conflicting["label"] = "corroborated"
    after["discrepancies"] = []
    lines = compare_snapshots(before, after)
    assert lines[0].startswith("label changed: conflicting -> corroborated: [a: 'Lena Fischer said 42")
    assert lines[1] == "discrepancy disappeared: number: '40' (c) vs '42' (a, b)"
    split = json.loads(json.dumps(before))
    cluster = next(c for c in split["clusters"] if c["label"] == "conflicting")
    split["clusters"].append({"label": "single-source", "claims": [cluster["claims"].pop()]})
    (line,) = compare_snapshots(before, split)
    assert line.startswith("claims regrouped: [a: ") and "is now [" in line and " + [c: " in line


def test_diff_names_settings_and_reference_changes() -> None:
    base = _audit({"a": A, "b": B})
    tuned = _audit({"a": A, "b": B}, config=crosscheck.AuditConfig(same_claim_cutoff=55), reference=["Dunedin Accord"])
    lines = compare_snapshots(take_snapshot(base), take_snapshot(tuned))
    assert "setting changed: same_claim_cutoff 40.0 -> 55" in lines
    assert "reference names changed: [] -> ['Dunedin Accord']" in lines


def test_assert_matches_snapshot_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "snap.json"
    audit = _audit({"a": A, "b": B, "c": C})
    monkeypatch.delenv("CROSSCHECK_UPDATE_SNAPSHOTS", raising=False)
    with pytest.raises(SnapshotMismatch, match="no snapshot yet"):
        assert_matches_snapshot(audit, path)
    write_snapshot(audit, path)
    assert_matches_snapshot(audit, path)
    changed = _audit({"a": A, "b": B, "c": C.replace("40", "42")})
    with pytest.raises(SnapshotMismatch) as error:
        assert_matches_snapshot(changed, path)
    assert "discrepancy disappeared: number" in str(error.value)
    assert any(d.startswith("label changed: conflicting -> corroborated") for d in error.value.differences)
    monkeypatch.setenv("CROSSCHECK_UPDATE_SNAPSHOTS", "1")
    assert_matches_snapshot(changed, path)
    monkeypatch.delenv("CROSSCHECK_UPDATE_SNAPSHOTS")
    assert_matches_snapshot(changed, path)


def test_load_snapshot_refuses_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "crosscheck.audit/1"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"not a crosscheck\.snapshot/1 snapshot"):
        load_snapshot(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a crosscheck snapshot"):
        load_snapshot(bad)
    with pytest.raises(InputError, match="cannot be read"):
        load_snapshot(tmp_path / "missing.json")


def test_cli_snapshot_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a", A), ("b", B), ("c", C)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    snap = tmp_path / "snap.json"
    assert main(["snapshot", str(folder), "-o", str(snap)]) == EXIT_OK
    assert "wrote" in capsys.readouterr().err
    assert load_snapshot(snap)["discrepancies"][0]["kind"] == "number"
    assert main(["snapshot", str(folder), "--check", str(snap)]) == EXIT_OK
    (folder / "c.txt").write_text(C.replace("40", "42"), encoding="utf-8")
    assert main(["snapshot", str(folder), "--check", str(snap), "-q"]) == EXIT_CHANGED
    out = capsys.readouterr().out
    assert "discrepancy disappeared: number: '40' (c) vs '42' (a, b)" in out
    assert main(["snapshot", str(folder), "--check", str(tmp_path / "nope.json")]) == EXIT_INPUT
    assert main(["snapshot", str(folder)]) == 2  # -o or --check is required


def test_snapshot_of_a_renamed_copy_differs_only_in_names() -> None:
    audit = _audit({"a": A, "b": B})
    renamed = crosscheck.audit([attrs.evolve(s, id=s.id.upper()) for s in audit.sources])
    lines = compare_snapshots(take_snapshot(audit), take_snapshot(renamed))
    assert "source removed: a" in lines and "source added: A" in lines


def test_diff_names_a_lost_discrepancy_identical_to_one_that_stays() -> None:
    # two clusters, each with the same "42 vs 40" number discrepancy between a and c
    a = A + "Later 42 boats were counted in the bay by the coast guard.\n"
    c = C + "Later 40 boats were counted in the bay by the coast guard.\n"
    before = take_snapshot(_audit({"a": a, "c": c}))
    same = [d for d in before["discrepancies"] if d["kind"] == "number"]
    assert len(same) == 2 and same[0]["variants"] == same[1]["variants"]
    after = json.loads(json.dumps(before))
    after["discrepancies"].remove(same[1])
    assert compare_snapshots(before, after) == ["discrepancy disappeared: number: '40' (c) vs '42' (a)"]
    assert compare_snapshots(after, before) == ["discrepancy appeared: number: '40' (c) vs '42' (a)"]


def test_an_edit_late_in_a_long_claim_shows_the_words_that_differ() -> None:
    from crosscheck.snapshot import _where_differ

    old = ("Officials said 43 students were missing after the storm hit the coastal town of Marlow "
           "late on Tuesday, and rescuers were still searching.")
    before, after = _where_differ(old, old.replace("Marlow ", "Marlowe "))
    assert before.startswith("…") and "Marlow late" in before and "Marlowe late" in after
    assert before != after and len(before) <= 72


def test_a_variant_no_source_writes_is_the_reference_lists_only_for_a_reference_name() -> None:
    from crosscheck.snapshot import _variants

    acronym = {"kind": "acronym", "variants": [{"text": "(CRI: words with the initials C R I)", "sources": []},
                                               {"text": "Ransomware Initiative (CRI)", "sources": ["a"]}]}
    reference = {"kind": "reference", "variants": [{"text": "Pall Mall Process", "sources": []},
                                                   {"text": "Paul Mall Process", "sources": ["a"]}]}
    assert _variants(acronym) == "'(CRI: words with the initials C R I)' (no source) vs 'Ransomware Initiative (CRI)' (a)"
    assert _variants(reference).startswith("'Pall Mall Process' (reference list)")
