"""The command line: ``crosscheck audit PATH... [-o REPORT] [--format markdown|json]``.

The only module that touches the terminal. Errors are one line on stderr, never a
traceback. Exit codes:

* 0: the report was written;
* 1: an unexpected internal error (please report it);
* 2: the command line is wrong;
* 3: the input cannot be audited (no readable sources, fewer than two, bad encoding,
  an unreadable reference list);
* 4: the report could not be written;
* 5: ``crosscheck snapshot --check`` found that the audit differs from the snapshot.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from crosscheck import __version__
from crosscheck._io import is_special_file, write_atomically
from crosscheck._text import counted
from crosscheck.config import AuditConfig
from crosscheck.errors import CrosscheckError, InputError, MetadataWarning, SkippedInputWarning
from crosscheck.ingest import SUFFIXES, load_sources, read_reference, readable_name
from crosscheck.models import Audit
from crosscheck.pipeline import audit
from crosscheck.report import render_markdown

__all__ = ["EXIT_CHANGED", "EXIT_INPUT", "EXIT_INTERNAL", "EXIT_OK", "EXIT_OUTPUT", "EXIT_USAGE", "main", "main_exit"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_CHANGED = 5


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Audit several reports of the same event against each other.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "audit",
        help="audit the articles in files or folders and write a report",
        description=(
            "Split each article into claims, align them across articles, label each "
            "corroborated, conflicting or single-source, and report what differs."
        ),
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders of them")
    run.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: stdout)")
    run.add_argument(
        "-f", "--format", choices=("markdown", "json"), default=None,
        help="report format (default: from the output's suffix, else markdown)",
    )
    run.add_argument(
        "-r", "--reference", metavar="FILE",
        help="canonical names, one a line (CSV: name, alias, ...); near misses are flagged",
    )
    run.add_argument(
        "--same-claim-cutoff", type=float, metavar="SCORE",
        help=f"similarity (0-100) for two claims to align (default {AuditConfig().same_claim_cutoff:g})",
    )
    run.add_argument(
        "--unsupported-quotes", choices=("reported", "all", "none"), default="reported",
        help="note quotations no other source carries: in claims other sources report "
        "(default), in every claim, or never",
    )
    run.add_argument(
        "--plots", action="store_true",
        help="also write PNG pictures beside a Markdown report (-o), linked from it (needs crosscheck[plots])",
    )
    run.add_argument("-q", "--quiet", action="store_true", help="print no notes on stderr")
    run.add_argument(
        "--progress", choices=("auto", "always", "never"), default="auto",
        help="progress bar on stderr (default: auto, only when stderr is a terminal)",
    )
    _add_snapshot_parser(commands)
    return parser


def _say(message: str) -> None:
    """One line on standard error; control characters a file name may hold (a line break,
    a terminal escape, a bidirectional override) are written as ``<U+XXXX>``, and a name
    that is not UTF-8 with its bytes escaped, so that no input can fake a line or drive
    the terminal."""
    print(f"crosscheck: {_printable(message)}", file=sys.stderr)


def _printable(text: str) -> str:
    """``text`` with its control characters written as ``<U+XXXX>`` and its lone
    surrogates as escaped bytes: one line that drives no terminal."""
    line = "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in text)
    return line.encode("utf-8", "backslashreplace").decode("utf-8")


class ProgressBar:
    """A one-line progress bar on a stream, redrawn in place; silent until 1 s has passed."""

    def __init__(self, stream: TextIO, *, width: int = 30, delay: float = 1.0) -> None:
        self.stream = stream
        self.width = width
        self.started = time.monotonic()
        self.delay = delay
        self.drawn = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if time.monotonic() - self.started < self.delay:
            return
        share = done / total if total else 1.0
        filled = int(share * self.width)
        line = f"\r{stage:<8} [{'#' * filled}{'.' * (self.width - filled)}] {share:4.0%}"
        if line != self.drawn:
            self.stream.write(line)
            self.stream.flush()
            self.drawn = line

    def close(self) -> None:
        """Clear the bar's line."""
        if self.drawn:
            self.stream.write("\r" + " " * (len(self.drawn) - 1) + "\r")
            self.stream.flush()


def _is_input(output: Path, inputs: Sequence[str]) -> str | None:
    """Why ``output`` may not be written, as an input or as a file an input folder holds
    (one the audit reads, or would read next time: a ``.md`` report inside the folder
    audited would be read back as an article), or ``None``."""
    try:
        target = output.resolve()
    except (OSError, RuntimeError):  # a link that loops: it names no input
        return None
    for item in inputs:
        try:
            path = Path(item).resolve()
        except (OSError, RuntimeError):
            continue
        inside = path.is_dir() and path in target.parents
        if target == path or (inside and target.exists()):
            return "is one of the inputs; refusing to overwrite it"
        if inside and target.suffix.lower() in SUFFIXES:
            return (
                f"is inside {readable_name(item)}, which is audited (the next audit would read it "
                "as an article); write it outside the folders audited"
            )
    return None


def _check_output(output: Path | None, inputs: Sequence[str], what: str) -> int | None:
    """Return ``EXIT_USAGE`` (after saying why) when ``output`` cannot be written, else ``None``."""
    if output is None:
        return None
    if output.is_dir():
        _say(f"{output}: is a folder; give a file name for the {what}")
        return EXIT_USAGE
    why = _is_input(output, inputs)
    if why is not None:
        _say(f"{output}: {why}")
        return EXIT_USAGE
    return None


def _config(args: argparse.Namespace) -> AuditConfig | None:
    """Return the settings the command line asks for; ``None`` (after saying why) when invalid."""
    quotes = getattr(args, "unsupported_quotes", "reported")
    if args.same_claim_cutoff is None:
        return AuditConfig(unsupported_quotes=quotes)
    if not 0 <= args.same_claim_cutoff <= 100:
        _say("--same-claim-cutoff must be between 0 and 100")
        return None
    return AuditConfig(same_claim_cutoff=args.same_claim_cutoff, unsupported_quotes=quotes)


def _load_and_audit(
    args: argparse.Namespace, config: AuditConfig, progress: ProgressBar | None = None
) -> Audit:
    """Read the reference list and the sources named on the command line, and audit them.

    Raises:
        InputError: the inputs cannot be audited.
    """
    reference = read_reference(args.reference) if args.reference else None
    for item in args.paths:  # on the command line every argument is a path, never an article's text
        if not os.path.lexists(item):
            raise InputError(f"{readable_name(item)}: no such file or folder")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore", SkippedInputWarning)
        warnings.simplefilter("always", MetadataWarning)
        corpus = load_sources(args.paths, max_chars=config.max_source_chars)
    for warning in caught:
        if not issubclass(warning.category, MetadataWarning):
            warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
        elif not args.quiet:
            _say(str(warning.message))  # a front matter date not read: the source is audited without it
    if not args.quiet:
        for skipped in corpus.skipped:
            _say(f"skipped {skipped.reason}")
        for source in corpus.sources:
            if source.encoding_guessed:
                _say(f"{source.path or source.id}: not UTF-8; read as {source.encoding} (a guess)")
            elif source.unreadable_characters:
                _say(f"{source.path or source.id}: UTF-8 but in {source.unreadable_characters} place(s), shown as U+FFFD")
    result = audit(corpus, reference=reference, config=config, progress=progress)
    if not args.quiet:
        with_claims = {claim.source for claim in result.claims}
        for source in result.sources:
            if source.id not in with_claims:
                # audited, but nothing of it compared: say so, not only in the report's tables
                reasons = sorted({dropped.reason for dropped in source.dropped})
                why = f"all its text was dropped ({', '.join(reasons)})" if reasons else "it holds no sentence"
                # a hint where the text is not in Latin letters (a Japanese article is one "section label")
                foreign = any(char.isalpha() and char > "\u024f" for char in source.text)
                _say(f"{source.path or source.id}: no claims: {why}" + ("; crosscheck reads English prose" if foreign else ""))
    return result


def _output_path(given: str | None, what: str) -> Path | None:
    """The output the command line names (``None``: standard output); raises
    ``ValueError`` with the reason when it names none ("", "reports/")."""
    if given is None:
        return None
    if not given.strip():
        raise ValueError(f"-o names no file; give a file name for the {what}, or leave -o out for standard output")
    if given.endswith(("/", os.sep)):
        raise ValueError(f"{given}: names a folder; give a file name for the {what}")
    return Path(given)


_OTHER_FORMATS = frozenset({".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf", ".csv", ".xlsx", ".xml", ".yaml", ".yml"})
"""Report names whose suffix promises a format crosscheck does not write."""


def _run_audit(args: argparse.Namespace) -> int:
    try:
        output = _output_path(args.output, "report")
    except ValueError as error:
        _say(str(error))
        return EXIT_USAGE
    suffix = output.suffix.lower() if output is not None and not is_special_file(output) else ""
    if args.format is None and suffix in _OTHER_FORMATS:
        # a report.html or report.pdf that holds Markdown would open as garbage
        _say(
            f"{output}: crosscheck writes Markdown or JSON, not {suffix[1:].upper()}; name the report .md or "
            ".json, or give -f markdown or -f json to write one there all the same"
        )
        return EXIT_USAGE
    fmt = args.format or ("json" if suffix == ".json" else "markdown")
    refused = _check_output(output, args.paths, "report")
    if refused is not None:
        return refused
    if args.plots and (output is None or fmt != "markdown" or is_special_file(output)):
        _say("--plots needs a Markdown report written to a file (-o report.md)")
        return EXIT_USAGE
    config = _config(args)
    if config is None:
        return EXIT_USAGE
    show = args.progress == "always" or (args.progress == "auto" and not args.quiet and sys.stderr.isatty())
    bar = ProgressBar(sys.stderr, delay=0.0 if args.progress == "always" else 1.0) if show else None
    try:
        result = _load_and_audit(args, config, bar)
    except InputError as error:
        _say(str(error))
        return EXIT_INPUT
    finally:
        if bar is not None:
            bar.close()
    if args.plots and output is not None:
        if output.is_symlink():  # the pictures go beside the report the link leads to
            output = Path(os.path.realpath(output))
        try:
            from crosscheck.plots import write_plots

            plots = write_plots(result, output.with_suffix(""))
        except ImportError as error:
            _say(str(error))
            return EXIT_USAGE
        except OSError as error:
            _say(f"{output.parent}: cannot write the pictures ({error.strerror or error})")
            return EXIT_OUTPUT
        text = render_markdown(result, plots=plots)
    else:
        text = result.to_json() if fmt == "json" else result.to_markdown()
    if output is None:
        if sys.stdout is None:
            _say("standard output is closed: cannot write the report; give -o FILE")
            return EXIT_OUTPUT
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader has gone ("| head"): handled where the command ends
        except OSError as error:
            _say(f"standard output: cannot write the report ({error.strerror or error})")
            return EXIT_OUTPUT
    else:
        try:
            write_atomically(output, text)
        except OSError as error:
            _say(f"{output}: cannot write the report ({error.strerror or error})")
            return EXIT_OUTPUT
        if not args.quiet:
            labels = {c.label.value for c in result.clusters}
            counts = {label: sum(1 for c in result.clusters if c.label.value == label) for label in sorted(labels)}
            summary = ", ".join(f"{n} {label}" for label, n in counts.items())
            claims = (
                f"{counted(len(result.claims), 'claim')} in {counted(len(result.clusters), 'cluster')}: {summary}"
                if summary else "no claims"
            )
            _say(
                f"wrote {output} ({counted(len(result.sources), 'source')}, {claims}; "
                f"{counted(len(result.discrepancies), 'discrepancy', 'discrepancies')})"
            )
    return EXIT_OK


def _add_snapshot_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    snap = commands.add_parser(
        "snapshot",
        help="save the labels and discrepancies of an audit, for regression tests",
        description=(
            "Audit the articles and save which claims were grouped, their labels and the "
            "discrepancies, keyed by source and claim text (not by internal numbers). A test "
            "compares a later audit with crosscheck.snapshot.assert_matches_snapshot; with "
            "--check, this command compares instead of writing."
        ),
    )
    snap.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders of them")
    target = snap.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FILE", help="write the snapshot (JSON) here")
    target.add_argument(
        "--check", metavar="FILE",
        help="compare the audit with this snapshot; list what changed, exit 5 if anything did",
    )
    snap.add_argument("-r", "--reference", metavar="FILE", help="canonical names, as for audit")
    snap.add_argument("--same-claim-cutoff", type=float, metavar="SCORE", help="as for audit")
    snap.add_argument(
        "--unsupported-quotes", choices=("reported", "all", "none"), default="reported", help="as for audit"
    )
    snap.add_argument("-q", "--quiet", action="store_true", help="print no notes on stderr")


def _run_snapshot(args: argparse.Namespace) -> int:
    from crosscheck.snapshot import compare_snapshots, load_snapshot, render_snapshot, take_snapshot

    try:
        output = _output_path(args.output, "snapshot")
    except ValueError as error:
        _say(str(error))
        return EXIT_USAGE
    refused = _check_output(output, args.paths, "snapshot")
    if refused is not None:
        return refused
    config = _config(args)
    if config is None:
        return EXIT_USAGE
    try:
        expected = load_snapshot(args.check) if args.check else None
        snapshot = take_snapshot(_load_and_audit(args, config))
    except InputError as error:
        _say(str(error))
        return EXIT_INPUT
    if expected is not None:
        differences = compare_snapshots(expected, snapshot)
        for line in differences:
            print(_printable(line))
        if not args.quiet:
            _say(f"{len(differences)} difference(s) from {args.check}" if differences else f"matches {args.check}")
        return EXIT_CHANGED if differences else EXIT_OK
    assert output is not None
    try:
        write_atomically(output, render_snapshot(snapshot))
    except OSError as error:
        _say(f"{output}: cannot write the snapshot ({error.strerror or error})")
        return EXIT_OUTPUT
    if not args.quiet:
        clusters = counted(len(snapshot["clusters"]), "cluster")
        _say(f"wrote {output} ({clusters}, {counted(len(snapshot['discrepancies']), 'discrepancy', 'discrepancies')})")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        return int(exit.code or 0)
    try:
        if args.command == "audit":
            return _run_audit(args)
        if args.command == "snapshot":
            return _run_snapshot(args)
    except CrosscheckError as error:
        _say(str(error))
        return EXIT_INPUT
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the promise: no traceback, ever
        _say(f"internal error: {type(error).__name__}: {error} (please report this)")
        return EXIT_INTERNAL
    return EXIT_USAGE


def main_exit() -> None:
    """Entry point of the ``crosscheck`` script."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    main_exit()
