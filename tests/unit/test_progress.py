"""The audit reports progress through a callback; the CLI draws it only on a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import crosscheck
from crosscheck.cli import EXIT_OK, ProgressBar, main

STORY = "Officials from {} met in Seoul on Tuesday to discuss cybercrime and agreed to share data.\n"


def test_audit_reports_every_stage_to_the_end() -> None:
    calls: list[tuple[str, int, int]] = []
    crosscheck.audit([STORY.format("Korea"), STORY.format("Japan")], progress=lambda *a: calls.append(a))
    stages = [stage for stage, _, _ in calls]
    assert stages[0] == "prepare" and stages[-1] == "compare"
    assert "align" in stages
    for stage in ("prepare", "align", "compare"):
        last = [c for c in calls if c[0] == stage][-1]
        assert last[1] == last[2]
    assert all(0 <= done <= total for _, done, total in calls)


def test_bar_draws_and_clears() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, width=10, delay=0.0)
    bar("align", 5, 10)
    assert "[#####.....]  50%" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r")


def _corpus(tmp_path: Path) -> Path:
    for name, who in (("a", "Korea"), ("b", "Japan")):
        (tmp_path / f"{name}.txt").write_text(STORY.format(who), encoding="utf-8")
    return tmp_path


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(_corpus(tmp_path))]) == EXIT_OK
    assert "[" not in capsys.readouterr().err


def test_bar_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(_corpus(tmp_path)), "--progress", "always"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "prepare" in err and "100%" in err
