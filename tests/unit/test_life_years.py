"""The year of a person's death or birth one source alone gives (crosscheck.years.life_years)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.models import Source
from crosscheck.slots import Slot
from crosscheck.years import LIFE_YEAR_RULE, life_years

DIED_2006 = (
    Source(id="b", text="Members had to be approved by the country's late ruler, Saparmurat Niyazov, who died in "
                        "2006 after 21 years in power."),
    Source(id="c", text="The election is the first since Saparmurat Niyazov died in 2006, officials said."),
)
LONE = "Voters saw pictures of the successor of Saparmurat Niyazov, who ruled for two decades until his death in 2008."


def _life_years(*texts: tuple[str, str]) -> list[crosscheck.Discrepancy]:
    result = crosscheck.audit([Source(id=source, text=text) for source, text in texts])
    return [d for d in result.discrepancies if d.rule == LIFE_YEAR_RULE]


def _slots(*sources: Source) -> list[dict[str, list[str]]]:
    claims = crosscheck.audit(list(sources)).claims
    return [{value: [m.claim.source for m in ms] for value, ms in slot.values.items()} for slot in life_years(claims)]


def _with_majority(lone: str, *others: Source) -> list[dict[str, list[str]]]:
    return _slots(Source(id="a", text=lone), *DIED_2006, *others)


def test_a_year_of_death_one_source_alone_gives_is_a_date_discrepancy() -> None:
    assert _with_majority(LONE) == [{"2006": ["b", "c"], "2008": ["a"]}]
    (d,) = _life_years(("a", LONE), *((s.id, s.text) for s in DIED_2006))
    majority, lone = d.variants
    assert (majority.text, majority.sources) == ("2006", ("b", "c"))
    assert (lone.text, lone.sources) == ("2008", ("a",))
    ((claim_id, start, end),) = lone.spans
    assert claim_id == "a#1" and LONE[start:end] == "2008"
    assert d.kind.value == "date" and d.majority == 0
    assert d.explanation == (
        "'2006' (b, c) vs '2008' (a): 2 other sources give '2006' as the year of Niyazov's death, "
        "and a alone gives '2008'; a person dies, and is born, once."
    )


def _one_slot(a: str, b: str, c: str) -> Slot:
    (slot,) = life_years(crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b), Source(id="c", text=c)]).claims)
    return slot


def test_a_year_of_birth_one_source_alone_gives_is_a_slot() -> None:
    # (the lone-date rule reports this one first: "born" stands beside each year)
    slot = _one_slot(
        "Maria Lopez, who was born in 1961, has sold ten million records since her first album.",
        "Seville honoured Maria Lopez, born in 1963 to a family of flamenco dancers.",
        "Maria Lopez was born in 1963, her label said on Tuesday.",
    )
    assert {value: [m.claim.source for m in ms] for value, ms in slot.values.items()} == {
        "1961": ["a"], "1963": ["b", "c"],
    }
    assert (slot.lone, slot.context) == ("1961", ("Lopez's birth",))


JONES_DIED = (
    Source(id="b", text="Tributes were paid to Harold Jones, who died in 2024 at 91."),
    Source(id="c", text="The actor Harold Jones died in 2024 in Dayton, his family said."),
)
JONES_BORN = (
    Source(id="b", text="Harold Jones was born in 1930 in Dayton."),
    Source(id="c", text="The actor Harold Jones, born in 1930, grew up in Ohio."),
)


@pytest.mark.parametrize(
    ("lone", "majority"),
    [
        # another person's death or birth
        ("Saparmurat Niyazov, whose father died in 1942, ruled for two decades.", DIED_2006),
        ("Saparmurat Niyazov, whose predecessor Mukhammetnazar Gapurov died in 1999, ruled for two decades.",
         DIED_2006),
        ("Saparmurat Niyazov mourned the death in 1998 of Akhmed Kadyrov, his ally.", DIED_2006),
        ("Saparmurat Niyazov often said his rival died in 2002 in disgrace.", DIED_2006),
        ("Harold Jones stopped performing after his partner died in 1980.", JONES_DIED),
        ("Harold Jones was devastated by the loss of his co-star Ann Roe, who died in 2019.", JONES_DIED),
        ("Harold Jones's son Peter took over the theatre, and the younger Jones, born in 1955, said his father "
         "loved Dayton.", JONES_BORN),
        # another person of the family: another given name
        ("Voters saw pictures of Murad Niyazov, who ruled a province until his death in 2008.", DIED_2006),
        # no death or birth of a person at all
        ("Harold Jones received death threats in 2015 over the role.", JONES_DIED),
        ("Harold Jones campaigned against the death penalty in 2005.", JONES_DIED),
        ("Saparmurat Niyazov's government hid the death toll in 2003 from the earthquake.", DIED_2006),
        ("Saparmurat Niyazov was honoured on the tenth anniversary of his death in 2016.", DIED_2006),
        ("Harold Jones's stage career died in 1960 after a flop.", JONES_DIED),
        ("Harold Jones obtained a copy of his birth certificate in 1999.", JONES_BORN),
        ("Harold Jones was born again in 1985, he said.", JONES_BORN),
        ("Harold Jones's band was born in 1955 in a garage.", JONES_BORN),
        ("Saparmurat Niyazov, who led the party until the death in 2008 of its founder, ruled for decades.",
         DIED_2006),
        ("Harold Jones was born poor and became a star of the Dayton stage in 1955.", JONES_BORN),
        ("Saparmurat Niyazov's 2003 death toll was kept secret.", DIED_2006),
        # another person: a generation, a relative or a spouse named or meant, an object
        ("Harold Jones Jr., born in 1960, now runs his father's theatre.", JONES_BORN),
        ("The daughter of Harold Jones, born in 1960, opened the theatre.", JONES_BORN),
        ("The elder Harold Jones, born in 1901, built the theatre.", JONES_BORN),
        ("Turkmen media reported that the wife of Saparmurat Niyazov died in 2002 in Moscow.", DIED_2006),
        ("The guard who protected Saparmurat Niyazov died in 2010, a rights group said.", DIED_2006),
        ("Saparmurat Niyazov, who was married to Muza Niyazova until her death in 2002, ruled for decades.",
         DIED_2006),
        ("Saparmurat Niyazov, who nursed his father until his death in 1980, later led the party.", DIED_2006),
        ("Saparmurat Niyazov, who cared for his partner until her death in 2002, ruled for decades.", DIED_2006),
        ("Saparmurat Niyazov, who guarded Muza Niyazova until her death in 2002, ruled for decades.", DIED_2006),
        ("Harold Jones starred in 40 films. Mrs. Jones, who died in 2019, was his co-star.", JONES_DIED),
        # the year of something else in the words of a death or a birth
        ("Saparmurat Niyazov, who died after falling ill in 2005, built golden statues.", DIED_2006),
        ("Saparmurat Niyazov died weeks before the 2007 presidential election.", DIED_2006),
        ("Saparmurat Niyazov, who once staged his death in 1999 to test his ministers, ruled for decades.",
         DIED_2006),
        ("Harold Jones was born shortly after the 1929 crash.", JONES_BORN),
        ("Critics still praise Harold Jones's 1974 Death Wish as a landmark of the genre.", JONES_DIED),
        ("Harold Jones's 1968 death scene in the western is still shown.", JONES_DIED),
        # one of a run of years: which is whose, no telling
        ("Avdy Kuliev and Saparmurat Niyazov died in 2003 and 2008.", DIED_2006),
        # the end of the clause between the name and the year
        ("Pictures showed Saparmurat Niyazov; a minister's death in 2008 went unreported.", DIED_2006),
    ],
)
def test_a_year_is_set_against_no_death_but_the_persons(lone: str, majority: tuple[Source, ...]) -> None:
    assert _slots(Source(id="a", text=lone), *majority) == []


def test_a_surname_alone_is_the_person_the_source_names_in_full() -> None:
    lone = "Saparmurat Niyazov ruled for two decades. Voters recalled that Niyazov's 2008 death changed little."
    assert _with_majority(lone) == [{"2006": ["b", "c"], "2008": ["a"]}]
    # with no full name in the source, a surname alone may be no person's ("The studio that became Disney"),
    # and with two, which of them, no telling
    assert _with_majority("Voters recalled that Niyazov's 2008 death changed little.") == []
    assert _with_majority(
        "Saparmurat Niyazov and Murad Niyazov ruled together. Voters recalled that Niyazov's 2008 death changed little."
    ) == []


@pytest.mark.parametrize(
    "lone",
    [
        "Saparmurat Niyazov died on December 21, 2008, after ruling for two decades.",
        "Mourners attended the funeral of Saparmurat Niyazov, who died in 2008, in Ashgabat.",
        "Saparmurat Niyazov's 2008 death changed little in Ashgabat.",
        "Voters in Ashgabat still talk of Saparmurat Niyazov's 2008 death.",
        "Saparmurat Niyazov died suddenly in 2008, officials said.",
    ],
)
def test_a_death_or_birth_is_read_however_the_sentence_words_it(lone: str) -> None:
    assert _with_majority(lone) == [{"2006": ["b", "c"], "2008": ["a"]}]


def test_the_person_is_the_one_a_clause_opens_on_though_another_name_stands_in_it() -> None:
    lone = "Saparmurat Niyazov, who ruled Turkmenistan for two decades until his death in 2008, built statues."
    assert _with_majority(lone) == [{"2006": ["b", "c"], "2008": ["a"]}]


def test_the_key_is_the_surname_as_written_before_a_generation() -> None:
    slot = _one_slot(
        "Martin Luther King Jr., who died in 1969, led the march.",
        "Martin Luther King Jr. died in 1968 in Memphis.",
        "Historians say Martin Luther King Jr., who died in 1968, changed America.",
    )
    assert (slot.lone, slot.context) == ("1969", ("King's death",))


def test_a_lone_source_that_gives_both_years_is_not_set_against_the_others() -> None:
    assert _with_majority(LONE + " Saparmurat Niyazov died in 2006, officials said.") == []


def test_one_source_is_too_few_to_stand_against_and_a_third_year_leaves_no_majority() -> None:
    assert _slots(Source(id="a", text=LONE), DIED_2006[0]) == []
    third = Source(id="e", text="Saparmurat Niyazov, who died in 2007, built golden statues of himself.")
    assert _with_majority(LONE, third) == []
    # two sources alone, each against the same majority: neither is lone
    assert _with_majority(LONE, Source(id="e", text=LONE.replace("Voters", "Visitors"))) == []


def test_a_place_before_the_year_is_no_one_who_died() -> None:
    # Moscow is no person: the deaths in Moscow are anyone's
    assert _slots(
        Source(id="a", text="Crowds gathered in Moscow after his death in 2008, officials said."),
        Source(id="b", text="Flowers were laid in Moscow after his death in 2006, a spokesman said."),
        Source(id="c", text="Thousands marched in Moscow after her death in 2006."),
    ) == []
