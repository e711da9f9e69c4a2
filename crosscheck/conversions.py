"""Conversions: one figure, converted by two sources to different values.

Reporters restate a measure in another unit in brackets: "75 kilometers (47 miles)". The
conversion is left out of slots and lone values (:func:`crosscheck.outliers.without_conversions`:
it restates the figure before it, it is no detail of its own), so a source that converts
the same figure to another value ("75 kilometres (31 miles)") was never compared. Here
every conversion is keyed by what it converts (the figure's value and unit) and the unit
it converts to; where two sources or more agree on the conversion (within rounding: "6
miles", "6.2 miles" and "six miles" are one value) and one source alone gives another,
that source's conversion stands against theirs (:data:`CONVERSION_RULE`), and the
explanation says what the arithmetic gives.

A conversion is also checked against its own arithmetic, in one source, whatever the
others write (:func:`misconverted_figures`, :data:`MISCONVERTED_RULE`): "75 kilometers (31
miles)" is about 47 miles, so the figure or its conversion is wrong.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from crosscheck.checks import one_source_discrepancy
from crosscheck.figures import MEASURE_UNITS, is_conversion, is_split_piece
from crosscheck.models import Claim, Discrepancy, DiscrepancyKind, Fact, FactKind
from crosscheck.slots import Mention, Slot, fact_context, fact_neighbours

__all__ = ["CONVERSION_RULE", "MISCONVERTED_RULE", "converted_figures", "converted_value", "misconverted_figures"]

CONVERSION_RULE = "one source converts the figure to another value than the others do"
MISCONVERTED_RULE = "the figure in brackets is not the figure before it converted"

_IN_METRES = {
    "km": Decimal(1000), "mile": Decimal("1609.344"), "metre": Decimal(1), "feet": Decimal("0.3048"),
    "cm": Decimal("0.01"), "mm": Decimal("0.001"), "inch": Decimal("0.0254"), "yard": Decimal("0.9144"),
    "nautical mile": Decimal(1852),
}
_IN_KILOGRAMS = {"kg": Decimal(1), "kilogram": Decimal(1), "lbs": Decimal("0.45359237"), "tonne": Decimal(1000)}
_IN_KPH = {"kph": Decimal(1), "mph": Decimal("1.609344")}
_IN_SQUARE_METRES = {
    "acre": Decimal("4046.8564224"), "hectare": Decimal(10000), "sq km": Decimal(10**6),
    "sq mile": Decimal("2589988.110336"), "sq metre": Decimal(1), "sq feet": Decimal("0.09290304"),
    "sq yard": Decimal("0.83612736"),
}
_IN_LITRES = {"litre": Decimal(1), "gallon": Decimal("3.785411784")}
_SCALES = (_IN_METRES, _IN_KILOGRAMS, _IN_KPH, _IN_SQUARE_METRES, _IN_LITRES)
"""Each unit of :data:`crosscheck.figures.MEASURE_UNITS` that converts, in one unit of its
quantity. ("ton" is left out: short, long or metric, a source seldom says which.)"""
_UNIT_WORDS = {
    "mile": "miles", "metre": "metres", "inch": "inches", "kilogram": "kilograms", "tonne": "tonnes",
    "acre": "acres", "hectare": "hectares", "litre": "litres", "gallon": "gallons", "yard": "yards",
    "nautical mile": "nautical miles", "sq mile": "square miles", "sq km": "square km",
    "sq metre": "square metres", "sq feet": "square feet", "sq yard": "square yards",
}
"""How an explanation writes a unit (the others as they are: km, feet, kg, lbs, mph)."""
_CANONICAL = {"kilogram": "kg"}
"""Units written two ways that are one."""
_ROUNDING = Decimal("0.1")
"""How far apart two conversions of one figure may lie, as a share of the larger, and
still be one value rounded two ways ("6 miles", "6.2 miles")."""
_MISCONVERTED = Decimal("0.2")
"""How far a conversion may lie from the arithmetic, as a share of it, before it is reported
on its own (when it is not the arithmetic rounded as it is written either)."""
_CLOSES_AFTER_UNIT_RE = re.compile(r"\s?(?:(?:square|sq|nautical)\.?\s)?[^\W\d_]*(?:/h)?\.?\s?\)", re.IGNORECASE)
"""A conversion ends with its unit and the bracket: "(47 miles)", "(72kg)", "(1,295 square
km)", "(193 km/h)"; not "(about 20 acres an hour)"."""
_MEASURE_IN_PARTS_RE = re.compile(r"\d\s?[^\W\d_']+\.?\s*$|\d\s?['’]\s*$|(?:\bto|\band|[-–])\s*$", re.IGNORECASE)
"""What before a measure says it is the second part of one ("11 stone 4 lbs", "6 foot 2
inches", "6' 2 in") or the end of a range ("5 km to 10 km"): the bracket converts the whole."""
_BRACKET_REACH = 24
"""Characters after a conversion read for the bracket that closes it (to quote it whole)."""
_MIN_AGREEING = 2
"""Sources that must agree on a conversion for a lone one to stand against theirs."""


def converted_value(value: str, unit: str, to: str) -> Decimal | None:
    """``value`` in ``unit`` converted to ``to``; ``None`` when the two do not convert.

    >>> str(converted_value("10", "km", "mile").quantize(Decimal("0.01")))
    '6.21'
    """
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return None
    for scale in _SCALES:
        if unit in scale and to in scale:
            return amount * scale[unit] / scale[to]
    return None


def _agree(a: str, b: str) -> bool:
    """Whether two conversions are one value rounded two ways."""
    try:
        x, y = Decimal(a), Decimal(b)
    except InvalidOperation:
        return a == b
    return abs(x - y) <= _ROUNDING * max(abs(x), abs(y))


def _converted(claim: Claim, fact: Fact) -> Fact | None:
    """The measure a conversion restates: the last measure that ends before it."""
    before = [
        f for f in claim.facts
        if f.kind is FactKind.NUMBER and f.unit in MEASURE_UNITS and f.end <= fact.start and f is not fact
    ]
    return max(before, key=lambda f: f.end) if before else None


def converted_figures(claims: Sequence[Claim]) -> list[Slot]:
    """Return a slot for each conversion that one source alone gives where two sources or
    more convert the same figure (value and unit) to one other value; or, one source
    against one, where the arithmetic fits one of the two conversions only."""
    keyed: dict[tuple[str, str, str], list[tuple[Mention, Fact]]] = defaultdict(list)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.NUMBER or fact.unit not in MEASURE_UNITS or not is_conversion(claim, fact):
                continue
            measure = _converted(claim, fact)
            if measure is None or _CANONICAL.get(measure.unit, measure.unit) == _CANONICAL.get(fact.unit, fact.unit):
                continue
            mention = Mention(claim, fact, fact_context(claim, fact), fact_neighbours(claim, fact))
            keyed[(_CANONICAL.get(measure.unit, measure.unit), measure.value, _CANONICAL.get(fact.unit, fact.unit))].append(
                (mention, measure)
            )
    slots = []
    for (unit, value, to), found in sorted(keyed.items()):
        # values that agree within rounding are one, named by the value most sources give
        by_value: dict[str, list[tuple[Mention, Fact]]] = defaultdict(list)
        for mention, measure in found:
            by_value[mention.fact.value].append((mention, measure))
        ranked = sorted(by_value, key=lambda v: (-len({m.claim.source for m, _ in by_value[v]}), v))
        groups: dict[str, list[tuple[Mention, Fact]]] = {}
        for v in ranked:
            home = next((g for g in groups if _agree(g, v)), None)
            groups.setdefault(home or v, []).extend(by_value[v])
        if len(groups) < 2:
            continue
        sources = {g: {m.claim.source for m, _ in items} for g, items in groups.items()}
        majority = max(groups, key=lambda g: (len(sources[g]), g))
        expected = converted_value(value, unit, to)
        if len(sources[majority]) < _MIN_AGREEING:
            # one source against one: the arithmetic says which converts right ("75 km (50
            # miles)" against "75 kilometers (31 miles)"), where it says it of one only
            fitting = [g for g in groups if expected is not None and _close_enough(g, expected)]
            if len(groups) != 2 or len(fitting) != 1:
                continue
            (majority,) = fitting
        for lone, items in sorted(groups.items()):
            if lone == majority or len(sources[lone]) != 1 or sources[lone] & sources[majority]:
                continue
            if any(len(sources[g]) >= len(sources[majority]) for g in groups if g not in (majority, lone)):
                continue  # the others do not agree among themselves
            if expected is not None and _fits(lone, majority, expected):
                continue  # "2 km (1 mile)" against "(1.2 miles)": coarser, but no worse
            figure = f"{_shown_value(value)} {_UNIT_WORDS.get(unit, unit)}"
            arithmetic = (
                f"; {figure} is about {_shown(expected)} {_UNIT_WORDS.get(to, to)}" if expected is not None else ""
            )
            slots.append(
                Slot(
                    kind=DiscrepancyKind.NUMBER,
                    values=dict(sorted({
                        majority: tuple(m for m, _ in groups[majority]),
                        lone: tuple(m for m, _ in items),
                    }.items())),
                    context=(f"{figure} in {_UNIT_WORDS.get(to, to)}{arithmetic}",),
                    score=0.0,
                    rule=CONVERSION_RULE,
                    lone=lone,
                )
            )
    return slots


def _fits(lone: str, majority: str, expected: Decimal) -> bool:
    """Whether a lone conversion is as right as the others': no further from what the
    arithmetic gives, or that value rounded as the lone one is written."""
    try:
        x, y = Decimal(lone), Decimal(majority)
        if abs(x - expected) <= abs(y - expected):
            return True
        places = x.as_tuple().exponent
        return isinstance(places, int) and expected.quantize(Decimal(1).scaleb(places)) == x
    except InvalidOperation:
        return False


def _shown_value(value: str) -> str:
    """A figure's value as :func:`_shown` writes it, or as it is when it is no number."""
    try:
        return _shown(Decimal(value))
    except InvalidOperation:
        return value


def _shown(value: Decimal) -> str:
    """A converted value as a reader would round it: to a tenth below ten, else whole."""
    step = Decimal("0.1") if abs(value) < 10 else Decimal(1)
    try:
        return format(value.quantize(step).normalize(), "f")
    except InvalidOperation:  # more digits than the context holds
        return format(value.normalize(), "f")


def misconverted_figures(claims: Sequence[Claim], order: Mapping[str, int]) -> list[tuple[int, Discrepancy]]:
    """Return ``(position, draft)`` for each conversion in brackets that is far from what
    the figure before it converts to ("75 kilometers (31 miles)": about 47 miles), in one
    source, whatever the others write. Rounding is no error: the conversion may lie a fifth
    off the arithmetic (:data:`_MISCONVERTED`), or be the arithmetic rounded as it is
    written ("5 feet (2 metres)")."""
    drafts = []
    seen: set[tuple[str, str]] = set()
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.NUMBER or fact.unit not in MEASURE_UNITS or not is_conversion(claim, fact):
                continue
            measure = _converted(claim, fact)
            if measure is None or is_split_piece(claim, measure) or is_split_piece(claim, fact):
                continue  # "1, 150 kilometers (700 miles)": the figure is more than "150"
            if _CANONICAL.get(measure.unit, measure.unit) == _CANONICAL.get(fact.unit, fact.unit):
                continue  # "30 km long (10 km of it unpaved)": a part, not a conversion
            before = claim.text[max(0, measure.start - claim.start - _BRACKET_REACH) : measure.start - claim.start]
            after = claim.text[fact.end - claim.start : fact.end - claim.start + _BRACKET_REACH]
            if not _CLOSES_AFTER_UNIT_RE.match(after) or _MEASURE_IN_PARTS_RE.search(before):
                continue  # "(about 20 acres an hour)"; "11 stone 4 lbs (72 kg)", "5 km to 10 km (…)"
            expected = converted_value(measure.value, measure.unit, fact.unit)
            if expected is None or expected <= 0 or _shown(expected) == "0" or _close_enough(fact.value, expected):
                continue
            unit, to = _UNIT_WORDS.get(measure.unit, measure.unit), _UNIT_WORDS.get(fact.unit, fact.unit)
            close = claim.text.find(")", fact.end - claim.start, fact.end - claim.start + _BRACKET_REACH)
            written = claim.text[measure.start - claim.start : close + 1 if close >= 0 else fact.end - claim.start]
            if (claim.source, written) in seen:
                continue  # a sentence a source repeats is one error
            seen.add((claim.source, written))
            right = f"{_shown(expected)} {to}"
            as_written = fact.text if fact.text[-1:].isalpha() else f"{fact.text} {to}"  # "72kg" has its unit
            explanation = (
                f"'{written}' ({claim.source}): {_shown_value(measure.value)} {unit} is about {right}, "
                f"not {as_written}; the figure or its conversion is wrong."
            )
            draft = one_source_discrepancy(
                DiscrepancyKind.NUMBER, claim, fact, f"about {right} (the arithmetic)", explanation, MISCONVERTED_RULE
            )
            drafts.append((order[claim.id], draft))
    return drafts


def _close_enough(written: str, expected: Decimal) -> bool:
    """Whether a written conversion is the arithmetic, rounded: within a fifth of it, or
    equal to it rounded to the written figure's last digit."""
    try:
        value = Decimal(written)
        if abs(value - expected) <= _MISCONVERTED * expected:
            return True
        places = value.as_tuple().exponent
        return isinstance(places, int) and expected.quantize(Decimal(1).scaleb(places)) == value
    except InvalidOperation:
        return True  # no figure to check
