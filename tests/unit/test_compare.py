from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck import compare
from crosscheck.checks import wording_differs
from crosscheck.compare import compare_sentences, is_slip
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind, Label
from crosscheck.quotations import QUOTED_FIGURE_RULE, quote_key


def _kinds(a: str, b: str) -> list[str]:
    return [d.kind.value for d in compare_sentences(a, b).discrepancies]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("police", "policy", True),
        ("paul", "pall", True),
        ("yoon", "youn", True),
        ("korea", "korean", False),
        ("stachowiak", "stadejek", False),
        ("eu", "ec", False),
        ("minister", "ministry", False),
        ("kraken", "krakne", True),
        ("tuesday", "thursday", False),
    ],
)
def test_is_slip(a: str, b: str, expected: bool) -> None:
    assert is_slip(a, b) is expected


def test_a_temperature_below_zero_is_not_the_same_above() -> None:
    result = compare_sentences(
        "Temperatures fell to -5C overnight in Oslo, forecasters said.",
        "Temperatures fell to 5C overnight in Oslo, forecasters said.",
    )
    (d,) = result.discrepancies
    assert d.kind is DiscrepancyKind.NUMBER and sorted(v.text for v in d.variants) == ["-5C", "5C"]
    # the same temperature, written two ways, agrees
    assert not compare_sentences(
        "It was minus 20 degrees in Oslo on Tuesday night, forecasters said.",
        "It was -20 degrees in Oslo on Tuesday night, forecasters said.",
    ).discrepancies


def test_same_claim_with_a_different_number() -> None:
    result = compare_sentences(
        "Police said 43 students were missing after the attack.",
        "Police said 42 students were missing after the attack.",
    )
    assert result.same_claim
    (d,) = result.discrepancies
    assert d.kind is DiscrepancyKind.NUMBER
    assert [v.text for v in d.variants] == ["43", "42"]


def test_different_surname_in_the_same_slot() -> None:
    kinds = _kinds(
        "The talks were led by Maciej Stachowiak of the EEAS.",
        "The talks were led by Maciej Stadejek of the EEAS.",
    )
    assert kinds == ["name-conflict"]


def test_benign_variation_raises_nothing() -> None:
    result = compare_sentences(
        "Director-General Youn said the seventh meeting on security and defence was analysed.",
        "Director General Youn said the 7th meeting on security and defense was analyzed.",
    )
    assert result.score == 100
    assert result.discrepancies == ()


def test_quote_wording() -> None:
    kinds = _kinds(
        "“We will never accept the sanctions imposed on our people,” he said.",
        "“We will never accept the sanctions imposed on our nation,” he said.",
    )
    assert kinds == ["quote-wording"]


def test_partial_quotation_is_not_a_wording_difference() -> None:
    kinds = _kinds(
        "“We will never accept the sanctions imposed on our people,” he said.",
        "“We will never accept the sanctions,” he said.",
    )
    assert kinds == []


def test_similarity_is_symmetric() -> None:
    a, b = "Seoul and Brussels agreed to cooperate on cybercrime.", "Brussels, Seoul agree on cybercrime"
    assert compare_sentences(a, b).score == compare_sentences(b, a).score


def test_names_one_source_uses_together_are_two_things() -> None:
    audit = crosscheck.audit([
        "North Korea and South Korea held border talks on Monday in the village of Panmunjom.",
        "South Korea held border talks with its neighbour on Monday in the village of Panmunjom.",
    ])
    assert audit.discrepancies == ()


def test_corpus_wide_slip_outside_aligned_claims() -> None:
    audit = crosscheck.audit([
        "Officials from the National Police Agency attended the long meeting on drug smuggling routes.",
        "A spokesman later thanked the National Policy Agency, whose staff had organised transport.",
    ])
    (d,) = audit.discrepancies
    assert d.kind is DiscrepancyKind.NAME_VARIANT
    assert d.cluster is None
    assert d.majority is None
    assert "one letter" in d.explanation


def test_reference_aliases_are_never_flagged() -> None:
    texts = [
        "Talks on the Pall Mall Process and the EU Commission went on in Seoul all day.",
        "The Paul Mall Process was discussed, as was the EU Comission, in Seoul all day.",
    ]
    audit = crosscheck.audit(
        texts,
        reference=[crosscheck.ReferenceName("Pall Mall Process"), crosscheck.ReferenceName("EU Commission", ("EU Comission",))],
    )
    reference = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.REFERENCE]
    assert [d.variants[1].text for d in reference] == ["Paul Mall Process"]


def test_conflicting_label_comes_with_its_reason() -> None:
    audit = crosscheck.audit([
        "Officials said 43 students were missing after the storm on Tuesday.",
        "Officials said 42 students were missing after the storm on Tuesday.",
        "A third outlet wrote about something else entirely, a parade in Rome.",
    ])
    (cluster,) = [c for c in audit.clusters if len(c.sources) == 2]
    assert cluster.label is Label.CONFLICTING
    assert cluster.discrepancies == (audit.discrepancies[0].id,)
    assert "number" in cluster.reason
    assert cluster.pairs and cluster.pairs[0].score >= audit.config.same_claim_cutoff  # type: ignore[union-attr]


@pytest.mark.parametrize("reverse", [False, True])
def test_a_short_quotation_with_one_long_word_changed_is_reworded(reverse: bool) -> None:
    # "a hours cache …" scores 83 against the other sentence, under the passage cutoff,
    # both ways: the two quotations of six words, five the same, are one reworded
    texts = [
        "The navy said its commandos boarded the boats and seized “a substantial cache of arms and equipment,” "
        "including rifles.",
        "Officials said the raid had uncovered “a hours cache of arms and equipment,” which was handed to the "
        "police on Friday.",
    ]
    sources = [crosscheck.Source(id=sid, text=text) for sid, text in zip("ab", texts[::-1] if reverse else texts, strict=True)]
    result = crosscheck.audit(sources)
    reworded = [d for d in result.discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING]
    assert [sorted(v.text for v in d.variants) for d in reworded] == [
        ["a hours cache of arms and equipment,", "a substantial cache of arms and equipment,"]
    ]
    assert not [d for d in result.discrepancies if d.kind is DiscrepancyKind.UNSUPPORTED_QUOTE]


def test_a_misspelt_title_is_a_slip_of_the_title_the_others_write() -> None:
    result = crosscheck.audit([
        crosscheck.Source(id="a", text="In Berlin, Chancellor Angela Merkel urged parliament to pass the bailout quickly."),
        crosscheck.Source(id="b", text="Chancellor Angela Merkel told lawmakers on Wednesday that the euro was at stake."),
        crosscheck.Source(id="c", text="In Germany, Chancelgor Angela Merkel said the Greek crisis showed the need for new rules."),
    ])
    (slip,) = result.discrepancies
    assert slip.kind is DiscrepancyKind.NAME_VARIANT
    assert [(v.text, v.sources) for v in slip.variants] == [
        ("Chancellor Angela Merkel", ("a", "b")), ("Chancelgor Angela Merkel", ("c",)),
    ]


def _audit(*texts: str) -> crosscheck.Audit:
    """An audit of ``texts``, sources ``a``, ``b``, … in order."""
    return crosscheck.audit([crosscheck.Source(id=chr(ord("a") + n), text=t) for n, t in enumerate(texts)])


def test_a_short_quotation_inside_a_longer_one_with_its_last_word_changed_is_reworded() -> None:
    # the short quotation is part of the other's longer one; with one long word changed it
    # scores under the passage cutoff, and the two quotations are not as many words long
    result = _audit(
        "“When the patch is released, people should run, not walk, to get it installed,” said Paul Ferguson, "
        "a researcher with Trend Micro.",
        "“People should run, not walk, to get it devastating,” said Trend Micro researcher Paul Ferguson on Wednesday.",
    )
    (reworded,) = [d for d in result.discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING]
    texts = sorted(v.text for v in reworded.variants)
    assert any("devastating" in t for t in texts) and any("installed" in t for t in texts)


def test_a_quotation_with_words_left_out_is_neither_reworded_nor_unsupported() -> None:
    result = _audit(
        "“There are very few billboards around the city. With just four days to go before the election, I still "
        "don't know who I'm supposed to vote for,” said Maral, 45.",
        "“There are very few billboards around the city... I still don't know who I'm supposed to vote for,” "
        "Maral, a resident of Ashgabat, said.",
    )
    assert result.discrepancies == ()


def test_a_clock_time_written_two_ways_in_one_quotation_is_no_rewording() -> None:
    result = _audit(
        "“Bettie Page passed away at 6:41pm PST this evening in a Los Angeles hospital,” her agent Mark Roesler said.",
        "Her agent said: “Bettie Page passed away at 18:41 this evening in a Los Angeles hospital,” adding that she "
        "had been ill.",
    )
    assert [d for d in result.discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING] == []


def test_words_left_out_never_hide_a_negation() -> None:
    assert not wording_differs(quote_key("we will ... fight on"), quote_key("we will, as ever, fight on"))
    assert wording_differs(quote_key("we will ... surrender"), quote_key("we will not surrender"))


def test_a_figure_changed_inside_a_quotation_is_a_number_discrepancy() -> None:
    result = crosscheck.audit([
        '"We are all deeply shocked by the unjust death of four of our citizens," Mr Papandreou told parliament.',
        'The prime minister told lawmakers: "We are deeply shocked by the unjust death of three of our citizens."',
        "Protesters marched through Athens on Wednesday against the spending cuts.",
    ])
    figure, wording = result.discrepancies
    assert (figure.kind, figure.rule, figure.severity) == (DiscrepancyKind.NUMBER, QUOTED_FIGURE_RULE, "high")
    assert [(v.text, v.sources) for v in figure.variants] == [("four", ("text-1",)), ("three", ("text-2",))]
    assert "('four' and 'three')" in figure.explanation
    assert wording.kind is DiscrepancyKind.QUOTE_WORDING  # the wording is reported as before, once


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # three wordings: the figure once, by the slot that holds it, and the wording once
        (["The minister said: “We lost three of our citizens in this cowardly attack on the market.” Police said so.",
          "“We lost four of our citizens in this cowardly attack on the market,” the minister said. Police said so.",
          "The minister told reporters “we lost four of our brave citizens in this vile attack on the market.”"],
         [("number", "the same sentence in both sources, with this number changed"),
          ("quote-wording", "one quotation, two wordings")]),
        # "two hours" and "120 minutes" count different things: no figure differs, the wording does
        (['The captain, speaking in Athens on Monday, said "the ferry sank within two hours of the storm".',
          'Rescue teams were still searching. The captain told state TV: "the ferry sank within 120 minutes of the storm".',
          "Protesters marched through Athens on Wednesday against the spending cuts."],
         [("quote-wording", "one quotation, two wordings")]),
    ],
)
def test_a_figure_in_a_quotation_is_reported_once_and_only_against_a_figure_of_the_same_unit(
    texts: list[str], expected: list[tuple[str, str]]
) -> None:
    result = crosscheck.audit(texts)
    assert [(d.kind.value, d.rule) for d in result.discrepancies] == expected


def test_a_quoted_figure_a_slot_already_reports_leaves_the_quotation_a_matter_of_wording() -> None:
    result = crosscheck.audit([
        'The company said: "Total downtime was 1hr 3 mins, and all links are back up now."',
        'In a statement after the cut, SEACOM wrote that "total downtime was 1hr 4 mins, and all links are back up now."',
        "Engineers in Alexandria repaired the damaged fibre overnight, officials said.",
    ])
    assert sorted((d.kind.value, d.rule) for d in result.discrepancies) == [
        ("number", "different value in the same slot"), ("quote-wording", "one quotation, two wordings"),
    ]


def test_a_source_writes_one_quotation_one_way_in_a_discrepancy() -> None:
    # the search finds the other's first sentence inside this source's quotation of two;
    # the quotations compared whole already set the two apart
    whole = (
        "“If genuine, we are appalled by the brutal murder of an innocent American journalist and we "
        "express our deepest condolences to his family and friends. We will provide more information "
        "when it is available.”"
    )
    first = (
        "The statement added: “If genuine, we are appalled by the brutal murder of an innocent American "
        "journalist and we express our deppest condolences to his family and friends,” a spokeswoman said."
    )
    (d,) = [d for d in crosscheck.audit([whole, first]).discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING]
    assert [v.sources for v in d.variants] == [("text-1",), ("text-2",)]
    assert d.variants[0].text.endswith("when it is available.")


def test_one_spelling_of_a_reference_name_is_one_discrepancy_with_every_source_that_writes_it() -> None:
    texts = [
        "Tara Reid checked into rehab on Friday. Tara Reid has struggled for years.",
        "Actress Tara Reid entered a rehab clinic in Malibu on Friday.",
        "Tara Reed was seen leaving the clinic, a publicist said.",
    ]
    audit = crosscheck.audit(texts, reference=["Tara Ried"])
    misses = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.REFERENCE]
    assert [[v.text for v in d.variants] for d in misses] == [["Tara Ried", "Tara Reid"], ["Tara Ried", "Tara Reed"]]
    reid, reed = misses
    assert reid.variants[1].sources == ("text-1", "text-2") and "2 sources write it so" in reid.explanation
    assert "write it so" not in reed.explanation
    # each span is the name as the variant writes it, without the title before it ("Actress Tara Reid")
    text = {s.id: s.text for s in audit.sources}
    source_of = {c.id: c.source for c in audit.claims}
    assert [text[source_of[c]][a:b] for c, a, b in reid.variants[1].spans] == ["Tara Reid"] * 3


def test_a_variant_written_at_one_place_with_and_without_its_comma_reads_the_same_in_any_order() -> None:
    from crosscheck.explanations import build_variants
    from crosscheck.models import Claim, Fact, FactKind

    text = "“We are held by rebels in Syria,” he said."
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=())
    comma = Fact(kind=FactKind.QUOTE, text=text[1:32], start=1, end=32, value="we are held by rebels in syria")
    bare = Fact(kind=FactKind.QUOTE, text=text[1:31], start=1, end=31, value="we are held by rebels in syria")
    shown = [
        build_variants({"k": [(claim, first), (claim, second)]}, {"a#1": 0})[0]
        for first, second in ((comma, bare), (bare, comma))
    ]
    assert shown[0] == shown[1] and shown[0].text == "We are held by rebels in Syria,"


def test_a_people_beside_its_country_is_no_slip() -> None:
    audit = crosscheck.audit([
        "The rescued crew included 12 Somalis. The navy said the ship was safe on Monday.",
        "Pirates operating off Somalia attacked a ship. The navy said the ship was safe on Monday.",
    ])
    assert [d for d in audit.discrepancies if d.kind is DiscrepancyKind.NAME_VARIANT] == []


def test_a_reference_name_listed_twice_gives_each_mention_once() -> None:
    audit = crosscheck.audit(
        ["Tara Reid checked into rehab on Friday.", "Tara Reid entered a clinic in Malibu on Friday."],
        reference=["Tara Ried", "Tara Ried"],
    )
    (d,) = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.REFERENCE]
    assert len(d.variants[1].spans) == len(set(d.variants[1].spans)) == 2


@pytest.mark.parametrize(
    ("affirmed", "negated"),
    [
        ("The minister resigned on Friday, his office said in a statement.",
         "The minister did not resign on Friday, his office said in a statement."),
        ("Police said the suspect was armed when officers arrived at the house.",
         "Police said the suspect wasn't armed when officers arrived at the house."),
        ("The company confirmed the deal on Monday in a filing.",
         "The company never confirmed the deal on Monday in a filing."),
        # "no longer", "have" as a verb, and the month May (no hedge)
        ("The main road into the town is closed to traffic, police said.",
         "The main road into the town is no longer closed to traffic, police said."),
        ("The city has a working fire station near the harbour.",
         "The city does not have a working fire station near the harbour."),
        ("The minister resigned from the cabinet in May, officials said.",
         "The minister did not resign from the cabinet in May, officials said."),
    ],
)
def test_a_statement_and_its_negation_conflict(affirmed: str, negated: str) -> None:
    audit = crosscheck.audit([affirmed, negated])
    (d,) = audit.discrepancies
    assert d.kind is DiscrepancyKind.NEGATION and d.severity == "high"
    assert [v.text for v in d.variants] == [affirmed, negated] and "negates it" in d.explanation
    assert [c.label.value for c in audit.clusters] == ["conflicting"]
    assert [x.kind for x in crosscheck.compare_sentences(affirmed, negated).discrepancies] == [DiscrepancyKind.NEGATION]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the negation is in a sentence only one of them has: it negates nothing the other says
        ('"Absolutely no way. I had dinner with the Mitchells four or five times a week."',
         '"Absolutely no way. I had dinner with the Mitchells four or five times a week. '
         'It was not just a political relationship."'),
        # both negate it
        ("The minister did not resign on Friday, his office said.", "The minister did not resign on Friday, aides said."),
        # a headline glued to the sentence
        ("Officials have denied that the absence is health-related, a U.S. official said this week.",
         "NOT HIS FIRST ABSENCE Officials have denied that the absence is health-related, a U.S. official said this week."),
        # one denies in other words: more than the negation apart
        ("An Iraqi official denied that the woman detained in Lebanon is the wife of the group's leader.",
         "An Iraqi official told reporters that the woman detained in Lebanon was not the wife of the group's leader."),
        # too short to be one statement ("No" is no negation this rule reads)
        ("No gun has been recovered.", "The gun has not been recovered."),
        # a question asserts nothing
        ("Has the minister resigned from the cabinet after the vote?",
         "The minister has not resigned from the cabinet after the vote."),
        # a negation that denies nothing the other says
        ("The storm not only destroyed hundreds of homes but also cut power to the island.",
         "The storm destroyed hundreds of homes and also cut power to the island."),
        ("The fire was not brought under control until Monday evening, officials said.",
         "The fire was brought under control on Monday evening, officials said."),
        ("Hundreds, if not thousands, of people fled the fighting in the city on Sunday.",
         "Hundreds of thousands of people fled the fighting in the city on Sunday."),
        # two moments (tenses), two parties (a word added)
        ("The main road into the town is no longer closed to traffic.",
         "The main road into the town was closed to traffic."),
        ("Officials said the ceasefire in the northern province was holding.",
         "Rebel officials said the ceasefire in the northern province was not holding."),
        # hedged, or of some of a group
        ("It is unclear whether or not the gunman acted alone, police said.",
         "It is unclear whether the gunman acted alone, police said."),
        ("One of the suspects was not arrested at the scene, police said.",
         "One of the suspects was arrested at the scene, police said."),
        ("The international airport has not reopened after the earthquake.",
         "The international airport will reopen after the earthquake."),
        # the other negates it too, in other words
        ("The province has no state lottery, and only once before has its court ruled on one.",
         "The province does not have a state lottery, and only once before has its court ruled on one."),
        ("None of his rivals chose him as a running mate, nor was the senator asked about it.",
         "None of his rivals chose him as a running mate and the senator was not asked about it."),
        # the negation negates a verb the other has not ("did not confirm")
        ("The report said officials met on Monday and the talks were useful.",
         "The report said officials did not confirm they met on Monday and the talks were useful."),
    ],
)
def test_a_negation_outside_the_shared_statement_is_no_conflict(a: str, b: str) -> None:
    assert [d for d in crosscheck.audit([a, b]).discrepancies if d.kind is DiscrepancyKind.NEGATION] == []


@pytest.mark.parametrize(
    ("one", "other", "words"),
    [
        ("Police confirmed that the suspect was arrested on Friday.",
         "Police denied that the suspect was arrested on Friday.", ("confirmed", "denied")),
        ("The senator voted for the budget bill on Tuesday.",
         "The senator voted against the budget bill on Tuesday.", ("for", "against")),
        ("Shares in the carmaker rose sharply on Monday morning.",
         "Shares in the carmaker fell sharply on Monday morning.", ("rose", "fell")),
        ("The appeals court upheld the ban on the protest march.",
         "The appeals court overturned the ban on the protest march.", ("upheld", "overturned")),
        # three content words besides the two, none other apart
        ("The minister accepted responsibility for the failure.",
         "The minister rejected responsibility for the failure.", ("accepted", "rejected")),
        # a group of more than two sides
        ("Three people were killed in the explosion at the factory on Monday.",
         "Three people were injured in the explosion at the factory on Monday.", ("killed", "injured")),
        # an article apart, and a form of the contrary's group not listed first
        ("The jury found the nurse guilty of murder on Friday.",
         "The jury found a nurse innocent of murder on Friday.", ("guilty", "innocent")),
        ("The carmaker added 2,000 jobs at its plant in Ohio last year.",
         "The carmaker cut 2,000 jobs at its plant in Ohio last year.", ("added", "cut")),
    ],
)
def test_a_statement_and_its_contrary_conflict(one: str, other: str, words: tuple[str, str]) -> None:
    audit = crosscheck.audit([one, other])
    (d,) = audit.discrepancies
    assert d.kind is DiscrepancyKind.CONTRARY and d.severity == "high"
    assert [v.text for v in d.variants] == [one, other]
    assert f"'{words[0]}' / '{words[1]}', words that exclude each other" in d.explanation
    assert [c.label.value for c in audit.clusters] == ["conflicting"]
    assert [x.kind for x in crosscheck.compare_sentences(other, one).discrepancies] == [DiscrepancyKind.CONTRARY]


def test_the_sources_of_one_side_of_contraries_agree_however_they_inflect_it() -> None:
    audit = crosscheck.audit([
        "Police confirmed that the suspect was arrested on Friday.",
        "Police denied that the suspect was arrested on Friday.",
        "Police confirm that the suspect was arrested on Friday.",
    ])
    (d,) = audit.discrepancies
    assert [v.sources for v in d.variants] == [("text-1", "text-3"), ("text-2",)]
    assert compare._contrary_sides("confirmed", "confirm") is None
    assert compare._contrary_sides("killed", "arrested") == compare._contrary_sides("died", "arrested") is not None
    assert d.variants[d.majority].sources == ("text-1", "text-3")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people, each saying one thing
        ("Smith confirmed that the suspect was arrested on Friday.",
         "Jones denied that the suspect was arrested on Friday."),
        # not confirming is no confirming
        ("Police did not confirm that the suspect was arrested on Friday.",
         "Police denied that the suspect was arrested on Friday."),
        # negated in other words: the two agree
        ("Police confirmed that no suspect was arrested in the city on Friday.",
         "Police denied that a suspect was arrested in the city on Friday."),
        # a question asserts nothing
        ("Did police confirm that the suspect was arrested on Friday?",
         "Police denied that the suspect was arrested on Friday."),
        # two pairs of contraries: two places or moments, maybe
        ("Shares rose in London and fell in Paris on Monday after the bank's results.",
         "Shares fell in London and rose in Paris on Monday after the bank's results."),
        # two pairs of contraries: two moments, maybe ("rose before", "fell after")
        ("The senator voted for the budget bill before the recess on Tuesday.",
         "The senator voted against the budget bill after the recess on Tuesday."),
        # another party: officials in Moscow are not all officials
        ("Officials confirmed the merger deal with the rival firm on Monday.",
         "Officials in Moscow denied the merger deal with the rival firm on Monday."),
        # the same thing said from the other end, or in another order
        ("Google bought the video startup from Yahoo for $1 billion on Tuesday.",
         "Yahoo sold the video startup to Google for $1 billion on Tuesday."),
        ("Prices rose for the company's cars, its chief executive said on Monday.",
         "Prices for the company's cars fell, its chief executive said on Monday."),
        # another word apart: two parties, two moments
        ("Officials confirmed that talks with the rebels were under way.",
         "Opposition officials denied that talks with the rebels were under way."),
        ("He denied the charges at the court in Manchester on Monday.",
         "She admitted the charges at the court in Manchester on Monday."),
        ("Shares of the airline initially rose in early trading on Monday.",
         "Shares of the airline fell in early trading on Monday."),
        # hedged, or of some of a group: both may be true
        ("It was unclear whether the captain of the ferry survived the sinking.",
         "It was unclear whether the captain of the ferry died in the sinking."),
        ("One of the attackers was killed by police at the scene, officials said.",
         "One of the attackers was arrested by police at the scene, officials said."),
        ("Some lawmakers support the plan to raise the retirement age.",
         "Some lawmakers oppose the plan to raise the retirement age."),
        # "for" / "against" take no side, "fell" / "grew" no direction, here
        ("A vaccine against the virus was approved by regulators on Monday.",
         "A vaccine for the virus was approved by regulators on Monday."),
        ("The courtroom fell silent as the judge read out the verdict.",
         "The courtroom grew silent as the judge read out the verdict."),
        # two speakers, two markets' hours: no contraries
        ("A man who witnessed the attack said he heard three loud bangs.",
         "A woman who witnessed the attack said she heard three loud bangs."),
        ("Wall Street stocks opened higher on Tuesday after the jobs report.",
         "Wall Street stocks closed higher on Tuesday after the jobs report."),
        # a figure apart: two moments
        ("Shares in the carmaker rose sharply in 2019, the company said.",
         "Shares in the carmaker fell sharply in 2021, the company said."),
        # two forms of one side
        ("Police confirmed that the suspect was arrested on Friday.",
         "Police confirm that the suspect was arrested on Friday."),
        # a name, not a word of sense
        ("North Korea fired a missile into the sea on Friday.",
         "South Korea fired a missile into the sea on Friday."),
        # too short to be one statement
        ("Stocks rose on Monday.", "Stocks fell on Monday."),
        # words apart but the contraries
        ("The jury in the state court found him guilty of murder on Friday after a long trial.",
         "The jury in the state court found him innocent of manslaughter on Friday after a short trial."),
    ],
)
def test_contrary_words_outside_one_statement_are_no_conflict(a: str, b: str) -> None:
    assert [d for d in crosscheck.audit([a, b]).discrepancies if d.kind is DiscrepancyKind.CONTRARY] == []


def test_compare_sentences_refuses_an_article_with_a_reason() -> None:
    article = "Officials met in Seoul on Tuesday to discuss cybercrime. " * 80
    with pytest.raises(ValueError, match="a has 4,560 characters, more than an audit's longest claim"):
        crosscheck.compare_sentences(article, "Officials met in Seoul on Tuesday.")
    assert crosscheck.compare_sentences(article[:3990], "Officials met in Seoul on Tuesday.").same_claim in (True, False)


def test_a_quotation_and_the_part_another_source_quotes_are_one_wording_of_one_source() -> None:
    # one source's whole quotation (set against the other's part, where their claims align
    # poorly) beside the passage of it that the other's part was found in: the source was set
    # against itself, and the words said to differ were those the part leaves out
    whole = "That depends on the dose. They are used in some villages for their calming effects."
    a = Claim(id="a#1", source="a", start=0, end=len(whole) + 2, text=f'"{whole}"')
    part = "used in some villages for their calming affects."
    b = Claim(id="b#1", source="b", start=0, end=len(part) + 2, text=f'"{part}"')
    inner = whole.index("used")
    quote_a = Fact(kind=FactKind.QUOTE, text=whole, start=1, end=len(whole) + 1, value=quote_key(whole))
    passage_a = Fact(kind=FactKind.QUOTE, text=whole[inner:], start=1 + inner, end=len(whole) + 1,
                     value=quote_key(whole[inner:]))
    quote_b = Fact(kind=FactKind.QUOTE, text=part, start=1, end=len(part) + 1, value=quote_key(part))
    shorter_b = attrs.evolve(quote_b, end=quote_b.end - 1, text=part[:-1])
    bucket = compare._Bucket("one quotation, two wordings", "words that differ: that, depends / affects")
    for key, claim, fact in ((quote_a.value, a, quote_a), (quote_b.value, b, quote_b), (passage_a.value, a, passage_a),
                             (quote_b.value, b, shorter_b)):
        bucket.add(key, claim, fact)
    occurrences, detail = compare._narrowest_wordings(bucket)
    assert {key: [f for _, f in items] for key, items in occurrences.items()} == {
        passage_a.value: [passage_a], quote_b.value: [quote_b]
    }
    assert detail in ("words that differ: effects / affects", "words that differ: affects / effects")


def test_the_words_a_wording_changes_are_named_where_it_changes_them() -> None:
    # "people" stands in both wordings, but in place of "those" in one: a word changed all the same
    audit = crosscheck.audit([
        '"The war will be won by those who build," the minister said on Tuesday in the capital.',
        '"The war will be won by people who build and people who fight," the minister said on Tuesday in the capital.',
    ])
    (d,) = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING]
    assert d.explanation.endswith("words that differ: those / people, and, people, who, fight.")


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        ('"I was with him when it happened," said Mayor Anna Lee.',
         '"I was against him when it happened," said Mayor Anna Lee.', "with / against"),
        ('"She shot him in the car park," the witness told the court on Monday.',
         '"He shot her in the car park," the witness told the court on Monday.', "she, him / he, her"),
        ('"We will act on the findings," the minister said on Monday.',
         '"We shall act on the findings," the minister said on Monday.', "will / shall"),
    ],
)
def test_a_function_word_that_stands_for_another_changes_a_quotation(a: str, b: str, words: str) -> None:
    (d,) = crosscheck.audit([a, b]).discrepancies
    assert d.kind is DiscrepancyKind.QUOTE_WORDING and d.explanation.endswith(f"words that differ: {words}.")


def test_a_function_word_added_to_a_quotation_is_transcription() -> None:
    # an editor's name for a pronoun, in brackets (left out of the normal form), is no rewording
    result = crosscheck.audit([
        '"Bro, [Lin] drove Thomas to the liquor store that night," a witness told the paper.',
        '"Bro, he drove Thomas to the liquor store that night," a witness told the paper.',
    ])
    assert [d for d in result.discrepancies if d.kind is DiscrepancyKind.QUOTE_WORDING] == []
