"""Page stamps: dates that say when a page was written are not compared as event dates."""

from __future__ import annotations

from crosscheck.facts import extract_facts
from crosscheck.models import Claim
from crosscheck.stamps import without_timestamps


def _dates_kept(text: str) -> list[str]:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (kept,) = without_timestamps([claim])
    return [f.text for f in kept.facts if f.kind.value == "date" and f.unit != "time"]


def test_the_date_that_closes_a_title_line_or_opens_a_dateline_stamps_the_page() -> None:
    assert _dates_kept("Mob boss Vincent Gigante, crime boss, dies at 77 December 20, 2005") == []
    assert _dates_kept("Major fire at supermarket Sunday, July 21, 2013") == []
    assert _dates_kept("November 4, 2011 Undersea cable operator Seacom said repairs were done.") == []
    assert _dates_kept("Posted in Local News on Friday, September 20, 2013.") == []
    # a date the report gives for what happened is kept, even at the end of a sentence
    assert _dates_kept("Vincent Gigante died in prison custody on December 19, 2005.") == ["December 19", "2005"]
    assert _dates_kept("The quake struck on Sunday, July 21, 2013") == ["Sunday", "July 21", "2013"]
    assert _dates_kept("The ministry published its findings on May 5, 2010, after a review.") == ["May 5", "2010"]
    assert _dates_kept("On May 5, 2010, updated figures showed 400 people had died.") == ["May 5", "2010"]
    assert _dates_kept("2010 World Cup tickets went on sale in Paris on Monday.") == ["2010", "Monday"]


def test_a_date_before_last_updated_stamps_the_page() -> None:
    assert _dates_kept("news / world - 23141479 3 July 2013 Last updated at 13: 38 GMT Aceh rescue operation") == []


def test_a_full_date_right_after_the_page_address_stamps_the_page() -> None:
    assert _dates_kept("http://example.com/2012/08/farewell.html Tuesday, August 7, 2012 Farewell to the dairy") == []
    assert _dates_kept("html Tuesday, August 7, 2012 Farewell to another piece of the old dairy") == []
    # words of the report before it: a date it gives
    assert _dates_kept("The dairy burned down on Tuesday, August 7, 2012 Officials said") == ["Tuesday", "August 7", "2012"]


def test_a_stamp_deep_in_a_long_text_is_still_told_by_the_words_near_it() -> None:
    body = "The council met again to discuss the budget. " * 300
    assert _dates_kept(body + "\nPosted in Local News on Friday, September 20, 2013.") == []
    assert _dates_kept(body + "\nThe quake struck on Sunday, July 21, 2013" + " " * 300) == ["Sunday", "July 21", "2013"]
    assert _dates_kept(body + "\nMajor fire at supermarket Sunday, July 21, 2013" + " " * 300 + "\nMore") == []



def test_blanks_after_a_date_do_not_hide_what_follows_them() -> None:
    assert _dates_kept("November 4, 2011" + "\t" * 250 + "Seacom said repairs were done.") == []
    assert _dates_kept("The quake struck on May 5, 2010 updated" + "\t" * 250 + "figures came later.") == ["May 5", "2010"]



def test_a_date_that_is_a_line_of_its_own_stamps_the_page() -> None:
    assert _dates_kept("Wednesday, July 28, 2004") == []
    assert _dates_kept("Thursday 29 July 2004 08.23 BST") == []
    assert _dates_kept("  August 07, 2012 | 4:59 PM EDT") == []
    # a weekday alone is how reports date events; a sentence around the date keeps it
    assert _dates_kept("Saturday") == ["Saturday"]
    assert _dates_kept("July 28, 2004: the day the dam broke") == ["July 28", "2004"]


def test_a_wire_dateline_and_a_byline_date_stamp_the_page() -> None:
    assert _dates_kept("LONDON, Dec 7 (Reuters) - A man died after a tree fell on his car.") == []
    assert _dates_kept("WASHINGTON, D.C., May 5, 2013 — The Senate voted.") == []
    assert _dates_kept("Storm Darragh: man dies\n7 December 2024 — Chris Jones") == []
    assert _dates_kept("7 December 2024 - By Chris Jones, BBC News") == []
    assert _dates_kept("Storm Darragh: man dies | 7 Dec 2024") == []
    # a date the report gives keeps it, dashes around or not
    assert _dates_kept("The vote on May 5, 2013 - a Monday - was close.") == ["May 5", "2013", "Monday"]
    assert _dates_kept("In LONDON, on Dec 7, a man died.") == ["Dec 7"]


def test_a_timeline_entry_that_opens_with_its_date_keeps_it() -> None:
    assert _dates_kept("June 12, 2023 — A grand jury indicts Daniel Harper on murder charges in Ohio.") == [
        "June 12", "2023",
    ]
