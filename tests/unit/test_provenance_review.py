"""Provenance fixes from the code review: scaling, credits, mixed dates, order, guards."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import crosscheck
import crosscheck.provenance as provenance
from crosscheck.attribution import find_credits
from crosscheck.errors import InputError
from crosscheck.models import Source
from crosscheck.provenance import find_provenance


def _sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(f"w{rng.randrange(5000)}x" for _ in range(n))


def test_shared_quotations_scan_each_source_for_quotations_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    quotes = [_sentence(rng) for _ in range(40)]
    a = "\n".join(f'Officials met. "{q}," the ministry said.' for q in quotes)
    b = "\n".join(f"Talks ended. \u201c{q},\u201d said the ministry." for q in quotes)
    calls = []
    real = provenance.quotation_spans

    def counting(text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(provenance, "quotation_spans", counting)
    found = find_provenance([Source(id="a", text=a), Source(id="b", text=b)])
    assert len(found.quotations) == 40
    assert {q.attribution for q in found.quotations} == {"the ministry"}
    assert len(calls) == 2  # once per source, not once per shared quotation


def test_shuffled_sentences_chain_into_one_passage_each() -> None:
    rng = random.Random(5)
    sentences = [_sentence(rng, 14) for _ in range(300)]
    a = " ".join(sentences)
    rng.shuffle(sentences)
    b = " ".join(sentences)
    found = find_provenance([Source(id="a", text=a), Source(id="b", text=b)])
    (dependency,) = found.dependencies
    # every sentence is found, and no chain jumps from one sentence to another
    assert len(dependency.passages) >= 290
    for p in dependency.passages:
        assert " ".join(a[p.a_start : p.a_end].split()) == " ".join(b[p.b_start : p.b_end].split())


STORY = (
    "The regional council approved the new flood barrier on the river after a long debate "
    "about its cost and the damage done by last winter's storms across the valley."
)


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        (dt.date(2024, 1, 4), dt.datetime(2024, 1, 5, 9, 0)),
        (dt.datetime(2024, 1, 4, 9, 0), dt.datetime(2024, 1, 5, 9, 0, tzinfo=dt.UTC)),
        (dt.datetime(2024, 1, 4, 9, 0, tzinfo=dt.UTC), dt.date(2024, 1, 5)),
    ],
)
def test_mixed_published_values_are_ordered_by_day(older: dt.date, newer: dt.date) -> None:
    sources = [
        Source(id="a", text="Officials said: " + STORY, published=newer),
        Source(id="b", text=STORY, published=older),
    ]
    (dependency,) = find_provenance(sources).dependencies
    assert (dependency.source, dependency.depends_on, dependency.direction) == ("a", "b", "published")
    audit = crosscheck.audit(sources)  # the whole pipeline, too
    assert audit.provenance is not None


def test_mixed_published_values_on_one_day_are_unordered() -> None:
    sources = [
        Source(id="a", text="Officials said: " + STORY, published=dt.date(2024, 1, 5)),
        Source(id="b", text=STORY, published=dt.datetime(2024, 1, 5, 9, 0, tzinfo=dt.UTC)),
    ]
    (dependency,) = find_provenance(sources).dependencies
    assert dependency.direction == "unknown"


def test_duplicate_source_ids_are_refused() -> None:
    with pytest.raises(InputError, match="'a'"):
        find_provenance([Source(id="a", text=STORY), Source(id="a", text="Something else entirely.")])


# ----------------------------------------------------------------- false credits (item 3)


@pytest.mark.parametrize(
    "text",
    [
        'The poet spoke at the opening.\n"Books are bridges." \u2014 Maria Lopez',
        'The poet spoke at the opening.\n"Books are bridges."\n\u2014 Maria Lopez',
        "The talks ended late.\nFrom Tuesday",
        "The talks ended late.\nBy Maria",
        "The talks ended late.\nVia Twitter",
        "The talks ended late. \u2014 Staff Writer",
        "Thank you all.\n(Laughter)",
        "Thank you all.\n(Applause)",
        "One.\nTwo.\nThree.\nFour.\n(Example Agency)\nFive.\nSix.\nSeven.\nEight.",
    ],
)
def test_speakers_dates_roles_and_stage_directions_are_not_credits(text: str) -> None:
    assert find_credits(Source(id="s", text=text)) == ()


@pytest.mark.parametrize(
    ("text", "key"),
    [("The talks ended late.\nVia AP", "ap"), ("The talks ended late.\nFrom Example Wire", "example")],
)
def test_agency_like_bylines_are_still_credits(text: str, key: str) -> None:
    assert [c.key for c in find_credits(Source(id="s", text=text))] == [key]


@pytest.mark.parametrize("ending", ['"Books are bridges." \u2014 Maria Lopez', "From Tuesday"])
def test_unrelated_stories_sharing_a_false_credit_stay_two_origins(ending: str) -> None:
    a = Source(id="a", text=f"The city library reopened after a long renovation of its roof.\n{ending}")
    b = Source(id="b", text=f"A ferry service resumed across the bay once the storm had passed.\n{ending}")
    found = find_provenance([a, b])
    assert [o.sources for o in found.origins] == [("a",), ("b",)]


# ------------------------------------------------------------ origin lookup (item 10)


def test_origin_lookups_are_computed_once_and_agree() -> None:
    sources = [
        Source(id="a", text=STORY),
        Source(id="b", text="Officials said: " + STORY),
        Source(id="c", text="The mayor opened a library downtown."),
    ]
    audit = crosscheck.audit(sources)
    assert audit.provenance is not None
    assert audit.provenance.origin_of is audit.provenance.origin_of
    assert audit.origin_of is audit.origin_of
    assert dict(audit.origin_of) == {"a": "a", "b": "a", "c": "c"}
    bare = crosscheck.audit(sources)
    bare = type(bare)(sources=bare.sources, claims=bare.claims, clusters=bare.clusters, discrepancies=())
    assert dict(bare.origin_of) == {"a": "a", "b": "b", "c": "c"}
