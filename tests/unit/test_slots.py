"""Number slots: how a figure is stated, and which slots are reported."""

from __future__ import annotations

import crosscheck
from crosscheck.align import Alignment
from crosscheck.compare import find_discrepancies
from crosscheck.facts import extract_facts
from crosscheck.models import Claim, Source
from crosscheck.slots import Mention, number_bound, numbers_agree


def _claim(text: str, source: str = "a") -> Claim:
    return Claim(id=f"{source}#1", source=source, start=0, end=len(text), text=text, facts=extract_facts(text))


def _mention(text: str) -> Mention:
    claim = _claim(text)
    return Mention(claim, next(f for f in claim.facts if f.kind.value == "number"), frozenset())


def test_a_floor_or_a_ceiling_agrees_with_a_figure_inside_it() -> None:
    assert numbers_agree(_mention("More than 400 children were removed."), _mention("The 401 children were removed."))
    assert numbers_agree(_mention("He drove at about 35 miles an hour."), _mention("He drove at 36 miles an hour."))
    assert not numbers_agree(_mention("At least 40 people died."), _mention("At least 49 people died."))
    assert not numbers_agree(_mention("Less than 25 people came."), _mention("Some 30 people came."))
    assert not numbers_agree(_mention("They said 40 people died."), _mention("They said 49 people died."))


def test_ordinals_fill_no_slot_but_a_copied_sentence_still_shows_a_changed_one() -> None:
    steps = crosscheck.audit([
        Source(id="a", text="It was the champion's second victory over Thompson in Switzerland."),
        Source(id="b", text="It was the champion's 58th victory, his 16th in a row, in Switzerland."),
        Source(id="c", text="Fans in Switzerland saw the champion's second victory over Thompson."),
    ])
    assert not [d for d in steps.discrepancies if d.kind.value == "number"]
    wire = "The champion won the title in the fifth round of the fight in Bern on Saturday night."
    copied = crosscheck.audit([
        Source(id="a", text=wire),
        Source(id="b", text=wire),
        Source(id="c", text=wire.replace("fifth", "sixth")),
    ])
    (d,) = [d for d in copied.discrepancies if d.kind.value == "number"]
    assert [v.text for v in d.variants] == ["fifth", "sixth"]


def test_no_more_than_is_a_ceiling_and_nearly_stays_under() -> None:
    ceiling = _mention("No more than 5 people were hurt.")
    assert number_bound(ceiling.claim, ceiling.fact) == "<="
    assert not numbers_agree(_mention("No more than 5 people were hurt."), _mention("Police said 9 people were hurt."))
    assert numbers_agree(_mention("Not less than 5 people were hurt."), _mention("Police said 9 people were hurt."))
    assert not numbers_agree(_mention("Nearly 400 people were hurt."), _mention("Police said 410 people were hurt."))


def test_a_number_slot_is_reported_only_inside_a_cluster() -> None:
    texts = {
        "a": "Police said 43 students went missing in Iguala after the attack on the buses.",
        "b": "Police said that 43 students went missing in Iguala after an attack on buses.",
        "c": "Officials said 42 students went missing in Iguala after the attack on the buses.",
    }
    claims = [_claim(text, source) for source, text in texts.items()]
    ids = tuple(c.id for c in claims)
    aligned, _ = find_discrepancies(claims, Alignment(groups=(ids,), repeats={}, scores={}))
    apart, _ = find_discrepancies(claims, Alignment(groups=tuple((i,) for i in ids), repeats={}, scores={}))
    assert [[v.text for v in d.variants] for d in aligned if d.kind.value == "number"] == [["43", "42"]]
    assert not [d for d in apart if d.kind.value == "number" and "same slot" in d.rule]
