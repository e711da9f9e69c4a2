"""Blocking: the prefix-filtered all-pairs join behind :func:`crosscheck.align.candidate_pairs`.

Claims are bags of weighted *families* (a word and its fuzzy spelling variants). A pair
can only reach a score if the two claims share a family among their rarest ones (their
prefixes); this module finds those pairs with an inverted index over prefix families and
vectorised upper bounds (AllPairs/PPJoin), so that only a few pairs are scored. See
docs/alignment.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate
from typing import Protocol

import numpy as np

__all__ = ["BlockingProfiles", "join_prefixes"]


class BlockingProfiles(Protocol):
    """What the join needs to know about the claims (``crosscheck.align`` builds it)."""

    @property
    def family_weight(self) -> Mapping[str, float]:
        """Weight of each family (its heaviest word's)."""
        ...

    @property
    def rank(self) -> Mapping[str, int]:
        """Blocking order of each family: rarest first."""
        ...

    @property
    def totals(self) -> Sequence[float]:
        """Each claim's total word weight."""
        ...

    @property
    def keys(self) -> Sequence[Mapping[str, int]]:
        """Each claim's families and how often it uses each."""
        ...

    def prefix(self, i: int, cutoff: float) -> list[str]:
        """The rarest families of claim ``i`` of which any pair scoring ``cutoff`` shares one."""
        ...


_BLOCK_TRIPLES = 1 << 18
"""How many (earlier claim, claim, family) meetings one vectorised step handles at most."""


def join_prefixes(
    profiles: BlockingProfiles,
    claims: Sequence[int],
    needed: float,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[int, int]]:
    """Prefix-filtered all-pairs join (AllPairs/PPJoin) over ``claims``, vectorised.

    Returns pairs of positions in ``claims``, ``(i, j)`` with ``i < j``, ordered by ``j``
    then ``i``. Claim ``j`` meets every earlier claim in the postings of its prefix
    families, and the overlap on families in both prefixes adds up. Families the two
    share beyond the prefix that ends first (in rank order) lie in that claim's suffix
    and in the other claim's tail past the same rank, so the lighter of those bounds the
    rest (a positional filter). Pairs that pass get the exact family overlap, the bound
    of their score; those that reach ``needed`` are returned.

    The meetings of many claims are handled at once, in steps of at most
    :data:`_BLOCK_TRIPLES`; every sum adds the same terms in the same order as a walk
    over the claims one by one would, so the bounds, and the pairs, do not depend on
    the step size.
    """
    n = len(claims)
    family_weight = profiles.family_weight
    rank = profiles.rank
    totals = np.asarray([profiles.totals[c] for c in claims], dtype=np.float64)
    # per claim, static: its families in rank order (flattened: claim i's at
    # key_start[i]:key_start[i+1], keyed i * span + rank, with weight x count), tail
    # weights (one longer, from tail_start[i]), its prefix, last prefix rank, suffix.
    span = len(rank) + 1
    flat_keys: list[int] = []
    flat_weights: list[float] = []
    flat_tails: list[float] = []
    key_start = np.zeros(n + 1, dtype=np.int64)
    tail_start = np.zeros(n + 1, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    suffix = np.zeros(n, dtype=np.float64)
    # the prefix entries, claim by claim in prefix order: claim, family rank, count, weight
    entry_claim: list[int] = []
    entry_rank: list[int] = []
    entry_count: list[int] = []
    entry_weight: list[float] = []
    rank_of = rank.__getitem__
    share = needed / (200.0 - needed)
    for i, claim in enumerate(claims):
        keys = profiles.keys[claim]
        ordered = sorted(keys, key=rank_of)
        ranks = [rank_of(f) for f in ordered]
        weights = [family_weight[f] * keys[f] for f in ordered]
        # tail[k] = tail[k + 1] + weights[k], from tail[len] = 0.0
        tail = list(accumulate(reversed(weights), initial=0.0))
        tail.reverse()
        # the prefix, as profiles.prefix(claim, needed) finds it (the same sums, in the same order)
        need = share * profiles.totals[claim]
        remaining = sum(family_weight[f] * n for f, n in keys.items())
        size = 0
        for weight in weights:
            if remaining < need:
                break
            size += 1
            remaining -= weight
        if size:
            prefix = ordered[:size]
            last[i] = ranks[size - 1]
            suffix[i] = tail[size]
            entry_claim.extend([i] * size)
            entry_rank.extend(ranks[:size])
            entry_count.extend(keys[f] for f in prefix)
            entry_weight.extend(family_weight[f] for f in prefix)
        flat_keys.extend(i * span + r for r in ranks)
        flat_weights.extend(weights)
        flat_tails.extend(tail)
        key_start[i + 1] = len(flat_keys)
        tail_start[i + 1] = len(flat_tails)
    # a sentinel past the end keeps lookups of absent keys in bounds
    keys_array = np.asarray([*flat_keys, np.iinfo(np.int64).max], dtype=np.int64)
    weights_array = np.asarray([*flat_weights, 0.0], dtype=np.float64)
    tails_array = np.asarray(flat_tails, dtype=np.float64)
    if progress is not None:
        progress(0, n)
    pairs: list[tuple[int, int]] = []
    if entry_claim:
        claim_of = np.asarray(entry_claim, dtype=np.int64)
        rank_of_entry = np.asarray(entry_rank, dtype=np.int64)
        count_of = np.asarray(entry_count, dtype=np.float64)
        weight_of = np.asarray(entry_weight, dtype=np.float64)
        # the postings: entries by family, then by claim; an entry meets the earlier
        # claims of its family, which come right before it there
        order = np.lexsort((claim_of, rank_of_entry))
        posted_claim = claim_of[order]
        posted_count = count_of[order]
        where = np.empty_like(order)
        where[order] = np.arange(len(order))
        first = np.searchsorted(rank_of_entry[order], rank_of_entry, side="left")
        met = where - first  # how many earlier claims each entry meets
        # steps: runs of whole claims holding at most _BLOCK_TRIPLES meetings
        claim_end = np.flatnonzero(np.diff(claim_of)) + 1  # entry index where a claim's entries end
        bounds = np.concatenate(([0], claim_end, [len(claim_of)]))
        met_before = np.concatenate(([0], np.cumsum(met)))[bounds]
        start = 0
        while start < len(bounds) - 1:
            stop = int(np.searchsorted(met_before, met_before[start] + _BLOCK_TRIPLES, "right")) - 1
            stop = max(stop, start + 1)
            e0, e1 = int(bounds[start]), int(bounds[stop])
            pairs.extend(
                _join_step(
                    slice(e0, e1), met, first, claim_of, count_of, weight_of, posted_claim, posted_count,
                    n, span, needed, totals, last, suffix, keys_array, weights_array, tails_array,
                    key_start, tail_start,
                )
            )
            if progress is not None:
                progress(int(claim_of[e1 - 1]) + 1, n)
            start = stop
    if progress is not None:
        progress(n, n)
    return pairs


def _join_step(
    entries: slice,
    met: np.ndarray,
    first: np.ndarray,
    claim_of: np.ndarray,
    count_of: np.ndarray,
    weight_of: np.ndarray,
    posted_claim: np.ndarray,
    posted_count: np.ndarray,
    n: int,
    span: int,
    needed: float,
    totals: np.ndarray,
    last: np.ndarray,
    suffix: np.ndarray,
    keys_array: np.ndarray,
    weights_array: np.ndarray,
    tails_array: np.ndarray,
    key_start: np.ndarray,
    tail_start: np.ndarray,
) -> list[tuple[int, int]]:
    """The pairs of :func:`join_prefixes` found by the prefix entries ``entries``."""
    lengths = met[entries]
    count = int(lengths.sum())
    if not count:
        return []
    # every meeting: the posted entry of the earlier claim, in entry order, then claim order
    offsets = np.cumsum(lengths) - lengths
    posted = np.arange(count, dtype=np.int64) - np.repeat(offsets - first[entries], lengths)
    earlier = posted_claim[posted]
    later = np.repeat(claim_of[entries], lengths)
    shares = np.repeat(weight_of[entries], lengths) * np.minimum(
        posted_count[posted], np.repeat(count_of[entries], lengths)
    )
    # the overlap on families in both prefixes, per pair: a stable sort keeps each pair's
    # terms in prefix order, and bincount adds them one by one in that order
    met_keys = later * n + earlier
    order = np.argsort(met_keys, kind="stable")
    met_keys = met_keys[order]
    new_pair = np.empty(len(met_keys), dtype=bool)
    new_pair[0] = True
    np.not_equal(met_keys[1:], met_keys[:-1], out=new_pair[1:])
    pair_keys = met_keys[new_pair]
    overlap = np.bincount(np.cumsum(new_pair) - 1, weights=shares[order])
    others = pair_keys % n
    js = pair_keys // n
    total = totals[others] + totals[js]
    last_j, suffix_j = last[js], suffix[js]
    j_first = last[others] >= last_j
    # cheap: the rest is at most the suffix of the claim whose prefix ends first
    rest = np.where(j_first, suffix_j, suffix[others])
    keep = 200.0 * (overlap + rest) >= needed * total
    if not keep.any():
        return []
    others, js, overlap, total = others[keep], js[keep], overlap[keep], total[keep]
    last_j, suffix_j, j_first = last_j[keep], suffix_j[keep], j_first[keep]
    # positional: ... and at most the other claim's tail past that rank
    past = np.searchsorted(keys_array, others * span + last_j, side="right") - key_start[others]
    tail_i = tails_array[tail_start[others] + past]
    past_j = np.searchsorted(keys_array, js * span + last[others], side="right") - key_start[js]
    tail_j = tails_array[tail_start[js] + past_j]
    rest = np.where(j_first, np.minimum(suffix_j, tail_i), np.minimum(suffix[others], tail_j))
    keep = 200.0 * (overlap + rest) >= needed * total
    if not keep.any():
        return []
    others, js, total = others[keep], js[keep], total[keep]
    # exact family overlap: over j's families, weight x min(count_i, count_j); the pairs
    # are taken by how many families j has, each row summed as one claim's row would be
    sizes = key_start[js + 1] - key_start[js]
    shared = np.empty(len(js), dtype=np.float64)
    for size in np.unique(sizes).tolist():
        rows = np.flatnonzero(sizes == size)
        own = key_start[js[rows]][:, None] + np.arange(size)[None, :]
        own_ranks = keys_array[own] - (js[rows] * span)[:, None]
        wanted = others[rows][:, None] * span + own_ranks
        at = np.searchsorted(keys_array, wanted)
        present = keys_array[at] == wanted
        shared[rows] = np.where(present, np.minimum(weights_array[at], weights_array[own]), 0.0).sum(axis=1)
    found = 200.0 * shared >= needed * total
    return list(zip(others[found].tolist(), js[found].tolist(), strict=True))
