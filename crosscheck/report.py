"""Render an :class:`~crosscheck.models.Audit` as JSON data or a Markdown report.

Pure functions: no file I/O. Everything that came from a source is escaped before it
reaches Markdown, so a source cannot inject a link, an image, HTML or a table break.
The same audit always renders to the same bytes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from crosscheck.models import Audit, Claim, Cluster, Discrepancy, Label, Source

__all__ = ["SCHEMA", "audit_to_dict", "escape_markdown", "render_json", "render_markdown"]

SCHEMA = "crosscheck.audit/1"

_MD_INLINE = re.compile(r"([\\`*_\[\]!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_LINKISH = re.compile(
    r"(?i)\b(?:[a-z][a-z0-9+.-]{1,15}:(?://|(?=[^\s]*[/@.]))[^\s<>]*|www\.[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def _escape_plain(text: str) -> str:
    text = "".join(_HTML.get(ch, ch) for ch in text)
    return _MD_INLINE.sub(r"\\\1", text)


def _code_span(text: str) -> str:
    runs = [len(r) for r in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def escape_markdown(text: str) -> str:
    """Escape text from a source so that Markdown shows it literally, on one line.

    HTML is neutralised and Markdown punctuation escaped, so ``![x](y)``, ``<script>``,
    ``|`` (in a table) and backticks are plain text. Anything a renderer could turn
    into a link (a URL, ``javascript:``, ``www.``, an e-mail address) is shown as inline
    code, which no renderer links. Line breaks become spaces, and invisible control
    characters (bidirectional overrides included) are shown as their code points.

    >>> print(escape_markdown("![x](http://e.vil) <b>|</b>"))
    \\!\\[x\\](`http://e.vil)` &lt;b&gt;\\|&lt;/b&gt;
    """
    text = re.sub(r"[\r\n\t\v\f]+", " ", text)
    text = _BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    text = "".join(ch if ch.isprintable() or ch == " " else f"<U+{ord(ch):04X}>" for ch in text)
    parts = []
    position = 0
    for match in _LINKISH.finditer(text):
        parts.append(_escape_plain(text[position : match.start()]))
        parts.append(_code_span(match.group()))
        position = match.end()
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    return _LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def _code(text: str) -> str:
    """An identifier made from a source's name (ids, file stems): escaped like any text."""
    return escape_markdown(text)


def _heading(level: int, title: str, anchor: str) -> list[str]:
    return [f'<a id="{anchor}"></a>', "", f"{'#' * level} {title}", ""]


# --------------------------------------------------------------------------------- JSON


def audit_to_dict(audit: Audit) -> dict[str, Any]:
    """Return the audit as the JSON document of schema ``crosscheck.audit/1``."""
    cluster_of = {c: cluster.id for cluster in audit.clusters for c in cluster.claims}
    repeat_of = {c: r for cluster in audit.clusters for c, r in cluster.repeats}
    claims_per_source = Counter(c.source for c in audit.claims)  # once, not once per source
    sources_by_id = audit.sources_by_id
    sources = []
    for source in audit.sources:
        n_claims = claims_per_source[source.id]
        sources.append(
            {
                "id": source.id,
                "path": source.path,
                "title": source.title,
                "outlet": source.outlet,
                "url": source.url,
                "published": source.published.isoformat() if source.published else None,
                "encoding": source.encoding,
                "n_claims": n_claims,
                "dropped": [
                    {"start": d.start, "end": d.end, "reason": d.reason, "text": source.text[d.start : d.end]}
                    for d in source.dropped
                ],
            }
        )
    claims = []
    for claim in audit.claims:
        source = sources_by_id[claim.source]
        line, column = source.line_col(claim.start)
        claims.append(
            {
                "id": claim.id,
                "source": claim.source,
                "text": claim.text,
                "start": claim.start,
                "end": claim.end,
                "line": line,
                "column": column,
                "kind": claim.kind.value,
                "cluster": cluster_of[claim.id],
                "repeat_of": repeat_of.get(claim.id),
                "facts": [
                    {"kind": f.kind.value, "text": f.text, "start": f.start, "end": f.end,
                     "value": f.value, "unit": f.unit}
                    for f in claim.facts
                ],
            }
        )
    clusters = [
        {
            "id": cluster.id,
            "label": cluster.label.value,
            "claims": list(cluster.claims),
            "sources": list(cluster.sources),
            "repeats": [{"claim": c, "repeat_of": r} for c, r in cluster.repeats],
            "pairs": [{"a": p.a, "b": p.b, "score": p.score} for p in cluster.pairs],
            "discrepancies": list(cluster.discrepancies),
            "reason": cluster.reason,
        }
        for cluster in audit.clusters
    ]
    discrepancies = [
        {
            "id": d.id,
            "kind": d.kind.value,
            "cluster": d.cluster,
            "variants": [
                {
                    "text": v.text,
                    "sources": list(v.sources),
                    "claims": list(v.claims),
                    "spans": [{"claim": c, "start": s, "end": e} for c, s, e in v.spans],
                }
                for v in d.variants
            ],
            "majority": d.majority,
            "severity": d.severity,
            "rule": d.rule,
            "explanation": d.explanation,
        }
        for d in audit.discrepancies
    ]
    labels = Counter(c.label.value for c in audit.clusters)
    return {
        "schema": SCHEMA,
        "summary": {
            "sources": len(audit.sources),
            "claims": len(audit.claims),
            "clusters": len(audit.clusters),
            "labels": {label.value: labels.get(label.value, 0) for label in Label},
            "discrepancies": len(audit.discrepancies),
            "skipped": len(audit.skipped),
        },
        "sources": sources,
        "claims": claims,
        "clusters": clusters,
        "discrepancies": discrepancies,
        "reference": list(audit.reference),
        "skipped": [{"path": s.path, "reason": s.reason} for s in audit.skipped],
    }


def render_json(audit: Audit, *, indent: int | None = 2) -> str:
    """Return the JSON document as text, keys in a fixed order, ending with a newline."""
    return json.dumps(audit_to_dict(audit), ensure_ascii=False, indent=indent) + "\n"


# ----------------------------------------------------------------------------- Markdown

_LABEL_TITLES = {
    Label.CONFLICTING: "Conflicting",
    Label.CORROBORATED: "Corroborated",
    Label.SINGLE_SOURCE: "Single-source",
}


def _where(source: Source, start: int, end: int) -> str:
    line, column = source.line_col(start)
    return f"line {line}, col {column}, chars {start}–{end}"


def _quote_claim(audit: Audit, claim: Claim) -> str:
    source = audit.sources_by_id[claim.source]
    return (
        f"{_code(claim.id)} · **{_code(claim.source)}** ({_where(source, claim.start, claim.end)}, "
        f"{claim.kind.value}): {escape_markdown(claim.text)}"
    )


def _discrepancy_section(audit: Audit, d: Discrepancy) -> list[str]:
    title = f"{d.id} · {d.kind.value} · {d.severity}" + (
        f" · in [{d.cluster}](#{d.cluster})" if d.cluster else ""
    )
    lines = _heading(3, title, d.id) + [
        escape_markdown(d.explanation),
        "",
        "| Variant | Sources | Claims |",
        "|---|---|---|",
    ]
    for index, variant in enumerate(d.variants):
        mark = " **(majority)**" if d.majority == index else ""
        if d.kind.value == "reference" and not variant.sources:
            who = "reference list"
        else:
            who = ", ".join(_code(s) for s in variant.sources)
        claims = ", ".join(_code(c) for c in variant.claims) or "—"
        lines.append(f"| {escape_markdown(variant.text)}{mark} | {who} | {claims} |")
    lines.append("")
    by_id = audit.claims_by_id
    shown: list[str] = []
    for variant in d.variants:
        for claim_id in variant.claims:
            if claim_id not in shown:
                shown.append(claim_id)
    if shown:
        lines.append("Sentences:")
        lines.append("")
        for claim_id in shown:
            lines.append(f"- {_quote_claim(audit, by_id[claim_id])}")
        lines.append("")
    return lines


def _cluster_section(audit: Audit, cluster: Cluster) -> list[str]:
    by_id = audit.claims_by_id
    repeats = dict(cluster.repeats)
    n = len(cluster.sources)
    title = f"{cluster.id} · {cluster.label.value} · {n} source{'s' if n != 1 else ''}"
    lines = _heading(4, title, cluster.id) + [
        f"*{escape_markdown(cluster.reason)}*",
        "",
    ]
    for claim_id in cluster.claims:
        note = f" *(repeats {_code(repeats[claim_id])})*" if claim_id in repeats else ""
        lines.append(f"- {_quote_claim(audit, by_id[claim_id])}{note}")
    if cluster.discrepancies:
        links = ", ".join(f"[{d}](#{d})" for d in cluster.discrepancies)
        lines.append(f"- discrepancies: {links}")
    lines.append("")
    return lines


def _summary(audit: Audit) -> list[str]:
    labels = Counter(c.label for c in audit.clusters)
    lines = _heading(2, "Summary", "summary") + [
        f"{len(audit.sources)} sources, {len(audit.claims)} claims in {len(audit.clusters)} clusters: "
        f"**{labels.get(Label.CORROBORATED, 0)} corroborated**, "
        f"**{labels.get(Label.CONFLICTING, 0)} conflicting**, "
        f"{labels.get(Label.SINGLE_SOURCE, 0)} single-source. "
        f"**{len(audit.discrepancies)} discrepancies.**",
        "",
        "| Source | Claims | In corroborated | In conflicting | Single-source | Minority in | Dropped spans |",
        "|---|---|---|---|---|---|---|",
    ]
    label_of = {c: cluster.label for cluster in audit.clusters for c in cluster.claims}
    minority: Counter[str] = Counter()
    for d in audit.discrepancies:
        if d.majority is not None:
            for index, variant in enumerate(d.variants):
                if index != d.majority:
                    minority.update(set(variant.sources))
    for source in audit.sources:
        own = [c for c in audit.claims if c.source == source.id]
        counts = Counter(label_of[c.id] for c in own)
        lines.append(
            f"| {_code(source.id)} | {len(own)} | {counts.get(Label.CORROBORATED, 0)} | "
            f"{counts.get(Label.CONFLICTING, 0)} | {counts.get(Label.SINGLE_SOURCE, 0)} | "
            f"{minority.get(source.id, 0)} | {len(source.dropped)} |"
        )
    lines.append("")
    if audit.reference:
        names = ", ".join(escape_markdown(n) for n in audit.reference)
        lines += [f"Reference names checked: {names}.", ""]
    return lines


def _dropped(audit: Audit) -> list[str]:
    lines = _heading(2, "Dropped text", "dropped-text")
    rows = [(s, d) for s in audit.sources for d in s.dropped]
    if not rows:
        return lines + ["Nothing was dropped.", ""]
    lines += [
        "Page furniture and fragments kept out of the claims.",
        "",
        "| Source | Where | Reason | Text |",
        "|---|---|---|---|",
    ]
    for source, d in rows:
        text = source.text[d.start : d.end]
        if len(text) > 160:
            text = text[:157] + "..."
        lines.append(
            f"| {_code(source.id)} | {_where(source, d.start, d.end)} | "
            f"{escape_markdown(d.reason)} | {escape_markdown(text)} |"
        )
    lines.append("")
    return lines


def _toc(sections: Sequence[tuple[str, str]]) -> list[str]:
    return ["## Contents", ""] + [f"- [{title}](#{anchor})" for title, anchor in sections] + [""]


def render_markdown(audit: Audit) -> str:
    """Return the Markdown provenance report.

    Order: summary, discrepancies (variants side by side, their sources and sentences),
    claims grouped by label with provenance (source, line, column, offsets), dropped
    text, skipped inputs.
    """
    lines = ["# Cross-check audit", ""]
    by_label = {label: [c for c in audit.clusters if c.label is label] for label in Label}
    sections = [("Summary", "summary"), ("Discrepancies", "discrepancies")]
    for label in (Label.CONFLICTING, Label.CORROBORATED, Label.SINGLE_SOURCE):
        sections.append((f"{_LABEL_TITLES[label]} claims", f"{label.value}-claims"))
    sections.append(("Dropped text", "dropped-text"))
    if audit.skipped:
        sections.append(("Skipped inputs", "skipped-inputs"))
    lines += _toc(sections)
    lines += _summary(audit)

    lines += _heading(2, "Discrepancies", "discrepancies")
    if not audit.discrepancies:
        lines += ["The sources agree on every name, number, date and quotation that could be compared.", ""]
    for d in audit.discrepancies:
        lines += _discrepancy_section(audit, d)

    for label in (Label.CONFLICTING, Label.CORROBORATED, Label.SINGLE_SOURCE):
        clusters = by_label[label]
        lines += _heading(2, f"{_LABEL_TITLES[label]} claims", f"{label.value}-claims")
        if not clusters:
            lines += ["None.", ""]
        for cluster in clusters:
            lines += _cluster_section(audit, cluster)

    lines += _dropped(audit)
    if audit.skipped:
        lines += _heading(2, "Skipped inputs", "skipped-inputs") + ["| Input | Reason |", "|---|---|"]
        for skipped in audit.skipped:
            lines.append(f"| {escape_markdown(skipped.path)} | {escape_markdown(skipped.reason)} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
