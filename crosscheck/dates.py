"""Dates: relative expressions read against the publication date, and comparable fields.

A date fact has a field (``Fact.unit``): ``"date"`` (a calendar day, ISO), ``"month-day"``
("05-20"), ``"day"`` ("on the 20th"), ``"weekday"``, ``"month"`` ("this past March"),
``"year"``, ``"relative-day"`` ("yesterday": -1 day) or ``"time"``. When the source's
publication date is known, relative expressions become calendar days, so "Tuesday" in
an article of Thursday 22 May 2025 and "May 20" in another are the same day.

Two dates are compared on the finest field both know: a calendar day against a month-day
compares month and day, a weekday against a calendar day compares the weekday, and a
weekday against a month-day (no year) cannot be compared at all.
"""

from __future__ import annotations

import datetime as dt

import attrs

from crosscheck.models import Fact

__all__ = [
    "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "WEEKDAY_ORDER", "comparable_values", "day_after", "resolve_date", "weekday_of",
]

WEEKDAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays in order, Monday first (as :meth:`datetime.date.weekday` counts them)."""
WEEKDAYS = frozenset(WEEKDAY_ORDER)
"""The weekdays as date facts give them (lower case, English)."""
WEEKDAY_ABBREVIATIONS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
    "sun": "sunday",
}  # fmt: skip
"""Weekdays cut short, as written with or without a stop ("Tues.", "Thu"), in lower case."""


def weekday_of(month_day: str, year: str) -> str | None:
    """The weekday (lower case, English) of a month-day ("07-21") in a year ("2013");
    ``None`` when there is no such day.

    >>> weekday_of("07-21", "2013"), weekday_of("02-30", "2013")
    ('sunday', None)
    """
    try:
        month, day = (int(part) for part in month_day.split("-"))
        return WEEKDAY_ORDER[dt.date(int(year), month, day).weekday()]
    except ValueError:
        return None


def day_after(value: str) -> str | None:
    """The day after a date fact's value: a weekday, a calendar day or a day of a month
    (``None`` for a year, a month, or no such day).

    >>> day_after("sunday"), day_after("2013-12-31"), day_after("02-28"), day_after("2013")
    ('monday', '2014-01-01', '02-29', None)
    """
    if value in WEEKDAYS:
        return WEEKDAY_ORDER[(WEEKDAY_ORDER.index(value) + 1) % 7]
    try:
        if len(value) == 10:
            return (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
        if len(value) == 5 and value[2] == "-":  # a leap year, so that February 29 has a day after
            return (dt.date(2000, int(value[:2]), int(value[3:])) + dt.timedelta(days=1)).strftime("%m-%d")
    except ValueError:
        return None
    return None


def _nearest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The day ``month``/``day`` nearest to ``published`` (news is about the recent past)."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def resolve_date(fact: Fact, published: dt.date | None, *, ahead: str = "") -> Fact:
    """Return ``fact`` as a calendar day (unit ``"date"``) when ``published`` allows it.

    Weekdays are the last such day on or before publication ("Tuesday" in a Thursday
    article is two days before), or, for what is still to come (``ahead="future"``:
    "will open on Tuesday"), the first on or after it, and after "next" (``ahead="next"``)
    the first after it (``ahead="unsure"``: left a weekday); a day of the month is in the
    month of publication or the one before; a month-day is the one nearest to publication.

    >>> from crosscheck.models import Fact
    >>> f = Fact(kind="date", text="Tuesday", start=0, end=7, value="tuesday", unit="weekday")
    >>> resolve_date(f, dt.date(2025, 5, 22)).value, resolve_date(f, dt.date(2025, 5, 22), ahead="future").value
    ('2025-05-20', '2025-05-27')

    Where the calendar ends (published 9999-12-31, "tomorrow") the fact stays as written.
    """
    if ahead == "unsure" and fact.unit == "weekday":
        return fact  # a plan told in the past: the weekday may be to come or gone by
    try:
        return _resolve_date(fact, published, ahead=ahead)
    except (OverflowError, ValueError):
        return fact


def _resolve_date(fact: Fact, published: dt.date | None, *, ahead: str = "") -> Fact:
    if published is None:
        return fact
    if isinstance(published, dt.datetime):
        published = published.date()  # a time of publication ("2025-05-14T10:00:00Z") dates its day
    day: dt.date | None = None
    if fact.unit == "weekday" and fact.value in WEEKDAY_ORDER:
        if ahead:
            forward = (WEEKDAY_ORDER.index(fact.value) - published.weekday()) % 7
            day = published + dt.timedelta(days=forward or (7 if ahead == "next" else 0))
        else:
            back = (published.weekday() - WEEKDAY_ORDER.index(fact.value)) % 7
            day = published - dt.timedelta(days=back)
    elif fact.unit == "month-day":
        month_text, _, day_text = fact.value.partition("-")
        day = _nearest_year(int(month_text), int(day_text), published)
    elif fact.unit == "day":
        day_of_month = int(fact.value)
        month_start = published.replace(day=1)
        candidate = (
            month_start if day_of_month <= published.day
            else (month_start - dt.timedelta(days=1)).replace(day=1)
        )
        try:
            day = candidate.replace(day=day_of_month)
        except ValueError:
            day = None
    elif fact.unit == "relative-day":
        day = published + dt.timedelta(days=int(fact.value))
    elif fact.unit == "month":
        month_number = int(fact.value)
        year = published.year if month_number <= published.month else published.year - 1
        return attrs.evolve(fact, value=f"{year}-{month_number:02d}", unit="year-month")
    if day is None:
        return fact
    return attrs.evolve(fact, value=day.isoformat(), unit="date")


def comparable_values(a: Fact, b: Fact) -> tuple[str, str] | None:
    """Return the two dates on the finest field both know, or ``None`` if they share none.

    >>> from crosscheck.models import Fact
    >>> day = Fact(kind="date", text="the 20th", start=0, end=8, value="20", unit="day")
    >>> md = Fact(kind="date", text="May 21", start=0, end=6, value="05-21", unit="month-day")
    >>> comparable_values(day, md)
    ('20', '21')
    """
    ua, ub = a.unit, b.unit
    if ua == ub:
        return (a.value, b.value) if ua not in ("time", "relative-day") else None
    return _cross(a, b) or _swap(_cross(b, a))


def _swap(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    return None if pair is None else (pair[1], pair[0])


def _cross(a: Fact, b: Fact) -> tuple[str, str] | None:
    if a.unit == "date":
        iso = dt.date.fromisoformat(a.value)
        if b.unit == "month-day":
            return iso.strftime("%m-%d"), b.value
        if b.unit == "day":
            return str(iso.day), b.value
        if b.unit == "weekday":
            return WEEKDAY_ORDER[iso.weekday()], b.value
        if b.unit == "year":
            return str(iso.year), b.value
        if b.unit == "year-month":
            return iso.strftime("%Y-%m"), b.value
    if a.unit == "month-day" and b.unit == "day":
        return str(int(a.value.split("-")[1])), b.value
    if a.unit == "year-month" and b.unit == "year":
        return a.value.split("-")[0], b.value
    return None
