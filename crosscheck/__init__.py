"""crosscheck: audit several reports of the same event against each other.

>>> import crosscheck
>>> result = crosscheck.audit([
...     "Officials said 43 students were missing after the storm on Tuesday.",
...     "Officials said 42 students were missing after the storm on Tuesday.",
... ])
>>> result.clusters[0].label
<Label.CONFLICTING: 'conflicting'>
>>> [v.text for v in result.discrepancies[0].variants]
['43', '42']
"""

from __future__ import annotations

__version__ = "0.1.0"

from crosscheck.compare import compare_sentences
from crosscheck.config import AuditConfig
from crosscheck.errors import (
    CrosscheckError,
    EncodingError,
    InputError,
    MetadataWarning,
    ReferenceListError,
    SkippedInputWarning,
)
from crosscheck.ingest import load_sources, read_reference
from crosscheck.models import (
    Audit,
    Claim,
    Cluster,
    Corpus,
    Discrepancy,
    DiscrepancyKind,
    DroppedSpan,
    Fact,
    FactKind,
    Label,
    ReferenceName,
    Segment,
    SegmentKind,
    SentenceComparison,
    SkippedInput,
    Source,
    Variant,
)
from crosscheck.pipeline import audit

__all__ = [
    "Audit",
    "AuditConfig",
    "Claim",
    "Cluster",
    "Corpus",
    "CrosscheckError",
    "Discrepancy",
    "DiscrepancyKind",
    "DroppedSpan",
    "EncodingError",
    "Fact",
    "FactKind",
    "InputError",
    "Label",
    "MetadataWarning",
    "ReferenceListError",
    "ReferenceName",
    "Segment",
    "SegmentKind",
    "SentenceComparison",
    "SkippedInput",
    "SkippedInputWarning",
    "Source",
    "Variant",
    "__version__",
    "audit",
    "compare_sentences",
    "load_sources",
    "read_reference",
]
