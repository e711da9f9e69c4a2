"""Alarms on articles nobody here tuned on: FNC-1 bodies grouped by the headline they report.

Run: ``python benchmarks/bench_fnc_groups.py [--groups 250] [--rules] [--dump alarms.txt]``

The perturbation benchmark measures recall and false alarms on ECB+, which the rules were
tuned on. This one asks how the same rules behave on other real news: FNC-1 pairs
headlines with article bodies and says whether each body agrees with, discusses,
disagrees with or is unrelated to the headline. The bodies that agree with or discuss one
headline report one story; every such group of four bodies or more (the first eight of
each, a group counted once however many headlines share it) is audited as one corpus, in
a fixed random order. Nothing was injected, so every discrepancy is either a real
disagreement between the articles (they often give different ages, counts and
distances) or a false alarm: ``--dump`` writes each with its variants and sentences, to
read by hand. The output is the rate per group by kind and, with ``--rules``, by rule, and
the median audit time.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _corpora import EVAL  # noqa: E402

import crosscheck  # noqa: E402
from crosscheck.models import Source  # noqa: E402

FNC = EVAL / "fnc1"
_MIN_BODIES = 4
_MAX_BODIES = 8


def story_groups() -> list[tuple[str, list[Source]]] | None:
    """(headline, sources) for each group of bodies that agree with or discuss one headline."""
    if not (FNC / "train_stances.csv").exists():
        return None
    csv.field_size_limit(1 << 30)
    with (FNC / "train_bodies.csv").open(encoding="utf-8", newline="") as handle:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(handle)}
    related: dict[str, set[str]] = defaultdict(set)
    with (FNC / "train_stances.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Stance"] in ("agree", "discuss"):
                related[row["Headline"]].add(row["Body ID"])
    seen: set[frozenset[str]] = set()
    groups = []
    for headline, ids in sorted(related.items()):
        key = frozenset(ids)
        if len(ids) >= _MIN_BODIES and key not in seen:
            seen.add(key)
            chosen = sorted(ids, key=int)[:_MAX_BODIES]
            groups.append((headline, [Source(id=f"fnc{i}", text=bodies[i]) for i in chosen]))
    random.Random(0).shuffle(groups)
    return groups


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--groups", type=int, default=250, help="audit the first N groups")
    parser.add_argument("--rules", action="store_true", help="print the rate per rule too")
    parser.add_argument("--dump", type=Path, default=None, help="write every alarm here, to read")
    args = parser.parse_args(argv)
    groups = story_groups()
    if groups is None:
        print(f"skipped: {FNC} not found (the shared eval data is absent)")
        return 0
    groups = groups[: args.groups]
    kinds: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    times = []
    lines = []
    for headline, sources in groups:
        started = time.perf_counter()
        result = crosscheck.audit(sources)
        times.append(time.perf_counter() - started)
        by_id = {claim.id: claim for claim in result.claims}
        for d in result.discrepancies:
            kinds[d.kind.value] += 1
            rules[d.rule] += 1
            if args.dump:
                lines.append(f"== {headline[:100]} | {d.kind.value} | {d.rule}")
                for v in d.variants:  # a variant may have no sentence (an acronym's right expansion)
                    said = " ".join(by_id[v.claims[0]].text.split())[:240] if v.claims else "-"
                    lines.append(f"   {v.text!r} {list(v.sources)} :: {said}")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = max(1, len(groups))
    print(f"FNC-1 story groups: {len(groups)} ({_MIN_BODIES} to {_MAX_BODIES} bodies each), "
          f"{sum(len(s) for _, s in groups)} articles")
    print(f"discrepancies per group: {sum(kinds.values()) / n:.2f}")
    print("  by kind: " + ", ".join(f"{k} {c} ({c / n:.2f})" for k, c in sorted(kinds.items())))
    if args.rules:
        for rule, count in rules.most_common():
            print(f"  {count:5d}  {rule}")
    print(f"audit time per group, median: {statistics.median(times) * 1000:.0f} ms" if times else "no groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
