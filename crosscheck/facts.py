"""Facts inside a claim: names, numbers, ordinals, dates, quotations and acronyms.

Each fact keeps its span in the source text and a normal form (``Fact.value``), the
form compared across sources, so that benign variation (defence/defense, 7th/seventh,
Director-General/Director General, S. Korea/South Korea) is not a difference.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence, Set

import attrs

from crosscheck._text import (
    LINE_RE,
    MONTH_NAMES,
    NOUN_AFTER,
    STOPWORDS,
    fold,
    hidden_in_figures,
    normalize_word,
    number_word_value,
    writes_tokenised_figures,
)
from crosscheck.acronyms import find_definitions
from crosscheck.dates import WEEKDAY_ABBREVIATIONS, WEEKDAY_ORDER, resolve_date
from crosscheck.figures import CURRENCY_UNITS, fact_at, number_facts, outside_addresses
from crosscheck.models import Claim, Fact, FactKind, Segment, Source
from crosscheck.names import ORGANIZATION_WORDS, given_names, name_type
from crosscheck.quotations import quote_facts
from crosscheck.segment import ABBREVIATIONS
from crosscheck.temperatures import TEMPERATURE_UNITS

__all__ = [
    "extract_facts",
    "extract_claims",
    "NameToken",
    "name_tokens",
    "name_key",
    "name_parts",
    "TITLES",
    "ROLE_NOUNS",
    "count_words",
    "CURRENCY_UNITS",
    "MONTH_NUMBERS",
]

_NAME_CONNECTORS = frozenset(
    "of for and & de du da del della der den van von al bin bint la le y on".split()
)
_AFTER_CONNECTOR_ARTICLES = frozenset({"the"})
_FIRST_PARTICLES = frozenset("von van de del della di da du bin ibn".split())
_SECOND_PARTICLES = frozenset("der den la le los las de al el".split())
"""Particles that come two together inside a surname: "von der Leyen", "van den Berg", "de la Rúa"."""
_PARTICLE_WORD_RE = re.compile(r"(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)[-'’]|(?:da|de|di|du|d|l|o)['’])[^\W\d_]")
"""A surname written with its lowercase particle joined: "al-Assad", "el-Sisi", "d'Estaing"."""
_ARTICLE_PARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=[^\W\d_])")
"""The Arabic article of such a surname, which many outlets leave out ("Bashar Assad")."""
HONORIFICS = frozenset("mr mrs ms mx dr prof sir dame madam lord lady".split())
TITLES = HONORIFICS | frozenset(
    """
    president vice prime minister premier chancellor secretary general gen lt lieutenant
    col colonel maj major capt captain cpl corporal sgt sergeant det detective deputy
    officer sheriff judge justice gov governor sen senator rep representative rev
    reverend pope king queen prince princess sheikh emir mayor chief inspector insp
    supt superintendent commissioner ambassador spokesman spokeswoman spokesperson
    director coach chairman chairwoman chair ceo speaker
    """.split()
)
"""Titles dropped from a name's normal form when they stand before a personal name."""
# Capitalised words that start sentences without naming anything.
_SENTENCE_STARTERS = frozenset(
    """
    according after along alongside also although among another any as at before
    besides both but by despite during each earlier either every except following for
    from further however if in instead later like many meanwhile more moreover most
    much nevertheless no nor not now officials once other others over per since so some
    such than that the then there these they this those though through thus to under
    unlike until upon when where whether which while with within without yet experts
    yesterday tomorrow
    representatives reports participants
    """.split()
)
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NUMBERS = _MONTHS
"""Each month's number by its name or abbreviation, lower case ("june": 6, "sept": 9)."""
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_MONTH_SURNAMES = frozenset("may june april august".split())
"""Months that are also surnames ("Theresa May", "Brian May"): after a name, not before a day or a year."""
_DAY_AFTER_RE = re.compile(r",?\s*\d")
_PAGE_WORDS = frozenset("published posted updated modified".split())
"""Words of a web page's stamp ("Oscars Published 12:01"), never part of a name."""
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W_][\w]*(?:[’'\-][\w]+)*\.?"  # words, hyphenated words, a trailing period
    r"|&"
)
_MONTH_DAY_RE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))"
    r"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>January|February|"
    r"March|April|May|June|July|August|September|October|November|December"
    r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.?\s+(?:19|20)\d\d\b))\b"
    r"(?:\.(?=\s+(?:19|20)\d\d\b))?"  # the stop of "Sept." before its year, not a sentence's
)
_DAY_OF_MONTH_RE = re.compile(
    r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|of\b|$))"
)
_TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?::\s?(?P<m>[0-5]\d))?\s?(?P<ampm>[ap])\.?\s?m\b\.?"
    # "10: 30", as tokenised pages write it, unless a word follows ("Day 3: 45 bodies")
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?:(?P<m24>[0-5]\d)\b|\s(?P<m24s>[0-5]\d)\b(?!\s+(?-i:[a-z])))"
    # "10.42 GMT", as British live pages write it: a time zone after it
    r"|\b(?P<hz>[01]?\d|2[0-3])\.(?P<mz>[0-5]\d)(?=\s?(?-i:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT)\b)"
    # "0600 GMT", "1909 GMT", as wire copy writes times of the day: four digits before a zone
    r"|(?<![\w,.])(?P<hw>[01]\d|2[0-3])(?P<mw>[0-5]\d)(?=\s?(?:hours?\s|hrs\s)?(?-i:GMT|UTC)\b)",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
# ASCII case folding: Unicode folding would match "tonıght" (dotless ı), not in the table
_RELATIVE_DAY_RE = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last night)\b", re.IGNORECASE | re.ASCII)
_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH_YEAR_RE = re.compile(
    r"\b(?P<month>" + _MONTH_NAMES + r")"
    r"(?:\s+|,\s+(?=(?:19|20)\d\d\b(?:[,.;:)\"”]|\s*$)))(?P<year>(?:19|20)\d\d)\b"
)
"""A month of a year, "June 2005" or, as American papers write it, "June, 2005" (with the
comma only before a stop or a comma: "In March, 2000 people marched" is a count)."""
# a month on its own ("this past March", "in June"); "may" alone is a verb
_MONTH_ALONE_RE = re.compile(
    r"\b(?i:(?:this past|last|this|in|since|until|by|early|late|mid|next)\s+|mid-)"
    r"(?P<month>" + _MONTH_NAMES + r")\b(?![\s,]+(?:\d|the\s+\d))"
)
_DIGIT_RE = re.compile(r"\d")
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_PREFIX_RE = re.compile("|".join(_MONTH_PREFIXES))
_RELATIVE_HINT_RE = re.compile(r"(?i:day|ght|tomorrow)")
_ISO_DATE_RE = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w/-])")
"""A calendar day written as ISO 8601 does ("2026-12-05"); not inside a path or an address."""
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(w.capitalize() for w in WEEKDAY_ORDER) + r")\b")
_WEEKDAY_ABBREVIATION_RE = re.compile(
    r"\b(?:(?P<plain>Tues?|Weds|Thurs?)"  # no English word: a weekday wherever its stop follows
    # a word or a name too ("The Sun.", "Mon", "Meghan Markle Wed.", "Nguyen Thi Thu."): a
    # weekday before a date, after "on", or before a comma
    r"|(?P<word>Mon|Wed|Thu|Fri|Sat|Sun)(?=\.(?:,|\s+(?:(?:the\s+)?\d|(?:" + "|".join(_MONTH_PREFIXES) + r")[a-z]*\.?\s+\d)))"
    r"|(?<=\b[Oo]n )(?P<after_on>Mon|Wed|Thu|Fri|Sat|Sun))\.(?!\w)"
)
"""A weekday abbreviated with a full stop, as some papers write it before a date ("Tues.",
"Wed., Feb. 4", "on Sat.")."""
_BARE_WEEKDAY_RE = re.compile(
    r"\b(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?[ \t]+(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]+(?:"
    + "|".join(_MONTH_PREFIXES) + r")|(?:" + "|".join(_MONTH_PREFIXES) + r")[a-z]*\.?[ \t]+[0-3]?\d\b))"
)
"""A weekday cut short with no stop, right before a date ("Tue, 16 Aug 2011")."""
_NAME_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b[Tt]he)[ \t]+$")
"""A capitalised word or "the" right before: "the Toronto Sun, July 23", "Lena H. Sun, July
23", "Nguyen Thi Thu, 12 March", "Kate Middleton Wed April 29" are names and words."""


def _bare_weekday(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a weekday cut short with no stop, as page stamps and
    datelines write it ("(Tue, 16 Aug 2011)", "Updated: Thu, 25 Jul 2013", "posted Sun 21
    July 2013"): right before a date, and not after a capitalised word or "the", but for a
    page's own word ("Published Tue, 16 Aug 2011")."""
    if _BARE_WEEKDAY_RE.match(text, start) is None:
        return False
    before = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is None or before.group().strip().lower() in _PAGE_WORDS
_MONTH_ABBREVIATIONS = frozenset(name for name in _MONTHS if len(name) <= 4 and name not in ("may", "june", "july"))
_SINGULAR_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w'’-]*(?<![sS])\b")
"""A capitalised word not ending in "s" after a number word: the number opens a name
("Three Mile Island"), where before a plural it counts ("Two Americans")."""
_NAME_MONTHS = frozenset({"jan", "jun", "mar"})
"""Month abbreviations that are names or their words ("Jan Kowalski", "Wang Jun.", "Del
Mar."): months only before a day or a year."""
_DAY_NUMBER_AFTER_RE = re.compile(r"\.?\s+\d")


_COUNT_RE = re.compile(r"\w+")


def count_words(text: str) -> int:
    """Return the number of words in ``text``."""
    return len(_COUNT_RE.findall(text))


# -------------------------------------------------------------------------------- names


@attrs.frozen
class NameToken:
    """One word of a name: as written, its normal form, and its span in the claim text."""

    text: str
    norm: str
    start: int
    end: int


_POSSESSIVE_SUFFIXES = ("’s", "'s", "’", "'")
_PLAIN_WORD = r"[a-z0-9]+(?:-[a-z0-9]+)*(?![\w’'.\-])"
_PLAIN_RUN_RE = re.compile(rf"(?:[^\w&]|_)*{_PLAIN_WORD}(?:(?:[^\w&]|_)+{_PLAIN_WORD})*")
"""A run of words that :data:`_TOKEN_RE` reads one by one and that, with no name open,
neither start nor join one: lowercase ASCII letters and digits, hyphens inside, no full
stop or apostrophe after (each such word is a whole token: what follows it ends it)."""
_SENTENCE_GAP_RE = re.compile(r"[.!?:;“”\"(]")
_FIRST_WORD_RE = re.compile(r"\w")


def name_tokens(text: str, *, known: Set[str] = frozenset()) -> list[list[NameToken]]:
    """Return the names in ``text``: runs of capitalised words, with their spans.

    A run may hold connectors ("Ministry of Foreign Affairs", "Korea Internet &
    Security Agency"); it ends at punctuation, a possessive, or a lowercase word.
    A sentence's first word starts a name only if it is not a common sentence opener; a
    single capitalised word that opens the text is a name only when it is ``known`` (its
    lowercase form; :func:`source_name_words`): "Hansbrough finished with 20 points", or
    when an age follows it between commas ("Ortega, 35, had served").

    >>> [" ".join(t.text for t in name) for name in name_tokens("The talks were led by Mr. Park Ji-hoon, of the Foreign Ministry.")]
    ['Mr. Park Ji-hoon', 'Foreign Ministry']
    """
    names: list[list[NameToken]] = []
    current: list[NameToken] = []  # the name being read; empty while no name is open
    pending: list[NameToken] = []  # connectors waiting for a capitalised word (only while a name is open)
    previous_end = 0
    sentence_start = True
    # closing a name: ``if current: names.append(current); current, pending = [], []``
    # (with no name open, nothing is pending, so closing is a no-op)
    position = 0
    while True:
        if not current:
            # with no name open, plain lowercase words only end a sentence start: a run of
            # them is passed over at once (each word the same token the search would find)
            run = _PLAIN_RUN_RE.match(text, position)
            if run is not None:
                sentence_start = False
                previous_end = position = run.end()
        match = _TOKEN_RE.search(text, position)
        if match is None:
            break
        position = match.end()
        # a word; a trailing full stop (not an abbreviation's) or a possessive is cut off and ends the name
        token = match.group()
        capital = token[0].isupper() or (("-" in token or "'" in token or "’" in token) and _particle_surname(token))
        if token == "I" and not current:
            capital = False  # the pronoun opens no name; "World War I", "Charles I" end one
        if not current and not capital and token[-1] != "." and "'" not in token and "’" not in token:
            # no name open and none starting: whatever its gap, this word only ends a sentence start
            sentence_start = False
            previous_end = match.end()
            continue
        start, end = match.span()
        breaks = False
        if token[-1] == "." and token.count(".") == 1 and token[:-1].lower() not in ABBREVIATIONS:
            token, end, breaks = token[:-1], end - 1, True
        if "'" in token or "’" in token:
            for suffix in _POSSESSIVE_SUFFIXES:
                if token.endswith(suffix) and len(token) > len(suffix):
                    token, end, breaks = token[: -len(suffix)], end - len(suffix), True
                    break
        if not token:
            continue
        if start != previous_end:  # words side by side have no gap; one space changes nothing
            gap = text[previous_end:start]
            if gap != " ":
                if current and gap.strip():
                    names.append(current)
                    current, pending = [], []
                if _SENTENCE_GAP_RE.search(gap):
                    sentence_start = True
        if capital:
            lowered = token.lower()
            opener = sentence_start and (
                lowered in _SENTENCE_STARTERS
                or lowered in STOPWORDS
                or (lowered in ("today", "tonight") and not text.startswith(" Show", end))  # the "Today Show"
                # "Two Americans were killed", "FIVE Britons"; not "Three Mile Island", "One Direction"
                or (number_word_value(lowered) is not None and not _SINGULAR_NAME_AFTER_RE.match(text, end))
                or (lowered.endswith(("ing", "ly", "ed")) and not token.isupper())
            )
            calendar = (lowered in _CALENDAR_WORDS and not (
                # a month that is also a surname, after a given name: "Theresa May said", not "in May 2016"
                lowered in _MONTH_SURNAMES and current and not pending and not _DAY_AFTER_RE.match(text, end)
            )) or _abbreviated_calendar_word(text, lowered, start, end)
            numbered = lowered in ("no.", "nos.") and _DAY_NUMBER_AFTER_RE.match(text, end) is not None  # "No. 1"
            if opener or calendar or numbered or lowered in _PAGE_WORDS:
                if current:
                    names.append(current)
                    current, pending = [], []
            else:
                if pending:
                    current.extend(pending)
                    pending = []
                current.append(NameToken(token, _name_norm(token), start, end))
        elif current:
            lowered = token.lower()
            if (
                (lowered in _NAME_CONNECTORS and not pending and _may_join(current, lowered))
                or (pending and pending[-1].norm in ("of", "for", "on") and lowered in _AFTER_CONNECTOR_ARTICLES)
                or (len(pending) == 1 and pending[0].norm in _FIRST_PARTICLES and lowered in _SECOND_PARTICLES)
            ):
                pending.append(NameToken(token, lowered, start, end))
            else:
                names.append(current)
                current, pending = [], []
        sentence_start = False
        if breaks and current:
            names.append(current)
            current, pending = [], []
        previous_end = end
    if current:
        names.append(current)
    if not names:
        return names
    if len(names) >= 3 and any(mark in text for mark in _NICKNAME_MARKS):
        names = _with_nicknames_inside(text, names)
    first = _first_word_start(text)
    return [
        name for name in names
        if not (
            len(name) == 1 and name[0].start == first and not name[0].text.isupper()
            and name[0].text.lower() not in known and not _AGE_APPOSITION_RE.match(text, name[0].end)
        )
    ]


_NICKNAME_MARKS = "\"“‘'("
_NICKNAME_OPEN_RE = re.compile(r"\s?[\"“‘'(]")
_NICKNAME_CLOSE_RE = re.compile(r",?[\"”’')]\s?")


def _with_nicknames_inside(text: str, names: list[list[NameToken]]) -> list[list[NameToken]]:
    """``names`` with a given name and the surname after a nickname in quotation marks or
    brackets read as one name: 'Vincent "The Chin" Gigante', "Luis Gerardo (Jerry) Ortiz"
    are Vincent Gigante and Luis Gerardo Ortiz (the nickname stays a name of its own;
    :func:`_nickname_between` says when)."""
    merged: list[list[NameToken]] = []
    n = 0
    while n < len(names):
        given, *after = names[n : n + 3]
        if len(after) == 2 and _nickname_between(text, given, *after):
            nickname, surname = after
            merged.extend([[*given, *surname], nickname])
            n += 3
            continue
        merged.append(given)
        n += 1
    return sorted(merged, key=lambda name: name[0].start)


def _nickname_between(
    text: str, given: list[NameToken], nickname: list[NameToken], surname: list[NameToken]
) -> bool:
    """Whether ``nickname`` stands in quotation marks or brackets between a given name and
    a one-word surname. In brackets only a known given name is a nickname ("(Jerry)"; not
    "(Russia)", "(D)", "(AP)"); in quotation marks one or two words, after a known given
    name or a lone first word ('Vincent "The Chin" Gigante'; not 'Tom Hanks "Cast Away"
    Director'). A surname that is a known given name starts another person's name."""
    if len(surname) != 1 or surname[0].norm in given_names() or surname[0].text.isupper():
        return False
    opened = _NICKNAME_OPEN_RE.fullmatch(text, given[-1].end, _nickname_open(text, nickname[0].start))
    if opened is None or _NICKNAME_CLOSE_RE.fullmatch(text, nickname[-1].end, surname[0].start) is None:
        return False
    if opened.group().strip() == "(":
        return len(nickname) == 1 and nickname[0].norm in given_names() and not nickname[0].text.isupper()
    return len(nickname) <= 2 and (given[-1].norm in given_names() or len(given) == 1)


def _nickname_open(text: str, start: int) -> int:
    """Where a nickname's words start, before an article it opens with ("The Chin")."""
    article = text.rfind("The ", 0, start)
    return article if article != -1 and article + 4 == start else start


def _abbreviated_calendar_word(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``text`` (``lowered``, its stop kept if it is an
    abbreviation's) is a month or a weekday cut short: "Nov." and "Sept 30" are months,
    "Tues." a weekday, "Wed." one before a date ("Wed., Feb. 4"). "Jan", "Jun" and "Mar"
    are months only before a day or a year ("Jan. 5"; "Wang Jun." and "Del Mar." are names)."""
    month = lowered.rstrip(".")
    if month != lowered and month in _MONTH_ABBREVIATIONS and month not in _NAME_MONTHS:
        return True
    if month in _MONTH_ABBREVIATIONS and _DAY_NUMBER_AFTER_RE.match(text, end):
        return True
    return lowered in WEEKDAY_ABBREVIATIONS and (
        _WEEKDAY_ABBREVIATION_RE.match(text, start) is not None or _bare_weekday(text, start)
    )


_AGE_APPOSITION_RE = re.compile(r",\s?\d{1,3},")
"""An age set off by commas after a word ("Ortega, 35, had served"): that word is a name."""


_LOWERCASE_WORD_RE = re.compile(r"(?<![\w/.@#-])[a-z]+(?![\w/.@-])")
_COUNTING_WORDS = frozenset(
    "one two three four five six seven eight nine ten first second third fourth fifth last next".split()
)
_NAME_MID_SENTENCE_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b")


def source_name_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes in the middle of a sentence (lowercased): the
    names one article uses, which may also open a sentence of it ("Hansbrough finished
    with 20 points" after "… said Hansbrough"). A word the article also writes in
    lowercase ("National Police", "the police"), the words of organisations' names and
    counting words ("One", "First") are left out.

    >>> sorted(source_name_words("The coach praised Hansbrough. Hansbrough finished with 20 points."))
    ['hansbrough']
    """
    lowercase = set(_LOWERCASE_WORD_RE.findall(text))
    return frozenset(
        word for word in map(str.lower, _NAME_MID_SENTENCE_RE.findall(text))
        if word not in lowercase  # "National Police" and "the police": a word, not a name
        and word not in STOPWORDS and word not in _SENTENCE_STARTERS and word not in _CALENDAR_WORDS
        and word not in ORGANIZATION_WORDS and word not in _COUNTING_WORDS
    )


_TAKES_OF = frozenset(
    """
    executive justice duchy officer chancellor rector dean bishop archbishop
    republic states kingdom emirates islands isle gulf bay sea lake cape museum duke duchess prince
    princess king queen earl lord minister secretary director chief head governor mayor president
    chairman chairwoman chair commissioner general attorney speaker leader house city province
    state county district region tower bridge palace hall library
    """.split()
)
"""Last words of a name of two words or more that an "of" may continue ("Prime Minister of Japan")."""


def _may_join(current: list[NameToken], connector: str) -> bool:
    """Whether ``connector`` may continue the name so far.

    "of" continues one word ("Ministry of Health"), an organisation's name, or a name
    whose last word takes one (a title, a state, a building); a person's name of two words
    or more ends before it. "for" continues any name but a person's, one that opens with
    a given name ("Syrian Observatory for Human Rights", not "Chris Byrd for the IBF title").

    "and" joins only a single word that follows "of"/"for" ("Ministry of Trade and
    Industry", "Director for Security and Defense Policy"), never two whole names
    ("Ministry of Foreign Affairs and Korea Internet & Security Agency").
    """
    if connector == "of":
        # "Ministry of ...", "Prime Minister of ...", "United States of America"; but a
        # person's name does not run on: "Sutopo Purwo Nugroho of the National Agency"
        return len(current) < 2 or current[-1].norm in _TAKES_OF or any(t.norm in ORGANIZATION_WORDS for t in current)
    if connector == "for":
        # "Center for Disease Control", "Syrian Observatory for Human Rights"; but a person's
        # name (a given name and more) does not run on: "beating Chris Byrd for the IBF title"
        return len(current) < 2 or current[0].norm not in given_names() or any(
            t.norm in ORGANIZATION_WORDS for t in current
        )
    if connector != "and":
        return True
    return len(current) >= 2 and current[-2].norm in ("of", "for")


def _first_word_start(text: str) -> int:
    match = _FIRST_WORD_RE.search(text)
    return match.start() if match else 0


_HYPHEN_RE = re.compile(r"[-‐–]")


@functools.lru_cache(maxsize=65536)
def _name_norm(token: str) -> str:
    return " ".join(normalize_word(part) for part in _HYPHEN_RE.split(token.rstrip(".")) if part)


def name_parts(text: str) -> list[tuple[str, str]]:
    """Return the words of a name as ``(as written, normal form)`` pairs.

    Hyphenated words are split ("Ji-hoon" -> "Ji", "hoon"); honorifics go, and so
    does a title right before a personal name ("President", "Lt.", "Deputy"), as long
    as two words remain, so that "Sgt. Hoyt Teasley" and "Deputy Hoyt Teasley" are one
    name. A title that heads an office ("Director for Security") stays.

    >>> [norm for _, norm in name_parts("Director-General Park Ji-hoon")]
    ['park', 'ji', 'hoon']
    >>> [norm for _, norm in name_parts("Director for Security and Defence Policy")]
    ['director', 'for', 'security', 'and', 'defense', 'policy']
    """
    return list(_name_parts(text))


_ABBREVIATED_BEFORE_NAME = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
"""Abbreviations that open a place's name ("St. Louis", "Mt. Etna", "Ft. Worth")."""
_ABBREVIATED_AFTER_NAME = {
    "st": "street", "rd": "road", "blvd": "boulevard", "ave": "avenue", "av": "avenue", "ln": "lane",
    "dr": "drive", "sq": "square", "hwy": "highway", "pl": "place", "ct": "court", "mtn": "mountain",
}
"""Abbreviations that end one ("Main St.", "Abbey Rd.", "Sunset Blvd.")."""


@functools.lru_cache(maxsize=65536)
def _name_parts(text: str) -> tuple[tuple[str, str], ...]:
    parts: list[tuple[str, str]] = []
    for index, word in enumerate(text.split()):
        if index and word[:1].islower():
            word = _ARTICLE_PARTICLE_RE.sub("", word, count=1)  # "Bashar al-Assad" is "Bashar Assad"
        for part in _HYPHEN_RE.split(word):
            written = part.rstrip(".,;:")
            if written:
                parts.append((written, normalize_word(written.rstrip("."))))
    # "St. Louis" is "Saint Louis", "Abbey Rd." "Abbey Road": one name, written short or long
    for index, (written, norm) in enumerate(parts):
        if index + 1 < len(parts) and norm in _ABBREVIATED_BEFORE_NAME and parts[index + 1][0][:1].isupper():
            parts[index] = (written, _ABBREVIATED_BEFORE_NAME[norm])
        elif index and index == len(parts) - 1 and norm in _ABBREVIATED_AFTER_NAME:
            parts[index] = (written, _ABBREVIATED_AFTER_NAME[norm])
    named = [p for p in parts if p[1] not in HONORIFICS]
    parts = named or parts
    kept: list[tuple[str, str]] = []
    skip_to = 0
    for index, (written, norm) in enumerate(parts):
        if index < skip_to:
            continue
        if index == 0 and norm in ROLE_NOUNS and norm not in TITLES and len(parts) > 2 and parts[1][1] in given_names():
            continue  # "Lawyer Paul Girard told reporters": a role capitalised to open the sentence
        if norm in TITLES:
            after = _title_phrase_end(parts, index)
            if after > index + 1 and len(parts) - after >= 2 and parts[after][0][:1].isupper():
                # "Secretary of State Antony Blinken", "President-elect Donald Trump": the
                # whole title goes, as "Foreign Minister Sergei Lavrov"'s does
                kept, skip_to = [], after
                continue
            following = [p for p in parts[index + 1 :] if p[1] not in TITLES]
            nxt = parts[index + 1] if index + 1 < len(parts) else None
            if nxt is not None and nxt[0][:1].isupper() and len(following) >= 2 and following[0][1] not in _NAME_CONNECTORS:
                # the title goes, and the words that qualify it: "Syrian President Bashar
                # al-Assad" and "Foreign Minister Sergei Lavrov" name a person as "Bashar
                # al-Assad" and "Sergei Lavrov" do
                kept = []
                continue
        kept.append((written, norm))
    return tuple(kept or parts)


_TITLE_SUFFIXES = frozenset({"elect", "designate"})
"""What a hyphen joins after a title: "President-elect", "Prime Minister-designate"."""
_OFFICES = sorted(
    (
        tuple(office.split())
        for office in (
            "state", "defense", "defence", "health", "education", "transportation", "transport", "energy",
            "agriculture", "commerce", "labor", "labour", "the treasury", "treasury", "the interior", "interior",
            "justice", "finance", "foreign affairs", "homeland security", "housing", "culture", "trade",
            "the environment", "environment", "the economy", "economy", "home affairs", "war", "veterans affairs",
            "health and human services", "housing and urban development", "the exchequer", "the house",
            "staff", "the navy", "the army", "the air force",
        )
    ),
    key=lambda words: (-len(words), words),
)
"""Offices after a title and "of" ("Secretary of State", "Minister of Foreign Affairs",
"Secretary of the Treasury"), longest first."""


def _title_phrase_end(parts: Sequence[tuple[str, str]], index: int) -> int:
    """Where the title at ``parts[index]`` ends when more than its word belongs to it: a
    hyphened "elect" or "designate", or "of" and an office ("Secretary of State"); else
    ``index + 1``."""
    end = index + 1
    while end < len(parts) and parts[end][1] in _TITLE_SUFFIXES and parts[end][0].islower():
        end += 1
    if end < len(parts) and parts[end][1] == "of":
        words = [norm for _, norm in parts[end + 1 :]]
        offices = [len(phrase) for phrase in _OFFICES if tuple(words[: len(phrase)]) == phrase]
        if words[:2] == ["state", "for"]:
            offices = [2 + n for n in range(1, 6)]  # "Secretary of State for Health (and Social Care)"
        for office in offices:
            person = words[office:]
            # the rest is a person's name: two words ("Antony Blinken", "Wang Yi") or a known
            # given name first; not "President of Home Depot Ted Decker" ("Home" is no office)
            if len(person) == 2 or (person and person[0] in given_names()):
                return end + 1 + office
    return end


def name_key(tokens: Iterable[NameToken]) -> str:
    """Return the normal form of a name: folded, without honorifics, titles or hyphens.

    >>> name_key(name_tokens("Director-General Youn")[0]) == name_key(name_tokens("Director General Youn")[0])
    True
    """
    return " ".join(norm for _, norm in _name_parts(" ".join(t.text for t in tokens)))


# ---------------------------------------------------------------------------- the facts


def _dates(text: str, offset: int) -> Iterator[Fact]:
    # each pattern runs only where the words it needs are: month-day, day-of-month, time
    # and month-year expressions hold a digit; month names start with one of
    # _MONTH_PREFIXES, weekdays end in "day"; the relative days hold "day", "ght" or
    # "tomorrow" in any case (letters whose case-insensitive matches are all ASCII)
    digits = _DIGIT_RE.search(text) is not None
    months = _MONTH_PREFIX_RE.search(text) is not None
    relative = _RELATIVE_HINT_RE.search(text) is not None
    for match in _MONTH_DAY_RE.finditer(text) if digits and months else ():
        month = fold(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
        if 1 <= day <= 31:
            value = f"{_MONTHS[month]:02d}-{day:02d}"
            yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, value, "month-day")
    for match in _ISO_DATE_RE.finditer(text) if digits and "-" in text else ():
        try:
            calendar_day = dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        except ValueError:
            continue  # "2026-02-30"
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, calendar_day.isoformat(), "date")
    for match in _DAY_OF_MONTH_RE.finditer(text) if digits and "the" in text else ():
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, str(int(match.group("day"))), "day")
    for match in _TIME_RE.finditer(text) if digits else ():
        if match.group("h24") is not None:
            hour, minute = int(match.group("h24")), int(match.group("m24") or match.group("m24s"))
        elif match.group("hz") is not None:
            hour, minute = int(match.group("hz")), int(match.group("mz"))
        elif match.group("hw") is not None:
            hour, minute = int(match.group("hw")), int(match.group("mw"))
        else:
            hour, minute = int(match.group("h")) % 12, int(match.group("m") or 0)
            hour += 12 if match.group("ampm").lower() == "p" else 0
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, f"{hour:02d}:{minute:02d}", "time")
    for match in _WEEKDAY_RE.finditer(text) if "day" in text else ():
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, match.group().lower(), "weekday")
    for match in _WEEKDAY_ABBREVIATION_RE.finditer(text) if "." in text else ():
        weekday = WEEKDAY_ABBREVIATIONS[match.group()[:-1].lower()]
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, weekday, "weekday")
    for match in _BARE_WEEKDAY_RE.finditer(text) if digits and months else ():
        if _bare_weekday(text, match.start()):
            weekday = WEEKDAY_ABBREVIATIONS[match.group().lower()]
            yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, weekday, "weekday")
    for match in _RELATIVE_DAY_RE.finditer(text) if relative else ():
        shift = _RELATIVE_DAYS[match.group().lower()]
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, str(shift), "relative-day")
    for match in _MONTH_YEAR_RE.finditer(text) if digits and months else ():
        number, year = _MONTHS[fold(match.group("month"))], match.group("year")
        yield fact_at(FactKind.DATE, text, match.start(), match.end(), offset, f"{year}-{number:02d}", "year-month")
    for match in _MONTH_ALONE_RE.finditer(text) if months else ():
        number = _MONTHS[fold(match.group("month"))]
        yield fact_at(FactKind.DATE, text, match.start("month"), match.end("month"), offset, str(number), "month")


ROLE_NOUNS = TITLES | frozenset(
    """
    head leader minister spokesperson official envoy adviser advisor founder owner
    manager executive analyst researcher professor lawyer attorney publicist agent
    representative prosecutor commander chief editor correspondent negotiator
    """.split()
)
"""Nouns that name a role ("director for security policy", "the company's chief executive")."""
_APPOSITIVE_RE = re.compile(
    r",\s+(?P<role>(?:the\s+|a\s+|an\s+)?(?:[a-z][\w\-&']*\s+){0,3}?"
    r"(?P<noun>[a-z][\w\-]*)(?:\s+(?:of|at|for|to|in)\s+[^,.;:()“”\"]{2,80}?)?)(?=\s*[,.;:)]|$)"
)
_ROLE_WORD_RE = re.compile(r"[^\W_]+")
_ROLE_ARTICLE_RE = re.compile(r"^(?:the|a|an) ")


def _name_type(text: str, name: list[NameToken], key: str, parts: tuple[tuple[str, str], ...]) -> str:
    """What the name names; ``parts`` are its :func:`name_parts` (fewer words: a title went)."""
    before = text[: name[0].start].rsplit(None, 1)  # the last word before the name
    titled = len(parts) < sum(len(t.norm.split()) for t in name)
    return name_type(key.split(), titled=titled, before=before[-1] if before else "")


def _roles(text: str, name: list[NameToken], key: str, kind: str, offset: int) -> Iterator[Fact]:
    """Roles that bind a person to a title: "Director-General Lee", "Lee, director of X"."""
    written = [t.norm for t in name]
    leading = []
    for token in name:
        if all(part in TITLES for part in token.norm.split()):
            leading.append(token)
        else:
            break
    if leading and len(leading) < len(name) and (kind == "person" or len(name) - len(leading) >= 1):
        role = " ".join(t.norm for t in leading if t.norm not in HONORIFICS)
        if role:
            yield fact_at(FactKind.ROLE, text, name[0].start, name[-1].end, offset, role, key)
    if kind not in ("person", "") or len(key.split()) < 2:
        return
    match = _APPOSITIVE_RE.match(text, name[-1].end)
    if match and match.group("noun") in ROLE_NOUNS and written:
        role = " ".join(normalize_word(w) for w in _ROLE_WORD_RE.findall(match.group("role")))
        role = _ROLE_ARTICLE_RE.sub("", role)
        yield fact_at(FactKind.ROLE, text, name[0].start, match.end("role"), offset, role, key)


def _particle_surname(token: str) -> bool:
    """Whether a lowercase word is a surname with its particle joined ("al-Assad", "d'Estaing")."""
    if not token[:1].islower():
        return False
    match = _PARTICLE_WORD_RE.match(token)
    return match is not None and token[match.end() - 1].isupper()


def _is_title(token: NameToken) -> bool:
    return all(part in TITLES for part in token.norm.split())


def _split_before_title(name: list[NameToken]) -> list[list[NameToken]]:
    """A name run cut before a title that a person's name follows: "Palmer Public Safety
    Director Jon Owen" is "Palmer Public Safety" and "Director Jon Owen", "Syrian President
    Bashar al-Assad" "Syrian" and "President Bashar al-Assad". The words before the title
    name its office or place (their slips are still found); the person is the rest."""
    for index in range(1, len(name)):
        if not _is_title(name[index]) or _is_title(name[index - 1]) or name[index - 1].norm in _NAME_CONNECTORS:
            continue
        following = [t for t in name[index + 1 :] if not _is_title(t)]
        if len(following) >= 2 and following[0].text[:1].isupper() and following[0].norm not in _NAME_CONNECTORS:
            cut = index
            while cut > 0 and name[cut - 1].norm in _TITLE_MODIFIERS:
                cut -= 1  # "Syrian | Foreign Minister Faisal Mekdad", "Crown Prince Mohammed bin Salman"
            return [name[:cut], name[cut:]] if cut > 0 else [name]
    return [name]


_TITLE_MODIFIERS = frozenset(
    "district deputy vice assistant associate acting interim chief crown prime senior executive general attorney "
    "press home foreign former defence defense interior finance".split()
)
"""Words that make one title with the title after them ("District Attorney", "Crown Prince")."""


_NEXT_BEFORE_RE = re.compile(r"\b(?:next|this coming|coming)\s+$", re.IGNORECASE)
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|(?:is|are)\s+(?:set|due|expected|scheduled|slated|planned|going|poised)\b"
    r"|plans?\s+to|to\s+be\s+held|upcoming)\b|\w'll\b",
    re.IGNORECASE,
)
_PAST_PLAN_RE = re.compile(
    r"\b(?:was|were)\s+(?:set|due|expected|scheduled|slated|planned|going|poised)\b", re.IGNORECASE
)
_PRESENT_SCHEDULE_RE = re.compile(
    r"\b(?:takes\s+place|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls|kicks\s+off|tips\s+off"
    r"|faces\s+(?:sentencing|trial|a\s+vote|a\s+hearing|court)"
    r"|begins|resumes|convenes|reconvenes|premieres|reopens)\b",
    re.IGNORECASE,
)
"""A timetable told in the present ("the final takes place on Sunday", "the trial resumes
on Monday"): the weekday is still to come. Verbs that are also plural nouns ("the new
rules took effect", "heads of state") are left out."""
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\"“”]|\s[-–—]\s|\b(?:that|who|which|after|before|since|when)\b")
_DATE_AFTER_WEEKDAY_RE = re.compile(r"[ \t]*,?[ \t]*\(?$")


def _weekday_ahead(text: str, start: int) -> str:
    """Whether a weekday at ``text[start:]`` is still to come: ``"next"`` right after
    "next" ("next Tuesday"), ``"future"`` after "will", "is set to", "plans to" and the
    like earlier in its clause ("the summit will open on Tuesday") or a timetable told in
    the present ("the final takes place on Sunday"), ``"unsure"`` after a
    plan told in the past ("was scheduled for Monday": to come, or gone by), else ``""``."""
    before = text[max(0, start - 160) : start]
    if _NEXT_BEFORE_RE.search(before):
        return "next"
    clause = _CLAUSE_BREAK_RE.split(before)[-1]
    if _FUTURE_RE.search(clause) or _PRESENT_SCHEDULE_RE.search(clause):
        return "future"
    # "the talks were scheduled for Thursday" (still to come, in reported speech) or "the
    # flight was scheduled to land on Monday before it vanished" (past): no telling which
    return "unsure" if _PAST_PLAN_RE.search(clause) else ""


def _resolved(text: str, dates: Sequence[Fact], offset: int, published: dt.date | None) -> list[Fact]:
    """The dates of a claim as calendar days where ``published`` allows (:func:`resolve_date`).

    A weekday is read as past or to come from the words before it (:func:`_weekday_ahead`);
    one written with its date ("Tuesday, May 14") is that date's day.
    """
    resolved = [
        resolve_date(d, published, ahead=_weekday_ahead(text, d.start - offset) if d.unit == "weekday" else "")
        for d in dates
    ]
    if published is None:
        return resolved
    for n, day in enumerate(dates):
        # "on May 7 last year", "May 20, 2013": the year the words name, not the one nearest publication
        which = _WHICH_YEAR_AFTER_RE.match(text, day.end - offset) if day.unit == "month-day" else None
        if which is None:
            continue
        if which.group("year"):
            # "May 20, 2013": the day as written, its year a fact of its own, so that articles
            # of other years agree on it and a wrong year is one discrepancy, not two
            resolved[n] = day
            continue
        year = published.year + {"last": -1, "this": 0, "next": 1}[which.group("relative").lower()]
        try:
            named = dt.date(year, *(int(part) for part in day.value.split("-")))
        except ValueError:
            resolved[n] = day  # no such day that year: as written
            continue
        resolved[n] = attrs.evolve(resolved[n], value=named.isoformat(), unit="date")
    for n, weekday in enumerate(dates):
        if weekday.unit != "weekday":
            continue
        for m, other in enumerate(resolved):
            if other.unit != "date" or dates[m].unit == "weekday" or not 0 <= other.start - weekday.end <= 3:
                continue
            gap = text[weekday.end - offset : other.start - offset]
            same_day = WEEKDAY_ORDER[dt.date.fromisoformat(other.value).weekday()] == weekday.value
            if same_day and _DATE_AFTER_WEEKDAY_RE.fullmatch(gap):
                resolved[n] = attrs.evolve(resolved[n], value=other.value, unit="date")
    return resolved


_WHICH_YEAR_AFTER_RE = re.compile(
    r"(?:\s*(?:[-–]|to|and|through)\s*[0-3]?\d)?"  # the other end of a range: "May 20-22, 2013"
    r",?\s+(?:(?P<relative>(?i:last|this|next))\s+year\b|(?P<year>1[89]\d\d|20\d\d)\b(?!" + NOUN_AFTER + "))"
)
"""The year a day of a month is in, told right after it, or after the range it opens ("May
20, 2013", "21 July 2013", "May 20-22, 2013", "from May 20 to 22, 2013", "arrested on May 7
last year"); not a count ("On March 2, 2000 people marched")."""
_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]{3,}")
_HEADLINE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s*$")


def is_title_case_line(text: str) -> bool:
    """Whether ``text`` is a headline in title case ("Texas Lifer Escapes Prison Van Near
    Houston"): no stop at its end, and every word of four letters or more that is not a
    function word capitalised, three such words at least. Its capitals say nothing of names.
    """
    if "\n" in text.strip() or _HEADLINE_END_RE.search(text):
        return False
    words = [w for w in _HEADLINE_WORD_RE.findall(text) if w.lower() not in STOPWORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def source_headline_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lowercase and never capitalises as a name, outside its
    title-case headlines (lowercased): in the middle of a sentence, after a title or an
    initial ("Mr. Gates", "George W. Bush") or before another capitalised word ("Bill
    Gates said"). In a title-case headline of that text, such a word ("Dies", "Escapes",
    "Actress") is capitalised by the headline's style, not because it names someone. A
    word the text also capitalises so ("the National Police Agency" beside "the police")
    or never writes in lowercase stays a possible name."""
    capitalised = {
        word.lower()
        for line in LINE_RE.findall(text)
        if not is_title_case_line(line)
        for pattern in (_NAME_MID_SENTENCE_RE, _NAME_AFTER_TITLE_RE, _NAME_BEFORE_NAME_RE)
        for word in pattern.findall(line)
    }
    return frozenset(set(_LOWERCASE_WORD_RE.findall(text)) - capitalised)


_NAME_AFTER_TITLE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Col|Capt|Prof|St|Rev|[A-Z])\. ([A-Z][a-z]+(?:-[A-Z][a-z]+)*)\b"
)
"""A capitalised word after an abbreviated title or an initial ("Mr. Gates", "George W. Bush")."""
_NAME_BEFORE_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?= [A-Z][a-z])")
"""A capitalised word before another, as a name's first word ("Bill Gates said")."""


def _without_headline_words(name: list[NameToken], ordinary: Set[str]) -> list[list[NameToken]]:
    """A name run of a title-case headline cut at its ordinary words (``ordinary``,
    :func:`source_headline_words`), connectors and function words ("Against", "For")
    left at either end of a piece dropped. The words up to an organisation's word
    ("Agency", "Police", "Ministry") are not cut: "National Police Agency Says" keeps
    "National Police Agency" (so its slip "National Policy Agency" is still found)."""
    kept = max((n for n, token in enumerate(name) if token.norm in ORGANIZATION_WORDS), default=-1)
    pieces: list[list[NameToken]] = [[]]
    for n, token in enumerate(name):
        if n > kept and token.text[:1].isupper() and not token.text.isupper() and token.text.lower() in ordinary:
            pieces.append([])
        else:
            pieces[-1].append(token)
    runs = []
    for piece in pieces:
        while piece and (not piece[0].text[:1].isupper() or piece[0].text.lower() in STOPWORDS):
            piece = piece[1:]
        while piece and (not piece[-1].text[:1].isupper() or piece[-1].text.lower() in STOPWORDS):
            piece = piece[:-1]
        if piece:
            runs.append(piece)
    return runs


_FIGURE_KINDS = frozenset({FactKind.NUMBER, FactKind.ORDINAL, FactKind.DATE})
_CHARACTER_REFERENCE_RE = re.compile(r"&#(?:\d+|[xX][0-9a-fA-F]+);?")
"""An HTML character reference left in scraped text ("&#8217;"): its digits are no figure."""


def extract_facts(
    text: str,
    *,
    offset: int = 0,
    published: dt.date | None = None,
    known_names: Set[str] = frozenset(),
    headline_words: Set[str] = frozenset(),
    tokenised: bool = False,
) -> tuple[Fact, ...]:
    """Return the facts of one claim's text, with spans shifted by ``offset``.

    With ``published`` (the source's publication date), relative dates ("Tuesday",
    "on the 20th", "yesterday", "this past March") become calendar days. ``known_names``
    (:func:`source_name_words` of the whole source) are names even as a claim's first word;
    in a title-case headline (:func:`is_title_case_line`), ``headline_words``
    (:func:`source_headline_words` of the whole source) are no part of a name. With
    ``tokenised`` (the source writes its figures as a tokeniser spaced them,
    :func:`crosscheck._text.writes_tokenised_figures`), "12, 000" and "5. 9" are one figure each.

    >>> [(f.kind.value, f.value, f.unit) for f in extract_facts("On Tuesday the 7th forum said $1.7 billion was stolen.")]
    [('date', 'tuesday', 'weekday'), ('ordinal', '7', 'forum'), ('number', '1700000000', 'usd')]
    """
    facts: list[Fact] = []
    names = name_tokens(text, known=known_names)
    if headline_words and names and is_title_case_line(text):
        names = [run for whole in names for run in _without_headline_words(whole, headline_words)]
    for name in (run for whole in names for run in _split_before_title(whole)):
        start, end = name[0].start, name[-1].end
        parts = _name_parts(" ".join(t.text for t in name))
        key = " ".join(norm for _, norm in parts)  # name_key(name)
        if key:
            kind = _name_type(text, name, key, parts)
            facts.append(fact_at(FactKind.NAME, text, start, end, offset, key, kind))
            facts.extend(_roles(text, name, key, kind, offset))
    facts = outside_addresses(text, facts, offset)  # "… / in - Indonesias - Aceh - province": a page's name
    dates = list(_dates(text, offset))
    facts.extend(_resolved(text, dates, offset, published))
    taken = [(d.start - offset, d.end - offset) for d in dates]
    figures = number_facts(text, offset, taken, tokenised=tokenised)
    if any(f.unit in TEMPERATURE_UNITS for f in figures):
        # "−5°C", "30 degrees Celsius", "fell to 5°C.": the scale is no name
        inside = [(f.start, f.end) for f in figures if f.unit in TEMPERATURE_UNITS]
        facts = [f for f in facts if f.kind is not FactKind.NAME or not any(s <= f.start < e for s, e in inside)]
    facts.extend(figures)
    facts.extend(quote_facts(text, offset, facts))
    for definition in find_definitions(text):
        words = name_tokens(definition.window)
        unit = name_key(words[-1]) if words else fold(definition.window)
        facts.append(
            fact_at(FactKind.ACRONYM, text, definition.start, definition.end, offset,
                  definition.acronym.upper(), unit)
        )
    hidden = hidden_in_figures(text)
    if "&#" in text:  # a character reference of scraped text ("town&#8217;s") is no figure
        hidden += [match.span() for match in _CHARACTER_REFERENCE_RE.finditer(text)]
    if hidden:
        # "4\u200b3" shows as 43 but reads as 4 and 3: no figure, no date of it is taken (the
        # homoglyph check reports the figure)
        facts = [
            f for f in facts
            if f.kind not in _FIGURE_KINDS
            or not any(f.start - offset < end and start < f.end - offset for start, end in hidden)
        ]
    facts.sort(key=lambda f: (f.start, f.end, f.kind.value))
    return tuple(facts)


def extract_claims(source: Source, segments: Iterable[Segment]) -> tuple[Claim, ...]:
    """Turn the segments of one source into claims with ids and facts.

    Claim ids are ``"<source id>#<n>"`` with n counting the segments from 1.
    """
    claims = []
    known = source_name_words(source.text)
    ordinary = source_headline_words(source.text)
    tokenised = writes_tokenised_figures(source.text)
    for n, segment in enumerate(segments, start=1):
        claims.append(
            Claim(
                id=f"{source.id}#{n}",
                source=source.id,
                start=segment.start,
                end=segment.end,
                text=segment.text,
                kind=segment.kind,
                facts=extract_facts(
                    segment.text, offset=segment.start, published=source.published, known_names=known,
                    headline_words=ordinary, tokenised=tokenised,
                ),
            )
        )
    return tuple(claims)
