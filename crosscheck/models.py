"""The data model: frozen attrs types passed from one pipeline stage to the next.

Spans are half-open ``[start, end)`` character offsets into :attr:`Source.text`, the
original text as decoded, so ``source.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from attrs import validators as v

from crosscheck._text import LINE_BREAK_RE, counted, shorten

if TYPE_CHECKING:
    import pandas

    from crosscheck.config import AuditConfig
    from crosscheck.provenance import Provenance

__all__ = [
    "Audit",
    "Claim",
    "Cluster",
    "Corpus",
    "Discrepancy",
    "DiscrepancyKind",
    "DroppedSpan",
    "Fact",
    "FactKind",
    "Label",
    "ReferenceName",
    "ScoredPair",
    "Segment",
    "SegmentKind",
    "SentenceComparison",
    "SkippedInput",
    "Source",
    "TokenMatch",
    "Variant",
]


class Label(enum.StrEnum):
    """The verdict on one cluster of claims."""

    CORROBORATED = "corroborated"
    """At least two sources state the claim and agree on its details."""
    CONFLICTING = "conflicting"
    """At least two sources state the claim and disagree on a detail."""
    SINGLE_SOURCE = "single-source"
    """Only one source states the claim."""


class SegmentKind(enum.StrEnum):
    """What kind of text a segment (and so a claim) is."""

    BODY = "body"
    HEADLINE = "headline"
    BULLET = "bullet"
    CAPTION = "caption"


class FactKind(enum.StrEnum):
    """The kinds of fact found inside a claim."""

    NAME = "name"
    NUMBER = "number"
    ORDINAL = "ordinal"
    DATE = "date"
    QUOTE = "quote"
    ACRONYM = "acronym"
    ROLE = "role"


class DiscrepancyKind(enum.StrEnum):
    """What differs between sources."""

    NAME_VARIANT = "name-variant"
    """The same name written two ways by a slip (one letter): Police/Policy."""
    NAME_CONFLICT = "name-conflict"
    """The same slot filled by a different name: two surnames for one official."""
    NUMBER = "number"
    """The same quantity given different values."""
    DATE = "date"
    """The same event given different days."""
    QUOTE_WORDING = "quote-wording"
    """The same quotation worded differently."""
    REFERENCE = "reference"
    """A name that is a near miss of a name in the user's reference list."""
    ACRONYM = "acronym"
    """An acronym whose written expansion does not spell it: "Ransomware Initiative (CRI)"."""
    UNSUPPORTED_QUOTE = "unsupported-quote"
    """A quotation that only one source carries."""
    HOMOGLYPH = "homoglyph"
    """A word with look-alike letters of another script, or an invisible character, inside it."""
    NEGATION = "negation"
    """One source says something happened, another, in the same words, that it did not."""
    CONTRARY = "contrary"
    """One source says the contrary of another in otherwise the same words: "confirmed" /
    "denied", "killed" / "injured", "voted for" / "voted against"."""


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


@attrs.frozen
class DroppedSpan:
    """A span of a source that cleaning kept out of the claims.

    Attributes:
        start: offset of the first dropped character in ``Source.text``.
        end: offset one past the last dropped character.
        reason: why it was dropped, in words ("advertisement", "image link", ...).
    """

    start: int = attrs.field(validator=v.ge(0))
    end: int = attrs.field(validator=v.ge(0))
    reason: str = attrs.field(validator=v.instance_of(str))


@attrs.frozen
class SkippedInput:
    """An input that could not become a source, and why.

    Attributes:
        path: the file (or a description of the input) that was skipped.
        reason: a one-line explanation of what was wrong and what to do.
    """

    path: str
    reason: str


@attrs.frozen
class ReferenceName:
    """A canonical name from the user's reference list.

    Attributes:
        canonical: the name as it should be written.
        aliases: other accepted forms ("EU" for "European Union"); never flagged.
    """

    canonical: str = attrs.field(validator=v.and_(v.instance_of(str), v.min_len(1)))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Source:
    """One report of the event.

    Attributes:
        id: a short, unique name; for a file, its stem.
        text: the original text as decoded. Every offset in crosscheck points into it.
        title: the headline, when known.
        outlet: the publisher, when known.
        url: where the text came from, when known.
        published: the publication date, when known (relative dates are read against it).
        path: the file the text was read from, or ``None``.
        encoding: the encoding the file was decoded from, or ``None`` for text given as such.
        dropped: spans that cleaning kept out of the claims, each with its reason.
    """

    id: str = attrs.field(validator=v.and_(v.instance_of(str), v.min_len(1)))
    text: str = attrs.field(validator=v.instance_of(str), repr=lambda text: repr(shorten(text, 80)))
    title: str | None = attrs.field(default=None, converter=_optional_str)
    outlet: str | None = attrs.field(default=None, converter=_optional_str)
    url: str | None = attrs.field(default=None, converter=_optional_str)
    published: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    path: str | None = attrs.field(default=None, converter=_optional_str)
    encoding: str | None = attrs.field(default=None, converter=_optional_str)
    dropped: tuple[DroppedSpan, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def encoding_guessed(self) -> bool:
        """Whether :attr:`encoding` was guessed from the bytes (a legacy code page such as
        ``cp1252``) rather than known (UTF-8, or UTF-16/32): a guess can be wrong, and the
        report says so."""
        return self.encoding is not None and not self.encoding.lower().startswith("utf")

    @property
    def unreadable_characters(self) -> int:
        """How many places of :attr:`text` hold U+FFFD for bytes that could not be read (a
        stray byte in a UTF-8 file, :attr:`encoding` then saying "unreadable bytes
        replaced"); 0 for a text read as it was written."""
        return self.text.count("\ufffd") if self.encoding and "unreadable bytes replaced" in self.encoding else 0

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a character offset into :attr:`text`."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        # a line ends where cleaning and segmentation end one (crosscheck._text.LINE_BREAK_RE)
        return [0, *(m.end() for m in LINE_BREAK_RE.finditer(self.text))]


@attrs.frozen
class Corpus:
    """The sources loaded for an audit, and the inputs that were skipped.

    Iterating over a corpus yields its sources, so it can be passed wherever a list of
    sources is expected.

    Attributes:
        sources: the sources, in a deterministic order (sorted paths).
        skipped: inputs that could not be read, each with its reason.
    """

    sources: tuple[Source, ...] = attrs.field(converter=_tuple)
    skipped: tuple[SkippedInput, ...] = attrs.field(default=(), converter=_tuple)

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


@attrs.frozen(kw_only=True)
class Segment:
    """A sentence, headline, bullet or caption of a source, with its span.

    Attributes:
        source: the id of the source.
        start: offset of the first character in ``Source.text``.
        end: offset one past the last character.
        text: ``source.text[start:end]``.
        kind: body sentence, headline, bullet item or image caption.
    """

    source: str
    start: int = attrs.field(validator=v.ge(0))
    end: int = attrs.field(validator=v.ge(0))
    text: str
    kind: SegmentKind = attrs.field(default=SegmentKind.BODY, converter=SegmentKind)


@attrs.frozen(kw_only=True)
class Fact:
    """A checkable detail inside a claim: a name, a number, a date, a quotation.

    Attributes:
        kind: what sort of fact.
        text: the fact as the source wrote it.
        start: offset of its first character in ``Source.text``.
        end: offset one past its last character.
        value: its normal form, the form compared across sources ("7" for "seventh").
        unit: for numbers, what is counted ("students", "usd"); for dates, the field
            ("weekday", "day", "month-day", "year", "date" once resolved to a calendar
            day); for names, "person", "organization" or "place" where that can be
            told, else empty; for acronyms, the expansion's normal form; for
            quotations, the speaker's name; for roles, the person's name.
    """

    kind: FactKind = attrs.field(converter=FactKind)
    text: str
    start: int = attrs.field(validator=v.ge(0))
    end: int = attrs.field(validator=v.ge(0))
    value: str
    unit: str = ""


@attrs.frozen(kw_only=True)
class Claim:
    """One statement of one source, with its provenance and facts.

    Attributes:
        id: unique in the audit: ``"<source id>#<n>"``, n counting from 1 in text order.
        source: the id of the source that makes the claim.
        start: offset of the first character in ``Source.text``.
        end: offset one past the last character.
        text: ``source.text[start:end]``, exactly.
        kind: body sentence, headline, bullet item or image caption.
        facts: the names, numbers, dates, quotations found in it.
    """

    id: str
    source: str
    start: int = attrs.field(validator=v.ge(0))
    end: int = attrs.field(validator=v.ge(0))
    text: str
    kind: SegmentKind = attrs.field(default=SegmentKind.BODY, converter=SegmentKind)
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class ScoredPair:
    """The similarity of two claims, as the aligner measured it.

    Attributes:
        a: id of one claim.
        b: id of the other claim.
        score: similarity, 0-100.
    """

    a: str
    b: str
    score: float = attrs.field(validator=v.and_(v.ge(0), v.le(100)))


@attrs.frozen(kw_only=True)
class Cluster:
    """Claims of different sources that state the same thing, and the verdict on them.

    Attributes:
        id: ``"k<n>"``, numbered in the order of the first claim of each cluster.
        label: corroborated, conflicting or single-source.
        claims: ids of every claim in the cluster, repeats included.
        sources: ids of the sources that state it (a repeat adds no source).
        repeats: ``(claim id, id of the claim it repeats)`` for each claim that restates
            a claim of its own source; repeats never corroborate.
        pairs: the similarity of every pair of non-repeat claims, the evidence for the
            grouping.
        discrepancies: ids of the discrepancies found inside the cluster.
        reason: one line saying why the label was given.
        independent_sources: how many independent origins its sources are (copies of
            one wire story count once); ``None`` before provenance is applied.
        origins: the ids of those origins (each the smallest source id in it).
        dependent_only: corroborated, but only by sources of one origin.
        shared_quotation: its claims quote the same statement: they agree with the
            statement's author, not with each other.
    """

    id: str
    label: Label = attrs.field(converter=Label)
    claims: tuple[str, ...] = attrs.field(converter=_tuple)
    sources: tuple[str, ...] = attrs.field(converter=_tuple)
    repeats: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    pairs: tuple[ScoredPair, ...] = attrs.field(default=(), converter=_tuple)
    discrepancies: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    reason: str = ""
    independent_sources: int | None = None
    origins: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    dependent_only: bool = False
    shared_quotation: bool = False


@attrs.frozen(kw_only=True)
class Variant:
    """One way the sources write a disputed detail.

    Attributes:
        text: the detail as written (its normal form where spelling does not matter).
        sources: ids of the sources that write it this way.
        claims: ids of the claims it appears in.
        spans: ``(claim id, start, end)`` of each occurrence in ``Source.text``.
    """

    text: str
    sources: tuple[str, ...] = attrs.field(converter=_tuple)
    claims: tuple[str, ...] = attrs.field(converter=_tuple)
    spans: tuple[tuple[str, int, int], ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Discrepancy:
    """A detail the sources write differently, with the evidence and the rule that fired.

    Attributes:
        id: ``"d<n>"``.
        kind: what differs (name variant, name conflict, number, date, quotation, reference).
        variants: the ways it is written, each with its sources and claims.
        cluster: the id of the cluster it was found in, or ``None`` when it was found by
            comparing names across the whole corpus or against the reference list.
        majority: index into ``variants`` of the variant most sources write, or ``None``
            on a tie.
        severity: ``"high"``, ``"medium"`` or ``"low"``.
        explanation: one or two sentences a reader can check against the sources.
        rule: the name of the rule that fired.
    """

    id: str
    kind: DiscrepancyKind = attrs.field(converter=DiscrepancyKind)
    variants: tuple[Variant, ...] = attrs.field(converter=_tuple)
    cluster: str | None = None
    majority: int | None = None
    severity: str = attrs.field(default="medium", validator=v.in_(("high", "medium", "low")))
    explanation: str = ""
    rule: str = ""


@attrs.frozen
class TokenMatch:
    """Two tokens the scorer paired, and how alike they are (0-100)."""

    a: str
    b: str
    score: float


@attrs.frozen(kw_only=True)
class SentenceComparison:
    """The pair view: how alike two sentences are, and what differs between them.

    Attributes:
        score: similarity 0-100 (weighted share of content words that match).
        same_claim: whether the scorer takes the two for one claim (the paraphrase model's
            probability reaching its threshold: :class:`crosscheck.scoring.PairScore`); not
            ``score`` against ``AuditConfig.same_claim_cutoff``, which only the aligner reads.
        matched: the content tokens paired between the two sentences.
        only_a: content tokens of the first sentence with no partner.
        only_b: content tokens of the second sentence with no partner.
        discrepancies: what the two sentences state differently (names, numbers,
            dates, quotation wording).
    """

    score: float
    same_claim: bool
    matched: tuple[TokenMatch, ...] = attrs.field(default=(), converter=_tuple)
    only_a: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    only_b: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    discrepancies: tuple[Discrepancy, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Audit:
    """The result of auditing several sources against each other.

    Attributes:
        sources: the audited sources, with what cleaning dropped from each.
        claims: every claim of every source, in source order then text order.
        clusters: every claim is in exactly one cluster.
        discrepancies: what the sources write differently.
        skipped: inputs that could not be read, each with its reason.
        reference: the canonical names the audit checked names against.
        config: the settings the audit ran with.
        provenance: who depends on whom (shared passages, wire credits) and the
            independent origins; ``None`` when not computed.
    """

    sources: tuple[Source, ...] = attrs.field(converter=_tuple)
    claims: tuple[Claim, ...] = attrs.field(converter=_tuple)
    clusters: tuple[Cluster, ...] = attrs.field(converter=_tuple)
    discrepancies: tuple[Discrepancy, ...] = attrs.field(converter=_tuple)
    skipped: tuple[SkippedInput, ...] = attrs.field(default=(), converter=_tuple)
    reference: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    config: AuditConfig | None = attrs.field(default=None, eq=False, repr=False)
    provenance: Provenance | None = attrs.field(default=None, repr=False)

    @functools.cached_property
    def claims_by_id(self) -> Mapping[str, Claim]:
        """The claims keyed by id."""
        return MappingProxyType({claim.id: claim for claim in self.claims})

    @functools.cached_property
    def sources_by_id(self) -> Mapping[str, Source]:
        """The sources keyed by id."""
        return MappingProxyType({source.id: source for source in self.sources})

    @functools.cached_property
    def _cluster_by_claim(self) -> Mapping[str, Cluster]:
        return {claim_id: cluster for cluster in self.clusters for claim_id in cluster.claims}

    @functools.cached_property
    def origin_of(self) -> Mapping[str, str]:
        """Source id -> id of its independent origin (each source its own without provenance)."""
        found = self.provenance.origin_of if self.provenance else {}
        return MappingProxyType({s.id: found.get(s.id, s.id) for s in self.sources})

    def cluster_of(self, claim_id: str) -> Cluster:
        """Return the cluster that holds the claim ``claim_id``."""
        return self._cluster_by_claim[claim_id]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON document (schema ``crosscheck.audit/1``) as plain Python data."""
        from crosscheck.report import audit_to_dict

        return audit_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the JSON document (schema ``crosscheck.audit/1``) as text."""
        from crosscheck.report import render_json

        return render_json(self, indent=indent)

    def to_markdown(self) -> str:
        """Return the Markdown provenance report."""
        from crosscheck.report import render_markdown

        return render_markdown(self)

    def __repr__(self) -> str:
        # the audit in a few words: its fields hold every source's whole text
        skipped = f", {counted(len(self.skipped), 'input')} skipped" if self.skipped else ""
        return (
            f"<Audit of {counted(len(self.sources), 'source')}: {counted(len(self.claims), 'claim')} in "
            f"{counted(len(self.clusters), 'cluster')}, "
            f"{counted(len(self.discrepancies), 'discrepancy', 'discrepancies')}{skipped}>"
        )

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        from crosscheck.report import render_html_summary

        return render_html_summary(self)

    def to_frame(self) -> pandas.DataFrame:
        """Return a pandas DataFrame with one row per claim (needs ``crosscheck[frame]``)."""
        from crosscheck.frame import audit_to_frame

        return audit_to_frame(self)
