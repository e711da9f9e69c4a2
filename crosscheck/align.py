"""Align claims across sources: score pairs, propose candidates by blocking, cluster.

The score of two claims is a weighted Dice overlap of their content words: each word
weighs its inverse document frequency in the corpus being audited, so names and rare
words count more than "said" or "cooperation"; words pair fuzzily (``fuzz.ratio`` after
spelling normalisation), so Yoon/Youn and analysed/analyzed still meet. Every score
carries the words that matched and those that did not.

Only pairs that share a word rare enough to be indexed are scored (blocking); clusters
grow greedily from the best pairs, with at most one claim per source in a cluster and
a mean-similarity test that keeps a mediocre middle claim from chaining two
unrelated ones together.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz, process

from crosscheck._text import content_tokens
from crosscheck.config import AuditConfig
from crosscheck.models import Claim, TokenMatch

__all__ = [
    "Alignment",
    "ClaimTerms",
    "TermWeights",
    "align_brute_force",
    "align_claims",
    "build_terms",
    "candidate_pairs",
    "score_terms",
]


@attrs.frozen
class ClaimTerms:
    """The content words of one claim, as the scorer sees them."""

    claim: str
    source: str
    tokens: tuple[str, ...]


@attrs.frozen
class TermWeights:
    """Inverse document frequencies of words over the claims of one audit."""

    n_docs: int
    df: Mapping[str, int]

    @classmethod
    def from_terms(cls, terms: Iterable[ClaimTerms]) -> TermWeights:
        """Count in how many claims each word occurs."""
        df: Counter[str] = Counter()
        n = 0
        for term in terms:
            n += 1
            df.update(set(term.tokens))
        return cls(n, dict(df))

    def weight(self, token: str) -> float:
        """Return the weight of ``token``: 1 + log(N / df), at least 1."""
        if self.n_docs < 2:
            return 1.0
        df = self.df.get(token, 1)
        return 1.0 + math.log(max(1.0, self.n_docs / df))


UNIFORM = TermWeights(0, {})
"""Weights for comparing two sentences with no corpus around them: every word weighs 1."""


def build_terms(claims: Iterable[Claim]) -> list[ClaimTerms]:
    """Tokenise the claims once for scoring."""
    return [ClaimTerms(c.id, c.source, tuple(content_tokens(c.text))) for c in claims]


def _fuzzy_ok(a: str, b: str) -> bool:
    # digits must match exactly: 2024 and 2025 are not the same word.
    return not (any(ch.isdigit() for ch in a) or any(ch.isdigit() for ch in b))


def score_terms(
    a: Sequence[str],
    b: Sequence[str],
    weights: TermWeights = UNIFORM,
    *,
    token_cutoff: float = 84.0,
) -> tuple[float, list[TokenMatch], list[str], list[str]]:
    """Score two token lists; return ``(score, matched, only_a, only_b)``.

    The score is ``100 * 2 * sum(w * sim) / (sum(w_a) + sum(w_b))`` over paired words,
    a word's weight being its IDF and ``sim`` the ``fuzz.ratio`` of the pair (100 for
    an exact match). It is symmetric in ``a`` and ``b``.

    >>> score_terms(["sides", "analyzed", "landscape"], ["sides", "analysed", "landscape"])[0] > 90
    True
    """
    if not a and not b:
        return 100.0, [], [], []
    if not a or not b:
        return 0.0, [], list(a), list(b)
    left = Counter(a)
    right = Counter(b)
    matches: list[TokenMatch] = []
    common = left & right
    for token, count in sorted(common.items()):
        matches.extend(TokenMatch(token, token, 100.0) for _ in range(count))
    left -= common
    right -= common
    rest_a = sorted(t for t in left if _fuzzy_ok(t, t))
    rest_b = sorted(t for t in right if _fuzzy_ok(t, t))
    if rest_a and rest_b:
        matrix = process.cdist(rest_a, rest_b, scorer=fuzz.ratio, score_cutoff=token_cutoff)
        candidates = sorted(
            ((float(matrix[i, j]), rest_a[i], rest_b[j]) for i, j in zip(*matrix.nonzero(), strict=True)),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        for similarity, ta, tb in candidates:
            if left[ta] and right[tb]:
                n = min(left[ta], right[tb])
                matches.extend(TokenMatch(ta, tb, similarity) for _ in range(n))
                left[ta] -= n
                right[tb] -= n
    total = sum(weights.weight(t) for t in a) + sum(weights.weight(t) for t in b)
    shared = sum(
        2 * min(weights.weight(m.a), weights.weight(m.b)) * m.score / 100 for m in matches
    )
    score = 100.0 * shared / total if total else 0.0
    only_a = sorted(left.elements())
    only_b = sorted(right.elements())
    return round(min(100.0, score), 2), matches, only_a, only_b


def candidate_pairs(
    terms: Sequence[ClaimTerms], weights: TermWeights, *, max_share: float = 0.05, min_df_cap: int = 25
) -> set[tuple[int, int]]:
    """Propose pairs of claims that share a word rare enough to be indexed (blocking).

    A word is indexed when it occurs in at most ``max(min_df_cap, max_share * N)`` claims.
    Returns index pairs ``(i, j)`` with ``i < j``, same-source pairs included.
    """
    cap = max(min_df_cap, int(max_share * len(terms)))
    index: dict[str, list[int]] = defaultdict(list)
    for i, term in enumerate(terms):
        for token in set(term.tokens):
            if weights.df.get(token, 0) <= cap:
                index[token].append(i)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                pairs.add((postings[x], postings[y]))
    return pairs


@attrs.frozen
class Alignment:
    """The aligner's output, before labels: groups of claim ids and their evidence.

    Attributes:
        groups: each a tuple of claim ids; every claim is in exactly one group.
        repeats: ``claim id -> id of the claim of the same source it repeats``.
        scores: the score of every pair the aligner looked at, keyed by sorted ids.
    """

    groups: tuple[tuple[str, ...], ...]
    repeats: Mapping[str, str]
    scores: Mapping[tuple[str, str], float]


class _Scorer:
    def __init__(self, terms: Sequence[ClaimTerms], weights: TermWeights, config: AuditConfig):
        self.terms = {t.claim: t for t in terms}
        self.weights = weights
        self.config = config
        self.cache: dict[tuple[str, str], float] = {}

    def __call__(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            self.cache[key] = score_terms(
                self.terms[a].tokens, self.terms[b].tokens, self.weights,
                token_cutoff=self.config.token_cutoff,
            )[0]
        return self.cache[key]


def align_claims(claims: Sequence[Claim], config: AuditConfig | None = None) -> Alignment:
    """Group the claims that state the same thing, at most one claim per source a group.

    1. Candidate pairs come from blocking; each is scored.
    2. Cross-source pairs at or above ``same_claim_cutoff``, best first, merge their
       groups when the groups share no source and their mean pairwise score reaches
       ``link_cutoff``.
    3. A claim left alone that restates a claim of its own source (score at or above
       ``repeat_cutoff``) joins that claim's group as a repeat.
    """
    config = config or AuditConfig()
    terms = build_terms(claims)
    weights = TermWeights.from_terms(terms)
    scorer = _Scorer(terms, weights, config)
    pairs = candidate_pairs(terms, weights, max_share=config.max_token_share)
    return _cluster(claims, pairs, scorer, config)


def align_brute_force(claims: Sequence[Claim], config: AuditConfig | None = None) -> Alignment:
    """Like :func:`align_claims`, but scores every pair: the reference for tests."""
    config = config or AuditConfig()
    terms = build_terms(claims)
    weights = TermWeights.from_terms(terms)
    scorer = _Scorer(terms, weights, config)
    n = len(claims)
    pairs = {(i, j) for i in range(n) for j in range(i + 1, n)}
    return _cluster(claims, pairs, scorer, config)


def _cluster(
    claims: Sequence[Claim], pairs: Iterable[tuple[int, int]], scorer: _Scorer, config: AuditConfig
) -> Alignment:
    source_of = {c.id: c.source for c in claims}
    order = {c.id: n for n, c in enumerate(claims)}
    cross: list[tuple[float, str, str]] = []
    same: list[tuple[float, str, str]] = []
    for i, j in pairs:
        a, b = claims[i].id, claims[j].id
        score = scorer(a, b)
        if claims[i].source != claims[j].source:
            if score >= config.same_claim_cutoff:
                cross.append((score, a, b))
        elif score >= config.repeat_cutoff:
            same.append((score, a, b))

    group_of: dict[str, int] = {c.id: n for n, c in enumerate(claims)}
    members: dict[int, list[str]] = {n: [c.id] for n, c in enumerate(claims)}

    def by_strength(item: tuple[float, str, str]) -> tuple[float, int, int]:
        score, a, b = item
        first, second = sorted((order[a], order[b]))
        return (-score, first, second)

    for _score, a, b in sorted(cross, key=by_strength):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        sources_a = {source_of[c] for c in members[ga]}
        if any(source_of[c] in sources_a for c in members[gb]):
            continue
        links = [scorer(x, y) for x in members[ga] for y in members[gb]]
        if sum(links) / len(links) < config.link_cutoff:
            continue
        keep, gone = (ga, gb) if ga < gb else (gb, ga)
        for c in members[gone]:
            group_of[c] = keep
        members[keep].extend(members.pop(gone))

    repeats: dict[str, str] = {}
    for _score, a, b in sorted(same, key=by_strength):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        # the claim alone in its group becomes a repeat of the other
        if len(members[gb]) == 1 and b not in repeats.values():
            single, other = b, a
        elif len(members[ga]) == 1 and a not in repeats.values():
            single, other = a, b
        else:
            continue
        if len(members[group_of[other]]) == 1 and order[single] < order[other]:
            single, other = other, single
        target = group_of[other]
        repeats[single] = repeats.get(other, other)
        members[group_of[single]].remove(single)
        members.pop(group_of[single])
        group_of[single] = target
        members[target].append(single)

    groups = []
    for ids in members.values():
        groups.append(tuple(sorted(ids, key=order.__getitem__)))
    groups.sort(key=lambda g: order[g[0]])
    return Alignment(tuple(groups), repeats, dict(scorer.cache))
