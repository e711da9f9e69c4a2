"""Load sources from files, folders or text, decode them, and find the page furniture.

Cleaning never edits the text: it returns the spans to keep out of the claims, each
with a reason, so every offset still points into the original text. Each cleaner is a
named pure function of one line (ftfy's ``fix_*`` habit), and :func:`clean_text` says
which one fired.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Union

import attrs

from crosscheck._text import ENDS_LOWER_RE, LEADS_TO_DATE_RE, LINE_BREAK_RE, OPENS_WITH_DATE_RE
from crosscheck.errors import (
    EncodingError,
    InputError,
    MetadataWarning,
    ReferenceListError,
    SkippedInputWarning,
)
from crosscheck.models import Corpus, DroppedSpan, ReferenceName, SkippedInput, Source

__all__ = [
    "LINE_CLEANERS",
    "MAX_REFERENCE_BYTES",
    "SUFFIXES",
    "UTF8_REPLACED",
    "clean_source",
    "clean_text",
    "decode_bytes",
    "front_matter",
    "load_sources",
    "parse_reference",
    "read_bounded",
    "read_reference",
    "read_source",
    "readable_name",
    "within_limit",
]

SUFFIXES = (".txt", ".md", ".markdown", ".text")
"""File suffixes read when a folder is loaded."""
DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".pdf", ".doc", ".docx", ".odt", ".rtf"})
"""Suffixes of articles saved in formats not read yet: a folder's files of these are
reported as skipped (its images, data and other files are passed over)."""

InputLike = Union[str, "os.PathLike[str]", Source]


# ----------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a file and return ``(text, encoding)``.

    UTF-8 (with or without a byte-order mark) and UTF-16/32 with a byte-order mark are
    read as such; UTF-8 with a few bytes that are not UTF-8 is read with those replaced
    by U+FFFD, its encoding :data:`UTF8_REPLACED` (:attr:`Source.unreadable_characters`
    counts them). Anything else is
    detected with charset-normalizer and accepted only when the detection is confident;
    binary data is refused.

    Raises:
        InputError: the data is empty, only whitespace, or binary.
        EncodingError: the encoding cannot be told with confidence.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a file with text in it")
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise EncodingError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} ({error.reason} at byte {error.start}); re-save it as UTF-8"
                ) from None
            return _check_text(text, name), encoding
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return _check_text(guess[0], name), guess[1]
        raise InputError(
            f"{name}: binary data (NUL bytes), not text; give a .txt or .md file "
            "(UTF-16 text without a byte-order mark is read only when mostly in Latin letters: re-save it as UTF-8)"
        )
    try:
        return _check_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly, name), UTF8_REPLACED
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or min(m.chaos for m in matches) > 0.2:
        raise EncodingError(
            f"{name}: not UTF-8, and its encoding could not be detected with confidence; "
            "re-save it as UTF-8"
        )
    least = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= least + 0.01]
    # Short Western texts fit several code pages equally well; Windows-1252 (a superset
    # of Latin-1's printable characters) is by far the most common of them in news. It
    # wins a tie, and it wins outright when its own bytes (0x80-0x9F) all read as the
    # punctuation news is typed with (€, curly quotes, dashes, …) standing outside words:
    # the detector alone reads "€5" as Mac Icelandic "Ä5" or DOS "Ç5".
    western = _as_cp1252(data, least)
    if western is not None:
        return _check_text(western, name), "cp1252"
    # a tie goes to Windows-1252 only where it reads as Western European ("powiedzia³" is
    # Polish "powiedział" in Windows-1250)
    best = next(
        (m for m in plausible if m.encoding == "cp1252" and set(str(m)) - _ASCII <= _WESTERN_LATIN1 | _CP1252_PUNCTUATION),
        plausible[0],
    )
    return _check_text(str(best), name), best.encoding


UTF8_REPLACED = "utf-8, unreadable bytes replaced"
"""The encoding of a source read as UTF-8 with a few bytes that are not replaced by U+FFFD."""


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its few bad bytes replaced by U+FFFD, when it is UTF-8 but
    for them: its characters beyond ASCII are at least as many as the bytes that are not
    UTF-8 (a stray byte in an article typed with curly quotes: a legacy code page reads
    each of those characters as two or three, "’" as "â€™", which no article writes). Read as a
    legacy code page instead, every one of those characters would be garbled ("’" as
    "‚Äô"). ``None`` when the data does not look like UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    beyond_ascii = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    return text if bad > 0 and bad <= beyond_ascii else None


_CP1252_PUNCTUATION = frozenset("€‚„…†‡‰‹‘’“”•–—˜™›")
_CP1252_SANITY = 0.1
"""How much messier than the detector's best reading Windows-1252 may still read when its punctuation wins."""


def _as_cp1252(data: bytes, least: float) -> str | None:
    """``data`` as Windows-1252 when the whole reads nearly as cleanly as ``least`` and
    either its bytes 0x80-0x9F all read as punctuation outside words (but an apostrophe
    inside one: "didn’t") or, with none of those bytes, its other bytes beyond ASCII all
    read as the accented letters and signs of Western European languages ("Le café était
    fermé"; a Cyrillic code page's text reads far messier); else ``None``."""
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not any(0x80 <= byte <= 0x9F for byte in data):
        accented = {char for char in text if char > "\x7f"}
        if not accented or not accented <= _WESTERN_LATIN1:
            return None
    for n, char in enumerate(text):
        if "\x80" <= char <= "\x9f" or not ("\u0152" <= char <= "\u2122"):
            continue
        if char not in _CP1252_PUNCTUATION:
            return None  # a letter (Š, œ, Ž): another code page's accented letter, likelier
        inside = 0 < n < len(text) - 1 and text[n - 1].isalpha() and text[n + 1].isalpha()
        if inside and char != "’":
            return None  # inside a word: "d‚clar‚" is DOS "déclaré"; "’" is an apostrophe
    return text if mess_ratio(text, 1.0) <= least + _CP1252_SANITY else None


_WESTERN_LATIN1 = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ£¥©®°±«»¡¿§·½¼¾\xa0")
"""The characters beyond ASCII of French, Spanish, German, Portuguese, Italian, the
Nordic languages and English news, as Latin-1 and Windows-1252 write them."""
_ASCII = frozenset(map(chr, range(128)))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode UTF-16 text saved without a byte-order mark, or return ``None``.

    Such text, when mostly Latin script, has a NUL in every other byte: the high bytes
    (odd offsets in little-endian, even ones in big-endian), and almost none elsewhere.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    zero_even = data[0::2].count(0)
    zero_odd = data[1::2].count(0)
    for encoding, high, low in (("utf-16-le", zero_odd, zero_even), ("utf-16-be", zero_even, zero_odd)):
        if high >= 0.5 * half and low <= 0.01 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
            return (text, encoding) if printable >= 0.95 * len(text) else None
    return None


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the file holds only whitespace; give a file with text in it")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(
            f"{name}: {controls} control characters; this looks like binary data, not text"
        )
    return text


# ------------------------------------------------------------------------------ loading


def read_source(path: str | os.PathLike[str], *, max_chars: int | None = None) -> Source:
    """Read one file as a :class:`Source` whose id is the file's stem.

    Raises:
        InputError: the file is missing, unreadable, empty, binary or too large.
        EncodingError: its encoding cannot be told.
    """
    path = Path(path)
    # A character needs at most four bytes, so more bytes than that are refused unread,
    # and no more than that is ever read (a pipe does not tell its size beforehand).
    limit = None if max_chars is None else 4 * max_chars

    data = read_bounded(
        path, limit, what="a .txt or .md file", folder="give it to load_sources, or give a file",
        too_big=f"is more than this audit reads (max_source_chars={max_chars or 0:,}); split the file or raise the limit",
    )
    text, encoding = decode_bytes(data, name=str(path))
    if _OWN_REPORT_RE.match(text):
        raise InputError(
            f"{path}: a crosscheck report, not an article (an earlier audit written into the folder); "
            "write reports outside the folders audited"
        )
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"{path}: {len(text):,} characters is more than this audit reads "
            f"(max_source_chars={max_chars:,}); split the file or raise the limit"
        )
    return Source(
        id=readable_name(path.stem), text=text, path=readable_name(str(path)), encoding=encoding,
        **_metadata(text, readable_name(str(path))),  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- front matter

_FRONT_MATTER_RE = re.compile(r"---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_MAX = 10_000
"""Characters at most that a front matter block may take at the head of a text."""
_FIELD_RE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_TITLE_KEYS = ("title", "headline")
_OUTLET_KEYS = ("outlet", "publisher", "site_name", "sitename", "site", "publication", "source")
_URL_KEYS = ("url", "link", "canonical_url", "source_url", "permalink")
_DATE_KEYS = ("published", "date", "published_at", "publication_date", "date_published", "pubdate", "publish_date")
"""The front matter fields read into :class:`Source` fields, the first one given of each."""
_METADATA_KEYS = frozenset(
    (*_TITLE_KEYS, *_OUTLET_KEYS, *_URL_KEYS, *_DATE_KEYS)
) | frozenset(
    "author authors byline tags categories category keywords description summary excerpt slug layout "
    "draft lang language id updated modified lastmod image section type".split()
)
"""Keys of which a front matter block must hold one: "Update: police said …" between two rules
is a note of the article, not a field."""
_COMMENT_RE = re.compile(r"[ \t]+#.*$")
_NO_VALUE = frozenset({"", "null", "~", ">", "|", ">-", "|-", ">+", "|+"})
"""Values that give nothing to read: empty, null, or a folded or literal block whose lines follow."""


def front_matter(text: str) -> tuple[int, dict[str, str]] | None:
    """The end of a YAML front matter block that opens ``text`` and its top-level ``key:
    value`` fields (keys in lower case, quotation marks around a value taken off), as
    Markdown files saved by static-site tools and scrapers carry them; None where the text
    opens with none (a rule of ``---`` before prose is no front matter: every line between
    the two rules must be a field, a nested value, a list item or a comment, and one field
    at least a known one, :data:`_METADATA_KEYS`). A null, a comment after a value and a
    block scalar (``title: >``, whose lines follow) give an empty value.

    >>> front_matter("---\\ntitle: 'Minister quits'\\npublished: 2025-05-14\\n---\\nThe minister quit.")
    (53, {'title': 'Minister quits', 'published': '2025-05-14'})
    """
    start = 1 if text.startswith("\ufeff") else 0
    if not text.startswith("---", start):
        return None
    match = _FRONT_MATTER_RE.match(text, start, min(len(text), start + _FRONT_MATTER_MAX))
    if match is None:
        return None
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in " \t" or line.startswith("- "):
            continue  # a blank line, a comment, a nested value, a list item
        field = _FIELD_RE.fullmatch(line)
        if field is None:
            return None  # prose between two rules
        value = (field.group("value") or "").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = _COMMENT_RE.sub("", value)  # "2025-05-14 # updated"
        fields.setdefault(field.group("key").lower(), "" if value.lower() in _NO_VALUE else value)
    return (match.end(), fields) if _METADATA_KEYS & fields.keys() else None


def _metadata(text: str, name: str) -> dict[str, object]:
    """The :class:`Source` fields a text's front matter gives (title, outlet, url,
    published); a date that is no ISO 8601 date or date-time is left out, with a
    :class:`~crosscheck.errors.MetadataWarning`."""
    found = front_matter(text)
    if found is None:
        return {}
    fields = found[1]

    def first(keys: Sequence[str]) -> str | None:
        return next((fields[k] for k in keys if fields.get(k)), None)

    metadata: dict[str, object] = {"title": first(_TITLE_KEYS), "outlet": first(_OUTLET_KEYS), "url": first(_URL_KEYS)}
    written = first(_DATE_KEYS)
    if written is not None:
        try:
            published: dt.date = (
                dt.datetime.fromisoformat(written) if len(written) > 10 else dt.date.fromisoformat(written)
            )
        except ValueError:
            warnings.warn(
                f"{name}: the front matter's date {written!r} is no ISO 8601 date (2025-05-14, or "
                "2025-05-14T09:30:00+02:00); the publication date is left unknown",
                MetadataWarning, stacklevel=3,
            )
        else:
            metadata["published"] = published
    return {key: value for key, value in metadata.items() if value is not None}


def read_bounded(path: Path, limit: int | None, *, what: str, folder: str, too_big: str) -> bytes:
    """The bytes of the file at ``path``, at most ``limit`` of them (``None``: no limit).

    A device or socket is refused unread (``/dev/zero`` never ends), a file larger than
    the limit too, and a pipe, whose size is not told beforehand, is read no further
    than one byte past it.

    Raises:
        InputError: ``path`` is missing, unreadable, a folder, a device or socket, or too
            large; the message names ``what`` to give instead, ``folder`` what to do with
            a folder, ``too_big`` what the limit is.
    """
    try:
        info = path.stat()
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) or stat.S_ISSOCK(info.st_mode):
            raise InputError(f"{path}: a device or socket, not a file; give {what}")
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a folder; {folder}")
        if limit is not None and info.st_size > limit:
            raise InputError(f"{path}: {info.st_size:,} bytes {too_big}")
        with path.open("rb") as handle:
            data = handle.read() if limit is None else handle.read(limit + 1)
        if limit is not None and len(data) > limit:
            raise InputError(f"{path}: more than {limit:,} bytes {too_big}")
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    return data


_OWN_REPORT_RE = re.compile(r"\A\ufeff?# Cross-check audit\r?\n")
"""How a Markdown report of :mod:`crosscheck.report` opens: read back as an article, it
would corroborate every claim it quotes."""


def readable_name(name: str) -> str:
    """A file name as text every output can hold: the bytes of a name that is not UTF-8
    (which Python keeps as lone surrogates) written as ``\\xe9``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _broken_link(path: Path) -> bool:
    """Whether ``path`` is a symbolic link that leads nowhere (dangling, or a loop)."""
    return path.is_symlink() and not path.exists()


def _expand(item: str | os.PathLike[str]) -> tuple[list[Path], list[SkippedInput]]:
    """The article files ``item`` names, and the folders under it that could not be read.

    A folder is walked whole, following links to folders (each real folder once, so a
    link that loops back is walked no further); a folder that cannot be listed, and a
    link to an article that leads nowhere, are reported rather than passed over.
    """
    path = Path(item)
    if path.is_dir():
        files, unreadable = _walk(path)
        if not files and not unreadable:
            raise InputError(
                f"{path}: the folder holds no {', '.join(SUFFIXES)} files; "
                "point crosscheck at a folder of articles"
            )
        return files, unreadable
    if not path.exists():
        raise InputError(f"{readable_name(str(path))}: no such file or folder")
    return [path], []


def _walk(root: Path) -> tuple[list[Path], list[SkippedInput]]:
    files: list[Path] = []
    unreadable: list[SkippedInput] = []
    seen: set[str] = set()

    def cannot_list(error: OSError) -> None:
        where = readable_name(str(error.filename or root))
        unreadable.append(SkippedInput(path=where, reason=f"{where}: the folder cannot be read ({error.strerror or error})"))

    top = os.path.realpath(root)
    for folder, subfolders, names in os.walk(root, onerror=cannot_list, followlinks=True):
        real = os.path.realpath(folder)
        above = folder != str(root) and os.path.commonpath([real, top]) == real
        if real in seen or above:
            subfolders[:] = []  # a link back into a folder already walked, or up out of the folder given
            continue
        seen.add(real)
        subfolders.sort()
        for name in names:
            candidate = Path(folder, name)
            # a broken or looping link to an article is kept, to be reported as skipped, not lost
            if candidate.suffix.lower() in SUFFIXES and (candidate.is_file() or _broken_link(candidate)):
                files.append(candidate)
            elif candidate.suffix.lower() in DOCUMENT_SUFFIXES and candidate.is_file():
                # an article saved in a format not read yet: said, not passed over
                where = readable_name(str(candidate))
                reason = (
                    f"{where}: saved as {candidate.suffix[1:].upper()}, which crosscheck does not read yet; "
                    "save the article as text (.txt or .md)"
                )
                unreadable.append(SkippedInput(path=where, reason=reason))
    files.sort(key=lambda p: p.as_posix())
    unreadable.sort(key=lambda skipped: skipped.path)
    return files, unreadable


_PROSE_RE = re.compile(r"[.!?,;:](?:\s|$)")


def _looks_like_path(text: str) -> bool:
    """Whether a string that names nothing on disk was meant as a path (and so is an
    error to report) rather than as the text of an article: one line that ends like an
    article file, has no spaces (a Japanese or Chinese sentence has none, but its full
    stops make it text), or has a folder separator and no
    punctuation of prose ("the 9/11 attacks, officials said." is text)."""
    if "\n" in text:
        return False
    if any("\ud800" <= char <= "\udfff" for char in text) and not _PROSE_RE.search(text):
        return True  # a file name's undecodable bytes (prose with one is skipped as text)
    return (
        text.lower().endswith(SUFFIXES)
        or (" " not in text.strip() and not _FULL_STOPS_RE.search(text))
        or (os.sep in text and not _PROSE_RE.search(text))
    )


_FULL_STOPS_RE = re.compile(r"[。．！？；，、]")
"""The punctuation of prose written without spaces (Chinese, Japanese): a line with one
is text, not a file name."""


def load_sources(
    inputs: InputLike | Iterable[InputLike],
    *,
    max_chars: int | None = 5_000_000,
    on_error: str = "skip",
) -> Corpus:
    """Load sources from files, folders, :class:`Source` objects or plain text.

    A folder is read recursively, its ``.txt``/``.md`` files in sorted order (links to
    folders followed, each real folder once; a subfolder that cannot be listed, and an
    article saved as HTML, PDF or a word processor's document, are skipped like a file
    that cannot be read). A string that names an existing file or folder is read from
    disk; one that names nothing on disk is taken as the text of a source (id
    ``text-<n>``) unless it looks like a path, which is an error. Source ids must be unique; a file whose stem repeats another gets its
    parent folder's name prefixed.

    With ``on_error="skip"`` (the default) a file that cannot be read is skipped with a
    :class:`~crosscheck.errors.SkippedInputWarning` and listed in ``Corpus.skipped``;
    with ``on_error="raise"`` the first such file raises.

    >>> corpus = load_sources(["Seoul and Brussels met on Tuesday to talk.", Source(id="b", text="Hi there, all.")])
    >>> [source.id for source in corpus]
    ['text-1', 'b']

    Raises:
        InputError: a path does not exist, a folder has no text files, ``on_error`` is
            ``"raise"`` and a file cannot be read, or nothing at all could be loaded.
    """
    if on_error not in ("skip", "raise"):
        raise ValueError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
    items: Sequence[object]
    if isinstance(inputs, (str, os.PathLike, Source)):
        items = [inputs]
    else:
        items = list(inputs)
    if not items:
        raise InputError("no sources given; pass files, folders or texts to audit")
    sources: list[Source] = []
    skipped: list[SkippedInput] = []
    read_from: dict[str, str] = {}  # each file's real path -> the name it was first read by
    given_ids: set[str] = set()  # ids of the Source objects given: the caller's, never renamed
    n_texts = 0

    def skip(what: SkippedInput, *, always: bool = False, error: InputError | None = None) -> None:
        """Skip an input with its reason (raise ``error``, or an InputError of the reason,
        instead with ``on_error="raise"``, unless ``always``: a repeat is no error)."""
        if on_error == "raise" and not always:
            raise error or InputError(what.reason)
        skipped.append(what)
        warnings.warn(f"skipped {what.reason}", SkippedInputWarning, stacklevel=3)

    def take(source: Source) -> None:
        """Keep a source given as an object or as text, if it passes a file's checks."""
        reason = _not_unicode(source) or _not_auditable(source, max_chars)
        if reason is None:
            sources.append(source)
        else:
            skip(SkippedInput(path=readable_name(source.id), reason=reason))

    for item in items:
        if isinstance(item, Source):
            if item.id in given_ids:
                raise InputError(f"two sources share the id {item.id!r}; give each source its own id")
            given_ids.add(item.id)
            take(item)
            continue
        if isinstance(item, str) and (not item.strip() or (not os.path.exists(item) and not _looks_like_path(item))):
            # an empty string is an empty text (skipped with its reason), never the current folder
            n_texts += 1
            take(Source(id=f"text-{n_texts}", text=item))
            continue
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"cannot load a source from {type(item).__name__}: {item!r:.60}")
        paths, unreadable = _expand(item)
        for folder in unreadable:
            skip(folder)
        for path in paths:
            real = os.path.realpath(path)
            name = readable_name(str(path))
            if real in read_from:
                # the same file named twice (two arguments, a folder and a file in it,
                # two links): one source, not two that corroborate each other
                reason = f"{name}: the same file as {readable_name(read_from[real])}, read once"
                skip(SkippedInput(path=name, reason=reason), always=True)
                continue
            read_from[real] = str(path)
            try:
                sources.append(read_source(path, max_chars=max_chars))
            except InputError as error:
                skip(SkippedInput(path=name, reason=readable_name(str(error))), error=error)
    if not sources:
        reasons = "; ".join(s.reason for s in skipped[:3])
        raise InputError(f"no readable source among the inputs ({reasons})")
    return Corpus(_unique_ids(sources), skipped)


def within_limit(corpus: Corpus, max_chars: int | None) -> Corpus:
    """``corpus`` with its sources of more than ``max_chars`` characters skipped, each with
    its reason and a :class:`~crosscheck.errors.SkippedInputWarning`, as :func:`load_sources`
    skips them: a corpus loaded under one limit may be audited under a lower one."""
    if max_chars is None or all(len(source.text) <= max_chars for source in corpus.sources):
        return corpus
    kept, skipped = [], list(corpus.skipped)
    for source in corpus.sources:
        reason = _not_auditable(source, max_chars) if len(source.text) > max_chars else None
        if reason is None:
            kept.append(source)
        else:
            skipped.append(SkippedInput(path=_name_of(source), reason=reason))
            warnings.warn(f"skipped {reason}", SkippedInputWarning, stacklevel=3)
    return Corpus(kept, skipped)


def _not_unicode(source: Source) -> str | None:
    """Why a :class:`Source` built by the caller is no Unicode text, or ``None``.

    A lone surrogate (U+D800-U+DFFF) is what ``bytes.decode(errors="surrogateescape")``
    leaves for a byte it could not read; no report can be written with one in it.
    """
    for field, value in (("id", source.id), ("text", source.text)):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return (
                f"{readable_name(source.id)}: its {field} holds a lone surrogate (U+{ord(value[error.start]):04X} "
                f"at offset {error.start}), which is no Unicode text; decode the bytes with "
                "errors='replace', or pass the file and let crosscheck read it"
            )
    return None


def _name_of(source: Source) -> str:
    """A source as a reason names it: its file where it has one, else its id."""
    return readable_name(str(source.path) if source.path else source.id)


def _not_auditable(source: Source, max_chars: int | None) -> str | None:
    """Why a source given as text cannot be audited (no text, too long), or ``None``: the
    checks a file's text passes when it is read."""
    name = _name_of(source)
    if not source.text.strip():
        return f"{name}: holds no text; give an article"
    if max_chars is not None and len(source.text) > max_chars:
        return (
            f"{name}: {len(source.text):,} characters is more than this audit reads "
            f"(max_source_chars={max_chars:,}); split it or raise the limit"
        )
    return None


def _unique_ids(sources: list[Source]) -> list[Source]:
    seen: dict[str, int] = {}
    for source in sources:
        seen[source.id] = seen.get(source.id, 0) + 1
    result = []
    used: set[str] = set()
    kept = {source_id for source_id, count in seen.items() if count == 1}  # ids no renaming may take
    for source in sources:
        new_id = source.id
        if seen[source.id] > 1:
            parent = Path(source.path).parent.name if source.path else ""
            new_id = f"{parent}-{source.id}" if parent else source.id
            n = 2
            while new_id in used or new_id in kept:
                new_id = f"{source.id}-{n}"
                n += 1
        used.add(new_id)
        result.append(source if new_id == source.id else attrs.evolve(source, id=new_id))
    return result


# ----------------------------------------------------------------------------- cleaning

LineCleaner = Callable[[str], "str | None"]

_SOCIAL = (
    r"telegram|twitter|facebook|linkedin|instagram|youtube|whatsapp|tiktok|x\.com|"
    r"google news|threads|bluesky|mastodon|reddit|rss|newsletter"
)
_SOCIAL_RE = re.compile(
    # a call to the reader: "Follow us on X", "Join our Telegram channel", "Find us on
    # Facebook" (not "lawmakers would like Facebook to remove the videos")
    rf"^\W*(follow|subscribe|join|like|find)\b.*\b({_SOCIAL})\b"
    rf"|\b(follow|subscribe|join|like|find)\s+(?:us|me|our)\b.*\b({_SOCIAL})\b"
    rf"|\bon our\s+({_SOCIAL})\b",  # "the latest updates on our Telegram channel"
    re.IGNORECASE,
)
_ADVERT_RE = re.compile(
    r"^[\W_]*(advertisement|advertising|sponsored( content)?|ad|promoted|paid content)[\W_]*$",
    re.IGNORECASE,
)
_LOADING_RE = re.compile(
    # "Loading...", "Loading comments", "Loading cryptocurrency prices..." (a few words and
    # the dots); not a sentence that opens with the word ("Loading the trucks took hours")
    r"^\W*(loading|please wait|fetching)(?:(?:\s+[\w-]+){0,3}\s*(?:\.\.\.|…)|\s+(?:the\s+)?(?:comments?|content"
    r"|video|player|page|data|results|more|article|story|stories|images?|gallery|map|chart|feed|news))?\W*$",
    re.IGNORECASE,
)
_IMAGE_RE = re.compile(r"^\W*!\[[^\]]*\]\([^)]*\)\W*$|^\W*<img\b[^>]*>\W*$", re.IGNORECASE)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+")  # from a run's start only: linear
_CREDIT_RE = re.compile(
    r"^\W*((photo|image|picture|photograph|video|graphic)s?( credits?| by)?\s*[:/|]|"
    r"(photo|image) (credit|courtesy)\b|courtesy of\b|©|\(c\)|copyright\b\s*(©|\(c\)|\d{4}|by\b|:)|all rights reserved)",
    re.IGNORECASE,
)
_WIRE_PAREN_RE = re.compile(r"^\s*\([^()]{1,40}\)\s*$")
_LOWERCASE_RUN_RE = re.compile(r"(?<![\w/.@-])[a-z]{2,}(?![\w/@-])")
_CREDIT_WORDS = frozenset("by via courtesy of for and the from credit credits staff file handout pool photo photos".split())
"""Lowercase words a credit line holds; three others after "Photo:" make it a caption."""
_BYLINE_RE = re.compile(
    # the words after are a name, each capitalised ("Reporter Kim Min-jun", not the
    # headline "Reporter Kim Min-jun arrested in Seoul")
    r"^\s*(?i:by|reporter|reported by|written by|editor|edited by|staff writer)\s+"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|da|al|bin))*(?:\s*[,|]\s.*|\s+[-–—/]\s.*)?$"
)
_PROMO_RE = re.compile(
    r"^\W*(click here|read (more|also|next)(?!\s+than\b)|sign up|subscribe (now|today)"
    r"|share (this (article|story|post|page|link)|on)|"
    r"download (our|the) app|related:|see also:|tags?:|filed under)\b",
    re.IGNORECASE,
)
_END_MARKER_RE = re.compile(
    r"^\W*(latest( news| stories| articles)?|previous articles?|next articles?|"
    r"related( news| articles| stories| posts| content| coverage)?|must read|read more|"
    r"more (news|stories|from [\w ]+)|recommended( for you| stories)?|"
    r"most (read|popular|viewed)|trending( now| news)?|you (may|might) also like|"
    r"also read|see also|top stories|popular posts|more on this)\W*$",
    re.IGNORECASE,
)
_TERMINAL_RE = re.compile(r"[.!?…:;,\"'”’)\]]\s*$")


def drop_image_link(line: str) -> str | None:
    """A Markdown or HTML image on a line of its own."""
    return "image link" if _IMAGE_RE.match(line) else None


def drop_loading_placeholder(line: str) -> str | None:
    """A "Loading ..." placeholder left by a page script."""
    return "loading placeholder" if _LOADING_RE.match(line) else None


def drop_advertisement(line: str) -> str | None:
    """An "- Advertisement -" marker."""
    return "advertisement marker" if _ADVERT_RE.match(line) else None


def drop_social_call(line: str) -> str | None:
    """A "Follow us on Telegram, X, ..." call to action."""
    if len(line.split()) <= 40 and _SOCIAL_RE.search(line):
        return "follow-us line"
    return None


_CONTACT_RE = re.compile(
    r"^\W*(?:by|contact|e-?mail|reach|write to|tips?|send|follow|reporter|editor|correspondent)\b"
    r"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$",
    re.IGNORECASE,
)


def drop_contact_line(line: str) -> str | None:
    """A byline or contact line with an e-mail address: short, or opening as one does
    ("Contact the reporter at ...", "Email: ..."); a sentence of the story that gives an
    address ("The mayor said families could write to help@city.gov") is kept."""
    if "@" in line and _EMAIL_RE.search(line) and (len(line.split()) <= 8 or _CONTACT_RE.match(line)):
        return "byline or contact e-mail"
    if _BYLINE_RE.match(line) and len(line.split()) <= 8 and not _TERMINAL_RE.search(line):
        return "byline"
    return None


def drop_credit_line(line: str) -> str | None:
    """A photo credit, copyright line, or a wire credit alone on its line ("(Reuters)").
    A line that opens "Photo:" or "Video:" and goes on as a sentence ("Video: Footage
    shows the moment the building collapsed.") is a caption, kept."""
    words = len(line.split())
    credit = _CREDIT_RE.match(line) if words <= 12 else None
    if credit is not None:
        rest = line[credit.end() :]
        plain = [w for w in _LOWERCASE_RUN_RE.findall(rest) if w not in _CREDIT_WORDS]
        if credit.group(2) and len(plain) >= 3:
            return None  # "Video: Footage shows the moment the building collapsed." is a caption
        return "photo credit or copyright line"
    if words <= 4 and _WIRE_PAREN_RE.match(line):
        return "wire credit"
    return None


_CONTRIBUTED_RE = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting(?: from [^.;]+)?)\W*$",
    re.IGNORECASE,
)
"""The end of a contributors line: at the end of its line, so that "200 scientists
contributed to the report, which found …" stays a sentence."""
_REPORTING_BY_RE = re.compile(r"^\W*(?:additional |writing and )?(?:reporting|writing|editing) by\b", re.IGNORECASE)
_CREDITS_WORDS = frozenset("and in from with by of the for editing writing reporting additional".split())
"""The lower-case words of a "Reporting by …; Editing by …" line: anything else is a sentence."""


def drop_contributors_line(line: str) -> str | None:
    """A line that names who wrote or helped write the article ("Associated Press writer
    Julie Pace contributed to this report.", "Additional reporting by Jane Doe",
    "(Reporting by Tom Hals; Editing by Will Dunham)"): the newsroom's, not the story's;
    two outlets' different writers are no conflict. "Reporting by the BBC showed …" is a
    sentence, kept."""
    if len(line.split()) > 40:
        return None
    if _CONTRIBUTED_RE.search(line):
        return "contributors line"
    by = _REPORTING_BY_RE.match(line)
    if by is not None and set(_LOWERCASE_RUN_RE.findall(line[by.end() :])) <= _CREDITS_WORDS:
        return "contributors line"
    return None


_LEGAL_NOTICE_RE = re.compile(
    r"all rights reserved|may not be (?:re)?(?:published|produced|reproduced|copied|broadcast)"
    r"|(?:re)?distribut\w* (?:of \w+ content )?(?:is )?(?:expressly )?(?:prohibited|without)"
    r"|without (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent)",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"^\W*(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©)|all rights reserved\b)", re.IGNORECASE
)
_DISCLAIMER_RE = re.compile(
    r"^\W*disclaimer\b|\b(?:views|opinions)\b.{0,80}\b(?:expressed|stated)\b.{0,160}"
    r"(?:\b(?:those of|solely|entirely|only) (?:the |its |their )?(?:authors?|writers?|contributors?)\b"
    r"|\b(?:policy|position|views|opinions?) of (?:this|the) (?:publication|newspaper|site"
    r"|website|outlet|editors?|broadcaster|network)\b)",
    re.IGNORECASE,
)
_APPEAL_RE = re.compile(
    r"^\W*(?:(?:our|independent|quality|local) journalism (?:depends|relies|needs)"
    r"|(?:please )?(?:support|donate to|fund|subscribe to) (?:our|independent|quality|local) (?:journalism|reporting)"
    r"|if you or someone you know\b.{0,80}\b(?:struggl|crisis|suicid|abus|helpline|hotline|lifeline|samaritans"
    r"|988|needs? (?:help|support))|(?:download|get) (?:our|the) (?:free |new )?(?:\w+ )?app\b)",
    re.IGNORECASE,
)


def drop_boilerplate(line: str) -> str | None:
    """A notice an outlet prints under every article: a copyright line with its legal
    notice, a disclaimer, an appeal for support, a helpline, an app. Two outlets that
    print the same notice have not copied each other's reporting."""
    words = len(line.split())
    legal = {m.group().lower() for m in _LEGAL_NOTICE_RE.finditer(line)}
    if words <= 60 and legal and (_COPYRIGHT_RE.match(line) or len(legal) >= 2):
        return "copyright notice"  # "© 2024 …", or "Reuters 2024. All rights reserved. Republication … without consent"
    if words <= 80 and _DISCLAIMER_RE.search(line):
        return "disclaimer"
    if words <= 60 and _APPEAL_RE.match(line):
        return "appeal or helpline notice"
    return None


def drop_promo_line(line: str) -> str | None:
    """A "Read more", "Sign up", "Share this" link line."""
    return "promotional link" if len(line.split()) <= 20 and _PROMO_RE.match(line) else None


def drop_section_label(line: str) -> str | None:
    """A one- or two-word label with no sentence in it ("Summary", "Must Read")."""
    words = line.split()
    if len(words) <= 2 and not re.search(r"[.!?]\W*$", line):
        return "section label"
    if _END_MARKER_RE.match(line):
        return "section label"
    return None


def drop_question_heading(line: str) -> str | None:
    """A short sub-heading asked as a question ("Why Is This Significant Now?")."""
    if not line.rstrip().endswith("?"):
        return None
    words = line.split()
    if len(words) <= 14 and _is_title_case(words):
        return "question sub-heading"
    return None


_DATE_LINE_TOKEN_RE = re.compile(r"[^\W_]+")
_MONTH_TOKENS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DATE_LINE_WORDS = _MONTH_TOKENS | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    am pm a m p gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ct mt ist jst kst hkt sgt
    aest aedt sast eat wat
    st nd rd th
    """.split()
)
_STAMP_OPENERS = ("published", "updated", "posted", "last", "first")
_STAMP_LINE_WORDS = frozenset([*_STAMP_OPENERS, "modified", "on", "at"])
"""Words a stamp line may hold besides the date, when one of :data:`_STAMP_OPENERS` opens it."""
_DATE_LINE_FIGURE_RE = re.compile(r"\d+(?:st|nd|rd|th|am|pm|h)?")
_YEAR_TOKEN_RE = re.compile(r"(?:1[89]|20)\d\d")
_FIGURES_DATE_RE = re.compile(r"(?<![\d.,])\d{1,4}\s?([/.-])\s?\d{1,2}\s?\1\s?\d{2,4}(?![\d.,])")
"""A date in figures, one separator throughout: "6/6/2013", "2013-05-02", "16 / 08 / 2011"."""


def drop_date_line(line: str) -> str | None:
    """A line that is nothing but a date, with a weekday, a clock time or "Updated"
    around it ("MONDAY, MAY 23, 2005", "Thursday 29 July 2004 08.23 BST", "Published:
    6/6/2013 | 10:10 AM PDT"): the page's stamp, no claim. One year is needed (two only
    after "Published", "Updated" or "Posted"; "May 2012 - June 2013" is a span), and a
    month name or a date in figures; "on" and "at" only after such a word ("At 3 pm on
    May 5, 2013" stays); a line that ends with a full stop may end a wrapped sentence and
    stays."""
    if len(line) > 80 or line.rstrip().endswith("."):
        return None
    tokens = [t.lower() for t in _DATE_LINE_TOKEN_RE.findall(line)]
    stamp_words = _STAMP_LINE_WORDS if tokens[:1] and tokens[0] in _STAMP_OPENERS else ()
    if not all(token in _DATE_LINE_WORDS or token in stamp_words or _DATE_LINE_FIGURE_RE.fullmatch(token) for token in tokens):
        return None
    years = sum(1 for t in tokens if _YEAR_TOKEN_RE.fullmatch(t))
    if years == 0 or (years > 1 and not stamp_words):
        return None
    if not (_MONTH_TOKENS & set(tokens) or _FIGURES_DATE_RE.search(line)):
        return None
    return "page date"


LINE_CLEANERS: tuple[LineCleaner, ...] = (
    drop_image_link,
    drop_loading_placeholder,
    drop_advertisement,
    drop_social_call,
    drop_contact_line,
    drop_credit_line,
    drop_contributors_line,
    drop_boilerplate,
    drop_promo_line,
    drop_date_line,
    drop_section_label,
    drop_question_heading,
)
"""The line cleaners, in the order they are tried; the first that fires gives the reason."""


def _is_title_case(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    if not letters:
        return False
    upper = sum(1 for w in letters if w[0].isupper())
    return upper / len(letters) >= 0.6


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in LINE_BREAK_RE.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _wrapped_into(text: str, line: str, end: int, next_start: int) -> bool:
    """Whether ``line``, ending at ``end``, runs on into the next one: only a line break
    between, and the next goes on in lower case, or with a figure after a line that ends
    on a word in lower case ("Officials said" / "43 students died …"; a headline ends on
    a name or a capitalised word, a dateline follows it)."""
    between = text[end:next_start]
    following = text[next_start : next_start + 1]
    return len(LINE_BREAK_RE.findall(between)) == 1 and (
        following.islower()
        or (
            following.isdigit() and ENDS_LOWER_RE.search(line) is not None
            and (not OPENS_WITH_DATE_RE.match(text, next_start) or LEADS_TO_DATE_RE.search(line) is not None)
        )
    )


def clean_text(text: str) -> tuple[DroppedSpan, ...]:
    """Return the spans of ``text`` that are page furniture, each with its reason.

    Line by line, the first of :data:`LINE_CLEANERS` that fires decides. Past the
    middle of the text, a line that opens a list of other stories ("Latest News",
    "Related Articles") or a byline with an e-mail address ends the article: the rest
    is dropped as a trailing block.

    >>> [d.reason for d in clean_text("Loading prices...\\nThe talks ended on Friday.\\n- Advertisement -")]
    ['loading placeholder', 'advertisement marker']
    """
    dropped: list[DroppedSpan] = []
    found = front_matter(text)
    head = 0 if found is None else found[0]
    if found is not None:
        dropped.append(DroppedSpan(0, head, "front matter"))  # read into the source's fields (read_source)
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip() and s >= head]
    size = max(1, len(text))
    for index, (start, end) in enumerate(lines):
        raw = text[start:end]
        line = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        span_start, span_end = start + lead, start + lead + len(line)
        reason = next((r for cleaner in LINE_CLEANERS if (r := cleaner(line))), None)
        if reason == "section label" and index + 1 < len(lines) and _wrapped_into(text, line, end, lines[index + 1][0]):
            reason = None  # "Officials said" hard-wrapped before "43 students died ...": one sentence
        if reason == "page date" and (
            (index > 0 and LEADS_TO_DATE_RE.search(text[lines[index - 1][0] : lines[index - 1][1]]))
            or (index + 1 < len(lines) and _wrapped_into(text, line, end, lines[index + 1][0]))
        ):
            # "… named coach on" / "May 23, 2005" / "after a long search": the sentence's date
            # (not after a headline that ends in lower case: "Five dead in Indonesia quake")
            reason = None
        ends_article = start > size // 2 and (
            _END_MARKER_RE.match(line) is not None
            or (reason == "byline or contact e-mail" and index >= len(lines) * 0.6)
        )
        if ends_article and index + 1 < len(lines):
            rest_end = lines[-1][1]
            rest_end -= len(text[:rest_end]) - len(text[:rest_end].rstrip())
            label = line if len(line) <= 40 else line[:37] + "..."
            dropped.append(DroppedSpan(span_start, span_end, reason or "section label"))
            dropped.append(
                DroppedSpan(lines[index + 1][0], rest_end, f"trailing block after {label!r}")
            )
            break
        if reason:
            dropped.append(DroppedSpan(span_start, span_end, reason))
    return tuple(_strip_spans(text, dropped))


def _strip_spans(text: str, spans: list[DroppedSpan]) -> list[DroppedSpan]:
    result = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append(DroppedSpan(start, end, span.reason))
    return result


def clean_source(source: Source) -> Source:
    """Return ``source`` with :attr:`Source.dropped` set by :func:`clean_text`."""
    return attrs.evolve(source, dropped=clean_text(source.text))


# ------------------------------------------------------------------------ reference lists


_REFERENCE_HEADERS = frozenset({"canonical", "name", "canonical name", "canonical_name"})


def parse_reference(lines: Iterable[str]) -> tuple[ReferenceName, ...]:
    """Parse a reference list: one canonical name a line, aliases after commas or tabs.

    Blank lines and lines starting with ``#`` are skipped, and so is a CSV header row
    whose first cell is "canonical" or "name"; a quoted name that holds a comma works too.

    >>> parse_reference(["# bodies", "Wassenaar Arrangement", "European Union, EU"])
    (ReferenceName(canonical='Wassenaar Arrangement', aliases=()), ReferenceName(canonical='European Union', aliases=('EU',)))
    """
    import csv

    names = []
    rows = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    for n, row in enumerate(csv.reader(rows, skipinitialspace=True)):
        cells = [c.strip() for cell in row for c in cell.split("\t") if c.strip()]
        if n == 0 and cells and cells[0].lower() in _REFERENCE_HEADERS:
            continue  # a CSV header row ("canonical,aliases")
        if cells:
            names.append(ReferenceName(cells[0], tuple(cells[1:])))
    return tuple(names)


MAX_REFERENCE_BYTES = 64 * 1024 * 1024
"""The largest reference list read: a million names take a tenth of it."""


def read_reference(path: str | os.PathLike[str]) -> tuple[ReferenceName, ...]:
    """Read a reference list file (plain text, one name a line, or CSV with aliases).

    Raises:
        ReferenceListError: the file cannot be read or holds no names.
    """
    try:
        data = read_bounded(
            Path(path), MAX_REFERENCE_BYTES, what="a text or CSV file of names", folder="give a file of names",
            too_big="is more than a reference list holds; give one canonical name a line",
        )
        text, _encoding = decode_bytes(data, name=str(path))
    except InputError as error:
        raise ReferenceListError(str(error)) from None
    try:
        names = parse_reference(text.splitlines())
    except csv.Error as error:  # a field longer than the csv module reads, a stray NUL
        raise ReferenceListError(f"{path}: not a reference list ({error}); write one canonical name a line") from None
    if not names:
        raise ReferenceListError(f"{path}: holds no names; write one canonical name a line")
    return names
