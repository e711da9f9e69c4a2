"""Lone values: one source alone gives a detail where the others agree on another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.align import Alignment
from crosscheck.checks import NO_SUCH_DAY_RULE
from crosscheck.compare import find_discrepancies
from crosscheck.corpuswide import _same_person_aged
from crosscheck.events import event_keys
from crosscheck.explanations import explain
from crosscheck.facts import extract_facts
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind, Source, Variant
from crosscheck.outliers import (
    ELSEWHERE,
    LONE_VALUE_RULES,
    MAIN_AGE_RULE,
    NAMED_AGES_RULE,
    ONE_AGE_RULE,
    ONE_WEEKDAY_RULE,
    PAIRED_ELSEWHERE_RULE,
    PAIRED_VALUE_RULE,
    SAME_WORDS_RULE,
    _age_at_another_time,
    _detail_of,
    _may_be_slip,
    find_lone_values,
    lone_number_group,
    names_other_people,
    story_age,
    without_conversions,
)
from crosscheck.slots import (
    Mention,
    date_group,
    find_near_identical,
    find_slots,
    name_beside_words,
    number_group,
)
from crosscheck.spellings import PARTICLE, is_slip, written_as_particle
from crosscheck.stamps import without_timestamps
from crosscheck.surnames import SAME_GIVEN_NAMES_RULE, given_and_surname, lone_surnames
from crosscheck.years import YEAR_IN_SENTENCE_RULE

AGED_85 = (
    Source(id="a", text="The actress died in a Los Angeles hospital on Thursday, aged 85, her agent said."),
    Source(id="b", text="Her agent confirmed that the film star had died at the age of 85 after a short illness."),
    Source(id="c", text="Fans gathered outside her home after she died at the age of 85, neighbours told reporters."),
)
TARA_REID = (
    Source(id="a", text="Tara Reid has checked herself into the Promises Treatment Center in Malibu."),
    Source(id="b", text="Actress Tara Reid entered the Promises Treatment Center in Malibu on Friday."),
    Source(id="c", text="A publicist says Tara Reid has entered a rehab center in Malibu, California."),
)


def _kinds(result: crosscheck.Audit, kind: str) -> list[crosscheck.Discrepancy]:
    return [d for d in result.discrepancies if d.kind.value == kind]


def test_an_age_that_one_source_alone_gives_is_a_number_discrepancy() -> None:
    result = crosscheck.audit([
        *AGED_85,
        Source(id="d", text="The pin-up model died in hospital on Thursday, aged 93, after a short illness."),
    ])
    (d,) = _kinds(result, "number")
    assert [v.text for v in d.variants] == ["85", "93"]
    assert d.variants[1].sources == ("d",) and d.majority == 0
    (slot,) = find_lone_values(result.claims, group_of=lone_number_group, kind=DiscrepancyKind.NUMBER)
    assert {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()} == {
        "85": ["a", "b", "c"], "93": ["d"],
    }


def test_a_day_beside_two_counts_is_no_key_they_share() -> None:
    # "On Thursday, two passengers were injured" / "On Thursday, three soldiers were hired":
    # the day says when, not what is counted (a false alarm hypothesis found)
    for when in ("On Thursday,", "On Thursday morning,", "Last week,", "Yesterday", "On Jan. 5,"):
        sources = [
            Source(id="a", text=f"{when} two passengers were injured near Mombasa, Lena Fischer said."),
            Source(id="b", text=f"{when} two passengers were injured near Mombasa, Lena Fascher said."),
            Source(id="c", text=f"{when} three soldiers were hired near Cuzco, Ravi Menon said."),
        ]
        assert [d for d in crosscheck.audit(sources).discrepancies if d.kind is DiscrepancyKind.NUMBER] == [], when


def test_a_verbatim_copy_is_not_a_second_witness_for_a_lone_value() -> None:
    majority = "The actress died in a Los Angeles hospital on Thursday, aged 85, her agent said."
    sources = [
        Source(id="a", text=majority),
        Source(id="a-copy", text=majority),
        Source(id="d", text="The pin-up model died in hospital on Thursday, aged 93, after a short illness."),
    ]
    claims = crosscheck.audit(sources).claims
    assert not find_lone_values(claims, group_of=lone_number_group, kind=DiscrepancyKind.NUMBER)


def test_a_source_that_gives_both_values_is_not_a_lone_value() -> None:
    result = crosscheck.audit([
        *AGED_85,
        Source(id="d", text="The pin-up model, aged 93, passed away peacefully. Her sister died aged 85 in 2001."),
    ])
    assert not _kinds(result, "number")


def test_a_surname_one_source_alone_uses_is_a_name_conflict() -> None:
    result = crosscheck.audit([
        *TARA_REID,
        Source(id="d", text="Tara Kurtz has finally entered the Malibu Promises Treatment Center this week."),
    ])
    (d,) = _kinds(result, "name-conflict")
    assert [v.text for v in d.variants] == ["Tara Reid", "Tara Kurtz"]
    assert d.variants[1].sources == ("d",)


@pytest.mark.parametrize(
    ("lone", "variants"),
    [
        # a surname of two letters is a surname
        ("Tara Wu has finally entered the Malibu Promises Treatment Center this week.", ["Tara Reid", "Tara Wu"]),
        # a generation after the name is no surname: "Kurtz Jr." is Kurtz
        ("Tara Kurtz Jr. has finally entered the Malibu Promises Treatment Center this week.",
         ["Tara Reid", "Tara Kurtz Jr."]),
    ],
)
def test_a_surname_of_two_letters_or_before_a_generation_is_a_surname(lone: str, variants: list[str]) -> None:
    (d,) = _kinds(crosscheck.audit([*TARA_REID, Source(id="d", text=lone)]), "name-conflict")
    assert [v.text for v in d.variants] == variants


def test_a_surname_written_without_its_particle_is_a_variant_not_a_second_surname() -> None:
    result = crosscheck.audit([
        Source(id=s, text=f"Police said the suspect, Anthony LaCalamita, had been fired from the firm{end}")
        for s, end in (("a", " last week."), ("b", " on Friday."))
    ] + [Source(id="c", text="The suspect's name is Anthony Calamita and he was fired from the firm, police said.")])
    assert not _kinds(result, "name-conflict")
    (d,) = _kinds(result, "name-variant")
    assert (d.rule, [v.text for v in d.variants]) == (PARTICLE, ["Anthony LaCalamita", "Anthony Calamita"])


def test_two_people_sharing_a_given_name_in_other_sentences_are_no_conflict() -> None:
    result = crosscheck.audit([
        *TARA_REID,
        Source(id="d", text="The designer Tara Kurtz launched her spring collection of gowns in Paris on Sunday."),
    ])
    assert not _kinds(result, "name-conflict")


_KIRBY = [
    Source(id=s, text=f"Pentagon Press Secretary Rear Adm. John Kirby said the supplies reached the Kurdish forces{end}")
    for s, end in (("a", " on Monday."), ("b", " defending the town."))
]


@pytest.mark.parametrize(
    ("lone", "conflict"),
    [
        # two titles, neither the other's or its part: two people with one given name
        ("Secretary of State John Kerry said the supplies reached the Kurdish forces defending the town.", False),
        # one title written short is the same title
        ("Pentagon Press Secretary Rear Admiral John Kerry said the supplies reached the Kurdish forces.", True),
        # one of them untitled, or with an honorific only: no telling
        ("John Kerry said the supplies reached the Kurdish forces defending the town.", True),
        ("Mr. John Kerry said the supplies reached the Kurdish forces defending the town.", True),
    ],
)
def test_two_people_with_one_given_name_and_two_titles_are_no_conflict(lone: str, conflict: bool) -> None:
    result = crosscheck.audit([*_KIRBY, Source(id="d", text=lone)])
    assert bool(_kinds(result, "name-conflict")) is conflict


def test_a_title_with_a_slip_is_the_same_title() -> None:
    from crosscheck.surnames import _part_of_title

    assert _part_of_title(frozenset({"coroner"}), frozenset({"corhner", "biloxi"}))
    assert _part_of_title(frozenset({"secretray"}), frozenset({"secretary", "press"}))
    assert not _part_of_title(frozenset({"state"}), frozenset({"secretary", "press"}))
    assert not _part_of_title(frozenset({"sen"}), frozenset({"see"}))  # short words: no slips


def test_a_one_letter_slip_in_a_surname_stays_a_name_variant() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Jomo Kariuki said two workers were rescued near the harbour on Monday."),
        Source(id="b", text="Jomo Kariuki said on Monday that two workers were rescued near the harbour."),
        Source(id="c", text="Jomo Kxriuki said two workers were rescued near the harbour on Monday."),
    ])
    assert not _kinds(result, "name-conflict")
    assert _kinds(result, "name-variant")


def test_a_misspelt_word_of_a_name_is_found_whatever_name_it_stands_in() -> None:
    result = crosscheck.audit([
        Source(id="a", text="A bomb exploded at a bank in Woodburn, Oregon, killing two officers."),
        Source(id="b", text="Oregon state police said the bomb went off inside the bank on Friday."),
        Source(id="c", text="The blast in Woodburn, Oregjn, was the deadliest attack on police this year."),
    ])
    slips = [d for d in _kinds(result, "name-variant") if "Oregjn" in d.variants[-1].text]
    assert len(slips) == 1 and slips[0].variants[-1].sources == ("c",)


def test_a_misspelt_word_of_a_name_is_found_where_its_source_writes_the_word_in_lower_case() -> None:
    # "election" in lower case is the language's word, not a second name the source writes
    result = crosscheck.audit([
        Source(id="a", text="The resolution of the Central Election Commission was released on Friday."),
        Source(id="b", text="Registration of candidates ends on November 20, the Central Election Commission said."),
        Source(id="c", text="Seminars were planned by the Central Elecsion Commission of Turkmenistan. The election is in December."),
    ])
    (d,) = _kinds(result, "name-variant")
    assert [v.sources for v in d.variants] == [("a", "b"), ("c",)] and "Elecsion" in d.variants[1].text


def test_names_with_another_initial_are_not_slips_of_one_word() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Coach Jerry Strickland praised the defence after the game on Sunday."),
        Source(id="b", text="Jerry Strickland said the team had played its best game of the season."),
        Source(id="c", text="Assistant Terry Robertson will take over the offence next season."),
    ])
    assert not _kinds(result, "name-variant")


def test_page_timestamps_are_not_compared_as_event_dates() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Three people died in the bank fire in Athens. Updated May 5, 2010 1:41 PM"),
        Source(id="b", text="Three people died in the bank fire in Athens. Published May 6, 2010 9:03 AM"),
        Source(id="c", text="Three people died in the bank fire in Athens. Posted May 6, 2010 7:12 PM"),
    ])
    assert not _kinds(result, "date")
    claims = crosscheck.audit([
        Source(id="a", text="The fire broke out on May 5, 2010, police said."),
        Source(id="b", text="Police said the fire broke out on a Wednesday."),
    ]).claims
    assert without_timestamps(claims) == list(claims)
    stamped = without_timestamps(result.claims)
    assert not [f for c in stamped for f in c.facts if f.kind.value == "date" and f.unit != "time"]


def test_a_clock_time_beside_an_event_date_keeps_the_date() -> None:
    text = "The earthquake struck the island at 3:40 p.m. on {}, killing ten people, {} said."
    result = crosscheck.audit([
        Source(id="a", text=text.format("Tuesday", "officials")),
        Source(id="b", text=text.format("Wednesday", "officials")),
        Source(id="c", text=text.format("Tuesday", "the governor")),
    ])
    (d,) = _kinds(result, "date")
    assert [v.text for v in d.variants] == ["Tuesday", "Wednesday"]


def test_a_word_slip_is_one_discrepancy_whatever_the_order_of_the_sources() -> None:
    sources = [
        Source(id="a", text="Police said Oregon had seen the worst storms in years, and roads were closed."),
        Source(id="b", text="Roads across Oregon were closed after the worst storms in years, police said."),
        Source(id="c", text="In Woodburn Oregjn, police closed the roads after the storms."),
        Source(id="d", text="The mayor of Portland Oregon said schools would reopen on Monday."),
    ]
    for order in (sources, sources[::-1]):
        (d,) = _kinds(crosscheck.audit(order), "name-variant")
        assert [(v.text, sorted(v.sources)) for v in d.variants] == [
            ("Oregon", ["a", "b", "d"]), ("Oregjn", ["c"]),
        ]
        assert d.majority == 0


def test_two_slipped_words_of_one_name_are_one_discrepancy() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Governor Heydar Alishbandi said the quake killed ten people on the island."),
        Source(id="b", text="Ten people died in the quake, Heydar Alishbandi told the news agency."),
        Source(id="c", text="Local governor Heidar Alishvandi said the island quake killed ten people."),
    ])
    assert len(_kinds(result, "name-variant")) == 1


def test_ages_of_two_people_in_similar_sentences_are_not_one_slot() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Mob boss John Gotti, 61, died in a federal prison hospital in Missouri on Monday."),
        Source(id="b", text="Mob boss John Gotti, 61, died at a federal prison hospital in Springfield, Missouri."),
        Source(id="c", text="Mob boss Vincent Gigante, 77, died in a federal prison hospital in Missouri on Monday."),
    ])
    assert not _kinds(result, "number")
    same_man = crosscheck.audit([
        Source(id="a", text="Mob boss John Gotti, 61, died in a federal prison hospital in Missouri on Monday."),
        Source(id="b", text="Mob boss John Gotti, 61, died at a federal prison hospital in Springfield, Missouri."),
        Source(id="c", text="Mob boss John Gotti, 77, died in a federal prison hospital in Missouri on Monday."),
    ])
    assert [v.text for v in _kinds(same_man, "number")[0].variants] == ["61", "77"]


def test_a_lone_value_is_reported_when_the_slot_that_holds_it_is_too_weak_to_report() -> None:
    # the 22-year-old's sentence pairs weakly with one of the others (a slot that is
    # not reported); the pattern across sources still gives the lone age away
    result = crosscheck.audit([
        Source(id="a", text="A police officer who witnessed the crash chased the car and arrested Ravi Dunmore, 23, "
                            "of Albany, several blocks away."),
        Source(id="b", text="Witnesses identified the grey sedan, and Ravi Dunmore, 23, of Albany, was arrested not "
                            "far from the scene, police said."),
        Source(id="c", text="Ravi Dunmore, 23, was charged with vehicular manslaughter and leaving the scene of an "
                            "accident."),
        Source(id="d", text="Officers pulled the driver over at 115th St. and 101st Ave. Ravi Dunmore, 22, of Albany, "
                            "was charged with manslaughter."),
    ])
    (d,) = _kinds(result, "number")
    assert [(v.text, v.sources) for v in d.variants] == [("23", ("a", "b", "c")), ("22", ("d",))]


def test_a_word_written_two_ways_in_two_peoples_names_is_no_slip() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Actress Jenna Coleman will stay with the show next year, the broadcaster said."),
        Source(id="b", text="The broadcaster said actress Jenna Coleman will stay with the show next year."),
        Source(id="c", text="Some fans had hoped actress Olivia Colman would be cast in the role."),
    ])
    assert not _kinds(result, "name-variant")


@pytest.mark.parametrize(
    ("first", "second", "slip"),
    [
        # an organisation one source names both ways: one of them is misspelt
        ("the World Health Organization", "the World Heath Organization", True),
        # two people one source names: a brother and a sister (though "grant" is a common word)
        ("Mark Jones, the coach,", "Mary Jones, the coach,", False),
        ("Grant Jones, whose health grant was cut,", "Grand Jones, the coach,", False),
        # two bodies of one kind, named by proper nouns
        ("the University of Zambia", "the University of Gambia", False),
    ],
)
def test_two_names_one_source_writes_one_letter_apart_are_a_slip_only_for_an_organisation(
    first: str, second: str, slip: bool
) -> None:
    result = crosscheck.audit([
        Source(id="a", text=f"On Wednesday {first} declared the outbreak a global health emergency."),
        Source(id="b", text=f"The outbreak was declared a global emergency by {first} on Wednesday. "
                            f"More than 15,600 cases were recorded this year, according to {second}."),
        Source(id="c", text=f"Officials at {first} said cases had risen sharply this year."),
    ])
    found = [(d, [(v.text, v.sources) for v in d.variants]) for d in _kinds(result, "name-variant")]
    if not slip:
        assert found == []
        return
    ((d, variants),) = found
    assert variants == [("World Health Organization", ("a", "b", "c")), ("World Heath Organization", ("b",))]
    assert "an organisation's name, which b writes both ways; one of them is a slip." in d.explanation


@pytest.mark.parametrize(
    "texts",
    [
        # both in one claim: two bodies ("X and Y"); the word written alone elsewhere: a place
        ["The Government of Iran and the Government of Iraq signed a health accord on Monday.",
         "The Government of Iran signed a border accord on Monday."],
        ["The Government of Iran signed the accord. The Government of Iraq joined later, as Iraq had said.",
         "The Government of Iran signed a health accord on Monday."],
        # two agencies named in one breath, or apart where both words are common ones
        ["The National Police Agency and the National Policy Agency met on Monday.",
         "The National Police Agency said the police would act."],
        ["The National Police Agency confirmed the arrests. The National Policy Agency will review the law.",
         "The National Police Agency said 12 people were arrested.", "The police said the new policy would hold."],
        # written more than once, or with no other source for either: no telling which is the slip
        ["The World Health Organization met on Monday. The World Heath Organization said health care was failing.",
         "Officials met on Monday to discuss the outbreak."],
        ["The World Health Organization met. The World Heath Organization said so. The World Heath "
         "Organization agreed.", "The World Health Organization said on Monday that health care was failing."],
    ],
)
def test_two_bodies_of_one_kind_one_source_names_are_no_slip(texts: list[str]) -> None:
    result = crosscheck.audit([Source(id=chr(97 + n), text=t) for n, t in enumerate(texts)])
    assert not _kinds(result, "name-variant")


def test_an_acronym_before_a_word_is_no_given_name() -> None:
    result = crosscheck.audit([
        Source(id="a", text="The deal joins SeaMicro fabric with AMD Opteron chips for dense servers."),
        Source(id="b", text="SeaMicro servers will ship with AMD Opteron chips, the company said."),
        Source(id="c", text="We wrote earlier on how AMD Picks up SeaMicro to build dense servers."),
    ])
    assert not _kinds(result, "name-conflict")


def test_a_particle_is_no_given_name() -> None:
    # "al-Fadjr" / "Al-Qaeda" share only the particle: no other surname after one given name
    def given_and_surname_of(text: str) -> tuple[list[str], str] | None:
        (name,) = [f for f in extract_facts(text) if f.kind.value == "name"]
        return given_and_surname(name)

    assert given_and_surname_of("The news site al-Fadjr said so.") is None
    # "Al" before a space is a given name: another surname after it is still a slip
    assert given_and_surname_of("The spokesman Al Quintero said so.") == (["al"], "quintero")
    assert written_as_particle("al-Fadjr", "al") and written_as_particle("F. W. de Klerk", "de")
    assert not written_as_particle("Al Quintero", "al") and not written_as_particle("De Niro", "de")


def _event_keys(text: str, value: str) -> list[str]:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (fact,) = [f for f in claim.facts if f.value == value]
    return sorted(event_keys(claim, fact))


def test_a_date_is_keyed_by_what_happened_on_it() -> None:
    assert _event_keys("Williams died peacefully in her sleep Tuesday in Beverly Hills.", "tuesday") == ["~die"]
    assert _event_keys("The Bush administration on Monday announced a new rule.", "monday") == ["~announc"]
    assert _event_keys("On Thursday, the Interior Department announced a change.", "thursday") == ["~announc"]
    assert _event_keys("The country was shaken by his death in 2006.", "2006") == ["~die"]
    # a verb of saying dates the report, not the event; the clause ends at a comma
    assert _event_keys("Police said Tuesday that the man had been released.", "tuesday") == []
    assert _event_keys("He was arrested in Ohio, police told reporters on Friday.", "friday") == []


def test_a_date_before_an_event_noun_is_the_day_of_that_event() -> None:
    # "the 1967 slayings": the noun the year stands before says what happened in it, not
    # the verb of the clause ("charged"); killings, slayings and a murder are one event
    slayings = _event_keys("A co-worker has been charged in the 1967 slayings of two women.", "1967")
    assert slayings == ["~kill"]
    assert _event_keys("Police arrested a woman in the 1967 killings of two women.", "1967") == slayings
    assert _event_keys("The police will address a double murder back in 1966.", "1966") == slayings
    assert _event_keys("Prosecutors cited evidence seized in the 2008 raids on the ranch.", "2008") == ["~raid"]
    # only the word right after the date, not one past a comma
    assert _event_keys("He was arrested on Sunday, shootings continued.", "sunday") == ["~arrest"]
    assert _event_keys("He was arrested in 1967 during protests.", "1967") == ["~arrest"]


def test_found_guilty_is_no_founding() -> None:
    # "found" (of find) and "founded" stem alike: two events, keyed apart
    found = _event_keys("Gigante was found guilty in 1997 of conspiracy.", "1997")
    founded = _event_keys("He drifted into the crime family founded in 1931 by Luciano.", "1931")
    assert found and founded and found != founded
    assert _event_keys("The body was found on Sunday.", "sunday") == found


def test_a_score_between_commas_or_a_date_in_brackets_does_not_hide_what_happened() -> None:
    # a score set off by commas ends no clause; a bracketed date after the weekday is no
    # word of what happened
    assert _event_keys("The Colts beat the host Jaguars, 31-24, on Sunday night.", "sunday") == ["~beat"]
    assert _event_keys("Israeli forces on Friday (6 January) killed at least 40 people.", "friday") == ["~kill"]
    assert _event_keys("Apple on Tuesday (Jan 6) unveiled a thinner laptop.", "tuesday") == ["~announc"]
    assert _event_keys("Police on Friday (item 12) arrested him.", "friday") == []  # no date in the brackets
    # the colon of a clock time ends no clause; a colon before words does
    assert _event_keys("The quake hit at 4:24 a.m. Tuesday.", "tuesday") == ["~struck"]
    assert _event_keys("The quake hit at 4: 24 a. m. Tuesday.", "tuesday") == ["~struck"]
    assert _event_keys("Officials arrested him: on Tuesday he denied it.", "tuesday") == []
    assert _event_keys("The bomb exploded at 9:15: Tuesday was the busiest day.", "tuesday") == []
    # an aside between double dashes ends a clause as one between single dashes does
    assert _event_keys("Four thieves -- two disguised as women -- on Thursday stole the jewels.", "thursday") == ["~stole"]
    # other commas still end the clause, and other brackets are read as before
    assert _event_keys("The Colts beat the Jaguars, fans said on Sunday.", "sunday") == []
    assert _event_keys("The talks on Friday (the third round) failed.", "friday") == []


def test_an_attribution_after_a_date_does_not_make_it_the_day_of_saying() -> None:
    from crosscheck.events import said_beside

    def said(text: str, value: str) -> bool:
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (fact,) = [f for f in claim.facts if f.value == value]
        return said_beside(claim, fact)

    # who tells of the event, set off after its day
    assert not said("The earthquake was recorded at 9:27 a.m. Sunday, according to the USGS.", "sunday")
    assert not said("The quake struck the island on Sunday, police said.", "sunday")
    assert not said("Three men were arrested on Friday; officials confirmed the charges.", "friday")
    assert not said("The blast killed four people in Athens, Greece, on Sunday, police said.", "sunday")
    # the day of saying: a saying verb right beside it, or the day opens the clause
    assert said("The quake struck the island, police said on Sunday.", "sunday")
    assert said("The quake struck the island, police said Sunday.", "sunday")
    assert said("Police on Sunday said the quake struck the island.", "sunday")
    assert said("On Sunday, the Washington Post reported that agents took four days.", "sunday")
    assert said("Residents fled -- late Sunday, officials said the fire was out.", "sunday")
    # a day of saying set off by a comma, with nothing that happened before it
    assert said("At a news conference on Sunday, police said the quake struck the island.", "sunday")
    assert said("Speaking to reporters on Sunday, the minister said the island was hit.", "sunday")
    assert said("The Interior Ministry on Sunday, in a statement, said the island was hit.", "sunday")
    assert said("The Washington Post, on Sunday, reported that agents took four days.", "sunday")
    # and the event keys follow
    assert _event_keys("The quake struck the island on Sunday, police said.", "sunday") == ["~struck"]


def _days(texts: Sequence[str]) -> list[dict[str, tuple[str, ...]]]:
    """The date discrepancies of an audit of ``texts`` (sources s0, s1, …): each variant's text and sources."""
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [{v.text: v.sources for v in d.variants} for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]


_NIGHTCLUB = (
    "A fire at a nightclub in Kocani killed 59 people. The blaze broke out late Saturday, officials said, "
    "during a concert. Fireworks set the ceiling alight.",
    "A fire at a nightclub in North Macedonia killed 59 people early on Sunday, the interior minister said. "
    "Fireworks started the fire during a concert.",
    "The blaze broke out at about 2:35 a.m. on Sunday at the Pulse club in Kocani, officials said. Fifty-nine people died.",
    "The nightclub fire in Kocani killed 59 people on Sunday. Officials said fireworks set the ceiling alight.",
)


@pytest.mark.parametrize(
    ("late", "reported", "why"),
    [
        ("late Saturday", None, "late on one day, early on the next: one night"),
        ("on Saturday night", None, "the night before"),
        ("at 11:40 p.m. on Saturday", None, "a clock time late in the day before"),
        ("at 12:30 p.m. on Saturday", "Saturday", "half past noon is not late"),
        ("early Saturday", "Saturday", "early on both days: a day apart"),
        ("on Saturday afternoon", "Saturday", "not late in the day"),
        ("late Friday", "Friday", "two days apart"),
    ],
)
def test_one_night_told_either_side_of_midnight_is_no_discrepancy(late: str, reported: str | None, why: str) -> None:
    days = _days([_NIGHTCLUB[0].replace("late Saturday", late), *_NIGHTCLUB[1:]])
    if reported is None:
        assert days == [], why
    else:
        assert [sorted(d) for d in days] == [sorted(("Sunday", reported))] and days[0][reported] == ("s0",), why


def test_a_late_day_against_a_next_day_told_with_no_early_hour_is_a_discrepancy() -> None:
    texts = [
        _NIGHTCLUB[0],
        _NIGHTCLUB[1].replace("early on Sunday", "on Sunday"),
        _NIGHTCLUB[2].replace("at about 2:35 a.m. on Sunday", "on Sunday afternoon"),
        _NIGHTCLUB[3],
    ]
    assert _days(texts) == [{"Sunday": ("s1", "s2", "s3"), "Saturday": ("s0",)}]


def test_a_clock_time_before_a_lone_day_is_named_as_such() -> None:
    texts = [
        "The quake was recorded at 10:23 a.m. Friday, according to the U.S. Geological Survey.",
        "An earthquake centered in New Jersey shook buildings across the Northeast on Friday.",
        "The earthquake struck at 10:23 a.m. on Friday, the agency said.",
        "The earthquake was recorded at 10:23 a.m. Thursday, according to the USGS, and was felt widely.",
    ]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    (d,) = [d for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]
    assert [(v.text, v.sources) for v in d.variants] == [("Friday", ("s0", "s2")), ("Thursday", ("s3",))]
    assert "(next to: a.m./p.m.)" in d.explanation


def _ferry_days(first: str, second: str) -> list[dict[str, tuple[str, ...]]]:
    texts = [
        f"The ferry sank off the coast {first}, the coast guard said. Rescuers pulled 40 people from the water.",
        f"A ferry carrying 200 passengers went down near the island {second}, officials said.",
        f"The vessel sank {second}, according to the coast guard.",
        f"Rescuers searched for survivors after the ferry sank {second}.",
    ]
    return _days(texts)


@pytest.mark.parametrize(
    ("first", "second", "reported", "why"),
    [
        ("late on Saturday", "early on Sunday", False, "late, then early the next day"),
        ("on Saturday night", "in the early hours of Sunday", False, "the night, then its small hours"),
        ("at 11:48 p.m. on Saturday", "at 8:48 a.m. on Sunday", False, "one moment in two time zones"),
        ("at about 9 p.m. on Saturday", "on Sunday morning", True, "a morning is no early hour"),
        ("at 7:10 p.m. on Saturday", "early on Sunday", True, "7:10 p.m. is no late hour"),
        ("at 12:10 p.m. on Saturday", "at about 2:35 a.m. on Sunday", True, "ten past noon: the minutes are no hour"),
        ("at 6:15 p.m. on Saturday", "at 11:40 a.m. on Sunday", True, "evening and late morning, other minutes"),
        ("at 7 p.m. on Saturday", "at 8 a.m. on Sunday", True, "whole hours say no time zone"),
        ("at 7:00 p.m. on Saturday", "at 8:00 a.m. on Sunday", True, "nor do whole hours written with minutes"),
        ("at 1:48 p.m. on Saturday", "at 8:48 a.m. on Sunday", True, "an afternoon is no evening"),
        ("on Saturday after a late amendment", "early on Sunday", True, "'late' said of something else"),
        ("late on Friday", "early on Sunday", True, "two days apart"),
    ],
)
def test_only_the_words_beside_a_date_make_two_days_one_night(
    first: str, second: str, reported: bool, why: str
) -> None:
    days = _ferry_days(first, second)
    assert bool(days) is reported, why
    if reported:
        assert all(d["Sunday"] and "s0" not in d["Sunday"] for d in days), why


def test_one_night_in_aligned_claims_is_no_discrepancy_either() -> None:
    texts = [
        "The election commission announced the results late on Sunday, ending a tense count.",
        "The election commission announced the results early on Monday, ending a tense count.",
        "Turnout was 61 percent, the commission said.",
    ]
    assert _days(texts) == []
    assert len(_days([t.replace("late on Sunday", "on Sunday afternoon") for t in texts])) == 1


def test_the_day_after_a_date() -> None:
    from crosscheck.dates import day_after

    assert day_after("saturday") == "sunday" and day_after("sunday") == "monday"
    assert day_after("2013-12-31") == "2014-01-01"
    assert day_after("02-28") == "02-29" and day_after("12-31") == "01-01"
    assert day_after("2013") is None and day_after("2013-02") is None and day_after("02-30") is None


def test_verbs_for_one_event_give_one_key() -> None:
    # each source words the quake, the arrest, the announcement its own way
    struck = _event_keys("A 4.6 earthquake struck Northern California on Friday morning.", "friday")
    assert struck == ["~struck"]
    assert _event_keys("A quake rattled Sonoma County early Thursday.", "thursday") == struck
    assert _event_keys("Police apprehended the driver on Sunday.", "sunday") == _event_keys(
        "Police arrested the driver on Monday.", "monday"
    )
    assert _event_keys("Apple unveiled a new laptop on Tuesday.", "tuesday") == ["~announc"]
    assert _event_keys("Jackman was named on Wednesday as host of the Oscars.", "wednesday") == ["~announc"]
    assert _event_keys("The club sacked its coach on Monday.", "monday") == _event_keys(
        "The club ousted its coach on Sunday.", "sunday"
    )
    assert _event_keys("Nadal defeated Federer on Friday.", "friday") == ["~beat"]
    assert _event_keys("The warehouse burned to the ground on Monday.", "monday") == _event_keys(
        "A fire destroyed the warehouse on Tuesday.", "tuesday"
    ) == _event_keys("The blaze gutted the warehouse on Tuesday.", "tuesday")
    # a market's moves: up, and down
    assert _event_keys("AMD shares jumped on Monday.", "monday") == _event_keys(
        "AMD shares rose on Tuesday.", "tuesday"
    ) == _event_keys("AMD stock gained on Friday.", "friday")
    assert _event_keys("AMD shares slid on Monday.", "monday") == _event_keys(
        "AMD shares fell on Tuesday.", "tuesday"
    ) != _event_keys("AMD shares rose on Tuesday.", "tuesday")
    # other verbs stay apart, and so do verbs as often said of something else
    assert _event_keys("The company hired a new chief on Sunday.", "sunday") == ["~hire"]
    assert _event_keys("Nadal won the title on Sunday.", "sunday") == ["~won"]
    assert _event_keys("Customs detained a shipment on Wednesday.", "wednesday") == ["~detain"]
    assert _event_keys("The presidents shook hands on Wednesday.", "wednesday") == ["~shook"]
    assert _event_keys("A judge dismissed the case on Monday.", "monday") == ["~dismiss"]


@pytest.mark.parametrize(
    "texts",
    [
        # a semifinal beaten on Friday, the title won on Sunday
        ["Nadal beat Federer in the semifinal on Friday in Paris.",
         "On Friday, Nadal beat Federer in a four-set semifinal in Paris.",
         "Nadal defeated Federer in Friday's semifinal in Paris.",
         "Nadal won the French Open title on Sunday in Paris, his ninth."],
        # men arrested on Friday, a shipment detained on Wednesday
        ["Police arrested two men on Friday in connection with the bombing.",
         "Two men were arrested Friday in connection with the bombing, police said.",
         "On Friday police arrested two suspects over the bombing.",
         "Customs officers detained a shipment of fertiliser on Wednesday, before the bombing, police said."],
        # a quake on Monday, hands shaken at the summit on Wednesday
        ["The earthquake struck the capital on Monday, killing 12 people, before the summit.",
         "On Monday an earthquake struck the capital, killing 12, days before the summit.",
         "Twelve people were killed when a quake struck the capital Monday, before the summit.",
         "At the summit in the capital, the two presidents shook hands on Wednesday and observed a minute's "
         "silence for the 12 killed."],
        # shots fired on Saturday, the officer dismissed on Monday
        ["Officer Daniel Reyes fired his weapon at the suspect on Saturday, police said.",
         "Police said Officer Daniel Reyes fired his weapon on Saturday during the chase.",
         "On Saturday, Officer Daniel Reyes fired his weapon at the fleeing suspect.",
         "The department dismissed Officer Daniel Reyes on Monday after an internal review of the chase."],
    ],
)
def test_a_verb_as_often_said_of_something_else_does_not_make_two_days_one_event(texts: list[str]) -> None:
    assert not _kinds(crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]), "date")


def test_a_part_of_the_day_before_a_comma_does_not_hide_what_happened() -> None:
    assert _event_keys("On Saturday afternoon, the company announced a deal.", "saturday") == ["~announc"]
    assert _event_keys("On Monday night, police arrested two men.", "monday") == ["~arrest"]
    # what follows another word and a comma is still another clause
    assert _event_keys("On Monday in Paris, the company announced a deal.", "monday") == []


DIED_THURSDAY = (
    Source(id="a", text="Esther Williams, the swimming champion turned actress, died on Thursday in Beverly Hills."),
    Source(id="b", text="The actress died Thursday at 91, her publicist Harlan Boll said in a statement."),
    Source(id="c", text="Williams died early Thursday in her sleep, according to her longtime publicist."),
)


def test_a_date_one_source_alone_gives_for_what_happened_is_a_date_discrepancy() -> None:
    lone = Source(id="d", text="Williams died peacefully in her sleep Tuesday, her publicist Harlan Boll announced.")
    (d,) = _kinds(crosscheck.audit([*DIED_THURSDAY, lone]), "date")
    assert [(v.text, v.sources) for v in d.variants] == [("Thursday", ("a", "b", "c")), ("Tuesday", ("d",))]
    assert "what happened: die" in d.explanation
    # a funeral on another day is another event
    funeral = Source(id="d", text="Her funeral will be held in Beverly Hills on Tuesday, her publicist Harlan Boll said.")
    assert not _kinds(crosscheck.audit([*DIED_THURSDAY, funeral]), "date")



def test_a_lone_date_stands_where_its_source_gives_the_others_day_only_for_something_else() -> None:
    lone = "Williams died peacefully in her sleep Tuesday, her publicist Harlan Boll announced."
    elsewhere = Source(id="d", text=lone + " Fans gathered at the studio gates on Thursday with flowers.")
    (d,) = _kinds(crosscheck.audit([*DIED_THURSDAY, elsewhere]), "date")
    assert [(v.text, v.sources) for v in d.variants] == [("Thursday", ("a", "b", "c")), ("Tuesday", ("d",))]
    assert d.rule == LONE_VALUE_RULES[DiscrepancyKind.DATE] + ELSEWHERE
    assert d.explanation == (
        "'Thursday' (a, b, c) vs 'Tuesday' (d): only d gives 'Tuesday' here (it gives 'Thursday' only in "
        "other sentences) where 3 other sources give 'Thursday' (next to: what happened: die); most likely "
        "one detail reported two ways."
    )
    # not where it gives it in a sentence like the others'
    alike = Source(id="d", text=lone + " The actress died Thursday at 91, a statement said.")
    assert not _kinds(crosscheck.audit([*DIED_THURSDAY, alike]), "date")


def test_a_spokeswoman_named_beside_a_lone_date_is_not_another_person() -> None:
    lone = Source(id="d", text="Williams died peacefully in her sleep Tuesday, spokeswoman Linda Cole announced.")
    assert _lone_dates([*DIED_THURSDAY, lone]) == [{"thursday": ["a", "b", "c"], "tuesday": ["d"]}]


def test_a_lone_date_of_another_person_is_no_lone_date() -> None:
    placed = (
        Source(id="a", text="Chris Ivory was placed on injured reserve on Tuesday, the Saints said."),
        Source(id="b", text="The Saints placed running back Chris Ivory on injured reserve Tuesday."),
        Source(id="c", text="On Tuesday, the team placed rookie Chris Ivory on injured reserve with a foot injury."),
    )
    thomas = Source(id="d", text="Pierre Thomas was placed on injured reserve Wednesday with an ankle injury.")
    assert _lone_dates([*placed, thomas]) == []
    ivory = Source(id="d", text="Chris Ivory was placed on injured reserve Wednesday with a foot injury.")
    assert _lone_dates([*placed, ivory]) == [{"tuesday": ["a", "b"], "wednesday": ["d"]}]


QUAKE_SUNDAY = (
    Source(id="a", text="The quake jolted Qeshm island off Iran's southern coast on Sunday, and rescue teams "
                        "from Bandar Abbas reached the worst-hit villages within hours."),
    Source(id="b", text="Iranian television said the tremor struck Qeshm island in the Gulf on Sunday afternoon."),
    Source(id="c", text="Rescue teams reached the villages of Qeshm on Sunday night, the Red Crescent said."),
    Source(id="d", text="The Sunday quake damaged houses in Zainabieh and Koohi, a local official told ISNA."),
)
QUAKE_TUESDAY = Source(
    id="e", text="Hundreds of families slept outdoors after a quake jolted the island off Iran's southern coast "
                 "on Tuesday, while schools stayed shut.",
)


def _paired_dates(sources: Sequence[Source]) -> list[dict[str, list[str]]]:
    claims = without_timestamps(crosscheck.audit(sources).claims)
    return [
        {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()}
        for slot in find_lone_values(claims, group_of=date_group, kind=DiscrepancyKind.DATE, events=True, pairs=True)
        if slot.rule in (PAIRED_VALUE_RULE, PAIRED_ELSEWHERE_RULE)
    ]


def test_one_sentence_against_one_much_like_it_is_a_date_discrepancy_when_more_sources_give_its_date() -> None:
    for sources in ([*QUAKE_SUNDAY, QUAKE_TUESDAY], [QUAKE_TUESDAY, *QUAKE_SUNDAY[::-1]]):
        (d,) = _kinds(crosscheck.audit(sources), "date")
        assert d.rule == PAIRED_VALUE_RULE and d.cluster is None and d.majority is None
        # the lone value is written last and named as such, whatever the order of the sources
        assert [(v.text, v.sources) for v in d.variants] == [("Sunday", ("a",)), ("Tuesday", ("e",))]
        assert d.explanation.startswith("'Sunday' (a) vs 'Tuesday' (e): only e gives 'Tuesday'")


def test_one_sentence_against_one_needs_three_independent_sources_much_alike_sentences_and_one_event() -> None:
    assert _paired_dates([*QUAKE_SUNDAY, QUAKE_TUESDAY]) == [{"sunday": ["a"], "tuesday": ["e"]}]
    # only two sources give Sunday anywhere
    assert _paired_dates([*QUAKE_SUNDAY[:2], QUAKE_TUESDAY]) == []
    # three give it, but two of them are word-for-word copies: two witnesses
    copies = [QUAKE_SUNDAY[0], QUAKE_SUNDAY[1], Source(id="b2", text=QUAKE_SUNDAY[1].text)]
    assert _paired_dates([*copies, QUAKE_TUESDAY]) == []
    # the sentences are not much alike
    unlike = Source(id="e", text="Schools on the island stayed closed on Tuesday as engineers inspected the coast road.")
    assert _paired_dates([*QUAKE_SUNDAY, unlike]) == []
    # another event: the island flooded is not the island jolted
    jolted = Source(id="a", text="Residents said the quake jolted the island on Sunday, and rescue teams from "
                                 "Bandar Abbas reached the worst-hit villages of Qeshm within hours.")
    same = Source(id="e", text="Residents said the quake jolted the island on Tuesday, and schools across "
                               "Qeshm stayed shut for the day.")
    aftershock = Source(id="e", text="Residents said the quake flooded the island on Tuesday, and schools "
                                     "across Qeshm stayed shut for the day.")
    assert _paired_dates([jolted, *QUAKE_SUNDAY[1:], same]) == [{"sunday": ["a"], "tuesday": ["e"]}]
    assert _paired_dates([jolted, *QUAKE_SUNDAY[1:], aftershock]) == []


def test_one_date_against_one_stands_where_the_lone_source_gives_the_other_day_for_something_else() -> None:
    # a story has many days: e's "Sunday" is the day of a funeral, not of the quake
    funeral = Source(id="e", text=QUAKE_TUESDAY.text + " The victims were buried in Dargahan on Sunday.")
    assert _paired_dates([*QUAKE_SUNDAY, funeral]) == [{"sunday": ["a"], "tuesday": ["e"]}]
    (d,) = _kinds(crosscheck.audit([*QUAKE_SUNDAY, funeral]), "date")
    assert d.rule == PAIRED_ELSEWHERE_RULE and d.majority is None
    # the explanation does not say e never writes Sunday
    assert "only e gives 'Tuesday' here (it gives 'Sunday' only in other sentences) in a sentence" in d.explanation
    # but not where e gives it in a sentence much like its own or the other's
    twice = Source(id="e", text=QUAKE_TUESDAY.text + " A quake jolted the island off Iran's southern coast on "
                                                     "Sunday too, while schools stayed shut.")
    assert _paired_dates([*QUAKE_SUNDAY, twice]) == []


def test_the_event_of_a_date_is_not_read_past_a_verb_of_saying_a_name_or_another_clause() -> None:
    assert _event_keys("Police said Tuesday the man had died.", "tuesday") == []
    assert _event_keys("Iran's Red Crescent said Monday that the earthquake hit Qeshm hardest.", "monday") == []
    assert _event_keys("Rescuers searched the rubble of Qeshm for survivors on Monday after the quake hit.", "monday") == []
    assert _event_keys("Sheikh Ahmed al-Sabah on Tuesday resigned as prime minister.", "tuesday") == ["~resign"]
    assert _event_keys("The vote is expected on Tuesday in the capital.", "tuesday") == []
    assert _event_keys("The funeral will be held on Tuesday in Beverly Hills.", "tuesday") == ["~funer"]
    # a long claim is read only around the date
    long = "He was arrested in Ohio. " + "The talks went on for hours without a word of agreement " * 40 + "on Tuesday."
    assert _event_keys(long, "tuesday") == []


def test_two_given_names_before_different_surnames_are_one_person_even_one_source_against_one() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Detectives charged two men with killing Deputy Juan Abel Escalante last summer."),
        Source(id="b", text="Crowds mourned outside the home of Juan Abel Moreno as the funeral began on Tuesday."),
    ])
    (d,) = _kinds(result, "name-conflict")
    assert [v.text for v in d.variants] == ["Deputy Juan Abel Escalante", "Juan Abel Moreno"]
    assert [v.sources for v in d.variants] == [("a",), ("b",)] and d.majority is None
    assert "same given names" in d.explanation


def test_one_given_name_before_different_surnames_in_unlike_sentences_is_still_no_conflict() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Detectives charged two men with killing Deputy Juan Escalante last summer."),
        Source(id="b", text="Crowds mourned outside the home of Juan Moreno as the funeral began on Tuesday."),
    ])
    assert not _kinds(result, "name-conflict")


def test_a_title_written_with_the_name_is_context_for_a_lone_surname() -> None:
    # the sentences share little but the title: "Foreign Minister" says who is meant
    livni = "Foreign Minister Tzipi Livni told reporters the offensive in Gaza would go on for now."
    result = crosscheck.audit([
        Source(id="a", text=livni),
        Source(id="b", text="Tzipi Livni, the foreign minister, said the army was hitting militant targets."),
        Source(id="c", text="Tzipi Livni, the Israeli foreign minister, rejected calls for a truce on Monday."),
        Source(id="d", text="Israeli Foreign Minister Tzipi Carrasquillo told reporters the militants hide among civilians."),
    ])
    (d,) = _kinds(result, "name-conflict")
    assert "Carrasquillo" in d.variants[-1].text and d.variants[-1].sources == ("d",)


def test_a_lone_surname_is_reported_though_its_majority_is_in_another_reported_slot() -> None:
    # each sentence its own cluster, so that only the lone-surname rule can pair them
    sources = [
        *TARA_REID,
        Source(id="d", text="Tara Kurtz has finally entered the Malibu Promises Treatment Center this week."),
        Source(id="e", text="Tara Lomax has checked herself into the Promises Treatment Center in Malibu."),
    ]
    claims = crosscheck.audit(sources).claims
    alone = Alignment(groups=tuple((c.id,) for c in claims), repeats={}, scores={})
    found, _ = find_discrepancies(claims, alone)
    lone = {v.text for d in found if d.kind.value == "name-conflict" for v in d.variants[1:]}
    assert {"Tara Kurtz", "Tara Lomax"} <= lone


def test_a_title_before_the_given_name_is_no_given_name() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Defense Secretary Robert Gates flew to Kabul to meet the commanders."),
        Source(id="b", text="Defense Secretary Robert McNamara wrote his memoirs about the war years later."),
    ])
    assert not _kinds(result, "name-conflict")


def test_two_places_sharing_their_first_words_are_no_two_surnames() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Deputies from the Albany County Sheriff searched the hillside until dark."),
        Source(id="b", text="The hearing resumed at the Albany County Courthouse on Monday morning."),
    ])
    assert not _kinds(result, "name-conflict")


def test_spellings_of_the_majority_surname_are_witnesses_of_one_name() -> None:
    # "Alishbandi" and "Alishvandi" are one surname two ways: two witnesses against "Strojny"
    claims = crosscheck.audit([
        Source(id="a", text="Qeshm island governor Heydar Alishbandi told AFP that ten people had been killed."),
        Source(id="b", text="Qeshm governor Heydar Alishvandi said rescue teams had reached the villages."),
        Source(id="c", text="Heydar Strojny, governor of Qeshm island, told AFP that ten people had died."),
    ]).claims
    (slot,) = lone_surnames(claims, two_names=lambda x, y: not is_slip(x, y))
    assert slot.lone == "strojny"
    assert {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()} == {
        "alishbandi": ["a", "b"], "strojny": ["c"],
    }
    # each spelling a name of its own: one source against one against one, no majority
    assert not lone_surnames(claims)


def test_a_name_written_after_a_long_title_still_has_a_given_name() -> None:
    claims = crosscheck.audit([
        Source(id="a", text="California Highway Patrol Officer Brian Pennings told reporters the driver was arrested."),
        Source(id="b", text="CHP Officer Brian Pennings said the driver was arrested after the crash."),
        Source(id="c", text="The driver was arrested after the crash, CHP Officer Brian Gallach said."),
    ]).claims
    (slot,) = lone_surnames(claims)
    assert {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()} == {
        "gallach": ["c"], "pennings": ["a", "b"],
    }


def test_one_given_name_before_two_surnames_one_source_against_one_in_much_the_same_sentence() -> None:
    shayne = (
        Source(id="a", text="Sergeant Shayne Moreno asked anyone with knowledge of the church fire to call."),
        Source(id="b", text="Anyone with knowledge of the church fire is asked to call police Sergeant Shayne Escalante."),
    )
    (slot,) = lone_surnames(crosscheck.audit(shayne).claims)
    assert slot.rule == SAME_GIVEN_NAMES_RULE and sorted(slot.values) == ["escalante", "moreno"]
    (d,) = _kinds(crosscheck.audit(shayne), "name-conflict")
    assert [v.sources for v in d.variants] == [("a",), ("b",)] and d.majority is None
    unlike = (shayne[0], Source(id="b", text="Sergeant Shayne Escalante won the county marathon on Sunday."))
    assert not lone_surnames(crosscheck.audit(unlike).claims)


SEED_ARTICLES = tuple(crosscheck.load_sources(Path(__file__).parents[2] / "seeds").sources)
"""Real articles about something else: words enough to say which letter sequences are usual."""
CHIEF_SCOTT = (
    Source(id="x1", text="Police Chief Scott Russell, 46, was injured when the bomb went off at the bank."),
    Source(id="x2", text="Chief Scott Russell was taken to hospital after the blast, officials said."),
)


def _word_slips(sources: Sequence[Source]) -> list[list[tuple[str, tuple[str, ...]]]]:
    result = crosscheck.audit(list(sources))
    return [
        [(v.text, v.sources) for v in d.variants] for d in _kinds(result, "name-variant")
        if any(s.startswith("x") for v in d.variants for s in v.sources)
    ]


def test_a_short_word_misspelt_into_letters_no_other_word_holds_is_a_name_variant() -> None:
    sxott = Source(id="x3", text="Doctors said that Sxott, the police chief, remained in critical condition.")
    expected = [[("Chief Scott Russell", ("x1", "x2")), ("Sxott", ("x3",))]]
    assert _word_slips([*SEED_ARTICLES, *CHIEF_SCOTT, sxott]) == expected
    # three sentences hold too few words to say which letter sequences are usual
    assert _word_slips([*CHIEF_SCOTT, sxott]) == []


def test_a_word_written_each_way_by_one_source_is_a_slip_only_where_one_spelling_is_unusual() -> None:
    angeles = Source(id="x4", text="Deputies from the Los Angeles County sheriff searched the house.")
    anghles = Source(id="x5", text="Two men were arrested by Anghles police at the house.")
    expected = [[("Los Angeles County", ("x4",)), ("Anghles", ("x5",))]]
    assert _word_slips([*SEED_ARTICLES, angeles, anghles]) == expected
    jonas = Source(id="x5", text="The house was empty, said Jonas Sahratian on Friday.")
    jones = Source(id="x4", text="The house was empty, said Dominique Jones on Friday.")
    assert _word_slips([*SEED_ARTICLES, jones, jonas]) == []  # both spellings are usual


def test_a_surname_and_a_given_name_written_alike_are_no_slip() -> None:
    jones = (
        Source(id="x1", text="The house was empty, said Dominique Jones on Friday."),
        Source(id="x2", text="Neighbours told Dominique Jones that the house had been empty for weeks."),
    )
    jxnes = Source(id="x3", text="The house was empty, said Jxnes Sahratian on Friday.")
    assert _word_slips([*SEED_ARTICLES, *jones, jxnes]) == []
    jxnes_surname = Source(id="x3", text="The house was empty, said Dominique Jxnes on Friday.")
    assert len(_word_slips([*SEED_ARTICLES, *jones, jxnes_surname])) == 1


QUAKE_35_MILES = (
    Source(id="a", text="The USGS said the quake struck 35 miles southwest of the port city of Bandar Abbas."),
    Source(id="b", text="The quake struck 35 miles southwest of the port of Bandar Abbas, the survey said."),
)


def test_a_distance_in_another_unit_is_no_lone_value() -> None:
    # 58 km is about 36 miles: two units are never two values of one detail
    result = crosscheck.audit([
        *QUAKE_35_MILES,
        Source(id="c", text="The survey said the quake struck 58 kilometres southwest of the port of Bandar Abbas."),
    ])
    assert _kinds(result, "number") == []


def test_a_distance_converted_in_brackets_is_no_lone_value_but_a_stated_one_is() -> None:
    # the bracketed 36 miles restates 58 km (rounded); 40 miles stated on its own does not
    converted = Source(id="c", text="The survey said the quake struck 58km (36 miles) southwest of the port of Bandar Abbas.")
    assert _kinds(crosscheck.audit([*QUAKE_35_MILES, converted]), "number") == []
    stated = Source(id="c", text="The survey said the quake struck 40 miles southwest of the port of Bandar Abbas.")
    (d,) = _kinds(crosscheck.audit([*QUAKE_35_MILES, stated]), "number")
    assert [(v.text, v.sources) for v in d.variants] == [("35", ("a", "b")), ("40", ("c",))]


def test_a_figure_inside_another_sources_range_is_no_discrepancy() -> None:
    sources = [
        Source(id="a", text="The gunmen killed 35 people at the market on Friday, police said."),
        Source(id="b", text="Police said the gunmen killed 35 people at the market on Friday morning."),
        Source(id="c", text="Police said the gunmen killed between 30 and 40 people at the market on Friday."),
    ]
    assert _kinds(crosscheck.audit(sources), "number") == []
    outside = Source(id="c", text="Police said the gunmen killed between 40 and 50 people at the market on Friday.")
    assert _kinds(crosscheck.audit([*sources[:2], outside]), "number") != []


def _age(text: str, known: set[str]) -> Mention:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text,
                  facts=extract_facts(text, known_names=frozenset(known)))
    (fact,) = [f for f in claim.facts if f.unit == "age"]
    return Mention(claim, fact, frozenset())


def test_an_age_beside_a_misspelt_name_is_still_that_persons_age() -> None:
    known = {"subryan", "suuryan", "russell"}
    subryan = _age("Subryan, 23, was charged with vehicular manslaughter.", known)
    assert _same_person_aged(subryan, _age("Suuryan, 13, was charged with vehicular manslaughter.", known))
    assert not _same_person_aged(subryan, _age("Russell, 13, was charged with vehicular manslaughter.", known))
    # given names a letter apart are two people, not one
    chen = _age("Mark Chen, 23, died at the scene of the crash.", set())
    assert not _same_person_aged(chen, _age("Mary Wong, 31, died at the scene of the crash.", set()))
    assert not _same_person_aged(chen, _age("Mary Chan, 31, died at the scene of the crash.", set()))



def test_a_lone_figure_beside_a_misspelt_name_shares_that_name_with_the_others() -> None:
    result = crosscheck.audit([
        Source(id="a", text="Turkmenistan's president Saparmurat Niyazov has died of heart failure aged 66, "
                            "state television said."),
        Source(id="b", text="State television announced that Niyazov had died overnight aged 66 after a "
                            "cardiac arrest."),
        Source(id="c", text="The autocratic ruler of the gas-rich nation died at 66, officials in Ashgabat "
                            "confirmed."),
        Source(id="d", text="Opposition exiles in Vienna said Niyazoi, who was aged 68, had been gravely ill "
                            "for several years with diabetes."),
    ])
    (d,) = _kinds(result, "number")
    assert [(v.text, v.sources) for v in d.variants] == [("66", ("a", "b")), ("68", ("d",))]


GAS_BLAST = (
    Source(id="a", text="At least 70 people were injured when the gas main exploded, the fire brigade said. "
                        "Some 300 people were evacuated from the block."),
    Source(id="b", text="The explosion left 70 people injured, according to the fire brigade. "
                        "About 300 people were evacuated from nearby flats."),
    Source(id="c", text="Hospitals treated 70 people injured in the gas explosion on Monday night."),
)


def _lone_numbers(sources: Sequence[Source]) -> list[dict[str, list[str]]]:
    claims = crosscheck.audit(sources).claims
    slots = find_lone_values(claims, group_of=lone_number_group, kind=DiscrepancyKind.NUMBER)
    return [{value: sorted(m.claim.source for m in ms) for value, ms in s.values.items()} for s in slots]


def test_a_lone_figure_is_set_against_the_detail_its_words_tell_among_several_next_to_one_word() -> None:
    # "people" neighbours two details, the injured (70) and the evacuated (300), each
    # given by three sources: the lone 44 is set against the one its words agree with
    assert _lone_numbers([
        *GAS_BLAST,
        Source(id="d", text="Firefighters said 44 people were injured by the gas explosion. "
                            "Some 300 people were evacuated from their homes."),
    ]) == [{"44": ["d"], "70": ["a", "b", "c"]}]


def test_a_lone_figure_next_to_a_word_of_several_details_needs_words_that_clearly_agree() -> None:
    # it shares "gas" and "people" with the injured, not enough where "people" has two details
    assert _lone_numbers([
        *GAS_BLAST,
        Source(id="d", text="Firefighters said 44 people attended the meeting about the gas supply. "
                            "Some 300 people were evacuated from their homes."),
    ]) == []


DEPUTY_AGED_35 = (
    Source(id="a", text="Deputy Mark Ortega, 35, was shot outside an apartment in Bell Gardens while questioning "
                        "a suspect."),
    Source(id="b", text="Ortega, 35, had served fifteen years with the sheriff's department."),
    Source(id="c", text="The gunman surprised Deputy Mark Ortega, 35, as he spoke to a woman outside her "
                        "apartment in Bell Gardens."),
)


def test_an_age_however_worded_stands_against_the_age_the_others_give() -> None:
    # "the 19-year-old deputy" shares no neighbouring word with "Ortega, 35,"
    result = crosscheck.audit([
        *DEPUTY_AGED_35,
        Source(id="d", text="The 19-year-old deputy was shot outside an apartment in Bell Gardens, prosecutors say."),
    ])
    (d,) = _kinds(result, "number")
    assert [(v.text, v.sources) for v in d.variants] == [("35", ("a", "b", "c")), ("19", ("d",))]
    assert "an age" in d.explanation


def test_an_age_beside_another_persons_name_is_not_set_against_the_age_the_others_give() -> None:
    result = crosscheck.audit([
        *DEPUTY_AGED_35,
        Source(id="d", text="Prosecutors said Luis Moreno, 19, shot Deputy Ortega outside a Bell Gardens apartment."),
    ])
    assert not _kinds(result, "number")


def test_a_figure_the_others_give_in_the_same_sentence_as_the_majority_is_another_detail_not_a_rival() -> None:
    # the depth (10 km) is given as widely as the distance (55 km), often in the same
    # sentence: that is no disagreement among the others on the distance
    sources = [
        Source(id="a", text="The quake struck at a depth of 10 kilometers (6 miles), and its epicenter was "
                            "located 55 kilometers (34 miles) west of the town of Bireun."),
        Source(id="b", text="The epicenter was 55 kilometers (34 miles) west of the town of Bireun, the survey "
                            "said. The quake was 10 kilometers (6 miles) deep, which made the shaking strong."),
        Source(id="c", text="Its epicenter lay 55 kilometers (34 miles) west of Bireun. The shallow quake struck "
                            "at a depth of 10 kilometers."),
        Source(id="e", text="The quake hit at a depth of 10 kilometers, officials said."),
        Source(id="d", text="The shallow quake struck at a depth of 10 kilometers. The epicenter was located "
                            "47 kilometers (29 miles) west of the town of Bireun."),
    ]
    assert {"47": ["d"], "55": ["a", "b", "c"]} in _lone_numbers(sources)


def _larue(extra_a: str = "", extra_c: str = "") -> list[Source]:
    return [
        Source(id="a", text="Fred LaRue, 75, the Nixon aide who carried cash to the Watergate burglars, died in "
                            "Biloxi." + extra_a),
        Source(id="b", text="The former White House aide was found dead in a motel room on Tuesday. He was 75."),
        Source(id="c", text="LaRue, who was 75, had pleaded guilty to obstruction of justice in 1973." + extra_c),
        Source(id="d", text="Watergate figure Fred LaRue has died in a motel room in Mississippi. He was 89."),
    ]


def test_an_age_said_with_no_other_word_stands_against_the_one_age_the_others_agree_on() -> None:
    (d,) = _kinds(crosscheck.audit(_larue()), "number")
    assert [(v.text, v.sources) for v in d.variants] == [("75", ("a", "b", "c")), ("89", ("d",))]
    # not where the others give a second age as well: "He was 89." may be anyone's
    second = _larue(" His 70-year-old wife survives him.", " He leaves a wife, 70, and two sons.")
    assert not _kinds(crosscheck.audit(second), "number")
    # unless twice as many sources give the one age as give the other
    third = [*second, Source(id="e", text="LaRue, 75, had lived in Biloxi for decades.")]
    assert [[v.text for v in d.variants] for d in _kinds(crosscheck.audit(third), "number")] == [["75", "89"]]


@given(
    word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=5, max_size=12),
    edit=st.sampled_from(["substitute", "insert", "delete", "swap"]),
    at=st.integers(min_value=0, max_value=20),
    letter=st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
)
def test_the_screen_before_is_slip_lets_every_slip_of_a_long_word_through(word: str, edit: str, at: int, letter: str) -> None:
    i = at % (len(word) + 1) if edit == "insert" else at % len(word)
    if edit == "substitute":
        other = word[:i] + letter + word[i + 1 :]
    elif edit == "insert":
        other = word[:i] + letter + word[i:]
    elif edit == "delete":
        other = word[:i] + word[i + 1 :]
    else:
        i = min(i, len(word) - 2)
        other = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if is_slip(word, other, min_length=5):
        assert _may_be_slip(word, other) and _may_be_slip(other, word)


GAS_INJURED_70 = (
    Source(id="a", text="At least 70 people were injured when the gas main exploded, the fire brigade said."),
    Source(id="b", text="The explosion left 70 people injured, according to the fire brigade."),
    Source(id="c", text="Hospitals treated 70 people injured in the gas explosion on Monday night."),
)


def test_of_two_lone_figures_of_one_source_next_to_one_word_the_one_whose_words_agree_less_is_another_detail() -> None:
    assert _lone_numbers([
        *GAS_INJURED_70,
        Source(id="d", text="Firefighters said 65 people were injured by the gas explosion, and 44 people were "
                            "hurt in the crush that followed."),
    ]) == [{"65": ["d"], "70": ["a", "b", "c"]}]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # its other count beside "people" shares no words with the others' 70 injured: another thing
        ("The blast left 44 people hurt. A school gym sheltered 300 people overnight.", True),
        # but one added to it, or one that makes up the others' 70 with it, is part of the count
        ("Doctors kept 44 people injured in the blast overnight. Another 30 people went home.", False),
        ("Doctors kept 44 people injured in the blast overnight. Some 26 people went home.", False),
    ],
)
def test_a_lone_figure_whose_source_counts_other_things_beside_its_word_still_stands(text: str, reported: bool) -> None:
    found = _lone_numbers([*GAS_INJURED_70, Source(id="d", text=text)])
    assert found == ([{"44": ["d"], "70": ["a", "b", "c"]}] if reported else [])


def _counted(source: str, value: str, words: str) -> Mention:
    claim = Claim(id=f"{source}#1", source=source, start=0, end=len(value), text=value)
    return Mention(claim, Fact(kind=FactKind.NUMBER, text=value, start=0, end=len(value), value=value), frozenset(words.split()))


@pytest.mark.parametrize(
    ("other_words", "detail"),
    [
        ("school gym shelter overnight", "70"),  # shares nothing with the majority's words: another thing
        # shares a little (less than the lone figure does): it may be the detail, so the lone figure is unclear
        ("fire brigade evacuated homes night block main street tenants flats", None),
    ],
)
def test_a_lone_sources_other_count_beside_the_word_makes_it_unclear_only_where_its_words_agree(
    other_words: str, detail: str | None
) -> None:
    majority = [_counted(s, "70", "gas explosion injured fire brigade") for s in "abc"]
    lone = _counted("d", "44", "gas injured blast monday hospital doctors treated city officials")
    other = _counted("d", "300", other_words)
    values = {"70": majority, "44": [lone], "300": [other]}
    support = {"70": 3, "44": 1, "300": 1}
    chosen = _detail_of([lone], values, support, [lone, other], {"44", "300"}, lambda word: 1.0, counts=True)
    assert chosen == detail
    # not for dates: a story gives many, so any other beside the word makes the lone one unclear
    assert _detail_of([lone], values, support, [lone, other], {"44", "300"}, lambda word: 1.0) is None


def test_a_lone_figure_is_not_reported_where_the_others_disagree_among_themselves() -> None:
    assert _lone_numbers([
        Source(id="a", text="At least 70 people were injured when the gas main exploded, the fire brigade said."),
        Source(id="b", text="The explosion left 70 people injured, according to the fire brigade."),
        Source(id="c", text="Hospitals said 90 people were injured when the gas main exploded."),
        Source(id="e", text="The blast left 90 people injured, the city's hospitals said."),
        Source(id="d", text="Firefighters said 44 people were injured by the gas explosion."),
    ]) == []


def test_common_words_a_letter_apart_are_two_words_not_one_misspelt() -> None:
    # "court" / "count" and "trial" / "trail" share nothing: only names are respelt
    assert not _kinds(crosscheck.audit([
        Source(id="a", text="The court heard that 12 people were injured in the crash."),
        Source(id="b", text="12 people were injured, the court was told."),
        Source(id="c", text="Prosecutors told the court 12 people were hurt."),
        Source(id="d", text="The final count showed 40 people had voted."),
    ]), "number")


def test_an_age_said_with_no_other_word_needs_the_sentence_before_to_name_that_person() -> None:
    sources = _larue()
    sources[3] = Source(id="d", text="Police were called to a motel room in Mississippi. A guest was arrested. "
                                     "He was 89.")
    assert not _kinds(crosscheck.audit(sources), "number")
    # nor is it set against an age only two sources give
    assert not _kinds(crosscheck.audit(_larue()[1:]), "number")


def test_an_age_beside_a_surname_stands_against_the_age_the_others_give_beside_it() -> None:
    # the sentences share no words but the name, which says whose age it is
    sources = [
        Source(id="a", text="Matt Smith, 26, will make his debut in 2010, replacing David Tennant."),
        Source(id="b", text="The producers have cast 26-year-old Matt Smith as the next incarnation of the Doctor."),
        Source(id="c", text="Viewers were surprised when the unknown actor was unveiled on Saturday evening."),
        Source(id="d", text="Smith, 38, who played a young political researcher in the show, will become the "
                            "biggest star of all."),
    ]
    (d,) = _kinds(crosscheck.audit(sources), "number")
    assert [(v.text, v.sources) for v in d.variants] == [("26", ("a", "b")), ("38", ("d",))]
    # not where the others give that person two ages
    sources[2] = Source(id="c", text="Matt Smith, 27, grew up in Northampton and wanted to be a footballer.")
    assert not [d for d in _kinds(crosscheck.audit(sources), "number") if "38" in [v.text for v in d.variants]]


def test_an_age_beside_another_given_name_with_the_same_surname_is_another_persons() -> None:
    assert not _kinds(crosscheck.audit([
        Source(id="a", text="John Smith, 45, was driving when the car left the road near Leeds."),
        Source(id="b", text="Police said the driver, John Smith, 45, had not been drinking."),
        Source(id="c", text="Neighbours described the crash on the bypass as terrifying."),
        Source(id="d", text="Mary Smith, 44, was a passenger and escaped with cuts."),
    ]), "number")


def test_two_sources_giving_one_named_person_two_ages_are_reported_one_against_one() -> None:
    # no third source, and the sentences share nothing but the surname beside each age
    sources = [
        Source(id="a", text="Roche, 33, said he shaved 10 seconds off the previous best time that day."),
        Source(id="b", text="Ryan Roche, 32, of Levi, was coaxed into the contest at his office party."),
    ]
    (d,) = _kinds(crosscheck.audit(sources), "number")
    assert d.rule == NAMED_AGES_RULE and d.majority is None
    assert sorted((v.text, v.sources) for v in d.variants) == [("32", ("b",)), ("33", ("a",))]
    assert "the same person" in d.explanation


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["Ryan Roche, 33, said he shaved 10 seconds off the best time.",
          "Tom Roche, 32, of Levi, was coaxed into the contest at his office party."], "two given names: two people"),
        (["Ryan Roche, 33, said he shaved 10 seconds off the best time.",
          "Ryan Roche's son, 12, watched the contest at the office party."], "a son's age"),
        (["Roche, 33, said he shaved 10 seconds off the best time, aged 32 a year ago.",
          "Ryan Roche, 32, of Levi, was coaxed into the contest at his office party."], "the first gives the other age too"),
        (["Ryan Roche, 32, was killed when his car hit a wall in Cork on Friday.",
          "His father, Mr. Roche, 64, said he was a good driver."], "a father"),
        (["Ryan Roche, 32, was killed when his car hit a wall in Cork on Friday.",
          "Mrs. Roche, 58, said her son was a careful driver."], "a Mrs. Roche"),
    ],
)
def test_two_ages_beside_one_surname_are_not_set_against_each_other_where_they_may_be_right(
    texts: list[str], why: str
) -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert not [d for d in result.discrepancies if d.rule == NAMED_AGES_RULE], why


@pytest.mark.parametrize(
    ("text", "another_time"),
    [
        ("Matt Smith, 26, will make his debut in the role next year.", False),
        ("Smith, 17, made his debut for the youth side.", True),
        ("Smith, 17, debuted for the youth side.", True),
        ("Smith, 17, made his Premier League debut for Everton.", True),
        ("Smith, 17, made a senior debut for Everton.", True),
    ],
)
def test_an_age_beside_a_debut_to_come_is_the_persons_age_now(text: str, another_time: bool) -> None:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (age,) = [f for f in claim.facts if f.unit == "age"]
    assert _age_at_another_time(Mention(claim, age, frozenset())) is another_time


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mark Felt, the source who brought down President Richard Nixon, has died at 95.", ["mark", "felt"]),
        ("Mark Felt, the source who brought down President Richard Nixon, died on Thursday aged 95.", ["mark", "felt"]),
        # no name opens the sentence: whose age it is, no name beside it tells
        ("The source who brought down President Richard Nixon, has died at 95.", []),
        ("Reporters at the Washington Post say the source who exposed Richard Nixon, has died at 95.", []),
        ("Jane Smith said her husband, who served in Iraq, has died at 41.", []),
        ("President Obama's longtime aide, the strategist who ran his campaign in Ohio, has died at 60.", []),
        ("Mark Felt, known as Deep Throat, a secret source, has died at 95.", ["mark", "felt"]),
        # an apposition between the name and the verb: the name is the subject's
        ("John Smith, a retired teacher, has died at 70.", ["john", "smith"]),
        ("The aide who served Richard Nixon, 95, has died.", ["richard", "nixon"]),
    ],
)
def test_an_age_after_a_clause_is_the_subjects(text: str, name: list[str]) -> None:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (age,) = [f for f in claim.facts if f.unit == "age"]
    assert name_beside_words(Mention(claim, age, frozenset())) == name


def _gray(lone: str) -> list[Source]:
    # the others give two ages (a neighbour's too), so only the name says whose age is whose
    return [
        Source(id="a", text="Kimani Gray, 16, was shot by two officers on Saturday night in Brooklyn."),
        Source(id="b", text="Police said they shot Gray, 16, after he pointed a gun at them."),
        Source(id="c", text="Gray, 16, was shot eleven times, police said. "
                            "Neighbour Mary John, 43, said the crowd grew angry."),
        Source(id="d", text=lone),
    ]


def test_a_name_parted_by_a_nickname_in_brackets_is_one_persons() -> None:
    for text in ("Police shot 8-year-old Kimani (Kiki) Gray on Saturday.", "A vigil for Kimani (Kiki) Gray, 8, was held."):
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (age,) = [f for f in claim.facts if f.unit == "age"]
        assert name_beside_words(Mention(claim, age, frozenset())) == ["kimani", "gray"], text
    for text, name in (
        ("Police named him as Tom (TJ) Smith, 45, on Monday.", ["tom", "smith"]),
        # a dateline and its news agency, a place and its state: no nickname
        ("NEW YORK (Reuters) Smith, 45, said on Monday.", ["smith"]),
        ("In Kansas City (Missouri) John Smith, 45, said on Monday.", ["john", "smith"]),
        ("The Democratic National Committee (DNC) Chairman Tim Kaine, 58, spoke.", ["tim", "kaine"]),
        # a place the person is from is not the person
        ("The 55-year-old Glasgow-born star will play the Doctor.", []),
        ("The 55 - year - old Glasgow - born star will play the Doctor.", []),
        ("London-based banker John Smith, 45, said on Monday.", ["john", "smith"]),
    ):
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (age,) = [f for f in claim.facts if f.unit == "age"]
        assert name_beside_words(Mention(claim, age, frozenset())) == name, text


def test_a_named_age_is_reported_though_its_source_gives_the_others_age_in_another_sentence() -> None:
    # the headline has the age right, the body has it wrong beside the name
    result = crosscheck.audit(_gray(
        "Riot over teen's death: 16-year-old shot by cops did not have a gun.\n\n"
        "A woman who saw the fatal police shooting of 8-year-old Kimani (Kiki) Gray says he had no gun."
    ))
    (d,) = [d for d in _kinds(result, "number") if "8" in [v.text for v in d.variants]]
    assert [(v.text, v.sources) for v in d.variants] == [("16", ("a", "b", "c")), ("8", ("d",))]
    assert "only in other sentences" in d.explanation
    # the person named beside each age says whose it is: their sentences share nothing else
    assert d.rule.startswith(LONE_VALUE_RULES[DiscrepancyKind.NUMBER])


@pytest.mark.parametrize(
    ("lone", "why"),
    [
        ("The 16-year-old was buried on Friday. \"He was my brother,\" said 12-year-old Jamal Gray.",
         "named in full, by a given name no other source gives beside the age: another person"),
        ("The 16-year-old was buried on Friday. His mother, Mrs. Gray, 40, spoke at the service.",
         "a surname alone: a relative's, as like as not"),
        ("Kimani Gray, 16, was shot by police on Saturday.\n\nA neighbour saw the shooting of "
         "8-year-old Kimani (Kiki) Gray from her window.", "the source gives that person both ages: which is meant is not told"),
        ("A 16-year-old friend who had walked with him from the corner store on the avenue stood beside "
         "Kimani Gray, 8, as the officers arrived.",
         "the others' age in the same sentence: two ages of one story"),
    ],
)
def test_a_named_age_is_not_reported_where_its_source_gives_the_others_age_of_someone_else(lone: str, why: str) -> None:
    assert not [d for d in _kinds(crosscheck.audit(_gray(lone)), "number") if {"8", "12", "40"} & {v.text for v in d.variants}], why


def test_a_named_age_against_one_other_source_is_not_reported_where_its_source_gives_that_age_elsewhere() -> None:
    sources = _gray(
        "Riot over teen's death: 16-year-old shot by cops did not have a gun.\n\n"
        "A woman who saw the fatal police shooting of 8-year-old Kimani (Kiki) Gray says he had no gun."
    )
    sources[1] = Source(id="b", text="Police said they shot the boy after he pointed a gun at them.")
    sources[2] = Source(id="c", text="Neighbour Mary John, 43, said the crowd grew angry.")
    assert not [d for d in _kinds(crosscheck.audit(sources), "number") if "8" in {v.text for v in d.variants}]


def _figure_slots(texts: Sequence[str]) -> list[tuple[str, dict[str, list[str]]]]:
    claims = without_conversions(crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]).claims)
    return [
        (slot.rule, {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()})
        for slot in find_lone_values(claims, group_of=lone_number_group, kind=DiscrepancyKind.NUMBER, pairs=True)
    ]


PIRATES = (
    "An estimated 1,500 pirates are based in the semiautonomous Puntland region of Somalia, raking in millions.",
    "The ships are held off Somalia, in the semiautonomous Puntland region, home to an estimated 1,323 pirates based there.",
    "The navy said the raid on the ship went well and nobody was hurt.",
)


def test_one_figure_against_one_with_the_same_words_on_both_sides_is_reported() -> None:
    # no third source gives either figure: the same words on both sides, the same unit and
    # sentences much alike say it is one detail
    assert _figure_slots(PIRATES) == [(SAME_WORDS_RULE, {"1323": ["s1"], "1500": ["s0"]})]
    # the day of the event on one side only is no sign of two things (before, any date on
    # one side only set the two apart)
    dated = (PIRATES[0], PIRATES[1].replace("based there", "based there, the navy said on Thursday"), PIRATES[2])
    assert _figure_slots(dated) == [(SAME_WORDS_RULE, {"1323": ["s1"], "1500": ["s0"]})]
    dated = (PIRATES[0], PIRATES[1].replace("based there", "based there, scene of Thursday's raid"), PIRATES[2])
    assert _figure_slots(dated) == [(SAME_WORDS_RULE, {"1323": ["s1"], "1500": ["s0"]})]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([PIRATES[0], PIRATES[1].replace("estimated 1,323 pirates", "estimated 1,323 fishermen"), PIRATES[2]],
         "not the same word after"),
        ([PIRATES[0], PIRATES[1].replace("an estimated 1,323", "some 1,323"), PIRATES[2]], "not the same word before"),
        (["He has 53 catches for 605 yards this season, the team said.",
          "In the game he had eight catches for 101 yards, the team said."], "another figure differs: two things"),
        (["Forte ran for 1,400 yards last season for the Bears, the team said in Chicago.",
          "Forte ran for 120 yards for the Bears, the team said in Chicago on Sunday."], "a figure of another period"),
        (["In 2011, a magnitude 9.0 earthquake struck off the coast of Japan near Sendai.",
          "On Tuesday, a magnitude 6.1 earthquake struck off the coast of Japan near Sendai."], "two dates: two quakes"),
        (["In 2011, a magnitude 9.0 earthquake struck off the coast of Japan near Sendai.",
          "A magnitude 6.1 earthquake struck off the coast of Japan near Sendai."], "a year on one side only: another time"),
        (["Acme Corp cut its annual profit forecast, citing weak demand in China, and its shares fell 5% in London.",
          "On Tuesday the shares fell 3% in London after a broker downgraded the stock to sell."],
         "a day on one side only that dates the figure's own clause: another time (a review's case)"),
        (["The powerful earthquake flattened buildings across eastern Turkey, and the death toll rose to 41 people.",
          "The death toll rose to 29 people on Saturday before the final figures came in, the disaster agency said."],
         "an earlier point of a running toll"),
    ],
)
def test_one_figure_against_one_needs_the_same_words_on_both_sides(texts: list[str], why: str) -> None:
    assert not [rule for rule, _ in _figure_slots(texts) if rule == SAME_WORDS_RULE], why


def _lone_dates(sources: Sequence[Source]) -> list[dict[str, list[str]]]:
    claims = without_timestamps(crosscheck.audit(sources).claims)
    return [
        {value: sorted(m.claim.source for m in ms) for value, ms in slot.values.items()}
        for slot in find_lone_values(claims, group_of=date_group, kind=DiscrepancyKind.DATE, events=True, pairs=True)
        if slot.rule not in (PAIRED_VALUE_RULE, PAIRED_ELSEWHERE_RULE)
    ]


NAVY_SATURDAY = [
    Source(id="a", text="The Indian Navy on Saturday foiled a pirate attack in the Gulf of Aden, officials said."),
    Source(id="b", text="Commandos of the Indian Navy on Saturday captured 23 pirates after a chase at sea."),
]


def test_a_weekday_others_give_for_something_else_does_not_make_a_lone_weekday_theirs() -> None:
    # "Friday" is the navy's day in one source only; another source's "Friday" is the day
    # a ship left port, next to other words
    lone = Source(id="c", text="For the fourth time in two months, the Indian Navy on Friday foiled a piracy attempt.")
    friday = Source(id="d", text="The tanker left the port of Aden on Friday, its owners said. The Navy on Saturday escorted it.")
    assert _lone_dates([*NAVY_SATURDAY, lone, friday]) == [{"friday": ["c"], "saturday": ["a", "b", "d"]}]


def test_a_weekday_beside_a_word_for_part_of_a_day_is_lone_only_if_no_other_source_gives_it() -> None:
    # "early Friday morning" / "by early Saturday morning": the words say when in the day, not what happened
    sources = [
        Source(id="a", text="Internet services in the region were cut early Friday morning, the ministry said."),
        Source(id="b", text="Internet services across the region went down early Friday morning when cables were cut."),
        Source(id="c", text="Internet services in the region should recover by early Saturday morning, the ministry said."),
        Source(id="d", text="Engineers said the repair ship would sail on Saturday from Catania."),
    ]
    assert _lone_dates(sources) == []


def test_a_weekday_another_source_gives_beside_the_detail_is_not_lone() -> None:
    # b gives Monday in the very sentence that gives the others' detail ("from the rubble")
    sources = [
        Source(id="a", text="Rescuers pulled two survivors from the rubble on Monday, officials said."),
        Source(id="b", text="Rescuers pulled two survivors from the rubble on Tuesday, and more on Monday."),
        Source(id="c", text="Rescuers pulled two survivors from the rubble on Tuesday. On Monday, crews found bodies."),
    ]
    assert _lone_dates(sources) == []


def test_a_name_spaced_two_ways_is_not_a_lone_surname() -> None:
    joined = "Rami Abdulrahman, who runs the monitoring group, said pilots were training fighters at the air base."
    sources = [
        Source(id="a", text=joined),
        Source(id="b", text=joined.replace("monitoring group", "Observatory")),
        Source(id="c", text="Rami Abdul Rahman, head of the monitoring group, said pilots were training fighters."),
    ]
    result = crosscheck.audit(sources)
    assert not [slot for slot in lone_surnames(result.claims) if slot.lone]
    # written apart, the surname is one the others do not use
    apart = Source(id="c", text="Rami Kassem, head of the monitoring group, said pilots were training fighters.")
    assert [slot.lone for slot in lone_surnames(crosscheck.audit([*sources[:2], apart]).claims)] == ["kassem"]


# four reports of one quake, each worded its own way: only the story's one weekday links them
QUAKE_THURSDAY = (
    "A 4.6 quake struck Sonoma County early Thursday, according to the Geological Survey.",
    "Residents of Cobb Mountain were jolted awake early Thursday morning by the tremor.",
    "The tremor shook the Napa Valley early Thursday, the agency said.",
)
QUAKE_FRIDAY = "The earthquake struck Northern California on Friday, near the Geysers area."


def test_the_story_s_weekday_is_found_where_each_source_words_the_event_its_own_way() -> None:
    rattled = [
        "A 4.6 quake rattled Sonoma County early Thursday, according to the Geological Survey.",
        "Residents of Cobb Mountain were jolted awake early Thursday morning by the tremor.",
        "The tremor shook the Napa Valley early Thursday, the agency said.",
    ]
    assert _weekday_rules([*rattled, QUAKE_FRIDAY]) == [(ONE_WEEKDAY_RULE, ["Thursday", "Friday"])]


def _weekday_rules(texts: Sequence[str]) -> list[tuple[str | None, list[str]]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [(d.rule, [v.text for v in d.variants]) for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]


def test_a_source_alone_giving_another_weekday_than_the_story_s_one_is_reported() -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*QUAKE_THURSDAY, QUAKE_FRIDAY])])
    (d,) = [d for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]
    assert d.rule == ONE_WEEKDAY_RULE
    assert [(v.text, v.sources) for v in d.variants] == [("Thursday", ("s0", "s1", "s2")), ("Friday", ("s3",))]
    assert "the one weekday of the story" in d.explanation


def test_a_source_that_gives_several_weekdays_does_not_hide_the_lone_one() -> None:
    spanning = "The tremor shook the Napa Valley early Thursday; schools shut on Monday."
    rules = _weekday_rules([*QUAKE_THURSDAY, spanning, QUAKE_FRIDAY])
    assert rules == [(ONE_WEEKDAY_RULE, ["Thursday", "Friday"])]


FIRE_SUNDAY = (
    "A man has denied arson following a fire at a Somerset supermarket early on Sunday.",
    "Dozens of firefighters tackled the blaze after the alarm was raised at about 6am on Sunday morning.",
    "Eight crews fought the blaze which broke out in the early hours of Sunday morning.",
    "Half the roof at the entrance of the Waitrose store in the High Street collapsed during the blaze shortly "
    "after 06:00 BST on Sunday. Pitman will appear in court on Tuesday.",
)
FIRE_SATURDAY = "The fire service was called at 06:00 BST to the Waitrose store in High Street, Wellington, on Saturday."


def test_a_lone_weekday_with_no_event_beside_it_is_the_story_s_where_a_sentence_of_it_is_much_alike() -> None:
    # "called … on Saturday" says nothing of what happened on the day, but the sentence,
    # whole, is the one that gives Sunday in a source that names two days
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*FIRE_SUNDAY, FIRE_SATURDAY])])
    (d,) = [d for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]
    assert d.rule == ONE_WEEKDAY_RULE
    assert [(v.text, v.sources) for v in d.variants] == [("Sunday", ("s0", "s1", "s2", "s3")), ("Saturday", ("s4",))]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*FIRE_SUNDAY, "The shop in the market town reopened its doors on Saturday."],
         "no sentence of the story's day is like it"),
        ([*FIRE_SUNDAY, "The fire service said on Saturday it was called at 06:00 BST to the Waitrose store in High Street."],
         "the day it was said"),
        ([FIRE_SUNDAY[0], FIRE_SUNDAY[1], FIRE_SATURDAY], "no sentence of the story's day is like it, and two are too few"),
        ([FIRE_SUNDAY[0], FIRE_SUNDAY[3], FIRE_SATURDAY], "two sources give the story's weekday: too few"),
        (["Police said on Sunday that the fire at the Waitrose store in High Street, Wellington, was arson.",
          "The fire at the Wellington Waitrose store in High Street was arson, police said on Sunday.",
          "Detectives said on Sunday the Waitrose store fire in High Street, Wellington, was started deliberately.",
          FIRE_SATURDAY], "the others' day is only the day it was said"),
        ([*FIRE_SUNDAY, "Shoppers at the Waitrose store in High Street, Wellington, will be served from Saturday."],
         "a day to come"),
        ([*FIRE_SUNDAY, "Families of those hurt at the Waitrose store in High Street, Wellington, are expected at a "
                        "vigil on Saturday."], "a day to come, with no will"),
    ],
)
def test_a_lone_weekday_with_no_event_beside_it_needs_a_sentence_much_alike(texts: list[str], why: str) -> None:
    assert all(rule != ONE_WEEKDAY_RULE for rule, _ in _weekday_rules(texts)), why


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*QUAKE_THURSDAY[:2], QUAKE_FRIDAY], "two sources give the story's weekday: too few"),
        ([*QUAKE_THURSDAY, QUAKE_FRIDAY + " Aftershocks followed on Thursday."], "the lone source gives theirs too"),
        ([*QUAKE_THURSDAY[:2], QUAKE_THURSDAY[2] + " Schools shut on Monday.", QUAKE_FRIDAY],
         "a source that gives two weekdays counts for neither: two sources are too few"),
        ([*QUAKE_THURSDAY, "Crews checked the dam on Friday after the quake hit on Thursday.", QUAKE_FRIDAY],
         "another source gives the lone day too, beside the story's"),
        ([*QUAKE_THURSDAY, "Officials said on Friday the earthquake near the Geysers area did little damage."],
         "the day it was said: no event beside it"),
        ([*QUAKE_THURSDAY, "Schools near the Geysers area reopened Friday after the earthquake."],
         "another event: what happened on it differs"),
        (["Police said on Tuesday the British climber was dead.",
          "The park service confirmed on Tuesday that the climber was dead.",
          "His family told reporters on Tuesday they were devastated.",
          "The British climber died on Sunday while descending the north face."],
         "the others' day is only the day it was said"),
        ([*QUAKE_THURSDAY[:2], QUAKE_FRIDAY, "The quake struck the Geysers area on Friday, the agency said."],
         "two sources against two"),
        ([*QUAKE_THURSDAY, QUAKE_FRIDAY, "The earthquake struck Northern California on Monday, near the Geysers."],
         "three days given"),
        ([*QUAKE_THURSDAY, "The earthquake damaged homes near the Geysers area on Friday."],
         "another event: a quake's damage is not its striking"),
    ],
)
def test_the_story_s_weekday_is_not_set_against_one_that_may_be_right(texts: list[str], why: str) -> None:
    assert all(rule != ONE_WEEKDAY_RULE for rule, _ in _weekday_rules(texts)), why


SEAMICRO_2012 = (
    "On February 29, 2012, AMD announced a definitive agreement to acquire SeaMicro, a server pioneer.",
    "AMD said on February 29, 2012 that it would buy SeaMicro, the cloud server upstart.",
)
ORTIZ_2005 = (
    "The trial over the death of Sheriff's Deputy Jerry Ortiz in June, 2005, opened on Monday, prosecutors said.",
    "Sheriff's Deputy Jerry Ortiz died in June 2005 outside an apartment, the jury heard.",
)


@pytest.mark.parametrize(
    ("texts", "variants"),
    [
        ([*SEAMICRO_2012, "AMD snaps up server upstart SeaMicro on 29th February 2010, buying a cloud server business."],
         ["2012", "February 2010"]),
        ([*ORTIZ_2005, "Jurors wept as the judge recalled how Sheriff's Deputy Jerry Ortiz died in June 2006 before choosing death."],
         ["June, 2005", "June 2006"]),
        # another source's June 2006 for something else does not make the year any less lone
        ([*ORTIZ_2005, "Jurors wept as the judge recalled how Sheriff's Deputy Jerry Ortiz died in June 2006 before choosing death.",
          "The gang unit was set up in June 2006 by the county, officials said."],
         ["June, 2005", "June 2006"]),
    ],
)
def test_a_year_one_source_alone_gives_to_a_day_or_a_month_is_a_date_conflict(
    texts: list[str], variants: list[str]
) -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    # February 29 of 2010 is also no day of the calendar's, reported on its own
    (d,) = [d for d in result.discrepancies if d.kind is DiscrepancyKind.DATE and d.rule != NO_SUCH_DAY_RULE]
    assert d.rule == LONE_VALUE_RULES[DiscrepancyKind.DATE]
    assert [v.text for v in d.variants] == variants
    assert "the year of" in d.explanation


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([SEAMICRO_2012[0], "AMD snaps up server upstart SeaMicro on 29th February 2010, buying a cloud server."],
         "one source against one"),
        ([*SEAMICRO_2012, "AMD snaps up SeaMicro on 29th February 2010, as it said on February 29, 2012."],
         "the lone source gives the others' year too"),
        ([*SEAMICRO_2012, "On 29th February 2010, snow closed the schools of Oslo for a week."],
         "the words around the two dates share nothing"),
        ([*SEAMICRO_2012, "AMD snaps up SeaMicro on 29th February 2010, as its 2012 filing says."],
         "the lone source gives the others' year alone elsewhere"),
        ([*ORTIZ_2005, "Sheriff's Deputy Jerry Ortiz was killed in June 2005 outside an apartment, the court heard.",
          "Jurors wept as the judge recalled how Sheriff's Deputy Jerry Ortiz died in June 2006 before choosing death.",
          "Records show Sheriff's Deputy Jerry Ortiz died in June 2006, though the county first said June 2005."],
         "another source gives the lone year in a sentence like the lone one's"),
        (["Smith was arrested in June 2006 in Madrid on fraud charges. He denies wrongdoing.",
          "Smith, arrested in June 2006 in Madrid, denies the fraud charges.",
          "Smith was released in June 2008 from prison in Madrid. He denies the fraud charges."],
         "said of two events"),
    ],
)
def test_a_year_of_a_day_is_not_set_against_the_others_where_it_may_be_another_date(
    texts: list[str], why: str
) -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert not any((d.rule or "").startswith(LONE_VALUE_RULES[DiscrepancyKind.DATE]) for d in result.discrepancies), why


FOUR_ROBBERS = (
    "Four armed robbers -- two dressed as women -- made off with $137 million of diamonds from a famed Paris store.",
    "The four robbers, two of whom were disguised as women, stole nearly all the jewellery on display.",
    "A gang of four thieves on Thursday stole nearly all the jewels at the store, police said.",
)
FIVE_ROBBERS = (
    "At 5:30 p.m., five armed robbers, some reportedly dressed in drag, entered the store on the chic Avenue Montaigne."
)


def test_one_figure_against_one_in_much_the_same_sentence_stands_where_three_sources_give_it() -> None:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*FOUR_ROBBERS, FIVE_ROBBERS])])
    (d,) = _kinds(result, "number")
    assert d.rule == PAIRED_VALUE_RULE
    assert [(v.text, v.sources) for v in d.variants] == [("Four", ("s0",)), ("five", ("s3",))]


def test_one_figure_against_one_needs_three_sources_giving_the_other_somewhere() -> None:
    texts = [FOUR_ROBBERS[0], FOUR_ROBBERS[1], "A gang of thieves on Thursday stole nearly all the jewels.", FIVE_ROBBERS]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    assert all(d.rule != PAIRED_VALUE_RULE for d in result.discrepancies)


def test_one_figure_against_one_is_no_count_added_to_and_holds_only_the_sentence_alike() -> None:
    # "two more people" adds to a count: no figure against "seven people"
    result = crosscheck.audit([
        "A gunman opened fire at a shopping centre in Leeds on Saturday. Police arrested seven people on Monday "
        "in connection with the attack.",
        "Two people were shot dead at the Leeds shopping centre on Saturday. Detectives arrested two more people on "
        "Wednesday in connection with the attack.",
        "The shooting left two dead, police said.",
        "Two shoppers were killed in the attack.",
    ])
    assert all(d.rule != PAIRED_VALUE_RULE for d in result.discrepancies)
    # the majority's variant is the sentence much like the lone one, not its source's other "Four"
    texts = [FOUR_ROBBERS[0] + " Police said four armed guards had left minutes before.", *FOUR_ROBBERS[1:], FIVE_ROBBERS]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    (d,) = [d for d in result.discrepancies if d.rule == PAIRED_VALUE_RULE]
    assert [len(v.spans) for v in d.variants] == [1, 1]


INDICTED_1970 = (
    "The mayor was indicted in 1970 for bribing the Port Ellis harbour commission, court papers show.",
    "In 1970 the former mayor was indicted for bribing the harbour commission of Port Ellis.",
    "Prosecutors indicted the mayor in 1970 on charges of bribing the Port Ellis harbour commission.",
)
INDICTED_1969 = (
    "In 1969, after state auditors traced missing dock fees to his campaign accounts, the mayor was "
    "indicted on a charge of bribing the harbour commission of Port Ellis."
)


def _year_rules(texts: Sequence[str]) -> list[tuple[str | None, list[str], str]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [
        (d.rule, [v.text for v in d.variants], d.explanation)
        for d in result.discrepancies if d.kind is DiscrepancyKind.DATE
    ]


def test_a_year_one_source_alone_gives_in_a_sentence_like_the_others_is_a_date_conflict() -> None:
    ((rule, variants, explanation),) = _year_rules([*INDICTED_1970, INDICTED_1969])
    assert rule == YEAR_IN_SENTENCE_RULE
    assert variants == ["1970", "1969"]
    assert "only s3 gives '1969'" in explanation and "indict" in explanation
    # another sentence of the lone source that gives its year for something else does not hide it
    also = INDICTED_1969 + " State auditors first looked at the dock fees in June 1969."
    ((rule, variants, _),) = _year_rules([*INDICTED_1970, also])
    assert (rule, variants) == (YEAR_IN_SENTENCE_RULE, ["1970", "1969"])
    # the lone variant holds the lone source's sentence most like the others', not each one
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*INDICTED_1970, also])])
    (d,) = _kinds(result, "date")
    assert d.variants[-1].claims == ("s3#1",) and len(d.variants[-1].spans) == 1
    # a year a publication date supplied ("in June") is none the source wrote
    june = Source(
        id="s3", text="After state auditors traced missing dock fees to his campaign accounts, the mayor was "
                      "indicted in June on a charge of bribing the harbour commission of Port Ellis.",
        published=dt.date(1975, 7, 1),
    )
    result = crosscheck.audit([*(Source(id=f"s{n}", text=t) for n, t in enumerate(INDICTED_1970)), june])
    assert not any((d.rule or "").startswith(YEAR_IN_SENTENCE_RULE) for d in result.discrepancies)
    # a year with its month is the year
    with_month = INDICTED_1969.replace("In 1969,", "In June 1969,")
    ((rule, variants, _),) = _year_rules([*INDICTED_1970, with_month])
    assert (rule, variants) == (YEAR_IN_SENTENCE_RULE, ["1970", "June 1969"])
    # another source's giving the lone year for something else does not make it any less lone
    ((rule, variants, _),) = _year_rules([*INDICTED_1970, INDICTED_1969, "A lighthouse was painted red in 1969."])
    assert (rule, variants) == (YEAR_IN_SENTENCE_RULE, ["1970", "1969"])
    # giving the others' year for something else does not make it the lone source's
    ((rule, variants, explanation),) = _year_rules([*INDICTED_1970, INDICTED_1969 + " He was cleared in 1970."])
    assert (rule, variants) == (YEAR_IN_SENTENCE_RULE + ELSEWHERE, ["1970", "1969"])
    assert "only s3 gives '1969' here (it gives '1970' only in other sentences) where 3 other" in explanation


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*INDICTED_1970[:2], INDICTED_1969], "two sources give the other year: too few"),
        ([*INDICTED_1970, INDICTED_1969 + " The mayor was indicted in 1970 for bribing the Port Ellis harbour commission."],
         "the lone source gives theirs too, in a sentence like theirs"),
        ([*INDICTED_1970, "The harbour commission of Port Ellis has been run by the mayor since 1969."],
         "a year that opens a span"),
        ([*INDICTED_1970, "The mayor was acquitted in 1969 on a charge of bribing the harbour commission of Port "
                          "Ellis, after state auditors traced missing dock fees to his campaign accounts."],
         "another event: acquitted, not indicted"),
        ([*INDICTED_1970, "The Port Ellis lighthouse was painted red in 1969 by volunteers."], "another sentence"),
        (["Census figures show the population of Harlow grew to 52,000 in 2010, up from the previous count.",
          "The population of Harlow reached 52,000 in 2010, census figures show.",
          "According to census figures, Harlow had a population of 52,000 in 2010.",
          "The town grew quickly over the decade. Harlow counted barely 41,000 residents in 2000, the census "
          "figures show, before new housing estates were built."],
         "another figure: two data points of two years"),
        (["The city recorded 41 murders in 2022, the police department said on Monday.",
          "Police said Monday there were 41 homicides in the city in 2022.",
          "Murders in the city fell to 41 in 2022, police said.",
          "Police said the city had 57 murders in 2021, its highest total in years."],
         "another figure: last year's count"),
        (["Paul Grant served as mayor of Port Ellis between 1989 and 2001, the city said.",
          "Grant served as mayor of Port Ellis between 1989 and 2001.",
          "Paul Grant, who served as mayor of Port Ellis between 1989 and 2001, died on Friday.",
          "Paul Grant served as mayor of Port Ellis, and then as state governor between 2003 and 2011."],
         "the end of a span"),
        (["Paul Grant served as mayor of Port Ellis from 1989 to 2001, the city said.",
          "Grant served as mayor of Port Ellis from 1989 to 2001.",
          "Paul Grant, who served as mayor of Port Ellis from 1989 to 2001, died on Friday.",
          "Paul Grant served as mayor of Port Ellis from 1989, and then as state governor from 2003 to 2011."],
         "the end of a span, from … to"),
        ([*INDICTED_1970, INDICTED_1969, "Port Ellis auditors first looked at the harbour commission's dock "
                                         "fees in 1969, and the mayor was indicted for bribing it."],
         "another source gives the lone year in a sentence like the lone one's"),
        ([*INDICTED_1970, INDICTED_1969, "The mayor has faced the charge of bribing the Port Ellis harbour "
                                         "commission since 1969, court papers show."],
         "another source gives the lone year as a span's edge, in a sentence like the lone one's"),
        ([*INDICTED_1970, "Court papers show that the mayor, then 44 and in his second term, was indicted in 1969.",
          "Back in 1969, a grand jury indicted him for bribing the Port Ellis harbour commission, a scandal that "
          "ended his career. He resigned in 1970."],
         "two sources give the lone year, each in a sentence unlike the other's: they agree"),
        (["Revenue of the port authority totalled $100 million for the four quarters ended Jan. 31, 2008, it said.",
          "The port authority's revenue totalled $100 million for the four quarters ended Jan. 31, 2008.",
          "For the four quarters ended Jan. 31, 2008, revenue of the port authority totalled $100 million.",
          "The deal is expected to close in the quarter that ends July 31, 2007, the port authority said."],
         "different days of a month: two dates"),
    ],
)
def test_a_year_in_a_sentence_like_the_others_is_not_set_against_one_that_may_be_right(
    texts: list[str], why: str
) -> None:
    assert not any(rule and rule.startswith(YEAR_IN_SENTENCE_RULE) for rule, _, _ in _year_rules(texts)), why


# five obituaries of one swimmer, each giving her age its own way, one beside her name
AGED_91 = (
    "The swimming star and pin-up of the aqua musicals dies at 91",
    "Her publicist said the actress died in her sleep at her home. She was 91.",
    "The actress passed away early Thursday in her sleep, according to her publicist. She was 91.",
    "The champion swimmer turned actress died peacefully at home, aged 91.",
    "Golden girl of screen and pool, Esther Williams, 91, has died peacefully in her sleep.",
)
MERMAID_86 = (
    "The self-described Million Dollar Mermaid, whose aquatic skills launched a genre of movies, "
    "died Friday at 86."
)


def _age_rules(texts: Sequence[str]) -> list[tuple[str | None, list[tuple[str, tuple[str, ...]]], str]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [
        (d.rule, [(v.text, v.sources) for v in d.variants], d.explanation)
        for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER
    ]


def test_a_source_alone_giving_another_age_than_the_story_s_one_is_reported() -> None:
    ((rule, variants, explanation),) = _age_rules([*AGED_91, MERMAID_86])
    assert rule == ONE_AGE_RULE
    assert variants == [("91", ("s0", "s1", "s2", "s3", "s4")), ("86", ("s5",))]
    assert "give '91' as the one age in the story, and s5 alone gives '86'; most likely" in explanation
    # in a headline and in the body alike
    twice = "The swimming star dies at 86\n\nEsther Williams died on Thursday at her home. She was 86."
    ((rule, variants, _),) = _age_rules([*AGED_91, twice])
    assert (rule, variants[-1]) == (ONE_AGE_RULE, ("86", ("s5",)))
    # an age the others give of another time counts for neither side
    first_title = "Esther Williams, who won her first national title aged 16, was a champion swimmer."
    assert [r for r, _, _ in _age_rules([*AGED_91, first_title, MERMAID_86])] == [ONE_AGE_RULE]


def test_a_source_whose_headline_gives_the_story_s_age_and_its_body_another_is_reported() -> None:
    torn = "Technicolor Star Dies At Age 91\n\n" + MERMAID_86
    ((rule, variants, explanation),) = _age_rules([*AGED_91, torn])
    assert rule == ONE_AGE_RULE + ELSEWHERE
    assert variants == [("91", ("s0", "s1", "s2", "s3", "s4")), ("86", ("s5",))]
    assert "s5 alone gives '86' (it gives '91' only in other sentences); most likely" in explanation
    # a bare age, after a sentence that names her
    torn = "Esther Williams dies at 91\n\nEsther Williams died at home on Thursday. She was 103."
    ((rule, variants, _),) = _age_rules([*AGED_91, torn])
    assert (rule, variants[-1]) == (ONE_AGE_RULE + ELSEWHERE, ("103", ("s5",)))
    # after a sentence that names nobody, a bare age may be anyone's
    assert _age_rules([*AGED_91, "A guest was arrested at the hotel.\n\nShe was 103."]) == []


@pytest.mark.parametrize(
    ("lone", "why"),
    [
        ("Williams began swimming at age 8 and died on Thursday.", "an age at another time"),
        ("Her son Ben, 64, was at her side as the actress died on Thursday.", "a relative's age"),
        ("Hull manager Steve Bruce, 53, said the actress was a legend of the pool.", "a person named in full"),
        ("The actress died at 91 on Thursday, with a friend, 86, at her side.", "two ages in one sentence"),
        ("The actress died on Thursday at 91, and her son, 62, was with her.", "a relative's age"),
    ],
)
def test_no_age_is_set_against_the_story_s_one_where_it_is_another_detail(lone: str, why: str) -> None:
    assert _age_rules([*AGED_91, lone]) == [], why


def test_the_story_s_one_age_needs_three_independent_sources_that_agree_on_it() -> None:
    assert _age_rules([*AGED_91[:2], MERMAID_86]) == []
    # a verbatim copy is no third witness
    assert _age_rules([*AGED_91[:2], AGED_91[1], MERMAID_86]) == []
    assert [r for r, _, _ in _age_rules([*AGED_91[:2], AGED_91[3], MERMAID_86])] == [ONE_AGE_RULE]
    # another age among the others: no longer the story's one age, but its main one (five
    # sources give 91, one 92), and a lone age is set against it only where its words say
    # as much as the others' do ("died Friday at 86" shares one word, "died", with them)
    other = "The actress passed away early Thursday in her sleep, aged 92, according to her publicist."
    assert not [r for r, _, _ in _age_rules([*AGED_91, other, MERMAID_86]) if r and r.startswith(ONE_AGE_RULE)]
    asleep = "The actress died peacefully in her sleep at 86."
    assert [v[-1] for _, v in _main_age_rules([*AGED_91, other, asleep])] == [("86", ("s6",))]


# another person's age at death, in two sources
CO_STAR_92 = (
    "Her co-star Van Johnson died in 2008 at age 92.",
    "Van Johnson, her co-star in several films, died in 2008 at age 92.",
)


def _main_age_rules(texts: Sequence[str]) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    """The main-age rule's slots (which other rules may report too: the lone-value rule,
    where the sentences agree well enough), the lone value last."""
    claims = without_conversions(crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]).claims)
    return [
        (slot.rule, [(value, tuple(m.claim.source for m in ms)) for value, ms in
                     sorted(slot.values.items(), key=lambda item: item[0] == slot.lone)])
        for slot in story_age(claims, same_person=_same_person_aged) if slot.rule.startswith(MAIN_AGE_RULE)
    ]


ASLEEP_86 = "The actress died peacefully in her sleep at 86."


def test_a_source_alone_giving_another_age_than_the_story_s_main_one_is_reported() -> None:
    assert _main_age_rules([*AGED_91, *CO_STAR_92, ASLEEP_86]) == [
        (MAIN_AGE_RULE, [("91", ("s0", "s1", "s2", "s3", "s4")), ("86", ("s7",))])
    ]
    # beside her name, as one of the others gives it; bare, after a sentence that names her
    for lone in (
        "Esther Williams, 86, died in her sleep.",
        "Esther Williams died at home on Thursday. She was 86.",
        "Esther Williams died at home on Thursday. She was 86 years old.",
    ):
        assert [(r, v[-1]) for r, v in _main_age_rules([*AGED_91, *CO_STAR_92, lone])] == [
            (MAIN_AGE_RULE, ("86", ("s7",)))
        ], lone
    # (here the lone-value rule reports them first); the rule's own explanation
    variants = [Variant(text="91", sources=("s0", "s1", "s2"), claims=()), Variant(text="86", sources=("s7",), claims=())]
    explanation = explain(DiscrepancyKind.NUMBER, variants, MAIN_AGE_RULE + ELSEWHERE, "", "the story's main age")
    assert "3 other sources give '91' as the story's main age (far more sources give it than any other age), " \
        "and s7 alone gives '86', said of the same person as the others say theirs (it gives '91' only in " \
        "other sentences); most likely" in explanation


@pytest.mark.parametrize(
    ("lone", "why"),
    [
        ("Her co-star in several films died at 86.", "its words are more like another age's"),
        ("Her co-star died at 86.", "its words ('died') are as like another age's as the main one's"),
        ("Van Johnson, 86, was her co-star in the films.", "beside the surname of another age"),
        ("The 86-year-old was honoured with a ceremony in Rome.", "no word around it is one around the main age"),
        ("Hope, 86, said she was a legend of the pool.", "beside a surname no other source gives an age beside"),
        ("Bob Hope, 86, said she was a legend of the pool.", "beside a name no other source gives an age beside"),
        ("A guest was arrested at the hotel.\n\nShe was 86 years old.", "bare, after a sentence that names nobody"),
    ],
)
def test_no_age_is_set_against_the_story_s_main_one_where_it_may_be_another_person_s(lone: str, why: str) -> None:
    assert _main_age_rules([*AGED_91, *CO_STAR_92, lone]) == [], why


def test_no_age_is_set_against_the_story_s_main_one_beside_a_surname_another_age_is_given_beside() -> None:
    lone = "Williams, 86, was a champion swimmer."
    assert [r for r, _ in _main_age_rules([*AGED_91, *CO_STAR_92, lone])] == [MAIN_AGE_RULE]
    # her husband's surname too
    husband = "Her husband Ben Williams died in 2008 at age 92."
    assert _main_age_rules([*AGED_91, CO_STAR_92[0], husband, lone]) == []


def test_the_story_s_main_age_needs_twice_as_many_sources_as_any_other() -> None:
    # AGED_91 is four witnesses (two of its sources write the same "She was 91."): five
    # against three is not twice as many, six is
    third = "Johnson, who starred with her, died in 2008 at age 92."
    sixth, seventh = "Hollywood's swimming star died at her home at 91.", "The bathing beauty died aged 91."
    assert _main_age_rules([*AGED_91, sixth, *CO_STAR_92, third, ASLEEP_86]) == []
    assert [r for r, _ in _main_age_rules([*AGED_91, sixth, seventh, *CO_STAR_92, third, ASLEEP_86])] == [MAIN_AGE_RULE]


TOLL_10 = (
    "The earthquake in southern Iran killed 10 people and destroyed seven villages, officials said.",
    "Officials said the quake, which flattened seven villages in southern Iran, killed 10 people.",
    "In southern Iran the quake flattened seven villages; it killed 10 people, the officials said.",
)


def test_persons_and_people_are_one_thing_counted() -> None:
    lone = "The quake in southern Iran killed 11 persons and levelled seven villages, officials said."
    found = [
        [(v.text, v.sources) for v in d.variants]
        for d in crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate([*TOLL_10, lone])]).discrepancies
        if d.kind is DiscrepancyKind.NUMBER
    ]
    assert found == [[("10", ("s0", "s1", "s2")), ("11", ("s3",))]]


def test_a_lone_figure_of_people_to_whom_another_thing_became_is_another_detail() -> None:
    for lone in (
        "The earthquake in southern Iran left 4 people missing and destroyed seven villages, officials said.",
        "The earthquake in southern Iran injured 40 people and destroyed seven villages, officials said.",
    ):
        texts = [*TOLL_10, lone]
        assert not [
            d for d in crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)]).discrepancies
            if d.kind is DiscrepancyKind.NUMBER
        ], lone


def test_a_surname_misspelt_by_one_letter_names_the_same_person() -> None:
    def day_of(text: str) -> Mention:
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (day,) = [f for f in claim.facts if f.unit == "weekday"]
        return Mention(claim, day, frozenset())

    ivory = day_of("The Saints placed Chris Ivory on injured reserve on Tuesday.")
    assert names_other_people([ivory], [day_of("The Saints placed Pierre Thomas on injured reserve on Wednesday.")])
    assert not names_other_people([ivory], [day_of("The Saints placed Chris Ivery on injured reserve on Wednesday.")])
    # not with another given name
    assert names_other_people([ivory], [day_of("The Saints placed Pierre Ivery on injured reserve on Wednesday.")])
    assert not names_other_people([ivory], [day_of("The Saints placed Chris Ivory on injured reserve on Wednesday.")])


def _number_rules(texts: Sequence[str]) -> list[tuple[str | None, list[tuple[str, tuple[str, ...]]]]]:
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(texts)])
    return [(d.rule, [(v.text, v.sources) for v in d.variants]) for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER]


SHOT_16 = (
    "Kimani Gray, 16, was shot dead by two police officers in Brooklyn on Saturday night.",
    "Police shot and killed Kimani Gray, 16, in East Flatbush on Saturday night.",
    "Kimani Gray, 16, died after officers opened fire in Brooklyn.",
    "Kimani Gray, 16, was hit seven times, police said.",
    "Sgt. Mourad Mourad, 31, fired the shots.",
    "The officers, Mourad Mourad, 31, and Jovaniel Cordova, 26, fired 11 shots.",
)


@pytest.mark.parametrize(
    ("lone", "why"),
    [
        ("Carol Gray, 40, his mother, said her son was unarmed.", "a relative, named in full"),
        ("Gray, 40, his mother, said her son was unarmed.", "a relative, by the surname alone"),
        ("Tyrone Gray, 19, said his brother was a gentle boy.", "another given name: another person"),
        ("The Sergeant, 40, fired first.", "a name no other source gives beside the story's age"),
    ],
)
def test_an_age_beside_another_person_s_name_is_not_set_against_the_story_s(lone: str, why: str) -> None:
    assert _number_rules([*SHOT_16, lone]) == [], why


@pytest.mark.parametrize(
    "lone",
    ["A woman, 29, was shot in the leg outside the pub.", "A second victim, 29, was taken to hospital from the scene."],
)
def test_an_unnamed_age_sharing_one_word_with_the_main_age_s_is_no_slip_of_it(lone: str) -> None:
    shooting = (
        "Mark Allen, 34, was shot dead outside a pub in Salford on Friday night.",
        "A 34-year-old man, named locally as Mark Allen, was shot dead outside a pub in Salford.",
        "Mark Allen, 34, died at the scene after being shot outside the Crown pub.",
        "The 34-year-old was shot outside the pub shortly before 11pm, police said.",
        "Carl Hughes, 45, of Eccles, has been charged with murder.",
        "Carl Hughes, 45, appeared before magistrates on Monday.",
    )
    assert _main_age_rules([*shooting, lone]) == []


def test_a_bare_age_after_a_sentence_that_names_a_relative_may_be_the_relative_s() -> None:
    lone = "Esther Williams died on Thursday. Williams leaves her husband Edward Bell. He is 87 years old."
    assert _main_age_rules([*AGED_91, *CO_STAR_92, lone]) == []
    assert _age_rules([*AGED_91, lone]) == []


def test_an_age_written_year_old_before_a_noun_is_not_the_name_s_before_it() -> None:
    text = "Locke said Jose Luis Orozco was charged with murdering the 35-year-old deputy on June 23."
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (age,) = [f for f in claim.facts if f.unit == "age"]
    assert name_beside_words(Mention(claim, age, frozenset())) == []
    for text, name in (
        ("Police named the victim as Kimani Gray, a 16-year-old student.", ["kimani", "gray"]),
        ("Police named the victim as Kimani Gray, the 16-year-old son of a nurse.", ["kimani", "gray"]),
        ("The 16-year-old Kimani Gray was shot on Saturday.", ["kimani", "gray"]),
        ("Kimani Gray, 16, was shot on Saturday.", ["kimani", "gray"]),
    ):
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (age,) = [f for f in claim.facts if f.unit == "age"]
        assert name_beside_words(Mention(claim, age, frozenset())) == name, text


def test_an_age_above_any_person_s_is_a_thing_s() -> None:
    capsule = (
        "The 113-year-old time capsule was found in Boston.",
        "Workers found a 113-year-old time capsule in Boston.",
        "A 113-year-old time capsule was found in the lion statue in Boston.",
    )
    claims = without_conversions(crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(
        [*capsule, "Secretary William Galvin said the 220-year-old time capsule held coins."]
    )]).claims)
    assert story_age(claims, same_person=_same_person_aged) == []


SALFORD_34 = (
    "Mark Allen, 34, was shot dead outside a pub in Salford on Friday night.",
    "A 34-year-old man, named locally as Mark Allen, was shot dead outside a pub in Salford.",
    "Mark Allen, 34, died at the scene after being shot outside the Crown pub.",
    "The 34-year-old was shot outside the pub shortly before 11pm, police said.",
    "Carl Hughes, 45, of Eccles, has been charged with murder.",
    "Carl Hughes, 45, appeared before magistrates on Monday.",
)


def test_a_woman_s_age_is_not_set_against_a_man_s() -> None:
    assert _number_rules([*SALFORD_34, "A 29-year-old woman was taken to hospital."]) == []
    # a man's, in the same words, is
    (found,) = _number_rules([*SALFORD_34, "A 29-year-old man was shot dead outside a pub in Salford."])
    assert found[1][-1] == ("29", ("s6",))
    # nor in one slot with it
    claims = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(
        [*SALFORD_34[:3], "A 29-year-old woman was shot dead outside a pub in Salford."]
    )]).claims
    assert not [
        s for s in find_slots(claims, group_of=number_group, kind=DiscrepancyKind.NUMBER, name_pair=_same_person_aged)
        if "29" in s.values
    ]


def _number_slots(texts: Sequence[str], *, near_identical: bool = True) -> list[dict[str, list[str]]]:
    """The number slots of one claim a source, each as value -> sources."""
    claims = [
        Claim(id=f"s{n}#1", source=f"s{n}", start=0, end=len(t), text=t, facts=extract_facts(t))
        for n, t in enumerate(texts)
    ]
    found = find_slots(claims, group_of=number_group, kind=DiscrepancyKind.NUMBER, name_pair=_same_person_aged)
    if near_identical:
        found += find_near_identical(claims, group_of=number_group, kind=DiscrepancyKind.NUMBER, name_pair=_same_person_aged)
    return [{value: [m.claim.source for m in ms] for value, ms in s.values.items()} for s in found]


def test_ages_said_of_a_man_and_of_a_woman_are_linked_in_no_slot() -> None:
    slots = _number_slots

    man = "A 34-year-old man was shot dead outside a pub in Salford on Friday night."
    woman = "A 29-year-old woman was shot dead outside a pub in Salford on Friday night."
    unsaid = "The 34-year-old was shot dead outside a pub in Salford on Friday night."
    assert slots([man, woman]) == []
    # nor through a mention that says neither
    assert not [s for s in slots([man, unsaid, woman]) if "29" in s]
    # two men's ages, or a man's and one that says neither, are
    assert slots([man, woman.replace("woman", "man")])


def test_second_review_cases() -> None:
    # a man's age and a woman's in one sentence copied: two people, by no rule
    man = "A 34-year-old man was shot dead outside a pub in Salford on Friday night."
    assert _number_rules([man, man.replace("34-year-old man", "29-year-old woman")]) == []
    # burned is destroyed, but a demolition years later is another event
    mill = ["The Jackson mill, a local landmark, burned in 1998.", "Residents still remember how the Jackson mill burned in 1998."]
    result = crosscheck.audit([Source(id=f"s{n}", text=t) for n, t in enumerate(
        [*mill, "The Jackson mill was demolished in 2004 to make way for flats."])])
    assert not [d for d in result.discrepancies if d.kind is DiscrepancyKind.DATE]
    # "the daughter of …" describes her; "her daughter said" names no relative whose age follows
    for lone in (
        "Esther Williams dies at 91\n\nEsther Williams, 93, the daughter of a Los Angeles sign painter, died at home.",
        "Esther Williams dies at 91\n\nEsther Williams died at home on Thursday, her daughter said. She was 93.",
    ):
        assert [v[-1] for _, v, _ in _age_rules([*AGED_91, lone])] == [("93", ("s5",))], lone


@pytest.mark.parametrize(
    "lone",
    [
        "Bobby Gray, 17, was a sophomore at Clara Barton High School.",  # a nickname of Robert
        "R. Gray, 17, was a sophomore at Clara Barton High School.",  # an initial
        "Robert Gray was a 17-year-old sophomore at Clara Barton High School.",  # "was a N-year-old"
    ],
)
def test_the_same_person_written_another_way_is_still_the_story_s(lone: str) -> None:
    robert = [t.replace("Kimani", "Robert") for t in SHOT_16]
    assert [v[-1] for _, v in _number_rules([*robert, lone])] == [("17", ("s6",))], lone


def test_a_slot_holds_a_figure_far_above_a_floor_and_not_the_rescued_among_the_missing() -> None:
    def slots(texts: Sequence[str]) -> list[dict[str, list[str]]]:
        return _number_slots(texts, near_identical=False)

    toll = "The ferry capsized in the Meghna river on Sunday, killing {} people, police said."
    assert slots([toll.format("at least 48"), toll.format("at least 48"), toll.format("84")]) == [
        {"48": ["s0", "s1"], "84": ["s2"]}
    ]
    assert slots([toll.format("at least 48"), toll.format("at least 48"), toll.format("52")]) == []
    missing = "Hasan said {} people were still missing after the ferry capsized in the Meghna river."
    rescued = "Hasan said 112 people had been rescued after the ferry capsized in the Meghna river."
    assert slots([missing.format(30), missing.format(13), rescued]) == [{"13": ["s1"], "30": ["s0"]}]


_BLAZE = {
    "a": "Fire crews were called at 05:40 to the Co-op store in Market Street, Hexham, on Tuesday.",
    "b": "A woman has been arrested after a fire at a Northumberland supermarket early on Tuesday.",
    "c": "Dozens of firefighters tackled the blaze at the supermarket, which broke out in the early hours, "
         "at about 5.40am on Tuesday.",
    "d": "Six crews fought the blaze which broke out in the early hours of Thursday morning.",
}


@pytest.mark.parametrize(
    ("d", "reported", "why"),
    [
        (_BLAZE["d"], True, "the story's event named before the day, and nothing else happening on it"),
        ("The blaze, which broke out in the early hours, was still smouldering on Thursday.", False, "still going on"),
        ("An inquest into the blaze, which broke out in the early hours, will open on Thursday.", False, "to come"),
        ("The blaze, which broke out in the early hours, was finally put out on Thursday.", False, "another event"),
        ("Six crews fought the blaze which broke out in the early hours, officials said on Thursday.",
         False, "the day it was said"),
        ("Six crews fought the blaze which broke out in the early hours of Thursday, officials said.",
         True, "an attribution after the day says who tells of the event, not when"),
        # what followed the event names it, but dates something else (a review's cases)
        ("Firefighters were battling the blaze at the supermarket in the early hours of Thursday morning.",
         False, "no word of the onset between the event and the day"),
        ("The cause of the blaze at the supermarket was under investigation in the early hours of Thursday.",
         False, "no word of the onset between the event and the day"),
        ("It was the second fire at the store in a month, after a blaze there in the early hours of Thursday.",
         False, "an earlier fire, no word of the onset"),
    ],
)
def test_a_day_is_keyed_by_the_story_s_event_named_before_it(d: str, reported: bool, why: str) -> None:
    audit = crosscheck.audit([Source(id=k, text=v) for k, v in {**_BLAZE, "d": d}.items()])
    days = [{v.text: v.sources for v in x.variants} for x in audit.discrepancies if x.kind is DiscrepancyKind.DATE]
    assert (days == [{"Thursday": ("d",), "Tuesday": ("a", "b", "c")}]) is reported, why
    if reported:
        (found,) = [x for x in audit.discrepancies if x.kind is DiscrepancyKind.DATE]
        assert "(next to: the story's event: fire)" in found.explanation


def test_the_story_s_event_is_one_topic_however_named() -> None:
    from crosscheck.events import event_topic

    def topic(text: str, value: str) -> list[str]:
        claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
        (fact,) = [f for f in claim.facts if f.value == value]
        return sorted(event_topic(claim, fact))

    assert topic("The wildfire broke out near Paradise early on Friday.", "friday") == ["~~fire"]
    assert topic("The blaze broke out near Paradise early on Friday.", "friday") == ["~~fire"]
    assert topic("A twister touched down near Moore on Monday.", "monday") == ["~~storm"]
    assert topic("The temblor struck before dawn on Monday.", "monday") == ["~~quake"]
    assert topic("Officials met to discuss the budget on Monday.", "monday") == []
    # the event named after the day, as its possessive
    assert topic("Crews are still searching the rubble after Saturday's deadly blaze.", "saturday") == []  # still
    assert topic("Residents recalled Saturday's deadly blaze.", "saturday") == ["~~fire"]
    assert topic("Residents recalled Sunday morning's earthquake.", "sunday") == ["~~quake"]
    assert topic("Residents recalled Friday's fire drill.", "friday") == []
    assert topic("Saturday's blaze killed two people.", "saturday") == ["~~fire"]
    assert topic("Two people died in Saturday's fire at the mill.", "saturday") == ["~~fire"]


def test_a_day_that_names_the_story_s_event_stands_for_its_onset() -> None:
    from crosscheck.events import only_of_topic

    text = "Residents recalled Saturday's deadly blaze."
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    (fact,) = [f for f in claim.facts if f.value == "saturday"]
    assert only_of_topic(claim, fact)


def test_a_day_of_what_was_still_going_on_is_not_set_against_the_event_s_in_a_sentence_much_alike() -> None:
    texts = {
        **{k: v for k, v in _BLAZE.items() if k != "d"},
        "d": "Firefighters were still damping down the blaze, which broke out in the early hours, on Thursday morning.",
    }
    audit = crosscheck.audit([Source(id=k, text=v) for k, v in texts.items()])
    assert [d for d in audit.discrepancies if d.kind is DiscrepancyKind.DATE] == []
    # the same sentence of the event itself is still set against it
    texts["d"] = "Firefighters were damping down the blaze, which broke out in the early hours, on Thursday morning."
    audit = crosscheck.audit([Source(id=k, text=v) for k, v in texts.items()])
    assert [d for d in audit.discrepancies if d.kind is DiscrepancyKind.DATE] != []


def test_a_slip_leaves_a_names_kind_and_a_words_place_in_it() -> None:
    # FNC-1 false alarms: "Marine Corps University" / "Marie Harf", "the Armed Forces" /
    # "Capt. Ahmed Hussein"; "Barack Obama" / "Vice President Osama Nujaifi"
    from crosscheck.facts import extract_facts
    from crosscheck.spellings import _kinds_apart, _places_apart, name_words

    def written(text: str, word: str) -> list[tuple[Claim, Fact, int]]:
        claim = Claim(id="x#1", source="x", start=0, end=len(text), text=text)
        return [
            (claim, f, name_words(f.value).index(word))
            for f in extract_facts(text) if f.kind is FactKind.NAME and word in name_words(f.value)
        ]

    marine = written("He spoke at the Marine Corps University on Monday.", "marine")
    marie = written("Spokeswoman Marie Harf said so on Monday.", "marie")
    assert _kinds_apart(marine, marie) and not _places_apart(marine, marie)
    obama = written("President Barack Obama spoke.", "obama")
    osama = written("Vice President Osama Nujaifi condemned it.", "osama")
    assert _places_apart(obama, osama) and not _kinds_apart(obama, osama)
    # a word alone may be a surname or a given name ("Sxott" for Chief Scott Russell)
    alone = written("Addressing Obama, the spokesman said so.", "obama")
    assert not _places_apart(obama + alone, osama)
    # the same kind and place, or a name of no known kind: maybe a slip
    kariuki = written("Police officer Jomo Kariuki said so.", "kariuki")
    kariki = written("Police officer Jomo Kariki said so.", "kariki")
    assert not _kinds_apart(kariuki, kariki) and not _places_apart(kariuki, kariki)
    canefield = written("He lives in the Canefield Green Apartment complex.", "canefield")
    canfield = written("It was recorded in the Canfield apartment complex.", "canfield")
    assert canefield and canfield and kariuki and kariki and marine and marie and obama and osama
    assert not _places_apart(canefield, canfield) and not _kinds_apart(canefield, canfield)
