"""Name normal forms that a spelling rule cannot give: romanisations, nicknames, name types.

Two spellings of one person are a *variant*, not two people, when

* they are romanisations of one Korean surname (Yoon/Youn/Yun, Lee/Rhee/Yi), or of
  one syllable of a romanised given name (Min-kyu/Min-gyu);
* one is a nickname of the other (Jim/James, Bob/Robert).

The surname groups below were written for crosscheck from the common Korean surnames
and their usual spellings in English-language news (Revised Romanisation,
McCune-Reischauer and the spellings people choose for themselves). The nickname table
(``data/nicknames.txt``) is derived from carltonnorthern/nicknames (Apache-2.0); see
the header of that file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

__all__ = [
    "ORGANIZATION_WORDS",
    "ch_for_sh",
    "given_names",
    "is_korean_surname",
    "is_nickname",
    "is_romanisation",
    "name_type",
    "is_transliteration",
    "same_person_variant",
]

_SURNAME_GROUPS = (
    "lee rhee yi rhie ri",
    "park pak bak bahk",
    "kim gim",
    "choi choe chey",
    "jung jeong chung cheong joung",
    "kang gang",
    "cho jo joe",
    "yoon youn yun",
    "jang chang",
    "lim im rim",
    "oh o",
    "seo suh so",
    "shin sin shinn",
    "kwon gwon",
    "hwang whang",
    "ahn an",
    "yoo yu you ryu ryoo",
    "jeon chun jun chon cheon",
    "ko go koh",
    "moon mun",
    "son sohn",
    "bae pae",
    "baek paek paik baik",
    "heo huh hur",
    "noh roh no",
    "kwak gwak",
    "sung seong",
    "joo ju chu",
    "woo u",
    "na ra",
    "jin chin",
    "um eom",
    "byun byeon pyun pyon",
    "hyun hyeon",
    "gong kong",
    "bang pang",
    "yeo yeoh yuh",
    "ha hah",
)
_SURNAMES = {name: n for n, group in enumerate(_SURNAME_GROUPS) for name in group.split()}

# Romanised syllables: the same sound written by different systems.
_SYLLABLE_RULES = (
    (re.compile(r"^k(?=[aeiouwy])"), "g"),
    (re.compile(r"^p(?=[aeiouwy])"), "b"),
    (re.compile(r"^t(?=[aeiouwy])"), "d"),
    (re.compile(r"^ch(?=[aeiouwy])"), "j"),
    (re.compile(r"^r(?=[aeiouwy])"), "l"),
    (re.compile(r"eo|oo|ou"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"wo"), "wu"),
    (re.compile(r"h$"), ""),
)

ORGANIZATION_WORDS = frozenset(
    """
    ministry agency department police university council commission committee union
    association organization organisation institute bank company inc corp corporation
    ltd llc plc party service office court army navy force forces group foundation
    center centre school college hospital times news post press network club team fc
    government parliament congress senate assembly federation initiative process forum
    authority board bureau administration academy alliance coalition league society
    airlines airways station church mission embassy consulate patrol guard
    """.split()
)
"""Words that make a name an organisation's ("National Police Agency")."""
PLACE_WORDS = frozenset(
    """
    building buildings stadium hotel mall museum theater theatre library airport warehouse
    factory avenue boulevard highway island county province district
    """.split()
)
"""Words that, ending a name, make it a place's ("Matanuska Maid Block Building", "Qeshm
Island"); not those that are surnames too ("Park", "Hall", "Street", "Lake", "Bridge",
"Tower", "Bay": "Ricki Lake", "Picabo Street")."""


@functools.lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """Map each given name and each nickname to the set of names it may stand for."""
    table: dict[str, set[str]] = {}
    text = resources.files("crosscheck").joinpath("data/nicknames.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        given, _, rest = line.partition(":")
        group = {given.strip(), *rest.split()}
        for name in group:
            table.setdefault(name, set()).add(given.strip())
        table.setdefault(given.strip(), set()).add(given.strip())
    return {name: frozenset(givens) for name, givens in table.items()}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return the given names and nicknames of the nickname table (lowercase)."""
    return frozenset(_nicknames())


def is_nickname(a: str, b: str) -> bool:
    """Whether two given names (normal forms) may name one person: "jim" and "james".

    >>> is_nickname("jim", "james"), is_nickname("bob", "robert"), is_nickname("jim", "john")
    (True, True, False)
    """
    if a == b:
        return False
    table = _nicknames()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))


def _syllable_key(syllable: str) -> str:
    for pattern, replacement in _SYLLABLE_RULES:
        syllable = pattern.sub(replacement, syllable)
    return syllable


def is_korean_surname(word: str) -> bool:
    """Whether a name word (normal form) is a common Korean surname in some spelling."""
    return word in _SURNAMES


def is_romanisation(a: str, b: str, *, syllables: bool = False) -> bool:
    """Whether two name words (normal forms) are romanisations of one Korean name.

    Surnames come from a table of common Korean surnames. With ``syllables`` (the
    caller knows the words are syllables of a romanised given name, because the name
    holds a Korean surname), other words are compared under the systems' regular
    correspondences (k/g, eo/u, ...); an English word never is ("Park"/"Bark").

    >>> is_romanisation("yoon", "youn"), is_romanisation("lee", "rhee"), is_romanisation("hoon", "hun", syllables=True)
    (True, True, True)
    >>> is_romanisation("police", "policy"), is_romanisation("hoon", "hun")
    (False, False)
    """
    if a == b:
        return False
    if a in _SURNAMES and b in _SURNAMES:
        return _SURNAMES[a] == _SURNAMES[b]
    if not syllables or len(a) > 6 or len(b) > 6:
        return False  # a romanised Korean syllable is short
    return _syllable_key(a) == _syllable_key(b)


_TRANSLITERATED_VOWELS = frozenset({frozenset("ou"), frozenset("ea"), frozenset("ei")})
"""Vowels that names transliterated from Arabic, Russian or Hebrew are written with either way."""
_TRANSLITERATED_ENDINGS = (("ei", "ey", "ej"), ("i", "y", "iy", "ii", "yi"))
"""Endings that Russian names are written with in several ways ("Sergei"/"Sergey",
"Dmitry"/"Dmitrii")."""


def is_transliteration(a: str, b: str) -> bool:
    """Whether two words of a person's name (normal forms) are one name transliterated
    two ways: the same letters but for two vowels, the first letter kept
    ("mohammed"/"muhammad"; one letter changed, "ahmed"/"ahmad", is within a slip's
    reach and reported as one), or but for an ending Russian names are written with
    several ways ("sergei"/"sergey").

    >>> is_transliteration("mohammed", "muhammad"), is_transliteration("sergei", "sergey")
    (True, True)
    >>> is_transliteration("police", "policy"), is_transliteration("mullen", "mellon")
    (False, False)
    """
    if a == b or a[:1] != b[:1]:
        return False
    for forms in _TRANSLITERATED_ENDINGS:
        for x in forms:
            for y in forms:
                if x != y and a.endswith(x) and b.endswith(y) and len(a) - len(x) >= 3 and a[: -len(x)] == b[: -len(y)]:
                    return True
    if len(a) != len(b) or len(a) < 5:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    # one letter changed is a slip's reach, reported as one; two vowels that
    # transliteration writes either way (o/u, e/a, e/i: "Mohammed"/"Muhammad") is its
    # mark, where "Mullen"/"Mellon" are two names
    return len(differ) == 2 and all(frozenset(pair) in _TRANSLITERATED_VOWELS for pair in differ)


def same_person_variant(a: str, b: str, *, syllables: bool = False, person: bool = False) -> str | None:
    """Say why two name words may be one name written two ways, or ``None``.

    With ``person`` (the words are of a person's name), vowels and endings that
    transliteration varies count too (:func:`is_transliteration`); in other names they
    do not ("Police"/"Policy" is a slip). In any name, "ch" for "sh" past the first letters
    is a transliteration ("Marrakech" / "Marrakesh").

    >>> same_person_variant("jim", "james"), same_person_variant("yun", "yoon")
    ('nickname', 'romanisation')
    >>> same_person_variant("mohammed", "muhammad", person=True), same_person_variant("mohammed", "muhammad")
    ('transliteration', None)
    """
    if is_romanisation(a, b, syllables=syllables):
        return "romanisation"
    if is_nickname(a, b):
        return "nickname"
    if (person and is_transliteration(a, b)) or ch_for_sh(a, b):
        return "transliteration"
    return None


def ch_for_sh(a: str, b: str) -> bool:
    """Whether two words differ only in a "ch" that the other writes "sh", past their first
    letters, as French and English transliterate ("Marrakech" / "Marrakesh"); not at the
    start ("Chan" and "Shan" are two surnames).

    >>> ch_for_sh("marrakech", "marrakesh"), ch_for_sh("chan", "shan")
    (True, False)
    """
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 1 and differ[0] >= 2 and {a[differ[0]], b[differ[0]]} == {"c", "s"}
        and a[differ[0] + 1 : differ[0] + 2] == "h"
    )


def name_type(words: Iterable[str], *, titled: bool = False, before: str = "") -> str:
    """Guess what a name names: "person", "organization", "place" or "" (unknown).

    ``words`` are the normal forms of the name's words; ``titled`` says whether an
    honorific or title stood before it; ``before`` is the word written before it.

    >>> name_type(["national", "police", "agency"]), name_type(["james", "oler"]), name_type(["malibu"], before="in")
    ('organization', 'person', 'place')
    """
    words = list(words)
    if any(w in ORGANIZATION_WORDS for w in words):
        return "organization"
    if titled or (len(words) >= 2 and words[0] in given_names()):
        return "person"
    if len(words) >= 2 and words[-1] in PLACE_WORDS:
        return "place"  # "Matanuska Maid Block Building", "Yankee Stadium"
    if before.lower() in ("in", "near", "from", "across", "outside", "inside", "to") and len(words) <= 3:
        return "place"
    return ""
