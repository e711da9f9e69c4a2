"""Checks on real news text nobody here wrote, read in place from ``../shared/eval/``.

The evaluation data lives beside the project, never inside it, so these tests run only
where it is present (or where ``CROSSCHECK_EVAL`` names its folder) and are skipped,
with the reason shown, everywhere else. The full figures come from the benchmarks.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
from pathlib import Path

import pytest

from crosscheck.config import AuditConfig
from crosscheck.models import Source
from crosscheck.pipeline import prepare_source
from crosscheck.provenance import find_provenance
from tests.rewrite import rewrite

EVAL = Path(os.environ.get("CROSSCHECK_EVAL", Path(__file__).resolve().parents[3] / "shared" / "eval"))
FNC1_BODIES = EVAL / "fnc1" / "train_bodies.csv"
ECBPLUS = EVAL / "ecbplus" / "ecbplus_clusters_text.jsonl"
CONFIG = AuditConfig()

pytestmark = pytest.mark.skipif(
    not (FNC1_BODIES.exists() and ECBPLUS.exists()),
    reason=f"evaluation data not found at {EVAL} (set CROSSCHECK_EVAL to its folder)",
)


def _dependent(a: Source, b: Source) -> bool:
    a, b = (prepare_source(s, CONFIG)[0] for s in (a, b))
    return len(find_provenance([a, b], CONFIG).origins) == 1


def _bodies(n: int) -> list[str]:
    with FNC1_BODIES.open(encoding="utf-8", newline="") as handle:
        bodies = [row["articleBody"] for row in csv.DictReader(handle)]
    return [b for b in bodies if len(b.split()) >= 80][:n]


def test_a_rewritten_copy_of_a_real_article_is_found_dependent():
    bodies = _bodies(40)
    found = sum(_dependent(Source(id="a", text=t), Source(id="b", text=rewrite(t, seed=n))) for n, t in enumerate(bodies))
    assert found / len(bodies) >= 0.95


def test_different_real_articles_are_not_found_dependent():
    bodies = _bodies(41)
    found = sum(_dependent(Source(id="a", text=x), Source(id="b", text=y)) for x, y in itertools.pairwise(bodies))
    assert found == 0


def test_the_outlets_of_an_ecbplus_event_are_mostly_independent():
    pairs = []
    with ECBPLUS.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 12):
            cluster = json.loads(line)
            sources = [
                Source(id=d["doc"], text="\n\n".join(" ".join(d["sentences"][i : i + 3]) for i in range(0, len(d["sentences"]), 3)))
                for d in cluster["documents"]
            ]
            pairs += list(itertools.combinations(sources, 2))[:15]
    found = sum(_dependent(a, b) for a, b in pairs)
    assert pairs and found / len(pairs) <= 0.2
