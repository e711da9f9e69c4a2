"""One figure converted by two sources to different values (crosscheck.conversions)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import crosscheck
from crosscheck.conversions import CONVERSION_RULE, MISCONVERTED_RULE, converted_figures, converted_value
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


def test_one_conversion_against_one_stands_where_the_arithmetic_fits_one_side_only() -> None:
    ((explanation, variants),) = _conversions([TWO_AGREE[0], LONE])
    assert sorted(variants) == ["31", "47"]
    assert "the two sources convert the figure differently" in explanation
    assert "75 km is about 47 miles" in explanation
    # reported once: the conversion, not the arithmetic against the lone source besides
    result = crosscheck.audit([Source(id="s0", text=TWO_AGREE[0]), Source(id="s1", text=LONE)])
    assert [d.rule for d in result.discrepancies if d.kind.value == "number"] == [CONVERSION_RULE]


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
        # one source against one, neither near the arithmetic (47 miles): no side to take
        ["The quake struck 75 kilometers (60 miles) west of Manokwari, the USGS said.", LONE],
        # two sources convert it wrongly alike, one rightly: the right one is no lone error
        [TWO_AGREE[0], LONE, "Jakarta officials put it 75 km (31 miles) from land."],
        # the lone source also gives the others' conversion: it is no slip of one source
        [*TWO_AGREE, LONE + " That is 75 km (47 miles) from the shore."],
        # a coarser conversion, no further off than the others' ("2 km (1 mile)" / "(1.2 miles)")
        ["The trail climbs 2 km (1.2 miles) to the hut above the lake.",
         "Rescuers walked 2 kilometres (1.2 miles) up from the car park.",
         "The hut stands 2 km (1 mile) from the road, a guide said on Sunday."],
        # the others disagree among themselves: two against two
        [*TWO_AGREE, "The tremor was 75 km (60 miles) off the coast, the agency said.",
         "Seismologists placed it 75 kilometres (60 miles) out at sea.", LONE],
        # two sources give the other value: no lone source
        [*TWO_AGREE, "Seismologists placed it 75 kilometres (47 miles) out at sea.", LONE,
         "Jakarta officials put it 75 km (31 miles) from land."],
        # another figure converted: a different detail
        [*TWO_AGREE, "Its epicentre lay some 80 km (31 miles) away, officials in Jakarta reported."],
    ],
)
def test_a_conversion_is_not_set_against_the_others_without_a_majority_of_one_figure(texts: list[str]) -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert converted_figures(result.claims) == []


def test_units_convert_only_within_one_quantity() -> None:
    assert converted_value("10", "km", "mile").quantize(Decimal("0.01")) == Decimal("6.21")  # type: ignore[union-attr]
    assert converted_value("100", "kg", "lbs").quantize(Decimal(1)) == Decimal(220)  # type: ignore[union-attr]
    assert converted_value("10", "km", "kg") is None
    assert converted_value("ten", "km", "mile") is None


def test_a_figure_too_large_to_round_is_shown_as_written() -> None:
    texts = [
        "The probe flew 1,000,000,000,000,000,000,000,000,000,000 km (621 miles) past the planet.",
        "Scientists said it covered 1,000,000,000,000,000,000,000,000,000,000 km (621 miles) in all.",
        "It went 1,000,000,000,000,000,000,000,000,000,000 km (500 miles), the agency said on Friday.",
    ]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])  # no InvalidOperation
    (slot,) = converted_figures(result.claims)
    assert slot.context[0].startswith("1000000000000000000000000000000 km in miles")


def test_a_unit_written_in_full_is_the_unit_abbreviated() -> None:
    texts = [
        "The bag weighed 100 kilograms (220 lbs) when it was found.",
        "Officers said the haul of 100 kg (220 lbs) was seized at the port.",
        "Customs put the cocaine at 100 kg (180 lbs), a spokesman said on Monday.",
    ]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    (slot,) = converted_figures(result.claims)
    assert sorted(slot.values) == ["180", "220"]


def test_every_slot_holds_the_majority_and_the_lone_value() -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*TWO_AGREE, LONE])])
    (slot,) = converted_figures(result.claims)
    assert {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()} == {
        "47": ["s0", "s1"], "31": ["s2"],
    }
    assert slot.lone == "31"


def _misconverted(text: str) -> list[crosscheck.Discrepancy]:
    other = "Officials gave no other figures on Sunday, the agency said in a statement."
    result = crosscheck.audit([Source(id="a", text=text), Source(id="b", text=other)])
    return [d for d in result.discrepancies if d.rule == MISCONVERTED_RULE]


def test_a_conversion_far_from_the_arithmetic_is_reported_in_one_source() -> None:
    text = "The quake struck 75 kilometers (31 miles) west of the city."
    (d,) = _misconverted(text)
    good, bad = d.variants
    assert (good.text, good.sources) == ("about 47 miles (the arithmetic)", ())
    assert (bad.text, bad.sources) == ("31", ("a",))
    ((_, start, end),) = bad.spans
    assert text[start:end] == "31"
    assert d.explanation == (
        "'75 kilometers (31 miles)' (a): 75 km is about 47 miles, not 31 miles; the figure or its conversion is wrong."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck at a depth of 10 kilometers (6 miles) under the town.",  # rounded
        "The wave was 5 feet (2 metres) high when it reached the harbour.",  # rounded as written
        "Qeshm lies 1, 150 kilometers (700 miles) southeast of Tehran.",  # a figure a tokeniser split
        "Winds reached 120 mph (193 km/h) over the island.",  # a speed, converted right
        "The fire burned 100 square miles (259 square kilometres) of forest.",  # an area, converted right
        "The quake struck 58km (36 miles) away, at 120 mph (58 km) of wind.",  # a speed is no length
        "The road was 30 km long (10 km of it unpaved), officials said.",  # a part, in the same unit
        "The route runs 30 km (10 km) along the coast.",  # the same unit, however the bracket ends
        "The fire spread over 5,000 acres (about 20 hectares an hour) on Sunday.",  # not a conversion
        "He now weighs 11 stone 4 lbs (72 kg) after the diet.",  # a measure in two parts
        "The 6 foot 2 inch (1.88 metre) player signed on Monday.",
        "Waves swept 5 km to 10 km (3 miles to 6 miles) inland.",  # a range: the bracket converts both ends
    ],
)
def test_a_conversion_within_rounding_or_beyond_the_arithmetic_is_not_reported(text: str) -> None:
    assert _misconverted(text) == []


@pytest.mark.parametrize(
    ("text", "arithmetic"),
    [
        ("The storm covered 500 square miles (900 square km) of land.", "about 1295 square km (the arithmetic)"),
        ("Winds reached 120 mph (250 km/h) on the coast.", "about 193 kph (the arithmetic)"),
        ("The ship sank 12 nautical miles (40 km) off the coast.", "about 22 km (the arithmetic)"),
        ("He threw it 40 yards (60 metres) downfield.", "about 37 metres (the arithmetic)"),
        ("The baby weighed 10 pounds (9 kg) at birth.", "about 4.5 kg (the arithmetic)"),
        ("The tower is 200 m (900 ft) tall.", "about 656 feet (the arithmetic)"),
    ],
)
def test_areas_speeds_yards_pounds_and_metres_are_converted(text: str, arithmetic: str) -> None:
    (d,) = _misconverted(text)
    assert d.variants[0].text == arithmetic


def test_a_conversion_set_against_the_others_is_not_reported_twice() -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*TWO_AGREE, LONE])])
    assert [d.rule for d in result.discrepancies if d.kind.value == "number"] == [CONVERSION_RULE]
