"""Years one source alone gives: to a day of a month or to a month, or in a sentence much
like those of the other sources.

A year is a detail reporters get wrong as often as a day ("29th February 2010" against
"February 29, 2012"), but it seldom stands next to a word another source writes beside
it: it ends its sentence ("… the Indian Ocean in 2003."), or opens it ("In 1969, the mayor
was indicted …"). So the lone-value rule (:func:`crosscheck.outliers.find_lone_values`)
keys a year by the day or the month it dates (:func:`lone_years`), or by being a year,
with the words of the whole sentences weighed (:func:`lone_sentence_years`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from crosscheck._text import MONTH_NAMES, fold, words_without_figures
from crosscheck.events import other_events
from crosscheck.facts import MONTH_NUMBERS
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.outliers import ELSEWHERE, KIN_WORDS, find_lone_values, one_person, witnesses
from crosscheck.slots import Mention, Slot
from crosscheck.surnames import given_and_surname

__all__ = [
    "LIFE_YEAR_RULE",
    "YEAR_IN_SENTENCE_RULE",
    "life_years",
    "lone_sentence_years",
    "lone_years",
    "with_years_of_months",
]

YEAR_IN_SENTENCE_RULE = (
    "one source alone gives this year in a sentence much like those where three sources give another"
)

_MONTH_BEFORE_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s$",
    re.IGNORECASE,
)
_YEAR_AFTER_DAY = 4
"""Characters between a day of a month and its year at most (", ", "th, ")."""


def _calendar_words(key: str) -> str:
    """A year's key as the report writes it: "February 29", "June"."""
    what, _, value = key[1:].partition(":")
    if what == "day":
        month, day = value.split("-")
        return f"{MONTH_NAMES[int(month) - 1]} {int(day)}"
    return MONTH_NAMES[int(value) - 1]


def _years_of_dates(claims: Sequence[Claim]) -> tuple[list[Claim], dict[tuple[str, int], frozenset[str]]]:
    """The claims that date a day or a month with its year, with those years as facts of
    their own (value: the year; span: as written), and each such year's keys: ``=day:MM-DD``
    after a day of a month ("February 29, 2012", "29th February 2010"), ``=month:MM`` after
    a month ("June 2006", "June, 2005")."""
    result, keys = [], {}
    for claim in claims:
        dates = sorted((f for f in claim.facts if f.kind is FactKind.DATE), key=lambda f: f.start)
        days = [f for f in dates if f.unit == "month-day"]
        years = []
        for fact in dates:
            if fact.unit == "year-month":
                year, month = fact.value[:4], fact.value[5:7]
                day = next((d for d in days if d.start <= fact.start < d.end and d.value[:2] == month), None)
            elif fact.unit == "year":
                year = fact.value
                day = next((d for d in days if 0 <= fact.start - d.end <= _YEAR_AFTER_DAY), None)
                before = _MONTH_BEFORE_RE.search(claim.text, max(0, fact.start - claim.start - 12), fact.start - claim.start)
                if day is not None:
                    month = day.value[:2]
                elif before is not None:
                    month = f"{MONTH_NUMBERS[before.group(1).casefold()]:02d}"
                else:
                    month = ""  # a year alone: no key, but its source gives that year
            else:
                continue
            if year not in fact.text:
                continue  # a year a publication date supplied ("in June"), not one the source wrote
            found = (
                ({f"=month:{month}"} if month else set()) | ({f"=day:{day.value}"} if day is not None else set())
            )
            years.append(attrs.evolve(fact, value=year, unit="year"))
            keys[(claim.id, fact.start)] = frozenset(found)
        if years:
            result.append(attrs.evolve(claim, facts=tuple(years)))
    return result, keys


def lone_years(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for each year one source alone gives to a day of a month, or to a month, that
    the others give another year ("29th February 2010" against two sources' "February 29,
    2012"; "in June 2006" against "in June, 2005"): the lone-value rule
    (:func:`find_lone_values`), keyed by the day or the month instead of a word beside it,
    where the lone source writes the others' year in no sentence like these (a year alone
    counts), no other source writes the lone year in a sentence like the lone source's
    (elsewhere, for another thing, it may), and the two are not said of different events
    ("arrested in June 2006" / "released in June 2008")."""
    dated, keys = _years_of_dates(claims)
    slots = find_lone_values(
        dated, group_of=lambda f: "year", kind=DiscrepancyKind.DATE,
        keyed_by=lambda claim, fact: keys.get((claim.id, fact.start), frozenset()), apart=other_events,
        lone_by_sentence=True,
    )
    # the key as the report writes it: "the year of February 29"
    return [
        attrs.evolve(slot, context=tuple("the year of " + _calendar_words(key) for key in slot.context))
        for slot in slots
    ]


_SPAN_BEFORE_RE = re.compile(
    r"(?:\b(?:since|from|until|till|through|between|by|before|after)\s+(?:the\s+)?"
    r"|\d{4}\s*(?:[-–—]|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*)$",
    re.IGNORECASE,
)
"""Words before a year that make it the edge of a span ("in power since 1967", "between
1989 and 2001", "from 2003 to 2011"), not the year something happened."""
_YEAR_KEY = "=year"
_YEAR_MIN_STATED = 3
"""Independent sources that must give the other year in sentences much like the lone one's."""


def _sentence_words(claim: Claim, fact: Fact) -> frozenset[str]:
    """The content words of the whole claim, numbers left out: a year often ends or opens
    its sentence, far from the words that say what it dates."""
    return words_without_figures(claim.text)


def _year_key(claim: Claim, fact: Fact) -> frozenset[str]:
    """Every year is keyed as a year, but the edge of a span by nothing: it is then set
    against no other year, yet still counts as a year its source gives."""
    start = fact.start - claim.start
    if _SPAN_BEFORE_RE.search(claim.text[max(0, start - 20) : start]):
        return frozenset()
    return frozenset({_YEAR_KEY})


def _other_figures(a: Sequence[Mention], b: Sequence[Mention], claims: Mapping[str, Claim]) -> bool:
    """Whether the sentences of both sides give figures, or days of a month, and none the
    same: two data points of two years ("52,000 in 2010" / "41,000 residents in 2000"), or
    two dates ("the quarters ended July 31, 2007" / "the quarter that ends Jan. 31, 2008"),
    not one event dated two ways."""
    def figures(mentions: Sequence[Mention], kind: FactKind, unit: str | None) -> set[str]:
        return {
            f.value for m in mentions for f in claims[m.claim.id].facts
            if f.kind is kind and (unit is None or f.unit == unit)
        }

    for kind, unit in ((FactKind.NUMBER, None), (FactKind.DATE, "month-day")):
        fa, fb = figures(a, kind, unit), figures(b, kind, unit)
        if fa and fb and not fa & fb:
            return True
    return False


def _years_written(claims: Sequence[Claim]) -> list[Claim]:
    """The claims that write a year, alone or with its month ("in 1969", "in June 2006"),
    with those years as their facts (value: the year). A year a publication date supplied
    ("in June", read as June of that year) is none the source wrote."""
    result = []
    for claim in claims:
        years = tuple(year for fact in claim.facts if (year := _year_written(fact)) is not None)
        if years:
            result.append(attrs.evolve(claim, facts=years))
    return result


def _year_written(fact: Fact) -> Fact | None:
    """The year a date fact writes, alone or with its month, as a year fact; None for any
    other fact, and for a year a publication date supplied."""
    if fact.kind is FactKind.DATE and fact.unit in ("year", "year-month") and fact.value[:4] in fact.text:
        return attrs.evolve(fact, value=fact.value[:4], unit="year")
    return None


def with_years_of_months(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each with a year fact besides every month of a year it writes ("in June
    2006" gives 2006 too, over the same span), so that a year stands against the year of a
    month ("the 2007 raid" / "an April, 2008 raid"). A year a publication date supplied is
    none the source wrote."""
    result = []
    for claim in claims:
        months = [fact for fact in claim.facts if fact.unit == "year-month"]
        years = tuple(year for fact in months if (year := _year_written(fact)) is not None)
        result.append(attrs.evolve(claim, facts=claim.facts + years) if years else claim)
    return result


def lone_sentence_years(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for each year one source alone gives in a sentence much like those where three
    independent sources or more give another year (:data:`YEAR_IN_SENTENCE_RULE`): "In 1969,
    the mayor was indicted on a charge of bribing the harbour commission of Port Ellis"
    against three sources' "The mayor was indicted in 1970 for bribing the Port Ellis
    harbour commission".

    A year sits at the edge of its sentence more often than not, so no word beside it is
    shared: every year is keyed as a year, and the lone-value rule (:func:`find_lone_values`)
    weighs the words of the whole sentences. A year with its month counts as the year
    ("in June 2006"). The lone source must write the others' year only in sentences unlike
    both (a story gives many years); the lone source's sentence most like the others' and
    those of theirs that share words with it must not be said of different events ("the
    junta fell in 1974" / "the junta seized power in 1967") nor give different figures
    ("grew to 52,000 in 2010" / "41,000 residents in 2000") nor different days of a month
    ("the quarters ended July 31, 2007" / "the quarter that ends Jan. 31, 2008"); and a year
    that opens or ends a span ("in power since 1967", "from 2003 to 2011") is set against
    none. Another source's giving the lone year, in sentences unlike the lone one's, does
    not make it any less the lone source's ("hosted the Oscars in 2005" against three
    sources' 2007, beside another's "fronted the Emmys in 2001 and 2005").
    """
    originals = {claim.id: claim for claim in claims}
    slots = find_lone_values(
        _years_written(claims),
        group_of=lambda fact: "year" if fact.kind is FactKind.DATE and fact.unit == "year" else None,
        kind=DiscrepancyKind.DATE, keyed_by=_year_key, context_of=_sentence_words, lone_by_sentence=True,
    )
    found = []
    for slot in slots:
        lone = slot.values[slot.lone]
        majority = [m for value, ms in slot.values.items() if value != slot.lone for m in ms]
        if witnesses(majority) < _YEAR_MIN_STATED:
            continue
        # the lone source's sentence most like the others', not each one that gives its year
        theirs = frozenset().union(*(m.context for m in majority))
        most = max(len(m.context & theirs) for m in lone)
        told = tuple(m for m in lone if len(m.context & theirs) == most)
        mine = frozenset().union(*(m.context for m in told))
        alike = [m for m in majority if len(m.context & mine) >= 2] or majority
        if other_events(told, alike) or _other_figures(told, alike, originals):
            continue
        shared = ", ".join(sorted(mine & theirs))
        values = {value: told if value == slot.lone else ms for value, ms in slot.values.items()}
        rule = YEAR_IN_SENTENCE_RULE + (ELSEWHERE if slot.rule.endswith(ELSEWHERE) else "")
        found.append(attrs.evolve(slot, values=values, rule=rule, context=(shared,)))
    return found



LIFE_YEAR_RULE = "one source alone gives this year for a person's death or birth, where the others agree on another"
_WHEN = r"(?:in|on)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\.?\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?)?"
"""What may stand between the words of a death or birth and its year: "in ", "on June 3, ",
"in early "."""
_LIFE_WORDS_RE = re.compile(
    # "Niyazov's death in 2006"
    r"['’]s?\s+(?P<noun>death|birth)\s+" + _WHEN
    # "Niyazov died in 2006", "Niyazov, who died suddenly in 2006", "Lopez, born in 1961",
    # "Lopez was born on June 3, 1961"
    + r"|,?\s+(?:who\s+)?(?:(?:was|had|has)\s+)?(?P<verb>died|born)\s+(?:\w+ly\s+)?" + _WHEN
    # "Niyazov, who ruled Turkmenistan for two decades until his death in 2006"
    + r"|,\s+who\s+(?P<clause>[^,;:()\[\]\"“”]{0,80}?)\buntil\s+(?:his|her)\s+(?P<own>death)\s+" + _WHEN
)
"""What ties a year to the death or the birth of the person named right before it; the
whole stretch between the name and the year must be one of these (so not "died after
falling ill in 2005", "born shortly after the 1929 crash", "staged his death in 1999")."""
_YEAR_RUN_RE = re.compile(r"\s*(?:(?:,|and|or|to|-|–)\s*\d{4}|\W*respectively)")
"""A year in a run of years ("died in 2003, 2004 and 2006"): which is whose, no telling."""
_POSSESSIVE_RE = re.compile(r"['’]s?\s+")
_NOUN_AFTER_YEAR_RE = re.compile(r"\s+(death|birth)(?=\s*[,.;:!?)]|\s+(?:was|is|in|at|of|from|after|and|[a-z]+ed)\b)")
"""A person's year of death or birth written before the noun, a stop or a verb after it
("McCartney's 2008 death was a hoax", "Niyazov's 2006 death changed little"), not a death
toll, a "Death Wish" or a birth certificate."""
_KIN_RE = re.compile(r"\b" + KIN_WORDS + r"\b", re.IGNORECASE)
_SPOUSE_RE = re.compile(r"\b(?:married|wife|husband|partner|companion|fianc[ée]e?)\b", re.IGNORECASE)
_KIN_BEFORE_RE = re.compile(r"(?:\b" + KIN_WORDS + r"(?:\s+of)?|\b(?:elder|younger))\s+(?:the\s+)?$", re.IGNORECASE)
"""A relative's word right before a name: "the wife of Saparmurat Niyazov died", "The
daughter of Harold Jones, born in 1960", "His grandson Harold Jones II", "the elder Harold
Jones": whose death or birth, no telling."""
_OBJECT_BEFORE_RE = re.compile(r"(?:\bof|\bwho\s+\w+|\bthat\s+\w+)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words right before a name that make it no subject of "died" or "born" right after it:
"The guard who protected Saparmurat Niyazov died" (but "the funeral of Niyazov, who died"
and "talk of Niyazov's 2008 death" are his)."""
_TO_A_WOMAN_RE = re.compile(r"(?:Mrs|Ms|Miss|Mme|Madame)\b\.?")
_GENERATIONS = frozenset("jr sr ii iii iv".split())
_LIFE_EVENTS = {"died": "death", "death": "death", "born": "birth", "birth": "birth"}
_LIFE_MIN_SOURCES = 2
"""Independent sources that must give the other year of the person's death or birth."""


def _life_year_of(claim: Claim, fact: Fact) -> tuple[str, Fact] | None:
    """The event ("death", "birth") a year dates and the name of the person it happened to:
    the name right before it, tied to it by nothing but the words of a death or a birth
    (:data:`_LIFE_WORDS_RE`: "Saparmurat Niyazov, who died in 2006", "Niyazov, who ruled
    Turkmenistan for two decades until his death in 2008", :data:`_NOUN_AFTER_YEAR_RE`:
    "McCartney's 2008 death was a hoax"); not another person's ("whose predecessor … died in
    1999", "the wife of Niyazov died", "who was married to Muza Niyazova until her death"), a
    death toll or a birth certificate, or one of a run of years."""
    start, end = fact.start - claim.start, fact.end - claim.start
    if _YEAR_RUN_RE.match(claim.text, end, end + 20):
        return None  # (one after another year is tied to no name: only "in" or a day stands before it)
    names = sorted((f for f in claim.facts if f.kind is FactKind.NAME and f.end <= fact.start), key=lambda f: -f.end)
    # the name right before the year, or one a clause on it opens ("Niyazov, who ruled Turkmenistan …":
    # only that pattern reaches past another name)
    for name in names:
        tie = _LIFE_WORDS_RE.fullmatch(claim.text, name.end - claim.start, start)
        if tie is not None:
            event = tie.group("noun") or tie.group("verb") or tie.group("own")
            clause = tie.group("clause")
            if clause is not None and (
                _KIN_RE.search(clause) or _SPOUSE_RE.search(clause)
                or any(f.kind is FactKind.NAME and len(f.value.split()) > 1 and name.end <= f.start < fact.start
                       for f in claim.facts)
            ):
                return None  # "who nursed his father until his death in 1980", "married to Muza Niyazova"
        elif _POSSESSIVE_RE.fullmatch(claim.text, name.end - claim.start, start) and (
            after := _NOUN_AFTER_YEAR_RE.match(claim.text, end)
        ):
            event = after.group(1)  # "McCartney's 2008 death was a hoax"
        else:
            continue
        before = claim.text[max(0, name.start - claim.start - 40) : name.start - claim.start]
        if _KIN_BEFORE_RE.search(before):
            return None
        if tie is not None and tie.group("verb") and not tie.group().startswith(",") and _OBJECT_BEFORE_RE.search(before):
            return None
        return _LIFE_EVENTS[event], name
    return None


def _person_words(name: Fact, claim_text: str, full_names: Sequence[Fact]) -> tuple[list[str], str] | None:
    """A person's given names and surname, with a generation ("Jr.") as a last given name:
    of the name itself when it has both, else of the one full name the source writes with
    that surname ("Niyazov" where it wrote "Saparmurat Niyazov" before), unless the sentence
    names a relative or the surname is a woman's beside a title ("Mrs. Jones" beside "Harold
    Jones"); None for a name that may be no person's ("Disney")."""
    whole = given_and_surname(name)
    if whole is not None:
        words = name.value.split()
        generation = [f"({words[-1]})"] if words[-1] in _GENERATIONS else []
        return [*whole[0], *generation], whole[1]
    if _KIN_RE.search(claim_text) or _TO_A_WOMAN_RE.match(name.text):
        return None  # "Harold Jones's son Peter … the younger Jones, born in 1955": which Jones, no telling
    surname = name.value.split()[-1] if name.value else ""
    people = {tuple(found[0]) for f in full_names if (found := given_and_surname(f)) and found[1] == surname}
    if len(people) != 1:
        return None
    (given,) = people
    return list(given), surname


def life_years(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for each year one source alone gives for a person's death or birth where two
    independent sources or more agree on another (:data:`LIFE_YEAR_RULE`): a person dies
    once, however the sentences around it differ ("Niyazov, who ruled Turkmenistan for two
    decades until his death in 2008" against "Saparmurat Niyazov, who died in 2006" and
    "since Saparmurat Niyazov died in 2006"). The person is the one named right before the
    year, tied to it by the words of a death or a birth alone (:func:`_life_year_of`),
    named in full there or elsewhere in the source (:func:`_person_words`), keyed by the
    surname, with no two given names on the two sides
    (:func:`crosscheck.outliers.one_person`: "Murad Niyazov" is another person). Only where
    the story gives two years for the key, the lone one by one source, which does not give
    the others' year for it too."""
    full_names: dict[str, list[Fact]] = {}
    for claim in claims:
        full_names.setdefault(claim.source, []).extend(f for f in claim.facts if f.kind is FactKind.NAME)
    mentions: dict[tuple[str, str], list[tuple[list[str], Mention]]] = {}
    written: dict[tuple[str, str], str] = {}
    for claim in claims:
        for fact in claim.facts:
            year = _year_written(fact)
            found = _life_year_of(claim, fact) if year is not None else None
            if year is None or found is None:
                continue
            event, name = found
            person = _person_words(name, claim.text, full_names[claim.source])
            if person is None:
                continue
            given, surname = person
            mentions.setdefault((event, surname), []).append(([*given, surname], Mention(claim, year, frozenset())))
            written.setdefault((event, surname), next(
                (w for w in reversed(name.text.split()) if fold(w.strip(".,")).removesuffix("'s").removesuffix("’s") == surname),
                surname.capitalize(),
            ))
    slots = []
    for (event, surname), named in sorted(mentions.items()):
        by_value: dict[str, list[tuple[list[str], Mention]]] = {}
        for words, mention in named:
            by_value.setdefault(mention.fact.value, []).append((words, mention))
        if len(by_value) != 2:
            continue
        support = {value: witnesses([m for _, m in pairs]) for value, pairs in by_value.items()}
        majority, lone = sorted(by_value, key=lambda v: (-support[v], v))
        sources = {m.claim.source for _, m in by_value[lone]}
        if support[majority] < _LIFE_MIN_SOURCES or len(sources) != 1:
            continue
        if sources & {m.claim.source for _, m in by_value[majority]}:
            continue  # the lone source gives both: which is the person's, no telling
        if not all(_one_person_of_one_generation(a, b) for a, _ in by_value[lone] for b, _ in by_value[majority]):
            continue  # "John Kennedy" / "Robert Kennedy", "Martin Luther King Sr." / "Jr.": two of a family
        slots.append(
            Slot(
                kind=DiscrepancyKind.DATE,
                values={value: tuple(m for _, m in by_value[value]) for value in sorted(by_value)},
                context=(f"{written[(event, surname)]}'s {event}",),
                score=0.0,
                rule=LIFE_YEAR_RULE,
                lone=lone,
            )
        )
    return slots


def _one_person_of_one_generation(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names (given names, a generation in brackets, the surname) may be one
    person's: the same generation, or none on both sides, and :func:`one_person`."""
    def plain(words: Sequence[str]) -> list[str]:
        return [w for w in words if not w.startswith("(")]

    return [w for w in a if w.startswith("(")] == [w for w in b if w.startswith("(")] and one_person(plain(a), plain(b))
