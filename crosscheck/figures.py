"""Figures inside a claim: numbers with their units, number words, ages and counts.

"$1.7 billion" is 1700000000 usd, "43 students" 43 student, "twenty-five people" 25
people, "an eight-year offer" 8 year, "Scott Russell, 46," and "died Friday at 86" ages;
"1998" is a year (a date), "7th" an ordinal. :func:`number_facts` finds them all;
:mod:`crosscheck.facts` adds names, dates, quotations and acronyms.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Protocol

import attrs

from crosscheck._text import (
    MONTH_NAMES,
    NUMERAL_WORDS,
    STOPWORDS,
    merged_spans,
    normalize_word,
    number_word_value,
    ordinal_word_value,
    overlaps,
)
from crosscheck.models import Claim, Fact, FactKind
from crosscheck.temperatures import below_zero, speaks_of_weather, temperature_facts

__all__ = [
    "CURRENCY_UNITS",
    "FLOOR_REACH",
    "MEASURE_UNITS",
    "MONEY_OR_SHARE",
    "StatedFigure",
    "fact_at",
    "is_conversion",
    "is_split_piece",
    "outside_addresses",
    "far_above_floor",
    "is_rate",
    "kind_of_figure",
    "number_bound",
    "number_facts",
    "numbers_agree",
]

_CURRENCIES = {
    "$": "usd", "us$": "usd", "$us": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp",
    "gbp": "gbp", "¥": "jpy", "jpy": "jpy", "₩": "krw", "a$": "aud", "au$": "aud", "$a": "aud",
    "aud": "aud", "c$": "cad", "ca$": "cad", "cad": "cad", "nz$": "nzd", "nzd": "nzd",
    "hk$": "hkd", "hkd": "hkd", "s$": "sgd", "sgd": "sgd", "chf": "chf", "₹": "inr", "rs": "inr",
    "rs.": "inr", "inr": "inr",
}  # fmt: skip
"""Currency signs and codes written before an amount: "$US1 million" (as Australian papers
write it), "A$5", "HK$3bn", "USD 5 million"."""
_CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp",
    "pounds": "gbp", "yen": "jpy", "won": "krw", "yuan": "cny", "rupees": "inr",
}  # fmt: skip
CURRENCY_UNITS = frozenset(_CURRENCIES.values()) | frozenset(_CURRENCY_WORDS.values())
"""The units a money amount carries (``usd``, ``eur``, ...)."""
MONEY_OR_SHARE = CURRENCY_UNITS | {"%"}
"""The units of a sum of money or a share: figures whose currency (or per cent) must
match for two to compare."""
_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "mm": 10**6,  # "$21MM": the patterns take only capital "MM" as a scale ("21mm" is millimetres)
}  # fmt: skip

_THOUSANDS_SPACES = "\u00a0\u202f\u2009"
"""The spaces that group thousands as the SI and many European papers write them ("12 500",
with a no-break, narrow no-break or thin space); a plain space groups nothing ("in 2019 200
people")."""
_SPACED_THOUSANDS = r"\d{1,3}(?:[" + _THOUSANDS_SPACES + r"]\d{3})+"
_SHORT_MONTHS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
_MONTH_WORDS = [*MONTH_NAMES, *_SHORT_MONTHS, *(f"{month}." for month in _SHORT_MONTHS)]
_NOT_AFTER_A_MONTH = "".join(f"(?<!{re.escape(month)} )" for month in _MONTH_WORDS)
_TOKENISED_FIGURE = (
    r"(?<![\d.,])(?<!-)(?<!- )(?=\d{1,3}, \d{3}(?!\d))" + _NOT_AFTER_A_MONTH + r"\d{1,3}(?:, \d{3})+(?!\d)"
    r"|(?<![\d.,])\d{1,3}\. \d+(?![\d:])"
)
"""A figure as tokenised corpora write it, with a space after its grouping comma or its
decimal point ("12, 000 people", "$27. 5 million"), read so only in a source that writes
its figures so (:func:`crosscheck._text.writes_tokenised_figures`); a day and a figure
after a month are two ("June 5, 200 people"), and so are a height and a weight ("6 - foot
- 8, 225 - pound")."""


def _number_re(tokenised: str = "") -> re.Pattern[str]:
    """The figure pattern, with ``tokenised`` (a pattern and its ``|``) among the ways to write one."""
    return re.compile(
        r"(?:(?P<cur>\$(?:US|A)(?=\d)|[$€£¥₩₹])\s?)?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + _SPACED_THOUSANDS + r"(?![\d,])(?:\.\d+)?|" + tokenised
        + r"\d+(?:\.\d+)?|(?<![\w.])\.\d+)"
        r"(?P<suffix>st|nd|rd|th)?"
        r"(?:(?P<glued>km/hr?|kmh|km|kg|cm|mm|mph|kph|ft|lbs?|mi)\b)?"
        # the words in any case, as headlines write them ("$2.6 Million Heist"); the letters as written
        r"(?:\s?(?P<scale>(?i:thousand|million|billion|trillion|lakhs?|crores?)|bn|mn|tn|MM|[kmb])\b"
        r"|(?:-|\s-\s)(?P<hscale>(?i:thousand|million|billion|trillion))\b)?"
        r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?"
    )


_NUMBER_RE = _number_re()
_TOKENISED_NUMBER_RE = _number_re(_TOKENISED_FIGURE + "|")
"""Figures as :data:`_NUMBER_RE` reads them, and as a tokenised source writes them."""
_WORD_RE = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
_DISTANCE_AFTER_RE = re.compile(
    r"\s(?:from|away|above|below|down|up|off|into|under|over|across|along|beneath|ahead|apart|north|south|east|west|"
    r"(?:downstream|upstream|downhill|uphill)(?=\s*[.,;:)]|\s*$)|in\s(?:length|height|depth|diameter)|by\s[\d.,]+\s?m\b)\b"
    r"|\s(?:high|deep|tall|long|wide)\b",
    re.IGNORECASE,
)
"""Words after "60m" that say it is a distance, not sixty million: "60m from a ridge",
"12m wide", "2.67m in length", "50m by 50m", "bolted 100m downstream." (ending the
clause: "1.5m downstream residents" are millions). Not a verb of falling
before it, nor "in", nor "while" after it: "Profits fell 5m euros", "cut in 1.2m homes",
"dropped 2m to 6.1m" and "drew 8m when it aired" are millions."""
_DISTANCE_BEFORE_RE = re.compile(r"\bas\s(?:long|deep|tall|wide)\sas\s$|\dm\sby\s$", re.IGNORECASE)
"""Words before "4m" that say it is a distance: "as long as 4m", "50m by 50m". Not "as
high as" or "within": "as high as 3m" and "within 1m of the record" are millions."""
_MEASURE_BEFORE_RE = re.compile(r"\bmagnitude(?:-|\s(?:of\s)?)$", re.IGNORECASE)
_CODE_BEFORE_SIGN_RE = re.compile(r"(?<![^\W\d_])(?:US|AU|CA|NZ|HK|[ACS])$")
_CODE_BEFORE_AMOUNT_RE = re.compile(r"(?<![^\W\d_])(?:USD|EUR|GBP|JPY|AUD|CAD|NZD|HKD|SGD|CHF|INR|Rs\.?) ?$")


_ABOUT = r"(?:about\s|around\s|approximately\s|roughly\s|some\s|nearly\s|almost\s)?"
"""Words of rounding before a conversion in brackets ("(about 36 miles)")."""
_LENGTH_WORDS = r"(?:ft|feet|foot|yards?|miles?|inch(?:es)?)\b"
_LENGTH_IN_BRACKETS_RE = re.compile(r"\s?\(\s?" + _ABOUT + r"[\d.,]+\s?" + _LENGTH_WORDS, re.IGNORECASE)
_LENGTH_BEFORE_BRACKET_RE = re.compile(r"\d\s?" + _LENGTH_WORDS + r"\.?\s?\(\s?" + _ABOUT + "$", re.IGNORECASE)


def _metres_by_conversion(text: str, start: int, end: int) -> bool:
    """Whether "m" after a number (``text[start:end]``) is metres because a conversion
    says so: "200 m (656 ft)", "5 foot (1.5 m)"."""
    return bool(
        _LENGTH_IN_BRACKETS_RE.match(text, end) or _LENGTH_BEFORE_BRACKET_RE.search(text, max(0, start - 40), start)
    )


def _currency_code_before(text: str, start: int, sign: str | None) -> str | None:
    """The letters of a currency written before an amount that starts at ``start``: "US"
    of "US$5", "A" of "A$5", "USD " of "USD 5 million"; ``None`` when there are none."""
    if start == 0:
        return None
    if sign == "$":
        if not text[start - 1].isalpha():
            return None
        pattern = _CODE_BEFORE_SIGN_RE
    elif not sign:
        before = text[start - 2] if text[start - 1] == " " and start > 1 else text[start - 1]
        if not (before.isupper() or before in "s."):
            return None  # what most amounts have before them: no code
        pattern = _CODE_BEFORE_AMOUNT_RE
    else:
        return None
    match = pattern.search(text, max(0, start - 5), start)
    return match.group() if match else None
_DIGIT_RE = re.compile(r"\d")
_AGO_AFTER_RE = re.compile(r"\s(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b", re.IGNORECASE)
_COUNT_WORD_AFTER_RE = re.compile(r" (?:(?P<first>[a-z]+) )?(?P<word>[a-z]{3,})\b(?![-/.]\w)")
_ID_BEFORE_RE = re.compile(
    r"(?:\b(?:no|nos|number|num|ref|id|code|zip|postcode|flight|case|room|account|order|ticket|model|"
    r"item|route|bus|train|serial|patent|docket|file|page|pp?|call|phone|tel|fax|dial|text|line)\.?|#|/|-)\s*$",
    re.IGNORECASE,
)


def _counted_without_separators(text: str, start: int, end: int, digits: str) -> bool:
    """Whether five or six digits written without separators count something ("Labour
    12345 votes", "45123 fans"): a word in lower case follows, as a count's unit does,
    and nothing before marks a number that names ("flight 10234", "case no. 12345",
    "#54321", "call 555123"). Longer runs and the rest stay ids ("index 3719638 story")."""
    if not 5 <= len(digits) <= 6:
        return False
    after = _COUNT_WORD_AFTER_RE.match(text, end, min(len(text), end + 40))
    if after is None or (after.group("first") or after.group("word")) in _NOT_COUNTED_AFTER:
        return False
    return _ID_BEFORE_RE.search(text, max(0, start - 12), start) is None


_NOT_COUNTED_AFTER = frozenset("and or to the of in at on for with by from is was are were has had".split())


def fact_at(kind: FactKind, text: str, start: int, end: int, offset: int, value: str, unit: str = "") -> Fact:
    """The fact of kind ``kind`` at ``text[start:end]``, its span shifted by ``offset``."""
    return Fact(kind=kind, text=text[start:end], start=start + offset, end=end + offset, value=value, unit=unit)


def _unit_after(text: str, end: int) -> str:
    match = _WORD_RE.match(text, end + (1 if text[end : end + 1] == " " else 0))
    if not match or match.start() != end + (1 if text[end : end + 1] == " " else 0):
        return ""
    if match.group() == "seconds" or (match.group() == "second" and _second_is_time(text, match.start())):
        return "second"  # "a 7 second runoff": a time, not the ordinal "second"
    word = normalize_word(match.group())
    if word == "home" and _RUNS_AFTER_RE.match(text, match.end()):
        return "homer"  # "13 home runs" counts what "13 homers" does
    if word in STOPWORDS:
        state = _STATE_AFTER_RE.match(text, end)
        return _unit_word(normalize_word(state.group(1))) if state else ""
    if word in _AREA_WORDS or word == "nautical":
        # "500 square miles", "3,000 sq km", "12 nautical miles": the unit is two words
        measure = _COMPOUND_UNIT_RE.match(text, match.end())
        unit = _unit_word(measure.group(1)) if measure else ""
        if word == "nautical":
            return "nautical mile" if unit == "mile" else _unit_word(word)
        return f"sq {unit}" if unit in _SQUARED else _unit_word(word)
    if word in _CURRENCY_WORDS:
        if word.startswith("pound") and _weight_in_pounds(text, end, match.end()):
            return "lbs"  # "10 pounds (4.5 kg)", "weighed 10 pounds"
        return _CURRENCY_WORDS[word]
    unit = _unit_word(word)
    if unit in _SPEED_PER_HOUR and _PER_HOUR_RE.match(text, match.end()):
        return _SPEED_PER_HOUR[unit]  # "193 km/h", "120 miles per hour"
    return unit


_STATE_AFTER_RE = re.compile(
    r"\s(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|later|critically|seriously|badly|"
    r"fatally|slightly)\s+)?(killed|wounded|injured|hurt|arrested|detained|missing|dead|rescued|evacuated|"
    r"hospitali[sz]ed|charged|convicted|freed|released)\b",
    re.IGNORECASE,
)
"""What became of those a bare count counts, after "were" or "have been" ("25 were
wounded", "three have been arrested"): the count's unit, as in "25 wounded"."""
_AREA_WORDS = frozenset({"square", "sq"})
_SQUARED = frozenset({"mile", "km", "metre", "feet", "yard"})
"""Units of length that "square" makes an area."""
_COMPOUND_UNIT_RE = re.compile(r"\.?\s?([A-Za-z]+)")
_SPEED_PER_HOUR = {"km": "kph", "mile": "mph"}
_PER_HOUR_RE = re.compile(r"\s?/\s?hr?\b|\s(?:per|an|a)\shour\b", re.IGNORECASE)
_KILOGRAMS = r"(?:kg|kilos?|kilograms?|kilogrammes?)\b"
_WEIGHT_IN_BRACKETS_RE = re.compile(r"\s?\(\s?" + _ABOUT + r"[\d.,]+\s?" + _KILOGRAMS + r"\s?\)", re.IGNORECASE)
_WEIGHT_BEFORE_RE = re.compile(
    r"(?:\bweigh(?:s|ed|ing)?(?:\sin\sat)?(?:\s(?:about|around|approximately|roughly|some|nearly|almost|just|only|over|under))?\s"
    r"|\d\s?" + _KILOGRAMS + r"\s?\(\s?" + _ABOUT + r")[\d.,]+$",
    re.IGNORECASE,
)
_WORTH_RE = re.compile(r"\s?(?:worth|in\s(?:cash|value))\b", re.IGNORECASE)


def _weight_in_pounds(text: str, start: int, end: int) -> bool:
    """Whether "pounds" after a number ending at ``start`` (the word ends at ``end``) is a
    weight, not money: its conversion to kilograms follows in brackets, it is itself the
    conversion of kilograms, or a verb of weighing comes right before it; never when
    "worth" follows ("2 kg (about 50,000 pounds worth)")."""
    if _WORTH_RE.match(text, end):
        return False
    return bool(
        _WEIGHT_IN_BRACKETS_RE.match(text, end) or _WEIGHT_BEFORE_RE.search(text, max(0, start - 60), start)
    )


_GROUP_SPACES = str.maketrans("", "", _THOUSANDS_SPACES)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(_plain_digits(text))
    except InvalidOperation:
        return None


_AGE_BEFORE_RE = re.compile(r"(?:\baged?|\bage of|\b(?:die[ds]?|dying) at)\s$", re.IGNORECASE)
# "died Friday at 86", "dies in prison at 73", "died peacefully at home at 91"
_DIED_AT_RE = re.compile(
    r"\b(?:die[ds]?|dying|passed away)(?:\s+(?:on|in|at|early|late|peacefully|suddenly|yesterday|"
    r"today|last|night|morning|afternoon|evening|home|hospital|prison|his|her|sleep|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day),?){0,4}\s+at\s$",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(r"[\s-]+years?[\s-]+old\b|[\s-]+year[\s-]+old\b", re.IGNORECASE)
_APPOSITION_BEFORE_RE = re.compile(
    r"(?:\b[A-Z][^\W\d_]+(?:[’'][^\W\d_]+)?"
    # or a word for a person: "his son, 12,", "the driver, 46,"
    r"|\b(?i:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|grandmother"
    r"|grandfather|nephew|niece|cousin|boy|girl|man|woman|child|baby|toddler|teenager|victim|driver"
    r"|passenger|pilot|suspect|gunman|partner|friend|boyfriend|girlfriend|actor|actress|singer|rapper"
    r"|player|officer|deputy|soldier|student|resident|patient|athlete))"
    r",\s$"
)
_AGE_DIGITS_RE = re.compile(r"(?<![\w.,$/-])(\d{1,3})(?=[\s-]+years?[\s-]+old\b)", re.IGNORECASE)


def _is_age(text: str, start: int, end: int, number: Decimal) -> bool:
    """Whether the number at ``text[start:end]`` is someone's age.

    "aged 85", "at the age of 85", "85-year-old", "85 years old", "died Friday at 85",
    a number set off by commas right after a name ("Scott Russell, 46, was injured"), and
    one that ends a sentence "He was 88." or "…, who was 88.".
    """
    if not 0 < number <= 120 or number != number.to_integral_value():
        return False
    before = text[max(0, start - 20) : start]
    if _AGE_BEFORE_RE.search(before) or _AGE_AFTER_RE.match(text, end):
        return True
    if _DIED_AT_RE.search(text[max(0, start - 50) : start]):
        return True
    if _WAS_BEFORE_RE.search(before) and _AGE_END_RE.match(text, end):
        return True  # "She was 88." closing an obituary's sentence
    if text[end : end + 1] not in (",", ";", ")"):
        return False
    if _APPOSITION_BEFORE_RE.search(before):
        return True
    # a name written as a Markdown link: "[Daniel Wright](https://…), 31,"
    link = _LINKED_NAME_BEFORE_RE.search(text, max(0, start - 400), start)
    return link is not None and _APPOSITION_BEFORE_RE.search(link.group(1) + ", ") is not None


_LINKED_NAME_BEFORE_RE = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{0,300}\),\s$")


_WAS_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|,\s+)(?:he|she|who)\s+(?:was|is)\s$", re.IGNORECASE)
_AGE_END_RE = re.compile(r"\s*(?:[.;,!]|$)")


def _ages(text: str, offset: int, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    """Ages written "46-year-old", which the number rule leaves out (a hyphen follows)."""
    for match in _AGE_DIGITS_RE.finditer(text):
        start, end = match.span(1)
        if text[end : end + 1] == "-" and not any(s <= start < e for s, e in taken):
            yield fact_at(FactKind.NUMBER, text, start, end, offset, str(int(match.group(1))), "age")


def _numbers(
    text: str, offset: int, taken: list[tuple[int, int]], *, tokenised: bool = False
) -> Iterator[Fact]:
    if not _DIGIT_RE.search(text):
        return  # every number has a digit
    measured = "agnitude" in text
    covered = merged_spans(taken)
    weather = functools.cache(lambda: speaks_of_weather(text))  # read once, where a sign needs it
    for match in (_TOKENISED_NUMBER_RE if tokenised else _NUMBER_RE).finditer(text):
        start, end = match.span()
        code = _currency_code_before(text, start, match.group("cur"))
        if code is not None:
            start -= len(code)
        magnitude = measured and _MEASURE_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/") and not magnitude:
            continue
        joined = _joined_currency(text, end) if match.group("scale") or match.group("hscale") else None
        if joined is not None:
            end = joined[1]  # "a 10 million-dollar deal", "a $2.6-million-dollar booty"
        counted = _counted_after_hyphen(text, end)
        if (
            counted == "age" or any(match.group(g) for g in ("cur", "suffix", "scale", "hscale", "glued", "pct"))
            or _year_like(match)
        ):
            # "46-year-old" is an age (_ages, or _is_age when spaced); "$5 - analysts
            # said", "5th - organisers said", "a 2015-style law": no count joined
            counted = None
        if end < len(text) and (text[end].isalpha() or text[end] in "-/") and counted is None and joined is None:
            continue
        if overlaps(covered, start, start + 1):
            continue
        if text[max(0, start - 2) : start].rstrip().endswith("/") or text[end : end + 2].lstrip().startswith("/"):
            continue  # a piece of a URL or a path ("com / 2013 / 08 / 02"), not a stated number
        number = _decimal(match.group("num"))
        if number is None:
            continue
        if _AGO_AFTER_RE.match(text, end):
            continue  # "Updated 3 minutes ago": the time from the page's writing, which differs by nature
        digits = match.group("num")
        if (digits.startswith("0") and len(digits) > 1 and "." not in digits) or (
            len(digits) >= 5 and digits.isdigit() and not match.group("cur")
            and not _counted_without_separators(text, start, end, digits)
        ):
            continue  # "08", "000", "3719638": pieces of ids and dates, not quantities
        if counted is not None:
            yield fact_at(FactKind.NUMBER, text, start, end, offset, format(number.normalize(), "f"), counted)
            continue
        if match.group("suffix"):
            if len(digits) > 18:
                continue  # a run of digits with "th" after it is no ordinal anyone writes
            unit = _unit_after(text, end)
            yield fact_at(FactKind.ORDINAL, text, start, end, offset, str(int(number)), unit)
            continue
        sign = (code.strip() if code is not None else "") + (match.group("cur") or "")
        currency = _CURRENCIES.get(sign.lower(), "") or (joined[0] if joined else "")
        scale = match.group("scale") or match.group("hscale")
        if scale == "MM" and not currency:
            continue  # "$21MM", as business and sports pages write millions; "21 MM" says nothing
        if scale == "m" and not currency and (
            _DISTANCE_AFTER_RE.match(text, end)
            or _DISTANCE_BEFORE_RE.search(text, max(0, start - 30), start)
            or _metres_by_conversion(text, start, match.end())
        ):
            scale, glued = None, "m"  # "fell about 60m from a ridge": metres; "5m people", "£60m": millions
        else:
            glued = match.group("glued")
        if scale:
            number *= _SCALES[scale.lower()]
        plain = not currency and not scale and not glued and not match.group("pct")
        if plain and len(match.group("num")) == 4 and 1800 <= number <= 2100:
            yield fact_at(FactKind.DATE, text, start, end, offset, str(int(number)), "year")
            continue
        unit = "%" if match.group("pct") else (currency or (_unit_word(glued) if glued else _unit_after(text, end)))
        if plain and magnitude:
            unit = "magnitude"  # "a magnitude 7.8 quake", as "a 7.8-magnitude quake"
        if plain and _is_age(text, start, end, number):
            unit = "age"
        minus = _MINUS_BEFORE_RE.search(text, max(0, start - 14), start) if plain and number else None
        if minus is not None and weather():
            # "temperatures were minus 24"; not "Arsenal, minus 3 starters", "T-minus 10"
            number, start = -number, minus.start()
        below = below_zero(text, end, weather=weather()) if plain and number and minus is None else None
        if below is not None:
            number, end = -number, below.end()  # "20 below zero"; "feel like 30 below" in the weather
        value = format(number.normalize(), "f")
        yield fact_at(FactKind.NUMBER, text, start, end, offset, value, unit)


_MINUS_BEFORE_RE = re.compile(r"(?<!\bor )(?<![\w-])(?i:minus)\s$")
""""minus" before a number, not in "plus or minus 3 points" (a margin either way) or "T-minus"."""
_SCALE_WORDS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_AFTER_RE = re.compile(r"(?: - |[ -])(dozen|hundred|thousand|million|billion)\b", re.IGNORECASE)
_AND_AFTER_SCALE_RE = re.compile(r"\s+and\s+([A-Za-z]+(?:-[A-Za-z]+)?)\b")
"""What British usage adds after a hundred or a thousand: "one hundred and twenty"."""


def _year_like(match: re.Match[str]) -> bool:
    digits = match.group("num")
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


# A count joined by a hyphen to what it counts: "a 24-hour strike", "an eight-year
# offer". Tokenised pages write the hyphen between spaces ("a ten - year offer"), but
# there a dash is as likely ("toll rose to 15 - officials said"), so only a measure
# word after a spaced hyphen counts.
_HYPHEN_COUNT_RE = re.compile(r"(?P<sep> - |-)(?P<word>[a-z]{2,})(?P<old>(?: - |-| )olds?\b)?(?![\w-]| - )")
_HYPHEN_AREA_RE = re.compile(r"(?: - |-)(?:square|sq)(?: - |-)(?P<word>[a-z]+)(?![\w-]| - )")
_NOT_COUNTED = frozenset("nil max plus style quarter quarters half halves".split())
_MEASURE_WORDS = frozenset(
    "second minute hour day night week month year decade century mile kilometer km meter "
    "foot feet inch yard pound kilogram ton tonne acre story floor member man point game "
    "round lap seat page percent".split()
)
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_ONES = frozenset("one two three four five six seven eight nine".split())


def _counted_after_hyphen(text: str, end: int) -> str | None:
    """Return what a number ending at ``end`` counts when a hyphen joins it to a word.

    "24-hour" gives "hour", "eight-year" "year", "10-year-old" "age", "ten - year"
    "year"; "52-3", "3-D", "two-thirds", "7-Eleven", "3-nil", "5-to-1" and "15 -
    officials" give ``None``.
    """
    if text[end : end + 1] not in ("-", " "):
        return None
    area = _HYPHEN_AREA_RE.match(text, end)
    if area is not None and (unit := _unit_word(area.group("word"))) in _SQUARED:
        return f"sq {unit}"  # "a 170,000-square-foot building", tokenised "15, 800 - square - metre"
    match = _HYPHEN_COUNT_RE.match(text, end)
    if match is None:
        return None
    word = match.group("word")
    if match.group("old"):
        return "age" if word in ("year", "years") else None
    if word in ("second", "seconds") and _second_is_time(text, match.start("word")):
        return "second"  # "a 10-second runoff", "a 30 - second clip"
    if word in STOPWORDS or word in _NOT_COUNTED or word in NUMERAL_WORDS or word.rstrip("s") in NUMERAL_WORDS:
        return None
    unit = _unit_word(word)
    if match.group("sep") == " - " and unit not in _MEASURE_WORDS:
        return None
    return "%" if unit == "percent" else unit


_SAME_UNITS = {
    "person": "people", "kid": "children", "child": "children", "grandkid": "grandchildren",
    "grandchild": "grandchildren", "cop": "officer", "home-run": "homer",
    "mi": "mile", "ft": "feet", "foot": "feet", "lb": "lbs", "m": "metre", "meter": "metre", "kilometer": "km", "kilometre": "km", "liter": "litre", "km/h": "kph", "km/hr": "kph", "kmh": "kph",
}  # fmt: skip
"""Units written two ways: "7 persons" counts what "10 people" does, "5 mi" what "5 miles"."""
_JOINED_CURRENCY_RE = re.compile(r"(?:-|\s-\s)(dollars?|euros?|pounds?|yen|yuan)\b", re.IGNORECASE)


def _joined_currency(text: str, end: int) -> tuple[str, int] | None:
    """The currency a hyphen joins to an amount ending at ``end`` ("10 million-dollar",
    "two-million-euro") and where it ends; ``None`` when there is none."""
    match = _JOINED_CURRENCY_RE.match(text, end)
    return (_CURRENCY_WORDS[match.group(1).lower()], match.end()) if match else None


_ES_PLURAL_RE = re.compile(r"(?:(?<!a)ches|[eo]aches|shes|xes|sses|zzes)$")
_E_SINGULARS = frozenset(
    "avalanche niche quiche porsche creche cliche psyche microfiche impasse posse crevasse finesse "
    "largesse lacrosse".split()
)
"""Nouns whose plural looks like "-ches" or "-sses" but keeps its e: "avalanches", "impasses"."""


def _unit_word(word: str) -> str:
    """The unit a word names: singular ("bodies" -> "body", "KOs" -> "ko")."""
    word = normalize_word(word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif _ES_PLURAL_RE.search(word) and word[:-1] not in _E_SINGULARS:
        word = word[:-2]  # "inches", "punches", "beaches", "boxes", "glasses"; "headaches" keeps its e
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SAME_UNITS.get(word, word)


def _compound_value(word: str) -> int | None:
    """The value of a number written with a hyphen: "twenty-five" -> 25."""
    tens, _, ones = word.casefold().partition("-")
    if tens in _TENS and ones in _ONES:
        return (number_word_value(tens) or 0) + (number_word_value(ones) or 0)
    return None


_HYPHENATED_RE = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]+)(?=-)")
"""A word joined to the next by a hyphen, which _number_words reads as one word (a
spaced hyphen, "ten - year", leaves "ten" a word of its own, which it reads)."""


def _hyphenated_counts(text: str, offset: int) -> Iterator[Fact]:
    """Number words joined by a hyphen to what they count: "eight-year" (8 years),
    "five-year-old" (an age of 5). "one-time", "zero-tolerance" and "hundred-year" say
    no count (a scale word belongs to the number before it: "three hundred-year-old")."""
    if "-" not in text:
        return
    for match in _HYPHENATED_RE.finditer(text):
        head = match.group("head").casefold()
        count = number_word_value(head)
        if count is None or head in ("one", "zero") or head in _SCALE_WORDS:
            continue
        counted = _counted_after_hyphen(text, match.end())
        if counted is not None:
            yield fact_at(FactKind.NUMBER, text, match.start(), match.end(), offset, str(count), counted)


def _number_words(text: str, offset: int) -> Iterator[Fact]:
    # a word of letters only (no digit even once case-folded) is an ordinal or a number
    # word only if its case-folded form is one: one set look-up a word tells
    # ("twenty-five" is one word of two such)
    words = _WORD_RE.findall(text)
    if NUMERAL_WORDS.isdisjoint(map(str.casefold, words)) and not any(
        "-" in word and (_compound_value(word) is not None or word.split("-", 1)[0].casefold() in NUMERAL_WORDS)
        for word in words
    ):
        return
    skip_to = -1
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if match.start() < skip_to:
            continue
        compound = None if word.casefold() in NUMERAL_WORDS else _compound_value(word)
        if compound is None and word.casefold() not in NUMERAL_WORDS:
            if "-" in word:
                yield from _number_word_scaled(text, match, offset)
            continue
        scaled = _SCALE_AFTER_RE.match(text, match.end())
        value = number_word_value(word) if compound is None else compound
        if scaled is not None and value is not None and word.casefold() not in _SCALE_WORDS:
            # "two hundred", "three thousand": one number, not a two that counts hundreds
            end = scaled.end()
            joined = _joined_currency(text, end)
            if joined is not None:
                unit, end = joined  # "two - million - euro", as tokenised pages write it
            else:
                unit = _unit_after(text, end)
            scale = _SCALE_WORDS[scaled.group(1).casefold()]
            total = value * scale
            added = _AND_AFTER_SCALE_RE.match(text, end) if scale in (100, 1000) and joined is None else None
            rest = _small_number(added.group(1)) if added is not None else None
            if added is not None and rest is not None and not _SCALE_AFTER_RE.match(text, added.end()):
                total += rest  # "one hundred and twenty people"
                end = added.end()
                unit = _unit_after(text, end)
            yield fact_at(FactKind.NUMBER, text, match.start(), end, offset, str(total), unit)
            skip_to = end
            continue
        ordinal = ordinal_word_value(word) if compound is None else None
        if ordinal is not None and word == "second" and _second_is_time(text, match.start()):
            continue  # "a 10-second runoff", "a 7 second clock": a time the count before it gives
        if ordinal is not None:
            unit = _unit_after(text, match.end())
            yield fact_at(FactKind.ORDINAL, text, match.start(), match.end(), offset, str(ordinal), unit)
            continue
        if value is not None and word.lower() != "one":
            unit = _unit_after(text, match.end()) or _counted_after_hyphen(text, match.end()) or ""
            yield fact_at(FactKind.NUMBER, text, match.start(), match.end(), offset, str(value), unit)


_RUNS_AFTER_RE = re.compile(
    r"[\s-]runs?\b(?![\s-](?:derb|titles?\b|records?\b|crowns?\b|races?\b|lead|champion))", re.IGNORECASE
)
""""run(s)" after "home", not the first word of another noun ("9 home run derbies")."""
_HYPHENED_COUNT_BEFORE_RE = re.compile(r"(?<![\w-])(\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)\s?-\s?$")
_SPACED_COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?i:a|an)\s(\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)\s$")


def _second_is_time(text: str, start: int) -> bool:
    """Whether the word "second" at ``start`` is a unit of time that a count before it
    gives: joined to it by a hyphen ("a 10-second runoff", "a thirteen-second delay"), or
    after "a" and a count ("a 7 second clock"; not "the ten second graders"). Not a second
    of a series ("two second round picks", "No. 3 second baseman", "the 2019 second
    round", "Covid-19 second wave", "22 Second Street")."""
    before = text[max(0, start - 30) : start]
    match = _HYPHENED_COUNT_BEFORE_RE.search(before) or _SPACED_COUNT_BEFORE_RE.search(before)
    return match is not None and (match.group(1).isdigit() or _small_number(match.group(1)) is not None)


def _small_number(word: str) -> int | None:
    """The value of a number word below a hundred ("twenty", "twenty-five"), or None."""
    value = _compound_value(word) if "-" in word else number_word_value(word)
    return value if value is not None and 0 < value < 100 and word.casefold() not in _SCALE_WORDS else None


def _number_word_scaled(text: str, match: re.Match[str], offset: int) -> Iterator[Fact]:
    """A number word joined by hyphens to a scale word, and maybe to a currency:
    "two-million-euro" (2000000 eur), "three-thousand-strong" (3000)."""
    head, scale, *rest = match.group().split("-")
    value = number_word_value(head)
    if value is None or head.casefold() in _SCALE_WORDS or scale.casefold() not in _SCALE_WORDS:
        return
    end = match.start() + len(head) + 1 + len(scale)
    unit = _CURRENCY_WORDS.get(rest[0].casefold(), "") if rest else _unit_after(text, end)
    if rest and not unit:
        return  # "a two-thousand-year-old city": the age of a thing, no count
    if rest:
        end += 1 + len(rest[0])
    yield fact_at(FactKind.NUMBER, text, match.start(), end, offset, str(value * _SCALE_WORDS[scale.casefold()]), unit)


MEASURE_UNITS = frozenset(
    "km mile metre feet cm mm inch kg kilogram lbs ton tonne mph kph acre hectare litre gallon °c °f".split()
    + ["yard", "nautical mile", "sq mile", "sq km", "sq metre", "sq feet", "sq yard"]
)
"""Units of length, weight, speed, area and volume: a figure in one never compares with a
figure in another (58 km and 36 miles are one distance)."""
_CONVERSION_OPEN_RE = re.compile(
    r"(?:\s+(?:dollars?|euros?|pounds?|yen|yuan|rupees|won))?\s*\(\s*"
    r"(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|or)\s*)?",
    re.IGNORECASE,
)
"""What stands between an amount and its conversion: "€2 million ($2.6 million)", "5
million euros (about $6.5 million)"."""
_CONVERSION_CLOSE_RE = re.compile(r"\s?(?:dollars?|euros?|pounds?|yen|yuan|rupees|won|[A-Z]{3})?\s?\)")
"""What may end a conversion: its currency, then the bracket ("($2.6m)", "(2.6 million dollars)");
"($4 million from donors)" is a figure of its own."""


def _conversions(text: str, facts: Sequence[Fact], offset: int) -> set[int]:
    """The starts of amounts that restate the amount before them in brackets, in another
    currency: "$US1 million ($1.52 million)", "£2m ($2.6m)". A conversion is no claim of
    its own: an outlet's exchange rate is not the event's figure, and "$" is not always the
    US dollar. (A length or a weight in brackets, "58km (36 miles)", keeps its unit, so it
    stays a figure, stated about: :func:`number_bound`.)"""
    ordered = sorted((f for f in facts if f.kind is FactKind.NUMBER), key=lambda f: f.start)
    converted = set()
    for before, fact in itertools.pairwise(ordered):
        gap = text[before.end - offset : fact.start - offset]
        if not (_CONVERSION_OPEN_RE.fullmatch(gap) and _CONVERSION_CLOSE_RE.match(text, fact.end - offset)):
            continue
        if before.unit in CURRENCY_UNITS and fact.unit in CURRENCY_UNITS:
            converted.add(fact.start)
    return converted


_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)[^\s]+"
    # as a tokeniser spaced it: the words run on while a space stands next to one of its
    # marks, after a full stop only before a word in lower case
    r"|(?:https?\s?:\s/\s/|www\s?\.\s|\A\s*(?:com|org|net|edu|gov|info|co\.\s?uk|(?-i:[a-z]{2}))\s/\s)"
    r"(?:\S|[ \t](?=[/\-_?=&#.%~+])|(?<=[/\-_?=&#%~+])[ \t]|(?<=\.)[ \t](?=(?-i:[a-z])))+",
    re.IGNORECASE,
)
"""A web address, as written ("https://…/3-killed-in-blast"; it ends at the first space,
so "www.cnn.com - 45 people" keeps its 45) or as a tokeniser spaced it ("http: / / www.
nysun. com / obituaries / vincent - chin - gigante - 77 - crime - boss / 24729"): its words
run on while a space stands next to one of its marks (after a full stop, only before a
word in lower case: "www. bbc. co. uk / news. Forty people" ends at "news."; never past the
end of its line). A figure in
one ("dies - at - 77", "three - killed - in - athens") is part of a name for a page, not a
figure the source states. A sentence may open with the rest of one the segmenter cut
("com / article / 635170067 / …", "eg / NewsContent / 2 / …": a domain's last part)."""


def outside_addresses(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """``facts`` but those that start inside a web address of ``text`` (:data:`_ADDRESS_RE`):
    the words of a page's address ("… / injures - dozens - in - Indonesias - Aceh - province")
    name the page, they are no figures or names the source states."""
    if "/" not in text and "www" not in text and "WWW" not in text:  # every address has one of these
        return facts
    addresses = [m.span() for m in _ADDRESS_RE.finditer(text)]
    if not addresses:
        return facts
    starts = [start for start, _ in addresses]

    def inside(position: int) -> bool:
        n = bisect.bisect_right(starts, position) - 1
        return n >= 0 and position < addresses[n][1]

    return [f for f in facts if not inside(f.start - offset)]


def number_facts(
    text: str, offset: int = 0, taken: Sequence[tuple[int, int]] = (), *, tokenised: bool = False
) -> list[Fact]:
    """Return the figures of ``text`` (spans shifted by ``offset``), leaving out digits
    inside the spans ``taken`` (the dates already found there, relative to ``text``).
    With ``tokenised`` (a source that writes its figures as tokenisers space them), "12, 000"
    and "5. 9" are one figure each.

    >>> [(f.value, f.unit) for f in number_facts("Twenty-five people and $1.7 billion over an eight-year deal.")]
    [('1700000000', 'usd'), ('25', 'people'), ('8', 'year')]
    """
    spans = list(taken)
    temperatures = temperature_facts(text, offset, spans)
    digits = [*temperatures, *_numbers(text, offset, spans, tokenised=tokenised)]
    words = list(_number_words(text, offset))
    if words and any(f.value.startswith("-") for f in digits):
        # "20 degrees below zero": the zero is the temperature's, no figure of its own
        negative = [(f.start, f.end) for f in digits if f.value.startswith("-")]
        words = [f for f in words if not any(s <= f.start < e for s, e in negative)]
    facts = [*digits, *_ages(text, offset, spans), *words, *_hyphenated_counts(text, offset)]
    facts = outside_addresses(text, facts, offset)
    if " of " in text:
        facts = _with_parts(text, facts, offset)
    if "half" in text or "1/2" in text or "1 / 2" in text or "½" in text:
        facts = _with_halves(text, facts, offset)
    if ("-" in text or "–" in text or " to " in text or " and " in text) and _DIGIT_RE.search(text):
        facts = _with_ranges(text, facts, offset)
    if "(" not in text:
        return facts
    converted = _conversions(text, facts, offset)
    return [f for f in facts if f.start not in converted]


_PART_OF_RE = re.compile(
    r"\s+(?:of\s+(?:the|its|their|his|her|our|these|those|all)|out\s+of(?:\s+(?:the|its|their|all))?)\s+$",
    re.IGNORECASE,
)
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom|which|those)\b", re.IGNORECASE)


def _with_parts(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """The facts with a part counted as what its whole counts: in "two of the five
    hostages" (or "300 out of 400 soldiers") the two are hostages too (two freed), not two
    of nothing, so that another report's "two hostages were freed" matches the two, not the
    five; and in "Twelve people were injured, three of them seriously" the three are people."""
    counted = {f.start: f for f in facts if f.kind is FactKind.NUMBER and f.unit}
    parts = []
    for fact in facts:
        if fact.kind is FactKind.NUMBER and not fact.unit:
            whole = next(
                (w for start, w in counted.items() if 0 < start - fact.end <= 12
                 and _PART_OF_RE.fullmatch(text[fact.end - offset : start - offset])),
                None,
            )
            if whole is None and _OF_THEM_RE.match(text, fact.end - offset):
                # "Twelve people were injured, three of them seriously": the whole before it
                whole = max(
                    (w for start, w in counted.items() if 0 < fact.start - w.end <= 80 and w.end <= fact.start),
                    key=lambda w: w.end, default=None,
                )
            if whole is not None and whole.unit not in ("age", "%"):
                fact = attrs.evolve(fact, unit=whole.unit)
        parts.append(fact)
    return parts


_HALF_AFTER_RE = re.compile(r"(?:\s(?:and\s)?a\shalf|\s1/2|\s1 / 2|\s?½)(?![\w/])", re.IGNORECASE)
"""A half after a whole number: "two and a half years", "2 1/2 years" (tokenised, "2 1 / 2
years"), "3½ hours"."""
_ONE_AND_A_HALF_RE = re.compile(r"\b(?:one|1)\s(?:and\s)?a\shalf\b", re.IGNORECASE)


def _with_halves(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """The facts with a whole number and the half after it read as one figure, with the
    unit after the half: "two and a half years" is 2.5 years, not two of nothing ("one
    and a half" too, which alone is no count)."""
    halved = []
    for fact in facts:
        start, end = fact.start - offset, fact.end - offset
        bare = not fact.unit or text[end : end + 2].lstrip().startswith("½")  # "3½ hours": the half read as a unit
        match = _HALF_AFTER_RE.match(text, end) if fact.kind is FactKind.NUMBER and bare else None
        if match is None or not fact.value.isdigit():
            halved.append(fact)
            continue
        value = format(Decimal(fact.value) + Decimal("0.5"), "f")
        unit = _unit_after(text, match.end())
        halved.append(fact_at(FactKind.NUMBER, text, start, match.end(), offset, value, "%" if unit == "percent" else unit))
    seen = {f.start - offset for f in halved}
    for match in _ONE_AND_A_HALF_RE.finditer(text):
        if match.start() not in seen and match.group()[0].lower() == "o":  # "1 and a half": found above
            unit = _unit_after(text, match.end())
            halved.append(fact_at(FactKind.NUMBER, text, match.start(), match.end(), offset, "1.5", unit))
    return halved


_RANGE_RE = re.compile(
    r"(?<![\w.,/$€£-])(?P<cur>[$€£])?(?P<a>\d+(?:\.\d+)?)(?:\s?[-–]\s?|\sto\s|(?P<and>\sand\s))(?P<cur2>[$€£])?"
    r"(?P<b>\d+(?:\.\d+)?)(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|MM|[kmb])\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per cent)\b)?(?![\w/-]|[.,]\d)"
)
"""A range of amounts or shares: "$140-$150 million", "$5-10 billion", "2 to 3 billion
euros", "20-25%", "between $140 and $150 million" (with "and", only after "between").
(A bare "31-24" is a score or a record, no range.)"""
_BETWEEN_RE = re.compile(r"\bbetween\s$", re.IGNORECASE)


def _with_ranges(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """The facts with each range of amounts or shares read as its two ends, each with the
    range's scale, currency and unit: "$140-150 million" is $140 million and $150 million
    (it used to be nothing, or "$140" alone)."""
    ranges: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for match in _RANGE_RE.finditer(text):
        currency = match.group("cur") or match.group("cur2")
        scale = match.group("scale")
        if scale == "MM" and not currency:
            continue
        if match.group("and") and not _BETWEEN_RE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "$5 and $10 million" may be two amounts; "between $5 and $10 million" is one range
        if not (currency or scale or match.group("pct")):
            continue
        factor = _SCALES[scale.lower()] if scale else 1
        unit = "%" if match.group("pct") else (_CURRENCIES.get(currency, "") if currency else "")
        if not unit:
            unit = _unit_after(text, match.end())
            unit = "%" if unit == "percent" else unit
        spans.append((match.start() + offset, match.end() + offset))
        for group in ("a", "b"):
            number = Decimal(match.group(group))  # digits, with a decimal point at most
            sign = "cur" if group == "a" else "cur2"
            start = match.start(sign) if match.group(sign) else match.start(group)
            end = match.end(group) if group == "a" else max(match.end("b"), match.end("scale"), match.end("pct"))
            ranges.append(fact_at(FactKind.NUMBER, text, start, end, offset, format((number * factor).normalize(), "f"), unit))
    if not ranges:
        return facts
    kept = [f for f in facts if f.kind is not FactKind.NUMBER or not any(a <= f.start < b for a, b in spans)]
    return kept + ranges


# ------------------------------------------------------------------ how a figure is stated


class StatedFigure(Protocol):
    """A figure and the claim that states it (a :class:`crosscheck.slots.Mention`)."""

    @property
    def claim(self) -> Claim: ...

    @property
    def fact(self) -> Fact: ...


_AT_LEAST_RE = re.compile(
    r"\b(?:(?<!no )(?<!not )more than|over|at least|above|upwards of|in excess of|exceeding|no fewer than|"
    r"no less than|not less than|not fewer than|a minimum of|just over)(?:\s+an?)?\W{0,3}$",
    re.IGNORECASE,
)
_AT_MOST_RE = re.compile(
    r"\b(?:(?<!no )(?<!not )less than|(?<!no )(?<!not )fewer than|under|up to|within|at most|no more than|"
    r"not more than|below|a maximum of|as many as|just under)(?:\s+an?)?\W{0,3}$",
    re.IGNORECASE,
)
_NEARLY_RE = re.compile(r"\b(?:nearly|almost|close to|just shy of)(?:\s+an?)?\W{0,3}$", re.IGNORECASE)
_ABOUT_RE = re.compile(
    r"\b(?:about|around|approximately|roughly|some|estimated|circa|an estimated)(?:\s+an?)?\W{0,3}$",
    re.IGNORECASE,
)
_AT_LEAST_AFTER_RE = re.compile(r"^(?:\+|-?plus\b|\s(?:or more|and more|and up)\b)", re.IGNORECASE)
_ABOUT_AFTER_RE = re.compile(r"^\s(?:or so)\b", re.IGNORECASE)
_FIGURE = (
    r"(?:[$€£]?\d|\b(?<!-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b)"
)
"""Where a figure starts or ends, in digits or in the usual number words."""
_CONVERSION_GAP_RE = re.compile(r"(?:\s?[^\W\d_]+\.?){0,2}\s*\(\s*(?:about\s+|some\s+|approximately\s+)?")
_RANGE_DIGITS = (
    r"\d{1,3}(?:, \d{3})+(?!\d)|\d{1,3}\. \d+(?![\d:])|"  # tokenised: "12, 000", "2. 6"
    + _SPACED_THOUSANDS + r"(?:\.\d+)?|\d[\d,]*(?:\.\d+)?"
)
"""A range's end in digits: with commas, or with the spaces that group thousands ("12 500"),
or as tokenised corpora write it ("12, 000", "2. 6")."""
_RANGE_SCALE = r"(?:\s?(?P<{}>thousand|million|billion|trillion|bn|mn)\b)?"
"""A scale word after one end of a range, which may have its own ("500,000 to 1 million")."""
_RANGE_LOW_AFTER_RE = re.compile(
    r"^(?:\s?(?:to|–|and|or)\s|(?P<hyphen>-|\s-\s))[$€£]?"
    r"(?:(?P<high_sign>[-−–])?(?P<high>" + _RANGE_DIGITS + ")" + _RANGE_SCALE.format("high_scale") + "|" + _FIGURE + ")",
    re.IGNORECASE,
)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s$", re.IGNORECASE)
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:from|rose|rise[ns]?|rising|increase[ds]?|increasing|fell|falls?|fallen|falling|drop(?:ped|s)?|"
    r"climb(?:ed|s)?|jump(?:ed|s)?|grew|grows?|grown|decline[ds]?|decrease[ds]?|cut|voted|won|lost|beat|up|down)"
    r"\s(?:by\s|from\s)?(?:about\s|around\s|some\s|nearly\s|roughly\s|almost\s)?[$€£]?$",
    re.IGNORECASE,
)
"""A figure after these is the start of a change or a score ("rose from 30 to 40", "voted 60 to 40"), no range."""
_RANGE_HIGH_BEFORE_RE = re.compile(
    r"(?:\bbetween\s(?:[$€£]?(?P<low1>" + _RANGE_DIGITS + ")" + _RANGE_SCALE.format("scale1") + r"|\S+)\sand"
    r"|(?<![\d" + _THOUSANDS_SPACES + r".,])[$€£]?(?P<sign2>(?<![\w.,])[-−–])?(?P<low2>" + _RANGE_DIGITS + ")"
    # "30 to 40", "5% to 6%", "−5°C to 3°C", "three or four"
    + _RANGE_SCALE.format("scale2") + r"(?:\s?[°º][CF]?|%)?\s?(?:to|–|or)"
    r"|" + _FIGURE + r"\s?(?:to|–|or))\s$"
    # "$5-6 million", "$10-$20", "40 - 50 people": a hyphen joins a range's ends (a score's fall, "60-40")
    r"|(?<![\d" + _THOUSANDS_SPACES + r".,])[$€£]?(?P<low3>" + _RANGE_DIGITS + ")" + _RANGE_SCALE.format("scale3")
    + r"(?:[°º][CF]?|%)?(?P<hyphen>-|\s-\s)$",  # "20°-25°C"
    re.IGNORECASE,
)
_SCORE_BEFORE_RE = re.compile(r"\b(?:voted|won|lost|beat|defeated|led|trailed)\s$", re.IGNORECASE)
"""A hyphened pair after these is a score ("won 3-2"), no range; after "rose" it is a range
of the change ("rose 20-25%")."""
_WRITTEN_FIGURE_RE = re.compile(_RANGE_DIGITS)
_ABOUT_SHARE = 0.1
"""How far from its figure an "about" figure may be (share of the larger)."""
_ABOUT_PRECISE_SHARE = 0.02
"""How far from its figure an "about" figure written to three significant digits or more,
the last no 5, may be: "about $334 million" is no rounding of "$343 million"."""


def _about_share(value: float) -> float:
    """How far an "about" figure may lie from ``value``: less where it is written precisely
    (three significant digits or more, the last no 5: a figure rounded to a half, "about
    12.5", "nearly 175", "about 1.15 million", is a rounding still)."""
    digits = format(abs(value), "f").replace(".", "").strip("0")
    return _ABOUT_PRECISE_SHARE if len(digits) >= 3 and not digits.endswith("5") else _ABOUT_SHARE


def _plain_digits(written: str) -> str:
    """Digits as written with their grouping taken out ("1,500", "12 500" -> "1500", "12500")."""
    return written.replace(",", "").replace(" ", "").translate(_GROUP_SPACES)


def _other_end(
    fact: Fact, figure: str, digits: str | None, scale: str | None, *, upward: bool, negative: bool = False
) -> tuple[bool, float | None]:
    """Whether ``fact`` (written ``figure``) and the other end of a range make a range that
    runs from the lower figure to the higher (the other end comes after when ``upward``),
    and the other end's value. The other end is ``digits`` as written (``None`` when written
    in words), with its own ``scale`` word or none and a minus sign when ``negative``; without
    a scale word it takes the fact's where that makes a range ("$5-6 million": 5 million),
    else it is read as written ("500,000 to 1 million")."""
    if digits is None:
        return True, None
    try:
        other, written, value = float(_plain_digits(digits)), float(_plain_digits(figure)), float(fact.value)
    except ValueError:
        return True, None
    if negative:
        other = -other  # "−5°C to 3°C", "-20 to -10 degrees"
    if scale:
        candidates = [other * _SCALES[scale.lower()]]
    else:
        candidates = [other * abs(value / written) if written else other, other]
    for candidate in candidates:
        if (candidate > value) if upward else (candidate < value):
            return True, candidate
    return False, None


_SPLIT_PIECE_BEFORE_RE = re.compile(r"\d[.,]\s$")
_SPLIT_PIECE_AFTER_RE = re.compile(r"[.,]\s\d")


def is_split_piece(claim: Claim, fact: Fact) -> bool:
    """Whether a figure is a piece of one that a tokeniser split with a space ("1, 000",
    "$2. 6 million"), as some scraped pages and corpora write them."""
    start, end = fact.start - claim.start, fact.end - claim.start
    return bool(
        _SPLIT_PIECE_BEFORE_RE.search(claim.text[max(0, start - 3) : start])
        or _SPLIT_PIECE_AFTER_RE.match(claim.text, end)
    )


def is_conversion(claim: Claim, fact: Fact) -> bool:
    """Whether ``fact`` restates the figure before it in brackets in another unit of
    measure ("58km (about 36 miles)"): a rounded restatement, not a figure of its own."""
    if fact.unit not in MEASURE_UNITS or fact.start - claim.start < 2:
        return False
    if "(" not in claim.text[max(0, fact.start - claim.start - 24) : fact.start - claim.start]:
        return False
    # the figure the bracket follows is a measure too: "58km (36 miles)", not "a 6.1 quake (10 km deep)"
    return any(
        f.kind is FactKind.NUMBER and f.unit in MEASURE_UNITS and f.end <= fact.start
        and _CONVERSION_GAP_RE.fullmatch(claim.text[f.end - claim.start : fact.start - claim.start])
        for f in claim.facts
    )


_DIMENSION_AFTER_RE = re.compile(
    r"(?:\s?-?\s?[^\W\d_]+\.?)?(?:\s|\s?-\s?)(thick|thin|long|wide|tall|high|deep|across|in\s(?:diameter|length|height|width|depth))\b",
    re.IGNORECASE,
)


def measured_dimension(claim: Claim, fact: Fact) -> str | None:
    """The dimension a measure says it gives, from the word after its unit: "0.98 inches
    thick" gives "thick", "30 metres tall" "high" (one dimension, named two ways); None
    when it says none ("a 17-inch laptop", "spread 5 miles across the county")."""
    if fact.unit not in MEASURE_UNITS:
        return None
    end = fact.end - claim.start
    match = _DIMENSION_AFTER_RE.match(claim.text, end, min(len(claim.text), end + 40))
    if match is None or _PREPOSITION_AFTER_RE.match(claim.text, match.end()):
        return None
    word = match.group(1).casefold().replace("in ", "")
    return _DIMENSIONS.get(word, word)


_DIMENSIONS = {"tall": "high", "height": "high", "across": "wide", "width": "wide", "length": "long", "depth": "deep"}
"""Words for one dimension: "30 metres tall" and "45 metres high" measure one height."""
_PREPOSITION_AFTER_RE = re.compile(r"\s+(?:the|a|an|this|that|its|his|her|their|our)\b", re.IGNORECASE)
_ATTRIBUTIVE_RE = re.compile(r"\s?-\s?[^\W\d_]")


def other_dimensions(a: Claim, fa: Fact, b: Claim, fb: Fact) -> bool:
    """Whether two measures are of different dimensions of a thing: both name one and they
    differ ("30 feet wide" / "50 feet long"), or one names one and the other is written as
    a size before a noun ("0.98 inches thick" / "a 17-inch laptop", a size class, not
    which of its measures). A measure that names none against one that does ("5 km" /
    "9 km long") may be the same."""
    da, db = measured_dimension(a, fa), measured_dimension(b, fb)
    if da is not None and db is not None:
        return da != db
    if da is None and db is None:
        return False
    bare, bare_fact = (a, fa) if da is None else (b, fb)
    return _ATTRIBUTIVE_RE.match(bare.text, bare_fact.end - bare.start) is not None


def number_bound(claim: Claim, fact: Fact) -> str:
    """How a number is stated: ``"="`` exactly, ``">="`` as a floor ("more than 400",
    "40-plus", "not less than 5", a range's low end), ``"<="`` as a ceiling ("less than 25
    km", "up to seven", "no more than 5", a range's high end), ``"~<"`` just under it
    ("nearly 400"), ``"~"`` about.

    >>> text = "More than 400 children and about 50 adults left."
    >>> claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=tuple(number_facts(text)))
    >>> [number_bound(claim, f) for f in claim.facts if f.kind is FactKind.NUMBER]
    ['>=', '~']
    """
    return _bound_and_other_end(claim, fact)[0]


def _bound_and_other_end(claim: Claim, fact: Fact) -> tuple[str, float | None]:
    """:func:`number_bound`, and for an end of a range the other end's value where it is
    written in digits (:func:`_other_end`: "$5-6 million" gives "$5" the end 6 million)."""
    before = claim.text[max(0, fact.start - claim.start - 32) : fact.start - claim.start]
    after = claim.text[fact.end - claim.start : fact.end - claim.start + 24]
    if is_conversion(claim, fact):
        return "~", None  # "58km (36 miles)": a conversion, rounded
    written = _WRITTEN_FIGURE_RE.search(fact.text)  # a range's end is scaled by the range: "$5" of "$5-6 million"
    figure = written.group() if written else fact.value
    low = _RANGE_LOW_AFTER_RE.match(after)
    if low and not _not_a_range(before, low.group("hyphen")) and (
        not after.lstrip().lower().startswith("and") or _BETWEEN_BEFORE_RE.search(before)
    ):
        digits = low.group("high") or _word_end(low.group(), after[low.end() :], last=True)
        rises, other = _other_end(
            fact, figure, digits, low.group("high_scale"), upward=True, negative=bool(low.group("high_sign"))
        )
        if rises:
            return ">=", other  # "between 30 and 40 people", "30 to 40 people": the low end of a range
    high = _RANGE_HIGH_BEFORE_RE.search(before)
    if high and not _not_a_range(before[: high.start()], high.group("hyphen")):
        # the scale that follows a range multiplies both ends: "two to three hundred"
        scaled = fact.text[fact.text.find(" ") :] if " " in fact.text else after
        digits = high.group("low1") or high.group("low2") or high.group("low3")
        digits = digits or _word_end(high.group(), scaled, last=False)
        scale = high.group("scale1") or high.group("scale2") or high.group("scale3")
        rises, other = _other_end(fact, figure, digits, scale, upward=False, negative=bool(high.group("sign2")))
        if rises:
            return "<=", other  # ... and its high end (not "rose from 30 to 40", "voted 60 to 40")
    if _AT_LEAST_RE.search(before) or _AT_LEAST_AFTER_RE.match(after):
        return ">=", None
    if _AT_MOST_RE.search(before):
        return "<=", None
    if _NEARLY_RE.search(before):
        return "~<", None
    if _ABOUT_RE.search(before) or _ABOUT_AFTER_RE.match(after):
        return "~", None
    return "=", None


_END_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def _word_end(written: str, following: str, *, last: bool) -> str | None:
    """The other end of a range written as a number word, in digits: the ``last`` word of
    ``written``, or its first number word ("three or four robbers": "4" for the three, "3"
    for the four; "between five and": "5"; "twenty-five to": "25"); None where a scale
    word follows the range (``following``: "two to three hundred", whose ends the scale
    multiplies) or there is no number word."""
    words = _END_WORD_RE.findall(written)
    values = [_compound_value(word) or number_word_value(word) for word in (words[-1:] if last else words)]
    value = next((v for v in values if v is not None), None)
    if value is None or _SCALE_AFTER_RE.match(following):
        return None
    return str(value)


def _not_a_range(before: str, hyphen: str | None) -> bool:
    """Whether two figures after ``before`` are a change ("rose from 30 to 40") or a score
    ("voted 60 to 40", "won 3-2") rather than a range; hyphened after a verb of change they
    are a range of the change ("rose 20-25%")."""
    return _SCORE_BEFORE_RE.search(before) is not None if hyphen else _CHANGE_BEFORE_RE.search(before) is not None


def _interval(value: float, bound: str, other_end: float | None = None) -> tuple[float, float]:
    if other_end is not None and bound in (">=", "<="):
        return min(value, other_end), max(value, other_end)  # an end of a range
    if bound == ">=":
        return value, math.inf
    if bound == "<=":
        return -math.inf, value
    if bound == "~":
        share = _about_share(value)
        return value * (1 - share), value * (1 + share)
    if bound == "~<":
        return value * (1 - _about_share(value)), value
    return value, value


FLOOR_REACH = 1.5
"""How many times a floor ("at least 48") an exact figure may be and still be read as
within it where the two are one detail for sure (aligned claims, the same words beside)."""


def far_above_floor(a: StatedFigure, b: StatedFigure) -> bool:
    """Whether one figure is a floor and the other, exact, lies more than
    :data:`FLOOR_REACH` times above it: "at least 48 people" / "84 people" agree as
    stated, but a reporter who knew of 84 dead would not write "at least 48" (a digit
    slip, or a toll from much earlier)."""
    try:
        x, y = float(a.fact.value), float(b.fact.value)
    except ValueError:
        return False
    (bx, ex), (by, ey) = _bound_and_other_end(a.claim, a.fact), _bound_and_other_end(b.claim, b.fact)
    for floor, bound, end, figure, other, stated in ((x, bx, ex, y, by, a), (y, by, ey, x, bx, b)):
        if bound == ">=" and end is None and other == "=" and floor > 0 and figure > floor * FLOOR_REACH:
            start = stated.fact.start - stated.claim.start
            return not _THRESHOLD_BEFORE_RE.search(stated.claim.text, max(0, start - 48), start)
    return False


_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:with|can|could|may|might|must|should|need|needs|requires?|required|eligible|applies)\b(?:\W+\w+){0,5}\W*$",
    re.IGNORECASE,
)
"""Before a floor, what makes it a threshold or a rule rather than a count: "companies
with more than 50 employees", "can be held for at least 48 hours"."""


def numbers_agree(a: StatedFigure, b: StatedFigure) -> bool:
    """Whether two numbers, as stated, may be the same figure: "more than 400" and "401",
    "about 35" and "36" (a floor, a ceiling or an "about" against a figure). Two floors
    (or two ceilings, two "about"s) with different figures are the same statement worded
    with different numbers, so they do not agree.
    """
    if a.fact.kind is FactKind.DATE or b.fact.kind is FactKind.DATE:
        return a.fact.value == b.fact.value
    try:
        x, y = float(a.fact.value), float(b.fact.value)
    except ValueError:
        return a.fact.value == b.fact.value
    if math.isinf(x) or math.isinf(y):
        return a.fact.value == b.fact.value  # beyond a float: no interval, only the figure as written
    (bx, ex), (by, ey) = _bound_and_other_end(a.claim, a.fact), _bound_and_other_end(b.claim, b.fact)
    if bx == by and (ex is None) == (ey is None):
        # two floors, two ceilings, the same end of two ranges: one statement worded with
        # two numbers ("between 40 and 50" / "between 45 and 50"); a range's end against a
        # floor or a ceiling alone may be one figure ("up to 45" within "between 40 and 50")
        return x == y
    for about, bound, exact, other in ((x, bx, b.fact.value, by), (y, by, a.fact.value, bx)):
        if bound in ("~", "~<") and other == "=" and _rounds_to(about, exact):
            return True  # "about 12.3 percent" / "12 percent": the one rounded as the other is written
    lx, hx = _interval(x, bx, ex)
    ly, hy = _interval(y, by, ey)
    return lx <= hy and ly <= hx


def _rounds_to(value: float, written: str) -> bool:
    """Whether ``value`` rounded to the precision of the figure ``written`` (a normal form:
    "12", "12.5", "1150000000") is that figure: 12.3 to "12"."""
    whole, _, fraction = written.lstrip("-").partition(".")
    places = len(fraction) if fraction else -(len(whole) - len(whole.rstrip("0")))
    try:
        return round(value, places) == float(written)
    except (ValueError, OverflowError):
        return False


# ------------------------------------------------------------------ what kind of figure


_RATE_RE = re.compile(
    r"\W*(?:(?:per|a|an|each|every)\s+(?:year|season|game|match|month|week|day|hour|night|head|person|capita"
    r"|share|barrel|ton|tonne|gallon|litre|liter|pound|kilo|ounce|unit|mile|kilometre|kilometer)"
    r"(?!\s+(?:ago|earlier|later|after|before)\b)"
    r"|annually|apiece|monthly|weekly|daily|yearly)\b",
    re.IGNORECASE,
)
"""After a figure, what makes it a rate ("$22 million per season", "$9.50 a share", "$22
million annually"), no total."""
_CHANGED_BY_RE = re.compile(
    r"\b(?:up|down|by|gained|lost|added|shed|grew|fell|rose|dropped|climbed|jumped|slipped|declined|increased"
    r"|decreased)\s+(?:(?:about|nearly|almost|some|roughly|around|just|only)\s+)?\W*$",
    re.IGNORECASE,
)
"""Before a figure, what makes it a change ("was up 0.4 percent", "rose 5%"), not a level
("rose to 8.5 percent")."""

_RECORD_RE = re.compile(
    r"\b(?:ever|record|previous|previously|former|earlier|initial|preliminary)\b"
    r"(?!\s+(?:on|today|this|in\s+the\s+day))",
    re.IGNORECASE,
)
"""Words that make a figure a record, an earlier one or a first count ("the biggest catfish
ever caught was 22 stone", "according to an initial count"), not the story's ("earlier on
Sunday", "earlier today" date the story's)."""
_PART_AFTER_RE = re.compile(
    r"\W*(?:[a-z]+\s+){0,2}(?:from|in|of|at)\s+(?:one|the\s+same|a\s+single)\b", re.IGNORECASE
)
"""After a figure, what makes it a part of the whole ("6 persons in one mosque", "4 persons
from one family")."""
_RECORD_REACH = 48
"""Characters either side of a figure read for :data:`_RECORD_RE`."""


def _part_of_whole(mention: StatedFigure) -> bool:
    return bool(_PART_AFTER_RE.match(mention.claim.text, mention.fact.end - mention.claim.start))


def kind_of_figure(mention: StatedFigure) -> tuple[bool, bool, bool, bool]:
    """Whether the figure is a rate, a change, a record (or an earlier or first count), a
    part of the whole: two figures that differ in one of these are two details."""
    return is_rate(mention), _is_change(mention), _record(mention), _part_of_whole(mention)


def _record(mention: StatedFigure) -> bool:
    start, end = mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    text = mention.claim.text
    return bool(_RECORD_RE.search(text[max(0, start - _RECORD_REACH) : end + _RECORD_REACH]))


def is_rate(mention: StatedFigure) -> bool:
    """Whether a figure is a rate ("$22 million per season", "$9.50 a share")."""
    return bool(_RATE_RE.match(mention.claim.text, mention.fact.end - mention.claim.start))


def _is_change(mention: StatedFigure) -> bool:
    start = mention.fact.start - mention.claim.start
    return bool(_CHANGED_BY_RE.search(mention.claim.text, max(0, start - 24), start))
