"""Pictures of an audit (optional extra ``crosscheck[plots]``): matplotlib, Agg, no pyplot.

* :func:`plot_sources`: two source × source heatmaps side by side, how often two sources
  agree when they state the same thing, and how strongly one depends on the other;
* :func:`plot_presence`: the claim × source presence matrix, each cell coloured by the
  cluster's label.

Figures have a fixed size in pixels (``SOURCES_SIZE``, ``PRESENCE_SIZE``), whatever the
audit, so that a report's layout does not move. Only source ids and cluster ids are
drawn, never text from a source.
"""

from __future__ import annotations

import errno
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck._io import write_bytes_atomically
from crosscheck._text import counted
from crosscheck.models import Audit, Label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["DPI", "PRESENCE_SIZE", "SOURCES_SIZE", "plot_presence", "plot_sources", "write_plots"]

DPI = 100
SOURCES_SIZE = (1100, 480)
"""Width and height in pixels of :func:`plot_sources`'s figure."""
PRESENCE_SIZE = (800, 900)
"""Width and height in pixels of :func:`plot_presence`'s figure."""
MAX_ROWS = 60
"""At most this many clusters are drawn in the presence matrix (most sources first)."""


def _figure(size: tuple[int, int]) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "plots need matplotlib, which is not installed; install it with pip install 'crosscheck[plots]'"
        ) from error
    return Figure(figsize=(size[0] / DPI, size[1] / DPI), dpi=DPI)


def _label(text: str, limit: int = 18) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")  # no mathtext from a file name


def _matrices(audit: Audit) -> tuple[list[str], list[list[float]], list[list[float]]]:
    ids = [s.id for s in audit.sources]
    index = {s: n for n, s in enumerate(ids)}
    n = len(ids)
    shared = [[0] * n for _ in range(n)]
    agreed = [[0] * n for _ in range(n)]
    for cluster in audit.clusters:
        for a in cluster.sources:
            for b in cluster.sources:
                shared[index[a]][index[b]] += 1
                agreed[index[a]][index[b]] += cluster.label is Label.CORROBORATED
    agreement = [
        [100.0 * agreed[i][j] / shared[i][j] if shared[i][j] else math.nan for j in range(n)] for i in range(n)
    ]
    dependence = [[0.0] * n for _ in range(n)]
    for i in range(n):
        dependence[i][i] = 100.0
    if audit.provenance:
        for d in audit.provenance.dependencies:
            if d.kind == "shared-passage":
                i, j = index[d.source], index[d.depends_on]
                dependence[i][j] = dependence[j][i] = max(dependence[i][j], d.score)
    return ids, agreement, dependence


def plot_sources(audit: Audit) -> Figure:
    """Two heatmaps: agreement (share of shared clusters corroborated) and dependence score."""
    ids, agreement, dependence = _matrices(audit)
    origin_of = audit.origin_of
    figure = _figure(SOURCES_SIZE)
    labels = [_label(s) for s in ids]
    panels: list[tuple[str, list[list[float]], str]] = [
        ("Agreement: % of shared claims corroborated", agreement, "viridis"),
        ("Dependence: shared-passage score (0-100)", dependence, "magma_r"),
    ]
    for position, (title, matrix, cmap) in enumerate(panels, start=1):
        axes = figure.add_subplot(1, 2, position)
        image = axes.imshow(matrix, vmin=0, vmax=100, cmap=cmap)
        axes.set_title(title, fontsize=10)
        axes.set_xticks(range(len(ids)), labels, rotation=60, ha="right", fontsize=7)
        axes.set_yticks(range(len(ids)), labels, fontsize=7)
        if len(ids) <= 12:
            for i, row in enumerate(matrix):
                for j, value in enumerate(row):
                    if not math.isnan(value):
                        axes.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=7, color="grey")
        figure.colorbar(image, ax=axes, fraction=0.046, pad=0.04)
    groups = sorted({origin_of.get(s, s) for s in ids})
    figure.suptitle(f"{counted(len(ids), 'source')}, {counted(len(groups), 'independent origin')}", fontsize=11)
    figure.subplots_adjust(left=0.12, right=0.95, bottom=0.25, top=0.86, wspace=0.45)
    return figure


_COLOURS = {
    "absent": (1.0, 1.0, 1.0),
    Label.CORROBORATED: (0.20, 0.60, 0.30),
    "dependent": (0.65, 0.85, 0.65),
    Label.CONFLICTING: (0.85, 0.20, 0.20),
    Label.SINGLE_SOURCE: (0.65, 0.65, 0.65),
}


def plot_presence(audit: Audit) -> Figure:
    """The claim × source presence matrix: a row per cluster (the most widely stated first,
    at most :data:`MAX_ROWS`), a column per source, each present cell coloured by the label."""
    ids = [s.id for s in audit.sources]
    order = sorted(
        enumerate(audit.clusters), key=lambda item: (-len(item[1].sources), item[1].label is Label.SINGLE_SOURCE, item[0])
    )
    shown = [cluster for _, cluster in order[:MAX_ROWS]]
    grid: list[list[Any]] = []
    for cluster in shown:
        colour = _COLOURS["dependent"] if cluster.dependent_only else _COLOURS[cluster.label]
        grid.append([colour if s in cluster.sources else _COLOURS["absent"] for s in ids])
    figure = _figure(PRESENCE_SIZE)
    axes = figure.add_subplot(1, 1, 1)
    if grid:
        axes.imshow(grid, aspect="auto", interpolation="nearest")
    axes.set_xticks(range(len(ids)), [_label(s) for s in ids], rotation=60, ha="right", fontsize=7)
    axes.set_yticks(range(len(shown)), [_label(c.id, 8) for c in shown], fontsize=6 if len(shown) > 30 else 8)
    more = f" (first {len(shown)} of {len(audit.clusters)})" if len(audit.clusters) > len(shown) else ""
    axes.set_title(f"Claims by source{more}", fontsize=11)
    from matplotlib.patches import Patch

    legend = [
        Patch(color=_COLOURS[Label.CORROBORATED], label="corroborated"),
        Patch(color=_COLOURS["dependent"], label="corroborated by dependent sources only"),
        Patch(color=_COLOURS[Label.CONFLICTING], label="conflicting"),
        Patch(color=_COLOURS[Label.SINGLE_SOURCE], label="single-source"),
    ]
    figure.legend(handles=legend, loc="lower center", ncol=2, fontsize=8, frameon=False)
    figure.subplots_adjust(left=0.1, right=0.97, bottom=0.22, top=0.94)
    return figure


def _save(figure: Figure, path: Path) -> None:
    """Write the PNG through a temporary file and a rename, so that a crash never leaves
    a half-written picture."""
    write_bytes_atomically(path, lambda handle: figure.savefig(handle, format="png", dpi=DPI, metadata={"Software": None}))


def write_plots(audit: Audit, stem: Path) -> list[tuple[str, str]]:
    """Write both pictures beside a report: ``<stem>.sources.png`` and ``<stem>.claims.png``.

    Returns ``(title, file name)`` pairs for :func:`~crosscheck.report.render_markdown`'s
    ``plots``, the file names relative to the report's folder. Each file is written
    through a temporary file and a rename.

    Raises:
        FileExistsError: a picture's path is one of the audited sources' files; nothing
            is written. Choose another report name.
    """
    paths = [stem.with_name(f"{stem.name}.{suffix}.png") for suffix in ("sources", "claims")]
    inputs = {Path(s.path).resolve() for s in audit.sources if s.path}
    for path in paths:
        if path.resolve() in inputs:
            raise FileExistsError(
                errno.EEXIST, f"{path} is one of the audited inputs; refusing to overwrite it "
                "(choose another report name)", str(path),
            )
    written = []
    for (title, figure), path in zip(
        (("Sources: agreement and dependence", plot_sources(audit)), ("Claims by source", plot_presence(audit))),
        paths, strict=True,
    ):
        _save(figure, path)
        written.append((title, path.name))
    return written
