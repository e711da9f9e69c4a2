from __future__ import annotations

import json
from typing import Any

import pytest
from markdown_it import MarkdownIt

import crosscheck
from crosscheck.models import Source
from crosscheck.report import SCHEMA, escape_markdown

HOSTILE = [
    "![tracker](http://evil.example/pixel.png)",
    "<script>alert(1)</script>",
    "[click me](javascript:alert(1))",
    "a | b || c",
    "`code` and ```fence```",
    "visit www.evil.example or http://evil.example/x now",
    "mail spy@evil.example today",
    "<img src=x onerror=alert(1)>",
    "# not a heading",
    "1. not a list",
    "name\u202eesrever",
    "**bold** _it_ ~~strike~~ [ref]: http://evil.example",
]


def _tokens(markdown: str) -> list[Any]:
    parser = MarkdownIt("gfm-like")
    flat = []
    for token in parser.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_plain_text(text: str) -> None:
    tokens = _tokens(f"| a | b |\n|---|---|\n| {escape_markdown(text)} | x |\n\n- {escape_markdown(text)}\n")
    kinds = {t.type for t in tokens}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "heading_open", "s_open"}
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2, "a source must not add or break table cells"


def _hostile_audit() -> crosscheck.Audit:
    base = "The ministers of Korea and the EU met in Seoul on Tuesday to discuss cybercrime and {}."
    sources = [Source(id=f"s{n}", text=base.format(h) + "\n" + h + " was said too, everyone agreed on it.")
               for n, h in enumerate(HOSTILE)]
    sources.append(Source(id="evil](http://x.example)", text=base.format("nothing")))
    return crosscheck.audit(sources)


def test_report_has_no_injected_links_images_or_html() -> None:
    markdown = _hostile_audit().to_markdown()
    for token in _tokens(markdown):
        if token.type == "html_inline" or token.type == "html_block":
            assert token.content.startswith(('<a id="', "</a>")), token.content
        if token.type == "link_open":
            assert token.attrs["href"].startswith("#"), token.attrs
        assert token.type != "image"
    assert "<script" not in markdown


def test_report_is_deterministic(seed_audit: crosscheck.Audit, seeds_dir: Any) -> None:
    again = crosscheck.audit(crosscheck.load_sources(seeds_dir), reference=["Pall Mall Process"])
    assert again.to_markdown() == seed_audit.to_markdown()
    assert again.to_json() == seed_audit.to_json()


def test_json_round_trips_and_keeps_the_required_keys(seed_audit: crosscheck.Audit) -> None:
    data = json.loads(seed_audit.to_json())
    assert data == seed_audit.to_dict()
    assert data["schema"] == SCHEMA
    assert set(data["sources"][0]) >= {"id", "path", "title", "n_claims", "dropped"}
    assert set(data["claims"][0]) >= {"id", "source", "text", "start", "end", "kind", "cluster"}
    assert set(data["clusters"][0]) >= {"id", "label", "claims", "sources"}
    assert set(data["discrepancies"][0]) >= {"id", "kind", "cluster", "variants", "majority", "explanation"}
    assert set(data["discrepancies"][0]["variants"][0]) >= {"text", "sources", "claims"}


def test_markdown_sections_in_order(seed_audit: crosscheck.Audit) -> None:
    markdown = seed_audit.to_markdown()
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Contents",
        "## Summary",
        "## Discrepancies",
        "## Sources and their dependence",
        "## Conflicting claims",
        "## Corroborated claims",
        "## Single-source claims",
        "## Dropped text",
    ]
    for d in seed_audit.discrepancies:
        assert f'<a id="{d.id}"></a>' in markdown
    assert seed_audit._repr_markdown_() == markdown


def test_every_claim_is_in_the_report_with_its_provenance(seed_audit: crosscheck.Audit) -> None:
    markdown = seed_audit.to_markdown()
    for claim in seed_audit.claims:
        source = seed_audit.sources_by_id[claim.source]
        line, column = source.line_col(claim.start)
        assert f"line {line}, col {column}, chars {claim.start}–{claim.end}" in markdown
