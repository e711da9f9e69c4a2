"""AuditConfig: every tuning knob of an audit, frozen, each with a default."""

from __future__ import annotations

import numbers
from typing import Any

import attrs
from attrs import validators as v

__all__ = ["AuditConfig"]


def _plain(value: Any) -> Any:
    """A number of another library (numpy's ``int64``, ``float32``, ``float64``: a grid
    search's settings) as the Python number it stands for, so that a config compares,
    hashes and serialises as one built by hand; anything else as it is, for the validators
    to judge."""
    if isinstance(value, bool) or type(value) in (int, float) or not isinstance(value, numbers.Real):
        return value  # a bool or text is the validators' to refuse; a float subclass is converted below
    if isinstance(value, numbers.Integral):
        return int(value)
    return float(value)


def _number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A real number: not a bool, not NaN, not text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise TypeError(f"AuditConfig.{attribute.name} must be a number, not {value!r}")


def _whole(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A whole number: not a bool, not 2.5."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"AuditConfig.{attribute.name} must be a whole number, not {value!r}")


def _count(low: int, high: int) -> Any:
    """A whole number from ``low`` to ``high``."""
    return v.and_(_whole, v.ge(low), v.le(high))


_score: Any = v.and_(_number, v.ge(0), v.le(100))
_WORDS = 10_000
"""More words than any setting counted in words needs (a sentence, a passage)."""


@attrs.frozen(kw_only=True)
class AuditConfig:
    """Settings of an audit. Scores are 0-100, like RapidFuzz's.

    Change one with ``attrs.evolve(config, same_claim_cutoff=60)`` or build one with
    keywords: ``AuditConfig(same_claim_cutoff=60)``.

    Attributes:
        same_claim_cutoff: two claims of different sources whose similarity reaches
            this score may be put in one cluster.
        link_cutoff: a claim joins a cluster only if its mean similarity to the claims
            already there reaches this score, so that a mediocre middle claim cannot
            chain two unrelated ones together.
        repeat_cutoff: two claims of one source this alike are one claim said twice
            (a bullet summary of the body); the second is linked as a repeat.
        token_cutoff: two words this alike (``fuzz.ratio`` after spelling
            normalisation) count as the same word when sentences are compared.
        max_token_share: unused since blocking became an exact prefix-filtered join
            (docs/alignment.md), which leaves common words out by itself; kept so that
            existing configurations still load.
        min_claim_words: segments with fewer words are not claims.
        max_source_chars: sources longer than this are skipped with a reason, to keep
            memory bounded; ``None`` means no limit.
        slip_min_length: the shortest word in which a one-letter difference is
            reported as a name slip rather than ignored.
        shingle_words: shared passages are seeded by runs of this many identical
            (normalised) words.
        passage_gap_words: seeds this many words apart or less chain into one passage,
            so that a few rewritten words do not break it.
        min_passage_words: shorter shared runs are not passages.
        passage_cutoff: a passage's two sides must be this alike (``fuzz.ratio``).
        certain_passage_words: this many words shared outside quotations score 100.
        dependence_cutoff: evidence (shared passages, wire credits) scoring this much
            or more makes two sources one origin.
        unsupported_quotes: which quotations no other source carries are noted:
            ``"reported"`` (default) those in a claim that other sources report too,
            where the words are all that is missing; ``"all"`` every one, also in
            single-source claims (whose label already says that only one source has
            them); ``"none"`` none.
    """

    same_claim_cutoff: float = attrs.field(converter=_plain, default=40.0, validator=_score)
    link_cutoff: float = attrs.field(converter=_plain, default=32.0, validator=_score)
    repeat_cutoff: float = attrs.field(converter=_plain, default=60.0, validator=_score)
    token_cutoff: float = attrs.field(converter=_plain, default=84.0, validator=_score)
    max_token_share: float = attrs.field(converter=_plain, default=0.05, validator=v.and_(_number, v.gt(0), v.le(1)))
    min_claim_words: int = attrs.field(converter=_plain, default=3, validator=_count(1, _WORDS))
    max_source_chars: int | None = attrs.field(
        converter=_plain, default=5_000_000, validator=v.optional(v.and_(_whole, v.ge(1)))  # type: ignore[arg-type]
    )
    slip_min_length: int = attrs.field(converter=_plain, default=4, validator=_count(2, 100))
    shingle_words: int = attrs.field(converter=_plain, default=4, validator=_count(2, 100))
    passage_gap_words: int = attrs.field(converter=_plain, default=4, validator=_count(0, 100))
    min_passage_words: int = attrs.field(converter=_plain, default=10, validator=_count(2, _WORDS))
    passage_cutoff: float = attrs.field(converter=_plain, default=70.0, validator=_score)
    certain_passage_words: int = attrs.field(converter=_plain, default=40, validator=_count(1, _WORDS))
    dependence_cutoff: float = attrs.field(converter=_plain, default=50.0, validator=_score)
    unsupported_quotes: str = attrs.field(default="reported", validator=v.in_(("reported", "all", "none")))
