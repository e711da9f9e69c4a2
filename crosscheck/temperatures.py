"""Temperatures: figures with a sign and a scale ("-5C", "−5°C", "minus 20 degrees").

A temperature is a number fact whose unit is its scale (``°c``, ``°f``, or ``degree`` when
none is written) and whose value keeps its sign: "-5C" and "5C" are two temperatures,
where a plain figure reader would see 5 in both. The degree sign or word, or a scale
letter in a sentence about the weather, says that a figure is one.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from crosscheck._text import merged_spans, overlaps
from crosscheck.models import Fact, FactKind

__all__ = ["TEMPERATURE_UNITS", "below_zero", "speaks_of_weather", "temperature_facts"]

TEMPERATURE_UNITS = frozenset({"°c", "°f"})
"""The units of temperatures with a scale (a bare "20 degrees" has the unit ``degree``)."""

_TEMPERATURE_RE = re.compile(
    # a sign, not after a word, a figure or a degree ("20°-25°C" is a range, its ends 20° and 25°C)
    r"(?:(?P<sign>(?<![\w.,°º%)])(?:[-−–]|(?<!\bor )(?i:minus)[\s-]))|(?<![\w.,/-])|(?<=[°º]-))"
    r"(?P<num>\d{1,3}(?:\.\d)?)"
    r"(?:"
    r"\s?[°º](?:\s?(?P<after_sign>[CF](?![\w°])|(?i:celsius|fahrenheit|centigrade)\b))?"  # -5°C, 20º, 41 °F
    r"|(?:\s|-|\s-\s)(?i:degrees?)(?:\s(?P<after_word>[CF](?![\w°])|(?i:celsius|fahrenheit|centigrade)\b))?"
    r"|(?P<glued>[CF])(?![\w°'’])"  # 41F, -5C: only where the sentence speaks of the weather
    r")"
)
"""A temperature: "-5C", "−5°C", "41 °F", "minus 20 degrees", "30 degrees Celsius"."""
_WEATHER_RE = re.compile(
    r"\b(?i:temperatures?|degrees?|highs|lows|heat ?wave|freezing|frost|weather|forecast(?:s|ers?)?|celsius|"
    r"fahrenheit|thermometers?|mercury|wind ?chill|chilly)\b"
)
"""Words of a sentence about the weather (not "heat", "high", "cold": "intense heat", "high school")."""
_NUMBERED_PLACE_BEFORE_RE = re.compile(
    r"\b(?i:apartment|apt|unit|room|flat|suite|seat|gate|floor|section|grade|row|pier|terminal|bay|form|block)\.?\s$"
)
"""A word that numbers a place or a thing before "12F", "5C": no temperature."""
_BELOW_ZERO_RE = re.compile(r"\s+below(?:\s+(?P<zero>zero))?\b(?!\s+(?:the|a|an|par|average|normal|\d))", re.IGNORECASE)
"""After a temperature, "below" or "below zero" makes it negative; not "5 degrees below
average", "2 below par" (a difference from something, not from zero)."""
_TEMPERATURE_HINT_RE = re.compile(r"\d\s?[°ºCF]|(?i:degree)")
"""What every temperature holds: a degree sign or letter after a digit, or the word."""
_SCALES = {"c": "°c", "celsius": "°c", "centigrade": "°c", "f": "°f", "fahrenheit": "°f"}


def speaks_of_weather(text: str) -> bool:
    """Whether ``text`` speaks of the weather ("temperatures", "highs", "freezing", "forecast")."""
    return _WEATHER_RE.search(text) is not None


def below_zero(text: str, end: int, *, weather: bool) -> re.Match[str] | None:
    """The "below zero" after a figure that ends at ``end``, which makes it negative: "15
    below zero" always, "30 below" only where the text speaks of the ``weather``."""
    below = _BELOW_ZERO_RE.match(text, end)
    return below if below is not None and (below.group("zero") or weather) else None


def temperature_facts(text: str, offset: int, taken: list[tuple[int, int]]) -> list[Fact]:
    """Temperatures, with their sign and scale ("-5C" is -5 °c, "minus 20 degrees" -20
    degrees, "41F" 41 °f), spans shifted by ``offset``; none that overlaps a span of
    ``taken`` (relative to ``text``), and each one found goes into ``taken`` so that it is
    not read again as a plain number. A bare letter after a number ("41F", "5C") is a
    temperature only in a sentence about the weather, and not after a word that numbers a
    place ("Apartment 5C")."""
    if _TEMPERATURE_HINT_RE.search(text) is None:
        return []
    intervals = merged_spans(taken)
    weather = speaks_of_weather(text)
    found = []
    for match in _TEMPERATURE_RE.finditer(text):
        start, end = match.span()
        if overlaps(intervals, start, end):
            continue
        if match.group("glued") and (not weather or _NUMBERED_PLACE_BEFORE_RE.search(text, max(0, start - 12), start)):
            continue
        scale = match.group("after_sign") or match.group("after_word") or match.group("glued") or ""
        try:
            number = Decimal(match.group("num"))
        except InvalidOperation:
            continue
        below = below_zero(text, end, weather=True)  # after a degree, "30 below" is below zero
        if below is not None:
            end = below.end()  # "20 degrees below zero"
        if (match.group("sign") or below is not None) and number:
            number = -number
        found.append(
            Fact(
                kind=FactKind.NUMBER, text=text[start:end], start=start + offset, end=end + offset,
                value=format(number.normalize(), "f"), unit=_SCALES.get(scale.lower(), "degree"),
            )
        )
    taken.extend((fact.start - offset, fact.end - offset) for fact in found)
    return found
