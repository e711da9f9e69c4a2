"""Weekdays one source alone gives in a sentence much like those where the others give another.

A story names many days: the day it happened, the days of the arrest, the funeral, the
next match. So a weekday no other source writes next to the same word is not yet a lone
one, and the story's one day (:func:`crosscheck.outliers.story_weekday`) is found only where
each source names one. What still gives a wrong day away is the sentence around it: "the
Colts beat the host Jaguars, 31-24, on Sunday night" against other sources' "the Colts
… over the Jaguars 31-24 on Thursday night". The words of the whole sentences are weighed
(rarer words weigh more), as for a year (:func:`crosscheck.years.lone_sentence_years`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from crosscheck._text import claim_tokens, content_tokens
from crosscheck.events import event_keys, other_events, said_beside, tells_past
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.outliers import names_other_people, witnesses
from crosscheck.slots import Mention, Slot, context_weights, weighted_overlap

__all__ = ["WEEKDAY_IN_SENTENCE_RULE", "lone_sentence_weekdays"]

WEEKDAY_IN_SENTENCE_RULE = (
    "one source alone gives this weekday in a sentence much like those where other sources give another"
)
_MIN_STATED = 2
"""Independent sources that must give the other weekday in sentences much like the lone one's."""
_ALIKE = 0.2
"""How much another source's sentence, whole, must share with the lone one to count for
either side (weighted Dice of their content words and figures)."""
_MOST_ALIKE = 0.3
"""How much the others' sentence most like the lone one must share with it."""
_RARE_AT_MOST = 64
"""Sentences much alike share words few others have: only those that share with the lone
sentence two words, each of at most this many sentences, are weighed (in a corpus of no
more sentences with a weekday, every one that could be alike), so that the search grows
with the corpus, not with its square."""
_NOT_CONTEXT = frozenset(
    content_tokens(
        "monday tuesday wednesday thursday friday saturday sunday last next this early late morning "
        "afternoon evening night noon midnight day week weekend overnight"
    )
)
"""Words that say which day, or which part of it: they say nothing of what happened."""


_RELATIVE_DAYS_RE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
"""A day named besides the weekday: the sentence dates two things ("As it promised Tuesday,
Microsoft today issued a patch")."""


_NOT_THE_DAY_BEFORE_RE = re.compile(
    r"(?:\b(?:by|until|till|since|before|after|from|through|GMT|UTC|BST|CET|[ECMP][SD]T)|\d\d?:\d\d)\W*$", re.IGNORECASE
)
"""Before a weekday, what makes it a bound or another clock's day: "allowed to return by
Saturday evening", "at 18:41 this evening (02:41 GMT Friday)"."""


def _dates_one_thing(claim: Claim, fact: Fact) -> bool:
    """Whether the weekday dates what the sentence tells: not the day of something else it
    names ("moving the Bluejays along to Saturday's semifinals"), nor a bound, nor one of
    two days."""
    start, end = fact.start - claim.start, fact.end - claim.start
    return (
        claim.text[end : end + 2] not in ("'s", "\u2019s")
        and not _NOT_THE_DAY_BEFORE_RE.search(claim.text[max(0, start - 16) : start])
        and not _RELATIVE_DAYS_RE.search(claim.text)
    )


def _words(claim: Claim) -> frozenset[str]:
    """The sentence's content words and figures (a score, "31-24", ties two sentences well),
    not the words that say which day."""
    return frozenset(claim_tokens(claim.text)) - _NOT_CONTEXT


def lone_sentence_weekdays(claims: Sequence[Claim]) -> list[Slot]:
    """A slot for each weekday one source alone gives in a sentence much like those where
    two independent sources or more give another (:data:`WEEKDAY_IN_SENTENCE_RULE`).

    Only sentences that give one weekday, not as the day something was said, count on
    either side; the lone sentence must tell what happened (an event beside its day, or
    before it with no word of a day to come). Every sentence of another source much like
    the lone one that gives a weekday must give the same one, and the lone source must
    not give that day in a sentence much like either side. The two sides must not be said
    of different events, nor name different people.
    """
    mentions: list[Mention] = []
    # every day each source gives, in any sentence: the lone source's own
    written: dict[str, list[Mention]] = defaultdict(list)
    for claim in claims:
        days = [f for f in claim.facts if f.kind is FactKind.DATE and f.unit == "weekday"]
        if not days:
            continue
        written[claim.source].extend(Mention(claim, fact, _words(claim)) for fact in days)
        if len({f.value for f in days}) != 1 or said_beside(claim, days[0]):
            continue
        mentions.append(Mention(claim, days[0], _words(claim)))
    if len(mentions) < _MIN_STATED + 1:
        return []
    weight = context_weights(mentions)
    having: dict[str, list[int]] = defaultdict(list)  # word -> the mentions whose sentence has it
    for n, mention in enumerate(mentions):
        for word in mention.context:
            having[word].append(n)
    # weighted_overlap, with each sentence's weight summed once: most pairs are weighed only here
    totals = [math.fsum(map(weight, m.context)) for m in mentions]

    def likeness(a: int, b: int) -> float:
        ma, mb = mentions[a], mentions[b]
        if ma.claim.source == mb.claim.source:
            return 0.0
        shared = ma.context & mb.context
        if len(shared) < 2:
            return 0.0
        return min(1.0, 2 * math.fsum(map(weight, shared)) / (totals[a] + totals[b]))

    found: list[Slot] = []
    for lone_n, lone in enumerate(mentions):
        claim, fact = lone.claim, lone.fact
        if not (event_keys(claim, fact) or tells_past(claim, fact)) or not _dates_one_thing(claim, fact):
            continue
        # sentences alike share words few others have: those sharing two such are weighed
        candidates = Counter(n for word in lone.context if len(postings := having[word]) <= _RARE_AT_MOST for n in postings)
        alike = [mentions[n] for n in sorted(candidates) if candidates[n] >= 2 and likeness(lone_n, n) >= _ALIKE]
        values = {m.fact.value for m in alike}
        if len(values) != 1 or fact.value in values:
            continue
        (majority,) = values
        if max(weighted_overlap(lone.context, m.context, weight) for m in alike) < _MOST_ALIKE:
            continue
        if witnesses(alike) < _MIN_STATED:
            continue
        # the lone source's own day like the others' in a sentence much like either: two days
        own = [m for m in written[claim.source] if m.fact.value == majority]
        if any(
            weighted_overlap(m.context, other.context, weight) >= _ALIKE for m in own for other in [lone, *alike]
        ):
            continue
        if other_events([lone], alike) or names_other_people([lone], alike):
            continue
        words = ", ".join(sorted(lone.context & frozenset().union(*(m.context for m in alike))))
        found.append(
            Slot(
                kind=DiscrepancyKind.DATE,
                values=dict(sorted({majority: tuple(alike), fact.value: (lone,)}.items())),
                context=(words,),
                score=0.0,
                rule=WEEKDAY_IN_SENTENCE_RULE,
                lone=fact.value,
            )
        )
    return found
