"""Source dependence: shared passages, shared quotations, wire credits, origins; and
independence in labels and majorities."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.attribution import find_attribution, find_credits, quotation_spans
from crosscheck.config import AuditConfig
from crosscheck.models import Label, Source
from crosscheck.pipeline import prepare_source
from crosscheck.provenance import find_provenance, find_shared_passages, source_profiles
from tests.rewrite import rewrite

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _seed_texts() -> list[tuple[str, str]]:
    assert SEEDS, "seeds/ holds no articles"
    return [(p.stem, p.read_text(encoding="utf-8")) for p in SEEDS]


# ------------------------------------------------------------------- rewritten copies


@pytest.mark.parametrize("index", range(5))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_lightly_rewritten_copy_is_found_dependent(index: int, seed: int) -> None:
    stem, text = _seed_texts()[index]
    copy = rewrite(text, seed=seed)
    assert copy != text
    sources = [Source(id="original", text=text), Source(id="reprint", text=copy)]
    provenance = find_provenance(sources)
    assert [o.sources for o in provenance.origins] == [("original", "reprint")], stem
    passages = [d for d in provenance.dependencies if d.kind == "shared-passage"]
    assert len(passages) == 1 and passages[0].counted and passages[0].score >= 50
    # the evidence points into both texts, and the two sides are near-identical
    texts = {s.id: s.text for s in sources}
    for p in passages[0].passages:
        assert p.words >= AuditConfig().min_passage_words or p.words > 0
        assert texts[p.a][p.a_start : p.a_end] and texts[p.b][p.b_start : p.b_end]
        assert p.similarity >= AuditConfig().passage_cutoff


def test_rewrite_is_seeded() -> None:
    text = _seed_texts()[0][1]
    assert rewrite(text, seed=7) == rewrite(text, seed=7)
    assert rewrite(text, seed=7) != rewrite(text, seed=8)


def test_reports_of_different_events_are_independent() -> None:
    texts = dict(_seed_texts())
    names = sorted(texts)
    # the forum article (different event) and the Korean-language-derived article share no passage
    provenance = find_provenance([Source(id=n, text=texts[n]) for n in (names[0], names[4])])
    assert len(provenance.origins) == 2
    assert not [d for d in provenance.dependencies if d.counted]


def test_quoting_the_same_statement_is_not_copying() -> None:
    statement = (
        "The two governments analysed the growing threat landscape, identified the main actors "
        "and agreed on the need for close cooperation to respond to these threats effectively"
    )
    a = Source(id="a", text=f'Officials met in Geneva on Monday. "{statement}," the ministry said in a release.')
    b = Source(id="b", text=f"According to the release issued after the talks,\n“{statement}.”\nNo date was set.")
    provenance = find_provenance([a, b])
    assert len(provenance.origins) == 2
    assert not [d for d in provenance.dependencies if d.counted]
    assert provenance.quotations and all(q.quoted for q in provenance.quotations)
    audit = crosscheck.audit([a, b])
    quoting = [c for c in audit.clusters if c.shared_quotation]
    assert quoting and "quote the same statement" in quoting[0].reason
    assert quoting[0].independent_sources == 2 and not quoting[0].dependent_only


def test_the_same_passage_unquoted_is_copying() -> None:
    passage = (
        "The two governments analysed the growing threat landscape, identified the main actors "
        "and agreed on the need for close cooperation to respond to these threats effectively"
    )
    a = Source(id="a", text=f"Officials met in Geneva on Monday. {passage}. No date was set for the next round.")
    b = Source(id="b", text=f"A meeting took place. {passage}, officials said afterwards.")
    provenance = find_provenance([a, b])
    assert [o.sources for o in provenance.origins] == [("a", "b")]
    (dependency,) = [d for d in provenance.dependencies if d.kind == "shared-passage"]
    assert dependency.counted and not provenance.quotations


def test_quotation_spans() -> None:
    text = "He said “we will act” and 'soon enough' and \"now\"; it’s Bob’s."
    assert [text[s:e] for s, e in quotation_spans(text)] == ["“we will act”", "'soon enough'", '"now"']


# --------------------------------------------------------------------------- credits


@pytest.mark.parametrize(
    ("text", "form", "key"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "dateline", "ap"),
        ("LONDON, Jan 5 (Reuters) - Shares fell sharply.", "dateline", "reuters"),
        ("BERLIN, March 3, 2024 (dpa) — Talks resumed.", "dateline", "dpa"),
        ("The talks ended late.\n(Agence Exemple)", "credit-line", "agence exemple"),
        ("The talks ended late. (Example News Agency)", "credit-line", "example"),
        ("The talks ended late.\n— AP", "dash-credit", "ap"),
        ("The talks ended late. -- Example Wire", "dash-credit", "example"),
        ("Photo: EXAMPLE News", "photo-credit", "example"),
        ("(Photo credit: Example Images)", "photo-credit", "example"),
        ("The mayor at the site, pictured on Monday. (Example)", "photo-credit", "example"),
        ("The talks ended late.\nBy REUTERS", "credit-line", "reuters"),
        ("The talks ended late.\nSource: Xinhua", "credit-line", "xinhua"),
    ],
)
def test_credits_are_found_by_their_form(text: str, form: str, key: str) -> None:
    credits = find_credits(Source(id="s", text=text))
    assert [(c.form, c.key) for c in credits] == [(form, key)]
    credit = credits[0]
    assert text[credit.start : credit.end] == credit.text
    assert credit.score == (40.0 if form == "photo-credit" else 100.0)


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the European External Action Service (EEAS) attended.",
        "- Advertisement -",
        "Latest News",
        "The vote was 52-48 (a narrow margin).",
        "He left - and never came back.",
        "Prices rose 5% (year on year).",
        "The talks ended late.\n(Updated)",
        "By John Smith",
        "The talks ended late. — Video",
        "Floods displaced thousands.\nSource: Provincial Disaster Management Authority",
        "By WEB DESK\nFloods displaced thousands.",
        "By NEWS DESK\nFloods displaced thousands.",
        "Floods displaced thousands.\n— The Editorial Board",
        "Floods displaced thousands.\n-- ENDS",
        "ANCHOR: Floods displaced thousands.\nMATOS (through translator): The situation is now stable.",
    ],
)
def test_ordinary_text_is_not_a_credit(text: str) -> None:
    assert find_credits(Source(id="s", text=text)) == ()


def test_sources_crediting_one_wire_are_one_origin() -> None:
    a = Source(id="a", text="PARIS, May 2 (Example Agency) — The bridge reopened after repairs.")
    b = Source(id="b", text="Traffic resumed over the river crossing on Friday.\n(EXAMPLE)")
    c = Source(id="c", text="Local shops welcomed the decision, their owners said.\nPhoto: Example")
    provenance = find_provenance([c, b, a])
    assert [o.sources for o in provenance.origins] == [("a", "b"), ("c",)]
    assert provenance.origins[0].agencies == ("Example Agency",)
    weak = [d for d in provenance.dependencies if d.source == "c"]
    assert weak and not weak[0].counted  # a photo credit credits the photo, not the words


# ------------------------------------------------------------- labels and majorities

_STORY = (
    "Rescue teams searched the flooded valley through the night after the river burst its banks "
    "near the old mill, and the regional governor asked the army for boats and helicopters."
)


def _number_corpus() -> list[Source]:
    wire = f"{_STORY}\nOfficials said 43 students were missing after the storm on Tuesday."
    copy = rewrite(wire, seed=3).replace("42", "43")
    return [
        Source(id="wire", text=wire),
        Source(id="reprint", text=copy),
        Source(id="local", text="The school board confirmed that 42 students were missing after Tuesday's storm."),
        Source(id="radio", text="According to the police, 42 students were missing after the storm on Tuesday."),
    ]


def test_majorities_count_origins_not_copies() -> None:
    audit = crosscheck.audit(_number_corpus())
    origin_of = audit.provenance.origin_of if audit.provenance else {}
    assert origin_of["reprint"] == origin_of["wire"]
    (d,) = [d for d in audit.discrepancies if d.kind.value == "number"]
    counts = {v.text: len({origin_of[s] for s in v.sources}) for v in d.variants}
    sources = {v.text: len(v.sources) for v in d.variants}
    assert sources == {"43": 2, "42": 2}  # a tie by sources...
    assert counts == {"43": 1, "42": 2}  # ...but not by origins
    assert d.majority is not None and d.variants[d.majority].text == "42"
    assert "Counted by independent origins" in d.explanation


def test_reordering_sources_changes_nothing() -> None:
    corpus = _number_corpus()
    one = crosscheck.audit(corpus)
    two = crosscheck.audit(list(reversed(corpus)))
    assert one.provenance == two.provenance
    assert one.to_dict()["dependencies"] == two.to_dict()["dependencies"]


def test_copies_alone_corroborate_as_dependent_only() -> None:
    wire = f"{_STORY}\nOfficials said 43 students were missing after the storm on Tuesday."
    audit = crosscheck.audit([Source(id="wire", text=wire), Source(id="reprint", text=rewrite(wire, seed=5))])
    corroborated = [c for c in audit.clusters if c.label is Label.CORROBORATED]
    assert corroborated
    for cluster in corroborated:
        assert cluster.dependent_only and cluster.independent_sources == 1
        assert cluster.reason.startswith("corroborated by dependent sources only")
    assert "corroborated by dependent sources only" in audit.to_markdown()
    data = audit.to_dict()
    assert data["summary"]["independent_origins"] == 1
    assert all(c["independent_sources"] == 1 for c in data["clusters"])


_WORDS = ["ministers", "agreed", "threat", "talks", "resume", "storm", "bridge", "council", "budget", "doctors",
          "vaccine", "workers", "strike", "museum", "auction", "drought", "farmers", "harbour", "voters"]
_SENTENCES = st.builds(
    lambda who, words, n: f"{who} said {n} {' '.join(words)}.",
    st.sampled_from(["Alice Moreau", "Jomo Kariuki", "Lena Fischer", "Ravi Menon"]),
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10),
    st.integers(min_value=2, max_value=999),
)


@st.composite
def _corpora(draw: st.DrawFn) -> list[Source]:
    pool = draw(st.lists(_SENTENCES, min_size=2, max_size=6))
    n = draw(st.integers(min_value=2, max_value=4))
    return [
        Source(id=f"src{i}", text=" ".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4))))
        for i in range(n)
    ]


@given(_corpora(), st.data())
def test_a_duplicated_source_adds_no_independent_support(sources: list[Source], data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(sources))
    before = crosscheck.audit(sources)
    after = crosscheck.audit([*sources, Source(id="zz-duplicate", text=original.text)])
    assert before.provenance is not None and after.provenance is not None
    origin_of = after.provenance.origin_of
    assert origin_of["zz-duplicate"] == origin_of[original.id]
    assert len(after.provenance.origins) == len(before.provenance.origins)
    for cluster in after.clusters:
        expected = {origin_of[s] for s in cluster.sources}
        assert cluster.independent_sources == len(expected)


# ------------------------------------------------------------------ the seed corpus


def test_seeds_the_wire_derived_articles_are_one_origin(seed_audit: crosscheck.Audit) -> None:
    provenance = seed_audit.provenance
    assert provenance is not None
    stems = [s for s, _ in _seed_texts()]
    groups = sorted(o.sources for o in provenance.origins)
    assert groups == [(stems[0],), (stems[1], stems[2], stems[3]), (stems[4],)]
    wire = [d for d in provenance.dependencies if d.kind == "wire-credit" and d.counted]
    assert {d.source for d in wire} == {stems[2]}
    assert any(c.key == "yonhap" for d in wire for c in d.credits)
    copied = {(d.source, d.depends_on) for d in provenance.dependencies if d.kind == "shared-passage" and d.counted}
    assert (stems[1], stems[2]) in copied and (stems[3], stems[2]) in copied
    # the press-release quotation the two share is a quotation, not copying
    assert any(
        {q.a, q.b} == {stems[1], stems[2]} and "cyberthreat landscape" in seed_audit.sources_by_id[q.a].text[q.a_start : q.a_end]
        for q in provenance.quotations
    )


def test_seeds_outlier_stands_out(seed_audit: crosscheck.Audit) -> None:
    profiles = source_profiles(seed_audit)
    outliers = [p.source for p in profiles if p.outlier]
    assert outliers == [_seed_texts()[0][0]]
    assert "Outlier:" in seed_audit.to_markdown()


def test_shared_passages_skip_page_furniture() -> None:
    furniture = "Follow us on Telegram, Facebook, LinkedIn, X.com and Google News for instant updates"
    a = prepare_source(Source(id="a", text=f"The bridge reopened on Friday.\n{furniture}"), AuditConfig())[0]
    b = prepare_source(Source(id="b", text=f"The mayor cut a ribbon downtown.\n{furniture}"), AuditConfig())[0]
    assert a.dropped and b.dropped
    assert find_shared_passages([a, b]) == []


@pytest.mark.parametrize(
    ("said_a", "said_b", "author"),
    [
        ("he said", "Lagadianos told reporters", "Lagadianos"),  # a name over a pronoun, whichever source
        ("Lagadianos told reporters", "he said", "Lagadianos"),
        ("he said", "she said", None),  # no one named: no author given
        ("he also said", "Lagadianos told reporters", "Lagadianos"),  # a pronoun with an adverb is one
        ("he also said", "police said", "police"),
        ("he also said", "she said", None),
        ("a government spokesman said", "Lagadianos told reporters", "Lagadianos"),  # a name over a description
        ("a government spokesman said", "he said", "a government spokesman"),
    ],
)
def test_shared_quotation_names_its_author_rather_than_a_pronoun(said_a: str, said_b: str, author: str | None) -> None:
    statement = "The sea was very rough and the ship was overloaded with passengers and their cars"
    a = Source(id="a", text=f'Eighteen people were still missing. "{statement}," {said_a}.')
    b = Source(id="b", text=f'Rescuers pulled survivors from the water.\n"{statement}," {said_b}.')
    assert [q.attribution for q in find_provenance([a, b]).quotations] == [author]


def test_shared_quotation_names_the_statements_author() -> None:
    statement = (
        "The two governments analysed the growing threat landscape, identified the main actors "
        "and agreed on the need for close cooperation to respond to these threats effectively"
    )
    a = Source(id="a", text=f'Officials met in Geneva on Monday. "{statement}," the ministry said in a release.')
    b = Source(id="b", text=f"The envoy spoke after the talks.\n“{statement},” said the ministry.")
    provenance = find_provenance([a, b])
    assert [q.attribution for q in provenance.quotations] == ["the ministry"]
    audit = crosscheck.audit([a, b])
    (cluster,) = [c for c in audit.clusters if c.shared_quotation]
    assert "they agree with the ministry" in cluster.reason
    assert "attributed to the ministry" in audit.to_markdown()


def test_origins_can_be_rebuilt_from_the_json_evidence(seed_audit: crosscheck.Audit) -> None:
    data = seed_audit.to_dict()
    cutoff = AuditConfig().dependence_cutoff
    parent = {s["id"]: s["id"] for s in data["sources"]}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for d in data["dependencies"]:
        assert d["counted"] == (d["score"] >= cutoff)
        if d["counted"]:
            other = d["depends_on"] if d["kind"] == "shared-passage" else "wire:" + d["depends_on"].casefold()
            parent.setdefault(other, other)
            a, b = find(d["source"]), find(other)
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for s in data["sources"]:
        groups.setdefault(find(s["id"]), []).append(s["id"])
    assert sorted(sorted(g) for g in groups.values()) == sorted(o["sources"] for o in data["origins"])


def test_copies_of_one_origin_quoting_a_statement_are_not_said_not_to_copy() -> None:
    wire = ('BERLIN (AP) — Germany approved a plan on Wednesday to cut greenhouse gas emissions by 65% by 2030.\n'
            '"This is the most ambitious climate package any German government has ever adopted," '
            'Economy Minister Robert Habeck told reporters.')
    result = crosscheck.audit([Source(id="ap", text=wire), Source(id="yahoo", text=wire)])
    assert all("not copying" not in c.reason and not c.shared_quotation for c in result.clusters)


def test_a_reworded_quotation_is_not_said_to_agree() -> None:
    result = crosscheck.audit([
        Source(id="a", text='"We will not back down in the face of these threats and we will protect our borders," '
                            "Prime Minister Petr Fiala said on Monday."),
        Source(id="b", text='"We will never back down in the face of these threats and we will defend our borders," '
                            "Czech Prime Minister Petr Fiala told reporters on Monday."),
    ])
    (cluster,) = [c for c in result.clusters if c.shared_quotation]
    assert "in different words (d1)" in cluster.reason and "they agree" not in cluster.reason


def test_the_speaker_named_is_a_name_whatever_the_sources_are_called() -> None:
    a = ("Portugal's prime minister visited the site of the warehouse fire in Setubal on Wednesday.\n"
         '"We will find out what happened here and those responsible will answer for it," he said after meeting families.')
    b = ("Prime Minister Luis Montenegro promised a full inquiry during a visit to Setubal.\n"
         '"We will find out what happened here and those responsible will answer for it," Montenegro said.')
    reasons = set()
    for ids in (("a", "b"), ("b", "a"), ("zeta", "alpha")):
        result = crosscheck.audit([Source(id=ids[0], text=a), Source(id=ids[1], text=b)])
        (cluster,) = [c for c in result.clusters if c.shared_quotation]
        reasons.add(cluster.reason.split("(attributed to ")[1].split(")")[0])
    assert reasons == {"Montenegro"}


def test_where_a_statement_was_made_is_not_who_made_it() -> None:
    text = 'A bus overturned.\nIn a statement the bus operator said: "Our thoughts are with the families."'
    start = text.index('"')
    assert find_attribution(text, start, len(text)) == "the bus operator"


def test_a_brief_that_is_the_wires_lede_word_for_word_is_a_copy() -> None:
    wire = ("ATHENS (Reuters) - A wildfire on the island of Evia forced the evacuation of six villages on Sunday, "
            "the fire brigade said.\nMore than 150 firefighters, backed by eight water-dropping aircraft, were "
            "battling the blaze, which was fanned by strong winds.")
    brief = ("Evia villages evacuated\nA wildfire on the island of Evia forced the evacuation of six villages on "
             "Sunday, the fire brigade said.")
    result = crosscheck.audit([Source(id="reuters", text=wire), Source(id="brief", text=brief)])
    assert [o.sources for o in result.provenance.origins] == [("brief", "reuters")]
    own_words = brief.replace("A wildfire on the island of Evia forced", "Fire on Evia made officials order")
    result = crosscheck.audit([Source(id="reuters", text=wire), Source(id="brief", text=own_words)])
    assert len(result.provenance.origins) == 2


def test_a_quotation_hard_wrapped_over_lines_is_one_quotation() -> None:
    text = "He said: “first line of a quote\nthat is wrapped and ends here.” Then more."
    assert [text[s:e] for s, e in quotation_spans(text)] == ["“first line of a quote\nthat is wrapped and ends here.”"]
    paragraphs = "He said: “first paragraph of a long quote\n“second paragraph ends here.”"
    assert [paragraphs[s:e] for s, e in quotation_spans(paragraphs)] == [
        "“first paragraph of a long quote", "“second paragraph ends here.”",
    ]


def test_a_plural_possessive_inside_a_single_quoted_statement_does_not_end_it() -> None:
    text = "The operator said: ‘Our thoughts are with the passengers’ families at this time.’"
    assert [text[s:e] for s, e in quotation_spans(text)] == [
        "‘Our thoughts are with the passengers’ families at this time.’",
    ]


def test_quoting_one_statement_in_hard_wrapped_texts_is_not_copying() -> None:
    import textwrap

    statement = ("We have lost four colleagues today and our thoughts are with their families. We will cooperate "
                 "fully with every investigation into what went wrong at the warehouse, and we have suspended all "
                 "deliveries of solvents to the site until the inspectors have finished their work")
    a = (f"A fire at a chemical warehouse in Setubal killed four workers on Tuesday. The owner said in a "
         f'statement: "{statement}." The company did not say what caused the blaze.')
    b = (f"Tagus Chem, which owns the depot where four people died in Tuesday's fire, said: \"{statement}.\" "
         "Firefighters remained at the scene overnight.")
    result = crosscheck.audit([Source(id="a", text=textwrap.fill(a, 70)), Source(id="b", text=textwrap.fill(b, 70))])
    assert len(result.provenance.origins) == 2


def test_an_apostrophe_does_not_carry_a_single_quotation_over_lines() -> None:
    text = ("Smith, who ran the plant in the ‘90s, left the firm’s board\nand the company’s staff said\n"
            "the group’s plans were\nfine.")
    assert quotation_spans(text) == [(32, 59)]



def test_a_german_quotation_hard_wrapped_stays_whole() -> None:
    text = "Der Minister sagte: „Wir werden die Stadt\nwieder aufbauen“, und ging."
    assert [text[s:e] for s, e in quotation_spans(text)] == ["„Wir werden die Stadt\nwieder aufbauen“"]
