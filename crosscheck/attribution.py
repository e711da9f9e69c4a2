"""Who a text says its words came from: wire credits, datelines, quotations and their speakers.

* :func:`find_credits`: ``(AP)``, ``Photo: AFP``, ``— AP``, ``By REUTERS``,
  ``PARIS, Jan 5 (Agency) —``, found by their form, never by a list of agency names;
* :func:`quotation_spans`: the quotations of a text (curly, straight, single and angle
  quotation marks; apostrophes inside words are not quotation marks);
* :func:`find_attribution`: who a quotation is attributed to, when the text says so
  next to it ("…,” the ministry said").

:mod:`crosscheck.provenance` uses them to tell copying from quoting and to group the
sources that credit one agency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs
from attrs import validators as v

from crosscheck._text import fold
from crosscheck.models import Source

__all__ = ["PRONOUNS", "Credit", "chosen_speaker", "find_attribution", "find_credits", "is_pronoun", "quotation_spans"]


@attrs.frozen(kw_only=True)
class Credit:
    """A wire credit or dateline in a source: who the source says the text (or a photo) came from.

    Attributes:
        source: the id of the source.
        start: offset of the credit's first character in ``Source.text``.
        end: offset one past its last character.
        text: ``source.text[start:end]``.
        agency: the credited agency as written ("EXAMPLE Wire").
        key: the agency's normal form, compared across sources ("example").
        form: ``"dateline"``, ``"credit-line"``, ``"dash-credit"`` or ``"photo-credit"``.
        score: how strongly it says the *text* came from the agency: 100 for a dateline
            or a credit line, 40 for a photo credit (the photo, not the words).
    """

    source: str
    start: int = attrs.field(validator=v.ge(0))
    end: int = attrs.field(validator=v.ge(0))
    text: str
    agency: str
    key: str
    form: str = attrs.field(validator=v.in_(("dateline", "credit-line", "dash-credit", "photo-credit")))
    score: float = attrs.field(validator=v.and_(v.ge(0), v.le(100)))


# ------------------------------------------------------------------------- quotations

_OPENERS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "'": "'"}
_MARK_RE = re.compile("[" + re.escape("".join(sorted(set("".join(_OPENERS) + "".join(_OPENERS.values()))))) + "]")
"""Any opening or closing quotation mark (apostrophes too): the only characters
:func:`_quotes_in_line` acts on."""


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _quotes_in_line(
    text: str, start: int, end: int, opened: int | None = None, closer: str = ""
) -> tuple[list[tuple[int, int]], int | None, str]:
    """Quotation spans of one line, and the quotation still open at its end (where it
    opened, and its closing marks), if any; ``opened`` carries one in from the line
    before."""
    spans = []
    for mark in _MARK_RE.finditer(text, start, end):  # every other character is passed over
        i = mark.start()
        ch = text[i]
        if ch in "'’‘" and _is_apostrophe(text, i):
            continue
        if opened is not None and ch in closer:
            before = text[i - 1] if i > start else " "
            if ch in "\"'" and before.isspace() and i + 1 < end and text[i + 1].isalnum():
                # a straight mark between a space and a word opens, it does not close
                continue
            if ch in "’'" and i + 1 < end and text[i + 1].isalpha() and not before.isspace():
                continue
            if ch == "’" and before in "sS" and text[i + 1 : i + 3][:1] == " " and text[i + 2 : i + 3].islower() and (
                text.find("’", i + 1, end) != -1
            ):
                continue  # "the passengers’ families", inside a quotation that closes later
            spans.append((opened, i + 1))
            opened = None
        elif opened is None and ch in _OPENERS:
            after = text[i + 1] if i + 1 < end else " "
            if ch in "'‘" and not (after.isalnum() or after in "“\""):
                continue
            opened, closer = i, _OPENERS[ch]
    return spans, opened, closer


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the quotations in ``text``, quotation marks included.

    A quotation runs to its closing mark on the same line, or, in double quotation marks,
    on a later one when a text is hard-wrapped (no blank line between, a later line
    closes it and none opens one); one
    left open otherwise ends with its line (a multi-paragraph quotation reopens on each
    line, by convention).
    Apostrophes inside words are not quotation marks.

    >>> text = 'He said "we agree on this" and it\u2019s \u2018final\u2019 now.'
    >>> [text[s:e] for s, e in quotation_spans(text)]
    ['"we agree on this"', '‘final’']
    """
    spans: list[tuple[int, int]] = []
    lines = []
    position = 0
    for line in text.splitlines(keepends=True):
        lines.append((position, position + len(line.rstrip("\r\n")), position + len(line)))
        position += len(line)
    opened: int | None = None
    closer = ""
    for n, (start, end, _) in enumerate(lines):
        found, opened, closer = _quotes_in_line(text, start, end, opened, closer)
        spans += found
        if opened is None:
            continue
        if _wrapped(text, lines[n + 1 :], closer):
            continue  # a hard-wrapped line: the quotation goes on in the next
        spans.append((opened, end))
        opened = None
    return spans


def _wrapped(text: str, following: Sequence[tuple[int, int, int]], closer: str) -> bool:
    """Whether a quotation open at the end of a line goes on in the lines that follow: a
    hard-wrapped text, where one of the next lines closes it before a blank line (a line
    of its own, as ``str.splitlines`` cuts them) and no line opens a quotation of its own
    (as each paragraph of a quotation over several does)."""
    if not set(closer) & set(_DOUBLE_CLOSERS):
        return False  # a single mark closes as often as it stands for an apostrophe ("company’s", "the ‘90s")
    for start, end, _ in following[:_WRAP_REACH]:
        body = text[start:end].lstrip()
        if not body or body[0] in _OPENERS:
            return False
        if any(c in body for c in closer if c in _DOUBLE_CLOSERS):
            return True
    return False


_DOUBLE_CLOSERS = "”\"»“"  # “ closes a German „quotation“


_WRAP_REACH = 20
"""Lines a hard-wrapped quotation may run on for (about 1,400 characters at 70 a line)."""


_SPEECH = r"(?:said|says|stated|states|told|tells|noted|notes|added|adds|wrote|writes|explained|emphasi[sz]ed|announced|argued|tweeted|insisted)"
_WHO = r"(?P<who>(?:the |a |an )?[A-Za-z][\w’'.&-]*(?: [A-Za-z][\w’'.&-]*){0,5}?)"
_AFTER = (
    re.compile(rf"^{_WHO} {_SPEECH}\b"),
    re.compile(rf"^{_SPEECH}(?: \w+)? {_WHO}(?=[,.;:]|$| in | on | at | after | during )"),
    re.compile(rf"^according to {_WHO}(?=[,.;:]|$| in | on | at | after | issued | released )", re.IGNORECASE),
)
_BEFORE = (
    re.compile(rf"\baccording to {_WHO}(?=[,.;:]|$| in | on | at | after | issued | released )", re.IGNORECASE),
    re.compile(rf"(?:^|[.;]\s+|\n){_WHO} {_SPEECH}\s*[,:]?\s*$"),
)


def find_attribution(text: str, start: int, end: int) -> str | None:
    """Who a quotation at ``text[start:end]`` is attributed to, when the text says so nearby.

    >>> text = '"We will act," the ministry said in a release.'
    >>> find_attribution(text, 0, 14)
    'the ministry'
    >>> text = 'According to the press release issued on Monday,\\n"We will act."'
    >>> find_attribution(text, 49, 63)
    'the press release'
    """
    after = text[end : end + 160].split("\n", 1)[0]
    after = re.sub(r"^[\s,.;:”\"’']+", "", after)
    for pattern in _AFTER:
        match = pattern.search(after)
        if match:
            return match.group("who").rstrip(".")
    line_start = text.rfind("\n", 0, start)
    if text[line_start + 1 : start].strip() == "" and line_start > 0:
        line_start = text.rfind("\n", 0, line_start)  # a quotation that opens a line: look at the line above
    before = text[max(line_start + 1, start - 200) : start].rstrip(" “\"‘'")
    for pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            return _LEAD_IN_RE.sub("", match.group("who")).rstrip(".")
    return None


_LEAD_IN_RE = re.compile(
    r"^(?:in|during|on|at)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:statement|interview|post|tweet|speech|letter|message|video|briefing|release|conference)\s*,?\s+",
    re.IGNORECASE,
)
"""Words that say where a statement was made, not who made it ("In a statement the operator said")."""
PRONOUNS = frozenset("he she they it we i you".split())
"""Speakers that name no one: another source's attribution of the same quotation says more."""


def is_pronoun(who: str) -> bool:
    """Whether a speaker names no one: a pronoun, alone or with an adverb ("he", "he also")."""
    words = who.split()
    return not words or words[0].lower() in PRONOUNS


def chosen_speaker(speakers: Iterable[str]) -> str | None:
    """The speaker that names who spoke best, of those the sources give for one statement: a
    name ("Lagadianos", "Minister Lee") over a description ("a government spokesman",
    "police"), then the fuller, then the first in alphabetical order (whichever source came
    first); None where every one is a pronoun ("he said" / "she said").

    >>> chosen_speaker(["he also", "a government spokesman", "Lagadianos"])
    'Lagadianos'
    """
    def rank(who: str) -> tuple[bool, int, str]:
        described = not who[:1].isupper() or who.split()[0].lower() in ("the", "a", "an")
        return described, -len(who), who

    named = [who for who in speakers if not is_pronoun(who)]
    return min(named, key=rank) if named else None


# ---------------------------------------------------------------------------- credits

_GENERIC_CREDIT_WORDS = frozenset(
    "news agency agencies photo photos file image images picture pictures via the newswire wire service".split()
)
_AGENCY_RE = re.compile(r"^[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|and|de|du|la))*$")
_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?(?:,\s*\d{4})?)"
    r"\s*\((?P<agency>[^()\n]{2,40})\)\s*(?:[—–-]{1,2}|:)",
    re.MULTILINE,
)
_PAREN_LINE_RE = re.compile(r"^[ \t]*\((?P<agency>[^()\n]{2,40})\)[ \t]*$", re.MULTILINE)
_PAREN_END_RE = re.compile(r"[.!?”\"'’][ \t]+\((?P<agency>[^()\n]{2,40})\)[ \t]*$", re.MULTILINE)
_PHOTO_LINE_RE = re.compile(
    r"^[ \t]*\(?[ \t]*(?:file[ \t]+)?(?:photo(?:graph)?|image|picture|graphic|video)s?"
    r"(?:[ \t]+credits?|[ \t]+by|[ \t]+courtesy(?:[ \t]+of)?)?[ \t]*(?::|/|©|\bby\b)[ \t]*"
    r"(?P<agency>[^\n]{2,60}?)[ \t]*\)?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_DASH_CREDIT_RE = re.compile(
    r"(?:^|[.!?”\"])[ \t]*(?:(?P<long>[—–]|--)[ \t]*(?P<agency>[A-Z][\w&.'’]*(?:[ \t]+[A-Z][\w&.'’]*){0,3})"
    r"|-[ \t]*(?P<caps>[A-Z]{2,6}))[ \t]*$",
    re.MULTILINE,
)
# a byline credits a wire only when the name looks like one: capitals ("By REUTERS") or a
# name followed by a wire word ("From Example Wire"); "By Maria" is a person, "Via Twitter"
# a platform
_BY_LINE_RE = re.compile(
    r"^[ \t]*(?i:by|from|via)[ \t]+(?:(?P<agency>[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*)(?:[ \t]+(?i:staff|wire|news|reports?))?"
    r"|(?P<named>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*)?)[ \t]+(?i:wire|news|reports?|agency|press))[ \t]*$",
    re.MULTILINE,
)
_SOURCE_LINE_RE = re.compile(
    r"^[ \t]*(?i:source|credit|courtesy(?:[ \t]+of)?)[ \t]*[:|]?[ \t]+(?P<agency>[^\n]{2,40}?)[ \t]*$",
    re.MULTILINE,
)
# words in parentheses or after a dash that label the article, not its origin
_NOT_AGENCIES = frozenset(
    "updated update video videos opinion analysis sponsored advertisement ad live breaking exclusive "
    "editorial correction corrected audio watch listen graphic map chart infographic file photos "
    "continued cont end more explainer podcast gallery slideshow interview "
    # stage directions of a transcript
    "laughter applause cheers cheering crosstalk inaudible sic silence pause music".split()
)
# words that name a role, a date, a desk or a public body, never a news agency ("— Staff
# Writer", "From Tuesday", "By WEB DESK", "Source: Ministry of Health")
_NOT_AGENCY_WORDS = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors columnist "
    "contributor contributors monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december "
    # an outlet's own desks and boards, and the end mark of a press release
    "desk desks board editorial ends "
    # a transcript's notes on a speaker ("MATOS (through translator):")
    "through translator translation interpreter voice over camera "
    # the source of data or of a statement, not of the text ("Source: Ministry of Health")
    "ministry department authority office council commission police government institute "
    "university survey bureau administration".split()
)
_EDGE_LINES = 3
"""A credit line (not a dateline or a photo credit) counts only in the first or last few lines."""
_CLOSING_QUOTES = "”\"’'»"
_CAPTION_WORDS_RE = re.compile(r"(?i)\b(?:image|photo|picture|pictured|shows|captured|file)\b")


def _agency_key(agency: str) -> str:
    first = agency.split("/")[0]
    words = [fold(w) for w in re.findall(r"[^\W_]+", first)]
    return " ".join(w for w in words if w not in _GENERIC_CREDIT_WORDS)


def _looks_like_agency(agency: str, *, capitalised: bool = True) -> bool:
    name = agency.split("/")[0].strip()
    if not name or len(name.split()) > 5 or any(ch.isdigit() for ch in name):
        return False
    # a dateline's parentheses hold an agency whatever its case ("(dpa)")
    return bool(_AGENCY_RE.match(name)) or (not capitalised and bool(re.fullmatch(r"[\w&.' -]+", name)))


def find_credits(source: Source) -> tuple[Credit, ...]:
    """Find the wire credits and datelines of a source, by their form alone.

    >>> s = Source(id="x", text="PARIS, Jan. 5 (Agence Example) — Talks began.\\nPhoto: Example Images")
    >>> [(c.form, c.key, c.score) for c in find_credits(s)]
    [('dateline', 'agence example', 100.0), ('photo-credit', 'example', 40.0)]
    """
    text = source.text
    found: dict[tuple[int, int], Credit] = {}
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]

    def _at_edge(offset: int) -> bool:
        return any(s <= offset < e for s, e in edges)

    def add(match: re.Match[str], group: str, form: str, score: float) -> None:
        agency = match.group(group).strip()
        if not _looks_like_agency(agency, capitalised=form != "dateline"):
            return
        key = _agency_key(agency)
        if not key or key in _NOT_AGENCIES or any(fold(w) in _NOT_AGENCY_WORDS for w in re.findall(r"[^\W_]+", agency)):
            return
        start, end = match.start(group), match.end(group)
        if form in ("credit-line", "dash-credit") and not _at_edge(start):
            return
        if any(s <= start < e or start <= s < end for s, e in found):
            return
        found[(start, end)] = Credit(
            source=source.id, start=start, end=end, text=text[start:end], agency=agency,
            key=key, form=form, score=score,
        )

    for match in _DATELINE_RE.finditer(text):
        add(match, "agency", "dateline", 100.0)
    for match in _PAREN_LINE_RE.finditer(text):
        add(match, "agency", "credit-line", 100.0)
    for match in _PAREN_END_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        caption = _CAPTION_WORDS_RE.search(text, line_start, match.start())
        add(match, "agency", "photo-credit" if caption else "credit-line", 40.0 if caption else 100.0)
    for match in _PHOTO_LINE_RE.finditer(text):
        add(match, "agency", "photo-credit", 40.0)
    for match in _BY_LINE_RE.finditer(text):
        add(match, "agency" if match.group("agency") else "named", "credit-line", 100.0)
    for match in _SOURCE_LINE_RE.finditer(text):
        add(match, "agency", "credit-line", 100.0)
    for match in _DASH_CREDIT_RE.finditer(text):
        # a dash after a closing quotation mark names the speaker, not a wire
        dash = match.start() + next(i for i, ch in enumerate(match.group()) if ch in "—–-")
        if text[:dash].rstrip()[-1:] in _CLOSING_QUOTES:
            continue
        add(match, "agency" if match.group("agency") else "caps", "dash-credit", 100.0)
    return tuple(found[key] for key in sorted(found))
