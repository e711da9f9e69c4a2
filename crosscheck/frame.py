"""An :class:`~crosscheck.models.Audit` as a pandas DataFrame (optional extra ``crosscheck[frame]``).

pandas is imported only when a frame is asked for; without it, a clear error says how
to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crosscheck.models import Audit
from crosscheck.provenance import minority_variants

if TYPE_CHECKING:
    import pandas

__all__ = ["FRAME_COLUMNS", "audit_to_frame", "audit_to_rows"]

FRAME_COLUMNS = (
    "claim", "source", "origin", "cluster", "label", "dependent_only", "independent_sources",
    "n_sources", "repeat_of", "kind", "line", "column", "start", "end", "text", "discrepancies",
    "minority", "n_facts",
)  # fmt: skip
"""The columns of :func:`audit_to_frame`, in order."""


def audit_to_rows(audit: Audit) -> list[dict[str, Any]]:
    """Return one plain dict per claim, with the columns of :data:`FRAME_COLUMNS`.

    ``minority`` is true when the claim writes a variant that fewer independent origins
    write than the majority's, in some discrepancy.
    """
    origin_of = audit.origin_of
    repeat_of = {c: r for cluster in audit.clusters for c, r in cluster.repeats}
    discrepancies_of: dict[str, list[str]] = {}
    minority: set[str] = set()
    for d in audit.discrepancies:
        for variant in d.variants:
            for claim_id in variant.claims:
                discrepancies_of.setdefault(claim_id, [])
                if d.id not in discrepancies_of[claim_id]:
                    discrepancies_of[claim_id].append(d.id)
        for variant in minority_variants(d):
            minority.update(variant.claims)
    rows = []
    for claim in audit.claims:
        cluster = audit.cluster_of(claim.id)
        line, column = audit.sources_by_id[claim.source].line_col(claim.start)
        rows.append(
            {
                "claim": claim.id,
                "source": claim.source,
                "origin": origin_of[claim.source],
                "cluster": cluster.id,
                "label": cluster.label.value,
                "dependent_only": cluster.dependent_only,
                "independent_sources": cluster.independent_sources,
                "n_sources": len(cluster.sources),
                "repeat_of": repeat_of.get(claim.id),
                "kind": claim.kind.value,
                "line": line,
                "column": column,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "discrepancies": ",".join(discrepancies_of.get(claim.id, [])),
                "minority": claim.id in minority,
                "n_facts": len(claim.facts),
            }
        )
    return rows


def audit_to_frame(audit: Audit) -> pandas.DataFrame:
    """Return the audit as a DataFrame with one row per claim (columns: :data:`FRAME_COLUMNS`).

    Raises:
        ImportError: pandas is not installed; ``pip install 'crosscheck[frame]'``.
    """
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "Audit.to_frame() needs pandas, which is not installed; install it with "
            "pip install 'crosscheck[frame]'"
        ) from error
    return pandas.DataFrame(audit_to_rows(audit), columns=list(FRAME_COLUMNS))
