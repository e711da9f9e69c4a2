"""Edited details: one sentence in two sources, with a number or a date changed."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.edits import find_edited_details
from crosscheck.facts import extract_facts
from crosscheck.models import Claim, Source

WIRE = "He initially was imprisoned in February 1979 on three 10-year sentences for burglary of a building."


def _claim(source: str, text: str) -> Claim:
    return Claim(id=f"{source}#1", source=source, start=0, end=len(text), text=text, facts=extract_facts(text))


def test_a_bare_number_changed_in_a_copied_sentence_is_a_number_discrepancy() -> None:
    result = crosscheck.audit([
        Source(id="a", text=WIRE),
        Source(id="b", text=WIRE),
        Source(id="c", text=WIRE.replace("three", "four")),
    ])
    (d,) = [d for d in result.discrepancies if d.kind.value == "number"]
    assert [(v.text, v.sources) for v in d.variants] == [("three", ("a", "b")), ("four", ("c",))]
    assert "same sentence" in d.rule
    # the words around the change, in the sentence's order, with the place of the number
    assert "(around it: 'february 1979 on … 10 year sentences')" in d.explanation


def test_a_weekday_changed_in_a_copied_sentence_is_a_date_discrepancy() -> None:
    text = "The Interior Department announced on Thursday a change to the rules that protect endangered species."
    a, b = _claim("a", text), _claim("b", text.replace("Thursday", "Monday"))
    (slot,) = find_edited_details([a, b], [(a.id, b.id)])
    assert slot.kind.value == "date" and len(slot.values) == 2


def test_a_clock_time_changed_in_a_copied_sentence_is_a_date_discrepancy() -> None:
    text = "Shares of Acme fell on Monday after chief executive Mark Lee told analysts at 3 p.m. that profits would drop."
    result = crosscheck.audit([
        Source(id="a", text=text), Source(id="b", text=text), Source(id="c", text=text.replace("3 p.m.", "5 p.m.")),
    ])
    (d,) = result.discrepancies
    assert d.kind.value == "date"
    assert [(v.text, v.sources) for v in d.variants] == [("3 p.m.", ("a", "b")), ("5 p.m.", ("c",))]


def test_the_time_a_page_was_stamped_is_no_edit() -> None:
    for text in (
        "Updated 10:10 AM: Shares of Acme fell on Monday after its chief executive told analysts that profits would drop.",
        "March 14, 2013 at 10:10 AM Shares of Acme fell on Monday after its chief executive told analysts that profits would drop.",
    ):
        a, b = _claim("a", text), _claim("b", text.replace("10:10 AM", "11:34 PM"))
        assert find_edited_details([a, b], [(a.id, b.id)]) == []


def test_a_rewritten_sentence_is_not_an_edit() -> None:
    a = _claim("a", WIRE)
    b = _claim("b", "In February 1979 a court gave him four sentences of ten years each for burglary.")
    assert find_edited_details([a, b], [(a.id, b.id)]) == []


def test_a_number_written_another_way_is_not_an_edit() -> None:
    # "1, 000" (a spaced thousands separator) and "1000" are one number
    a = _claim("a", "A major earthquake near the city of Padang killed more than 1, 000 people in September.")
    b = _claim("b", "A major earthquake near the city of Padang killed more than 1000 people in September.")
    assert find_edited_details([a, b], [(a.id, b.id)]) == []


def test_sentences_of_one_source_or_of_two_clusters_are_not_compared() -> None:
    a, b = _claim("a", WIRE), _claim("b", WIRE.replace("three", "four"))
    same_source = Claim(id="a#2", source="a", start=0, end=b.end, text=b.text, facts=b.facts)
    assert find_edited_details([a, same_source], [(a.id, same_source.id)]) == []
    assert find_edited_details([a, b], [(a.id,), (b.id,)]) == []


def test_a_place_changed_in_a_copied_sentence_is_a_name_conflict() -> None:
    result = crosscheck.audit([
        Source(id="a", text="The summit will be held in Geneva on June 16, the White House said."),
        Source(id="b", text="The summit will be held in Vienna on June 16, the White House said on Friday."),
    ])
    (d,) = result.discrepancies
    assert d.kind.value == "name-conflict" and "place changed" in d.explanation
    assert [v.text for v in d.variants] == ["Geneva", "Vienna"]
    assert [c.label.value for c in result.clusters] == ["conflicting"]


@pytest.mark.parametrize(
    "pair",
    [
        # who came from where: there may be many
        ("Officials from Chile met in Valparaiso on Tuesday to discuss fishing quotas.",
         "Officials from Peru met in Valparaiso on Tuesday to discuss fishing quotas."),
        # a source that names both places: a town and its county
        ("A man was charged with the murder of his mother and sister in Cumbria. He lives in Millom.",
         "A man was charged with the murder of his mother and sister in Millom."),
    ],
)
def test_a_place_that_may_be_another_detail_is_no_conflict(pair: tuple[str, str]) -> None:
    result = crosscheck.audit([Source(id="a", text=pair[0]), Source(id="b", text=pair[1])])
    assert [d for d in result.discrepancies if d.kind.value == "name-conflict"] == []
