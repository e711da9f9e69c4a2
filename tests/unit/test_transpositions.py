"""A figure with two neighbouring digits swapped (crosscheck.transpositions)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.corpuswide import _same_person_aged
from crosscheck.models import Source
from crosscheck.outliers import without_conversions
from crosscheck.transpositions import TRANSPOSED_DIGITS_RULE, swapped_digits, transposed_figures

STAFF = (
    "Veltrix, founded in 2009, employs about 3,500 people in six countries.",
    "The chipmaker Veltrix was founded in 2009 and has 3,500 staff in six countries.",
)


def _swapped(texts: list[str]) -> list[crosscheck.Discrepancy]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [d for d in result.discrepancies if d.rule == TRANSPOSED_DIGITS_RULE]


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        ("3500", "5300", True),
        ("12", "21", True),
        ("4.2", "2.4", True),
        ("4200000000", "2400000000", True),
        ("3500", "3050", True),
        ("3500", "3500", False),
        ("12", "13", False),  # one digit changed
        ("1230", "3210", False),  # two digits apart
        ("4.2", "24", False),  # the decimal point moved
        ("1234", "2143", False),  # two pairs swapped
        ("12", "34", False),  # two neighbouring digits changed, not swapped
        ("4.52", "54.2", False),  # swapped, and the point moved
        ("7", "7", False),
    ],
)
def test_swapped_digits(a: str, b: str, swapped: bool) -> None:
    assert swapped_digits(a, b) is swapped
    assert swapped_digits(b, a) is swapped


def test_a_figure_one_source_alone_gives_with_two_digits_swapped_is_reported() -> None:
    # the three sentences share no word beside the figure and do not align
    (d,) = _swapped([*STAFF, "Veltrix was founded in 2006 and employs 5,300 workers in six countries."])
    assert [(v.text, v.sources) for v in d.variants] == [("3,500", ("s0", "s1")), ("5,300", ("s2",))]
    assert d.kind.value == "number" and d.majority == 0
    assert "two neighbouring digits swapped" in d.explanation


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([STAFF[0], "Veltrix was founded in 2006 and employs 5,300 workers in six countries."],
         "one source against one: which is the slip, no telling"),
        ([*STAFF, "Veltrix employs 5,300 workers in six countries, up from 3,500 in 2009."],
         "the lone source gives the others' figure too"),
        ([*STAFF, "The company plans to sell 5,300 chips to carmakers next year, its chief said."],
         "another detail, in other words"),
        ([*STAFF, "Veltrix was founded in 2009 and plans to sell 5,300 chips in six countries."],
         "another detail, in a sentence that shares a few words"),
        (["The Colts took the ball and went 73 yards on the last drive to set up the winning score.",
          "Luck found Wayne for the winning score, capping the 73-yard drive on the last drive.",
          "On the last drive Wayne caught 3 passes for 37 yards and the winning score."],
         "a game's yards: many to a story"),
        (["The jury convicted the 32-year-old Peterson of the murder of his wife on Friday.",
          "Peterson, 32, was convicted of the murder of his wife on Friday.",
          "A jury convicted Scott Peterson of the murder of his wife, 23-year-old Laci, on Friday."],
         "two people's ages, in sentences that share a few words"),
        ([*STAFF, "Veltrix, founded in 2006, employs about 5,300 people.", "Veltrix has 5,300 staff."],
         "two sources give each: no lone figure"),
    ],
)
def test_swapped_figures_that_may_be_two_details_are_not_reported(texts: list[str], why: str) -> None:
    assert _swapped(texts) == [], why
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert transposed_figures(without_conversions(result.claims), same_detail=_same_person_aged) == [], why
