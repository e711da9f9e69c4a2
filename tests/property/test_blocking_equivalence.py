"""The blocked searches of the compare stage find what an exhaustive search finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from crosscheck.checks import RareWordIndex
from crosscheck.compare import _one_edit_pairs
from crosscheck.facts import extract_claims
from crosscheck.models import Source
from crosscheck.segment import segment_source

_words = st.lists(st.text(alphabet="abcde", min_size=1, max_size=6), min_size=0, max_size=25)


@given(_words)
def test_one_edit_pairs_are_every_pair_one_edit_apart(words: list[str]) -> None:
    expected = [
        (x, y)
        for x in range(len(words))
        for y in range(x + 1, len(words))
        if DamerauLevenshtein.distance(words[x], words[y]) <= 1
    ]
    assert [p for p in _one_edit_pairs(words) if DamerauLevenshtein.distance(*(words[i] for i in p)) <= 1] == expected


_vocabulary = ["harbour", "ferry", "council", "strike", "tunnel", "budget", "mayor", "river", "bridge", "vote"]


@given(st.lists(st.lists(st.sampled_from(_vocabulary), min_size=4, max_size=8), min_size=2, max_size=12), st.data())
def test_a_passage_written_word_for_word_elsewhere_is_near_its_quotation(sentences: list[list[str]], data: st.DataObject) -> None:
    texts = [" ".join(["Officials", *words]).capitalize() + "." for words in sentences]
    claims = []
    for n, text in enumerate(texts):
        source = Source(id=f"s{n}", text=text)
        claims += extract_claims(source, segment_source(source))
    index = RareWordIndex(claims)
    quoting = data.draw(st.sampled_from(claims))
    near = index.claims_near(quoting.text, quoting.source)
    assert all(c.source != quoting.source for c in near)
    for claim in claims:
        if claim.source != quoting.source and claim.text == quoting.text:
            assert claim in near
