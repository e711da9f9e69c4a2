"""Label each cluster of aligned claims: corroborated, conflicting or single-source.

A cluster is single-source when one source alone states its claim (however many times),
conflicting when a discrepancy was found inside it, and corroborated otherwise; each
label comes with the one line that says why (docs/labels.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.align import Alignment
from crosscheck.models import Claim, Cluster, Discrepancy, Label, ScoredPair

__all__ = ["label_clusters"]


def label_clusters(
    claims: Sequence[Claim],
    alignment: Alignment,
    discrepancies: Sequence[Discrepancy],
    inside: Mapping[int, list[str]],
) -> list[Cluster]:
    """Label each group: corroborated, conflicting or single-source, with the reason."""
    by_id = {c.id: c for c in claims}
    by_did = {d.id: d for d in discrepancies}
    clusters = []
    for g, group in enumerate(alignment.groups):
        cid = f"k{g + 1}"
        members = [c for c in group if c not in alignment.repeats]
        sources = list(dict.fromkeys(by_id[c].source for c in members))
        pairs = []
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                key = tuple(sorted((members[x], members[y])))
                if key in alignment.scores:
                    pairs.append(ScoredPair(members[x], members[y], alignment.scores[key]))  # type: ignore[index]
        dids = inside.get(g, [])
        repeats = [(c, alignment.repeats[c]) for c in group if c in alignment.repeats]
        if len(sources) < 2:
            label = Label.SINGLE_SOURCE
            reason = f"only {sources[0]} states this" + (
                f" (restated {len(repeats)} more time{'s' if len(repeats) > 1 else ''} by the same source)" if repeats else ""
            )
        elif dids:
            label = Label.CONFLICTING
            kinds = sorted({by_did[d].kind.value for d in dids})
            reason = f"{len(sources)} sources state this but disagree ({', '.join(kinds)}: {', '.join(dids)})"
        else:
            label = Label.CORROBORATED
            low = min((p.score for p in pairs), default=0.0)
            reason = f"{len(sources)} sources state this and agree on its names, numbers, dates and quotations (lowest pair similarity {low:.0f})"
        clusters.append(
            Cluster(
                id=cid, label=label, claims=group, sources=sources, repeats=repeats,
                pairs=pairs, discrepancies=dids, reason=reason,
            )
        )
    return clusters
