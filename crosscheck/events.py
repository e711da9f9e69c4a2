"""What happened on a date: the event a sentence dates, read from the words beside the date.

A reporter who words a sentence their own way still writes what happened next to when:
"died on Thursday", "died early Thursday in her sleep", "his death in 2006". The event
word (a verb in the past, or an event noun) keys a date by what happened on it
(:func:`event_keys`), tells two events apart (:func:`other_events`: "jolted the island on
Sunday" / "the island flooded on Tuesday"), and a verb of saying beside a date makes it
the date of a statement (:func:`said_beside`), not of the event. The noun of the event a
story is about keys a date too (:func:`event_topic`: "the blaze which broke out … on
Friday"), where the date is its onset (:func:`only_of_topic`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from crosscheck._text import MONTH_NAMES, content_tokens, word_classes
from crosscheck.dates import day_after
from crosscheck.models import Claim, Fact
from crosscheck.slots import Mention

__all__ = [
    "SAYING", "across_midnight", "event_keys", "event_topic", "only_of_topic", "other_events", "said_beside",
    "still_going_on", "tells_past",
]

_CLAUSE_BREAK = r"[;()\[\]\"“”]|(?<!\d):|:(?!\s?\d)|\s(?:--|[-–—])\s"
_CLAUSE_END_RE = re.compile(r",|" + _CLAUSE_BREAK)
"""Where a clause ends: not at a colon between digits, as in a clock time ("hit at 4:24
a.m. Tuesday", tokenised "4: 24"), but at one after it ("exploded at 9:15: Tuesday was …")."""
_PLAIN_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+(?:['’][a-z]+)?(?![\w-])")
_IRREGULAR_PAST = frozenset(
    "hit struck shot fell rose won lost began found held left met ran sent broke brought caught fought "
    "flew got led paid put sold sought shook sank stole swore swept tore wore came went took gave made "
    "became born died beat overcame slain slid".split()
)
_EVENT_NOUNS = {
    noun: noun
    for noun in (
        "arrest attack bombing crash election explosion funeral launch raid release resignation "
        "sentencing shooting trial wedding"
    ).split()
} | {noun + "s": noun for noun in "arrest attack bombing crash explosion raid shooting".split()} | {
    "death": "died", "deaths": "died", "birth": "born",
} | dict.fromkeys("killing killings murder murders slaying slayings".split(), "killed")
"""Nouns that name what happened on a day; some stand for their verb ("death in 2006" =
"died in 2006", "the 1967 slayings" = "killed in 1967")."""
_EVENT_SYNONYMS = word_classes(
    {
        "struck": "hit struck rattled jolted rocked",
        "arrested": "arrested apprehended",
        "announced": "announced unveiled named",
        "killed": "killed murdered slain",
        "beat": "beat defeated overcame",
        "sacked": "sacked ousted axed",
        "sentenced": "sentenced jailed",
        "crashed": "crashed collided",
        "exploded": "exploded detonated",
        "destroyed": "destroyed burned burnt gutted",
        "rose": "rose gained jumped climbed surged soared rallied",
        "fell": "fell dropped slid slipped tumbled plunged declined sank",
        "discovered": "discovered found",
    }
)
"""Verbs that say one thing happened, each as the one it stands for: sources word an event
their own way ("struck Northern California on Friday" / "rattled Sonoma County early Thursday").
Verbs as often said of something else are left out: "shook" hands, "detained" a shipment,
"bought" shares, "revealed" by a teardown, "quit" Twitter, "fired" a weapon, "dismissed" a
case; "won" a title is not "beat" a rival."""
SAYING = frozenset(
    "said says told added reported wrote stated explained noted asked according confirmed denied "
    "tweeted claimed insisted warned".split()
)
"""Verbs of saying: a date next to one dates the report, not the event."""
_NOT_EVENTS = frozenset(
    "hundred red bed need speed seed feed shed breed creed united armed expected scheduled planned "
    "slated supposed".split()
)
"""Words that end like a verb in the past and name no event, or name a plan ("is expected on")."""
_PLANNED_AFTER = frozenset("be is are being will".split())
"""A participle after one of these is a plan or a state ("will be held on"), not what happened."""
_CLAUSE_OPENERS = frozenset("that after before since when until while as because following who which where".split())
"""Words after a date that open another clause: what follows them happened at another time."""
_EVENT_REACH_BEFORE = 6
_EVENT_REACH_AFTER = 4
_EVENT_REACH_APART = 10
"""Words before a date read to tell two events apart (:func:`other_events`)."""
_PART_OF_DAY_RE = re.compile(r"^\s+(?:morning|afternoon|evening|night)(?=,)", re.IGNORECASE)
"""A part of the day right after a date, before a comma: what follows the comma is still
what happened on it."""
_SCORE_ASIDE_RE = re.compile(r",\s?\d+\s?[-–]\s?\d+\s?,")
"""A score set off by commas ("beat the host Jaguars, 31-24, on Sunday"): no end of the clause."""
_MONTH = r"(?i:" + "|".join(m for m in MONTH_NAMES) + "|" + "|".join(m[:3] for m in MONTH_NAMES) + r"|Sept)\.?"
_BRACKETED_DATE_RE = re.compile(r"^\s?\((?:" + _MONTH + r"\s?\d{1,2}|\d{1,2}\s?" + _MONTH + r")\)")
"""A date in brackets right after a weekday ("on Tuesday (Jan 6) introduced"): what follows
is still what happened on it."""
_NOUN_AFTER_RE = re.compile(r" ([a-z]+)\b")
"""The word right after a date, in lower case: a noun the date is said of ("the 1967 slayings")."""
_EVENT_WINDOW = 200
"""Characters around a date that are read for its event (a long claim is not read whole)."""


def _event_word(word: str, previous: str | None) -> str | None:
    """What happened, if ``word`` says it: a verb in the past ("died", "struck") or an event
    noun ("death" as "died"); "" for a verb of saying, None for any other word.

    A capitalised word is a name, not a verb ("Ahmed"); a participle after "be", "is" or
    "will" is a plan ("will be held").
    """
    lower = word.lower()
    if lower in SAYING:
        return ""
    if word[:1].isupper() and word[1:2].islower():
        return None
    if lower in _EVENT_NOUNS:
        return _EVENT_NOUNS[lower]
    if lower in _NOT_EVENTS or (previous is not None and previous.lower() in _PLANNED_AFTER):
        return None
    if lower in _IRREGULAR_PAST or (len(lower) > 4 and lower.endswith("ed")):
        return _EVENT_SYNONYMS.get(lower, lower)
    return None


def event_keys(claim: Claim, fact: Fact, *, reach: int = _EVENT_REACH_BEFORE) -> frozenset[str]:
    """What happened on the date ``fact`` gives, as a key ``~`` + its stem: an event noun
    right after it ("charged in the 1967 slayings": ``~kill``), else the nearest event
    word before it in its clause ("died peacefully in her sleep Tuesday": ``~die``), else
    just after it ("on Monday announced", "On Thursday, the ministry announced"), not past
    a word that opens another clause ("on Monday after the quake hit").

    A reporter who words a sentence their own way still writes what happened next to
    when: "died on Thursday", "died early Thursday in her sleep", "his death in 2006".
    A verb of saying nearer the date than any event ("police said Tuesday the man had
    died") dates the report: then there is no key.

    >>> from crosscheck.facts import extract_facts
    >>> text = "Williams died peacefully in her sleep Tuesday, her spokesman said."
    >>> claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    >>> sorted(event_keys(claim, [f for f in claim.facts if f.value == "tuesday"][0]))
    ['~die']
    """
    start, end = fact.start - claim.start, fact.end - claim.start
    attributive = _NOUN_AFTER_RE.match(claim.text, end)
    if attributive and attributive.group(1) in _EVENT_NOUNS:
        # the event noun the date stands before names what happened on it ("charged in the
        # 1967 slayings"), whatever verb comes before
        return frozenset("~" + token for token in content_tokens(_EVENT_NOUNS[attributive.group(1)]))
    before_text = _CLAUSE_END_RE.split(_SCORE_ASIDE_RE.sub(" ", claim.text[max(0, start - _EVENT_WINDOW) : start]))[-1]
    before = _PLAIN_WORD_RE.findall(before_text)[-reach - 1 :]
    after_text = claim.text[end : end + _EVENT_WINDOW]
    after_text = _BRACKETED_DATE_RE.sub("", after_text, count=1)  # "on Tuesday (Jan 6) introduced"
    after_text = _PART_OF_DAY_RE.sub("", after_text, count=1)  # "On Saturday afternoon, the company announced"
    after_text = after_text[1:] if after_text.startswith(",") else after_text
    after = _PLAIN_WORD_RE.findall(_CLAUSE_END_RE.split(after_text, maxsplit=1)[0])[:_EVENT_REACH_AFTER]
    for n in range(len(before) - 1, max(-1, len(before) - 1 - reach), -1):
        event = _event_word(before[n], before[n - 1] if n else None)
        if event is not None:
            return frozenset("~" + token for token in content_tokens(event))
    for n, word in enumerate(after):
        if word.lower() in _CLAUSE_OPENERS:
            break
        event = _event_word(word, after[n - 1] if n else (before[-1] if before else None))
        if event is not None:
            return frozenset("~" + token for token in content_tokens(event))
    return frozenset()


_SAID_REACH = 4
"""Words either side of a date read for a verb of saying (:func:`said_beside`)."""
_ATTRIBUTION_RE = re.compile(r"[,;]")
"""What sets an attribution off after a date ("struck on Sunday, police said")."""
_CLAUSE_START_RE = re.compile(_CLAUSE_BREAK)
"""Where the clause a date is in begins, at the latest: as :data:`_CLAUSE_END_RE` without
the comma ("in Athens, Greece, on Sunday" is one clause), and no full stop, which inside a
sentence is an abbreviation's ("at 9:27 a.m. Sunday")."""
_WORD_RE = re.compile(r"[A-Za-z]+")


def said_beside(claim: Claim, fact: Fact) -> bool:
    """Whether a verb of saying stands within a few words of a date: the date of a
    statement ("said on Tuesday", "the Washington Post reported Monday", "On Sunday, the
    Post reported", "At a news conference on Sunday, police said"), not of the event. An
    attribution set off by a comma after a date that ends a clause telling what happened
    (an event word before the date) says who tells the event, not when ("was recorded at
    9:27 a.m. Sunday, according to the US Geological Survey"; "struck on Sunday, police
    said")."""
    start, end = fact.start - claim.start, fact.end - claim.start
    before = _WORD_RE.findall(claim.text[max(0, start - 40) : start])[-_SAID_REACH:]
    following = claim.text[end : end + 40]
    clause = _PLAIN_WORD_RE.findall(_CLAUSE_START_RE.split(claim.text[max(0, start - _EVENT_WINDOW) : start])[-1])
    if any(_event_word(word, clause[n - 1] if n else None) for n, word in enumerate(clause)):
        following = _ATTRIBUTION_RE.split(following, 1)[0]
    after = _WORD_RE.findall(following)[:_SAID_REACH]
    return any(w.casefold() in SAYING for w in before + after)


_FUTURE = frozenset("will would shall won't expected due planned scheduled set going slated".split())
"""Words of a day to come ("will move", "are expected at a vigil", "is due to reopen")."""
_STILL = frozenset("still continued continuing remained".split())
"""Words of something still going on: its day is not the event's."""
_NOT_YET_OR_STILL = _FUTURE | _STILL


@functools.lru_cache(maxsize=1 << 14)
def _plain_words(text: str) -> frozenset[str]:
    """The plain words of a sentence, as written (read once for every date in it)."""
    return frozenset(_PLAIN_WORD_RE.findall(text))


def _not_yet_or_still(claim: Claim) -> bool:
    """Whether the sentence tells of something to come or still going on ("will open on
    Thursday", "were still damping down the blaze on Thursday"): its days are not those of
    the event."""
    return not _plain_words(claim.text).isdisjoint(_NOT_YET_OR_STILL)


def still_going_on(claim: Claim) -> bool:
    """Whether the sentence tells of something still going on ("were still damping down the
    blaze on Thursday")."""
    return not _plain_words(claim.text).isdisjoint(_STILL)


def tells_past(claim: Claim, fact: Fact) -> bool:
    """Whether the sentence tells something that happened on the date ``fact`` gives, however
    far back in its clause ("The fire service was called at 06:00 BST to the store in High
    Street, Wellington, on Saturday"): an event word (:func:`event_keys`' kind) before it in
    the sentence, and no word of a day to come ("Services will move to the hall from
    Saturday", "Families are expected at a vigil on Saturday"; "Will Smith" is a name) or
    of something still going on ("The blaze, which broke out before dawn, was still
    smouldering on Thursday")."""
    words = _PLAIN_WORD_RE.findall(claim.text[: fact.start - claim.start])
    if _not_yet_or_still(claim):
        return False
    return any(_event_word(word, words[n - 1] if n else None) for n, word in enumerate(words))


def other_events(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two values are said of different events: each has what happened, and the
    two differ ("jolted the island on Sunday" / "an aftershock rattled it on Tuesday").
    Read further back than the keys are: a verb a few words away still says which event."""
    ka = set().union(*(event_keys(m.claim, m.fact, reach=_EVENT_REACH_APART) for m in a))
    kb = set().union(*(event_keys(m.claim, m.fact, reach=_EVENT_REACH_APART) for m in b))
    return bool(ka) and bool(kb) and not ka & kb


_TOPICS = word_classes(
    {
        "quake": "earthquake earthquakes quake quakes temblor tremor",
        "fire": "fire blaze wildfire bushfire inferno",
        "crash": "crash collision",
        "explosion": "explosion blast",
        "storm": "storm hurricane typhoon cyclone tornado twister",
        "robbery": "robbery heist",
    }
)
"""Nouns that name the event a story is about, each as its topic (:func:`event_topic`)."""
_NOT_THE_EVENT_AFTER = frozenset("drill drills alarm alarms safety service brigade department station engine engines".split())
"""Words that make a topic noun part of another thing ("Friday's fire drill")."""
_POSSESSIVE_RE = re.compile(r"(?:\s(?:morning|afternoon|evening|night))?\s?['’]s\s", re.IGNORECASE)
"""The possessive after a day ("Saturday's", "Sunday morning's")."""
_ONSET = frozenset(
    "broke erupted started began sparked ignited struck hit shook jolted rattled rocked occurred happened "
    "recorded exploded detonated went crashed collided robbed stole raided tore ripped swept touched landfall "
    "ashore".split()
)
"""Words of an event's onset: a fire broke out, a quake struck, a storm made landfall."""
_ONSET_KEYS = frozenset("~" + token for word in _ONSET for token in content_tokens(_EVENT_SYNONYMS.get(word, word)))
"""The event keys of those words (:func:`event_keys`): beside the date, they are the onset too."""


def _text_before(claim: Claim, fact: Fact) -> str:
    """The text of the claim before the date, as far as :data:`_EVENT_WINDOW` reaches."""
    start = fact.start - claim.start
    return claim.text[max(0, start - _EVENT_WINDOW) : start]


def _possessive_topic(claim: Claim, fact: Fact) -> str | None:
    """The story's event a day names as its possessive ("Saturday's fire", "Saturday's
    deadly blaze killed two", "Sunday morning's earthquake"), or None ("Friday's fire drill")."""
    possessive = _POSSESSIVE_RE.match(claim.text, fact.end - claim.start)
    if possessive is None:
        return None
    words = [w.lower() for w in _PLAIN_WORD_RE.findall(claim.text[possessive.end() : possessive.end() + 60])[:3]]
    for n, word in enumerate(words[:2]):
        if word in _TOPICS:
            return None if words[n + 1 : n + 2] and words[n + 1] in _NOT_THE_EVENT_AFTER else _TOPICS[word]
    return None


def event_topic(claim: Claim, fact: Fact) -> frozenset[str]:
    """The story's event a date may be of, as a key ``~~`` + its topic: a noun of
    :data:`_TOPICS` before the date in its sentence ("A 4.2 earthquake shook a remote
    area of eastern Sonoma County on Thursday" / "The earthquake was recorded at 9:27 a.m.
    Sunday"), or after it as its possessive ("Saturday's deadly blaze"), unless the sentence
    tells what was still going on or what is to come ("the blaze was still smouldering on
    Thursday", "an inquest into the blaze will open on Thursday"), or the day is one
    something was said on. Whether the date is the event's own is :func:`only_of_topic`'s."""
    if said_beside(claim, fact) or _not_yet_or_still(claim):
        return frozenset()
    topic = _possessive_topic(claim, fact)
    if topic is not None:
        return frozenset({"~~" + topic})
    for word in reversed(_PLAIN_WORD_RE.findall(_text_before(claim, fact))):
        lower = word.lower()
        if lower in SAYING:
            return frozenset()
        if lower in _TOPICS:
            return frozenset({"~~" + _TOPICS[lower]})
    return frozenset()


def only_of_topic(claim: Claim, fact: Fact) -> bool:
    """Whether a date is the day the story's event began, however little else its sentence
    shares with the others': the day names the event as its possessive ("Saturday's
    fire"), or a word of its onset stands between the event's noun and the date ("the
    blaze which broke out in the early hours of Friday", "the quake struck at dawn on
    Sunday", "was recorded on Sunday") and no other event word is nearer the date. A
    sentence of what followed ("Firefighters were battling the fire near Paradise on
    Sunday", "The cause of the fire was under investigation on Tuesday", "suspects in the
    robbery were in custody by Saturday") names the event but dates something else."""
    if _possessive_topic(claim, fact) is not None:
        return True
    if not event_keys(claim, fact) <= _ONSET_KEYS:
        return False
    words = [w.lower() for w in _PLAIN_WORD_RE.findall(_text_before(claim, fact))]
    topic = max((n for n, word in enumerate(words) if word in _TOPICS), default=None)
    return topic is not None and any(word in _ONSET for word in words[topic + 1 :])


_CLOCK_BEFORE = r"(?<![\d:.])(?:about\s+|around\s+)?{hours}(?:[:.]\s?\d\d)?\s?{half}\.?\s?m\.?\s+(?:on\s+)?$"
_LATE_BEFORE_RE = re.compile(
    r"(?:\blate\s+|\bmidnight\s+)(?:on\s+)?$|" + _CLOCK_BEFORE.format(hours=r"(?:9|1[01])", half="p"), re.IGNORECASE
)
_LATE_AFTER_RE = re.compile(
    r"^\s+(?:night\b|at\s+midnight\b|at\s+(?:about\s+|around\s+)?(?:9|1[01])(?:[:.]\s?\d\d)?\s?p\.?\s?m\b)",
    re.IGNORECASE,
)
"""A time late in the day, said of the date itself: "late (on) Saturday", "Saturday night",
"11:40 p.m. Saturday", "on Saturday at about 10 p.m." (9 p.m. or later)."""
_EARLY_BEFORE_RE = re.compile(
    r"(?:\bearly\s+|\bovernight\s+(?:into\s+)?|\bbefore\s+dawn\s+|\bthe\s+(?:early|small|wee)\s+hours\s+of\s+)"
    r"(?:on\s+)?$|" + _CLOCK_BEFORE.format(hours=r"(?:[1-5]|12)", half="a"),
    re.IGNORECASE,
)
_EARLY_AFTER_RE = re.compile(
    r"^\s+(?:before\s+dawn\b|at\s+(?:about\s+|around\s+)?(?:[1-5]|12)(?:[:.]\s?\d\d)?\s?a\.?\s?m\b)",
    re.IGNORECASE,
)
"""A time early in the day, said of the date itself: "early (on) Sunday", "overnight into
Sunday", "the early hours of Sunday", "2:35 a.m. on Sunday" (before 6 a.m.)."""
_CLOCK_MINUTES_BEFORE_RE = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})[:.]\s?(?P<minutes>\d\d)\s?(?P<half>[ap])\.?\s?m\.?\s+(?:on\s+)?$", re.IGNORECASE
)
"""A clock time right before a date, with its minutes: one moment told in two time zones
is at the same minutes past the hour ("11:48 p.m. Sunday" / "8:48 a.m. Monday")."""
_TIME_OF_DAY_REACH = (40, 25)
"""Characters before and after a date read for its time of day."""


def _around(mention: Mention) -> tuple[str, str]:
    claim, fact = mention.claim, mention.fact
    before, after = _TIME_OF_DAY_REACH
    start, end = fact.start - claim.start, fact.end - claim.start
    return claim.text[max(0, start - before) : start], claim.text[end : end + after]


def _late(mention: Mention) -> bool:
    before, after = _around(mention)
    return bool(_LATE_BEFORE_RE.search(before) or _LATE_AFTER_RE.match(after))


def _early(mention: Mention) -> bool:
    before, after = _around(mention)
    return bool(_EARLY_BEFORE_RE.search(before) or _EARLY_AFTER_RE.match(after))


def _minutes(mentions: Sequence[Mention], half: str) -> set[str]:
    """The minutes of the clock times right before the mentions' dates, in the morning
    (``half`` "a") or the evening ("p", 6 p.m. or later); not of whole hours ("7:00 p.m.":
    many events are at one)."""
    found = set()
    for mention in mentions:
        clock = _CLOCK_MINUTES_BEFORE_RE.search(_around(mention)[0])
        if (
            clock is not None and clock.group("half").lower() == half and clock.group("minutes") != "00"
            and (half == "a" or 6 <= int(clock.group("hour")) <= 11)
        ):
            found.add(clock.group("minutes"))
    return found


def across_midnight(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two days, one the day after the other, may be one night told either side of
    midnight, as the words right beside the dates say: late in the first day beside one of
    its mentions ("late Saturday", "Saturday night", "11:40 p.m. Saturday") and early in the
    next beside one of the other's ("early Sunday", "the early hours of Sunday", "at about
    2:35 a.m. on Sunday"); or one moment in two time zones, a clock time in the evening of
    the first day and in the morning of the next at the same minutes past the hour ("11:48
    p.m. Sunday", the USGS; "8:48 a.m. Monday", Japan). Then neither day is wrong. Not
    "evening" or "morning", nor 7 p.m. against 8 a.m.: a day apart."""
    for first, second in ((a, b), (b, a)):
        days = {m.fact.value for m in first}
        later = {m.fact.value for m in second}
        if len(days) == 1 and len(later) == 1 and day_after(next(iter(days))) in later:
            return (any(map(_late, first)) and any(map(_early, second))) or bool(
                _minutes(first, "p") & _minutes(second, "a")
            )
    return False
