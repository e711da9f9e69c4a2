"""Compare aligned claims: find what the sources write differently.

Where discrepancies come from:

* inside a cluster, between claims of different sources: names that fill the same
  slot differently (:mod:`crosscheck.spellings`), quotations worded differently, the
  one figure of a unit two claims give differently (:mod:`crosscheck.quantities`);
* across the whole corpus: names written two ways (:mod:`crosscheck.spellings`),
  numbers, dates and names that fill one slot (:mod:`crosscheck.slots`) or that one
  source alone gives (:mod:`crosscheck.outliers`), quotations another source words
  differently or does not carry (:mod:`crosscheck.checks`), acronyms that do not fit;
* against the user's reference list: a name that is a near miss of a canonical name.

:func:`find_discrepancies` merges the findings about one slot into discrepancies with
their variants, majority, severity and explanation (the corpus-wide checks are in
:mod:`crosscheck.corpuswide`); :func:`crosscheck.labels.label_clusters` labels the
clusters from them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from crosscheck._text import WORD_RE, claim_tokens, content_tokens
from crosscheck.align import Alignment
from crosscheck.alike import DAY_IN_SENTENCE_RULE, FIGURE_IN_SENTENCE_RULE
from crosscheck.attribution import is_pronoun
from crosscheck.checks import (
    RareWordIndex,
    check_acronyms,
    check_calendar_days,
    check_unsupported_quotes,
    check_weekdays,
    wording_differs,
)
from crosscheck.config import AuditConfig
from crosscheck.conversions import CONVERSION_RULE, misconverted_figures
from crosscheck.corpuswide import ClaimChecks, alike_slots, check_claims, source_vocabularies
from crosscheck.edits import EDIT_RULES, content_key, find_edited_details
from crosscheck.events import across_midnight, other_events, said_beside, still_going_on
from crosscheck.explanations import CONTRARY_RULE, NEGATION_RULE, build_variants, explain, majority_of
from crosscheck.facts import extract_facts
from crosscheck.figures import CURRENCY_UNITS, FLOOR_REACH, far_above_floor, kind_of_figure, number_bound
from crosscheck.models import (
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Fact,
    FactKind,
    ReferenceName,
    SentenceComparison,
    Variant,
)
from crosscheck.outliers import (
    ELSEWHERE,
    MAIN_AGE_RULE,
    NAMED_AGES_RULE,
    ONE_AGE_RULE,
    PAIRED_ELSEWHERE_RULE,
    PAIRED_VALUE_RULE,
    SAME_WORDS_RULE,
    tells_of_it,
)
from crosscheck.quantities import aligned_quantities
from crosscheck.quotations import QUOTED_FIGURE_RULE
from crosscheck.scoring import LexicalScorer, SentenceScorer
from crosscheck.segment import MAX_SEGMENT_CHARS
from crosscheck.slots import (
    SAME_CLAUSE_RULE,
    SLOT_RULES,
    Mention,
    Slot,
    corroborated_against_one,
    name_beside,
    other_details,
    state_of,
)
from crosscheck.spellings import (
    NICKNAME,
    ROMANISATION,
    TRANSLITERATION,
    Finding,
    NameFrames,
    compare_names,
    corpus_name_slips,
    corpus_word_slips,
    is_slip,
    name_frames,
    names_by_source,
    reference_findings,
    source_vocabulary,
    word_fact,
)
from crosscheck.stamps import without_timestamps
from crosscheck.surnames import SAME_GIVEN_NAMES_RULE

__all__ = [
    "Finding",
    "compare_claims",
    "compare_sentences",
    "find_discrepancies",
    "is_slip",
]

_SEVERITY = {
    DiscrepancyKind.NAME_CONFLICT: "high",
    DiscrepancyKind.NUMBER: "high",
    DiscrepancyKind.DATE: "high",
    DiscrepancyKind.NAME_VARIANT: "medium",
    DiscrepancyKind.QUOTE_WORDING: "medium",
    DiscrepancyKind.REFERENCE: "medium",
    DiscrepancyKind.ACRONYM: "medium",
    DiscrepancyKind.UNSUPPORTED_QUOTE: "low",
    DiscrepancyKind.NEGATION: "high",
    DiscrepancyKind.CONTRARY: "high",
}
# Variants that are very likely the same person written two accepted ways.
_RULE_SEVERITY = {
    ROMANISATION: "low", NICKNAME: "low", TRANSLITERATION: "low",
    # one place for another may be a place within it ("in Paris" / "in France")
    EDIT_RULES[DiscrepancyKind.NAME_CONFLICT]: "medium",
}
_HELD_BY_LONE_RULES = frozenset(
    {
        DAY_IN_SENTENCE_RULE, FIGURE_IN_SENTENCE_RULE, ONE_AGE_RULE, ONE_AGE_RULE + ELSEWHERE,
        MAIN_AGE_RULE, MAIN_AGE_RULE + ELSEWHERE,
    }
)
"""Rules whose lone value is held by its own mentions only: the majority's mentions may be
held already, by other slots or by another lone value set against the same majority."""
_WITHOUT_MAJORITY = frozenset(
    {SAME_GIVEN_NAMES_RULE, PAIRED_VALUE_RULE, PAIRED_ELSEWHERE_RULE, NAMED_AGES_RULE, SAME_WORDS_RULE, CONVERSION_RULE,
     SAME_CLAUSE_RULE}
)
"""Rules that report one source against one even where their sentences do not align."""
# Bare numbers say too little to compare; clock times are too often approximate
# ("about 3 p.m." / "3:10 p.m.") to call a difference a discrepancy.
_UNCOMPARED_UNITS = frozenset({"date:time"})
"""Units (``kind:unit``) never compared, besides a number's empty unit."""
_UNALIGNED_SLOT_SCORE = 0.6
"""Same-slot score a number or date slot needs when its sentences share no cluster."""


# -------------------------------------------------------------------- numbers and dates


def _compare_quantities(a: Claim, b: Claim) -> list[Finding]:
    findings = []
    for kind, fact_kinds in (
        (DiscrepancyKind.NUMBER, (FactKind.NUMBER, FactKind.ORDINAL)),
        (DiscrepancyKind.DATE, (FactKind.DATE,)),
    ):
        by_unit_a: dict[str, list[Fact]] = defaultdict(list)
        by_unit_b: dict[str, list[Fact]] = defaultdict(list)
        for claim, by_unit in ((a, by_unit_a), (b, by_unit_b)):
            for fact in claim.facts:
                unit = f"{fact.kind.value}:{fact.unit}"
                if fact.kind in fact_kinds and fact.unit and unit not in _UNCOMPARED_UNITS:
                    by_unit[unit].append(fact)
        for unit in sorted(by_unit_a.keys() & by_unit_b.keys()):
            values_a = {f.value for f in by_unit_a[unit]}
            values_b = {f.value for f in by_unit_b[unit]}
            if values_a & values_b or len(values_a) > 1 or len(values_b) > 1:
                continue
            fa, fb = by_unit_a[unit][0], by_unit_b[unit][0]
            what = unit.split(":", 1)[1]
            rule = "different value for the same quantity" if kind is DiscrepancyKind.NUMBER else "different date"
            detail = f"'{fa.text}' and '{fb.text}' ({what})"
            findings.append(Finding(kind, unit, fa.value, fa, fb.value, fb, rule, detail))
    return findings


# ------------------------------------------------------------------------------ slots

def _quote_findings_seen(buckets: Mapping[tuple[int | None, DiscrepancyKind, str], list[_Bucket]]) -> list[Finding]:
    """Pairs of quotation wordings already compared inside clusters (as findings)."""
    seen = []
    for (_group, kind, _masked), slot_buckets in buckets.items():
        if kind is not DiscrepancyKind.QUOTE_WORDING:
            continue
        for bucket in slot_buckets:
            keys = sorted(bucket.keys)
            for x in keys:
                for y in keys:
                    if x != y:
                        fact = bucket.occurrences[x][0][1]
                        seen.append(Finding(kind, "quote", x, fact, y, fact, "", ""))
    return seen


# --------------------------------------------------------------------------- quotations


def _compare_quotes(a: Claim, b: Claim) -> list[Finding]:
    findings = []
    quotes_a = [f for f in a.facts if f.kind is FactKind.QUOTE]
    quotes_b = [f for f in b.facts if f.kind is FactKind.QUOTE]
    for qa in quotes_a:
        for qb in quotes_b:
            if qa.value == qb.value or qa.value in qb.value or qb.value in qa.value:
                continue
            if fuzz.ratio(qa.value, qb.value) < 70:
                continue
            if not wording_differs(qa.value, qb.value):
                continue  # "this regulation" / "the regulation": transcription, not wording
            findings.append(_quotation_finding(qa, qb))
    return findings


def _quotations_holding(claim: Claim, passage: Fact) -> list[str]:
    """The normal forms of the passage, found by search in ``claim``, and of the claim's
    quotations that hold it: a search's bounds may fall a word short of a quotation's
    ("call on my friends …" inside "I call on my friends …") or stop at its first
    sentence, and the quotation whole may be reported already."""
    return [passage.value] + [
        fact.value for fact in claim.facts
        if fact.kind is FactKind.QUOTE and fact.start <= passage.start and passage.end <= fact.end
    ]


def _quotation_finding(fa: Fact, fb: Fact) -> Finding:
    """Two wordings of one quotation, the facts ``fa`` and ``fb`` (their normal forms differ)."""
    a, b = fa.value, fb.value
    wa, wb = a.split(), b.split()
    # the words of each that the other has not in the same place, aligned word by word: "won
    # by those who build" / "won by people who build and people who fight" differ in "those"
    # and "people", though both write "people" somewhere
    changed = [op for op in Levenshtein.opcodes(wa, wb) if op.tag != "equal"]
    only_a = [w for op in changed for w in wa[op.src_start : op.src_end]]
    only_b = [w for op in changed for w in wb[op.dest_start : op.dest_end]]
    words = f"words that differ: {', '.join(only_a[:5]) or '-'} / {', '.join(only_b[:5]) or '-'}"
    return Finding(DiscrepancyKind.QUOTE_WORDING, "quote", a, fa, b, fb, "one quotation, two wordings", words)


def _quoted_figures(
    buckets: Mapping[tuple[int | None, DiscrepancyKind, str], list[_Bucket]],
    held: Mapping[tuple[DiscrepancyKind, str, int], Set[str]],
) -> list[tuple[int | None, Finding, Claim, Claim]]:
    """The figure that differs between two wordings of one quotation (:data:`QUOTED_FIGURE_RULE`):
    "the unjust death of **four** of our citizens" / "… **three** …". Only where each
    wording has one figure the other lacks, they count the same thing or one names nothing
    ("two hours" and "120 minutes" are no two values), and no reported slot holds either already."""
    found = []
    seen: set[tuple[str, int, str, int]] = set()
    for (group, kind, _slot), slot_buckets in list(buckets.items()):
        if kind is not DiscrepancyKind.QUOTE_WORDING:
            continue
        for bucket in slot_buckets:
            keys = sorted(bucket.keys)
            for x, y in itertools.combinations(keys, 2):
                for claim_a, quote_a in bucket.occurrences[x]:
                    for claim_b, quote_b in bucket.occurrences[y]:
                        if claim_a.source == claim_b.source:
                            continue
                        pair = _differing_figure(claim_a, quote_a, claim_b, quote_b)
                        if pair is None:
                            continue
                        fa, fb = pair
                        key = (claim_a.id, fa.start, claim_b.id, fb.start)
                        if key in seen or any(
                            (DiscrepancyKind.NUMBER, c.id, f.start) in held for c, f in ((claim_a, fa), (claim_b, fb))
                        ):
                            continue
                        seen.add(key)
                        detail = f"'{fa.text}' and '{fb.text}'"
                        finding = Finding(DiscrepancyKind.NUMBER, f"quote:{fa.unit}", fa.value, fa, fb.value, fb,
                                          QUOTED_FIGURE_RULE, detail)
                        found.append((group, finding, claim_a, claim_b))
    return found


def _differing_figure(claim_a: Claim, quote_a: Fact, claim_b: Claim, quote_b: Fact) -> tuple[Fact, Fact] | None:
    """The one figure inside each quotation that the other lacks, when they count one thing
    (or one of them names nothing it counts)."""
    inside_a = [f for f in claim_a.facts if f.kind is FactKind.NUMBER and quote_a.start <= f.start < quote_a.end]
    inside_b = [f for f in claim_b.facts if f.kind is FactKind.NUMBER and quote_b.start <= f.start < quote_b.end]
    values_a, values_b = {f.value for f in inside_a}, {f.value for f in inside_b}
    only_a = [f for f in inside_a if f.value not in values_b]
    only_b = [f for f in inside_b if f.value not in values_a]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    units = {only_a[0].unit, only_b[0].unit} - {""}
    return (only_a[0], only_b[0]) if len(units) <= 1 else None  # "four of our citizens" / "three people"


def compare_claims(
    a: Claim,
    b: Claim,
    *,
    used_together: Mapping[str, set[str]] | None = None,
    vocabulary: Mapping[str, Set[str]] | None = None,
    config: AuditConfig | None = None,
    quantities: bool = True,
    frames: NameFrames | None = None,
) -> list[Finding]:
    """Return what two claims of different sources state differently.

    ``used_together`` maps a name key to the sources that use it: two names one source
    uses are distinct entities. ``vocabulary`` maps a source to the normalised words
    of its whole text: a name conflict needs each source to write only its own word.
    ``frames`` (:func:`crosscheck.spellings.name_frames`) says where each source writes
    each word of a name: two words one source writes in one frame are no slip of one name.
    By default only the two claims are consulted.
    """
    config = config or AuditConfig()
    if used_together is None:
        used_together = names_by_source((a, b))
    if frames is None:
        frames = name_frames((a, b))
    if vocabulary is None:
        vocabulary = {}
        for claim in (a, b):
            vocabulary[claim.source] = set(vocabulary.get(claim.source, set())) | source_vocabulary(claim.text)
    return (
        compare_names(a, b, used_together, vocabulary, config, frames)
        + (_compare_quantities(a, b) if quantities else [])
        + _compare_quotes(a, b)
        + _compare_negation(a, b)
        + _compare_contraries(a, b)
    )


_NEGATION_RE = re.compile(r"\b(?:not|never|no longer|\w+n[’']t|cannot)\b", re.IGNORECASE)
"""A negation of what a sentence says: "not", "never", "no longer", "didn't" ("no" is left
out: "no one was hurt" negates no verb of the other's)."""
_OTHER_NEGATION_RE = re.compile(r"\b(?:no(?=\s+[a-z])|nor|none|neither|nobody|nothing|without)\b", re.IGNORECASE)
"""Negations that negate no verb, which a sentence with none of :data:`_NEGATION_RE` may use
to say the same: "has no state death penalty" / "does not have a state death penalty",
"nor was Dean asked" / "Dean was not asked"."""
_NEGATION_MIN_WORDS = 4
"""Content words each of the two sentences must have: a short one says too little to be
one statement with the other."""
_NOT_A_DENIAL_RE = re.compile(
    r"\bnot\s+(?:only|just|merely|simply|surprisingly|least|far|yet|until|unless)\b"
    r"|\b(?:if|whether\s+or)\s+not\b|\bnot\b[^.;]*\buntil\b|\brule\s+out\b|\bbe\s+reached\b",
    re.IGNORECASE,
)
"""Negations that deny nothing the other sentence says: "not only … but also", "if not
thousands", "not far from", "not yet identified" and "not … until Monday" (a later moment),
"cannot rule out", "could not be reached for comment"."""
_AUXILIARIES = frozenset("am is are was were will would".split())
"""Auxiliaries whose tense two sentences must share: "is no longer closed" / "was closed",
"were not identified" / "will be identified" are two moments. Not "has" and "had", which are
verbs as often ("does not have a fire station" / "has a fire station")."""
_CONTRACTED = {"'re": "are", "’re": "are", "'m": "am", "’m": "am"}
"""Contracted auxiliaries of pronouns ("they're", "I'm")."""


def _auxiliaries(text: str) -> set[str]:
    """The auxiliaries of :data:`_AUXILIARIES` a sentence writes, a contraction's too ("wasn't": was)."""
    found = set()
    for word in WORD_RE.findall(text):
        word = word.lower()
        for ending, auxiliary in _CONTRACTED.items():
            if word.endswith(ending):
                found.add(auxiliary)  # "they're": are
        word = word.removesuffix("n't").removesuffix("n’t")
        found.add({"wo": "will", "ai": "is"}.get(word, word))
    return found & _AUXILIARIES


def _compare_negation(a: Claim, b: Claim) -> list[Finding]:
    """A statement one claim negates and the other does not, in the same words ("The minister
    resigned on Friday" / "The minister did not resign on Friday"): no name, number or date
    differs, so nothing else reports it. The negation must stand inside the words both share,
    between two that stand side by side in the other ("minister … resign"), and the two may
    differ in no other content word: a negation in a clause or sentence only one of them has
    ("It was not just a political relationship.") negates nothing the other says, and an added
    word may name another party or moment. Both negated, or neither, is no finding; nor is a
    negation that denies nothing (:data:`_NOT_A_DENIAL_RE`), a sentence hedged or of some of a
    group (:data:`_HEDGED_RE`), or two in different tenses (:data:`_AUXILIARIES`)."""
    found_a, found_b = _NEGATION_RE.search(a.text), _NEGATION_RE.search(b.text)
    if bool(found_a) == bool(found_b):
        return []
    negated, plain, negation = (a, b, found_a) if found_a else (b, a, found_b)
    assert negation is not None
    if _OTHER_NEGATION_RE.search(plain.text):
        return []  # negated too, in other words ("has no …" / "does not have …")
    if any(claim.text.rstrip(" \"'”’)").endswith("?") for claim in (a, b)):
        return []  # a question asserts nothing ("Has the minister resigned …?")
    if _NOT_A_DENIAL_RE.search(negated.text) or any(_HEDGED_RE.search(claim.text) for claim in (a, b)):
        return []  # "not only …", "not … until Monday"; hedged, or of some of a group
    if _auxiliaries(negated.text) != _auxiliaries(plain.text):
        return []  # two moments: "is no longer closed" / "was closed"
    # the claims' tokens, kept since the aligner worked them out
    words_negated = content_tokens(_NEGATION_RE.sub(" ", negated.text))  # "no longer" leaves no "longer"
    words_plain = claim_tokens(plain.text)
    if min(len(set(words_negated)), len(set(words_plain))) < _NEGATION_MIN_WORDS:
        return []  # too short to be one statement ("No gun has been recovered." / "The gun has not …")
    if set(words_negated) != set(words_plain):
        return []  # more than the negation apart: "officials denied that …" / "… was not …",
        # "Officials said …" / "Rebel officials said … not …" (two parties)
    before = content_tokens(negated.text[: negation.start()])
    after = [w for w in content_tokens(negated.text[negation.end() :]) if not _NEGATION_RE.search(w)]
    if not before or not after or (before[-1], after[0]) not in set(itertools.pairwise(words_plain)):
        return []
    # the whole claim stands for what it states: the variant shows each source's sentence
    facts = {
        claim.id: Fact(kind=FactKind.QUOTE, text=claim.text, start=claim.start, end=claim.end, value="")
        for claim in (a, b)
    }
    key_a, key_b = ("not", "so") if negated is a else ("so", "not")
    detail = f"'{before[-1]} … {after[0]}'"
    return [Finding(DiscrepancyKind.NEGATION, "negation", key_a, facts[a.id], key_b, facts[b.id], NEGATION_RULE, detail)]


_CONTRARIES = (
    ("confirm confirmed confirms confirming", "deny denied denies denying"),
    ("admit admitted admits admitting acknowledge acknowledged acknowledges", "deny denied denies denying"),
    ("accept accepted accepts accepting", "reject rejected rejects rejecting refuse refused refuses declined decline declines"),
    ("approve approved approves approving pass passed passes", "reject rejected rejects rejecting veto vetoed vetoes defeated"),
    ("agree agreed agrees agreeing", "refuse refused refuses refusing disagree disagreed disagrees"),
    ("grant granted grants", "deny denied denies refuse refused refuses"),
    ("uphold upheld upholds upholding", "overturn overturned overturns overturning reverse reversed reverses quash quashed"),
    ("convict convicted convicts conviction", "acquit acquitted acquits acquittal clear cleared"),
    ("guilty", "innocent"),
    ("win won wins winning victory defeated gain gained gains", "lose lost loses losing defeat"),
    ("rise rose risen rises rising increase increased increases increasing climb climbed climbs jump jumped "
     "jumps soar soared soars surge surged surges gain gained gains grow grew grows growing",
     "fall fell fallen falls falling decrease decreased decreases decreasing decline declined declines drop "
     "dropped drops plunge plunged plunges slump slumped slumps shrink shrank shrinks"),
    ("raise raised raises hike hiked hikes increase increased increases", "cut cuts lower lowered lowers reduce reduced reduces"),
    ("add adds added create creates created", "cut cuts axe axed shed sheds"),
    ("profit profits", "loss losses"),
    ("highest", "lowest"),
    ("strengthen strengthened strengthens", "weaken weakened weakens"),
    ("widen widened widens", "narrow narrowed narrows"),
    ("expand expanded expands", "contract contracted contracts shrank"),
    ("upgrade upgraded upgrades", "downgrade downgraded downgrades"),
    ("accelerate accelerated accelerates", "slow slowed slows"),
    ("improve improved improves", "worsen worsened worsens"),
    ("ease eased eases relax relaxed relaxes lift lifted lifts", "tighten tightened tightens impose imposed imposes"),
    ("stable", "critical"),
    ("minor", "serious"),
    ("majority", "minority"),
    ("private", "public"),
    ("import imported imports", "export exported exports"),
    ("deliberately intentionally deliberate intentional", "accidentally accidental"),
    ("alive survived survives", "dead died dies killed"),
    ("killed dead died killing", "injured wounded hurt injuring wounding", "arrested detained"),
    ("resign resigned resigns quit", "fired sacked dismissed ousted"),
    ("allow allowed allows permit permitted permits legal lawful legalise legalised legalize legalized",
     "ban banned bans forbid forbade forbids prohibit prohibited prohibits illegal unlawful"),
    ("support supported supports supporting back backed backs", "oppose opposed opposes opposing"),
    ("succeed succeeded succeeds success successful", "fail failed fails failure unsuccessful"),
    ("positive", "negative"),
    ("include included includes including", "exclude excluded excludes excluding"),
    ("armed", "unarmed"),
    ("peaceful peacefully", "violent violently"),
    ("hire hired hires", "fire fired fires sack sacked"),
    ("buy bought buys", "sell sold sells"),
    ("praise praised praises welcome welcomed welcomes",
     "criticise criticised criticises criticize criticized criticizes condemn condemned condemns"),
    ("north northern northeast northeastern northwest northwestern",
     "south southern southeast southeastern southwest southwestern"),
    ("east eastern northeast northeastern southeast southeastern", "west western northwest northwestern southwest southwestern"),
    ("for", "against"),
    ("above", "below"),
    ("inside", "outside"),
    ("likely", "unlikely"),
    ("able", "unable"),
    ("possible", "impossible"),
    ("true", "false"),
)
"""Words that exclude each other, in groups of two sides or more: one sentence with a word of
one side where another has one of another side, in otherwise the same words, says the
contrary ("Police confirmed …" / "Police denied …", "voted for" / "voted against", "three
people were killed" / "three people were injured"). A word may stand in several groups.
Left out as too often two moments or two people: opened / closed (markets and polls do
both each day), before / after, missing / killed, up / down and higher / lower (phrasal
verbs: "broke down" / "broke up"), man / woman and kin ("His father said" / "His mother
said" are two speakers)."""
_CONTRARY_MIN_WORDS = 3
"""Content words, but the two contraries, each of two sentences must have ("The minister
accepted / rejected responsibility for the failure")."""


def _contrary_index() -> dict[str, list[tuple[int, int]]]:
    """Each word of :data:`_CONTRARIES` with its (group, side) places."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for group, sides in enumerate(_CONTRARIES):
        for side, words in enumerate(sides):
            for word in words.split():
                index[word].append((group, side))
    return dict(index)


_CONTRARY_OF = _contrary_index()
_SIDING_VERBS = frozenset(
    "vote voted votes voting ruled rule rules testified testify argued argue argues campaigned campaign "
    "campaigns lobbied lobby spoke speak speaks".split()
)
"""The verbs after which "for" and "against" take sides ("voted for" / "voted against"); elsewhere
they are no contraries ("a vaccine for the virus" / "against the virus")."""
_BECOMING = frozenset("silent quiet ill sick asleep apart short victim prey pregnant".split())
"""What "fell" or "grew" become (no rise or fall): "fell silent" / "grew silent"."""
_ARTICLES = frozenset("a an the".split())
"""The only words, but the contraries, that two sentences may write differently ("a suspect" /
"the suspect")."""
_HEDGED_RE = re.compile(
    r"\b(?:whether|either|unclear|unconfirmed|if|possibly|perhaps)\b|\b(?-i:may|might)\b"
    r"|\b(?:one|some|many|several|few|most|two|three|four|five|both|each|all)\s+of\b"
    r"|^\W*(?:some|many|several|few|most)\b",
    re.IGNORECASE,
)
"""A statement not made outright ("It was unclear whether the captain survived", "either
killed or injured"), or of some of a group ("One of the attackers was killed", "Some lawmakers
oppose"): two such sentences may both be true."""


def _compare_contraries(a: Claim, b: Claim) -> list[Finding]:
    """A statement one claim makes and the other makes with one word replaced by one that
    excludes it (:data:`_CONTRARIES`), in otherwise the same words in the same order: "Police
    confirmed the arrest on Friday" / "Police denied the arrest on Friday".

    The two word sequences must align as that one replacement, and articles at most besides
    ("Google bought the startup from Yahoo" / "Yahoo sold the startup to Google" say one
    thing; "Officials confirmed" / "Opposition officials denied", "He denied" / "She
    admitted" are two parties; "initially rose" / "fell" two moments). Each sentence must
    have three content words besides the two (:data:`_CONTRARY_MIN_WORDS`); neither may be
    negated in any words ("did not confirm" / "denied" agree), a question, hedged or of some
    of a group (:data:`_HEDGED_RE`); "for" / "against" take sides only after a verb such as
    "voted" (:data:`_SIDING_VERBS`), and "fell" / "grew" do not before what they become
    ("fell silent"). The two words must be written in small letters, a sentence's first word
    but where a capital follows it (:func:`_common_words`: "North Korea" is a name)."""
    if any(
        _NEGATION_RE.search(claim.text) or _OTHER_NEGATION_RE.search(claim.text) or _HEDGED_RE.search(claim.text)
        or claim.text.rstrip(" \"'”’)").endswith("?") for claim in (a, b)
    ):
        return []
    words_a = [m.group() for m in WORD_RE.finditer(a.text)]
    words_b = [m.group() for m in WORD_RE.finditer(b.text)]
    lower_a = [w.lower() for w in words_a]
    lower_b = [w.lower() for w in words_b]
    common_a, common_b = _common_words(words_a), _common_words(words_b)
    found = None
    for op in Levenshtein.opcodes(lower_a, lower_b):
        if op.tag == "equal":
            continue
        side_a, side_b = lower_a[op.src_start : op.src_end], lower_b[op.dest_start : op.dest_end]
        if set(side_a) | set(side_b) <= _ARTICLES:
            continue  # "a suspect" / "the suspect"
        if found is not None or op.tag != "replace" or len(side_a) != 1 or len(side_b) != 1:
            return []  # another word apart, or the words in another order
        x, y = side_a[0], side_b[0]
        sides = _contrary_sides(x, y)
        if sides is None or x not in common_a or y not in common_b:
            return []
        if x in ("for", "against") and (op.src_start == 0 or lower_a[op.src_start - 1] not in _SIDING_VERBS):
            return []  # "a vaccine for the virus" / "against the virus"
        after = lower_a[op.src_end] if op.src_end < len(lower_a) else ""
        if after in _BECOMING:
            return []  # "fell silent" / "grew silent"
        found = (x, y, sides)
    if found is None:
        return []
    x, y, (group, side_x, side_y) = found
    # keyed by the first word of each side, so that "confirmed" and "confirms" agree
    key_x, key_y = _CONTRARIES[group][side_x].split()[0], _CONTRARIES[group][side_y].split()[0]
    besides = set(claim_tokens(a.text)) - set(content_tokens(x)) - set(content_tokens(y))
    if len(besides) < _CONTRARY_MIN_WORDS:
        return []
    facts = {
        claim.id: Fact(kind=FactKind.QUOTE, text=claim.text, start=claim.start, end=claim.end, value="")
        for claim in (a, b)
    }
    detail = f"'{x}' / '{y}'"
    return [Finding(DiscrepancyKind.CONTRARY, "contrary", key_x, facts[a.id], key_y, facts[b.id], CONTRARY_RULE, detail)]


def _contrary_sides(x: str, y: str) -> tuple[int, int, int] | None:
    """The group of :data:`_CONTRARIES` where ``x`` and ``y`` stand on two sides, and the
    sides, or None."""
    for group, side_x in _CONTRARY_OF.get(x, ()):
        for other_group, side_y in _CONTRARY_OF.get(y, ()):
            if other_group == group and side_y != side_x:
                return group, side_x, side_y
    return None


def _common_words(words: Sequence[str]) -> set[str]:
    """The words written in small letters, and the first word unless a capital follows it
    ("Police confirmed …", but not "North Korea …": a name), in small letters."""
    return {
        w.lower() for n, w in enumerate(words)
        if w.islower() or (n == 0 and not (len(words) > 1 and words[1][:1].isupper()))
    }


_SAYER_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?P<who>(?:the\s+|a\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+"
    r"(?:said|say|says|estimated|estimate|estimates|counted|put (?:the \w+|it) at)\s+(?:that\s+)?"
    r"(?:about|around|some|nearly|almost|more than|at least|up to|as many as)?\s*$",
    re.IGNORECASE,
)
"""Who gives a figure, named right before it ("Police said 50,000 …", "organisers estimated
that some 120,000 …")."""
_SAYER_AFTER_RE = re.compile(
    r"[^,;:]*,\s+(?:according to\s+(?P<by>(?:the\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’-]*)"
    r"|(?P<who>(?:the\s+|a\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+(?:said|say|says|estimated|claimed))"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""… or at the end of its sentence, after a comma ("50,000 people marched, police said.")."""
_AUTHORITIES = frozenset("officials authorities government ministry police state media agency spokesman spokeswoman".split())
"""Words for the authorities: two of them giving two figures disagree, they do not compete."""


def _credited_to(variants: Sequence[Variant], by_id: Mapping[str, Claim]) -> list[str] | None:
    """Who each variant's figure is credited to in its sentence ("Police said 50,000 …",
    "… 120,000 people marched, organisers said."), when every variant names someone right
    before it or at the end of its sentence, all
    its sentences the same one, and no two variants name the same party: no word in
    common ("police" / "Paris police" are one), nor both the authorities ("officials" /
    "authorities"); else ``None``."""
    credited: list[str] = []
    for variant in variants:
        names = set()
        for claim_id, start, end in variant.spans:
            claim = by_id.get(claim_id)
            if claim is None:
                return None
            match = _SAYER_BEFORE_RE.search(claim.text, 0, start - claim.start)
            if match is None:
                match = _SAYER_AFTER_RE.match(claim.text, end - claim.start)
            who = (match.groupdict().get("by") or match.group("who")) if match else None
            if who is None or is_pronoun(who):
                return None
            names.add(re.sub(r"^(?:the|a|an)\s+", "", who.lower()))
        if len(names) != 1:
            return None
        credited.append(names.pop())
    words = [set(re.findall(r"[a-z]+", who)) for who in credited]
    for x in range(len(words)):
        for y in range(x + 1, len(words)):
            if words[x] & words[y] or (words[x] & _AUTHORITIES and words[y] & _AUTHORITIES):
                return None
    return credited


class _FigureIndex:
    """Which claims give each value (kind and normal form), with the unit they give it
    with: built on first use, since most audits never ask (:func:`_said_of_two_named`)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._given: dict[tuple[FactKind, str], set[tuple[str, str]]] | None = None

    def giving(self, kind: FactKind, value: str, units: Set[str]) -> set[str]:
        """The ids of the claims that give ``value`` with one of ``units``."""
        if self._given is None:
            self._given = defaultdict(set)
            for claim in self._claims:
                for fact in claim.facts:
                    if fact.kind in (FactKind.NUMBER, FactKind.DATE):
                        self._given[(fact.kind, fact.value)].add((claim.id, fact.unit))
        return {claim_id for claim_id, unit in self._given.get((kind, value), ()) if unit in units}


def _said_of_two_named(
    variants: Sequence[Variant], by_id: Mapping[str, Claim], figures: _FigureIndex
) -> tuple[str, str, str] | None:
    """A claim that may show a two-sided figure or date to be said of two named things,
    with the two names, else ``None``: each side's sentences name a thing of one kind (two
    places, two people, two organisations) that the other side's never write, and another
    sentence of the audit writes both names and gives both values, each with its side's unit
    or none ("In Phoenix, the mercury climbed to 118 degrees" / "In Las Vegas, the mercury climbed
    to 112 degrees", beside "Phoenix hit 118 and Las Vegas 112"). Such a sentence may show
    two things, not one detail two ways, but as often tells two steps of one event ("detained
    in Leeds on June 3 and charged in Bradford on June 5") or two counts of one thing ("The
    USGS put the quake at 7.4 and the Central Weather Administration at 7.2"): the
    discrepancy is reported with a note that points to it.

    A name beside a word of saying (:func:`crosscheck.outliers.tells_of_it`) is who gave
    the figure, not what it is of ("…, state minister Rajan told reporters" / "…, district
    collector Meghashree told reporters", beside "Rajan put the toll at 40 and Meghashree at
    45": two tolls of one flood, given no note). Names are matched as written, so one that
    opens a sentence, which the name finder leaves out, counts in the sentence giving both."""
    if len(variants) != 2:
        return None
    sides = []
    for variant in variants:
        figures_here = [
            (claim, fact)
            for claim_id, start, _end in variant.spans if (claim := by_id.get(claim_id)) is not None
            for fact in claim.facts if fact.start == start and fact.kind in (FactKind.NUMBER, FactKind.DATE)
        ]
        if not figures_here or len({(fact.kind, fact.value) for _, fact in figures_here}) != 1:
            return None
        sides.append(figures_here)
    texts = [{claim.text for claim, _ in side} for side in sides]
    only = [
        {
            (fact.text, fact.unit) for claim, _ in side for fact in claim.facts
            if fact.kind is FactKind.NAME and not tells_of_it(claim, fact)
            and not any(_writes(text, fact.text) for text in texts[1 - n])
        }
        for n, side in enumerate(sides)
    ]
    pairs = [
        (a, b) for a, unit_a in sorted(only[0]) for b, unit_b in sorted(only[1])
        if unit_a == unit_b or "" in (unit_a, unit_b)
    ]
    if not pairs:
        return None
    sided = {claim.id for side in sides for claim, _ in side}

    def giving(side: Sequence[tuple[Claim, Fact]]) -> set[str]:
        fact = side[0][1]
        return figures.giving(fact.kind, fact.value, {f.unit for _, f in side} | {""})

    for claim_id in sorted(giving(sides[0]) & giving(sides[1]) - sided):
        text = by_id[claim_id].text
        for a, b in pairs:
            if _writes(text, a) and _writes(text, b):
                return claim_id, a, b
    return None


_ROUNDUP_KINDS = (DiscrepancyKind.NUMBER, DiscrepancyKind.DATE)
_ROUNDUP_NOTE = (
    " {source} gives both values in one sentence, with '{a}' and '{b}': they may be said of two"
    " things (a roundup), or of two steps or two counts of one; that sentence says which."
)
"""The note added where :func:`_said_of_two_named` finds a sentence giving both values."""


def _writes(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a word or words of its own, in its case."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


_RUNNING_TALLIES = frozenset({"view", "like", "retweet", "signature", "download", "stream"})
"""Units of counts that grow while the story runs ("26 million views", "120,000
signatures"): outlets that write at different moments give different counts. (Followers
and subscribers are as often a fixed count: a cult's dead, a breach's victims.)"""
_TALLY_GROWTH = 2
"""How many times the smallest count the largest may be for the two to be one tally at two
moments ("24 million" / "26 million views"), not a slip ("2.6 million" / "26 million") or a
fixed threshold ("needs 100,000 signatures" / "10,000")."""


def _running_tally(variants: Sequence[Variant], by_id: Mapping[str, Claim]) -> str | None:
    """The unit, where every figure of the discrepancy counts one running tally (views,
    signatures, downloads: :data:`_RUNNING_TALLIES`) and they are within
    :data:`_TALLY_GROWTH` times of each other, else ``None``."""
    facts = [fact for variant in variants for _, fact in _figures_of(variant, by_id)]
    units = {fact.unit for fact in facts}
    if len(units) != 1 or not units <= _RUNNING_TALLIES:
        return None
    try:
        counts = [Decimal(fact.value) for fact in facts]
    except InvalidOperation:
        return None
    return units.pop() if min(counts) > 0 and max(counts) <= _TALLY_GROWTH * min(counts) else None


def _two_readings(variants: Sequence[Variant], by_id: Mapping[str, Claim]) -> str | None:
    """What to add to a number discrepancy's explanation where its figures read as no error
    as well as one (one the other rounded; a floor far below a figure), else ``None``."""
    rounded = _rounded_pair(variants, by_id)
    if rounded is not None:
        return (
            f" '{rounded[0]}' is '{rounded[1]}' rounded: one source may have rounded the other's"
            " figure; check which is exact."
        )
    floor = _floor_far_below(variants, by_id)
    if floor is not None:
        return (
            f" '{floor[0]}' is a floor ('at least', 'more than') that {floor[1]} lies far above: a "
            "digit slip, or a count that rose between reports; check when each was written."
        )
    return None


def _figures_of(variant: Variant, by_id: Mapping[str, Claim]) -> list[tuple[Claim, Fact]]:
    """The number facts a variant's spans give, each with its claim."""
    return [
        (claim, fact)
        for claim_id, start, _end in variant.spans if (claim := by_id.get(claim_id)) is not None
        for fact in claim.facts if fact.kind is FactKind.NUMBER and fact.start == start
    ]


def _floor_far_below(variants: Sequence[Variant], by_id: Mapping[str, Claim]) -> tuple[str, str] | None:
    """``(floor, the others)`` as written when one variant of the discrepancy is a floor and
    each other lies far above it, as one of its mentions states it exactly ("at least 48" /
    "84": :func:`crosscheck.figures.far_above_floor`; "Some 160" beside "160" counts), else
    ``None``."""
    stated = []
    for variant in variants:
        mentions = [Mention(claim, fact, frozenset(), frozenset()) for claim, fact in _figures_of(variant, by_id)]
        if not mentions:
            return None
        stated.append(mentions)
    floors = [n for n, ms in enumerate(stated) if all(number_bound(m.claim, m.fact) == ">=" for m in ms)]
    if len(floors) != 1:
        return None
    (n,) = floors
    # every other variant far above the floor, as one of its mentions at least states it
    # exactly, and none within it ("nearly 190" beside "184" is far above "at least 48" too)
    others = [ms for k, ms in enumerate(stated) if k != n]
    if not any(far_above_floor(x, y) for x in stated[n] for ms in others for y in ms):
        return None
    try:
        floor = max(float(m.fact.value) for m in stated[n])
        if not all(float(m.fact.value) > floor * FLOOR_REACH for ms in others for m in ms):
            return None
    except ValueError:
        return None
    above = ", ".join(f"'{v.text}'" for k, v in enumerate(variants) if k != n)
    return variants[n].text, above


def _rounded_pair(variants: Sequence[Variant], by_id: Mapping[str, Claim]) -> tuple[str, str] | None:
    """``(round, exact)`` as written when the discrepancy's two figures are one exact
    figure and the other rounded from it ("1,300 jobs" / "1,270 jobs"; 50,000 / 48,500),
    else ``None``."""
    if len(variants) != 2:
        return None
    values = []
    for variant in variants:
        facts = {fact.value for _, fact in _figures_of(variant, by_id)}
        if len(facts) != 1:
            return None
        try:
            values.append(Decimal(facts.pop()))
        except InvalidOperation:
            return None
    for (r, rt), (e, et) in (((values[0], variants[0].text), (values[1], variants[1].text)),
                             ((values[1], variants[1].text), (values[0], variants[0].text))):
        if r < 100 or r != r.to_integral_value() or r == e:
            continue
        digits = str(int(r))
        zeros = len(digits) - len(digits.rstrip("0"))  # 1,300: rounded to the hundred
        if zeros < 2:
            continue
        step = Decimal(10) ** zeros
        try:
            if e % step and (e / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == r:
                return rt, et
        except InvalidOperation:
            continue  # more digits than a Decimal holds: no rounding anyone writes

    return None


def _lone_mentions(slot: Slot) -> list[Mention]:
    """The mentions of a slot's lone value (all its mentions when it names none): the
    majority's may stand against several lone values, in other slots."""
    if not slot.lone:
        return [m for _, ms in sorted(slot.values.items()) for m in ms]
    return list(slot.values[slot.lone])


def _weak_unaligned(slot: Slot) -> bool:
    """Whether a number or date slot of sentences that share no cluster is too weak to report.

    Such a slot needs surroundings that agree more than inside a cluster, and no
    ordinals: they count steps of a sequence (the third round, a second marriage) that
    a story names several of.
    """
    if slot.kind is DiscrepancyKind.NAME_CONFLICT or slot.rule:
        return False
    return slot.score < _UNALIGNED_SLOT_SCORE or any(
        m.fact.kind is FactKind.ORDINAL for ms in slot.values.values() for m in ms
    )


class _Bucket:
    """Findings about one slot merged: the variant keys and where each occurs."""

    def __init__(self, rule: str, detail: str, lone: str | None = None) -> None:
        self.rule = rule
        self.detail = detail
        self.lone = lone  # a key one source gives against one other: written last
        self.keys: set[str] = set()
        self.occurrences: dict[str, list[tuple[Claim, Fact]]] = {}
        self._seen: set[tuple[str, str, Fact]] = set()  # (key, claim id, fact): a set, not a scan

    def add(self, key: str, claim: Claim, fact: Fact) -> None:
        self.keys.add(key)
        items = self.occurrences.setdefault(key, [])
        if (key, claim.id, fact) not in self._seen:
            self._seen.add((key, claim.id, fact))
            items.append((claim, fact))

    def absorb(self, other: _Bucket) -> None:
        for key, items in other.occurrences.items():
            for claim, fact in items:
                self.add(key, claim, fact)


def _narrowest_wordings(bucket: _Bucket) -> tuple[dict[str, list[tuple[Claim, Fact]]], str]:
    """A quote-wording bucket's wordings, less each one every occurrence of which holds another
    wording's in the same claim (a whole quotation, "That depends what you mean. It's eaten …
    effects", beside the passage of it another source quotes, "eaten … effects"), and the
    bucket's detail, worked out again for the two left where one was left out: a source
    is not set against itself, and the words that differ are those of the passage. A
    wording found twice in one claim, one inside the other, is given once, the wider."""
    # one wording found twice in a claim, as a quotation and as a passage a mark shorter: once
    occurrences = {
        key: [
            (claim, fact) for claim, fact in items
            if not any(
                other_claim.id == claim.id and other.start <= fact.start and fact.end <= other.end
                and (other.start, other.end) != (fact.start, fact.end)
                for other_claim, other in items
            )
        ]
        for key, items in bucket.occurrences.items()
    }
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # claim id -> its wordings' spans
    for key, items in occurrences.items():
        for claim, fact in items:
            spans[claim.id].append((fact.start, fact.end, key))
    wide = {
        key for key, items in occurrences.items()
        if all(
            any(
                other != key and fact.start <= start and end <= fact.end and (start, end) != (fact.start, fact.end)
                for start, end, other in spans[claim.id]
            )
            for claim, fact in items
        )
    }
    if not wide or len(occurrences) - len(wide) < 2:
        return occurrences, bucket.detail
    narrow: dict[str, list[tuple[Claim, Fact]]] = {key: items for key, items in occurrences.items() if key not in wide}
    if len(narrow) != 2:
        return narrow, bucket.detail
    (_, fa), (_, fb) = (items[0] for items in narrow.values())
    return narrow, _quotation_finding(fa, fb).detail


def _add_every_mention(claims: Sequence[Claim], buckets: Sequence[_Bucket]) -> None:
    """Add every mention of a name to each bucket that holds the name as a variant, in
    corpus order (the buckets' keys are looked up, not scanned for each name)."""
    holding: dict[str, list[_Bucket]] = defaultdict(list)
    for bucket in buckets:
        for key in bucket.keys:
            holding[key].append(bucket)
    for claim in claims:
        for fact in claim.facts:
            if fact.kind is FactKind.NAME:
                for bucket in holding.get(fact.value, ()):
                    bucket.add(fact.value, claim, fact)


def _add_cluster_peers(
    buckets: Mapping[tuple[int | None, DiscrepancyKind, str], Sequence[_Bucket]],
    alignment: Alignment,
    by_id: Mapping[str, Claim],
) -> None:
    """Add to each number or date found inside a cluster the other claims of the cluster
    that give one of its values, as their one figure of that kind and unit: "The
    58-year-old was found guilty" sides with "Whitcombe, 58, was convicted" against
    "Whitcombe, 85, was convicted", though only the last two were found to differ (their
    pair shares the words beside the figure). A claim of a source the discrepancy holds
    already, or one that gives two of its values, is left out."""
    for (group, kind, _slot), slot_buckets in buckets.items():
        if group is None or kind not in (DiscrepancyKind.NUMBER, DiscrepancyKind.DATE):
            continue
        fact_kind = FactKind.NUMBER if kind is DiscrepancyKind.NUMBER else FactKind.DATE
        for bucket in slot_buckets:
            units = {key: {fact.unit for _, fact in items} for key, items in bucket.occurrences.items()}
            held = {claim.source for items in bucket.occurrences.values() for claim, _ in items}
            for claim_id in alignment.groups[group]:
                claim = by_id[claim_id]
                if claim.source in held:
                    continue
                given = [
                    f for f in claim.facts
                    if f.kind is fact_kind and f.value in units and f.unit in units[f.value]
                ]
                same_unit = [f for f in claim.facts if f.kind is fact_kind and given and f.unit == given[0].unit]
                if len(given) == 1 and len(same_unit) == 1 and _one_detail(
                    claim, given[0], bucket.occurrences[given[0].value], kind
                ):
                    bucket.add(given[0].value, claim, given[0])
                    held.add(claim.source)


_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:his|her|their|its|whose)\s+$", re.IGNORECASE)
"""Before an age, what makes it a relative's or a partner's ("his 58-year-old brother")."""
_DONE_TO_AFTER_RE = re.compile(r"[\w-]*(?:\s+[a-z]+){0,2}\s+(?:was|were)\s+[a-z]+(?:ed|en|t)\s+by\b")
"""After an age, what makes it the age of one something was done to by another ("a
58-year-old was shot by Whitcombe"): not the age of the one who did it."""


def _one_detail(claim: Claim, fact: Fact, sided: Sequence[tuple[Claim, Fact]], kind: DiscrepancyKind) -> bool:
    """Whether a claim's figure may be the detail the claims ``sided`` give the same value
    for: not said of another event, where a day or a sum ("arrived on Tuesday" / "opened on
    Tuesday", "paid $3 million" / "demanded $3 million"), beside another name ("Martin
    Hale, 58" / "Whitcombe, 58"), a relative's age ("his 58-year-old partner"), of what
    became of other people (or of none said, where they say it), nor a rate or a change
    where they give a total."""
    peer = Mention(claim, fact, frozenset(), frozenset())
    if fact.unit == "age" and (
        _POSSESSIVE_BEFORE_RE.search(claim.text, max(0, fact.start - claim.start - 12), fact.start - claim.start)
        or _DONE_TO_AFTER_RE.match(claim.text, fact.end - claim.start)
    ):
        return False  # "his 58-year-old partner", "a 58-year-old was shot by Whitcombe": another person's age
    for other_claim, other_fact in sided:
        other = Mention(other_claim, other_fact, frozenset(), frozenset())
        # a day, or a sum ("paid" / "demanded"), is said of an event; a count or an age is
        # read by what became of those counted ("left 31,000 dead" / "31,000 were killed")
        if (kind is DiscrepancyKind.DATE or fact.unit in CURRENCY_UNITS) and other_events([peer], [other]):
            return False
        names, other_names = name_beside(peer), name_beside(other)
        if names and other_names and not names & other_names:
            return False
        if kind is DiscrepancyKind.NUMBER and (
            other_details([peer], [other]) or kind_of_figure(peer) != kind_of_figure(other)
        ):
            return False
        # what became of those counted, where the sided claim says it, the peer says too
        # ("carrying 30 people" is no count of "killing 30 people")
        if kind is DiscrepancyKind.NUMBER and (state := state_of(other)) is not None and state_of(peer) != state:
            return False
    return True


def _aligned_pairs(alignment: Alignment, by_id: Mapping[str, Claim]) -> Iterator[tuple[int, Claim, Claim]]:
    """Each pair of claims of two sources in one cluster (repeats left out), with the
    cluster's index; a pair of verbatim copies (:func:`~crosscheck.edits.content_key`) states nothing
    differently and is left out too."""
    for g, group_claims in enumerate(alignment.groups):
        members = [by_id[c] for c in group_claims if c not in alignment.repeats]
        content = [content_key(c) for c in members]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                if members[x].source != members[y].source and content[x] != content[y]:
                    yield g, members[x], members[y]


def find_discrepancies(
    claims: Sequence[Claim],
    alignment: Alignment,
    *,
    reference: Sequence[ReferenceName] = (),
    config: AuditConfig | None = None,
    checked: ClaimChecks | Callable[[], ClaimChecks] | None = None,
    vocabulary: Mapping[str, Set[str]] | None = None,
    rare_words: RareWordIndex | None = None,
) -> tuple[list[Discrepancy], dict[int, list[str]]]:
    """Find every discrepancy; return them and, per group index, the ids of those inside it.

    Findings about the same slot (a name slot, the unit of a number) merge across the
    pairs of a cluster, so that three sources against one give one discrepancy with
    two variants, the majority among them. ``checked`` is :func:`crosscheck.corpuswide.check_claims` of the
    same claims and config, when it ran already (it is run here otherwise), or a
    function that returns it: it is called once, after the checks that need only the
    claims and their alignment, so that a helper process working it out meanwhile has
    as long as it can. ``vocabulary`` (each source's :func:`source_vocabulary` over its
    claims) and ``rare_words`` (the claims' :class:`RareWordIndex`) are given when they
    were worked out already.
    """
    config = config or AuditConfig()
    by_id = {c.id: c for c in claims}
    order = {c.id: n for n, c in enumerate(claims)}
    used_together = names_by_source(claims)
    frames = name_frames(claims)
    if vocabulary is None:
        vocabulary = source_vocabularies(claims)

    buckets: dict[tuple[int | None, DiscrepancyKind, str], list[_Bucket]] = defaultdict(list)

    def add(group: int | None, finding: Finding, claim_a: Claim, claim_b: Claim) -> None:
        slot_buckets = buckets[(group, finding.kind, finding.slot)]
        keys = {finding.a_key, finding.b_key}
        hits = [bucket for bucket in slot_buckets if bucket.keys & keys]
        if hits:
            bucket = hits[0]
            for other in hits[1:]:
                bucket.absorb(other)
                slot_buckets.remove(other)
        else:
            bucket = _Bucket(finding.rule, finding.detail)
            slot_buckets.append(bucket)
        bucket.add(finding.a_key, claim_a, finding.a_fact)
        bucket.add(finding.b_key, claim_b, finding.b_fact)

    covered: set[frozenset[str]] = set()
    for g, a, b in _aligned_pairs(alignment, by_id):
        for finding in compare_claims(
            a, b, used_together=used_together, vocabulary=vocabulary, config=config, quantities=False,
            frames=frames,
        ):
            add(g, finding, a, b)
            if finding.kind in (DiscrepancyKind.NAME_VARIANT, DiscrepancyKind.NAME_CONFLICT):
                covered.add(frozenset((finding.a_key, finding.b_key)))

    group_of_claim = {c: g for g, group_claims in enumerate(alignment.groups) for c in group_claims}
    quoted = {(k.a_key, k.b_key) for k in _quote_findings_seen(buckets)}
    rare_words = rare_words or RareWordIndex(claims)
    # what needs only the claims and the alignment is found first (while a helper may be
    # working out ``checked``); the findings are taken in below in the order they always were
    dated = without_timestamps(claims)
    stamps = {(c.id, f.start) for c, d in zip(claims, dated, strict=True) if c is not d for f in set(c.facts) - set(d.facts)}
    edited = find_edited_details(claims, alignment.groups, skip=stamps)
    name_slips = corpus_name_slips(claims, used_together, config)
    word_slips = corpus_word_slips(claims, vocabulary, name_slips, config)
    unsupported: list[tuple[int, Discrepancy]] = []
    if config.unsupported_quotes != "none":
        reported_by = None
        if config.unsupported_quotes == "reported":
            reported_by = {}
            for group_claims in alignment.groups:
                members = [by_id[c] for c in group_claims if c not in alignment.repeats]
                for claim in members:
                    reported_by[claim.id] = [m for m in members if m.source != claim.source]
        unsupported = check_unsupported_quotes(claims, order, rare_words, reported_by=reported_by)
    lone_alike = alike_slots(claims, dated)
    if checked is None:
        checked = check_claims(claims, config, rare_words, used_together=used_together, vocabulary=vocabulary)
    elif not isinstance(checked, ClaimChecks):
        checked = checked()
    for claim_a, quote, claim_b, passage in checked.quote_passages:
        if any((quote.value, key) in quoted or (key, quote.value) in quoted for key in _quotations_holding(claim_b, passage)):
            continue  # the aligned claims' quotations, compared whole, already set the two apart
        ga, gb = group_of_claim.get(claim_a.id), group_of_claim.get(claim_b.id)
        add(ga if ga == gb else None, _quotation_finding(quote, passage), claim_a, claim_b)
    # a lone value that a reported slot already holds is reported once, by the slot
    # each fact a reported slot holds, with the values that slot sets against each other
    held: dict[tuple[DiscrepancyKind, str, int], set[str]] = defaultdict(set)
    all_slots = checked.slots
    ordered = [s for s in all_slots if not s.rule] + edited + [s for s in all_slots if s.rule] + lone_alike
    for fact_slot in ordered:
        keys = sorted(fact_slot.values)
        mentions = [m for key in keys for m in fact_slot.values[key]]
        # a lone surname (and the lone values of some rules) is held by its own mentions
        # only: several lone values may stand against one majority
        own = (
            _lone_mentions(fact_slot)
            if fact_slot.kind is DiscrepancyKind.NAME_CONFLICT or fact_slot.rule in _HELD_BY_LONE_RULES
            else mentions
        )
        if fact_slot.rule == SAME_CLAUSE_RULE:
            # one source against one: only where no slot reported already sets the two
            # values against each other at one of these mentions
            if any(set(keys) <= held.get((fact_slot.kind, m.claim.id, m.fact.start), set()) for m in mentions):
                continue
        elif fact_slot.rule and any((fact_slot.kind, m.claim.id, m.fact.start) in held for m in own):
            continue
        if fact_slot.kind is DiscrepancyKind.NAME_CONFLICT:
            written = {key: {m.fact.value for m in fact_slot.values[key]} | {key} for key in keys}
            if any(
                frozenset((a, b)) in covered
                for x in keys for y in keys if x != y for a in written[x] for b in written[y]
            ):
                continue
        if (
            fact_slot.kind is DiscrepancyKind.DATE and not fact_slot.rule
            and len({still_going_on(m.claim) for m in mentions}) == 2
        ):
            # one side tells of something still going on, the other not ("the blaze, which
            # broke out in the early hours, on Tuesday" / "were still damping down the blaze,
            # which broke out in the early hours, on Thursday"): the day of what followed
            continue
        if (
            fact_slot.kind is DiscrepancyKind.DATE and len(keys) == 2
            and across_midnight(fact_slot.values[keys[0]], fact_slot.values[keys[1]])
        ):
            # "late Saturday" / "early Sunday": one night, dated either side of midnight; held,
            # so that no rule of aligned claims reports the two days after all
            for m in mentions:
                held[(fact_slot.kind, m.claim.id, m.fact.start)].update(keys)
            continue
        groups = [
            {group_of_claim.get(m.claim.id) for m in fact_slot.values[key]} for key in keys
        ]
        shared_groups = sorted(
            g for g in set().union(*groups)
            if g is not None and sum(g in gs for gs in groups) >= 2
        )
        group = shared_groups[0] if shared_groups else None
        if group is None and fact_slot.kind is DiscrepancyKind.DATE and all(said_beside(m.claim, m.fact) for m in mentions):
            # days things were said, in sentences that do not align ("the Washington Post
            # reported Monday" / "On Sunday, the Washington Post reported that …"): two statements
            continue
        if group is None and not corroborated_against_one(fact_slot) and fact_slot.rule not in _WITHOUT_MAJORITY:
            # sentences that do not align need more: a value two sources agree on,
            # against a single source
            continue
        if group is None and _weak_unaligned(fact_slot):
            continue
        if group is None and fact_slot.kind is DiscrepancyKind.NUMBER and not fact_slot.rule:
            # numbers in sentences that share no cluster: on real news nearly always
            # counts of different things (see docs/discrepancies.md)
            continue
        for m in mentions:
            held[(fact_slot.kind, m.claim.id, m.fact.start)].update(keys)
        rule = fact_slot.rule or SLOT_RULES[fact_slot.kind]
        paired = rule in (PAIRED_VALUE_RULE, PAIRED_ELSEWHERE_RULE)
        bucket = _Bucket(rule, ", ".join(fact_slot.context), fact_slot.lone if paired else None)
        for key in keys:
            for mention in fact_slot.values[key]:
                bucket.add(key, mention.claim, mention.fact)
        buckets[(group, fact_slot.kind, "slot:" + "|".join(keys))].append(bucket)

    # a figure two aligned claims give differently, where no reported slot holds it
    dated_by_id = {c.id: c for c in dated}
    for g, a, b in _aligned_pairs(alignment, by_id):
        for finding in aligned_quantities(a, b, dated_a=dated_by_id[a.id], dated_b=dated_by_id[b.id], held=held):
            add(g, finding, a, b)
    # a figure that two wordings of one quotation give differently, where no reported slot holds it
    for quoted_in, finding, a, b in _quoted_figures(buckets, held):
        add(quoted_in, finding, a, b)

    corpus_wide: list[_Bucket] = []
    for finding, claim_a, claim_b in name_slips:
        if frozenset((finding.a_key, finding.b_key)) not in covered:
            add(None, finding, claim_a, claim_b)
    for slip in word_slips:
        sides = slip.occurrences
        if any(frozenset((fa.value, fb.value)) in covered for _, fa in sides[0] for _, fb in sides[1]):
            continue
        bucket = _Bucket("one-letter slip in a name, across the corpus", slip.detail)
        # where the names around the word differ ("Muammar Gaddafi", "Muammar Qaddafi"),
        # the variants are the words themselves, so that each shows only what its
        # sources wrote
        alike = all(len({fact.text for _, fact in items}) == 1 for items in sides)
        for word, items in zip(slip.words, sides, strict=True):
            for claim, fact in items:
                bucket.add(word, claim, fact if alike else word_fact(fact, word))
        buckets[(None, DiscrepancyKind.NAME_VARIANT, "word|" + "|".join(slip.words))].append(bucket)
    for (group, _kind, _masked), slot_buckets in buckets.items():
        if group is None:
            corpus_wide.extend(slot_buckets)
    # a corpus-wide variant counts every mention, not only the first
    _add_every_mention(claims, corpus_wide)
    _add_cluster_peers(buckets, alignment, by_id)

    n_groups = len(alignment.groups)
    figures = _FigureIndex(claims)
    drafts: list[tuple[tuple[int, int, str, str], Discrepancy]] = []
    for (group, kind, slot), slot_buckets in buckets.items():
        for bucket in slot_buckets:
            detail = bucket.detail
            if bucket.lone is not None:
                occurrences = bucket.occurrences
                variants = build_variants({k: v for k, v in occurrences.items() if k != bucket.lone}, order)
                variants += build_variants({bucket.lone: occurrences[bucket.lone]}, order)
            elif kind is DiscrepancyKind.QUOTE_WORDING:
                occurrences, detail = _narrowest_wordings(bucket)
                variants = build_variants(occurrences, order)
            else:
                variants = build_variants(bucket.occurrences, order)
            if len(variants) < 2:
                continue
            first = min(order[c] for v in variants for c in v.claims)
            severity = _RULE_SEVERITY.get(bucket.rule, _SEVERITY[kind])
            explanation = explain(kind, variants, bucket.rule, detail, slot)
            both = _said_of_two_named(variants, by_id, figures) if kind in _ROUNDUP_KINDS else None
            if both is not None:
                # reported all the same: such a sentence is as often a timeline, or two counts of
                # one thing, as a roundup of two (docs/discrepancies.md)
                explanation += _ROUNDUP_NOTE.format(source=by_id[both[0]].source, a=both[1], b=both[2])
            credited = _credited_to(variants, by_id) if kind is DiscrepancyKind.NUMBER else None
            note = _two_readings(variants, by_id) if kind is DiscrepancyKind.NUMBER and credited is None else None
            if note is not None:
                severity = "medium"
                explanation += note
            if credited is not None:
                severity = "medium"
                explanation += (
                    f" Each figure is credited to someone else ({' / '.join(credited)}): competing "
                    "estimates or counts, to report side by side rather than an error of one source."
                )
            tally = _running_tally(variants, by_id) if kind is DiscrepancyKind.NUMBER else None
            if tally is not None:
                severity = "low"
                explanation += (
                    f" These count {tally}s, a tally that grows while the story runs: sources written at "
                    "different moments give different counts, so this is most likely no error."
                )
            draft = Discrepancy(
                id="",
                kind=kind,
                variants=variants,
                cluster=None if group is None else f"k{group + 1}",
                majority=majority_of(variants),
                severity=severity,
                explanation=explanation,
                rule=bucket.rule,
            )
            drafts.append(((n_groups if group is None else group, first, kind.value, variants[0].text), draft))

    # one discrepancy for each spelling of a reference name, with every claim that writes it
    near_misses: dict[tuple[str, str], list[tuple[Fact, Claim, str]]] = defaultdict(list)
    for ref, fact, claim, words in reference_findings(claims, reference, config):
        near_misses[(ref.canonical, fact.value)].append((fact, claim, words))
    for (canonical, _value), misses in near_misses.items():
        misses.sort(key=lambda miss: (order[miss[1].id], miss[0].start))
        writers = list(dict.fromkeys(claim.source for _, claim, _ in misses))
        # the spelling written most often; on a tie, the first by source id (not by input order)
        spellings = Counter(fact.text for fact, _, _ in misses)
        spelling = min(misses, key=lambda miss: (-spellings[miss[0].text], miss[1].source, miss[0].start))[0].text
        variants = [
            Variant(text=canonical, sources=(), claims=()),
            Variant(
                text=spelling, sources=tuple(writers),
                claims=tuple(dict.fromkeys(claim.id for _, claim, _ in misses)),
                spans=tuple(dict.fromkeys((claim.id, fact.start, fact.end) for fact, claim, _ in misses)),
            ),
        ]
        explanation = (
            f"'{spelling}' ({', '.join(writers)}) is one letter away from the reference name "
            f"'{canonical}' ({misses[0][2]}); it is most likely a misspelling of it."
        )
        if len(writers) >= 2:
            explanation += (
                f" {len(writers)} sources write it so: if they are right, the reference list has it wrong."
            )
        draft = Discrepancy(
            id="", kind=DiscrepancyKind.REFERENCE, variants=variants, cluster=None, majority=0,
            severity=_SEVERITY[DiscrepancyKind.REFERENCE], explanation=explanation,
            rule="near miss of a reference name",
        )
        drafts.append(((n_groups + 1, order[misses[0][1].id], "reference", spelling), draft))

    for position, draft in check_acronyms(claims, order):
        drafts.append(((n_groups + 2, position, "acronym", draft.variants[1].text), draft))
    for position, draft in check_weekdays(claims, order):
        # a weekday a reported slot already sets against the others' is reported there
        ((claim_id, start, _end),) = draft.variants[1].spans
        if (DiscrepancyKind.DATE, claim_id, start) not in held:
            drafts.append(((n_groups + 2, position, "weekday", draft.variants[1].text), draft))
    for position, draft in check_calendar_days(claims, order):
        # reported even where a slot sets the day against the others': the calendar says which is wrong
        drafts.append(((n_groups + 2, position, "calendar", draft.variants[1].text), draft))
    for position, draft in misconverted_figures(claims, order):
        ((claim_id, start, _end),) = draft.variants[1].spans
        if (DiscrepancyKind.NUMBER, claim_id, start) not in held:
            drafts.append(((n_groups + 2, position, "conversion", draft.variants[1].text), draft))
    if config.unsupported_quotes != "none":
        # a quotation another source words differently is carried, only not word for word
        worded = {
            (claim.id, fact.start)
            for (_group, kind, _masked), slot_buckets in buckets.items() if kind is DiscrepancyKind.QUOTE_WORDING
            for bucket in slot_buckets for items in bucket.occurrences.values() for claim, fact in items
        }
        for position, draft in unsupported:
            if any((claim_id, start) in worded for claim_id, start, _end in draft.variants[0].spans):
                continue
            drafts.append(((n_groups + 3, position, "unsupported-quote", draft.variants[0].text), draft))

    drafts.sort(key=lambda item: item[0])
    result: list[Discrepancy] = []
    inside: dict[int, list[str]] = defaultdict(list)
    for n, (sort_key, draft) in enumerate(drafts, start=1):
        did = f"d{n}"
        result.append(attrs.evolve(draft, id=did))
        if sort_key[0] < n_groups:
            inside[sort_key[0]].append(did)
    return result, dict(inside)


def compare_sentences(
    a: str, b: str, *, config: AuditConfig | None = None, scorer: SentenceScorer | None = None
) -> SentenceComparison:
    """Compare two sentences: how alike they are, and what they state differently.

    ``same_claim`` is the decision of :class:`crosscheck.scoring.LexicalScorer` (a
    paraphrase model fitted on MRPC), or of ``scorer`` when given (e.g.
    :class:`crosscheck.semantic.EmbeddingScorer`); ``score`` is the soft overlap of
    content words.
    Words weigh the same here (there is no corpus to learn rarity from); inside an
    audit the aligner weighs rare words more.

    >>> result = compare_sentences("Officials met on Tuesday in Seoul.", "Officials met on Friday in Seoul.")
    >>> result.same_claim, [d.kind.value for d in result.discrepancies]
    (True, ['date'])

    Raises:
        ValueError: a text is longer than an audit's longest claim
            (:data:`crosscheck.segment.MAX_SEGMENT_CHARS`): compare sentences, or audit articles.
    """
    for name, text in (("a", a), ("b", b)):
        if len(text) > MAX_SEGMENT_CHARS:
            raise ValueError(
                f"compare_sentences compares sentences: {name} has {len(text):,} characters, more than "
                f"an audit's longest claim ({MAX_SEGMENT_CHARS:,}); give crosscheck.audit() whole articles"
            )
    config = config or AuditConfig()
    pair = (scorer or LexicalScorer(token_cutoff=config.token_cutoff)).score(a, b)
    score, matched, only_a, only_b = pair.overlap, pair.matched, pair.only_a, pair.only_b
    claim_a = Claim(id="a#1", source="a", start=0, end=len(a), text=a, facts=extract_facts(a))
    claim_b = Claim(id="b#1", source="b", start=0, end=len(b), text=b, facts=extract_facts(b))
    discrepancies = []
    for n, finding in enumerate(compare_claims(claim_a, claim_b, config=config), start=1):
        variants = [
            Variant(text=finding.a_fact.text, sources=("a",), claims=("a#1",),
                    spans=(("a#1", finding.a_fact.start, finding.a_fact.end),)),
            Variant(text=finding.b_fact.text, sources=("b",), claims=("b#1",),
                    spans=(("b#1", finding.b_fact.start, finding.b_fact.end),)),
        ]
        discrepancies.append(
            Discrepancy(
                id=f"d{n}", kind=finding.kind, variants=variants, majority=None,
                severity=_RULE_SEVERITY.get(finding.rule, _SEVERITY[finding.kind]),
                explanation=explain(finding.kind, variants, finding.rule, finding.detail, finding.slot),
                rule=finding.rule,
            )
        )
    return SentenceComparison(
        score=score,
        same_claim=pair.same_claim,
        matched=matched,
        only_a=only_a,
        only_b=only_b,
        discrepancies=discrepancies,
    )
