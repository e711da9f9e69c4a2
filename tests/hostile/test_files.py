"""Broken and hostile files: each is read, or skipped with a reason; never a traceback.

Big inputs are generated at test time into tmp_path, never committed.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import crosscheck
from crosscheck.cli import EXIT_INPUT, EXIT_OK, main
from crosscheck.errors import EncodingError, InputError, ReferenceListError, SkippedInputWarning
from crosscheck.ingest import decode_bytes, load_sources, read_reference, read_source

STORY = "Officials from {} met in Valparaiso on Tuesday to discuss fishing quotas and agreed to share data.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two good articles, so that a bad third one can be skipped and the audit still run."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good-a.txt").write_text(STORY.format("Chile"), encoding="utf-8")
    (articles / "good-b.txt").write_text(STORY.format("Peru"), encoding="utf-8")
    return articles


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


# ------------------------------------------------------------------------ bad bytes


BAD_FILES: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b" \n\t\r\n   \n",
    "nul-bytes": b"Officials met\x00\x00\x00 in Seoul\x00 on Tuesday.",
    "random-binary": bytes(range(256)) * 40,
    "png-header": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "bad-utf16-bom": b"\xff\xfe" + b"\x00\xd8",  # a lone surrogate after the mark
    "controls": b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"text",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(BAD_FILES[name])
    with pytest.raises(InputError) as error:
        read_source(path)
    message = str(error.value)
    assert str(path) in message and "\n" not in message


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_in_a_folder_is_skipped_and_listed(
    folder: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / f"{name}.txt").write_bytes(BAD_FILES[name])
    output = tmp_path / "report.json"
    code, _, err = _cli(["audit", str(folder), "-o", str(output)], capsys)
    assert code == EXIT_OK
    assert f"skipped {folder / name}.txt" in err
    skipped = json.loads(output.read_text(encoding="utf-8"))["skipped"]
    assert [Path(s["path"]).name for s in skipped] == [f"{name}.txt"]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_only_bad_files_is_one_line_and_exit_3(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one.txt").write_bytes(BAD_FILES[name])
    (tmp_path / "two.md").write_bytes(BAD_FILES[name])
    code, out, err = _cli(["audit", str(tmp_path)], capsys)
    assert code == EXIT_INPUT
    assert out == ""
    assert err.strip().splitlines()[-1].startswith("crosscheck: no readable source")


# -------------------------------------------------------------------- other encodings

TEXT = "Señora Müller said the café in Zürich re-opened on Tuesday after 12 weeks.\n"


@pytest.mark.parametrize(
    "encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"]
)
def test_other_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    source = read_source(path)
    assert source.text == TEXT
    assert source.encoding


def test_mixed_line_endings_keep_offsets(tmp_path: Path) -> None:
    text = (
        "Officials met in Valparaiso on Tuesday.\r\nThey agreed to share fishing data.\r"
        "A new treaty was signed by both sides.\n\n- Advertisement -\r\nThe talks end on Friday in Lima.\n\r"
    )
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8"))
    source = read_source(path)
    assert source.text == text  # line endings are not normalised: offsets point into the file
    audit = crosscheck.audit([source, crosscheck.Source(id="other", text=text.replace("\r\n", "\n").replace("\r", "\n"))])
    mixed = [c for c in audit.claims if c.source == "mixed"]
    assert len(mixed) == 4
    for claim in mixed:
        assert text[claim.start : claim.end] == claim.text
        assert "\r" not in claim.text and "Advertisement" not in claim.text
    assert all(c.label.value == "corroborated" for c in audit.clusters)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_an_encoding_error(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    data = bytes(rnd.randrange(1, 256) for _ in range(2000))  # no NUL: not caught as binary
    with pytest.raises(EncodingError, match="re-save it as UTF-8"):
        decode_bytes(data, name="odd.txt")


# ------------------------------------------------------------------------- big inputs


def test_a_100_mb_file_is_refused_without_being_read(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(100 * 1024 * 1024)
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy)
    output = tmp_path / "report.md"
    code, _, err = _cli(["audit", str(folder), "-o", str(output)], capsys)
    assert code == EXIT_OK
    assert "huge.txt: 104,857,600 bytes is more than this audit reads" in err
    assert "huge.txt" not in opened
    assert "Skipped inputs" in output.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with fifo.open("wb") as handle:
                for _ in range(1000):
                    handle.write(b"Officials met again on Tuesday. " * 100)
        except OSError:  # the reader stopped reading: what this test wants
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    with pytest.raises(InputError, match="more than 4,000 bytes is more than this audit reads"):
        read_source(fifo, max_chars=1000)
    writer.join(timeout=10)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    with pytest.raises(InputError, match="a device or socket"):
        read_source("/dev/zero")
    code, _, err = _cli(["audit", str(folder / "good-a.txt"), str(folder / "good-b.txt"), "/dev/zero"], capsys)
    assert code == EXIT_OK and "a device or socket" in err


def test_a_file_over_max_source_chars_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Word " * 3000, encoding="utf-8")
    with pytest.raises(InputError, match="15,000 characters is more than this audit reads"):
        read_source(path, max_chars=10_000)


def test_10000_tiny_files_load_and_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_bytes(b"ok" if n % 3 else b"Hi.\n")
    (folder / "real-a.txt").write_text(STORY.format("Chile"), encoding="utf-8")
    (folder / "real-b.txt").write_text(STORY.format("Peru"), encoding="utf-8")
    output = tmp_path / "report.json"
    code, _, err = _cli(["audit", str(folder), "-o", str(output)], capsys)
    assert code == EXIT_OK, err
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["summary"]["sources"] == 10_002
    assert data["summary"]["claims"] == 2
    assert data["summary"]["labels"]["corroborated"] == 1


def test_a_50000_character_line_with_no_full_stop(tmp_path: Path) -> None:
    words = ["fishing", "quota", "treaty", "Valparaiso", "harbour", "minister", "vessel", "catch"]
    line = " ".join(words[n % len(words)] + str(n) for n in range(6000))[:50_000]
    assert len(line) == 50_000 and "." not in line
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    audit = crosscheck.audit([path, crosscheck.Source(id="short", text=STORY.format("Chile"))])
    long_claims = [c for c in audit.claims if c.source == "one-line"]
    assert long_claims
    for claim in long_claims:
        assert line[claim.start : claim.end] == claim.text
    assert audit.to_markdown().count("\n") > 10


# -------------------------------------------------------------------- CLI and outputs


def test_output_that_is_an_input_through_a_symlink_is_refused(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(folder / "good-a.txt")
    before = (folder / "good-a.txt").read_bytes()
    code, _, err = _cli(["audit", str(folder), "-o", str(link)], capsys)
    assert code != EXIT_OK and "refusing to overwrite" in err
    assert (folder / "good-a.txt").read_bytes() == before


def test_snapshot_never_overwrites_an_input(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = folder / "good-b.txt"
    before = target.read_bytes()
    code, _, err = _cli(["snapshot", str(folder), "-o", str(target)], capsys)
    assert code != EXIT_OK and "refusing to overwrite" in err
    assert target.read_bytes() == before


@pytest.mark.parametrize("fail_at", ["write", "replace"])
def test_a_crash_while_writing_leaves_the_old_report_whole(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "report.md"
    output.write_text("the previous report\n", encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if fail_at == "replace":
        monkeypatch.setattr(os, "replace", boom)
    else:
        real_fdopen = os.fdopen

        class HalfWritten:
            def __init__(self, handle: Any) -> None:
                self.handle = handle

            def __enter__(self) -> HalfWritten:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, text: str) -> None:
                self.handle.write(text[:20])
                self.handle.flush()
                boom()

        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWritten(real_fdopen(fd, *a, **k)))
    code = main(["audit", str(folder), "-o", str(output)])
    err = capsys.readouterr().err
    assert code == 4 and "No space left on device" in err and "Traceback" not in err
    assert output.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "report.md"]


def test_a_crash_while_auditing_writes_nothing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import crosscheck.cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(crosscheck.cli, "audit", broken)
    output = tmp_path / "report.md"
    code = main(["audit", str(folder), "-o", str(output)])
    err = capsys.readouterr().err
    assert code == 1 and "internal error: RuntimeError: simulated bug" in err
    assert err.count("\n") == 1 and not output.exists()


@pytest.mark.parametrize(
    "make",
    [
        lambda d: (d / "dir.txt").mkdir(),
        lambda d: (d / "dangling.txt").symlink_to(d / "nowhere.txt"),
    ],
    ids=["folder-named-txt", "dangling-symlink"],
)
def test_odd_entries_in_a_folder_are_skipped(folder: Path, make: Callable[[Path], None]) -> None:
    make(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedInputWarning)
        corpus = load_sources(folder)
    assert [s.id for s in corpus.sources] == ["good-a", "good-b"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_broken_link_to_an_article_is_reported_as_skipped(folder: Path) -> None:
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedInputWarning)
        corpus = load_sources(folder)
    assert [s.id for s in corpus.sources] == ["good-a", "good-b"]
    assert sorted(Path(s.path).name for s in corpus.skipped) == ["dangling.txt", "loop.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_linked_subfolder_is_read_and_a_link_loop_walked_once(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text(STORY.format("Ecuador"), encoding="utf-8")
    (folder / "more").symlink_to(elsewhere, target_is_directory=True)
    (folder / "again").symlink_to(folder, target_is_directory=True)  # a loop back to the top
    corpus = load_sources(folder)
    assert sorted(s.id for s in corpus.sources) == ["good-a", "good-b", "linked"]
    assert not corpus.skipped


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_link_up_out_of_the_folder_is_not_followed(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "unrelated").mkdir()
    (tmp_path / "unrelated" / "other.txt").write_text(STORY.format("Ecuador"), encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (folder / "root").symlink_to("/", target_is_directory=True)
    assert sorted(s.id for s in load_sources(folder).sources) == ["good-a", "good-b"]


def test_a_missing_path_on_the_command_line_is_an_error_not_an_article(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli(["audit", str(folder), "old news, march/story one"], capsys)
    assert code == EXIT_INPUT and "old news, march/story one: no such file or folder" in err


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_an_output_link_that_loops_is_no_traceback(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    code, _, err = _cli(["audit", str(folder), "-o", str(loop)], capsys)
    assert code != 1 and "internal error" not in err


def test_an_unreadable_subfolder_is_reported_not_passed_over(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(STORY.format("Bolivia"), encoding="utf-8")
    listing = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:  # what a folder without read permission does (root reads all)
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.warns(SkippedInputWarning, match="locked: the folder cannot be read"):
        corpus = load_sources(folder)
    assert [s.id for s in corpus.sources] == ["good-a", "good-b"]
    assert [Path(s.path).name for s in corpus.skipped] == ["locked"]
    code, _, err = _cli(["audit", str(folder)], capsys)
    assert code == EXIT_OK and "locked: the folder cannot be read (Permission denied)" in err
    with pytest.raises(InputError, match="locked: the folder cannot be read"):
        load_sources(folder, on_error="raise")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_file_is_skipped(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = folder / "secret.txt"
    secret.write_text(STORY.format("Bolivia"), encoding="utf-8")
    secret.chmod(0)
    try:
        code, _, err = _cli(["audit", str(folder)], capsys)
    finally:
        secret.chmod(0o600)
    assert code == EXIT_OK and "cannot be read" in err


def test_a_huge_ordinal_and_a_huge_reference_field_are_no_crash(tmp_path: Path) -> None:
    # a run of 4301 digits with "th" after it once raised Python's integer-length ValueError;
    # a CSV field over the csv module's limit, its csv.Error
    text = "Officials marked the " + "1" * 4301 + "th anniversary in Valparaiso on Tuesday after the storm."
    result = crosscheck.audit([text, "Officials marked the 12th anniversary in Valparaiso on Tuesday after the storm."])
    assert len(result.sources) == 2
    reference = tmp_path / "names.csv"
    reference.write_text('"' + "A" * 200_000 + '",alias\n', encoding="utf-8")
    with pytest.raises(ReferenceListError, match="not a reference list"):
        read_reference(reference)


def test_figures_longer_than_a_decimal_or_a_float_holds_are_compared_as_written() -> None:
    # 31 digits once raised decimal's DivisionImpossible (checking for a rounded figure);
    # two figures past a float's range both read as infinity and passed for one figure
    long = crosscheck.audit(["The storm caused $1300 in damage.", "The storm caused $" + "1" * 31 + " in damage."])
    assert [len(d.variants) for d in long.discrepancies if d.kind.value == "number"] == [2]
    huge = crosscheck.audit([f"The storm caused ${n}{'0' * 400} in damage." for n in (1, 2)])
    assert [d.kind.value for d in huge.discrepancies] == ["number"]


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 needs a byte file system")
def test_a_file_name_that_is_not_utf8_reaches_every_output(folder: Path, tmp_path: Path) -> None:
    name = os.fsdecode(bytes(folder) + b"/caf\xe9-\xff.txt")
    Path(name).write_text(STORY.format("Bolivia"), encoding="utf-8")
    corpus = load_sources(folder)
    assert "caf\\xe9-\\xff" in [s.id for s in corpus.sources]
    result = crosscheck.audit(corpus)
    json.loads(result.to_json().encode("utf-8"))  # strict UTF-8, no lone surrogates
    assert main(["audit", str(folder), "-o", str(tmp_path / "out.json")]) == EXIT_OK


def test_files_of_one_name_in_several_folders_get_ids_no_other_file_has(tmp_path: Path) -> None:
    # "a/x.txt" renamed "a-x" once collided with a file called "a-x.txt"; "x-2" with "x-2.txt"
    for n, relative in enumerate(("a/x.txt", "b/x.txt", "z/a-x.txt", "x-2.txt", "p/x-2.txt", "q/x-2.txt")):
        path = tmp_path / relative
        path.parent.mkdir(exist_ok=True)
        path.write_text(STORY.format(f"Country{n}"), encoding="utf-8")
    ids = [s.id for s in load_sources(tmp_path).sources]
    assert len(ids) == 6 and len(set(ids)) == 6


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and POSIX modes")
def test_a_report_is_written_as_an_ordinary_write_would_leave_it(folder: Path, tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.md"
        assert main(["audit", str(folder), "-o", str(fresh), "--quiet"]) == EXIT_OK
        assert fresh.stat().st_mode & 0o777 == 0o644  # as the umask gives, not a temporary file's 0600
        kept = tmp_path / "kept.md"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        assert main(["audit", str(folder), "-o", str(kept), "--quiet"]) == EXIT_OK
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text(encoding="utf-8").startswith("# Cross")
        reports = tmp_path / "reports"
        reports.mkdir()
        link = tmp_path / "latest.md"
        link.symlink_to(reports / "today.md")
        assert main(["audit", str(folder), "-o", str(link), "--quiet"]) == EXIT_OK
        assert link.is_symlink() and (reports / "today.md").read_text(encoding="utf-8").startswith("# Cross")
        assert not list(tmp_path.rglob("*.tmp"))
    finally:
        os.umask(old_mask)
