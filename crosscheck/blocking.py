"""Blocking: the prefix-filtered all-pairs join behind :func:`crosscheck.align.candidate_pairs`.

Claims are bags of weighted *families* (a word and its fuzzy spelling variants). A pair
can only reach a score if the two claims share a family among their rarest ones (their
prefixes); this module finds those pairs with an inverted index over prefix families and
vectorised upper bounds (AllPairs/PPJoin), so that only a few pairs are scored. See
docs/alignment.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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


def join_prefixes(
    profiles: BlockingProfiles,
    claims: Sequence[int],
    needed: float,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[int, int]]:
    """Prefix-filtered all-pairs join (AllPairs/PPJoin) over ``claims``, vectorised.

    Returns pairs of positions in ``claims``. While claim ``j`` walks the postings of its
    prefix families, the overlap on families in both prefixes adds up. Families the two
    share beyond the prefix that ends first (in rank order) lie in that claim's suffix
    and in the other claim's tail past the same rank, so the lighter of those bounds the
    rest (a positional filter). Pairs that pass get the exact family overlap, the bound
    of their score; those that reach ``needed`` are returned.
    """
    n = len(claims)
    family_weight = profiles.family_weight
    rank = profiles.rank
    totals = np.asarray([profiles.totals[c] for c in claims], dtype=np.float64)
    # per claim, static: its families in rank order (flattened: claim i's at
    # key_start[i]:key_start[i+1], keyed i * span + rank, with weight x count), tail
    # weights (one longer, from tail_start[i]), its prefix, last prefix rank, suffix.
    span = len(rank) + 1
    prefixes: list[list[str]] = []
    flat_keys: list[int] = []
    flat_weights: list[float] = []
    flat_tails: list[float] = []
    key_start = np.zeros(n + 1, dtype=np.int64)
    tail_start = np.zeros(n + 1, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    suffix = np.zeros(n, dtype=np.float64)
    for i, claim in enumerate(claims):
        keys = profiles.keys[claim]
        ordered = sorted(keys, key=rank.__getitem__)
        tail = [0.0] * (len(ordered) + 1)
        for k in range(len(ordered) - 1, -1, -1):
            tail[k] = tail[k + 1] + family_weight[ordered[k]] * keys[ordered[k]]
        prefix = profiles.prefix(claim, needed)
        prefixes.append(prefix)
        if prefix:
            last[i] = rank[prefix[-1]]
            suffix[i] = tail[len(prefix)]
        flat_keys.extend(i * span + rank[f] for f in ordered)
        flat_weights.extend(family_weight[f] * keys[f] for f in ordered)
        flat_tails.extend(tail)
        key_start[i + 1] = len(flat_keys)
        tail_start[i + 1] = len(flat_tails)
    # a sentinel past the end keeps lookups of absent keys in bounds
    keys_array = np.asarray([*flat_keys, np.iinfo(np.int64).max], dtype=np.int64)
    weights_array = np.asarray([*flat_weights, 0.0], dtype=np.float64)
    tails_array = np.asarray(flat_tails, dtype=np.float64)

    postings: dict[str, _Postings] = {}
    pairs: list[tuple[int, int]] = []
    step = max(1, n // 100)
    for j in range(n):
        if progress is not None and j % step == 0:
            progress(j, n)
        keys = profiles.keys[claims[j]]
        found_ids = []
        found_overlaps = []
        for f in prefixes[j]:
            posting = postings.get(f)
            if posting is None:
                posting = postings[f] = _Postings()
            elif posting.size:
                found_ids.append(posting.ids[: posting.size])
                found_overlaps.append(family_weight[f] * np.minimum(posting.counts[: posting.size], keys[f]))
            posting.append(j, keys[f])
        if not found_ids:
            continue
        # the overlap on families in both prefixes, per earlier claim
        others, where = np.unique(np.concatenate(found_ids), return_inverse=True)
        overlap = np.bincount(where, weights=np.concatenate(found_overlaps))
        total = totals[others] + totals[j]
        last_j, suffix_j = last[j], suffix[j]
        j_first = last[others] >= last_j
        # cheap: the rest is at most the suffix of the claim whose prefix ends first
        rest = np.where(j_first, suffix_j, suffix[others])
        keep = 200.0 * (overlap + rest) >= needed * total
        if not keep.any():
            continue
        others, overlap, total, j_first = others[keep], overlap[keep], total[keep], j_first[keep]
        # positional: ... and at most the other claim's tail past that rank
        past = np.searchsorted(keys_array, others * span + last_j, side="right") - key_start[others]
        tail_i = tails_array[tail_start[others] + past]
        own_ranks = keys_array[key_start[j] : key_start[j + 1]] - j * span
        own_tails = tails_array[tail_start[j] : tail_start[j + 1]]
        tail_j = own_tails[np.searchsorted(own_ranks, last[others], side="right")]
        rest = np.where(j_first, np.minimum(suffix_j, tail_i), np.minimum(suffix[others], tail_j))
        keep = 200.0 * (overlap + rest) >= needed * total
        if not keep.any():
            continue
        others, total = others[keep], total[keep]
        # exact family overlap: over j's families, weight x min(count_i, count_j)
        wanted = others[:, None] * span + own_ranks[None, :]
        at = np.searchsorted(keys_array, wanted)
        present = keys_array[at] == wanted
        own_weights = weights_array[key_start[j] : key_start[j + 1]]
        shared = np.where(present, np.minimum(weights_array[at], own_weights[None, :]), 0.0).sum(axis=1)
        pairs.extend((i, j) for i in others[200.0 * shared >= needed * total].tolist())
    if progress is not None:
        progress(n, n)
    return pairs


class _Postings:
    """A growable posting list: claim positions and their counts of one family."""

    __slots__ = ("counts", "ids", "size")

    def __init__(self) -> None:
        self.ids = np.empty(8, dtype=np.int64)
        self.counts = np.empty(8, dtype=np.float64)
        self.size = 0

    def append(self, claim: int, count: int) -> None:
        if self.size == len(self.ids):
            self.ids = np.resize(self.ids, 2 * self.size)
            self.counts = np.resize(self.counts, 2 * self.size)
        self.ids[self.size] = claim
        self.counts[self.size] = count
        self.size += 1
