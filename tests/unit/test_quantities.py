"""Numbers and dates two aligned claims give differently (crosscheck.quantities)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.align import Alignment
from crosscheck.compare import find_discrepancies
from crosscheck.corpuswide import ClaimChecks
from crosscheck.facts import extract_facts
from crosscheck.figures import number_facts
from crosscheck.models import Claim, DiscrepancyKind, Source
from crosscheck.quantities import (
    ALIGNED_DATE_RULE,
    ALIGNED_NUMBER_RULE,
    ALIGNED_TIME_RULE,
    BESIDE_SHARED_RULE,
    SOLE_COUNT_RULE,
    SOLE_DATE_RULE,
    aligned_quantities,
)
from crosscheck.slots import Mention, Slot, fact_context, fact_neighbours


def _claim(cid: str, text: str) -> Claim:
    return Claim(id=cid, source=cid.split("#")[0], start=0, end=len(text), text=text, facts=extract_facts(text))


def _found(a: Claim, b: Claim, **kwargs: object) -> list[tuple[str, str, str]]:
    return [(f.a_key, f.b_key, f.rule) for f in aligned_quantities(a, b, dated_a=a, dated_b=b, **kwargs)]  # type: ignore[arg-type]


FIVE = "A powerful earthquake hit Aceh on Tuesday, killing at least five people and injuring dozens."
THREE = "A strong earthquake struck Aceh on Tuesday, killing at least three people and injuring dozens."
REWORDED = "Rescue teams in the province of Aceh said early on Tuesday the quake killed three people, injuring dozens."


def test_the_one_toll_of_two_aligned_claims_that_differs_is_found() -> None:
    assert _found(_claim("a#1", FIVE), _claim("b#1", THREE)) == [("5", "3", ALIGNED_NUMBER_RULE)]


def test_each_guard_alone_keeps_a_pair_apart() -> None:
    # next to the same word ("people"), but two context words in common only
    a = _claim("a#1", "Officials counted five people after the storm.")
    b = _claim("b#1", "Rescuers found three people under the rubble.")
    assert _found(a, b) == []
    # many context words in common, but next to different words
    a = _claim("a#1", "The quake killed five villagers in Aceh on Tuesday, officials said.")
    b = _claim("b#1", "The quake killed three residents in Aceh on Tuesday, officials said.")
    assert _found(a, b) == []


def test_the_same_word_on_each_side_is_enough_in_a_short_context() -> None:
    # "missed three games" / "missed four games": two context words in common only, but the
    # verb before and the noun after are the same
    a = _claim("a#1", "Bush had surgery to fix a torn meniscus and missed three games.")
    b = _claim("b#1", "He missed four games after having arthroscopic surgery back in October.")
    assert _found(a, b) == [("3", "4", ALIGNED_NUMBER_RULE)]
    # the same noun after, another verb before: still apart
    c = _claim("c#1", "He started four games after having arthroscopic surgery back in October.")
    assert _found(a, c) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The blast killed 12 and wounded 30, police said.", "Police said the blast killed 14 and wounded 30.",
         [("12", "14", BESIDE_SHARED_RULE)]),
        ("Attacks were aimed at Internet Explorer 8 and 9, Microsoft said.",
         "Microsoft said attacks were aimed at Internet Explorer 4 and 9.", [("8", "4", BESIDE_SHARED_RULE)]),
        ("He hit 13 home runs and 43 RBIs in 54 games for the Angels.",
         "He hit .358 with 15 homers and 43 RBIs in 54 games for the Angels.", [("13", "15", BESIDE_SHARED_RULE)]),
    ],
)
def test_a_figure_beside_a_figure_both_give_is_set_against_its_counterpart(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    # the shared figure ("30", "9", "43") says which figure of the other claim is the same detail
    assert _found(_claim("a#1", a), _claim("b#1", b)) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same figures in another order: no telling which is which
        ("Judges gave scores of 5, 3 and 9 points.", "Judges gave scores of 3, 5 and 9 points."),
        # two things counted, however alike the words between ("men and" / "women and")
        ("Rescuers pulled 14 men and 6 children from the rubble.", "Rescuers pulled 9 women and 6 children from the rubble."),
        ("The fire left 40 people injured and 3 dead, police said.", "The fire left 40 people injured and 5 missing, police said."),
        ("Apple sold 10 million iPhones and 4 million iPads last quarter.", "Apple sold 10 million iPhones and 3 million Macs last quarter."),
        # different players: the names beside the figures differ
        ("In the win, Tony Smith scored 14 points and 6 rebounds.", "In the win, Mike Jones scored 12 points and 6 rebounds."),
        # many words between the figure and the shared one
        ("They seized 7 rifles, one grenade launcher and 4 pistols.", "They seized 7 rifles and 3 pistols on board."),
        # the shared figure given twice in one claim
        ("Sentences of 9, 5 and 9 years were given.", "Sentences of 9, 6 and 9 years were given."),
        # a sentence break between them
        ("The vote was 5. 9 members abstained.", "The vote was 6. 9 members abstained."),
        # a floor and a figure within it
        ("Police fired more than 10 and 9 rounds, they said.", "Police fired 12 and 9 rounds, they said."),
    ],
)
def test_figures_beside_a_shared_figure_are_left_alone_without_evidence(a: str, b: str) -> None:
    assert [f for f in _found(_claim("a#1", a), _claim("b#1", b)) if f[2] == BESIDE_SHARED_RULE] == []


def test_the_one_count_of_each_claim_differs_though_their_units_differ() -> None:
    # "police officers" / "officers": the count's units differ, but what one counts is among
    # the other's words
    a = _claim("a#1", "On Wednesday, eight police officers involved in the shooting were arrested.")
    b = _claim("b#1", "The two officers involved in the boy's shooting have been arrested.")
    assert _found(a, b) == [("8", "2", SOLE_COUNT_RULE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what each counts is nowhere in the other ("people" / "homes")
        ("The storm killed five people in the valley overnight.", "The storm in the valley destroyed 300 homes overnight."),
        # more than one count in a claim: which is which is for the other rules
        ("Eight police officers and 12 civilians were hurt.", "Two officers were hurt in the clash with civilians."),
        # what one counts is elsewhere in the other sentence, not beside its figure
        ("Two officers were suspended after the shooting of Kimani Gray.",
         "The officers fired 11 shots at Kimani Gray after the shooting began."),
        ("Three hikers were rescued from the mountain on Sunday.", "More than 40 rescuers searched the mountain for hikers on Sunday."),
        # a part of the whole: "three other Americans" beside the one named, "four of the robots"
        ("Four Americans were killed in the attack, including Ambassador Chris Stevens.",
         "The attack killed Ambassador Chris Stevens and three other Americans."),
        ("A team of five security robots will patrol the campus.", "Four of the security robots now patrol the campus."),
        # pieces of a figure a tokeniser split ("1, 000")
        ("The quake killed 1, 000 people in Padang.", "The quake in Padang killed 1000 people."),
        # sharing only what they count
        ("Two police officers resigned.", "Eight officers were arrested in the dawn raid yesterday."),
        # one unit each, the same: left to the rule for one unit, which asks for more
        ("Two officers resigned on Monday.", "Eight officers resigned."),
        # a floor and a figure within it
        ("More than 10 police officers were hurt in the riot.", "12 officers were hurt in the riot, police said."),
    ],
)
def test_one_count_each_is_not_enough_without_its_guards(a: str, b: str) -> None:
    assert [f for f in _found(_claim("a#1", a), _claim("b#1", b)) if f[2] == SOLE_COUNT_RULE] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Red Sox offered Teixeira $184 million, sources said.", "The Red Sox offered Teixeira $23 million per season, sources said."),
        ("Acme's quarterly profit rose $5 million, the company said.", "Acme's quarterly profit rose to $40 million, the company said."),
    ],
)
def test_a_rate_or_a_change_is_not_set_against_a_total_beside_the_same_word(a: str, b: str) -> None:
    assert _found(_claim("a#1", a), _claim("b#1", b)) == []


def test_a_figure_far_above_a_floor_beside_the_same_word_is_set_against_it() -> None:
    a = _claim("a#1", "The ferry capsized on Sunday, killing at least 48 people, police said.")
    assert _found(a, _claim("b#1", "The ferry capsized on Sunday, killing 84 people, police said.")) == [
        ("48", "84", ALIGNED_NUMBER_RULE)
    ]
    assert _found(a, _claim("b#1", "The ferry capsized on Sunday, killing 52 people, police said.")) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two sums or shares of one story in aligned claims, with no word beside both: two
        # details as often as one (a reviewer's cases, when one sum each was enough)
        ("The family sued the city for $10 million in 2021 over the shooting, their lawyer said on Thursday.",
         "The city agreed on Thursday to pay the family $2.5 million to settle the lawsuit over the shooting, their lawyer said."),
        ("Smith signed a five-year contract with the Lakers worth $150 million, his agent said.",
         "Smith will get a signing bonus of $20 million from the Lakers, his agent said."),
        ("Intel shares fell 8 percent on Friday after the earnings report, analysts said.",
         "Intel's quarterly profit declined 40 percent, according to the earnings report, analysts said."),
    ],
)
def test_one_sum_each_with_no_word_beside_both_is_no_conflict(a: str, b: str) -> None:
    assert _found(_claim("a#1", a), _claim("b#1", b)) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one full date each, the same month and year: the day differs
        ("He joined the Blazers on June 24, 2001, after seven seasons as an assistant.",
         "He joined the Trail Blazers as head coach on June 27, 2001.", [("06-24", "06-27", SOLE_DATE_RULE)]),
        # the same day of the same month, written two ways: the year differs
        ("Catching Fire has a release date of 22 November 2015, with production starting later.",
         "Catching Fire might not make its November 22, 2013 release date.", [("2015", "2013", SOLE_DATE_RULE)]),
        # one full date each, the same day of another month of the same year, one event
        ("He joined the Blazers on June 24, 2001, as an assistant.", "On July 24, 2001, he joined the Portland staff.",
         [("06-24", "07-24", SOLE_DATE_RULE)]),
        # one weekday each, with the same event said beside it
        ("Jackson was arrested early on Tuesday on suspicion of drunk driving.",
         "Jackson was arrested Sunday in San Diego for drunk driving.",
         [("tuesday", "sunday", SOLE_DATE_RULE)]),
    ],
)
def test_the_one_date_of_each_aligned_claim_differs(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    assert [f for f in _found(_claim("a#1", a), _claim("b#1", b)) if f[2] == SOLE_DATE_RULE] == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a range that ends on the date ("until July 22, 2001")
        ("Road closures last until July 22, 2001 around the city park.",
         "Road closures around the city park start on July 20, 2001."),
        # a day and a year far apart are no full date
        ("On June 24 the club, in the league since 2001, signed the coach.", "The club signed the coach on June 27, 2001."),
        # two events of the story, each on its own day
        ("Warren Jeffs was sentenced Tuesday to life in prison.", "A Texas jury convicted Warren Jeffs on Thursday."),
        # a weekday with no event beside it
        ("The Saints put Bush on injured reserve Tuesday.", "Bush will miss the Saints' game on Sunday."),
        # the end of a range of days
        ("The festival ran from July 19 to July 22, 2001, in the city park.",
         "The festival in the city park opened on July 20, 2001."),
        # two events of one month
        ("Holmes was arrested outside the cinema on July 20, 2012.", "Holmes was formally charged on July 30, 2012."),
        # an anniversary: the same day, another year, another event
        ("The Paris attacks of 13 November 2015 killed 130 people.",
         "On November 13, 2016, Paris held a memorial for the 130 people killed."),
        # a verb of saying beside the date: the date of a statement
        ("Officials said on June 24, 2001 that the coach had joined.", "The coach joined the club on June 27, 2001."),
        # two days of a month in one claim: which is the other's is no telling
        ("He joined on June 24, 2001, and left on June 30.", "He joined the club on June 27, 2001."),
        # "today" against a weekday: no weekday each
        ("The Saints signed Joique Bell today off the Eagles' practice squad.",
         "The Saints signed Joique Bell on Tuesday off the Eagles' practice squad."),
        # a weekday beside "today": the claim gives two days, each for its own signing
        ("Wednesday afternoon, the Saints signed rookie Joique Bell from the Eagles.",
         "The Saints signed DeShawn Wynn on Tuesday and Joique Bell today off the Eagles' squad."),
    ],
)
def test_one_date_each_is_not_enough_without_its_guards(a: str, b: str) -> None:
    assert [f for f in _found(_claim("a#1", a), _claim("b#1", b)) if f[2] == SOLE_DATE_RULE] == []


def test_one_count_each_of_one_unit_is_left_to_the_rule_for_one_unit() -> None:
    a = _claim("a#1", "On Wednesday, eight officers involved in the shooting were arrested.")
    b = _claim("b#1", "The two officers involved in the boy's shooting have been arrested.")
    assert _found(a, b) == [("8", "2", ALIGNED_NUMBER_RULE)]


def _numbers_found(claims: list[Claim], alignment: Alignment, slots: tuple[Slot, ...] = ()) -> list[tuple[str, list[str]]]:
    found, _ = find_discrepancies(claims, alignment, checked=ClaimChecks(slots=slots, quote_passages=()))
    return [(d.rule, [v.text for v in d.variants]) for d in found if d.kind is DiscrepancyKind.NUMBER]


def test_find_discrepancies_reports_a_disputed_figure_of_aligned_claims() -> None:
    claims = [_claim("a#1", FIVE), _claim("b#1", REWORDED)]
    together = Alignment(groups=(("a#1", "b#1"),), repeats={}, scores={})
    apart = Alignment(groups=(("a#1",), ("b#1",)), repeats={}, scores={})
    assert _numbers_found(claims, together) == [(ALIGNED_NUMBER_RULE, ["five", "three"])]
    assert _numbers_found(claims, apart) == []


def test_a_reported_slot_that_holds_both_figures_is_reported_alone() -> None:
    claims = [_claim("a#1", FIVE), _claim("b#1", REWORDED)]
    mentions = {
        c.id: next(Mention(c, f, fact_context(c, f), fact_neighbours(c, f)) for f in c.facts if f.unit == "people")
        for c in claims
    }
    slot = Slot(
        kind=DiscrepancyKind.NUMBER, values={"3": (mentions["b#1"],), "5": (mentions["a#1"],)},
        context=("peopl",), score=0.9,
    )
    together = Alignment(groups=(("a#1", "b#1"),), repeats={}, scores={})
    assert [rule for rule, _ in _numbers_found(claims, together, (slot,))] == ["different value in the same slot"]


def test_a_date_next_to_the_same_word_needs_no_more_words_in_common() -> None:
    # "the March 2006 rampage" / "the March 2005 rampage": one word in common around them,
    # but a date the aligned claims both tie to the rampage (a count would need three)
    a = _claim("a#1", "Nichols, 37, was found guilty last month of murdering a judge and a federal agent in the March 2006 rampage.")
    b = _claim("b#1", "The man, Brian G. Nichols, 37, was found guilty last month of murder and dozens of other counts "
                      "in the March 2005 rampage that led from a downtown courthouse to an Atlanta neighborhood.")
    assert _found(a, b) == [("2006-03", "2005-03", ALIGNED_DATE_RULE)]


def test_the_one_weekday_of_two_aligned_claims_that_differs_is_found() -> None:
    a = _claim("a#1", "Williams died peacefully in her sleep on Thursday in Beverly Hills, her publicist said.")
    b = _claim("b#1", "Williams died peacefully in her sleep on Tuesday in Beverly Hills, her spokesman said.")
    assert _found(a, b) == [("thursday", "tuesday", ALIGNED_DATE_RULE)]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        pytest.param(  # "more than 400" and "401" may be one figure
            "The storm killed more than 400 people in the coastal towns, officials said on Monday.",
            "The storm killed 401 people in the coastal towns, officials said on Monday.",
            id="agree-as-stated",
        ),
        pytest.param(  # two figures of the unit in one claim: which is which is not guessed
            "The quake killed five people in Aceh and three people in Bener Meriah, officials said.",
            "The quake killed four people in Aceh, officials said on Tuesday.",
            id="two-of-the-unit",
        ),
        pytest.param(  # figures beside two different names are two details
            "Richard Carter scored 14 points for the Bulldogs in the quarterfinal loss.",
            "Seth VanDeest scored 13 points for the Bulldogs in the quarterfinal loss.",
            id="two-names",
        ),
        pytest.param(  # both "miles", but the depth and the distance from a town
            "The quake struck yesterday afternoon at a depth of just six miles near Sumatra.",
            "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun.",
            id="little-context",
        ),
    ],
)
def test_figures_that_are_no_finding(text_a: str, text_b: str) -> None:
    assert _found(_claim("a#1", text_a), _claim("b#1", text_b)) == []


def test_a_pair_a_reported_slot_sets_against_each_other_is_left_to_it() -> None:
    a, b = _claim("a#1", FIVE), _claim("b#1", THREE)
    five = next(f for f in a.facts if f.value == "5")
    assert _found(a, b, held={(DiscrepancyKind.NUMBER, "a#1", five.start): {"5", "3"}}) == []
    # a slot that holds the five against a third source's figure does not settle this pair
    assert _found(a, b, held={(DiscrepancyKind.NUMBER, "a#1", five.start): {"5", "7"}}) == [
        ("5", "3", ALIGNED_NUMBER_RULE)
    ]


def test_a_figure_a_slot_holds_against_a_third_value_is_still_disputed_by_its_aligned_claim() -> None:
    # a slot sets a's "five" against c's "three"; b's "two", in the sentence aligned
    # with a's, is a dispute of its own
    claims = [_claim("a#1", FIVE), _claim("b#1", REWORDED.replace("three", "two")), _claim("c#1", THREE)]
    mentions = {
        c.id: next(Mention(c, f, fact_context(c, f), fact_neighbours(c, f)) for f in c.facts if f.unit == "people")
        for c in claims
    }
    slot = Slot(
        kind=DiscrepancyKind.NUMBER, values={"3": (mentions["c#1"],), "5": (mentions["a#1"],)},
        context=("peopl",), score=0.9,
    )
    alignment = Alignment(groups=(("a#1", "b#1", "c#1"),), repeats={}, scores={})
    found = _numbers_found(claims, alignment, (slot,))
    assert any(rule == ALIGNED_NUMBER_RULE and {"five", "two"} <= set(texts) for rule, texts in found), found


def test_an_audit_reports_a_disputed_toll_once() -> None:
    result = crosscheck.audit([
        Source(id="a", text="A powerful earthquake hit Aceh province on Tuesday, killing at least five people and injuring dozens."),
        Source(id="b", text="A strong earthquake struck Aceh province on Tuesday, killing at least three people and injuring dozens more."),
        Source(id="c", text="A powerful earthquake hit Aceh province on Tuesday, killing at least five people and injuring dozens, officials said."),
    ])
    numbers = [d for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert [[(v.text, v.sources) for v in d.variants] for d in numbers] == [[("five", ("a", "c")), ("three", ("b",))]]


def test_how_many_times_something_happened_is_a_count() -> None:
    result = crosscheck.audit([
        Source(id="a", text="The two officers fired a total of 11 shots, and the teenager was hit 11 times in the torso."),
        Source(id="b", text="The officers fired 11 rounds, and the teenager was hit 11 times in the torso and legs."),
        Source(id="c", text="Both officers fired at the teenager, who was hit 16 times in the torso and legs."),
    ])
    numbers = [d for d in result.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert [[(v.text, v.sources) for v in d.variants] for d in numbers] == [[("11", ("a", "b")), ("16", ("c",))]]


def test_a_count_of_times_is_compared_by_every_number_check() -> None:
    from crosscheck.edits import find_edited_details
    from crosscheck.outliers import lone_number_group
    from crosscheck.slots import number_group

    a = _claim("a#1", "Police said the driver was hit 11 times as he sped away from the checkpoint.")
    b = _claim("b#1", "Police said the driver was hit 16 times as he sped away from the checkpoint.")
    (times,) = [f for f in a.facts if f.unit == "time"]
    assert number_group(times) == "number:time" and lone_number_group(times) == "number"
    (edited,) = find_edited_details([a, b], [("a#1", "b#1")])
    assert sorted(edited.values) == ["11", "16"]


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [("Two of the five hostages were freed on Monday.", "2", "hostage"),
     ("Rescuers brought down three of the four climbers.", "3", "climber"),
     ("The chain will close 12 of its 40 stores.", "12", "store"),
     ("ISIS killed 300 out of 400 soldiers they besieged in Saqlawiya.", "300", "soldier")],
)
def test_a_part_counts_what_its_whole_counts(text: str, part: str, unit: str) -> None:
    facts = [f for f in number_facts(text) if f.kind.value == "number"]
    assert (part, unit) in [(f.value, f.unit) for f in facts]


def test_a_part_is_compared_with_the_others_part_not_the_whole() -> None:
    agree = crosscheck.audit([
        "Two of the five hostages were freed on Monday, officials said.",
        "Officials said two hostages were freed on Monday.",
    ])
    assert agree.discrepancies == ()
    differ = crosscheck.audit([
        "Two of the five hostages were freed on Monday, officials said.",
        "Officials said three hostages were freed on Monday.",
    ])
    assert [[v.text for v in d.variants] for d in differ.discrepancies] == [["Two", "three"]]


@pytest.mark.parametrize(
    ("texts", "low"),
    [
        (["The video of the homeless man has gained 26 million views since it was posted last week.",
          "By Saturday morning the video of the homeless man had gained 24 million views since it was posted."], True),
        (["The petition calling for his release had gathered 120,000 signatures by Monday.",
          "The petition calling for his release had gathered 95,000 signatures by Monday night."], True),
        # a count that does not grow while the story runs
        (["The video of the homeless man shows 26 people queueing outside the shop last week.",
          "The video of the homeless man shows 24 people queueing outside the shop last week."], False),
        # ten times as many: a slip or a threshold, not one tally at two moments
        (["The video of the homeless man has gained 26 million views since it was posted last week.",
          "By Saturday morning the video of the homeless man had gained 2.6 million views since it was posted."], False),
    ],
)
def test_a_running_tally_counted_at_different_moments_is_most_likely_no_error(texts: list[str], low: bool) -> None:
    (d,) = crosscheck.audit(texts).discrepancies
    assert (d.severity == "low" and "grows while the story runs" in d.explanation) is low


def test_a_whole_beside_its_part_is_no_rival_to_the_others_count() -> None:
    # "300 out of 400 soldiers" gives the others' 300 soldiers: the 400 were besieged, not killed
    result = crosscheck.audit([
        'MP Ali al-Badri said: "Three hundred soldiers were killed in Saqlawiya by chlorine gas."',
        'Ali al-Budairi said: "ISIS killed 300 out of 400 soldiers they besieged in Saqlawiya, using chlorine gas."',
        "An Iraqi MP said 300 soldiers were killed in Saqlawiya by chlorine gas.",
    ])
    assert not [d for d in result.discrepancies if "400" in [v.text for v in d.variants]]


def test_figures_credited_to_different_sayers_are_competing_estimates() -> None:
    competing = crosscheck.audit([
        "Police said 50,000 people marched through Paris on Saturday.",
        "Organisers said 120,000 people marched through Paris on Saturday.",
    ])
    (d,) = competing.discrepancies
    assert d.severity == "medium" and "credited to someone else (police / organisers)" in d.explanation
    one_sayer = crosscheck.audit([
        "Police said 50,000 people marched through Paris on Saturday.",
        "Police said 120,000 people marched through Paris on Saturday.",
    ])
    (d,) = one_sayer.discrepancies
    assert d.severity == "high" and "credited" not in d.explanation


PHOENIX = "In Phoenix, the mercury climbed to 118 degrees on Wednesday afternoon, the weather service said."
LAS_VEGAS = "In Las Vegas, the mercury climbed to 112 degrees on Wednesday afternoon, the weather service said."


def _roundup_notes(texts: list[str]) -> list[str]:
    """The explanations of the audit's number and date discrepancies that point to a
    sentence giving both values, each asserted reported."""
    found = [d for d in crosscheck.audit(texts).discrepancies if d.kind in (DiscrepancyKind.NUMBER, DiscrepancyKind.DATE)]
    assert found
    return [d.explanation for d in found if "gives both values in one sentence" in d.explanation]


@pytest.mark.parametrize(
    ("roundup", "noted"),
    [
        ("Record heat gripped the Southwest. Phoenix hit 118 and Las Vegas 112 on Wednesday.", True),
        # the two places, but not both figures: nothing shows which figure is whose
        ("Record heat gripped Phoenix and Las Vegas on Wednesday.", False),
        # both figures, but of one place: no second thing
        ("Record heat gripped the Southwest. Phoenix hit 118 on Wednesday, up from 112 on Tuesday.", False),
        # both places and both figures, each with another unit than its side's
        ("Phoenix saw 118 cooling centres open and Las Vegas 112 percent of normal demand.", False),
    ],
)
def test_a_sentence_giving_two_named_things_both_figures_is_pointed_to(roundup: str, noted: bool) -> None:
    notes = _roundup_notes([PHOENIX, LAS_VEGAS, roundup])
    assert bool(notes) is noted
    if noted:
        assert "text-3 gives both values in one sentence, with 'Phoenix' and 'Las Vegas'" in notes[0]


@pytest.mark.parametrize(
    ("a", "b", "both"),
    [
        # the names are who gave the toll: two tolls of one flood
        ("Floods in Kerala have killed 40 people, state minister Rajan told reporters on Monday.",
         "Floods in Kerala have killed 45 people, district collector Meghashree told reporters on Monday.",
         "Rajan put the toll at 40 and Meghashree at 45."),
        # a place and a force: no two things of one kind
        ("Detectives in Salford arrested the suspect on June 3, a week after the attack.",
         "Greater Manchester Police arrested the suspect on June 5, a week after the attack.",
         "Arrested in Salford on June 3, the man was charged by Greater Manchester Police on June 5."),
    ],
)
def test_names_that_are_not_two_things_of_one_kind_get_no_note(a: str, b: str, both: str) -> None:
    assert not _roundup_notes([a, b, both])


def test_a_slip_about_one_of_two_named_things_gets_no_note() -> None:
    slip = LAS_VEGAS.replace("Las Vegas", "Phoenix")
    audit = crosscheck.audit([PHOENIX, slip, "Phoenix hit 118 and Las Vegas 112 on Wednesday."])
    (d,) = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert {v.text for v in d.variants} == {"118 degrees", "112 degrees"}
    assert "gives both values" not in d.explanation


def test_figures_credited_to_two_parties_stay_reported_beside_a_sentence_giving_both() -> None:
    audit = crosscheck.audit([
        "About 50,000 people marched through Paris on Saturday, the Interior Ministry said.",
        "About 120,000 people marched through Paris on Saturday, the CGT union said.",
        "The Interior Ministry counted 50,000 people and the CGT 120,000.",
    ])
    (d,) = [d for d in audit.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert d.severity == "medium" and "competing estimates" in d.explanation
    assert "gives both values" not in d.explanation


@pytest.mark.parametrize(
    ("a", "b", "competing"),
    [
        ("About 50,000 people marched through Paris on Saturday, police said.",
         "About 120,000 people marched through Paris on Saturday, organisers said.", True),
        ("About 50,000 people marched through Paris on Saturday, according to police.",
         "Organisers said 120,000 people marched through Paris on Saturday.", True),
        ("About 50,000 people marched through Paris on Saturday, police said.",
         "About 120,000 people marched through Paris on Saturday, the police said.", False),
        ("About 50,000 people marched through Paris on Saturday, and police said nothing.",
         "About 120,000 people marched through Paris on Saturday, organisers said.", False),
    ],
)
def test_a_sayer_at_the_end_of_the_sentence_credits_its_figure(a: str, b: str, competing: bool) -> None:
    (d,) = crosscheck.audit([a, b]).discrepancies
    assert (d.severity == "medium") is competing and ("competing estimates" in d.explanation) is competing


@pytest.mark.parametrize(
    ("exact", "round_", "rounded"),
    [("1,270", "1,300", True), ("48,500", "50,000", True), ("1,370", "1,300", False), ("1,200", "1,300", False)],
)
def test_a_round_figure_of_the_others_exact_one_is_medium_and_says_so(exact: str, round_: str, rounded: bool) -> None:
    (d,) = crosscheck.audit([
        f"The company said it would cut {exact} jobs at its plant in Ohio on Monday.",
        f"The company will cut {round_} jobs at its plant in Ohio, it said on Monday.",
    ]).discrepancies
    assert (d.severity == "medium") is rounded and (f"'{round_}' is '{exact}' rounded" in d.explanation) is rounded



def test_two_days_on_which_things_were_said_in_sentences_that_do_not_align_are_no_conflict() -> None:
    # "reported Monday" / "On Sunday, the Washington Post reported": two reports, two days
    jumper = "The man who jumped the White House fence this month made it farther than first thought"
    sources = [
        Source(id="a", text=f"Washington (CNN) -- {jumper}, the Washington Post reported Monday."),
        Source(id="b", text=f"{jumper}, the Washington Post reported Monday, citing agents."),
        Source(id="c", text="On Sunday, the Washington Post reported that it took agents four days to realize "
                            "shots had struck the White House in 2011."),
    ]
    assert [d for d in crosscheck.audit(sources).discrepancies if d.kind is DiscrepancyKind.DATE] == []


def test_two_measures_of_one_thing_are_not_one_quantity() -> None:
    # "a 17-inch laptop" names its size; "0.98 inches thick" says which measure it gives
    sized = _claim("a#1", "Apple unveiled a 17-inch MacBook Pro, the thinnest notebook it has made.")
    thick = _claim("b#1", "Apple unveiled a MacBook Pro only 0.98 inches thick, the thinnest notebook it has made.")
    other = _claim("c#1", "Apple unveiled a 15-inch MacBook Pro, the thinnest notebook it has made.")
    assert _found(sized, thick) == []
    assert _found(sized, other) == [("17", "15", ALIGNED_NUMBER_RULE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The tailback on the motorway was 5 km long after the crash.", "The tailback on the motorway was 9 km after the crash."),
        ("The new tower is 30 metres tall, the council said.", "The new tower is 45 metres high, the council said."),
        ("The crater is 30 feet wide, the survey team said.", "The crater is 50 feet across, the survey team said."),
        ("The fire spread 5 miles across the county overnight.", "The fire spread 8 miles into the county overnight."),
    ],
)
def test_measures_of_one_dimension_or_with_none_named_are_one_quantity(a: str, b: str) -> None:
    assert len(_found(_claim("a#1", a), _claim("b#1", b))) == 1


STRUCK_AT_SEVEN = "Johnson was struck in the crosswalk outside the store around 7 p.m. Wednesday."


@pytest.mark.parametrize(
    ("other", "found"),
    [
        ("Johnson was hit in the crosswalk outside the store around 6 p.m. Wednesday.", [("19:00", "18:00")]),
        ("Johnson was hit in the crosswalk outside the store at 5:25 p.m. on Wednesday.", [("19:00", "17:25")]),
        ("Johnson was hit in the crosswalk outside the store at 7 a.m. on Wednesday.", [("19:00", "07:00")]),
        ("Johnson was hit in the crosswalk outside the store around 6 p.m. Wednesday; police came at 7 p.m.", []),
        # one time written roughly, the other exactly
        ("Johnson was hit in the crosswalk outside the store at 6:41 p.m. on Wednesday.", []),
    ],
)
def test_aligned_claims_giving_clock_times_an_hour_or_more_apart_disagree(
    other: str, found: list[tuple[str, str]]
) -> None:
    assert [(a, b) for a, b, rule in _found(_claim("a#1", STRUCK_AT_SEVEN), _claim("b#1", other))
            if rule == ALIGNED_TIME_RULE] == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the time in brackets restates the one before it in another zone: no time of its own
        ("Polls closed at 8 p.m. (1100 GMT), and Yoon claimed victory.", "Polls closed at 6 p.m.", [("20:00", "18:00")]),
        ("The quake hit at 4:17 a.m. (0117 GMT) on Saturday.", "The quake hit at 6:17 a.m. on Saturday.",
         [("04:17", "06:17")]),
        ("Polls closed at 6 p.m.", "Polls closed at 8 p.m. (20:00), and Yoon claimed victory.", [("18:00", "20:00")]),
        # the other gives the time in brackets as its own: they share it
        ("Trump will address the nation at 9 p.m. (6 p.m. Pacific) on Tuesday.",
         "Trump will address the nation at 6 p.m. on Tuesday.", []),
        # "local time" against no zone: which zone the other's is told in, no telling
        ("Voting ended at 8 p.m. local time on Wednesday.", "Voting ended at 6 p.m. on Wednesday.", []),
        # a time told in a zone against one told in none is still left alone
        ("Polls closed at 8 p.m. ET (0100 GMT) on Tuesday.", "Polls closed at 6 p.m. on Tuesday.", []),
    ],
)
def test_a_clock_time_restated_in_brackets_in_another_zone_is_no_second_time(
    a: str, b: str, found: list[tuple[str, str]]
) -> None:
    assert [(x, y) for x, y, rule in _found(_claim("a#1", a), _claim("b#1", b)) if rule == ALIGNED_TIME_RULE] == found


def test_the_one_clock_time_two_aligned_claims_do_not_share_is_compared() -> None:
    a = _claim("a#1", "The polling station opened at 9 a.m. and closed at 5 p.m. on Thursday.")
    b = _claim("b#1", "The polling station opened at 10:30 a.m. and closed at 5 p.m. on Thursday.")
    assert [(x, y) for x, y, rule in _found(a, b) if rule == ALIGNED_TIME_RULE] == [("09:00", "10:30")]


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("The quake struck off the coast at 7:48 a.m. local time, 75 kilometers west of Manokwari.",
         "The first quake struck off the coast at 4:43 a.m. local time, 135 kilometers from Manokwari.",
         "other figures of one unit differ: two quakes"),
        ("The final whistle blew at 7 p.m. ET on Sunday in Boston.",
         "The final whistle blew at 4 p.m. PT on Sunday in Boston.",
         "two time zones: the same moment"),
        ("The shelter opens at 8 p.m. and closes at 7 a.m., the council said.",
         "The shelter closes at 7 a.m. and opens at 8 p.m., the council said.",
         "two times each: which stands for which is not told"),
        ("Updated 9:12 a.m.: the fire broke out at the depot overnight, officials said.",
         "Updated 11:40 a.m.: the fire broke out at the depot overnight, officials said.",
         "the times stamp the pages"),
        ("March 14, 2013 at 11:51 AM An earthquake struck off the coast, the agency said.",
         "March 14, 2013 at 2:05 PM An earthquake struck off the coast, the agency said.",
         "a dateline's time stamps the page"),
        ("Polls in the state close at 8 p.m. on Tuesday, and officials will begin counting ballots.",
         "Officials will begin counting ballots on Tuesday, with results expected at 10 p.m.",
         "nothing beside the two times is the same: two moments"),
        ("The fire broke out at the depot shortly after 10 p.m. Saturday, police said.",
         "The fire broke out at the depot at 11:30 p.m. Saturday, police said.",
         "a bound: after 10 p.m. may be 11:30 p.m."),
        ("The fire broke out at the depot at 11:30 p.m. Saturday, police said.",
         "The fire broke out at the depot at 12:10 a.m. Saturday, police said.",
         "forty minutes apart, over midnight"),
        ("The final whistle blew at 7 p.m. Eastern on Sunday in Boston.",
         "The final whistle blew at 4 p.m. Pacific on Sunday in Boston.",
         "time zones in words"),
        ("The fire broke out at the depot at 8pm UK time on Saturday, police said.",
         "The fire broke out at the depot at 9pm Paris time on Saturday, police said.",
         "time zones named by a place"),
        ("The launch window opens at Eastern time 8 p.m. on Sunday.",
         "The launch window opens at Pacific time 5 p.m. on Sunday.",
         "a time zone before the time"),
    ],
)
def test_aligned_clock_times_that_tell_no_disagreement_are_not_set_against_each_other(a: str, b: str, why: str) -> None:
    assert not [f for f in _found(_claim("a#1", a), _claim("b#1", b)) if f[2] == ALIGNED_TIME_RULE], why


def test_counts_of_people_to_whom_different_things_became_are_two_details() -> None:
    killed = _claim("a#1", "Gunmen killed eight police officers in the raid on the border post, officials said.")
    # the one count each gives: killed against killed differs, killed against wounded is two details
    assert [rule for _, _, rule in _found(killed, _claim(
        "b#1", "Gunmen killed two officers in the raid on the border post, officials said."
    ))] == [SOLE_COUNT_RULE]
    assert _found(killed, _claim("b#1", "Gunmen wounded two officers in the raid on the border post, officials said.")) == []
    # one quantity, one word beside both figures
    toll = _claim("a#1", "The earthquake in southern Iran killed 10 people and destroyed seven villages.")
    assert _found(toll, _claim("b#1", "The earthquake in southern Iran killed 4 people and destroyed seven villages."))
    for other in (
        "The earthquake in southern Iran injured 40 people and destroyed seven villages.",
        "The earthquake in southern Iran left 4 people missing and destroyed seven villages.",
    ):
        assert _found(toll, _claim("b#1", other)) == [], other
