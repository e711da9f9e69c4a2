"""Render an :class:`~crosscheck.models.Audit` as JSON data or a Markdown report.

Pure functions: no file I/O. Everything that came from a source is escaped before it
reaches Markdown, so a source cannot inject a link, an image, HTML or a table break.
The same audit always renders to the same bytes.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

from crosscheck._gc import collector_paused
from crosscheck._text import counted, shorten, show_invisible
from crosscheck.config import AuditConfig
from crosscheck.models import Audit, Claim, Cluster, Discrepancy, Label, Source
from crosscheck.provenance import Dependency, SharedPassage, SourceProfile, source_profiles

__all__ = ["SCHEMA", "audit_to_dict", "escape_markdown", "render_html_summary", "render_json", "render_markdown"]

SCHEMA = "crosscheck.audit/1"

_MD_INLINE = re.compile(r"([\\`*_\[\]!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINKISH = re.compile(
    # "|" ends a link: inside inline code it would still split a table cell
    # no \b: "²http://x" has no word boundary before "http", and is still linked
    # "//host/path" is a link without its scheme (linkify-it follows it)
    r"(?i)(?:[a-z][a-z0-9+.-]{1,15}:(?://|(?=[^\s|]*[/@.]))[^\s<>|]*|www\.[^\s<>|]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w:/])//[^\s<>|/]+[^\s<>|]*)"
)
# a dot between anything written and a letter: linkify-it takes symbols ("|", "~", "$")
# for letters of a domain, and a table cell's "\|" is "|" again by the time it looks
_DOMAIN_DOT = re.compile(r"(?<=[^\s.])\.(?=[^\W\d_])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+=-])|(\d+)([.)]))")


def _escape_plain(text: str) -> str:
    text = "".join(_HTML.get(ch, ch) for ch in text)
    text = _MD_INLINE.sub(r"\\\1", text)
    # "evil.com" is linked by renderers that autolink bare domains; "evil\.com" is not
    return _DOMAIN_DOT.sub(r"\\.", text)


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
    text = show_invisible(text)
    parts = []
    position = 0
    for match in _LINKISH.finditer(text):
        parts.append(_escape_plain(text[position : match.start()]))
        parts.append(_code_span(match.group()))
        position = match.end()
    parts.append(_escape_plain(text[position:]))
    escaped = _LINE_START.sub(_escape_line_start, "".join(parts), count=1)
    # spaces that open the text ("    a.txt") would indent it into a code block after
    # "- " or at a line's start: shown as character references, which indent nothing
    indent = len(escaped) - len(escaped.lstrip(" "))
    return "&#32;" * indent + escaped[indent:] if indent else escaped


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


def audit_to_dict(audit: Audit, *, profiles: Sequence[SourceProfile] | None = None) -> dict[str, Any]:
    """Return the audit as the JSON document of schema ``crosscheck.audit/1``.

    ``profiles`` are the audit's :func:`~crosscheck.provenance.source_profiles`, when the
    caller has them already.
    """
    with collector_paused():  # a dict for every claim, fact and variant, all kept
        return _audit_dict(audit, profiles)


def _audit_dict(audit: Audit, profiles: Sequence[SourceProfile] | None) -> dict[str, Any]:
    repeat_of = {c: r for cluster in audit.clusters for c, r in cluster.repeats}
    by_source = {p.source: p for p in (source_profiles(audit) if profiles is None else profiles)}
    origin_of = _origin_of(audit)
    sources = []
    for source in audit.sources:
        profile = by_source[source.id]
        n_claims = profile.claims
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
                "origin": profile.origin,
                "profile": _profile_dict(profile),
                "dropped": [
                    {"start": d.start, "end": d.end, "reason": d.reason, "text": source.text[d.start : d.end]}
                    for d in source.dropped
                ],
            }
        )
    claims = []
    for claim in audit.claims:
        source = audit.sources_by_id[claim.source]
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
                "cluster": audit.cluster_of(claim.id).id,
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
            "independent_sources": cluster.independent_sources,
            "origins": list(cluster.origins),
            "dependent_only": cluster.dependent_only,
            "repeats": [{"claim": c, "repeat_of": r} for c, r in cluster.repeats],
            "pairs": [{"a": p.a, "b": p.b, "score": p.score} for p in cluster.pairs],
            "discrepancies": list(cluster.discrepancies),
            "reason": cluster.reason,
            "shared_quotation": cluster.shared_quotation,
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
                    "origins": sorted({origin_of.get(x, x) for x in v.sources}),
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
    provenance = audit.provenance
    return {
        "schema": SCHEMA,
        "summary": {
            "sources": len(audit.sources),
            "independent_origins": len(provenance.origins) if provenance else len(audit.sources),
            "dependent_only": sum(1 for c in audit.clusters if c.dependent_only),
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
        "origins": [
            {"id": o.id, "sources": list(o.sources), "agencies": list(o.agencies)}
            for o in (provenance.origins if provenance else ())
        ],
        "dependencies": [_dependency_dict(audit, d) for d in (provenance.dependencies if provenance else ())],
        "shared_quotations": [
            {"words": q.words, "similarity": q.similarity, "attribution": q.attribution,
             "spans": _passage_spans(audit, q)}
            for q in (provenance.quotations if provenance else ())
        ],
    }


def _origin_of(audit: Audit) -> Mapping[str, str]:
    return audit.origin_of


def _profile_dict(profile: SourceProfile) -> dict[str, Any]:
    return {
        "claims": profile.claims,
        "corroborated": profile.corroborated,
        "corroborated_share": round(profile.corroborated_share, 4),
        "dependent_only": profile.dependent_only,
        "conflicting": profile.conflicting,
        "unique": profile.unique,
        "minority": profile.minority,
        "alone": profile.alone,
        "dropped": profile.dropped,
        "dropped_chars": profile.dropped_chars,
        "outlier": profile.outlier,
    }


def _span_dict(audit: Audit, source_id: str, start: int, end: int) -> dict[str, Any]:
    source = audit.sources_by_id[source_id]
    line, column = source.line_col(start)
    return {"source": source_id, "start": start, "end": end, "line": line, "column": column,
            "text": source.text[start:end]}


def _passage_spans(audit: Audit, p: SharedPassage) -> list[dict[str, Any]]:
    return [_span_dict(audit, p.a, p.a_start, p.a_end), _span_dict(audit, p.b, p.b_start, p.b_end)]


def _dependency_dict(audit: Audit, d: Dependency) -> dict[str, Any]:
    evidence: list[dict[str, Any]] = [
        {"kind": "passage", "words": p.words, "similarity": p.similarity, "spans": _passage_spans(audit, p)}
        for p in d.passages
    ]
    evidence += [
        {"kind": "credit", "form": c.form, "agency": c.agency, "score": c.score,
         "spans": [_span_dict(audit, c.source, c.start, c.end)]}
        for c in d.credits
    ]
    return {
        "source": d.source,
        "depends_on": d.depends_on,
        "kind": d.kind,
        "score": d.score,
        "counted": d.counted,
        "direction": d.direction,
        "evidence": evidence,
        "explanation": d.explanation,
    }


_JSON_PIECES = 4096
"""Pieces of encoded JSON joined at a time."""


def render_json(audit: Audit, *, indent: int | None = 2) -> str:
    """Return the JSON document as text, keys in a fixed order, ending with a newline.

    The text is the one ``json.dumps`` gives. Indented, the encoder's millions of small pieces
    are joined a few thousand at a time, not all held at once: at 27k claims that is about
    400 MiB less at the peak, and faster; on one line (``indent=None``), ``json.dumps``'s C
    encoder writes it at once, five times faster than piece by piece.
    """
    document = audit_to_dict(audit)
    if indent is None:
        return json.dumps(document, ensure_ascii=False) + "\n"  # one line: the C encoder, at once
    pieces = json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(document)
    joined = []
    while batch := "".join(itertools.islice(pieces, _JSON_PIECES)):
        joined.append(batch)
    joined.append("\n")
    return "".join(joined)


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
        "| Variant | Sources | Independent origins | Claims |",
        "|---|---|---|---|",
    ]
    origin_of = _origin_of(audit)
    for index, variant in enumerate(d.variants):
        mark = " **(majority)**" if d.majority == index else ""
        if d.kind.value == "reference" and not variant.sources:
            who, origins = "reference list", "—"
        else:
            who = ", ".join(_code(s) for s in variant.sources) or "—"
            found = sorted({origin_of.get(s, s) for s in variant.sources})
            origins = f"{len(found)} ({', '.join(_code(o) for o in found)})" if found else "—"
        claims = ", ".join(_code(c) for c in variant.claims) or "—"
        lines.append(f"| {escape_markdown(variant.text)}{mark} | {who} | {origins} | {claims} |")
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
    label = "corroborated by dependent sources only" if cluster.dependent_only else cluster.label.value
    title = f"{cluster.id} · {label} · {n} source{'s' if n != 1 else ''}"
    if n > 1 and cluster.independent_sources is not None:
        k = cluster.independent_sources
        title += f", {k} independent origin{'s' if k != 1 else ''}"
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


def _summary(
    audit: Audit, profiles: Sequence[SourceProfile], plots: Sequence[tuple[str, str]] = ()
) -> list[str]:
    labels = Counter(c.label for c in audit.clusters)
    dependent = sum(1 for c in audit.clusters if c.dependent_only)
    origins = audit.provenance.origins if audit.provenance else ()
    n_origins = len(origins) if audit.provenance else len(audit.sources)
    lines = _heading(2, "Summary", "summary") + [
        f"{len(audit.sources)} sources from **{counted(n_origins, 'independent origin')}**, "
        f"{counted(len(audit.claims), 'claim')} in {counted(len(audit.clusters), 'cluster')}: "
        f"**{labels.get(Label.CORROBORATED, 0)} corroborated**"
        + (f" ({dependent} of them by dependent sources only)" if dependent else "")
        + f", **{labels.get(Label.CONFLICTING, 0)} conflicting**, "
        f"{labels.get(Label.SINGLE_SOURCE, 0)} single-source. "
        f"**{counted(len(audit.discrepancies), 'discrepancy', 'discrepancies')}.**",
        "",
    ]
    for origin in origins:
        if len(origin.sources) > 1:
            credited = f", crediting {', '.join(escape_markdown(a) for a in origin.agencies)}" if origin.agencies else ""
            lines.append(
                f"- {', '.join(_code(s) for s in origin.sources)} are one origin{credited} "
                "(see [Sources and their dependence](#sources))."
            )
    outliers = [p for p in profiles if p.outlier]
    for p in outliers:
        minority = f" and is in the minority of {p.minority}" if p.minority else ""
        lines.append(
            f"- Outlier: **{_code(p.source)}** stands alone against two sources or more in {p.alone} "
            f"discrepanc{'ies' if p.alone != 1 else 'y'}{minority}."
        )
    for source in audit.sources:
        if source.encoding_guessed:
            lines.append(
                f"- Encoding guessed: {_code(source.id)} is not UTF-8 and was read as "
                f"{escape_markdown(source.encoding or '')}; if its letters look wrong, re-save it as UTF-8."
            )
        elif source.unreadable_characters:
            lines.append(
                f"- Unreadable bytes: {_code(source.id)} is UTF-8 but in {source.unreadable_characters} "
                "place(s) whose bytes are not, shown as �; the rest was read as written."
            )
    if lines[-1]:
        lines.append("")
    if audit.reference:
        names = ", ".join(escape_markdown(n) for n in audit.reference)
        lines += [f"Reference names checked: {names}.", ""]
    for title, path in plots:
        lines += [f"![{escape_markdown(title)}]({quote(path)})", ""]
    return lines


def _passage_line(audit: Audit, p: SharedPassage) -> str:
    a, b = audit.sources_by_id[p.a], audit.sources_by_id[p.b]
    text = shorten(a.text[p.a_start : p.a_end], 200)
    return (
        f"{_code(p.a)} ({_where(a, p.a_start, p.a_end)}) = {_code(p.b)} ({_where(b, p.b_start, p.b_end)}), "
        f"{p.words} words, {p.similarity:.0f}% alike: {escape_markdown(text)}"
    )


def _sources_section(audit: Audit, profiles: Sequence[SourceProfile]) -> list[str]:
    lines = _heading(2, "Sources and their dependence", "sources")
    lines += [
        "Each source with what it contributes. *Corroborated* counts claims backed by two independent "
        "origins or more; *dependent only* those backed by copies of one origin; *minority*: "
        "discrepancies where fewer origins write its variant; *alone*: discrepancies where it is the "
        "only source of its variant against two or more.",
        "",
        "| Source | Origin | Title | Claims | Corroborated | Share | Dependent only | Conflicting | "
        "Unique | Minority | Alone | Dropped |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    by_id = audit.sources_by_id
    for p in profiles:
        title = shorten(by_id[p.source].title or "", 80)
        name = f"**{_code(p.source)}** (outlier)" if p.outlier else _code(p.source)
        lines.append(
            f"| {name} | {_code(p.origin)} | {escape_markdown(title)} | {p.claims} | {p.corroborated} | "
            f"{100 * p.corroborated_share:.0f}% | {p.dependent_only} | {p.conflicting} | {p.unique} | "
            f"{p.minority} | {p.alone} | {p.dropped} ({p.dropped_chars} chars) |"
        )
    lines.append("")
    provenance = audit.provenance
    if provenance is None:
        return lines + ["Dependence was not computed for this audit.", ""]
    weighed = [d for d in provenance.dependencies if d.counted]
    weak = [d for d in provenance.dependencies if not d.counted]
    lines += _heading(3, "Dependence", "dependence")
    if not weighed:
        lines += ["No source depends on another: every source is its own origin.", ""]
    for d in _listed(weighed, lambda d: d.score):
        lines += _dependency_lines(audit, d)
    lines += _more(weighed, "dependencies", "dependencies")
    lines += _heading(3, "Shared quotations", "shared-quotations")
    if not provenance.quotations:
        words = (audit.config or AuditConfig()).min_passage_words
        lines += [f"No two sources share a quotation of {words} words or more.", ""]
    else:
        lines += [
            "Passages two sources share that are quoted (in one of them at least): both report the same "
            "statement, so they agree with the statement's author, which is not copying and is not "
            "counted as dependence.",
            "",
        ]
        for q in _listed(provenance.quotations, lambda q: q.words):
            who = escape_markdown(q.attribution) if q.attribution else ""
            note = f" — attributed to {who}: both agree with {who}" if who else ""
            lines.append(f"- {_passage_line(audit, q)}{note}")
        lines += _more(provenance.quotations, "shared quotations", "shared_quotations") or [""]
    if weak:
        lines += _heading(3, "Weak evidence, not counted", "weak-evidence")
        lines += [
            "Evidence below the dependence cutoff: short shared runs (a title, a formula) and photo credits.",
            "",
        ]
        for d in _listed(weak, lambda d: d.score):
            lines += _dependency_lines(audit, d)
        lines += _more(weak, "pieces of weak evidence", "dependencies")
    return lines


MAX_LISTED = 200
"""The most dependencies (and as many shared quotations, and weak ones) the Markdown
report lists: a wire story carried by a thousand outlets links half a million pairs of
them. The strongest are listed; the JSON report keeps every one."""

_T = TypeVar("_T")


def _listed(items: Sequence[_T], strength: Callable[[_T], float]) -> list[_T]:
    """``items`` as they come when there are at most :data:`MAX_LISTED`, else the strongest
    :data:`MAX_LISTED` of them (in their order on a tie)."""
    if len(items) <= MAX_LISTED:
        return list(items)
    return sorted(items, key=lambda item: -strength(item))[:MAX_LISTED]


def _more(items: Sequence[object], what: str, key: str) -> list[str]:
    if len(items) <= MAX_LISTED:
        return []
    return [f"- … and {len(items) - MAX_LISTED} more {what}, weaker than those above "
            f"(every one is in the JSON report, under `{key}`).", ""]


def _dependency_lines(audit: Audit, d: Dependency) -> list[str]:
    target = _code(d.depends_on) if d.kind == "shared-passage" else f"the agency {escape_markdown(d.depends_on)}"
    how = {"credit": "the other credits a wire", "published": "the other was published first",
           "unknown": "direction unknown"}.get(d.direction, d.direction)
    if d.kind == "wire-credit":
        how = "its own credit"
    if d.counted:
        lines = [f"- **{_code(d.source)}** depends on {target} ({d.kind}, score {d.score:.0f}; {how})"]
    elif d.kind == "shared-passage":
        lines = [f"- {_code(d.source)} and {target} share a short run ({d.kind}, score {d.score:.0f}, not counted)"]
    else:
        lines = [f"- {_code(d.source)} credits {target} for a photo only ({d.kind}, score {d.score:.0f}, not counted)"]
    for p in d.passages:
        lines.append(f"  - {_passage_line(audit, p)}")
    for c in d.credits:
        source = audit.sources_by_id[c.source]
        lines.append(
            f"  - {c.form} {escape_markdown(c.text)} at {_where(source, c.start, c.end)} (score {c.score:.0f})"
        )
    return lines + [""]


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
        text = shorten(source.text[d.start : d.end], 160)
        lines.append(
            f"| {_code(source.id)} | {_where(source, d.start, d.end)} | "
            f"{escape_markdown(d.reason)} | {escape_markdown(text)} |"
        )
    lines.append("")
    return lines


def _toc(sections: Sequence[tuple[str, str]]) -> list[str]:
    return ["## Contents", ""] + [f"- [{title}](#{anchor})" for title, anchor in sections] + [""]


def render_markdown(audit: Audit, *, plots: Sequence[tuple[str, str]] = ()) -> str:
    """Return the Markdown provenance report.

    Order: summary, discrepancies (variants side by side, their sources, origins and
    sentences), sources and their dependence (profiles, shared passages, wire credits,
    shared quotations), claims grouped by label with provenance (source, line, column,
    offsets), dropped text, skipped inputs. ``plots`` are ``(title, relative path)``
    pairs of pictures written beside the report; the summary links them.
    """
    lines = ["# Cross-check audit", ""]
    by_label = {label: [c for c in audit.clusters if c.label is label] for label in Label}
    sections = [("Summary", "summary"), ("Discrepancies", "discrepancies"),
                ("Sources and their dependence", "sources")]
    for label in (Label.CONFLICTING, Label.CORROBORATED, Label.SINGLE_SOURCE):
        sections.append((f"{_LABEL_TITLES[label]} claims", f"{label.value}-claims"))
    sections.append(("Dropped text", "dropped-text"))
    if audit.skipped:
        sections.append(("Skipped inputs", "skipped-inputs"))
    lines += _toc(sections)
    profiles = source_profiles(audit)
    lines += _summary(audit, profiles, plots)

    lines += _heading(2, "Discrepancies", "discrepancies")
    if not audit.discrepancies:
        lines += ["The sources agree on every name, number, date and quotation that could be compared.", ""]
    for d in audit.discrepancies:
        lines += _discrepancy_section(audit, d)
    lines += _sources_section(audit, profiles)

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


# --------------------------------------------------------------------------------- HTML


def _html_text(value: object) -> str:
    """Escape text for HTML, showing invisible characters as ``<U+XXXX>`` like the Markdown."""
    return html.escape(show_invisible(str(value)))


def _cells(values: Sequence[object], tag: str = "td") -> str:
    return "".join(f"<{tag}>{_html_text(v)}</{tag}>" for v in values)


def render_html_summary(audit: Audit) -> str:
    """Return a short HTML view of the audit for notebooks: the summary, the discrepancies,
    the source profiles and the dependencies. Everything is escaped with :func:`html.escape`;
    the full report is :func:`render_markdown`'s."""
    labels = Counter(c.label for c in audit.clusters)
    n_origins = len(audit.provenance.origins) if audit.provenance else len(audit.sources)
    dependent = sum(1 for c in audit.clusters if c.dependent_only)
    parts = [
        '<div class="crosscheck-audit">',
        "<h3>Cross-check audit</h3>",
        f"<p>{len(audit.sources)} sources from <b>{counted(n_origins, 'independent origin')}</b>, "
        f"{counted(len(audit.claims), 'claim')} in {counted(len(audit.clusters), 'cluster')}: "
        f"<b>{labels.get(Label.CORROBORATED, 0)} corroborated</b> ({dependent} by dependent sources only), "
        f"<b>{labels.get(Label.CONFLICTING, 0)} conflicting</b>, {labels.get(Label.SINGLE_SOURCE, 0)} "
        f"single-source; <b>{counted(len(audit.discrepancies), 'discrepancy', 'discrepancies')}</b>.</p>",
    ]
    if audit.discrepancies:
        parts.append("<table><tr>" + _cells(["id", "kind", "variants", "majority", "explanation"], "th") + "</tr>")
        for d in audit.discrepancies:
            variants = " | ".join(f"{v.text} ({', '.join(v.sources) or 'reference list'})" for v in d.variants)
            majority = d.variants[d.majority].text if d.majority is not None else "none"
            parts.append("<tr>" + _cells([d.id, d.kind.value, variants, majority, d.explanation]) + "</tr>")
        parts.append("</table>")
    parts.append(
        "<table><tr>"
        + _cells(["source", "origin", "claims", "corroborated", "dependent only", "conflicting", "unique",
                  "minority", "alone", "dropped", "outlier"], "th")
        + "</tr>"
    )
    for p in source_profiles(audit):
        parts.append(
            "<tr>"
            + _cells([p.source, p.origin, p.claims, p.corroborated, p.dependent_only, p.conflicting, p.unique,
                      p.minority, p.alone, p.dropped, "yes" if p.outlier else ""])
            + "</tr>"
        )
    parts.append("</table>")
    weighed = [d for d in audit.provenance.dependencies if d.counted] if audit.provenance else []
    if weighed:
        parts.append("<ul>")
        parts += [f"<li>{_html_text(d.explanation)}</li>" for d in weighed]
        parts.append("</ul>")
    parts.append("</div>")
    return "\n".join(parts) + "\n"

