"""Is this the same claim in other words? A lexical paraphrase scorer, explainable.

Two sentences are described by a few dozen lexical measures (:data:`FEATURES`): the
IDF-weighted soft overlap of their content words (words pair fuzzily, so
analysed/analyzed meet), how much of each side the other covers, n-gram overlap of
words and characters, agreement of numbers, names and negation, and length. A
logistic regression turns them into a probability (0-100) that the two state the
same claim.

The regression's constants (:data:`MEANS`, :data:`SCALES`, :data:`COEFFICIENTS`,
:data:`INTERCEPT`, :data:`THRESHOLD`) are the output of ``benchmarks/bench_mrpc.py``:
a numpy Newton fit of an L2-regularised logistic regression on the Microsoft Research
Paraphrase Corpus (train split), the threshold being the one that maximises accuracy
plus F1 on that data. The benchmark prints them; docs/alignment.md tells how to refit.

Every score keeps its evidence: :class:`PairScore` lists the matched and unmatched
words and each measure's contribution to the decision.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

import attrs
from rapidfuzz import fuzz

from crosscheck._text import STOPWORDS, fold, iter_words, normalize_word, stem_word
from crosscheck.align import UNIFORM, TermWeights, score_terms
from crosscheck.models import TokenMatch

__all__ = [
    "FEATURES",
    "LexicalScorer",
    "PairScore",
    "SentenceProfile",
    "SentenceScorer",
    "pair_features",
    "profile_sentence",
    "paraphrase_probability",
]

FEATURES: tuple[str, ...] = (
    "soft_dice",  # IDF-weighted soft Dice of content words (the aligner's score) / 100
    "coverage_min",  # weighted share of the less-covered side's content words matched
    "coverage_max",  # ... of the better-covered side
    "word_dice",  # Dice of all (stemmed) words, stopwords included
    "bigram_dice",  # Dice of word bigrams
    "number_mismatch",  # numbers written by one side only, capped at 4, / 4
    "has_numbers",  # either side writes a number
    "length_ratio",  # shorter / longer, in content words
    "token_set_ratio",  # fuzz.token_set_ratio of the folded texts / 100
    "ratio",  # fuzz.ratio of the folded texts / 100
    "unmatched_words",  # log(1 + content words left unmatched on both sides)
    "name_mismatch",  # capitalised words on one side only / capitalised words on either
    "unmatched_min",  # log(1 + unmatched content words of the side with fewer)
    "unmatched_max",  # log(1 + unmatched content words of the side with more)
    "negation_mismatch",  # one side negates, the other does not
    "char3_cosine",  # cosine of character 3-gram counts
    "char4_cosine",
    "char5_cosine",
    "unigram_precision_min",  # BLEU-like n-gram precision, the lower of both directions
    "bigram_precision_min",
    "trigram_precision_min",
    "bigram_precision_max",  # ... the higher of both directions
    "fourgram_precision_max",
    "partial_ratio",  # fuzz.partial_ratio of the folded texts / 100
    "quote_mismatch",  # one side quotes, the other does not
    "longer_length",  # log(1 + content words of the longer side)
    "content_bigram_dice",  # Dice of content-word bigrams
)

# --- fitted constants: printed by benchmarks/bench_mrpc.py (fit on all of MRPC train) ---
MEANS: tuple[float, ...] = (
    0.676199, 0.622151, 0.750323, 0.670691, 0.489329, 0.185537, 0.545633, 0.83783, 0.838258,
    0.721721, 1.9943, 0.496004, 1.13102, 1.65225, 0.0436703, 0.70676, 0.648254, 0.606066,
    0.622058, 0.452158, 0.351682, 0.537807, 0.341162, 0.776657, 0.062316, 2.60115, 0.470192,
)
SCALES: tuple[float, ...] = (
    0.168189, 0.170583, 0.178826, 0.146326, 0.20099, 0.319037, 0.497913, 0.120755, 0.100114,
    0.116383, 0.552749, 0.328032, 0.595311, 0.465983, 0.20436, 0.140876, 0.15525, 0.165343,
    0.146434, 0.191428, 0.211327, 0.218851, 0.258676, 0.109068, 0.241729, 0.277933, 0.22437,
)
COEFFICIENTS: tuple[float, ...] = (
    -0.0612469, 0.42864, 0.0593166, 0.106666, 0.135604, -0.283383, 0.0582768, -0.30013,
    -0.0542755, 1.06892, -0.294798, 0.226456, 0.103028, -0.515638, -0.26218, 0.204644,
    -0.0461917, -0.133114, 0.638518, 0.565051, -0.259014, -0.525579, -0.109059, -0.537319,
    -0.0497859, 0.217759, -0.661264,
)
INTERCEPT: float = 1.12184
THRESHOLD: float = 47.0
# --- end of fitted constants ---

_NEGATIONS = frozenset("not no never nothing none nobody neither nor without cannot".split())


@attrs.frozen
class SentenceProfile:
    """What the scorer needs to know about one sentence, computed once.

    Attributes:
        text: the sentence.
        tokens: stemmed, normalised content words (no stopwords).
        words: stemmed, normalised words, stopwords included.
        numbers: content words that contain a digit.
        names: folded capitalised words.
        negated: whether the sentence contains a negation.
        quoted: whether the sentence contains a quotation mark.
        folded: the case- and accent-folded text.
    """

    text: str
    tokens: tuple[str, ...]
    words: tuple[str, ...]
    numbers: frozenset[str]
    names: frozenset[str]
    negated: bool
    quoted: bool
    folded: str


def profile_sentence(text: str) -> SentenceProfile:
    """Compute the :class:`SentenceProfile` of ``text``."""
    words: list[str] = []
    tokens: list[str] = []
    names: set[str] = set()
    negated = False
    for match in iter_words(text):
        raw = match.group()
        low = fold(raw)
        if low in _NEGATIONS or low.endswith("n't"):
            negated = True
        if raw[0].isupper():
            names.add(low)
        word = normalize_word(raw)
        stem = stem_word(word)
        words.append(stem)
        if word and word not in STOPWORDS:
            tokens.append(stem)
    return SentenceProfile(
        text=text,
        tokens=tuple(tokens),
        words=tuple(words),
        numbers=frozenset(t for t in tokens if any(ch.isdigit() for ch in t)),
        names=frozenset(names),
        negated=negated,
        quoted=any(q in text for q in "\"“”«»"),
        folded=" ".join(fold(m.group()) for m in iter_words(text)),
    )


def _ngrams(items: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(items[i : i + n]) for i in range(len(items) - n + 1))


def _dice(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 1.0


def _precision(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    total = a.total()
    return (a & b).total() / total if total else 1.0


@functools.lru_cache(maxsize=8192)
def _char_grams(folded: str, n: int) -> Counter[str]:
    padded = f" {folded} "
    return Counter(padded[i : i + n] for i in range(len(padded) - n + 1))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def pair_features(
    a: SentenceProfile, b: SentenceProfile, weights: TermWeights = UNIFORM, *, token_cutoff: float = 84.0
) -> tuple[tuple[float, ...], tuple[float, list[TokenMatch], list[str], list[str]]]:
    """Return the values of :data:`FEATURES` for a pair, and the soft-overlap evidence.

    Every feature is symmetric in ``a`` and ``b``, so the score is too.
    """
    dice = score_terms(a.tokens, b.tokens, weights, token_cutoff=token_cutoff)
    soft, matched, only_a, only_b = dice
    weight_a = sum(weights.weight(t) for t in a.tokens) or 1.0
    weight_b = sum(weights.weight(t) for t in b.tokens) or 1.0
    cover_a = sum(weights.weight(m.a) * m.score / 100 for m in matched) / weight_a
    cover_b = sum(weights.weight(m.b) * m.score / 100 for m in matched) / weight_b
    len_a, len_b = len(a.tokens), len(b.tokens)
    mismatch = len(a.numbers ^ b.numbers)
    names = len(a.names ^ b.names) / (len(a.names | b.names) or 1)
    wa, wb = a.words, b.words
    values = (
        soft / 100,
        min(cover_a, cover_b),
        max(cover_a, cover_b),
        _dice(_ngrams(wa, 1), _ngrams(wb, 1)),
        _dice(_ngrams(wa, 2), _ngrams(wb, 2)),
        min(mismatch, 4) / 4,
        float(bool(a.numbers or b.numbers)),
        min(len_a, len_b) / max(len_a, len_b, 1),
        fuzz.token_set_ratio(a.folded, b.folded) / 100,
        fuzz.ratio(a.folded, b.folded) / 100,
        math.log1p(len(only_a) + len(only_b)),
        names,
        math.log1p(min(len(only_a), len(only_b))),
        math.log1p(max(len(only_a), len(only_b))),
        float(a.negated != b.negated),
        _cosine(_char_grams(a.folded, 3), _char_grams(b.folded, 3)),
        _cosine(_char_grams(a.folded, 4), _char_grams(b.folded, 4)),
        _cosine(_char_grams(a.folded, 5), _char_grams(b.folded, 5)),
        *(
            min(_precision(_ngrams(wa, n), _ngrams(wb, n)), _precision(_ngrams(wb, n), _ngrams(wa, n)))
            for n in (1, 2, 3)
        ),
        *(
            max(_precision(_ngrams(wa, n), _ngrams(wb, n)), _precision(_ngrams(wb, n), _ngrams(wa, n)))
            for n in (2, 4)
        ),
        fuzz.partial_ratio(a.folded, b.folded) / 100,
        float(a.quoted != b.quoted),
        math.log1p(max(len_a, len_b)),
        _dice(_ngrams(a.tokens, 2), _ngrams(b.tokens, 2)),
    )
    return values, dice


def paraphrase_probability(
    values: Sequence[float],
    *,
    means: Sequence[float] = MEANS,
    scales: Sequence[float] = SCALES,
    coefficients: Sequence[float] = COEFFICIENTS,
    intercept: float = INTERCEPT,
) -> float:
    """Return the fitted logistic regression's probability (0-100) for feature ``values``."""
    z = intercept + sum(
        c * (x - m) / s for x, m, s, c in zip(values, means, scales, coefficients, strict=True)
    )
    return 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PairScore:
    """A scored pair of sentences and why it scored so.

    Attributes:
        score: the probability (0-100) that the two state the same claim.
        same_claim: whether ``score`` reaches the scorer's threshold.
        overlap: the IDF-weighted soft overlap of content words (0-100).
        matched: the content words paired between the two sentences.
        only_a: content words of the first sentence with no partner.
        only_b: content words of the second sentence with no partner.
        contributions: ``feature name -> its term in the regression`` (log-odds);
            empty for scorers that are not built from features.
    """

    score: float
    same_claim: bool
    overlap: float
    matched: tuple[TokenMatch, ...] = attrs.field(converter=_tuple)
    only_a: tuple[str, ...] = attrs.field(converter=_tuple)
    only_b: tuple[str, ...] = attrs.field(converter=_tuple)
    contributions: Mapping[str, float] = attrs.field(factory=dict)


class SentenceScorer(Protocol):
    """What a pair scorer offers: ``score(a, b) -> PairScore``, symmetric in a and b."""

    def score(self, a: str, b: str) -> PairScore:
        """Score two sentences."""
        ...


class LexicalScorer:
    """The default scorer: lexical features and the shipped logistic regression.

    Args:
        weights: word weights (IDF) of the corpus the sentences come from; without
            them every word weighs the same.
        threshold: the probability (0-100) from which two sentences are the same claim.
        token_cutoff: two words this alike (``fuzz.ratio``) pair up.

    >>> scorer = LexicalScorer()
    >>> scorer.score("The minister resigned on Monday.", "On Monday the minister resigned.").same_claim
    True
    >>> scorer.score("The minister resigned on Monday.", "Flooding closed three roads in the north.").same_claim
    False
    """

    def __init__(
        self, weights: TermWeights = UNIFORM, *, threshold: float = THRESHOLD, token_cutoff: float = 84.0
    ) -> None:
        self.weights = weights
        self.threshold = threshold
        self.token_cutoff = token_cutoff

    def score(self, a: str, b: str) -> PairScore:
        """Score two sentences; see :class:`PairScore`."""
        return self.score_profiles(profile_sentence(a), profile_sentence(b))

    def score_profiles(self, a: SentenceProfile, b: SentenceProfile) -> PairScore:
        """Score two already profiled sentences."""
        values, (overlap, matched, only_a, only_b) = pair_features(
            a, b, self.weights, token_cutoff=self.token_cutoff
        )
        probability = round(paraphrase_probability(values), 2)
        contributions = {
            name: round(c * (x - m) / s, 4)
            for name, x, m, s, c in zip(FEATURES, values, MEANS, SCALES, COEFFICIENTS, strict=True)
        }
        return PairScore(
            score=probability,
            same_claim=probability >= self.threshold,
            overlap=overlap,
            matched=matched,
            only_a=only_a,
            only_b=only_b,
            contributions=contributions,
        )
