from __future__ import annotations

import json
from typing import Any

import pytest
from markdown_it import MarkdownIt

import crosscheck
from crosscheck import report
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


@pytest.mark.parametrize("indent", [2, None, 0])
def test_json_text_is_json_dumps_of_the_document(
    seed_audit: crosscheck.Audit, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the text is joined a few pieces at a time (memory): the same text as json.dumps gives,
    # whatever the batch, non-ASCII kept as it is
    expected = json.dumps(seed_audit.to_dict(), ensure_ascii=False, indent=indent) + "\n"
    assert seed_audit.to_json(indent=indent) == expected
    monkeypatch.setattr(report, "_JSON_PIECES", 7)
    assert seed_audit.to_json(indent=indent) == expected
    assert any(ord(ch) > 127 for ch in expected)


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


# ------------------------------------------------- dependence, frame, HTML and pictures


def test_json_dependencies_carry_checkable_evidence(seed_audit: crosscheck.Audit) -> None:
    data = seed_audit.to_dict()
    texts = {s.id: s.text for s in seed_audit.sources}
    assert data["dependencies"]
    for d in data["dependencies"]:
        assert set(d) >= {"source", "depends_on", "kind", "score", "evidence"}
        assert d["evidence"] and 0 <= d["score"] <= 100
        for item in d["evidence"]:
            for span in item["spans"]:
                assert texts[span["source"]][span["start"] : span["end"]] == span["text"]
    for cluster in data["clusters"]:
        assert 1 <= cluster["independent_sources"] <= len(cluster["sources"])
        assert cluster["dependent_only"] == (
            cluster["label"] == "corroborated" and cluster["independent_sources"] < 2
        )
    assert data["summary"]["independent_origins"] == len(data["origins"])
    profiles = [s["profile"] for s in data["sources"]]
    assert sum(p["claims"] for p in profiles) == data["summary"]["claims"]


def test_markdown_shows_dependence_and_profiles(seed_audit: crosscheck.Audit) -> None:
    markdown = seed_audit.to_markdown()
    assert "independent origins" in markdown
    assert "### Dependence" in markdown and "### Shared quotations" in markdown
    assert "corroborated by dependent sources only" in markdown
    for origin in seed_audit.provenance.origins if seed_audit.provenance else ():
        assert escape_markdown(origin.id) in markdown


def test_shared_hostile_passage_is_escaped() -> None:
    hostile = (
        "![tracker](http://evil.example/pixel.png) <script>alert(1)</script> [click](javascript:alert(1)) "
        "and the council approved the flood barrier after a long debate about its cost and damage"
    )
    sources = [Source(id="a", text=f"Officials said on Monday that {hostile}."),
               Source(id="b", text=f"{hostile}, the mayor told reporters.")]
    audit = crosscheck.audit(sources)
    assert audit.provenance is not None and len(audit.provenance.origins) == 1
    markdown = audit.to_markdown()
    for token in _tokens(markdown):
        if token.type in ("html_inline", "html_block"):
            assert token.content.startswith(('<a id="', "</a>")), token.content
        if token.type == "link_open":
            assert token.attrs["href"].startswith("#"), token.attrs
        assert token.type != "image"
    page = audit._repr_html_()
    assert "<script" not in page and "&lt;script&gt;" in page  # the dependency's evidence, escaped


def test_to_frame_has_one_row_per_claim(seed_audit: crosscheck.Audit) -> None:
    pytest.importorskip("pandas")
    from crosscheck.frame import FRAME_COLUMNS

    frame = seed_audit.to_frame()
    assert list(frame.columns) == list(FRAME_COLUMNS)
    assert len(frame) == len(seed_audit.claims)
    assert list(frame["claim"]) == [c.id for c in seed_audit.claims]
    texts = {s.id: s.text for s in seed_audit.sources}
    for row in frame.itertuples():
        assert texts[row.source][row.start : row.end] == row.text
    origin_of = seed_audit.provenance.origin_of if seed_audit.provenance else {}
    assert all(frame["origin"] == [origin_of[s] for s in frame["source"]])


def _png_size(path: Any) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_plots_render_to_png_of_the_expected_size(seed_audit: crosscheck.Audit, tmp_path: Any) -> None:
    pytest.importorskip("matplotlib")
    from crosscheck.plots import PRESENCE_SIZE, SOURCES_SIZE, write_plots

    written = write_plots(seed_audit, tmp_path / "report")
    assert [name for _, name in written] == ["report.sources.png", "report.claims.png"]
    for (_, name), size in zip(written, (SOURCES_SIZE, PRESENCE_SIZE), strict=True):
        path = tmp_path / name
        assert path.stat().st_size > 10_000
        assert _png_size(path) == size


def test_cli_plots_are_written_beside_the_report_and_linked(seeds_dir: Any, tmp_path: Any) -> None:
    pytest.importorskip("matplotlib")
    from crosscheck.cli import EXIT_OK, EXIT_USAGE, main

    output = tmp_path / "out" / "audit.md"
    output.parent.mkdir()
    assert main(["audit", str(seeds_dir), "-o", str(output), "--plots", "-q"]) == EXIT_OK
    markdown = output.read_text(encoding="utf-8")
    for name in ("audit.sources.png", "audit.claims.png"):
        assert (output.parent / name).stat().st_size > 0
        assert f"]({name})" in markdown
    assert main(["audit", str(seeds_dir), "--plots", "-q"]) == EXIT_USAGE


def test_html_summary_shows_invisible_characters_as_code_points() -> None:
    import attrs

    from crosscheck.report import render_html_summary

    audit = crosscheck.audit(
        [
            Source(id="a\u202eevil", text="Officials said 42 students were missing after the storm on Tuesday."),
            Source(id="b", text="Officials said 40 students were missing after the storm on Tuesday."),
        ]
    )
    (d,) = audit.discrepancies
    audit = attrs.evolve(audit, discrepancies=[attrs.evolve(d, explanation="odd\u2066text\u200f")])
    html_text = render_html_summary(audit)
    assert not any(ch in html_text for ch in "\u202e\u2066\u200f")
    assert "a&lt;U+202E&gt;evil" in html_text and "odd&lt;U+2066&gt;text&lt;U+200F&gt;" in html_text


def test_render_markdown_computes_source_profiles_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import report

    calls: list[int] = []
    real = report.source_profiles

    def counting(audit: crosscheck.Audit) -> Any:
        calls.append(1)
        return real(audit)

    monkeypatch.setattr(report, "source_profiles", counting)
    audit = crosscheck.audit(
        [
            "Officials said 42 students were missing after the storm on Tuesday.",
            "Officials said 40 students were missing after the storm on Tuesday.",
        ]
    )
    report.render_markdown(audit)
    assert len(calls) == 1
    profiles = real(audit)
    calls.clear()
    assert report.audit_to_dict(audit, profiles=profiles) == report.audit_to_dict(audit)
    assert len(calls) == 1


def test_no_shared_quotations_line_names_the_configured_passage_length() -> None:
    sources = [
        Source(id="a", text="The council approved the new flood barrier on Monday."),
        Source(id="b", text="A ferry service resumed across the bay after the storm."),
    ]
    config = crosscheck.AuditConfig(min_passage_words=7)
    markdown = crosscheck.audit(sources, config=config).to_markdown()
    assert "No two sources share a quotation of 7 words or more." in markdown
    assert "ten words" not in markdown


WIRE = (
    "Officials said {} boats sank near Valparaiso on Tuesday, and thirty fishermen were rescued by the navy "
    "after a storm that the ministry called the worst in a decade on the coast of central Chile."
)


def test_a_wire_story_carried_by_many_outlets_lists_the_strongest_dependencies(monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import report

    monkeypatch.setattr(report, "MAX_LISTED", 5)
    sources = [Source(id=f"outlet{n:02d}", text=WIRE.format(14 if n == 0 else 12)) for n in range(8)]
    result = crosscheck.audit(sources)
    counted = [d for d in result.provenance.dependencies if d.counted]
    assert len(counted) > 5
    markdown = result.to_markdown()
    listed = [line for line in markdown.splitlines() if " depends on " in line]
    assert len(listed) == 5
    assert f"- … and {len(counted) - 5} more dependencies, weaker than those above" in markdown
    assert len(json.loads(result.to_json())["dependencies"]) == len(result.provenance.dependencies)


def test_verbatim_copies_each_witness_the_majority_value() -> None:
    # seven copies against one changed figure: one discrepancy, every copy a witness
    sources = [Source(id=f"outlet{n}", text=WIRE.format(14 if n == 0 else 12)) for n in range(8)]
    (number,) = [d for d in crosscheck.audit(sources).discrepancies if d.kind.value == "number"]
    assert sorted((v.text, len(v.sources)) for v in number.variants) == [("12", 7), ("14", 1)]


def test_the_summary_counts_one_thing_in_the_singular() -> None:
    a = "Police said 43 students went missing in Iguala on Tuesday."
    b = "Police said 42 students went missing in Iguala on Tuesday."
    audit = crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b)])
    assert len(audit.discrepancies) == 1 and len(audit.clusters) == 1
    markdown, summary = audit.to_markdown(), audit._repr_html_()
    assert "**1 discrepancy.**" in markdown and "1 cluster:" in markdown
    assert "<b>1 discrepancy</b>" in summary and "1 cluster:" in summary


def test_the_json_schema_docs_recipe_reads_back_every_claim(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    from pathlib import Path

    articles = tmp_path / "articles"
    articles.mkdir()
    # a stray byte in UTF-8 ("utf-8, unreadable bytes replaced"), CRLF line ends, Latin-1
    (articles / "a.txt").write_bytes(
        "Police said 43 people died on Tuesday in Leeds. It’s “bad”, officials said.".encode().replace(b" in", b" \xff in")
    )
    (articles / "b.txt").write_bytes(b"Police said 42 people died on Tuesday in Leeds.\r\nOfficials said more later.")
    (articles / "c.txt").write_bytes("Le café était fermé, a déclaré Élodie Martin mardi.".encode("latin-1"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.json").write_text(crosscheck.audit(str(articles)).to_json(), encoding="utf-8")
    docs = Path(__file__).resolve().parents[2] / "docs" / "json-schema.md"
    recipe = re.search(r"## Reading it\n\n```python\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert recipe is not None
    scope: dict[str, Any] = {}
    exec(recipe.group(1), scope)  # it asserts every claim's text at its offsets
    assert {s["encoding"] for s in scope["doc"]["sources"]} == {"utf-8, unreadable bytes replaced", "utf-8", "cp1252"}
