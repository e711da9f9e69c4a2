"""Real text from ../shared/eval/ for benchmarks, rebuilt into readable articles.

The data is read in place, never copied into the project. Every loader returns
``None`` when the folder is absent, so a benchmark can skip with a clear message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from crosscheck.models import Source

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
ECBPLUS_JSONL = EVAL / "ecbplus" / "ecbplus_clusters_text.jsonl"
MRPC_TRAIN = EVAL / "mrpc" / "msr_paraphrase_train.txt"


def detokenize(sentence: str) -> str:
    """Undo Penn-Treebank-style tokenisation: ``Reid 's`` -> ``Reid's``, ```` `` ```` -> ``"``."""
    text = sentence.replace("``", "“").replace("''", "”")
    text = re.sub(r"\s+([.,;:!?%)\]}”])(?![\d])", r"\1", text)  # not before ".41"
    text = re.sub(r"([(\[{“$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|’s)\b", r"\1", text)
    text = re.sub(r"(\w) ’ (s|m|ll|re|ve|d|t)\b", r"\1’\2", text)  # "I ’ m", "Rait ’ s"
    text = re.sub(r"\s+-\s+", " - ", text)
    return text.strip()


_ENDS_SENTENCE_RE = re.compile(r"[.!?:;\"”’')\]]$")


def _join(sentences: list[str]) -> str:
    """One paragraph of an article from ECB+'s sentences. A sentence that ends without a
    stop is a line of its own on the page (the address, a headline, a dateline, a
    publication stamp: ECB+ keeps them as sentences of the document), so it ends its line
    instead of running into the next sentence."""
    parts: list[str] = []
    for sentence in sentences:
        if parts:
            parts.append(" " if _ENDS_SENTENCE_RE.search(parts[-1]) else "\n")
        parts.append(sentence)
    return "".join(parts)


def ecbplus_clusters() -> Iterator[tuple[str, list[Source]]] | None:
    """Yield ``(cluster id, sources)`` for each ECB+ same-event cluster, or ``None``."""
    if not ECBPLUS_JSONL.exists():
        return None

    def generate() -> Iterator[tuple[str, list[Source]]]:
        with ECBPLUS_JSONL.open(encoding="utf-8") as handle:
            for line in handle:
                cluster = json.loads(line)
                sources = []
                for document in cluster["documents"]:
                    sentences = [detokenize(s) for s in document["sentences"]]
                    paragraphs = [_join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
                    doc_id = document["doc"].removesuffix(".xml")
                    sources.append(Source(id=doc_id, text="\n\n".join(paragraphs) + "\n"))
                yield cluster["cluster_id"], sources

    return generate()
