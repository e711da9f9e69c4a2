"""The year of a person's death or birth one source alone gives (crosscheck.years.life_years)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.models import Source
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


def test_a_year_of_birth_one_source_alone_gives_is_a_slot() -> None:
    # (the lone-date rule reports this one first: "born" stands beside each year)
    claims = crosscheck.audit([
        Source(id="a", text="Maria Lopez, who was born in 1961, has sold ten million records since her first album."),
        Source(id="b", text="Seville honoured Maria Lopez, born in 1963 to a family of flamenco dancers."),
        Source(id="c", text="Maria Lopez was born in 1963, her label said on Tuesday."),
    ]).claims
    (slot,) = life_years(claims)
    assert {value: [m.claim.source for m in ms] for value, ms in slot.values.items()} == {
        "1961": ["a"], "1963": ["b", "c"],
    }
    assert (slot.lone, slot.context) == ("1961", ("Lopez's birth",))


@pytest.mark.parametrize(
    "lone",
    [
        # a relative's death, not the person's
        "Saparmurat Niyazov, whose father died in 1942, ruled for two decades.",
        # another person of the family: another given name
        "Voters saw pictures of Murad Niyazov, who ruled a province until his death in 2008.",
        # the name too far before the year to be the one who died
        "Voters walked past posters of Saparmurat Niyazov in every polling station across the country "
        "all day long and a mayor's death in 2008 went unreported.",
        # the end of the clause between the name and the year
        "Pictures showed Saparmurat Niyazov; a minister's death in 2008 went unreported.",
    ],
)
def test_a_year_is_set_against_no_death_but_the_persons(lone: str) -> None:
    assert _with_majority(lone) == []


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
