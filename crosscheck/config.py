"""AuditConfig: every tuning knob of an audit, frozen, each with a default."""

from __future__ import annotations

from typing import Any

import attrs
from attrs import validators as v

__all__ = ["AuditConfig"]

_score: Any = v.and_(v.instance_of((int, float)), v.ge(0), v.le(100))


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

    same_claim_cutoff: float = attrs.field(default=40.0, validator=_score)
    link_cutoff: float = attrs.field(default=32.0, validator=_score)
    repeat_cutoff: float = attrs.field(default=60.0, validator=_score)
    token_cutoff: float = attrs.field(default=84.0, validator=_score)
    max_token_share: float = attrs.field(default=0.05, validator=v.and_(v.gt(0), v.le(1)))
    min_claim_words: int = attrs.field(default=3, validator=v.ge(1))
    max_source_chars: int | None = attrs.field(
        default=5_000_000, validator=v.optional(v.ge(1))  # type: ignore[arg-type]
    )
    slip_min_length: int = attrs.field(default=4, validator=v.ge(2))
    shingle_words: int = attrs.field(default=4, validator=v.ge(2))
    passage_gap_words: int = attrs.field(default=4, validator=v.ge(0))
    min_passage_words: int = attrs.field(default=10, validator=v.ge(2))
    passage_cutoff: float = attrs.field(default=70.0, validator=_score)
    certain_passage_words: int = attrs.field(default=40, validator=v.ge(1))
    dependence_cutoff: float = attrs.field(default=50.0, validator=_score)
    unsupported_quotes: str = attrs.field(default="reported", validator=v.in_(("reported", "all", "none")))
