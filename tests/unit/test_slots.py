"""Number slots: how a figure is stated, and which slots are reported."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.align import Alignment
from crosscheck.compare import find_discrepancies
from crosscheck.config import AuditConfig
from crosscheck.corpuswide import fact_slots
from crosscheck.facts import extract_facts
from crosscheck.figures import far_above_floor
from crosscheck.models import Claim, DiscrepancyKind, Source
from crosscheck.slots import (
    NEAR_IDENTICAL_RULE,
    SAME_CLAUSE_RULE,
    Mention,
    Slot,
    find_near_identical,
    number_bound,
    number_group,
    numbers_agree,
    state_of,
)
from crosscheck.spellings import names_by_source


def _claim(text: str, source: str = "a", *, tokenised: bool = False) -> Claim:
    facts = extract_facts(text, tokenised=tokenised)
    return Claim(id=f"{source}#1", source=source, start=0, end=len(text), text=text, facts=facts)


def _mention(text: str, *, tokenised: bool = False) -> Mention:
    claim = _claim(text, tokenised=tokenised)
    return Mention(claim, next(f for f in claim.facts if f.kind.value == "number"), frozenset())


def test_a_floor_or_a_ceiling_agrees_with_a_figure_inside_it() -> None:
    assert numbers_agree(_mention("More than 400 children were removed."), _mention("The 401 children were removed."))
    assert numbers_agree(_mention("He drove at about 35 miles an hour."), _mention("He drove at 36 miles an hour."))
    assert not numbers_agree(_mention("At least 40 people died."), _mention("At least 49 people died."))
    assert not numbers_agree(_mention("Less than 25 people came."), _mention("Some 30 people came."))
    assert not numbers_agree(_mention("They said 40 people died."), _mention("They said 49 people died."))


def test_an_about_figure_written_precisely_agrees_only_with_figures_close_to_it() -> None:
    # "about 330" is a rounding that "343" may lie within; "about 334" is written to the unit
    assert numbers_agree(_mention("AMD will pay about $330 million."), _mention("AMD will pay $343 million."))
    assert not numbers_agree(_mention("AMD will pay about $334 million."), _mention("AMD will pay $343 million."))
    assert numbers_agree(_mention("AMD will pay about $334 million."), _mention("AMD will pay $336 million."))
    assert not numbers_agree(_mention("Nearly 1,240 people came."), _mention("Some 1,140 people came."))
    # a figure rounded to a half is a rounding still (a reviewer's cases)
    for about, figure in (
        ("Shares fell about 12.5 percent.", "Shares fell 12 percent."),
        ("It produces about 1.15 million barrels.", "It produces 1.1 million barrels."),
        ("Nearly 175 people were rescued.", "Officials said 169 people were rescued."),
        ("About 125 people were evacuated.", "Officials said 121 people were evacuated."),
        # the figure is the "about" one rounded as it is written
        ("Unemployment fell to about 12.3 percent.", "Unemployment fell to 12 percent."),
    ):
        assert numbers_agree(_mention(about), _mention(figure)), about
    assert not numbers_agree(_mention("Unemployment fell to about 33.3 percent."), _mention("Unemployment fell to 34 percent."))


def test_a_floor_far_below_an_exact_figure_is_told() -> None:
    floor = _mention("The ferry sank, killing at least 48 people.")
    assert far_above_floor(floor, _mention("The ferry sank, killing 84 people."))
    assert far_above_floor(_mention("The ferry sank, killing 84 people."), floor)
    # within half again as much, a later count; an "about", or a floor against a floor, is not one
    assert not far_above_floor(floor, _mention("The ferry sank, killing 60 people."))
    assert not far_above_floor(floor, _mention("The ferry sank, killing about 84 people."))
    assert not far_above_floor(floor, _mention("The ferry sank, killing at least 84 people."))
    # a threshold or a rule, not a count (a review's cases)
    for rule, count in (
        ("The new law applies to companies with more than 50 employees.", "The firm has 250 employees."),
        ("The suspect can be held for at least 48 hours.", "The suspect has been held for 96 hours."),
    ):
        assert not far_above_floor(_mention(rule), _mention(count)), rule


def test_a_figure_agrees_with_a_range_only_inside_both_its_ends() -> None:
    low_end = _mention("Damage was put at $5-6 million.")  # "$5" of it: 5 million
    assert numbers_agree(low_end, _mention("Damage was put at $5.5 million."))
    assert not numbers_agree(low_end, _mention("Damage was put at $8 million."))
    claim = _claim("Between 40 and 50 people died.")
    high_end = Mention(claim, claim.facts[1], frozenset())
    assert high_end.fact.value == "50"
    assert numbers_agree(high_end, _mention("Exactly 45 people died."))
    assert not numbers_agree(high_end, _mention("Exactly 30 people died."))
    # each end may have its own scale, a currency sign, a minus or thousands spaced; both ends say so
    for text, inside, outside in [
        ("Between 500,000 and 1 million people came.", "Some 750,000 people came.", "Some 1.5 million people came."),
        ("Tickets cost $10-$20 each.", "Tickets cost $15 each.", "Tickets cost $25 each."),
        ("It cost between $5 million and $6 million.", "It cost $5.5 million.", "It cost $8 million."),
        ("About 12\u00a0500 to 13\u00a0000 people came.", "Exactly 12,800 people came.", "Exactly 800 people came."),
        ("Highs of −5°C to 3°C are forecast.", "Highs of 1°C are forecast.", "Highs of 5°C are forecast."),
        # alternatives are a range too ("three or four robbers"), and so are tokenised ends
        ("Three or four robbers burst in.", "Four robbers burst in.", "Five robbers burst in."),
        ("Twenty-five to thirty people came.", "Exactly 27 people came.", "Exactly 22 people came."),
        ("Thirty to forty-five people came.", "Exactly 44 people came.", "Exactly 47 people came."),
        ("It has either 2.3 or 2.6 GHz chips.", "It has a 2.3 GHz chip.", "It has a 2.9 GHz chip."),
        ("Between 12, 000 and 15, 000 people came.", "Exactly 14, 000 people came.", "Exactly 16, 000 people came."),
        ("It has either 2. 3 or 2. 6 GHz chips.", "It has a 2. 5 GHz chip.", "It has a 2. 9 GHz chip."),
    ]:
        tokenised = ", " in text or ". " in text[:-1]
        claim = _claim(text, tokenised=tokenised)
        for end in [f for f in claim.facts if f.kind.value == "number"]:
            mention = Mention(claim, end, frozenset())
            assert numbers_agree(mention, _mention(inside, tokenised=tokenised)), (text, end.text)
            assert not numbers_agree(mention, _mention(outside, tokenised=tokenised)), (text, end.text)
    # a range end and a ceiling inside it may be one figure ("up to 45" of "between 40 and 50")
    assert numbers_agree(high_end, _mention("Up to 45 people died."))
    # the same end of two ranges, with two figures, is one statement worded with two numbers
    assert not numbers_agree(_mention("Between 40 and 50 people died."), _mention("Between 45 and 50 people died."))
    # a hyphened range after a verb of change is a range of the change
    assert numbers_agree(_mention("Prices rose 20-25% last year."), _mention("Prices rose 22% last year."))


def test_two_about_figures_that_differ_do_not_agree() -> None:
    # one statement ("about N employees") worded with two numbers: not a figure inside a range
    assert not numbers_agree(
        _mention("The firm has approximately 350 employees in 13 offices."),
        _mention("The firm has approximately 376 employees in 13 offices."),
    )
    assert numbers_agree(_mention("It has about 350 employees."), _mention("It has 360 employees."))


def test_ordinals_fill_no_slot_but_a_copied_sentence_still_shows_a_changed_one() -> None:
    steps = crosscheck.audit([
        Source(id="a", text="It was the champion's second victory over Thompson in Switzerland."),
        Source(id="b", text="It was the champion's 58th victory, his 16th in a row, in Switzerland."),
        Source(id="c", text="Fans in Switzerland saw the champion's second victory over Thompson."),
    ])
    assert not [d for d in steps.discrepancies if d.kind.value == "number"]
    wire = "The champion won the title in the fifth round of the fight in Bern on Saturday night."
    copied = crosscheck.audit([
        Source(id="a", text=wire),
        Source(id="b", text=wire),
        Source(id="c", text=wire.replace("fifth", "sixth")),
    ])
    (d,) = [d for d in copied.discrepancies if d.kind.value == "number"]
    assert [v.text for v in d.variants] == ["fifth", "sixth"]


def test_no_more_than_is_a_ceiling_and_nearly_stays_under() -> None:
    ceiling = _mention("No more than 5 people were hurt.")
    assert number_bound(ceiling.claim, ceiling.fact) == "<="
    assert not numbers_agree(_mention("No more than 5 people were hurt."), _mention("Police said 9 people were hurt."))
    assert numbers_agree(_mention("Not less than 5 people were hurt."), _mention("Police said 9 people were hurt."))
    assert not numbers_agree(_mention("Nearly 400 people were hurt."), _mention("Police said 410 people were hurt."))


def test_a_number_slot_is_reported_only_inside_a_cluster() -> None:
    texts = {
        "a": "Police said 43 students went missing in Iguala after the attack on the buses.",
        "b": "Police said that 43 students went missing in Iguala after an attack on buses.",
        "c": "Officials said 42 students went missing in Iguala after the attack on the buses.",
    }
    claims = [_claim(text, source) for source, text in texts.items()]
    ids = tuple(c.id for c in claims)
    aligned, _ = find_discrepancies(claims, Alignment(groups=(ids,), repeats={}, scores={}))
    apart, _ = find_discrepancies(claims, Alignment(groups=tuple((i,) for i in ids), repeats={}, scores={}))
    assert [[v.text for v in d.variants] for d in aligned if d.kind.value == "number"] == [["43", "42"]]
    assert not [d for d in apart if d.kind.value == "number" and "same slot" in d.rule]


TREATED = "The governor also said that {} people had received treatment after being injured by the quake."


def _near_identical(*claims: Claim, rule: str = NEAR_IDENTICAL_RULE) -> list[dict[str, list[str]]]:
    slots = find_near_identical(list(claims), group_of=number_group, kind=DiscrepancyKind.NUMBER)
    return [
        {value: [m.claim.source for m in ms] for value, ms in slot.values.items()} for slot in slots if slot.rule == rule
    ]


def test_a_value_others_surround_with_the_same_words_is_a_lone_value_against_them() -> None:
    found = _near_identical(
        _claim(TREATED.format("five"), "a"),
        _claim("Another agency quoted the governor as saying five people had received treatment after being injured.", "b"),
        _claim(TREATED.format("eight"), "c"),
    )
    assert found == [{"5": ["a", "b"], "8": ["c"]}]


def test_the_audit_looks_for_values_against_near_identical_surroundings() -> None:
    claims = [
        _claim(TREATED.format("five"), "a"),
        _claim(TREATED.format("five"), "b"),
        _claim(TREATED.format("eight"), "c"),
    ]
    slots = fact_slots(claims, names_by_source(claims), {}, AuditConfig())
    (near,) = [slot for slot in slots if slot.rule == NEAR_IDENTICAL_RULE]
    assert {value: [m.claim.source for m in ms] for value, ms in near.values.items()} == {"5": ["a", "b"], "8": ["c"]}


def test_no_lone_value_where_a_source_gives_both_values_or_names_differ() -> None:
    earlier = "Earlier, the governor said that eight people had been injured by the quake in the port."
    both = Claim(id="a#2", source="a", start=0, end=len(earlier), text=earlier, facts=extract_facts(earlier))
    # one source against one, in the same clause: the same clause's slot
    assert _near_identical(_claim(TREATED.format("five"), "a"), _claim(TREATED.format("eight"), "c"), rule=SAME_CLAUSE_RULE)
    assert _near_identical(_claim(TREATED.format("five"), "a"), both, _claim(TREATED.format("eight"), "c")) == []
    # nor by the same clause: the source gives the other value for people injured as well
    # (it restates the detail, two of the clause's words beside it)
    assert _near_identical(
        _claim(TREATED.format("five"), "a"), both, _claim(TREATED.format("eight"), "c"), rule=SAME_CLAUSE_RULE
    ) == []
    players = _near_identical(
        _claim("Running back Peyton Hillis rushed for 101 yards and a touchdown against Denver on Sunday.", "a"),
        _claim("Running back Jamaal Charles rushed for 226 yards and a touchdown against Denver on Sunday.", "b"),
    )
    assert players == []


QUAKE = "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring {} people and damaging buildings, Iranian media said."
TREMOR = "The tremor struck an area around the town of Dargahan, at the entrance to the Persian Gulf, injuring {} people and damaging buildings."


def _second(text: str, source: str) -> Claim:
    return Claim(id=f"{source}#2", source=source, start=0, end=len(text), text=text, facts=extract_facts(text))


def test_a_figure_in_a_clause_of_the_same_words_is_one_detail() -> None:
    # the sentences differ around the clause (and share too little to be near identical),
    # the clause is word for word the same: one source against one is enough
    quake, tremor = _claim(QUAKE.format("five"), "a"), _claim(TREMOR.format("four"), "b")
    (slot,) = find_near_identical([quake, tremor], group_of=number_group, kind=DiscrepancyKind.NUMBER)
    assert slot.rule == SAME_CLAUSE_RULE
    assert {value: [m.claim.source for m in ms] for value, ms in slot.values.items()} == {"4": ["b"], "5": ["a"]}
    # the source gives the others' value too, in other words: it changed the figure in one place
    treated = _second("The governor said that five people had received treatment.", "b")
    assert find_near_identical([quake, tremor, treated], group_of=number_group, kind=DiscrepancyKind.NUMBER)
    # but not when it gives both in the same clause's words: two details
    again = _second("Later, injuring five people and damaging buildings, an aftershock struck.", "b")
    assert find_near_identical([quake, tremor, again], group_of=number_group, kind=DiscrepancyKind.NUMBER) == []
    # the same value, or a clause of three words in common, is no such slot
    assert find_near_identical(
        [quake, _claim(TREMOR.format("five"), "b")], group_of=number_group, kind=DiscrepancyKind.NUMBER
    ) == []
    short = [_claim("Officials said on Sunday, five people were killed in the blast, and rescue work went on.", "a"),
             _claim("According to the navy, four people were killed in the blast.", "b")]
    assert find_near_identical(short, group_of=number_group, kind=DiscrepancyKind.NUMBER) == []


BUS = (
    "The bus, which was carrying pilgrims home from a shrine, plunged into a gorge in Jammu on Sunday, "
    "injuring 23 people and damaging nearby power lines, police said."
)
BEND = "The vehicle left the road on a sharp bend, injuring 32 people and damaging nearby power lines."


def test_the_same_clause_one_against_one_only_where_no_other_rule_sets_the_values_apart() -> None:
    def reported(*texts: str) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
        audit = crosscheck.audit([Source(id=f"s{n}", text=text) for n, text in enumerate(texts)])
        return [
            (d.rule, sorted((v.text, v.sources) for v in d.variants))
            for d in audit.discrepancies if d.kind.value == "number"
        ]

    # alone, one clause against one
    assert reported(BUS, BEND) == [(SAME_CLAUSE_RULE, [("23", ("s0",)), ("32", ("s1",))])]
    # a third source gives 23 for the injured: the lone value against two sources is reported, once
    (found,) = reported(BUS, BEND, "Police in Jammu said 23 people were injured in the bus crash on Sunday.")
    assert found[0] != SAME_CLAUSE_RULE and found[1] == [("23", ("s0", "s2")), ("32", ("s1",))]


def _clause_slots(*claims: Claim) -> list[Slot]:
    return find_near_identical(list(claims), group_of=number_group, kind=DiscrepancyKind.NUMBER)


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ("Joe Root was the star, making 118 runs off 200 balls with 12 fours.",
         "Earlier, the opener had been just as fluent, making 84 runs off 90 balls with 12 fours.",
         "two players' lines: another figure of the clause differs too"),
        ("Meta, the parent company, was fined 1.2 billion euros on Monday for breaching EU data rules.",
         "In 2021, Amazon, the retailer, was fined 746 million euros for breaching EU data rules.",
         "another year: one sentence dates its figure, the other does not"),
        ("Customs officers seized 400 kilograms of cocaine hidden in a shipment of bananas at the port.",
         "Last month, officers seized 2,300 kilograms of cocaine hidden in a shipment of bananas at the port.",
         "another period"),
        ("The first explosion tore through a crowded bus station, killing 12 people and injuring dozens of others.",
         "Minutes later a second bomb went off near a police post, killing 7 people and injuring dozens of others.",
         "the first blast and the second"),
        ("The new MacBook Air, which went on sale on Friday, can run for up to 18 hours on a single charge.",
         "The 16-inch MacBook Pro with the fastest chip, Apple said, can run for up to 24 hours on a single charge.",
         "two things named one word apart"),
    ],
)
def test_two_details_in_clauses_of_the_same_words_are_no_slip(first: str, second: str, why: str) -> None:
    assert _clause_slots(_claim(first, "a"), _claim(second, "b")) == [], why


def test_quoted_figures_are_left_to_the_quotation_rule() -> None:
    said = 'The director told reporters: "We have 30 people in intensive care and several are in critical condition."'
    paraphrase = "A doctor said they had 18 people in intensive care and several are in critical condition."
    assert _clause_slots(_claim(said, "a"), _claim(paraphrase, "b")) == []
    audit = crosscheck.audit([Source(id="a", text=said), Source(id="b", text=paraphrase)])
    rules = [d.rule for d in audit.discrepancies if d.kind.value == "number"]
    assert len(rules) == 1 and rules != [SAME_CLAUSE_RULE]  # the other rules report it, once
    # without the quotation, the same clause's rule reports it
    assert _clause_slots(_claim(said.replace('"', ""), "a"), _claim(paraphrase, "b"))


def test_a_sentence_that_gives_both_or_restates_one_tells_two_details_apart() -> None:
    # a third source's sentence gives both values: two details
    hospitals = [
        _claim("At the Saiful Anwar hospital, doctors said they were treating 60 patients with burns from the blast.", "a"),
        _claim("At the Wava Husada hospital, doctors said they were treating 41 patients with burns from the blast.", "b"),
    ]
    assert _clause_slots(*hospitals)
    roundup = _claim("Saiful Anwar hospital was treating 60 of the injured and Wava Husada 41, officials said.", "c")
    assert _clause_slots(*hospitals, roundup) == []
    # the source gives the other value for the same detail elsewhere: two players
    jokic = _claim("Nikola Jokic led the way, scoring 31 points and grabbing 12 rebounds in the win.", "a")
    braun = _claim("Off the bench, Christian Braun was just as busy, scoring 14 points and grabbing 12 rebounds in the win.", "b")
    assert _clause_slots(jokic, braun)  # alone, the clause is the same
    assert _clause_slots(jokic, braun, _second("Jokic had 31 points and 12 rebounds.", "b")) == []


def test_ages_in_clauses_of_the_same_words_stay_two_people() -> None:
    man = "Police said a {}-year-old man from the town was arrested at the scene on Friday night."
    claims = [_claim(man.format(22), "a"), _claim(man.format(40), "b"),
              _second("Witnesses said the 40-year-old fled.", "a")]
    assert find_near_identical(claims, group_of=number_group, kind=DiscrepancyKind.NUMBER) == []


def test_the_audit_reports_one_clause_against_one_in_sentences_that_do_not_align() -> None:
    sources = [
        Source(id="a", text=QUAKE.format("five") + " Rescue teams were sent from Bandar Abbas."),
        Source(id="b", text=TREMOR.format("four") + " The governor said that five people had received treatment."),
    ]
    found = [d for d in crosscheck.audit(sources).discrepancies if d.rule == SAME_CLAUSE_RULE]
    assert [sorted((v.text, v.sources) for v in d.variants) for d in found] == [[("five", ("a",)), ("four", ("b",))]]
    assert "clause of the same words" in found[0].explanation


def _results(votes: list[int], source: str) -> list[Claim]:
    places = ["Bolton", "Wigan", "Bury", "Leigh", "Hyde", "Sale", "Derby", "Luton", "Crewe", "Ripon", "Selby",
              "Wells", "Truro", "Ely", "Bath", "Hull", "Hove", "Rye", "Deal", "Looe"]
    claims = []
    for n, (place, count) in enumerate(zip(places, votes, strict=False), start=1):
        text = f"{place} result: Labour {count} votes, turnout high."
        claims.append(Claim(id=f"{source}#{n}", source=source, start=0, end=len(text), text=text,
                            facts=extract_facts(text)))
    return claims


def test_the_rows_of_a_results_table_fill_no_slots_but_a_changed_row_is_still_found() -> None:
    votes = [12000 + 37 * n for n in range(20)]
    changed = votes.copy()
    changed[7] += 100
    claims = _results(votes, "a") + _results(changed, "b")
    # twenty rows of one source with the same words around the figure: a table, whose rows
    # the words cannot tell apart, so no source's row is slotted against the other's rows
    assert find_near_identical(claims, group_of=number_group, kind=DiscrepancyKind.NUMBER) == []
    assert not [s for s in fact_slots(claims, {}, {}, AuditConfig()) if s.kind is DiscrepancyKind.NUMBER]
    # the rows align claim by claim, and the changed one is reported
    text_a = "\n\n".join(c.text for c in _results(votes, "a")) + "\n"
    text_b = "\n\n".join(c.text for c in _results(changed, "b")) + "\n"
    result = crosscheck.audit([Source(id="a", text=text_a), Source(id="b", text=text_b)])
    assert [sorted(v.text for v in d.variants) for d in result.discrepancies if d.kind.value == "number"] == [
        [str(votes[7]), str(changed[7])]
    ]


def test_sentences_that_each_give_both_values_do_not_conflict() -> None:
    pairs = [
        ("Harris won 226 electoral votes to Trump's 312.", "Trump secured 312 electoral votes against 226 for Harris."),
        ("The Conservatives won 121 seats, while Labour won 411.", "Labour took 411 seats and the Tories 121."),
        ("Twelve people were injured in the crash, three of them seriously, police said.",
         "Three people were seriously injured in the crash, police said."),
        # a share of a whole, its thing named after the whole
        ("An Indian guru has convinced up to 400 followers that they should cut off their own testicles.",
         "The guru persuaded around 400 of his estimated 50 million followers to cut off their own testicles."),
    ]
    for a, b in pairs:
        result = crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b)])
        assert [d for d in result.discrepancies if d.kind.value == "number"] == [], (a, b)
    # one value changed is still a conflict
    changed = crosscheck.audit([
        Source(id="a", text="Harris won 226 electoral votes to Trump's 312."),
        Source(id="b", text="Harris won 227 electoral votes to Trump's 312."),
    ])
    assert [sorted(v.text for v in d.variants) for d in changed.discrepancies] == [["226", "227"]]


def test_a_value_given_for_another_thing_leaves_the_conflict() -> None:
    pairs = [
        ("Police arrested 4 men and 4 women after the clashes in Leeds on Friday.",
         "Officers detained six men and four women after the Leeds clashes, police said."),
        ("The crash killed 15 people, including a 15-year-old girl, officials said.",
         "Officials said the crash killed 17 people, among them a 15-year-old girl."),
        ("Hamas released 13 Israeli hostages on Friday in exchange for 39 Palestinian prisoners.",
         "On Friday Hamas freed 13 Israeli hostages while Israel released 13 Palestinian prisoners."),
        ("Labour won 411 seats and the Conservatives won 121.", "Labour took 412 seats, while the Tories won 121."),
        # a bare figure that is no share ("ages 6 and 16") gives no count of the thing
        ("He is survived by his wife, six sons, and his mother, officials said.",
         "He is survived by his wife and two sons, ages 6 and 16, officials said."),
    ]
    for a, b in pairs:
        result = crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b)])
        assert [d for d in result.discrepancies if d.kind.value == "number"], (a, b)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Three officers were hurt and two gunmen were killed in the raid.", ["injured", "dead"]),
        ("30 people died and 12 are missing.", ["dead", "missing"]),
        ("20 people were killed and 15 injured.", ["dead", "injured"]),
        ("The quake killed 10 people, injuring 40.", ["dead", "injured"]),
        ("Officials said 4 persons remain missing.", ["missing"]),
        ("The toll rose to 12, and 40 were injured.", [None, "injured"]),
    ],
)
def test_what_became_of_those_a_figure_counts_is_read_in_its_own_clause(text: str, states: list[str | None]) -> None:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    assert [state_of(Mention(claim, f, frozenset())) for f in claim.facts if f.kind.value == "number"] == states
