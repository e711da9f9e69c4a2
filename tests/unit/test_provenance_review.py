"""Provenance fixes from the code review: scaling, credits, mixed dates, order, guards."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest

import crosscheck
import crosscheck.passages as passages
import crosscheck.provenance as provenance
from crosscheck.attribution import find_credits
from crosscheck.config import AuditConfig
from crosscheck.errors import InputError
from crosscheck.models import Discrepancy, DiscrepancyKind, Source, Variant
from crosscheck.provenance import apply_independence, find_provenance, source_profiles


def _sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(f"w{rng.randrange(5000)}x" for _ in range(n))


def test_shared_quotations_scan_each_source_for_quotations_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    quotes = [_sentence(rng) for _ in range(40)]
    a = "\n".join(f'Officials met. "{q}," the ministry said.' for q in quotes)
    b = "\n".join(f"Talks ended. \u201c{q},\u201d said the ministry." for q in quotes)
    calls = []
    real = passages.quotation_spans

    def counting(text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(passages, "quotation_spans", counting)
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


# ----------------------------------------------------- order (item 6) and guards (item 8)

QUOTE = '"We will rebuild the bridge before the winter comes and the river rises again,"'


def test_shared_quotation_reason_does_not_depend_on_claim_order() -> None:
    sources = [
        Source(id="c", text=f"{QUOTE} the minister said on the radio."),
        Source(id="a", text=f"{QUOTE} the minister said at the site."),
        Source(id="b", text=f"{QUOTE} said the minister in a statement."),
    ]
    audit = crosscheck.audit(sources)
    (cluster,) = [c for c in audit.clusters if c.shared_quotation]
    claims = audit.claims_by_id
    by_id = audit.sources_by_id
    forward = provenance._quoting_sources(cluster, claims, by_id)
    backward = provenance._quoting_sources(attrs.evolve(cluster, claims=cluster.claims[::-1]), claims, by_id)
    assert forward == backward
    assert forward[0] == ["a", "b", "c"]


def test_independence_survives_empty_variants_and_foreign_provenance() -> None:
    sources = [Source(id="a", text=STORY), Source(id="b", text="Officials said: " + STORY)]
    foreign = find_provenance([Source(id="x", text=STORY), Source(id="y", text="Reporters said: " + STORY)])
    empty = Discrepancy(id="d1", kind=DiscrepancyKind.NUMBER, variants=())
    split = Discrepancy(
        id="d2", kind=DiscrepancyKind.NUMBER, majority=0,
        variants=(Variant(text="5", sources=("x", "y"), claims=("x:1", "y:1")), Variant(text="6", sources=("c",), claims=("c:1",))),
    )  # fmt: skip
    _, found = apply_independence([], [empty], foreign, {}, sources)
    assert found == [empty]
    # "c" is not in the provenance: it counts as its own origin instead of raising KeyError
    _, found = apply_independence([], [split], foreign, {}, sources)
    assert found[0].majority is None
    assert "'5' 1 (x, y are one origin), '6' 1" in found[0].explanation


# ------------------------------------------------------------- one minority rule (item 13)


def test_frame_and_profiles_share_the_minority_rule() -> None:
    from crosscheck.frame import audit_to_rows
    from crosscheck.provenance import minority_variants

    five = Variant(text="5", sources=("a", "b"), claims=("a:1", "b:1"))
    six = Variant(text="6", sources=("c",), claims=("c:1",))
    assert minority_variants(Discrepancy(id="d", kind=DiscrepancyKind.NUMBER, variants=(five, six), majority=0)) == (six,)
    assert minority_variants(Discrepancy(id="d", kind=DiscrepancyKind.NUMBER, variants=(five, six))) == ()
    assert minority_variants(Discrepancy(id="d", kind=DiscrepancyKind.REFERENCE, variants=(five, six), majority=0)) == ()
    sources = [
        # worded by three outlets (the same sentence would be one origin copied: no majority)
        Source(id="a", text="The storm killed 12 people in the valley on Monday, officials said."),
        Source(id="b", text="Police said 12 people died in the valley when the storm hit on Monday."),
        Source(id="c", text="A witness said the storm killed 15 people in the valley on Monday."),
    ]
    audit = crosscheck.audit(sources)
    minority_claims = {c for d in audit.discrepancies for v in minority_variants(d) for c in v.claims}
    minority_sources = {s for d in audit.discrepancies for v in minority_variants(d) for s in v.sources}
    assert minority_claims, "the audit found no minority to compare"
    assert {r["claim"] for r in audit_to_rows(audit) if r["minority"]} == minority_claims
    assert {p.source for p in source_profiles(audit) if p.minority} == minority_sources


def test_identical_texts_shorter_than_a_shingle_stay_two_origins_as_documented() -> None:
    config = AuditConfig()
    short = " ".join(["Yes"] * (config.shingle_words - 1)) + "."
    found = find_provenance([Source(id="a", text=short), Source(id="b", text=short)], config)
    assert [o.sources for o in found.origins] == [("a",), ("b",)]
    assert "shingle_words" in (provenance.Dependency.__doc__ or "")
