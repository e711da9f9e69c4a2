"""Words in disguise: homoglyphs and hidden characters inside a word.

A name written with a Cyrillic "а" in place of the Latin "a" looks the same on screen
but never compares equal to the real name, and a zero-width joiner or a right-to-left
override hidden inside a word does the same out of sight. Such a word is not silently
matched or silently missed: each one becomes a discrepancy of kind
:attr:`~crosscheck.models.DiscrepancyKind.HOMOGLYPH` that names the odd characters.

>>> for word in find_disguised_words("Minister Ivаnov met Jo\u200dhn Smith."):
...     print(word.start, word.end, word.problem)
9 15 mixes Latin and Cyrillic letters ('а' is U+0430 CYRILLIC SMALL LETTER A)
20 25 hides an invisible character (U+200D ZERO WIDTH JOINER)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from crosscheck._text import INVISIBLE as _INVISIBLE
from crosscheck._text import hidden_in_figures
from crosscheck.models import Claim, Discrepancy, DiscrepancyKind, Variant

__all__ = ["DisguisedWord", "find_disguised_words", "homoglyph_discrepancies"]

_WORD_RE = re.compile(rf"(?:[^\W\d_]|[{_INVISIBLE}])+")
_INVISIBLE_RE = re.compile(rf"[{_INVISIBLE}]")
_TYPOGRAPHIC = "“”‘’„«»‹›—–‐‑…•·°′″\u00a0\u00ad€£¥₩"
"""Common characters beyond ASCII that are neither letters nor invisible: no part of a word."""
_MAY_DISGUISE_RE = re.compile(rf"[^\x00-\x7f{_TYPOGRAPHIC}]")
"""A character beyond ASCII that a word may hold: without one, every word is plain ASCII."""
# Scripts whose letters look like Latin ones.
_CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")


@attrs.frozen
class DisguisedWord:
    """A word that looks like something it does not compare as.

    Attributes:
        text: the word as written.
        start: offset of its first character in the text searched.
        end: offset one past its last character.
        problem: what is odd about it, naming the characters by code point.
    """

    text: str
    start: int
    end: int
    problem: str


_UNIT_SYMBOLS = frozenset("\u03bc\u03a9\u0394")
"""Greek letters written as symbols of units and quantities beside Latin ones ("2.5 μm",
"10 kΩ", "ΔT"), which look like no Latin letter."""
_JOINERS = frozenset("\u200c\u200d")
"""Zero-width non-joiner and joiner: part of the spelling in Persian, Urdu and the Indic
scripts ("خامنه\u200cای"), a disguise only inside words of look-alike scripts."""


def _script(ch: str) -> str | None:
    if ch in _UNIT_SYMBOLS:
        return None
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    return word if word in _CONFUSABLE_SCRIPTS else None


def _hidden(word: str) -> list[str]:
    """The invisible characters of a word that disguise it: not a joiner between two
    letters of scripts that spell with one."""
    found = set()
    for match in _INVISIBLE_RE.finditer(word):
        ch, i = match.group(), match.start()
        if ch in _JOINERS and 0 < i < len(word) - 1:
            before, after = word[i - 1], word[i + 1]
            if all(c.isalpha() and not c.isascii() and _script(c) is None for c in (before, after)):
                continue
        found.add(ch)
    return sorted(found)


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED CHARACTER')}"


def find_disguised_words(text: str, *, offset: int = 0) -> Iterator[DisguisedWord]:
    """Yield the words of ``text`` that mix look-alike scripts or hide invisible characters.

    An invisible character at the edge of a word (scraping debris) is not reported; one
    between two letters is, and so is one (or a soft hyphen) between two digits of a figure
    (:func:`crosscheck._text.hidden_in_figures`).
    """
    for start, end in hidden_in_figures(text):  # a soft hyphen too: no hyphenation inside a figure
        chars = ", ".join(_describe(ch) for ch in sorted(set(text[start:end]) - set("0123456789.,")))
        yield DisguisedWord(
            text[start:end], start + offset, end + offset, f"hides an invisible character inside a figure ({chars})"
        )
    if text.isascii() or _MAY_DISGUISE_RE.search(text) is None:
        # plain ASCII, or ASCII and typography (curly quotes, dashes): every word is plain
        # ASCII, and none is reported (most texts; one C-level pass)
        return
    for match in _WORD_RE.finditer(text):
        word = match.group()
        start = match.start() + len(word) - len(word.lstrip(_INVISIBLE))
        if word.isascii():
            continue  # plain ASCII letters: one script, nothing invisible
        word = word.strip(_INVISIBLE)
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        hidden = _hidden(word)
        script_of = {ch: _script(ch) for ch in set(letters)}
        counts = Counter(script for ch in letters if (script := script_of[ch]))
        scripts = set(counts)
        problem = None
        if "LATIN" in scripts and len(scripts) > 1:
            # the odd letters are those of the script used least in the word
            odd_script = min(sorted(scripts), key=lambda s: counts[s])
            odd = sorted({ch for ch in letters if script_of[ch] == odd_script})
            names = " and ".join(s.title() for s in sorted(scripts, key=lambda s: (s != "LATIN", s)))
            chars = ", ".join(f"'{ch}' is {_describe(ch)}" for ch in odd)
            problem = f"mixes {names} letters ({chars})"
        elif hidden:
            chars = ", ".join(_describe(ch) for ch in hidden)
            problem = f"hides an invisible character ({chars})"
        if problem:
            yield DisguisedWord(word, start + offset, start + len(word) + offset, problem)


def homoglyph_discrepancies(claims: Sequence[Claim], *, first_id: int = 1) -> list[Discrepancy]:
    """Return one discrepancy for each distinct disguised word in the claims.

    Each has one variant, the word as written, with every source and claim that writes
    it; ids count from ``d<first_id>`` in the order the words first appear.
    """
    found: dict[str, list[tuple[Claim, DisguisedWord]]] = {}
    for claim in claims:
        for word in find_disguised_words(claim.text, offset=claim.start):
            found.setdefault(word.text, []).append((claim, word))
    result = []
    for n, (text, items) in enumerate(found.items(), start=first_id):
        sources = list(dict.fromkeys(claim.source for claim, _ in items))
        variant = Variant(
            text=text,
            sources=sources,
            claims=list(dict.fromkeys(claim.id for claim, _ in items)),
            spans=[(claim.id, word.start, word.end) for claim, word in items],
        )
        problem = items[0][1].problem
        severity = "high" if problem.startswith("mixes") else "medium"
        result.append(
            Discrepancy(
                id=f"d{n}",
                kind=DiscrepancyKind.HOMOGLYPH,
                variants=[variant],
                cluster=None,
                majority=None,
                severity=severity,
                explanation=(
                    f"'{text}' ({', '.join(sources)}) {problem}: it looks like an ordinary word "
                    "but does not compare equal to the same word written plainly. Check the source "
                    "for tampering or a bad copy."
                ),
                rule="look-alike or invisible characters inside a word",
            )
        )
    return result
