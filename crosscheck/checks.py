"""Checks that need no second spelling to compare: acronym fit and unsupported quotations.

* ``acronym``: "Ransomware Initiative (CRI)" defines CRI with words that do not spell
  it (:mod:`crosscheck.acronyms`). When another source defines the same acronym with
  words that do, that definition is the other variant.
* ``unsupported-quote``: a quotation that no other source carries, quoted or not. A
  quotation is the strongest kind of claim a report makes about a person; when only
  one source has it, a reader should know. It is a note (severity low) and does not
  make a cluster conflicting.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

import attrs
import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq, Levenshtein

from crosscheck._text import (
    MONTH_NAMES,
    NOUN_AFTER,
    STOPWORDS,
    claim_tokens,
    content_tokens,
    normalize_word,
    one_left_out,
)
from crosscheck.acronyms import find_definitions
from crosscheck.dates import WEEKDAY_ABBREVIATIONS, WEEKDAYS, weekday_of
from crosscheck.models import Claim, Discrepancy, DiscrepancyKind, Fact, FactKind, Variant
from crosscheck.quotations import ELISION, quote_key

__all__ = [
    "NO_SUCH_DAY_RULE",
    "OTHER_ACRONYM_RULE",
    "WRONG_WEEKDAY_RULE",
    "RareWordIndex",
    "check_acronyms",
    "check_calendar_days",
    "check_unsupported_quotes",
    "check_weekdays",
    "one_source_discrepancy",
    "find_quote_passages",
    "wording_differs",
]

_CARRIED = 90
"""A quotation is carried by a source whose text holds its words this closely (0-100)."""
_CARRIED_IN_CLUSTER = 75
"""A claim that reports the same statement carries a quotation whose words it holds this closely."""
_MIN_QUOTE_WORDS = 5
_PROBE_WORDS = 3
"""A quotation is looked for only in claims holding one of its rarest content words, this many."""


class RareWordIndex:
    """Which claims hold which content word, to look for a quotation only where it can be.

    A passage that matches a quotation closely (85 or more) holds its words; it holds at
    least one of the quotation's three rarest words unless all three were changed, and
    then it does not match closely. So a search confined to the claims that share one
    of them finds what a search of every claim finds, at a cost that grows with the
    matches rather than with the corpus.
    """

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = list(claims)
        self.claims: Sequence[Claim] = self._claims
        """The claims indexed, in order."""
        # each word's claims, in order
        self._postings: dict[str, list[int]] = {}
        for n, claim in enumerate(self._claims):
            for word in set(claim_tokens(claim.text)):
                self._postings.setdefault(word, []).append(n)
        # the postings of the words looked at so far, as arrays (most words never are)
        self._arrays: dict[str, np.ndarray] = {}
        codes: dict[str, int] = {}
        self._source_code = np.array(
            [codes.setdefault(claim.source, len(codes)) for claim in self._claims], dtype=np.int64
        )
        self._code_of = codes

    def claims_near(self, text: str, source: str) -> list[Claim]:
        """The claims of sources other than ``source`` holding one of the rarest content
        words of ``text`` that such claims hold at all, in corpus order."""
        return [self._claims[n] for n in self.positions_near(text, source)]

    def positions_near(self, text: str, source: str) -> list[int]:
        """Where the claims :meth:`claims_near` returns are in the claims indexed."""
        code = self._code_of.get(source, -1)
        probed = []
        for word in sorted(set(content_tokens(text)) & self._postings.keys(), key=lambda w: (len(self._postings[w]), w)):
            array = self._arrays.get(word)
            if array is None:
                array = self._arrays[word] = np.array(self._postings[word], dtype=np.int64)
            # a word only ``source`` holds is no probe for it
            if (self._source_code[array] != code).any():
                probed.append(array)
                if len(probed) == _PROBE_WORDS:
                    break
        if not probed:
            return []
        found = np.unique(np.concatenate(probed)) if len(probed) > 1 else probed[0]
        near: list[int] = found[self._source_code[found] != code].tolist()
        return near


def _near_miss(acronym: str, initials: str) -> bool:
    """Whether the capitals before an acronym miss it by one letter (a word left out or
    one wrong: "Ransomware Initiative (CRI)"; an extra capitalised word is usual, "Korean
    National Police Agency (KPA)"). Capitals that read another
    word altogether are an acronym of the name in another language ("Meteorology and
    Geophysics Agency (BMG)", from Indonesian), a standard one ("Coordinated Universal
    Time (UTC)") or a ticker, not a slip.
    """
    letters = "".join(c for c in acronym.upper() if c.isalpha())
    if not Counter(letters) - Counter(initials.upper()):
        return False  # every letter is there, in another order: "Coordinated Universal Time (UTC)"
    return any(
        Levenshtein.distance(letters, initials.upper()[-k:]) <= 1
        for k in range(max(1, len(letters) - 1), len(letters) + 2)
        if k <= len(initials)
    )


_OWNER_RE = re.compile(r"(?:the|an?|\S+['’]s)$", re.IGNORECASE)
"""A word before a name that is not part of it: an article, or the owner ("Russia's")."""


def _word_left_out(acronym: str, written: str, before: str = "") -> str | None:
    """The initials of a name that are the acronym with one letter left out, one word
    missing from the name ("RI" of "Ransomware Initiative (CRI)"), or ``None``.

    The name is the capitalised run before the parenthesis, or a part of it that starts
    after a lowercase word ("Officials at the Ransomware Initiative"), less an article
    or an owner before it ("The", "Russia's"); never a part that starts between two
    capitalised words, or "The Security Service of Ukraine (SBU)" would be "Service of
    Ukraine" with a word missing. Not a letter added at the end (a qualifier or a ticker's
    class: "Freedom Party (FPO)", "Time Warner (TWX)"); not where the missing letter is
    the first of the word right before the name (``before``, the text before ``written``),
    which the name's acronym counts: a part before a comma ("Foreign, Commonwealth and
    Development Office (FCDO)") or its own "the" ("the Nature Conservancy (TNC)"); nor a
    party named by its members ("Christian Democrats (CDU)").
    """
    words = written.rsplit("(", 1)[0].split()
    letters = "".join(c for c in acronym.upper() if c.isalpha())
    previous = _WORD_BEFORE_RE.search(before)
    for n, word in enumerate(words):
        if not word[:1].isupper() or (n and words[n - 1][:1].isupper() and not _DESCRIBED_RE.search(words[n - 1])):
            continue
        name = words[n:]
        while len(name) > 1 and _OWNER_RE.match(name[0]):
            name = name[1:]
        initials = "".join(w[0] for w in name if w[:1].isupper()).upper()
        if len(letters) != len(initials) + 1 or letters[:-1] == initials:
            continue  # a letter added at the end qualifies the name: "Freedom Party (FPO)", a ticker's class
        if Levenshtein.distance(letters, initials) != 1 or name[-1].lower() in _MEMBERS:
            continue
        if n == 0 and previous is not None and letters[0] == previous.group(1)[0].upper() and letters[1:] == initials:
            continue  # the word before is the name's: "Bureau of Alcohol, Tobacco and Firearms (ATF)"
        return initials
    return None


_WORD_BEFORE_RE = re.compile(r"\b([^\W\d_][\w'’-]*)\.?,?\s+$")
_DESCRIBED_RE = re.compile(r"-(?:led|backed|based|owned|run|funded|made)$")
"""A word that describes the name after it, not part of it: "the U.S.-led Ransomware Initiative"."""
_MEMBERS = frozenset(
    "democrats republicans socialists conservatives liberals greens nationalists communists unionists".split()
)
"""Words that name a party by its members: the acronym spells the party's own name
("Christian Democrats (CDU)", "The Republicans (LR)")."""


def check_acronyms(claims: Sequence[Claim], order: Mapping[str, int]) -> list[tuple[int, Discrepancy]]:
    """Return ``(position, draft)`` for each acronym whose written expansion does not spell it."""
    fitting: dict[str, list[tuple[Claim, int, int, str]]] = {}
    defined: list[tuple[str, str, tuple[Claim, int, int, str]]] = []  # (acronym, expansion, fitting item)
    misfits: list[tuple[Claim, int, int, str, str]] = []
    for claim in claims:
        for definition in find_definitions(claim.text):
            start = claim.start + definition.window_start
            end = claim.start + definition.end + 1  # the closing parenthesis
            written = claim.text[definition.window_start : definition.end + 1]
            if definition.expansion is None:
                misfits.append((claim, start, end, written, definition.acronym))
            else:
                fitting.setdefault(definition.acronym, []).append((claim, start, end, written))
                named = claim.text[definition.expansion_start : definition.end + 1]  # "Ministry of … (MFA)"
                defined.append(
                    (definition.acronym, definition.expansion, (claim, claim.start + definition.expansion_start, end, named))
                )
    drafts = []
    seen: set[tuple[str, str]] = set()
    for claim, start, end, written, acronym in misfits:
        words = written.rsplit("(", 1)[0].split()
        while len(words) > 1 and _OWNER_RE.match(words[0]):
            words = words[1:]  # "The Ransomware Initiative": its capitals read RI
        initials = "".join(w[0] for w in words if w[:1].isupper())
        others = [item for item in fitting.get(acronym, []) if item[0].source != claim.source]
        # with no other source's definition to go by, only a word left out is a slip: a
        # letter changed is as likely the initials of the name in its own language
        # ("Russia's Federal Security Service (FSB)", "Security Service of Ukraine (SBU)")
        if others:
            missing = _near_miss(acronym, initials)
        else:
            name_initials = _word_left_out(acronym, written, claim.text[max(0, start - claim.start - 40) : start - claim.start])
            missing, initials = name_initials is not None, name_initials or initials
        if (claim.source, written) in seen or not missing:
            continue
        seen.add((claim.source, written))
        bad = Variant(text=written, sources=(claim.source,), claims=(claim.id,), spans=((claim.id, start, end),))
        if others:
            first = others[0]
            good_items = [item for item in others if item[3] == first[3]]
            good = Variant(
                text=first[3],
                sources=tuple(dict.fromkeys(c.source for c, *_ in good_items)),
                claims=tuple(dict.fromkeys(c.id for c, *_ in good_items)),
                spans=tuple((c.id, s, e) for c, s, e, _ in good_items),
            )
            tail = f" {', '.join(good.sources)} write{'s' if len(good.sources) == 1 else ''} '{first[3]}'."
        else:
            letters = " ".join(acronym)
            good = Variant(text=f"({acronym}: words with the initials {letters})", sources=(), claims=())
            tail = " No other source defines it."
        explanation = (
            f"'{written}' ({claim.source}): the words before the parenthesis do not spell "
            f"{acronym} (their capitals read {initials or 'nothing'}); a word is likely missing "
            f"or the acronym is wrong.{tail}"
        )
        draft = Discrepancy(
            id="", kind=DiscrepancyKind.ACRONYM, variants=(good, bad), cluster=None,
            majority=0 if good.sources else None,
            severity="medium", explanation=explanation, rule="expansion does not spell its acronym",
        )
        drafts.append((order[claim.id], draft))
    drafts += _acronyms_of_one_name(defined, order)
    return drafts


def _also_spelt(acronym: str, expansion: str) -> bool:
    """Whether an acronym is the name's initials with a plural "s", or with the initials of
    some of its lower-case words ("of"): "IDPs" and "MOFA" are the name's as much as "IDP"
    and "MFA" are."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[-2:-1].isupper() else acronym
    forms = {""}
    for word in _WORD_RE.findall(expansion):
        first = word[0].upper()
        if word[:1].isupper():
            forms = {f + first for f in forms}
        else:
            forms |= {f + first for f in forms}
    return letters in forms


OTHER_ACRONYM_RULE = "one source gives the name another acronym than the others"
_WORD_RE = re.compile(r"[^\W\d_]+")


def _acronyms_of_one_name(
    defined: Sequence[tuple[str, str, tuple[Claim, int, int, str]]], order: Mapping[str, int]
) -> list[tuple[int, Discrepancy]]:
    """An acronym a source gives a name whose words' initials spell another that other
    sources give it, one letter apart ("The World Health Organization (WTO)" against "World
    Health Organization (WHO)"): the letters of both can be found in the words (the "t" of
    "Health"), so each fits on its own, but the initials say which is the name's."""
    by_name: dict[tuple[str, ...], dict[str, list[tuple[Claim, int, int, str]]]] = defaultdict(lambda: defaultdict(list))
    expansions: dict[tuple[str, ...], str] = {}
    for acronym, expansion, item in defined:
        words = tuple(normalize_word(w) for w in _WORD_RE.findall(expansion) if w[:1].isupper())
        if words:
            by_name[words][acronym].append(item)
            expansions.setdefault(words, expansion)
    drafts = []
    for words, acronyms in sorted(by_name.items()):
        initials = "".join(w[0] for w in words).upper()
        if len(acronyms) != 2 or initials not in acronyms:
            continue
        (lone,) = set(acronyms) - {initials}
        if _also_spelt(lone, expansions[words]):
            continue  # "MOFA" beside "MFA", "IDPs" beside "IDP": both the name's
        sources = {c.source for c, *_ in acronyms[lone]}
        theirs = {c.source for c, *_ in acronyms[initials]}
        if len(lone) != len(initials) or Levenshtein.distance(lone, initials) != 1:
            continue  # one letter changed; one dropped or added is a short or a long form ("CDC", "UNHCR")
        if sources & theirs or len(sources) > len(theirs):
            continue
        good_items = acronyms[initials]
        good = Variant(
            text=good_items[0][3], sources=tuple(dict.fromkeys(c.source for c, *_ in good_items)),
            claims=tuple(dict.fromkeys(c.id for c, *_ in good_items)),
            spans=tuple((c.id, s, e) for c, s, e, _ in good_items),
        )
        for claim, start, end, written in acronyms[lone]:
            bad = Variant(text=written, sources=(claim.source,), claims=(claim.id,), spans=((claim.id, start, end),))
            explanation = (
                f"'{written}' ({claim.source}): the name's initials spell {initials}, as "
                f"{', '.join(good.sources)} write{'s' if len(good.sources) == 1 else ''} it, not {lone}; "
                "the acronym is likely wrong."
            )
            drafts.append((order[claim.id], Discrepancy(
                id="", kind=DiscrepancyKind.ACRONYM, variants=(good, bad), cluster=None, majority=0,
                severity="medium", explanation=explanation, rule=OTHER_ACRONYM_RULE,
            )))
    return drafts


WRONG_WEEKDAY_RULE = "the weekday does not fall on the date written with it"
_WEEKDAY_BEFORE_DATE_RE = re.compile(r",?\s{1,2}(?:\(|the\s)?$")
"""What may stand between a weekday and the date it names: "Tuesday, July 21, 2013",
"Sunday 21 July 2013", "Friday (14 October 2011)"."""
_YEAR_AFTER_DAY_RE = re.compile(r",?\s")
"""What may stand between a day of a month and its year ("July 21, 2013", "21 July 2013")."""
_NOUN_AFTER_YEAR_RE = re.compile(NOUN_AFTER)
"""A lower-case word after a "year" that makes it a count: "March 2, 2000 people marched"."""


def check_weekdays(claims: Sequence[Claim], order: Mapping[str, int]) -> list[tuple[int, Discrepancy]]:
    """Return ``(position, draft)`` for each weekday written right before a full date it
    does not fall on ("Tuesday, July 21, 2013": a Sunday). One of the two is wrong, in
    one source, whatever the others write; the calendar says which weekday it would be.
    Other sources that write the date with the calendar's weekday ("Sunday, July 21,
    2013") are given with it: they bear the calendar out.

    Dates a publication date resolved to calendar days are read as written: the weekday
    by its name, the day by its month and day.
    """
    written_dates = list(_weekdays_with_dates(claims))
    # (month-day, year, weekday) -> where each source writes that weekday with that date
    with_weekday: dict[tuple[str, str, str], list[tuple[Claim, Fact]]] = defaultdict(list)
    for claim, weekday, named, month_day, year, _written, _day in written_dates:
        with_weekday[(month_day, year, named)].append((claim, weekday))
    drafts = []
    seen: set[tuple[str, str]] = set()
    for claim, weekday, named, month_day, year, written, day_text in written_dates:
        falls_on = weekday_of(month_day, year)
        if falls_on is None or falls_on == named or (claim.source, written) in seen:
            continue
        seen.add((claim.source, written))
        shown = falls_on.capitalize()
        bearing_out: dict[str, tuple[Claim, Fact]] = {}  # one mention a source, the first it writes
        for other, fact in with_weekday[(month_day, year, falls_on)]:
            if other.source != claim.source:
                bearing_out.setdefault(other.source, (other, fact))
        explanation = (
            f"'{written}' ({claim.source}): {day_text} {year} was a {shown}, not a "
            f"{named.capitalize()}; the weekday or the date is wrong."
        )
        if bearing_out:
            explanation += f" {', '.join(bearing_out)} write{'s' if len(bearing_out) == 1 else ''} it as a {shown}."
        draft = one_source_discrepancy(
            DiscrepancyKind.DATE, claim, weekday, f"{shown} (the calendar)", explanation, WRONG_WEEKDAY_RULE
        )
        if bearing_out:
            calendar = Variant(
                text=draft.variants[0].text, sources=tuple(bearing_out),
                claims=tuple(dict.fromkeys(other.id for other, _ in bearing_out.values())),
                spans=tuple((other.id, fact.start, fact.end) for other, fact in bearing_out.values()),
            )
            draft = attrs.evolve(draft, variants=(calendar, *draft.variants[1:]))
        drafts.append((order[claim.id], draft))
    return drafts


NO_SUCH_DAY_RULE = "the date does not exist"
_DAY_CUE_BEFORE_RE = re.compile(
    r"\b(?:on|by|until|till|through|dated|before|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORDINAL_DAY_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
"""A day no calendar has is one only where the words make it a day: after "on", "by", a
weekday ("on April 31", "Tuesday, April 31"), with an ordinal ("June 31st") or with its
year ("February 30, 2013"); "In April 31 Palestinians were killed" and "in April 31, and
in May 40" give a month and a count."""
_COUNT_AFTER_DAY_RE = re.compile(r"\s*-|" + NOUN_AFTER)
"""After a month and a number, what makes the number a count and no day: "-year-old",
"people", "of the 50 states" ("In April 31 people were killed")."""


def check_calendar_days(claims: Sequence[Claim], order: Mapping[str, int]) -> list[tuple[int, Discrepancy]]:
    """Return ``(position, draft)`` for each day of a month that no calendar has
    ("February 30", "April 31"), and each February 29 written with a year that is no
    leap year ("29th February 2010"). The date is wrong in one source, whatever the
    others write.
    """
    drafts = []
    seen: set[tuple[str, str]] = set()
    for claim in claims:
        dates = [f for f in claim.facts if f.kind is FactKind.DATE]
        for day in dates:
            if day.unit != "month-day":
                continue  # a calendar day a publication date resolved is one that exists
            month_day = day.value
            month, number = (int(part) for part in month_day.split("-"))
            name = MONTH_NAMES[month - 1]
            if number > calendar.monthrange(2000, month)[1]:  # a leap year: February's longest
                if _COUNT_AFTER_DAY_RE.match(claim.text, day.end - claim.start) or not (
                    _DAY_CUE_BEFORE_RE.search(claim.text, 0, day.start - claim.start)
                    or _ORDINAL_DAY_RE.search(day.text)
                    or _year_of_day(claim, dates, day, month_day) is not None
                ):
                    continue  # a month, then a count: "In June 31-year-old Lopez", "in April 31, and in May 40"
                most = "28 or 29" if month == 2 else str(calendar.monthrange(2001, month)[1])
                written = day.text
                explanation = f"'{written}' ({claim.source}): {name} has {most} days, not {number}; the date is wrong."
                expected = f"a day from 1 to {most.split()[-1]} (the calendar)"
            elif month_day == "02-29":
                year = _year_of_day(claim, dates, day, month_day)
                if year is None or calendar.isleap(int(year.value[:4])):
                    continue
                written = claim.text[day.start - claim.start : max(day.end, year.end) - claim.start]
                explanation = (
                    f"'{written}' ({claim.source}): {year.value[:4]} is no leap year, so its February has 28 days; "
                    "the day or the year is wrong."
                )
                expected = f"a day from 1 to 28 (the calendar: February {year.value[:4]})"
            else:
                continue
            if (claim.source, written) in seen:
                continue
            seen.add((claim.source, written))
            if any(f.kind is FactKind.QUOTE and f.start <= day.start and day.end <= f.end for f in claim.facts):
                explanation = explanation.removesuffix(" is wrong.") + " is wrong: it is quoted, so the speaker or the source may have it wrong."
            draft = one_source_discrepancy(DiscrepancyKind.DATE, claim, day, expected, explanation, NO_SUCH_DAY_RULE)
            drafts.append((order[claim.id], draft))
    return drafts


def _weekdays_with_dates(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Fact, str, str, str, str, str]]:
    """Each weekday written right before a full date: its claim, the weekday fact, the
    weekday it names, the month-day and the year of the date, the words as written
    ("Tuesday, July 21, 2013") and the day's ("July 21")."""
    for claim in claims:
        dates = [f for f in claim.facts if f.kind is FactKind.DATE]
        for weekday in dates:
            named = _weekday_named(weekday)
            if named is None:
                continue
            end = weekday.end - claim.start
            day = next(
                (f for f in dates if _month_day_of(f) is not None and 0 < f.start - weekday.end <= 3
                 and _WEEKDAY_BEFORE_DATE_RE.fullmatch(claim.text[end : f.start - claim.start]) is not None),
                None,
            )
            month_day = _month_day_of(day) if day is not None else None
            if day is None or month_day is None:
                continue
            year = _year_of_day(claim, dates, day, month_day)
            if year is None:
                continue  # no year, or a count after the day ("March 2, 2000 people")
            end = max(day.end, year.end) - claim.start
            if "(" in claim.text[weekday.end - claim.start : day.start - claim.start]:
                if claim.text[end : end + 1] != ")":
                    continue  # "Friday (14 October 2012, a holiday)": more than the date in the brackets
                end += 1  # "Friday (14 October 2011)": the bracket closed
            written = claim.text[weekday.start - claim.start : end]
            yield claim, weekday, named, month_day, year.value[:4], written, day.text


def _year_of_day(claim: Claim, dates: Sequence[Fact], day: Fact, month_day: str) -> Fact | None:
    """The year written right after a day of a month ("July 21, 2013", "21 July 2013"), or
    ``None``; not a count after the day ("March 2, 2000 people")."""
    return next(
        (f for f in dates if f.unit in ("year", "year-month") and f.end > day.end
         and (_YEAR_AFTER_DAY_RE.fullmatch(claim.text[day.end - claim.start : f.start - claim.start])
              or _month_of_day_first(day, f, month_day))
         and not _NOUN_AFTER_YEAR_RE.match(claim.text, f.end - claim.start)),
        None,
    )


def _month_of_day_first(day: Fact, year: Fact, month_day: str) -> bool:
    """Whether a month of a year is the month a day-first date ends with: "21 July 2013"
    is read as the day "21 July" and the month "July 2013", which share the month."""
    return (
        year.unit == "year-month" and day.start < year.start < day.end
        and year.value[5:] == month_day[:2]
    )


def _weekday_named(fact: Fact) -> str | None:
    """The weekday a date fact names, as a weekday or as the calendar day a publication
    date made of it."""
    if fact.unit == "weekday":
        return fact.value
    name = fact.text.casefold().rstrip(".")
    name = WEEKDAY_ABBREVIATIONS.get(name, name)  # "Tue", "Tues." resolved to a calendar day
    return name if fact.unit == "date" and name in WEEKDAYS else None


def _month_day_of(fact: Fact) -> str | None:
    """The month and day ("07-21") a date fact gives, as a month-day or as a calendar day."""
    if fact.unit == "month-day":
        return fact.value
    if fact.unit == "date" and _weekday_named(fact) is None and len(fact.value) == 10:
        return fact.value[5:]
    return None


def one_source_discrepancy(
    kind: DiscrepancyKind, claim: Claim, fact: Fact, expected: str, explanation: str, rule: str
) -> Discrepancy:
    """A discrepancy within one source, which no other source needs to show (a weekday the
    date beside it does not fall on, a conversion the arithmetic does not give): its first
    variant is what is expected, with no source, the second the fact as written."""
    written = Variant(
        text=fact.text, sources=(claim.source,), claims=(claim.id,), spans=((claim.id, fact.start, fact.end),)
    )
    return Discrepancy(
        id="", kind=kind, variants=(Variant(text=expected, sources=(), claims=()), written), cluster=None,
        majority=None, severity="medium", explanation=explanation, rule=rule,
    )


def check_unsupported_quotes(
    claims: Sequence[Claim],
    order: Mapping[str, int],
    index: RareWordIndex | None = None,
    *,
    reported_by: Mapping[str, Sequence[Claim]] | None = None,
) -> list[tuple[int, Discrepancy]]:
    """Return ``(position, draft)`` for each quotation that no other source carries.

    ``index`` is the :class:`RareWordIndex` of ``claims``, when the caller already has it.
    ``reported_by``, when given, maps a claim id to the claims of other sources that
    report the same claim (its cluster); only quotations in such claims are then looked
    at: the statement is corroborated, its words are not. Those claims carry the
    quotation already when they hold its words loosely (a word or two changed is a
    matter of wording, not of support).
    """
    sources = list(dict.fromkeys(claim.source for claim in claims))
    if len(sources) < 2:
        return []
    # the normal forms of the claims looked at, each made once (most claims never are)
    keys: dict[str, str] = {}

    def key_of(claim: Claim) -> str:
        key = keys.get(claim.id)
        if key is None:
            key = keys[claim.id] = quote_key(claim.text)
        return key

    following = {a.id: b for a, b in itertools.pairwise(claims) if a.source == b.source}
    index = index or RareWordIndex(claims)
    indexed = index.claims
    # each indexed claim with the next one of its source (never empty: a space at least)
    passages: list[str] = [""] * len(indexed)

    def with_next(n: int) -> str:
        after = following.get(indexed[n].id)
        passages[n] = f"{key_of(indexed[n])} {key_of(after) if after is not None else ''}"
        return passages[n]

    drafts = []
    seen: set[tuple[str, str]] = set()
    elided: dict[int, list[str]] | None = None  # quotations with words left out, by claim position, when needed
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.QUOTE or len(fact.value.split()) < _MIN_QUOTE_WORDS:
                continue
            if (claim.source, fact.value) in seen:
                continue
            if reported_by is not None and not reported_by.get(claim.id):
                continue
            seen.add((claim.source, fact.value))
            # each claim that may carry it, with the next one of its source, for a
            # quotation that runs over a sentence break there
            carrying = [passages[n] or with_next(n) for n in index.positions_near(fact.value, claim.source)]
            pieces = _unelided_pieces(fact.value)
            if all(_best_partial_match(piece, carrying, _CARRIED) for piece in pieces):
                continue
            # a quotation of several sentences that another source splits over two
            # paragraphs ('said: "We will rebuild."' / 'He added: "It will take time."')
            # (each sentence word for word, so that a negation or a sentence added is not carried)
            sentences = _sentence_pieces(fact.text)
            if len(sentences) > 1 and all(
                any(f" {piece} " in f" {passage} " for passage in carrying) for piece in sentences
            ):
                continue
            if elided is None:
                elided = _elided_quotations(indexed)
            if elided and any(
                _elision_carries(value, fact.value)
                for n in index.positions_near(fact.value, claim.source) for value in elided.get(n, ())
            ):
                continue  # another source quotes it with words left out
            if reported_by is not None and all(
                _best_partial_match(piece, [key_of(c) for c in reported_by[claim.id]], _CARRIED_IN_CLUSTER)
                for piece in pieces
            ):
                continue
            speaker = f", attributed to {fact.unit}" if fact.unit else ""
            variants = (
                Variant(text=fact.text, sources=(claim.source,), claims=(claim.id,),
                        spans=((claim.id, fact.start, fact.end),)),
                Variant(text="(not carried by any other source)", sources=(), claims=()),
            )
            if reported_by is not None:
                reporting = list(dict.fromkeys(c.source for c in reported_by[claim.id]))
                explanation = (
                    f"Only {claim.source} quotes these words{speaker}. {', '.join(reporting)} "
                    f"report{'s' if len(reporting) == 1 else ''} the same claim, but no other "
                    "source carries the words, quoted or not."
                )
            else:
                others = len(sources) - 1  # the sources are distinct, and hold this claim's
                explanation = (
                    f"Only {claim.source} quotes these words{speaker}; none of the other "
                    f"{others} source{'s' if others != 1 else ''} carries them, quoted or not."
                )
            draft = Discrepancy(
                id="", kind=DiscrepancyKind.UNSUPPORTED_QUOTE, variants=variants, cluster=None,
                majority=None, severity="low", explanation=explanation,
                rule="quotation only one source carries",
            )
            drafts.append((order[claim.id], draft))
    return drafts


_UNQUOTED_PASSAGE = 90
"""An unquoted passage is the quotation (its marks lost) only when this close (``fuzz.ratio``)."""

_PASSAGE = 85
"""A passage of another source is the same quotation when it matches this closely (0-100)."""
_SHORT_QUOTE_WORDS = 10
"""Quotations this short or shorter can fall under :data:`_PASSAGE` with one word changed."""


def _lower(text: str) -> str:
    """Lowercase without changing the length, so offsets survive."""
    if "\u0130" not in text and "\u03a3" not in text:
        # str.lower() maps every other character on its own, to one character: the same
        # (only "İ" lowers to two characters, and "Σ" to "ς" at the end of a word)
        return text.lower()
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words, an apostrophe inside one included ("I'm",
    not "m"), and narrowed to start and end on one.

    >>> text = "forces of the U.S. Army"
    >>> text[slice(*_word_bounds(text, 15, 20))]
    'U.S. Army'
    """
    while start > 0 and (text[start - 1].isalnum() or (text[start - 1] in "'’" and text[start - 2 : start - 1].isalnum())):
        start -= 1
    # an abbreviation's letters, each with its full stop ("U.S.", not "S.")
    while start >= 2 and text[start - 1] == "." and text[start - 2].isalpha() and not text[start - 3 : start - 2].isalnum():
        start -= 2
    while end < len(text) and (text[end].isalnum() or (text[end] in "'’" and text[end + 1 : end + 2].isalnum())):
        end += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "!?":
        end -= 1
    return start, end


_CONTRACTIONS = (("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'m", " am"), ("'d", " would"))
_IRREGULAR = {
    "can't": "can not", "won't": "will not", "cannot": "can not", "shan't": "shall not",
    # the same, written without the apostrophe
    "cant": "can not", "dont": "do not", "didnt": "did not", "doesnt": "does not", "isnt": "is not",
    "wasnt": "was not", "arent": "are not", "werent": "were not", "couldnt": "could not",
    "wouldnt": "would not", "shouldnt": "should not", "havent": "have not", "hasnt": "has not",
    "hadnt": "had not", "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are",
}


def _expanded(key: str) -> list[str]:
    words = []
    for word in key.split():
        word = _IRREGULAR.get(word, word)
        for short, long in _CONTRACTIONS:
            if word.endswith(short) and len(word) > len(short):
                word = word[: -len(short)] + long
                break
        words.extend(word.split())
    return words


def wording_differs(
    a: str, b: str, *, loose_edges: bool = False, loose_start: bool = False, loose_end: bool = False
) -> bool:
    """Whether two quotation normal forms differ in wording, not only in transcription.

    Function words, contractions ("aren't" / "are not"), compounds written apart
    ("data centers" / "datacenters") and a quotation cut short at either end are
    transcription; a changed, added or dropped content word inside it is not. With
    ``loose_edges`` (a passage found by search), a single different word at either
    end is taken for a boundary, not a rewording; ``loose_start`` and ``loose_end`` say
    the same of one end (the other ends where a quotation ends).

    >>> wording_differs("they aren't going to be necessary", "they are not going to be necessary")
    False
    >>> wording_differs("injuries sustained when the walls collapsed", "injuries suffered when the walls collapsed")
    True
    >>> wording_differs("of course it was entirely inevitable", "it was entirely inevitable")
    False
    """
    loose_start, loose_end = loose_start or loose_edges, loose_end or loose_edges
    wa, wb = _expanded(a), _expanded(b)
    if "".join(wa) == "".join(wb):
        return False
    changed: list[str] = []
    # the runs of words that differ: neighbouring edits merged ("lifelong" / "life long"
    # is an insertion and a replacement side by side)
    blocks: list[list[int]] = []  # [src_start, src_end, dest_start, dest_end]
    opcodes = Levenshtein.opcodes(wa, wb)
    for op in opcodes:
        if op.tag == "equal":
            continue
        if blocks and blocks[-1][1] == op.src_start and blocks[-1][3] == op.dest_start:
            blocks[-1][1], blocks[-1][3] = op.src_end, op.dest_end
        else:
            blocks.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    for src_start, src_end, dest_start, dest_end in blocks:
        side_a, side_b = wa[src_start:src_end], wb[dest_start:dest_end]
        at_start = src_start == 0 and dest_start == 0
        at_end = src_end == len(wa) and dest_end == len(wb)
        loose = (at_start and loose_start) or (at_end and loose_end)
        if (at_start or at_end) and (not side_a or not side_b or (loose and len(side_a) <= 1 and len(side_b) <= 1)):
            # one source quotes less of it (or, for a passage found by search, whose
            # bounds are uncertain, its first or last word differs): not a rewording
            continue
        if (side_a == [ELISION] and _NEGATIONS.isdisjoint(side_b)) or (side_b == [ELISION] and _NEGATIONS.isdisjoint(side_a)):
            continue  # "the city … I still don't know": the writer left those words out (never a "not")
        if "".join(side_a) == "".join(side_b):
            continue  # "end game" / "endgame", "e mail" / "email": one word written apart
        if _swapped(side_a, side_b):
            return True  # "she" / "he", "with" / "against", "will" / "shall"
        if [w for w in side_a if _counts(w)] == [w for w in side_b if _counts(w)]:
            continue  # "a child died" / "child who died": only function words differ
        changed.extend(side_a + side_b)
    return any(_counts(w) for w in changed)


_NEGATIONS = frozenset("not no never nor none nobody nothing neither nowhere without".split())


_MEANINGFUL = frozenset(
    "i me my we us our you your he him his she her hers they them their "  # who
    "with against for before after above below up down over under "  # which way
    "will shall would should could can may might must".split()  # how sure
)
"""Function words that change what a quotation says where one stands for another: a person
("She shot him" / "He shot her"), a direction or side ("I was with him" / "I was against
him"), a modal ("We will act" / "We shall act")."""


def _counts(word: str) -> bool:
    """Whether a changed word changes what a quotation says: a content word, or a
    negation ("we will not surrender" / "we will surrender")."""
    return (word not in STOPWORDS and word != ELISION) or word in _NEGATIONS


def _swapped(side_a: Sequence[str], side_b: Sequence[str]) -> bool:
    """Whether one function word of :data:`_MEANINGFUL` stands for another in a run of words
    that differ ("she" / "he", "with" / "against"): one added or left out is transcription
    ("[Lin] drove" / "he drove", an editor's name for a pronoun)."""
    mine = [w for w in side_a if w in _MEANINGFUL]
    theirs = [w for w in side_b if w in _MEANINGFUL]
    return bool(mine) and bool(theirs) and mine != theirs


def find_quote_passages(
    claims: Sequence[Claim], index: RareWordIndex | None = None
) -> list[tuple[Claim, Fact, Claim, Fact]]:
    """Quotations that another source carries in different words, wherever it writes them.

    For each quotation of five words or more, the closest passage of every other source
    is found (``fuzz.partial_ratio_alignment``, whatever sentence it sits in, quoted or
    not); a passage that matches closely but differs in a content word (not only in
    "the"/"this" or punctuation) is returned as ``(claim, quote, other claim, passage)``.
    A source with no such passage that quotes as many words, all but one the same, gives
    that quotation as the passage; so does one whose longer quotation holds a short one
    (ten words or fewer) with one word changed ("to get it devastating," inside "people
    should run, not walk, to get it installed,").
    """
    index = index or RareWordIndex(claims)
    indexed = index.claims
    lowered_at = [_lower(claim.text) for claim in indexed]
    shapes: dict[tuple[str | int, ...], list[tuple[int, Fact]]] | None = None  # short quotations, worked out when needed
    quoting: dict[int, tuple[frozenset[str], int]] | None = None  # what each claim that quotes quotes, likewise
    quoted_in: defaultdict[str, list[int]] = defaultdict(list)
    found = []
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.QUOTE or len(fact.value.split()) < _MIN_QUOTE_WORDS:
                continue
            quote = _lower(fact.text)
            near = index.positions_near(fact.text, claim.source)
            texts = [lowered_at[n] for n in near]
            # only the claims that may match closely are grouped by source and scored
            by_source: dict[str, list[int]] = {}
            for n in _may_match(quote, texts, _PASSAGE):
                by_source.setdefault(indexed[near[n]].source, []).append(near[n])
            carried = set()
            for source, others in sorted(by_source.items()):
                choices = [lowered_at[n] for n in others]
                best = process.extractOne(quote, choices, scorer=fuzz.partial_ratio, score_cutoff=_PASSAGE)
                if best is None:
                    continue
                other = others[best[2]]
                passage = _passage(quote, fact, indexed[other], lowered_at[other])
                if passage is not None:
                    found.append((claim, fact, indexed[other], passage))
                    carried.add(source)
            # a short quotation with one long word changed ("a substantial cache of arms"
            # / "a hours cache of arms") can score under the cutoff both ways: another
            # source's quotation of as many words, all but one the same, is the same one
            # reworded (when that quotation finds no passage here itself, as it did not)
            words = fact.value.split()
            if len(words) > _SHORT_QUOTE_WORDS:
                continue  # one word in more changes too little to fall under the cutoff
            if shapes is None:
                shapes = _short_quote_shapes(indexed)
            lowered_here = _lower(claim.text)
            for shape in one_left_out(words):
                for n, other_fact in shapes.get(shape, ()):
                    other_claim = indexed[n]
                    if (
                        other_claim.source != claim.source
                        and other_claim.source not in carried
                        and other_fact.value != fact.value
                        and wording_differs(fact.value, other_fact.value)
                        and fuzz.partial_ratio(_lower(other_fact.text), lowered_here) < _PASSAGE
                    ):
                        found.append((claim, fact, other_claim, other_fact))
                        carried.add(other_claim.source)
            # a short quotation that is part of a longer one of another source, with a
            # long word changed ("to get it devastating," / "… to get it installed,”"):
            # the passage scores under the cutoff, so it is looked for only in claims
            # whose quotations hold all the words of this one but one
            if quoting is None:
                quoting = _quoted_words(indexed)
                quoted_in = defaultdict(list)  # word -> the positions of the claims whose quotations hold it
                for n, (held, _) in quoting.items():
                    for word in held:
                        quoted_in[word].append(n)
            quoted = set(words)
            # a claim that holds all the words but one holds one of the two rarest
            rarest = sorted(quoted, key=lambda w: (len(quoted_in.get(w, ())), w))[:2]
            for n in sorted({n for word in rarest for n in quoted_in.get(word, ())}):
                held, longest = quoting[n]
                if longest <= len(words) or indexed[n].source in carried or indexed[n].source == claim.source:
                    continue  # a quotation as long is one the shapes above find; a shorter holds too little
                missing = quoted - held
                if len(missing) > 1 or (missing and not _counts(next(iter(missing)))):
                    continue  # the changed word must change what is said (none missing: it
                    # stands elsewhere in the other quotation, "Obama’s" / "Obama, … your")
                passage = _passage(quote, fact, indexed[n], lowered_at[n])
                if passage is not None and _one_word_changed(fact.value, passage.value):
                    found.append((claim, fact, indexed[n], passage))
                    carried.add(indexed[n].source)
    return found


def _quoted_words(claims: Sequence[Claim]) -> dict[int, tuple[frozenset[str], int]]:
    """For each claim that quotes, by position: the words of its quotations (normal forms),
    and how many words its longest quotation has."""
    quoting = {}
    for n, claim in enumerate(claims):
        quotes = [f.value.split() for f in claim.facts if f.kind is FactKind.QUOTE]
        if quotes:
            quoting[n] = (frozenset(word for words in quotes for word in words), max(map(len, quotes)))
    return quoting


def _one_word_changed(a: str, b: str) -> bool:
    """Whether two quotations (normal forms) have as many words, all but one the same."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1


def _elided_quotations(claims: Sequence[Claim]) -> dict[int, list[str]]:
    """The normal forms of the quotations with words left out, by claim position."""
    elided: dict[int, list[str]] = {}
    for n, claim in enumerate(claims):
        if "…" in claim.text or "..." in claim.text:
            values = [f.value for f in claim.facts if f.kind is FactKind.QUOTE and ELISION in f.value.split()]
            if values:
                elided[n] = values
    return elided


def _elision_carries(elided: str, key: str) -> bool:
    """Whether a quotation with words left out carries the quotation ``key``: each of its
    pieces is in it."""
    pieces = [piece for piece in _unelided_pieces(elided) if ELISION not in piece.split()]
    return bool(pieces) and all(fuzz.partial_ratio(piece, key) >= _CARRIED for piece in pieces)


_QUOTED_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def _sentence_pieces(quotation: str) -> list[str]:
    """The normal forms of a quotation's sentences, each carried on its own: another source
    may quote them in two paragraphs, with words of its own between ("He added:")."""
    pieces = (quote_key(part) for part in _QUOTED_SENTENCE_END_RE.split(quotation))
    return [piece for piece in pieces if piece]


def _unelided_pieces(key: str) -> list[str]:
    """The pieces of a quotation's normal form between the places the writer left words
    out ("the city … I still don't know"), each carried on its own; pieces of fewer than
    three words are too short to look for (the whole, when no piece is long enough)."""
    if ELISION not in key.split():
        return [key]
    pieces = [piece.strip() for piece in key.split(ELISION)]
    return [piece for piece in pieces if len(piece.split()) >= 3] or [" ".join(key.replace(ELISION, " ").split())]


def _short_quote_shapes(claims: Sequence[Claim]) -> dict[tuple[str | int, ...], list[tuple[int, Fact]]]:
    """Each short quotation's words with one left out (:func:`crosscheck._text.one_left_out`),
    with the claim (by position) and fact: two quotations one word apart share one."""
    shapes: dict[tuple[str | int, ...], list[tuple[int, Fact]]] = {}
    for n, claim in enumerate(claims):
        for fact in claim.facts:
            if fact.kind is FactKind.QUOTE:
                words = fact.value.split()
                if _MIN_QUOTE_WORDS <= len(words) <= _SHORT_QUOTE_WORDS:
                    for shape in one_left_out(words):
                        shapes.setdefault(shape, []).append((n, fact))
    return shapes


def _best_partial_match(query: str, choices: Sequence[str], cutoff: float) -> tuple[str, float, int] | None:
    """``process.extractOne(query, choices, scorer=fuzz.partial_ratio, score_cutoff=cutoff)``:
    the first choice with the highest score, ``cutoff`` or more, as ``(choice, score, index)``;
    ``None`` when none reaches it. Choices that cannot reach it are not scored (:func:`_may_match`).
    """
    kept = _may_match(query, choices, cutoff)
    best = process.extractOne(query, [choices[n] for n in kept], scorer=fuzz.partial_ratio, score_cutoff=cutoff)
    return None if best is None else (best[0], best[1], kept[best[2]])


def _may_match(query: str, choices: Sequence[str], cutoff: float) -> list[int]:
    """Indexes of the choices whose ``fuzz.partial_ratio`` with ``query`` may reach ``cutoff``.

    ``partial_ratio`` is the best ``fuzz.ratio`` of the shorter string with a part of the
    longer, at most as long as the shorter (``m`` characters): ``200 * lcs / (m + w)`` for a
    part of ``w`` characters with which it has ``lcs`` in common. The part's ``lcs`` is at most
    ``L``, the longest common subsequence of the shorter string and any stretch of the
    longer that holds the part, and at most ``w``; so the score is at most
    ``200 * L / (m + L)``. ``L`` for every choice is one cheap bit-parallel pass (``LCSseq``),
    while ``partial_ratio`` tries many alignments; most choices near a quotation share a
    rare word with it and little else, and are dropped here.

    First with the whole longer string as the stretch; then, for a choice still kept that
    is more than three times as long as the query, with its stretches of ``3 * m``
    characters every ``2 * m`` (a part of ``m`` characters or less lies inside one of
    them), since a long sentence holds many of a quotation's letters in order without
    holding the quotation. (Shorter stretches bound more tightly, but cutting them costs
    more than the scores they save.)
    """
    if not choices:
        return []
    m = len(query)
    lengths = np.fromiter(map(len, choices), dtype=np.int64, count=len(choices))
    common = process.cdist([query], choices, scorer=LCSseq.similarity, dtype=np.int64)[0]
    shorter = np.minimum(m, lengths)
    # a margin for rounding: keeping one choice too many only costs its score
    kept = (shorter == 0) | (200 * common >= (cutoff - 1e-6) * (shorter + common))
    long = np.flatnonzero(kept & (lengths > 3 * m))
    if m and len(long):
        stretches: list[str] = []
        for n in long.tolist():
            text = choices[n]
            stretches += [text[start : start + 3 * m] for start in range(0, len(text) - m, 2 * m)]
        # choices[n] holds ceil((len - m) / 2m) stretches, the first of them at ``firsts``
        counts = (lengths[long] + m - 1) // (2 * m)
        firsts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        found = process.cdist([query], stretches, scorer=LCSseq.similarity, dtype=np.int64)[0]
        best = np.maximum.reduceat(found, firsts)
        kept[long] = 200 * best >= (cutoff - 1e-6) * (m + best)
    return np.flatnonzero(kept).tolist()


_QUOTE_MARK_RE = re.compile(r"[“”\"«»]")
_BETWEEN_MARKS_RE = re.compile(r"[^“”\"«»]+")


def _only_marks(text: str) -> bool:
    """Whether a stretch holds no word (empty, or only punctuation and spaces)."""
    return not any(c.isalnum() for c in text)


def _passage(quote: str, fact: Fact, other: Claim, text: str) -> Fact | None:
    if len(quote) > len(text):
        return None  # the other sentence is shorter than the quotation: no whole passage
    alignment = fuzz.partial_ratio_alignment(quote, text)
    if alignment is None:
        return None
    start, end = _word_bounds(other.text, alignment.dest_start, alignment.dest_end)
    written = other.text[start:end]
    if _QUOTE_MARK_RE.search(written):
        # the passage runs over a quotation mark: only the words on one side of it are
        # quoted ('called the actor “a consummate entertainer'), so keep the longest side
        pieces = [m.span() for m in _BETWEEN_MARKS_RE.finditer(written) if len(m.group().split()) >= 3]
        if not pieces:
            return None
        # a piece that a closing mark ends or an opening mark starts is the quoted one
        quoted = [
            (a, b) for a, b in pieces
            if written[b : b + 1] == "”" or (a > 0 and written[a - 1] == "“")
        ]
        a, b = max(quoted or pieces, key=lambda span: (span[1] - span[0], -span[0]))
        start, end = _word_bounds(other.text, start + a, start + b)
        written = other.text[start:end]
    key = quote_key(written)
    if not key or key == fact.value:
        return None
    begin, finish = other.start + start, other.start + end
    quotations = [f for f in other.facts if f.kind is FactKind.QUOTE and f.start < finish and begin < f.end]
    # an end of the passage where the other's quotation ends too is no uncertain bound
    # ('… motive in this,”' against '… motive in governor.”')
    loose_start = not any(_only_marks(other.text[f.start - other.start : start]) for f in quotations)
    loose_end = not any(_only_marks(other.text[end : f.end - other.start]) for f in quotations)
    if not wording_differs(fact.value, key, loose_start=loose_start, loose_end=loose_end):
        return None
    in_quotation = bool(quotations)
    if not in_quotation and fuzz.ratio(fact.value, key) < _UNQUOTED_PASSAGE:
        return None  # a paraphrase in the reporter's own words, not the quotation reworded
    return Fact(kind=FactKind.QUOTE, text=written, start=begin, end=finish, value=key)
