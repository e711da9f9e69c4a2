"""Dependence detection on real news text from ../shared/eval/ (dev figures).

Prints, for crosscheck's detector and for a naive baseline measured in the same run
(whole-text ``fuzz.token_sort_ratio`` >= 70):

* copies: the share of (article, lightly rewritten copy) pairs found dependent, on
  FNC-1 bodies (the copy is made by the seeded generator of tests/rewrite.py), at two
  strengths of rewriting;
* fnc1-random: the share of pairs of two different FNC-1 bodies found dependent;
* ecb+ same-event: the share of pairs of different documents of one ECB+ cluster (one
  event, usually different outlets) found dependent: should be low; dependence there
  is often real (wire reprints), so it is not all error;
* ecb+ other-event: pairs across the two events of one topic (a hard negative);
* median seconds per pair (crosscheck: ``find_provenance`` on cleaned sources; baseline:
  one ``token_sort_ratio``), and the ratio to the baseline.

Run: ``python benchmarks/bench_dependence.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _corpora import EVAL, ecbplus_clusters  # noqa: E402

from crosscheck.config import AuditConfig  # noqa: E402
from crosscheck.models import Source  # noqa: E402
from crosscheck.pipeline import prepare_source  # noqa: E402
from crosscheck.provenance import find_provenance  # noqa: E402
from tests.rewrite import rewrite  # noqa: E402

FNC1_BODIES = EVAL / "fnc1" / "train_bodies.csv"

Detector = Callable[[Source, Source], bool]


CONFIG = AuditConfig()


def crosscheck_detector(a: Source, b: Source) -> bool:
    """Sources come cleaned (``prepare_source``, outside the timing), as inside an audit."""
    return len(find_provenance([a, b], CONFIG).origins) == 1


def baseline_detector(a: Source, b: Source) -> bool:
    return fuzz.token_sort_ratio(a.text, b.text) >= 70


def _fnc1_bodies(limit: int) -> list[str]:
    with FNC1_BODIES.open(encoding="utf-8", newline="") as handle:
        bodies = [row["articleBody"] for row in csv.DictReader(handle)]
    return [b for b in bodies if len(b.split()) >= 80][:limit]


def _rate(pairs: list[tuple[Source, Source]], detector: Detector, times: list[float]) -> float:
    hits = 0
    for a, b in pairs:
        start = time.perf_counter()
        hits += detector(a, b)
        times.append(time.perf_counter() - start)
    return hits / len(pairs) if pairs else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="FNC-1 bodies to use (default 300)")
    args = parser.parse_args()
    if not FNC1_BODIES.exists() or ecbplus_clusters() is None:
        print(f"skipped: {EVAL} not found (the evaluation data lives beside the project, in ../shared/eval)")
        return 0

    bodies = _fnc1_bodies(args.limit)
    copies = [(Source(id="a", text=t), Source(id="b", text=rewrite(t, seed=n))) for n, t in enumerate(bodies)]
    heavy = [
        (Source(id="a", text=t), Source(id="b", text=rewrite(t, seed=n, drop_sentence=0.3, drop_word=0.08)))
        for n, t in enumerate(bodies)
    ]
    rng = random.Random(0)
    randoms = []
    for n in range(len(bodies)):
        other = rng.randrange(len(bodies))
        if other != n:
            randoms.append((Source(id="a", text=bodies[n]), Source(id="b", text=bodies[other])))

    same_event: list[tuple[Source, Source]] = []
    by_topic: dict[int, list[list[Source]]] = {}
    clusters = ecbplus_clusters()
    assert clusters is not None
    for cluster_id, sources in clusters:
        same_event += list(itertools.combinations(sources, 2))
        by_topic.setdefault(int(cluster_id.split("_")[0]), []).append(sources)
    other_event = []
    for groups in by_topic.values():
        if len(groups) == 2:
            other_event += list(itertools.product(groups[0][:4], groups[1][:4]))
    assert same_event and other_event and copies, "no evaluation pairs were built"

    sets = [
        ("copies (light rewrite)", copies, "want high"),
        ("copies (heavy rewrite)", heavy, "want high"),
        ("fnc1-random", randoms, "want ~0"),
        ("ecb+ same-event", same_event, "want low"),
        ("ecb+ other-event", other_event, "want ~0"),
    ]
    cleaned: dict[int, Source] = {}

    def clean(source: Source) -> Source:
        if id(source) not in cleaned:
            cleaned[id(source)] = prepare_source(source, CONFIG)[0]
        return cleaned[id(source)]

    sets = [(name, [(clean(a), clean(b)) for a, b in pairs], want) for name, pairs, want in sets]
    print(f"{'pairs':<26}{'n':>6}{'crosscheck':>12}{'baseline':>10}   ")
    times: dict[str, list[float]] = {"crosscheck": [], "baseline": []}
    for name, pairs, want in sets:
        ours = _rate(pairs, crosscheck_detector, times["crosscheck"])
        base = _rate(pairs, baseline_detector, times["baseline"])
        print(f"{name:<26}{len(pairs):>6}{ours:>12.3f}{base:>10.3f}   ({want})")
    ours_t = statistics.median(times["crosscheck"])
    base_t = statistics.median(times["baseline"])
    print(f"median seconds per pair: crosscheck {ours_t:.5f}, baseline {base_t:.5f}, ratio {ours_t / base_t:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
