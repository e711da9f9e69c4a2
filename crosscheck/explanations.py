"""What a discrepancy shows the reader: its variants, its majority and its explanation.

:func:`build_variants` turns the occurrences of each way a detail is written into
:class:`~crosscheck.models.Variant` objects (most sources first), :func:`majority_of`
picks the variant most sources write, and :func:`explain` says in a sentence why the
rule that fired calls the variants one detail written differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from crosscheck.alike import DAY_IN_SENTENCE_RULE, FIGURE_IN_SENTENCE_RULE
from crosscheck.conversions import CONVERSION_RULE
from crosscheck.edits import EDIT_RULES
from crosscheck.models import Claim, DiscrepancyKind, Fact, Variant
from crosscheck.names import ch_for_sh
from crosscheck.outliers import (
    ELSEWHERE,
    LONE_VALUE_RULES,
    MAIN_AGE_RULE,
    NAMED_AGES_RULE,
    ONE_AGE_RULE,
    ONE_WEEKDAY_RULE,
    PAIRED_VALUE_RULE,
    SAME_WORDS_RULE,
)
from crosscheck.quantities import ALIGNED_TIME_RULE
from crosscheck.quotations import QUOTED_FIGURE_RULE
from crosscheck.slots import NEAR_IDENTICAL_RULE, SAME_CLAUSE_RULE, SLOT_RULES
from crosscheck.spellings import NICKNAME, PARTICLE, ROMANISATION, TRANSLITERATION
from crosscheck.surnames import SAME_GIVEN_NAMES_RULE
from crosscheck.years import LIFE_YEAR_RULE, YEAR_IN_SENTENCE_RULE

__all__ = ["build_variants", "explain", "majority_of"]


def majority_of(variants: Sequence[Variant]) -> int | None:
    """The index of the variant the most sources write, or ``None`` on a tie."""
    counts = [len(v.sources) for v in variants]
    best = max(counts)
    return counts.index(best) if counts.count(best) == 1 else None


def build_variants(
    occurrences: Mapping[str, list[tuple[Claim, Fact]]], order: Mapping[str, int]
) -> list[Variant]:
    """One variant per way of writing (``occurrences``: key -> the claims and facts that
    write it), most sources first; ``order`` is each claim's position in the corpus."""
    variants: list[tuple[tuple[int, int], Variant]] = []
    for unsorted in occurrences.values():
        items = sorted(unsorted, key=lambda cf: (order[cf[0].id], cf[1].start, cf[1].end))
        sources = sorted({c.source for c, _ in items}, key=lambda s: min(order[c.id] for c, _ in items if c.source == s))
        claims = list(dict.fromkeys(c.id for c, _ in items))
        spans = [(c.id, f.start, f.end) for c, f in items]
        # the form written most often; on a tie, the first by source id, so that the
        # order the sources were given in does not change what the report shows
        counts = Counter(f.text for _, f in items)
        # (then the longer of two spans at one place, a quotation with its comma or without)
        text = min(items, key=lambda cf: (-counts[cf[1].text], cf[0].source, cf[1].start, -cf[1].end))[1].text
        variant = Variant(text=text, sources=sources, claims=claims, spans=spans)
        # most sources first; on a tie, the variant that appears first in the corpus
        variants.append(((-len(sources), order[items[0][0].id]), variant))
    return [variant for _, variant in sorted(variants, key=lambda item: item[0])]


def _lone_against(lone: Variant, other: Variant, elsewhere: bool) -> str:
    """Who alone gives the lone value, and whether they write the others' value: never, or
    only in other sentences (a story gives many days)."""
    who = ", ".join(lone.sources)
    if elsewhere:
        return f"only {who} gives '{lone.text}' here (it gives '{other.text}' only in other sentences)"
    return f"only {who} gives '{lone.text}', and never '{other.text}',"


NEGATION_RULE = "the same words, one of them negated"
"""Two aligned claims that say one thing in nearly the same words, one of them negated
(:func:`crosscheck.compare.compare_claims`)."""


CONTRARY_RULE = "the same words, one of them replaced by its contrary"
"""Two aligned claims that say one thing in nearly the same words, but for one word where
the other has one that excludes it ("confirmed" / "denied", "killed" / "injured";
:func:`crosscheck.compare.compare_claims`)."""


def explain(kind: DiscrepancyKind, variants: Sequence[Variant], rule: str, detail: str, slot: str) -> str:
    """The sentence that tells a reader what differs and why the rule took it for one detail."""
    written = " vs ".join(
        f"'{v.text}' ({', '.join(v.sources)})" for v in variants
    )
    if rule == NEGATION_RULE:
        return (
            f"{written}: the same statement in the same words, but one source negates it "
            f"between {detail} ('not', 'never', 'didn't'); one of them is wrong, or they report two "
            "moments, a denial and a confirmation."
        )
    if rule == CONTRARY_RULE:
        return (
            f"{written}: the same statement in nearly the same words, but with {detail}, words "
            "that exclude each other; one of them is wrong, or they report two moments or two parties."
        )
    if rule == ROMANISATION:
        return (
            f"{written}: {detail} are two romanisations of one Korean name in '{slot}'; "
            "most likely the same person, written two accepted ways."
        )
    if rule == TRANSLITERATION and any(
        ch_for_sh(x, y) for x, y in zip(*(v.text.casefold().split() for v in variants[:2]), strict=False)
    ):
        return (
            f"{written}: {detail} in '{slot}'; French writes 'ch' where English writes 'sh' "
            "(Marrakech, Marrakesh): most likely one name, written two accepted ways."
        )
    if rule == TRANSLITERATION:
        return (
            f"{written}: {detail} differ only in vowels or in an ending that names transliterated "
            f"from Arabic, Russian or Hebrew are written with in several ways, in '{slot}'; most likely "
            "the same person, written two accepted ways."
        )
    if rule == PARTICLE:
        return (
            f"{written}: {detail} are one surname written with and without its particle in '{slot}'; "
            "most likely the same person, and one source drops or adds the particle."
        )
    if rule == NICKNAME:
        return (
            f"{written}: {detail} are a given name and its nickname in '{slot}'; "
            "most likely the same person."
        )
    if rule == NEAR_IDENTICAL_RULE:
        lone, others = variants[-1], variants[0]
        return (
            f"{written}: {', '.join(lone.sources)} writes '{lone.text}' where {', '.join(others.sources)} "
            f"write '{others.text}' with nearly the same words around it ({detail or '-'}), and no "
            "source gives both; most likely one detail reported two ways."
        )
    if rule == SAME_CLAUSE_RULE:
        return (
            f"{written}: each stands in a clause of the same words ({detail or '-'}), word for "
            "word apart from the figure; most likely one detail reported two ways."
        )
    if rule == SAME_WORDS_RULE:
        return (
            f"{written}: each stands between the same words ({detail}) in sentences much alike, "
            "and too few other sources give either to tell which is right; most likely one "
            "detail reported two ways, and either may be the wrong one."
        )
    if rule == NAMED_AGES_RULE:
        return (
            f"{written}: two sources give the age of the same person, named beside each age "
            f"({detail}), differently; no other source gives it, so either may be the wrong one."
        )
    if rule == SAME_GIVEN_NAMES_RULE:
        return (
            f"{written}: the same given names ({detail}) before two surnames, each written "
            "by one source that never writes the other; most likely one person, and one "
            "surname is wrong."
        )
    # a lone value whose source gives the others' value in other sentences ("never" would be untrue)
    elsewhere = rule.endswith(ELSEWHERE)
    rule = rule.removesuffix(ELSEWHERE)
    if rule == PAIRED_VALUE_RULE:
        lone, other = variants[-1], variants[0]
        return (
            f"{written}: {_lone_against(lone, other, elsewhere)} "
            f"in a sentence much like the one where {', '.join(other.sources)} "
            f"gives '{other.text}' (next to: {detail or '-'}), a value other sources give too; "
            "most likely one detail reported two ways."
        )
    if rule == CONVERSION_RULE:
        lone, majority = variants[-1], variants[0]
        if len(majority.sources) == 1:
            # one source against one, found where the arithmetic fits one side only
            return f"{written}: the two sources convert the figure differently ({detail}); one conversion is wrong."
        return (
            f"{written}: only {', '.join(lone.sources)} converts the figure to '{lone.text}', where "
            f"{len(majority.sources)} other sources give '{majority.text}' ({detail}); one conversion is wrong."
        )
    if rule == QUOTED_FIGURE_RULE:
        return (
            f"{written}: two wordings of one quotation give this figure differently ({detail}); "
            "one source has it wrong, or the speaker said it twice."
        )
    if rule == ONE_WEEKDAY_RULE:
        lone, majority = variants[-1], variants[0]
        return (
            f"{written}: {len(majority.sources)} other sources give '{majority.text}' as the one weekday of the "
            f"story, and {', '.join(lone.sources)} gives '{lone.text}' alone, for what happened on it; "
            "most likely the same day, and one of them is wrong."
        )
    if rule == LIFE_YEAR_RULE:
        lone, majority = variants[-1], variants[0]
        return (
            f"{written}: {len(majority.sources)} other sources give '{majority.text}' as the year of {detail}, "
            f"and {', '.join(lone.sources)} alone gives '{lone.text}'; a person dies, and is born, once."
        )
    if rule in (ONE_AGE_RULE, MAIN_AGE_RULE):
        lone, majority = variants[-1], variants[0]
        main = rule == MAIN_AGE_RULE
        story_age = (
            "the story's main age (far more sources give it than any other age)" if main else "the one age in the story"
        )
        return (
            f"{written}: {len(majority.sources)} other sources give '{majority.text}' as {story_age}, and "
            f"{', '.join(lone.sources)} alone gives '{lone.text}'"
            f"{', said of the same person as the others say theirs' if main else ''}"
            f"{f' (it gives {majority.text!r} only in other sentences)' if elsewhere else ''}; "
            "most likely one person's age given two ways."
        )
    if rule in (DAY_IN_SENTENCE_RULE, FIGURE_IN_SENTENCE_RULE):
        lone, majority = variants[-1], variants[0]
        what = "day" if rule == DAY_IN_SENTENCE_RULE else "figure"
        return (
            f"{written}: {', '.join(lone.sources)} gives '{lone.text}' where {len(majority.sources)} other sources "
            f"give '{majority.text}' in sentences much like it (words both use: {detail or '-'}), and no other "
            f"source gives its {what} in such a sentence; most likely one "
            f"{'event dated' if what == 'day' else 'detail reported'} two ways."
        )
    if rule == YEAR_IN_SENTENCE_RULE:
        lone, majority = variants[-1], variants[0]
        return (
            f"{written}: {_lone_against(lone, majority, elsewhere)} "
            f"where {len(majority.sources)} other sources give '{majority.text}' in sentences much "
            f"like it (words both use: {detail or '-'}); most likely one event dated two ways."
        )
    if rule in LONE_VALUE_RULES.values():
        lone, majority = variants[-1], variants[0]
        return (
            f"{written}: {_lone_against(lone, majority, elsewhere)} "
            f"where {len(majority.sources)} other sources give '{majority.text}' "
            f"(next to: {detail or '-'}); most likely one detail reported two ways."
        )
    if rule in SLOT_RULES.values():
        what = {"number": "values", "date": "dates", "name-conflict": "names"}[kind.value]
        return (
            f"{written}: the sources give different {what} in the same place of their "
            f"sentences (words around it: {detail or '-'})."
        )
    if kind is DiscrepancyKind.NAME_VARIANT and slot.startswith("word|"):
        return (
            f"{written}: {detail} differ by one letter, a word these names share; no source "
            "uses both spellings, so they most likely name the same thing and one is a slip."
        )
    if kind is DiscrepancyKind.NAME_VARIANT:
        both = sorted({s for v in variants for s in v.sources if sum(s in w.sources for w in variants) > 1})
        if both:
            # an organisation one source names both ways ("World Heath Organization" beside "World Health …")
            return (
                f"{written}: {detail} differ by one letter in '{slot}', an organisation's name, which "
                f"{', '.join(both)} write{'s' if len(both) == 1 else ''} both ways; one of them is a slip."
            )
        return (
            f"{written}: {detail} differ by one letter in '{slot}'; no source uses both "
            "spellings, so they most likely name the same thing and one is a slip."
        )
    if rule == EDIT_RULES[DiscrepancyKind.NAME_CONFLICT]:
        return (
            f"{written}: the same sentence in both sources with the place changed (words around it: "
            f"{detail or '-'}); unless one place lies within the other (a city and its country), one "
            "of them names the wrong place."
        )
    if kind is DiscrepancyKind.NAME_CONFLICT:
        return (
            f"{written}: the aligned claims fill the slot '{slot}' with different names "
            f"({detail}), and no source uses both."
        )
    if rule in (EDIT_RULES[DiscrepancyKind.NUMBER], EDIT_RULES[DiscrepancyKind.DATE]):
        what = "number" if kind is DiscrepancyKind.NUMBER else "date"
        return (
            f"{written}: the same sentence in both sources with the {what} changed "
            f"(around it: '{detail}'); unless they were written at different times, one of them is wrong."
        )
    if kind is DiscrepancyKind.NUMBER:
        return f"{written}: the aligned claims give different values for {detail}."
    if rule == ALIGNED_TIME_RULE:
        return (
            f"{written}: the aligned claims give clock times {detail}; a time written roughly ('about "
            "3 p.m.') and exactly ('3:10 p.m.') are less than an hour apart, so one of these is wrong, "
            "or they tell of two moments."
        )
    if kind is DiscrepancyKind.DATE:
        return f"{written}: the aligned claims give different dates ({detail})."
    if kind is DiscrepancyKind.QUOTE_WORDING:
        return f"The aligned claims quote the same words differently; {detail}."
    return f"{written}: {rule} ({detail})."
