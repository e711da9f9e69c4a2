"""Shared fixtures and the hypothesis profiles ("dev", "ci", "thorough")."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import crosscheck
from crosscheck.cli import main

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    files = sorted(SEEDS.glob("*.txt"))
    assert files, "seeds/ holds no articles"
    return SEEDS


@pytest.fixture(scope="session")
def seed_audit(seeds_dir: Path) -> crosscheck.Audit:
    return crosscheck.audit(crosscheck.load_sources(seeds_dir), reference=["Pall Mall Process"])


@pytest.fixture(scope="session")
def seed_json(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The seed audit as the CLI writes it, reference list included."""
    tmp = tmp_path_factory.mktemp("seed-json")
    reference = tmp / "reference.txt"
    reference.write_text("# canonical names\nPall Mall Process\n", encoding="utf-8")
    output = tmp / "report.json"
    code = main(["audit", str(seeds_dir), "-o", str(output), "--reference", str(reference), "-q"])
    assert code == 0
    data: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return data
