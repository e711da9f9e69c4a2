"""Do documents about the same event share corroborated claims, and others not?

Run: ``python benchmarks/bench_ecbplus_alignment.py [--topics N]``

ECB+ (``../shared/eval/ecbplus/``, read in place) has 43 topics, each with two
different events of the same kind: ``<t>_*ecb.xml`` about one, ``<t>_*ecbplus.xml``
about the other (two earthquakes, two celebrity rehab stays...). For each topic, all its
documents are audited together, as a user who loaded every article on "an earthquake"
would. For every pair of documents we count the clusters both are in; the benchmark
prints the mean per pair, for pairs about the same event and for pairs about the
topic's two different events, for corroborated clusters and for all multi-source
clusters (corroborated or conflicting), and the ratio of the two rates.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpora import ecbplus_clusters

import crosscheck
from crosscheck.models import Label, Source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=0, help="only the first N topics (0: all)")
    args = parser.parse_args()
    clusters = ecbplus_clusters()
    if clusters is None:
        print("skipped: ../shared/eval/ecbplus not found (the shared eval data is absent)")
        return 0
    topics: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for cluster_id, sources in clusters:
        topic, event = cluster_id.split("_", 1)
        topics[topic].extend((event, s) for s in sources)
    names = sorted(topics, key=int)
    if args.topics:
        names = names[: args.topics]
    counts = dict.fromkeys(("same_pairs", "other_pairs", "same_corr", "other_corr", "same_any", "other_any"), 0)
    started = time.perf_counter()
    n_claims = 0
    for topic in names:
        members = topics[topic]
        event_of = {s.id: event for event, s in members}
        result = crosscheck.audit([s for _, s in members])
        n_claims += len(result.claims)
        for a, b in itertools.combinations(sorted(event_of), 2):
            kind = "same" if event_of[a] == event_of[b] else "other"
            counts[f"{kind}_pairs"] += 1
        for cluster in result.clusters:
            if len(cluster.sources) < 2:
                continue
            for a, b in itertools.combinations(sorted(cluster.sources), 2):
                kind = "same" if event_of[a] == event_of[b] else "other"
                counts[f"{kind}_any"] += 1
                if cluster.label is Label.CORROBORATED:
                    counts[f"{kind}_corr"] += 1
    elapsed = time.perf_counter() - started
    print(f"ECB+: {len(names)} topics, {n_claims} claims, audited in {elapsed:.1f} s")
    for what, key in (("corroborated", "corr"), ("multi-source (corroborated or conflicting)", "any")):
        same = counts[f"same_{key}"] / max(1, counts["same_pairs"])
        other = counts[f"other_{key}"] / max(1, counts["other_pairs"])
        ratio = same / other if other else float("inf")
        print(f"{what} clusters shared per document pair: same event {same:.3f} "
              f"({counts['same_pairs']} pairs), other event of the topic {other:.3f} "
              f"({counts['other_pairs']} pairs); ratio {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
