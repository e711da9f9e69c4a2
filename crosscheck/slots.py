"""Fact slots: which facts of different sources state the same detail.

Two claims can be aligned and still hold numbers about different things ("43 students"
and "15 bodies"), and the sentence that holds a changed number may align poorly with
the sentences that hold the right one. So numbers, dates and personal names are
compared by *slot*: two facts of different sources occupy the same slot when the words
around them (up to four content words on each side, weighed by rarity like the
aligner weighs words) mostly agree, and, for numbers, they count the same thing.

Facts linked this way form slots across the corpus; a slot whose sources give
different values is a discrepancy, its variants are the values, and the majority is
the value most sources give. A source that itself gives two values in one slot shows
that the slot holds two things (a toll that rose, a second defendant), so such a slot
is left alone.
"""

from __future__ import annotations

import array
import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence, Set

import attrs

from crosscheck._text import content_tokens, iter_words, word_classes
from crosscheck.dates import comparable_values
from crosscheck.figures import MONEY_OR_SHARE, far_above_floor, is_rate, number_bound, numbers_agree
from crosscheck.models import Claim, DiscrepancyKind, Fact, FactKind

__all__ = [
    "NEAR_IDENTICAL_RULE",
    "SAME_CLAUSE_RULE",
    "SLOT_RULES",
    "Mention",
    "Slot",
    "corroborated_against_one",
    "date_group",
    "fact_context",
    "fact_neighbours",
    "find_near_identical",
    "find_slots",
    "find_slots_and_near_identical",
    "name_beside",
    "name_beside_words",
    "number_bound",
    "number_group",
    "numbers_agree",
    "other_details",
    "other_sexes",
    "other_states",
    "person_group",
    "state_of",
    "values_differ",
]

_WINDOW = 4
_SAME_SLOT = 0.5
_MIN_SHARED = 2


@attrs.frozen
class Mention:
    """A fact with its claim, the content words around it, and its nearest neighbours."""

    claim: Claim
    fact: Fact
    context: frozenset[str]
    neighbours: frozenset[str] = frozenset()


@attrs.frozen
class Slot:
    """Facts of several sources that state one detail, grouped by the value they give.

    Attributes:
        kind: the discrepancy kind if the values differ (number, date, name-conflict).
        values: each value (normal form) and its mentions.
        context: the words the mentions share most, to name the slot in explanations.
        score: the lowest same-slot score that linked two mentions of different values.
        rule: why the mentions are one slot, when not by the words around them
            (empty: by the words around them, :data:`SLOT_RULES`).
        lone: the value one source alone gives against the others, for a slot found
            that way (:mod:`crosscheck.outliers`; empty otherwise).
    """

    kind: DiscrepancyKind
    values: Mapping[str, tuple[Mention, ...]]
    context: tuple[str, ...]
    score: float
    rule: str = ""
    lone: str = ""


def fact_neighbours(claim: Claim, fact: Fact) -> frozenset[str]:
    """The content words right before and right after ``fact`` (within two words).

    >>> from crosscheck.facts import extract_facts
    >>> text = "Klitschko, 58-3 with 51 knockouts, floored Thompson."
    >>> claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    >>> sorted(fact_neighbours(claim, [f for f in claim.facts if f.value == "51"][0]))
    ['<knockout', '>']
    """
    return _neighbours_at(claim.text, fact.start - claim.start, fact.end - claim.start)


# the slot and lone-value searches look at most facts twice (numbers and dates): the
# words around a fact are worked out once (frozensets, so they are safe to share)


@functools.lru_cache(maxsize=1 << 16)
def _neighbours_at(text: str, start: int, end: int) -> frozenset[str]:
    # the last and first two words only: what split()[-2:] and split()[:2] give
    before = text[:start].rsplit(None, 2)[-2:]
    after = text[end:].split(None, 2)[:2]
    left = [t for t in content_tokens(" ".join(before)) if not _numeric(t)]
    right = [t for t in content_tokens(" ".join(after)) if not _numeric(t)]
    # what became of those counted is one key on either side: "wounding 14" / "14 wounded"
    after_key = ">" + right[0] if right and right[0] in _STATE_STEMS else "<" + right[0] if right else "<"
    return frozenset(({">" + left[-1]} if left else {">"}) | {after_key})


_STATE_STEMS = frozenset("kill dead die wound injur hurt miss arrest detain rescu evacu".split())
"""The stems of what became of those a count counts (:data:`_STATES`), keyed alike before
and after the count."""


def fact_context(claim: Claim, fact: Fact, *, window: int = _WINDOW) -> frozenset[str]:
    """Return the stemmed content words on either side of ``fact`` inside ``claim``.

    Numbers are left out (they are what is compared, not where).

    >>> from crosscheck.facts import extract_facts
    >>> text = "Police said 43 students went missing in Iguala."
    >>> claim = Claim(id="a#1", source="a", start=0, end=len(text), text=text, facts=extract_facts(text))
    >>> sorted(fact_context(claim, claim.facts[1]))
    ['miss', 'polic', 'student', 'went']
    """
    return _context_at(claim.text, fact.start - claim.start, fact.end - claim.start, window)


@functools.lru_cache(maxsize=1 << 16)
def _context_at(text: str, start: int, end: int, window: int) -> frozenset[str]:
    return frozenset(_words_before(text, start, window) + _words_after(text, end, window))


# The last ``window`` words (stemmed content tokens that are no numbers) of
# content_tokens(text[:cut]), and the first ``window`` of content_tokens(text[cut:]), for
# the facts of one claim, from its words tokenised once and read only as far as needed
# (a claim of a hundred thousand characters holds a thousand facts). content_tokens maps
# each word match on its own, and a match never looks past its own characters: so the
# matches of text[:cut] are the claim's matches that end by ``cut``, then those of the
# part of the word ``cut`` splits, if any (likewise after ``cut``). The matches come in
# order and do not overlap, so their starts and their ends both rise: those that end by
# ``cut`` are a run from the first, found by bisection.


@functools.lru_cache(maxsize=1 << 16)
def _word_tokens(text: str) -> tuple[array.array[int], array.array[int], tuple[tuple[str, ...], ...]]:
    """The word matches of ``text``: their starts, their ends, and the content tokens of
    each (none or one). Kept for every claim of a large corpus: the slot and lone-value
    searches go over the claims five times (numbers, dates and names)."""
    matches = list(iter_words(text))
    return (
        array.array("q", map(re.Match.start, matches)),
        array.array("q", map(re.Match.end, matches)),
        tuple(map(_tokens_of_word, map(re.Match.group, matches))),
    )


@functools.lru_cache(maxsize=65536)
def _tokens_of_word(word: str) -> tuple[str, ...]:
    return tuple(content_tokens(word))


def _words_before(text: str, cut: int, window: int) -> list[str]:
    """The last ``window`` tokens of ``content_tokens(text[:cut])`` that are no numbers."""
    starts, ends, words = _word_tokens(text)
    k = bisect.bisect_right(ends, cut)
    found: list[str] = []
    if k < len(starts) and starts[k] < cut:
        found = [t for t in content_tokens(text[starts[k] : cut]) if not _numeric(t)][::-1]
    while k > 0 and len(found) < window:
        k -= 1
        found.extend(t for t in reversed(words[k]) if not _numeric(t))
    return found[:window][::-1]


def _words_after(text: str, cut: int, window: int) -> list[str]:
    """The first ``window`` tokens of ``content_tokens(text[cut:])`` that are no numbers."""
    starts, ends, words = _word_tokens(text)
    k = bisect.bisect_left(starts, cut)
    found = [t for t in content_tokens(text[cut : ends[k - 1]]) if not _numeric(t)] if k and ends[k - 1] > cut else []
    while k < len(words) and len(found) < window:
        found.extend(t for t in words[k] if not _numeric(t))
        k += 1
    return found[:window]


@functools.lru_cache(maxsize=65536)
def _numeric(token: str) -> bool:
    return any(c.isdigit() for c in token)


def context_weights(mentions: Sequence[Mention]) -> Callable[[str], float]:
    """The weight of each context word among ``mentions``: rarer words weigh more."""
    return _weights(mentions)


def weighted_overlap(a: frozenset[str], b: frozenset[str], weight: Callable[[str], float]) -> float:
    """Weighted Dice overlap of two contexts that share two words or more (else 0)."""
    return _score(a, b, weight)


class _WeightTable(dict[str, float]):
    """Context word -> weight; a word no mention has weighs as one only one would."""

    def __init__(self, weights: Mapping[str, float], unseen: float) -> None:
        super().__init__(weights)
        self.unseen = unseen

    def __missing__(self, token: str) -> float:
        return self.unseen


def _weights(mentions: Sequence[Mention]) -> Callable[[str], float]:
    n = max(2, len(mentions))
    # a bound dict look-up: the searches weigh each word of each context, often
    return _WeightTable(_weight_table(mentions), 1.0 + math.log(n)).__getitem__


def _weight_table(mentions: Sequence[Mention]) -> dict[str, float]:
    """Each context word's weight, ``1 + log(n / df)``: 1 or more, rarer words weigh more."""
    df: Counter[str] = Counter()
    for mention in mentions:
        df.update(mention.context)
    n = max(2, len(mentions))
    return {token: 1.0 + math.log(n / count) for token, count in df.items()}


def _score(
    a: frozenset[str], b: frozenset[str], weight: Callable[[str], float], *, next_to: bool = False
) -> float:
    """Weighted Dice overlap of two contexts; a shared nearest neighbour adds 0.25."""
    shared = a & b
    if len(shared) < (1 if next_to else _MIN_SHARED):
        return 0.0
    # fsum: exactly rounded whatever the order a set yields its words in (hash order)
    total = math.fsum(map(weight, a)) + math.fsum(map(weight, b))
    dice = 2 * math.fsum(map(weight, shared)) / total if total else 0.0
    return min(1.0, dice + (0.25 if next_to else 0.0))


class _Links:
    """Union-find over mention indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def values_differ(a: Fact, b: Fact) -> bool | None:
    """Whether two facts give different values; ``None`` when they cannot be compared."""
    if a.kind is FactKind.DATE:
        pair = comparable_values(a, b)
        return None if pair is None else pair[0] != pair[1]
    return a.value != b.value


def find_slots(
    claims: Sequence[Claim],
    *,
    group_of: Callable[[Fact], str | None],
    kind: DiscrepancyKind,
    name_pair: Callable[[Mention, Mention], bool] | None = None,
    pair_keys: Callable[[Fact], Iterable[Hashable]] | None = None,
    cutoff: float = _SAME_SLOT,
) -> list[Slot]:
    """Return the slots in which sources give different values.

    ``group_of`` says which facts may be compared at all (the unit of a number, "date"
    for dates, ``None`` to skip a fact); ``name_pair``, for names, says whether two
    different names may be one slot's two values (one word apart, neither source
    writing the other's word). ``pair_keys``, when given, blocks the search: only facts
    that share one of its keys are compared, so it must give a shared key to two facts
    of the same value and to every pair ``name_pair`` may accept.
    """
    mentions, candidates = _matches(claims, group_of, name_pair, pair_keys, cutoff)
    return _slots_of(mentions, candidates, kind)


def find_slots_and_near_identical(
    claims: Sequence[Claim],
    *,
    group_of: Callable[[Fact], str | None],
    kind: DiscrepancyKind,
    name_pair: Callable[[Mention, Mention], bool] | None = None,
) -> tuple[list[Slot], list[Slot]]:
    """:func:`find_slots` and :func:`find_near_identical` of the same arguments, with one
    search at :data:`_SAME_SLOT` (:func:`_near_pairs` picks the near-identical pairs of it)."""
    mentions, candidates = _matches(claims, group_of, name_pair, None, _SAME_SLOT)
    near = _near_pairs(mentions, candidates)
    return _slots_of(mentions, candidates, kind), _near_identical_of(mentions, near, group_of, kind, claims)


def _near_pairs(
    mentions: Sequence[Mention], candidates: Mapping[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """The pairs of the search at :data:`_SAME_SLOT` whose contexts score
    :data:`_NEAR_IDENTICAL` or more (the search finds every pair at its cutoff, and scores
    a pair the same whatever the cutoff), or whose facts stand in the same clause
    (:func:`_same_clause`: a context reaches past the clause, into words each source
    writes its own way)."""
    return {
        (n, m): score for (n, m), score in candidates.items()
        if score >= _NEAR_IDENTICAL or _same_clause(mentions[n], mentions[m])
    }


_SAME_CLAUSE_SHARED = 4
"""Content words two clauses must share to be the same clause: "injuring … people and
damaging buildings" (four); three ("people were killed in the blast") say too little."""
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\"“”—–]|\s-{1,2}\s|\.\s")
"""What ends a clause around a figure: a comma, a semicolon, a colon, a bracket, a quotation
mark, a dash, a full stop before a space."""
_CLAUSE_REACH = 240
"""Characters read on either side of a figure for its clause (a long claim is not read whole)."""


@functools.lru_cache(maxsize=1 << 16)
def _clause_at(text: str, start: int, end: int) -> tuple[int, int, frozenset[str]]:
    """The clause of ``text`` around ``[start, end)`` (as far as :data:`_CLAUSE_REACH`
    reaches), and its content words that are no figures."""
    low = max(0, start - _CLAUSE_REACH)
    breaks = [match.end() for match in _CLAUSE_BREAK_RE.finditer(text, low, start)]
    lo = breaks[-1] if breaks else low
    after = _CLAUSE_BREAK_RE.search(text, end, min(len(text), end + _CLAUSE_REACH))
    hi = after.start() if after else min(len(text), end + _CLAUSE_REACH)
    words = frozenset(t for t in content_tokens(text[lo:start] + " " + text[end:hi]) if not _numeric(t))
    return lo, hi, words


def _clause_of(mention: Mention) -> tuple[int, int, frozenset[str]]:
    offset = mention.claim.start
    return _clause_at(mention.claim.text, mention.fact.start - offset, mention.fact.end - offset)


def _in_clause(mention: Mention, kind: FactKind) -> list[Fact]:
    """The other facts of ``kind`` inside the fact's clause."""
    lo, hi, _ = _clause_of(mention)
    offset = mention.claim.start
    return [
        fact for fact in mention.claim.facts
        if fact.kind is kind and fact is not mention.fact and lo <= fact.start - offset and fact.end - offset <= hi
    ]


def _names_in_clause(mention: Mention) -> set[str]:
    """The words of the names inside the fact's clause."""
    return {word for fact in _in_clause(mention, FactKind.NAME) for word in fact.value.split()}


_RESTATED_WINDOW = 2
_RESTATED_SHARED = 2
"""A source's other mention of the other value restates the clause's detail when the two
content words on either side of it hold two of the clause's words ("Jokic had 31 points
and 12 rebounds" beside "scoring 14 points and grabbing 12 rebounds"; "five people had
received treatment" beside "injuring four people and damaging buildings" holds one)."""


def _restated(mine: Mention, theirs: Mention) -> bool:
    """Whether ``theirs``, another mention of ``mine``'s source, gives the detail of
    ``mine``'s clause (:data:`_RESTATED_SHARED`)."""
    near = fact_context(theirs.claim, theirs.fact, window=_RESTATED_WINDOW)
    return len(near & _clause_of(mine)[2]) >= _RESTATED_SHARED


def _other_figures_in_clause(a: Mention, b: Mention) -> bool:
    """Whether the two clauses give another figure each, and those differ too: "making
    118 runs off 200 balls" / "making 84 runs off 90 balls" are two players' lines, not
    one figure changed."""
    mine = {fact.value for fact in _in_clause(a, FactKind.NUMBER)}
    theirs = {fact.value for fact in _in_clause(b, FactKind.NUMBER)}
    return bool(mine - theirs) and bool(theirs - mine)


def _quoted(mention: Mention) -> bool:
    """Whether a fact stands inside a quotation of its claim: figures in quotations have a
    rule of their own (:data:`crosscheck.quotations.QUOTED_FIGURE_RULE`)."""
    return any(
        fact.kind is FactKind.QUOTE and fact.start <= mention.fact.start and mention.fact.end <= fact.end
        for fact in mention.claim.facts
    )


_COUNTED_TIMES = frozenset({"time", "times"})
"""Ordinals that count how often something happened, not which of several things it is."""


def _enumerates(fact: Fact) -> bool:
    """Whether a fact is an ordinal that numbers one of several things ("the first bus",
    "the second round"), not how often something happened ("the third time")."""
    return fact.kind is FactKind.ORDINAL and bool(fact.unit) and fact.unit not in _COUNTED_TIMES


def _numbered_apart(a: Mention, b: Mention) -> bool:
    """Whether the two sentences number what they tell of differently: "The first explosion
    tore through the bus station, killing 12 people" / "a second bomb …, killing 7 people"."""
    def numbered(mention: Mention) -> set[str]:
        return {
            fact.value for fact in mention.claim.facts
            if _enumerates(fact) and fact is not mention.fact
        }

    mine, theirs = numbered(a), numbered(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _named_apart(a: Mention, b: Mention) -> bool:
    """Whether the two sentences name two things one word apart, each absent from the other
    sentence: "The new MacBook Air … can run for up to 18 hours" / "the 16-inch MacBook Pro …
    can run for up to 24 hours"."""
    def names(mention: Mention) -> set[tuple[str, ...]]:
        return {tuple(fact.value.split()) for fact in mention.claim.facts if fact.kind is FactKind.NAME}

    mine, theirs = names(a), names(b)
    return any(
        len(x) == len(y) >= 2 and sum(p != q for p, q in zip(x, y, strict=True)) == 1
        for x in mine - theirs for y in theirs - mine
    )


_OTHER_TIME_UNITS = frozenset({"year", "month", "month-day", "date"})
"""The fields of a date that may set a figure in another time (a weekday may be the story's own)."""


_PERIOD_AGO_RE = re.compile(
    r"\b(?:last|previous|past|next|earlier this|later this)\s+(?:week|month|year|season)\b"
    r"|\b(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
"""Words that set a figure in another period than the story's ("Last month, officers seized
2,300 kilograms", "two years ago")."""


def _other_times(a: Mention, b: Mention) -> bool:
    """Whether one sentence dates its figure by a year or a month the other does not give
    ("In 2021, Amazon … was fined 746 million euros"; "raided in January, when at least
    12 people were killed"), or sets it in a period the other does not ("Last month,
    officers seized 2,300 kilograms"): then it may tell of another time."""
    def times(mention: Mention) -> set[str]:
        dated = {
            fact.value for fact in mention.claim.facts
            if fact.kind is FactKind.DATE and fact.unit in _OTHER_TIME_UNITS and fact is not mention.fact
        }
        return dated | {match.group().lower() for match in _PERIOD_AGO_RE.finditer(mention.claim.text)}

    return times(a) != times(b)


def _same_clause(a: Mention, b: Mention) -> bool:
    """Whether two facts with different values stand in clauses of the same words
    ("injuring four people and damaging buildings" / "injuring five people and damaging
    buildings"): :data:`_SAME_CLAUSE_SHARED` content words or more in common, and at least
    :data:`_NEAR_IDENTICAL` of the words of both."""
    return a.fact.value != b.fact.value and _clause_alike(a, b)


def _clause_alike(a: Mention, b: Mention) -> bool:
    """Whether two facts' clauses are of the same words, whatever their values."""
    wa, wb = _clause_of(a)[2], _clause_of(b)[2]
    shared = len(wa & wb)
    return shared >= _SAME_CLAUSE_SHARED and shared >= _NEAR_IDENTICAL * len(wa | wb)


def _matches(
    claims: Sequence[Claim],
    group_of: Callable[[Fact], str | None],
    name_pair: Callable[[Mention, Mention], bool] | None,
    pair_keys: Callable[[Fact], Iterable[Hashable]] | None,
    cutoff: float,
) -> tuple[list[Mention], dict[tuple[int, int], float]]:
    """The mentions of ``claims`` that ``group_of`` keeps, and their pairs that score
    ``cutoff`` or more (:func:`_candidates`)."""
    mentions = _mentions(claims, group_of)
    if len(mentions) < 2:
        return mentions, {}
    weight = _weights(mentions)
    blocks = _blocks(mentions, group_of, pair_keys)
    return mentions, _candidates(mentions, blocks, weight, name_pair, cutoff)


def _slots_of(
    mentions: Sequence[Mention], candidates: Mapping[tuple[int, int], float], kind: DiscrepancyKind
) -> list[Slot]:
    if len(mentions) < 2:
        return []
    # each mention links to its best match in each other source, and only when that
    # match's best in this mention's source is this mention (mutual best): a slot then
    # holds at most one mention per source pair, and slots do not chain together
    # (a match that gives the same value is preferred: it is the same detail, agreed)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (n, m), linked in candidates.items():
        score = linked + (1.0 if mentions[n].fact.value == mentions[m].fact.value else 0.0)
        for here, there in ((n, m), (m, n)):
            key = (here, mentions[there].claim.source)
            if key not in best or (score, -there) > (best[key][0], -best[key][1]):
                best[key] = (score, there)
    links = _Links(len(mentions))
    linked_scores: dict[tuple[int, int], float] = {}
    for (n, m), score in sorted(candidates.items()):
        if best[(n, mentions[m].claim.source)][1] == m and best[(m, mentions[n].claim.source)][1] == n:
            links.union(n, m)
            linked_scores[(n, m)] = score
    components: dict[int, list[int]] = defaultdict(list)
    for n in range(len(mentions)):
        components[links.find(n)].append(n)
    # every link joins two mentions of one component: hand each component its own links
    component_links: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for (n, m), score in linked_scores.items():
        component_links[links.find(n)][(n, m)] = score
    slots = []
    for root, members in components.items():
        if len(members) < 2:
            continue
        slot = _slot(mentions, members, component_links[root], kind)
        if slot is not None:
            slots.append(slot)
    return slots


NEAR_IDENTICAL_RULE = "the same words around it in both sources, a different value"
SAME_CLAUSE_RULE = "the same clause, word for word, in both sources, with a different value"
_NEAR_IDENTICAL = 0.8
"""Same-slot score (:func:`_score`) at which two facts' surroundings are near identical."""
_NEAR_IDENTICAL_SHARED = 3
"""Context words two such facts must share: a short context ("the -year-old") says little."""


def find_near_identical(
    claims: Sequence[Claim],
    *,
    group_of: Callable[[Fact], str | None],
    kind: DiscrepancyKind,
    name_pair: Callable[[Mention, Mention], bool] | None = None,
) -> list[Slot]:
    """Return a slot for each value one source alone gives where other sources surround
    another value with nearly the same words.

    :func:`find_slots` keeps only mutual best matches and drops a whole slot when its
    links chain two values of one source together, so a changed value can go unreported
    even where other sources repeat its sentence nearly word for word. Here facts of
    different sources are linked when the words around them are near identical
    (:data:`_NEAR_IDENTICAL`, three shared words or more), and each set of facts so
    linked is a slot when it holds two values, one of them given by a single source, no
    source gives both values anywhere in the group (that would tell two details apart:
    "today (14 October)" and, a week later, "today (20 October)"), and the names beside
    the facts of the two values do not differ ("Ty Lawson added 16 points", "Danny Green
    had 14").

    Facts that stand in the same clause (:func:`_same_clause`: "injuring five people and
    damaging buildings" / "injuring four people and damaging buildings") are linked too,
    and where every pair of the two values is so worded the slot is one of
    :data:`SAME_CLAUSE_RULE`: one source against one is enough, even in sentences that do
    not align; a source that gives the other value elsewhere, in other words, does not
    tell two details apart (it may have changed the figure in one place only); and the
    names checked are those in the clause ("at the entrance to the Persian Gulf, injuring
    four people" names no one). Ages stay apart: "a 22-year-old man" in two stories of
    one kind are two men; so do a source that restates the detail with the other value
    (:func:`_restated`), clauses that differ in another figure too, and sentences of two
    times (:func:`_other_times`).
    """
    mentions, candidates = _matches(claims, group_of, name_pair, None, _SAME_SLOT)
    return _near_identical_of(mentions, _near_pairs(mentions, candidates), group_of, kind, claims)


def _near_identical_of(
    mentions: Sequence[Mention],
    candidates: Mapping[tuple[int, int], float],
    group_of: Callable[[Fact], str | None],
    kind: DiscrepancyKind,
    claims: Sequence[Claim] = (),
) -> list[Slot]:
    if len(mentions) < 2:
        return []
    links = _Links(len(mentions))
    linked: dict[tuple[int, int], float] = {}
    for (n, m), score in candidates.items():
        if len(mentions[n].context & mentions[m].context) >= _NEAR_IDENTICAL_SHARED:
            links.union(n, m)
            linked[(n, m)] = score
    components: dict[int, set[int]] = defaultdict(set)
    for n, m in linked:
        components[links.find(n)].update((n, m))
    given: dict[tuple[str | None, str], set[str]] = defaultdict(set)  # (group, value) -> sources
    given_by: dict[tuple[str | None, str, str], list[Mention]] = defaultdict(list)  # (group, value, source)
    for mention in mentions:
        given[(group_of(mention.fact), mention.fact.value)].add(mention.claim.source)
        given_by[(group_of(mention.fact), mention.fact.value, mention.claim.source)].append(mention)
    # value -> the claims that give it as a fact of the kind, whatever its unit ("60 of the
    # injured" beside "60 patients"), for a sentence that gives both values
    together: dict[tuple[FactKind, str], set[tuple[str, str]]] = defaultdict(set)  # -> (claim, unit)

    def given_together(ma: Sequence[Mention], mb: Sequence[Mention]) -> bool:
        if not together:  # worked out only for a slot of the same clause: most audits have none
            for claim in claims:
                for fact in claim.facts:
                    together[(fact.kind, fact.value)].add((claim.id, fact.unit))
        # a sentence that gives both, each as its side does or with no unit ("60 of the
        # injured and Wava Husada 41"), not "five people" beside "4 miles"
        def claims_of(ms: Sequence[Mention]) -> set[str]:
            units = {m.fact.unit for m in ms} | {""}
            return {c for c, unit in together[(ms[0].fact.kind, ms[0].fact.value)] if unit in units}

        return bool(claims_of(ma) & claims_of(mb))
    slots = []
    for root in sorted(components):
        members = sorted(components[root])
        values: dict[str, list[Mention]] = defaultdict(list)
        for n in members:
            values[mentions[n].fact.value].append(mentions[n])
        if len(values) != 2:
            continue
        (a, ma), (b, mb) = sorted(values.items())
        group = group_of(ma[0].fact)
        clause_alike = all(_same_clause(x, y) for x in ma for y in mb)
        both = given[(group, a)] & given[(group, b)]
        if both and (
            not clause_alike or any(m.fact.unit == "age" for m in (*ma, *mb))
            or {m.claim.source for m in ma} & {m.claim.source for m in mb}
            or any(
                _clause_alike(mine, theirs) or _restated(mine, theirs)
                for source in both
                for value, here in ((a, ma), (b, mb))
                for mine in here if mine.claim.source == source
                for theirs in given_by[(group, b if value == a else a, source)]
            )
        ):
            # a source gives both: two details ("today (14 October)", a week later "today
            # (20 October)"); but one that gives the other value only in other words may
            # have changed the figure in one place (the same clause is word for word the others')
            continue
        if min(len({m.claim.source for m in ma}), len({m.claim.source for m in mb})) != 1:
            continue  # several sources on each side: no lone value
        if values_differ(ma[0].fact, mb[0].fact) is not True:
            continue
        if kind is DiscrepancyKind.NUMBER and (
            any(numbers_agree(x, y) for x in ma for y in mb) or other_details(ma, mb)
        ):
            continue  # a floor and a figure within it; people killed and people missing; a man and a woman
        beside = _names_in_clause if clause_alike else name_beside
        names_a = [beside(m) for m in ma]
        names_b = [beside(m) for m in mb]
        if any(x and y and not x & y for x in names_a for y in names_b):
            continue
        shared: Counter[str] = Counter()
        for n in members:
            shared.update(mentions[n].context)
        differing = [
            score for (n, m), score in linked.items()
            if links.find(n) == root and mentions[n].fact.value != mentions[m].fact.value
            and not states_both(mentions[n], mentions[m])
        ]
        if not differing:
            continue
        # found as near identical without the clause, with two sources or more on one side:
        # no source gives both, every link near identical, no names beside that differ
        near_enough = (
            not both and max(len({m.claim.source for m in ms}) for ms in (ma, mb)) >= 2
            and all(score >= _NEAR_IDENTICAL for (n, _), score in linked.items() if links.find(n) == root)
            and not any(x and y and not x & y for x in map(name_beside, ma) for y in map(name_beside, mb))
        )
        if clause_alike and not near_enough and (
            any(
                _other_figures_in_clause(x, y) or _other_times(x, y) or _numbered_apart(x, y) or _named_apart(x, y)
                for x in ma for y in mb
            )
            or given_together(ma, mb)
            or any(_quoted(m) for m in (*ma, *mb))
        ):
            # two players' lines, two years' fines, the first blast and the second, the
            # MacBook Air and the MacBook Pro, or a sentence that gives both ("60 at one
            # hospital and 41 at the other"): the same words for two details
            continue
        slots.append(
            Slot(
                kind=kind,
                values={a: tuple(ma), b: tuple(mb)},
                context=tuple(sorted(t for t, c in shared.items() if c >= 2))[:6],
                score=min(differing),
                rule=NEAR_IDENTICAL_RULE if near_enough or not clause_alike else SAME_CLAUSE_RULE,
            )
        )
    return slots


_NAME_REACH = 40
"""A name this many characters or fewer before or after a fact is whose fact it is."""


def name_beside(mention: Mention) -> set[str]:
    """The words of the name nearest a fact, within :data:`_NAME_REACH` characters
    ("Scott Russell, 46", "46-year-old Scott Russell", "Ty Lawson added 16 points")."""
    return set(name_beside_words(mention))


_NICKNAME_RE = re.compile(r"\s*\((?:[\"\u201c\u2018']?[A-Z][\w'\u2019.-]*[\"\u201d\u2019']?\s?){1,2}\)\s*")
"""A nickname in brackets between a person's given names and surname ("Kimani (Kiki) Gray",
"Tom (TJ) Smith"), which parts the name in two."""


def name_beside_words(mention: Mention) -> list[str]:
    """:func:`name_beside` in order: the given names, then the surname; a name parted by a
    nickname in brackets is taken whole ("8-year-old Kimani (Kiki) Gray": kimani gray).
    A name in a clause before the sentence's main verb ("Mark Felt, the source
    who brought down President Richard Nixon, has died at 95") is not the fact's: the
    sentence's subject is, where a name opens the sentence (:data:`_SUBJECT_WITHIN`) and is
    no possessive or sayer ("Jane Smith said her husband, who served in Iraq, has died at
    41"), else no name."""
    fact, claim = mention.fact, mention.claim
    best: tuple[int, Fact] | None = None
    names = [
        other for other in claim.facts
        if other.kind is FactKind.NAME and not _WHERE_FROM_RE.search(claim.text[other.start - claim.start : other.end - claim.start + 9])
    ]
    # "the 35-year-old deputy" is the deputy, not a name before it ("Orozco was charged with
    # murdering the 35-year-old deputy"); "Gray, a 16-year-old student" is Gray
    compound = fact.unit == "age" and _YEAR_OLD_AFTER_RE.match(claim.text, fact.end - claim.start) is not None
    for other in names:
        gap = fact.start - other.end if other.end <= fact.start else other.start - fact.end
        if compound and other.end <= fact.start and not _APPOSITION_RE.fullmatch(
            claim.text, other.end - claim.start, fact.start - claim.start
        ):
            continue
        if 0 <= gap <= _NAME_REACH and (best is None or gap < best[0]):
            best = (gap, other)
    if best is None:
        return []
    nearest = best[1]
    between = (nearest.end - claim.start, fact.start - claim.start)
    if nearest.end <= fact.start and _MAIN_VERB_AFTER_RE.search(claim.text, *between):
        # "Mark Felt, the source who brought down President Richard Nixon, has died at 95":
        # the name ends a clause of its own, and the age is the subject's, named first
        subject = min(names, key=lambda name: name.start)
        after = claim.text[subject.end - claim.start : subject.end - claim.start + 8]
        if subject.start - claim.start > _SUBJECT_WITHIN or _NOT_SUBJECT_AFTER_RE.match(after):
            return []  # "Jane Smith said her husband, who served in Iraq, has died at 41"
        nearest = subject
    for other in names:
        first, last = (other, nearest) if other.end <= nearest.start else (nearest, other)
        if first is not last and _parted_by_nickname(claim, first, last):
            return first.value.split() + last.value.split()
    return nearest.value.split()


_YEAR_OLD_AFTER_RE = re.compile(r"[\s-]+years?[\s-]+old\b", re.IGNORECASE)
_APPOSITION_RE = re.compile(r"(?:,\s+|\s+(?:is|was)\s+)(?:(?:a|an|the)\s+)?", re.IGNORECASE)
"""Between a name and an age written "N-year-old" after it, what makes the age the name's
("Gray, a 16-year-old student", "Gray was a 17-year-old sophomore")."""
_WHERE_FROM_RE = re.compile(r"\w\s?-\s?(?:born|based|bred|raised)\b", re.IGNORECASE)
"""After a name, what makes it a place the person is from, not the person ("The 55-year-old
Glasgow-born star")."""
_MAIN_VERB_AFTER_RE = re.compile(r",\s+(?:has\s+|had\s+)?(?:died|dies|was|is)\b")
"""Between a name and an age after it, the main verb after a clause ends (", has died
at 95"): the name is not the one the age is told of."""
_NOT_SUBJECT_AFTER_RE = re.compile(r"(?:'s|\u2019s|\s+(?:said|says|told|tells))\b")
"""After the first name of a sentence, what makes it no subject of the age: a possessive
("President Obama's aide, …, has died at 60") or a verb of saying."""
_SUBJECT_WITHIN = 12
"""Characters into its sentence within which the first name is the sentence's subject."""


def _parted_by_nickname(claim: Claim, given: Fact, surname: Fact) -> bool:
    """Whether two names are one person's given names and surname with a nickname in
    brackets between them ("Kimani (Kiki) Gray"; :mod:`crosscheck.facts` joins them only
    where the nickname is a known given name): one or two given words, none in capitals (not
    a dateline's "NEW YORK (Reuters) Smith"), and a one-word surname ("In Kansas City
    (Missouri) John Smith" is two names)."""
    words = given.text.split()
    return (
        len(words) <= 2 and not any(word.isupper() for word in words)
        and len(surname.value.split()) == 1 and not surname.text.isupper()
        and _NICKNAME_RE.fullmatch(claim.text, given.end - claim.start, surname.start - claim.start) is not None
    )


_LISTED = 12
"""Figures of one group that one source writes between the same two words more often than
this are rows of a table or a list ("Bolton result: Labour 12345 votes", one a row)."""


def _mentions(claims: Sequence[Claim], group_of: Callable[[Fact], str | None]) -> list[Mention]:
    """The facts that ``group_of`` keeps, with their surroundings; not the rows of a table
    or a list (:data:`_LISTED`). Their surroundings are the same in every row, so they
    cannot tell which of another source's rows a row is: every row of one source would be
    scored against every row of the other (quadratic), for pairs that are guesses. Rows
    are still compared where their claims align."""
    mentions = [
        Mention(claim, fact, fact_context(claim, fact), fact_neighbours(claim, fact))
        for claim in claims for fact in claim.facts if group_of(fact) is not None
    ]
    if len(mentions) <= _LISTED:
        return mentions
    rows = Counter((m.claim.source, group_of(m.fact), m.neighbours) for m in mentions)
    if max(rows.values()) <= _LISTED:
        return mentions
    return [m for m in mentions if rows[(m.claim.source, group_of(m.fact), m.neighbours)] <= _LISTED]


def _blocks(
    mentions: Sequence[Mention],
    group_of: Callable[[Fact], str | None],
    pair_keys: Callable[[Fact], Iterable[Hashable]] | None,
) -> list[list[int]]:
    """Each mention's blocks, numbered: its group, or its group with each of its pair keys."""
    block_ids: dict[Hashable, int] = {}
    blocks = []
    for mention in mentions:
        group = group_of(mention.fact) or ""
        keys = [(group,)] if pair_keys is None else [(group, key) for key in pair_keys(mention.fact)]
        blocks.append(list(dict.fromkeys(block_ids.setdefault(key, len(block_ids)) for key in keys)))
    return blocks


def _candidates(
    mentions: Sequence[Mention],
    blocks: Sequence[Sequence[int]],
    weight: Callable[[str], float],
    name_pair: Callable[[Mention, Mention], bool] | None,
    cutoff: float,
) -> dict[tuple[int, int], float]:
    """Pairs ``(n, m)``, ``n < m``, of mentions that share a block (``blocks``: each
    mention's group, or its group and pair keys) and come from different sources, whose
    contexts score ``cutoff`` or more (:func:`_score`), with their scores.

    Prefix filtering (AllPairs), as :mod:`crosscheck.blocking` does for the aligner. Words
    go in a fixed order, rarest first. When the words two contexts share weigh at least
    ``beta`` times either context, the first shared word lies in both contexts'
    *prefixes*: the shortest runs whose remaining words weigh less than ``beta`` times
    their context. A pair without a shared neighbour scores its weighted Dice, so it
    needs ``2 * shared >= cutoff * (a + b)``, hence ``shared >= beta * a`` with
    ``beta = alpha / (1 - alpha)``, ``alpha = cutoff / 2``; a pair with one gets 0.25 more,
    so it needs ``alpha = (cutoff - 0.25) / 2`` and shares a neighbour. So a pair is
    scored only when it shares a word of the first prefixes, or a neighbour and a word of
    the second: common words ("said", "year"), which would pair nearly everything, stay
    out of most prefixes.
    """
    totals = [math.fsum(map(weight, mention.context)) for mention in mentions]
    sources = [mention.claim.source for mention in mentions]
    contexts = [mention.context for mention in mentions]
    neighbours = [mention.neighbours for mention in mentions]
    plain = _prefix_share(cutoff / 2)
    beside = _prefix_share((cutoff - 0.25) / 2)
    index: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    candidates: dict[tuple[int, int], float] = {}
    for m, other in enumerate(mentions):
        context, source = other.context, other.claim.source
        ordered = sorted((-weight(t), t) for t in context)
        keys = [(b, "", t) for b in blocks[m] for t in _prefix(ordered, plain * totals[m])]
        near = other.neighbours - {"<", ">"}
        if near:
            prefix = _prefix(ordered, beside * totals[m])
            keys += [(b, x, t) for b in blocks[m] for x in sorted(near) for t in prefix]
        paired: set[int] = set()
        for key in keys:
            posting = index[key]
            paired.update(posting)
            posting.append(m)
        # the earlier mentions paired with this one: (n, m), n < m
        for n in sorted(paired):
            if sources[n] == source:
                continue
            next_to = not near.isdisjoint(neighbours[n])
            shared = contexts[n] & context
            if len(shared) < (1 if next_to else _MIN_SHARED):
                continue
            if name_pair is not None:
                mention = mentions[n]
                if mention.fact.value != other.fact.value and not name_pair(mention, other):
                    continue
            total = totals[n] + totals[m]
            # fsum: exactly rounded whatever the order a set yields its words in
            dice = 2 * math.fsum(map(weight, shared)) / total if total else 0.0
            score = min(1.0, dice + (0.25 if next_to else 0.0))
            if score >= cutoff:
                candidates[(n, m)] = score
    return dict(sorted(candidates.items()))


def _prefix_share(alpha: float) -> float:
    """``beta`` for a Dice of ``2 * alpha``: the share of each context a pair must share
    (0 when any shared word may do)."""
    return alpha / (1 - alpha) if 0 < alpha < 1 else 0.0


def _prefix(ordered: Sequence[tuple[float, str]], needed: float) -> list[str]:
    """The shortest run of ``ordered`` (``(-weight, word)``, rarest first) whose remaining
    words weigh less than ``needed``."""
    # a margin for rounding: a prefix one word too long only costs a comparison
    needed = needed * (1 - 1e-9) - 1e-9
    rest = -sum(w for w, _ in ordered)
    prefix = []
    for w, token in ordered:
        if rest < needed:
            break
        prefix.append(token)
        rest += w
    return prefix


def _slot(
    mentions: Sequence[Mention],
    members: Sequence[int],
    linked_scores: Mapping[tuple[int, int], float],
    kind: DiscrepancyKind,
) -> Slot | None:
    by_source: dict[str, set[str]] = defaultdict(set)
    values: dict[str, list[Mention]] = defaultdict(list)
    for n in members:
        mention = mentions[n]
        key = mention.fact.value
        by_source[mention.claim.source].add(key)
        values[key].append(mention)
    if len(values) < 2 or any(len(keys) > 1 for keys in by_source.values()):
        return None
    if kind is DiscrepancyKind.NUMBER and any(
        other_sexes(ma, mb) for x, ma in values.items() for y, mb in values.items() if x < y
    ):
        return None  # "a 29-year-old woman" / "a 34-year-old man": two people's
    if kind is DiscrepancyKind.NUMBER and len(values) > 2:
        # a value that counts people to whom something else became than to those every other
        # value counts is another detail ("112 people had been rescued" beside "30 people
        # were still missing" / "13 people were still missing")
        apart = {
            x for x, ma in values.items()
            if all(other_states(ma, mb) for y, mb in values.items() if y != x)
        }
        if apart and len(values) - len(apart) >= 2:
            members = [n for n in members if mentions[n].fact.value not in apart]
            values = {x: ms for x, ms in values.items() if x not in apart}
    member_set: Set[int] = set(members)
    differing = [
        score for (a, b), score in linked_scores.items()
        if a in member_set and b in member_set and values_differ(mentions[a].fact, mentions[b].fact)
        and (
            kind is not DiscrepancyKind.NUMBER or not numbers_agree(mentions[a], mentions[b])
            or far_above_floor(mentions[a], mentions[b])
        )
        and not states_both(mentions[a], mentions[b])
        and (kind is not DiscrepancyKind.NUMBER or not other_details([mentions[a]], [mentions[b]]))
    ]
    if not differing:
        return None
    shared: Counter[str] = Counter()
    for n in members:
        shared.update(mentions[n].context)
    context = tuple(sorted(t for t, c in shared.items() if c >= 2))[:6]
    return Slot(
        kind=kind,
        values={k: tuple(v) for k, v in sorted(values.items())},
        context=context,
        score=min(differing),
    )


_STATES = word_classes(
    {
        "dead": "dead killed killing died death deaths",
        "injured": "injured injuring wounded wounding hurt",
        "missing": "missing unaccounted",
        "homeless": "homeless displaced evacuated",
        "rescued": "rescued",
        "arrested": "arrested detained",
    }
)
"""Words that say what became of those a figure counts ("killing 7 persons", "4 persons
remain missing"): two figures of people dead and people missing are two details."""
_STATE_REACH = 4
"""Words either side of a figure read for :data:`_STATES`."""
_STATE_WORD_RE = re.compile(r"[A-Za-z]+")
_STATE_CLAUSE_RE = re.compile(r"\b(?:and|or|but|while|whereas)\b|[,;:()]", re.IGNORECASE)


def state_of(mention: Mention) -> str | None:
    """What became of those the figure counts: the nearest such word before it, else after it."""
    start, end = mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    # not across "and", "but" or a comma: "three officers were hurt and two gunmen were killed"
    before_text = _STATE_CLAUSE_RE.split(mention.claim.text[max(0, start - 40) : start])[-1]
    after_text = _STATE_CLAUSE_RE.split(mention.claim.text[end : end + 40], maxsplit=1)[0]
    before = _STATE_WORD_RE.findall(before_text)[-_STATE_REACH:]
    after = _STATE_WORD_RE.findall(after_text)[:_STATE_REACH]
    # a verb before a count governs it ("killing at least 10 people, injuring dozens"); else
    # what follows says what became of them ("4 persons remain missing")
    for word in [*before[::-1], *after]:
        if word.lower() in _STATES:
            return _STATES[word.lower()]
    return None


def other_states(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two sides' figures count people to whom different things became (dead,
    injured, missing: :func:`state_of`)."""
    sa = {state for m in a if (state := state_of(m)) is not None}
    sb = {state for m in b if (state := state_of(m)) is not None}
    return bool(sa) and bool(sb) and not sa & sb


_SEXES = {
    word: sex
    for sex, words in (
        ("m", "man men boy boys father son husband brother"),
        ("f", "woman women girl girls mother daughter wife sister widow"),
    )
    for word in words.split()
}
"""Words that say whose an age is, a man's or a woman's, right beside it."""
_SEX_AFTER_AGE_RE = re.compile(r"[\s-]+years?[\s-]+old\s+(\w+)", re.IGNORECASE)
_SEX_BEFORE_AGE_RE = re.compile(r"(\w+),\s*$")


def _sex_of(mention: Mention) -> str | None:
    """Whether an age is a man's or a woman's, as the word right beside it says ("a
    29-year-old woman", "A woman, 29,"); None where it does not say."""
    text, start, end = mention.claim.text, mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    after = _SEX_AFTER_AGE_RE.match(text, end)
    before = _SEX_BEFORE_AGE_RE.search(text, max(0, start - 16), start)
    for found in (after, before):
        if found is not None and found.group(1).lower() in _SEXES:
            return _SEXES[found.group(1).lower()]
    return None


def other_sexes(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two sides' ages are said, right beside them, one of a man and the other of
    a woman ("A 29-year-old woman" / "A 34-year-old man"): two people's ages."""
    sa = {sex for m in a if m.fact.unit == "age" and (sex := _sex_of(m)) is not None}
    sb = {sex for m in b if m.fact.unit == "age" and (sex := _sex_of(m)) is not None}
    return bool(sa) and bool(sb) and not sa & sb


_ROLES = word_classes(
    {
        "revenue": "revenue revenues sales turnover",
        "result": "profit profits earnings loss losses",
        "salary": "salary salaries wage wages",
        "bonus": "bonus bonuses",
        "fine": "fine fines penalty penalties settlement",
        "bail": "bail",
        "ransom": "ransom",
        "reward": "reward",
        "budget": "budget budgets",
        "deficit": "deficit shortfall",
        "debt": "debt debts",
        "damages": "damages",
        "valuation": "valuation",
        "dividend": "dividend dividends",
        "bribe": "bribe bribes kickbacks",
        "turnout": "turnout",
        "inflation": "inflation",
        "growth": "growth",
        "unemployment": "unemployment jobless",
        "stake": "stake",
        "vote": "vote votes ballots",
    }
)
"""What a sum or a share is, as the noun that governs it says: a revenue and a profit, a
salary and a bonus, a ransom and a reward, a turnout and a party's vote are two details.
Nouns as often said of one thing as another are none ("income", "interest", "bond",
"funding", "gap"), and a profit and a loss, or a fine and a settlement, are one detail
told two ways (a review's cases: "a quarterly profit of $1.6 billion" / "a quarterly loss
of $6.1 billion" is a conflict)."""
_ROLE_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:of|at|to|was|is|were|stood\s+at|reached|totall?ing|worth|amounting\s+to)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|more\s+than|over|up\s+to|an\s+estimated|a\s+record)\s+)?\W{0,2}$",
    re.IGNORECASE,
)
"""The noun right before a sum or a share and the word that ties it ("revenue of $12.5
billion", "a salary of $1.5 million", "turnout was 61 percent", "inflation stood at 3.2
percent")."""
_ROLE_AFTER_RE = re.compile(
    r"\W{0,2}(?:(?:in|of|as)\s+(?:a\s+|an\s+|the\s+)?([A-Za-z]+)|\s([A-Za-z]+)(?:\s([A-Za-z]+))?)", re.IGNORECASE
)
"""The noun right after one ("$10 million in damages", "62 percent of the vote", "a $4.5
billion budget", "a $300 million budget shortfall": the last of two nouns)."""
_ROLE_REACH = 48


def _role_of(mention: Mention) -> str | None:
    """What a sum or a share is (:data:`_ROLES`), where a noun right beside it says; None
    for any other figure, or where none says."""
    if mention.fact.unit not in MONEY_OR_SHARE:
        return None
    start, end = mention.fact.start - mention.claim.start, mention.fact.end - mention.claim.start
    text = mention.claim.text
    before = _ROLE_BEFORE_RE.search(text, max(0, start - _ROLE_REACH), start)
    if before is not None and before.group(1).lower() in _ROLES:
        return _ROLES[before.group(1).lower()]
    after = _ROLE_AFTER_RE.match(text, end)
    if after is not None:
        for word in (after.group(1), after.group(3), after.group(2)):
            if word is not None and word.lower() in _ROLES:
                return _ROLES[word.lower()]
    return None


def other_roles(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two sides' sums or shares are said, right beside them, to be different
    things ("revenue of $12.5 billion" / "a profit of $2.1 billion"; "62 percent of the
    vote" / "Turnout reached 48 percent"); where one side says nothing, they may be one."""
    ra = {role for m in a if (role := _role_of(m)) is not None}
    rb = {role for m in b if (role := _role_of(m)) is not None}
    return bool(ra) and bool(rb) and not ra & rb


def other_details(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two sides' figures are two details, whatever their values: counts of people
    to whom different things became (:func:`other_states`), a man's age and a woman's
    (:func:`other_sexes`), or sums said to be different things (:func:`other_roles`)."""
    return other_states(a, b) or other_sexes(a, b) or other_roles(a, b) or _rate_and_total(a, b)


def _rate_and_total(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether one side's figures are all rates and the other's none ("$95 a share" /
    "$68.7 billion"; "$30 million a year" / "$150 million")."""
    ra, rb = [is_rate(m) for m in a], [is_rate(m) for m in b]
    return bool(ra) and bool(rb) and ((all(ra) and not any(rb)) or (all(rb) and not any(ra)))


def states_both(a: Mention, b: Mention) -> bool:
    """Whether two figures' sentences give both values: each sentence also gives the
    other's value ("Harris won 226 electoral votes to Trump's 312" / "Trump secured 312 …
    against 226 for Harris"; the unit may be left out with the second value), or, for a
    number, one sentence gives the other's value for the same thing ("Twelve people were
    injured, three of them seriously" / "Three people were seriously injured"; a figure
    of a share counts: "up to 400 followers" / "around 400 of his 50 million followers"). Pairing
    one value of each is then a guess at which figure is which, not a disagreement. A
    value given for another thing ("4 men and 4 women" / "six men and four women") or,
    for dates, one sentence's other date ("fled on Sunday, a day after rebels reached
    Homs on Saturday" / "fled on Saturday") leaves the conflict."""

    def holds(here: Mention, value: str, group: str | None) -> bool:
        return any(
            f.value == value and f.kind is here.fact.kind and f is not here.fact
            and (group is None or _group_of(f) == group or (_group_of(f) is None and _partitive(here.claim, f)))
            for f in here.claim.facts
        )

    if holds(a, b.fact.value, None) and holds(b, a.fact.value, None):
        return True
    if a.fact.kind is not FactKind.NUMBER:
        return False
    return holds(a, b.fact.value, _group_of(b.fact)) or holds(b, a.fact.value, _group_of(a.fact))


_PARTITIVE_RE = re.compile(r"\s+of\s+(?:the|his|her|their|its|our|your|some|those|these)\b", re.IGNORECASE)
"""A figure of a share, its thing named after it: "400 of his followers", "two of the victims"."""


def _partitive(claim: Claim, fact: Fact) -> bool:
    return _PARTITIVE_RE.match(claim.text, fact.end - claim.start) is not None


def _group_of(fact: Fact) -> str | None:
    return number_group(fact) if fact.kind is FactKind.NUMBER else date_group(fact)


SLOT_RULES = {
    DiscrepancyKind.NUMBER: "different value in the same slot",
    DiscrepancyKind.DATE: "different date in the same slot",
    DiscrepancyKind.NAME_CONFLICT: "different name in the same slot of similar sentences",
}


def number_group(fact: Fact) -> str | None:
    """Numbers with a unit compare with numbers of the same unit; bare ones never.

    Nor do ordinals: they count the steps of a sequence (a second victory, the 58th;
    the first floor, the second) that a story names several of, so two sentences about
    the same thing often give two of them. An ordinal changed in a copied sentence is
    still found (:mod:`crosscheck.edits`).
    """
    if fact.kind is FactKind.NUMBER and fact.unit != "":
        return f"{fact.kind.value}:{fact.unit}"
    return None


def date_group(fact: Fact) -> str | None:
    """Dates compare field by field; clock times and unresolved "yesterday" never."""
    if fact.kind is FactKind.DATE and fact.unit not in ("time", "relative-day"):
        return fact.unit
    return None


def person_group(fact: Fact) -> str | None:
    """Names of two words or more that may be a person's."""
    if fact.kind is FactKind.NAME and fact.unit in ("person", "") and len(fact.value.split()) >= 2:
        return "name"
    return None


def corroborated_against_one(slot: Slot) -> bool:
    """Whether one value has two sources or more and every other value a single one."""
    counts = sorted(len({m.claim.source for m in ms}) for ms in slot.values.values())
    return counts[-1] >= 2 and all(c == 1 for c in counts[:-1])
