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


def _warm_up() -> None:
    """Import and cache what the first audit loads (the stemmer, Punkt), outside the timings."""
    import crosscheck

    crosscheck.audit(["Officials met in Seoul on Tuesday to talk.", "Officials met in Seoul on Friday to talk."])


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_align_only(size: int, repeat: int, brute_limit: int, sample_rows: int) -> dict[str, float]:
    """Prepare (clean, segment, facts) and align, without compare/labels: the aligner's share."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from crosscheck.align import align_claims
    from crosscheck.config import AuditConfig
    from crosscheck.pipeline import prepare_source

    sources = build_corpus(size)
    config = AuditConfig()
    _warm_up()
    base_mib = _peak_mib()
    prepare_times, align_times = [], []
    claims = []
    for _ in range(repeat):
        started = time.perf_counter()
        claims = [c for s in sources for c in prepare_source(s, config)[1]]
        prepared = time.perf_counter()
        align_claims(claims, config)
        prepare_times.append(prepared - started)
        align_times.append(time.perf_counter() - prepared)
    texts = [c.text for c in claims]
    n = len(texts)
    rows = texts if n <= brute_limit else random.Random(1).sample(texts, sample_rows)
    started = time.perf_counter()
    for start in range(0, len(rows), 2000):
        process.cdist(rows[start : start + 2000], texts, scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
    brute = (time.perf_counter() - started) * n / len(rows)
    return {
        "sentences": n,
        "sources": len(sources),
        "prepare_s": statistics.median(prepare_times),
        "align_s": statistics.median(align_times),
        "brute_s": brute,
        "extrapolated": float(n > brute_limit),
        "peak_mib": _peak_mib(),
        "base_mib": base_mib,
    }


def run_one(size: int, repeat: int, brute_limit: int, sample_rows: int) -> dict[str, float]:
    """Measure one size in this process; return the figures."""
    import numpy as np
    from rapidfuzz import fuzz, process

    import crosscheck

    sources = build_corpus(size)
    _warm_up()
    times = []
    result = None
    base_mib = _peak_mib()
    stages: dict[str, list[float]] = {"prepare": [], "align": [], "compare": [], "to_dict": []}
    for _ in range(repeat):
        seen: dict[str, float] = {}
        ended: dict[str, float] = {}

        def progress(
            stage: str, done: int, total: int, seen: dict[str, float] = seen, ended: dict[str, float] = ended
        ) -> None:
            seen.setdefault(stage, time.perf_counter())
            ended[stage] = time.perf_counter()

        started = time.perf_counter()
        result = crosscheck.audit(sources, progress=progress)
        audited = time.perf_counter()
        result.to_dict()
        finished = time.perf_counter()
        times.append(finished - started)
        stages["prepare"].append(ended["prepare"] - started)
        stages["align"].append(seen["compare"] - ended["prepare"])
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
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--align-only", action="store_true",
                        help="time prepare + align_claims only (no compare, labels or to_dict)")
    args = parser.parse_args()
    if args.one:
        run = run_align_only if args.align_only else run_one
        figures = run(args.one, args.repeat, args.brute_limit, args.sample_rows)
        print(json.dumps(figures))
        return 0
    if not (EVAL / "ecbplus").exists():
        print(f"skipped: {EVAL} not found (the shared eval data is absent)")
        return 0
    rows = []
    total_key = "prepare+align" if args.align_only else "audit+to_dict"
    for size in args.sizes:
        repeat = args.repeat if size <= 10000 else 1
        command = [sys.executable, __file__, "--one", str(size), "--repeat", str(repeat),
                   "--brute-limit", str(args.brute_limit), "--sample-rows", str(args.sample_rows)]
        if args.align_only:
            command.append("--align-only")
        try:
            out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"~{size} sentences: did not finish within {args.timeout} s", flush=True)
            continue
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        if args.align_only:
            figures["total_s"] = figures["prepare_s"] + figures["align_s"]
        else:
            figures["total_s"] = figures["audit_s"]
        rows.append(figures)
        note = " (extrapolated from a row sample)" if figures["extrapolated"] else ""
        print(f"{figures['sentences']:>7} sentences, {figures['sources']:>5} sources: "
              f"{total_key} {figures['total_s']:8.2f} s (median of {repeat}), "
              f"brute-force cdist(fuzz.ratio) {figures['brute_s']:8.2f} s{note}, "
              f"ratio {figures['total_s'] / figures['brute_s']:.3f}, "
              f"peak RSS {figures['peak_mib']:.0f} MiB", flush=True)
        stages = ("prepare", "align") if args.align_only else ("prepare", "align", "compare", "to_dict")
        print(f"{'':>9}stages: " + ", ".join(f"{st} {figures[st + '_s']:.2f} s" for st in stages)
              + f"; align / brute force {figures['align_s'] / figures['brute_s']:.4f}", flush=True)
    if len(rows) >= 2:
        xs = [math.log(r["sentences"]) for r in rows]
        mx = statistics.fmean(xs)

        def exponent(values: list[float]) -> float:
            zs = [math.log(max(1e-3, v)) for v in values]
            mz = statistics.fmean(zs)
            return sum((x - mx) * (z - mz) for x, z in zip(xs, zs, strict=True)) / sum((x - mx) ** 2 for x in xs)

        print(f"growth exponent of {total_key} time (log-log fit): "
              f"{exponent([r['total_s'] for r in rows]):.2f} (target <= 1.2)")
        for stage in ("prepare", "align") if args.align_only else ("prepare", "align", "compare"):
            print(f"  growth exponent of {stage}: {exponent([r[stage + '_s'] for r in rows]):.2f}")
        print(f"growth exponent of brute force: {exponent([r['brute_s'] for r in rows]):.2f}")
        memory = [max(1.0, r["peak_mib"] - r["base_mib"]) for r in rows]
        print(f"growth exponent of peak memory above start-up: {exponent(memory):.2f} (linear = 1.0)")
        for r in rows:
            if r["sentences"] >= 8000:  # the "10k" corpus holds ~8.8k claims
                verdict = "met" if r["total_s"] <= 0.1 * r["brute_s"] else "NOT met"
                print(f"target {total_key} <= 0.1 x brute force at {r['sentences']} sentences: {verdict} "
                      f"({r['total_s'] / r['brute_s']:.3f}); align alone {r['align_s'] / r['brute_s']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
