"""Corpus-wide checks: what the claims say across all sources, apart from their alignment.

Numbers, dates and personal names that fill one slot with different values anywhere in
the corpus (:mod:`crosscheck.slots`), the values one source alone gives where the others
agree (:mod:`crosscheck.outliers`), and quotations that another source words
differently (:func:`crosscheck.checks.find_quote_passages`). None of them needs the
clusters, so they can run while the claims are aligned (:func:`crosscheck.pipeline.audit`
runs them in a helper process); :func:`crosscheck.compare.find_discrepancies` merges what
they find with what the clusters show.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence, Set

import attrs

from crosscheck._text import one_left_out
from crosscheck.alike import lone_sentence_days, lone_sentence_figures
from crosscheck.checks import RareWordIndex, find_quote_passages
from crosscheck.config import AuditConfig
from crosscheck.conversions import converted_figures
from crosscheck.models import Claim, DiscrepancyKind, Fact
from crosscheck.names import same_person_variant
from crosscheck.outliers import (
    find_lone_values,
    lone_number_group,
    story_age,
    story_weekday,
    without_conversions,
)
from crosscheck.slots import (
    SAME_CLAUSE_RULE,
    Mention,
    Slot,
    date_group,
    find_slots,
    find_slots_and_near_identical,
    name_beside_words,
    number_group,
    person_group,
)
from crosscheck.spellings import (
    distinct_entities,
    is_acronym,
    is_slip,
    name_words,
    names_by_source,
    one_word_apart,
    particle_dropped,
    source_vocabulary,
    word_as_written,
)
from crosscheck.stamps import without_timestamps
from crosscheck.surnames import lone_surnames
from crosscheck.years import life_years, lone_sentence_years, lone_years, with_years_of_months

__all__ = ["ClaimChecks", "check_claims", "fact_slots", "source_vocabularies"]


@attrs.frozen
class ClaimChecks:
    """The checks of the compare stage that need the claims but not their alignment:
    fact slots and lone values (:func:`fact_slots`), and quotations that another
    source words differently (:func:`crosscheck.checks.find_quote_passages`). They can
    run while the claims are aligned (:func:`crosscheck.pipeline.audit` does so in a
    helper process) and be handed to :func:`find_discrepancies`.
    """

    slots: tuple[Slot, ...]
    quote_passages: tuple[tuple[Claim, Fact, Claim, Fact], ...]


def source_vocabularies(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Each source's :func:`source_vocabulary` over its claims: one look-up a distinct
    word of a source, not one a word written (no word runs over the spaces that join
    the claims)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        texts[claim.source].append(claim.text)
    vocabulary: dict[str, set[str]] = defaultdict(set)
    for source, written in texts.items():
        vocabulary[source] = source_vocabulary(" ".join(written))
    return vocabulary


def check_claims(
    claims: Sequence[Claim],
    config: AuditConfig | None = None,
    rare_words: RareWordIndex | None = None,
    *,
    used_together: Mapping[str, set[str]] | None = None,
    vocabulary: Mapping[str, Set[str]] | None = None,
) -> ClaimChecks:
    """Run the checks that do not need the alignment (:class:`ClaimChecks`).

    ``rare_words``, ``used_together`` and ``vocabulary`` are worked out from the claims
    when not given (:func:`find_discrepancies` gives its own).
    """
    config = config or AuditConfig()
    slots = fact_slots(
        claims,
        names_by_source(claims) if used_together is None else used_together,
        source_vocabularies(claims) if vocabulary is None else vocabulary,
        config,
    )
    passages = find_quote_passages(claims, rare_words or RareWordIndex(claims))
    return ClaimChecks(slots=tuple(slots), quote_passages=tuple(passages))


def fact_slots(
    claims: Sequence[Claim],
    used_together: Mapping[str, set[str]],
    vocabulary: Mapping[str, Set[str]],
    config: AuditConfig,
) -> list[Slot]:
    """Numbers, dates and personal names that fill one slot with different values.

    The slots of sentences that agree come first, then the lone values
    (:mod:`crosscheck.outliers`, slots whose ``rule`` is set); a caller that drops
    some slots reports a lone value only where no slot it kept holds it already.
    """

    def conflicting_names(a: Mention, b: Mention) -> bool:
        ka, kb = a.fact.value, b.fact.value
        index = one_word_apart(ka, kb)
        if index is None or distinct_entities(ka, kb, used_together):
            return False
        wa, wb = name_words(ka)[index], name_words(kb)[index]
        if not (wa.isalpha() and wb.isalpha()) or wa.startswith(wb) or wb.startswith(wa):
            return False
        if particle_dropped(wa, wb) or particle_dropped(wb, wa):
            return False  # "LaCalamita" / "Calamita": one surname, with and without its particle (a variant)
        if is_slip(wa, wb, min_length=config.slip_min_length) or same_person_variant(wa, wb, person=True):
            return False
        if is_acronym(word_as_written(a.fact, index)) or is_acronym(word_as_written(b.fact, index)):
            return False
        return wa not in vocabulary.get(b.claim.source, ()) and wb not in vocabulary.get(a.claim.source, ())

    def two_surnames(a: str, b: str) -> bool:
        if a.startswith(b) or b.startswith(a) or particle_dropped(a, b) or particle_dropped(b, a):
            return False
        return not is_slip(a, b, min_length=config.slip_min_length) and not same_person_variant(a, b, person=True)

    dated = without_timestamps(claims)
    figures = without_conversions(claims)
    # one search each for the slots and the near-identical surroundings of numbers, of dates
    number_slots, near_numbers = find_slots_and_near_identical(
        claims, group_of=number_group, kind=DiscrepancyKind.NUMBER, name_pair=_same_person_aged
    )
    date_slots, near_dates = find_slots_and_near_identical(dated, group_of=date_group, kind=DiscrepancyKind.DATE)
    slots = (
        number_slots
        + date_slots
        + find_slots(
            claims, group_of=person_group, kind=DiscrepancyKind.NAME_CONFLICT,
            name_pair=conflicting_names, pair_keys=_name_shapes,
        )
    )
    # a slot of the same clause is one source against one: where a lone value of the
    # rules below holds its mentions with more sources against them, that one is reported
    same_clause = [slot for slot in near_numbers + near_dates if slot.rule == SAME_CLAUSE_RULE]
    lone = (
        [slot for slot in near_numbers + near_dates if slot.rule != SAME_CLAUSE_RULE]
        + find_lone_values(
            figures, group_of=lone_number_group, kind=DiscrepancyKind.NUMBER,
            same_detail=_same_person_aged, pairs=True,
        )
        + find_lone_values(
            with_years_of_months(dated), group_of=date_group, kind=DiscrepancyKind.DATE, events=True,
            pairs=True,
        )
        + story_weekday(dated)
        + story_age(figures, same_person=_same_person_aged)
        + lone_years(dated)
        + lone_sentence_years(dated)
        + life_years(dated)
        + lone_surnames(claims, vocabulary, two_names=two_surnames)
        + converted_figures(claims)
        + same_clause
    )
    return slots + lone


def alike_slots(claims: Sequence[Claim], dated: Sequence[Claim]) -> list[Slot]:
    """The days and figures one source alone gives in a sentence much like those where
    others give another (:mod:`crosscheck.alike`): lone values too, found apart from
    :func:`fact_slots` so that they can be found in the audit's own process while a helper
    works out those (it is the later of the two), and reported after them. ``dated`` is
    :func:`without_timestamps` of the claims (the caller has it already)."""
    return lone_sentence_days(dated) + lone_sentence_figures(
        without_conversions(claims), same_detail=_same_person_aged
    )


def _name_shapes(fact: Fact) -> Sequence[Hashable]:
    """The name's words with each one left out in turn (the key itself, for a name of no
    words): two names that are the same or one word apart (:func:`one_word_apart`) share
    one of these."""
    words = name_words(fact.value)
    return one_left_out(words) if words else [fact.value]


_KIN = (
    r"(son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|grandmother"
    r"|grandfather|nephew|niece|cousin|boy|girl|baby|toddler|child)"
)
_KIN_BEFORE_RE = re.compile(r"\b" + _KIN + r",?\s+(?:who\s+is\s+|aged?\s+)?$", re.IGNORECASE)
_KIN_AFTER_RE = re.compile(r"[\s-]*years?[\s-]*old\s+" + _KIN + r"\b", re.IGNORECASE)
_KIN_REACH = 24
"""Characters around an age read for the relative it is the age of ("his son, 12", "12-year-old son")."""


def _kin_beside(mention: Mention) -> str | None:
    """The relative an age is given for, when a word for one is attached to it: "his
    son, 12", "his son, aged 12", "his 12-year-old son"."""
    start = mention.fact.start - mention.claim.start
    end = mention.fact.end - mention.claim.start
    text = mention.claim.text
    found = _KIN_AFTER_RE.match(text, end, min(len(text), end + _KIN_REACH)) or _KIN_BEFORE_RE.search(
        text, max(0, start - _KIN_REACH), start
    )
    return found.group(1).lower() if found else None


def _same_person_aged(a: Mention, b: Mention) -> bool:
    """Two ages may fill one slot only if they are of the same person, as far as the names
    beside them tell (two men's ages in similar sentences are two facts, not one); a name
    misspelt by one letter is still the same person's ("Subryan, 23" / "Suuryan, 13").
    An age given for a relative ("his son, 12", "his 12-year-old son") is no other
    person's age ("Tom Baker, 46")."""
    if a.fact.unit != "age" or b.fact.unit != "age":
        return True
    kin_a, kin_b = _kin_beside(a), _kin_beside(b)
    if kin_a != kin_b:
        return False
    na, nb = name_beside_words(a), name_beside_words(b)
    if not (na and nb) or set(na) & set(nb):
        return True
    # no word shared: the same person only if the surnames are a slip and no given names differ
    return is_slip(na[-1], nb[-1]) and (len(na) == 1 or len(nb) == 1 or na[:-1] == nb[:-1])
