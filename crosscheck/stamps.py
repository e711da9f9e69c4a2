"""Page stamps: the dates that say when a page was written, not when the event happened.

A scraped article carries its publication and update dates ("Updated May 5, 2010 1:41
PM", a title line that ends with the day it went out, a dateline). Articles about one
event were published on different days by nature; comparing those dates would report a
conflict on every page. :func:`without_timestamps` takes them out before dates are
compared; the dates a report gives for what happened stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from crosscheck._text import LEADS_TO_DATE_RE
from crosscheck.models import Claim, Fact, FactKind

__all__ = ["without_timestamps"]


_STAMP_WORDS_RE = re.compile(r"(?:published|updated|posted|modified|created)\W{0,3}(?:(?:on|at)\W{0,2})?$", re.IGNORECASE)
_POSTED_IN_RE = re.compile(r"(?:^|\n)\W*(?:published|updated|posted)\s[^.!?\n]{0,40}\son\W{0,2}$", re.IGNORECASE)
"""A line that opens with the stamp word: "posted in Local News on"."""
_STAMP_AFTER_RE = re.compile(
    r"\W{0,3}(?:last\s+)?(?:updated|published|posted|modified)(?:\s*(?::|at\b|on\b|\d)|\s*(?:\r?\n|$))",
    re.IGNORECASE,
)
"""A stamp word right after a date, as page furniture writes it: "3 July 2013 Last updated at 13:38"."""
_CALENDAR_UNITS = frozenset(["date", "month-day", "year", "year-month", "weekday", "day"])
_YEAR_UNITS = frozenset(["date", "year", "year-month"])
_RUN_GAP_RE = re.compile(r"[\s,./|-]*")


def _date_runs(claim: Claim) -> list[list[Fact]]:
    """The claim's calendar facts in runs written side by side ("Sunday, July 21, 2013")."""
    runs: list[list[Fact]] = []
    offset = claim.start
    for fact in sorted(claim.facts, key=lambda f: f.start):
        if fact.kind is not FactKind.DATE or fact.unit not in _CALENDAR_UNITS:
            continue
        if runs and (
            fact.start < runs[-1][-1].end
            or _RUN_GAP_RE.fullmatch(claim.text[runs[-1][-1].end - offset : fact.start - offset])
        ):
            runs[-1].append(fact)
        else:
            runs.append([fact])
    return runs


def _stamps(claim: Claim) -> set[int]:
    """The starts of the date facts that stamp the page ("Updated May 5, 2010 1:41 PM").

    A run of date words is a stamp when "Published", "Updated" or "Posted" comes right
    before it (or a line opens "Posted in Local News on"); when only digits and punctuation stand between it and a clock time
    ("May 5, 2010 1:41 PM"); when it holds a year and ends a line that no full stop ends,
    with no word such as "on" or "in" leading to it (a title line: "Mafia boss dies at
    77 December 20, 2005"); when it holds a year and is the whole claim, but for a clock
    time and a time zone ("Wednesday, July 28, 2004", a line of its own); or when it holds a year and opens the claim before a
    capitalised word and names a day (a dateline: "November 4, 2011 Seacom announced
    ..."; not "2010 World Cup tickets"; the page's web address may come first), or before "Last updated at" or "Updated:". A weekday
    alone, or "yesterday", is how reports date events, and "struck at 3:40 p.m. on May
    5" has a word between, so neither is a stamp.
    """
    offset = claim.start
    text = claim.text
    times = [f for f in claim.facts if f.kind is FactKind.DATE and f.unit == "time"]
    stamped: set[int] = set()
    indent = len(text) - len(text.lstrip())
    for run in _date_runs(claim):
        first, last = run[0].start - offset, max(f.end for f in run) - offset
        has_year = any(f.unit in _YEAR_UNITS for f in run)
        before = text[max(0, first - 60) : first]
        # what a stamp needs of the text after it is near (past the blanks and bars that
        # follow it); a long claim is not copied whole for each run
        blank = _BLANK_RUN_RE.match(text, last)
        cut = (blank.end() if blank else last) + _STAMP_WINDOW
        after = text[last:cut]
        stamp_after = _STAMP_AFTER_RE.match(after)
        if stamp_after is not None and stamp_after.end() == len(after) and cut < len(text):
            stamp_after = _STAMP_AFTER_RE.match(text, last)  # its "$" is the text's end, not the cut
        line = text.rfind("\n", max(0, first - _LINE_REACH), first)
        stamp = (
            bool(_STAMP_WORDS_RE.search(before))
            or bool(_POSTED_IN_RE.search(text, line if line >= 0 else max(0, first - _LINE_REACH), first))
            or (has_year and after.lstrip(" ").startswith("|"))
            or (has_year and stamp_after is not None)
        )
        if not stamp and any(f.unit in _STAMPED_UNITS for f in run):
            for time in times:
                start, end = time.start - offset, time.end - offset
                if start < last and end > first:
                    continue
                gap = (last, start) if start >= last else (end, first)
                if gap[1] - gap[0] <= 12 and not any(c.isalpha() for c in text[gap[0] : gap[1]]):
                    stamp = True
                    break
        if not stamp and has_year:
            ends_line = not after.strip(" |") or after.lstrip(" |").startswith(("\n", "\r"))
            title_line = ends_line and first > 0 and not LEADS_TO_DATE_RE.search(before)
            full_date = any(f.unit in ("date", "month-day") for f in run)
            line_opens = text.rfind("\n", 0, first)
            opens = first == indent or (line_opens >= 0 and not text[line_opens + 1 : first].strip()) or (
                first <= _ADDRESS_MAX and _ADDRESS_START_RE.match(text) is not None
                and _AFTER_ADDRESS_RE.search(text[:first]) is not None
            )
            dateline = full_date and opens and (
                re.match(r"\s+[A-Z]", after) is not None or _BYLINE_AFTER_RE.match(after) is not None
            )
            alone = first == indent and len(text) - last <= _STAMP_WINDOW and _DATE_LINE_REST_RE.fullmatch(text, last)
            stamp = title_line or dateline or bool(alone)
        if not stamp and _WIRE_PLACE_RE.fullmatch(text, indent, first) and _WIRE_AFTER_RE.match(after):
            stamp = True  # a wire dateline: "LONDON, Dec 7 (Reuters) - …"
        if stamp:
            stamped.update(f.start for f in run)
    return stamped


_BYLINE_AFTER_RE = re.compile(
    r"\s+[-–—|]\s+(?:By\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*(?:\n|$)"
)
"""A writer's name after a date and a dash, with at most an outlet after a comma, and nothing
else on the line: "7 December 2024 — Chris Jones", "7 December 2024 - By Chris Jones, BBC
News" (a timeline's entry, "June 12, 2023 — A grand jury indicts …", goes on)."""
_WIRE_PLACE_RE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*")
"""The place of a wire dateline, in capitals, with its state or country: "LONDON, ",
"WASHINGTON, D.C., ", "SYDNEY, Australia, "."""
_WIRE_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]")
_ADDRESS_START_RE = re.compile(r"\s*(?:https?\s?:|www\s?\.|s?html?\b|php\b|aspx?\b|cfm\b)")
_ADDRESS_MAX = 400
"""Characters a web address before a dateline may take (longer is no address)."""
_AFTER_ADDRESS_RE = re.compile(
    r"\A\s*(?:(?:https?\s?:|www\s?\.)\S*(?:\s+\S+)*?\s?(?:\.\s?(?:s?html?|php|aspx?|cfm)|/)|(?:s?html?|php|aspx?|cfm))\s*\Z"
)
"""A page's web address (or the end of one the segmenter cut: "html"), and nothing else,
before a date ("http://…/story.html Tuesday, August 7, 2012 Farewell …"): the date
opens the page as a dateline does."""
_DATE_LINE_REST_RE = re.compile(r"[\s\d.,:|/-]*(?:(?:[AaPp]\.?\s?[Mm]\.?|[A-Z]{2,4})\b[\s\d.,:|/-]*){0,2}")
"""What may follow a date that stands alone as a claim: a clock time and a time zone
("Thursday 29 July 2004 08.23 BST"). Such a line is the page's stamp."""
_STAMP_WINDOW = 200
"""Characters after a run of date words (past its blanks) that tell whether it stamps the page."""
_LINE_REACH = 2000
"""Characters back to the start of a run's line that are read for "Posted in … on"."""
_BLANK_RUN_RE = re.compile(r"[\s|]*")
_STAMPED_UNITS = frozenset(["date", "month-day", "year", "year-month"])


def without_timestamps(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each without the dates that stamp a web page (publication, updates).

    Such dates differ between articles by nature (one outlet published a day later);
    they say when a page was written, not when the event happened.
    """
    result = []
    for claim in claims:
        stamps = _stamps(claim) if any(f.kind is FactKind.DATE for f in claim.facts) else set()
        kept = tuple(f for f in claim.facts if f.kind is not FactKind.DATE or f.unit == "time" or f.start not in stamps)
        result.append(claim if len(kept) == len(claim.facts) else attrs.evolve(claim, facts=kept))
    return result
