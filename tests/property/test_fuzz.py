"""Fuzzing the loaders and the pipeline with hypothesis.

In CI these run with the ``ci`` profile's few examples. For a real fuzzing run, use the
``thorough`` profile (see docs/testing.md)::

    HYPOTHESIS_PROFILE=thorough python -m pytest tests/property/test_fuzz.py -p no:cacheprovider

Each property states what may happen: a result, or one of crosscheck's own errors with
a one-line message, never another exception.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.cli import main
from crosscheck.errors import InputError, SkippedInputWarning
from crosscheck.ingest import clean_text, decode_bytes
from crosscheck.models import Source
from crosscheck.report import escape_markdown
from crosscheck.testing import FURNITURE, messy_text, sentences
from tests.hostile.test_injection import INJECTIONS, TRICKS, _table_shapes, assert_nothing_injected

# Text likely to find trouble: pieces of real sentences, furniture, injections, tricks,
# odd whitespace and punctuation, and any Unicode at all.
PIECES = [
    *FURNITURE, *INJECTIONS, *TRICKS, "\r\n", "\r", "\n\n", "\t", " ", ".", "...", "?", "!", "“", "”", '"',
    "(AP)", "Mr.", "U.S.", "$1.7 billion", "7th", "seventh", "Tuesday", "March 3", "3 p.m.", "2024",
    "Latest News", "Related Articles", "# Heading", "- bullet", "* item", "1. first", "> quote",
    "Pаris", "Jo\u200dhn", "\ufeff", "\x0b", "\x0c", "\u2028", "\u2029", "\x85",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(PIECES), sentences, messy_text), min_size=1, max_size=12
).map("".join)

FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, name="fuzz.txt")
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.txt: ")
        return
    assert text.strip() and encoding


@FUZZ
@given(st.one_of(st.binary(max_size=600), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_loading_a_file_gives_a_source_or_a_reason(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.txt"
        path.write_bytes(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedInputWarning)
            try:
                corpus = crosscheck.load_sources(path)
            except InputError:
                return
        (source,) = corpus.sources
        assert source.text


@FUZZ
@given(hostile_text)
def test_cleaning_any_text_gives_spans_inside_it(text: str) -> None:
    spans = clean_text(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    assert list(spans) == sorted(spans, key=lambda s: (s.start, s.end))


@FUZZ
@given(st.lists(hostile_text, min_size=2, max_size=4))
def test_the_pipeline_survives_any_text(texts: list[str]) -> None:
    sources = [Source(id=f"fuzz-{n}", text=t) for n, t in enumerate(texts)]
    try:
        audit = crosscheck.audit(sources, reference=["Valparaiso Accord"])
    except InputError as error:
        # a text with nothing in it is skipped, as an empty file is; with fewer than two
        # left the audit says so
        assert sum(1 for t in texts if not t.strip()) >= len(texts) - 1, error
        assert "need at least two sources" in str(error) or "no readable source" in str(error)
        return
    by_source = {s.id: s.text for s in audit.sources}
    for claim in audit.claims:
        assert by_source[claim.source][claim.start : claim.end] == claim.text
        for fact in claim.facts:
            assert by_source[claim.source][fact.start : fact.end] == fact.text
    assert sorted(c for k in audit.clusters for c in k.claims) == sorted(c.id for c in audit.claims)
    markdown = audit.to_markdown()
    assert_nothing_injected(markdown)
    _table_shapes(markdown)
    audit.to_json()


@FUZZ
@given(messy_text)
def test_escaped_text_is_one_line_and_injects_nothing(text: str) -> None:
    escaped = escape_markdown(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert_nothing_injected(f"- {escaped}\n")
    _table_shapes(f"| a | b |\n|---|---|\n| {escaped} | x |\n")


@FUZZ
@given(st.lists(st.one_of(st.binary(max_size=300), hostile_text.map(str.encode)), min_size=1, max_size=4))
def test_the_cli_never_shows_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, files: list[bytes]
) -> None:
    import contextlib
    import io

    folder = tmp_path_factory.mktemp("fuzz")
    for n, data in enumerate(files):
        (folder / f"f{n}.txt").write_bytes(data)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["audit", str(folder), "-o", str(folder.with_name(folder.name + "-report.md"))])
    assert code in (0, 3), err.getvalue()
    assert "internal error" not in err.getvalue() and "Traceback" not in err.getvalue()
