"""Acronyms and their expansions: does "Ransomware Initiative (CRI)" spell CRI?

An acronym written in parentheses right after a capitalised name is a definition:
"Korea Internet & Security Agency (KISA)". Whether the name fits the acronym is
decided with the algorithm of Schwartz and Hearst (2003), the usual baseline for
abbreviation definitions in running text: the acronym's letters, read right to left,
must be found in order in the words before it, its first letter at the start of a
word. It forgives what real expansions do (connectors, letters taken from inside a
word: "Ministry of Foreign Affairs (MOFA)", "Enhancing Security Cooperation In and
With Asia (ESIWA)") and still catches a missing word ("Ransomware Initiative (CRI)").
"""

from __future__ import annotations

import re

import attrs

from crosscheck._text import fold

__all__ = ["AcronymDefinition", "find_definitions", "long_form"]

_DEFINITION_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,11})\)")
_WORD_RE = re.compile(r"\S+")
_CONNECTORS = frozenset("of for and the on in to at de du des la le del di".split())
_NAME_PARTICLES = frozenset("al el bin ibn abu van von der den".split())
"""Lowercase particles that open a name ("al Qaeda", "van Gogh") and may give its acronym a letter."""
_PARTICLE_NAME_RE = re.compile(r"[a-z]{1,3}-(?=[^\W\d_])")
"""A name with a lowercase particle joined to it, capitalised after the hyphen: "al-Qaida"."""
_MAX_WORDS = 16


@attrs.frozen
class AcronymDefinition:
    """An acronym in parentheses and the words written before it.

    Attributes:
        acronym: the acronym as written ("KISA").
        start: offset of the acronym in the text given to :func:`find_definitions`.
        end: offset one past it.
        window: the capitalised words (and connectors) right before the parenthesis.
        window_start: offset of the window's first character.
        expansion: the shortest tail of the window that spells the acronym, or ``None``.
        expansion_start: offset of the expansion, or of the window when nothing in it
            spells the acronym.
    """

    acronym: str
    start: int
    end: int
    window: str
    window_start: int
    expansion: str | None
    expansion_start: int


def long_form(acronym: str, words: str) -> str | None:
    """Return the shortest tail of ``words`` that spells ``acronym``, or ``None``.

    >>> long_form("MOFA", "at the Ministry of Foreign Affairs")
    'Ministry of Foreign Affairs'
    >>> long_form("CRI", "organizations such as the Ransomware Initiative") is None
    True
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    # a letter with a mark spells its base letter: "The Élysée Palace (EP)"
    folded = [fold(c)[:1] for c in words]
    if not letters:
        return None
    s_index = len(letters) - 1
    l_index = len(words) - 1
    while s_index >= 0:
        char = letters[s_index]
        while l_index >= 0 and (
            folded[l_index] != char
            or (s_index == 0 and l_index > 0 and words[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    begin = words.rfind(" ", 0, l_index + 1) + 1
    return words[begin:]


_DASH_AFTER_RE = re.compile(r"[ \t]*[—–-]")


def _is_dateline(text: str, window_start: int, window: str, after: int) -> bool:
    """Whether the words before the parenthesis open their line as a wire dateline does:
    "LOS ANGELES (AP) — Two people…", "Buenos Aires (Reuters) - …". A city and its
    agency, not a name and its acronym (unless the words spell it): the words are in
    capitals, or a dash follows."""
    line_start = text.rfind("\n", 0, window_start) + 1
    if text[line_start:window_start].strip():
        return False
    letters = [c for c in window if c.isalpha()]
    return all(c.isupper() for c in letters) or bool(_DASH_AFTER_RE.match(text, after))


def _capitalised_tail(words: list[re.Match[str]]) -> int | None:
    """Index of the first word of the capitalised run that ends the window, or ``None``."""
    index = None
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group().strip(",;:\"“”'")
        particle = _PARTICLE_NAME_RE.match(word)
        if word[:1].isupper() or word == "&" or (particle and word[particle.end()].isupper()):
            index = n
        elif word.lower() in _CONNECTORS or word in ("-", "–"):
            continue
        elif word in _NAME_PARTICLES:
            index = n  # "al Qaeda in the Arabian Peninsula (AQAP)", "Friedrich von Hayek Society"
        else:
            break
    return index


def find_definitions(text: str) -> list[AcronymDefinition]:
    """Return every "Name (ACRONYM)" definition in ``text`` that follows a capitalised name.

    >>> [(d.acronym, d.expansion) for d in find_definitions("the Ministry of Foreign Affairs (MOFA) and the Ransomware Initiative (CRI).")]
    [('MOFA', 'Ministry of Foreign Affairs'), ('CRI', None)]
    """
    found = []
    for match in _DEFINITION_RE.finditer(text):
        acronym = match.group("acr")
        letters = acronym[:-1] if acronym.endswith("s") and acronym[-2:-1].isupper() else acronym
        if sum(c.isupper() for c in letters) < 2 or not letters.isupper():
            continue  # "(TsKVPR)", a transliteration, is not spelled by English words
        before = text[: match.start()].rstrip()
        # the window: the capitalised run before the parenthesis (Schwartz & Hearst
        # bound it by min(|A| + 5, 2|A|) words; a run of capitalised words is bounded
        # already, and long official names need more)
        words = list(_WORD_RE.finditer(before))[-_MAX_WORDS:]
        if not words:
            continue
        # stop at a clause boundary: the expansion never spans a comma or a full stop
        for n in range(len(words) - 1, 0, -1):
            if words[n - 1].group()[-1:] in ",;:.)":
                words = words[n:]
                break
        tail = _capitalised_tail(words)
        if tail is None:
            continue  # "(the so-called DPA)" after lowercase words is no definition
        if len(words) - tail < 2:
            continue  # "Intel (INTC)": a ticker or a translation, not an expansion
        window_start = words[tail].start()
        window = before[window_start:]
        if _is_dateline(text, window_start, window, match.end()) and long_form(letters, window) is None:
            continue
        expansion = long_form(letters, window)
        expansion_start = window_start + len(window) - len(expansion) if expansion else window_start
        found.append(
            AcronymDefinition(
                acronym=acronym,
                start=match.start("acr"),
                end=match.end("acr"),
                window=window,
                window_start=window_start,
                expansion=expansion,
                expansion_start=expansion_start,
            )
        )
    return found
