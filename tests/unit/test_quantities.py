"""Numbers and dates two aligned claims give differently (crosscheck.quantities)."""

from __future__ import annotations

import crosscheck
from crosscheck.facts import extract_facts
from crosscheck.models import Claim, DiscrepancyKind, Source
from crosscheck.quantities import ALIGNED_DATE_RULE, ALIGNED_NUMBER_RULE, aligned_quantities


def _claim(cid: str, text: str) -> Claim:
    return Claim(id=cid, source=cid.split("#")[0], start=0, end=len(text), text=text, facts=extract_facts(text))


def _found(a: Claim, b: Claim, **kwargs: object) -> list[tuple[str, str, str]]:
    return [(f.a_key, f.b_key, f.rule) for f in aligned_quantities(a, b, dated_a=a, dated_b=b, **kwargs)]  # type: ignore[arg-type]


def test_the_one_toll_of_two_aligned_claims_that_differs_is_found() -> None:
    a = _claim("a#1", "A powerful earthquake hit Aceh on Tuesday, killing at least five people and injuring dozens.")
    b = _claim("b#1", "A strong earthquake struck Aceh on Tuesday, killing at least three people and injuring dozens.")
    assert _found(a, b) == [("5", "3", ALIGNED_NUMBER_RULE)]


def test_the_one_weekday_of_two_aligned_claims_that_differs_is_found() -> None:
    a = _claim("a#1", "Williams died peacefully in her sleep on Thursday in Beverly Hills, her publicist said.")
    b = _claim("b#1", "Williams died peacefully in her sleep on Tuesday in Beverly Hills, her spokesman said.")
    assert _found(a, b) == [("thursday", "tuesday", ALIGNED_DATE_RULE)]


def test_figures_that_agree_as_stated_are_no_finding() -> None:
    a = _claim("a#1", "The storm killed more than 400 people in the coastal towns, officials said on Monday.")
    b = _claim("b#1", "The storm killed 401 people in the coastal towns, officials said on Monday.")
    assert _found(a, b) == []


def test_a_claim_with_two_figures_of_the_unit_is_not_guessed_at() -> None:
    a = _claim("a#1", "The quake killed five people in Aceh and three people in Bener Meriah, officials said.")
    b = _claim("b#1", "The quake killed four people in Aceh, officials said on Tuesday.")
    assert _found(a, b) == []


def test_figures_beside_two_different_names_are_two_details() -> None:
    a = _claim("a#1", "Richard Carter scored 14 points for the Bulldogs in the quarterfinal loss.")
    b = _claim("b#1", "Seth VanDeest scored 13 points for the Bulldogs in the quarterfinal loss.")
    assert _found(a, b) == []


def test_figures_with_little_context_in_common_are_no_finding() -> None:
    # both "miles", but one is the depth and the other the distance from a town
    a = _claim("a#1", "The quake struck yesterday afternoon at a depth of just six miles near Sumatra.")
    b = _claim("b#1", "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun.")
    assert _found(a, b) == []


def test_a_figure_a_reported_slot_holds_is_left_to_it() -> None:
    a = _claim("a#1", "A powerful earthquake hit Aceh on Tuesday, killing at least five people and injuring dozens.")
    b = _claim("b#1", "A strong earthquake struck Aceh on Tuesday, killing at least three people and injuring dozens.")
    five = next(f for f in a.facts if f.value == "5")
    assert _found(a, b, held={(DiscrepancyKind.NUMBER, "a#1", five.start)}) == []


def test_an_audit_reports_a_disputed_toll_once() -> None:
    result = crosscheck.audit([
        Source(id="a", text="A powerful earthquake hit Aceh province on Tuesday, killing at least five people and injuring dozens."),
        Source(id="b", text="A strong earthquake struck Aceh province on Tuesday, killing at least three people and injuring dozens more."),
        Source(id="c", text="A powerful earthquake hit Aceh province on Tuesday, killing at least five people and injuring dozens, officials said."),
    ])
    numbers = [d for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert [[(v.text, v.sources) for v in d.variants] for d in numbers] == [[("five", ("a", "c")), ("three", ("b",))]]


def test_how_many_times_something_happened_is_a_count() -> None:
    result = crosscheck.audit([
        Source(id="a", text="The two officers fired a total of 11 shots, and the teenager was hit 11 times in the torso."),
        Source(id="b", text="The officers fired 11 rounds, and the teenager was hit 11 times in the torso and legs."),
        Source(id="c", text="Both officers fired at the teenager, who was hit 16 times in the torso and legs."),
    ])
    numbers = [d for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert [[(v.text, v.sources) for v in d.variants] for d in numbers] == [[("11", ("a", "b")), ("16", ("c",))]]
