"""Names written two ways: one-letter slips, one word apart, near misses of a reference name.

Three places a name can be written two ways:

* two aligned claims fill the same name slot with different words (``compare_names``):
  a slip (Police/Policy), a romanisation (Yoon/Youn), a nickname, or another name;
* anywhere in the corpus, the same name or one word of it is written with a one-letter
  slip (``corpus_name_slips``, ``corpus_word_slips``), even in sentences that align poorly;
* a name is one letter away from a canonical name of the user's reference list
  (``reference_findings``).

Two spellings that some single source uses side by side are two different things
(North Korea and South Korea), never a discrepancy. The findings are merged into
discrepancies by :func:`crosscheck.compare.find_discrepancies`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set

import attrs
from rapidfuzz.distance import Levenshtein

from crosscheck._text import normalize_word
from crosscheck.config import AuditConfig
from crosscheck.facts import HONORIFICS, ROLE_NOUNS, name_key, name_parts, name_tokens
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind, ReferenceName
from crosscheck.names import is_korean_surname, is_nickname, same_person_variant

__all__ = [
    "NICKNAME",
    "PARTICLE",
    "ROMANISATION",
    "TRANSLITERATION",
    "Finding",
    "WordSlip",
    "compare_names",
    "corpus_name_slips",
    "corpus_word_slips",
    "distinct_entities",
    "is_acronym",
    "is_slip",
    "name_words",
    "names_by_source",
    "one_edit_pairs",
    "one_word_apart",
    "particle_dropped",
    "reference_findings",
    "source_vocabulary",
    "word_as_written",
    "word_fact",
]

ROMANISATION = "romanisation variant of a name"
NICKNAME = "nickname and given name"
TRANSLITERATION = "transliteration variant of a name"
PARTICLE = "a surname written with and without its particle"
_SURNAME_PARTICLES = frozenset("la le de di da du del della van von der mc mac o al el st".split())
"""What some surnames open with and some sources leave off or write apart ("LaCalamita" /
"Calamita", "DelGiudice" / "Giudice")."""


def written_as_particle(written: str, word: str) -> bool:
    """Whether the name ``written`` writes ``word`` (a normal form) as a particle: a word that
    opens surnames and names ("al", "de", "van") in lowercase or joined to the next word by
    a hyphen ("al-Shabaab", "Al-Qaeda", "de Klerk"); "Al Quintero" writes a given name."""
    if word not in _SURNAME_PARTICLES:
        return False
    return re.search(rf"(?:\b{word}\b(?!-)|(?i:\b{word})-)", written) is not None


def particle_dropped(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a particle joined before it ("lacalamita",
    "calamita"): one surname, written with and without its particle."""
    return longer.endswith(shorter) and longer[: len(longer) - len(shorter)] in _SURNAME_PARTICLES
_CALENDAR = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)


@attrs.frozen
class Finding:
    """One difference between two claims, before findings are merged into discrepancies.

    ``slot`` names what is disputed (the unit of a number, the shared words of a name)
    so that findings about the same slot across several pairs merge.
    """

    kind: DiscrepancyKind
    slot: str
    a_key: str
    a_fact: Fact
    b_key: str
    b_fact: Fact
    rule: str
    detail: str


def is_slip(a: str, b: str, *, min_length: int = 4) -> bool:
    """Whether two different words differ by a one-letter slip (Police/Policy, Paul/Pall).

    Both must be alphabetic and at least ``min_length`` long; a word that extends the
    other (Korea/Korean), an acronym pair (EU/EC), a people beside its country
    (Somalis/Somalia) and a land's name beside its adjective (Koreas/Korean) are not slips.

    >>> is_slip("police", "policy"), is_slip("korea", "korean"), is_slip("kowalczyk", "kowalewska")
    (True, False, False)
    >>> is_slip("somalis", "somalia"), is_slip("somalia", "somalja"), is_slip("koreas", "korean")
    (False, True, False)
    """
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    if min(len(a), len(b)) < min_length:
        return False
    if a.startswith(b) or b.startswith(a) or a in _CALENDAR or b in _CALENDAR:
        return False
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-2:-1] == "i" and {a[-1], b[-1]} == {"a", "s"}:
        return False  # a people and its country: "Somalis" / "Somalia"
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-2:-1] in ("a", "e") and {a[-1], b[-1]} == {"n", "s"}:
        return False  # a land's name and its adjective: "Koreas" / "Korean", "Americas" / "American"
    return Levenshtein.distance(a, b) <= 1 or _is_transposition(a, b)


def _is_transposition(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def name_words(key: str) -> list[str]:
    return key.split()


def one_word_apart(a: str, b: str) -> int | None:
    """Index of the only differing word of two name keys of equal length, or ``None``."""
    wa, wb = name_words(a), name_words(b)
    if len(wa) != len(wb):
        return None
    diff = [i for i in range(len(wa)) if wa[i] != wb[i]]
    return diff[0] if len(diff) == 1 else None


def _masked(key: str, index: int) -> str:
    words = name_words(key)
    words[index] = "…"
    return " ".join(words)


def distinct_entities(a: str, b: str, used_together: Mapping[str, set[str]]) -> bool:
    """Whether some source writes both names (so they name two different things)."""
    return bool(used_together.get(a, set()) & used_together.get(b, set()))


def compare_names(
    a: Claim,
    b: Claim,
    used_together: Mapping[str, set[str]],
    vocabulary: Mapping[str, Set[str]],
    config: AuditConfig,
    frames: NameFrames | None = None,
) -> list[Finding]:
    """What two claims' names state differently: romanisations, nicknames, one-letter
    slips and different names in one slot. ``frames`` (:func:`name_frames`) tells where
    each source writes each word of a name: two words one source writes in one frame are
    two names ("Mark Jones", "Mary Jones": a brother and a sister), not a slip."""
    names_a = {f.value: f for f in a.facts if f.kind is FactKind.NAME}
    names_b = {f.value: f for f in b.facts if f.kind is FactKind.NAME}
    only_a = [k for k in names_a if k not in names_b]
    only_b = [k for k in names_b if k not in names_a]
    findings = []
    for ka in only_a:
        for kb in only_b:
            index = one_word_apart(ka, kb)
            if index is None or distinct_entities(ka, kb, used_together):
                continue
            wa, wb = name_words(ka)[index], name_words(kb)[index]
            if not (wa.isalpha() and wb.isalpha()) or wa.startswith(wb) or wb.startswith(wa):
                continue
            if wa in _CALENDAR or wb in _CALENDAR or wa in HONORIFICS or wb in HONORIFICS:
                continue
            written_a = word_as_written(names_a[ka], index)
            written_b = word_as_written(names_b[kb], index)
            if is_acronym(written_a) or is_acronym(written_b):
                continue
            same = same_person_variant(
                wa, wb, syllables=any(is_korean_surname(w) for w in name_words(ka) + name_words(kb)),
                person={names_a[ka].unit, names_b[kb].unit} <= {"person", ""},
            )
            if particle_dropped(wa, wb) or particle_dropped(wb, wa):
                kind, rule = DiscrepancyKind.NAME_VARIANT, PARTICLE
            elif same is not None:
                kind = DiscrepancyKind.NAME_VARIANT
                rule = {"romanisation": ROMANISATION, "nickname": NICKNAME}.get(same, TRANSLITERATION)
            elif is_slip(wa, wb, min_length=config.slip_min_length):
                if frames is not None and written_in_one_frame(wa, wb, frames):
                    continue  # a source names both: two people, not one name misspelt
                kind, rule = DiscrepancyKind.NAME_VARIANT, "one-letter slip in a name"
            elif (
                len(name_words(ka)) >= 2
                and wa not in vocabulary.get(b.source, ())
                and wb not in vocabulary.get(a.source, ())
            ):
                # each source writes only its own word, nowhere the other's
                kind, rule = DiscrepancyKind.NAME_CONFLICT, "different name in the same slot"
            else:
                continue
            detail = f"'{written_a}' and '{written_b}'"
            findings.append(Finding(kind, _masked(ka, index), ka, names_a[ka], kb, names_b[kb], rule, detail))
    return findings


def word_as_written(fact: Fact, index: int) -> str:
    parts = name_parts(fact.text)
    return parts[index][0] if index < len(parts) else fact.text


def word_fact(fact: Fact, word: str) -> Fact:
    """The part of a name fact that writes ``word`` (a normal form), as a fact of its own
    with its own offsets; the whole fact when no part does."""
    for match in _LETTERS_RE.finditer(fact.text):
        if normalize_word(match.group()) == word:
            return attrs.evolve(fact, text=match.group(), start=fact.start + match.start(), end=fact.start + match.end())
    return fact


def is_acronym(word: str) -> bool:
    return len(word) <= 5 and word.isupper()


def source_vocabulary(text: str) -> set[str]:
    """Return the normalised words of a text, hyphenated words split."""
    return set(map(normalize_word, set(_LETTERS_RE.findall(text))))


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def reference_findings(
    claims: Sequence[Claim], reference: Sequence[ReferenceName], config: AuditConfig
) -> list[tuple[ReferenceName, Fact, Claim, str]]:
    """Return ``(reference name, fact, claim, "written/canonical")`` for each near miss, the
    fact the part of the name that misses ("Tara Reid" of "Actress Tara Reid")."""
    known: set[str] = set()
    entries = []
    for ref in reference:
        keys = [name_key(n) for text in (ref.canonical, *ref.aliases) for n in name_tokens(text)]
        keys = [k for k in keys if k]
        known.update(keys)
        if keys:
            entries.append((ref, keys[0]))
    hits = []
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.NAME or fact.value in known:
                continue
            words = name_words(fact.value)
            for ref, key in entries:
                ref_words = name_words(key)
                n = len(ref_words)
                for i in range(0, len(words) - n + 1):
                    window = " ".join(words[i : i + n])
                    if window in known:
                        continue
                    index = one_word_apart(window, key)
                    if index is None:
                        continue
                    wa, wr = words[i + index], ref_words[index]
                    if is_slip(wa, wr, min_length=config.slip_min_length):
                        hits.append((ref, _window_fact(fact, window), claim, f"{wa}/{wr}"))
    return hits


def _window_fact(fact: Fact, window: str) -> Fact:
    """The part of a name fact that writes ``window`` (some of its words' normal forms, in
    order), as a fact of its own: "Tara Reid" of "Actress Tara Reid"; the whole fact where
    the words are not written as such."""
    pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, window.split())) + r"(?!\w)"
    match = re.search(pattern, fact.text, re.IGNORECASE)
    if match is None or match.group() == fact.text:
        return fact
    return attrs.evolve(fact, text=match.group(), start=fact.start + match.start(), end=fact.start + match.end(), value=window)


NameFrames = Mapping[str, Mapping[tuple[str, ...], set[str]]]
"""Each word of a name, and for each name it stands in, that name with the word left
out (its frame), with the sources that write it there (:func:`name_frames`)."""


def name_frames(claims: Iterable[Claim]) -> dict[str, dict[tuple[str, ...], set[str]]]:
    """The :data:`NameFrames` of the claims' names: "Mark Jones" gives "mark" in
    ``("", "jones")``, "jones" in ``("mark", "")``."""
    frames: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(lambda: defaultdict(set))
    seen: set[tuple[str, str]] = set()
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.NAME or (fact.value, claim.source) in seen:
                continue
            seen.add((fact.value, claim.source))
            words = name_words(fact.value)
            for index, word in enumerate(words):
                frames[word][(*words[:index], "", *words[index + 1 :])].add(claim.source)
    return frames


def written_in_one_frame(a: str, b: str, frames: NameFrames) -> bool:
    """Whether some source writes both words in one name frame: "Mark Jones" and "Mary
    Jones" in one article name a brother and a sister, not one man misspelt."""
    of_b = frames.get(b, {})
    return any(sources & of_b.get(frame, set()) for frame, sources in frames.get(a, {}).items())


def names_by_source(claims: Iterable[Claim]) -> dict[str, set[str]]:
    used: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NAME:
                used[fact.value].add(claim.source)
    return used


def corpus_name_slips(
    claims: Sequence[Claim], used_together: Mapping[str, set[str]], config: AuditConfig
) -> list[tuple[Finding, Claim, Claim]]:
    """Names written two ways by a one-letter slip anywhere in the corpus; not two names one
    source writes both of (:func:`distinct_entities`: "Mark Jones" and "Mary Jones", a brother
    and a sister), unless both are an organisation's ("World Heath Organization" beside "World
    Health Organization" in one article is one organisation misspelt)."""
    mentions: dict[str, list[tuple[Claim, Fact]]] = defaultdict(list)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NAME:
                mentions[fact.value].append((claim, fact))
    by_slot: dict[str, list[str]] = defaultdict(list)
    slot_index: dict[str, int] = {}
    for key in sorted(mentions):
        words = name_words(key)
        if len(words) == 1 and len(words[0]) < 6:
            continue
        for index in range(len(words)):
            slot = f"{len(words)}|{_masked(key, index)}"
            by_slot[slot].append(key)
            slot_index[slot] = index
    found = []
    seen: set[tuple[str, str]] = set()
    lower: set[str] | None = None  # worked out for the first organisation pair only
    for slot, keys in sorted(by_slot.items()):
        if len(keys) < 2:
            continue  # most slots hold one name: no pair
        for x, y in one_edit_pairs([name_words(k)[slot_index[slot]] for k in keys]):
            ka, kb = keys[x], keys[y]
            apart = one_word_apart(ka, kb)
            if apart is None or (ka, kb) in seen:
                continue
            claim_a, fact_a = mentions[ka][0]
            claim_b, fact_b = mentions[kb][0]
            index = apart
            wa, wb = name_words(ka)[index], name_words(kb)[index]
            if distinct_entities(ka, kb, used_together):
                # a source names both: two people ("Mark Jones", "Mary Jones") or two bodies
                # ("the Government of Iran and the Government of Iraq"), but for an organisation
                # misspelt once
                if not fact_a.unit == fact_b.unit == "organization":
                    continue
                if lower is None:
                    lower = _lower_words(claims)
                if not _one_organisation_misspelt((wa, mentions[ka]), (wb, mentions[kb]), lower):
                    continue
            if is_acronym(word_as_written(fact_a, index)) or is_acronym(word_as_written(fact_b, index)):
                continue
            if not is_slip(wa, wb, min_length=config.slip_min_length):
                continue
            seen.add((ka, kb))
            finding = Finding(
                DiscrepancyKind.NAME_VARIANT, slot.split("|", 1)[1], ka, fact_a, kb, fact_b,
                "one-letter slip in a name, across the corpus",
                f"'{word_as_written(fact_a, index)}' and '{word_as_written(fact_b, index)}'",
            )
            found.append((finding, claim_a, claim_b))
    return found


def _lower_words(claims: Sequence[Claim]) -> set[str]:
    """The words (normal form) the claims write in lower case ("a public health emergency",
    "the election"): common words, which a name's may also be."""
    written = {w for claim in claims for w in _LOWER_WORD_RE.findall(claim.text) if w.islower()}
    return {normalize_word(w) for w in written}


def _one_organisation_misspelt(
    a: tuple[str, Sequence[tuple[Claim, Fact]]], b: tuple[str, Sequence[tuple[Claim, Fact]]],
    lower: Set[str],
) -> bool:
    """Whether two names of an organisation one word apart by a slip, which a source writes
    both of, are one misspelt ("World Heath Organization" beside "World Health
    Organization"): one spelling is written once, by one source, in a claim that does not
    hold the other; another source writes the other and never this one; and the other's
    word is a common one, written in lower case outside names too ("a public health
    emergency"), where this one's is not ("the police" and "the policy" do not make the
    National Police Agency and the National Policy Agency one). Two bodies of one kind are named by proper nouns ("the Government of Iran
    and the Government of Iraq", "University of Zambia" and "University of Gambia")."""
    for (word, odd), (other_word, other) in ((a, b), (b, a)):
        (claim, _), *more = odd
        others = {c.source for c, _ in other}
        if (
            not more and other_word in lower and word not in lower and others - {claim.source}
            and all(c.id != claim.id for c, _ in other)
        ):
            return True
    return False


@attrs.frozen
class WordSlip:
    """One word of names written two ways, with every name fact that holds each spelling.

    Attributes:
        words: the two spellings (normal form), in sorted order.
        occurrences: for each spelling, every ``(claim, fact)`` whose name holds it.
        detail: the two spellings as most often written.
    """

    words: tuple[str, str]
    occurrences: tuple[tuple[tuple[Claim, Fact], ...], tuple[tuple[Claim, Fact], ...]]
    detail: str


def _titles_in(fact: Fact, shortest: int) -> dict[str, str]:
    """The title words a name is written with but its normal form leaves out ("Prime
    Minister George Papandreou" is "george papandreou"): normal form -> as written."""
    titles: dict[str, str] = {}
    if any(c.isupper() for c in fact.text):
        kept = set(name_words(fact.value))
        for form in _LETTERS_RE.findall(fact.text):
            if len(form) >= shortest:
                word = normalize_word(form.lower())
                if word in ROLE_NOUNS and word not in kept:
                    titles.setdefault(word, form)
    return titles


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")


def _kinds_apart(a: Sequence[tuple[Claim, Fact, int]], b: Sequence[tuple[Claim, Fact, int]]) -> bool:
    """Whether every name that writes one word is of one kind and every one that writes the
    other of another ("Marine Corps University", an organisation / "Marie Harf", a person;
    "the Armed Forces" / "Capt. Ahmed Hussein"): a slip leaves a name's kind as it was."""
    kinds_a, kinds_b = {f.unit for _, f, _ in a}, {f.unit for _, f, _ in b}
    return len(kinds_a) == 1 == len(kinds_b) and "" not in kinds_a | kinds_b and kinds_a != kinds_b


def _places_apart(a: Sequence[tuple[Claim, Fact, int]], b: Sequence[tuple[Claim, Fact, int]]) -> bool:
    """Whether one word stands only as a surname (the last word of a person's name: "Barack
    Obama") and the other only as a given name (before the last word: "Vice President Osama
    Nujaifi"): a slip leaves a word where it stood. A word alone may be either ("Sxott" for
    Chief Scott Russell), so a name of one word tells nothing."""
    def places(mentions: Sequence[tuple[Claim, Fact, int]]) -> set[str]:
        found = set()
        for _, fact, index in mentions:
            size = len(name_words(fact.value))
            last = index == size - 1
            if index < 0 or size < 2 or fact.unit not in ("person", "") or (not last and fact.unit != "person"):
                return set()  # a title; a word alone (a surname or a given name: "Sxott" for Scott);
                # a name of no known kind, a word of it but the last
            found.add("last" if last else "given")
        return found

    places_a, places_b = places(a), places(b)
    return {frozenset(places_a), frozenset(places_b)} == {frozenset({"last"}), frozenset({"given"})}


def corpus_word_slips(
    claims: Sequence[Claim],
    vocabulary: Mapping[str, Set[str]],
    found: Iterable[tuple[Finding, Claim, Claim]],
    config: AuditConfig,
) -> list[WordSlip]:
    """Words of names written two ways by a one-letter slip, whatever names they stand in.

    "Oregjn" in "Woodburn, Oregjn" and "Oregon" alone are no two names one word apart,
    but the word is the same word misspelt: no source writes both spellings in names, the
    two are not both words the corpus writes in lower case ("Escapes" / "Escapee" in
    headlines; a source that misspells "Central Elecsion Commission" may well write
    "election" elsewhere), and the other spelling is written by two sources or more that
    do not write the same sentences (a copy is no second witness). Evidence from one word
    is weaker than from a whole name, so the word must keep its initial and be six letters or more; a
    shorter word, or a word one source writes each way, only when one spelling holds a
    sequence of three letters (word edges counted) that no other word of the corpus
    holds and the other does not: "Sxott" against "Scott", not "Katie" against "Katia". A pair
    of names that ``found`` (the whole-name slips) or an earlier word already reports
    is not reported again ("Heydar Alishbandi" / "Heidar Alishvandi" once, not per word).
    The titles written with names count as their words ("Chancelgor Angela Merkel" against
    "Chancellor Angela Merkel"). A slip leaves a name's kind and a word's place in a person's
    name as they were: a word only in organisations' names against one only in people's
    ("Marine Corps University" / "Marie Harf"), or one only a surname against one only a
    given name ("Barack Obama" / "Vice President Osama Nujaifi"), is no slip.
    """
    written: dict[str, list[tuple[Claim, Fact, int]]] = defaultdict(list)
    titles_in: dict[str, dict[str, str]] = {}  # per name as written, its titles (names repeat)
    shortest = max(6, config.slip_min_length)
    looked_at_in: dict[str, list[tuple[int, str]]] = {}  # per name, its words looked at (names repeat)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is not FactKind.NAME:
                continue
            looked_at = looked_at_in.get(fact.value)
            if looked_at is None:
                looked_at = looked_at_in[fact.value] = [
                    (index, word) for index, word in enumerate(name_words(fact.value))
                    if len(word) >= config.slip_min_length and word.isalpha()
                ]
            for index, word in looked_at:
                written[word].append((claim, fact, index))
            # a title stands in the name as written but not in its normal form ("Chancellor
            # Angela Merkel" is "angela merkel"): a misspelt title, which is no known title,
            # stays in the normal form ("chancelgor angela merkel") and meets it here
            titles = titles_in.get(fact.text)
            if titles is None:
                titles = titles_in[fact.text] = _titles_in(fact, config.slip_min_length)
            for word in titles:
                written[word].append((claim, fact, -1))
    done = {frozenset((f.a_key, f.b_key)) for f, _, _ in found}
    sequences: LetterSequences | None = None
    words = sorted(written)
    sources_of: dict[str, set[str]] = {}  # per word, the sources that write it in names
    lower_words: set[str] | None = None
    slips = []
    for x, y in one_edit_pairs(words):
        wa, wb = words[x], words[y]
        if wa[0] != wb[0] or not is_slip(wa, wb, min_length=config.slip_min_length):
            continue  # Jerry / Terry / Perry: another initial is usually another name
        for w in (wa, wb):
            if w not in sources_of:
                sources_of[w] = {c.source for c, _, _ in written[w]}
        sources_a, sources_b = sources_of[wa], sources_of[wb]
        short = min(len(wa), len(wb)) < shortest
        if short and min(len(sources_a), len(sources_b)) != 1:
            continue  # a short word is told misspelt only where one source writes it
        if sources_a & sources_b:
            continue  # a source writes both in names: two names ("Katie", "Katia")
        if lower_words is None:
            lower_words = _lower_words(claims)  # in their normal form, as the words of names are
        if wa in lower_words and wb in lower_words:
            continue  # two words of the language, capitalised in names or headlines ("Escapes", "Escapee")
        witnesses = [len({frozenset(c.text for c, _, _ in written[w] if c.source == s) for s in ss})
                     for w, ss in ((wa, sources_a), (wb, sources_b))]
        if short or max(witnesses) < 2:
            # a short word, or one source against one: only a spelling that looks
            # misspelt (LetterSequences.misspelt: "Sxott", "Anghles"), in one source,
            # against one that does not, in the same place of a name
            if min(len(wa), len(wb)) < _SEQUENCE_MIN_LENGTH or not _same_place(written[wa], written[wb]):
                continue  # "Gold" / "Good"; "Dominique Jones" / "Jonas Sahratian"
            if sequences is None:
                sequences = LetterSequences(vocabulary)
            odd = [sequences.misspelt(wa, wb), sequences.misspelt(wb, wa)]
            if odd[0] == odd[1]:
                continue  # both or neither (or too few words to tell)
            lone, other = (0, 1) if odd[0] else (1, 0)
            if len((sources_a, sources_b)[lone]) != 1 or witnesses[other] < witnesses[lone]:
                continue
        as_written = [
            [word_as_written(f, i) if i >= 0 else titles_in[f.text][w] for _, f, i in written[w]] for w in (wa, wb)
        ]
        if any(is_acronym(form) for forms in as_written for form in forms):
            continue
        if _kinds_apart(written[wa], written[wb]) or _places_apart(written[wa], written[wb]):
            continue  # "Marine Corps University" / "Marie Harf"; "Obama" / "Osama Nujaifi"
        pairs = {frozenset((fa.value, fb.value)) for _, fa, _ in written[wa] for _, fb, _ in written[wb]}
        if pairs & done:
            continue
        told = [
            _other_people(fa.value, wa, fb.value, wb)
            for _, fa, _ in written[wa] for _, fb, _ in written[wb]
            if {fa.unit, fb.unit} <= {"person", ""} and "person" in (fa.unit, fb.unit)
            and len(name_words(fa.value)) > 1 and len(name_words(fb.value)) > 1
        ]
        if told and all(told):
            continue  # "Jenna Coleman" / "Olivia Colman": the rest of each full name is another person's
        done |= pairs
        common = [min(set(forms), key=lambda form: (-forms.count(form), form)) for forms in as_written]
        slips.append(WordSlip(
            words=(wa, wb),
            occurrences=(
                tuple((c, f) for c, f, _ in written[wa]),
                tuple((c, f) for c, f, _ in written[wb]),
            ),
            detail=f"'{common[0]}' and '{common[1]}'",
        ))
    return slips


_SEQUENCE_MIN_LENGTH = 5
"""The shortest word told misspelt by its letter sequences: four-letter words one letter
apart are most often two words ("Gold", "Good")."""
_SEQUENCE_MIN_WORDS = 300
"""Distinct words a corpus needs before a letter sequence none of its other words holds
says anything (a few short articles; a sentence or two holds few sequences of all)."""


def _same_place(a: Sequence[tuple[Claim, Fact, int]], b: Sequence[tuple[Claim, Fact, int]]) -> bool:
    """Whether some name writes one spelling where some other name writes the other: both
    the last word of a name (a surname), both an earlier word, or both a title. A name
    of one word may stand for either ("Sxott" for "Police Chief Scott Russell")."""
    def places(occurrences: Sequence[tuple[Claim, Fact, int]]) -> set[str]:
        found = set()
        for _, fact, index in occurrences:
            count = len(name_words(fact.value))
            found |= {"title"} if index < 0 else {"last", "earlier"} if count == 1 else {
                "last" if index == count - 1 else "earlier"
            }
        return found
    return bool(places(a) & places(b))


def _trigrams(word: str) -> set[str]:
    marked = f"^{word}$"
    return {marked[i : i + 3] for i in range(len(marked) - 2)}


class LetterSequences:
    """The sequences of three letters (word edges marked) the words of a corpus hold, to
    tell a misspelling from a name: "Sxott" holds "sxo", which no other word holds,
    where "Scott" holds "sco" ("scope", "scores"). Counted only for a corpus of
    :data:`_SEQUENCE_MIN_WORDS` distinct words or more (else ``counts`` is empty)."""

    def __init__(self, vocabulary: Mapping[str, Set[str]]) -> None:
        self.words: set[str] = set().union(*vocabulary.values()) if vocabulary else set()
        self.counts: Counter[str] = Counter()
        if len(self.words) >= _SEQUENCE_MIN_WORDS:
            for word in self.words:
                self.counts.update(_trigrams(word))

    def misspelt(self, word: str, other: str) -> bool:
        """Whether ``word`` looks like a misspelling of ``other``: the letters it has where
        the other has others form a sequence that no other word of the corpus holds, and
        the sequences it has in their place are rarer in the corpus than the other's."""
        pair = [_trigrams(w) for w in (word, other) if w in self.words]

        def seen(sequence: str) -> int:  # in how many words but these two
            return self.counts[sequence] - sum(sequence in held for held in pair)

        def usual(sequences: set[str]) -> float:
            return sum(math.log1p(seen(t)) for t in sequences)

        if not self.counts:
            return False
        own, others = _trigrams(word) - _trigrams(other), _trigrams(other) - _trigrams(word)
        return any(seen(t) <= 0 for t in own) and usual(own) < usual(others) / 2


def _other_people(a: str, word_a: str, b: str, word_b: str) -> bool:
    """Whether two names that hold a word written two ways are of two people: the rest of
    each has words, and none of them is a word of the other written alike or nearly
    ("Jenna Coleman" / "Olivia Colman", "Barbara Walther" / "Walter Bugden"); "Hickok" /
    "Judge Philip Hickock" and "Heydar Alishbandi" / "Heidar Alishvandi" may be one."""
    rest_a = set(name_words(a)) - {word_a} - HONORIFICS
    rest_b = set(name_words(b)) - {word_b} - HONORIFICS
    if not (rest_a and rest_b):
        return False
    return not any(
        x == y or is_slip(x, y) or same_person_variant(x, y, person=True) or is_nickname(x, y)
        for x in rest_a for y in rest_b
    )


def one_edit_pairs(words: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs ``(x, y)``, ``x < y``, of words that may be one edit apart, in order.

    Two words one insertion, deletion, substitution or adjacent swap apart share a
    form with one letter deleted (or one is such a form of the other), so only words
    that share one are paired: the cost follows the near pairs, not all pairs.
    """
    by_form: dict[str, set[int]] = defaultdict(set)
    for n, word in enumerate(words):
        by_form[word].add(n)
        for i in range(len(word)):
            by_form[word[:i] + word[i + 1 :]].add(n)
    pairs = {(x, y) for group in by_form.values() if len(group) > 1 for x in group for y in group if x < y}
    return sorted(pairs)
