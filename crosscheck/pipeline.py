"""The audit: load & clean -> segment -> claims and facts -> align -> compare & label."""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import itertools
import multiprocessing
import os
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from crosscheck._gc import collector_paused
from crosscheck._text import claim_tokens, keep_claim_tokens
from crosscheck.align import align_claims
from crosscheck.checks import RareWordIndex
from crosscheck.compare import find_discrepancies
from crosscheck.config import AuditConfig
from crosscheck.corpuswide import check_claims
from crosscheck.errors import InputError
from crosscheck.facts import count_words, extract_claims
from crosscheck.homoglyphs import homoglyph_discrepancies
from crosscheck.ingest import clean_source, load_sources, within_limit
from crosscheck.labels import label_clusters
from crosscheck.models import Audit, Claim, Corpus, DroppedSpan, ReferenceName, SegmentKind, Source
from crosscheck.provenance import Provenance, apply_independence, find_provenance
from crosscheck.segment import segment_source
from crosscheck.spellings import source_vocabulary

_T = TypeVar("_T")

__all__ = ["audit", "prepare_source"]

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: stage is "prepare", "align" or "compare"."""

SourcesLike = Corpus | Source | str | os.PathLike[str] | Iterable[Source | str | os.PathLike[str]]


def prepare_source(source: Source, config: AuditConfig) -> tuple[Source, tuple[Claim, ...]]:
    """Clean and segment one source; return it (with its dropped spans) and its claims.

    Segments with fewer than ``config.min_claim_words`` words are dropped with a reason
    rather than becoming claims. A source with no title takes the first headline above its body.
    """
    source = clean_source(source)
    kept = []
    dropped = list(source.dropped)
    for segment in segment_source(source):
        if count_words(segment.text) < config.min_claim_words:
            dropped.append(
                DroppedSpan(segment.start, segment.end, f"fewer than {config.min_claim_words} words")
            )
        else:
            kept.append(segment)
    dropped.sort(key=lambda d: (d.start, d.end))
    title = source.title
    if title is None:
        for segment in kept:
            if segment.kind is SegmentKind.BODY:
                break
            if segment.kind is SegmentKind.HEADLINE:
                title = _HEADING_MARKS_RE.sub("", segment.text) or segment.text  # "# Ferry sinks" is titled "Ferry sinks"
                break
    source = attrs.evolve(source, dropped=dropped, title=title)
    return source, extract_claims(source, kept)


_HEADING_MARKS_RE = re.compile(r"^#{1,6}[ \t]+|[ \t]+#+[ \t]*$")
"""A Markdown heading's marks, which are no part of the title it gives."""


def _reference_names(reference: Iterable[str | ReferenceName] | None) -> tuple[ReferenceName, ...]:
    if reference is None:
        return ()
    if isinstance(reference, str):
        raise TypeError("reference must be a list of names, not one string; wrap it in a list")
    names = []
    for item in reference:
        if isinstance(item, ReferenceName):
            names.append(item)
        elif isinstance(item, str) and item.strip():
            names.append(ReferenceName(item.strip()))
    return tuple(names)


def audit(
    sources: SourcesLike,
    *,
    reference: Iterable[str | ReferenceName] | None = None,
    config: AuditConfig | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Audit:
    """Audit several reports of one event against each other.

    Args:
        sources: a :class:`Corpus` from :func:`load_sources`, or anything it accepts:
            :class:`Source` objects, paths of files or folders, texts.
        reference: canonical names (or :class:`ReferenceName` with aliases); a name in
            a source that is a near miss of one of them is reported.
        config: the tuning knobs; the defaults are :class:`AuditConfig`'s.
        progress: called as ``progress(stage, done, total)`` while the audit runs
            (stages "prepare", "align", "compare"), e.g. to draw a progress bar.
        workers: processes that share a large audit (:data:`PARALLEL_MIN_CHARS` of
            text or more): they prepare the sources, then run the checks that need no
            alignment and find provenance while this one aligns and compares. ``None`` (the default) uses every core this process
            may run on; ``1`` keeps all the work in this process. The result is the same
            either way.

    >>> result = audit([
    ...     "Officials from the National Police Agency met in Seoul on Tuesday to discuss cybercrime.",
    ...     "Officials from the National Policy Agency met in Seoul on Tuesday to discuss cybercrime.",
    ... ])
    >>> [(d.kind.value, [v.text for v in d.variants]) for d in result.discrepancies]
    [('name-variant', ['National Police Agency', 'National Policy Agency'])]

    Raises:
        InputError: fewer than two sources could be read, or two sources share an id.
    """
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise ValueError(f"workers must be 1 or more (or None for every core), not {workers!r}")
    with collector_paused():
        return _audit(sources, reference=reference, config=config, progress=progress, workers=workers)


def _audit(
    sources: SourcesLike,
    *,
    reference: Iterable[str | ReferenceName] | None,
    config: AuditConfig | None,
    progress: Progress | None,
    workers: int | None,
) -> Audit:
    if config is not None and not isinstance(config, AuditConfig):
        raise TypeError(
            f"config must be an AuditConfig (AuditConfig(same_claim_cutoff=50)), not {type(config).__name__}"
        )
    config = config or AuditConfig()
    if isinstance(sources, Corpus):
        corpus = within_limit(sources, config.max_source_chars)  # loaded under another limit, maybe
    else:
        corpus = load_sources(sources, max_chars=config.max_source_chars)
    counts = Counter(s.id for s in corpus.sources)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    if duplicates:
        raise InputError(f"two sources share the id {duplicates[0]!r}; give each source its own id")
    if len(corpus.sources) < 2:
        skipped = f" ({len(corpus.skipped)} input(s) skipped)" if corpus.skipped else ""
        raise InputError(
            f"need at least two sources to cross-check, got {len(corpus.sources)}{skipped}; "
            "give more articles about the same event"
        )
    def report(stage: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(stage, done, total)

    with _Helpers(_helper_count(corpus.sources, workers)) as helpers:
        prepared = helpers.prepare(corpus.sources, config, report("prepare"))
        cleaned = [source for source, _, _ in prepared]
        claims = [claim for _, source_claims, _ in prepared for claim in source_claims]
        # each source's words, as corpuswide's source_vocabularies finds them: worked out once,
        # by whichever process prepared the source, for this one and the helper's checks
        vocabulary: dict[str, set[str]] = defaultdict(set)
        for source, source_claims, words in prepared:
            if source_claims:
                vocabulary[source.id] = words
        # indexed here, before the helper forks, for both processes
        rare_words = RareWordIndex(claims)
        checks = functools.partial(check_claims, rare_words=rare_words, vocabulary=vocabulary)
        # the checks that need no alignment, and provenance (which needs only the
        # cleaned sources), are found by a helper meanwhile
        checking, pending = helpers.fork(
            (checks, (claims, config)),
            (find_provenance, (cleaned, config)),
        )
        alignment = align_claims(claims, config, progress=report("align"))
        names = _reference_names(reference)
        step = report("compare")
        if step is not None:
            step(0, 1)
        # taken from the helper only when find_discrepancies has done what needs no checks
        checked = (
            functools.partial(helpers.result, checking, checks, claims, config) if checking is not None else None
        )
        discrepancies, inside = find_discrepancies(
            claims, alignment, reference=names, config=config, checked=checked, vocabulary=vocabulary,
            rare_words=rare_words,
        )
        discrepancies += homoglyph_discrepancies(claims, first_id=len(discrepancies) + 1)
        clusters = label_clusters(claims, alignment, discrepancies, inside)
        # independence: copies of one origin count once, in labels and in majorities
        provenance: Provenance = helpers.result(pending, find_provenance, cleaned, config)
    clusters, discrepancies = apply_independence(
        clusters, discrepancies, provenance, {c.id: c for c in claims}, cleaned
    )
    if step is not None:
        step(1, 1)
    return Audit(
        sources=cleaned,
        claims=claims,
        clusters=clusters,
        discrepancies=discrepancies,
        skipped=corpus.skipped,
        reference=[n.canonical for n in names],
        config=config,
        provenance=provenance,
    )


# ------------------------------------------------------------------------ helper processes

PARALLEL_MIN_CHARS = 250_000
"""Audits of less text than this (about 2,000 sentences) run in one process: below it,
starting a helper and sending claims back costs more than the helper saves."""

HELPER_PATIENCE = 300.0
"""Seconds an audit waits for a helper at least before it takes the helper for hung."""

_RUNS_PER_PROCESS = 24
"""Sources to prepare are cut into this many runs per process, so that the work follows
whichever process is free: a helper on a busy core takes fewer runs. Short runs keep the
wait at the end short: a run a helper holds (the one it prepares, and the one its pool
has queued already) cannot be taken back."""


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _helper_count(sources: Sequence[Source], workers: int | None) -> int:
    """How many helper processes an audit of ``sources`` gets (0: none)."""
    wanted = _usable_cores() if workers is None else workers
    if wanted < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    if sum(len(source.text) for source in sources) < PARALLEL_MIN_CHARS:
        return 0
    return min(wanted - 1, len(sources) - 1)


_Prepared = tuple[Source, tuple[Claim, ...], set[str]]
"""A prepared source, its claims and its words (:func:`source_vocabulary` over its claims)."""
_Helped = tuple[Source, tuple[Claim, ...], set[str], tuple[tuple[str, ...], ...]]
"""A source a helper prepared: :data:`_Prepared` and each claim's :func:`claim_tokens`."""


def _prepare_here(source: Source, config: AuditConfig) -> _Prepared:
    """:func:`prepare_source`, each claim's :func:`claim_tokens` (kept for the aligner and
    the checks) and the source's words."""
    source, claims = prepare_source(source, config)
    for claim in claims:
        claim_tokens(claim.text)
    return source, claims, source_vocabulary(" ".join(claim.text for claim in claims))


def _prepare_span(sources: Sequence[Source], config: AuditConfig) -> list[_Helped]:
    """:func:`_prepare_here` in a helper, with the claims' tokens to keep in the audit's process."""
    helped = []
    for source in sources:
        source, claims, words = _prepare_here(source, config)
        helped.append((source, claims, words, tuple(claim_tokens(claim.text) for claim in claims)))
    return helped


def _keep_helped(helped: Sequence[_Helped]) -> list[_Prepared]:
    prepared = []
    for source, claims, words, tokens in helped:
        for claim, claim_words in zip(claims, tokens, strict=True):
            keep_claim_tokens(claim.text, claim_words)
        prepared.append((source, claims, words))
    return prepared


def _spans(sources: Sequence[Source], parts: int) -> list[tuple[int, int]]:
    """Split ``sources`` into ``parts`` runs in order, of about equal length (runs may be
    empty when a few sources hold most of the text)."""
    sizes = [len(source.text) + 1 for source in sources]
    total = sum(sizes)
    bounds = [0]
    done = 0
    for n, size in enumerate(sizes):
        done += size
        if len(bounds) < parts and done >= total * len(bounds) / parts:
            bounds.append(n + 1)
    while len(bounds) < parts + 1:
        bounds.append(len(sources))
    return list(itertools.pairwise(bounds))


class _Helpers:
    """Helper processes (forked, so they start warm) for one audit, or none.

    Whatever goes wrong with a helper (it cannot start, dies, or its result cannot come
    back), the work is done again in this process: helpers change how fast, never what.
    """

    def __init__(self, count: int) -> None:
        self._count = count
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._forked: list[_Child] = []
        self._started = time.monotonic()

    def __enter__(self) -> _Helpers:
        self._started = time.monotonic()
        if self._count:
            try:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    self._count, mp_context=multiprocessing.get_context("fork")
                )
            except (OSError, ValueError, RuntimeError):
                self._pool = None
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc_info: object) -> None:
        if kind is not None:
            # an audit interrupted (Ctrl-C in a notebook) or failed: a helper busy with a
            # run of sources would go on with it for seconds, with nobody to take it
            self._stop()
            return
        if self._pool is not None:  # the helpers are idle by now
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for child in self._forked:
            child.close()
        self._forked = []

    def fork(self, *tasks: tuple[Callable[..., Any], tuple[object, ...]]) -> list[_Forked | None]:
        """Start each ``function(*args)`` of ``tasks`` in a process forked now; ``None``
        for each when there are no helpers or forking fails.

        The processes are forked from this one as it is, so they inherit the arguments
        (the claims of a large audit) instead of receiving them pickled; only results come
        back. The pool's helpers (idle once the sources are prepared) are stopped first,
        so that no thread of theirs is running when this process forks. With one helper,
        one process runs the tasks one after the other; with more, each its own.
        """
        if self._count == 0 or self._pool is None:
            return [None] * len(tasks)
        self._pool.shutdown(wait=True)
        self._pool = None
        context = multiprocessing.get_context("fork")
        runs = [list(range(len(tasks)))] if self._count == 1 else [[k] for k in range(len(tasks))]
        handles: list[_Forked | None] = [None] * len(tasks)
        for run in runs:
            try:
                reader, writer = context.Pipe(duplex=False)
                process = context.Process(target=_run_forked, args=(writer, [tasks[k] for k in run]), daemon=True)
                process.start()
                writer.close()
            except (OSError, ValueError, RuntimeError):
                continue
            child = _Child(process, reader)
            self._forked.append(child)
            for position, k in enumerate(run):
                handles[k] = _Forked(child, position)
        for child in self._forked:  # no thread of this process runs while it forks
            child.thread.start()
        return handles

    def submit(self, function: Callable[..., _T], *args: object) -> concurrent.futures.Future[_T] | None:
        """Start ``function(*args)`` in a helper; ``None`` when there is none."""
        if self._pool is None:
            return None
        try:
            return self._pool.submit(function, *args)
        except Exception:  # a broken pool, a closed one: this process does it
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            return None

    def result(
        self, pending: concurrent.futures.Future[_T] | _Forked | None, function: Callable[..., _T], *args: object
    ) -> _T:
        """What ``pending`` computed, or ``function(*args)`` here when it failed.

        A helper that does not answer in good time (:data:`HELPER_PATIENCE`, or three
        times what this audit has taken so far, whichever is longer) is taken for hung
        (a fork can deadlock on a lock another thread of the caller held): the helpers
        are stopped and the work is done here.
        """
        if pending is not None:
            patience = max(HELPER_PATIENCE, 3 * (time.monotonic() - self._started))
            try:
                return pending.result(timeout=patience)
            except concurrent.futures.TimeoutError:
                self._stop()
            except Exception:
                pass
        return function(*args)

    def _stop(self) -> None:
        """Stop the helpers without waiting for them (one is hung)."""
        pool, self._pool = self._pool, None
        for child in self._forked:
            child.close()
        self._forked = []
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(Exception):
                process.terminate()
        for process in processes:  # reaped, so that none is left behind defunct
            with contextlib.suppress(Exception):
                process.join(1.0)

    def prepare(
        self, sources: Sequence[Source], config: AuditConfig, step: Callable[[int, int], None] | None
    ) -> list[_Prepared]:
        """:func:`_prepare_here` for each source, in order; the helpers take a share each.

        The helpers take runs of sources from the last one back, this process from the
        first on; a run that no helper has started when this process gets to it is
        taken back and prepared here, so neither waits long for the other.
        """
        total = len(sources)
        if step is not None:
            step(0, total)
        if self._pool is None:
            spans = [(0, total)]
        else:
            spans = _spans(sources, _RUNS_PER_PROCESS * (self._count + 1))
        pending: list[concurrent.futures.Future[list[_Helped]] | None]
        pending = [None] * len(spans)
        for k in range(len(spans) - 1, 0, -1):
            start, end = spans[k]
            if start < end:
                pending[k] = self.submit(_prepare_span, sources[start:end], config)
        prepared = []
        for (start, end), future in zip(spans, pending, strict=True):
            if future is None or future.cancel():
                for n in range(start, end):
                    if step is not None:
                        step(n, total)
                    prepared.append(_prepare_here(sources[n], config))
            else:
                if step is not None:
                    step(start, total)
                helped: list[_Helped] = self.result(future, _prepare_span, sources[start:end], config)
                prepared += _keep_helped(helped)
        if step is not None:
            step(total, total)
        return prepared


def _run_forked(writer: Any, tasks: Sequence[tuple[Callable[..., Any], tuple[object, ...]]]) -> None:
    """In a forked process: run the tasks in order, sending ``(True, result)`` for each, or
    ``(False, None)`` for one that raised (it is then done again in the audit's process)."""
    try:
        for function, args in tasks:
            try:
                message: tuple[bool, object] = (True, function(*args))
            except Exception:
                message = (False, None)
            writer.send(message)
    finally:
        writer.close()


class _Child:
    """A forked process and its results, in order, as a thread of this process reads them
    from the pipe (at once, so that the process never waits to send one)."""

    def __init__(self, process: Any, reader: Any) -> None:
        self.process = process
        self.reader = reader
        self.received: list[tuple[bool, object]] = []
        self.ended = False
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True)  # started once all are forked

    def _read(self) -> None:
        try:
            while True:
                message = self.reader.recv()
                with self.changed:
                    self.received.append(message)
                    self.changed.notify_all()
        except Exception:  # EOFError: the process is done (or died); OSError: closed here
            pass
        finally:
            with self.changed:
                self.ended = True
                self.changed.notify_all()

    def receive(self, position: int, timeout: float) -> object:
        """The result of the task at ``position``; raises when it failed or does not come."""
        with self.changed:
            if not self.changed.wait_for(lambda: len(self.received) > position or self.ended, timeout):
                raise concurrent.futures.TimeoutError
            if len(self.received) <= position:
                raise RuntimeError("the forked process ended without the result")
            done, value = self.received[position]
        if not done:
            raise RuntimeError("the task raised in the forked process")
        return value

    def close(self) -> None:
        """Stop the process if it still runs, and reap it."""
        with contextlib.suppress(Exception):
            if self.process.is_alive():
                self.process.terminate()
            self.process.join(1.0)
        with contextlib.suppress(Exception):
            self.reader.close()


class _Forked:
    """One task's result in a :class:`_Child`, with a future's ``result(timeout)``."""

    def __init__(self, child: _Child, position: int) -> None:
        self.child = child
        self.position = position

    def result(self, timeout: float | None = None) -> Any:
        return self.child.receive(self.position, HELPER_PATIENCE if timeout is None else timeout)
