"""The blocked searches of the compare stage find what an exhaustive search finds, and its
shortcuts give what the long way gives."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from unittest.mock import patch

from hypothesis import assume, given
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from crosscheck import passages
from crosscheck._text import content_tokens
from crosscheck.checks import RareWordIndex, _lower
from crosscheck.config import AuditConfig
from crosscheck.corpuswide import _name_shapes
from crosscheck.facts import extract_claims
from crosscheck.models import Source
from crosscheck.segment import segment_source
from crosscheck.slots import (
    Mention,
    _blocks,
    _candidates,
    _mentions,
    _numeric,
    _score,
    _weights,
    _words_after,
    _words_before,
    date_group,
    number_group,
    person_group,
)
from crosscheck.spellings import one_edit_pairs, one_word_apart

_words = st.lists(st.text(alphabet="abcde", min_size=1, max_size=6), min_size=0, max_size=25)


@given(_words)
def test_one_edit_pairs_are_every_pair_one_edit_apart(words: list[str]) -> None:
    expected = [
        (x, y)
        for x in range(len(words))
        for y in range(x + 1, len(words))
        if DamerauLevenshtein.distance(words[x], words[y]) <= 1
    ]
    assert [p for p in one_edit_pairs(words) if DamerauLevenshtein.distance(*(words[i] for i in p)) <= 1] == expected


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


# ------------------------------------------------------------------- fact slots

_filler = ["police", "said", "the", "council", "harbour", "ferry", "missing", "reported", "strike", "bridge",
           "officials", "in", "on", "river", "budget", "said", "said", "told", "reporters", "vote"]
_fragments = [
    "{n} students", "{n} of the students", "{n} people", "on {day}", "{day}", "{name} said", "{name}",
]
_names = ["John Smith", "John Smyth", "Mary Jones", "Mary Jonas", "Peter Smith", "Peter Kowalski"]
_days = ["Monday", "Tuesday", "Friday"]


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_filler), min_size=2, max_size=9))
    for _ in range(draw(st.integers(1, 3))):
        fragment = draw(st.sampled_from(_fragments)).format(
            n=draw(st.integers(2, 60)), day=draw(st.sampled_from(_days)), name=draw(st.sampled_from(_names))
        )
        words.insert(draw(st.integers(0, len(words))), fragment)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _brute_force_candidates(
    mentions: list[Mention], groups: list[str | None], name_pair: Callable[[Mention, Mention], bool] | None,
    weight: Callable[[str], float], cutoff: float,
) -> dict[tuple[int, int], float]:
    """The definition: every pair of one group and two sources, scored."""
    found = {}
    for n, a in enumerate(mentions):
        for m in range(n + 1, len(mentions)):
            b = mentions[m]
            if groups[n] != groups[m] or a.claim.source == b.claim.source or not a.context & b.context:
                continue
            next_to = bool(a.neighbours & b.neighbours - {"<", ">"})
            if name_pair is not None and a.fact.value != b.fact.value and not name_pair(a, b):
                continue
            score = _score(a.context, b.context, weight, next_to=next_to)
            if score >= cutoff:
                found[(n, m)] = score
    return found


@given(
    st.lists(st.lists(_sentences(), min_size=1, max_size=3), min_size=2, max_size=6),
    st.sampled_from([0.2, 0.3, 0.5, 0.6, 0.8]),
)
def test_blocked_slot_candidates_are_every_pair_that_reaches_the_cutoff(
    texts: list[list[str]], cutoff: float
) -> None:
    claims = []
    for n, sentences in enumerate(texts):
        source = Source(id=f"s{n}", text=" ".join(sentences))
        claims += extract_claims(source, segment_source(source))

    def names_one_word_apart(a: Mention, b: Mention) -> bool:
        return one_word_apart(a.fact.value, b.fact.value) is not None

    tested = 0
    for group_of, name_pair, pair_keys in (
        (number_group, None, None), (date_group, None, None), (person_group, names_one_word_apart, _name_shapes)
    ):
        mentions = _mentions(claims, group_of)
        weight = _weights(mentions)
        blocks = _blocks(mentions, group_of, pair_keys)
        groups = [group_of(m.fact) for m in mentions]
        expected = _brute_force_candidates(mentions, groups, name_pair, weight, cutoff)
        assert _candidates(mentions, blocks, weight, name_pair, cutoff) == expected
        tested += len(expected)
    assume(tested > 0)


# --------------------------------------------------------------- shared passages

_story = ("the council approved the new flood barrier on the river after a long debate about its cost "
          "and the damage done by last winter storms to the harbour and the old bridge").split()


@given(
    st.lists(st.tuples(st.integers(0, len(_story) - 1), st.integers(4, len(_story))), min_size=2, max_size=7),
    st.lists(st.sampled_from(_story), max_size=6),
    st.integers(2, 4),
)
def test_passages_seeded_from_the_postings_are_those_of_every_pair(
    cuts: list[tuple[int, int]], filler: list[str], max_holders: int
) -> None:
    # overlapping runs of one story, some with words of their own: reprints, rewrites
    sources = [
        Source(id=f"s{n}", text=" ".join(filler[: n % 3] + _story[start : start + length] + filler[n % 3 :]))
        for n, (start, length) in enumerate(cuts)
    ]
    config = AuditConfig(min_passage_words=5)
    with patch.object(passages, "_MAX_HOLDERS", max_holders):
        found, _ = passages._shared_passages(sources, config)
        words = {s.id: passages._words_of(s) for s in sources}
        index = {i: passages._shingles(w, config.shingle_words) for i, w in words.items()}
        proposed = {
            pair for shingle in {k for i in index.values() for k in i}
            if 2 <= len(holders := sorted(i for i in index if shingle in index[i])) <= max_holders
            for pair in itertools.combinations(holders, 2)
        }
        expected = []
        for a, b in sorted(proposed):
            expected += passages._passages_between(a, words[a], index[a], b, words[b], index[b], config)
    assert found == expected


_pieces = st.sampled_from(["Korea", "’s", "'", "n't", "43", "-", " ", "  ", ".", "the", "Défense", "rock", "’n’", "roll", "é", "_"])


@given(st.lists(_pieces, max_size=20).map("".join), st.data())
def test_words_on_either_side_of_a_cut_are_those_of_the_cut_text(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(text)))
    window = data.draw(st.integers(1, 6))
    assert _words_before(text, cut, window) == [t for t in content_tokens(text[:cut]) if not _numeric(t)][-window:]
    assert _words_after(text, cut, window) == [t for t in content_tokens(text[cut:]) if not _numeric(t)][:window]


@given(st.text() | st.lists(st.sampled_from(["İ", "Σ", "ΑΣ", " ", "a", "É", "ß", "ǅ", "\u0345"])).map("".join))
def test_lowering_a_whole_text_lowers_each_character_on_its_own(text: str) -> None:
    assert _lower(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@given(st.text(alphabet=" \t\n\u00a0\u2003ab.,"))
def test_the_words_next_to_a_cut_are_the_first_and_last_of_the_split(text: str) -> None:
    assert text.rsplit(None, 2)[-2:] == text.split()[-2:]
    assert text.split(None, 2)[:2] == text.split()[:2]


_talk = st.sampled_from(
    ["Kim Jong-un", "Mr. Lee", "Ana Ruiz", " said", " says", " according to", " told", ", ", " the mayor", " ",
     "Seoul", " added", " on Tuesday", " that", ".", " " * 10, " in the end of a long day"]
)


@given(st.lists(_talk, max_size=12).map("".join), st.lists(_talk, max_size=6).map("".join),
       st.lists(_talk, max_size=12).map("".join))
def test_the_speaker_found_by_bisection_is_the_one_a_plain_search_finds(before: str, inner: str, after: str) -> None:
    from crosscheck.facts import extract_facts
    from crosscheck.models import FactKind
    from crosscheck.quotations import _SPEAKER_REACH, _SPEECH_RE, _Speakers

    text = f"{before}“{inner}”{after}"
    start, end = len(before), len(before) + len(inner) + 2
    facts = extract_facts(text)
    # the plain definition: blank the quotation out, take every verb of saying left and
    # every name outside the quotation, and the pair nearest (the first on a tie)
    outside = text[:start] + " " * (end - start) + text[end:]
    names = [f for f in facts if f.kind is FactKind.NAME and not (start <= f.start < end)]
    best = None
    for verb in _SPEECH_RE.finditer(outside):
        for fact in names:
            distance = min(abs(fact.end - verb.start()), abs(fact.start - verb.end()))
            if distance <= _SPEAKER_REACH and (best is None or distance < best[0]):
                best = (distance, fact.value)
    assert _Speakers(text, facts).of(start, end) == (best[1] if best else "")
