"""Align claims across sources: score pairs, propose candidates by blocking, cluster.

The score of two claims is a weighted Dice overlap of their content words: each word
weighs its inverse document frequency in the corpus being audited, so names and rare
words count more than "said" or "cooperation"; words pair fuzzily (``fuzz.ratio`` after
spelling normalisation), so Kowalczyk/Kowalczik and analysed/analyzed still meet. Every
score carries the words that matched and those that did not.

Only pairs that can reach the cutoff are scored: an exact prefix-filtered join over
fuzzy word families (:mod:`crosscheck.blocking`) proposes them. Clusters grow greedily
from the best pairs, with at most one claim per source in a cluster and a
mean-similarity test that keeps a mediocre middle claim from chaining two unrelated
ones together; ties are broken by content, never by input order. See docs/alignment.md.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain

import attrs
import numpy as np
from rapidfuzz import fuzz, process

from crosscheck._text import claim_tokens
from crosscheck.blocking import join_prefixes
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
    "fuzzy_neighbours",
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
        sets = [set(term.tokens) for term in terms]
        df = Counter(chain.from_iterable(sets))  # one count over all claims' word sets
        return cls(len(sets), dict(df))

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
    return [ClaimTerms(c.id, c.source, claim_tokens(c.text)) for c in claims]


FUZZY_MIN_LENGTH = 5
"""Words (stems) shorter than this pair only exactly."""


@functools.lru_cache(maxsize=65536)
def _fuzzy_ok(token: str) -> bool:
    # digits must match exactly: 2024 and 2025 are not the same word; and in a short
    # word one letter makes another word (bat/bag), in a long one a spelling variant.
    return len(token) >= FUZZY_MIN_LENGTH and not any(ch.isdigit() for ch in token)


def _fuzzy_pairs(
    left: Counter[str], right: Counter[str], token_cutoff: float
) -> list[tuple[float, str, str]]:
    """Pair the leftover words of two sides fuzzily, best first; consumes ``left``/``right``."""
    rest_a = sorted(t for t in left if _fuzzy_ok(t))
    rest_b = sorted(t for t in right if _fuzzy_ok(t))
    found: list[tuple[float, str, str]] = []
    if not rest_a or not rest_b:
        return found
    matrix = process.cdist(rest_a, rest_b, scorer=fuzz.ratio, score_cutoff=token_cutoff)
    candidates = sorted(
        ((float(matrix[i, j]), rest_a[i], rest_b[j]) for i, j in zip(*matrix.nonzero(), strict=True)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for similarity, ta, tb in candidates:
        if left[ta] and right[tb]:
            n = min(left[ta], right[tb])
            found.extend((similarity, ta, tb) for _ in range(n))
            left[ta] -= n
            right[tb] -= n
    return found


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
    an exact match). Words pair exactly first, then the rest fuzzily, best pair first
    (``fuzz.ratio`` at or above ``token_cutoff``; words with digits only exactly).
    It is symmetric in ``a`` and ``b``.

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
    matches.extend(TokenMatch(ta, tb, sim) for sim, ta, tb in _fuzzy_pairs(left, right, token_cutoff))
    total = sum(weights.weight(t) for t in a) + sum(weights.weight(t) for t in b)
    shared = sum(
        2 * min(weights.weight(m.a), weights.weight(m.b)) * m.score / 100 for m in matches
    )
    score = 100.0 * shared / total if total else 0.0
    only_a = sorted(left.elements())
    only_b = sorted(right.elements())
    return round(min(100.0, score), 2), matches, only_a, only_b


_BATCH_ROWS = 1024
_LENGTH_SLACK = 1e-6  # compare same-length words when the bound is this close to the cutoff


def fuzzy_neighbours(vocabulary: Iterable[str], token_cutoff: float) -> dict[str, dict[str, float]]:
    """Map each word to the other words of ``vocabulary`` that it pairs with fuzzily.

    Two words pair when their ``fuzz.ratio`` reaches ``token_cutoff`` and neither has a
    digit. Only words of compatible lengths are compared (a ratio of ``c`` needs the
    longer word to be at most ``(200 - c) / c`` times the shorter), in batches through
    ``rapidfuzz.process.cdist`` on all cores.
    """
    words = sorted({t for t in vocabulary if _fuzzy_ok(t)}, key=lambda t: (len(t), t))
    out: dict[str, dict[str, float]] = {}
    if not words or token_cutoff > 100:
        return out
    lengths = [len(t) for t in words]
    stretch = (200.0 - token_cutoff) / token_cutoff if token_cutoff > 0 else math.inf
    start = 0
    while start < len(words):
        length = lengths[start]
        stop = bisect.bisect_right(lengths, length, lo=start)
        limit = len(words) if math.isinf(stretch) else bisect.bisect_right(lengths, int(length * stretch))
        # two different words of one length differ by two edits at least, a ratio of
        # 100 * (1 - 1 / length) at most: below the cutoff, they need not be compared
        first = start if 100.0 * (1.0 - 1.0 / length) >= token_cutoff - _LENGTH_SLACK else stop
        cols = words[first:limit]
        if not cols:
            start = stop
            continue
        for batch in range(start, stop, _BATCH_ROWS):  # bounded memory: rows x cols float32
            rows = words[batch : min(stop, batch + _BATCH_ROWS)]
            matrix = process.cdist(rows, cols, scorer=fuzz.ratio, score_cutoff=token_cutoff, workers=-1)
            if first == start:  # a word against itself is no partner
                own = np.arange(len(rows))
                matrix[own, own + (batch - start)] = 0
            # the few rows with a partner, then their partners (row by row, as nonzero() reads)
            hit = np.flatnonzero(matrix.max(axis=1) > 0)
            found_rows, found_cols = matrix[hit].nonzero()
            similarities = matrix[hit[found_rows], found_cols].tolist()
            for i, j, similarity in zip(hit[found_rows].tolist(), found_cols.tolist(), similarities, strict=True):
                a, b = rows[i], cols[j]
                out.setdefault(a, {})[b] = similarity
                out.setdefault(b, {})[a] = similarity
        start = stop
    return out


class _Profiles:
    """Per-claim data computed once: word counts, weights, fuzzy partners, blocking keys.

    For blocking, each word stands for its fuzzy family (the connected component of the
    fuzzy-partner graph, named by its first word and weighing as much as its heaviest
    word). Whatever two claims pair, exactly or fuzzily, lies inside one family, so the
    weighted overlap of families bounds the score from above: blocking on families
    loses no pair that fuzzy matching would bring together.
    """

    def __init__(self, terms: Sequence[ClaimTerms], weights: TermWeights, token_cutoff: float):
        self.terms = terms
        self.token_cutoff = token_cutoff
        vocabulary = sorted({t for term in terms for t in term.tokens})
        self.weight = {t: weights.weight(t) for t in vocabulary}
        self.neighbours = fuzzy_neighbours(vocabulary, token_cutoff)
        self.counts: list[dict[str, int]] = [_word_counts(term.tokens) for term in terms]
        self.totals = [sum(self.weight[t] * n for t, n in c.items()) for c in self.counts]
        family = _families(vocabulary, self.neighbours)
        self.family_weight: dict[str, float] = {}
        for t in vocabulary:
            f = family[t]
            self.family_weight[f] = max(self.family_weight.get(f, 0.0), self.weight[t])
        renamed = {t for t, f in family.items() if f != t}  # words that stand for another
        self.keys: list[dict[str, int]] = []
        for counts in self.counts:
            if renamed.isdisjoint(counts):
                keys = dict(counts)
            else:
                keys = {}
                for t, n in counts.items():
                    f = family[t]
                    keys[f] = keys.get(f, 0) + n
            self.keys.append(keys)
        family_df = Counter(chain.from_iterable(self.keys))
        # per claim, the words that have fuzzy partners (the others pair only exactly)
        neighbours = self.neighbours
        self.fuzzy = [[t for t in counts if t in neighbours] for counts in self.counts]
        self._groups: list[list[int]] | None = None
        # blocking order: rarest family first, ties by name (independent of input order)
        self.rank = {f: r for r, f in enumerate(sorted(family_df, key=lambda f: (family_df[f], f)))}

    def score(self, i: int, j: int) -> float:
        """The :func:`score_terms` score of claims ``i`` and ``j``, without the evidence."""
        a, b = self.counts[i], self.counts[j]
        total = self.totals[i] + self.totals[j]
        if not a and not b:
            return 100.0
        if not a or not b or not total:
            return 0.0
        weight = self.weight
        shared = 0.0
        left: dict[str, int] = {}
        right = dict(b)
        for t, n in a.items():
            m = right.get(t)
            if m:
                k = min(n, m)
                shared += weight[t] * k
                right[t] = m - k
                n -= k
            if n:
                left[t] = n
        shared *= 2
        fuzzy = self.fuzzy[i]
        if left and fuzzy and self.fuzzy[j]:  # fuzzy pairs among the words left over
            candidates = []
            neighbours = self.neighbours
            for ta in fuzzy:
                if ta in left:
                    for tb, similarity in neighbours[ta].items():
                        if right.get(tb):
                            candidates.append((-similarity, ta, tb))
            candidates.sort()
            for negative, ta, tb in candidates:
                n, m = left[ta], right[tb]
                if n and m:
                    k = min(n, m)
                    shared += 2 * min(weight[ta], weight[tb]) * -negative / 100 * k
                    left[ta] = n - k
                    right[tb] = m - k
        return round(min(100.0, 100.0 * shared / total), 2)

    def word_groups(self) -> list[list[int]]:
        """Claims with the same words (and counts), each group in claim order, by first claim."""
        if self._groups is None:
            groups: dict[tuple[str, ...], list[int]] = {}
            for i, term in enumerate(self.terms):  # the same sorted words: the same counts
                groups.setdefault(tuple(sorted(term.tokens)), []).append(i)
            self._groups = list(groups.values())
        return self._groups

    def bound(self, i: int, j: int) -> float:
        """An upper bound of :meth:`score`: the weighted overlap of the two claims' families."""
        total = self.totals[i] + self.totals[j]
        if not total:
            return 100.0
        a, b = self.keys[i], self.keys[j]
        if len(a) > len(b):
            a, b = b, a
        weight = self.family_weight
        shared = 0.0
        for f, n in a.items():
            m = b.get(f)
            if m:
                shared += weight[f] * min(n, m)
        return 200.0 * shared / total

    def prefix(self, i: int, cutoff: float) -> list[str]:
        """The rarest families of claim ``i`` of which any pair scoring ``cutoff`` shares one.

        A pair scoring ``cutoff`` shares at least ``cutoff / (200 - cutoff)`` of either
        claim's weight; if the two claims share no family of their prefixes, all they
        share lies in a suffix lighter than that (prefix filtering, as in PPJoin).
        """
        keys = self.keys[i]
        weight = self.family_weight
        needed = cutoff / (200.0 - cutoff) * self.totals[i]
        remaining = sum(weight[f] * n for f, n in keys.items())
        out = []
        for f in sorted(keys, key=self.rank.__getitem__):
            if remaining < needed:
                break
            out.append(f)
            remaining -= weight[f] * keys[f]
        return out


def _word_counts(tokens: Sequence[str]) -> dict[str, int]:
    """How often each word occurs, in order of first occurrence (a Counter's content and order)."""
    counts = dict.fromkeys(tokens, 0)
    for token in tokens:
        counts[token] += 1
    return counts


def _families(vocabulary: Sequence[str], neighbours: Mapping[str, Mapping[str, float]]) -> dict[str, str]:
    """Name each word's fuzzy family by its smallest member (union-find)."""
    parent = {t: t for t in vocabulary}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for a, partners in neighbours.items():
        for b in partners:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {t: find(t) for t in vocabulary}


def candidate_pairs(
    terms: Sequence[ClaimTerms],
    weights: TermWeights,
    *,
    score_cutoff: float = 40.0,
    token_cutoff: float = 84.0,
    max_share: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> set[tuple[int, int]]:
    """Propose the pairs of claims that may score ``score_cutoff`` or more (blocking).

    Each claim indexes only the prefix of its words, rarest first, that a pair reaching
    ``score_cutoff`` must share (:meth:`_Profiles.prefix`); pairs found through the index
    whose upper bound (exact overlap plus what fuzzy pairing could add) reaches the cutoff
    are returned as index pairs ``(i, j)``, ``i < j``, same-source pairs included.
    Pairs that only fuzzy pairing of their rarest words could bring together may be
    missed; the property tests measure that against brute force. ``max_share`` is
    accepted for compatibility and ignored: prefixes already leave common words out.
    """
    del max_share
    profiles = _Profiles(terms, weights, token_cutoff)
    return _candidates(profiles, score_cutoff, progress)


_ROUNDING = 0.01  # scores are rounded to 2 decimals: a bound this far below may still reach


def _candidates(
    profiles: _Profiles, score_cutoff: float, progress: Callable[[int, int], None] | None = None
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, whose family overlap may reach ``score_cutoff``.

    Claims with the same words (a wire story copied by several outlets, a sentence
    repeated) are joined once, through one representative, and their pairs expanded.
    """
    n = len(profiles.terms)
    if score_cutoff <= 0:
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    members = profiles.word_groups()  # same words: same families, same weight
    representatives = [group[0] for group in members]
    pairs: set[tuple[int, int]] = set()
    for group in members:
        if len(group) > 1:  # the same words score 100
            pairs.update((a, b) for x, a in enumerate(group) for b in group[x + 1 :])
    for x, y in join_prefixes(profiles, representatives, score_cutoff - _ROUNDING, progress):
        for a in members[x]:
            for b in members[y]:
                pairs.add((a, b) if a < b else (b, a))
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
    """Scores pairs of claims by id, once each (the cache is the alignment's evidence).

    Claims with the same words score alike, so scores are computed once per pair of
    distinct word lists (copies of a wire story cost nothing more).
    """

    def __init__(self, claims: Sequence[Claim], profiles: _Profiles):
        self.index = {c.id: n for n, c in enumerate(claims)}
        self.profiles = profiles
        self.cache: dict[tuple[str, str], float] = {}
        self.same_words = [0] * len(profiles.counts)  # the first claim with the same words
        for group in profiles.word_groups():
            for n in group:
                self.same_words[n] = group[0]
        self.by_words: dict[tuple[int, int], float] = {}

    def __call__(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        score = self.cache.get(key)
        if score is None:
            x, y = self.same_words[self.index[a]], self.same_words[self.index[b]]
            words = (x, y) if x < y else (y, x)
            score = self.by_words.get(words)
            if score is None:
                score = self.by_words[words] = self.profiles.score(*words)
            self.cache[key] = score
        return score


def _prepare(claims: Sequence[Claim], config: AuditConfig) -> tuple[_Profiles, _Scorer]:
    terms = build_terms(claims)
    weights = TermWeights.from_terms(terms)
    profiles = _Profiles(terms, weights, config.token_cutoff)
    return profiles, _Scorer(claims, profiles)


def align_claims(
    claims: Sequence[Claim],
    config: AuditConfig | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Alignment:
    """Group the claims that state the same thing, at most one claim per source a group.

    1. Candidate pairs come from blocking (:func:`candidate_pairs`); each is scored.
    2. Cross-source pairs at or above ``same_claim_cutoff``, best first, merge their
       groups when the groups share no source and their mean pairwise score reaches
       ``link_cutoff``.
    3. A claim left alone that restates a claim of its own source (score at or above
       ``repeat_cutoff``) joins that claim's group as a repeat.

    Ties are broken by the claims' text and position, never by the order of the
    input or the names of the sources, so shuffled or renamed sources align alike.
    ``progress(done, total)`` is called as blocking proceeds.
    """
    config = config or AuditConfig()
    profiles, scorer = _prepare(claims, config)
    cutoff = min(config.same_claim_cutoff, config.repeat_cutoff)
    pairs = _candidates(profiles, cutoff, progress)
    return _cluster(claims, pairs, scorer, config)


def align_brute_force(claims: Sequence[Claim], config: AuditConfig | None = None) -> Alignment:
    """Like :func:`align_claims`, but scores every pair: the reference for tests."""
    config = config or AuditConfig()
    _profiles, scorer = _prepare(claims, config)
    n = len(claims)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    return _cluster(claims, pairs, scorer, config)


def _canonical_order(claims: Sequence[Claim]) -> dict[str, int]:
    """Rank claims by what they say and where, not by input order or source names."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[claim.source].append(claim)
    signature = {}
    for source, members in by_source.items():
        digest = hashlib.blake2b(digest_size=8)
        for claim in sorted(members, key=lambda c: (c.start, c.end)):
            digest.update(f"{claim.start}:{claim.end}:{claim.text}\x00".encode())
        signature[source] = digest.hexdigest()
    ranked = sorted(claims, key=lambda c: (c.text, signature[c.source], c.start, c.end, c.source, c.id))
    return {c.id: n for n, c in enumerate(ranked)}


def _cluster(
    claims: Sequence[Claim], pairs: Iterable[tuple[int, int]], scorer: _Scorer, config: AuditConfig
) -> Alignment:
    source_of = {c.id: c.source for c in claims}
    position = {c.id: n for n, c in enumerate(claims)}
    order = _canonical_order(claims)
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

    group_of: dict[str, int] = {c.id: order[c.id] for c in claims}
    members: dict[int, list[str]] = {order[c.id]: [c.id] for c in claims}

    def by_strength(item: tuple[float, str, str]) -> tuple[float, int, int]:
        score, a, b = item
        first, second = sorted((order[a], order[b]))
        return (-score, first, second)

    version: dict[int, int] = defaultdict(int)  # bumped whenever a group grows
    refused: dict[tuple[int, int], tuple[int, int]] = {}  # groups that may not merge, as of versions
    for _score, a, b in sorted(cross, key=by_strength):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        pair = (ga, gb) if ga < gb else (gb, ga)
        if refused.get(pair) == (version[pair[0]], version[pair[1]]):
            continue
        sources_a = {source_of[c] for c in members[ga]}
        links = (
            None if any(source_of[c] in sources_a for c in members[gb])
            else [scorer(x, y) for x in members[ga] for y in members[gb]]
        )
        if links is None or sum(links) / len(links) < config.link_cutoff:
            refused[pair] = (version[pair[0]], version[pair[1]])
            continue
        keep, gone = pair
        for c in members[gone]:
            group_of[c] = keep
        members[keep].extend(members.pop(gone))
        version[keep] += 1

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
        if len(members[group_of[other]]) == 1 and position[single] < position[other]:
            single, other = other, single
        target = group_of[other]
        repeats[single] = repeats.get(other, other)
        members[group_of[single]].remove(single)
        members.pop(group_of[single])
        group_of[single] = target
        members[target].append(single)

    groups = []
    for ids in members.values():
        groups.append(tuple(sorted(ids, key=position.__getitem__)))
    groups.sort(key=lambda g: position[g[0]])
    # keep the evidence that matters: pairs inside a group and pairs that reached a cutoff
    floor = min(config.same_claim_cutoff, config.repeat_cutoff, config.link_cutoff)
    scores = {
        key: score for key, score in scorer.cache.items()
        if score >= floor or group_of[key[0]] == group_of[key[1]]
    }
    return Alignment(tuple(groups), repeats, scores)
