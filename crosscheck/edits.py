"""Edited details: the same sentence in two sources, with one number or date changed.

Rewrites of one wire story copy its sentences nearly word for word. When two aligned
claims read the same but for a token or two, and where one writes a number (or a
date) the other writes a different one, the two tokens state one detail two ways:
"imprisoned in 1979 on three 10-year sentences" against "... on four 10-year
sentences". This holds even where the number counts nothing a slot could key on
(:mod:`crosscheck.slots` compares bare numbers never, since "three" alone may count
anything), because here the whole sentence around it is the key.

Each pair of sentences is compared word by word (rapidfuzz's Levenshtein edit
operations over the lists of words), so the explanation can say exactly which words
differ and which stayed the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from crosscheck.dates import comparable_values
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.slots import Mention, Slot, fact_context, fact_neighbours, numbers_agree, other_details

__all__ = ["EDIT_RULES", "find_edited_details", "page_stamp_time"]

EDIT_RULES = {
    DiscrepancyKind.NUMBER: "the same sentence in both sources, with this number changed",
    DiscrepancyKind.DATE: "the same sentence in both sources, with this date changed",
    DiscrepancyKind.NAME_CONFLICT: "the same sentence in both sources, with this place changed",
}
MIN_SAME_WORDS = 0.7
"""How much of two sentences' words must be the same, in order (0-1), for them to be one sentence edited."""
MAX_CHANGED_WORDS = 6
"""Words that may differ besides, on either side: more is a rewrite, not an edit."""
_MIN_WORDS = 6
_SLIP = 70
"""How alike (``fuzz.ratio``) a changed word of a name must be to count as a slip of it."""
_WORD_RE = re.compile(r"\w+(?:[.,:]\d+)*")


def _words(claim: Claim) -> tuple[list[str], list[tuple[int, int]]]:
    """The claim's words in lower case, and where each lies in the source text."""
    words, spans = [], []
    for match in _WORD_RE.finditer(claim.text):
        words.append(match.group().casefold())
        spans.append((claim.start + match.start(), claim.start + match.end()))
    return words, spans


def _detail_kind(fact: Fact) -> DiscrepancyKind | None:
    """What a changed fact is, or ``None``: "yesterday" read without a publication date
    says nothing a copy could change. A clock time counts here, where the whole sentence
    around it is the same ("at 3 p.m." / "at 5 p.m."), though never in the slots."""
    if fact.kind in (FactKind.NUMBER, FactKind.ORDINAL):
        return DiscrepancyKind.NUMBER
    if fact.kind is FactKind.DATE and fact.unit != "relative-day":
        return DiscrepancyKind.DATE
    return None


_STAMP_WORD_RE = re.compile(r"\b(?:updated|posted|published|edited|modified)\b", re.IGNORECASE)
_STAMP_REACH = 40
"""Characters around a clock time read for the stamp of a web page ("Updated 10:10 AM")."""


def page_stamp_time(claim: Claim, fact: Fact, skip: Set[tuple[str, int]]) -> bool:
    """Whether a clock time stamps the page, not the event: "Updated", "Posted" or the
    like near it, or a date that stamps the page (in ``skip``) right beside it. Outlets
    publish and update at different times by nature."""
    start, end = fact.start - claim.start, fact.end - claim.start
    if _STAMP_WORD_RE.search(claim.text, max(0, start - _STAMP_REACH), min(len(claim.text), end + _STAMP_REACH)):
        return True
    if any((claim.id, f.start) in skip and abs(f.start - fact.start) <= _STAMP_REACH for f in claim.facts):
        return True
    # a live page's entry opening with its time ("10:42 BST - Police said ..."): its stamp
    line_start = claim.text.rfind("\n", 0, start) + 1
    if not claim.text[line_start:start].strip() and _ENTRY_TIME_AFTER_RE.match(claim.text, end):
        return True
    # a line that opens with the date and this time ("March 14, 2013 at 11:51 AM An
    # earthquake ..."): the page's dateline
    opening = claim.text[line_start:start]
    for f in claim.facts:
        if f.kind is FactKind.DATE and line_start <= f.start - claim.start and f.end - claim.start <= start:
            opening = opening.replace(f.text, " ")
    return bool(re.search(r"\d", claim.text[line_start:start])) and _DATELINE_REST_RE.fullmatch(opening) is not None


_DATELINE_REST_RE = re.compile(r"[\s,|/-]*(?:at|@)?[\s,|/-]*", re.IGNORECASE)
_ENTRY_TIME_AFTER_RE = re.compile(r"\s?(?!AM\b|PM\b)[A-Z]{2,4}\b\s*(?::|[-–—|])\s")
"""After a time that opens a line: a time zone, then a colon or a dash ("10:42 BST - "), as a
live page stamps its entries; a timeline's "2:49 pm - Two bombs explode" has no zone and
stays a time of the events."""


def _fact_at(claim: Claim, span: tuple[int, int], skip: Set[tuple[str, int]]) -> Fact | None:
    """The number or date fact of ``claim`` that covers the word at ``span``, if any."""
    for fact in claim.facts:
        covers = fact.start <= span[0] and span[1] <= fact.end
        if covers and _detail_kind(fact) is not None and (claim.id, fact.start) not in skip:
            if fact.unit == "time" and page_stamp_time(claim, fact, skip):
                return None
            return fact
    return None


def _values(a: Fact, b: Fact) -> tuple[str, str] | None:
    """The two values to compare, or ``None`` when the facts are not of one kind."""
    kind = _detail_kind(a)
    if kind is None or kind is not _detail_kind(b):
        return None
    if "time" in (a.unit, b.unit):
        return (a.value, b.value) if a.unit == b.unit else None
    if kind is DiscrepancyKind.DATE:
        return comparable_values(a, b)
    if a.kind is not b.kind or (a.unit and b.unit and a.unit != b.unit):
        return None
    return a.value, b.value


def _in_name(claim: Claim, span: tuple[int, int]) -> bool:
    return any(f.kind is FactKind.NAME and f.start <= span[0] and span[1] <= f.end for f in claim.facts)


_WHERE = frozenset("in at near outside inside".split())
"""Words that say where something happened, before a place ("held in Geneva")."""


def _place_at(claim: Claim, span: tuple[int, int]) -> Fact | None:
    """The one-word place name of ``claim`` at ``span`` ("in Geneva"), if it is one."""
    for fact in claim.facts:
        if fact.kind is FactKind.NAME and fact.unit == "place" and (fact.start, fact.end) == span:
            return fact
    return None


def _changed_place(
    a: Claim, b: Claim, opcodes: Sequence[Any], spans: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    words: tuple[list[str], list[str]], similarity: float, names: Mapping[str, Set[str]],
) -> list[Slot]:
    """A one-word place name replaced by another in a sentence otherwise the same ("The
    summit will be held in Geneva" / "in Vienna"): the only name the edit touches, and
    neither source names the other's place anywhere (``names``: each source's names)."""
    sa, sb = spans
    wa = words[0]
    touched = [op for op in opcodes if op.tag != "equal" and (
        any(_in_name(a, sa[i]) for i in range(op.src_start, op.src_end))
        or any(_in_name(b, sb[j]) for j in range(op.dest_start, op.dest_end))
    )]
    if len(touched) != 1:
        return []
    op = touched[0]
    if op.tag != "replace" or op.src_end - op.src_start != 1 or op.dest_end - op.dest_start != 1:
        return []
    if op.src_start == 0 or wa[op.src_start - 1] not in _WHERE:
        return []  # "officials from Chile" / "from Peru": who came, of whom there may be many
    fa, fb = _place_at(a, sa[op.src_start]), _place_at(b, sb[op.dest_start])
    if fa is None or fb is None or fa.value == fb.value or fuzz.ratio(fa.value, fb.value) >= _SLIP:
        return []  # not two places, or one misspelt (a slip, found as such)
    if fa.value in names.get(b.source, ()) or fb.value in names.get(a.source, ()):
        return []  # a source that names both places ("in Cumbria" and "in Millom", a town in it)
    where = (op.src_start, op.dest_start)
    return [_edit_slot(DiscrepancyKind.NAME_CONFLICT, (a, fa, fa.value), (b, fb, fb.value), where, words, similarity)]


def _edit_slot(
    kind: DiscrepancyKind, side_a: tuple[Claim, Fact, str], side_b: tuple[Claim, Fact, str],
    where: tuple[int, int], words: tuple[list[str], list[str]], similarity: float,
) -> Slot:
    """The slot of one detail (a claim, its fact and the value compared, each side) edited
    at word ``where`` of two sentences alike: its context is the words around it in ``a``,
    in order, with "…" where the detail stands: "a mother of … was treated"."""
    (a, fa, va), (b, fb, vb) = side_a, side_b
    (i, _), (wa, _) = where, words
    ma = Mention(a, fa, fact_context(a, fa), fact_neighbours(a, fa))
    mb = Mention(b, fb, fact_context(b, fb), fact_neighbours(b, fb))
    before, after = wa[max(0, i - 3) : i], wa[i + 1 : i + 4]
    return Slot(
        kind=kind,
        values=dict(sorted({va: (ma,), vb: (mb,)}.items())),
        context=(" ".join([*before, "…", *after]),),
        score=similarity,
        rule=EDIT_RULES[kind],
    )


def _edited_pair(a: Claim, b: Claim, words: dict[str, tuple[list[str], list[tuple[int, int]]]],
                 skip: Set[tuple[str, int]], names: Mapping[str, Set[str]]) -> list[Slot]:
    wa, sa = words[a.id]
    wb, sb = words[b.id]
    if min(len(wa), len(wb)) < _MIN_WORDS or wa == wb:
        return []
    similarity = Indel.normalized_similarity(wa, wb)
    if similarity < MIN_SAME_WORDS:
        return []
    opcodes = list(Levenshtein.opcodes(wa, wb))
    place = _changed_place(a, b, opcodes, (sa, sb), (wa, wb), similarity, names)
    if place:
        return place
    changed = sum(max(op.src_end - op.src_start, op.dest_end - op.dest_start) for op in opcodes if op.tag != "equal")
    if changed > MAX_CHANGED_WORDS + 1:
        return []  # a rewrite, not one sentence with a detail changed
    details: list[tuple[int, int, Fact, Fact, tuple[str, str]]] = []
    for n, op in enumerate(opcodes):
        if op.tag == "equal":
            continue
        # word for word, with the same words on both sides ("1, 000" written "1000" is
        # one number split in two, not a changed one)
        word_for_word = op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start
        if not word_for_word or any(0 <= m < len(opcodes) and opcodes[m].tag != "equal" for m in (n - 1, n + 1)):
            if any(_in_name(a, sa[i]) for i in range(op.src_start, op.src_end)) or any(
                _in_name(b, sb[j]) for j in range(op.dest_start, op.dest_end)
            ):
                return []  # another name: another person's sentence, not this one edited
            continue
        for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True):
            fa, fb = _fact_at(a, sa[i], skip), _fact_at(b, sb[j], skip)
            values = _values(fa, fb) if fa is not None and fb is not None else None
            if fa is not None and fb is not None and values is not None:
                ma, mb = Mention(a, fa, frozenset()), Mention(b, fb, frozenset())
                if values[0] != values[1] and not numbers_agree(ma, mb) and not (
                    _detail_kind(fa) is DiscrepancyKind.NUMBER and other_details([ma], [mb])
                ):  # "killed 10 people" / "left 4 people missing": two details
                    details.append((i, j, fa, fb, values))
            elif (_in_name(a, sa[i]) or _in_name(b, sb[j])) and fuzz.ratio(wa[i], wb[j]) < _SLIP:
                return []  # another name, not a slip of the same one
    slots: list[Slot] = []
    for i, j, fa, fb, values in details:
        kind = _detail_kind(fa)
        assert kind is not None
        slots.append(_edit_slot(kind, (a, fa, values[0]), (b, fb, values[1]), (i, j), (wa, wb), similarity))
    return slots


def content_key(claim: Claim) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """What a claim states: its text and its facts' values (a relative date read against
    each source's own publication date can differ between verbatim copies). Two claims
    with one key are verbatim copies: no pair of them states anything differently, so
    the pairwise checks leave such pairs out (a thousand outlets carrying one wire story
    give a million pairs, nearly all of copies)."""
    return claim.text, tuple((f.kind.value, f.value, f.unit) for f in claim.facts)


def find_edited_details(
    claims: Sequence[Claim],
    groups: Sequence[Sequence[str]],
    *,
    skip: Set[tuple[str, int]] = frozenset(),
) -> list[Slot]:
    """Return a slot for each number or date that two aligned sentences, otherwise alike, give differently.

    ``groups`` are the aligner's clusters (claim ids); only claims of different sources
    in one cluster are compared. ``skip`` holds facts (claim id, start) not to compare,
    such as the dates that stamp a web page.

    >>> from crosscheck.facts import extract_facts
    >>> def claim(source, text):
    ...     return Claim(id=f"{source}#1", source=source, start=0, end=len(text), text=text, facts=extract_facts(text))
    >>> a = claim("a", "He was imprisoned in 1979 on three 10-year sentences for burglary.")
    >>> b = claim("b", "He was imprisoned in 1979 on four 10-year sentences for burglary.")
    >>> [(s.kind.value, sorted(s.values)) for s in find_edited_details([a, b], [("a#1", "b#1")])]
    [('number', ['3', '4'])]
    """
    by_id = {c.id: c for c in claims}
    names: dict[str, set[str]] = {}
    for claim in claims:
        names.setdefault(claim.source, set()).update(f.value for f in claim.facts if f.kind is FactKind.NAME)
    words: dict[str, tuple[list[str], list[tuple[int, int]]]] = {}
    slots: list[Slot] = []
    for group in groups:
        members = [by_id[c] for c in group if c in by_id]
        if len({c.source for c in members}) < 2:
            continue
        for claim in members:
            if claim.id not in words:
                words[claim.id] = _words(claim)
        content = [content_key(c) for c in members]
        pairs = [
            slot
            for x, a in enumerate(members)
            for y in range(x + 1, len(members))
            if a.source != (b := members[y]).source and content[x] != content[y]
            for slot in _edited_pair(a, b, words, skip, names)
        ]
        slots.extend(_merged(pairs))
    return slots


def _merged(pairs: Sequence[Slot]) -> list[Slot]:
    """Pairs of one cluster that share a mention merged into one slot (three copies against one: one slot)."""
    keys = [{(m.claim.id, m.fact.start) for ms in pair.values.values() for m in ms} for pair in pairs]
    parent = list(range(len(pairs)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    owner: dict[tuple[str, int], int] = {}
    for n, pair_keys in enumerate(keys):
        for key in sorted(pair_keys):
            if key in owner:
                a, b = root(owner[key]), root(n)
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = n
    merged: list[Slot] = []
    groups: dict[int, list[int]] = {}
    for n in range(len(pairs)):
        groups.setdefault(root(n), []).append(n)
    for members in groups.values():
        values: dict[str, list[Mention]] = {}
        seen: set[tuple[str, str, Fact]] = set()  # (value, claim id, fact): a set, not a scan
        for n in members:
            for value, mentions in pairs[n].values.items():
                bucket = values.setdefault(value, [])
                for m in mentions:
                    if (value, m.claim.id, m.fact) not in seen:
                        seen.add((value, m.claim.id, m.fact))
                        bucket.append(m)
        first = pairs[members[0]]
        merged.append(
            Slot(
                kind=first.kind,
                values={v: tuple(ms) for v, ms in sorted(values.items())},
                context=first.context,
                score=min(pairs[n].score for n in members),
                rule=first.rule,
            )
        )
    return merged
