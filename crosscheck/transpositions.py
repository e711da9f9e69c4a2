"""Figures with two neighbouring digits swapped: "5,300 workers" where the others give 3,500.

A swapped pair of digits is the commonest slip in copying a figure by hand ("$2.4 billion"
for "$4.2 billion", "21 per cent" for "12%"), and the sentences that carry it are often
worded too differently to align or to share a word beside the figure. So a figure one
source alone gives is set against one that two sources or more give, of the same kind
(:func:`crosscheck.outliers.lone_number_group`), where the one is the other with two
neighbouring digits swapped, the lone source never gives the others' figure, no source
gives both, and the words around them agree (a story's "12 people" and "21 days" are
two details).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from crosscheck.models import Claim, DiscrepancyKind
from crosscheck.outliers import COUNTED_LIKE_PLAYS, contexts_agree, lone_number_group, mentions_of
from crosscheck.slots import Mention, Slot, context_weights, other_details

__all__ = ["TRANSPOSED_DIGITS_RULE", "swapped_digits", "transposed_figures"]

TRANSPOSED_DIGITS_RULE = "one source alone gives the figure with two neighbouring digits swapped"
_MIN_OTHERS = 2
"""Sources that must give the other figure: with one, which of two is the slip, no telling."""
_MIN_CONTEXT = 0.45
"""How much the words around the two figures must share (0-1): sentences much alike. The
swapped pairs that two sentences of a story give for different things shared less on the
ECB+ articles (a player's 53 catches and another's 35-yard return, 0.29; Peterson's age,
32, and his wife's, 23, 0.3); the slips of hand-written stories more (0.51 to 0.57)."""


def swapped_digits(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring digits swapped (figures in their normal
    form, a decimal point where each has it); figures of one digit have nothing to swap.

    >>> swapped_digits("3500", "5300"), swapped_digits("4.2", "2.4"), swapped_digits("3500", "3050")
    (True, True, True)
    >>> swapped_digits("12", "13"), swapped_digits("4.2", "24"), swapped_digits("1230", "3210")
    (False, False, False)
    """
    if len(a) != len(b) or a == b:
        return False
    if [n for n, c in enumerate(a) if not c.isdigit()] != [n for n, c in enumerate(b) if not c.isdigit()]:
        return False  # the decimal point moved: another slip
    da, db = [c for c in a if c.isdigit()], [c for c in b if c.isdigit()]
    differ = [n for n in range(len(da)) if da[n] != db[n]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and da[differ[0]] == db[differ[1]] and da[differ[1]] == db[differ[0]]


def transposed_figures(
    claims: Sequence[Claim], *, same_detail: Callable[[Mention, Mention], bool] | None = None
) -> list[Slot]:
    """A slot for each figure one source alone gives with two neighbouring digits of a
    figure the others agree on swapped (:data:`TRANSPOSED_DIGITS_RULE`). ``same_detail``,
    when given, says of a mention of each figure that they may be one detail (ages of one
    person: "the 32-year-old Peterson" and "his wife, 23-year-old Laci" are two)."""
    mentions = mentions_of(claims, lone_number_group)
    weight = context_weights([m for _, m in mentions])
    given: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))  # group -> value -> mentions
    for group, mention in mentions:
        if mention.fact.unit not in COUNTED_LIKE_PLAYS:  # a game's yards: many to a story, of many players
            given[group][mention.fact.value].append(mention)
    slots = []
    for group in sorted(given):
        values = given[group]
        sources = {value: {m.claim.source for m in ms} for value, ms in values.items()}
        for lone in sorted(values):
            if len(sources[lone]) != 1:
                continue
            for other in sorted(values):
                if (
                    len(sources[other]) >= _MIN_OTHERS and not sources[lone] & sources[other]
                    and swapped_digits(other, lone)
                    and contexts_agree(values[lone], values[other], weight, minimum=_MIN_CONTEXT)
                    and (same_detail is None or all(same_detail(a, b) for a in values[lone] for b in values[other]))
                    and not other_details(values[lone], values[other])  # the dead and the injured
                ):
                    slots.append(Slot(
                        kind=DiscrepancyKind.NUMBER,
                        values=dict(sorted({other: tuple(values[other]), lone: tuple(values[lone])}.items())),
                        context=(f"{other} / {lone}",), score=0.0, rule=TRANSPOSED_DIGITS_RULE, lone=lone,
                    ))
    return slots
