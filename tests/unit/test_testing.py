"""crosscheck.testing: its strategies plant what they say, and check_planted can fail."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest
from hypothesis import assume, given, settings

import crosscheck
from crosscheck.models import DiscrepancyKind, Label
from crosscheck.testing import PlantedCorpus, check_planted, planted_corpora


@given(planted_corpora())
def test_planted_corpora_are_well_formed(planted: PlantedCorpus) -> None:
    ids = [s.id for s in planted.sources]
    assert len(ids) == len(set(ids)) >= 2
    texts = {s.id: s.text for s in planted.sources}
    for source_id, sentence, key in planted.claim_texts:
        assert sentence in texts[source_id]
        fact = planted.fact(key)
        assert source_id in fact.sources
    for fact in planted.facts:
        assert not set(fact.stated_by) & set(fact.contradicted_by)
        assert (fact.kind is None) == (fact.changed is None) == (not fact.contradicted_by)
        if fact.kind is not None:
            assert fact.changed != fact.original
            assert fact.expected_label is Label.CONFLICTING
        assert len(fact.wordings) == 3
    assert all(any(sid == s.id for sid, _, _ in planted.claim_texts) for s in planted.sources)


@settings(max_examples=20)
@given(planted_corpora(contradictions=[DiscrepancyKind.NUMBER], copies=False, furniture=False))
def test_check_planted_notices_a_wrong_label(planted: PlantedCorpus) -> None:
    audit = crosscheck.audit(planted.sources)
    assert check_planted(audit, planted) == []
    flipped = [
        attrs.evolve(c, label=Label.CORROBORATED if c.label is not Label.CORROBORATED else Label.SINGLE_SOURCE)
        for c in audit.clusters
    ]
    problems = check_planted(attrs.evolve(audit, clusters=flipped), planted)
    assert problems and all("expected" in p for p in problems if "is " in p)


@settings(max_examples=20)
@given(planted_corpora(contradictions=[DiscrepancyKind.DATE], min_sources=3))
def test_check_planted_notices_a_missed_contradiction(planted: PlantedCorpus) -> None:
    audit = crosscheck.audit(planted.sources)
    assume(any(f.kind for f in planted.facts))
    blind = attrs.evolve(
        audit, discrepancies=(), clusters=[attrs.evolve(c, discrepancies=()) for c in audit.clusters]
    )
    assert any("was not found" in p for p in check_planted(blind, planted))


def test_check_planted_notices_claims_that_do_not_align() -> None:
    planted = PlantedCorpus(
        sources=[
            crosscheck.Source(id="a", text="Ravi Menon said 42 nurses were sheltered near Dunedin on Monday.\n"),
            crosscheck.Source(id="b", text="On Monday, 42 nurses were sheltered near Dunedin harbour, Ravi Menon said.\n"),
        ],
        facts=[crosscheck.testing.PlantedFact(key="f1", stated_by=["a", "b"])],
        claim_texts=[
            ("a", "Ravi Menon said 42 nurses were sheltered near Dunedin on Monday.", "f1"),
            ("b", "On Monday, 42 nurses were sheltered near Dunedin harbour, Ravi Menon said.", "f1"),
        ],
    )
    assert check_planted(crosscheck.audit(planted.sources), planted) == []
    strict = crosscheck.audit(planted.sources, config=crosscheck.AuditConfig(same_claim_cutoff=100))
    assert any("split over clusters" in p for p in check_planted(strict, planted))


def test_without_hypothesis_the_import_error_says_what_to_install() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import crosscheck.testing"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert 'pip install "crosscheck[testing]"' in result.stderr
    ok = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['hypothesis'] = None; import crosscheck, crosscheck.snapshot"],
        capture_output=True, text=True, check=False,
    )
    assert ok.returncode == 0, ok.stderr


def test_check_planted_notices_a_copy_counted_as_independent() -> None:
    text = (
        "Ravi Menon said 42 nurses were sheltered near Dunedin on Monday.\n"
        "Some 17 pilots were stranded near Krakow on Friday, according to Lena Fischer.\n"
    )
    planted = PlantedCorpus(
        sources=[crosscheck.Source(id="a", text=text), crosscheck.Source(id="b", text=text)],
        facts=[
            crosscheck.testing.PlantedFact(key="f1", stated_by=["a", "b"], copied_by=["b"]),
            crosscheck.testing.PlantedFact(key="f2", stated_by=["a", "b"], copied_by=["b"]),
        ],
        claim_texts=[(sid, line, key) for sid in "ab" for line, key in zip(text.splitlines(), ["f1", "f2"], strict=True)],
    )
    assert all(f.expected_independent_sources == 1 for f in planted.facts)
    audit = crosscheck.audit(planted.sources)
    assert check_planted(audit, planted) == []
    assert all(c.dependent_only and c.independent_sources == 1 for c in audit.clusters)
    forged = attrs.evolve(
        audit,
        clusters=[attrs.evolve(c, independent_sources=2, dependent_only=False) for c in audit.clusters],
    )
    problems = check_planted(forged, planted)
    assert any("2 independent sources, at most 1 expected" in p for p in problems)
    assert any("not marked dependent only" in p for p in problems)


def test_simple_corpora_words_are_far_apart_and_not_from_the_seed_corpus() -> None:
    import re
    from itertools import combinations
    from pathlib import Path

    from rapidfuzz.distance import Levenshtein

    from crosscheck.testing import WORDS

    assert len(set(WORDS)) == len(WORDS)
    close = [(a, b) for a, b in combinations(WORDS, 2) if Levenshtein.distance(a, b) <= 1]
    assert close == []
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    assert seeds, "no seed articles found"
    seed_words = {w for path in seeds for w in re.findall(r"[a-z]+", path.read_text("utf-8", "replace").lower())}
    assert sorted(set(WORDS) & seed_words) == []


def test_planted_corpora_takes_kinds_by_name_and_refuses_what_it_cannot_plant() -> None:
    from hypothesis import find

    planted = find(planted_corpora(contradictions=["number"], min_sources=3), lambda p: any(f.kind for f in p.facts))
    assert {f.kind for f in planted.facts if f.kind} == {DiscrepancyKind.NUMBER}
    with pytest.raises(ValueError, match="cannot plant quote-wording"):
        find(planted_corpora(contradictions=[DiscrepancyKind.QUOTE_WORDING]), lambda p: True)
