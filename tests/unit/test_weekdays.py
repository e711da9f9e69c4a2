"""A weekday written with a full date it does not fall on (crosscheck.checks.check_weekdays)."""

from __future__ import annotations

import datetime as dt

import pytest

import crosscheck
from crosscheck.checks import NO_SUCH_DAY_RULE, WRONG_WEEKDAY_RULE, check_weekdays
from crosscheck.dates import weekday_of
from crosscheck.models import Source

OTHER = "Officials said the ceremony in Paris took place on July 21, 2013, before a large crowd."


def _wrong_weekdays(text: str) -> list[crosscheck.Discrepancy]:
    result = crosscheck.audit([Source(id="a", text=text), Source(id="b", text=OTHER)])
    return [d for d in result.discrepancies if d.rule == WRONG_WEEKDAY_RULE]


def test_a_weekday_the_date_beside_it_does_not_fall_on_is_reported_in_one_source() -> None:
    text = "The ceremony took place on Tuesday, July 21, 2013, in Paris, officials said."
    (d,) = _wrong_weekdays(text)
    good, bad = d.variants
    assert (good.text, good.sources) == ("Sunday (the calendar)", ())
    assert (bad.text, bad.sources) == ("Tuesday", ("a",))
    ((claim_id, start, end),) = bad.spans
    assert claim_id == "a#1"
    assert text[start:end] == "Tuesday"  # offsets into the source's text
    assert d.kind.value == "date" and d.severity == "medium" and d.majority is None
    assert "July 21 2013 was a Sunday, not a Tuesday" in d.explanation


@pytest.mark.parametrize(
    ("text", "written", "named"),
    [
        ("The ceremony took place on Tuesday 21 July 2013 in Paris.", "Tuesday 21 July 2013", "Tuesday"),
        ("The ceremony took place on Tuesday, 21st of July 2013, in Paris.", "Tuesday, 21st of July 2013", "Tuesday"),
        ("The ceremony took place on Tuesday, July 21st, 2013, in Paris.", "Tuesday, July 21st, 2013", "Tuesday"),
        # a weekday cut short, with or without its stop
        ("Paris (Tue, 21 Jul 2013). The ceremony took place in Paris.", "Tue, 21 Jul 2013", "Tuesday"),
        ("Paris, Tues., July 21, 2013. The ceremony took place in Paris.", "Tues., July 21, 2013", "Tuesday"),
        ("Published Tue, 21 Jul 2013. The ceremony took place in Paris.", "Tue, 21 Jul 2013", "Tuesday"),
        ("Updated: Thu, 21 Jul 2013 10:42 GMT. The ceremony took place in Paris.", "Thu, 21 Jul 2013", "Thursday"),
        ("Paris (Weds 21 July 2013). The ceremony took place in Paris.", "Weds 21 July 2013", "Wednesday"),
        # the date in brackets after the weekday
        ("The ceremony took place last week Tuesday (21 July 2013) in Paris.", "Tuesday (21 July 2013)", "Tuesday"),
        ("The ceremony took place on Tuesday (July 21, 2013) in Paris.", "Tuesday (July 21, 2013)", "Tuesday"),
    ],
)
@pytest.mark.parametrize("published", [None, dt.date(2013, 7, 24)])
def test_a_wrong_weekday_is_found_however_the_date_is_written(
    text: str, written: str, named: str, published: dt.date | None
) -> None:
    # with a publication date the weekday is read as a calendar day, and still by its name
    result = crosscheck.audit([
        Source(id="a", text=text, published=published), Source(id="b", text=OTHER, published=published),
    ])
    (d,) = [d for d in result.discrepancies if d.rule == WRONG_WEEKDAY_RULE]
    assert d.explanation.startswith(f"'{written}' (a): ")
    assert f"was a Sunday, not a {named};" in d.explanation


@pytest.mark.parametrize(
    "text",
    [
        # the weekday it falls on, written several ways
        "The ceremony took place on Sunday, July 21, 2013, in Paris.",
        "PUBLISHED: SUNDAY, JULY 21, 2013 The ceremony took place in Paris.",
        "The ceremony took place on Sunday 21 July 2013 in Paris.",
        # no year: which year is not for this check to guess
        "The ceremony took place on Tuesday, July 21, in Paris.",
        # more than the date in the brackets after the weekday
        "The ceremony took place on Tuesday (21 July 2013, a holiday) in Paris.",
        # the weekday is not the date's: other words stand between
        "On Tuesday officials said the ceremony of July 21, 2013 in Paris was a success.",
        # no such day
        "The ceremony took place on Tuesday, February 30, 2013, in Paris.",
        # a count after the day, not its year
        "On Saturday, March 2, 2000 people marched through the capital.",
        "Tuesday, July 21 — 2013 was a bad year for the city.",
        # a paper's issue, a byline, a name, a verb: not weekdays, though a date follows
        "The Sun, 23 July 2013, said the ceremony took place in Paris.",
        "The ceremony was described in the Toronto Sun, July 23, 2013, officials said.",
        "By Lena H. Sun, July 23, 2013. The ceremony took place in Paris.",
        "Officials named Wang Fri, 12 March 2013, as the new mayor of Paris.",
        "Nguyen Thi Thu, 23 July 2013, said the ceremony took place in Paris.",
        "Prince William And Kate Middleton Wed April 29 2013 At Westminster Abbey",
    ],
)
def test_a_weekday_is_not_checked_against_a_date_it_is_not_written_with(text: str) -> None:
    assert _wrong_weekdays(text) == []


def test_the_calendar_gives_the_weekday_of_a_day() -> None:
    assert [weekday_of("07-21", "2013"), weekday_of("02-29", "2024"), weekday_of("02-29", "2023")] == [
        "sunday", "thursday", None,
    ]


def test_a_weekday_is_checked_when_a_publication_date_made_calendar_days_of_the_dates() -> None:
    text = "The ceremony took place on Tuesday, July 21, 2013, in Paris, officials said."
    result = crosscheck.audit([
        Source(id="a", text=text, published=dt.date(2013, 7, 23)),
        Source(id="b", text=OTHER, published=dt.date(2013, 7, 22)),
    ])
    (d,) = [d for d in result.discrepancies if d.rule == WRONG_WEEKDAY_RULE]
    assert [v.text for v in d.variants] == ["Sunday (the calendar)", "Tuesday"]


def test_a_weekday_the_others_set_against_it_already_is_reported_once() -> None:
    same = "The ceremony took place on Sunday, July 21, 2013, in Paris, officials said."
    result = crosscheck.audit([
        Source(id="a", text="The ceremony took place on Tuesday, July 21, 2013, in Paris, officials said."),
        Source(id="b", text=same),
        Source(id="c", text=same.replace("officials", "organisers")),
    ])
    dates = [d for d in result.discrepancies if d.kind.value == "date"]
    assert len(dates) == 1 and dates[0].rule != WRONG_WEEKDAY_RULE


def test_other_sources_that_write_the_date_with_the_calendar_s_weekday_are_given_with_it() -> None:
    texts = {
        "a": "The ceremony took place on Tuesday, July 21, 2013, in Paris, officials said.",
        "b": "Paris, Sunday, July 21, 2013. A crowd gathered for the ceremony.",
        "c": "It was Sunday, July 21, 2013 when the crowd filled the square. On Sunday, July 21, 2013 it rained.",
        "d": "The crowd left on Tuesday, July 23, 2013, organisers said.",  # another day
    }
    claims = crosscheck.audit([Source(id=k, text=v) for k, v in texts.items()]).claims
    drafts = [d for _, d in check_weekdays(claims, {c.id: n for n, c in enumerate(claims)})]
    (d,) = drafts
    calendar, written = d.variants
    assert (calendar.text, calendar.sources) == ("Sunday (the calendar)", ("b", "c"))
    # one mention a source, the first it writes, with its offsets
    assert [texts[claim_id.split("#")[0]][start:end] for claim_id, start, end in calendar.spans] == ["Sunday", "Sunday"]
    assert [(claim_id.split("#")[0], start) for claim_id, start, _ in calendar.spans] == [
        ("b", texts["b"].index("Sunday")), ("c", texts["c"].index("Sunday")),
    ]
    assert (written.text, written.sources) == ("Tuesday", ("a",))
    assert d.explanation.endswith("b, c write it as a Sunday.")


def _no_such_days(text: str, **source: object) -> list[crosscheck.Discrepancy]:
    result = crosscheck.audit([Source(id="a", text=text, **source), Source(id="b", text=OTHER)])
    return [d for d in result.discrepancies if d.rule == NO_SUCH_DAY_RULE]


@pytest.mark.parametrize(
    ("text", "day", "expected", "why"),
    [
        ("The ceremony took place on February 30, 2013, in Paris.", "February 30", "a day from 1 to 29 (the calendar)",
         "February has 28 or 29 days, not 30"),
        ("The ceremony took place on April 31 in Paris.", "April 31", "a day from 1 to 30 (the calendar)",
         "April has 30 days, not 31"),
        ("The ceremony took place on 31 June in Paris.", "31 June", "a day from 1 to 30 (the calendar)",
         "June has 30 days, not 31"),
        ("The ceremony took place on Nov. 31 in Paris.", "Nov. 31", "a day from 1 to 30 (the calendar)",
         "November has 30 days, not 31"),
        ("On 31 June the ceremony took place in Paris.", "31 June", "a day from 1 to 30 (the calendar)",
         "June has 30 days, not 31"),
        ("The ceremony in Paris is set for Tuesday, April 31.", "April 31", "a day from 1 to 30 (the calendar)",
         "April has 30 days, not 31"),
        ("The ceremony in Paris was held April 31st.", "April 31st", "a day from 1 to 30 (the calendar)",
         "April has 30 days, not 31"),
        ("The ceremony in Paris was held April 31, 2013.", "April 31", "a day from 1 to 30 (the calendar)",
         "April has 30 days, not 31"),
        ("The ceremony took place on 29th February 2010 in Paris.", "29th February",
         "a day from 1 to 28 (the calendar: February 2010)", "'29th February 2010' (a): 2010 is no leap year"),
        ("The ceremony took place on Feb. 29, 2100, in Paris.", "Feb. 29",
         "a day from 1 to 28 (the calendar: February 2100)", "2100 is no leap year"),
    ],
)
def test_a_day_no_calendar_has_is_reported_in_one_source(text: str, day: str, expected: str, why: str) -> None:
    (d,) = _no_such_days(text)
    good, bad = d.variants
    assert (good.text, good.sources) == (expected, ())
    assert (bad.text, bad.sources) == (day, ("a",))
    ((_claim, start, end),) = bad.spans
    assert text[start:end] == day
    assert d.kind.value == "date" and d.majority is None
    assert why in d.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony took place on Feb. 29, 2012, in Paris.",  # a leap year
        "The ceremony took place on February 29, 2000, in Paris.",  # divisible by 400
        "The ceremony took place on February 29, and 2010 was the year it began.",  # no year of the day
        "On February 29, 2009 people marched in Paris.",  # a count after the day, no year
        "The ceremony took place on January 31 and April 30 in Paris.",
        # a month, then a count: no day at all
        "In June 31-year-old Maria Lopez was charged in Paris.",
        "In April 31 people were killed in Paris.",
        "Since February 30 soldiers have been killed near Paris.",
        "In April 31 of the 50 states voted for the ceremony in Paris.",
        "In April 31 Palestinians were killed near Paris, the ministry said.",
        "There were 12 deaths in March, in April 31, and in May 40 near Paris.",
        "In February 30 or 40 migrants were stopped near Paris.",
    ],
)
def test_a_day_the_calendar_has_is_not_reported(text: str) -> None:
    assert _no_such_days(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ceremony took place on February 30 in Paris.", "February 30"),
        # the year written with the day, not the one nearest publication, says it has none
        ("The ceremony took place on February 29, 2010, in Paris.", "February 29"),
        ("The ceremony took place on 29th February 2010 in Paris.", "29th February"),
    ],
)
def test_a_day_no_calendar_has_is_reported_with_a_publication_date_too(text: str, day: str) -> None:
    (d,) = _no_such_days(text, published=dt.date(2013, 3, 2))
    assert d.variants[1].text == day


def test_a_day_no_calendar_has_is_reported_beside_the_slot_that_sets_it_against_the_others() -> None:
    others = [Source(id=s, text="The ceremony took place on April 3 in Paris, officials said.") for s in "bcd"]
    result = crosscheck.audit([Source(id="a", text="The ceremony took place on April 31 in Paris, officials said."), *others])
    dates = sorted(d.rule == NO_SUCH_DAY_RULE for d in result.discrepancies if d.kind.value == "date")
    assert dates == [False, True]  # the slot, and the calendar's word on which side is wrong


def test_a_day_no_calendar_has_is_reported_once_a_source() -> None:
    text = "The ceremony took place on April 31 in Paris. Crowds gathered on April 31 to watch it."
    assert len(_no_such_days(text)) == 1


def test_a_day_no_calendar_has_inside_a_quotation_may_be_the_speaker_s() -> None:
    (d,) = _no_such_days('"We will hold the ceremony on June 31st," the minister said in Paris.')
    assert d.explanation.endswith("the date is wrong: it is quoted, so the speaker or the source may have it wrong.")
    (plain,) = _no_such_days('The ceremony will be held on June 31st in Paris, and "it will be a grand day for all '
                             'of us," the minister said.')
    assert plain.explanation.endswith("the date is wrong.")
