"""Hypothesis strategies and helpers for testing code that uses crosscheck.

The main strategy, :func:`planted_corpora`, builds multi-source corpora with *known*
facts planted in them: sources that state a fact, restate it in other words, contradict
it (a changed name, number or date), copy another source, or carry page furniture
around the article. Each example comes with the labels and discrepancies an audit of it
must give (:class:`PlantedCorpus`), and :func:`check_planted` says what an audit got
wrong. The snapshot helpers of :mod:`crosscheck.snapshot` are re-exported here.

This module needs hypothesis (``pip install "crosscheck[testing]"``); nothing else in
crosscheck does.

>>> import crosscheck
>>> from hypothesis import given, settings
>>> @settings(max_examples=10, derandomize=True)
... @given(planted_corpora())
... def test_crosscheck_finds_what_was_planted(planted):
...     assert check_planted(crosscheck.audit(planted.sources), planted) == []
>>> test_crosscheck_finds_what_was_planted()
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "crosscheck.testing needs hypothesis; install it with: pip install \"crosscheck[testing]\""
    ) from error

from crosscheck.models import Audit, DiscrepancyKind, Label, Source
from crosscheck.snapshot import (
    SnapshotMismatch,
    assert_matches_snapshot,
    compare_snapshots,
    load_snapshot,
    take_snapshot,
    write_snapshot,
)

__all__ = [
    "BYLINES",
    "FURNITURE",
    "PlantedCorpus",
    "PlantedFact",
    "SnapshotMismatch",
    "articles",
    "assert_matches_snapshot",
    "check_planted",
    "compare_snapshots",
    "load_snapshot",
    "messy_text",
    "planted_corpora",
    "sentences",
    "simple_corpora",
    "take_snapshot",
    "write_snapshot",
]

# Word pools. Within a pool, and across pools, no two words are alike enough for the
# aligner's fuzzy word match (a test checks this), so two planted facts share no word
# but the weekday, the number and function words: they never align with each other.
FIRST_NAMES = (
    "Alice", "Jomo", "Lena", "Ravi", "Sofia", "Lucien", "Amara", "Yusuf", "Ingrid",
    "Mateo", "Keiko", "Olumide", "Brigitte", "Dmitri",
)  # fmt: skip
LAST_NAMES = (
    "Moreau", "Kariuki", "Fischer", "Menon", "Costa", "Lindqvist", "Okafor", "Haddad",
    "Petrov", "Tanaka", "Delgado", "Novak", "Whitfield", "Barbosa", "Quispe", "Eriksen",
)  # fmt: skip
PLACES = (
    "Valparaiso", "Tromso", "Mombasa", "Cuzco", "Tbilisi", "Dunedin", "Krakow", "Halifax",
    "Bergamo", "Windhoek", "Gdansk", "Nagoya", "Asuncion", "Rotterdam",
)  # fmt: skip
UNITS = (
    "students", "workers", "passengers", "soldiers", "tourists", "farmers", "miners",
    "nurses", "sailors", "pilots", "engineers", "volunteers", "climbers", "cyclists",
)  # fmt: skip
VERBS = (
    "evacuated", "rescued", "injured", "arrested", "hired", "welcomed", "photographed",
    "relocated", "detained", "stranded", "honoured", "dismissed", "sheltered", "questioned",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
}  # fmt: skip

FURNITURE = (
    "ADVERTISEMENT",
    "Sponsored content",
    "Follow us on Telegram and X for the latest updates",
    "Photo: Reuters",
    "Loading comments...",
    "![photo](https://example.org/photo.jpg)",
)
"""Page-furniture lines that cleaning drops wherever they stand in an article."""

BYLINES = ("Reporter Jane Roe jane.roe@example.org", "By Sam Poe")
"""Bylines, put at the top of an article (past its middle, an e-mail byline ends the article)."""

CONTRADICTIONS = (
    DiscrepancyKind.NUMBER,
    DiscrepancyKind.DATE,
    DiscrepancyKind.NAME_CONFLICT,
    DiscrepancyKind.NAME_VARIANT,
)
"""The kinds of contradiction :func:`planted_corpora` plants."""


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PlantedFact:
    """One fact planted in a corpus, who states it and who contradicts it.

    Attributes:
        key: a short name for the fact (``"f1"``...), not seen by crosscheck.
        stated_by: ids of the sources that state the fact as planted (in its own words
            or restated), copies of them included.
        contradicted_by: ids of the sources that state it with one detail changed.
        kind: the kind of contradiction, or ``None`` when nobody contradicts it.
        original: the detail as planted ("42", "Tuesday", "Alice Moreau").
        changed: the detail as the contradicting sources write it, or ``None``.
        copied_by: ids of sources that state it only because they copy another source
            verbatim (a subset of ``stated_by`` and ``contradicted_by``).
        wordings: the fact as planted, in each of the wordings the strategy uses; a test
            can add a source that restates it.
    """

    key: str
    stated_by: tuple[str, ...] = attrs.field(converter=_tuple)
    contradicted_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    kind: DiscrepancyKind | None = None
    original: str = ""
    changed: str | None = None
    copied_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    wordings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that states the fact, one way or the other."""
        return tuple(sorted({*self.stated_by, *self.contradicted_by}))

    @property
    def expected_independent_sources(self) -> int:
        """How many independent origins state the fact: a verbatim copy adds none."""
        return len(self.sources) - len(set(self.copied_by) & set(self.sources))

    @property
    def expected_label(self) -> Label:
        """The label the fact's cluster must get. A verbatim copy counts as a source here,
        as it does in crosscheck's labels today."""
        if len(self.sources) < 2:
            return Label.SINGLE_SOURCE
        return Label.CONFLICTING if self.contradicted_by else Label.CORROBORATED


@attrs.frozen(kw_only=True)
class PlantedCorpus:
    """A generated corpus and what an audit of it must find.

    Attributes:
        sources: the sources to audit.
        facts: the planted facts; each becomes one claim in each source that states it.
        claim_texts: ``(source id, claim text, fact key)`` for every sentence planted, so
            that a test can find the claim an audit made of it.
        furniture: ``(source id, line)`` for each page-furniture line added.
    """

    sources: tuple[Source, ...] = attrs.field(converter=_tuple)
    facts: tuple[PlantedFact, ...] = attrs.field(converter=_tuple)
    claim_texts: tuple[tuple[str, str, str], ...] = attrs.field(converter=_tuple)
    furniture: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)

    def fact(self, key: str) -> PlantedFact:
        """Return the planted fact named ``key``."""
        return next(f for f in self.facts if f.key == key)


# ------------------------------------------------------------------------ the sentences


@attrs.frozen
class _Details:
    first: str
    last: str
    number: int
    unit: str
    verb: str
    place: str
    weekday: str


def _render(d: _Details, style: int) -> str:
    name = f"{d.first} {d.last}"
    if style == 0:
        return f"{name} said {d.number} {d.unit} were {d.verb} near {d.place} on {d.weekday}."
    if style == 1:
        number = NUMBER_WORDS.get(d.number, str(d.number))
        return f"On {d.weekday}, {number} {d.unit} were {d.verb} near {d.place}, {name} said."
    return f"In all, {d.number} {d.unit} were {d.verb} near {d.place} on {d.weekday}, according to {name}."


def _slip(word: str, position: int, letter: str) -> str:
    """Change one letter inside ``word`` (never the first or the last)."""
    index = 1 + position % (len(word) - 2)
    if word[index].lower() == letter:
        letter = "x" if letter != "x" else "z"
    return word[:index] + letter + word[index + 1 :]


def _contradict(d: _Details, kind: DiscrepancyKind, draw: st.DrawFn, last_names: Sequence[str]) -> tuple[_Details, str, str]:
    if kind is DiscrepancyKind.NUMBER:
        number = draw(st.integers(2, 999).filter(lambda n: n != d.number))
        return attrs.evolve(d, number=number), str(d.number), str(number)
    if kind is DiscrepancyKind.DATE:
        weekday = draw(st.sampled_from([w for w in WEEKDAYS if w != d.weekday]))
        return attrs.evolve(d, weekday=weekday), d.weekday, weekday
    if kind is DiscrepancyKind.NAME_CONFLICT:
        last = last_names[0]
    else:
        position = draw(st.integers(0, 20))
        letter = draw(st.sampled_from(string.ascii_lowercase))
        last = _slip(d.last, position, letter)
    return attrs.evolve(d, last=last), f"{d.first} {d.last}", f"{d.first} {last}"


# ------------------------------------------------------------------------- the strategy


@st.composite
def planted_corpora(
    draw: st.DrawFn,
    *,
    min_sources: int = 2,
    max_sources: int = 4,
    max_facts: int = 4,
    contradictions: Sequence[DiscrepancyKind | str] = CONTRADICTIONS,
    copies: bool = True,
    furniture: bool = True,
) -> PlantedCorpus:
    """A corpus of ``min_sources``..``max_sources`` sources (plus perhaps a copy) with
    1..``max_facts`` planted facts, and what an audit of it must find.

    Each fact is stated by one or more sources, in its planted words or restated (clauses
    reordered, a small number written as a word); with ``contradictions``, some facts are
    contradicted by other sources with one detail changed: a number, a weekday, a surname
    (a different one, or a one-letter slip). With ``copies``, one source may be a verbatim
    copy of another. With ``furniture``, page-furniture lines are mixed in.
    Every source states at least one fact.
    """
    if not 2 <= min_sources <= max_sources or max_facts < 1 or max_facts + max_sources > 12:
        raise ValueError("need 2 <= min_sources <= max_sources, max_facts >= 1, max_facts + max_sources <= 12")
    # "number" as well as DiscrepancyKind.NUMBER; a kind this strategy cannot plant is an error
    kinds = [DiscrepancyKind(kind) for kind in contradictions]
    if not set(kinds) <= set(CONTRADICTIONS):
        unknown = sorted(kind.value for kind in set(kinds) - set(CONTRADICTIONS))
        raise ValueError(
            f"planted_corpora cannot plant {', '.join(unknown)}; contradictions must be among "
            f"{', '.join(kind.value for kind in CONTRADICTIONS)}"
        )
    n_sources = draw(st.integers(min_sources, max_sources))
    n_facts = draw(st.integers(1, max_facts))
    ids = [f"src{i}" for i in range(n_sources)]
    # one entry of each pool per fact; a source left with nothing to say gets a fact of its own
    size = n_facts + n_sources
    firsts, lasts, places, units, verbs = (
        draw(st.permutations(pool))[:size] for pool in (FIRST_NAMES, LAST_NAMES, PLACES, UNITS, VERBS)
    )
    spare_lasts = [name for name in draw(st.permutations(LAST_NAMES)) if name not in lasts]

    def details_of(n: int) -> _Details:
        return _Details(
            first=firsts[n], last=lasts[n], number=draw(st.integers(2, 999)), unit=units[n],
            verb=verbs[n], place=places[n], weekday=draw(st.sampled_from(WEEKDAYS)),
        )

    sentences_of: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    facts: list[PlantedFact] = []
    for n in range(n_facts):
        key = f"f{n + 1}"
        details = details_of(n)
        speakers = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=n_sources, unique=True))
        kind = None
        against: list[str] = []
        if kinds and len(speakers) >= 2 and draw(st.booleans()):
            kind = draw(st.sampled_from(kinds))
            if kind is DiscrepancyKind.NAME_CONFLICT and not spare_lasts:
                kind = DiscrepancyKind.NAME_VARIANT
            n_against = draw(st.integers(1, len(speakers) - 1))
            speakers, against = speakers[: len(speakers) - n_against], speakers[len(speakers) - n_against :]
        original = f"{details.first} {details.last}"
        changed = None
        if kind is not None:
            changed_details, original, changed = _contradict(details, kind, draw, spare_lasts)
            if kind is DiscrepancyKind.NAME_CONFLICT:
                spare_lasts.remove(changed_details.last)
            for source_id in against:
                sentences_of[source_id].append((_render(changed_details, draw(st.integers(0, 2))), key))
        for source_id in speakers:
            sentences_of[source_id].append((_render(details, draw(st.integers(0, 2))), key))
        facts.append(
            PlantedFact(
                key=key, stated_by=sorted(speakers), contradicted_by=sorted(against), kind=kind,
                original=original, changed=changed, wordings=[_render(details, k) for k in range(3)],
            )
        )
    for source_id in ids:
        if not sentences_of[source_id]:
            n = len(facts)
            details = details_of(n)
            sentences_of[source_id].append((_render(details, draw(st.integers(0, 2))), f"f{n + 1}"))
            facts.append(
                PlantedFact(
                    key=f"f{n + 1}", stated_by=[source_id], original=f"{details.first} {details.last}",
                    wordings=[_render(details, k) for k in range(3)],
                )
            )

    sources: list[Source] = []
    claim_texts: list[tuple[str, str, str]] = []
    furniture_lines: list[tuple[str, str]] = []
    for source_id in ids:
        body = draw(st.permutations(sentences_of[source_id]))
        lines: list[str] = []
        if furniture and draw(st.integers(0, 3)) == 0:
            line = draw(st.sampled_from(BYLINES))
            lines.append(line)
            furniture_lines.append((source_id, line))
        for sentence, key in body:
            if furniture and draw(st.integers(0, 3)) == 0:
                line = draw(st.sampled_from(FURNITURE))
                lines.append(line)
                furniture_lines.append((source_id, line))
            lines.append(sentence)
            claim_texts.append((source_id, sentence, key))
        separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
        sources.append(Source(id=source_id, text=separator.join(lines) + "\n"))

    if copies and draw(st.integers(0, 3)) == 0:
        original_source = draw(st.sampled_from(sources))
        copy_id = f"src{len(ids)}"
        sources.append(attrs.evolve(original_source, id=copy_id))
        claim_texts.extend((copy_id, text, key) for sid, text, key in list(claim_texts) if sid == original_source.id)
        furniture_lines.extend((copy_id, line) for sid, line in list(furniture_lines) if sid == original_source.id)
        copied: list[PlantedFact] = []
        for fact in facts:
            if original_source.id in fact.stated_by:
                fact = attrs.evolve(fact, stated_by=(*fact.stated_by, copy_id), copied_by=(copy_id,))
            elif original_source.id in fact.contradicted_by:
                fact = attrs.evolve(fact, contradicted_by=(*fact.contradicted_by, copy_id), copied_by=(copy_id,))
            copied.append(fact)
        facts = copied
    return PlantedCorpus(sources=sources, facts=facts, claim_texts=claim_texts, furniture=furniture_lines)


def check_planted(audit: Audit, planted: PlantedCorpus) -> list[str]:
    """Return what ``audit`` got wrong about the planted facts; empty when all is found.

    Checks that every planted sentence is one claim, that the claims of one fact form one
    cluster with the expected label and of no other fact, that each planted contradiction
    is a discrepancy of its kind between the right sources, that no discrepancy appears
    where nothing was planted, that each fact's cluster counts a verbatim copy as no
    independent source (``independent_sources``, ``dependent_only``), and that no
    furniture line became a claim.
    """
    problems: list[str] = []
    claim_of: dict[tuple[str, str], str] = {}
    by_text = {(c.source, c.text): c.id for c in audit.claims}
    for source_id, text, _key in planted.claim_texts:
        claim_id = by_text.get((source_id, text))
        if claim_id is None:
            problems.append(f"{source_id}: the planted sentence {text!r} is not a claim")
        else:
            claim_of[(source_id, text)] = claim_id
    for claim in audit.claims:
        for source_id, line in planted.furniture:
            if claim.source == source_id and line in claim.text:
                problems.append(f"{source_id}: page furniture {line!r} became part of claim {claim.id}")
    if problems:
        return problems
    discrepancies = {d.id: d for d in audit.discrepancies}
    for fact in planted.facts:
        ids = [claim_of[(s, t)] for s, t, k in planted.claim_texts if k == fact.key]
        clusters = {audit.cluster_of(c).id for c in ids}
        if len(clusters) != 1:
            problems.append(f"{fact.key}: its claims {ids} are split over clusters {sorted(clusters)}")
            continue
        cluster = audit.cluster_of(ids[0])
        others = sorted(set(cluster.claims) - set(ids))
        if others:
            problems.append(f"{fact.key}: cluster {cluster.id} also holds claims of other facts {others}")
        if cluster.label is not fact.expected_label:
            problems.append(
                f"{fact.key}: cluster {cluster.id} is {cluster.label.value}, expected "
                f"{fact.expected_label.value} ({cluster.reason})"
            )
        # Sources that happen to share a long planted sentence word for word may be found
        # dependent too, so fewer origins than planted is allowed; more is not: a verbatim
        # copy never adds an independent source.
        independent = fact.expected_independent_sources
        if cluster.independent_sources is not None:
            if cluster.independent_sources > independent:
                problems.append(
                    f"{fact.key}: cluster {cluster.id} has {cluster.independent_sources} independent sources, "
                    f"at most {independent} expected (verbatim copies: {list(fact.copied_by)})"
                )
            dependent_only = cluster.label is Label.CORROBORATED and cluster.independent_sources < 2
            if fact.expected_label is Label.CORROBORATED and independent < 2:
                dependent_only = True
            if cluster.dependent_only != dependent_only:
                problems.append(
                    f"{fact.key}: cluster {cluster.id} is {'' if cluster.dependent_only else 'not '}marked "
                    f"dependent only, expected {'' if dependent_only else 'not '}({cluster.reason})"
                )
        found = [discrepancies[d] for d in cluster.discrepancies]
        if fact.kind is None:
            if found:
                problems.append(f"{fact.key}: nothing was planted, but found {[d.kind.value for d in found]}")
            continue
        expected = {frozenset(fact.stated_by), frozenset(fact.contradicted_by)}
        if not any(
            d.kind is fact.kind and {frozenset(v.sources) for v in d.variants} == expected for d in found
        ):
            problems.append(
                f"{fact.key}: the planted {fact.kind.value} ({fact.original!r} by {list(fact.stated_by)} vs "
                f"{fact.changed!r} by {list(fact.contradicted_by)}) was not found; found "
                f"{[(d.kind.value, [(v.text, v.sources) for v in d.variants]) for d in found]}"
            )
    return problems


# ------------------------------------------------------------------ simpler strategies

# Words far apart from each other (no two within one edit), so that fuzzy matching
# cannot pair them: the blocking index then sees every pair brute force scores.
WORDS = (
    "ministers", "planted", "gardens", "meadow", "bakery", "quickly", "pottery", "resume",
    "lanterns", "orchard", "glaciers", "violin", "telescope", "festival", "kayaks",
    "arrested", "suspects", "harbour", "flooded", "storm", "damaged", "bridge", "voters",
    "elected", "mayor", "council", "budget", "hospital", "doctors", "vaccine", "factory",
    "workers", "strike", "wages", "museum", "painting", "auction", "record", "drought",
    "farmers", "crops",
)  # fmt: skip
NAMES = ("Alice Moreau", "Jomo Kariuki", "Lena Fischer", "Ravi Menon", "Sofia Costa")

sentences = st.builds(
    lambda name, words, number: f"{name} said {number} {' '.join(words)}.",
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=10),
    st.integers(min_value=2, max_value=999),
)
"""One sentence: a name, a number and random topic words; no planted meaning."""

articles = st.lists(sentences, min_size=1, max_size=6).map(" ".join)
"""An article of one to six :data:`sentences` on one line."""


@st.composite
def simple_corpora(draw: st.DrawFn, min_sources: int = 2, max_sources: int = 5) -> list[Source]:
    """Several sources, some restating sentences of others; no expectations attached."""
    n = draw(st.integers(min_value=min_sources, max_value=max_sources))
    pool = draw(st.lists(sentences, min_size=2, max_size=8))
    sources = []
    for index in range(n):
        chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
        separator = draw(st.sampled_from([" ", "\n", "\n\n", "\r\n"]))
        sources.append(Source(id=f"src{index}", text=separator.join(chosen)))
    return sources


messy_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    min_size=1,
    max_size=400,
)
"""Any text: every Unicode character but surrogates and NUL."""
