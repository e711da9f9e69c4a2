"""Invariants of the pipeline, checked on generated corpora."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.align import TermWeights, align_brute_force, build_terms, candidate_pairs
from crosscheck.compare import compare_sentences
from crosscheck.config import AuditConfig
from crosscheck.facts import extract_facts
from crosscheck.ingest import clean_text
from crosscheck.models import Source
from crosscheck.pipeline import prepare_source
from crosscheck.testing import messy_text, sentences, simple_corpora


@given(simple_corpora())
def test_offsets_round_trip_and_every_claim_in_one_cluster(sources: list[Source]) -> None:
    audit = crosscheck.audit(sources)
    texts = {s.id: s.text for s in audit.sources}
    for claim in audit.claims:
        assert texts[claim.source][claim.start : claim.end] == claim.text
        for fact in claim.facts:
            assert texts[claim.source][fact.start : fact.end] == fact.text
    placed = [c for cluster in audit.clusters for c in cluster.claims]
    assert sorted(placed) == sorted(c.id for c in audit.claims)


@given(simple_corpora())
def test_clusters_hold_at_most_one_claim_per_source(sources: list[Source]) -> None:
    audit = crosscheck.audit(sources)
    by_id = audit.claims_by_id
    for cluster in audit.clusters:
        repeats = dict(cluster.repeats)
        counted = [by_id[c].source for c in cluster.claims if c not in repeats]
        assert len(counted) == len(set(counted)) == len(cluster.sources)


@given(messy_text, messy_text)
def test_similarity_is_symmetric(a: str, b: str) -> None:
    assert compare_sentences(a, b).score == compare_sentences(b, a).score


@given(messy_text)
def test_offsets_round_trip_on_any_text(text: str) -> None:
    source, claims = prepare_source(Source(id="x", text=text), AuditConfig())
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    for span in source.dropped:
        assert 0 <= span.start < span.end <= len(text)


@given(st.lists(st.one_of(sentences, st.sampled_from([
    "- Advertisement -", "Loading prices...", "Latest News", "Follow us on Telegram and X",
    "Reporter Jane Roe jane@example.org", "![x](http://example.org/x.png)", "Photo: AFP",
])), min_size=1, max_size=12))
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    text = "\n".join(lines)
    dropped = clean_text(text)
    blanked = list(text)
    for span in dropped:
        for i in range(span.start, span.end):
            if blanked[i] not in "\r\n":
                blanked[i] = " "
    assert clean_text("".join(blanked)) == ()


@given(simple_corpora())
def test_blocking_finds_every_pair_brute_force_aligns(sources: list[Source]) -> None:
    config = AuditConfig()
    claims = [c for s in sources for c in prepare_source(s, config)[1]]
    terms = build_terms(claims)
    weights = TermWeights.from_terms(terms)
    found = candidate_pairs(terms, weights, max_share=config.max_token_share)
    reference = align_brute_force(claims, config)
    index = {c.id: n for n, c in enumerate(claims)}
    for (a, b), score in reference.scores.items():
        if score >= config.same_claim_cutoff:
            i, j = sorted((index[a], index[b]))
            assert (i, j) in found


@given(simple_corpora(min_sources=2, max_sources=3))
def test_same_inputs_same_report(sources: list[Source]) -> None:
    assert crosscheck.audit(sources).to_markdown() == crosscheck.audit(list(sources)).to_markdown()


_NEWS_PIECES = [
    "$US1 million", "($1.52 million)", "A$5", "HK$3bn", "USD 5 million", "Rs 500 crore", "Rs. 1.5 lakh",
    "$2.6-million", "two-million-euro", "10 million-dollar", "58km", "(about 36 miles)", "60m", "100mph",
    "magnitude-6.1", "a magnitude 7.8 quake", "2026-12-05", "between 30 and 40", "30 to 40", "rose from about",
    "6:41pm PST", "6 p.m.", "18:41", "...", "…", "“", "”", "\"", "'", "(", ")", "-", "—", ",", ".",
    "Bashar al-Assad", "el-Sisi", "d'Estaing", "von der Leyen", "de-Baathification", "Syrian", "Foreign Minister",
    "Crown Prince", "President", "District Attorney", "Palmer Public Safety Director", "Jon Owen", "al-Qaeda",
    "said", "people", "were", "killed", "the", "on Tuesday", "Al", "El", "O'Brien", "McDonald",
]


@given(st.lists(st.sampled_from(_NEWS_PIECES), min_size=1, max_size=25), st.sampled_from([" ", "", "  "]))
def test_facts_keep_their_spans_on_news_shaped_text(pieces: list[str], joiner: str) -> None:
    # the amount, date, name and quotation readers never break the span invariant, never
    # raise, and give the same facts twice
    text = joiner.join(pieces)
    facts = extract_facts(text)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    assert extract_facts(text) == facts
