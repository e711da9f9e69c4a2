"""Days and figures one source alone gives in a sentence much like those where others give another.

A story names many days and many figures: the day it happened and the days of the
arrest, the funeral, the next match; the toll and the toll of an earlier disaster. So a
value no other source writes next to the same word is not yet a lone one, and a source
words its sentence its own way ("killing 7 persons" / "killed 10 people"). What still
gives a wrong value away is the sentence around it: "the Colts beat the host Jaguars,
31-24, on Sunday night" against other sources' "the Colts … over the Jaguars 31-24 on
Thursday night". The words of the whole sentences are weighed (rarer words weigh more),
as for a year (:func:`crosscheck.years.lone_sentence_years`):

* a **day**, a weekday or a day of a month (:func:`lone_sentence_days`), in sentences
  that give one such day;
* a **figure** (:func:`lone_sentence_figures`), against figures of the same unit or of
  the same thing counted ("people", "yard", "$"), in sentences that give one such figure.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from crosscheck._text import claim_tokens, content_tokens, words_without_figures
from crosscheck.dates import WEEKDAY_ORDER
from crosscheck.events import event_keys, other_events, said_beside, tells_past
from crosscheck.figures import kind_of_figure, numbers_agree
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.outliers import TIME_OF_DAY, is_increment, names_other_people, witnesses
from crosscheck.slots import Mention, Slot, context_weights, state_of, weighted_overlap

__all__ = [
    "FIGURE_IN_SENTENCE_RULE",
    "DAY_IN_SENTENCE_RULE",
    "lone_sentence_figures",
    "lone_sentence_days",
]

DAY_IN_SENTENCE_RULE = (
    "one source alone gives this day in a sentence much like those where other sources give another"
)
FIGURE_IN_SENTENCE_RULE = (
    "one source alone gives this figure in a sentence much like those where other sources give another"
)
_MIN_STATED = 2
"""Independent sources that must give the other value in sentences much like the lone one's."""
_FIGURE_RIVAL_SHARE = 0.5
"""Another figure given in sentences much like the lone one by more than this share of the
majority's sources leaves which one is right, or whether they are one detail, open (an
early toll beside the final one is no rival)."""
_DAY_RIVAL_SHARE = 0.25
"""As :data:`_FIGURE_RIVAL_SHARE`, for a day: a story's sentences much alike may tell of two
days, so one other day is no rival only beside four sources' or more."""
_RARE_AT_MOST = 64
"""Sentences much alike share words few others have: only those that share with the lone
sentence two words, each in at most this many sentences of the unit, are weighed, so that
the search grows with the corpus, not with its square. In a corpus of no more such
sentences every one that could be alike is weighed; in a larger one, sentences that share
only common words with the lone one are not, and so give no rival value (nor, in a story
told by more sources than this, the others' value)."""

_DAY_UNITS = ("weekday", "month-day")
"""The days compared: a weekday with weekdays, a day of a month with days of a month."""
_DAY_ALIKE = 0.2
"""How much another source's sentence, whole, must share with the lone one to count
(weighted Dice of their content words and figures), for a day."""
_DAY_MOST_ALIKE = 0.3
"""How much the others' sentence most like the lone one must share with it, for a day."""
_FIGURE_ALIKE = 0.25
"""As :data:`_DAY_ALIKE`, for a figure: sentences give several figures of one story
(the toll, the injured, an earlier quake's toll), so they must be more alike."""
_FIGURE_MOST_ALIKE = 0.3
"""As :data:`_DAY_MOST_ALIKE`, for a figure."""

_NOT_CONTEXT = TIME_OF_DAY | frozenset(content_tokens(" ".join(WEEKDAY_ORDER)))
"""Words that say which day, or which part of it: they say nothing of what happened."""
_RELATIVE_DAYS_RE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|ago)\b", re.IGNORECASE)
"""A day named besides the date: the sentence dates two things ("As it promised Tuesday,
Microsoft today issued a patch"), or an earlier time ("14 months ago")."""
_EARLIER_RE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|lt|ght|ck|ne)\b", re.IGNORECASE)
"""What tells of an earlier event than the story's: a past before the past ("had robbed
the store once before")."""
_NOT_THE_DAY_BEFORE_RE = re.compile(
    r"(?:\b(?:by|until|till|since|before|after|from|through|as\s+of|GMT|UTC|BST|CET|[ECMP][SD]T|a)"
    r"(?:\s+(?:last|late|early|this|next))?|\d\d?:\d\d)\W*$",
    re.IGNORECASE,
)
"""Before a day, what makes it a bound, another clock's day or any such day: "allowed to
return by Saturday evening", "still at large as of Tuesday", "at 18:41 this evening (02:41
GMT Friday)", "once before, on a Tuesday"."""



class _AlikeSentences:
    """The mentions of one kind of detail, each with its sentence's words, and a search for
    those of other sources, of the same unit, whose sentences are much like one's."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self.groups = [m.fact.unit for m in mentions]
        self.weight = context_weights(mentions)
        # (group, word) -> the mentions of the group whose sentence has the word
        self.having: dict[tuple[str, str], list[int]] = defaultdict(list)
        for n, (mention, group) in enumerate(zip(mentions, self.groups, strict=True)):
            for word in mention.context:
                self.having[(group, word)].append(n)
        # :func:`crosscheck.slots.weighted_overlap`, with each sentence's weight summed once
        self.totals = [math.fsum(map(self.weight, m.context)) for m in mentions]

    def likeness(self, a: int, b: int) -> float:
        ma, mb = self.mentions[a], self.mentions[b]
        shared = ma.context & mb.context
        if len(shared) < 2:
            return 0.0
        return min(1.0, 2 * math.fsum(map(self.weight, shared)) / (self.totals[a] + self.totals[b]))

    def alike(self, n: int, minimum: float) -> list[tuple[Mention, float]]:
        """The mentions of other sources, of the same unit, whose sentences are at least
        ``minimum`` like the ``n``-th one's, in the order given, with how alike."""
        lone, group = self.mentions[n], self.groups[n]
        shared = Counter(
            m for word in lone.context if len(ms := self.having[(group, word)]) <= _RARE_AT_MOST
            for m in ms
        )
        found = []
        for m in sorted(shared):
            other = self.mentions[m]
            if shared[m] < 2 or other.claim.source == lone.claim.source:
                continue
            score = self.likeness(n, m)
            if score >= minimum:
                found.append((other, score))
        return found


def _majority(
    alike: Sequence[tuple[Mention, float]], lone: str, most_alike: float, rival_share: float
) -> tuple[str, list[Mention]] | None:
    """The value the sentences much like the lone one give, and their mentions; None where
    one of them gives the lone value too, where another value is given by more than
    ``rival_share`` of as many sources, where too few sources give it (:data:`_MIN_STATED`),
    or where none of its sentences is at least ``most_alike`` like the lone one."""
    by_value: dict[str, list[tuple[Mention, float]]] = defaultdict(list)
    for mention, score in alike:
        by_value[mention.fact.value].append((mention, score))
    if not by_value or lone in by_value:
        return None
    support = {value: witnesses([m for m, _ in found]) for value, found in by_value.items()}
    majority = max(support, key=lambda value: (support[value], value))
    if any(support[v] > rival_share * support[majority] for v in support if v != majority):
        return None
    if support[majority] < _MIN_STATED or max(score for _, score in by_value[majority]) < most_alike:
        return None
    return majority, [m for m, _ in by_value[majority]]


def _slot(kind: DiscrepancyKind, rule: str, lone: Mention, majority: str, against: Sequence[Mention]) -> Slot:
    words = ", ".join(sorted(lone.context & frozenset().union(*(m.context for m in against))))
    return Slot(
        kind=kind,
        values=dict(sorted({majority: tuple(against), lone.fact.value: (lone,)}.items())),
        context=(words,),
        score=0.0,
        rule=rule,
        lone=lone.fact.value,
    )


# ----------------------------------------------------------------------------------- days


def _dates_one_thing(claim: Claim, fact: Fact) -> bool:
    """Whether the day dates what the sentence tells: not the day of something else it
    names ("moving the Bluejays along to Saturday's semifinals"), nor a bound, nor one of
    two days."""
    start, end = fact.start - claim.start, fact.end - claim.start
    return (
        claim.text[end : end + 2] not in ("'s", "\u2019s")
        and not _NOT_THE_DAY_BEFORE_RE.search(claim.text[max(0, start - 16) : start])
        and not _RELATIVE_DAYS_RE.search(claim.text)
        and not _EARLIER_RE.search(claim.text)
    )


def _day_words(claim: Claim) -> frozenset[str]:
    """The sentence's content words and figures (a score, "31-24", ties two sentences well),
    not the words that say which day."""
    return frozenset(claim_tokens(claim.text)) - _NOT_CONTEXT


def lone_sentence_days(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for each day (a weekday, or a day of a month) one source alone gives in a
    sentence much like those where two independent sources or more give another of its kind
    (:data:`DAY_IN_SENTENCE_RULE`).

    Only sentences that give one day of the kind, not as the day something was said, count
    on either side; the lone sentence must tell what happened (an event beside its day, or
    before it with no word of a day to come), and its day must be no bound ("by Saturday",
    "as of Tuesday"), no other event's ("Saturday's semifinals"), no other clock's ("02:41
    GMT Friday") and not any such day ("on a Tuesday"), in a sentence with no "today",
    "tonight", "yesterday", "tomorrow" or "ago" and no past before the past ("had robbed").
    The sentences of other sources much like the lone one give
    the others' day, but for one other day beside four sources' or more
    (:data:`_DAY_RIVAL_SHARE`), and the lone source does not give that day in a sentence
    much like either side. The two sides must not be said of different events, nor name
    different people.
    """
    mentions: list[Mention] = []
    # every day each source gives, by (source, unit, day)
    written: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for claim in claims:
        for unit in _DAY_UNITS:
            days = [f for f in claim.facts if f.kind is FactKind.DATE and f.unit == unit]
            if not days:
                continue
            words = _day_words(claim)
            for fact in days:
                written[(claim.source, unit, fact.value)].append(Mention(claim, fact, words))
            if len({f.value for f in days}) == 1 and not said_beside(claim, days[0]):
                mentions.append(Mention(claim, days[0], words))
    if len(mentions) <= _MIN_STATED:
        return []
    search = _AlikeSentences(mentions)
    found = []
    for n, lone in enumerate(mentions):
        claim, fact = lone.claim, lone.fact
        if not (event_keys(claim, fact) or tells_past(claim, fact)) or not _dates_one_thing(claim, fact):
            continue
        chosen = _majority(search.alike(n, _DAY_ALIKE), fact.value, _DAY_MOST_ALIKE, _DAY_RIVAL_SHARE)
        if chosen is None:
            continue
        majority, against = chosen
        # the lone source's own day like the others' in a sentence much like either: two days
        own = written[(claim.source, fact.unit, majority)]
        if _any_alike(own, [lone, *against], search.weight, _DAY_ALIKE):
            continue
        if other_events([lone], against) or names_other_people([lone], against):
            continue
        found.append(_slot(DiscrepancyKind.DATE, DAY_IN_SENTENCE_RULE, lone, majority, against))
    return found


def _any_alike(
    a: Sequence[Mention], b: Sequence[Mention], weight: Callable[[str], float], minimum: float
) -> bool:
    return any(weighted_overlap(x.context, y.context, weight) >= minimum for x in a for y in b)


# -------------------------------------------------------------------------------- figures





def _two_data_points(lone: Mention, against: Sequence[Mention]) -> bool:
    """Whether the sentences tell of two data points, not one detail two ways: both give
    other figures and none the same ("two catches for 25 yards" / "59 catches for 1,098
    yards"), or one of them gives another figure of one unit differently ("two catches for
    25 yards" / "five catches for 25 yards")."""
    def figures(mention: Mention) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for fact in mention.claim.facts:
            if fact.kind is FactKind.NUMBER and fact.unit != mention.fact.unit:
                found[fact.unit].add(fact.value)
        return found

    mine = figures(lone)
    theirs = [figures(m) for m in against]
    every = set().union(*(values for found in theirs for values in found.values()))
    if mine and every and not set().union(*mine.values()) & every:
        return True
    return any(not mine[unit] & found[unit] for found in theirs for unit in mine.keys() & found.keys() if unit)


def lone_sentence_figures(
    claims: Sequence[Claim], *, same_detail: Callable[[Mention, Mention], bool] | None = None
) -> list[Slot]:
    """A slot for each figure one source alone gives, of its unit, in a sentence much like
    those where two independent sources or more give another of the same unit
    (:data:`FIGURE_IN_SENTENCE_RULE`): "killing 7 persons" against "killing at least 10
    people" and "Ten people were killed".

    Only figures with a unit or a thing counted, in sentences that give one figure of it,
    count on either side; a lone figure added to a count ("two more") is none, and one
    among the others' leaves it open. No other source gives the lone figure of that unit
    anywhere, and the lone source never gives the others'. The two must not agree as stated
    ("more than 400" / "401"), nor differ in being a rate ("$22 million a season"), a change
    ("up 0.4 percent"), a record, an earlier or a first count ("the biggest ever", "an
    initial count") or a part of the whole ("in one mosque") (:func:`kind_of_figure`), nor
    count what became of different people ("killing" / "remain missing"), nor be said of
    different events; the sentences must not be two data points (:func:`_two_data_points`).
    ``same_detail`` says of the lone figure and each of the others' that they may be one
    detail (the ages of one person).
    """
    mentions: list[Mention] = []
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # (source, unit) -> figures
    given: dict[tuple[str, str], set[str]] = defaultdict(set)  # (unit, figure) -> sources
    for claim in claims:
        figures = [f for f in claim.facts if f.kind is FactKind.NUMBER and f.unit]
        if not figures:
            continue
        units = [f.unit for f in figures]
        words = words_without_figures(claim.text)
        for fact in figures:
            written[(claim.source, fact.unit)].add(fact.value)
            given[(fact.unit, fact.value)].add(claim.source)
            if units.count(fact.unit) == 1:
                mentions.append(Mention(claim, fact, words))
    if len(mentions) <= _MIN_STATED:
        return []
    search = _AlikeSentences(mentions)
    found = []
    for n, lone in enumerate(mentions):
        claim, fact = lone.claim, lone.fact
        if given[(fact.unit, fact.value)] != {claim.source} or is_increment(lone):
            continue
        chosen = _majority(search.alike(n, _FIGURE_ALIKE), fact.value, _FIGURE_MOST_ALIKE, _FIGURE_RIVAL_SHARE)
        if chosen is None:
            continue
        majority, against = chosen
        if majority in written[(claim.source, fact.unit)]:
            continue
        kind = kind_of_figure(lone)
        if any(numbers_agree(lone, m) or is_increment(m) or kind_of_figure(m) != kind for m in against):
            continue
        if other_events([lone], against) or _two_data_points(lone, against):
            continue
        state = state_of(lone)
        if state is not None and any((other := state_of(m)) is not None and other != state for m in against):
            continue
        if same_detail is not None and not all(same_detail(lone, m) for m in against):
            continue
        found.append(_slot(DiscrepancyKind.NUMBER, FIGURE_IN_SENTENCE_RULE, lone, majority, against))
    return found
