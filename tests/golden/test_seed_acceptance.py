"""The seed corpus is the first acceptance test, read through the CLI's JSON.

What a careful human reader of the five seed articles finds, the audit must find; what
is only benign variation it must not report. Nothing here is special-cased in the
library: these are the expectations of issue 2 checked against its output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crosscheck.cli import main


def _discrepancies_with(data: dict[str, Any], *words: str) -> list[dict[str, Any]]:
    found = []
    for d in data["discrepancies"]:
        texts = " | ".join(v["text"] for v in d["variants"])
        if all(w in texts for w in words):
            found.append(d)
    return found


def _sources_of(d: dict[str, Any], word: str) -> set[str]:
    return {s for v in d["variants"] if word in v["text"] for s in v["sources"]}


def test_schema_and_provenance(seed_json: dict[str, Any]) -> None:
    assert seed_json["schema"] == "crosscheck.audit/1"
    texts = {s["id"]: s for s in seed_json["sources"]}
    assert len(texts) == 5
    cluster_ids = {c["id"] for c in seed_json["clusters"]}
    for claim in seed_json["claims"]:
        assert claim["cluster"] in cluster_ids
        assert claim["source"] in texts
        assert claim["start"] < claim["end"]


def test_offsets_point_into_the_original_files(seed_json: dict[str, Any], seeds_dir: Any) -> None:
    originals = {p.stem: p.read_bytes().decode("utf-8") for p in seeds_dir.glob("*.txt")}
    assert seed_json["claims"]
    for claim in seed_json["claims"]:
        assert originals[claim["source"]][claim["start"] : claim["end"]] == claim["text"]


def test_surname_conflict_of_the_eeas_director(seed_json: dict[str, Any]) -> None:
    found = _discrepancies_with(seed_json, "Stachowiak", "Stadejek")
    assert len(found) == 1
    d = found[0]
    assert len(d["variants"]) >= 2
    assert len(_sources_of(d, "Stachowiak")) == 1
    assert len(_sources_of(d, "Stadejek")) == 3
    # majorities count independent origins (issue 5): the three articles that write Stadejek
    # are one origin (shared passages, a wire credit), so one origin stands against one
    assert d["majority"] is None
    assert "one origin" in d["explanation"]


def test_romanisation_variant_of_the_director_general(seed_json: dict[str, Any]) -> None:
    found = _discrepancies_with(seed_json, "Yoon Jong-kwon", "Youn Jong-kwon")
    assert len(found) == 1
    assert len(_sources_of(found[0], "Yoon")) == 1
    assert len(_sources_of(found[0], "Youn")) == 3


def test_police_policy_slip(seed_json: dict[str, Any]) -> None:
    found = _discrepancies_with(seed_json, "National Police Agency", "National Policy Agency")
    assert len(found) == 1
    assert found[0]["kind"] == "name-variant"
    assert _sources_of(found[0], "Police") != _sources_of(found[0], "Policy")


def test_reference_near_miss(seed_json: dict[str, Any]) -> None:
    found = _discrepancies_with(seed_json, "Pall Mall Process", "Paul Mall Process")
    assert len(found) == 1
    d = found[0]
    assert d["kind"] == "reference"
    assert d["variants"][d["majority"]]["text"] == "Pall Mall Process"
    assert len(_sources_of(d, "Paul Mall")) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("defence", "defense"),
        ("analysed", "analyzed"),
        ("7th", "seventh"),
        ("Director-General", "Director General"),
        ("S. Korea", "South Korea"),
        ("Foreign Ministry", "foreign ministry"),
    ],
)
def test_benign_variation_is_not_a_discrepancy(seed_json: dict[str, Any], a: str, b: str) -> None:
    for d in seed_json["discrepancies"]:
        texts = [v["text"] for v in d["variants"]]
        assert not (any(a in t for t in texts) and any(b in t for t in texts)), d
        assert not any(t.lower() == a.lower() for t in texts), d


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Loading cryptocurrency prices...",
        "- Advertisement -",
        "Latest News",
        "Previous Articles:",
        "Follow BITNEWSBOT",
        "hiuneal@hankyung.com",
        "![",
        "Crypto Vet Arthur Hayes Warns Monad Could Crash 99%",
        "7 Best NFT Marketplaces for Every Need",
        "Photo: YONHAP News",
    ],
)
def test_boilerplate_is_not_a_claim(seed_json: dict[str, Any], boilerplate: str) -> None:
    assert not [c["id"] for c in seed_json["claims"] if boilerplate in c["text"]]
    dropped = [
        d for s in seed_json["sources"] for d in s["dropped"] if boilerplate in d.get("text", "")
    ]
    assert dropped, f"{boilerplate!r} should be listed as dropped text"


def _cluster_of_claim_with(data: dict[str, Any], words: str) -> list[dict[str, Any]]:
    ids = {c["id"] for c in data["claims"] if words in c["text"]}
    return [c for c in data["clusters"] if ids & set(c["claims"])]


def test_shared_press_release_quote_is_corroborated(seed_json: dict[str, Any]) -> None:
    clusters = _cluster_of_claim_with(seed_json, "growing cyberthreat landscape")
    assert len(clusters) == 1, "both articles' quotes should sit in one cluster"
    cluster = clusters[0]
    assert cluster["label"] == "corroborated"
    quoting = {
        c["source"] for c in seed_json["claims"]
        if c["id"] in cluster["claims"] and "growing cyberthreat landscape" in c["text"]
    }
    assert len(quoting) == 2


def test_quote_from_one_article_is_single_source(seed_json: dict[str, Any]) -> None:
    clusters = _cluster_of_claim_with(seed_json, "Cybercrime today frequently exceeds")
    assert len(clusters) == 1
    assert clusters[0]["label"] == "single-source"
    assert len(clusters[0]["sources"]) == 1


def test_every_discrepancy_is_explained(seed_json: dict[str, Any]) -> None:
    assert seed_json["discrepancies"]
    for d in seed_json["discrepancies"]:
        assert len(d["variants"]) >= 2
        assert d["explanation"]
        assert d["majority"] is None or 0 <= d["majority"] < len(d["variants"])
        cluster_ids = {c["id"] for c in seed_json["clusters"]}
        assert d["cluster"] is None or d["cluster"] in cluster_ids


def test_labels_follow_from_sources_and_discrepancies(seed_json: dict[str, Any]) -> None:
    inside: dict[str, int] = {}
    for d in seed_json["discrepancies"]:
        if d["cluster"]:
            inside[d["cluster"]] = inside.get(d["cluster"], 0) + 1
    for cluster in seed_json["clusters"]:
        if len(cluster["sources"]) < 2:
            expected = "single-source"
        elif inside.get(cluster["id"]):
            expected = "conflicting"
        else:
            expected = "corroborated"
        assert cluster["label"] == expected, cluster


# ---- issue 4: facts and discrepancies that generalise


def test_acronym_whose_expansion_does_not_spell_it(seed_json: dict[str, Any]) -> None:
    found = [d for d in _discrepancies_with(seed_json, "Ransomware Initiative (CRI)") if d["kind"] == "acronym"]
    assert len(found) == 1
    assert found[0]["severity"] == "medium"
    assert "CRI" in found[0]["explanation"]
    # a fitting expansion is never flagged
    for d in seed_json["discrepancies"]:
        if d["kind"] == "acronym":
            assert not _discrepancies_with({"discrepancies": [d]}, "Ministry of Foreign Affairs (MOFA)")


def test_money_is_a_number_fact_of_a_single_source_claim(seed_json: dict[str, Any]) -> None:
    claims = [c for c in seed_json["claims"] if "$1.7 billion" in c["text"]]
    assert len(claims) == 1
    facts = [f for f in claims[0]["facts"] if f["kind"] == "number" and f["text"] == "$1.7 billion"]
    assert facts and facts[0]["value"] == "1700000000" and facts[0]["unit"] == "usd"
    (cluster,) = [c for c in seed_json["clusters"] if claims[0]["id"] in c["claims"]]
    assert cluster["label"] == "single-source"


@pytest.mark.parametrize("written", ["Tuesday", "May 20", "the 20th"])
def test_seed_dates_raise_no_discrepancy(seed_json: dict[str, Any], written: str) -> None:
    facts = [
        f for c in seed_json["claims"] for f in c["facts"] if f["kind"] == "date" and f["text"] == written
    ]
    assert facts, f"{written!r} should be a date fact"
    for d in seed_json["discrepancies"]:
        assert d["kind"] != "date", d
        assert not any(written in v["text"] for v in d["variants"]), d


def test_romanisation_variant_is_low_severity(seed_json: dict[str, Any]) -> None:
    (d,) = _discrepancies_with(seed_json, "Yoon Jong-kwon", "Youn Jong-kwon")
    assert d["kind"] == "name-variant"
    assert d["severity"] == "low"


def test_unsupported_quote_is_a_note_outside_clusters(seeds_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.json"
    code = main(["audit", str(seeds_dir), "-o", str(output), "--unsupported-quotes", "all", "-q"])
    assert code == 0
    notes = [d for d in json.loads(output.read_text(encoding="utf-8"))["discrepancies"]
             if d["kind"] == "unsupported-quote"]
    assert any("Cybercrime today frequently exceeds" in d["variants"][0]["text"] for d in notes)
    # the press-release quotation two articles carry is supported
    assert not any("growing cyberthreat landscape" in d["variants"][0]["text"] for d in notes)
    for d in notes:
        assert d["cluster"] is None and d["severity"] == "low"
        assert len(d["variants"][0]["sources"]) == 1
