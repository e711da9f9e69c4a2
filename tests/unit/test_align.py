from __future__ import annotations

from crosscheck.align import TermWeights, align_brute_force, align_claims, build_terms, score_terms
from crosscheck.config import AuditConfig
from crosscheck.facts import extract_claims
from crosscheck.models import Claim, Segment, Source


def _claims(*sources: tuple[str, list[str]]) -> list[Claim]:
    claims: list[Claim] = []
    for source_id, sentences in sources:
        text = " ".join(sentences)
        source = Source(id=source_id, text=text)
        segments = []
        position = 0
        for sentence in sentences:
            start = text.index(sentence, position)
            segments.append(Segment(source=source_id, start=start, end=start + len(sentence), text=sentence))
            position = start + len(sentence)
        claims.extend(extract_claims(source, segments))
    return claims


def test_score_is_symmetric_and_bounded() -> None:
    a = ["korea", "eu", "agre", "cooper"]
    b = ["korea", "eu", "cooper", "cyber", "threat"]
    assert score_terms(a, b)[0] == score_terms(b, a)[0]
    assert 0 <= score_terms(a, b)[0] <= 100
    assert score_terms(a, a)[0] == 100


def test_score_explains_itself() -> None:
    _score, matched, only_a, only_b = score_terms(["yoon", "jong", "kwon", "led"], ["youn", "jong", "kwon", "chair"])
    assert {(m.a, m.b) for m in matched} == {("jong", "jong"), ("kwon", "kwon")}
    assert only_a == ["led", "yoon"] and only_b == ["chair", "youn"]
    fuzzy = score_terms(["stadejek", "jong"], ["stadeyek", "jong"])[1]
    assert any(m.a == "stadejek" and m.b == "stadeyek" and m.score < 100 for m in fuzzy)


def test_short_words_pair_only_exactly() -> None:
    # one letter in a short word makes another word: bag is not bat
    assert score_terms(["bag"], ["bat"])[0] == 0
    assert score_terms(["kwangju", "cyber"], ["kwanju", "cyber"])[0] > 80


def test_numbers_match_only_exactly() -> None:
    assert score_terms(["2024"], ["2025"])[0] == 0


def test_rare_words_weigh_more() -> None:
    weights = TermWeights(100, {"said": 90, "stadejek": 2, "director": 30})
    rare = score_terms(["said", "stadejek"], ["said", "stadejek", "director"], weights)[0]
    common = score_terms(["said", "director"], ["said", "director", "stadejek"], weights)[0]
    assert rare > common


def test_paraphrases_align_and_unrelated_claims_do_not() -> None:
    claims = _claims(
        ("a", ["Youn Jong-kwon and Maciej Stadejek led the cyber policy talks in Seoul.",
               "The weather in the capital was cold and rainy all week."]),
        ("b", ["The cyber policy talks in Seoul were led by Youn Jong-kwon and Maciej Stadejek.",
               "A football match drew a large crowd on Sunday."]),
    )
    groups = align_claims(claims).groups
    assert ("a#1", "b#1") in groups
    assert ("a#2",) in groups and ("b#2",) in groups


def test_at_most_one_claim_per_source_and_repeats_never_corroborate() -> None:
    claims = _claims(
        ("a", ["North Korean hackers stole cryptocurrency worth millions from exchanges.",
               "Hackers from North Korea stole cryptocurrency worth millions from exchanges."]),
        ("b", ["Lazarus group hackers from North Korea stole cryptocurrency worth millions from exchanges."]),
    )
    alignment = align_claims(claims)
    by_source = {c.id: c.source for c in claims}
    for group in alignment.groups:
        counted = [c for c in group if c not in alignment.repeats]
        assert len({by_source[c] for c in counted}) == len(counted)
    assert len(alignment.repeats) == 1
    (repeat, original), = alignment.repeats.items()
    assert by_source[repeat] == by_source[original] == "a"


def test_blocking_agrees_with_brute_force_here() -> None:
    claims = _claims(
        ("a", ["The ministers agreed to share threat intelligence quickly.", "Talks resume in July in Brussels."]),
        ("b", ["Ministers agreed to share threat intelligence quickly and widely.", "Brussels hosts the July talks."]),
        ("c", ["Quick sharing of threat intelligence was agreed by the ministers."]),
    )
    config = AuditConfig()
    assert align_claims(claims, config).groups == align_brute_force(claims, config).groups


def test_terms_are_built_once_per_claim() -> None:
    claims = _claims(("a", ["One sentence about talks."]))
    assert [t.claim for t in build_terms(claims)] == ["a#1"]


def test_a_mediocre_middle_claim_does_not_chain_unrelated_claims() -> None:
    claims = _claims(
        ("a", ["Ministers approved the harbour budget."]),
        ("b", ["Ministers approved the harbour budget while striking dockworkers blocked cranes."]),
        ("c", ["Striking dockworkers blocked cranes overnight."]),
    )
    alignment = align_claims(claims)
    assert alignment.scores[("a#1", "b#1")] >= AuditConfig().same_claim_cutoff
    assert alignment.scores[("b#1", "c#1")] >= AuditConfig().same_claim_cutoff
    together = next(g for g in alignment.groups if "a#1" in g)
    assert "c#1" not in together
    assert align_brute_force(claims).groups == alignment.groups


def test_fuzzy_partners_need_compatible_lengths_and_no_digits() -> None:
    from crosscheck.align import fuzzy_neighbours

    found = fuzzy_neighbours(["stadejek", "stadeyek", "2024", "2025", "intelligence", "intelligent"], 84)
    assert found["stadejek"] == {"stadeyek": 87.5}
    assert "2024" not in found
    assert set(found) == {"stadejek", "stadeyek", "intelligence", "intelligent"}
