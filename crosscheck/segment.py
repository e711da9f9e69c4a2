"""Split a cleaned source into segments: sentences, headlines, bullets and captions.

Sentences come from nltk's Punkt, built from parameters shipped here (a list of
abbreviations) rather than from downloaded data, so it works on a machine that has
never downloaded nltk data. Every segment keeps its ``[start, end)`` span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from crosscheck._text import ENDS_LOWER_RE as _ENDS_LOWER_RE
from crosscheck._text import LEADS_TO_DATE_RE as _LEADS_TO_DATE_RE
from crosscheck._text import LINE_BREAK_RE, LINE_RE, merged_spans, writes_tokenised_figures
from crosscheck._text import OPENS_WITH_DATE_RE as _OPENS_WITH_DATE_RE
from crosscheck.models import Segment, SegmentKind, Source

__all__ = ["split_sentences", "segment_source", "ABBREVIATIONS"]

ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon
    pres supt insp det cpl pvt maj brig messrs mme mlle u.s u.k u.n e.u u.s.a n.y d.c
    no nos vs etc inc ltd co corp dept univ assn bros est approx fig figs al ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m i.e e.g cf ca op ed vol pp
    atty amb pfc ph.d m.p.h a.k.a hwy
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")
"""Words that Punkt must not read as the end of a sentence when a period follows."""


_PLAIN_BREAK_RE = re.compile(r"([A-Za-z]+)([.?!])(?:[ \t\n]+[^\s.?!]+|[)\";}\]*:@'({\[‘’“”«»?!])")
"""A potential break after a plain word, before more text that holds no ``.``, ``?`` or
``!`` ("said. The", "Mr. Smith", "why? The", "said. “We") or a mark alone ('Act.”')."""


class _Punkt(PunktSentenceTokenizer):
    """Punkt with our parameters (abbreviations only), deciding the commonest potential
    breaks without its token machinery.

    A plain word (ASCII letters) and ``.``, ``?`` or ``!`` make a token of their own when
    whitespace or a mark Punkt reads as no part of a word follows, and another token
    comes after; with no ``.``, ``?`` or ``!`` after, no later token can break. With no collocations, sentence starters or orthographic counts learnt,
    Punkt then breaks after ``?`` or ``!`` always, and after a full stop unless the word
    is an abbreviation (an initial among them): its orthographic heuristic never finds a
    sentence starter, so an abbreviation is never a break, and only initials and numbers
    lose a break they were given. Any other context goes to Punkt itself.
    """

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_BREAK_RE.fullmatch(text)
        if plain is None:
            return bool(super().text_contains_sentbreak(text))
        return plain.group(2) != "." or plain.group(1).lower() not in ABBREVIATIONS


class _StdlibVars(PunktLanguageVars):
    """Punkt's language variables, with the two patterns it runs over whole paragraphs
    (potential breaks, closing marks after a break) compiled by the standard library's
    ``re`` rather than nltk's guarded ``regex``: the same matches, faster, on any text
    without the separators U+001C-U+001F (the only characters whose ``\\s`` the two
    engines read differently); :func:`_tokenizer` keeps those texts for nltk's own."""

    __slots__ = ()
    _NLTK = PunktLanguageVars()
    re_boundary_realignment = re.compile(_NLTK.re_boundary_realignment.pattern, re.MULTILINE)
    _PERIOD_CONTEXT_RE = re.compile(_NLTK.period_context_re().pattern, re.VERBOSE)

    def period_context_re(self) -> re.Pattern[str]:
        return self._PERIOD_CONTEXT_RE


_SEPARATORS_RE = re.compile("[\x1c-\x1f]")


@functools.lru_cache(maxsize=2)
def _punkt(stdlib: bool) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return _Punkt(params, lang_vars=_StdlibVars() if stdlib else None)


def _tokenizer(text: str = "") -> PunktSentenceTokenizer:
    """The sentence tokenizer for ``text``."""
    return _punkt(_SEPARATORS_RE.search(text) is None)


_BULLET_RE = re.compile(r"^\s*(?:[-*+•·▪►◦‣–—]|\d{1,2}[.)])\s+(?=\S)")
_CAPTION_RE = re.compile(
    r"^\W*(this|the|a|above|below|in this|file)?\s*(image|photo|picture|photograph|"
    r"screenshot|file photo|screen capture)\b|\((left|right|centre|center|front|"
    r"back|top|bottom|pictured|L|R|C)\)",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_CONTINUES_RE = re.compile(r"[,:;—–\-]\s*$")
_OPEN_QUOTES = "“«"
_LINE_BREAK_RE = LINE_BREAK_RE
_CLOSE_QUOTES = "”»"


_SPACES = {ord(ch): " " for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
"""Space characters other than the space, each read as one."""


def split_sentences(text: str, *, offset: int = 0, tokenised: bool = False) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` spans of the sentences of one block of text.

    A quotation that Punkt would cut at an inner full stop is kept whole, so that its
    last part does not lose its speaker. With ``tokenised`` (a source that writes its
    figures as a tokeniser spaced them), no sentence ends inside a figure ("averaged 5. 2 yards").

    >>> text = 'He said: “We agree. We will act.” Then he left.'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['He said: “We agree. We will act.”', 'Then he left.']
    """
    # spaces of other widths (a no-break space between every word, as some sites write) read
    # as spaces: one character each, so every offset stays
    if not text.isascii():
        text = text.translate(_SPACES)
    punkt = [(s + offset, e + offset) for s, e in _tokenizer(text).span_tokenize(text)]
    spans = _after_closing_abbreviations(text, punkt, offset)
    merged: list[tuple[int, int]] = []
    depth = 0  # curly quotation marks open
    straight = False  # a straight quotation mark open: each one opens or closes
    for start, end in spans:
        piece = text[start - offset : end - offset]
        # the end of the sentence so far is all the checks below read (the whole of it, each
        # time, made a run of merges quadratic)
        before = ""
        if merged:
            before = text[max(merged[-1][0], merged[-1][1] - 16) - offset : merged[-1][1] - offset]
        # '“Where are they?” asked Kim': what follows a question in lower case is its speaker
        speaker = bool(merged) and _ASKED_RE.search(before) is not None and piece[:1].islower()
        # "averaged 5. 2 yards": a figure a tokeniser split at its decimal point, no end
        split = (
            tokenised and bool(merged) and _SPLIT_DECIMAL_END_RE.search(before) is not None
            and text[merged[-1][1] - offset : start - offset] == " "
            and _SPLIT_DECIMAL_START_RE.match(piece) is not None
        )
        if merged and (depth > 0 or straight or speaker or split):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        depth = max(0, depth + _quote_balance(piece))
        straight ^= piece.count('"') % 2 == 1
        if (depth or straight) and merged[-1][1] - merged[-1][0] > 3000:
            depth, straight = 0, False  # an unclosed quote must not swallow the rest of the text
    return merged


_CLOSING_ABBREVIATION_RE = re.compile(
    # a time, a company, a generation: then a word that opens a sentence
    r"\b(?:[ap]\.m|Inc|Corp|Ltd|Co|Jr|Sr|etc)\.[ \t]+"
    r"(?=(?:The|A|An|He|She|It|They|We|I|Police|Officials|Authorities|But|And|In|On|At|This|That|These|Those"
    r"|There|His|Her|Their|Its|Our|No|Some|Many|Most|After|When|While)\b)"
    # a country, which names so often start after ("U.S. Police Chief"): then a pronoun or an article
    r"|\b(?:U\.S|U\.K|U\.N|E\.U)\.[ \t]+(?=(?:The|A|An|He|She|It|They|We|I|This|These|Those|There)\b)"
    # a time of day: then a name that a verb follows ("at 6 a.m. Prime Minister Kyriakos
    # Mitsotakis declared", "at 6 a.m. Heathrow said"), but for a day, a month or a time zone
    # ("6 a.m. Tuesday", "8 p.m. EDT", "9 a.m. Sept. 5 was", "6 a.m. Eastern"); not a holiday
    # or a zone that no verb follows ("at 8 p.m. Christmas Eve, killing", "7 a.m. Moscow Time")
    r"|\b[ap]\.m\.[ \t]+(?=(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?!(?:Eastern|Pacific|Central|Mountain|Atlantic|Greenwich|Local|Standard|Daylight|Summer)\b)"
    r"(?:[A-Z][\w'’.-]*[ \t]+){1,5}(?:[a-z]+ed|said|says|told|is|was|has|had|will|would|can|could)\b)"
)
"""An abbreviation that often ends a sentence ("at 3 p.m.", "in the U.S.", "Apple Inc."),
before a word that opens one ("Police arrived", "The company said"): Punkt, knowing the
abbreviation, never breaks there."""


def _after_closing_abbreviations(text: str, spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """``spans`` with each cut again after a :data:`_CLOSING_ABBREVIATION_RE`."""
    if not any(mark in text for mark in (".m.", "U.", "E.U.", "D.C.", "Inc.", "Corp.", "Ltd.", "Co.", "r.", "etc.")):
        return spans
    cut = []
    for start, end in spans:
        for match in _CLOSING_ABBREVIATION_RE.finditer(text, start - offset, end - offset):
            stop = match.start() + len(match.group().rstrip())  # just past the full stop
            cut.append((start, stop + offset))
            start = match.end() + offset
        cut.append((start, end))
    return cut


_ASKED_RE = re.compile(r"[?!][\"”’'»]?\s*$")
_SPLIT_DECIMAL_END_RE = re.compile(r"(?<![\d.,])\d{1,3}\.$")
_SPLIT_DECIMAL_START_RE = re.compile(r"\d+(?![\d:])(?<!\d{4})")
"""The two halves of a decimal that tokenised corpora write with a space ("5. 9 magnitude",
"$27. 5 million"); a year before a full stop ("in 2008. 4: 49 pm") ends its sentence."""


def _quote_balance(piece: str) -> int:
    """Curly quotation marks opened in ``piece`` less those closed."""
    return sum(piece.count(q) for q in _OPEN_QUOTES) - sum(piece.count(q) for q in _CLOSE_QUOTES)


def _line_kind(line: str) -> SegmentKind | None:
    """Classify a kept line; ``None`` for a body line."""
    if _BULLET_RE.match(line):
        return SegmentKind.BULLET
    if _CAPTION_RE.search(line):
        return SegmentKind.CAPTION
    stripped = line.strip()
    if (
        not _SENTENCE_END_RE.search(stripped)
        and not _CONTINUES_RE.search(stripped)
        and len(stripped.split()) <= 25
    ):
        return SegmentKind.HEADLINE
    return None


def segment_source(source: Source) -> tuple[Segment, ...]:
    """Split a source into segments, leaving out the spans cleaning dropped.

    Lines are read one by one: a bullet item, a caption and a headline (a short line
    with no closing punctuation) are segments of their own; consecutive body lines are
    joined into a paragraph when a line does not end a sentence (a hard wrap, or an
    attribution ending in a comma before its quotation) and split into sentences by Punkt.
    A blank line ends a paragraph unless the line before it ends in a comma, colon or
    dash (an attribution leading into its quotation).
    """
    text = source.text
    tokenised = writes_tokenised_figures(text)
    dropped = merged_spans((d.start, d.end) for d in source.dropped)  # disjoint, in order
    blocks = _kept_lines(text, dropped)
    segments: list[Segment] = []
    paragraph: list[tuple[int, int]] = []

    def flush() -> None:
        if paragraph:
            start, end = paragraph[0][0], paragraph[-1][1]
            for s, e in split_sentences(text[start:end], offset=start, tokenised=tokenised):
                segments.append(_segment(source, s, e, SegmentKind.BODY))
            paragraph.clear()

    for index, (start, end) in enumerate(blocks):
        line = text[start:end]
        kind = _line_kind(line)
        if kind is SegmentKind.HEADLINE and index + 1 < len(blocks):
            following = text[blocks[index + 1][0] : blocks[index + 1][1]]
            next_line = len(_LINE_BREAK_RE.findall(text, end, blocks[index + 1][0])) == 1
            if following[:1].islower() or (
                next_line and following[:1].isdigit() and _ENDS_LOWER_RE.search(line)
                and (not _OPENS_WITH_DATE_RE.match(following) or _LEADS_TO_DATE_RE.search(line))
            ):
                kind = None  # a hard-wrapped line ("Officials said" / "43 students died"), not a headline
        if paragraph and (kind is None or kind is SegmentKind.HEADLINE):
            previous = text[paragraph[-1][0] : paragraph[-1][1]]
            # a blank line ends a paragraph, unless the line before it leads into the next;
            # dropped text in between ends it too: a claim never holds what cleaning dropped
            blank = len(_LINE_BREAK_RE.findall(text, paragraph[-1][1], start)) >= 2
            joins = _CONTINUES_RE.search(previous) if blank else not _SENTENCE_END_RE.search(previous)
            if joins and not _dropped_between(dropped[0], paragraph[-1][1], start):
                paragraph.append((start, end))
                continue
        flush()
        if kind is None:
            paragraph.append((start, end))
            continue
        if kind is SegmentKind.BULLET:
            marker = _BULLET_RE.match(line)
            start += marker.end() if marker else 0
            for s, e in split_sentences(text[start:end], offset=start, tokenised=tokenised):
                segments.append(_segment(source, s, e, kind))
        else:
            segments.append(_segment(source, start, end, kind))
    flush()
    return tuple(
        piece for segment in segments if segment.text.strip() for piece in _bounded(source, segment)
    )


MAX_SEGMENT_CHARS = 4000
"""The longest segment kept whole. Real sentences, even long quotations kept whole, stay
well under it (the longest of ~27k sentences of news measured: 3,060 characters); text
that runs on longer with no sentence end (a page scraped without punctuation) is cut
into pieces, so that no claim is long enough to make the work on one claim's facts grow
with the square of its length."""

_CLAUSE_END_RE = re.compile(r"[;,:]\s|\s[–—-]\s")


def _bounded(source: Source, segment: Segment) -> list[Segment]:
    """``segment`` cut into pieces of at most :data:`MAX_SEGMENT_CHARS` characters: at the
    last clause mark (``;``, ``,``, ``:``, a dash) in the second half of each piece, else
    at the last space, else where the limit falls."""
    if segment.end - segment.start <= MAX_SEGMENT_CHARS:
        return [segment]
    text = source.text
    pieces = []
    start = segment.start
    while segment.end - start > MAX_SEGMENT_CHARS:
        limit = start + MAX_SEGMENT_CHARS
        half = start + MAX_SEGMENT_CHARS // 2
        cut = None
        for mark in _CLAUSE_END_RE.finditer(text, half, limit):
            cut = mark.end()
        if cut is None:
            space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
            cut = space + 1 if space != -1 else limit
        pieces.append(_segment(source, start, cut, segment.kind))
        start = cut
    pieces.append(_segment(source, start, segment.end, segment.kind))
    return [piece for piece in pieces if piece.text.strip()]


def _segment(source: Source, start: int, end: int, kind: SegmentKind) -> Segment:
    text = source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(source=source.id, start=start, end=end, text=text[start:end], kind=kind)


def _dropped_between(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether dropped text (the ``starts`` of disjoint dropped spans, in order) stands
    between two kept lines, one ending at ``start`` and the next starting at ``end``: found
    by bisection, not a scan of them all for each line."""
    n = bisect.bisect_left(starts, start)
    return n < len(starts) and starts[n] < end


def _kept_lines(text: str, dropped: tuple[list[int], list[int]]) -> list[tuple[int, int]]:
    """Non-blank lines (stripped spans) minus the dropped spans (``merged_spans``' starts and ends)."""
    starts, ends = dropped
    kept: list[tuple[int, int]] = []
    for match in LINE_RE.finditer(text):
        pieces = [match.span()]
        # the dropped spans that overlap the line, found by bisection (a page of thousands of
        # furniture lines is not scanned whole for each line)
        n = bisect.bisect_right(ends, match.start())
        while n < len(starts) and starts[n] < match.end():
            d_start, d_end = starts[n], ends[n]
            n += 1
            # what is left of each piece on either side of the dropped span (the line " Menu "
            # around its dropped "Menu": blanks only)
            pieces = [
                (a, b) for start, end in pieces
                for a, b in ((start, min(end, d_start)), (max(start, d_end), end)) if a < b
            ]
        for start, end in pieces:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                kept.append((start, end))
    return kept
