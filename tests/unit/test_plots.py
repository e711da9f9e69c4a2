"""write_plots never writes over an input and never leaves a half-written picture."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.models import Source

pytest.importorskip("matplotlib")

from crosscheck.plots import write_plots

TEXTS = (
    "The council approved the new flood barrier on Monday after a long debate.",
    "The council approved a flood barrier on Monday, officials said.",
)


def test_plots_refuse_to_overwrite_an_input(tmp_path: Path) -> None:
    victim = tmp_path / "report.sources.png"
    victim.write_text(TEXTS[0], encoding="utf-8")
    sources = [Source(id="a", text=TEXTS[0], path=str(victim)), Source(id="b", text=TEXTS[1])]
    audit = crosscheck.audit(sources)
    with pytest.raises(FileExistsError, match="one of the audited inputs"):
        write_plots(audit, tmp_path / "report")
    assert victim.read_text(encoding="utf-8") == TEXTS[0]
    assert not (tmp_path / "report.claims.png").exists()  # nothing written at all


def test_a_failed_plot_leaves_the_old_picture_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib.figure import Figure

    audit = crosscheck.audit([Source(id="a", text=TEXTS[0]), Source(id="b", text=TEXTS[1])])
    old = tmp_path / "report.sources.png"
    old.write_bytes(b"old picture")

    def broken(self: Figure, target: object, **kwargs: object) -> None:
        if hasattr(target, "write"):
            target.write(b"half a picture")
        else:  # what savefig does with a path: truncate it, then write
            Path(str(target)).write_bytes(b"half a picture")
        raise OSError("disk full")

    monkeypatch.setattr(Figure, "savefig", broken)
    with pytest.raises(OSError, match="disk full"):
        write_plots(audit, tmp_path / "report")
    assert old.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sources.png"]


def test_pictures_go_beside_the_report_an_output_link_leads_to(tmp_path: Path) -> None:
    from crosscheck.cli import EXIT_OK, main

    articles = tmp_path / "articles"
    articles.mkdir()
    for n, text in enumerate(TEXTS):
        (articles / f"{n}.txt").write_text(text, encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    link = tmp_path / "latest.md"
    link.symlink_to(reports / "today.md")
    assert main(["audit", str(articles), "-o", str(link), "--plots", "--quiet"]) == EXIT_OK
    assert link.is_symlink()
    assert (reports / "today.sources.png").exists() and not (tmp_path / "latest.sources.png").exists()
    assert "today.sources.png" in (reports / "today.md").read_text(encoding="utf-8")
