"""Private text helpers shared by the stages: folding, spelling normal forms, tokens.

Normal forms only need to be *consistent*: both sides of a comparison go through the
same function, so mapping "promise" to "promize" is harmless, while mapping
"defence" and "defense" to one form is what keeps them from looking different.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

__all__ = [
    "ENDS_LOWER_RE",
    "OPENS_WITH_DATE_RE",
    "LEADS_TO_DATE_RE",
    "LINE_BREAK_RE",
    "LINE_RE",
    "MONTH_NAMES",
    "NUMERAL_WORDS",
    "STOPWORDS",
    "fold",
    "normalize_word",
    "claim_tokens",
    "keep_claim_tokens",
    "one_left_out",
    "content_tokens",
    "stem_word",
    "iter_words",
    "number_word_value",
    "ordinal_word_value",
    "shorten",
    "show_invisible",
    "word_classes",
    "writes_tokenised_figures",
]

# A plain English stopword list (nltk's list needs downloaded data, which we must not
# require). Function words carry no claim; they are left out of similarity scores.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says say saying according told tell one's
    us may might must shall also however meanwhile including well yet still even via per
    """.split()
)

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
WORD_RE = _WORD_RE
"""A word, or a figure's digits, in any letters, an apostrophe inside it included ("didn't", "Zürich", "2019")."""
_POSSESSIVE_RE = re.compile(r"['’]s$")

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
_ORDINAL_DIGITS_RE = re.compile(r"^(\d{1,18})(?:st|nd|rd|th)$")  # longer: no ordinal anyone writes
NUMERAL_WORDS = frozenset(_NUMBER_WORDS) | frozenset(_ORDINAL_WORDS)
"""The case-folded words that :func:`number_word_value` or :func:`ordinal_word_value` read."""

# British -> American spellings that no suffix rule covers.
_SPELLING_WORDS = {
    "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "licences": "licenses",
    "pretence": "pretense", "programme": "program", "programmes": "programs",
    "grey": "gray", "tyre": "tire", "tyres": "tires", "aluminium": "aluminum",
    "judgement": "judgment", "judgements": "judgments", "ageing": "aging",
    "jewellery": "jewelry", "whilst": "while", "amongst": "among",
    "towards": "toward", "enrolment": "enrollment", "fulfil": "fulfill",
    "skilful": "skillful", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "plough": "plow", "storey": "story", "mould": "mold", "moult": "molt",
    "cheque": "check", "cheques": "checks", "kerb": "curb", "sceptic": "skeptic",
    "sceptical": "skeptical", "paediatric": "pediatric", "anaesthetic": "anesthetic",
    "oestrogen": "estrogen", "foetus": "fetus", "diarrhoea": "diarrhea",
    "learnt": "learned", "spelt": "spelled", "dreamt": "dreamed",
    "adviser": "advisor", "advisers": "advisors", "timbre": "timbre", "macabre": "macabre",
}  # fmt: skip
_OUR_EXCEPTIONS = frozenset(
    "hour hours four fours your yours pour pours poured pouring sour soured tour tours "
    "toured touring tourism tourist tourists flour flours devour devours devoured "
    "contour contours detour detours scour scoured amour velour ours journal".split()
)
_SPELLING_RULES = (
    # colour, honoured, favourite, behavioural -> color, honored, favorite, behavioral
    (re.compile(r"^(\w{3,}?)our(s|ed|ing|ite|ites|able|ably|er|ers|al|ally|ful|less|ism|ist|ists)?$"), r"\1or\2"),
    # centre, metres, theatre, fibre -> center, meters, theater, fiber
    (re.compile(r"^(\w{2,})(t|b)re(s|d)?$"), r"\1\2er\3"),
    # catalogue, dialogues -> catalog, dialogs
    (re.compile(r"^(\w{4,})ogue(s)?$"), r"\1og\2"),
    # analyse, paralysed -> analyze, paralyzed
    (re.compile(r"^(\w{2,})ys(e|es|ed|ing|er|ers)$"), r"\1yz\2"),
    # organise, recognised, organisation -> organize, recognized, organization
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    # travelled, cancelling -> traveled, canceling
    (re.compile(r"^(\w{3,}[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
)  # fmt: skip


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
"""The months, as written in full."""
LINE_BREAK_RE = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""A line break, as ``str.splitlines`` reads them: "\\r\\n", "\\n", a lone "\\r" (old Mac files),
and the rarer ones pages carry (U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, form feed, NEL).
Cleaning, segmentation, quotations and line numbers all read lines by it."""
ENDS_LOWER_RE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*\s*$")
"""A line that ends on a word in lower case ("Officials said", "had killed"): it runs on into
a next line that opens with a figure, where a headline ends on a name ("… in Seoul")."""
OPENS_WITH_DATE_RE = re.compile(
    r"\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\s*\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d"
)
"""A line that opens with a date ("7 December 2024 — Chris Jones", "06/06/2013"): a
byline or a stamp under a headline, not the rest of a sentence wrapped onto it (unless the
line before ends on a word that leads to a date, :data:`LEADS_TO_DATE_RE`)."""
LEADS_TO_DATE_RE = re.compile(
    r"\b(?:on|in|since|by|until|till|from|to|of|before|after|through|between|and|or|ended|ending|ends|"
    r"during|early|late|mid|next|last|this|as|at)\W*$",
    re.IGNORECASE,
)
"""The end of a text that a date after it completes ("died on", "… was named coach on")."""
LINE_RE = re.compile("[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
"""A run of text with no line break in it."""


_UNDECOMPOSED = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'",
})
"""Letters that Unicode does not decompose into a base letter and a mark, as they are
written in plain Latin letters ("Wałęsa" Walesa, "Kılıçdaroğlu" Kilicdaroglu,
"Đoković" Djokovic, "Støre" Store)."""


NOUN_AFTER = r"\s+(?!(?:at|in|on|when|and|after|before|as|the|to|from|for|with|by|that|while|but|or)\b)[a-z]"
"""A lower-case word after a figure that is no preposition or conjunction: what the figure
counts ("March 2, 2000 people marched", "In April 31 people were killed"), so the figure is
a count and no year or day."""


def fold(text: str) -> str:
    """Case-fold and strip diacritics and typographic variants ("Zürich" -> "zurich",
    "Đoković" -> "djokovic")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_UNDECOMPOSED).casefold()


def number_word_value(word: str) -> int | None:
    """Return the value of a cardinal number word ("seven" -> 7), or ``None``."""
    return _NUMBER_WORDS.get(word.casefold())


def ordinal_word_value(word: str) -> int | None:
    """Return the value of an ordinal ("seventh" or "7th" -> 7), or ``None``."""
    word = word.casefold()
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    match = _ORDINAL_DIGITS_RE.match(word)
    return int(match.group(1)) if match else None


@functools.lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Return the form of one word that is compared across sources.

    Folds case and diacritics, drops a possessive, maps British to American spelling
    and number words to digits, and writes ordinals as digits ("seventh" -> "7th").

    >>> [normalize_word(w) for w in ["Defence", "analysed", "Korea’s", "seventh", "7th", "five"]]
    ['defense', 'analyzed', 'korea', '7th', '7th', '5']
    """
    word = _POSSESSIVE_RE.sub("", fold(word))
    if word in _SPELLING_WORDS:
        return _SPELLING_WORDS[word]
    if word == "persons":
        return "people"  # "killing 11 persons" / "killing 10 people": what is counted is the same
    ordinal = ordinal_word_value(word)
    if ordinal is not None:
        return f"{ordinal}th"
    number = _NUMBER_WORDS.get(word)
    if number is not None:
        return str(number)
    if not word.isalpha() or len(word) < 5:
        return word
    for pattern, replacement in _SPELLING_RULES:
        if pattern is _SPELLING_RULES[0][0] and word in _OUR_EXCEPTIONS:
            continue
        new, n = pattern.subn(replacement, word)
        if n:
            return new
    return word


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Yield a match for every word of ``text`` (letters and digits, with apostrophes)."""
    return _WORD_RE.finditer(text)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import EnglishStemmer  # rules only: no downloaded data

    return EnglishStemmer().stem


@functools.lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    """Return the Snowball stem of a normalised word ("cooperation" -> "cooper")."""
    if not word.isalpha():
        return word
    return _stemmer()(word)


def content_tokens(text: str) -> list[str]:
    """Return the stemmed, normalised content words of ``text``: no stopwords, no punctuation.

    >>> content_tokens("The two sides analysed the growing cyber-threat landscape.")
    ['2', 'side', 'analyz', 'grow', 'cyber', 'threat', 'landscap']
    """
    return [token for token in map(_content_token, _WORD_RE.findall(text)) if token is not None]


@functools.lru_cache(maxsize=1 << 12)
def words_without_figures(text: str) -> frozenset[str]:
    """The content words (stemmed) of ``text`` that are no figures: what two sentences that
    give a value differently still share.

    >>> sorted(words_without_figures("Police said 43 students went missing."))
    ['miss', 'polic', 'student', 'went']
    """
    return frozenset(w for w in content_tokens(text) if not w[:1].isdigit())


_CLAIM_TOKENS: dict[str, tuple[str, ...]] = {}
_CLAIM_TOKENS_KEPT = 1 << 17
"""Texts whose :func:`claim_tokens` are kept at most (all are forgotten when more come)."""


def claim_tokens(text: str) -> tuple[str, ...]:
    """:func:`content_tokens` of a claim's whole text, kept: the aligner, the rare-word
    index and the lone-surname search each tokenise every claim."""
    tokens = _CLAIM_TOKENS.get(text)
    if tokens is None:
        tokens = tuple(content_tokens(text))
        keep_claim_tokens(text, tokens)
    return tokens


def one_left_out(words: Sequence[str]) -> list[tuple[str | int, ...]]:
    """The words with each one left out in turn, and where: two word lists of one length
    that differ in one word (or none) share one of these.

    >>> one_left_out(["tara", "reid"])
    [(0, 'reid'), (1, 'tara')]
    """
    return [(index, *words[:index], *words[index + 1 :]) for index in range(len(words))]


def keep_claim_tokens(text: str, tokens: tuple[str, ...]) -> None:
    """Keep ``tokens`` as :func:`claim_tokens` of ``text`` (worked out by another process)."""
    if len(_CLAIM_TOKENS) >= _CLAIM_TOKENS_KEPT:
        _CLAIM_TOKENS.clear()
    _CLAIM_TOKENS[text] = tokens


@functools.lru_cache(maxsize=1 << 18)
def _content_token(word: str) -> str | None:
    """The stem of one word as written, or ``None`` for a stopword (one cache look-up a word)."""
    norm = normalize_word(word)
    if norm and norm not in STOPWORDS:
        return stem_word(norm)
    return None


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` things in words: "1 claim", "2 claims", "1 discrepancy"."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def shorten(text: str, width: int, *, placeholder: str = "...") -> str:
    """Return ``text`` cut to at most ``width`` characters, ending with ``placeholder`` when cut.

    >>> shorten("the storm damaged the bridge", 12)
    'the storm...'
    >>> shorten("short", 12)
    'short'
    """
    if len(text) <= width:
        return text
    return text[: max(width - len(placeholder), 0)] + placeholder


_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def show_invisible(text: str) -> str:
    """Write invisible and control characters (bidirectional overrides too) as ``<U+XXXX>``.

    Ordinary spaces, tabs and line breaks are kept.

    >>> show_invisible("abc\u202edef")
    'abc<U+202E>def'
    """
    text = _BIDI_RE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return "".join(ch if ch.isprintable() or ch in " \t\n\r" else f"<U+{ord(ch):04X}>" for ch in text)


INVISIBLE = "".join(
    chr(c)
    for first, last in ((0x034F, 0x034F), (0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F),
                        (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069), (0xFEFF, 0xFEFF))
    for c in range(first, last + 1)
)  # fmt: skip
"""Zero-width and joining characters, the byte-order mark, and the bidirectional controls:
none is visible, each changes what a word compares as. (The soft hyphen is no part of it:
inside a word it is an ordinary hyphenation hint, common in text copied from the web.)"""
_HIDDEN_IN_FIGURE_RE = re.compile(rf"\d[{INVISIBLE}\u00ad]+\d")
"""An invisible character (or a soft hyphen) between two digits: "4\u200b3" shows as "43"
but is read as 4 and 3. One character class repeated once: linear, however long a run of
invisible characters."""


def hidden_in_figures(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the figures of ``text`` that hide an invisible character
    between two digits (:data:`INVISIBLE`, or a soft hyphen): none in ASCII text.

    >>> hidden_in_figures("43 people, not 4\u200b3")
    [(15, 18)]
    """
    if text.isascii():
        return []
    spans: list[tuple[int, int]] = []
    for match in _HIDDEN_IN_FIGURE_RE.finditer(text):
        start, end = match.span()
        # the whole figure: its digits, and a separator between two of them ("1,2\u200b00")
        while start > 0 and (text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2 : start - 1].isdigit())):
            start -= 1
        while end < len(text) and (text[end].isdigit() or (text[end] in ".," and text[end + 1 : end + 2].isdigit())):
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


_SPLIT_FIGURE_RE = re.compile(r"(?<![\d.,])\d{1,3}\. \d|(?<![\d.,])\d{1,3}, \d{3}(?!\d)")
_JOINED_FIGURE_RE = re.compile(r"\d[.,]\d")
_TOKENISER_MARK_RE = re.compile(
    r"(?<![\d.,])\d{1,3}\. \d|\d: \d\d|\b[A-Z]\. [A-Z]\.|\w ['’] s\b|\bn 't\b| - year - old|https?: / /"
)
"""What only a tokeniser writes: a decimal split at its point ("5. 9"), a time or an
abbreviation spaced ("1: 53", "U. S."), a possessive or a hyphen cut off ("Iran ' s",
"55 - year - old"), an address spaced ("http: / /"). A comma and three digits alone may be
two figures ("In Ward 7, 250 homes")."""
_SPACED_HYPHEN_RE = re.compile(r"(?<=[a-z0-9]) - (?=[a-z0-9])")


def writes_tokenised_figures(text: str) -> bool:
    """Whether a source writes its figures as a tokeniser spaced them ("12, 000 people", "a
    5. 9 magnitude quake", as ECB+ and some scraped pages do): it never writes one the usual
    way ("12,000", "5.9"), writes something only a tokeniser writes
    (:data:`_TOKENISER_MARK_RE`), and writes two figures so, or one and words spaced the
    same way ("team - high"). Elsewhere "killed 15. 12 of them were children" is two
    sentences, and "In Ward 7, 250 homes" two figures.

    >>> writes_tokenised_figures("It hit 5. 9 and 6. 1 on the scale.")
    True
    >>> writes_tokenised_figures("He was 23. 2008 was good.")
    False
    """
    if _JOINED_FIGURE_RE.search(text) or not _TOKENISER_MARK_RE.search(text):
        return False
    split = len(_SPLIT_FIGURE_RE.findall(text))
    return split >= 2 or (split == 1 and len(_SPACED_HYPHEN_RE.findall(text)) >= 2)


def merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """``spans`` (``[start, end)`` pairs) as disjoint sorted intervals: their starts and
    their ends, for :func:`overlaps`."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def overlaps(intervals: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the :func:`merged_spans` ``intervals``
    (a look-up, not a scan: a claim with thousands of spans stays linear)."""
    starts, ends = intervals
    n = bisect.bisect_right(ends, start)  # the first interval that ends after ``start``
    return n < len(starts) and starts[n] < end


def word_classes(classes: Mapping[str, str]) -> dict[str, str]:
    """Each word of each class's space-separated words, mapped to its class:
    ``{"dead": "killed died"}`` gives ``{"killed": "dead", "died": "dead"}``."""
    return {word: name for name, words in classes.items() for word in words.split()}
