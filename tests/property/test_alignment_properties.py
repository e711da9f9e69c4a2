"""The aligner against its brute-force reference, and clusters that do not depend on order.

Corpora here use spelling variants (words one letter apart) on purpose, so that fuzzy
word pairing, the hard case for blocking, is exercised.
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.align import (
    TermWeights,
    align_brute_force,
    align_claims,
    build_terms,
    candidate_pairs,
)
from crosscheck.config import AuditConfig
from crosscheck.models import Claim, Source
from crosscheck.pipeline import prepare_source

# Pairs of spellings one or two letters apart (long enough to pair fuzzily), plus
# plain words, names and numbers.
VARIANTS = [
    ("Stadejek", "Stadeyek"), ("Kwangju", "Kwanju"), ("Gaddafi", "Gadhafi"),
    ("Tchaikovsky", "Chaikovsky"), ("Zelensky", "Zelenskyy"), ("Mohammed", "Muhammad"),
    ("Alexandria", "Alexandra"), ("Pyeongchang", "Pyongchang"),
]
WORDS = [
    "ministers", "agreed", "share", "threat", "intelligence", "talks", "resume", "police",
    "arrested", "suspects", "harbour", "storm", "damaged", "bridge", "council", "budget",
    "hospital", "vaccine", "factory", "workers", "strike", "museum", "drought", "crops",
]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    names = [v[draw(st.integers(0, 1))] for v in draw(st.lists(st.sampled_from(VARIANTS), min_size=1, max_size=3))]
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
    number = draw(st.integers(min_value=2, max_value=40))
    cut = draw(st.integers(0, len(words)))
    return " ".join([*words[:cut], *names, *words[cut:], str(number)]).capitalize() + "."


@st.composite
def corpora(draw: st.DrawFn) -> list[Source]:
    pool = draw(st.lists(sentences(), min_size=2, max_size=8, unique=True))
    n = draw(st.integers(min_value=2, max_value=5))
    out = []
    for index in range(n):
        chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
        out.append(Source(id=f"s{index}", text=" ".join(chosen)))
    return out


def _claims(sources: list[Source]) -> list[Claim]:
    config = AuditConfig()
    return [c for s in sources for c in prepare_source(s, config)[1]]


@given(corpora(), st.sampled_from([25.0, 40.0, 60.0]))
def test_blocking_finds_what_brute_force_finds(sources: list[Source], cutoff: float) -> None:
    claims = _claims(sources)
    terms = build_terms(claims)
    found = candidate_pairs(terms, TermWeights.from_terms(terms), score_cutoff=cutoff)
    reference = align_brute_force(claims, AuditConfig(same_claim_cutoff=cutoff, repeat_cutoff=cutoff))
    index = {c.id: n for n, c in enumerate(claims)}
    above = [tuple(sorted((index[a], index[b]))) for (a, b), s in reference.scores.items() if s >= cutoff]
    recall = sum(pair in found for pair in above) / len(above) if above else 1.0
    assert recall >= 0.99, f"blocking recall {recall:.3f} on {len(above)} pairs"


@given(corpora())
def test_fast_aligner_equals_brute_force(sources: list[Source]) -> None:
    claims = _claims(sources)
    fast, slow = align_claims(claims), align_brute_force(claims)
    assert fast.groups == slow.groups
    assert fast.repeats == slow.repeats


def _view(audit: crosscheck.Audit, rename: dict[str, str]) -> set[tuple[str, tuple[tuple[str, int], ...]]]:
    """Clusters as (label, members by original source name and offset)."""
    by_id = audit.claims_by_id
    return {
        (cluster.label.value, tuple(sorted((rename[by_id[c].source], by_id[c].start) for c in cluster.claims)))
        for cluster in audit.clusters
    }


@given(corpora(), st.randoms(use_true_random=False))
def test_shuffled_and_renamed_sources_give_the_same_clusters(sources: list[Source], rng: random.Random) -> None:
    names = [f"r{n}" for n in range(len(sources))]
    rng.shuffle(names)
    renamed = [Source(id=new, text=s.text) for new, s in zip(names, sources, strict=True)]
    back = {new: s.id for new, s in zip(names, sources, strict=True)}
    shuffled = list(renamed)
    rng.shuffle(shuffled)
    first = crosscheck.audit(sources)
    second = crosscheck.audit(shuffled)
    assert _view(first, {s.id: s.id for s in sources}) == _view(second, back)


@given(corpora())
def test_one_claim_per_source_per_cluster_and_repeats_stay_home(sources: list[Source]) -> None:
    claims = _claims(sources)
    alignment = align_claims(claims)
    source = {c.id: c.source for c in claims}
    for group in alignment.groups:
        counted = [source[c] for c in group if c not in alignment.repeats]
        assert len(counted) == len(set(counted))
    for repeat, original in alignment.repeats.items():
        assert source[repeat] == source[original]
