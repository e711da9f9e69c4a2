from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.errors import EncodingError, InputError, MetadataWarning, SkippedInputWarning
from crosscheck.ingest import (
    LINE_CLEANERS,
    clean_text,
    decode_bytes,
    front_matter,
    load_sources,
    parse_reference,
    read_reference,
    read_source,
)
from crosscheck.models import Source
from crosscheck.pipeline import audit

ARTICLE = "Officials met in Seoul on Tuesday to discuss cybercrime.\nThey agreed to share information.\n"


class TestDecode:
    def test_utf8(self) -> None:
        assert decode_bytes("Zürich talks".encode()) == ("Zürich talks", "utf-8")

    def test_utf8_with_bom_drops_the_bom(self) -> None:
        text, encoding = decode_bytes(b"\xef\xbb\xbfHello there")
        assert text == "Hello there"
        assert encoding == "utf-8-sig"

    def test_utf16_with_bom(self) -> None:
        text, encoding = decode_bytes("Seoul talks, Tuesday".encode("utf-16"))
        assert text == "Seoul talks, Tuesday"
        assert encoding == "utf-16"

    def test_a_stray_byte_in_utf8_is_replaced_not_a_reason_to_guess(self) -> None:
        data = "South Korea’s Foreign Ministry and the EU’s “External Action Service” met.".encode()
        i = data.index(b"Ministry")
        text, encoding = decode_bytes(data[:i] + b"\xe9" + data[i:])
        assert encoding == "utf-8, unreadable bytes replaced"
        assert text == "South Korea’s Foreign \ufffdMinistry and the EU’s “External Action Service” met."

    def test_a_legacy_text_with_no_utf8_in_it_is_still_detected(self) -> None:
        text, encoding = decode_bytes(("Le ministère a déclaré à Genève. " * 4).encode("cp1252"))
        assert "ministère" in text and encoding != "utf-8"

    def test_latin1_is_detected(self) -> None:
        data = ("Le ministère a déclaré que les négociations à Genève ont échoué. " * 4).encode("latin-1")
        text, encoding = decode_bytes(data)
        assert "ministère" in text
        assert encoding != "utf-8"

    @pytest.mark.parametrize(
        "text",
        ["The deal was worth €5 million, officials said.", "Der Preis stieg um 5 € auf 12 € pro Stück."],
    )
    def test_windows_1252_wins_where_it_reads_cleanly(self, text: str) -> None:
        # the detector alone reads the euro sign of a short text as Mac Icelandic "Ä"
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")

    @pytest.mark.parametrize(
        "text",
        [
            "The fund pledged €5m to the town.",
            "Paris (AFP) – The city pledged €5m.",
            # an apostrophe inside a word is punctuation too
            "Tara Reid’s rep said “she is fine” — on Friday, costing €5 million.",
            "The company’s chief executive didn’t comment on Tuesday, a spokesman said.",
        ],
    )
    def test_windows_1252_punctuation_outside_words_wins(self, text: str) -> None:
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")

    @pytest.mark.parametrize(
        "text",
        [
            "Le café était fermé, a déclaré Élodie Martin, la directrice, mardi soir.",
            "Der Bürgermeister sagte am Dienstag, die Straße bleibe gesperrt.",
        ],
    )
    def test_a_short_latin1_text_reads_as_western_european(self, text: str) -> None:
        # the detector alone reads "café" as Mac Central European "cafť"
        assert decode_bytes(text.encode("latin-1")) == (text, "cp1252")

    @pytest.mark.parametrize(
        "text",
        [
            "Prezydent Polski powiedział we wtorek, że rozmowy będą kontynuowane.",
            "Předseda vlády v úterý řekl, že jednání budou pokračovat.",
        ],
    )
    def test_a_central_european_text_is_not_read_as_windows_1252(self, text: str) -> None:
        assert decode_bytes(text.encode("cp1250"))[0] == text

    def test_one_stray_byte_beside_one_utf8_character_is_read_as_utf8(self) -> None:
        data = "He said “fine” on Monday.".encode().replace(b" on", b" \xff on")
        assert decode_bytes(data) == ("He said “fine” \ufffd on Monday.", "utf-8, unreadable bytes replaced")
        data = "He said it’s fine on Monday.".encode().replace(b" on", b" \xff on")
        assert decode_bytes(data) == ("He said it’s fine \ufffd on Monday.", "utf-8, unreadable bytes replaced")

    def test_a_dos_letter_inside_a_word_is_not_read_as_windows_1252_punctuation(self) -> None:
        # cp850 "é" is byte 0x82, Windows-1252's low quotation mark: "d‚clar‚" is no reading
        text = "Le ministre a déclaré à Montréal que les coûts resteront bas."
        assert decode_bytes(text.encode("cp850"))[1] != "cp1252"

    def test_other_code_pages_are_not_read_as_windows_1252(self) -> None:
        text = "Президент заявил во вторник, что сделка стоит пять миллионов."
        assert decode_bytes(text.encode("cp1251"))[0] == text

    def test_a_guessed_encoding_is_marked_and_reported(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_bytes("Officials in Genève met on Tuesday; the deal is worth €5 million.\n".encode("cp1252"))
        (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
        corpus = load_sources(tmp_path)
        by_id = {s.id: s for s in corpus}
        assert by_id["a"].encoding_guessed and not by_id["b"].encoding_guessed
        from crosscheck import audit

        report = audit(corpus).to_markdown()
        notes = [line for line in report.splitlines() if line.startswith("- Encoding guessed:")]
        assert len(notes) == 1 and "a is not UTF-8 and was read as cp1252" in notes[0]

    @pytest.mark.parametrize("data", [b"", b"   \n\t  "])
    def test_empty_is_refused(self, data: bytes) -> None:
        with pytest.raises(InputError, match="empty"):
            decode_bytes(data, name="x.txt")

    def test_binary_is_refused_with_the_file_name(self) -> None:
        with pytest.raises(InputError, match=r"x\.bin.*binary"):
            decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="x.bin")

    def test_broken_utf16_names_the_problem(self) -> None:
        with pytest.raises(EncodingError):
            decode_bytes(b"\xff\xfe\x00\xd8", name="bad.txt")


class TestLoad:
    def test_folder_is_read_sorted_with_stems_as_ids(self, tmp_path: Path) -> None:
        for name in ("b.txt", "a.md", "c.txt"):
            (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "notes.pdf").write_bytes(b"%PDF")
        corpus = load_sources(tmp_path)
        assert [s.id for s in corpus] == ["a", "b", "c"]
        assert all(s.text == ARTICLE for s in corpus)

    def test_a_file_named_twice_is_read_once(self, tmp_path: Path) -> None:
        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
        with pytest.warns(SkippedInputWarning, match="the same file as"):
            corpus = load_sources([tmp_path, tmp_path / "b.txt"])
        assert [s.id for s in corpus] == ["a", "b"]
        assert sorted(Path(s.path).name for s in corpus.skipped) == ["b.txt", "link.txt"]

    def test_unreadable_file_is_skipped_and_reported(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
        with pytest.warns(SkippedInputWarning, match="b.txt"):
            corpus = load_sources(tmp_path)
        assert [s.id for s in corpus] == ["a"]
        assert len(corpus.skipped) == 1
        assert "b.txt" in corpus.skipped[0].path

    def test_on_error_raise(self, tmp_path: Path) -> None:
        (tmp_path / "b.txt").write_bytes(b"")
        with pytest.raises(InputError, match="empty"):
            load_sources(tmp_path, on_error="raise")

    def test_empty_folder(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match=r"no \.txt"):
            load_sources(tmp_path)

    def test_missing_path(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match="no such file"):
            load_sources(tmp_path / "nope.txt")

    @pytest.mark.parametrize("missing", ["articles/today", "My Articles/story one", "notes.txt"])
    def test_a_missing_path_without_a_line_break_is_an_error(self, missing: str) -> None:
        with pytest.raises(InputError, match="no such file"):
            load_sources(missing)

    @pytest.mark.parametrize("empty", ["", "   ", "\n\n"])
    def test_an_empty_string_is_an_empty_text_skipped_not_the_current_folder(self, empty: str) -> None:
        with pytest.warns(SkippedInputWarning, match="text-1: holds no text"):
            corpus = load_sources([empty, "Some text about the talks.", "Other text about the talks."])
        assert [s.id for s in corpus] == ["text-2", "text-3"]
        assert [s.path for s in corpus.skipped] == ["text-1"]
        with pytest.raises(InputError, match="holds no text"):
            load_sources([empty, "Some text about the talks."], on_error="raise")

    @pytest.mark.parametrize(
        "line", ["女優のタラ・リードさん（33）が金曜日、リハビリ施設に入所した。", "塔拉·里德周五进入康复中心。"]
    )
    def test_one_line_of_prose_without_spaces_is_text(self, line: str) -> None:
        assert load_sources([line, "Other text about the talks."]).sources[0].text == line

    def test_one_line_of_prose_with_a_slash_is_text(self) -> None:
        text = "Officials marked the 9/11 anniversary on Tuesday, the mayor said."
        assert load_sources([text, "Other text about the talks."]).sources[0].text == text

    def test_a_source_with_a_lone_surrogate_is_skipped_with_its_reason(self) -> None:
        bad = Source(id="bad", text="Police said 5 people died \udce9 on Monday.")
        with pytest.warns(SkippedInputWarning, match="lone surrogate"):
            corpus = load_sources([bad, Source(id="good", text="Police said 5 people died on Monday.")])
        assert [s.id for s in corpus] == ["good"]
        assert corpus.skipped[0].path == "bad" and "U+DCE9 at offset 26" in corpus.skipped[0].reason
        with pytest.raises(InputError, match="lone surrogate"):
            load_sources([bad], on_error="raise")

    def test_an_audit_with_a_lone_surrogate_still_writes_its_report(self) -> None:
        sources = [Source(id=f"s{n}", text=f"Police said {n} people died\ud800 on Monday.") for n in (5, 7)]
        sources += [Source(id=f"good{n}", text=f"Police said {n} people died on Monday.") for n in (5, 6)]
        with pytest.warns(SkippedInputWarning):
            report = audit(sources).to_markdown()
        assert "s5" in report and "lone surrogate" in report
        report.encode("utf-8")

    def test_texts_and_sources(self) -> None:
        corpus = load_sources(["Some text about the talks.", Source(id="x", text="Other text here.")])
        assert [s.id for s in corpus] == ["text-1", "x"]

    def test_duplicate_stems_get_unique_ids(self, tmp_path: Path) -> None:
        for folder in ("one", "two"):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
        ids = [s.id for s in load_sources(tmp_path)]
        assert len(set(ids)) == 2

    def test_too_large_is_skipped(self, tmp_path: Path) -> None:
        (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
        (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
        with pytest.warns(SkippedInputWarning):
            corpus = load_sources(tmp_path, max_chars=500)
        assert [s.id for s in corpus] == ["ok"]
        assert "max_source_chars" in corpus.skipped[0].reason


class TestClean:
    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            ("Loading market data...", "loading placeholder"),
            ("- Advertisement -", "advertisement marker"),
            ("ADVERTISEMENT", "advertisement marker"),
            ("Follow us on Telegram and X.com for updates", "follow-us line"),
            ("Reporter Jane Doe jane@example.org", "byline or contact e-mail"),
            ("![chart](https://example.org/a.png)", "image link"),
            ("Photo: Reuters", "photo credit or copyright line"),
            ("(AP)", "wire credit"),
            ("Summary", "section label"),
            ("Why Does This Matter Now?", "question sub-heading"),
        ],
    )
    def test_furniture_lines(self, line: str, reason: str) -> None:
        text = f"The ministers met on Tuesday and agreed on a plan.\n{line}\nThey will meet again."
        dropped = clean_text(text)
        assert [(text[d.start : d.end], d.reason) for d in dropped] == [(line, reason)]

    def test_prose_is_kept(self) -> None:
        assert clean_text(ARTICLE) == ()

    def test_trailing_block_after_a_list_marker(self) -> None:
        body = "\n".join(f"Sentence number {n} of the article says something." for n in range(8))
        text = f"{body}\nLatest News\nMarkets Rally on Hopes\nAnother Unrelated Headline Here\n"
        dropped = clean_text(text)
        assert dropped[-1].reason.startswith("trailing block")
        assert text[dropped[-1].start : dropped[-1].end] == "Markets Rally on Hopes\nAnother Unrelated Headline Here"

    def test_a_list_marker_early_in_the_text_drops_only_its_line(self) -> None:
        text = "Latest News\n" + "\n".join(f"Sentence {n} of the story is here." for n in range(8))
        assert [d.reason for d in clean_text(text)] == ["section label"]

    def test_offsets_point_into_the_text(self) -> None:
        text = "  - Advertisement -  \r\nThe talks went well.\r\n"
        (span,) = clean_text(text)
        assert text[span.start : span.end] == "- Advertisement -"

    def test_every_cleaner_is_named_and_documented(self) -> None:
        assert LINE_CLEANERS
        for cleaner in LINE_CLEANERS:
            assert cleaner.__name__.startswith("drop_")
            assert cleaner.__doc__


class TestReference:
    def test_plain_and_csv(self) -> None:
        names = parse_reference(["Pall Mall Process", '"Korea Internet & Security Agency", KISA', "", "# c"])
        assert [(n.canonical, n.aliases) for n in names] == [
            ("Pall Mall Process", ()),
            ("Korea Internet & Security Agency", ("KISA",)),
        ]

    def test_empty_reference_file(self, tmp_path: Path) -> None:
        path = tmp_path / "ref.txt"
        path.write_text("# nothing\n", encoding="utf-8")
        with pytest.raises(InputError, match="no names"):
            read_reference(path)


def test_line_numbers_count_every_line_ending() -> None:
    # a lone carriage return (old Mac files) ends a line as "\n" and "\r\n" do
    lines = ["Officials met in Valparaiso on Tuesday.", "They agreed to share data.", "A treaty was signed."]
    for ending in ("\n", "\r\n", "\r"):
        text = ending.join(lines)
        source = Source(id="s", text=text)
        assert source.line_col(text.index("They")) == (2, 1)
        assert source.line_col(text.index("treaty")) == (3, 3)


def test_the_report_says_which_bytes_could_not_be_read(tmp_path: Path) -> None:
    good = "Officials from Chile and Peru met in Valparaiso on Tuesday to discuss “fishing quotas”.\n"
    (tmp_path / "a.txt").write_bytes(good.encode().replace(b"Peru", b"P\xe9ru"))
    (tmp_path / "b.txt").write_text(good, encoding="utf-8")
    result = audit(tmp_path)
    (a,) = [s for s in result.sources if s.id == "a"]
    assert a.unreadable_characters == 1 and not a.encoding_guessed
    assert "Unreadable bytes: a is UTF-8 but in 1 place(s)" in result.to_markdown()


def test_a_replacement_character_written_in_the_text_is_no_unreadable_byte(tmp_path: Path) -> None:
    good = "Officials from Chile and Peru met in the Caf\ufffd Valparaiso on Tuesday to discuss quotas.\n"
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    (tmp_path / "b.txt").write_text(good.replace("Tuesday", "Friday"), encoding="utf-8")
    result = audit(tmp_path)
    assert all(s.unreadable_characters == 0 for s in result.sources)
    assert "Unreadable bytes" not in result.to_markdown()


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Copyright 2024 Tribune Media Group. All rights reserved. This material may not be published, "
         "broadcast, rewritten or redistributed.", "copyright notice"),
        ("Disclaimer: The views and opinions expressed in this article are those of the authors and do not "
         "necessarily reflect the official policy or position of this publication.", "disclaimer"),
        ("Our journalism depends on readers like you. Please donate today.", "appeal or helpline notice"),
        ("If you or someone you know is struggling, call or text 988.", "appeal or helpline notice"),
    ],
)
def test_an_outlets_standing_notice_is_dropped_with_its_reason(line: str, reason: str) -> None:
    text = "Floods in Sindh have displaced more than 40,000 people since Monday, officials said.\n" + line
    assert [(text[d.start : d.end], d.reason) for d in clean_text(text)] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed by the protesters do not reflect the majority, the mayor said.",
        "The opinions expressed by the author of the report were rejected by the ministry.",
        "Copyright lawyers said the ruling may not be published until Monday.",
    ],
)
def test_a_sentence_about_views_or_copyright_is_kept(line: str) -> None:
    assert clean_text("Floods displaced thousands on Monday, officials said.\n" + line) == ()


def test_a_shared_notice_does_not_make_two_outlets_one_origin() -> None:
    notice = ("Disclaimer: The views and opinions expressed in this article are those of the authors and do not "
              "necessarily reflect the official policy or position of this publication.")
    result = audit([
        Source(id="tribune", text="Floods in Sindh have displaced more than 40,000 people since Monday, "
                                  "provincial officials said.\n" + notice),
        Source(id="courier", text="More than 40,000 people have been displaced by floods in Sindh since "
                                  "Monday, according to provincial officials.\n" + notice),
    ])
    assert sorted(o.sources for o in result.provenance.origins) == [("courier",), ("tribune",)]


@pytest.mark.parametrize(
    "line",
    [
        "Lawmakers would like Facebook to remove the videos, the minister said.",
        "Police will find the threads that link the suspects, the prosecutor said. Three men were charged.",
        "Read more than 300 letters, the judge said the defendant had shown no remorse.",
        "Share this week's rise in prices is the largest since 1990, officials said.",
        "Loading the trucks took 3 hours, workers said...",
        "Views expressed at the meeting did not reflect the position of the company, a spokesman said.",
        "Reporter Kim Min-jun arrested in Seoul",
        "The mayor said families could write to help@seoul.go.kr for news of relatives.",
    ],
)
def test_a_line_of_the_story_is_not_furniture(line: str) -> None:
    assert clean_text("Officials said the storm hit on Monday, the agency said.\n" + line) == ()


@pytest.mark.parametrize(
    "line",
    ["Follow us on Twitter", "✅ Follow BITNEWSBOT on Telegram and X.com for updates.", "Loading comments",
     "Loading cryptocurrency prices...", "Reporter Kim Min-jun", "By JOHN SMITH, Associated Press",
     "Contact the reporter at jane@example.com", "Read more: Floods in Seoul", "Share this article"],
)
def test_furniture_is_still_dropped(line: str) -> None:
    assert len(clean_text("Officials said the storm hit on Monday, the agency said.\n" + line)) == 1


def test_a_story_line_with_an_address_does_not_end_the_article() -> None:
    paragraphs = [
        "Officials said 43 students were missing after the storm on Tuesday in Seoul.",
        "Rescue teams searched the river banks through the night, the fire service said.",
        "The National Police Agency said 12 bodies had been recovered by Wednesday morning.",
        "Relatives gathered outside the school gates as the search went on.",
        "The mayor said families could write to help@seoul.go.kr for news of relatives.",
        "The president is expected to visit the area on Thursday, his office said.",
    ]
    assert clean_text("\n\n".join(paragraphs)) == ()


def test_a_hard_wrapped_line_is_one_sentence_with_the_next() -> None:
    from crosscheck.config import AuditConfig
    from crosscheck.pipeline import prepare_source

    _, claims = prepare_source(Source(id="x", text="Officials said\n43 students died on Tuesday, police said."),
                               AuditConfig())
    assert [c.text for c in claims] == ["Officials said\n43 students died on Tuesday, police said."]


@pytest.mark.parametrize(
    "line",
    [
        "Zelensky said in a post on Telegram.",
        "The gunman livestreamed the attack on Facebook.",
        "The company said it had all rights reserved under the 2019 contract with the league.",
        "If you or someone you know saw the crash, police ask that you call them.",
    ],
)
def test_a_story_sentence_naming_a_platform_or_a_right_is_kept(line: str) -> None:
    assert clean_text("Officials said the storm hit on Monday, the agency said.\n" + line) == ()


def test_prose_with_a_lone_surrogate_is_skipped_as_text_and_a_bad_name_is_printable() -> None:
    with pytest.warns(SkippedInputWarning, match="lone surrogate"):
        corpus = load_sources(["Police said 5 people died on Monday \ud800 in the town, officials said.", "Other text, here."])
    assert [s.id for s in corpus] == ["text-2"]
    with pytest.raises(InputError) as error:
        load_sources(["/nowhere/caf\udce9.txt"])
    str(error.value).encode("utf-8")  # printable: the undecodable byte is written as \xe9
    assert "\\xe9" in str(error.value)



@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("If you or someone you know needs help, call or text the 988 Suicide and Crisis Lifeline.",
         "appeal or helpline notice"),
        ("Thomson Reuters 2024. All rights reserved. Republication or redistribution of Reuters content is "
         "expressly prohibited without the prior written consent of Reuters.", "copyright notice"),
        ("The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten "
         "or redistributed.", "copyright notice"),
        ("Get the latest updates on our Telegram channel", "follow-us line"),
    ],
)
def test_notices_that_open_otherwise_are_still_dropped(line: str, reason: str) -> None:
    text = "Officials met on Monday, the agency said.\n" + line
    assert [(text[d.start : d.end], d.reason) for d in clean_text(text)] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    ["MONDAY, MAY 23, 2005", "Thursday 29 July 2004 08.23 BST", "Published: 6/6/2013 | 10:10 AM PDT",
     "June 6th, 2013 7:38pm EDT", "2013-05-02"],
)
def test_a_date_alone_on_its_line_is_the_pages_stamp(line: str) -> None:
    text = "Cheeks Named Coach\n" + line + "\nMaurice Cheeks was named head coach on Monday, the team said.\n"
    assert [(text[d.start : d.end], d.reason) for d in clean_text(text)] == [(line, "page date")]


@pytest.mark.parametrize(
    "text",
    [
        "Maurice Cheeks was named head coach of the team on\nMay 23, 2005\nafter a long search.",
        "The season ends on Sunday.\nMay 23, 2005.\n",
        "Results\nMay 2005 Report on the season\n",
        "The game was on\nSaturday\n",
        "Two soldiers were killed in Kabul\nOn May 23, 2005\nwhen a roadside bomb exploded near the base.",
        "Career\nMinister of Defence\nMay 2012 - June 2013\nMinister of Finance\n",
        "Timeline\nAt 3 pm on May 5, 2013\nThe first shots were fired.\n",
        "Growth by year\n2011 12.5-13.5 9.1\n",
    ],
)
def test_a_date_in_a_wrapped_sentence_or_with_words_is_kept(text: str) -> None:
    assert all(d.reason != "page date" for d in clean_text(text))


def test_a_caption_line_that_opens_with_photo_or_video_but_says_something_is_kept() -> None:
    caption = "Video: Footage shows the moment the building collapsed."
    text = "The storm hit on Monday.\n" + caption + "\nPhoto: Reuters/Umit Bektas\nImage: courtesy of the family\n"
    dropped = [text[d.start : d.end] for d in clean_text(text)]
    assert dropped == ["Photo: Reuters/Umit Bektas", "Image: courtesy of the family"]


def test_a_date_line_under_a_headline_in_sentence_case_is_the_pages_stamp() -> None:
    text = "Five dead, dozens injured in Indonesia quake\nTuesday, July 2nd, 2013\n\nA quake hit Aceh on Tuesday.\n"
    assert [d.reason for d in clean_text(text)] == ["page date"]


FRONT_MATTER = (
    "---\n"
    "title: 'Minister quits over hospital deaths'\n"
    "publisher: Il Giornale di Prova\n"
    "url: https://example.org/minister-quits\n"
    "published: 2025-05-14\n"
    "tags:\n  - politics\n  - health\n"
    "---\n"
    "# Minister resigns\n\n"
    "Health Minister Laura Benedetti resigned on Tuesday after a report on the deaths of 42 patients.\n"
)


def test_front_matter_gives_the_sources_fields_and_is_no_claim(tmp_path: Path) -> None:
    path = tmp_path / "giornale.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    source = read_source(path)
    assert (source.title, source.outlet, source.url, source.published) == (
        "Minister quits over hospital deaths", "Il Giornale di Prova", "https://example.org/minister-quits",
        dt.date(2025, 5, 14),
    )
    assert source.text == FRONT_MATTER  # offsets still point into the file as written
    result = audit([source, Source(id="other", text="Laura Benedetti resigned on Tuesday, officials said.")])
    assert not any("---" in claim.text or "publisher" in claim.text for claim in result.claims)
    (front,) = [d for d in result.sources_by_id["giornale"].dropped if d.reason == "front matter"]
    assert (front.start, FRONT_MATTER[front.start : front.end].splitlines()[-1]) == (0, "---")
    # dropped once, whole: none of its lines again for a reason of its own ("published: …" is no page date)
    assert [d.reason for d in result.sources_by_id["giornale"].dropped if d.start < front.end] == ["front matter"]
    # the weekday is read against the publication date
    (tuesday,) = [f for c in result.claims if c.source == "giornale" for f in c.facts if f.text == "Tuesday"]
    assert (tuesday.unit, tuesday.value) == ("date", "2025-05-13")


@pytest.mark.parametrize(
    "text",
    [
        # a rule before prose, not fields (though a line of it reads like one)
        "---\nThe minister quit on Tuesday, officials said.\n---\nMore on this story.\n",
        "---\nUpdate: the minister quit on Tuesday.\nOfficials confirmed it.\n---\nMore on this story.\n",
        # lines shaped like fields, but none a field of a page: a note of the article
        "---\nUpdate: Police said on Tuesday that the death toll had risen to 12.\n---\nMore on this story.\n",
        # no rule closes it
        "---\ntitle: Minister quits\nThe minister quit on Tuesday.\n",
        # a rule later in the text
        "The minister quit on Tuesday.\n---\ntitle: x\n---\n",
    ],
)
def test_a_text_that_opens_with_no_front_matter_keeps_every_line(text: str) -> None:
    assert front_matter(text) is None
    assert not [d for d in clean_text(text) if d.reason == "front matter"]


@pytest.mark.parametrize(
    ("written", "published"),
    [
        ("2025-05-14T09:30:00+02:00", dt.datetime(2025, 5, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        ('"2025-05-14"', dt.date(2025, 5, 14)),
    ],
)
def test_a_front_matter_date_may_be_a_date_time_or_quoted(tmp_path: Path, written: str, published: dt.date) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: {written}\n---\nThe minister quit on Tuesday.\n", encoding="utf-8")
    assert read_source(path).published == published


def test_a_front_matter_date_that_is_no_iso_date_is_left_unknown_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ndate: last Tuesday\n---\nThe minister quit on Tuesday.\n", encoding="utf-8")
    with pytest.warns(MetadataWarning, match="'last Tuesday' is no ISO 8601 date"):
        source = read_source(path)
    assert source.published is None


def test_a_publication_time_dates_the_day_as_a_publication_date_does(tmp_path: Path) -> None:
    # "2025-05-14T10:00:00Z" read from front matter is a datetime: days are read against its date
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2025-05-14T10:00:00Z\n---\nThe bridge was closed on May 12 and on Tuesday.\n",
                    encoding="utf-8")
    other = Source(id="b", text="The bridge was closed on Tuesday, police said.", published=dt.date(2025, 5, 14))
    result = audit([read_source(path), other])
    values = {f.text: f.value for c in result.claims for f in c.facts if f.kind.value == "date"}
    assert values == {"May 12": "2025-05-12", "Tuesday": "2025-05-13"}
    assert not [d for d in result.discrepancies if d.kind.value == "date"]  # the same Tuesday either way


def test_a_front_matter_value_that_gives_nothing_is_left_unknown(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: >\n  A title folded\n  over two lines\noutlet: null\ndate: 2025-05-14  # first edition\n---\n"
        "The minister quit on Tuesday.\n",
        encoding="utf-8",
    )
    source = read_source(path)
    assert (source.title, source.outlet, source.published) == (None, None, dt.date(2025, 5, 14))


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Associated Press writer Julie Pace contributed to this report.", True),
        ("AP writers Josh Lederman and Julie Tate in Washington contributed to this report.", True),
        ("Additional reporting by Jane Doe in London.", True),
        ("(Reporting by Tom Hals in Wilmington, Delaware; Editing by Will Dunham)", True),
        ("Staff writer John Smith contributed reporting.", True),
        ("Reporting by the BBC showed the ministry had known for months.", False),
        ("The mayor said volunteers contributed to the cleanup on Monday.", False),
        ("More than 200 scientists from 40 countries contributed to the report, which found that seas rose.", False),
        ("Three agencies contributed to this report, officials said.", False),
    ],
)
def test_a_contributors_line_is_the_newsrooms_not_the_storys(line: str, dropped: bool) -> None:
    from crosscheck.ingest import drop_contributors_line

    assert (drop_contributors_line(line) == "contributors line") is dropped


def test_two_outlets_different_contributors_are_no_conflict() -> None:
    result = audit([
        "The president signed the bill on Monday at the White House.\n\n"
        "Associated Press writer Julie Pace contributed to this report.",
        "The president signed the bill on Monday at the White House, officials said.\n\n"
        "Associated Press writer Julie Tate in Washington contributed to this report.",
    ])
    assert result.discrepancies == ()
    assert [d.reason for s in result.sources for d in s.dropped] == ["contributors line"] * 2


def test_an_article_in_a_format_not_read_yet_is_reported_skipped_not_passed_over(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>" + ARTICLE + "</p>", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.warns(SkippedInputWarning, match="b.html: saved as HTML, which crosscheck does not read yet"):
        corpus = load_sources(tmp_path)
    assert [s.id for s in corpus] == ["a"]
    assert [s.path for s in corpus.skipped] == [str(tmp_path / "b.html")]
