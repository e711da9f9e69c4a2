from __future__ import annotations

import itertools

import pytest

from crosscheck.ingest import clean_source
from crosscheck.models import SegmentKind, Source
from crosscheck.segment import segment_source, split_sentences


def _segments(text: str) -> list[tuple[str, str]]:
    source = clean_source(Source(id="s", text=text))
    return [(s.kind.value, s.text) for s in segment_source(source)]


def test_offsets_round_trip() -> None:
    text = "Headline Without A Stop\n\nFirst sentence here. Second one, Mr. Lee said.\n- a bullet item\n"
    source = Source(id="s", text=text)
    segments = segment_source(source)
    assert segments
    for segment in segments:
        assert text[segment.start : segment.end] == segment.text


def test_abbreviations_do_not_end_sentences() -> None:
    text = "S. Korea and the U.S. met. Mr. Steele said Dr. Kim agreed. It ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "S. Korea and the U.S. met.",
        "Mr. Steele said Dr. Kim agreed.",
        "It ended.",
    ]


def test_a_quotation_is_not_cut_from_its_speaker() -> None:
    text = "“The cost is high. It will rise further,” Kim said. Then talks ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "“The cost is high. It will rise further,” Kim said.",
        "Then talks ended.",
    ]


def test_unclosed_quote_does_not_swallow_everything() -> None:
    text = "“" + "This goes on. " * 400
    spans = split_sentences(text)
    assert len(spans) > 1


def test_kinds() -> None:
    text = (
        "Leaders Agree On Cyber Pact\n"
        "- Both sides will share information.\n"
        "• They meet again in July.\n"
        "This photo shows the delegates in Seoul.\n"
        "The talks were held in Seoul on Tuesday. They lasted two hours.\n"
    )
    assert _segments(text) == [
        ("headline", "Leaders Agree On Cyber Pact"),
        ("bullet", "Both sides will share information."),
        ("bullet", "They meet again in July."),
        ("caption", "This photo shows the delegates in Seoul."),
        ("body", "The talks were held in Seoul on Tuesday."),
        ("body", "They lasted two hours."),
    ]


def test_attribution_line_joins_the_quote_below_it() -> None:
    text = "The ministry said in a statement,\n“Both sides agreed to cooperate closely.”\nNext line here."
    kinds = _segments(text)
    assert kinds[0] == ("body", "The ministry said in a statement,\n“Both sides agreed to cooperate closely.”")


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = "The two sides agreed on the need to\nshare information quickly. Then they left."
    assert [t for _, t in _segments(text)] == [
        "The two sides agreed on the need to\nshare information quickly.",
        "Then they left.",
    ]


def test_dropped_lines_are_not_segments() -> None:
    text = "The talks ended.\n- Advertisement -\nThey agreed on a plan."
    assert [t for _, t in _segments(text)] == ["The talks ended.", "They agreed on a plan."]
    assert SegmentKind.BODY.value == "body"


def test_a_blank_line_ends_a_paragraph_whose_last_line_has_no_stop() -> None:
    # a long title line with no full stop (a web page's), then the article's first paragraph
    title = ("www. example. com / news / cumbria - double - murder Cumbria double murder: son suspected of "
             "killing mother and sister had begged to stay in hospital Sunday, 9 June 2013")
    segments = _segments(title + "\n\nJohn Jenkin, 23, had been sectioned before the double murder.\n")
    assert segments[-1] == ("body", "John Jenkin, 23, had been sectioned before the double murder.")
    assert not any("Sunday" in text and "Jenkin" in text for _, text in segments)


def test_plain_breaks_are_decided_as_punkt_decides_them() -> None:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from crosscheck.segment import ABBREVIATIONS, _tokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(params)
    contexts = [
        "said. The", "said. the", "Mr. Smith", "mr. smith", "J. Bach", "j. bach", "U. S", "Gen. Lee",
        "why? The", "no! he", "etc. And", "Inc. shares", "a. m", "Feb. The", "said.  The",
        "Act.”", "Mr.”", 'said. "I', "etc. “We", "W. Va.),", "W. Va),", "Co. (1982).)", "said. Intel's",
        "Dec. 19", "ok.?", "Mr.?", "said.\nThe",
    ]
    for context in contexts:
        assert _tokenizer().text_contains_sentbreak(context) == punkt.text_contains_sentbreak(context), context
    for text in (
        "He met Mr. Smith. Then he left! Why? J. Bach wrote it at 5 p.m. on Feb. 3. It rained.",
        'He left. (Then he came back.) "Why?" she asked.\u2028It rained.\u00a0Then it stopped.',
        "He left.\x1cThen he came back. A separator\x1f. Then more.",  # nltk's own patterns
    ):
        assert list(_tokenizer(text).span_tokenize(text)) == list(punkt.span_tokenize(text))


def test_text_that_runs_on_without_a_sentence_end_is_cut_at_clause_marks() -> None:
    from crosscheck.segment import MAX_SEGMENT_CHARS

    clause = "the council counted 12 boats near Valparaiso, "
    text = "Officials said " + clause * 300 + "and left"
    segments = segment_source(Source(id="s", text=text))
    assert len(segments) > 1
    assert all(len(s.text) <= MAX_SEGMENT_CHARS and text[s.start : s.end] == s.text for s in segments)
    assert all(s.text.endswith(",") for s in segments[:-1])  # cut after a comma, not inside a word
    assert "".join(text[s.start : n.start] for s, n in itertools.pairwise(segments)) + segments[-1].text == text


def test_a_long_sentence_of_real_length_is_kept_whole() -> None:
    sentence = "The minister said, " + ", ".join(f"point {n} of the plan" for n in range(150)) + "."
    assert 2500 < len(sentence) < 4000
    assert _segments(sentence) == [("body", sentence)]


def test_a_straight_quotation_of_two_sentences_closes() -> None:
    text = ('He said: "We agree. We will act." Then he left. Police said 43 students died. '
            "The mayor declared an emergency on Tuesday.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        'He said: "We agree. We will act."', "Then he left.", "Police said 43 students died.",
        "The mayor declared an emergency on Tuesday.",
    ]


def test_a_question_keeps_its_speaker() -> None:
    text = "“Where are our 43 children?” asked Kim Min-jun, whose son is missing. Police said nothing."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "“Where are our 43 children?” asked Kim Min-jun, whose son is missing.", "Police said nothing.",
    ]


@pytest.mark.parametrize(
    "text",
    ["The Ph.D. student Kim Min-jun, 23, was arrested on Monday.",
     "He was driving at 90 m.p.h. when the car hit 12 pedestrians.",
     "John Smith, a.k.a. Johnny, was seen near Hwy. 5 on Monday."],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [("The blast happened at 3 p.m. Police arrived 20 minutes later.", "The blast happened at 3 p.m."),
     ("Sales rose in the U.S. It was the best year since 2010.", "Sales rose in the U.S."),
     ("He met John Smith Jr. He left on Monday.", "He met John Smith Jr."),
     # after a time of day any capitalised word opens a sentence, but a day, a month or a time zone
     ("The ferry set off at 6 a.m. Prime Minister Kyriakos Mitsotakis declared a day of mourning.",
      "The ferry set off at 6 a.m."),
     ("Doors open at 7 p.m. Organisers said tickets were sold out.", "Doors open at 7 p.m.")],
)
def test_an_abbreviation_that_ends_a_sentence_ends_it_before_a_word_that_opens_one(text: str, first: str) -> None:
    spans = split_sentences(text)
    assert len(spans) == 2 and text[spans[0][0] : spans[0][1]] == first


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is at 3 p.m. Tuesday in Seoul.", "Officials from the U.S. State Department came.",
        "The ferry left at 6 a.m. EST and sank.", "The ferry left at 9 a.m. Sept. 5 and sank.",
        "The ferry left at 6 a.m. Eastern and sank.", "The ferry left at 7 a.m. New York time and sank.",
        # a holiday or a zone no verb follows
        "A fire broke out at 6 a.m. Christmas Day, killing three people.",
        "The ferry left at 7 a.m. Moscow Time and sank.", "It began at 6 a.m. New Year's Day and ended.",
    ],
)
def test_an_abbreviation_before_a_name_goes_on(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("brk", ["\u2029", "\u2028", "\x0c", "\x85", "\n"])
def test_every_line_break_splitlines_knows_ends_a_line(brk: str) -> None:
    from crosscheck.config import AuditConfig
    from crosscheck.pipeline import prepare_source

    source = Source(id="x", text=f"Storm kills 43 in Seoul{brk}Advertisement{brk}Officials said 43 students died on Tuesday.")
    claims = prepare_source(source, AuditConfig())[1]
    assert [c.text for c in claims] == ["Storm kills 43 in Seoul", "Officials said 43 students died on Tuesday."]
    assert [source.line_col(c.start) for c in claims] == [(1, 1), (3, 1)]


def test_a_country_abbreviation_before_a_title_goes_on() -> None:
    assert len(split_sentences("D.C. Police Chief Pamela Smith said the suspect fled. U.S. Police Chief Jones agreed.")) == 2


def test_a_headline_over_a_dateline_stays_a_headline() -> None:
    from crosscheck.config import AuditConfig
    from crosscheck.pipeline import prepare_source

    text = "Storm kills dozens in Seoul\n12 May 2025 | 10:31 AM\nOfficials said 43 students died on Tuesday."
    claims = prepare_source(Source(id="x", text=text), AuditConfig())[1]
    assert [c.text for c in claims][-1] == "Officials said 43 students died on Tuesday."
    assert "Storm kills dozens in Seoul" in [c.text for c in claims]



@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Seoul flood toll rises to 43, mayor says\nThe mayor of Seoul said on Monday that 43 people had died.",
         ["Seoul flood toll rises to 43, mayor says", "The mayor of Seoul said on Monday that 43 people had died."]),
        ("Rescue workers in Seoul said on Monday that the flooding had killed\n43 people and left thousands homeless.",
         ["Rescue workers in Seoul said on Monday that the flooding had killed\n43 people and left thousands homeless."]),
    ],
)
def test_a_line_runs_on_into_a_figure_only_after_a_word_in_lower_case(text: str, claims: list[str]) -> None:
    from crosscheck.config import AuditConfig
    from crosscheck.pipeline import prepare_source

    assert [c.text for c in prepare_source(Source(id="x", text=text), AuditConfig())[1]] == claims


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a tokenised corpus writes decimals with a space after the point: no sentence ends there
        ("The rookie averaged 5. 2 yards a carry. He scored twice.",
         ["The rookie averaged 5. 2 yards a carry.", "He scored twice."]),
        ("A 5. 9 magnitude quake hit and $27. 5 million was pledged.",
         ["A 5. 9 magnitude quake hit and $27. 5 million was pledged."]),
        # a year ends its sentence, and so does a figure before a time of day
        ("It happened in 2008. 4 men were held.", ["It happened in 2008.", "4 men were held."]),
        ("Posted July 23, 2008. 4: 49 pm: charges were filed.",
         ["Posted July 23, 2008.", "4: 49 pm: charges were filed."]),
    ],
)
def test_a_decimal_split_by_a_tokeniser_does_not_end_a_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, tokenised=True)] == sentences


def test_a_source_that_writes_figures_the_usual_way_ends_a_sentence_before_digits() -> None:
    text = "The bus crash killed 15. 12 of the victims were children."
    assert len(split_sentences(text)) == 2
    # a whole source: tokenised ("5. 9", "12, 000") or not
    tokenised = "A 5. 9 magnitude quake left 12, 000 homeless. He averaged 5. 2 yards a carry."
    assert [s.text for s in segment_source(Source(id="s", text=tokenised))] == [
        "A 5. 9 magnitude quake left 12, 000 homeless.", "He averaged 5. 2 yards a carry.",
    ]
    plain = "A 5.9 magnitude quake left 12,000 homeless. The crash killed 15. 12 of them were children."
    assert len(segment_source(Source(id="s", text=plain))) == 3



def test_claims_and_dropped_spans_never_overlap() -> None:
    # a line kept around its dropped words (" World Health "), and a sentence leading with a
    # colon into page furniture, were segmented over what cleaning dropped (third QA pass)
    import crosscheck

    texts = [
        "Officials met in Seoul on Tuesday to discuss the plan.\n World Health \nThe talks went well, officials said.",
        'Tor was branded "the Web browser for criminals" by one news report:\n\n\nEnlarge\nBusiness Insider\n'
        "While Tor can be used by criminals, it was created by the US Naval Research Laboratory.\n",
    ]
    audit = crosscheck.audit(
        [Source(id=str(n), text=t) for n, t in enumerate(texts)] + [Source(id="x", text="Officials met in Seoul.")],
        workers=1,
    )
    for source in audit.sources:
        dropped = [(d.start, d.end) for d in source.dropped]
        assert len(dropped) == len(set(dropped)), source.dropped
        for claim in audit.claims:
            if claim.source == source.id:
                assert not any(claim.start < end and start < claim.end for start, end in dropped), (claim, dropped)
    assert sum(1 for d in audit.sources[0].dropped) == 1
    assert [c.text for c in audit.claims if c.source == "1"][-1].startswith("While Tor")


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_text_with_another_space_between_every_word_splits_as_with_spaces(space: str) -> None:
    text = (
        "Officials met in Seoul on Tuesday to discuss cybercrime. John Smith said 43 people were injured "
        'in the blast. "We will rebuild the bridge quickly," said Mayor Anna Lee.'
    )
    assert split_sentences(text.replace(" ", space)) == split_sentences(text)
    assert len(split_sentences(text)) == 3
