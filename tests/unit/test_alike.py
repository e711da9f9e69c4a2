"""A day or a figure one source alone gives in a sentence much like the others' (crosscheck.alike)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.alike import (
    DAY_IN_SENTENCE_RULE,
    FIGURE_IN_SENTENCE_RULE,
    lone_sentence_days,
    lone_sentence_figures,
)
from crosscheck.corpuswide import _same_person_aged
from crosscheck.models import Claim, Source

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
    assert d.rule == DAY_IN_SENTENCE_RULE
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
        (
            "The four men who robbed Harry Winston's prestigious Paris jewellery store near the Champs-Elysees "
            "were still at large as of Tuesday.",
            "a bound, not the day",
        ),
        (
            "Four men disguised as women had robbed Harry Winston's prestigious Paris jewellery store near the "
            "Champs-Elysees once before, on a Tuesday.",
            "an earlier event, and any such day",
        ),
        (
            "Four men disguised as women had robbed Harry Winston's prestigious Paris jewellery store near the "
            "Champs-Elysees on Tuesday afternoon.",
            "a past before the past: an earlier event",
        ),
        (
            "The robbery came 14 months after four men robbed Harry Winston's prestigious Paris jewellery store "
            "near the Champs-Elysees on Tuesday afternoon, a year ago.",
            "an earlier time",
        ),
    ],
)
def test_a_weekday_that_may_date_something_else_is_set_against_none(lone: str, why: str) -> None:
    assert all(rule != DAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([lone, *OTHERS])), why


def test_the_others_must_agree_among_themselves_and_be_two_at_least() -> None:
    tuesday = OTHERS[2].replace("late Thursday", "late Tuesday")
    assert all(rule != DAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([LONE, *OTHERS[:2], tuesday]))
    assert all(rule != DAY_IN_SENTENCE_RULE for rule, _ in _weekday_rules([LONE, OTHERS[0]]))
    # two independent sources are enough
    assert _weekday_rules([LONE, *OTHERS[1:]]) == [
        (DAY_IN_SENTENCE_RULE, [("Thursday", ("s1", "s2")), ("Tuesday", ("s0",))])
    ]


def test_the_lone_weekday_is_found_among_many_unrelated_sentences_and_whatever_the_order() -> None:
    # many other sources whose sentences share common words with the story's (more than
    # the search weighs every sentence for): the story's rare words still find its sentences
    filler = [
        f"Police in Paris said a jewellery store near the station was closed on {day} after a report number {n}."
        for n, day in zip(range(90), ["Monday", "Wednesday", "Friday", "Saturday", "Sunday"] * 18, strict=True)
    ]
    texts = [LONE, *OTHERS, *filler]
    expected = [(DAY_IN_SENTENCE_RULE, [("Thursday", ("s1", "s2", "s3")), ("Tuesday", ("s0",))])]
    assert [r for r in _weekday_rules(texts) if r[0] == DAY_IN_SENTENCE_RULE] == expected
    sources = [Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]
    random.Random(3).shuffle(sources)
    shuffled = crosscheck.audit(sources)
    assert [
        (d.rule, [(v.text, tuple(sorted(v.sources))) for v in d.variants])
        for d in shuffled.discrepancies if d.rule == DAY_IN_SENTENCE_RULE
    ] == expected


QUAKE_LONE = (
    "A magnitude 5.9 earthquake leveled seven villages in southern Iran's Qeshm island, leaving 7 persons "
    "dead and dozens wounded."
)
QUAKE_OTHERS = (
    "A powerful earthquake hit southern Iran's Qeshm island on Sunday, killing at least 10 people and "
    "damaging seven villages.",
    "The magnitude 5.9 quake shook Qeshm island in southern Iran, flattening seven villages, and killed "
    "10 people, officials said.",
    "Ten people were killed when an earthquake razed seven villages on Qeshm island off southern Iran.",
)


def _figure_rules(texts: Sequence[str]) -> list[list[tuple[str, tuple[str, ...]]]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [[(v.text, v.sources) for v in d.variants] for d in result.discrepancies if d.rule == FIGURE_IN_SENTENCE_RULE]


def _claims(texts: Sequence[str]) -> list[Claim]:
    return crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]).claims


def _lone_figures(texts: Sequence[str]) -> list[dict[str, list[str]]]:
    """The rule's own slots (other rules may report the same figures first in an audit)."""
    return [
        {value: [m.claim.source for m in mentions] for value, mentions in slot.values.items()}
        for slot in lone_sentence_figures(_claims(texts), same_detail=_same_person_aged)
    ]


def test_a_figure_one_source_alone_gives_in_a_sentence_like_the_others_is_a_number_conflict() -> None:
    # "leaving 7 persons dead" / "killing 10 people": the same thing counted, but no word
    # beside the figures shared
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([QUAKE_LONE, *QUAKE_OTHERS])])
    (d,) = result.discrepancies
    assert d.rule == FIGURE_IN_SENTENCE_RULE and d.kind.value == "number"
    majority, lone = d.variants
    assert (majority.text, majority.sources) == ("10", ("s1", "s2", "s3"))
    assert (lone.text, lone.sources) == ("7", ("s0",))
    ((_, start, end),) = lone.spans
    assert QUAKE_LONE[start:end] == "7"
    assert "s0 gives '7' where 3 other sources give '10' in sentences much like it" in d.explanation
    assert "qeshm" in d.explanation


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("leaving 7 persons", "leaving another 7 persons"), "a figure added to a count"),
        (("leaving 7 persons", "leaving more than 7 persons"), "a floor the others' figure is within"),
        (("and dozens wounded.", "and dozens wounded. Officials later said 10 people had died."),
         "the lone source gives the others' figure too"),
        (("magnitude 5.9", "magnitude 6.3"), "another figure of one unit differs: another quake"),
        (("leaving 7 persons dead", "leaving 7 persons dead, the island's record,"), "a record, not the story's figure"),
        (("leaving 7 persons", "leaving up 7 persons"), "a change against a level"),
        (("leaving 7 persons dead and dozens wounded", "where 4 persons remain missing"), "others missing, not dead"),
        (("leaving 7 persons", "leaving 7 persons from one family"), "a part of the whole"),
        (("leaving 7 persons", "leaving 3 persons, according to an initial count,"), "a first count"),
    ],
)
def test_a_figure_that_may_be_another_detail_is_set_against_none(change: tuple[str, str], why: str) -> None:
    assert _figure_rules([QUAKE_LONE.replace(*change), *QUAKE_OTHERS]) == [], why


def test_a_figure_another_source_gives_too_or_a_rate_is_no_lone_figure() -> None:
    seven = QUAKE_OTHERS[0].replace("at least 10 people", "at least 7 people")
    assert _figure_rules([QUAKE_LONE, seven, *QUAKE_OTHERS[1:]]) == []
    offers = (
        "The Red Sox offered Mark Teixeira $200 million over eight years, the Boston Globe reported.",
        "Boston offered first baseman Mark Teixeira an eight-year deal worth $200 million, a report said.",
    )
    rate = "The Red Sox offered first baseman Mark Teixeira $22 million a season over eight years, a report said."
    assert _lone_figures([rate, *offers]) == []
    annually = rate.replace(" a season", " annually")
    assert _lone_figures([annually, *offers]) == []
    total = rate.replace(" a season", "")
    assert _lone_figures([total, *offers]) == [{"200000000": ["s1", "s2"], "22000000": ["s0"]}]


def test_the_ages_of_two_people_are_no_one_figure() -> None:
    others = (
        "A jury convicted Scott Peterson, 32, of murdering his pregnant wife in Modesto, California.",
        "Scott Peterson, 32, was convicted by a jury of murdering his pregnant wife Laci in Modesto.",
    )
    wife = "A jury in Modesto, California, convicted Scott Peterson of murdering his pregnant wife, 27-year-old Laci."
    assert len(lone_sentence_figures(_claims([wife, *others]))) == 1  # but for whose ages they are
    assert _lone_figures([wife, *others]) == []
    himself = "A jury in Modesto, California, convicted Scott Peterson, 31, of murdering his pregnant wife."
    assert _lone_figures([himself, *others]) == [{"31": ["s0"], "32": ["s1", "s2"]}]


def test_a_day_of_a_month_is_set_against_days_of_a_month_in_sentences_much_alike() -> None:
    lone = LONE.replace("on Tuesday afternoon", "on December 2")
    others = [t.replace("late Thursday", "late on December 4").replace("on Thursday", "on December 4") for t in OTHERS]
    slots = lone_sentence_days(_claims([lone, *others]))
    assert [{v: [m.claim.source for m in ms] for v, ms in slot.values.items()} for slot in slots] == [
        {"12-04": ["s1", "s2", "s3"], "12-02": ["s0"]}
    ]
    # a weekday is no day of a month: each kind is set against its own
    mixed = [t.replace("late Thursday", "late on December 4").replace("on Thursday", "on December 4") for t in OTHERS]
    assert lone_sentence_days(_claims([LONE, *mixed])) == []


def test_one_other_day_among_the_alike_sentences_leaves_it_open_but_beside_four_sources() -> None:
    fourth = (
        "Robbers disguised as women robbed the Harry Winston jewellery store near the Champs-Elysees in Paris "
        "on Thursday. Shares fell on Monday."
    )
    friday = (
        "Four men robbed the Harry Winston store in Paris near the Champs-Elysees on Friday afternoon "
        "taking jewels. Police met on Sunday."
    )

    def days(texts: Sequence[str]) -> list[dict[str, list[str]]]:
        return [
            {v: sorted({m.claim.source for m in ms}) for v, ms in slot.values.items()}
            for slot in lone_sentence_days(_claims(texts))
            if slot.lone == "tuesday"
        ]

    assert days([LONE, *OTHERS, fourth, friday]) == [{"thursday": ["s1", "s2", "s3", "s4"], "tuesday": ["s0"]}]
    assert days([LONE, *OTHERS, friday]) == []


def test_two_lone_figures_against_one_majority_are_both_reported_whatever_the_order() -> None:
    five = (
        "Seven villages in southern Iran's Qeshm island lay in ruins after the magnitude 5.9 earthquake, "
        "with 5 persons dead."
    )
    texts = {"a": QUAKE_LONE, "d": five, "b": QUAKE_OTHERS[0], "c": QUAKE_OTHERS[1], "e": QUAKE_OTHERS[2]}

    def found(order: str) -> list[tuple[object, ...]]:
        result = crosscheck.audit([Source(id=key, text=texts[key]) for key in order])
        return sorted(
            (d.rule == FIGURE_IN_SENTENCE_RULE, *((v.text, tuple(sorted(v.sources))) for v in d.variants))
            for d in result.discrepancies if d.kind.value == "number"
        )

    # (the "5 persons" fills a slot with the others' "10 people", the 7 is this rule's)
    expected = [(False, ("10", ("b", "c", "e")), ("5", ("d",))), (True, ("10", ("b", "c", "e")), ("7", ("a",)))]
    assert found("adbce") == expected
    assert found("dabce") == expected
    assert found("ecbda") == expected
