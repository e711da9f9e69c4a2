"""Quotations inside a claim: their spans, their normal form and whom they are attributed to.

A quotation is a run of three words or more between curly marks (double, or single as
British papers print them), guillemets or straight marks that open and close it, or the
part of a quotation that runs over a sentence boundary (a sentence that opens one and
does not close it, or closes one it did not open). Its normal form (:func:`quote_key`) is what is compared across sources; its
speaker is the name nearest a verb of saying outside it.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator, Sequence

from crosscheck._text import normalize_word
from crosscheck.figures import fact_at
from crosscheck.models import Fact, FactKind

__all__ = ["ELISION", "QUOTED_FIGURE_RULE", "quote_facts", "quote_key"]

_QUOTE_RE = re.compile(r"“([^“”]{3,}?)”|«([^«»]{3,}?)»")
_SINGLE_QUOTE_RE = re.compile(r"(?<!\w)‘((?:[^‘’“”]|’(?=\w))+?)’(?!\w)")
"""A quotation between curly single marks, as British papers print them ("‘We will rebuild,’ he
said"); a ’ between letters is an apostrophe inside it ("don’t"), not its close."""

_DIGIT_RE = re.compile(r"\d")
_BRACKETS_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SPLIT_CONTRACTION_RE = re.compile(r"\s+(['’])\s*(s|t|re|ve|ll|d|m)\b")
_QUOTE_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\.\.\.|…")
ELISION = "…"
"""The word a quotation's normal form holds where the writer left words out ("...", "…")."""
_TIME_ZONE = r"(?:\s?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|local\stime)\b)?"
_CLOCK_IN_QUOTE_RE = re.compile(
    r"\b(?P<h12>\d{1,2})(?:\s?[:.]\s?(?P<m12>\d{2}))?\s?(?P<ampm>[ap])\.?\s?m\b\.?" + _TIME_ZONE
    + r"|\b(?P<h>\d{1,2})\s?:\s?(?P<m>\d{2})\b" + _TIME_ZONE,
    re.IGNORECASE,
)


def _clock_word(match: re.Match[str]) -> str:
    if match.group("h12") is not None:
        hour = int(match.group("h12")) % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        minute = int(match.group("m12") or 0)
    else:
        hour, minute = int(match.group("h")), int(match.group("m"))
    return f" t{hour:02d}{minute:02d} " if hour < 24 and minute < 60 else match.group()


_DOTTED_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}(?![A-Za-z])")
"""An abbreviation written with a full stop after each letter: "U.S.", "U.N."."""


def quote_key(text: str) -> str:
    """Return the normal form of a quotation: its words, spelling-normalised.

    Editorial insertions in brackets are left out, and so is a possessive or
    contraction split off by stray spaces ("She ’ s" = "She's"). A clock time is one word
    however it is written ("6:41pm PST" = "18:41"; "6 p.m." = "6:00 p.m."), and words left
    out ("...", "…") are the word :data:`ELISION`. A character written as HTML writes it
    ("&#8217;", "&amp;") is the character, and an abbreviation is its letters ("U.S." = "US").

    >>> quote_key("We thank her (Tara Reid) and analysed it") == quote_key("We thank her and analyzed it")
    True
    >>> quote_key("He gave up just after 6 p.m. ... the end")
    'he gave up just after t1800 … the end'
    """
    if "&" in text:  # a character written as HTML writes it, in scraped text ("town&#8217;s")
        text = html.unescape(text)
    text = _BRACKETS_RE.sub(" ", text)
    text = _SPLIT_CONTRACTION_RE.sub(r"\1\2", text)
    if "." in text:  # "U.S." is "US"
        text = _DOTTED_RE.sub(lambda m: m.group().replace(".", ""), text)
    if _DIGIT_RE.search(text):
        text = _CLOCK_IN_QUOTE_RE.sub(_clock_word, text)
    return " ".join(ELISION if w in ("...", ELISION) else normalize_word(w) for w in _QUOTE_WORD_RE.findall(text))


QUOTED_FIGURE_RULE = "one quotation, two figures"
"""A figure that two wordings of one quotation give differently (found in :mod:`crosscheck.compare`)."""


_SPEECH_RE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|according to|"
    r"announced|explained|noted|insisted|argued|declared)\b"
)


_ENDS_QUOTED_RE = re.compile(r"[,.!?…]\s?$")
_CLOSES_SENTENCE_RE = re.compile(r"[.!?…]\W*$")
_LEADS_INTO_QUOTE_RE = re.compile(r"(?:^|[:,]|\b(?:said|says|added|adds|told|wrote|writes|stated|declared))\s*$")


def _opens_quotation(text: str, mark: int) -> bool:
    """Whether an opening mark left open at the end of a sentence starts a quotation: it
    stands at the start, after a colon or comma, or after a verb of saying, or it opens
    as a mark does, after a space and before a word ('called the ruling “a disgrace');
    not a stray mark glued to the word before it or followed by a space."""
    if _LEADS_INTO_QUOTE_RE.search(text[max(0, mark - 12) : mark]):
        return True
    return text[mark - 1 : mark].isspace() and text[mark + 1 : mark + 2].isalnum()


def _closes_quotation(text: str, mark: int) -> bool:
    """Whether a closing mark with no opening mark before it ends a quotation: the words
    before it end as quoted words do, with a comma, a full stop, "?" or "!", or the mark
    ends a word and the sentence (British style: 'as potentially suspicious”.')."""
    if _ENDS_QUOTED_RE.search(text[max(0, mark - 2) : mark]):
        return True
    return text[mark - 1 : mark].isalnum() and bool(_CLOSES_SENTENCE_RE.match(text, mark + 1))


_SAID_BEFORE_RE = re.compile(
    r"(?<!\bI )(?<!\bwe )(?<!\bWe )(?<!\byou )(?<!\bYou )"
    r"\b(?:said|told|added|asked|stated|wrote|declared|explained|insisted|replied)(?:\s[a-z]+)?\s?[,:]\s$"
)
"""A verb of saying in the past, a comma or colon and a space right before a straight mark
with a space after it: the mark opens a quotation ('the star said, " I've'). Right after the
comma it closes one that ends on such a verb ('what he was told," Hunter's spokesperson
said'); nor does a speaker's own "I said, " or "That's all I can say, " open one."""
_SPEAKER_AFTER_RE = re.compile(
    r"\s*(?:he|she|they|it|we|I|(?:[A-Z][\w'’.-]*\s+){1,4})(?:\s*)"
    r"(?:said|says|told|tells|added|adds|asked|stated|wrote|explained|insisted|replied|declared)\b"
)
"""A speaker and a verb of saying right after a mark: the mark closed a quotation ('…, " he
said'; '…, " Smith told reporters')."""


def _straight_quotes(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the quotations between straight double quotes.

    A straight mark does not say whether it opens or closes; the spaces around it do:
    one right before a word opens (``said: "We``), one right after a word or after
    end punctuation and a space closes (``agree," he`` or ``agree, " he``), but one after a
    verb of saying and a comma or colon opens (``said, " I've``). So a
    sentence that begins inside a quotation (``act, " he said. "We ...``) does not
    take the narrative between two quotations for one. The part before a first mark
    that closes, and after a last mark that opens, are quotations that run over the
    sentence boundary (:func:`_open_quotes` does the same for curly marks).
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None  # where the open quotation's words start
    opened_at = 0  # and its mark
    first = True
    for match in re.finditer('"', text):
        mark = match.start()
        before = text[mark - 1] if mark else " "
        after = text[mark + 1] if mark + 1 < len(text) else " "
        closes = (not before.isspace() and before not in "([{") or (
            mark >= 2 and text[mark - 2] in ",.!?…" and (after.isspace() or after in ",.;:!?)")
        )
        opens = not after.isspace() and (before.isspace() or before in "([{:—–-")
        words_at = mark + 1
        if (
            opened is None and after.isspace() and _SAID_BEFORE_RE.search(text[max(0, mark - 40) : mark])
            and not _SPEAKER_AFTER_RE.match(text, mark + 1)
        ):
            # 'the star said, " I've done that': it opens, the space after it no part of the
            # quotation; not one that closes a quotation ending on such a verb ('… what the
            # minister said, " Smith told reporters')
            opens, closes = True, False
            words_at = len(text) - len(text[mark + 1 :].lstrip())
        if opened is None:
            if closes and not opens and first and _closes_quotation(text, mark):
                # from the start, or from a curly opening mark ('“We will win," he said')
                start = max(len(text) - len(text.lstrip()), text.rfind("“", 0, mark) + 1)
                spans.append((start, mark))
            elif opens or not closes:
                opened, opened_at = words_at, mark
        elif closes or not opens:
            spans.append((opened, mark))
            opened = None
        else:
            opened, opened_at = words_at, mark  # two openings: the first was a stray mark
        first = False
    if opened is not None and (opened > opened_at + 1 or _opens_quotation(text, opened_at)):
        curly = text.find("”", opened)  # closed with the other kind of mark
        spans.append((opened, curly if curly != -1 else len(text.rstrip())))
    return [(a, b) for a, b in spans if b - a >= 3]


def _open_quotes(text: str, offset: int, speakers: _Speakers) -> Iterator[Fact]:
    """Parts of a quotation that runs over a sentence boundary.

    A sentence that opens a quotation and does not close it holds a quotation from the
    mark to its end; one that closes a quotation it did not open holds one from its
    start to the mark. A mark that neither leads in nor ends quoted words (``their”
    15 Most Wanted``, a curly apostrophe in ``Drake” s``) is a stray one.
    """
    opened = text.rfind("“")
    # a straight mark after it closes it ('“We will win," he said'): :func:`_straight_quotes` has it
    if opened != -1 and "”" not in text[opened:] and '"' not in text[opened:] and _opens_quotation(text, opened):
        start, end = opened + 1, len(text.rstrip())
        if len(text[start:end].split()) >= 3:
            inner = text[start:end]
            yield fact_at(FactKind.QUOTE, text, start, end, offset, quote_key(inner), speakers.of(opened, end))
    closed = text.find("”")
    # a straight mark before it opened it ('said: "we will win,” and'): :func:`_straight_quotes` has it
    if closed != -1 and "“" not in text[:closed] and '"' not in text[:closed] and _closes_quotation(text, closed):
        start = len(text) - len(text.lstrip())
        if len(text[start:closed].split()) >= 3:
            yield fact_at(FactKind.QUOTE, text, start, closed, offset, quote_key(text[start:closed]),
                        speakers.of(start, closed + 1))


_SPEAKER_REACH = 40
"""How far (characters) a name may stand from a verb of saying to be the speaker."""


class _Speakers:
    """Who a quotation of one claim is attributed to: the name nearest a verb of saying
    outside the quotation, within :data:`_SPEAKER_REACH` characters (``""`` if none).

    The verbs and names of the claim are found once and the names near each verb by
    bisection, so a long claim with many quotations, names and verbs is not read over
    again for each quotation. A quotation's span runs from mark to mark, so a verb that
    ends before it or starts after it is one the text outside the quotation holds.
    """

    def __init__(self, text: str, facts: Sequence[Fact]) -> None:
        names = [f for f in facts if f.kind is FactKind.NAME]
        order = sorted(range(len(names)), key=lambda i: names[i].start)
        starts = [names[i].start for i in order]
        longest = max((f.end - f.start for f in names), default=0)
        # each verb with the names within reach of it, in the names' own order (which
        # settles a tie), and their distances
        self._near: list[tuple[int, int, list[tuple[int, Fact]]]] = []
        for verb in _SPEECH_RE.finditer(text) if names else ():
            low = bisect.bisect_left(starts, verb.start() - _SPEAKER_REACH - longest)
            high = bisect.bisect_right(starts, verb.end() + _SPEAKER_REACH)
            near = []
            for index in sorted(order[low:high]):
                fact = names[index]
                distance = min(abs(fact.end - verb.start()), abs(fact.start - verb.end()))
                if distance <= _SPEAKER_REACH:
                    near.append((distance, fact))
            if near:
                self._near.append((verb.start(), verb.end(), near))

    def of(self, start: int, end: int) -> str:
        best = None
        for verb_start, verb_end, near in self._near:
            if verb_end > start and verb_start < end:
                continue  # inside the quotation
            for distance, fact in near:
                if not (start <= fact.start < end) and (best is None or distance < best[0]):
                    best = (distance, fact.value)
        return best[1] if best else ""


def quote_facts(text: str, offset: int, facts: Sequence[Fact]) -> list[Fact]:
    """The quotations of one claim's text as facts, spans shifted by ``offset``; ``facts``
    (the claim's names) say whom each is attributed to.

    >>> [(f.value, f.unit) for f in quote_facts("“We will rebuild the bridge,” the mayor said.", 0, [])]
    [('we will rebuild the bridge', '')]
    """
    found: list[Fact] = []
    speakers = _Speakers(text, facts)
    for match in _QUOTE_RE.finditer(text):
        group = next(i for i in (1, 2) if match.group(i) is not None)
        inner = match.group(group)
        if len(inner.split()) >= 3:
            start, end = match.span(group)
            speaker = speakers.of(match.start(), match.end())
            found.append(fact_at(FactKind.QUOTE, text, start, end, offset, quote_key(inner), speaker))
    for start, end in _straight_quotes(text):
        inner = text[start:end]
        if len(inner.split()) >= 3:
            speaker = speakers.of(max(0, start - 1), min(len(text), end + 1))
            found.append(fact_at(FactKind.QUOTE, text, start, end, offset, quote_key(inner), speaker))
    if "‘" in text:
        double = [(f.start - offset, f.end - offset) for f in found]
        for match in _SINGLE_QUOTE_RE.finditer(text):
            start, end = match.span(1)
            if len(match.group(1).split()) >= 3 and not any(a <= start and end <= b for a, b in double):
                speaker = speakers.of(match.start(), match.end())
                found.append(fact_at(FactKind.QUOTE, text, start, end, offset, quote_key(match.group(1)), speaker))
    found.extend(_open_quotes(text, offset, speakers))
    return found
