"""One figure converted by two sources to different values (crosscheck.conversions)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import crosscheck
from crosscheck.conversions import CONVERSION_RULE, converted_figures, converted_value
from crosscheck.models import Source

# three sentences worded apart, so that no slot links them: only the conversion does
TWO_AGREE = [
    "The quake struck 75 kilometers (47 miles) west of Manokwari, the USGS said.",
    "Residents fled as the tremor hit the coast 75 kilometres (47 miles) from the city.",
]
LONE = "Its epicentre lay some 75 km (31 miles) away, at a depth of 35 km, officials in Jakarta reported."


def _conversions(texts: list[str]) -> list[tuple[str, list[str]]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [(d.explanation, [v.text for v in d.variants]) for d in result.discrepancies if d.rule == CONVERSION_RULE]


def test_a_conversion_one_source_alone_gives_stands_against_the_others() -> None:
    ((explanation, variants),) = _conversions([*TWO_AGREE, LONE])
    assert variants == ["47", "31"]
    assert "75 km is about 47 miles" in explanation


def test_conversions_rounded_two_ways_are_one_value() -> None:
    texts = [
        "The quake struck at a depth of 10 kilometers (6 miles) under Bener Meriah.",
        "USGS said the tremor was 10 kilometres (6.2 miles) deep in the district.",
        "It hit inland at a depth of just 10 km (six miles), officials said on Tuesday.",
    ]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert [d for d in result.discrepancies if d.kind.value == "number"] == []
    ((_, variants),) = _conversions(
        [*texts, "Seismologists in Jakarta measured the epicentre as 10 km (9 miles) down, according to the agency."]
    )
    assert variants == ["6", "9"]


@pytest.mark.parametrize(
    "texts",
    [
        # one source against one: no majority
        [TWO_AGREE[0], LONE],
        # the lone source also gives the others' conversion: it is no slip of one source
        [*TWO_AGREE, LONE + " That is 75 km (47 miles) from the shore."],
        # another figure converted: a different detail
        [*TWO_AGREE, "Its epicentre lay some 80 km (31 miles) away, officials in Jakarta reported."],
    ],
)
def test_a_conversion_is_not_set_against_the_others_without_a_majority_of_one_figure(texts: list[str]) -> None:
    assert _conversions(texts) == []


def test_units_convert_only_within_one_quantity() -> None:
    assert converted_value("10", "km", "mile").quantize(Decimal("0.01")) == Decimal("6.21")  # type: ignore[union-attr]
    assert converted_value("100", "kg", "lbs").quantize(Decimal(1)) == Decimal(220)  # type: ignore[union-attr]
    assert converted_value("10", "km", "kg") is None
    assert converted_value("ten", "km", "mile") is None


def test_every_slot_holds_the_majority_and_the_lone_value() -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*TWO_AGREE, LONE])])
    (slot,) = converted_figures(result.claims)
    assert {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()} == {
        "47": ["s0", "s1"], "31": ["s2"],
    }
    assert slot.lone == "31"
