from __future__ import annotations

import datetime as dt

import pytest

from crosscheck._text import content_tokens, normalize_word, writes_tokenised_figures
from crosscheck.facts import extract_claims, extract_facts, name_key, name_tokens, source_name_words
from crosscheck.figures import number_bound
from crosscheck.models import Claim, FactKind, Source
from crosscheck.segment import segment_source


def _facts(text: str, kind: str, *, tokenised: bool = False) -> list[tuple[str, str, str]]:
    return [(f.text, f.value, f.unit) for f in extract_facts(text, tokenised=tokenised) if f.kind.value == kind]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("defence", "defense"),
        ("analysed", "analyzed"),
        ("organisation", "organization"),
        ("colour", "color"),
        ("centre", "center"),
        ("catalogue", "catalog"),
        ("travelled", "traveled"),
        ("seventh", "7th"),
        ("Korea’s", "korea"),
        ("Zürich", "zurich"),
        ("persons", "people"),
    ],
)
def test_normal_forms_agree(a: str, b: str) -> None:
    assert normalize_word(a) == normalize_word(b)


@pytest.mark.parametrize(("a", "b"), [("hour", "hor"), ("police", "policy"), ("four", "for")])
def test_normal_forms_keep_different_words_apart(a: str, b: str) -> None:
    assert normalize_word(a) != normalize_word(b)


def test_content_tokens_drop_function_words() -> None:
    assert content_tokens("The talks of the two sides") == ["talk", "2", "side"]


def test_names_with_connectors_and_breaks() -> None:
    text = "Officials of the Ministry of Foreign Affairs and Korea Internet & Security Agency met."
    assert [name_key(n) for n in name_tokens(text)] == [
        "ministry of foreign affairs",
        "korea internet & security agency",
    ]


def test_sentence_opener_is_not_a_name() -> None:
    assert [name_key(n) for n in name_tokens("According to Kim Heun-jin, it worked.")] == ["kim heun jin"]


def test_name_normal_form_ignores_hyphens_case_and_honorifics() -> None:
    keys = {name_key(name_tokens(t)[0]) for t in ("Mr. Youn Jong-kwon", "Youn Jong Kwon", "YOUN Jong-kwon")}
    assert keys == {"youn jong kwon"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a role that opens the sentence is capitalised for that alone: the person is the name
        ("Lawyer Paul Girard told reporters he would appeal.", "paul girard"),
        ("Analyst Mary Jones said so.", "mary jones"),
        # not before a given name: the words are the name
        ("Founder Institute Berlin said so.", "founder institute berlin"),
        ("Agent Orange was sprayed.", "agent orange"),
        # a title stays before one name ("Prince Harry" is not "Harry"), and two words stay two
        ("Prince Harry visited the hospital.", "prince harry"),
        ("Lawyer Paul said so.", "lawyer paul"),
    ],
)
def test_a_role_word_that_opens_a_sentence_before_a_persons_name_is_no_part_of_it(text: str, key: str) -> None:
    assert name_key(name_tokens(text)[0]) == key


def test_possessive_ends_a_name() -> None:
    assert [name_key(n) for n in name_tokens("It was South Korea’s Foreign Ministry that said so.")] == [
        "south korea",
        "foreign ministry",
    ]


def test_numbers_with_units_and_currencies() -> None:
    text = "They stole around $1.7 billion, and 43 students and 15 bodies were found; 3.5% rose."
    assert _facts(text, "number") == [
        ("$1.7 billion", "1700000000", "usd"),
        ("43", "43", "student"),
        ("15", "15", "body"),
        ("3.5%", "3.5", "%"),
    ]


def test_number_words_and_ordinals() -> None:
    assert _facts("the seventh meeting in five years", "ordinal") == [("seventh", "7", "meeting")]
    assert _facts("the 7th meeting", "ordinal") == [("7th", "7", "meeting")]
    assert _facts("the seventh meeting in five years", "number") == [("five", "5", "year")]


def test_dates() -> None:
    text = "SEOUL, May 20 (Yonhap) — They met on Tuesday, as on the 20th of last year, in 2020."
    assert _facts(text, "date") == [
        ("May 20", "05-20", "month-day"),
        ("Tuesday", "tuesday", "weekday"),
        ("the 20th", "20", "day"),
        ("2020", "2020", "year"),
    ]


def test_quotes_and_acronyms() -> None:
    text = 'The Korea Internet & Security Agency (KISA) said “we will act now,” and "soon".'
    # the speaker is the name nearest to the speech verb, outside the quotation
    assert _facts(text, "quote") == [("we will act now,", "we will act now", "kisa")]
    assert _facts(text, "acronym") == [("KISA", "KISA", "korea internet & security agency")]


def test_fact_spans_are_offsets() -> None:
    text = "Officials said 43 students met Youn Jong-kwon on Tuesday."
    for fact in extract_facts(text, offset=10):
        assert text[fact.start - 10 : fact.end - 10] == fact.text


def test_a_persons_name_does_not_run_on_into_an_organisation() -> None:
    text = ("Sutopo Purwo Nugroho of the National Disaster Mitigation Agency met the Prime Minister of Japan "
            "and the Democratic Republic of the Congo delegation at the Bank of America.")
    names = [f.text for f in extract_facts(text) if f.kind.value == "name"]
    assert "Sutopo Purwo Nugroho" in names and "National Disaster Mitigation Agency" in names
    assert {"Prime Minister of Japan", "Democratic Republic of the Congo", "Bank of America"} <= set(names)
    # a month that is also a surname ends no name after a given name, yet dates before a day or a year
    facts = extract_facts("Prime Minister Theresa May said the vote on May 5 would stand, as it did in May 2016.")
    assert [f.text for f in facts if f.kind.value == "name"] == ["Prime Minister Theresa May"]
    assert [f.text for f in facts if f.kind.value == "date"] == ["May 5", "May 2016"]
    # nor does it run on with "for", which continues other names
    text = ("Klitschko has held a belt since beating Chris Byrd for the IBF title, said Rami Abdulrahman "
            "of the Syrian Observatory for Human Rights and the Center for Disease Control.")
    names = [f.text for f in extract_facts(text) if f.kind.value == "name"]
    assert "Chris Byrd" in names and "Chris Byrd for the IBF" not in names
    assert {"Syrian Observatory for Human Rights", "Center for Disease Control"} <= set(names)


def test_abbreviated_months_and_weekdays_are_dates_not_names() -> None:
    def facts(text: str) -> list[tuple[str, str, str]]:
        return [(f.kind.value, f.value, f.text) for f in extract_facts(text)]

    assert facts("He met Gov. Brown on Jan. 5.")[-1] == ("date", "01-05", "Jan. 5")
    assert "Brown on Jan" not in [f.text for f in extract_facts("He met Gov. Brown on Jan. 5.")]
    assert facts("The sale ends Sept 30, officials said.") == [("date", "09-30", "Sept 30")]
    assert facts("On Wed., Feb. 4, the court ruled.") == [
        ("date", "wednesday", "Wed."), ("date", "02-04", "Feb. 4"),
    ]
    assert facts("They met on Sat. and left.") == [("date", "saturday", "Sat.")]
    assert facts("It opened Tues. in Paris.")[0] == ("date", "tuesday", "Tues.")
    # without a stop, or where the word is an English word, they are names or nothing
    assert facts("Jan Kowalski met Jun Ji-hyun.") == [
        ("name", "jan kowalski", "Jan Kowalski"), ("name", "jun ji hyun", "Jun Ji-hyun"),
    ]
    assert [kind for kind, _, _ in facts("The story ran in The Sun. It was wrong.")] == ["name"]
    # abbreviations that are also names are dates only before a day or a date, or after "on"
    assert facts("It was said by the economist Wang Jun.") == [("name", "wang jun", "Wang Jun.")]
    assert facts("He lives in Del Mar.") == [("name", "del mar", "Del Mar.")]
    assert facts("The spokeswoman was Nguyen Thi Thu. She declined.") == [
        ("name", "nguyen thi thu", "Nguyen Thi Thu"),
    ]
    assert facts("They met on Thu. and left.") == [("date", "thursday", "Thu.")]
    # nor is "No." before a number
    assert [kind for kind, _, _ in facts("It is the No. 1 seller, ahead of Nos. 3 and 4.")] == ["number"] * 3


def _quotes(text: str) -> list[str]:
    return [f.text for f in extract_facts(text) if f.kind.value == "quote"]


def test_curly_single_quotes_as_british_papers_print_them_hold_a_quotation() -> None:
    assert _quotes("The mayor said: ‘We will rebuild the whole town.’") == ["We will rebuild the whole town."]
    # an apostrophe inside is no close, and a quotation inside double marks is not taken twice
    assert _quotes("‘We don’t know yet,’ he said.") == ["We don’t know yet,"]
    assert _quotes("“He told me ‘we will rebuild the town’ and left,” she said.") == [
        "He told me ‘we will rebuild the town’ and left,"
    ]
    # a decade or a contraction is no quotation
    assert _quotes("It was the ‘90s and rock ‘n’ roll was king.") == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('When asked about it, the star said, " I\'ve done that. I don\'t need to do it anymore."',
         "I've done that. I don't need to do it anymore."),
        ('The minister told reporters: " We will rebuild every home."', "We will rebuild every home."),
        # one that runs on past the sentence's end
        ('The star said, " I have done that many times before and I will do it again.',
         "I have done that many times before and I will do it again."),
    ],
)
def test_a_straight_mark_after_a_verb_of_saying_opens_whatever_space_follows_it(text: str, quoted: str) -> None:
    # not the narrative before it taken for the end of a quotation
    assert _quotes(text) == [quoted]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a quotation that ends on a verb of saying, its mark right after the comma
        ('"He was conveying what he knows and what he was told," his spokesperson told the paper.',
         "He was conveying what he knows and what he was told,"),
        # the speaker's own "I ... say, " before a spaced closing mark
        ('Mission accomplished. That\'s all I can say, " Arians said.', "Mission accomplished. That's all I can say, "),
        ('They asked him twice. I said no, I said, " the coach added.', "They asked him twice. I said no, I said, "),
        # a spaced closing mark after a quotation that ends on such a verb, its speaker after it
        ('"That is exactly what the minister said, " Smith told reporters on Monday.',
         "That is exactly what the minister said, "),
        ('"It is not what I was told, " he said.', "It is not what I was told, "),
        # the sentence begins inside the quotation: its speaker after the mark says it closed
        ('It was exactly what the minister said, " Smith told reporters on Monday.', "It was exactly what the minister said, "),
        # a quotation open at the mark: it closes, whatever follows
        ('"It is just what the officials said, " and nothing more came of it, the mayor added on Monday.',
         "It is just what the officials said, "),
    ],
)
def test_a_verb_of_saying_inside_a_quotation_does_not_open_another(text: str, quoted: str) -> None:
    assert _quotes(text) == [quoted]


def test_straight_quotes_open_and_close_by_the_spaces_around_them() -> None:
    # the sentence begins inside a quotation: the narrative between the two is not one
    text = 'I can\'t wait to get started, " he said. Moffat said casting him was an "incendiary combination".'
    assert _quotes(text) == ["I can't wait to get started, "]
    assert _quotes('He said: "We will fight on the beaches and never surrender') == [
        "We will fight on the beaches and never surrender"
    ]
    assert _quotes('"We talked about her faith and I wished her well, " Dorsey said.') == [
        "We talked about her faith and I wished her well, "
    ]


def test_a_stray_curly_mark_is_no_quotation() -> None:
    assert _quotes("After Echenique blocked a shot on Drake” s end, he turned a rebound into a three-point play.") == []
    assert _quotes('“We will win the war," he said.') == ["We will win the war,"]
    assert _quotes('He said: "we will win the war,” and left.') == ["we will win the war,"]
    # a partial quotation that runs on into the next sentence
    assert _quotes("Trump called the ruling “a disgrace to our whole nation.") == ["a disgrace to our whole nation."]
    assert _quotes("the fire “was started deliberately by someone, ” police said.") == ["was started deliberately by someone, "]


def test_a_quotation_closed_before_the_full_stop_that_ends_its_sentence() -> None:
    # British style puts the stop after the mark; the sentence before opened the quotation
    assert _quotes("It is being treated as potentially suspicious”.") == ["It is being treated as potentially suspicious"]
    assert _quotes("It is being treated as potentially suspicious”!") == ["It is being treated as potentially suspicious"]
    # a closing mark inside a sentence, after a word, is no end of a quotation
    assert _quotes("The so-called experts” advice was ignored by the board.") == []


def test_a_decimal_written_without_its_leading_zero() -> None:
    numbers = [(f.text, f.value) for f in extract_facts("His blood-alcohol level was .41, police said.")
               if f.kind.value == "number"]
    assert numbers == [(".41", "0.41")]


def test_a_number_word_before_a_scale_word_is_one_number() -> None:
    numbers = [(f.text, f.value, f.unit) for f in extract_facts("Some two hundred men and four million dollars.")
               if f.kind.value == "number"]
    assert numbers == [("two hundred", "200", "men"), ("four million", "4000000", "usd")]
    # a dozen scales too, and British usage adds the rest after "and"
    text = "Nearly two dozen people and one hundred and twenty-five troops were there."
    numbers = [(f.text, f.value, f.unit) for f in extract_facts(text) if f.kind.value == "number"]
    assert numbers == [("two dozen", "24", "people"), ("one hundred and twenty-five", "125", "troop")]
    # but not a rest that is itself scaled: "forty million" is not the rest of "two hundred"
    values = [f.value for f in extract_facts("It cost two hundred and forty million dollars.") if f.kind.value == "number"]
    assert "240" not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures fell to -5C overnight.", [("-5C", "-5", "°c")]),
        ("It was −5°C in Oslo and 41 °F in Boston.", [("−5°C", "-5", "°c"), ("41 °F", "41", "°f")]),
        ("It was 30 degrees Celsius, minus 20 degrees at night.",
         [("30 degrees Celsius", "30", "°c"), ("minus 20 degrees", "-20", "degree")]),
        ("They fought the fire in minus-20 degree temperatures.", [("minus-20 degree", "-20", "degree")]),
        ("Outside temperatures were minus 24 as firefighters battled.", [("minus 24", "-24", "")]),
        ("Highs of 41F are expected.", [("41F", "41", "°f")]),
        ("It plunged to 20 degrees below zero, and 15 below zero in Fargo.",
         [("20 degrees below zero", "-20", "degree"), ("15 below zero", "-15", "")]),
        ("It will feel like 30 below, forecasters said, 5 degrees below average.",
         [("30 below", "-30", ""), ("5 degrees", "5", "degree")]),
        # a letter after a number is a temperature only where the sentence speaks of the weather,
        # and not after a word that numbers a place ("intense heat", "high school": no weather)
        ("They live in Apartment 5C, above Grade 4F.", []),
        ("Firefighters battled intense heat to reach apartment 12F.", []),
        ("Freezing weather kept passengers at Gate 23C.", []),
        # a range's ends: the hyphen after a degree is no minus
        ("Highs of 20°-25°C are expected.", [("20°", "20", "degree"), ("25°C", "25", "°c")]),
        ("It was for minus 30 degrees, said the weather service.", [("minus 30 degrees", "-30", "degree")]),
        ("The temperature fell to 5°C.", [("5°C", "5", "°c")]),
        # "plus or minus" is a margin either way, "minus" elsewhere is "without"
        ("The poll has a margin of plus or minus 3 points.", [("3", "3", "point")]),
        ("Arsenal, minus 3 injured starters, lost at T-minus 10 minutes.", [("3", "3", "injured"), ("10", "10", "minute")]),
    ],
)
def test_temperatures_keep_their_sign_and_scale(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = extract_facts(text)
    assert [(f.text, f.value, f.unit) for f in facts if f.kind.value == "number"] == expected
    # the scale is no name ("°C", "Celsius")
    assert not [f for f in facts if f.kind.value == "name" and f.value in ("c", "f", "celsius")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orioles offered $140-150 million.", [("$140", "140000000", "usd"), ("150 million", "150000000", "usd")]),
        ("The Orioles offered $140- $150 million.", [("$140", "140000000", "usd"), ("$150 million", "150000000", "usd")]),
        ("It cost 2 to 3 billion euros, a 20-25% rise.",
         [("2", "2000000000", "eur"), ("3 billion", "3000000000", "eur"), ("20", "20", "%"), ("25%", "25", "%")]),
        ("He earns $21MM a year; the shell is 21mm wide.", [("$21MM", "21000000", "usd"), ("21mm", "21", "mm")]),
        # thousands grouped by a no-break or thin space, as SI and many European papers write them
        ("About 12\u00a0500 people fled 3\u202f000 km.", [("12\u00a0500", "12500", "people"), ("3\u202f000", "3000", "km")]),
        ("In 2019 200 people fled.", [("200", "200", "people")]),
        ("The Colts won 31-24 and went 58-3 from 1999-2003.", []),
        ("An offer between $140 and $150 million.",
         [("$140", "140000000", "usd"), ("$150 million", "150000000", "usd")]),
        ("He paid $5 and $10 million went to charity.", [("$5", "5", "usd"), ("$10 million", "10000000", "usd")]),
    ],
)
def test_a_range_of_amounts_gives_both_ends_with_its_scale(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "$140-150 million" used to give nothing at all ("$140- $150 million": "$140" alone);
    # a bare "31-24" is a score or a record, no range; "and" joins a range only after "between"
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tokenised corpora put a space after the grouping comma or the decimal point
        ("About 12, 000 people fled and $27. 5 million was pledged.",
         [("12, 000", "12000", "people"), ("$27. 5 million", "27500000", "usd")]),
        ("He averaged 11. 1 points in 1, 101 career games.", [("11. 1", "11.1", "point"), ("1, 101", "1101", "career")]),
        # a day after a month, a year and a time of day are no piece of a figure
        ("On June 5, 200 people left; in 2019, 300 more did.", [("200", "200", "people"), ("300", "300", "")]),
        ("By Sept. 11, 2001 and at 4: 49 pm, 7 were held.", [("7", "7", "")]),
        ("The 6 - foot - 8, 225 - pound forward scored.", [("6", "6", ""), ("8", "8", ""), ("225", "225", "pound")]),
    ],
)
def test_a_figure_a_tokeniser_split_is_one_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "12, 000 people" gave 12 (and "000" nothing), "$27. 5 million" gave $27 and 5 million
    assert _facts(text, "number", tokenised=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a source that writes its figures the usual way, a space parts two figures
        ("In Ward 7, 250 homes were flooded.", [("7", "7", ""), ("250", "250", "home")]),
        ("Boeing 737, 747 and 777 jets flew.", [("737", "737", ""), ("747", "747", ""), ("777", "777", "jet")]),
        ("The 6-foot-8, 225-pound forward signed.", [("225", "225", "pound")]),
    ],
)
def test_a_space_after_a_comma_parts_two_figures_where_the_source_is_not_tokenised(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _facts(text, "number") == expected


def test_a_source_is_tokenised_only_where_it_never_writes_a_figure_the_usual_way() -> None:
    assert writes_tokenised_figures("A 5. 9 magnitude quake left 12, 000 people homeless.")
    assert writes_tokenised_figures("The team - high 5. 2 yards a carry, a 25 - year - old said.")
    assert not writes_tokenised_figures("The bus crash killed 15. 12 of the victims were children.")
    assert not writes_tokenised_figures("A 5. 9 magnitude quake left 12,000 people homeless.")
    # a comma and three digits, and dashes, are no tokeniser's alone
    assert not writes_tokenised_figures("The river rose on Sunday - the second time - and in Ward 7, 250 homes flooded.")
    assert not writes_tokenised_figures("In Ward 7, 250 homes and in Ward 9, 300 homes flooded.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris Store Hit by $2.6 Million Jewelry Heist", [("$2.6 Million", "2600000", "usd")]),
        ("A 170,000-square-foot building and a 5-sq-km zone.", [("170,000", "170000", "sq feet"), ("5", "5", "sq km")]),
        ("The hearing ran 4 1 / 2 hours.", [("4 1 / 2", "4.5", "hour")]),
    ],
)
def test_a_figure_keeps_its_scale_and_unit_as_headlines_and_tokenisers_write_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # a capital "Million" was no scale, "square-foot" no unit, and "1 / 2" no half
    assert _facts(text, "number") == expected
    # and so they are where the source is tokenised
    assert _facts("A 15, 800 - square - metre building.", "number", tokenised=True) == [("15, 800", "15800", "sq metre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served two and a half years in prison.", [("two and a half", "2.5", "year")]),
        ("He served 2 1/2 years; the talks took 3½ hours.", [("2 1/2", "2.5", "year"), ("3½", "3.5", "hour")]),
        ("It took one and a half hours, a 7 1/2 percent rise.", [("one and a half", "1.5", "hour"), ("7 1/2", "7.5", "%")]),
        ("Half of the 40 people left; the $2 million and a half-day strike.", [("40", "40", "people"), ("$2 million", "2000000", "usd")]),
    ],
)
def test_a_whole_number_and_a_half_is_one_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "two and a half years" is not two of nothing: with the half it says how long
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Angels made an eight-year offer.", [("eight", "8", "year")]),
        ("a 24-hour strike and a 12-member jury", [("24", "24", "hour"), ("12", "12", "member")]),
        ("a seven-month review", [("seven", "7", "month")]),
        ("Twenty-five people died.", [("Twenty-five", "25", "people")]),
        ("a five-year-old boy and a 30-year-old man", [("five", "5", "age"), ("30", "30", "age")]),
    ],
)
def test_a_number_joined_to_what_it_counts_by_a_hyphen(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    "text",
    ["a one-time deal", "two-thirds of voters", "He won 3-1 in the final", "a 3-D film", "a 52-3 record",
     "a 5-to-1 vote", "the 2012-13 season", "three-quarters of them", "a zero-tolerance policy", "won 3-nil",
     "the 737-max jet", "a 2015-style law"],
)
def test_hyphens_that_join_no_count(text: str) -> None:
    assert _facts(text, "number") == []


def test_a_calendar_day_written_as_iso_8601() -> None:
    assert _facts("It happened on 2026-12-05 at noon.", "date") == [("2026-12-05", "2026-12-05", "date")]
    # not inside an address, and not a day the calendar does not have
    assert _facts("see example.com/2013-08-02/story and 2026-02-30", "date") == []


def test_a_clock_time_written_with_a_space_after_the_colon() -> None:
    # scraped and tokenised pages write "10: 30"; it stamps the page as "10:30" does
    assert _facts("Wednesday, 04 April 2012 10: 30", "date")[-1] == ("10: 30", "10:30", "time")


def test_a_time_in_four_digits_before_a_zone_is_no_year() -> None:
    # wire copy: "at 0600 GMT", "(1909 GMT)", "1400 hours GMT"
    assert _facts("It struck at 2:09 a.m. local time (1909 GMT).", "date") == [
        ("2:09 a.m.", "02:09", "time"), ("1909", "19:09", "time"),
    ]
    assert _facts("Clashes began at 0600 GMT and again at 1400 hours GMT.", "date") == [
        ("0600", "06:00", "time"), ("1400", "14:00", "time"),
    ]
    assert _facts("He was born in 1909 in Ghent.", "date") == [("1909", "1909", "year")]
    assert _facts("Flight BA1909 GMT left.", "date") == []


def test_a_hyphen_written_between_spaces_still_joins_a_count() -> None:
    # tokenised pages: "a ten - year offer", "a 16 - year - old"
    assert sorted(_facts("They made a ten - year offer to the 16 - year - old.", "number")) == [
        ("16", "16", "age"), ("ten", "10", "year"),
    ]


def test_an_age_written_year_old_with_a_space_is_an_age() -> None:
    # "55-year old", tokenised "55 - year old": an age, not a span of 55 years
    for text in ("The 55-year old actor was named.", "The 55 - year old Glasgow - born actor was named."):
        assert _facts(text, "number") == [("55", "55", "age")], text
    # a span of years before another word is no age
    assert _facts("A 30-year older leader took over.", "number") == [("30", "30", "year")]
    assert _facts("He signed a 10 - year deal.", "number") == [("10", "10", "year")]


def test_an_age_after_died_and_a_few_words() -> None:
    assert _facts("The mob boss died in prison at 73, and she died Friday at 86.", "number") == [
        ("73", "73", "age"), ("86", "86", "age"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currencies other papers write before the amount
        ("damage put at $US1 million", [("$US1 million", "1000000", "usd")]),
        ("A$5 million and HK$3bn", [("A$5 million", "5000000", "aud"), ("HK$3bn", "3000000000", "hkd")]),
        ("a fine of USD 5 million", [("USD 5 million", "5000000", "usd")]),
        ("paid US$7 and (US$8), not BUSD 9", [("US$7", "7", "usd"), ("US$8", "8", "usd"), ("9", "9", "")]),
        # a scale or a currency joined by a hyphen
        ("a 10 million-dollar deal", [("10 million-dollar", "10000000", "usd")]),
        ("a $2.6-million booty", [("$2.6-million", "2600000", "usd")]),
        ("a two-million-euro booty", [("two-million-euro", "2000000", "eur")]),
        ("a two - million - euro booty", [("two - million - euro", "2000000", "eur")]),
        # Indian scales and rupees
        ("Rs 500 crore and Rs. 1.5 lakh", [("Rs 500 crore", "5000000000", "inr"), ("Rs. 1.5 lakh", "150000", "inr")]),
        # a magnitude named before the figure is what it measures, as after it
        ("a magnitude 7.8 quake, a magnitude-6.1 one and a 7.8-magnitude one",
         [("7.8", "7.8", "magnitude"), ("6.1", "6.1", "magnitude"), ("7.8", "7.8", "magnitude")]),
        # a unit written without a space; "60m" is metres only where a distance is meant
        ("about 58km south-west", [("58km", "58", "km")]),
        ("driving at 100mph", [("100mph", "100", "mph")]),
        ("a 60m deep hole", [("60m", "60", "metre")]),
        ("He paid 5m.", [("5m", "5000000", "")]),
        ("The fish was 2.67m in length.", [("2.67m", "2.67", "metre")]),
        ("It can grow as long as 4m.", [("4m", "4", "metre")]),
        ("a hall of 50m by 50m holding food", [("50m", "50", "metre"), ("50m", "50", "metre")]),
        ("It bolted 100m downstream.", [("100m", "100", "metre")]),
        ("Sales rose 5m and 3.7m subscribers joined.", [("5m", "5000000", ""), ("3.7m", "3700000", "subscriber")]),
        ("Power was cut in 1.2m homes.", [("1.2m", "1200000", "home")]),
        ("Viewing figures dropped 2m to 6.1m.", [("2m", "2000000", ""), ("6.1m", "6100000", "")]),
        ("It drew 8m when it aired.", [("8m", "8000000", "")]),
        ("Unemployment could rise as high as 3m, the study said.", [("3m", "3000000", "")]),
        ("Deaths are now within 1m of the record.", [("1m", "1000000", "")]),
        ("Floods forced out 1.5m downstream residents.", [("1.5m", "1500000", "downstream")]),
        # a number word joined to a scale is a number only alone or with a currency
        ("a two-thousand-year-old city", []),
    ],
)
def test_amounts_as_news_writes_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Damage was estimated at $US1 million ($1.52 million).", [("$US1 million", "1000000", "usd")]),
        ("The fine was £2m ($2.6m).", [("£2m", "2000000", "gbp")]),
        # brackets that hold a figure of their own are no conversion
        ("Five people (three children) died.", [("Five", "5", "people"), ("three", "3", "children")]),
        ("They raised $10 million ($4 million from donors).",
         [("$10 million", "10000000", "usd"), ("$4 million", "4000000", "usd")]),
        ("It cost $5 million (in 2010), or $1 a head (3 a family).",
         [("$5 million", "5000000", "usd"), ("$1", "1", "usd"), ("3", "3", "")]),
    ],
)
def test_a_currency_conversion_in_brackets_is_no_figure_of_its_own(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(_facts(text, "number"), key=lambda f: text.index(f[0])) == expected


def test_a_distance_converted_in_brackets_keeps_its_unit_and_is_about() -> None:
    text = "The epicentre was 58km (about 36 miles) or seven kilometres (4 miles) away; it fell 60m from a ridge."
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=tuple(extract_facts(text)))
    numbers = [f for f in claim.facts if f.kind.value == "number"]
    assert [(f.text, f.value, f.unit) for f in numbers] == [
        ("58km", "58", "km"), ("36", "36", "mile"), ("seven", "7", "km"), ("4", "4", "mile"), ("60m", "60", "metre"),
    ]
    assert [number_bound(claim, f) for f in numbers] == ["=", "~", "=", "~", "="]
    # a bracket after a figure that is no distance holds a figure of its own
    text = "A 6.1 quake (10 km deep) struck."
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=tuple(extract_facts(text)))
    assert [number_bound(claim, f) for f in claim.facts if f.unit == "km"] == ["="]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 6 inches long, after 178 punches and 3 headaches.",
         [("6", "6", "inch"), ("178", "178", "punch"), ("3", "3", "headache")]),
        ("The ball flew 40 yards.", [("40", "40", "yard")]),
        ("The fire burned 500 square miles, or 3,000 sq km.", [("500", "500", "sq mile"), ("3,000", "3000", "sq km")]),
        ("It sank 12 nautical miles offshore.", [("12", "12", "nautical mile")]),
        ("Winds of 193 km/h, 200km/h and 75 miles per hour.",
         [("193", "193", "kph"), ("200km/h", "200", "kph"), ("75", "75", "mph")]),
        ("The baby weighed 10 pounds; the fine was 10 pounds.", [("10", "10", "lbs"), ("10", "10", "gbp")]),
        ("a 4.5 kg (10 pounds) bag", [("4.5", "4.5", "kg"), ("10", "10", "lbs")]),
        # "m" is metres where a conversion in feet says so, millions elsewhere
        ("a 200 m (656 ft) tower and 5m people", [("200 m", "200", "metre"), ("656", "656", "feet"),
                                                   ("5m", "5000000", "people")]),
        ("a 5 foot (1.5 m) fence", [("5", "5", "feet"), ("1.5 m", "1.5", "metre")]),
        ("a square 40 square", [("40", "40", "square")]),  # "square" before no unit of length: a word
        ("winds of 193km/hr", [("193km/hr", "193", "kph")]),
        # pounds are money unless a verb of weighing or a conversion to kilograms says otherwise
        ("It will sell for 799 pounds (5G model).", [("799", "799", "gbp")]),
        ("Police seized 2 kg (about 50,000 pounds worth) of cocaine.", [("2", "2", "kg"), ("50,000", "50000", "gbp")]),
        # "m" is millions where a bracket holds no length ("1 in 12" is no inch)
        ("Unemployment rose to 2.5m (1 in 12 workers).", [("2.5m", "2500000", ""), ("1", "1", ""),
                                                          ("12", "12", "worker")]),
        ("avalanches 3 avalanches, 4 beaches and 5 impasses", [("3", "3", "avalanche"), ("4", "4", "beach"),
                                                               ("5", "5", "impasse")]),
    ],
)
def test_units_of_two_words_plurals_in_es_and_units_a_conversion_tells(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See https://example.com/news/3-killed-in-blast?id=5 for 12 victims.", [("12", "12", "victim")]),
        # as a tokeniser spaces it, and the rest of one a segmenter cut off
        ("http: / / libcom. org / news / three - people - dead - 77 Three people died.", [("Three", "3", "people")]),
        ("com / article / 6351 / dies - in - prison - at - 77. html? pg=all Mob boss dies at 73",
         [("73", "73", "age")]),
        ("Read www.bbc.co.uk/news. 40 people fled.", [("40", "40", "people")]),  # the address ends at "news."
        ("According to www.cnn.com - 45 people died.", [("45", "45", "people")]),  # a written address ends at a space
        ("See www. bbc. co. uk / news. Forty people died.", [("Forty", "40", "people")]),  # a capital ends a spaced one
        ("WWW.EXAMPLE.COM/a-5-b said 7 people died.", [("7", "7", "people")]),
    ],
)
def test_a_figure_inside_a_web_address_is_no_figure_the_source_states(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words of a page's address name the page: no name the source states
        ("net / article / 263 - quake - injures - dozens - in - Indonesias - Aceh - province\n"
         "Quake injures dozens in Indonesia's Aceh province", ["Quake", "Indonesia", "Aceh"]),
        ("eg / NewsContent / 2 / World / quake - strikes - Indonesias - Aceh - USGS.", []),
        # an address ends with its line: the headline below it is the source's
        ("www. tmobile. com / 2013 / tmobile - confirms - q10 /\nMobile Confirms BlackBerry Q10 Sale",
         ["Mobile Confirms BlackBerry Q10 Sale"]),
    ],
)
def test_a_name_inside_a_web_address_is_no_name_the_source_states(text: str, expected: list[str]) -> None:
    assert [f.text for f in extract_facts(text) if f.kind.value == "name"] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Vincent "The Chin" Gigante, the mob boss, died in prison.', "vincent gigante"),
        ("Deputy Luis Gerardo (Jerry) Ortiz was shot outside an apartment.", "luis gerardo ortiz"),
        ("Officials said Joaquin “El Chapo” Guzman escaped again.", "joaquin guzman"),
    ],
)
def test_a_nickname_inside_a_name_leaves_the_name_whole(text: str, person: str) -> None:
    # the given name and the surname were two names ("Gigante" alone, "Vincent" lost)
    assert person in [f.value for f in extract_facts(text) if f.kind.value == "name"]


@pytest.mark.parametrize(
    ("text", "merged"),
    [
        ("The firm Apple (AAPL) Inc said on Monday it would pay.", "apple inc"),
        ("Maria Sharapova (Russia) Serena Williams met in the final.", "maria sharapova serena williams"),
        ("Hillary Clinton (D) Donald Trump debated.", "hillary clinton donald trump"),
        ('The star Tom Hanks "Cast Away" Director spoke.', "tom hanks director"),
        ("Sen. John Smith (R-Texas) Jones spoke.", "john smith jones"),
    ],
)
def test_words_in_brackets_or_quotes_between_two_names_are_no_nickname(text: str, merged: str) -> None:
    # a country, a party, a ticker, a film title: two names, not one with a nickname inside
    assert merged not in [f.value for f in extract_facts(text) if f.kind.value == "name"]


def test_a_month_a_comma_and_a_count_are_no_month_of_a_year() -> None:
    assert [f.value for f in extract_facts("In June, 2005, he left.") if f.unit == "year-month"] == ["2005-06"]
    assert not [f for f in extract_facts("In March, 2000 people marched in Cairo.") if f.unit == "year-month"]


def test_persons_and_people_are_one_unit() -> None:
    assert _facts("The quake killed 7 persons; 10 people were hurt.", "number") == [
        ("7", "7", "people"), ("10", "10", "people"),
    ]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spaced dash after a figure is a dash: the figure keeps what it was
        ("Shares fell $5 - analysts said", [("$5", "5", "usd")]),
        ("rose 5 percent - officials said", [("5 percent", "5", "%")]),
        ("toll rose to 15 - officials said", [("15", "15", "")]),
        ("a 1.5 - mile walk", [("1.5", "1.5", "mile")]),
        ("twenty-five thousand people", [("twenty-five thousand", "25000", "people")]),
        ("three hundred-year-old trees", [("three hundred", "300", "")]),
        ("a 10-percent rise", [("10", "10", "%")]),
        # "3: 45" is a time only when no word follows
        ("Day 3: 45 bodies were recovered", [("3", "3", ""), ("45", "45", "body")]),
        # "at N" after "died" is an age only across a few words that say when or where
        ("died after the bus crashed at 60 mph", [("60", "60", "mph")]),
        ("Two workers died in the blaze at 12 Elm Street", [("Two", "2", "worker"), ("12", "12", "elm")]),
    ],
)
def test_what_a_hyphen_or_colon_does_not_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(_facts(text, "number"), key=lambda f: text.index(f[0])) == expected


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in extract_facts(text) if f.kind.value == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname with its particle joined, or two particles
        ("Talks with Abdel Fattah el-Sisi went on.", [("Abdel Fattah el-Sisi", "abdel fattah sisi")]),
        ("He met Ursula von der Leyen there.", [("Ursula von der Leyen", "ursula von der leyen")]),
        ("Valéry Giscard d'Estaing spoke.", [("Valéry Giscard d'Estaing", "valery giscard d'estaing")]),
        # the article of a surname is left out of its normal form, not of a name it starts
        ("Bashar al-Assad spoke.", [("Bashar al-Assad", "bashar assad")]),
        ("He praised al-Qaeda fighters.", [("al-Qaeda", "al qaeda")]),
        # the words before a title name its office or place; the person is the rest
        ("Syrian President Bashar al-Assad spoke.", [("Syrian", "syrian"), ("President Bashar al-Assad", "bashar assad")]),
        ("Palmer Public Safety Director Jon Owen said so.",
         [("Palmer Public Safety", "palmer public safety"), ("Director Jon Owen", "jon owen")]),
        ("Saudi Crown Prince Mohammed bin Salman spoke.",
         [("Saudi", "saudi"), ("Crown Prince Mohammed bin Salman", "mohammed bin salman")]),
        ("He met Crown Prince Mohammed bin Salman.", [("Crown Prince Mohammed bin Salman", "mohammed bin salman")]),
        ("Syrian Foreign Minister Faisal Mekdad spoke.",
         [("Syrian", "syrian"), ("Foreign Minister Faisal Mekdad", "faisal mekdad")]),
        # a title with its office ("of State") or its "-elect" goes whole
        ("U.S. Secretary of State Antony Blinken spoke.",
         [("U.S. Secretary of State Antony Blinken", "antony blinken")]),
        ("He met Secretary of the Treasury Janet Yellen.", [("Secretary of the Treasury Janet Yellen", "janet yellen")]),
        ("He met President-elect Donald Trump.", [("President-elect Donald Trump", "donald trump")]),
        ("He met Secretary of State for Health and Social Care Wes Streeting.",
         [("Secretary of State for Health and Social Care Wes Streeting", "wes streeting")]),
        ("He met Speaker of the House Mike Johnson.", [("Speaker of the House Mike Johnson", "mike johnson")]),
        ("He met Chancellor of the Exchequer Rachel Reeves.", [("Chancellor of the Exchequer Rachel Reeves", "rachel reeves")]),
        # an office is one the list knows, and a person's name follows it
        ("President of Home Depot Ted Decker spoke.",
         [("President of Home Depot Ted Decker", "president of home depot ted decker")]),
        ("He met the Secretary of Defense.", [("Secretary of Defense", "secretary of defense")]),
        # the pronoun "I" opens no name; it ends one
        ("“I wanted to see how I felt,” McDermott said.", [("McDermott", "mcdermott")]),
        ("It was World War I, said I. M. Pei.", [("World War I", "world war i"), ("I. M. Pei", "i m pei")]),
        # nor does a number word that opens a sentence, in any case ("FIVE Britons", a tabloid's lede)
        ("Two Americans were killed.", [("Americans", "americans")]),
        ("FIVE Britons were hurt.", [("Britons", "britons")]),
        ("SEVENTEEN hours later the UN spoke of Three Mile Island.", [("UN", "un"), ("Three Mile Island", "3 mile island")]),
        ("Three Mile Island was closed.", [("Three Mile Island", "3 mile island")]),
        ("Today Show host Savannah Guthrie spoke.", [("Today Show", "today show"), ("Savannah Guthrie", "savannah guthrie")]),
        # a relative day that opens a sentence is no name
        ("Yesterday Foreign Minister Wang Yi spoke.", [("Foreign Minister Wang Yi", "wang yi")]),
        # a lowercase prefix is no particle of a name
        ("He backed the de-Baathification law.", []),
    ],
)
def test_names_as_international_news_writes_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Between 10 and 12 people died.", [">=", "<="]),
        ("Ten to 12 people died.", [">=", "<="]),
        # a hyphen joins a range's ends too, after a currency and with a scale after it
        ("It cost $140-150 million, a 20-25% rise.", [">=", "<=", ">=", "<="]),
        # a change is no range, nor a score, nor two figures side by side
        ("The toll rose from 10 to 12 people.", ["=", "="]),
        ("The toll rose from about 30 to 40 people.", ["~", "="]),
        ("The council voted 60 to 40.", ["=", "="]),
        ("He has sons aged 10 and 12.", ["=", "="]),
    ],
)
def test_the_ends_of_a_range_are_a_floor_and_a_ceiling(text: str, bounds: list[str]) -> None:
    claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=tuple(extract_facts(text)))
    assert [number_bound(claim, f) for f in claim.facts if f.kind.value == "number"] == bounds


def test_a_name_the_article_uses_is_a_name_even_as_the_first_word_of_a_claim() -> None:
    text = "The coach praised Hansbrough after the game. Hansbrough finished with 20 points. Finished, he left."
    assert source_name_words(text) == {"hansbrough"}
    # alone, a capitalised first word may be any word
    assert [f.value for f in extract_facts("Hansbrough finished with 20 points.") if f.kind.value == "name"] == []
    source = Source(id="a", text=text)
    claims = extract_claims(source, segment_source(source))
    names = [[f.value for f in c.facts if f.kind.value == "name"] for c in claims]
    assert names == [["hansbrough"], ["hansbrough"], []]


def test_a_first_word_with_an_age_between_commas_after_it_is_a_name() -> None:
    assert [f.value for f in extract_facts("Ortega, 35, had served fifteen years.") if f.kind.value == "name"] == [
        "ortega"
    ]
    assert [f.value for f in extract_facts("However, 35 people died.") if f.kind.value == "name"] == []


def test_words_the_article_also_writes_in_lowercase_are_no_names_it_uses() -> None:
    text = "Officers of the National Police arrived. The police said One Direction played. One of them left."
    words = source_name_words(text)
    assert "direction" in words and "police" not in words and "one" not in words



def test_words_a_title_case_headline_capitalises_by_style_are_no_names() -> None:
    text = (
        "Actress Esther Williams Dies at 91\n"
        "Fire Crews Battle Blaze at Northside Depot\n\n"
        "The actress Esther Williams dies at home, her family said. Crews from the National Fire"
        " Service fought the blaze at the depot; a fire engine from the service was damaged."
    )
    source = Source(id="a", text=text)
    names = {
        f.text for c in extract_claims(source, segment_source(source)) for f in c.facts if f.kind.value == "name"
    }
    assert "Esther Williams" in names and "Northside" in names
    # "Dies", "Actress", "Blaze", "Depot" are words the body writes in lowercase
    assert not {"Actress Esther Williams Dies", "Actress Esther Williams", "Fire Crews Battle Blaze"} & names
    assert "Northside Depot" not in names
    # a sentence is no headline: its capitals keep their meaning
    assert {f.text for f in extract_facts("The Actress Guild Dies Out, said Mr. Kim.", headline_words={"actress", "dies"})
            if f.kind.value == "name"} >= {"Actress Guild Dies Out"}


@pytest.mark.parametrize(
    ("slipped", "written", "body"),
    [
        ("National Policy Agency Says 12 Dead in Tokyo Fire", "National Police Agency Says 12 Dead in Tokyo Fire",
         "Twelve people died in a fire in Tokyo on Monday, police said."),
        ("Bill Gatse Steps Down From Microsoft Board", "Bill Gates Steps Down From Microsoft Board",
         "Mr. Gates said the bill would pass; the gates of the campus were closed on Monday."),
        ("President Bish Visits Flood Zone In Texas", "President Bush Visits Flood Zone In Texas",
         "George W. Bush spoke near the bush fires on Monday, officials said."),
    ],
)
def test_a_slip_in_a_headline_name_is_found_though_the_body_writes_its_word_in_lowercase(
    slipped: str, written: str, body: str
) -> None:
    from crosscheck import audit

    result = audit([Source(id="a", text=slipped + "\n\n" + body), Source(id="b", text=written + "\n\n" + body)])
    assert any(d.kind.value == "name-variant" for d in result.discrepancies)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The mayor, who was arrested on May 7 last year, goes on trial this week.", "2023-05-07"),
        ("The mayor, who was arrested on May 7, last year, goes on trial this week.", "2023-05-07"),
        ("The vote will be held on March 3 next year, officials said.", "2025-03-03"),
        ("The museum reopened on May 7 this year.", "2024-05-07"),
        ("The museum reopened on May 7, officials said.", "2024-05-07"),  # the day nearest publication
        ("The museum closed on February 29 last year.", "02-29"),  # no such day in 2023: as written
        # written with its year: as written, the year a fact of its own
        ("The museum reopened on May 20, 2013, officials said.", "05-20"),
        ("The museum reopened on 21 July 2013, officials said.", "07-21"),
        ("On May 20, 2013 Moore was hit by a tornado.", "05-20"),
        ("Storms hit the museum May 20-22, 2013, officials said.", "05-20"),
        ("Storms hit the museum from May 20 to 22, 2013, officials said.", "05-20"),
        ("Storms hit the museum on May 20 and 1,200 people fled.", "2024-05-20"),  # no range: a count
        ("The museum reopened on February 29, 2010, officials said.", "02-29"),
        ("On March 2, 2000 people marched to the museum.", "2024-03-02"),  # a count, no year
    ],
)
def test_a_day_of_a_month_is_in_the_year_the_words_after_it_name(text: str, day: str) -> None:
    days = [f for f in extract_facts(text, published=dt.date(2024, 5, 6)) if f.kind is FactKind.DATE and f.unit != "year"]
    assert days[0].value == day


@pytest.mark.parametrize(("other", "dates"), [("May 20, 2013", 0), ("May 20, 2012", 1)])
def test_a_full_date_is_the_same_day_whenever_its_sources_were_published(other: str, dates: int) -> None:
    import crosscheck

    result = crosscheck.audit([
        Source(id="a", text="The bridge over the river was opened on May 20, 2013, by the mayor of the town.",
               published=dt.date(2024, 5, 6)),
        Source(id="b", text="The mayor of the town opened the bridge over the river on May 20, 2013.",
               published=dt.date(2013, 5, 21)),
        Source(id="c", text=f"The bridge over the river was opened by the town's mayor on {other}.",
               published=dt.date(2013, 5, 22)),
    ])
    # a wrong year is one discrepancy, of the year, not a second one of 'May 20' against 'May 20'
    assert len([d for d in result.discrepancies if d.kind.value == "date"]) == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 people were killed and 25 were wounded.", [("12", "12", "people"), ("25", "25", "wounded")]),
        ("Three have been arrested since.", [("Three", "3", "arrested")]),
        ("Of these, 25 were seriously injured.", [("25", "25", "injured")]),
        # what the counted were, or a state no count's unit names, gives no unit
        ("Of these 25 were children.", [("25", "25", "")]),
        ("Of the 40 dead, 25 were in the market.", [("40", "40", "dead"), ("25", "25", "")]),
    ],
)
def test_a_bare_count_takes_what_became_of_those_counted_after_were(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # "25 were wounded" counts what "25 wounded" counts
    assert _facts(text, "number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 10-second runoff ended the game.", [("10", "10", "second")]),
        ("A 7 second clock runoff was instituted.", [("7", "7", "second")]),
        ("A 30 - second clip went viral.", [("30", "30", "second")]),
        ("He waited ten seconds.", [("ten", "10", "second")]),
        ("It was a ten-second delay.", [("ten", "10", "second")]),
        ("There was a 2.5-second gap.", [("2.5", "2.5", "second")]),
        ("There was a thirteen-second delay.", [("thirteen", "13", "second")]),
        ("It ran an eighty second spot.", [("eighty", "80", "second")]),
    ],
)
def test_second_after_a_count_is_a_time_not_the_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    # before, "10-second" gave only the ordinal "second" and "7 second" the unit "2th"
    assert _facts(text, "number") == expected
    assert _facts(text, "ordinal") == []


@pytest.mark.parametrize(
    "text",
    [
        "It was the second time he won.",
        "They traded two second round picks.",
        "He is the No. 3 second baseman.",
        "The Covid-19 second wave hit in autumn.",
        "The Covid-19-second wave hit in autumn.",
        "The 2019-second round pick left.",
        "He lives at 22 Second Street.",
        "He fell out in the 2019 second round.",
        "Ten second graders were hurt.",
        "Police said the ten second graders were safe.",
        "He finished a distant second in the race.",
    ],
)
def test_second_of_a_series_is_still_an_ordinal(text: str) -> None:
    # only a count joined by a hyphen, or after an article, makes "second" a time (a review)
    assert [value for _, value, _ in _facts(text, "ordinal")] == ["2"]
    assert all(unit != "second" for _, _, unit in _facts(text, "number"))


def test_home_runs_count_what_homers_count() -> None:
    assert _facts("He hit 13 home runs and 43 RBIs.", "number")[0] == ("13", "13", "homer")
    assert _facts("He hit 15 homers and 43 RBIs.", "number")[0] == ("15", "15", "homer")
    assert _facts("He hit 5 home-runs.", "number") == [("5", "5", "homer")]
    assert _facts("He was 13 at home.", "number") == [("13", "13", "")]
    assert _facts("He won 9 home run derbies.", "number") == [("9", "9", "home")]


def test_kids_cops_and_a_child_count_what_children_and_officers_do() -> None:
    assert _facts("She leaves seven grandkids.", "number") == [("seven", "7", "grandchildren")]
    assert _facts("She leaves two grandchildren.", "number") == [("two", "2", "grandchildren")]
    assert _facts("He has three kids.", "number") == [("three", "3", "children")]
    assert _facts("Four cops were hurt.", "number") == [("Four", "4", "officer")]
    assert _facts("Four officers were hurt.", "number") == [("Four", "4", "officer")]


def test_html_character_references_of_scraped_text_are_characters_not_figures() -> None:
    # "town&#8217;s": a number fact 8217, and a quote-wording discrepancy against "town’s"
    import crosscheck
    from crosscheck.quotations import quote_key

    scraped = '"We will rebuild the town&#8217;s bridge &amp; road," said Mayor Anna Lee on Tuesday.'
    typed = '"We will rebuild the town’s bridge & road," said Mayor Anna Lee on Tuesday.'
    assert [f.kind.value for f in extract_facts(scraped) if f.kind.value in ("number", "ordinal")] == []
    assert [f.text for f in extract_facts("It cost &#x24;40 and 12 people came.") if f.kind.value == "number"] == ["40", "12"]
    assert quote_key("town&#8217;s bridge &amp; road") == quote_key("town’s bridge & road")
    assert crosscheck.audit([scraped, typed]).discrepancies == ()


def test_a_passage_starts_on_a_whole_abbreviation_and_compares_as_its_letters() -> None:
    # 'S. special operations …' cut inside "U.S.", and "U.S." / "US" a wording of its own
    import crosscheck
    from crosscheck.quotations import quote_key

    assert quote_key("U.S. forces and the U.N. met at 6 p.m.") == quote_key("US forces and the UN met at 6 pm")
    audit = crosscheck.audit([
        "The Pentagon said after the strike on Monday that U.S. special operations forces using manned "
        "and drone aircraft had destroyed an encampment and a vehicle using several Hellfire missiles.",
        '"US special operations forces using manned and unmanned aircraft destroyed an encampment and a '
        'vehicle using several Hellfire missiles," he said.',
    ])
    (d,) = [d for d in audit.discrepancies if d.kind.value == "quote-wording"]
    assert d.variants[0].text.startswith("U.S. special operations")
    assert d.explanation.endswith("words that differ: unmanned / drone, had.")
