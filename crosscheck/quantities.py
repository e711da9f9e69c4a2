"""Numbers and dates that two aligned claims give differently.

The aligner says two sentences of two sources report the same claim ("killing at least
five people" / "killing at least three people"). Slots (:mod:`crosscheck.slots`) compare
the numbers of such sentences too, but they keep only a fact's mutual best match and drop
a slot whose links chain two values of one source together, so a changed figure in a
sentence that several others repeat can go unreported. Here each pair of aligned claims
is looked at on its own: a figure is disputed when

* each claim gives exactly one number of the unit (or one date of the field), so there is
  no choosing which figure matches which;
* the two figures sit next to the same word ("five **people**", "three **people**") and,
  for numbers, share three context words or more (an aligned sentence can still count
  another thing in passing: "a depth of six miles" against "55 kilometers (34 miles)
  west"), or two where the same word stands on each side of both ("**missed** three
  **games**", "**missed** four **games**"); a date of the field that each claim gives
  once, next to the same word, is one date ("the March **2006** rampage", "the March
  **2005** rampage that led from a downtown courthouse …");
* they do not agree as stated ("more than 400" and "401" do);
* the names nearest them, where both have one, share a word ("Richard Carter scored 14
  points" is no conflict with "Seth VanDeest led Drake with 13 points").

Where several figures stand together, the one that differs is set by the figure both
claims share beside it (:data:`BESIDE_SHARED_RULE`): "improved to 58-3 (51 KOs)" against
"improved to 87-3 (51 KOs)", "Internet Explorer 8 and 9" against "Internet Explorer 4 and
9", "13 home runs and 43 RBIs" against "15 homers and 43 RBIs". The words between the
figure and the shared one must be few and alike, the words right after the two figures
(what they count) must agree where both have one ("14 men and 6 children" is no conflict
with "9 women and 6 children"), and neither claim may give the other's value
(:func:`crosscheck.slots.states_both`).

A pair of figures that a reported slot already sets against each other is left to that
slot; a figure a slot holds against some third value is still compared ("five" in a slot
against another source's "three" is still disputed by an aligned "eight").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set

from rapidfuzz import fuzz

from crosscheck._text import content_tokens
from crosscheck.edits import page_stamp_time
from crosscheck.events import event_keys, said_beside
from crosscheck.figures import (
    MEASURE_UNITS,
    MONEY_OR_SHARE,
    far_above_floor,
    is_split_piece,
    kind_of_figure,
    other_dimensions,
)
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.slots import (
    Mention,
    date_group,
    fact_context,
    fact_neighbours,
    name_beside,
    number_group,
    numbers_agree,
    other_details,
    states_both,
    values_differ,
)
from crosscheck.spellings import Finding

__all__ = [
    "ALIGNED_DATE_RULE",
    "ALIGNED_NUMBER_RULE",
    "ALIGNED_TIME_RULE",
    "BESIDE_SHARED_RULE",
    "SOLE_COUNT_RULE",
    "SOLE_DATE_RULE",
    "aligned_quantities",
]

ALIGNED_NUMBER_RULE = "aligned claims give different values for one quantity"
ALIGNED_DATE_RULE = "aligned claims give different dates for one event"
BESIDE_SHARED_RULE = "aligned claims give different figures beside a figure they share"
SOLE_COUNT_RULE = "aligned claims each give one count, and they differ"
SOLE_DATE_RULE = "aligned claims each give one date of the kind, and they differ"
_MIN_SHARED = 3
"""Context words (stemmed) the two figures must share."""
_MAX_GAP_WORDS = 3
"""Words that may stand between a figure and the shared figure beside it ("homers and")."""
_GAP_ALIKE = 75
"""How alike (rapidfuzz ratio, 0-100) the two claims' words between the figures must be."""
_YEAR_REACH = 3
"""Characters that may stand between a day and its year ("June 24, 2001")."""
_SOLE_MIN_SHARED = 2
"""Context words the one count of each claim must share (:data:`SOLE_COUNT_RULE`)."""


def aligned_quantities(
    a: Claim,
    b: Claim,
    *,
    dated_a: Claim,
    dated_b: Claim,
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None = None,
) -> list[Finding]:
    """Return the numbers and dates that aligned claims ``a`` and ``b`` give differently.

    ``dated_a`` and ``dated_b`` are the same claims without the dates that stamp a page
    (:func:`crosscheck.stamps.without_timestamps`); ``held`` maps ``(kind, claim id,
    fact start)`` of each fact a reported slot holds to the values that slot gives.

    >>> from crosscheck.facts import extract_facts
    >>> def claim(cid, text):
    ...     return Claim(id=cid, source=cid[0], start=0, end=len(text), text=text, facts=extract_facts(text))
    >>> a = claim("a#1", "The quake hit Aceh, killing at least five people and injuring dozens.")
    >>> b = claim("b#1", "The quake struck Aceh, killing at least three people and injuring dozens more.")
    >>> [(f.a_key, f.b_key) for f in aligned_quantities(a, b, dated_a=a, dated_b=b)]
    [('5', '3')]
    """
    findings = []
    for kind, group_of, one, other in (
        (DiscrepancyKind.NUMBER, number_group, a, b),
        (DiscrepancyKind.DATE, date_group, dated_a, dated_b),
    ):
        units_a, units_b = _by_unit(one, group_of), _by_unit(other, group_of)
        for unit in sorted(units_a.keys() & units_b.keys()):
            if len(units_a[unit]) != 1 or len(units_b[unit]) != 1:
                continue
            fa, fb = units_a[unit][0], units_b[unit][0]
            if _held_against(held, kind, one, fa, other, fb):
                continue
            ma = Mention(one, fa, fact_context(one, fa), fact_neighbours(one, fa))
            mb = Mention(other, fb, fact_context(other, fb), fact_neighbours(other, fb))
            if _disputed(kind, ma, mb):
                rule = ALIGNED_NUMBER_RULE if kind is DiscrepancyKind.NUMBER else ALIGNED_DATE_RULE
                what = unit.split(":", 1)[-1]
                detail = f"'{fa.text}' and '{fb.text}' ({what})"
                findings.append(Finding(kind, unit, fa.value, fa, fb.value, fb, rule, detail))
    findings += _clock_times(dated_a, dated_b, a, b, held)
    found = {(f.a_fact.start, f.b_fact.start) for f in findings}
    findings += _beside_shared(a, b, held, found)
    found |= {(f.a_fact.start, f.b_fact.start) for f in findings}
    findings += _sole_counts(a, b, held, found)
    dates_found = {(f.a_fact.start, f.b_fact.start) for f in findings if f.kind is DiscrepancyKind.DATE}
    findings += _sole_dates(dated_a, dated_b, held, dates_found)
    return findings


def _full_dates(claim: Claim) -> list[tuple[Fact, Fact]]:
    """Each day of a month written with its year ("June 24, 2001", "22 November 2015"):
    the day's fact and the fact that gives the year."""
    days = [f for f in claim.facts if f.kind is FactKind.DATE and f.unit == "month-day"]
    years = [f for f in claim.facts if f.kind is FactKind.DATE and f.unit in ("year", "year-month")]
    full = []
    for day in days:
        year = next((y for y in years if y.end > day.end and y.start <= day.end + _YEAR_REACH), None)
        if year is not None:
            full.append((day, year))
    return full


def _month_days(claim: Claim) -> int:
    return sum(1 for f in claim.facts if f.kind is FactKind.DATE and f.unit == "month-day")


_RANGE_BEFORE_RE = re.compile(r"(?:\bto|\buntil|\bthrough|\bthru|\band|[-–—])\s*$", re.IGNORECASE)


def _range_end(claim: Claim, fact: Fact) -> bool:
    """Whether a date ends a range ("from July 19 to July 22, 2001")."""
    start = fact.start - claim.start
    return bool(_RANGE_BEFORE_RE.search(claim.text[max(0, start - 10) : start]))


def _other_events(a: Claim, fa: Sequence[Fact], b: Claim, fb: Sequence[Fact]) -> bool:
    """Whether both full dates (the day's fact and the year's) say what happened on them,
    and it differs ("arrested on July 20" / "charged on July 30"; "the attacks of 13
    November 2015 killed" / "On November 13, 2016, Paris held a memorial")."""
    ka = frozenset().union(*(event_keys(a, f) for f in fa))
    kb = frozenset().union(*(event_keys(b, f) for f in fb))
    return bool(ka) and bool(kb) and not ka & kb


def _same_event(a: Claim, fa: Fact, b: Claim, fb: Fact) -> bool:
    """Whether both dates say what happened on them, and it is the same ("arrested on
    Tuesday" / "was arrested Sunday"); two days of a story, each with its own event, are
    common ("sentenced Tuesday" / "convicted Thursday")."""
    ka, kb = event_keys(a, fa), event_keys(b, fb)
    return bool(ka & kb)


def _days(claim: Claim) -> list[Fact]:
    """The days ``claim`` names: weekdays, and "today" or "yesterday" ("signed Wynn on
    Tuesday and Bell today" names two days, each for its own signing)."""
    return [f for f in claim.facts if f.kind is FactKind.DATE and f.unit in ("weekday", "relative-day")]


def _sole_dates(
    a: Claim,
    b: Claim,
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None,
    found: Set[tuple[int, int]],
) -> list[Finding]:
    """The one weekday, or the one full date, that each of ``a`` and ``b`` gives, where
    they differ (:data:`SOLE_DATE_RULE`); for full dates, in the day of the year alone or
    the year alone. Pairs ``found`` (fact starts) already are left out."""
    pairs: list[tuple[Fact, Fact, str, str, str]] = []
    days_a, days_b = _days(a), _days(b)
    if (
        len(days_a) == 1 and len(days_b) == 1 and days_a[0].unit == days_b[0].unit == "weekday"
        and days_a[0].value != days_b[0].value and _same_event(a, days_a[0], b, days_b[0])
    ):
        pairs.append((days_a[0], days_b[0], days_a[0].value, days_b[0].value, "weekday"))
    full_a, full_b = _full_dates(a), _full_dates(b)
    if (
        len(full_a) == 1 and len(full_b) == 1 and _month_days(a) == 1 and _month_days(b) == 1
        and not _range_end(a, full_a[0][0]) and not _range_end(b, full_b[0][0])
        and not _other_events(a, full_a[0], b, full_b[0])
    ):
        (day_a, year_a), (day_b, year_b) = full_a[0], full_b[0]
        if day_a.value == day_b.value and year_a.value[:4] != year_b.value[:4]:
            pairs.append((year_a, year_b, year_a.value[:4], year_b.value[:4], "year"))
        elif year_a.value[:4] == year_b.value[:4] and day_a.value != day_b.value:
            pairs.append((day_a, day_b, day_a.value, day_b.value, "month-day"))
    findings = []
    for fa, fb, key_a, key_b, unit in pairs:
        if (fa.start, fb.start) in found:
            continue
        if _held_against(held, DiscrepancyKind.DATE, a, fa, b, fb):
            continue
        if said_beside(a, fa) or said_beside(b, fb):
            continue
        detail = f"'{fa.text}' and '{fb.text}', the one {'weekday' if unit == 'weekday' else 'full date'} each gives"
        findings.append(Finding(DiscrepancyKind.DATE, unit, key_a, fa, key_b, fb, SOLE_DATE_RULE, detail))
    return findings


def _sole_counts(
    a: Claim,
    b: Claim,
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None,
    found: Set[tuple[int, int]],
) -> list[Finding]:
    """The one count each of ``a`` and ``b`` gives, when they differ and what one counts
    stands right after the other's figure too ("eight police officers" / "two officers")
    (:data:`SOLE_COUNT_RULE`)."""
    xs = [f for f in a.facts if _figure_kind(f) == "number"]
    ys = [f for f in b.facts if _figure_kind(f) == "number"]
    if len(xs) != 1 or len(ys) != 1:
        return []
    fa, fb = xs[0], ys[0]
    if fa.value == fb.value or (fa.start, fb.start) in found or fa.unit == fb.unit:
        return []
    if _held_against(held, DiscrepancyKind.NUMBER, a, fa, b, fb):
        return []
    if "0" in (fa.value, fb.value) or is_split_piece(a, fa) or is_split_piece(b, fb):
        return []  # a piece of a figure a tokeniser split ("1, 000", "$2. 6 million", "6. 0 quake")
    if _part_count(a, fa) or _part_count(b, fb):
        return []  # "three other Americans" beside a named one, "four of the robots": a part of the whole
    ma = Mention(a, fa, fact_context(a, fa), fact_neighbours(a, fa))
    mb = Mention(b, fb, fact_context(b, fb), fact_neighbours(b, fb))
    # what one counts (the word right after it) stands right after the other too, a word
    # before it at most ("eight police officers" / "two officers")
    counted_a, counted_b = _counted(a, fa), _counted(b, fb)
    after_a, after_b = _words_after(a, fa), _words_after(b, fb)
    if not ((counted_a and counted_a in after_b) or (counted_b and counted_b in after_a)):
        return []
    if len(ma.context & mb.context) < _SOLE_MIN_SHARED:
        return []
    if numbers_agree(ma, mb) or states_both(ma, mb) or other_details([ma], [mb]):
        return []
    names_a, names_b = name_beside(ma), name_beside(mb)
    if names_a and names_b and not names_a & names_b:
        return []
    detail = f"'{fa.text}' and '{fb.text}', the one count each gives"
    return [Finding(DiscrepancyKind.NUMBER, "number", fa.value, fa, fb.value, fb, SOLE_COUNT_RULE, detail)]


def _figure_kind(fact: Fact) -> str | None:
    """Which figures stand in one run: ages with ages, sums of one currency, measures of
    one unit, and every other count together (the unit a count names is often left out:
    "58-3", "4 and 9")."""
    if fact.kind is not FactKind.NUMBER:
        return None
    if fact.unit in MONEY_OR_SHARE or fact.unit in MEASURE_UNITS or fact.unit == "age":
        return f"number:{fact.unit}"
    return "number"


def _beside_shared(
    a: Claim,
    b: Claim,
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None,
    found: Set[tuple[int, int]],
) -> list[Finding]:
    """The figures of ``a`` and ``b`` that differ right beside a figure both give once
    (:data:`BESIDE_SHARED_RULE`), except the pairs ``found`` (fact starts) already."""
    runs_a = _by_unit(a, _figure_kind)
    runs_b = _by_unit(b, _figure_kind)
    findings = []
    for kind in sorted(runs_a.keys() & runs_b.keys()):
        xs = sorted(runs_a[kind], key=lambda f: f.start)
        ys = sorted(runs_b[kind], key=lambda f: f.start)
        values_a = [f.value for f in xs]
        values_b = [f.value for f in ys]
        for shared in sorted(set(values_a) & set(values_b)):
            if values_a.count(shared) != 1 or values_b.count(shared) != 1:
                continue  # which of two is the shared one: no telling
            i, j = values_a.index(shared), values_b.index(shared)
            for step in (-1, 1):
                if not (0 <= i + step < len(xs) and 0 <= j + step < len(ys)):
                    continue
                fa, fb = xs[i + step], ys[j + step]
                if (fa.start, fb.start) in found:
                    continue
                if not _alike_gaps(_gap(a, fa, xs[i]), _gap(b, fb, ys[j])):
                    continue
                if not _same_counted(_counted(a, fa), _counted(b, fb)):
                    continue  # "14 men and 6 children" / "9 women and 6 children": two things counted
                if _held_against(held, DiscrepancyKind.NUMBER, a, fa, b, fb):
                    continue
                ma = Mention(a, fa, fact_context(a, fa), fact_neighbours(a, fa))
                mb = Mention(b, fb, fact_context(b, fb), fact_neighbours(b, fb))
                if numbers_agree(ma, mb) or states_both(ma, mb) or other_details([ma], [mb]):
                    continue
                names_a, names_b = name_beside(ma), name_beside(mb)
                if names_a and names_b and not names_a & names_b:
                    continue
                detail = f"'{fa.text}' and '{fb.text}', beside '{xs[i].text}' in both"
                findings.append(Finding(
                    DiscrepancyKind.NUMBER, kind, fa.value, fa, fb.value, fb, BESIDE_SHARED_RULE, detail
                ))
    return findings


_PART_AFTER_RE = re.compile(r"\s+(?:other|more|of\s+(?:the|them|those|these|its|their|his|her|our))\b", re.IGNORECASE)


_COUNTED_REACH = 2
"""Words after a figure read for what it counts."""


def _words_after(claim: Claim, fact: Fact) -> list[str]:
    """The content words (stemmed) of the few words right after a figure."""
    after = claim.text[fact.end - claim.start :].split(None, _COUNTED_REACH)[:_COUNTED_REACH]
    return [t for t in content_tokens(" ".join(after)) if not any(c.isdigit() for c in t)]


def _counted(claim: Claim, fact: Fact) -> str:
    """What a figure counts: the content word (stemmed) right after it, if any."""
    after = _words_after(claim, fact)
    return after[0] if after else ""


def _same_counted(a: str, b: str) -> bool:
    """Whether two figures count one thing, as far as the words after them say: the same
    word, one word extending the other ("home" runs, "homers"), or no word after one."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _part_count(claim: Claim, fact: Fact) -> bool:
    """Whether a count is of a part ("three other Americans", "four of the robots")."""
    return bool(_PART_AFTER_RE.match(claim.text, fact.end - claim.start))


def _gap(claim: Claim, fact: Fact, shared: Fact) -> str:
    """The words between a figure and the shared figure beside it."""
    left, right = (fact, shared) if fact.start < shared.start else (shared, fact)
    return claim.text[left.end - claim.start : right.start - claim.start]


def _alike_gaps(a: str, b: str) -> bool:
    """Whether the words between two pairs of figures say the same: few, and alike
    ("-" and "-"; "homers and" and "home runs and"), with no sentence break."""
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if len(a.split()) > _MAX_GAP_WORDS or len(b.split()) > _MAX_GAP_WORDS:
        return False
    if any(mark in gap for gap in (a, b) for mark in ".;:!?"):
        return False
    return a == b or fuzz.ratio(a, b) >= _GAP_ALIKE


def _held_against(
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None,
    kind: DiscrepancyKind,
    a: Claim,
    fa: Fact,
    b: Claim,
    fb: Fact,
) -> bool:
    """Whether a reported slot already sets ``fa`` of ``a`` against ``fb``'s value, or ``fb`` against ``fa``'s."""
    return _reported(held, (kind, a.id, fa.start), fb.value) or _reported(held, (kind, b.id, fb.start), fa.value)


def _reported(
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None, fact: tuple[DiscrepancyKind, str, int], other: str
) -> bool:
    """Whether a reported slot holds ``fact`` against the value ``other`` already."""
    return held is not None and other in held.get(fact, ())


ALIGNED_TIME_RULE = "aligned claims give clock times an hour or more apart"
_TIME_APART = 60
"""Minutes two clock times must be apart to disagree: "about 3 p.m." and "3:10 p.m.", or
"around 9pm" and "20:49", are one time written roughly and exactly."""
_ZONE_WORDS = (
    r"(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|AES?T|AEDT|IST|JST"
    r"|(?:Eastern|Central|Mountain|Pacific|Atlantic)(?:\s+(?:Standard|Daylight))?(?:\s+time)?"
    r"|local\s+time|(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+time)\b"
)
_ZONE_AFTER_RE = re.compile(r"\s*\(?\s*(?P<zone>" + _ZONE_WORDS + ")", re.IGNORECASE)
_ZONE_BEFORE_RE = re.compile(r"(?P<zone>" + _ZONE_WORDS + r")[\s,:]*$", re.IGNORECASE)
"""A time zone right after a clock time ("7 p.m. ET", "8pm UK time", "(1:40 a.m. Eastern)") or
right before it ("Eastern time 8 p.m.")."""
_BOUND_BEFORE_RE = re.compile(
    r"\b(?:by|until|till|since|before|after|from|between|through|as\s+of|to|and|or)"
    r"(?:\s+(?:about|around|roughly|approximately))?\s*$",
    re.IGNORECASE,
)
"""Before a clock time, what makes it a bound or one end of a span ("shortly after 10
p.m.", "before 9 a.m.", "between 7 and 9 p.m."), not the time something happened."""


def _minutes(value: str) -> int:
    return int(value[:2]) * 60 + int(value[3:])


def _zone(claim: Claim, fact: Fact) -> str | None:
    """The time zone a clock time is told in, as written (folded), or None."""
    start, end = fact.start - claim.start, fact.end - claim.start
    found = _ZONE_AFTER_RE.match(claim.text, end) or _ZONE_BEFORE_RE.search(claim.text, max(0, start - 32), start)
    return " ".join(found.group("zone").casefold().split()) if found else None


_BETWEEN_TIME_AND_CONVERSION_RE = re.compile(r"\s*(?:local\s+time\s*)?\(\s*", re.IGNORECASE)


def _converted_time(claim: Claim, fact: Fact) -> bool:
    """Whether a clock time restates the one before it, in brackets: "8 p.m. (1100 GMT)",
    "4:17 a.m. local time (0117 GMT)", "8 p.m. (20:00)"."""
    return any(
        f.unit == "time" and f.end <= fact.start
        and _BETWEEN_TIME_AND_CONVERSION_RE.fullmatch(claim.text, f.end - claim.start, fact.start - claim.start)
        for f in claim.facts
    )


def _clock_times(
    a: Claim,
    b: Claim,
    original_a: Claim,
    original_b: Claim,
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]] | None,
) -> list[Finding]:
    """The one clock time each of two aligned claims gives that the other does not, an hour
    or more apart, next to the same word (:data:`ALIGNED_TIME_RULE`): "struck around 7 p.m.
    Wednesday" / "struck around 6 p.m. Wednesday". Not a bound ("shortly after 10 p.m.",
    "before 9 a.m."), not a time that stamps the page
    (:func:`crosscheck.edits.page_stamp_time`), not two times told in different time zones
    or one in a zone and one in none ("7 p.m. Eastern" / "4 p.m. Pacific"), and not where
    the claims give figures of a unit, or other dates of a kind, and none the same (two
    quakes). ``a`` and ``b`` are the claims without the dates that stamp a page, and
    ``original_a`` and ``original_b`` the claims as written."""
    times_a = [f for f in a.facts if f.kind is FactKind.DATE and f.unit == "time"]
    times_b = [f for f in b.facts if f.kind is FactKind.DATE and f.unit == "time"]
    shared = {f.value for f in times_a} & {f.value for f in times_b}
    # a time restated in brackets is no time of its own, but the other may give it as its
    # own ("9 p.m. (6 p.m. Pacific)" / "at 6 p.m."): then they share it
    times_a = [f for f in times_a if not _converted_time(a, f)]
    times_b = [f for f in times_b if not _converted_time(b, f)]
    # the one time of each that the other does not give ("opened at 9 a.m. and closed at 5
    # p.m." / "opened at 10:30 a.m. and closed at 5 p.m."); of two, which is which is not told
    lone_a = [f for f in times_a if f.value not in shared]
    lone_b = [f for f in times_b if f.value not in shared]
    if len(lone_a) != 1 or len(lone_b) != 1:
        return []
    (fa,), (fb,) = lone_a, lone_b
    apart = abs(_minutes(fa.value) - _minutes(fb.value))
    apart = min(apart, 24 * 60 - apart)
    if apart < _TIME_APART or _held_against(held, DiscrepancyKind.DATE, a, fa, b, fb):
        return []
    if not (fact_neighbours(a, fa) & fact_neighbours(b, fb)) - {"<", ">"}:
        return []  # "Polls close at 8 p.m." / "results expected at 10 p.m.": two moments
    for claim, original, fact in ((a, original_a, fa), (b, original_b, fb)):
        stamps = {(original.id, f.start) for f in original.facts if f not in claim.facts}
        before = claim.text[max(0, fact.start - claim.start - 24) : fact.start - claim.start]
        if page_stamp_time(original, fact, stamps) or _BOUND_BEFORE_RE.search(before):
            return []
    if _zone(a, fa) != _zone(b, fb) or _two_things(a, b):
        return []
    hours, minutes = divmod(apart, 60)
    gap = " ".join(
        f"{n} {unit}{'s' if n > 1 else ''}" for n, unit in ((hours, "hour"), (minutes, "minute")) if n
    )
    detail = f"'{fa.text}' and '{fb.text}', {gap} apart"
    return [Finding(DiscrepancyKind.DATE, "time", fa.value, fa, fb.value, fb, ALIGNED_TIME_RULE, detail)]


def _two_things(a: Claim, b: Claim) -> bool:
    """Whether two aligned claims tell of two things: each gives figures of a unit, or
    dates of a kind other than clock times, and none the same ("The quake struck at 7:48
    a.m. …, 75 kilometers west of Manokwari" / "The first quake struck at 4:43 a.m. … about
    135 kilometers from Manokwari")."""
    def details(claim: Claim) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for fact in claim.facts:
            if fact.kind in (FactKind.NUMBER, FactKind.DATE) and fact.unit and fact.unit != "time":
                found[f"{fact.kind.value}:{fact.unit}"].add(fact.value)
        return found

    mine, theirs = details(a), details(b)
    return any(not mine[unit] & theirs[unit] for unit in mine.keys() & theirs.keys())


def _by_unit(claim: Claim, group_of: Callable[[Fact], str | None]) -> dict[str, list[Fact]]:
    units: dict[str, list[Fact]] = defaultdict(list)
    for fact in claim.facts:
        if (unit := group_of(fact)) is not None:
            units[unit].append(fact)
    return units


def _disputed(kind: DiscrepancyKind, a: Mention, b: Mention) -> bool:
    beside = (a.neighbours & b.neighbours) - {"<", ">"}
    if a.fact.value == b.fact.value or not beside or states_both(a, b):
        return False
    if kind is DiscrepancyKind.NUMBER and len(a.context & b.context) < _MIN_SHARED and len(beside) < 2:
        return False  # fewer words around them in common, unless the same word on each side
    if kind is DiscrepancyKind.NUMBER and (
        (numbers_agree(a, b) and not far_above_floor(a, b)) or other_details([a], [b])
    ):
        return False  # a floor and a figure within it; people killed and people missing
    if kind is DiscrepancyKind.NUMBER and other_dimensions(a.claim, a.fact, b.claim, b.fact):
        return False  # "a 17-inch laptop" / "0.98 inches thick": two measures of one thing
    if kind is DiscrepancyKind.NUMBER and kind_of_figure(a) != kind_of_figure(b):
        return False  # "$184 million" / "$23 million per season"; "rose $5 million" / "rose to $40 million"
    if kind is DiscrepancyKind.DATE and values_differ(a.fact, b.fact) is not True:
        return False  # "May 20" and "Tuesday" cannot be told apart without a year
    names_a, names_b = name_beside(a), name_beside(b)
    return not (names_a and names_b and not names_a & names_b)

