"""A seeded generator of lightly rewritten copies: what an outlet does to a wire story.

Used by the tests (on the seed articles) and by ``benchmarks/bench_dependence.py`` (on
real articles from ``../shared/eval/``). The rewrite keeps most of the wording, as a
reprint does: it swaps some words for synonyms, drops a word here and there, drops a
few sentences, changes spelling between British and American, and adds a lead and a
sign-off of its own.
"""

from __future__ import annotations

import random
import re

SYNONYMS = {
    "said": "stated", "says": "states", "agreed": "decided", "officials": "authorities",
    "meeting": "talks", "announced": "unveiled", "help": "assist", "big": "large",
    "large": "big", "start": "begin", "began": "started", "buy": "purchase", "show": "reveal",
    "shows": "reveals", "about": "around", "many": "numerous", "important": "key",
    "major": "key", "increase": "rise", "people": "persons", "killed": "left dead",
    "police": "officers", "told": "informed", "country": "nation", "government": "administration",
    "also": "additionally", "however": "but", "because": "as", "before": "prior to",
    "after": "following", "during": "amid", "new": "fresh", "plan": "scheme",
    "reported": "said", "expected": "set", "discussed": "talked about", "ways": "means",
}  # fmt: skip
SPELLING = {"defense": "defence", "organization": "organisation", "center": "centre",
            "analyzed": "analysed", "color": "colour", "program": "programme"}  # fmt: skip
LEADS = [
    "Here is what we know so far.",
    "Our newsroom has the details of the story below.",
    "The following report was compiled from agency material.",
]
SIGN_OFFS = ["Edited by the news desk.", "More updates to follow.", "This story has been updated."]

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def rewrite(text: str, *, seed: int, drop_sentence: float = 0.12, drop_word: float = 0.03) -> str:
    """Return a lightly rewritten copy of ``text``; the same seed gives the same copy."""
    rng = random.Random(seed)
    out_lines = [rng.choice(LEADS)]
    for line in text.splitlines():
        sentences = []
        for match in _SENTENCE.finditer(line):
            sentence = match.group().strip()
            if not sentence or rng.random() < drop_sentence:
                continue
            words = []
            for word in sentence.split():
                bare = word.strip(".,;:!?\"'“”’").lower()
                if rng.random() < drop_word and len(word) > 3 and word[-1].isalpha():
                    continue
                replacement = SYNONYMS.get(bare) or SPELLING.get(bare)
                if replacement and rng.random() < 0.7:
                    word = word.lower().replace(bare, replacement)
                words.append(word)
            if words:
                sentences.append(" ".join(words))
        if sentences:
            out_lines.append(" ".join(sentences))
    out_lines.append(rng.choice(SIGN_OFFS))
    return "\n".join(out_lines) + "\n"
