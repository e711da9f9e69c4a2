"""Lone values: a detail that one source alone gives, where the others agree on another.

Slots (:mod:`crosscheck.slots`) link two facts when the sentences around them agree;
a changed detail often sits in a sentence that a reporter wrote their own way
("died in Los Angeles, aged 93" against "died at the age of 85"), and then no slot
links it. What still gives it away is the pattern across sources:

* one source gives a value (93) that no other source gives anywhere in the same group
  (numbers of the same kind and unit, dates of the same field; a person's surname after
  one given name, in :mod:`crosscheck.surnames`);
* at least two other sources give one value (85) next to the same word ("aged 93",
  "age of 85"), for names after the same given name ("Tara Kurtz", "Tara Reid");
* and the lone source never gives that value itself, so it is not reporting a second
  thing (a toll that rose, a second person called Tara); a date, only in other sentences
  (a story gives many days: "buried on Sunday" beside "the quake struck on Tuesday").

Dates are also keyed by what happened on them ("died peacefully in her sleep Tuesday",
"died on Thursday": :func:`crosscheck.events.event_keys`; "struck" and "rattled" are one
event); years, by the day or the month they date or as years (:mod:`crosscheck.years`).
One date (or figure) against one is enough where the two sentences are much alike and
three independent sources or more give the other value somewhere
(:data:`PAIRED_VALUE_RULE`: "… off Iran's southern coast on Tuesday" against "… on
Sunday"; "five armed robbers" against "Four armed robbers"), unless each says what
happened and the two differ.

A story's one weekday and its one age are read across every sentence: where every other
source that gives one gives the same, a source that gives another has it wrong, however
it words its sentence (:func:`story_weekday`, :func:`story_age`).

Such a pair is a slot like any other: the majority value against the lone one. The
rule is deliberately strict (the others must agree among themselves, the lone source
must not write their value in sentences like these), because the surrounding sentences
are not required to match; it reports what a fact-checker would want checked, and says why.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set

import attrs

from crosscheck._text import MONTH_NAMES, content_tokens
from crosscheck.events import (
    SAYING,
    event_keys,
    event_topic,
    only_of_topic,
    other_events,
    said_beside,
    tells_past,
)
from crosscheck.figures import MEASURE_UNITS, MONEY_OR_SHARE, is_conversion
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.names import is_nickname
from crosscheck.slots import (
    Mention,
    Slot,
    context_weights,
    fact_context,
    fact_neighbours,
    name_beside_words,
    numbers_agree,
    other_details,
    other_sexes,
    weighted_overlap,
)
from crosscheck.spellings import is_slip

__all__ = [
    "ELSEWHERE",
    "LONE_VALUE_RULES",
    "NAMED_AGES_RULE",
    "MAIN_AGE_RULE",
    "ONE_AGE_RULE",
    "ONE_WEEKDAY_RULE",
    "PAIRED_ELSEWHERE_RULE",
    "PAIRED_VALUE_RULE",
    "SAME_WORDS_RULE",
    "TIME_OF_DAY",
    "find_lone_values",
    "is_increment",
    "KIN_WORDS",
    "names_other_people",
    "lone_number_group",
    "one_person",
    "story_age",
    "story_weekday",
    "without_conversions",
]

LONE_VALUE_RULES = {
    DiscrepancyKind.NUMBER: "one source alone gives this number where the others agree on another",
    DiscrepancyKind.DATE: "one source alone gives this date where the others agree on another",
    DiscrepancyKind.NAME_CONFLICT: "one source alone gives this surname where the others agree on another",
}
PAIRED_VALUE_RULE = "one source alone gives this value in a sentence much like one that gives the value most sources give"
ELSEWHERE = " (it gives the others' value only in other sentences)"
"""Added to a lone-value rule where the lone source gives the others' value too, but only in
sentences unlike the lone one's and the others' (dates: a story gives many days)."""
PAIRED_ELSEWHERE_RULE = PAIRED_VALUE_RULE + ELSEWHERE
SAME_WORDS_RULE = (
    "two sources give different figures with the same words on both sides, in sentences much alike"
)
"""One source against one where too few other sources give either figure (fewer than
:data:`_PAIR_MIN_STATED`) to tell which is right: only with the same
content word right before and right after each, the same unit, and sentences much alike
("with an estimated 1,500 pirates" / "An estimated 1,323 pirates are based in Somalia")."""
NAMED_AGES_RULE = "two sources give the same person, named beside each age, different ages"
"""One source against one, where the surname beside each age says whose it is ("Roche, 33,"
/ "Ryan Roche, 32,"): no third source says which is right, but one of them is wrong."""
_MIN_MAJORITY = 2
"""Sources that must agree on the other value."""
_MIN_CONTEXT = 0.2
"""How much the words around a lone value must share with those around the other (0-1)."""
_MIN_SHARED_KEY_CONTEXT = 0.3
"""How much they must share where the word neighbours other details too: where the
lone source or the others give more than one value next to it."""
_RIVAL_SHARE = 0.5
"""A rival value the others give stands for their disagreeing on a lone value's detail
when its words agree with the majority's at least this share as well as the lone value's."""
TIME_OF_DAY = frozenset(
    content_tokens("last next this early late morning afternoon evening night noon midnight day week weekend overnight")
)
"""Words beside a weekday that say which part of it or which week ("last Thursday", "early
Friday morning"): they say nothing of what happened on it."""
_AGE_KEY = "=age"
"""The key every age shares whatever words surround it ("the 19-year-old deputy" /
"Ortiz, 35,"): a person's age is one detail however a source words it."""
_LONE_BY_SENTENCE_AT_MOST = 4
"""Sources that may give a value for a source to be its only one to give it in such
sentences (:func:`find_lone_values`' ``lone_by_sentence``): a year more sources give is
nobody's alone, and the search stays linear."""
_PAIR_MIN_STATED = 3
"""Sources that must give a value somewhere for one sentence that gives it to stand
against one lone value (:data:`PAIRED_VALUE_RULE`)."""
_PAIR_MIN_CONTEXT = 0.35
"""How much the words around the two values must share then: the sentences much alike."""


def witnesses(mentions: Sequence[Mention]) -> int:
    """How many sources give a value, counting sources that write the same sentences once.

    A verbatim copy of an article is not a second witness: the sources are grouped by
    the set of claim texts they give the value in.
    """
    texts: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        texts[mention.claim.source].add(mention.claim.text)
    return len({frozenset(t) for t in texts.values()})


def contexts_agree(
    lone: Sequence[Mention], others: Sequence[Mention], weight: Callable[[str], float], *, minimum: float = _MIN_CONTEXT
) -> bool:
    """Whether some mention of the lone value and some of the other share two content words or more.

    A word of a name one of them misspells by a letter is shared ("Niyazoi, who was aged 68"
    / "Niyazov had died aged 66"): a source that slips in a name may slip in a figure beside
    it too.
    """
    return any(
        weighted_overlap(a.context, b.context, weight) >= minimum  # respelling only adds: try without first
        or weighted_overlap(_respelt(a, b), b.context, weight) >= minimum
        for a in lone
        for b in others
    )


_SLIP_MIN_LENGTH = 5
"""Words of names (stems) this long or longer may be one word misspelt by a letter."""


def _may_be_slip(a: str, b: str) -> bool:
    """A cheap screen before :func:`is_slip`, never false for a slip between words of
    :data:`_SLIP_MIN_LENGTH` letters or more: one edit (or two neighbours swapped) leaves
    the first two letters or the last two as they were."""
    return abs(len(a) - len(b)) <= 1 and (a[:2] == b[:2] or a[-2:] == b[-2:])


@functools.lru_cache(maxsize=1 << 14)
def _name_stems(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in content_tokens(" ".join(names)) if len(w) >= _SLIP_MIN_LENGTH)


def _names_of(mention: Mention) -> frozenset[str]:
    """The words (stems) of the names in a mention's claim that may be misspelt."""
    return _name_stems(tuple(f.text for f in mention.claim.facts if f.kind is FactKind.NAME))


def _respelt(mention: Mention, other: Mention) -> frozenset[str]:
    """``mention``'s context words, each word of a name that ``other``'s context writes one
    letter apart in a name written as ``other`` writes it. Only names: "court" and "count",
    "trial" and "trail" are two words, not one misspelt."""
    words, there = mention.context, other.context
    here, away = words - there, there - words
    if not here or not away:
        return words
    only_here = sorted(here & _names_of(mention))
    if not only_here:
        return words
    only_there = sorted(away & _names_of(other))
    swaps = {w: next((x for x in only_there if _may_be_slip(w, x) and is_slip(w, x, min_length=_SLIP_MIN_LENGTH)), None)
             for w in only_here}
    if not any(swaps.values()):
        return words
    return frozenset(swaps.get(w) or w for w in words)


def _agreement(a: Sequence[Mention], b: Sequence[Mention], weight: Callable[[str], float]) -> float:
    return max(weighted_overlap(_respelt(x, y), y.context, weight) for x in a for y in b)


def _detail_of(
    lone: Sequence[Mention],
    values: Mapping[str, Sequence[Mention]],
    support: Mapping[str, int],
    own: Sequence[Mention],
    gives: Set[str],
    weight: Callable[[str], float],
    *,
    counts: bool = False,
) -> str | None:
    """The value the others agree on for the detail a lone value gives, or None.

    One word may neighbour several details ("44 people injured", "1,000 people marched"):
    the detail is the value, given by two sources or more and by more than any rival
    for the same detail (:data:`_RIVAL_SHARE`), whose mentions' words agree best with
    the lone value's; the lone source must not give that value itself (``gives``: the
    values it is taken to give), and none of its
    other figures next to the word may agree with it as well (then the lone figure is
    some other detail). Below :data:`_MIN_SHARED_KEY_CONTEXT`, the majority must be the
    story's plain one and the lone source give no other value beside the word; with
    ``counts`` (numbers), its other values whose words share less than
    :data:`_MIN_CONTEXT` with the majority's are of other things and do not count.
    """
    lone_value = lone[0].fact.value
    best: tuple[float, int, str] | None = None
    for value, mentions in values.items():
        if value == lone_value or support[value] < _MIN_MAJORITY or value in gives:
            continue
        score = _agreement(lone, mentions, weight)
        # ties go to the better supported value, then by the value: never to whichever came first
        if score >= _MIN_CONTEXT and (best is None or (score, support[value], value) > best):
            best = (score, support[value], value)
    if best is None:
        return None
    score, _, majority = best
    # the lone source's other counts beside the word whose words share nothing with the
    # majority's are of other things ("1,000 people sheltered" beside "leaving 49 people dead"),
    # unless they add to it ("Another 26 people went home") or make up the majority's with it
    own_values = {m.fact.value for m in own}
    if counts:
        other_things = {
            m.fact.value for m in own
            if m.fact.value != lone_value and not is_increment(m) and _agreement([m], values[majority], weight) < _MIN_CONTEXT
        }
        if not _adds_up(lone_value, own_values - {lone_value}, majority):
            own_values -= other_things
    plain = (
        majority == max(support, key=lambda v: (support[v], v))
        and sorted(support.values())[-2] < support[majority]
        and len(own_values) == 1
    )
    if not plain and score < _MIN_SHARED_KEY_CONTEXT:
        return None
    # a rival as widely given whose words agree with the majority's (at least half as well
    # as the lone value's do): the others disagree among themselves. Not where one
    # sentence gives both: that is two details ("at a depth of 10 km, 55 km west of the
    # town"), and its words are the same for both
    held = {m.claim.id for m in values[majority]}
    for rival, mentions in values.items():
        if rival in (majority, lone_value) or support[rival] < support[majority]:
            continue
        beside = {m.claim.id for m in mentions}
        apart = [m for m in mentions if m.claim.id not in held]
        alone = [m for m in values[majority] if m.claim.id not in beside]
        if apart and alone and _agreement(apart, alone, weight) >= max(_MIN_CONTEXT, score * _RIVAL_SHARE):
            return None
    if any(
        m.fact.value != lone_value and _agreement([m], values[majority], weight) >= score for m in own
    ):
        return None
    return majority


def _adds_up(value: str, others: Set[str], total: str) -> bool:
    """Whether a value and some others make up a total ("44 injured" and "26 went home", 70)."""
    try:
        first, rest, whole = float(value), sorted(float(v) for v in others), float(total)
    except ValueError:
        return False
    return any(
        abs(first + sum(chosen) - whole) < 1e-9
        for size in range(1, _ADDS_UP_OTHERS + 1) for chosen in itertools.combinations(rest, size)
    )


_ADDS_UP_OTHERS = 2
"""How many other values :func:`_adds_up` adds to the lone one, at most."""


def _said_apart(
    lone: Sequence[Mention],
    mine: Sequence[Mention],
    theirs: Sequence[Mention],
    weight: Callable[[str], float],
    *,
    minimum: float = _MIN_CONTEXT,
) -> bool:
    """Whether the lone source gives the others' value (``mine``) only in sentences unlike
    both the lone value's and the others' (``theirs``): "The victims were buried on Sunday"
    beside "the quake jolted the island on Tuesday", against "the quake struck on Sunday".
    ``minimum`` is the agreement that makes two sentences alike: that of the rule asking."""
    return not (
        contexts_agree(lone, mine, weight, minimum=minimum)
        or contexts_agree(mine, theirs, weight, minimum=minimum)
    )


_SAYERS = SAYING | frozenset("announced spokesman spokeswoman spokesperson publicist".split())
"""Words beside the name of someone who only tells of what happened."""
_SAYER_REACH = 3
"""Words either side of a name read for a verb of saying (:data:`_SAYERS`)."""
_WORD_RE = re.compile(r"[A-Za-z]+")


def _people(mentions: Sequence[Mention]) -> frozenset[tuple[str, str]]:
    """The given names and surnames (first and last words) of the names of two words or more
    in the mentions' claims, but those of who only tells of it ("spokeswoman Linda Cole
    announced")."""
    found = set()
    for mention in mentions:
        claim = mention.claim
        for fact in claim.facts:
            if fact.kind is not FactKind.NAME or fact.unit not in ("person", "") or len(fact.value.split()) < 2:
                continue
            if not tells_of_it(claim, fact):
                words = fact.value.split()
                found.add((words[0], words[-1]))
    return frozenset(found)


def tells_of_it(claim: Claim, fact: Fact) -> bool:
    """Whether a name in a claim is who only tells of what happened: a word of saying
    (:data:`_SAYERS`) within :data:`_SAYER_REACH` words of it ("spokeswoman Linda Cole
    announced", "Reuters reported", "told AFP")."""
    start, end = fact.start - claim.start, fact.end - claim.start
    beside = (
        _WORD_RE.findall(claim.text[max(0, start - 40) : start])[-_SAYER_REACH:]
        + _WORD_RE.findall(claim.text[end : end + 40])[:_SAYER_REACH]
    )
    return any(word.casefold() in _SAYERS for word in beside)


def names_other_people(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether both sides name people, and none the same: two people's days ("Chris Ivory was
    placed on the list Tuesday" / "Pierre Thomas was placed on IR Wednesday"). A surname
    misspelt by one letter is the same person's, with the same given name ("Lennox Lpwis" /
    "Lennox Lewis"; not "Pierre Ivery" / "Chris Ivory")."""
    pa, pb = _people(a), _people(b)
    if not pa or not pb or {s for _, s in pa} & {s for _, s in pb}:
        return False
    return not any(
        gx == gy and _may_be_slip(x, y) and is_slip(x, y, min_length=_SLIP_MIN_LENGTH) for gx, x in pa for gy, y in pb
    )


_INCREMENT_AFTER_RE = re.compile(r"\s(?:more|other|additional|further|extra)\b", re.IGNORECASE)
_INCREMENT_BEFORE_RE = re.compile(r"\b(?:another|an additional|a further|an extra)\s$", re.IGNORECASE)


def is_increment(mention: Mention) -> bool:
    """Whether a figure counts what is added to a count ("two more people", "another five
    arrests"), not the count itself."""
    text, start, end = mention.claim.text, mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    return bool(_INCREMENT_AFTER_RE.match(text, end) or _INCREMENT_BEFORE_RE.search(text, max(0, start - 16), start))


def _claims_before(claims: Sequence[Claim]) -> dict[str, Claim]:
    """Each claim's id, with the claim its source says just before it."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[claim.source].append(claim)
    previous: dict[str, Claim] = {}
    for told in by_source.values():
        told.sort(key=lambda c: c.start)
        previous.update((b.id, a) for a, b in itertools.pairwise(told))
    return previous


_BARE_AGE_MIN_SOURCES = 3
"""Sources that must give the age a bare "He was 89." stands against (it has no words to compare)."""


def _bare_age_of(
    lone: Sequence[Mention],
    values: Mapping[str, Sequence[Mention]],
    support: Mapping[str, int],
    stated: Mapping[tuple[str, str], set[str]],
    group: str,
    source: str,
    before: Claim | None,
) -> str | None:
    """The age the others agree on, for a lone age said in a sentence with no other word
    ("He was 89."): the age three sources or more give, at least twice as many as any other,
    when the sentence ``before`` it names that person first ("Fred LaRue, a Watergate
    figure, has died … He was 89.", not "A suspect was arrested. He was 19.")."""
    if any(m.context for m in lone) or before is None:
        return None
    ranked = sorted(support, key=lambda v: (-support[v], v))
    top = ranked[0]
    if top == lone[0].fact.value or support[top] < _BARE_AGE_MIN_SOURCES or source in stated[(group, top)]:
        return None
    if any(2 * support[v] > support[top] for v in ranked[1:]):
        return None  # not the one age the others give
    return top if _names_first(before, values[top]) else None


def _names_first(before: Claim, aged: Sequence[Mention]) -> bool:
    """Whether the first person the sentence ``before`` a bare age names is one the others
    name beside their ages (by surname)."""
    subject = next(
        (f.value.split()[-1] for f in before.facts if f.kind is FactKind.NAME and f.unit in ("person", "") and f.value),
        None,
    )
    return subject is not None and subject in {words[-1] for m in aged if (words := name_beside_words(m))}


def _named_age_of(
    lone: Sequence[Mention],
    values: Mapping[str, Sequence[Mention]],
    stated: Mapping[tuple[str, str], set[str]],
    group: str,
    source: str,
) -> tuple[str, list[Mention], bool] | None:
    """The age other sources give beside the surname a lone age is given beside
    ("Smith, 38, who played …" / "Matt Smith, 26, will make his debut"), with those
    mentions, where no other age is given beside that surname: the name says whose age it
    is, however little else the sentences share. Given by one other source only, it is
    one against one (:data:`NAMED_AGES_RULE`). The last item says whether the lone source
    gives the others' age too, in another sentence and not beside that person: a slip all
    the same where two sources or more give it beside the name (reported with the rule's
    :data:`ELSEWHERE` note)."""
    names = [words for m in lone if (words := name_beside_words(m))]
    if not names or any(_kin_or_mister(m, mister=False) for m in lone):
        return None  # none, or a relative's age ("Gray, 40, his mother" against "Kimani Gray, 16")

    def same_person(words: list[str]) -> bool:  # one surname, and no two given names
        return any(n[-1] == words[-1] and (len(n) == 1 or len(words) == 1 or n[0] == words[0]) for n in names)

    found: dict[str, list[Mention]] = {}
    for value, mentions in values.items():
        if value == lone[0].fact.value:
            continue
        beside = [
            m for m in mentions
            if m.claim.source != source and (words := name_beside_words(m)) and same_person(words)
        ]
        if beside:
            found[value] = beside
    if len(found) != 1:
        return None  # none, or the others give that person two ages
    ((value, beside),) = found.items()
    if source not in stated[(group, value)]:
        return value, beside, False
    # the lone source gives the others' age too: still a slip where two sources or more give
    # it beside the name, and the lone source only in another sentence and not beside that
    # person ("8-year-old Kimani (Kiki) Gray" under a headline's "16-year-old shot by cops"),
    # where it names the person in full as another source does beside the age (not
    # "17-year-old Jeremy Ortiz", a son, against "Ortiz, 35"; nor a bare "Mrs. Gray, 40")
    own = [m for m in values[value] if m.claim.source == source]
    in_lone = {m.claim.id for m in lone}
    theirs = [words for m in beside if len(words := name_beside_words(m)) > 1]
    if (
        witnesses(beside) < _MIN_MAJORITY or not own
        or any(m.claim.id in in_lone or ((words := name_beside_words(m)) and same_person(words)) for m in own)
        or not all(any(w[0] == n[0] and w[-1] == n[-1] for w in theirs) for n in names)
    ):
        return None
    return value, beside, True


_KIN_OR_MISTER_RE = re.compile(
    r"\b(?:(?:father|mother|dad|mum|mom|wife|husband|widow|son|daughter|brother|sister|uncle|aunt"
    r"|nephew|niece|cousin|grand(?:father|mother|son|daughter))\b[^.;]{0,12}|(?:Mr|Mrs|Ms|Miss)\.?\s)$",
    re.IGNORECASE,
)
"""A relative's word, or a "Mr" or "Mrs", right before a name: a father and a son share a
surname, and so may a "Mr Roche" and a "Ryan Roche"."""
_MISTER_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss)\b", re.IGNORECASE)


def _kin_or_mister(mention: Mention, *, mister: bool = True) -> bool:
    """Whether the name beside an age has a relative's word or (with ``mister``) a Mr, Mrs,
    Ms or Miss right before it (:data:`_KIN_OR_MISTER_RE`), or the age a relative's word
    right after it (:data:`_KIN_AFTER_AGE_RE`)."""
    # the name ends within a few characters before the age: the text before the name, else the age
    name = next(
        (
            f for f in mention.claim.facts
            if f.kind is FactKind.NAME and f.end <= mention.fact.start and mention.fact.start - f.end <= 6
        ),
        None,
    )
    if _KIN_AFTER_AGE_RE.match(mention.claim.text, mention.fact.end - mention.claim.start):
        return True  # "Carol Gray, 40, his mother"
    if name is not None and _MISTER_RE.match(name.text):
        return mister  # the name's fact holds its honorific ("Mrs. Roche")
    start = (name or mention.fact).start - mention.claim.start
    found = _KIN_OR_MISTER_RE.search(mention.claim.text[max(0, start - 40) : start])
    return found is not None and (mister or not _MISTER_RE.match(found.group()))


def lone_number_group(fact: Fact) -> str | None:
    """Numbers compare with numbers of the same kind (and currency, and unit of measure).

    The unit a number counts ("46 KOs", "46 knockouts") is not required to match: the
    shared neighbouring word that a lone value needs says what is counted. Ages are in the
    group too (a group of their own found more slips, "16 shots" where a teenager was 16,
    but more false alarms on FNC-1: docs/discrepancies.md).
    """
    if fact.kind is not FactKind.NUMBER:
        return None  # ordinals count steps of a sequence, several of which a story names
    if fact.unit in MONEY_OR_SHARE or (fact.unit in MEASURE_UNITS and fact.unit not in _COUNTED_LIKE_PLAYS):
        return f"{fact.kind.value}:{fact.unit}"  # 35 miles and 58 km are no two values of one detail
    return fact.kind.value


_COUNTED_LIKE_PLAYS = frozenset({"yard"})
"""Measures the lone-value rule takes with plain counts. Yards in news are mostly sports
statistics, many to a story (a season's rushing yards, a game's, another player's):
in a group of their own, one source's "793 yards" stood against four sources' "716
yards" for another player (ECB+: three new false alarms, no slip found)."""


def _mentions(
    claims: Sequence[Claim],
    group_of: Callable[[Fact], str | None],
    *,
    events: bool = False,
    keyed_by: Callable[[Claim, Fact], frozenset[str]] | None = None,
    context_of: Callable[[Claim, Fact], frozenset[str]] = fact_context,
) -> list[tuple[str, Mention]]:
    mentions = []
    for claim in claims:
        for fact in claim.facts:
            group = group_of(fact)
            if group is None:
                continue
            if keyed_by is not None:
                mentions.append((group, Mention(claim, fact, context_of(claim, fact), keyed_by(claim, fact))))
                continue
            neighbours = fact_neighbours(claim, fact)
            if events:
                neighbours |= event_keys(claim, fact) | event_topic(claim, fact)
            if fact.unit == "age":
                neighbours |= {_AGE_KEY}
            mentions.append((group, Mention(claim, fact, fact_context(claim, fact), neighbours)))
    return mentions


def _same_words_around(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether some mention of each has the same content word right before it and right
    after it, and the same unit: "an estimated 1,500 pirates" / "with an estimated 1,323
    pirates" (an age's key aside), where no other figure of the two sentences differs."""
    return any(
        x.fact.unit and x.fact.unit == y.fact.unit and not {"<", ">"} & x.neighbours
        and x.neighbours - {_AGE_KEY} == y.neighbours - {_AGE_KEY} and not _other_figures_differ(x, y)
        for x in a for y in b
    )


_PERIOD_RE = re.compile(
    r"\b(?:last|previous|past|this|next)\s+(?:season|year|month|week)s?\b|\bcareer\b", re.IGNORECASE
)
"""Words that set a figure in a period of its own ("ran for 1,400 yards last season")."""


_POSSESSIVE_DAY_RE = re.compile(r"['’]s\b")
"""A day followed by "'s": the day of something named ("in Thursday's bombing", "Thursday's
session"), not the time of the sentence's own figure."""


def _other_figures_differ(a: Mention, b: Mention) -> bool:
    """Whether the two sentences give another figure of one unit differently too ("53
    catches for 605 yards" / "eight catches for 101 yards"), or different dates ("on
    Tuesday" / "In 2011"; on one side only, a year, or any date that is neither a day's
    possessive, "in Thursday's bombing", nor beside a verb of saying, "the navy said on
    Thursday"), or one of them sets its figure in a period the other does not
    ("last season"): then they tell of two things (two seasons, two quakes, two moments of
    a game), not one detail two ways."""
    def others(mention: Mention) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for fact in mention.claim.facts:
            if fact.kind is FactKind.NUMBER and fact.unit and fact != mention.fact:
                found[fact.unit].add(fact.value)
        return found

    def dates(mention: Mention) -> set[str]:
        return {f.value for f in mention.claim.facts if f.kind is FactKind.DATE}

    def period(mention: Mention) -> set[str]:
        return {match.group().lower() for match in _PERIOD_RE.finditer(mention.claim.text)}

    def another_time(mention: Mention) -> bool:
        # a year, or a date that is no day's possessive ("in Thursday's bombing") and not
        # beside a verb of saying ("the navy said on Thursday"): "On Tuesday the shares fell 3%"
        claim = mention.claim
        return any(
            f.kind is FactKind.DATE and (
                f.unit == "year"
                or not (_POSSESSIVE_DAY_RE.match(claim.text, f.end - claim.start) or said_beside(claim, f))
            )
            for f in claim.facts
        )

    mine, theirs = others(a), others(b)
    if any(not mine[unit] & theirs[unit] for unit in mine.keys() & theirs.keys()):
        return True
    da, db = dates(a), dates(b)
    # a date on one side only: another time, unless it is the day of the event or of the report
    dates_differ = not da & db if da and db else bool(da or db) and another_time(a if da else b)
    return dates_differ or period(a) != period(b)


def _words_around(mention: Mention) -> tuple[str, ...]:
    """The words right before and after a figure, as :func:`_same_words_around` compares them."""
    return tuple(sorted(_key_words(n) for n in mention.neighbours - {_AGE_KEY}))


def _key_words(neighbour: str) -> str:
    """A lone value's key as the report writes it: the word, "what happened: died", or
    "the story's event: fire"."""
    if neighbour.startswith("~~"):
        return "the story's event: " + neighbour[2:]
    if neighbour.startswith("~"):
        return "what happened: " + neighbour[1:]
    if neighbour == _AGE_KEY:
        return "an age"
    if neighbour == ">m":
        return "a.m./p.m."  # the clock time right before the day ("at 4:14 a.m. Friday")
    return neighbour.strip("<>")


_CALENDAR_WORDS = frozenset(
    token
    for word in (*MONTH_NAMES, "monday tuesday wednesday thursday friday saturday sunday")
    for token in content_tokens(word)
) - {"march"}
"""The words of a date: beside a figure they say when, not what it counts ("50,000
marched" is a count of marchers)."""
_WHEN_BEFORE = frozenset(
    "morn afternoon even night week weekend month yesterday today tonight last earlier "
    "jan feb apr jun jul aug sep sept oct nov dec".split()
)
"""Words of a time before a figure ("On Thursday morning, two passengers", "Last week,
three", "On Jan. 5, two"): when, not what it counts. After a figure some count ("15
weeks", "two nights")."""


def find_lone_values(
    claims: Sequence[Claim],
    *,
    group_of: Callable[[Fact], str | None],
    kind: DiscrepancyKind,
    same_detail: Callable[[Mention, Mention], bool] | None = None,
    events: bool = False,
    pairs: bool = False,
    keyed_by: Callable[[Claim, Fact], frozenset[str]] | None = None,
    apart: Callable[[Sequence[Mention], Sequence[Mention]], bool] | None = None,
    context_of: Callable[[Claim, Fact], frozenset[str]] = fact_context,
    lone_by_sentence: bool = False,
) -> list[Slot]:
    """Return a slot for each value one source alone gives next to a word where the others agree.

    ``group_of`` says which facts compare at all (as for :func:`crosscheck.slots.find_slots`).
    Two mentions are about the same detail when they share a neighbouring content word
    ("<knockout" after the number, ">age" before it) and their words agree; where one word
    neighbours several details, a lone value is set against the one whose words agree
    best with its own (:func:`_detail_of`). Every age is also keyed as an age, whatever
    words surround it (:data:`_AGE_KEY`). ``same_detail``, when given,
    says of some mention of each value that they may be one detail (ages of one person;
    under the age key, of every one).
    ``keyed_by``, when given, keys each mention by what it returns instead of the words
    beside it (a mention keyed by nothing still counts as its source giving the value), and
    ``apart`` says of the lone value's mentions and the others' that they are two details;
    ``context_of`` gives each mention's words (by default those beside it, :func:`fact_context`).
    With ``lone_by_sentence``, a value other sources give only in sentences unlike each of
    one source's (at most :data:`_LONE_BY_SENTENCE_AT_MOST` sources in all) is still that
    source's alone (a story gives many years), unless two sources so alone each stand
    against the others (then they agree with each other).
    With ``events``, dates are also keyed by what happened on them (:func:`crosscheck.events.event_keys`)
    and by the story's event named before them (:func:`crosscheck.events.event_topic`; a lone
    value under that key only where the day is the event's onset, :func:`crosscheck.events.only_of_topic`);
    with ``pairs``, one sentence against one much like it is enough where three
    independent sources or more give the other value somewhere, unless the two are said
    of different events (:data:`PAIRED_VALUE_RULE`).

    The lone source must not give the others' value, but for dates only in sentences much
    like the lone one's or the others' (a story gives many days): a date it gives in other
    sentences only is reported with the rule's :data:`ELSEWHERE` note. And a lone date is
    set against none where both sides name people and none the same (:func:`names_other_people`).
    """
    mentions = _mentions(claims, group_of, events=events, keyed_by=keyed_by, context_of=context_of)
    weight = context_weights([m for _, m in mentions])
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)  # (group, value) -> sources
    given: dict[tuple[str, str], list[Mention]] = defaultdict(list)  # (group, value) -> mentions
    for group, mention in mentions:
        stated[(group, mention.fact.value)].add(mention.claim.source)
        given[(group, mention.fact.value)].append(mention)
    by_key: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for group, mention in mentions:
        for neighbour in mention.neighbours - {"<", ">"}:
            if kind is DiscrepancyKind.NUMBER and (
                neighbour[1:] in _CALENDAR_WORDS or (neighbour[0] == ">" and neighbour[1:] in _WHEN_BEFORE)
            ):
                continue  # "On Thursday, two passengers" / "On Thursday, three soldiers": when, not what
            by_key[(group, neighbour)].append(mention)

    slots: list[Slot] = []
    seen: set[tuple[str, int]] = set()
    previous: dict[str, Claim] | None = None
    for (group, neighbour), keyed in sorted(by_key.items()):
        values: dict[str, list[Mention]] = defaultdict(list)
        for mention in keyed:
            values[mention.fact.value].append(mention)
        if len(values) < 2:
            continue
        support = {value: witnesses(ms) for value, ms in values.items()}
        ranked = sorted(support, key=lambda v: (-support[v], -len(stated[(group, v)]), v))
        majority = ranked[0]
        # a date: one sentence against one, when more sources give its date elsewhere and
        # the sentences are much alike ("… off Iran's southern coast on Sunday" / "on Tuesday")
        pair = (
            pairs
            and len(ranked) == 2
            and support[majority] == 1 == support[ranked[1]]
            and not other_events(values[majority], values[ranked[1]])
        )
        # one against one with no third source: only a figure with the same words on both
        # sides and the same unit ("an estimated 1,500 pirates" / "an estimated 1,323 pirates")
        alone = pair and witnesses(given[(group, majority)]) < _PAIR_MIN_STATED
        if alone and (kind is not DiscrepancyKind.NUMBER or not _same_words_around(*(values[v] for v in ranked))):
            pair = False
        given_here: dict[str, list[Mention]] = defaultdict(list)
        for mention in keyed:
            given_here[mention.claim.source].append(mention)
        keyed_claims = {mention.claim.id for mention in keyed}
        for value in ranked[1:]:
            lone_sources = stated[(group, value)]
            if group == "weekday" and neighbour.lstrip("<>") not in TIME_OF_DAY:
                # a weekday is given for many things of a story: another source's "Friday"
                # elsewhere does not make this one theirs; next to the same word it does,
                # and so it does in a sentence that gives the word's detail ("from the
                # rubble on Tuesday, and more on Monday")
                lone_sources = {m.claim.source for m in values[value]} | {
                    m.claim.source for m in given[(group, value)] if m.claim.id in keyed_claims
                }
            if lone_by_sentence and 1 < len(lone_sources) <= _LONE_BY_SENTENCE_AT_MOST:
                # a year is given for many things of a story: other sources' giving it, keyed
                # or not, in sentences unlike this source's does not make it theirs ("hosted
                # the Oscars in 2005" is lone beside "fronted the Emmys in 2001 and 2005"); but
                # two sources that each stand so against the others are no lone source
                everyone = given[(group, value)]
                candidates = [
                    s for s in sorted({m.claim.source for m in values[value]})
                    if not contexts_agree(
                        [m for m in values[value] if m.claim.source == s],
                        [m for m in everyone if m.claim.source != s], weight, minimum=_MIN_CONTEXT,
                    )
                ]
            else:
                candidates = sorted(lone_sources) if len(lone_sources) == 1 else []
            found_here: list[Slot] = []
            for source in candidates:
                lone = [m for m in values[value] if m.claim.source == source]
                if not lone:
                    continue
                if neighbour.startswith("~~") and not all(only_of_topic(m.claim, m.fact) for m in lone):
                    continue  # "the blaze was finally put out on Thursday": the day of something else
                if neighbour == _AGE_KEY and any(_age_at_another_time(m) for m in lone):
                    continue  # "began swimming at age 8": the person's age at another time than the story's
                # the mentions set against the lone value, where not all of the majority's: those
                # beside the name an age is found by, or the sentence much like the lone one
                named: list[Mention] | None = None
                one_against_one = False
                elsewhere = False  # the lone source gives the others' value, in other sentences
                if pair:
                    majority = ranked[0]
                    if len({m.fact.value for m in given_here[source]}) > 1:
                        continue
                    if kind is DiscrepancyKind.DATE:
                        # a story has many days: the lone source may give the other's elsewhere,
                        # not in a sentence much like either ("on Sunday" for the quake, and
                        # "Sunday" for the funeral)
                        mine = [m for m in given[(group, majority)] if m.claim.source == source]
                        if mine and not _said_apart(lone, mine, values[majority], weight, minimum=_PAIR_MIN_CONTEXT):
                            continue
                        elsewhere = bool(mine)
                    elif source in stated[(group, majority)]:
                        continue
                    if not contexts_agree(lone, values[majority], weight, minimum=_PAIR_MIN_CONTEXT):
                        continue
                    if kind is DiscrepancyKind.NUMBER and any(is_increment(m) for m in (*lone, *values[majority])):
                        continue  # "arrested two more people": a count added to, not the count
                    # the majority's sentence much like the lone one, not every one of its source
                    named = [m for m in values[majority] if contexts_agree(lone, [m], weight, minimum=_PAIR_MIN_CONTEXT)]
                else:
                    written = {v for v in values if source in stated[(group, v)]}
                    gives = written
                    if kind is DiscrepancyKind.DATE:
                        # a story gives many days: the lone source's giving another elsewhere, in
                        # sentences unlike the lone one's and the others', does not make it its own
                        also = {v: [m for m in given[(group, v)] if m.claim.source == source] for v in written - {value}}
                        gives = {value} | {v for v, mine in also.items() if not _said_apart(lone, mine, values[v], weight)}
                    chosen = _detail_of(lone, values, support, given_here[source], gives, weight, counts=kind is DiscrepancyKind.NUMBER)
                    elsewhere = chosen in written
                    if chosen is not None and kind is DiscrepancyKind.DATE and names_other_people(lone, values[chosen]):
                        chosen = None  # "Ivory was placed on IR Tuesday" / "Thomas was placed on IR Wednesday"
                    if chosen is None and neighbour == _AGE_KEY:
                        if previous is None:
                            previous = _claims_before(claims)  # only the bare-age rule reads it
                        chosen = _bare_age_of(lone, values, support, stated, group, source, previous.get(lone[0].claim.id))
                    if chosen is None and neighbour == _AGE_KEY:
                        found = _named_age_of(lone, values, stated, group, source)
                        if found is not None:
                            chosen, named, elsewhere = found
                            one_against_one = witnesses(named) == 1
                            if one_against_one and any(_kin_or_mister(m) for m in (*lone, *named)):
                                continue  # "His father, Mr. Roche, 64," / "Ryan Roche, 32,": two of a family
                    if chosen is None:
                        continue
                    majority = chosen
                against = named if named is not None else values[majority]
                if apart is not None and apart(lone, against):
                    continue  # said of two things ("arrested in June 2006" / "released in June 2008")
                if kind is DiscrepancyKind.NUMBER and all(numbers_agree(a, b) for a in lone for b in against):
                    continue  # "more than 400" and "401": a floor and a figure within it
                if kind is DiscrepancyKind.NUMBER and other_details(lone, against):
                    continue  # "4 people remain missing" / "killing 10 people"; a woman's / a man's
                if same_detail is not None:
                    # any age is next to the age key: no name beside the other side's may differ
                    agree = all if neighbour == _AGE_KEY else any
                    if not agree(same_detail(a, b) for a in lone for b in against):
                        continue
                key = (lone[0].claim.id, lone[0].fact.start)
                if key in seen:
                    continue
                seen.add(key)
                others = [m for m in against if m.claim.source != source]
                found_here.append(
                    Slot(
                        kind=kind,
                        values=dict(sorted({majority: tuple(others), value: tuple(lone)}.items())),
                        context=(
                            (" ".join(name_beside_words(lone[0])),) if one_against_one
                            else _words_around(lone[0]) if pair and alone else (_key_words(neighbour),)
                        ),
                        score=0.0,
                        rule=NAMED_AGES_RULE if one_against_one else SAME_WORDS_RULE if pair and alone else (
                            (PAIRED_VALUE_RULE if pair else LONE_VALUE_RULES[kind]) + (ELSEWHERE * elsewhere)
                        ),
                        lone=value,
                    )
                )
            if len(found_here) == 1:
                slots.extend(found_here)
    return slots


def without_conversions(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each without the figures that restate another in brackets in another
    unit ("58km (36 miles)"). Such a figure is derived, rounded, and often copied with the
    sentence; the lone-value search (:func:`find_lone_values`) counts stated figures only."""
    result = []
    for claim in claims:
        kept = tuple(f for f in claim.facts if not (f.kind is FactKind.NUMBER and is_conversion(claim, f)))
        result.append(claim if len(kept) == len(claim.facts) else attrs.evolve(claim, facts=kept))
    return result


ONE_WEEKDAY_RULE = "every other source that gives a weekday gives one, and this source alone gives another"
_ONE_WEEKDAY_MIN_SOURCES = 3
"""Independent sources that must give the story's one weekday."""


_ALIKE_WHOLE = 0.35
"""How much two sentences, whole, must share for a day given with no event to be the story's
(:func:`story_weekday`): much alike, as for one sentence against one (:data:`_PAIR_MIN_CONTEXT`)."""


def _alike_whole(
    mine: Sequence[Mention], weekdays: Mapping[str, Sequence[tuple[Claim, Fact]]], source: str, day: str
) -> list[Mention]:
    """The mentions of ``day`` by other sources than ``source`` whose sentences, whole, are
    much like one of ``mine`` (weighted by how rare each word is among the weekdays' sentences)."""
    whole = {
        other: [Mention(claim, fact, frozenset(content_tokens(claim.text))) for claim, fact in found]
        for other, found in weekdays.items()
    }
    weight = context_weights([m for mentions in whole.values() for m in mentions])
    lone = [Mention(m.claim, m.fact, frozenset(content_tokens(m.claim.text))) for m in mine]
    return [
        m for other, mentions in whole.items() if other != source for m in mentions
        if m.fact.value == day and contexts_agree(lone, [m], weight, minimum=_ALIKE_WHOLE)
    ]


def story_weekday(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for the one source whose weekday is not the story's.

    When every other source that names one weekday names the same one (three independent
    sources or more) and one source names another, and only that, the story
    happened on one day and that source has it wrong ("struck Northern California on
    Friday morning" against seven sources' "Thursday"), however each words its sentence.
    Only where the lone source, and three of the others, say what happened on their day
    (:func:`crosscheck.events.event_keys`; not the day something was said), the lone source never writes
    the others' day, and the two are not said of different events. A lone day with no
    event beside it (and no verb of saying) counts where one of the others' sentences
    giving the story's day is much like its sentence, whole (:func:`_alike_whole`); then
    every mention of the sources that give the story's day alone stands against it. A
    source that names several weekdays counts for neither side, and none of its days is a
    lone one.
    """
    weekdays: dict[str, list[tuple[Claim, Fact]]] = defaultdict(list)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.DATE and fact.unit == "weekday":
                weekdays[claim.source].append((claim, fact))
    days = {source: {fact.value for _, fact in found} for source, found in weekdays.items()}
    # a source that gives several weekdays tells of more than the event's day: it counts
    # for neither side, but a day it gives is no lone source's
    several = set().union(*(values for values in days.values() if len(values) > 1))
    giving: dict[str, list[str]] = defaultdict(list)
    for source, values in days.items():
        if len(values) == 1:
            giving[next(iter(values))].append(source)
    giving = {day: sources for day, sources in giving.items() if len(sources) > 1 or day not in several}
    if len(giving) != 2:
        return []  # every source gives one day, or three days are given
    (lone, alone), (majority, others) = sorted(giving.items(), key=lambda item: (len(item[1]), item[0]))
    if len(alone) != 1 or len(others) < 2:
        return []  # not one source against the others
    by_source = {
        source: [Mention(claim, fact, fact_context(claim, fact), frozenset()) for claim, fact in weekdays[source]]
        for source in [*alone, *others]
    }
    mine = by_source[alone[0]]
    if all(event_keys(m.claim, m.fact) for m in mine):
        # the others' day counts where they say what happened on it: a day three sources
        # only say something was announced on is no day of the event
        against = [m for s in others for m in by_source[s] if event_keys(m.claim, m.fact)]
    elif all(tells_past(m.claim, m.fact) and not said_beside(m.claim, m.fact) for m in mine):
        # a sentence that tells what happened but not next to its day ("The fire service was
        # called to the store in High Street on Saturday"): its day is the story's where one
        # of the others' sentences with the story's day is much like it, whole ("the store
        # in the High Street collapsed … on Sunday"), of a source with that day or several;
        # days things were said on count for neither side
        alike = _alike_whole(mine, weekdays, alone[0], majority)
        alike = [m for m in alike if not said_beside(m.claim, m.fact)]
        taken = {(m.claim.id, m.fact.start) for m in alike}
        rest = [
            m for s in others for m in by_source[s]
            if (m.claim.id, m.fact.start) not in taken and not said_beside(m.claim, m.fact)
        ]
        against = [*alike, *rest] if alike else []
    else:
        return []  # the day something was said, or will happen
    if witnesses(against) < _ONE_WEEKDAY_MIN_SOURCES or other_events(mine, against):
        return []
    return [
        Slot(
            kind=DiscrepancyKind.DATE,
            values=dict(sorted({majority: tuple(against), lone: tuple(mine)}.items())),
            context=("the story's weekday",),
            score=0.0,
            rule=ONE_WEEKDAY_RULE,
            lone=lone,
        )
    ]


ONE_AGE_RULE = "every other source that gives an age gives one, and this source alone gives another"
MAIN_AGE_RULE = (
    "most sources that give an age give one, and this source alone gives another, of the same person"
)
_ONE_AGE_MIN_SOURCES = 3
"""Independent sources that must give the story's one age (or its main age)."""
_MAIN_AGE_SHARED = 2
"""Words around an unnamed lone age that it must share with one of the main age's mentions
(more than with any other age's): one ("shot", "scene") is any victim's."""
_MAIN_AGE_LEAD = 2
"""Times as many independent sources as give any other age that must give the story's main
age, where the story gives other ages too (an earlier death, a suspect's, the victim's at
an arrest years before)."""
_AGE_AT_ANOTHER_TIME_RE = re.compile(
    r"\b(?:when|first|began|begun|started|became|become|since|until|debuted|(?:made|on)\s+(?:his|her|their|a)\s+"
    r"(?:[\w-]+\s+){0,3}debut|joined|won|married|retired|already|once|by\s+age|as\s+an?|at\s+the\s+time)\b",
    re.IGNORECASE,
)
"""Words near an age that make it one the person was at another time than the story's; a
debut made ("made his Premier League debut at 17", "made a senior debut"), not one to come
("Smith, 26, will make his debut")."""
_AGE_TIME_REACH = 40
"""Characters either side of an age read for :data:`_AGE_AT_ANOTHER_TIME_RE`."""


def _age_at_another_time(mention: Mention) -> bool:
    """Whether the age is one the person was at another time than the story's ("won her
    first title at 16", "married at 19", "when he was 40", "aged 15 at the time")."""
    start, end = mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    text = mention.claim.text
    return bool(_AGE_AT_ANOTHER_TIME_RE.search(text[max(0, start - _AGE_TIME_REACH) : end + _AGE_TIME_REACH]))


_PERSON_AGE_AT_MOST = 120
"""An age above this is a thing's ("the 220-year-old time capsule"), not a person's: it is
set against no person's age (it still counts as another age the story gives)."""


def _person_age(fact: Fact) -> bool:
    try:
        return float(fact.value) <= _PERSON_AGE_AT_MOST
    except ValueError:
        return False


def _full_surnames(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Each source's people written in full (two words or more), by folded surname."""
    found: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NAME and fact.unit in ("person", "") and len(words := fact.value.split()) > 1:
                found[claim.source].add(words[-1].casefold())
    return found


def story_age(claims: Sequence[Claim], *, same_person: Callable[[Mention, Mention], bool]) -> list[Slot]:
    """A slot for the one source that gives another age than every other source gives.

    Where every other source that gives an age gives the same one (three independent
    sources or more, of the same person as far as the names beside the ages tell:
    ``same_person``; an age the person was at another time, "aged 15 at the time", counts
    for neither side), the story has one person's age in it, and a source that gives
    another has it wrong however it words its sentence ("died Friday at 86" against "Esther
    Williams dies at 91" and "She was 91."; "He was 103."; in a headline and its body alike).
    The lone source may give the others' age too, in other sentences (a headline with the
    right age, a body with another): that is reported with the rule's :data:`ELSEWHERE`
    note; in the same sentence, the two are two people's ages. Not where the lone age is
    one the person was at another time ("won her first title at 16"), is added to a count,
    agrees with the others' as stated, or where the two are said of different events;
    nor beside a relative ("her son Benjamin Gage, 64") or a person the lone source names
    in full whose surname no other source gives beside an age ("Adnan Januzaj, 19" against
    the others' "Rooney, 28" and "the 28-year-old"); a bare age ("He was 103.") only where
    the sentence before it names the person first, by a surname the others give beside
    their ages.
    """
    ages: dict[str, list[Mention]] = defaultdict(list)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NUMBER and fact.unit == "age":
                mention = Mention(claim, fact, frozenset())
                if not _age_at_another_time(mention):
                    ages[claim.source].append(mention)
    given = {source: {m.fact.value for m in mentions} for source, mentions in ages.items()}
    previous: dict[str, Claim] | None = None
    people: dict[str, set[str]] | None = None
    slots = []
    for source, mine in sorted(given.items()):
        theirs = set().union(*(values for other, values in given.items() if other != source))
        lone_values = mine - theirs
        if len(lone_values) != 1 or not theirs:
            continue
        (value,) = lone_values
        lone = [m for m in ages[source] if m.fact.value == value]
        if not _person_age(lone[0].fact):
            continue  # a thing's age ("the 220-year-old time capsule"), set against no person's
        if len(theirs) == 1:
            (majority,) = theirs
            rivals: list[Mention] = []
        else:
            main = _main_age(ages, source, lone)
            if main is None:
                continue
            majority, rivals = main
        own = {m.claim.id for m in ages[source] if m.fact.value == majority}
        if any(m.claim.id in own or is_increment(m) or _kin_or_mister(m, mister=False) for m in lone):
            continue  # two people's ages in one sentence, a count added to, a relative's age
        against = [
            m for other, mentions in sorted(ages.items()) if other != source for m in mentions
            if m.fact.value == majority and all(same_person(one, m) for one in lone)
        ]
        if witnesses(against) < _ONE_AGE_MIN_SOURCES or any(numbers_agree(one, m) for one in lone for m in against):
            continue
        named_beside = [words for m in against if (words := name_beside_words(m))]
        theirs_named = {words[-1].casefold() for words in named_beside}
        if named_beside and any(
            (words := name_beside_words(one)) and not any(one_person(words, theirs) for theirs in named_beside)
            for one in lone
        ):
            continue  # another person named beside the lone age ("Carol Gray, 40, his mother")
        people = _full_surnames(claims) if people is None else people
        if any(
            (words := name_beside_words(one)) and words[-1].casefold() in people[source]
            and words[-1].casefold() not in theirs_named
            for one in lone
        ):
            continue  # another person the lone source names in full
        bare = [one for one in lone if not fact_context(one.claim, one.fact) - _AGE_WORDS]
        if bare:
            # a bare "He was 103." is of the person the sentence before names first
            previous = _claims_before(claims) if previous is None else previous
            if any(
                (before := previous.get(one.claim.id)) is None or not _names_first(before, against)
                or _KIN_WORD_RE.search(before.text) is not None
                for one in bare
            ):
                continue  # "… leaves her husband Edward Bell. He is 87 years old.": the husband's
        if other_events(lone, against):
            continue
        slots.append(
            Slot(
                kind=DiscrepancyKind.NUMBER,
                values=dict(sorted({majority: tuple(against), value: tuple(lone)}.items())),
                context=("the story's main age" if rivals else "the story's one age",),
                score=0.0,
                rule=(MAIN_AGE_RULE if rivals else ONE_AGE_RULE) + (ELSEWHERE if own else ""),
                lone=value,
            )
        )
    return slots


KIN_WORDS = (
    r"(?:father|mother|dad|mum|mom|wife|husband|widow|widower|son|daughter|brother|sister|uncle|aunt"
    r"|nephew|niece|cousin|grand(?:father|mother|son|daughter|child|children)|children|sons|daughters)"
)
_KIN_AFTER_AGE_RE = re.compile(r",?\s*(?:his|her|their)\s+" + KIN_WORDS + r"\b", re.IGNORECASE)
"""A relative's word right after an age ("Carol Gray, 40, his mother"): the age is the relative's."""
_KIN_WORD_RE = re.compile(r"\b" + KIN_WORDS + r",?\s+(?:[A-Z][\w'.-]*\s+)*[A-Z][\w'-]+")
"""A relative named in the sentence before a bare age ("leaves her husband Edward Bell"):
the bare age may be the relative's (not "…, her daughter said.")."""


def one_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names beside ages may be one person's: one surname, and no two given
    names, but for a nickname, an initial or a one-letter slip ("Bobby Hall" / "Robert
    Hall", "K. Gray" / "Kimani Gray")."""
    if a[-1] != b[-1] or len(a) == 1 or len(b) == 1 or a[0] == b[0]:
        return a[-1] == b[-1]
    x, y = a[0].rstrip("."), b[0].rstrip(".")  # an initial or a short form begins the other
    return x.startswith(y) or y.startswith(x) or is_nickname(x, y) or is_slip(x, y, min_length=_SLIP_MIN_LENGTH)


_AGE_WORDS = frozenset(content_tokens("year years old aged age"))
"""Words that say a figure is an age ("55-year-old", "aged 77"), which every age's words share."""


def _main_age(
    ages: Mapping[str, Sequence[Mention]], source: str, lone: Sequence[Mention]
) -> tuple[str, list[Mention]] | None:
    """The story's main age and the other sources' mentions of other ages, where the story
    gives several and ``lone`` (one source's age no other source gives) is of the person
    whose age it is; None otherwise.

    The main age is the one three independent sources or more give, at least
    :data:`_MAIN_AGE_LEAD` times as many as give any other ("He was 77." in ten obituaries,
    against a rival boss's "died in 2002 at age 61" in three). The lone age is that person's
    where it is said as the others say theirs: beside a surname they give beside the main
    age and never beside another, with no title or kin word ("Mrs. Gray, 40" is the mother
    of the others' "Kimani Gray, 16"); with no name, in words around it that it shares more
    with one of the main age's mentions than with any other age's ("died peacefully in her
    sleep at 86" / "died peacefully at home, aged 91", not "died at 86" beside a co-star's
    "died in 2008 at age 92"); or bare ("He was 107.", "She was 91 years old."), which
    :func:`story_age` ties to the person the sentence before names first.
    """
    by_value: dict[str, list[Mention]] = defaultdict(list)
    for other, mentions in ages.items():
        if other != source:
            for mention in mentions:
                by_value[mention.fact.value].append(mention)
    support = {value: witnesses(mentions) for value, mentions in by_value.items()}
    main = max(support, key=lambda value: (support[value], value))
    if any(_MAIN_AGE_LEAD * count > support[main] for value, count in support.items() if value != main):
        return None  # (three sources or more must give it: story_age)
    rivals = [m for value, mentions in sorted(by_value.items()) if value != main for m in mentions]

    def surnames(mentions: Sequence[Mention]) -> set[str]:
        return {words[-1].casefold() for m in mentions if (words := name_beside_words(m))}

    theirs, others = surnames(by_value[main]), surnames(rivals)
    for one in lone:
        context = fact_context(one.claim, one.fact) - _AGE_WORDS
        if not context:
            continue  # bare ("He was 107.", "She was 91 years old."): the sentence before names the person (story_age)
        if words := name_beside_words(one):
            # not a namesake's: a "Mrs. Gray, 40" beside the others' "Kimani Gray, 16" is his mother
            if words[-1].casefold() not in theirs or words[-1].casefold() in others or _kin_or_mister(one):
                return None
            continue

        def shared(mentions: Sequence[Mention], context: frozenset[str] = context) -> int:
            return max((len(context & fact_context(m.claim, m.fact) - _AGE_WORDS) for m in mentions), default=0)

        if shared(by_value[main]) < _MAIN_AGE_SHARED or shared(rivals) >= shared(by_value[main]):
            return None
        if other_sexes([one], by_value[main]):
            return None  # "A woman, 29, was shot" against "A 34-year-old man"
    return main, rivals
