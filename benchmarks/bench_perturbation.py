"""Perturbation benchmark: inject known errors into real news and see whether audit finds them.

For every ECB+ same-event cluster (``../shared/eval/ecbplus/``; nobody here wrote it) one
document is chosen at random and given several controlled errors, each about a detail
that at least one *other* document of the cluster also states (otherwise no
cross-check could notice; for numbers and dates, "states" means writes the same token
next to the same word, "46 KOs" in both, not merely a "two" somewhere):

* ``name-variant``: one letter of a name word changed, wherever the document writes it;
* ``name-conflict``: a person's surname (a person by ECB+'s gold annotation) replaced by
  another annotated person's surname, everywhere in the document;
* ``number``: a number changed;
* ``date``: a date changed (day of the month, weekday or year);
* ``quote-wording``: a word of a quotation replaced.

The injector picks its targets with its own plain regular expressions and a seeded
random generator; it never calls crosscheck. A perturbation is *found* when a
discrepancy of its kind has one variant that contains the injected text and is written
by the perturbed document, and another variant written by another document, or written
by none that gives the original value (the calendar's weekday for a date: "Thursday (the
calendar)" against "Monday, March 14, 2013"); for a quotation: a variant that is the
altered quotation or one of its sentences and matches the altered wording better than
the original.

Also printed: discrepancies reported on the *unperturbed* clusters (alarms, to inspect
by hand with ``--dump``), and the median audit time of clean and perturbed clusters.
Real news differs between outlets, so many of those alarms are real: reviewers read the
articles and labelled each alarm real or false; ``clean_alarm_labels.tsv`` keeps the
labels (a hash of cluster, kind and variants, never the text), and the benchmark
prints the false alarms per clean cluster, with the alarms no reviewer has seen yet
(a change that reports new ones leaves them unlabelled until someone looks).

Run: ``python benchmarks/bench_perturbation.py [--seeds 0 1 2] [--dump alarms.txt]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import statistics
import string
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import EVAL, ecbplus_clusters

import crosscheck
from crosscheck.models import Audit, Discrepancy, Source

KINDS = ("name-variant", "name-conflict", "number", "date", "quote-wording")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
_NAME_RE = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){1,2}\b")
_NUMBER_RE = re.compile(
    r"(?<![\w.,$/:-])(?<!: )(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:-]|[.,]\d)"
    r"|\b(" + "|".join(_NUMBER_WORDS) + r")\b"
)
_DATE_RE = re.compile(
    r"\b(?:" + "|".join(_MONTHS) + r")\s(?P<d1>[12]?\d|3[01])\b"
    r"|\b(?P<d2>[12]?\d|3[01])\s(?:" + "|".join(_MONTHS) + r")\b"
    r"|\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\b"
    r"|(?<![\w$.,])(?P<year>19[5-9]\d|20[0-2]\d)(?![\w])"
)
_QUOTE_RE = re.compile(r"“([^“”]+)”")


@attrs.frozen
class Injection:
    kind: str
    document: str
    original: str
    injected: str


def _given_names() -> set[str]:
    path = EVAL / "names" / "english_given_name_nicknames.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as handle:
        return {row["name1"].lower() for row in csv.DictReader(handle)}


def gold_people(doc_id: str) -> set[str]:
    """Personal names in one ECB+ document, from its gold HUMAN_PART_PER mentions.

    Only mentions of two or more capitalised words are names ("Tara Reid"; not "her"
    or "the actress"). The gold annotation, not crosscheck, says who is a person.
    """
    topic = doc_id.split("_", 1)[0]
    path = EVAL / "ecbplus" / "ECB+" / topic / f"{doc_id}.xml"
    if not path.exists():
        return set()
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): (t.text or "") for t in root.iter("token")}
    names = set()
    for mention in root.iter("HUMAN_PART_PER"):
        words = [tokens.get(a.get("t_id"), "") for a in mention.iter("token_anchor")]
        if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            names.add(" ".join(words))
    return names


def _others(sources: Sequence[Source], target: Source) -> str:
    return "\n".join(s.text for s in sources if s.id != target.id)


def _slip(word: str, rng: random.Random) -> str:
    position = rng.randrange(1, len(word))
    letters = [c for c in string.ascii_lowercase if c != word[position].lower()]
    return word[:position] + rng.choice(letters) + word[position + 1 :]


def _replace_word(text: str, old: str, new: str) -> str:
    return re.sub(r"\b" + re.escape(old) + r"\b", new, text)


def inject_name_slip(target: Source, others: str, rng: random.Random) -> tuple[str, Injection] | None:
    shared = sorted({m.group() for m in _NAME_RE.finditer(target.text) if m.group() in others})
    words = sorted({w for name in shared for w in name.split() if len(w) >= 5})
    if not words:
        return None
    word = rng.choice(words)
    new = _slip(word, rng)
    if re.search(r"\b" + re.escape(new) + r"\b", target.text + others):
        return None
    return _replace_word(target.text, word, new), Injection("name-variant", target.id, word, new)


_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV", "Minister", "President", "Secretary"}


def _surname(name: str) -> str | None:
    """The surname of a gold name as a plain word: "Lohan's" is Lohan; "Jr" and titles are none."""
    last = re.sub(r"['’]s?$", "", name.split()[-1])
    if last in _NAME_SUFFIXES or not re.fullmatch(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*", last):
        return None
    return last


def inject_surname(
    target: Source, others: str, rng: random.Random, given: set[str], surnames: Sequence[str]
) -> tuple[str, Injection] | None:
    people = sorted(n for n in gold_people(target.id) if n in target.text and n in others)
    if not people:
        return None
    person = rng.choice(people)
    surname = _surname(person)
    if surname is None:
        return None
    choices = [s for s in surnames if s != surname and s not in target.text and s not in others]
    if not choices:
        return None
    new = rng.choice(choices)
    return _replace_word(target.text, surname, new), Injection("name-conflict", target.id, surname, new)


def _stated_alike(text: str, match: re.Match[str], others: str) -> bool:
    """Whether another document writes the same token next to the same word.

    That is what "the other documents state this detail too" means here: "46 KOs" in
    two documents, not a "two" anywhere. A token inside URL debris ("2013 / 08 /")
    is no stated detail.
    """
    token = match.group()
    before = re.search(r"([A-Za-z]{2,})\W{0,2}$", text[: match.start()])
    after = re.match(r"\W{0,2}([A-Za-z]{2,})", text[match.end() :])
    if re.search(r"/\s?$", text[: match.start()]) or re.match(r"\s?/", text[match.end() :]):
        return False
    patterns = []
    if before:
        patterns.append(r"\b" + re.escape(before.group(1)) + r"\W{0,2}" + re.escape(token) + r"\b")
    if after:
        patterns.append(r"\b" + re.escape(token) + r"\W{0,2}" + re.escape(after.group(1)) + r"\b")
    return any(re.search(p, others, re.IGNORECASE) for p in patterns)


_MONTH_WORD = r"\b(?:" + "|".join(m for m in _MONTHS) + "|" + "|".join(m[:3] for m in _MONTHS) + r"|Sept)\b\.?"
_MONTH_BEFORE_RE = re.compile(_MONTH_WORD + r"\s$", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?\s" + _MONTH_WORD + r"(?!\w)", re.IGNORECASE)
_SPLIT_FIGURE_BEFORE_RE = re.compile(r"\d[.,]\s$")
_SPLIT_FIGURE_AFTER_RE = re.compile(r"^[.,]\s\d")
_CLOCK_AFTER_RE = re.compile(r"^\s?(?:[ap]\.?\s?m\b\.?|o['\u2019]clock\b)", re.IGNORECASE)


def _part_of_date_or_figure(text: str, match: re.Match[str]) -> bool:
    """Whether a number token is the day of a date ("Nov. 12", "27 July") or a piece of a
    figure that ECB+'s tokeniser split ("2. 5 million", "300, 000"): changing it would
    change a date, or a figure the injector does not see whole."""
    before = text[max(0, match.start() - 12) : match.start()]
    after = text[match.end() : match.end() + 14]
    return bool(
        _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after)
        or _SPLIT_FIGURE_BEFORE_RE.search(before) or _SPLIT_FIGURE_AFTER_RE.match(after)
    )


def inject_number(target: Source, others: str, rng: random.Random) -> tuple[str, Injection] | None:
    candidates = []
    for match in _NUMBER_RE.finditer(target.text):
        token = match.group()
        if (
            _stated_alike(target.text, match, others) and not _DATE_RE.fullmatch(token)
            and not _part_of_date_or_figure(target.text, match)
        ):
            candidates.append(match)
    if not candidates:
        return None
    match = rng.choice(candidates)
    token = match.group()
    if token.isalpha():
        new = rng.choice([w for w in _NUMBER_WORDS if w != token])
    else:
        value = int(token.replace(",", ""))
        delta = rng.randint(1, max(2, value // 2))
        new_value = value + delta if rng.random() < 0.5 or value - delta <= 0 else value - delta
        new = f"{new_value:,}" if "," in token else str(new_value)
    text = target.text[: match.start()] + new + target.text[match.end() :]
    # the hour of a clock time ("around 7 p.m.", "11 a. m.") is a time of day: a change to it
    # is a date discrepancy, counted as one (chosen as a number, so the seeded draws stay as they were)
    kind = "date" if _CLOCK_AFTER_RE.match(target.text[match.end() :]) else "number"
    return text, Injection(kind, target.id, token, new)


_STAMP_RE = re.compile(
    r"\b(?:updated|published|posted|edited|last modified)\b|\b\d{1,2}\s?:\s?\d{2}\b", re.IGNORECASE
)
_STAMP_REACH = 40


def _publication_stamp(text: str, match: re.Match[str]) -> bool:
    """Whether a date is the page's own stamp rather than a claim about the event: in the
    paragraph that opens with the page's address (ECB+ keeps the address, the headline and
    the publication date there, each a line of its own), or near "Updated", "Posted" or a clock time. Articles
    published on different days are not in conflict, so such a date is no detail to change."""
    if "\n\n" not in text[: match.start()] and text.startswith("http"):
        return True
    near = text[max(0, match.start() - _STAMP_REACH) : match.end() + _STAMP_REACH]
    return bool(_STAMP_RE.search(near))


def inject_date(target: Source, others: str, rng: random.Random) -> tuple[str, Injection] | None:
    candidates = [
        m for m in _DATE_RE.finditer(target.text)
        if _stated_alike(target.text, m, others) and not _publication_stamp(target.text, m)
    ]
    if not candidates:
        return None
    match = rng.choice(candidates)
    token = match.group()
    if match.group("wd"):
        new = rng.choice([w for w in _WEEKDAYS if w != token])
    elif match.group("year"):
        new = str(int(token) + rng.choice([-2, -1, 1, 2]))
    else:
        group = "d1" if match.group("d1") else "d2"
        day = int(match.group(group))
        new_day = rng.choice([d for d in range(1, 29) if d != day and abs(d - day) <= 5])
        start, end = match.span(group)
        new = token[: start - match.start()] + str(new_day) + token[end - match.start() :]
    text = target.text[: match.start()] + new + target.text[match.end() :]
    return text, Injection("date", target.id, token, new)


def inject_quote(target: Source, others: str, rng: random.Random) -> tuple[str, Injection] | None:
    candidates = [
        m for m in _QUOTE_RE.finditer(target.text)
        if len(m.group(1).split()) >= 5 and fuzz.partial_ratio(m.group(1), others) >= 90
    ]
    if not candidates:
        return None
    match = rng.choice(candidates)
    quote = match.group(1)
    words = list(re.finditer(r"[A-Za-z]{4,}", quote))
    if not words:
        return None
    word = rng.choice(words)
    pool = sorted({w for w in re.findall(r"\b[a-z]{4,}\b", others) if w != word.group().lower()})
    new_word = rng.choice(pool)
    new_quote = quote[: word.start()] + new_word + quote[word.end() :]
    text = target.text[: match.start(1)] + new_quote + target.text[match.end(1) :]
    return text, Injection("quote-wording", target.id, quote, new_quote)


def perturb(
    sources: Sequence[Source], rng: random.Random, given: set[str], surnames: Sequence[str]
) -> tuple[list[Source], list[Injection]]:
    """Inject one error of each kind (where a target exists) into one random document."""
    order = list(sources)
    rng.shuffle(order)
    for target in order:
        others = _others(sources, target)
        text = target.text
        injections: list[Injection] = []
        for kind in KINDS:
            current = attrs.evolve(target, text=text)
            if kind == "name-variant":
                result = inject_name_slip(current, others, rng)
            elif kind == "name-conflict":
                result = inject_surname(current, others, rng, given, surnames)
            elif kind == "number":
                result = inject_number(current, others, rng)
            elif kind == "date":
                result = inject_date(current, others, rng)
            else:
                result = inject_quote(current, others, rng)
            if result is not None:
                text, injection = result
                injections.append(injection)
        if len(injections) >= 2:
            changed = [attrs.evolve(s, text=text) if s.id == target.id else s for s in sources]
            return changed, injections
    return list(sources), []


def is_found(audit: Audit, injection: Injection) -> bool:
    for d in audit.discrepancies:
        if d.kind.value != injection.kind:
            continue
        hit = [
            v for v in d.variants
            if injection.document in v.sources and _contains(v.text, injection)
        ]
        rest = [
            v for v in d.variants
            if v not in hit and (set(v.sources) - {injection.document} or not v.sources and _contains_original(v.text, injection))
        ]
        if hit and rest:
            return True
    return False


def _contains(text: str, injection: Injection) -> bool:
    if injection.kind == "quote-wording":
        # the variant is (a sentence of) the altered quotation, and it shows the
        # alteration: it matches the altered wording better than the original one
        # (a quotation that runs over several sentences may be reported sentence by sentence)
        text = text.strip(" ,.“”\"")
        altered = fuzz.partial_ratio(text, injection.injected)
        return altered >= 90 and altered > fuzz.partial_ratio(text, injection.original)
    return injection.injected.lower() in text.lower()


def _contains_original(text: str, injection: Injection) -> bool:
    """Whether a variant no source writes is the original value (a reference such as the
    calendar: "Thursday (the calendar)")."""
    return injection.kind != "quote-wording" and re.match(
        re.escape(injection.original) + r"\b", text, re.IGNORECASE
    ) is not None


LABELS = Path(__file__).resolve().parent / "clean_alarm_labels.tsv"


def alarm_key(cluster_id: str, discrepancy: Discrepancy) -> str:
    """A stable name for one alarm: the cluster, the kind, and the variants with their sources."""
    parts = [cluster_id, discrepancy.kind.value] + sorted(
        f"{v.text}\x1f{','.join(sorted(v.sources))}" for v in discrepancy.variants
    )
    return hashlib.sha1("\x1e".join(parts).encode()).hexdigest()[:16]


def read_labels(path: Path = LABELS) -> dict[str, str]:
    """``alarm key -> "real" | "false"`` from the reviewers' file (``key, kind, label`` a line)."""
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _kind, label = line.split("\t")[:3]
            labels[key] = label
    return labels


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters")
    parser.add_argument("--dump", type=Path, default=None, help="write clean-cluster alarms here")
    args = parser.parse_args(argv)

    clusters = ecbplus_clusters()
    if clusters is None:
        print("ECB+ not found under ../shared/eval/ecbplus/; nothing to measure.")
        return 0
    data = list(clusters)[: args.limit]
    if args.dump:
        args.dump.write_text("", encoding="utf-8")
    given = _given_names()
    surnames = sorted({
        surname for _, sources in data for s in sources for n in gold_people(s.id)
        if (surname := _surname(n)) is not None
    })

    clean_times, alarms = [], []
    alarm_kinds: Counter[str] = Counter()
    alarm_severity: Counter[str] = Counter()
    labels = read_labels()
    judged: Counter[tuple[str, str]] = Counter()  # (kind, "real" | "false" | "unlabelled")
    for cluster_id, sources in data:
        started = time.perf_counter()
        result = crosscheck.audit(sources)
        clean_times.append(time.perf_counter() - started)
        alarms.append(len(result.discrepancies))
        for d in result.discrepancies:
            alarm_kinds[d.kind.value] += 1
            alarm_severity[d.severity] += 1
            judged[(d.kind.value, labels.get(alarm_key(cluster_id, d), "unlabelled"))] += 1
        if args.dump:
            with args.dump.open("a", encoding="utf-8") as out:
                for d in result.discrepancies:
                    variants = " | ".join(f"{v.text!r} {list(v.sources)}" for v in d.variants)
                    key = alarm_key(cluster_id, d)
                    out.write(f"{cluster_id}\t{d.kind.value}\t{d.severity}\t{variants}"
                              f"\t{key}\t{labels.get(key, 'unlabelled')}\n")

    injected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    perturbed_times = []
    per_cluster = []
    for seed in args.seeds:
        for cluster_id, sources in data:
            rng = random.Random(f"{seed}:{cluster_id}")
            changed, injections = perturb(sources, rng, given, surnames)
            if not injections:
                continue
            per_cluster.append(len(injections))
            started = time.perf_counter()
            result = crosscheck.audit(changed)
            perturbed_times.append(time.perf_counter() - started)
            for injection in injections:
                injected[injection.kind] += 1
                if is_found(result, injection):
                    found[injection.kind] += 1
                elif args.dump:
                    with args.dump.open("a", encoding="utf-8") as out:
                        out.write(f"MISSED {cluster_id}\t{injection}\n")

    print(f"ECB+ clusters: {len(data)}; seeds: {args.seeds}")
    print(f"perturbed clusters: {len(per_cluster)}, perturbations per cluster: "
          f"median {statistics.median(per_cluster) if per_cluster else 0}")
    print("recall per kind (found with the right variants / injected), target >= 0.9:")
    for kind in KINDS:
        recall = found[kind] / injected[kind] if injected[kind] else float("nan")
        print(f"  {kind:14s} {found[kind]:4d} / {injected[kind]:4d} = {recall:.3f}"
              f"  {'ok' if recall >= 0.9 else 'BELOW TARGET'}")
    total = sum(alarms)
    per = total / len(data) if data else 0.0
    print(f"clean clusters: {len(data)}, discrepancies reported: {total}, per clean cluster: {per:.2f}"
          f"  (target <= 1: {'ok' if per <= 1 else 'ABOVE TARGET'})")
    print("  by kind: " + ", ".join(f"{k} {c}" for k, c in sorted(alarm_kinds.items())))
    print("  by severity: " + ", ".join(f"{k} {c}" for k, c in sorted(alarm_severity.items())))
    graded = total - alarm_kinds["unsupported-quote"]
    print(f"  without unsupported-quote notes: {graded}, per clean cluster: {graded / max(1, len(data)):.2f}")
    if labels:
        print("  labelled by reviewers who read the articles (real / false / not yet labelled):")
        for kind in sorted(alarm_kinds):
            print(f"    {kind:17s} {judged[(kind, 'real')]:4d} / {judged[(kind, 'false')]:4d} / "
                  f"{judged[(kind, 'unlabelled')]:4d}")
        false = sum(n for (_, label), n in judged.items() if label == "false")
        unlabelled = sum(n for (_, label), n in judged.items() if label == "unlabelled")
        print(f"  false alarms per clean cluster: {false / max(1, len(data)):.2f}"
              f" (target <= 1: {'ok' if false / max(1, len(data)) <= 1 else 'ABOVE TARGET'})"
              f"; unlabelled: {unlabelled}, at most {(false + unlabelled) / max(1, len(data)):.2f} per cluster")
    clean_median = statistics.median(clean_times)
    perturbed_median = statistics.median(perturbed_times) if perturbed_times else float("nan")
    print(f"audit time per cluster, median: clean {clean_median * 1000:.0f} ms (baseline), "
          f"perturbed {perturbed_median * 1000:.0f} ms, ratio {perturbed_median / clean_median:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
