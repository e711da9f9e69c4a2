"""How an audit of results tables scales: many rows, each with the same words around its figures.

Election results, league tables and casualty lists repeat one sentence pattern hundreds of
times ("Bolton result: Labour 12345 votes, Conservative 9876 votes, turnout 61 per cent.").
Every row's figures have the same surroundings, so a search that pairs figures by their
surroundings pairs every row of one source with every row of the others: quadratic. This
benchmark builds such pages (three sources, place names made up from a seeded generator,
one vote count changed in one source), audits them and prints, per size: the audit's time,
brute-force all-pairs ``cdist(fuzz.ratio)`` over the same claims measured in the same run,
their ratio, the growth exponent of both (log-log fit over the sizes), and whether the
changed count was reported with its two values.

    python benchmarks/bench_tables.py [--rows 100 400 1600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import string
import sys
import time

import numpy as np
from rapidfuzz import fuzz, process

import crosscheck
from crosscheck.models import Source


def build_tables(rows: int, sources: int = 3, seed: int = 7) -> tuple[list[Source], tuple[str, str]]:
    """``sources`` result pages of ``rows`` rows; the last source changes one vote count.
    Returns the sources and the (original, changed) count."""
    rng = random.Random(seed)
    places = ["".join(rng.choice(string.ascii_lowercase) for _ in range(8)).title() for _ in range(rows)]
    counts = [(rng.randint(1_000, 40_000), rng.randint(1_000, 40_000), rng.randint(35, 85)) for _ in range(rows)]
    changed_row = rows // 2
    original = str(counts[changed_row][0])
    changed = str(counts[changed_row][0] + 100)
    pages = []
    for n in range(sources):
        lines = [
            f"{place} result: Labour {labour} votes, Conservative {tory} votes, turnout {turnout} per cent."
            for place, (labour, tory, turnout) in zip(places, counts, strict=True)
        ]
        if n == sources - 1:
            lines[changed_row] = lines[changed_row].replace(original, changed)
        pages.append(Source(id=f"page-{n + 1}", text="Election results\n\n" + "\n\n".join(lines) + "\n"))
    return pages, (original, changed)


def _exponent(sizes: list[int], times: list[float]) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100, 400, 1600])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    crosscheck.audit(build_tables(20)[0])  # warm up: imports, caches
    audit_times, brute_times, claims = [], [], []
    for rows in args.rows:
        pages, (original, changed) = build_tables(rows)
        runs, result = [], None
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = crosscheck.audit(pages)
            runs.append(time.perf_counter() - start)
        assert result is not None
        texts = [c.text for c in result.claims]
        brute = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            process.cdist(texts, texts, scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
            brute.append(time.perf_counter() - start)
        found = any(
            d.kind.value == "number" and {v.text for v in d.variants} == {original, changed}
            for d in result.discrepancies
        )
        audit_s, brute_s = statistics.median(runs), statistics.median(brute)
        audit_times.append(audit_s)
        brute_times.append(brute_s)
        claims.append(len(texts))
        print(
            f"{rows:6d} rows x 3 sources, {len(texts):6d} claims: audit {audit_s:7.2f} s, "
            f"brute-force cdist(fuzz.ratio) {brute_s:7.2f} s, ratio {audit_s / brute_s:6.3f}, "
            f"changed count reported: {'yes' if found else 'NO'}, discrepancies {len(result.discrepancies)}"
        )
    if len(claims) >= 2:
        print(
            f"growth exponent (log-log over claims): audit {_exponent(claims, audit_times):.2f}, "
            f"brute force {_exponent(claims, brute_times):.2f} (target for the audit: 1.2 or less)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
