"""Run a batch: read notes as a stream, check them in worker processes, write results in input order.

Notes are grouped into chunks. With ``workers > 1`` each chunk goes to one of N
processes, each with its own ``flagger.load()``; results are written strictly in
input order and every chunk is a checkpoint (see ``checkpoint.py``), so the
output is byte for byte the same for any number of workers, and after
``--resume``. Memory stays flat: a bounded number of chunks is in flight, and
the core's ``pipe`` clears spaCy's string store per batch (``memory_zone``).
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from flagger.batch.checkpoint import (
    Checkpointed,
    State,
    StateFile,
    fingerprint,
    knowledge_fingerprint,
    part_path,
    state_path,
)
from flagger.batch.errors import BatchError, BatchFailed, Reasons, ResumeError
from flagger.batch.formats import FORMATS, OutputSpec, make_format
from flagger.batch.readers import ReadOptions, Source, Survey, discover, read_all, survey
from flagger.batch.records import Item, Problem, Record
from flagger.batch.worker import NoteOutput, WorkerSettings, init_worker, process_chunk
from flagger.batch.writers import Format, RenderContext, Totals, error_row, errors_header

log = logging.getLogger(__name__)

# Exit codes of `flagger batch` (documented in its --help).
EXIT_OK = 0  # completed; no note shows an indicator
EXIT_INDICATORS = 1  # completed; at least one note shows an indicator
EXIT_USAGE = 2  # bad options or inputs; nothing was processed
EXIT_ERRORS = 3  # completed, but something could not be read or processed, or ids repeat: see the errors file
EXIT_FAILED = 4  # stopped before the end (a worker died, disk full, ...); finished notes are kept: --resume
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C; --resume continues

DEFAULT_CHUNK_SIZE = 500
MAX_CHUNK_CHARS = 4_000_000  # a chunk also closes at this many characters of note text


def default_workers() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class BatchConfig:
    inputs: tuple[str, ...]
    outputs: tuple[OutputSpec, ...]
    errors_path: Path | None = None  # None: beside the first output, "<name>.errors.csv"
    read: ReadOptions = field(default_factory=ReadOptions)
    include_text: bool = True
    mode: str = "recall"
    rules_only: bool = False
    workers: int | None = None  # None: all cores
    chunk_size: int = DEFAULT_CHUNK_SIZE
    html_limit: int = 1000  # notes the HTML report shows in full; 0: all
    resume: bool = False

    @property
    def errors_file(self) -> Path:
        if self.errors_path is not None:
            return self.errors_path
        first = self.outputs[0].path
        return first.with_name(first.name.split(".")[0] + ".errors.csv")


@dataclass
class Counts:
    notes: int = 0
    with_indicators: int = 0
    read_errors: int = 0
    failed: int = 0
    duplicates: int = 0

    @property
    def errors(self) -> int:
        return self.read_errors + self.failed


@dataclass
class BatchSummary:
    counts: Counts
    seconds: float
    checked_now: int  # notes checked by this run (a resumed run does not count the earlier part)
    outputs: list[Path]
    errors_path: Path | None  # None when there was nothing to report
    skipped_files: int = 0
    resumed_after: int = 0  # input items an interrupted run had already done

    @property
    def exit_code(self) -> int:
        if self.counts.errors or self.counts.duplicates:
            return EXIT_ERRORS
        return EXIT_INDICATORS if self.counts.with_indicators else EXIT_OK

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        c = self.counts
        rate = self.checked_now / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{c.notes:,} notes", f"{c.with_indicators:,} with indicators", f"{c.errors:,} errors"]
        if c.duplicates:
            parts.append(f"{c.duplicates:,} duplicate ids")
        text = f"flagger batch: {', '.join(parts)} in {self.seconds:.1f} s ({rate:,.0f} notes/s)"
        if self.resumed_after:
            text += f", resumed after {self.resumed_after:,} items"
        if self.skipped_files:
            text += f"; {self.skipped_files:,} files of other types skipped"
        text += "; wrote " + ", ".join(str(p) for p in self.outputs)
        if self.errors_path is not None:
            text += f"; problems listed in {self.errors_path}"
        return text


class Progress(Protocol):
    def start(self, total: int | None, done: int) -> None: ...

    def advance(self, items: int) -> None: ...


# --- planning -----------------------------------------------------------------------------------


@dataclass
class _Plan:
    config: BatchConfig
    sources: list[Source]
    skipped: list[str]
    formats: list[Format]
    settings: WorkerSettings
    fingerprint: str
    state_file: StateFile
    finals: list[Path]  # every output, then the errors file
    total_items: int | None
    workers: int


def _own_files(config: BatchConfig, state_file: StateFile) -> list[Path]:
    finals = [o.path for o in config.outputs] + [config.errors_file]
    return [*finals, *(part_path(p) for p in finals), *(p.with_name(p.name + ".tmp") for p in finals),
            state_file.path]


def _plan(config: BatchConfig, *, want_total: bool) -> _Plan:
    from flagger import __version__, load_indicators

    workers = config.workers or default_workers()
    if workers < 1 or config.chunk_size < 1:
        raise BatchError("--workers and --chunk-size must be at least 1.")
    needs_text = [o.format for o in config.outputs if FORMATS[o.format].needs_text]
    if needs_text and not config.include_text:
        raise BatchError(f"--no-text cannot be used with {', '.join(needs_text)}: review tools need the note text.")
    state_file = StateFile(state_path(config.outputs[0].path))
    found = discover(config.inputs, exclude=_own_files(config, state_file))
    if not found.sources:
        raise BatchError("No notes to read: the inputs hold no .txt, .md, .csv, .tsv, .jsonl or .docx files.")
    wants_meta = any(o.format == "csv" for o in config.outputs)
    seen = survey(found.sources, config.read) if wants_meta or want_total else Survey(None, None)
    indicators = tuple((i.id, i.label) for i in load_indicators())
    meta = tuple(seen.meta_keys) if seen.meta_keys is not None else None
    ctx = RenderContext(include_text=config.include_text, indicators=indicators, meta_columns=meta,
                        html_limit=config.html_limit)
    settings = WorkerSettings(mode=config.mode, rules_only=config.rules_only,
                              formats=tuple(o.format for o in config.outputs), ctx=ctx)
    key = {"version": __version__, "inputs": list(config.inputs), "sources": [s.fingerprint() for s in found.sources],
           "outputs": [[str(o.path), o.format] for o in config.outputs], "errors": str(config.errors_file),
           "read": asdict(config.read), "text": config.include_text, "mode": config.mode,
           "rules_only": config.rules_only, "knowledge": knowledge_fingerprint(with_model=not config.rules_only),
           "ctx": asdict(ctx)}
    return _Plan(config, found.sources, found.skipped, [make_format(f, ctx) for f in settings.formats], settings,
                 fingerprint(key), state_file, [o.path for o in config.outputs] + [config.errors_file],
                 seen.items, workers)


def _initial_state(plan: _Plan) -> tuple[State, bool]:
    """The state to start from, and whether it continues an interrupted run."""
    previous = plan.state_file.load()
    if previous is None:
        return State(plan.fingerprint), False
    if not plan.config.resume:
        raise BatchError(f"An interrupted run left {plan.state_file.path}. Pass --resume to continue it, "
                         "or delete that file to start over.")
    if previous.fingerprint != plan.fingerprint:
        raise ResumeError("The inputs, options, rules or model differ from the interrupted run's (or an input file "
                          f"changed), so --resume cannot continue it. Delete {plan.state_file.path} to start over.")
    return previous, True


# --- running ------------------------------------------------------------------------------------


def run_batch(config: BatchConfig, *, progress: Progress | None = None) -> BatchSummary:
    """Check every note of ``config.inputs`` and write ``config.outputs``; see ``flagger batch --help``."""
    started = time.monotonic()
    plan = _plan(config, want_total=progress is not None)
    state, resumed = _initial_state(plan)
    resumed_after = state.items_done if resumed else 0
    notes_before = Counts(**state.counts).notes
    for final in plan.finals:
        final.parent.mkdir(parents=True, exist_ok=True)
    outputs = Checkpointed(plan.finals, plan.state_file)
    if resumed and state.finished:
        pass  # only turning part files into final files was interrupted; _finish picks it up
    elif resumed:
        outputs.resume(state)
    else:
        outputs.start([f.header() for f in plan.formats] + [errors_header()], state)
    try:
        if not state.finished:
            if progress is not None:
                progress.start(plan.total_items, state.items_done)
            _Stream(plan, state, outputs, progress).run()
            state.finished = True
            outputs.commit([b""] * len(plan.finals), state)
    finally:
        outputs.close()
    counts = Counts(**state.counts)
    errors_path = _finish(plan, counts)
    return BatchSummary(counts, time.monotonic() - started, counts.notes - notes_before,
                        [o.path for o in config.outputs], errors_path, len(plan.skipped), resumed_after)


def _finish(plan: _Plan, counts: Counts) -> Path | None:
    """Turn every part file into its final file; drop the errors file if there was nothing to report."""
    totals = Totals(counts.notes, counts.with_indicators, counts.errors, counts.duplicates)
    for spec, fmt in zip(plan.config.outputs, plan.formats, strict=True):
        part = part_path(spec.path)
        if part.exists():  # else finished by an earlier, interrupted finish
            fmt.finish(part, spec.path, totals)
    errors_final = plan.config.errors_file
    errors_part = part_path(errors_final)
    has_errors = bool(counts.errors or counts.duplicates)
    if errors_part.exists():
        if has_errors:
            os.replace(errors_part, errors_final)
        else:
            errors_part.unlink()
            errors_final.unlink(missing_ok=True)  # a stale list from an earlier run would mislead
    plan.state_file.remove()
    return errors_final if has_errors else None


class DuplicateTracker:
    """Remembers every id seen (as an 8-byte hash, to keep memory small) and where it was first seen."""

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}

    def check(self, record: Record) -> Problem | None:
        key = hashlib.blake2b(record.id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        first = self._first.get(key)
        if first is None:
            self._first[key] = str(record.location)
            return None
        return Problem(record.location, Reasons.DUPLICATE_ID.format(first=first), kind="duplicate_id", id=record.id)


@dataclass
class _Chunk:
    end: int = 0  # input items done once this chunk is written
    items: list[Item] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    duplicates: dict[int, Problem] = field(default_factory=dict)  # index in items -> report


def chunked(items: Iterable[Item], tracker: DuplicateTracker, *, start: int, size: int,
            max_chars: int = MAX_CHUNK_CHARS) -> Iterator[_Chunk]:
    """Group items into chunks of ``size`` notes (or ``max_chars`` of text); ids are checked on the way."""
    chunk, chars, n = _Chunk(), 0, start
    for item in items:
        n += 1
        chunk.items.append(item)
        if isinstance(item, Record):
            duplicate = tracker.check(item)
            if duplicate is not None:
                chunk.duplicates[len(chunk.items) - 1] = duplicate
            chunk.records.append(item)
            chars += len(item.text)
            if len(chunk.records) >= size or chars >= max_chars:
                chunk.end = n
                yield chunk
                chunk, chars = _Chunk(), 0
    if chunk.items:
        chunk.end = n
        yield chunk


def _skip(items: Iterator[Item], count: int, tracker: DuplicateTracker) -> None:
    """Consume the items an interrupted run already wrote, remembering their ids."""
    for item in islice(items, count):
        if isinstance(item, Record):
            tracker.check(item)


class _Stream:
    def __init__(self, plan: _Plan, state: State, outputs: Checkpointed, progress: Progress | None) -> None:
        self.plan, self.state, self.outputs, self.progress = plan, state, outputs, progress
        self.counts = Counts(**state.counts)

    def run(self) -> None:
        items = read_all(self.plan.sources, self.plan.config.read)
        tracker = DuplicateTracker()
        _skip(items, self.state.items_done, tracker)
        chunks = chunked(items, tracker, start=self.state.items_done, size=self.plan.config.chunk_size)
        first = list(islice(chunks, 2))
        parallel = self.plan.workers > 1 and len(first) > 1
        in_flight = 2 * self.plan.workers if parallel else 1  # a chunk queued per busy worker
        with _executor(self.plan.settings, self.plan.workers if parallel else 1) as pool:
            pending: deque[tuple[_Chunk, Future[list[NoteOutput]]]] = deque()
            for chunk in chain(first, chunks):
                pending.append((chunk, pool.submit(process_chunk, chunk.records)))
                while len(pending) >= in_flight:
                    self._commit(*pending.popleft())
            while pending:
                self._commit(*pending.popleft())

    def _commit(self, chunk: _Chunk, future: Future[list[NoteOutput]]) -> None:
        try:
            notes = iter(future.result())
        except BrokenProcessPool as e:
            raise BatchFailed("A worker process stopped unexpectedly (out of memory?). Every note up to the last "
                              "checkpoint is saved: run the same command with --resume to continue.") from e
        data = [bytearray() for _ in self.plan.formats]
        errors = bytearray()
        for index, item in enumerate(chunk.items):
            if isinstance(item, Problem):
                errors += error_row(item)
                self.counts.read_errors += 1
                continue
            if index in chunk.duplicates:
                errors += error_row(chunk.duplicates[index])
                self.counts.duplicates += 1
            note = next(notes)
            self._check_model(note)
            for buf, rendered in zip(data, note.rendered, strict=True):
                buf += rendered
            self.counts.notes += 1
            self.counts.with_indicators += note.has_indicators
            if note.error is not None:
                errors += error_row(Problem(item.location, note.error, kind="processing_error", id=item.id))
                self.counts.failed += 1
        self.state.items_done = chunk.end
        self.state.counts = asdict(self.counts)
        self.outputs.commit([bytes(b) for b in data] + [bytes(errors)], self.state)
        if self.progress is not None:
            self.progress.advance(len(chunk.items))

    def _check_model(self, note: NoteOutput) -> None:
        if note.model is None:
            return
        if self.state.model is None:
            self.state.model = note.model
        elif note.model != self.state.model:
            raise BatchFailed(f"The model changed since the run started ({self.state.model} -> {note.model}); "
                              f"delete {self.plan.state_file.path} and start over.")


# --- executors: one interface for "in this process" and "in a pool of processes" -----------------


class _InlineExecutor:
    """Runs chunks in this process: one worker, no start-up cost, the same bytes as a pool."""

    def __init__(self, settings: WorkerSettings) -> None:
        init_worker(settings, in_pool=False)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        # handed over like a pool would
        except Exception as e:  # noqa: BLE001
            future.set_exception(e)
        return future

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _PoolExecutor(ProcessPoolExecutor):
    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # On an error or Ctrl-C, do not start the queued chunks; the running ones finish quickly.
        self.shutdown(wait=True, cancel_futures=exc_type is not None)


def _executor(settings: WorkerSettings, workers: int) -> Any:
    if workers == 1:
        return _InlineExecutor(settings)
    log.info("starting %d worker processes", workers)
    return _PoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                         initializer=init_worker, initargs=(settings,))
