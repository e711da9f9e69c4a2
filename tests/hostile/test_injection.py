"""Markdown/HTML injection and Unicode tricks, through the whole pipeline and the CLI.

The report is parsed with a real Markdown parser (markdown-it-py, GFM-like): nothing a
source wrote may become a link, an image, HTML, a heading or an extra table cell.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import crosscheck
from crosscheck.cli import EXIT_OK, main
from crosscheck.homoglyphs import find_disguised_words
from crosscheck.models import DiscrepancyKind, Source
from tests.unit.test_report import _tokens

INJECTIONS = [
    "![x](http://evil.example/pixel.png)",
    "<script>alert('x')</script>",
    "[link](javascript:alert(1))",
    "a | b | c || d",
    "`code` and ``double`` and ```fence```",
    "<img src=x onerror=alert(1)>",
    "<a href='http://evil.example'>click</a>",
    "[ref]: http://evil.example",
    "www.evil.example and mail me@evil.example",
    "<!-- comment --> &amp; &lt;b&gt;",
    "*emph* __strong__ ~~strike~~",
    "\\[escaped\\](not a link)",
    "<https://evil.example/autolink>",
    "http://evil.example/a|b|c and www.evil.example|x",
    "mail a@evil.example|b `x|y`",
    "bare domains evil.com, A.name and sub.evil.co.uk/path",
    "²http://evil.example/a and _www.evil.example and éjavascript:alert(1)//x.y",
    "servers at //93.184.216.34:8080/c2 and //evil.example/x",
    "contact desk@agency|.com or a~.com or b$.org",
]
TRICKS = [
    "name\u202eesrever",  # right-to-left override
    "Jo\u200dhn Smith",  # zero-width joiner
    "Pe\u200btrov",  # zero-width space
    "\u2066isolate\u2069",
]
STORY = "Ministers from Chile and Peru met in Valparaiso on Tuesday to discuss fishing quotas {}."
ALLOWED_HTML = ('<a id="', "</a>")


def assert_nothing_injected(markdown: str) -> None:
    for token in _tokens(markdown):
        assert token.type != "image", token
        assert token.type not in ("code_block", "fence"), token  # the report writes none: text indented into one
        if token.type in ("html_inline", "html_block"):
            assert token.content.startswith(ALLOWED_HTML), token.content
        if token.type == "link_open":
            assert str(token.attrs["href"]).startswith("#"), token.attrs
    assert "<script" not in markdown.lower()
    assert "<img" not in markdown.lower()


_CELL_BAR = re.compile(r"(?<!\\)(?:\\\\)*\|")  # a "|" after an even number of backslashes


def _table_shapes(markdown: str) -> None:
    """Every row of every table splits into as many cells as its header.

    Counted on the raw text: a GFM parser silently drops the extra cells of a row.
    """
    header: int | None = None
    for line in markdown.splitlines():
        if not line.startswith("|"):
            header = None
            continue
        bars = len(_CELL_BAR.findall(line))
        if header is None:
            header = bars
        assert bars == header, f"a table row has {bars - 1} cells, its header {header - 1}: {line}"


def test_the_table_check_can_fail() -> None:
    with pytest.raises(AssertionError):
        _table_shapes("| a | b |\n|---|---|\n| x | y | z |\n")
    _table_shapes("| a | b |\n|---|---|\n| x \\| y | z \\\\\\| w |\n")
    with pytest.raises(AssertionError):
        assert_nothing_injected("hi ![x](http://e.example/x.png)")


def _audit_of(bad: list[str]) -> crosscheck.Audit:
    sources = []
    for n, text in enumerate(bad):
        sources.append(
            Source(
                id=f"s{n}",
                text=f"{text}\nPhoto: {text}\n{STORY.format(text)}\nThe talks about {text} will resume in Lima next month, officials said.\n",
            )
        )
    sources.append(Source(id="plain", text=STORY.format("and nothing else") + "\n"))
    return crosscheck.audit(sources, reference=["Valparaiso Accord", "<b>Pall</b> | [x](http://e.example)"])


@pytest.mark.parametrize("bad", INJECTIONS + TRICKS)
def test_one_hostile_string_everywhere_in_a_report(bad: str) -> None:
    markdown = _audit_of([bad, bad + " again"]).to_markdown()
    assert_nothing_injected(markdown)
    _table_shapes(markdown)


def test_all_hostile_strings_together() -> None:
    audit = _audit_of(INJECTIONS + TRICKS)
    markdown = audit.to_markdown()
    assert_nothing_injected(markdown)
    _table_shapes(markdown)
    for ch in "\u202e\u200d\u200b\u2066\u2069":
        assert ch not in markdown, f"U+{ord(ch):04X} reached the report unescaped"
    json.loads(audit.to_json())  # the JSON keeps the text as is, and stays valid


def test_hostile_file_names_and_folders_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in[x](http:evil)"
    folder.mkdir()
    names = ["[a](javascript:alert(1)).txt", "<script>b.md", "c | d.txt", "e`f`.txt", "g\u202eh.txt", "    i.txt"]
    for n, name in enumerate(names):
        (folder / name).write_text(STORY.format(f"round {n}") + "\n", encoding="utf-8")
    (folder / "![img](http:x).txt").write_bytes(b"\x00\x01binary")
    output = tmp_path / "report.md"
    assert main(["audit", str(folder), "-o", str(output), "-q"]) == EXIT_OK
    markdown = output.read_text(encoding="utf-8")
    assert "Skipped inputs" in markdown
    assert_nothing_injected(markdown)
    _table_shapes(markdown)


def test_homoglyph_name_is_flagged_not_silently_matched() -> None:
    plain = "Minister Ivan Petrov met Chilean officials in Valparaiso on Tuesday to discuss fishing quotas."
    spoofed = plain.replace("Petrov", "Petr\u043ev")  # Cyrillic о
    audit = crosscheck.audit([Source(id="a", text=plain), Source(id="b", text=spoofed), Source(id="c", text=plain)])
    flagged = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.HOMOGLYPH]
    assert len(flagged) == 1
    variant = flagged[0].variants[0]
    assert variant.text == "Petr\u043ev" and variant.sources == ("b",)
    assert "U+043E CYRILLIC SMALL LETTER O" in flagged[0].explanation
    _claim, start, end = variant.spans[0]
    assert audit.sources_by_id["b"].text[start:end] == "Petr\u043ev"
    assert "homoglyph" in audit.to_markdown()


def test_homoglyph_in_a_single_source_is_flagged_too() -> None:
    audit = crosscheck.audit([
        Source(id="a", text="The \u0392ank of Chile raised its rate on Tuesday, officials said."),
        Source(id="b", text="Fishing quotas for Peru were cut on Friday, the ministry said."),
    ])
    assert [d.kind for d in audit.discrepancies] == [DiscrepancyKind.HOMOGLYPH]
    assert "GREEK CAPITAL LETTER BETA" in audit.discrepancies[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Zürich and São Paulo", "naïve café", "Москва and Київ", "東京 and 大阪", "Ελλάδα", "O'Neill-Smith",
        "x\u0301y", "Ma\u00adria", "\u200bword\u200b", "\ufeffStart", "end\u200e",
        # unit symbols; joiners that Persian and the Indic scripts spell with
        "2.5 \u03bcm", "10 k\u03a9", "\u0394T", "\u062e\u0627\u0645\u0646\u0647\u200c\u0627\u06cc", "\u0915\u094d\u200d\u0937",
    ],
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert list(find_disguised_words(text)) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Pаris", "Latin and Cyrillic"),
        ("Ρaris", "Latin and Greek"),
        ("Jo\u200dhn", "U+200D ZERO WIDTH JOINER"),
        ("Jo\u200chn", "U+200C ZERO WIDTH NON-JOINER"),
        ("Pari\u03c2", "Latin and Greek"),
        ("ab\u202ecd", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("BOM\ufeffword", "U+FEFF"),
    ],
)
def test_disguised_words_are_found(text: str, problem: str) -> None:
    found = list(find_disguised_words(f"He met {text} there.", offset=10))
    assert len(found) == 1 and problem in found[0].problem
    assert f"He met {text} there."[found[0].start - 10 : found[0].end - 10] == found[0].text
