"""Peak memory and time of crosscheck on large and hostile inputs.

Each scenario runs in a fresh Python process (so that one scenario's peak does not hide
another's) and reports the median over ``--repeat`` runs of: wall time, the peak of
Python allocations (tracemalloc, in a separate run so that tracing does not slow the
timed one) and the process's peak resident set size. Ratios are against the ``baseline``
scenario measured in the same run: two real articles of about 20 KB.

    python benchmarks/bench_memory.py              # every scenario but the slow ones, 3 runs each
    python benchmarks/bench_memory.py --repeat 1 --only big-2x500k,files-3000-sentences

Real text comes from ../shared/eval/fnc1 (FNC-1 article bodies), read in place; the
scenarios that need it are skipped with a message when it is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BODIES = ROOT.parent / "shared" / "eval" / "fnc1" / "train_bodies.csv"


def _real_text(n_chars: int, offset: int = 0) -> str | None:
    """About ``n_chars`` of real news text: FNC-1 bodies, one after another."""
    if not BODIES.exists():
        return None
    csv.field_size_limit(10**8)
    parts: list[str] = []
    size = 0
    with BODIES.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            if n < offset:
                continue
            parts.append(row["articleBody"].strip())
            size += len(parts[-1]) + 2
            if size >= n_chars:
                break
    return "\n\n".join(parts)[:n_chars]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ scenarios
# Each takes a scratch folder, prepares its input there (untimed) and returns the
# function to measure, or None when its data is missing.


def baseline(tmp: Path) -> Callable[[], object] | None:
    a, b = _real_text(20_000, 0), _real_text(20_000, 40)
    if a is None or b is None:
        return None
    paths = [_write(tmp, "a.txt", a), _write(tmp, "b.txt", b)]
    return lambda: _audit(paths)


def _big(size: int) -> Callable[[Path], Callable[[], object] | None]:
    def scenario(tmp: Path) -> Callable[[], object] | None:
        a, b = _real_text(size, 0), _real_text(size, 200)
        if a is None or b is None:
            return None
        paths = [_write(tmp, "a.txt", a), _write(tmp, "b.txt", b)]
        return lambda: _audit(paths)

    return scenario


def refuse_100mb(tmp: Path) -> Callable[[], object] | None:
    a, b = _real_text(20_000, 0), _real_text(20_000, 40)
    if a is None or b is None:
        return None
    _write(tmp, "a.txt", a)
    _write(tmp, "b.txt", b)
    with (tmp / "huge.txt").open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse
    return lambda: _audit([tmp])


def over_limit_6m_chars(tmp: Path) -> Callable[[], object] | None:
    a, b = _real_text(20_000, 0), _real_text(20_000, 40)
    if a is None or b is None:
        return None
    _write(tmp, "a.txt", a)
    _write(tmp, "b.txt", b)
    _write(tmp, "long.txt", (a + "\n") * (6_000_000 // len(a) + 1))
    return lambda: _audit([tmp])


def files_10000_tiny(tmp: Path) -> Callable[[], object] | None:
    for n in range(10_000):
        (tmp / f"{n:05d}.txt").write_bytes(b"ok" if n % 3 else b"Hi.\n")
    _write(tmp, "real-a.txt", "Officials from Chile met in Valparaiso on Tuesday to discuss fishing quotas.\n")
    _write(tmp, "real-b.txt", "Officials from Peru met in Valparaiso on Tuesday to discuss fishing quotas.\n")
    return lambda: _audit([tmp])


def _sentence_files(count: int) -> Callable[[Path], Callable[[], object] | None]:
    def scenario(tmp: Path) -> Callable[[], object] | None:
        import random

        words = "harbour quota vessel catch treaty minister storm bridge council budget".split()
        for n in range(count):
            rnd = random.Random(n)
            text = (
                f"Officer {rnd.choice(words).title()} said {rnd.randint(2, 99)} "
                f"{rnd.choice(words)} {rnd.choice(words)} arrived on Monday.\n"
            )
            _write(tmp, f"{n:05d}.txt", text)
        return lambda: _audit([tmp])

    return scenario


def line_50000_chars(tmp: Path) -> Callable[[], object] | None:
    words = ["fishing", "quota", "treaty", "Valparaiso", "harbour", "minister", "vessel", "catch"]
    line = " ".join(words[n % len(words)] + str(n) for n in range(6000))[:50_000]
    paths = [_write(tmp, "line.txt", line), _write(tmp, "short.txt", "Officials met in Valparaiso on Tuesday.\n")]
    return lambda: _audit(paths)


def _audit(paths: list[Path]) -> object:
    import crosscheck
    from crosscheck.errors import SkippedInputWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedInputWarning)
        audit = crosscheck.audit(crosscheck.load_sources(paths))
    return len(audit.to_markdown())


SCENARIOS: dict[str, Callable[[Path], Callable[[], object] | None]] = {
    "baseline": baseline,
    "big-2x100k": _big(100_000),
    "big-2x500k": _big(500_000),
    "refuse-100mb": refuse_100mb,
    "over-limit-6m-chars": over_limit_6m_chars,
    "files-10000-tiny": files_10000_tiny,
    "files-1000-sentences": _sentence_files(1000),
    "files-3000-sentences": _sentence_files(3000),
    "line-50000-chars": line_50000_chars,
}
SLOW = frozenset({"big-2x500k", "files-3000-sentences"})
"""Minutes each: run only when named with --only."""


def _child(name: str, traced: bool) -> None:
    """Run one scenario once and print its measurements as JSON."""
    import resource

    import crosscheck  # noqa: F401  (imports are not part of the measurement)

    with tempfile.TemporaryDirectory() as tmp:
        run = SCENARIOS[name](Path(tmp))
        if run is None:
            print(json.dumps({"skipped": f"{BODIES} is absent"}))
            return
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if traced:
            tracemalloc.start()
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else None
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "traced_mb": peak, "rss_mb": rss, "rss_before_mb": base_rss}))


def _measure(name: str, traced: bool) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", name] + (["--traced"] if traced else []),
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"{name}: failed:\n{result.stderr}")
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.traced)
        return
    if args.only:
        names = [n for n in SCENARIOS if n in args.only.split(",")]
    else:
        names = [n for n in SCENARIOS if n not in SLOW]
    if "baseline" not in names:
        names.insert(0, "baseline")
    print(f"{'scenario':<22} {'time s':>9} {'x base':>8} {'py peak MB':>11} {'x base':>8} {'RSS MB':>8} {'RSS+ MB':>8}")
    base: dict[str, float] = {}
    for name in names:
        runs = [_measure(name, traced=False) for _ in range(args.repeat)]
        if "skipped" in runs[0]:
            print(f"{name:<22} skipped: {runs[0]['skipped']}")
            continue
        traced = _measure(name, traced=True)
        seconds = statistics.median(float(r["seconds"]) for r in runs)  # type: ignore[arg-type]
        rss = statistics.median(float(r["rss_mb"]) for r in runs)  # type: ignore[arg-type]
        grown = statistics.median(float(r["rss_mb"]) - float(r["rss_before_mb"]) for r in runs)  # type: ignore[arg-type]
        peak = float(traced["traced_mb"])  # type: ignore[arg-type]
        if name == "baseline":
            base = {"seconds": seconds, "peak": peak}
        # no ratio without the baseline (skipped where its eval data is absent)
        x_time = f"{seconds / base['seconds']:>8.1f}" if base else f"{'-':>8}"
        x_peak = f"{peak / base['peak']:>8.1f}" if base else f"{'-':>8}"
        print(f"{name:<22} {seconds:>9.2f} {x_time} {peak:>11.1f} {x_peak} {rss:>8.0f} {grown:>8.0f}")
    print(f"(medians of {args.repeat} runs; py peak: tracemalloc, one extra traced run; "
          "RSS+: growth of the peak resident set during the scenario)")


if __name__ == "__main__":
    main()
