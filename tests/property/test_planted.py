"""Invariants on corpora with planted facts (crosscheck.testing), and on order and naming."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

import crosscheck
from crosscheck.models import Label, Source
from crosscheck.testing import (
    FIRST_NAMES,
    LAST_NAMES,
    PLACES,
    UNITS,
    VERBS,
    PlantedCorpus,
    check_planted,
    planted_corpora,
    simple_corpora,
)

ROOT = Path(__file__).resolve().parents[2]


def _groups(audit: crosscheck.Audit, rename: dict[str, str] | None = None) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    """Clusters as (label, {(source, claim text)}), with source ids mapped back through ``rename``."""
    back = {new: old for old, new in (rename or {}).items()}
    by_id = audit.claims_by_id
    return {
        (
            cluster.label.value,
            frozenset((back.get(by_id[c].source, by_id[c].source), by_id[c].text) for c in cluster.claims),
        )
        for cluster in audit.clusters
    }


def _discrepancies(audit: crosscheck.Audit, rename: dict[str, str] | None = None) -> set[tuple[str, frozenset[frozenset[str]]]]:
    """Discrepancies as (kind, {sources of each variant}). A variant's text is the first
    occurrence in corpus order ("two" or "2"), so it may change with the order."""
    back = {new: old for old, new in (rename or {}).items()}
    return {
        (d.kind.value, frozenset(frozenset(back.get(s, s) for s in v.sources) for v in d.variants))
        for d in audit.discrepancies
    }


def test_word_pools_hold_no_two_words_the_aligner_could_pair() -> None:
    words = [w.lower() for pool in (FIRST_NAMES, LAST_NAMES, PLACES, UNITS, VERBS) for w in pool]
    assert len(words) == len(set(words))
    close = [(a, b) for i, a in enumerate(words) for b in words[i + 1 :] if fuzz.ratio(a, b) >= 70]
    assert close == []


@given(planted_corpora())
def test_planted_facts_get_their_labels_and_contradictions_are_found(planted: PlantedCorpus) -> None:
    audit = crosscheck.audit(planted.sources)
    assert check_planted(audit, planted) == []


@given(planted_corpora())
def test_offsets_round_trip_and_every_claim_in_exactly_one_cluster(planted: PlantedCorpus) -> None:
    audit = crosscheck.audit(planted.sources)
    texts = {s.id: s.text for s in audit.sources}
    for claim in audit.claims:
        assert texts[claim.source][claim.start : claim.end] == claim.text
    placed = [c for cluster in audit.clusters for c in cluster.claims]
    assert sorted(placed) == sorted(c.id for c in audit.claims)
    assert len(placed) == len(set(placed))
    for d in audit.discrepancies:
        for variant in d.variants:
            for claim_id, start, end in variant.spans:
                claim = audit.claims_by_id[claim_id]
                assert claim.start <= start < end <= claim.end


@given(planted_corpora(), st.randoms(use_true_random=False))
def test_planted_labels_do_not_depend_on_source_order_or_names(planted: PlantedCorpus, rnd: object) -> None:
    sources = list(planted.sources)
    shuffled = sources[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    # new names sort in another order than the old ones
    rename = {s.id: f"{chr(ord('z') - n)}-renamed" for n, s in enumerate(sources)}
    renamed = [attrs.evolve(s, id=rename[s.id]) for s in shuffled]
    base = crosscheck.audit(sources)
    other = crosscheck.audit(renamed)
    assert _groups(other, rename) == _groups(base)
    assert _discrepancies(other, rename) == _discrepancies(base)


@given(simple_corpora(), st.randoms(use_true_random=False))
def test_any_labels_do_not_depend_on_source_order_or_names(sources: list[Source], rnd: object) -> None:
    shuffled = sources[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    rename = {s.id: f"{chr(ord('z') - n)}-renamed" for n, s in enumerate(sources)}
    renamed = [attrs.evolve(s, id=rename[s.id]) for s in shuffled]
    assert _groups(crosscheck.audit(renamed), rename) == _groups(crosscheck.audit(sources))


@given(planted_corpora(copies=False), st.data())
def test_a_source_restating_a_fact_never_leaves_it_single_source(planted: PlantedCorpus, data: st.DataObject) -> None:
    fact = data.draw(st.sampled_from(planted.facts))
    wording = data.draw(st.sampled_from(fact.wordings))
    extra = Source(id="restater", text=wording + "\n")
    audit = crosscheck.audit([*planted.sources, extra])
    claim = next(c for c in audit.claims if c.source == "restater")
    cluster = audit.cluster_of(claim.id)
    assert cluster.label is not Label.SINGLE_SOURCE, cluster.reason
    assert set(fact.sources) <= {audit.claims_by_id[c].source for c in cluster.claims}


@given(simple_corpora(), st.data())
def test_a_source_restating_any_claim_never_leaves_it_single_source(sources: list[Source], data: st.DataObject) -> None:
    before = crosscheck.audit(sources)
    claim = data.draw(st.sampled_from(before.claims))
    audit = crosscheck.audit([*sources, Source(id="restater", text=claim.text)])
    new = [c for c in audit.claims if c.source == "restater"]
    assert new, "the restating source made no claim"
    for c in new:
        assert audit.cluster_of(c.id).label is not Label.SINGLE_SOURCE


def _with_copy(sources: Sequence[Source], index: int) -> tuple[list[Source], str, str]:
    original = sources[index % len(sources)]
    copy = attrs.evolve(original, id="copy-of-" + original.id)
    return [*sources, copy], original.id, copy.id


@given(planted_corpora(copies=False), st.integers(0, 10))
def test_a_copied_source_never_contradicts_its_original_nor_creates_a_conflict(
    planted: PlantedCorpus, index: int
) -> None:
    before = crosscheck.audit(planted.sources)
    sources, original, copy = _with_copy(planted.sources, index)
    after = crosscheck.audit(sources)
    for d in after.discrepancies:
        sides = [v for v in d.variants if original in v.sources or copy in v.sources]
        if sides:
            assert len(sides) == 1 and {original, copy} <= set(sides[0].sources), d.explanation
    label_before = {(c.source, c.text): before.cluster_of(c.id).label for c in before.claims}
    for claim in after.claims:
        if claim.source == copy:
            continue
        was = label_before[(claim.source, claim.text)]
        now = after.cluster_of(claim.id).label
        if was is not Label.CONFLICTING:
            assert now is not Label.CONFLICTING, (claim.text, was, now)
    assert len(before.discrepancies) == len(after.discrepancies)


def test_a_copied_source_adds_no_independent_support() -> None:
    text = "Ravi Menon said 42 nurses were sheltered near Dunedin on Monday.\n"
    audit = crosscheck.audit([Source(id="a", text=text), Source(id="b", text=text)])
    cluster = audit.clusters[0]
    assert cluster.sources == ("a", "b")
    assert cluster.independent_sources == 1
    assert cluster.dependent_only
    assert "dependent sources only" in cluster.reason


_HASHSEED_SCRIPT = """
import hashlib, sys
import crosscheck
from crosscheck.models import Source
texts = sys.stdin.read().split("\\x1e")
audit = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)], reference=["Lena Fischer"])
print(hashlib.sha256((audit.to_markdown() + audit.to_json()).encode()).hexdigest())
"""


def test_report_is_byte_identical_across_runs_and_hash_seeds(seeds_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts += [
        "Lena Fischer said 42 nurses were sheltered near Dunedin on Monday.\n- Advertisement -\n",
        "On Tuesday, 41 nurses were sheltered near Dunedin, Lena Fishcer said. Ivаnov agreed.\n",
    ]
    payload = "\x1e".join(texts)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _HASHSEED_SCRIPT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT,
        )
        for seed in ("0", "1", "4242")
    ]
    digests = set()
    for run in runs:
        out, err = run.communicate(payload, timeout=120)
        assert run.returncode == 0, err
        digests.add(out.strip())
    audit = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)], reference=["Lena Fischer"])
    digests.add(hashlib.sha256((audit.to_markdown() + audit.to_json()).encode()).hexdigest())
    assert len(digests) == 1
