"""Passages two sources share word for word: the evidence that one copied the other.

Found the way text-reuse detectors (passim, TextPAIR) find reprints: shingles of ``n``
normalised words seed matches, seeds on nearly the same diagonal chain into maximal
aligned passages, and RapidFuzz measures how alike each passage is. Only pairs of sources
that share a shingle are compared (an inverted index over the shingles two sources or
more hold), so the cost follows the copying, not the number of pairs. Only words outside
quotation marks count as copied; a passage with too few of them is a *shared
quotation*. :mod:`crosscheck.provenance` turns the passages into dependencies and origins.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs
from attrs import validators as v
from rapidfuzz import fuzz

from crosscheck._text import iter_words, normalize_word
from crosscheck.attribution import quotation_spans
from crosscheck.config import AuditConfig
from crosscheck.models import Source

__all__ = ["SharedPassage", "find_shared_passages"]


@attrs.frozen(kw_only=True)
class SharedPassage:
    """A run of near-identical words that two sources share.

    Attributes:
        a: id of one source (the smaller id).
        a_start: offset of the passage's first character in ``a``'s text.
        a_end: offset one past its last character in ``a``'s text.
        b: id of the other source.
        b_start: offset of the first character in ``b``'s text.
        b_end: offset one past the last character in ``b``'s text.
        words: length of the passage in words (the shorter side).
        unquoted_words: its words outside quotation marks (in both sources); only
            these count as copied.
        similarity: ``fuzz.ratio`` of the two sides' normalised words, 0-100.
        quoted: whether it is a shared quotation, not copying: too few of its words
            are outside quotation marks (in either source) to make a passage by
            themselves (unless the passage is a short source copied whole, at least half
            of it outside quotation marks).
        attribution: for a shared quotation, who the sources say made the statement
            ("the ministry"), when one of them says so next to the quotation.
    """

    a: str
    a_start: int = attrs.field(validator=v.ge(0))
    a_end: int = attrs.field(validator=v.ge(0))
    b: str
    b_start: int = attrs.field(validator=v.ge(0))
    b_end: int = attrs.field(validator=v.ge(0))
    words: int = attrs.field(validator=v.ge(0))
    unquoted_words: int = attrs.field(validator=v.ge(0))
    similarity: float = attrs.field(validator=v.and_(v.ge(0), v.le(100)))
    quoted: bool = False
    attribution: str | None = None



@attrs.frozen
class _Words:
    norms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quoted: tuple[bool, ...]
    quotes: tuple[tuple[int, int], ...] = ()
    """The source's quotation spans, in order (:func:`quotation_spans`)."""


def _words_of(source: Source) -> _Words:
    dropped = sorted((d.start, d.end) for d in source.dropped)
    quotes = quotation_spans(source.text)
    matches = list(iter_words(source.text))
    starts = list(map(re.Match.start, matches))
    if dropped:
        # the words that start inside a dropped span are left out
        kept = []
        d, n_dropped = 0, len(dropped)
        for n, start in enumerate(starts):
            while d < n_dropped and dropped[d][1] <= start:
                d += 1
            if not (d < n_dropped and dropped[d][0] <= start < dropped[d][1]):
                kept.append(n)
        if len(kept) < len(matches):
            matches = [matches[n] for n in kept]
            starts = [starts[n] for n in kept]
    quoted = [False] * len(starts)
    if quotes:
        q, n_quotes = 0, len(quotes)
        for n, start in enumerate(starts):
            while q < n_quotes and quotes[q][1] <= start:
                q += 1
            quoted[n] = q < n_quotes and quotes[q][0] <= start
    return _Words(
        tuple(map(normalize_word, map(re.Match.group, matches))),
        tuple(starts),
        tuple(map(re.Match.end, matches)),
        tuple(quoted),
        tuple(quotes),
    )


def _shingles(words: _Words, n: int) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    norms = words.norms
    # the runs of n words, in order: what norms[i : i + n] gives for each i
    for i, shingle in enumerate(zip(*(norms[k:] for k in range(n)), strict=False)):
        index[shingle].append(i)
    return index


def _seeds(positions: Sequence[int], others: Sequence[int]) -> list[tuple[int, int]]:
    """Seed pairs of one shingle's positions in two sources; none for a shingle repeated
    many times, which is a formula, not evidence."""
    if len(positions) * len(others) > 64:
        return []
    return [(i, j) for i in positions for j in others]


def _passages_between(
    a_id: str, a: _Words, a_index: Mapping[tuple[str, ...], list[int]],
    b_id: str, b: _Words, b_index: Mapping[tuple[str, ...], list[int]],
    config: AuditConfig,
) -> list[SharedPassage]:
    small, large = (a_index, b_index) if len(a_index) <= len(b_index) else (b_index, a_index)
    seeds = []
    for shingle, positions in small.items():
        others = large.get(shingle)
        if others:
            found = _seeds(positions, others)
            seeds += found if small is a_index else [(i, j) for j, i in found]
    seeds.sort()
    return _chain_passages(a_id, a, b_id, b, seeds, config)


def _chain_passages(
    a_id: str, a: _Words, b_id: str, b: _Words, seeds: Sequence[tuple[int, int]], config: AuditConfig
) -> list[SharedPassage]:
    """Chain sorted seeds ``(i, j)`` (a shingle at word ``i`` of ``a`` and ``j`` of ``b``)
    into passages, and keep those long and alike enough."""
    n = config.shingle_words
    gap = config.passage_gap_words
    chains: list[list[tuple[int, int]]] = []
    # seeds come sorted by i: a chain whose last seed is more than gap + n words behind
    # can take no later seed, so only the chains still in reach are scanned
    active: list[list[tuple[int, int]]] = []
    limit = 16  # pruned when the oldest chain falls out of reach, or the list doubles
    for i, j in seeds:
        if active and (i - active[0][-1][0] > gap + n or len(active) > limit):
            active = [chain for chain in active if i - chain[-1][0] <= gap + n]
            limit = max(16, 2 * len(active))
        for chain in reversed(active):
            last_i, last_j = chain[-1]
            if i - last_i > gap + n:
                continue
            if last_i < i and last_j < j <= last_j + gap + n and abs((i - last_i) - (j - last_j)) <= gap:
                chain.append((i, j))
                break
        else:
            chain = [(i, j)]
            chains.append(chain)
            active.append(chain)
    passages = []
    for chain in chains:
        i0, j0 = chain[0]
        i1, j1 = chain[-1][0] + n, chain[-1][1] + n
        length = min(i1 - i0, j1 - j0)
        # a short text copied whole is copied, however short
        whole = length >= 0.8 * min(len(a.norms), len(b.norms))
        if length < config.min_passage_words and not whole:
            continue
        similarity = fuzz.ratio(" ".join(a.norms[i0:i1]), " ".join(b.norms[j0:j1]))
        if similarity < config.passage_cutoff:
            continue
        # words inside quotation marks on either side are quoting, not copying
        quoted = max(sum(a.quoted[i0:i1]), sum(b.quoted[j0:j1]))
        unquoted = max(0, length - quoted)
        passages.append(
            SharedPassage(
                a=a_id, a_start=a.starts[i0], a_end=a.ends[i1 - 1],
                b=b_id, b_start=b.starts[j0], b_end=b.ends[j1 - 1],
                words=length, unquoted_words=unquoted, similarity=round(similarity, 1),
                quoted=unquoted < config.min_passage_words and not (whole and unquoted >= length / 2),
            )
        )
    return passages


def _shared_passages(
    sources: Sequence[Source], config: AuditConfig
) -> tuple[list[SharedPassage], dict[str, _Words]]:
    ordered = sorted(sources, key=lambda s: s.id)
    words = {s.id: _words_of(s) for s in ordered}
    n = config.shingle_words
    runs = {s.id: list(zip(*(words[s.id].norms[k:] for k in range(n)), strict=False)) for s in ordered}
    # only pairs that share a shingle are compared: an inverted index, not all pairs, and
    # only of the shingles two sources hold or more (most are one source's own)
    first_holder: dict[tuple[str, ...], str] = {}
    postings: dict[tuple[str, ...], list[str]] = {}  # shared shingle -> its holders, in source order
    for source in ordered:
        for shingle in dict.fromkeys(runs[source.id]):
            holder = first_holder.setdefault(shingle, source.id)
            if holder != source.id:
                holders = postings.get(shingle)
                if holders is None:
                    postings[shingle] = [holder, source.id]
                else:
                    holders.append(source.id)
    index: dict[str, dict[tuple[str, ...], list[int]]] = {}  # each source's shared shingles, where
    for source in ordered:
        positions: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, shingle in enumerate(runs[source.id]):
            if shingle in postings:
                positions[shingle].append(i)
        index[source.id] = positions
    # the seeds of each pair come straight from the postings; a shingle held by too many
    # sources proposes no pair, but still seeds the pairs that others propose
    seeds: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    formulas: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for shingle, holders in postings.items():
        if len(holders) > _MAX_HOLDERS:
            for holder in holders:
                formulas[holder].append(shingle)
        else:
            for a, b in itertools.combinations(holders, 2):
                seeds[(a, b)] += _seeds(index[a][shingle], index[b][shingle])
    found = []
    for a, b in sorted(seeds):
        pair_seeds = seeds[(a, b)]
        for shingle in formulas.get(a, ()):
            others = index[b].get(shingle)
            if others:
                pair_seeds += _seeds(index[a][shingle], others)
        pair_seeds.sort()
        found += _chain_passages(a, words[a], b, words[b], pair_seeds, config)
    return found, words


_MAX_HOLDERS = 200
"""A shingle found in more sources than this is a formula of the corpus; it proposes no pairs."""


def find_shared_passages(
    sources: Sequence[Source], config: AuditConfig | None = None
) -> list[SharedPassage]:
    """Return every passage of at least ``config.min_passage_words`` words that two
    sources share, quotations included (flagged ``quoted``), in a fixed order.

    Page furniture (the sources' dropped spans) is left out.
    """
    return _shared_passages(sources, config or AuditConfig())[0]
