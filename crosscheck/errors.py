"""The errors crosscheck raises, and the warnings it gives.

Every error is a :class:`CrosscheckError` and also a subclass of the builtin that fits
it, so ``except ValueError`` keeps working for callers who do not know crosscheck.
Messages say what was wrong and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "CrosscheckError",
    "EncodingError",
    "InputError",
    "MetadataWarning",
    "ReferenceListError",
    "SkippedInputWarning",
]


class CrosscheckError(Exception):
    """Base class of every error raised by crosscheck."""


class InputError(CrosscheckError, ValueError):
    """The sources given to crosscheck cannot be audited (missing, empty, binary, too few)."""


class EncodingError(InputError, UnicodeError):
    """A file is not UTF-8 and its encoding could not be detected with confidence."""


class ReferenceListError(InputError):
    """A reference list (canonical names, with optional aliases) cannot be read."""


class SkippedInputWarning(UserWarning):
    """An input was skipped (empty, binary, undecodable); the audit goes on without it."""


class MetadataWarning(UserWarning):
    """A field of a source's front matter could not be read (a date not in ISO 8601 form);
    the field is left unknown and the audit goes on."""
