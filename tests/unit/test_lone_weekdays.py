"""A weekday one source alone gives in a sentence much like the others' (crosscheck.weekdays)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.models import Source
from crosscheck.weekdays import WEEKDAY_IN_SENTENCE_RULE

LONE = (
    "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men "
    "on Tuesday afternoon. The police union met on Monday."
)
OTHERS = (
    "A gang of four thieves, two of them disguised as women, robbed the Harry Winston store in Paris on "
    "Thursday of nearly all its jewels. Detectives briefed reporters on Monday.",
    "Four men robbed the Harry Winston store on Avenue Montaigne near the Champs-Elysees late Thursday "
    "and took rings and necklaces. The shop reopened on Saturday.",
    "Armed men dressed as women robbed the Harry Winston jewellery store in Paris late Thursday, taking "
    "gems worth 85 million euros. Insurers met on Friday.",
)


def _weekday_rules(texts: Sequence[str]) -> list[tuple[str | None, list[tuple[str, tuple[str, ...]]]]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [
        (d.rule, [(v.text, v.sources) for v in d.variants])
        for d in result.discrepancies if d.kind.value == "date"
    ]


def test_a_weekday_one_source_alone_gives_in_a_sentence_like_the_others_is_a_date_conflict() -> None:
    # every source names other days too, and the others word the day their own way: no
    # slot and no story's one weekday, only the sentences alike
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([LONE, *OTHERS])])
    (d,) = [d for d in result.discrepancies if d.kind.value == "date"]
    assert d.rule == WEEKDAY_IN_SENTENCE_RULE
    majority, lone = d.variants
    assert (majority.text, majority.sources) == ("Thursday", ("s1", "s2", "s3"))
    assert (lone.text, lone.sources, lone.claims) == ("Tuesday", ("s0",), ("s0#1",))
    ((claim_id, start, end),) = lone.spans
    assert claim_id == "s0#1"
    assert LONE[start:end] == "Tuesday"
    assert "s0 gives 'Tuesday' where 3 other sources give 'Thursday'" in d.explanation
    assert "winston" in d.explanation


@pytest.mark.parametrize(
    ("lone", "why"),
    [
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men, "
            "police said on Tuesday.",
            "the day something was said",
        ),
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees, robbed by four men, "
            "will reopen on Tuesday afternoon.",
            "a day to come",
        ),
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men "
            "and stayed closed until Tuesday afternoon.",
            "a bound, not the day",
        ),
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men "
            "ahead of Tuesday's gala.",
            "the day of something else the sentence names",
        ),
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men "
            "today, as police had warned on Tuesday.",
            "two days in one sentence",
        ),
        (
            "Harry Winston's prestigious Paris jewellery store near the Champs-Elysees was robbed by four men "
            "on Tuesday afternoon. Four men robbed the Harry Winston store in Paris late Thursday, police said.",
            "the lone source gives the others' day in a sentence much like theirs",
        ),
    ],
)
def test_a_weekday_that_may_date_something_else_is_set_against_none(lone: str, why: str) -> None:
    assert all(rule != WEEKDAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([lone, *OTHERS])), why


def test_the_others_must_agree_among_themselves_and_be_two_at_least() -> None:
    tuesday = OTHERS[2].replace("late Thursday", "late Tuesday")
    assert all(rule != WEEKDAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([LONE, *OTHERS[:2], tuesday]))
    assert all(rule != WEEKDAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([LONE, OTHERS[0]]))
    # two independent sources are enough
    assert _weekday_rules([LONE, *OTHERS[1:]]) == [
        (WEEKDAY_IN_SENTENCE_RULE, [("Thursday", ("s1", "s2")), ("Tuesday", ("s0",))])
    ]


def test_the_lone_weekday_is_found_among_many_unrelated_sentences_and_whatever_the_order() -> None:
    # many other sources whose sentences share common words with the story's (more than
    # the search weighs every sentence for): the story's rare words still find its sentences
    filler = [
        f"Police in Paris said a jewellery store near the station was closed on {day} after a report number {n}."
        for n, day in zip(range(90), ["Monday", "Wednesday", "Friday", "Saturday", "Sunday"] * 18, strict=True)
    ]
    texts = [LONE, *OTHERS, *filler]
    expected = [(WEEKDAY_IN_SENTENCE_RULE, [("Thursday", ("s1", "s2", "s3")), ("Tuesday", ("s0",))])]
    assert [r for r in _weekday_rules(texts) if r[0] == WEEKDAY_IN_SENTENCE_RULE] == expected
    sources = [Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]
    random.Random(3).shuffle(sources)
    shuffled = crosscheck.audit(sources)
    assert [
        (d.rule, [(v.text, tuple(sorted(v.sources))) for v in d.variants])
        for d in shuffled.discrepancies if d.rule == WEEKDAY_IN_SENTENCE_RULE
    ] == expected
