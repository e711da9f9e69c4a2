"""How a whole audit scales, against brute-force all-pairs ``cdist(fuzz.ratio)``.

Run: ``python benchmarks/bench_scale.py [--sizes 1000 10000 30000 100000] [--repeat 3]``

Corpora are real text from ``../shared/eval/``, read in place: ECB+ articles, FNC-1
article bodies, and MRPC sentences grouped twenty to a source, interleaved in a fixed
order. The pool holds about 55k sentences; larger sizes take the pool again as
syndicated copies (same text, new source ids), which is what a news cycle looks like.

For each size, in a fresh subprocess (so that peak memory is that size's own):
``audit()`` + ``to_dict()`` is timed (median of ``--repeat`` runs), with its peak
resident memory; then brute force, ``rapidfuzz.process.cdist(sentences, sentences,
scorer=fuzz.ratio, workers=-1)`` over the audit's own claim texts, in row batches of
uint8. Above ``--brute-limit`` sentences brute force is infeasible in a benchmark, so
it is timed on a sample of rows against all columns and extrapolated to all rows
(cost is linear in rows); the output says so. The growth exponent of the audit's time
is fitted on log-log (least squares over the sizes run).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _corpora import EVAL, MRPC_TRAIN, ecbplus_clusters  # noqa: E402

from crosscheck.models import Source  # noqa: E402

FNC_BODIES = EVAL / "fnc1" / "train_bodies.csv"


def _pool() -> list[tuple[str, str]]:
    """(id, text) of every real article, in a fixed interleaved order."""
    articles: list[tuple[str, str]] = []
    clusters = ecbplus_clusters()
    if clusters is not None:
        articles.extend((s.id, s.text) for _, sources in clusters for s in sources)
    if FNC_BODIES.exists():
        csv.field_size_limit(1 << 30)
        with FNC_BODIES.open(encoding="utf-8", newline="") as handle:
            articles.extend((f"fnc{row['Body ID']}", row["articleBody"]) for row in csv.DictReader(handle))
    if MRPC_TRAIN.exists():
        sentences: list[str] = []
        with MRPC_TRAIN.open(encoding="utf-8-sig") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader)
            for row in reader:
                sentences.extend(row[3:5])
        unique = sorted(set(sentences))
        articles.extend(
            (f"mrpc{n}", " ".join(unique[i : i + 20])) for n, i in enumerate(range(0, len(unique), 20))
        )
    random.Random(0).shuffle(articles)
    return articles


def _rough_sentences(text: str) -> int:
    return max(1, text.count(". ") + text.count(".\n") + text.count("? ") + text.count("! ") + 1)


def build_corpus(size: int) -> list[Source]:
    """Sources holding about ``size`` sentences of real text."""
    pool = _pool()
    sources: list[Source] = []
    total = 0
    copy = 0
    while total < size:
        for article_id, text in pool:
            suffix = f"-copy{copy}" if copy else ""
            sources.append(Source(id=f"{article_id}{suffix}", text=text))
            total += _rough_sentences(text)
            if total >= size:
                break
        copy += 1
    return sources


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(size: int, repeat: int, brute_limit: int, sample_rows: int) -> dict[str, float]:
    """Measure one size in this process; return the figures."""
    import numpy as np
    from rapidfuzz import fuzz, process

    import crosscheck

    sources = build_corpus(size)
    times = []
    result = None
    base_mib = _peak_mib()
    stages: dict[str, list[float]] = {"prepare": [], "align": [], "compare": [], "to_dict": []}
    for _ in range(repeat):
        seen: dict[str, float] = {}

        def progress(stage: str, done: int, total: int, seen: dict[str, float] = seen) -> None:
            seen.setdefault(stage, time.perf_counter())

        started = time.perf_counter()
        result = crosscheck.audit(sources, progress=progress)
        audited = time.perf_counter()
        result.to_dict()
        finished = time.perf_counter()
        times.append(finished - started)
        stages["prepare"].append(seen["align"] - started)
        stages["align"].append(seen["compare"] - seen["align"])
        stages["compare"].append(audited - seen["compare"])
        stages["to_dict"].append(finished - audited)
    assert result is not None
    audit_mib = _peak_mib()
    texts = [c.text for c in result.claims]
    n = len(texts)
    rows = texts if n <= brute_limit else random.Random(1).sample(texts, sample_rows)
    brute = []
    for _ in range(1 if n > 20000 else repeat):
        started = time.perf_counter()
        for start in range(0, len(rows), 2000):
            process.cdist(rows[start : start + 2000], texts, scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
        brute.append((time.perf_counter() - started) * n / len(rows))
    return {
        "sentences": n,
        "sources": len(result.sources),
        "clusters": len(result.clusters),
        "audit_s": statistics.median(times),
        "brute_s": statistics.median(brute),
        "extrapolated": float(n > brute_limit),
        "peak_mib": audit_mib,
        **{f"{stage}_s": statistics.median(values) for stage, values in stages.items()},
        "base_mib": base_mib,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--brute-limit", type=int, default=35000)
    parser.add_argument("--sample-rows", type=int, default=4000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        figures = run_one(args.one, args.repeat, args.brute_limit, args.sample_rows)
        print(json.dumps(figures))
        return 0
    if not (EVAL / "ecbplus").exists():
        print(f"skipped: {EVAL} not found (the shared eval data is absent)")
        return 0
    rows = []
    for size in args.sizes:
        repeat = args.repeat if size <= 10000 else 1
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--repeat", str(repeat),
             "--brute-limit", str(args.brute_limit), "--sample-rows", str(args.sample_rows)],
            check=True, capture_output=True, text=True,
        )
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(figures)
        note = " (extrapolated from a row sample)" if figures["extrapolated"] else ""
        print(f"{figures['sentences']:>7} sentences, {figures['sources']:>5} sources: "
              f"audit+to_dict {figures['audit_s']:8.2f} s (median of {repeat}), "
              f"brute-force cdist(fuzz.ratio) {figures['brute_s']:8.2f} s{note}, "
              f"ratio {figures['audit_s'] / figures['brute_s']:.3f}, "
              f"peak RSS {figures['peak_mib']:.0f} MiB", flush=True)
        print(f"{'':>9}stages: prepare {figures['prepare_s']:.2f} s, align {figures['align_s']:.2f} s "
              f"(ratio to brute force {figures['align_s'] / figures['brute_s']:.3f}), "
              f"compare {figures['compare_s']:.2f} s, to_dict {figures['to_dict_s']:.2f} s", flush=True)
    if len(rows) >= 2:
        xs = [math.log(r["sentences"]) for r in rows]
        ys = [math.log(r["audit_s"]) for r in rows]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        ms = [math.log(max(1.0, r["peak_mib"] - rows[0]["base_mib"])) for r in rows]
        mm = statistics.fmean(ms)
        mem_slope = sum((x - mx) * (m - mm) for x, m in zip(xs, ms, strict=True)) / sum((x - mx) ** 2 for x in xs)
        print(f"growth exponent of audit time (log-log fit): {slope:.2f} (target <= 1.2)")
        for stage in ("prepare", "align", "compare"):
            zs = [math.log(max(1e-3, r[f"{stage}_s"])) for r in rows]
            mz = statistics.fmean(zs)
            growth = sum((x - mx) * (z - mz) for x, z in zip(xs, zs, strict=True)) / sum((x - mx) ** 2 for x in xs)
            print(f"  growth exponent of {stage}: {growth:.2f}")
        print(f"growth exponent of peak memory above start-up: {mem_slope:.2f} (linear = 1.0)")
        for r in rows:
            if r["sentences"] >= 9000:
                verdict = "met" if r["audit_s"] <= 0.1 * r["brute_s"] else "NOT met"
                print(f"target audit <= 0.1 x brute force at {r['sentences']} sentences: {verdict} "
                      f"({r['audit_s'] / r['brute_s']:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
