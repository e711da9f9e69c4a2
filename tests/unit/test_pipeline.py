"""The audit leaves the interpreter as it found it; helper processes change nothing but speed."""

from __future__ import annotations

import concurrent.futures
import gc
import itertools
import json
import multiprocessing
import os
import pickle
import time
from collections.abc import Mapping
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import attrs
import pytest

import crosscheck
from crosscheck import pipeline
from crosscheck.config import AuditConfig
from crosscheck.errors import InputError, SkippedInputWarning
from crosscheck.models import Source


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_as_it_was_after_an_audit_and_its_document(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        result = crosscheck.audit(["Officials met in Seoul on Tuesday.", "Officials met in Seoul on Friday."])
        assert gc.isenabled() is enabled
        result.to_dict()
        assert gc.isenabled() is enabled
        with pytest.raises(InputError):
            crosscheck.audit(["Only one source here."])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# ------------------------------------------------------------------------ helper processes

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="helpers are forked"
)


def _as_json(result: crosscheck.Audit) -> str:
    return json.dumps(result.to_dict(), sort_keys=True)


@needs_fork
def test_helpers_give_the_audit_of_one_process(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = crosscheck.load_sources(seeds_dir)
    alone = crosscheck.audit(corpus, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    assert pipeline._helper_count(corpus.sources, 3) == 2
    calls: list[tuple[str, int, int]] = []
    helped = crosscheck.audit(corpus, workers=3, progress=lambda *a: calls.append(a))
    assert _as_json(helped) == _as_json(alone)
    prepare = [(done, total) for stage, done, total in calls if stage == "prepare"]
    assert prepare[0] == (0, len(corpus.sources)) and prepare[-1] == (len(corpus.sources),) * 2


class _BrokenPool:
    """A pool that starts, then fails every task (as a helper that died would)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def submit(self, *args: object) -> concurrent.futures.Future[object]:
        future: concurrent.futures.Future[object] = concurrent.futures.Future()
        future.set_exception(BrokenProcessPool("a helper died"))
        return future

    def shutdown(self, **kwargs: object) -> None:
        pass


class _ClosedPool(_BrokenPool):
    def submit(self, *args: object) -> concurrent.futures.Future[object]:
        raise RuntimeError("cannot schedule new futures after shutdown")


@needs_fork
@pytest.mark.parametrize("pool", [_BrokenPool, _ClosedPool])
def test_work_a_helper_fails_is_done_here(
    pool: type, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = crosscheck.load_sources(seeds_dir)
    alone = crosscheck.audit(corpus, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline.concurrent.futures, "ProcessPoolExecutor", pool)
    assert _as_json(crosscheck.audit(corpus, workers=2)) == _as_json(alone)


class _HungPool(_BrokenPool):
    """A pool whose helpers never answer (as one deadlocked after fork would)."""

    def submit(self, *args: object) -> concurrent.futures.Future[object]:
        return concurrent.futures.Future()


@needs_fork
def test_a_helper_that_never_answers_is_given_up_on(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = crosscheck.load_sources(seeds_dir)
    alone = crosscheck.audit(corpus, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "HELPER_PATIENCE", 0.01)
    monkeypatch.setattr(pipeline.concurrent.futures, "ProcessPoolExecutor", _HungPool)
    assert _as_json(crosscheck.audit(corpus, workers=2)) == _as_json(alone)


def _slow_prepare(*args: object) -> object:
    time.sleep(60)
    raise AssertionError("the helper should have been stopped")


class _Interrupted(Exception):
    pass


@needs_fork
def test_an_interrupted_audit_leaves_no_helper_running(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C in a notebook while the helpers prepare sources: the helper busy with a run of
    # them is stopped and reaped, not left working (or defunct) after the audit has gone
    corpus = crosscheck.load_sources(seeds_dir)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "_prepare_span", _slow_prepare)
    calls: list[str] = []

    def interrupt(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if len(calls) == 3:  # the helper has its runs by now, this process its first
            raise _Interrupted

    before = set(multiprocessing.active_children())  # another test's, still being reaped
    started = time.monotonic()
    with pytest.raises(_Interrupted):
        crosscheck.audit(corpus, workers=2, progress=interrupt)
    # stopped at once (the helper would sleep a minute): a busy machine may take a moment to reap it
    while set(multiprocessing.active_children()) - before and time.monotonic() - started < 10:
        time.sleep(0.05)
    assert set(multiprocessing.active_children()) - before == set()


def test_small_audits_and_one_worker_need_no_helper() -> None:
    sources = [crosscheck.Source(id=str(n), text="Officials met in Seoul on Tuesday.") for n in range(4)]
    assert pipeline._helper_count(sources, None) == 0
    assert pipeline._helper_count(sources, 1) == 0
    with pytest.raises(ValueError, match="workers"):
        crosscheck.audit(["Officials met in Seoul on Tuesday.", "Officials met in Seoul on Friday."], workers=0)


@pytest.mark.parametrize("parts", [2, 3, 5])
def test_spans_cover_the_sources_in_order(parts: int) -> None:
    sources = [crosscheck.Source(id=str(n), text="word " * (n % 7 + 1)) for n in range(23)]
    spans = pipeline._spans(sources, parts)
    assert len(spans) == parts
    assert spans[0][0] == 0 and spans[-1][1] == len(sources)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(start <= end for start, end in spans)


@needs_fork
@pytest.mark.parametrize("failure", ["raise", "die"])
def test_a_forked_check_that_fails_is_done_here(
    failure: str, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = crosscheck.load_sources(seeds_dir)
    alone = crosscheck.audit(corpus, workers=1)
    parent = os.getpid()
    check_claims = pipeline.check_claims

    def failing(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:  # only in the forked process
            if failure == "die":
                os._exit(1)
            raise MemoryError("no room in the helper")
        return check_claims(*args, **kwargs)

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "check_claims", failing)
    assert _as_json(crosscheck.audit(corpus, workers=2)) == _as_json(alone)
    assert _as_json(crosscheck.audit(corpus, workers=3)) == _as_json(alone)


@needs_fork
def test_a_forked_check_that_never_answers_is_given_up_on(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = crosscheck.load_sources(seeds_dir)
    alone = crosscheck.audit(corpus, workers=1)
    parent = os.getpid()
    check_claims = pipeline.check_claims

    def hanging(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            time.sleep(60)
        return check_claims(*args, **kwargs)

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "HELPER_PATIENCE", 0.01)
    monkeypatch.setattr(pipeline, "check_claims", hanging)
    assert _as_json(crosscheck.audit(corpus, workers=2)) == _as_json(alone)


# ------------------------------------------------------------------ many audits at once


def _audit_json(corpus: crosscheck.Corpus, workers: int | None) -> str:
    return _as_json(crosscheck.audit(corpus, workers=workers))


@needs_fork
def test_an_audit_in_a_daemonic_worker_runs_without_helpers(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # process pools and distributed engines run each task in a worker process that may
    # not start processes of its own (multiprocessing.Pool's are daemonic): the audit
    # then does its helpers' work itself
    corpus = crosscheck.load_sources(seeds_dir)
    alone = _audit_json(corpus, 1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(_audit_json, (corpus, 2)).get(timeout=120) == alone


def test_a_corpus_and_its_audit_travel_between_processes(seeds_dir: Path) -> None:
    # what a process pool or a distributed engine sends and receives: pickled, unchanged
    corpus = crosscheck.load_sources(seeds_dir)
    result = crosscheck.audit(corpus, workers=1)
    assert pickle.loads(pickle.dumps(corpus)) == corpus
    travelled = pickle.loads(pickle.dumps(result))
    assert travelled == result
    assert travelled.to_markdown() == result.to_markdown()


def test_settings_from_numpy_are_taken_as_python_numbers() -> None:
    # a grid search's values (np.arange, np.linspace) are numpy numbers: taken as the
    # numbers they stand for, so the config equals, hashes and serialises as one by hand
    import numpy as np

    config = AuditConfig(
        same_claim_cutoff=np.float32(60.5), min_claim_words=np.int64(4), max_source_chars=np.int32(9000)
    )
    by_hand = AuditConfig(same_claim_cutoff=60.5, min_claim_words=4, max_source_chars=9000)
    assert config == by_hand and hash(config) == hash(by_hand)
    assert type(config.same_claim_cutoff) is float and type(config.min_claim_words) is int
    assert json.dumps(attrs.asdict(config)) == json.dumps(attrs.asdict(by_hand))
    assert type(attrs.evolve(config, link_cutoff=np.int64(30)).link_cutoff) is int
    assert type(AuditConfig(same_claim_cutoff=np.float64(60.5)).same_claim_cutoff) is float  # a float subclass
    for wrong in ({"min_claim_words": np.float64(2.5)}, {"same_claim_cutoff": np.bool_(True)},
                  {"same_claim_cutoff": np.float64("nan")}):
        with pytest.raises(TypeError, match="must be"):
            AuditConfig(**wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "settings",
    [{"shingle_words": 2.5}, {"shingle_words": 10**30}, {"min_claim_words": "3"},
     {"same_claim_cutoff": True}, {"same_claim_cutoff": float("nan")}, {"max_source_chars": 1.5},
     {"slip_min_length": float("inf")}],
)
def test_a_setting_of_the_wrong_kind_is_refused_when_made(settings: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError), match=r"AuditConfig|must be"):
        AuditConfig(**settings)  # type: ignore[arg-type]


def test_a_dict_is_no_config() -> None:
    with pytest.raises(TypeError, match="must be an AuditConfig"):
        crosscheck.audit(["Officials met in Seoul on Tuesday.", "Officials met in Seoul on Monday."],
                         config={"same_claim_cutoff": 50})  # type: ignore[arg-type]


def test_sources_given_as_objects_keep_their_ids_or_are_refused() -> None:
    with pytest.raises(InputError, match="share the id 'a'"):
        crosscheck.audit([Source(id="a", text="Officials met in Seoul on Tuesday."),
                          Source(id="a", text="Officials met in Seoul on Monday.")])


def test_texts_and_sources_pass_the_checks_a_file_passes() -> None:
    story = "Officials from Chile and Peru met in Valparaiso on Tuesday to discuss fishing quotas."
    with pytest.warns(SkippedInputWarning):
        result = crosscheck.audit(
            [story, Source(id="b", text=story.replace("Tuesday", "Friday")), Source(id="empty", text="  \n"),
             Source(id="long", text=story * 3), story * 3],
            config=AuditConfig(max_source_chars=120),
        )
    assert [s.id for s in result.sources] == ["text-1", "b"]
    assert sorted(s.path for s in result.skipped) == ["empty", "long", "text-2"]
    assert all(("no text" in s.reason) or ("max_source_chars=120" in s.reason) for s in result.skipped)


def test_a_date_at_the_end_of_the_calendar_is_left_as_written() -> None:
    import datetime as dt

    for published in (dt.date(9999, 12, 31), dt.date(1, 1, 1)):
        result = crosscheck.audit([
            Source(id="a", text="Officials said 43 students will arrive tomorrow in Seoul.", published=published),
            Source(id="b", text="Officials said 42 students arrive yesterday in Seoul, on Tuesday.", published=published),
        ], workers=1)
        assert {s.id for s in result.sources} == {"a", "b"}


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("# Ferry sinks off Lesbos", "Ferry sinks off Lesbos"),
        ("## Ferry sinks off Lesbos ##", "Ferry sinks off Lesbos"),
        ("Ferry sinks off Lesbos", "Ferry sinks off Lesbos"),
    ],
)
def test_a_headline_gives_the_source_its_title_without_markdown_marks(headline: str, title: str) -> None:
    text = f"{headline}\n\nA ferry carrying 212 passengers sank off Lesbos on Tuesday, the coast guard said.\n"
    result = crosscheck.audit([Source(id="a", text=text), Source(id="b", text="A ferry sank off Lesbos on Tuesday.")])
    assert result.sources_by_id["a"].title == title
    (headline_claim,) = [c for c in result.claims if c.source == "a" and c.kind.value == "headline"]
    assert headline_claim.text == headline  # the claim keeps the text as written


def _audit(texts: Mapping[str, str]) -> crosscheck.Audit:
    """The audit of one source a text, each by its id."""
    return crosscheck.audit([Source(id=k, text=v) for k, v in texts.items()])


def _sides_of(audit: crosscheck.Audit, value: str) -> list[dict[str, tuple[str, ...]]]:
    """Each discrepancy that has ``value`` as a variant, as variant text -> its sources."""
    return [{v.text: v.sources for v in d.variants} for d in audit.discrepancies if value in {v.text for v in d.variants}]


def test_a_count_of_the_wounded_after_were_is_set_against_the_others() -> None:
    # "25 were wounded" against "20 wounded": before, the bare 25 had no unit and the
    # sentences were labelled corroborated
    texts = {
        "a": "Local official Miabek Lang said at least 12 people had been killed and 20 wounded.",
        "b": "The raid killed 12 people and wounded 20, according to the county commissioner, Miabek Lang.",
        "c": "Miabek Lang, the county commissioner, said 12 people were killed and 25 were wounded in the bombing.",
    }
    audit = _audit(texts)
    found = [
        {v.text: v.sources for v in d.variants} for d in audit.discrepancies if d.kind.value == "number"
    ]
    assert any(variants.get("25") == ("c",) and "20" in variants for variants in found)


def test_a_transposed_sum_is_found_in_sentences_worded_apart() -> None:
    # "about $334 million" is written to the unit: "$343 million" is no rounding of it
    texts = {
        "a": "AMD said on Wednesday it would acquire SeaMicro, a maker of low-power servers, for about $334 million. "
             "AMD shares rose 4.5 percent to $7.26 in after-hours trading.",
        "b": "Advanced Micro Devices announced on Wednesday that it has agreed to buy SeaMicro for $334 million. "
             "AMD's stock gained 4.5 percent in extended trading.",
        "c": "AMD on Wednesday agreed to pay $343 million for SeaMicro, a start-up that makes energy-efficient servers. "
             "Shares of AMD jumped 5.4 percent after the announcement.",
    }
    audit = _audit(texts)
    found = {
        tuple(sorted((v.text, v.sources) for v in d.variants)) for d in audit.discrepancies if d.kind.value == "number"
    }
    assert (("$334 million", ("a", "b")), ("$343 million", ("c",))) in found


_CONVICTED = {
    "a": "Whitcombe, 58, was convicted in March on three counts of bribery and one count of money laundering. "
         "Judge Harriet Okafor also ordered him to pay a fine of $1.25 million.",
    "b": "The 58-year-old was found guilty in March on three counts of bribery and a count of money laundering, "
         "and Judge Harriet Okafor fined him $1.25 million.",
    "c": "Whitcombe, 85, was convicted in March on four counts of bribery and one count of money laundering. "
         "Judge Harriet Okafor also fined him $1.52 million.",
}


@pytest.mark.parametrize(
    ("b", "sides_with_a"),
    [
        # the claim of the cluster that gives the value sides with it, though the pair of it
        # and the other value's claim was not found to differ
        (_CONVICTED["b"], True),
        # not where it gives both values, nor where it gives two ages
        (_CONVICTED["b"].replace("The 58-year-old was", "The 58-year-old and his 85-year-old co-defendant were"), False),
        (_CONVICTED["b"].replace("The 58-year-old was", "The 58-year-old and his 30-year-old co-defendant were"), False),
    ],
)
def test_a_claim_of_the_cluster_that_gives_a_value_sides_with_it(b: str, sides_with_a: bool) -> None:
    texts = {**_CONVICTED, "b": b}
    audit = _audit(texts)
    (age,) = [d for d in audit.discrepancies if {v.text for v in d.variants} == {"58", "85"}]
    sides = {v.text: v.sources for v in age.variants}
    assert sides["85"] == ("c",)
    assert sides["58"] == (("a", "b") if sides_with_a else ("a",))


def test_a_source_that_gives_the_other_value_does_not_side_with_the_value_too() -> None:
    # c says 85, and 58 in a sentence repeating it: it is the source of one side only
    c = _CONVICTED["c"] + " Whitcombe, who is 58, was convicted in March on three counts of bribery and one count of money laundering."
    audit = _audit({**_CONVICTED, "c": c})
    (age,) = [d for d in audit.discrepancies if {v.text for v in d.variants} == {"58", "85"}]
    assert {v.text: v.sources for v in age.variants} == {"58": ("a", "b"), "85": ("c",)}


_FERRY = {
    "a": "A ferry capsized in the Meghna river on Sunday, killing at least 48 people, police said. "
         "Rescuers pulled 112 survivors from the water and 30 people were still missing, official Mohammad Hasan said.",
    "b": "At least 48 people died when a ferry capsized on the Meghna river on Sunday. "
         "Officials said 112 people had been rescued, while 30 were still unaccounted for, according to official Mohammad Hasan.",
    "c": "A ferry capsized on the Meghna river on Sunday, killing 84 people, police said. "
         "Mohammad Hasan, an official, said 121 survivors had been pulled from the river and 13 people were still missing.",
}


def test_a_toll_far_above_the_others_floor_is_told_with_its_two_readings() -> None:
    audit = _audit(_FERRY)
    (toll,) = [d for d in audit.discrepancies if "84" in {v.text for v in d.variants}]
    assert {v.text: v.sources for v in toll.variants} == {"48": ("a", "b"), "84": ("c",)}
    assert toll.severity == "medium" and "a count that rose between reports" in toll.explanation


def test_the_rescued_are_no_value_of_the_missing() -> None:
    # "112 people had been rescued" is not set against "30 people were still missing"
    audit = _audit(_FERRY)
    missing = [d for d in audit.discrepancies if "13" in {v.text for v in d.variants}]
    assert missing and all("112" not in {v.text for v in d.variants} for d in missing)


@pytest.mark.parametrize(
    ("texts", "value", "lone_side"),
    [
        # another person's age, named or a relative's
        ({"a": "Whitcombe, 58, was convicted of fraud on Tuesday by a jury in Leeds.",
          "b": "Whitcombe, 85, was convicted of fraud on Tuesday by a jury in Leeds.",
          "c": "His co-defendant, Martin Hale, 58, was acquitted of fraud by the jury in Leeds on Tuesday."}, "58", ("a",)),
        ({"a": "Whitcombe, 58, was convicted of fraud on Tuesday by a jury in Leeds.",
          "b": "Whitcombe, 85, was convicted of fraud on Tuesday by a jury in Leeds.",
          "c": "Whitcombe was convicted of fraud on Tuesday by a jury in Leeds after hearing from his 58-year-old partner."},
         "58", ("a",)),
        # the age of one something was done to by the person the others give an age of
        ({"a": "Police said Whitcombe, 58, shot his neighbour in Leeds on Sunday.",
          "b": "Police said Whitcombe, 85, shot his neighbour in Leeds on Sunday.",
          "c": "Police said a 58-year-old was shot by Whitcombe in Leeds on Sunday."}, "58", ("a",)),
        # another event on the day; a sum demanded, not paid
        ({"a": "The climate summit in Bonn opened on Tuesday with a call for faster emissions cuts, the UN said.",
          "b": "The climate summit in Bonn opened on Wednesday with a call for faster emissions cuts, the UN said.",
          "c": "Delegates arrived in Bonn on Tuesday for the climate summit, where the UN called for faster emissions cuts."},
         "Tuesday", ("a",)),
        ({"a": "The hackers demanded $5 million from the hospital in Dallas, the FBI said on Friday.",
          "b": "The hackers demanded $3 million from the hospital in Dallas, the FBI said on Friday.",
          "c": "The FBI said on Friday the Dallas hospital had paid the hackers $3 million."}, "$3 million", ("b",)),
    ],
)
def test_a_claim_of_the_cluster_sides_with_a_value_only_as_the_same_detail(
    texts: dict[str, str], value: str, lone_side: tuple[str, ...]
) -> None:
    # a reviewer's cases: the third claim's figure is of another person, event or act
    audit = _audit(texts)
    sides = _sides_of(audit, value)
    assert sides and all(side[value] == lone_side for side in sides)


_GLOBEX = "Globex reported quarterly {} on Thursday, beating analysts' estimates."


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # what a sum is, said right beside it: a revenue and a profit are two details
        (_GLOBEX.format("revenue of $12.5 billion"), _GLOBEX.format("profit of $2.1 billion"), False),
        (_GLOBEX.format("revenue of $12.5 billion"), _GLOBEX.format("revenue of $21.5 billion"), True),
        ("The chief executive received a salary of $1.5 million last year, the company said.",
         "The chief executive received a bonus of $3 million last year, the company said.", False),
        ("The city council approved a $4.5 billion budget on Tuesday after weeks of debate.",
         "The city council on Tuesday closed a $300 million budget shortfall after weeks of debate.", False),
        ("The measure passed with 62 percent of the vote, election officials said on Wednesday.",
         "Turnout reached 48 percent, election officials said on Wednesday, as the measure passed easily.", False),
        # a rate and a total
        ("Under the deal, Microsoft will pay $95 a share in cash for Activision Blizzard, the companies said.",
         "Microsoft will pay $68.7 billion in cash for Activision Blizzard, the companies said.", False),
        ("Under the deal, Microsoft will pay $95 a share in cash for Activision Blizzard, the companies said.",
         "Under the deal, Microsoft will pay $59 a share in cash for Activision Blizzard, the companies said.", True),
    ],
)
def test_sums_said_to_be_different_things_are_two_details(a: str, b: str, differ: bool) -> None:
    audit = crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b)])
    assert bool([d for d in audit.discrepancies if d.kind.value == "number"]) is differ


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one thing called by two words, or a sign that flips: a conflict still (a review's cases)
        ("Intel posted a quarterly profit of $1.6 billion on Thursday as chip demand recovered.",
         "Intel posted a quarterly loss of $6.1 billion on Thursday as chip demand recovered."),
        ("Berkshire Hathaway bought a 20 percent stake in the Japanese trading house, the company said on Monday.",
         "Berkshire Hathaway bought a 25 percent interest in the Japanese trading house, the company said on Monday."),
        ("The city of Chicago sold a $500 million bond issue on Tuesday to refinance its pension obligations.",
         "The city of Chicago sold $5 billion of debt on Tuesday to refinance its pension obligations."),
        ("Congress approved a budget of $25 billion for NASA on Friday after a long debate.",
         "Congress approved funding of $52 billion for NASA on Friday after a long debate."),
        # "a year ago" is no rate
        ("Chelsea paid $20 million a year ago to sign the striker from Benfica, the club confirmed.",
         "Chelsea paid $2 million last year to sign the striker from Benfica, the club confirmed."),
    ],
)
def test_one_sum_called_two_ways_is_still_set_against_the_other(a: str, b: str) -> None:
    audit = crosscheck.audit([Source(id="a", text=a), Source(id="b", text=b)])
    assert [d for d in audit.discrepancies if d.kind.value == "number"]


def test_people_on_board_do_not_side_with_the_dead() -> None:
    texts = {
        "a": "The bus plunged into a ravine near Shimla on Sunday, killing 13 people, police said.",
        "b": "The bus plunged into a ravine near Shimla on Sunday, killing 30 people, police said.",
        "c": "The bus, which was carrying 30 people, plunged into a ravine near Shimla on Sunday, police said.",
    }
    audit = _audit(texts)
    sides = _sides_of(audit, "13")
    assert sides and all(side.get("30") == ("b",) for side in sides)


def test_a_floor_far_below_two_other_figures_is_told_as_such() -> None:
    texts = {
        "a": "The earthquake in central Turkey on Monday killed at least 48 people, officials said.",
        "b": "The earthquake in central Turkey on Monday killed 184 people, officials said.",
        "c": "The earthquake in central Turkey on Monday killed nearly 190 people, officials said.",
    }
    audit = _audit(texts)
    (toll,) = [d for d in audit.discrepancies if "48" in {v.text for v in d.variants}]
    assert toll.severity == "medium" and "a count that rose between reports" in toll.explanation


def test_what_became_of_those_counted_keys_a_count_before_or_after_it() -> None:
    # "wounding 14" / "fourteen wounded" / "wounded 41": one detail, whichever side the word is
    texts = {
        "a": "A gunman opened fire at a warehouse in Hesston on Thursday, killing three people and wounding 14, officials said.",
        "b": "Three people were killed and fourteen wounded when a gunman opened fire at the Hesston plant on Thursday evening.",
        "c": "A gunman killed three people and wounded 41 at a lawn mower plant in Hesston on Thursday, police said.",
    }
    audit = _audit(texts)
    found = _sides_of(audit, "41")
    assert found and found[0]["41"] == ("c",) and set(found[0]["14"]) == {"a", "b"}


def test_an_audit_and_a_source_print_in_a_few_words_not_whole_articles() -> None:
    long = "Police said 42 people died on Tuesday in Leeds, officials said. " * 200
    result = crosscheck.audit(["Police said 43 people died on Tuesday in Leeds, officials said.", long])
    assert repr(result) == "<Audit of 2 sources: 201 claims in 1 cluster, 1 discrepancy>"  # the long one's 200 sentences: one claim, 199 repeats
    shown = repr(result.sources[1])
    assert len(shown) < 300 and shown.startswith("Source(id='text-2', text='Police said 42 people died")


def test_a_corpus_loaded_under_one_limit_is_audited_under_the_configs() -> None:
    from crosscheck.ingest import load_sources

    short = "Police said 43 people died on Tuesday in Leeds, officials said."
    long = "Police said 42 people died on Tuesday in Leeds, officials said. " * 40
    corpus = load_sources([short, short.replace("43", "44"), long])
    with pytest.warns(SkippedInputWarning, match="text-3: 2,560 characters is more than this audit reads"):
        result = crosscheck.audit(corpus, config=AuditConfig(max_source_chars=1000))
    assert [s.id for s in result.sources] == ["text-1", "text-2"] and [s.path for s in result.skipped] == ["text-3"]


def test_workers_given_as_text_is_refused_saying_it_was_text() -> None:
    with pytest.raises(ValueError, match=r"not '2'"):
        crosscheck.audit(["Police said 43 people died.", "Police said 42 people died."], workers="2")  # type: ignore[arg-type]
