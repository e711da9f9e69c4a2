from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.cli import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, main

STORY = "Officials from {} met in Seoul on Tuesday to discuss cybercrime and agreed to share data.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, who in (("a", "Korea"), ("b", "the EU"), ("c", "Japan")):
        (folder / f"{name}.txt").write_text(STORY.format(who), encoding="utf-8")
    return folder


def test_markdown_report_to_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "report.md"
    assert main(["audit", str(corpus), "-o", str(output)]) == EXIT_OK
    assert output.read_text(encoding="utf-8").startswith("# Cross-check audit")
    assert "wrote" in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_summary_line_counts_claims_and_clusters_in_words(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(corpus), "-o", str(tmp_path / "report.md")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "(3 sources, 3 claims in 1 cluster: 1 corroborated; 0 discrepancies)" in err


@pytest.mark.parametrize("name", ["report.html", "report.PDF", "report.docx"])
def test_a_report_named_for_another_format_is_refused_unless_asked_for(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    output = tmp_path / name
    assert main(["audit", str(corpus), "-o", str(output)]) == EXIT_USAGE
    assert not output.exists() and "writes Markdown or JSON" in capsys.readouterr().err
    assert main(["audit", str(corpus), "-o", str(output), "-f", "markdown", "-q"]) == EXIT_OK
    assert output.read_text(encoding="utf-8").startswith("# Cross-check audit")


def test_json_by_suffix_and_stdout(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(corpus), "-o", str(tmp_path / "r.json"), "-q"]) == EXIT_OK
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["schema"] == "crosscheck.audit/1"
    assert main(["audit", str(corpus), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["summary"]["sources"] == 3


@pytest.mark.parametrize(
    ("setup", "code", "message"),
    [
        (lambda d: None, EXIT_INPUT, "no .txt"),
        (lambda d: (d / "only.txt").write_text(STORY.format("Korea"), encoding="utf-8"), EXIT_INPUT, "at least two"),
        (lambda d: (d / "empty.txt").write_bytes(b""), EXIT_INPUT, "no readable source"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\xff\x00binary"), EXIT_INPUT, "no readable source"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: object, code: int, message: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    setup(folder)  # type: ignore[operator]
    output = tmp_path / "report.md"
    assert main(["audit", str(folder), "-o", str(output)]) == code
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not output.exists()


def test_skipped_file_is_reported_and_listed(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    output = tmp_path / "report.md"
    assert main(["audit", str(corpus), "-o", str(output)]) == EXIT_OK
    assert "skipped" in capsys.readouterr().err
    assert "## Skipped inputs" in output.read_text(encoding="utf-8")


def test_never_overwrites_an_input(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = corpus / "a.txt"
    before = target.read_bytes()
    assert main(["audit", str(corpus), "-o", str(target)]) == EXIT_USAGE
    assert target.read_bytes() == before
    assert "refusing to overwrite" in capsys.readouterr().err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert main(["audit"]) == EXIT_USAGE


def test_unwritable_output_leaves_nothing_behind(corpus: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "r.md"
    assert main(["audit", str(corpus), "-o", str(missing), "-q"]) == 4
    assert not missing.parent.exists()


def test_reference_file(corpus: Path, tmp_path: Path) -> None:
    (corpus / "d.txt").write_text("The Paul Mall Process was on the agenda in Seoul.\n", encoding="utf-8")
    reference = tmp_path / "names.csv"
    reference.write_text("Pall Mall Process\n", encoding="utf-8")
    output = tmp_path / "r.json"
    assert main(["audit", str(corpus), "-o", str(output), "-r", str(reference), "-q"]) == EXIT_OK
    kinds = [d["kind"] for d in json.loads(output.read_text(encoding="utf-8"))["discrepancies"]]
    assert "reference" in kinds


def test_console_script_runs(corpus: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crosscheck", "audit", str(corpus), "-f", "json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == "crosscheck.audit/1"


def test_snapshot_writer_does_not_import_the_command_line(tmp_path: Path) -> None:
    code = (
        "import sys, crosscheck\n"
        "from crosscheck.snapshot import write_snapshot\n"
        "audit = crosscheck.audit(['Officials said 42 boats sank on Monday.', 'Officials said 40 boats sank on Monday.'])\n"
        f"write_snapshot(audit, {str(tmp_path / 'snap.json')!r})\n"
        "assert 'crosscheck.cli' not in sys.modules, 'snapshot imported the CLI'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "snap.json").exists()


@pytest.mark.parametrize("command", ["audit", "snapshot"])
def test_audit_and_snapshot_share_loading_and_checks(
    command: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crosscheck import cli

    calls: list[str] = []
    real = cli._load_and_audit

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(command)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_load_and_audit", counting)
    assert main([command, str(corpus), "-o", str(tmp_path / "out.json"), "-q"]) == EXIT_OK
    assert calls == [command]
    assert main([command, str(corpus), "-o", str(tmp_path / "x.json"), "--same-claim-cutoff", "101"]) == EXIT_USAGE
    assert main([command, str(corpus), "-o", str(tmp_path)]) == EXIT_USAGE
    assert "is a folder" in capsys.readouterr().err


class _FullDisk:
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("stdout", [_FullDisk(), None])
def test_a_report_standard_output_cannot_take_is_an_output_error(
    stdout: object, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["audit", str(seeds_dir)]) == EXIT_OUTPUT
    assert "standard output" in capsys.readouterr().err


def test_a_report_is_never_written_where_the_next_audit_would_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n, place in enumerate(("Valparaiso", "Lima")):
        (tmp_path / f"{n}.txt").write_text(f"Officials met in {place} on Tuesday to discuss fishing quotas.\n")
    assert main(["audit", str(tmp_path), "-o", str(tmp_path / "report.md")]) == EXIT_USAGE
    assert "which is audited" in capsys.readouterr().err and not (tmp_path / "report.md").exists()
    assert main(["audit", str(tmp_path), "-o", str(tmp_path / "report.json"), "-q"]) == EXIT_OK
    # a report put there by other means is left out of the next audit, with its reason
    outside = tmp_path.parent / f"{tmp_path.name}-report.md"
    assert main(["audit", str(tmp_path), "-o", str(outside), "-q"]) == EXIT_OK
    (tmp_path / "old.md").write_bytes(outside.read_bytes())
    assert main(["audit", str(tmp_path), "-o", str(outside)]) == EXIT_OK
    assert "a crosscheck report, not an article" in capsys.readouterr().err
    assert "2 sources" in outside.read_text(encoding="utf-8")


def test_a_file_name_cannot_fake_a_line_or_drive_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, place in enumerate(("Valparaiso", "Lima")):
        (folder / f"{n}.txt").write_text(f"Officials met in {place} on Tuesday to discuss fishing quotas.\n")
    (folder / "evil\ncrosscheck: wrote everything fine\x1b[2J.txt").write_bytes(b"\x00\x01binary")
    assert main(["audit", str(folder), "-o", str(tmp_path / "out.md")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert all(line.startswith("crosscheck: ") for line in err.splitlines())
    assert "<U+000A>" in err and "<U+001B>" in err


def test_a_report_to_a_pipe_is_written_into_it(corpus: Path, tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["audit", str(corpus), "-o", str(fifo), "-q"]) == EXIT_OK
    reader.join(timeout=30)
    assert received and received[0].startswith(b"# Cross-check audit")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not replaced by a file
    assert main(["audit", str(corpus), "-o", str(fifo), "--plots", "-q"]) == EXIT_USAGE


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_no_reference_list_nor_snapshot(
    corpus: Path, tmp_path: Path, device: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    assert main(["audit", str(corpus), "-r", device, "-o", str(tmp_path / "r.md")]) == EXIT_INPUT
    assert main(["snapshot", str(corpus), "--check", device]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.count("a device or socket, not a file") == 2 and "internal error" not in err


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda d: d.pop("reference"), "'reference' is missing"),
        (lambda d: d["discrepancies"][0]["variants"][0].pop("sources"), "discrepancies[0].variants[0].sources"),
        (lambda d: d["sources"][0].update(chars="many"), "sources[0].chars is not a number"),
        (lambda d: d.update(config=[1]), "config is not an object"),
    ],
)
def test_a_damaged_snapshot_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object, problem: str
) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    good = tmp_path / "good.json"
    assert main(["snapshot", str(seeds), "-o", str(good), "-q"]) == EXIT_OK
    data = json.loads(good.read_text(encoding="utf-8"))
    damage(data)  # type: ignore[operator]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["snapshot", str(seeds), "--check", str(bad)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert problem in err and "internal error" not in err


def test_snapshot_differences_drive_no_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, place in enumerate(("Valparaiso", "Lima")):
        (folder / f"{n}.txt").write_text(f"Officials met in {place} on Tuesday to discuss fishing quotas.\n")
    snapshot = tmp_path / "s.json"
    assert main(["snapshot", str(folder), "-o", str(snapshot), "-q"]) == EXIT_OK
    (folder / "evil\x1b]0;pwned\x07\x1b[2J\nfake line.txt").write_text("Officials met in Quito on Monday to talk.\n")
    main(["snapshot", str(folder), "--check", str(snapshot)])
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err and "\x07" not in captured.out + captured.err
    assert not any(line.startswith("fake line") for line in captured.out.splitlines())


@pytest.mark.parametrize(("given", "message"), [("", "-o names no file"), ("reports/", "names a folder")])
def test_an_output_that_names_no_file_is_refused(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    given: str, message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["audit", str(corpus), "-o", given]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert not (tmp_path / "reports").exists()


def test_a_variant_no_source_writes_counts_no_origins() -> None:
    from crosscheck import audit

    result = audit([
        "Officials joined the Ransomware Initiative (CRI) this year, the ministry said on Tuesday.",
        "The ministry said on Tuesday that officials joined a ransomware initiative this year.",
    ])
    (d,) = [d for d in result.discrepancies if d.kind.value == "acronym"]
    assert any(not v.sources for v in d.variants)
    markdown = result.to_markdown()
    assert "0 ()" not in markdown and "| — | — | — |" in markdown


def test_a_front_matter_date_not_read_is_said_and_the_audit_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ndate: last Tuesday\n---\nThe council approved the new bridge on Monday after a long debate.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text("The council approved the new bridge on Monday, officials said.\n", encoding="utf-8")
    assert main(["audit", str(folder), "-o", str(tmp_path / "r.md")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "a.md: the front matter's date 'last Tuesday' is no ISO 8601 date" in err
    assert "Warning" not in err  # said plainly, not as a Python warning
    assert main(["audit", str(folder), "-o", str(tmp_path / "q.md"), "-q"]) == EXIT_OK
    assert "front matter" not in capsys.readouterr().err


def test_a_source_that_gives_no_claims_is_named_on_stderr(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "ja.txt").write_text("女優のタラ・リードさんが金曜日、マリブのリハビリ施設に入所した。\n", encoding="utf-8")
    assert main(["audit", str(corpus), "-o", str(tmp_path / "report.md")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "ja.txt: no claims: all its text was dropped (section label); crosscheck reads English prose" in err
    assert err.count("no claims") == 1
    assert main(["audit", str(corpus), "-o", str(tmp_path / "report.md"), "-q"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_a_source_of_english_page_furniture_only_gets_no_language_hint(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "cap.txt").write_text("Photo: Reuters\n", encoding="utf-8")
    assert main(["audit", str(corpus), "-o", str(tmp_path / "report.md")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "cap.txt: no claims: all its text was dropped (photo credit or copyright line)\n" in err


def test_a_snapshot_takes_the_audits_unsupported_quotes_setting(corpus: Path, tmp_path: Path) -> None:
    snapshot = tmp_path / "s.json"
    assert main(["snapshot", str(corpus), "-o", str(snapshot), "--unsupported-quotes", "none", "-q"]) == EXIT_OK
    assert json.loads(snapshot.read_text(encoding="utf-8"))["config"]["unsupported_quotes"] == "none"
    assert main(["snapshot", str(corpus), "--check", str(snapshot), "--unsupported-quotes", "none", "-q"]) == EXIT_OK
