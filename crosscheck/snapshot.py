"""Snapshots of an audit's verdicts, for regression tests, and the diff between two.

A snapshot keeps what a user's regression test cares about: which claims were grouped
together, each group's label, and each discrepancy's kind and variants. It leaves out
what may change harmlessly: cluster and discrepancy numbers, claim numbers, scores and
explanations. Each claim's character offsets (``start``, ``end``) are stored, to order
the claims and to help a reader find them, but never compared: a claim is known by its
source id, its text and, when its source writes that text more than once, its
``occurrence`` number.
The sources' text is fingerprinted, so a diff says when the *input* changed rather
than crosscheck.

``crosscheck snapshot ARTICLES/ -o snap.json`` writes one; a test then calls
:func:`assert_matches_snapshot`, whose error names what changed:

>>> import crosscheck
>>> audit = crosscheck.audit([
...     "Officials said 43 students were missing after the storm on Tuesday.",
...     "Officials said 42 students were missing after the storm on Tuesday.",
... ])
>>> snapshot = take_snapshot(audit)
>>> [cluster["label"] for cluster in snapshot["clusters"]]
['conflicting']
>>> compare_snapshots(snapshot, take_snapshot(audit))
[]
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from rapidfuzz import fuzz

from crosscheck import __version__
from crosscheck._io import write_atomically
from crosscheck._text import shorten
from crosscheck.errors import InputError
from crosscheck.ingest import read_bounded
from crosscheck.models import Audit

__all__ = [
    "SCHEMA",
    "SnapshotMismatch",
    "assert_matches_snapshot",
    "compare_snapshots",
    "load_snapshot",
    "render_snapshot",
    "take_snapshot",
    "write_snapshot",
]

SCHEMA = "crosscheck.snapshot/1"
UPDATE_ENV = "CROSSCHECK_UPDATE_SNAPSHOTS"
"""Set this environment variable to ``1`` to (re)write snapshots instead of comparing."""


class SnapshotMismatch(AssertionError):
    """An audit no longer gives the verdicts of its snapshot.

    Attributes:
        differences: one line for each thing that changed.
    """

    def __init__(self, message: str, differences: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.differences = tuple(differences)


# ------------------------------------------------------------------------------- taking


def _claim_refs(audit: Audit) -> dict[str, dict[str, Any]]:
    """Claim id -> its reference in a snapshot: source, text, and occurrence number."""
    seen: Counter[tuple[str, str]] = Counter()
    refs = {}
    for claim in sorted(audit.claims, key=lambda c: (c.source, c.start, c.end)):
        seen[(claim.source, claim.text)] += 1
        ref: dict[str, Any] = {"source": claim.source, "text": claim.text}
        if seen[(claim.source, claim.text)] > 1:
            ref["occurrence"] = seen[(claim.source, claim.text)]
        ref["start"], ref["end"] = claim.start, claim.end
        refs[claim.id] = ref
    return refs


def _ref_key(ref: Mapping[str, Any]) -> tuple[str, str, int]:
    return (ref["source"], ref["text"], int(ref.get("occurrence", 1)))


def take_snapshot(audit: Audit) -> dict[str, Any]:
    """Return the snapshot of an audit as plain JSON-ready data (schema ``crosscheck.snapshot/1``).

    Everything is sorted by source id and position, so the snapshot does not depend on
    the order the sources were given in.
    """
    refs = _claim_refs(audit)

    def position(claim_id: str) -> tuple[str, int, int]:
        ref = refs[claim_id]
        return (ref["source"], ref["start"], ref["end"])

    clusters: list[dict[str, Any]] = []
    for cluster in audit.clusters:
        members = sorted(cluster.claims, key=position)
        clusters.append({"label": cluster.label.value, "claims": [refs[c] for c in members]})
    clusters.sort(key=lambda c: [(r["source"], r["start"]) for r in c["claims"]])
    discrepancies = []
    for d in audit.discrepancies:
        variants = sorted(
            ({"text": v.text, "sources": sorted(v.sources)} for v in d.variants),
            key=lambda v: (v["text"], v["sources"]),
        )
        claims = sorted({c for v in d.variants for c in v.claims}, key=position)
        discrepancies.append(
            {
                "kind": d.kind.value,
                "variants": variants,
                "claims": [{"source": refs[c]["source"], "text": refs[c]["text"]} for c in claims],
            }
        )
    discrepancies.sort(key=lambda d: (d["kind"], json.dumps(d["variants"], ensure_ascii=False)))
    config = attrs.asdict(audit.config) if audit.config is not None else None
    return {
        "schema": SCHEMA,
        "crosscheck": __version__,
        "config": config,
        "reference": sorted(audit.reference),
        "sources": [
            {
                "id": source.id,
                "chars": len(source.text),
                "sha256": hashlib.sha256(source.text.encode("utf-8", "surrogatepass")).hexdigest(),
            }
            for source in sorted(audit.sources, key=lambda s: s.id)
        ],
        "skipped": sorted(Path(s.path).name for s in audit.skipped),
        "clusters": clusters,
        "discrepancies": discrepancies,
    }


def render_snapshot(snapshot: Mapping[str, Any]) -> str:
    """Return a snapshot as JSON text, ending with a newline."""
    return json.dumps(snapshot, ensure_ascii=False, indent=2) + "\n"


def write_snapshot(audit_or_snapshot: Audit | Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write the snapshot of an audit (or a snapshot already taken) to ``path``, atomically."""
    snapshot = take_snapshot(audit_or_snapshot) if isinstance(audit_or_snapshot, Audit) else audit_or_snapshot
    write_atomically(Path(path), render_snapshot(snapshot))


MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024
"""The largest snapshot read (one of a 100,000-sentence corpus is some tens of megabytes)."""


def load_snapshot(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a snapshot written by :func:`write_snapshot` or ``crosscheck snapshot``.

    Raises:
        InputError: the file cannot be read or is not a crosscheck snapshot.
    """
    raw = read_bounded(
        Path(path), MAX_SNAPSHOT_BYTES, what="a snapshot written by `crosscheck snapshot`", folder="give a snapshot file",
        too_big="is more than a snapshot holds; write it again with `crosscheck snapshot`",
    )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a crosscheck snapshot ({error}); write one with `crosscheck snapshot`") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        raise InputError(f"{path}: not a {SCHEMA} snapshot (schema {found!r}); write it again with `crosscheck snapshot`")
    problem = _shape_problem(data)
    if problem is None and not isinstance(data.get("config"), (dict, type(None))):
        problem = "config is not an object"
    if problem is None and any(
        not isinstance(ref.get("occurrence", 1), int) for cluster in data["clusters"] for ref in cluster["claims"]
    ):
        problem = "a claim's occurrence is not a number"
    if problem is not None:
        raise InputError(f"{path}: not a whole {SCHEMA} snapshot ({problem}); write it again with `crosscheck snapshot`")
    return data


_REF = {"source": str, "text": str}
_SHAPE: dict[str, Any] = {
    "reference": [str],
    "sources": [{"id": str, "chars": int, "sha256": str}],
    "skipped": [str],
    "clusters": [{"label": str, "claims": [{**_REF, "start": int, "end": int}]}],
    "discrepancies": [{"kind": str, "variants": [{"text": str, "sources": [str]}], "claims": [_REF]}],
}
"""What a snapshot holds: a list of one shape is ``[shape]``, a mapping its keys' shapes."""


def _shape_problem(value: Any, shape: Any = None, where: str = "") -> str | None:
    """Where ``value`` departs from ``shape`` (:data:`_SHAPE` by default), or ``None``."""
    if shape is None:
        shape = _SHAPE
    if isinstance(shape, list):
        if not isinstance(value, list):
            return f"{where or 'it'} is not a list"
        for n, item in enumerate(value):
            problem = _shape_problem(item, shape[0], f"{where}[{n}]")
            if problem is not None:
                return problem
        return None
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            return f"{where or 'it'} is not an object"
        for key, inner in shape.items():
            if key not in value:
                return f"{where}.{key} is missing" if where else f"{key!r} is missing"
            problem = _shape_problem(value[key], inner, f"{where}.{key}" if where else key)
            if problem is not None:
                return problem
        return None
    ok = isinstance(value, shape) and not (shape is int and isinstance(value, bool))
    return None if ok else f"{where} is not {'a number' if shape is int else 'text'}"


# ---------------------------------------------------------------------------- comparing


def _short(text: str, width: int = 70) -> str:
    return repr(shorten(" ".join(text.split()), width))


def _describe(ref: Mapping[str, Any]) -> str:
    return f"{ref['source']}: {_short(ref['text'])}"


def _group(refs: Sequence[Mapping[str, Any]]) -> str:
    return "[" + "; ".join(_describe(r) for r in refs) + "]"


def _variants(d: Mapping[str, Any]) -> str:
    # a variant no source writes: the reference list's name, or what an acronym's letters stand for
    nobody = "reference list" if d["kind"] == "reference" else "no source"
    return " vs ".join(f"{v['text']!r} ({', '.join(v['sources']) or nobody})" for v in d["variants"])


def _discrepancy_key(d: Mapping[str, Any]) -> str:
    variants = [(v["text"], list(v["sources"])) for v in d["variants"]]
    return json.dumps([d["kind"], sorted(variants)], ensure_ascii=False)


_EDITED_AT_LEAST = 80
"""How alike (``fuzz.ratio``) a claim that disappeared and one that appeared in its source
must be to be one claim edited."""


def _edited_pairs(
    gone: Sequence[Mapping[str, Any]], came: Sequence[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Each claim that disappeared with the most alike one that appeared in its source, where
    they are alike enough to be one claim edited (each claim in one pair at most)."""
    pairs = []
    taken: set[int] = set()
    for old in gone:
        scored = [
            (fuzz.ratio(old["text"], new["text"]), n) for n, new in enumerate(came)
            if n not in taken and new["source"] == old["source"]
        ]
        best = max(scored, default=None, key=lambda pair: (pair[0], -pair[1]))
        if best is not None and best[0] >= _EDITED_AT_LEAST:
            taken.add(best[1])
            pairs.append((old, came[best[1]]))
    return pairs


def _where_differ(old: str, new: str, width: int = 70) -> tuple[str, str]:
    """The two texts around where they first differ, cut to about ``width`` characters:
    "…the coastal town of Marlow late…" / "…the coastal town of Marlowe late…"."""
    old, new = " ".join(old.split()), " ".join(new.split())
    at = next((n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    start = max(0, at - width // 3)
    start = old.rfind(" ", 0, start) + 1 if start else 0  # from a word's start
    lead = "…" if start else ""
    return lead + shorten(old[start:], width), lead + shorten(new[start:], width)


def compare_snapshots(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    """Return one line for each difference between two snapshots; empty when they agree.

    Reported: settings, reference names, sources added, removed or with changed text,
    skipped inputs, claims that appeared or disappeared, clusters that split or merged,
    labels that changed, and discrepancies that appeared or disappeared. Offsets,
    numbering, scores and wording of explanations are not compared.
    """
    lines: list[str] = []
    if expected.get("schema") != actual.get("schema"):
        return [f"schema changed: {expected.get('schema')!r} -> {actual.get('schema')!r}"]
    old_config, new_config = expected.get("config") or {}, actual.get("config") or {}
    for key in sorted(old_config.keys() | new_config.keys()):
        if old_config.get(key) != new_config.get(key):
            lines.append(f"setting changed: {key} {old_config.get(key)!r} -> {new_config.get(key)!r}")
    if expected["reference"] != actual["reference"]:
        lines.append(f"reference names changed: {expected['reference']} -> {actual['reference']}")

    old_sources = {s["id"]: s for s in expected["sources"]}
    new_sources = {s["id"]: s for s in actual["sources"]}
    for sid in sorted(old_sources.keys() - new_sources.keys()):
        lines.append(f"source removed: {sid}")
    for sid in sorted(new_sources.keys() - old_sources.keys()):
        lines.append(f"source added: {sid}")
    for sid in sorted(old_sources.keys() & new_sources.keys()):
        if old_sources[sid]["sha256"] != new_sources[sid]["sha256"]:
            lines.append(
                f"source text changed: {sid} ({old_sources[sid]['chars']} -> {new_sources[sid]['chars']} "
                "characters); the input changed, not only crosscheck"
            )
    for name in sorted(set(expected["skipped"]) ^ set(actual["skipped"])):
        lines.append(f"skipped input {'no longer' if name in expected['skipped'] else 'now'} skipped: {name}")

    def index(snapshot: Mapping[str, Any]) -> tuple[dict[tuple[str, str, int], int], list[Mapping[str, Any]]]:
        where = {}
        for n, cluster in enumerate(snapshot["clusters"]):
            for ref in cluster["claims"]:
                where[_ref_key(ref)] = n
        return where, list(snapshot["clusters"])

    old_where, old_clusters = index(expected)
    new_where, new_clusters = index(actual)
    refs = {_ref_key(r): r for c in (*old_clusters, *new_clusters) for r in c["claims"]}
    gone = sorted(old_where.keys() - new_where.keys())
    came = sorted(new_where.keys() - old_where.keys())
    # a claim of one source reworded in place (a name edited): one line that shows the words
    # that differ, not two lines cut short before them
    edited = _edited_pairs([refs[k] for k in gone], [refs[k] for k in came])
    for old_key, new_key in ((_ref_key(a), _ref_key(b)) for a, b in edited):
        before, after = _where_differ(refs[old_key]["text"], refs[new_key]["text"])
        lines.append(
            f"claim changed: {refs[old_key]['source']}: {before!r} -> {after!r} "
            f"(was {old_clusters[old_where[old_key]]['label']}, now {new_clusters[new_where[new_key]]['label']})"
        )
    paired = {_ref_key(r) for pair in edited for r in pair}
    for key in gone:
        if key not in paired:
            lines.append(f"claim disappeared: {_describe(refs[key])} (was {old_clusters[old_where[key]]['label']})")
    for key in came:
        if key not in paired:
            lines.append(f"claim appeared: {_describe(refs[key])} ({new_clusters[new_where[key]]['label']})")

    # Compare groups on the claims both snapshots have; a claim whose text changed is
    # reported above, and its group still counts as the same group.
    common = old_where.keys() & new_where.keys()
    reported_new: set[int] = set()
    for old in old_clusters:
        keys = {_ref_key(r) for r in old["claims"]} & common
        if not keys:
            continue
        targets = sorted({new_where[k] for k in keys})
        same_group = len(targets) == 1 and {
            _ref_key(r) for r in new_clusters[targets[0]]["claims"]
        } & common == keys
        if same_group:
            new = new_clusters[targets[0]]
            if new["label"] != old["label"]:
                lines.append(f"label changed: {old['label']} -> {new['label']}: {_group(old['claims'])}")
            continue
        if len(targets) == 1 and targets[0] in reported_new:
            continue
        now = " + ".join(
            f"{_group(new_clusters[t]['claims'])} ({new_clusters[t]['label']})" for t in targets
        )
        lines.append(f"claims regrouped: {_group(old['claims'])} ({old['label']}) is now {now}")
        reported_new.update(targets)

    # Count discrepancies by key: two identical ones (in different clusters) are two, and
    # losing one of them is a difference.
    old_d = Counter(_discrepancy_key(d) for d in expected["discrepancies"])
    new_d = Counter(_discrepancy_key(d) for d in actual["discrepancies"])
    examples = {_discrepancy_key(d): d for d in (*expected["discrepancies"], *actual["discrepancies"])}
    for change, counts in (("disappeared", old_d - new_d), ("appeared", new_d - old_d)):
        for key in sorted(counts):
            d = examples[key]
            lines.extend([f"discrepancy {change}: {d['kind']}: {_variants(d)}"] * counts[key])
    return lines


def assert_matches_snapshot(
    audit: Audit, path: str | os.PathLike[str], *, update: bool | None = None
) -> None:
    """Assert that ``audit`` gives the verdicts saved in the snapshot at ``path``.

    With ``update=True`` (or the environment variable ``CROSSCHECK_UPDATE_SNAPSHOTS=1``)
    the snapshot is written instead, and the assertion passes.

    Raises:
        SnapshotMismatch: (an :class:`AssertionError`) the snapshot is missing, or the
            audit differs from it; the message lists every difference.
    """
    if update is None:
        update = os.environ.get(UPDATE_ENV, "") == "1"
    if update:
        write_snapshot(audit, path)
        return
    if not Path(path).exists():
        raise SnapshotMismatch(
            f"{path}: no snapshot yet; write one with `crosscheck snapshot ARTICLES... -o {path}` "
            f"or run the test once with {UPDATE_ENV}=1"
        )
    differences = compare_snapshots(load_snapshot(path), take_snapshot(audit))
    if differences:
        listing = "\n".join(f"  - {line}" for line in differences)
        raise SnapshotMismatch(
            f"the audit differs from the snapshot {path} in {len(differences)} way(s):\n{listing}\n"
            f"(if the change is intended, run again with {UPDATE_ENV}=1 to update the snapshot)",
            differences,
        )
