"""Hypothesis strategies for sources and multi-source corpora."""

from __future__ import annotations

from hypothesis import strategies as st

from crosscheck.models import Source

# Words far apart from each other (no two within one edit), so that fuzzy matching
# cannot pair them: the blocking index then sees every pair brute force scores.
WORDS = ["ministers", "agreed", "share", "threat", "intelligence", "quickly", "talks", "resume", "brussels", "seoul", "hackers", "stole", "cryptocurrency", "exchanges", "police", "arrested", "suspects", "harbour", "flooded", "storm", "damaged", "bridge", "voters", "elected", "mayor", "council", "budget", "hospital", "doctors", "vaccine", "factory", "workers", "strike", "wages", "museum", "painting", "auction", "record", "drought", "farmers", "crops"]
NAMES = ["Alice Moreau", "Jomo Kariuki", "Lena Fischer", "Ravi Menon", "Sofia Costa"]

sentences = st.builds(
    lambda name, words, number: f"{name} said {number} {' '.join(words)}.",
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=10),
    st.integers(min_value=2, max_value=999),
)

articles = st.lists(sentences, min_size=1, max_size=6).map(" ".join)


@st.composite
def corpora(draw: st.DrawFn, min_sources: int = 2, max_sources: int = 5) -> list[Source]:
    """Several sources, some restating sentences of others."""
    n = draw(st.integers(min_value=min_sources, max_value=max_sources))
    pool = draw(st.lists(sentences, min_size=2, max_size=8))
    sources = []
    for index in range(n):
        chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
        separator = draw(st.sampled_from([" ", "\n", "\n\n", "\r\n"]))
        sources.append(Source(id=f"src{index}", text=separator.join(chosen)))
    return sources


messy_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=400,
)
