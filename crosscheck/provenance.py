"""Which sources depend on which, and how many independent witnesses back each claim.

Three outlets rewriting one wire story are one witness, not three. Two kinds of
evidence make one source depend on another:

* **shared passages** (:mod:`crosscheck.passages`): long runs of identical or
  near-identical words, found the way text-reuse detectors (passim, TextPAIR) find
  reprints. Only words outside quotation marks count as copied; a passage with too few
  of them is a *shared quotation*: two sources quoting one statement agree with the
  statement's author, which is not copying;
* **wire credits and datelines**: ``(AP)``, ``Photo: AFP``, ``— AP``,
  ``PARIS, Jan 5 (Agency) —``, found by their form (:mod:`crosscheck.attribution`),
  never by a list of names.

Sources linked by evidence that reaches ``dependence_cutoff`` are grouped into
**origins** (union-find over sources and credited agencies; deterministic). A cluster
counts its origins as ``independent_sources``; a cluster whose agreeing sources are all
one origin stays ``corroborated`` but is flagged ``dependent_only``. Majorities in
discrepancies count origins, not copies.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs
from attrs import validators as v
from rapidfuzz import fuzz

from crosscheck.attribution import Credit, chosen_speaker, find_attribution, find_credits
from crosscheck.config import AuditConfig
from crosscheck.errors import InputError
from crosscheck.models import (
    Audit,
    Claim,
    Cluster,
    Discrepancy,
    DiscrepancyKind,
    FactKind,
    Label,
    Source,
    Variant,
    _tuple,
)  # fmt: skip
from crosscheck.passages import SharedPassage, _shared_passages, _Words, find_shared_passages

__all__ = [
    "Dependency",
    "Origin",
    "Provenance",
    "SharedPassage",
    "SourceProfile",
    "apply_independence",
    "find_provenance",
    "find_shared_passages",
    "minority_variants",
    "source_profiles",
]


# ---------------------------------------------------------------------------- the types


@attrs.frozen(kw_only=True)
class Dependency:
    """Evidence that one source depends on another source or on a credited agency.

    Attributes:
        source: the id of the dependent source.
        depends_on: for ``shared-passage``, the id of the other source; for
            ``wire-credit``, the credited agency as written.
        kind: ``"shared-passage"`` or ``"wire-credit"``.
        score: strength of the evidence, 0-100. Shared passages: 100 times the words
            shared outside quotations over ``config.certain_passage_words``, capped at
            100 (100 for two sources whose words are the same, however short, as long
            as they have ``config.shingle_words`` words: shorter texts share no
            shingle and are never compared). Wire credits: the strongest credit's score.
        counted: whether ``score`` reaches ``config.dependence_cutoff``, so that the two
            are grouped into one origin.
        direction: how ``source`` and ``depends_on`` were told apart: ``"credit"`` (the
            other one credits a wire, or, for a wire credit, the source's own credit),
            ``"published"`` (the other one is older) or ``"unknown"`` (ids in order; the
            two are dependent either way).
        passages: for ``shared-passage``, the shared passages outside quotations.
        credits: for ``wire-credit``, the credits found.
        explanation: one line a reader can check against the sources.
    """

    source: str
    depends_on: str
    kind: str = attrs.field(validator=v.in_(("shared-passage", "wire-credit")))
    score: float = attrs.field(validator=v.and_(v.ge(0), v.le(100)))
    counted: bool
    direction: str = "unknown"
    passages: tuple[SharedPassage, ...] = attrs.field(default=(), converter=_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_tuple)
    explanation: str = ""


@attrs.frozen(kw_only=True)
class Origin:
    """Sources that are one witness: linked by counted dependencies.

    Attributes:
        id: the id of its representative, the smallest source id in it.
        sources: ids of its sources, sorted.
        agencies: agencies its sources credit (counted credits only), as written.
    """

    id: str
    sources: tuple[str, ...] = attrs.field(converter=_tuple)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Provenance:
    """Who depends on whom in one audit.

    Attributes:
        dependencies: every dependency found, counted or not, in a fixed order.
        quotations: passages two sources share inside quotation marks: they quote the
            same statement, which is not copying.
        credits: every wire credit and dateline found.
        origins: the independent origins, in the order of their ids.
    """

    dependencies: tuple[Dependency, ...] = attrs.field(default=(), converter=_tuple)
    quotations: tuple[SharedPassage, ...] = attrs.field(default=(), converter=_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_tuple)
    origins: tuple[Origin, ...] = attrs.field(default=(), converter=_tuple)

    @functools.cached_property
    def origin_of(self) -> Mapping[str, str]:
        """Source id -> id of its origin (computed once)."""
        return MappingProxyType({s: origin.id for origin in self.origins for s in origin.sources})


# ---------------------------------------------------------------------------- origins


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller name wins, so the result does not depend on the order
            self.parent[max(ra, rb)] = min(ra, rb)


def _excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quoted_attribution(source: Source, quotes: Sequence[tuple[int, int]], start: int, end: int) -> str | None:
    # quotation spans do not overlap and come in order: those that overlap start..end are
    # a contiguous run, found by bisection instead of a scan of the whole source
    first = bisect.bisect_right(quotes, (start, len(source.text) + 1))
    if first > 0 and quotes[first - 1][1] > start:
        first -= 1
    overlapping = []
    for s, e in quotes[first:]:
        if s >= end:
            break
        if start < e:
            overlapping.append((min(e, end) - max(s, start), s, e))
    if not overlapping:
        return None
    _, qs, qe = max(overlapping)
    return find_attribution(source.text, qs, qe)


def _passage_attribution(
    p: SharedPassage, by_id: Mapping[str, Source], words_of: Mapping[str, _Words]
) -> str | None:
    """Who the two sources say made a statement they share (:func:`chosen_speaker`: one
    writes "he said", the other "Lagadianos told reporters"); None where both name no one."""
    return chosen_speaker(
        who for source, start, end in ((p.a, p.a_start, p.a_end), (p.b, p.b_start, p.b_end))
        if (who := _quoted_attribution(by_id[source], words_of[source].quotes, start, end))
    )


def _older(pa: dt.date | None, pb: dt.date | None) -> bool | None:
    """Whether ``pa`` is older than ``pb``; ``None`` when either is unknown, they are the
    same, or they cannot be ordered.

    Dates and datetimes, naive and aware, mix in real feeds: two datetimes of one kind
    compare as they are, anything else by calendar day.
    """
    if pa is None or pb is None:
        return None
    if isinstance(pa, dt.datetime) and isinstance(pb, dt.datetime) and (pa.tzinfo is None) == (pb.tzinfo is None):
        return None if pa == pb else pa < pb
    da = pa.date() if isinstance(pa, dt.datetime) else pa
    db = pb.date() if isinstance(pb, dt.datetime) else pb
    return None if da == db else da < db


def find_provenance(sources: Sequence[Source], config: AuditConfig | None = None) -> Provenance:
    """Find shared passages, shared quotations and wire credits; group sources into origins.

    >>> story = ("The regional council approved the new flood barrier on the river after "
    ...          "a long debate about its cost and the damage done by last winter's storms.")
    >>> p = find_provenance([Source(id="a", text=story),
    ...                      Source(id="b", text="Officials said: " + story),
    ...                      Source(id="c", text="The mayor opened a library downtown.")])
    >>> [o.sources for o in p.origins]
    [('a', 'b'), ('c',)]
    """
    config = config or AuditConfig()
    by_id = {s.id: s for s in sources}
    if len(by_id) != len(sources):
        repeated = sorted(i for i, k in Counter(s.id for s in sources).items() if k > 1)
        raise InputError(
            f"source ids must be unique, but {', '.join(map(repr, repeated))} "
            "name more than one source; give each source its own id"
        )
    ids = sorted(by_id)
    credits = [c for i in ids for c in find_credits(by_id[i])]
    credits_of: dict[str, list[Credit]] = defaultdict(list)
    for credit in credits:
        credits_of[credit.source].append(credit)
    text_credited = {c.source for c in credits if c.score >= config.dependence_cutoff}

    passages, words_of = _shared_passages(sources, config)
    quotations = [attrs.evolve(p, attribution=_passage_attribution(p, by_id, words_of)) for p in passages if p.quoted]
    by_pair: dict[tuple[str, str], list[SharedPassage]] = defaultdict(list)
    for passage in passages:
        if not passage.quoted:
            by_pair[(passage.a, passage.b)].append(passage)

    dependencies: list[Dependency] = []
    union = _UnionFind(ids)
    for (a, b), shared in sorted(by_pair.items()):
        copied = sum(p.unquoted_words for p in shared)
        score = min(100.0, round(100.0 * copied / config.certain_passage_words, 1))
        if words_of[a].norms == words_of[b].norms:  # the same text twice, however short
            score = 100.0
        shorter = min(len(words_of[a].norms), len(words_of[b].norms))
        if copied >= config.min_passage_words and copied >= _COPIED_WHOLE * shorter:
            score = 100.0  # a brief that is the other's lede word for word: copied whole
        counted = score >= config.dependence_cutoff
        pa, pb = by_id[a].published, by_id[b].published
        if (a in text_credited) != (b in text_credited):
            source, depends_on = (b, a) if a in text_credited else (a, b)
            direction = "credit"
        elif (older := _older(pa, pb)) is not None:
            source, depends_on = (b, a) if older else (a, b)
            direction = "published"
        else:
            source, depends_on, direction = b, a, "unknown"
        longest = max(shared, key=lambda p: (p.words, -p.a_start))
        excerpt = _excerpt(by_id[a].text[longest.a_start : longest.a_end])
        explanation = (
            f"{source} and {depends_on} share {len(shared)} passage{'s' if len(shared) > 1 else ''} "
            f"({copied} words) outside quotations; the longest ({longest.words} words, "
            f"{longest.similarity:.0f}% alike): '{excerpt}'"
        )
        dependencies.append(
            Dependency(
                source=source, depends_on=depends_on, kind="shared-passage", score=score,
                counted=counted, direction=direction, passages=shared, explanation=explanation,
            )
        )
        if counted:
            union.union(a, b)

    agencies: dict[str, str] = {}
    for credit in sorted(credits, key=lambda c: (-c.score, c.source, c.start)):
        agencies.setdefault(credit.key, credit.agency)
    for source_id in ids:
        keys: dict[str, list[Credit]] = defaultdict(list)
        for credit in credits_of.get(source_id, []):
            keys[credit.key].append(credit)
        for key, found in sorted(keys.items()):
            score = max(c.score for c in found)
            counted = score >= config.dependence_cutoff
            where = "; ".join(f"'{c.text}' ({c.form}, chars {c.start}–{c.end})" for c in found)
            dependencies.append(
                Dependency(
                    source=source_id, depends_on=agencies[key], kind="wire-credit", score=score,
                    counted=counted, direction="credit", credits=found,
                    explanation=f"{source_id} credits {agencies[key]}: {where}"
                    + ("" if counted else " (a photo credit: the photo, not the text, came from it)"),
                )
            )
            if counted:
                node = f"\x00wire:{key}"
                union.parent.setdefault(node, node)
                union.union(source_id, node)

    groups: dict[str, list[str]] = defaultdict(list)
    for source_id in ids:
        groups[union.find(source_id)].append(source_id)
    origins = []
    for members in groups.values():
        credited = sorted(
            {agencies[c.key] for m in members for c in credits_of.get(m, []) if c.score >= config.dependence_cutoff}
        )
        origins.append(Origin(id=members[0], sources=members, agencies=credited))
    origins.sort(key=lambda o: o.id)
    dependencies.sort(key=lambda d: (d.kind, d.source, d.depends_on))
    return Provenance(dependencies=dependencies, quotations=quotations, credits=credits, origins=origins)


# ------------------------------------------------------ independence in the verdicts


_COPIED_WHOLE = 0.8
"""Share of the shorter source's words that, copied outside quotations, make it a copy
however few they are (a brief that is a wire story's lede, under a headline of its own)."""


def _quoting_sources(
    cluster: Cluster, claims: Mapping[str, Claim], sources: Mapping[str, Source]
) -> tuple[list[str], str | None]:
    """Sources of the cluster that quote one statement in its claims (none when fewer than
    two), and who the statement is attributed to, when a source says so."""
    repeats = dict(cluster.repeats)
    quoted: list[tuple[str, str, int, int]] = []
    for claim_id in cluster.claims:
        claim = claims[claim_id]
        quotes = [f for f in claim.facts if f.kind is FactKind.QUOTE]
        if claim_id not in repeats and quotes:
            longest = max(quotes, key=lambda f: (len(f.value), -f.start))
            quoted.append((claim.source, longest.value, longest.start, longest.end))
    # in source order, not the cluster's claim order, so the reason is the same however
    # the sources came in
    quoted.sort(key=lambda q: (q[0], q[2], q[3], q[1]))
    for x, (source, key, start, end) in enumerate(quoted):
        same = [q for q in quoted[x + 1 :] if q[0] != source and fuzz.ratio(key, q[1]) >= 80]
        if same:
            # the speaker as the sources name them: a name before a pronoun ("Montenegro"
            # over "he"), then the fullest ("the bus operator" over "the operator"), then
            # in alphabetical order, so that the reason does not depend on which source
            # came first or what it is called
            named = {
                who for s, _, qs, qe in [(source, key, start, end), *same] if s in sources
                if (who := find_attribution(sources[s].text, qs, qe))
            }
            who = chosen_speaker(named)
            return sorted({source, *(q[0] for q in same)}), who
    return [], None


def _origin_list(sources: Iterable[str], origin_of: Mapping[str, str]) -> list[str]:
    return sorted({origin_of.get(s, s) for s in sources})


def apply_independence(
    clusters: Sequence[Cluster],
    discrepancies: Sequence[Discrepancy],
    provenance: Provenance,
    claims: Mapping[str, Claim],
    sources: Sequence[Source] = (),
) -> tuple[list[Cluster], list[Discrepancy]]:
    """Count origins instead of sources: in every cluster, and in every discrepancy's majority.

    A corroborated cluster whose sources are one origin keeps its label and is flagged
    ``dependent_only``; a discrepancy's majority is the variant written by the most
    origins, ``None`` on a tie. A majority that was not a count of sources (the
    reference name of a reference discrepancy, say) is kept.
    """
    origin_of = provenance.origin_of
    members = {o.id: o.sources for o in provenance.origins}
    by_id = {s.id: s for s in sources}
    kinds = {d.id: d.kind for d in discrepancies}
    new_clusters = []
    for cluster in clusters:
        origins = _origin_list(cluster.sources, origin_of)
        dependent_only = cluster.label is Label.CORROBORATED and len(origins) < 2
        quoting, who = _quoting_sources(cluster, claims, by_id)
        if len(_origin_list(quoting, origin_of)) < 2:
            quoting = []  # copies of one origin quoting a statement: copying, said above
        reason = cluster.reason
        if dependent_only:
            reason = (
                f"corroborated by dependent sources only: {len(cluster.sources)} sources agree, but "
                f"{', '.join(cluster.sources)} are one origin ({origins[0]})"
            )
        elif len(cluster.sources) >= 2 and len(origins) < len(cluster.sources):
            reason += f"; {len(origins)} independent origins ({', '.join(origins)})"
        reworded = [d for d in cluster.discrepancies if kinds.get(d) is DiscrepancyKind.QUOTE_WORDING]
        if quoting and reworded:
            reason += (
                f"; {', '.join(quoting)} quote the same statement"
                + (f" (attributed to {who})" if who else "")
                + f" in different words ({', '.join(reworded)})"
            )
        elif quoting:
            author = who or "its author"
            reason += (
                f"; {', '.join(quoting)} quote the same statement"
                + (f" (attributed to {who})" if who else "")
                + f": they agree with {author}, which is not copying"
            )
        new_clusters.append(
            attrs.evolve(
                cluster, independent_sources=len(origins), origins=origins,
                dependent_only=dependent_only, shared_quotation=bool(quoting), reason=reason,
            )
        )
    new_discrepancies = []
    for d in discrepancies:
        by_sources = [len(variant.sources) for variant in d.variants]
        most = max(by_sources, default=0)
        if not d.variants or d.kind is DiscrepancyKind.REFERENCE or d.majority != (
            by_sources.index(most) if by_sources.count(most) == 1 else None
        ):
            # the majority was not a count of sources (a reference name, a definition): keep it
            new_discrepancies.append(d)
            continue
        per_variant = [_origin_list(variant.sources, origin_of) for variant in d.variants]
        counts = [len(o) for o in per_variant]
        best = max(counts)
        majority = counts.index(best) if counts.count(best) == 1 else None
        copies = any(len(o) < len(variant.sources) for o, variant in zip(per_variant, d.variants, strict=True))
        explanation = d.explanation
        if copies or majority != d.majority:
            parts = []
            for o, variant in zip(per_variant, d.variants, strict=True):
                together = [
                    f"{', '.join(sorted(set(variant.sources) & set(members.get(x, (x,)))))} are one origin"
                    for x in o if len(set(variant.sources) & set(members.get(x, (x,)))) > 1
                ]
                note = f" ({'; '.join(together)})" if together else ""
                parts.append(f"'{variant.text}' {len(o)}{note}")
            verdict = (
                "no majority" if majority is None else f"majority '{d.variants[majority].text}'"
            )
            explanation += f" Counted by independent origins: {', '.join(parts)}: {verdict}."
        new_discrepancies.append(attrs.evolve(d, majority=majority, explanation=explanation))
    return new_clusters, new_discrepancies


# ---------------------------------------------------------------------------- profiles


@attrs.frozen(kw_only=True)
class SourceProfile:
    """What one source contributes to an audit, to tell the outlier at a glance.

    Attributes:
        source: the id of the source.
        origin: the id of its origin.
        claims: how many claims it makes.
        corroborated: its claims in clusters corroborated by at least two origins.
        dependent_only: its claims in clusters corroborated by copies of one origin only.
        conflicting: its claims in conflicting clusters.
        unique: its single-source claims.
        minority: discrepancies in which it writes a variant that fewer origins write
            than the majority's.
        alone: discrepancies in which it is the only source of its variant while
            another variant has two sources or more.
        dropped: spans kept out of the claims (page furniture, fragments).
        dropped_chars: characters in those spans.
        outlier: whether it is alone against the others more often than any other
            source, at least twice.
    """

    source: str
    origin: str
    claims: int
    corroborated: int
    dependent_only: int
    conflicting: int
    unique: int
    minority: int
    alone: int
    dropped: int
    dropped_chars: int
    outlier: bool = False

    @property
    def corroborated_share(self) -> float:
        """Share of its claims corroborated by two origins or more, 0-1."""
        return self.corroborated / self.claims if self.claims else 0.0


def minority_variants(discrepancy: Discrepancy) -> tuple[Variant, ...]:
    """The variants of a discrepancy that fewer independent origins write than its
    majority's: none without a majority, and none for a reference discrepancy (the
    reference list is not a count of witnesses)."""
    if discrepancy.kind is DiscrepancyKind.REFERENCE or discrepancy.majority is None:
        return ()
    return tuple(v for index, v in enumerate(discrepancy.variants) if index != discrepancy.majority)


def source_profiles(audit: Audit) -> tuple[SourceProfile, ...]:
    """Return the profile of every source of an audit, in the audit's source order."""
    origin_of = audit.origin_of
    minority: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for d in audit.discrepancies:
        for variant in minority_variants(d):
            minority.update(set(variant.sources))
        if d.kind is DiscrepancyKind.REFERENCE:
            continue
        widest = max((len(variant.sources) for variant in d.variants), default=0)
        for variant in d.variants:
            if len(variant.sources) == 1 and widest >= 2:
                alone.update(variant.sources)
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in audit.claims:
        claims_of[claim.source].append(claim)
    rows = []
    for source in audit.sources:
        counts: Counter[str] = Counter()
        n = 0
        for claim in claims_of[source.id]:
            n += 1
            cluster = audit.cluster_of(claim.id)
            if cluster.label is Label.CORROBORATED:
                counts["dependent" if cluster.dependent_only else "corroborated"] += 1
            else:
                counts[cluster.label.value] += 1
        rows.append(
            SourceProfile(
                source=source.id, origin=origin_of[source.id], claims=n,
                corroborated=counts["corroborated"], dependent_only=counts["dependent"],
                conflicting=counts[Label.CONFLICTING.value], unique=counts[Label.SINGLE_SOURCE.value],
                minority=minority[source.id], alone=alone[source.id], dropped=len(source.dropped),
                dropped_chars=sum(d.end - d.start for d in source.dropped),
            )
        )
    scores = [r.alone + r.minority for r in rows]
    top = max(scores, default=0)
    if top >= 2 and scores.count(top) == 1:
        rows[scores.index(top)] = attrs.evolve(rows[scores.index(top)], outlier=True)
    return tuple(rows)
