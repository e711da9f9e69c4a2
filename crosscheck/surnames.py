"""Surnames one source alone gives: another surname after the given name the others write.

A reporter who slips on a surname still writes the given name ("Tara Kurtz" against
three sources' "Tara Reid"), and the rest of the sentence in their own words. So a
surname is compared with the others' after the same given name, corpus-wide, weighing
the words of the whole sentences; two sources that write the same given names before
different surnames ("Juan Abel Escalante" / "Juan Abel Moreno") name one person even one
against one (:data:`SAME_GIVEN_NAMES_RULE`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set

from crosscheck._text import STOPWORDS, claim_tokens, content_tokens, fold
from crosscheck.facts import HONORIFICS, ROLE_NOUNS
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind
from crosscheck.outliers import LONE_VALUE_RULES, contexts_agree, witnesses
from crosscheck.slots import Mention, Slot, context_weights
from crosscheck.spellings import is_slip, written_as_particle

__all__ = ["SAME_GIVEN_NAMES_RULE", "given_and_surname", "lone_surnames"]

SAME_GIVEN_NAMES_RULE = "two sources write the same given names before different surnames"
_MIN_MAJORITY = 2
"""Sources that must agree on the other surname."""
_MIN_NAME_CONTEXT = 0.12
"""The same for surnames, whose context is the whole sentence (longer, so less of it is shared)."""
_MIN_TIE_CONTEXT = 0.25
"""The same for one source against one naming a person with one given name and two
surnames: with no majority, only sentences much alike say that one person is meant."""


_GENERATIONS = frozenset("jr sr ii iii iv".split())
_NOT_SURNAMES = frozenset("de da di du do le la el al von van st mr dr ms jr sr ii iv vi".split())
"""Short words that end a name but are no surname: particles, titles, generations."""


def given_and_surname(fact: Fact) -> tuple[list[str], str] | None:
    """The words that may be a given name before the last word, and the last word.

    A name fact may carry a title or a middle name ("actress Tara Reid", "Mark Jay
    Heller"): every earlier word is a candidate given name.
    """
    if fact.kind is not FactKind.NAME or fact.unit not in ("person", ""):
        return None
    words = fact.value.split()
    if len(words) > 4:
        words = _after_last_title(fact, words)  # "California Highway Patrol Officer Brian Pennings"
    if len(words) > 2 and words[-1] in _GENERATIONS:
        words = words[:-1]  # "John Smith Jr.": the surname is Smith
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return None
    if len(words[-1]) < 2 or words[-1] in _NOT_SURNAMES:
        return None  # "Mark Wu", "Yang Li" have surnames of two letters; "Jose De" no surname
    if any(w in STOPWORDS for w in words):
        return None  # "Gulf of Aden", a headline run on
    acronyms = {w.casefold() for w in fact.text.split() if len(w) >= 2 and w.isupper()}
    given = [
        w for w in words[:-1]
        if len(w) >= 2 and w not in HONORIFICS and w not in acronyms and not written_as_particle(fact.text, w)
    ]
    # "AMD Opteron": an acronym is no given name; "Al-Qaeda", "al-Fadjr": nor is a particle
    return (given, words[-1]) if given else None


def _after_last_title(fact: Fact, words: list[str]) -> list[str]:
    """The words of a name's normal form that are written after its last title or role
    word, when the normal form ends with them (else none)."""
    written = [w.strip(".,'’").casefold() for w in fact.text.split()]
    last_title = max((n for n, w in enumerate(written) if w in ROLE_NOUNS), default=-1)
    after = written[last_title + 1 :]
    return after if last_title >= 0 and after and words[-len(after) :] == after else []


def _full_given_name(fact: Fact) -> str:
    """The given names of a person's name, two or more, as written after any title
    ("Deputy **Juan Abel** Escalante"); empty when fewer than two stand after the last title
    or role word ("Defense Secretary Robert Gates": one)."""
    written = [w.strip(".,'’").casefold() for w in fact.text.split()]
    last_title = max((n for n, w in enumerate(written) if w in ROLE_NOUNS), default=-1)
    givens = written[last_title + 1 : -1]
    if len(givens) < 2 or not all(w.isalpha() and len(w) >= 2 for w in givens):
        return ""
    return " ".join(givens)


def _claim_words(claim: Claim, fact: Fact, name: Sequence[str]) -> frozenset[str]:
    """The content words of the whole claim but the name itself: a person is what a
    sentence is about. A title written with the name ("Foreign Minister", "Chief
    Executive") stays: it says who the person is."""
    return frozenset(claim_tokens(claim.text)) - frozenset(content_tokens(" ".join(name)))


def _spellings_merged(
    surnames: Mapping[str, list[Mention]], two_names: Callable[[str, str], bool]
) -> dict[str, list[Mention]]:
    """The surnames written after one given name, with the spellings of one name taken
    together: "Heydar Alishbandi" and "Heydar Alishvandi" in two sources are two
    witnesses of one surname against a third source's "Heydar Strojny", not three names.
    Each group goes by its spelling written by the most sources (the first in order on a tie)."""
    groups: list[list[str]] = []
    for surname in sorted(surnames, key=lambda s: (-len({m.claim.source for m in surnames[s]}), s)):
        home = next((g for g in groups if not two_names(g[0], surname)), None)
        if home is None:
            groups.append([surname])
        else:
            home.append(surname)
    return {g[0]: [m for s in g for m in surnames[s]] for g in groups}


def lone_surnames(
    claims: Sequence[Claim],
    vocabulary: Mapping[str, Set[str]] | None = None,
    *,
    two_names: Callable[[str, str], bool] = lambda a, b: True,
) -> list[Slot]:
    """Return a slot for each person one source alone names with a surname the others do not use.

    "Tara Kurtz" in one source, "Tara Reid" in two or more others: when the lone source
    never writes "Reid" and no other source writes "Kurtz", they are one person with
    two surnames, a name conflict (one source against one, when the sentences are much
    alike or two given names are the same). ``vocabulary`` maps each source to the words it
    writes (normalised); without it, only names are looked at for the other sources. ``two_names`` says
    whether two surnames are really two names (not a slip or a romanisation of one).
    """
    by_given: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    # full given names of two words or more ("Juan Abel", "Mark Jay"): two sources that
    # write the same two given names before different surnames name one person, even
    # one source against one, whatever the rest of their sentences say
    by_full_given: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    named: dict[str, set[str]] = defaultdict(set)  # the words of each source's names
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NAME:
                named[claim.source].update(fact.value.split())
            parts = given_and_surname(fact)
            if parts is None:
                continue
            givens, surname = parts
            mention = Mention(claim, fact, _claim_words(claim, fact, [*givens, surname]))
            for given in givens:
                by_given[given][surname].append(mention)
            full_given = _full_given_name(fact)
            if full_given:
                by_full_given[full_given][surname].append(mention)
    # surname -> the sources that write it (only surnames are looked up)
    surnames_seen = {surname for table in (by_given, by_full_given) for surnames in table.values() for surname in surnames}
    writers: dict[str, set[str]] = defaultdict(set)
    for words_of in (named, vocabulary or {}):
        for source, words in words_of.items():
            for word in words & surnames_seen:
                writers[word].add(source)

    weight = context_weights(
        list({id(m): m for surnames in by_given.values() for ms in surnames.values() for m in ms}.values())
    )
    slots: list[Slot] = []
    seen: set[tuple[str, str]] = set()
    keyed = [(given, surnames, False) for given, surnames in sorted(by_given.items())]
    keyed += [(given, surnames, True) for given, surnames in sorted(by_full_given.items())]
    for given, written, full in keyed:
        surnames = _spellings_merged(written, two_names)
        if len(surnames) < 2:
            continue
        support = {s: witnesses(ms) for s, ms in surnames.items()}
        ranked = sorted(support, key=lambda s: (-support[s], s))
        majority = ranked[0]
        # one source against one, and some mention known to name a person ("Deputy Juan
        # Abel Escalante"; not "Albany County Sheriff" against "Albany County Courthouse");
        # with one given name, only in sentences much alike ("Robert" names many people)
        tie = (
            len(ranked) == 2 and support[majority] == 1 == support[ranked[1]]
            and any(m.fact.unit == "person" for ms in surnames.values() for m in ms)
            and (full or contexts_agree(surnames[ranked[1]], surnames[majority], weight, minimum=_MIN_TIE_CONTEXT))
        )
        if tie:
            pass  # one source against one: reported without a majority
        elif support[majority] < _MIN_MAJORITY or support[ranked[1]] == support[majority]:
            continue
        for surname in ranked[1:]:
            lone_sources = {m.claim.source for m in surnames[surname]}
            if len(lone_sources) != 1:
                continue
            (source,) = lone_sources
            # the lone source must not name the person the others name (a lower-case
            # word of a web address, "hugh-jackman", is no naming); no other source may
            # write the lone surname at all
            spellings = {m.fact.value.split()[-1] for m in surnames[majority]}
            if spellings & named[source] or not two_names(majority, surname):
                continue
            if _run_together(surnames[surname]) & _run_together(surnames[majority]):
                continue  # "Rami Abdul Rahman" / "Rami Abdulrahman": one name, spaced two ways
            if writers[surname] - {source}:
                continue
            if _titled_apart(surnames[surname], surnames[majority], given):
                continue  # "Secretary of State John Kerry" / "Press Secretary Rear Adm. John Kirby": two people
            if (source, surname) in seen or not (full or contexts_agree(
                surnames[surname], surnames[majority], weight, minimum=_MIN_NAME_CONTEXT
            )):
                continue
            seen.add((source, surname))
            slots.append(
                Slot(
                    kind=DiscrepancyKind.NAME_CONFLICT,
                    values=dict(sorted({majority: tuple(surnames[majority]), surname: tuple(surnames[surname])}.items())),
                    context=(given,),
                    score=0.0,
                    rule=SAME_GIVEN_NAMES_RULE if tie else LONE_VALUE_RULES[DiscrepancyKind.NAME_CONFLICT],
                    lone=surname,
                )
            )
    return slots


_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "sgt": "sergeant", "capt": "captain", "col": "colonel", "maj": "major", "det": "detective",
    "insp": "inspector", "supt": "superintendent", "prof": "professor", "dr": "doctor", "rev": "reverend",
    "cpl": "corporal", "adm": "admiral", "cmdr": "commander", "pres": "president", "atty": "attorney",
    "sec": "secretary", "amb": "ambassador",
}
"""Titles written short, and in full."""


def _title_words(mention: Mention, given: str) -> frozenset[str]:
    """The words written before a name's given name in its mention ("U.S. Secretary of
    State John Kerry": u, s, secretary, state), stop words and honorifics ("Ms.") left out,
    short titles in full ("Gov." is "governor")."""
    words = [fold(w) for w in re.split(r"[\s.,'’]+", mention.fact.text) if w]  # as the name's value is ("josé": jose)
    before = words[: words.index(given)] if given in words else []
    return frozenset(_TITLE_ABBREVIATIONS.get(w, w) for w in before if w not in STOPWORDS and w not in HONORIFICS)


def _part_of_title(part: frozenset[str], title: frozenset[str]) -> bool:
    """Whether each word of one title is a word of the other, or a slip of one
    (:func:`crosscheck.spellings.is_slip`: "Corhner" / "Coroner")."""
    return all(
        word in title or any(is_slip(word, other, min_length=5) for other in title)
        for word in part
    )


def _titled_apart(lone: Sequence[Mention], others: Sequence[Mention], given: str) -> bool:
    """Whether the lone surname's mentions all carry a title, and so does one of the others'
    at least, and no two of those titles are one the other's or its part ("Secretary of
    State John Kerry" / "Pentagon Press Secretary Rear Adm. John Kirby": two people with one
    given name; "Deputy" / "Sheriff's Deputy", "Governor" / "Gov." may be one)."""
    mine = [_title_words(m, given) for m in lone]
    theirs = [t for t in (_title_words(m, given) for m in others) if t]
    return (
        all(mine) and bool(theirs)
        and not any(_part_of_title(a, b) or _part_of_title(b, a) for a in mine for b in theirs)
    )


def _run_together(mentions: Sequence[Mention]) -> set[str]:
    """The names of mentions with their spaces and hyphens taken out."""
    return {"".join(m.fact.value.replace("-", " ").split()) for m in mentions}
