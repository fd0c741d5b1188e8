"""The work one process does: load the flagger once, check chunks of notes, render them for every output.

Runs in each worker process (``--workers N``), or in the main process for one
worker; the output bytes are the same either way. A note that makes the
flagger fail becomes a failed result (``error`` set) instead of stopping the run.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any

from flagger.batch.errors import Reasons
from flagger.batch.formats import make_format
from flagger.batch.records import Record
from flagger.batch.writers import Format, RenderContext
from flagger.results import NoteResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerSettings:
    mode: str
    rules_only: bool
    formats: tuple[str, ...]
    ctx: RenderContext
    batch_size: int = 256


@dataclass(frozen=True)
class NoteOutput:
    """What the parent needs about one checked note: counts, the error if any, and the rendered bytes."""

    has_indicators: bool
    error: str | None
    model: str | None
    rendered: tuple[bytes, ...]  # one per output, in the order of WorkerSettings.formats


class Worker:
    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self.flagger = load_flagger(settings.mode, settings.rules_only)
        self.formats: list[Format] = [make_format(name, settings.ctx) for name in settings.formats]

    def process(self, records: list[Record]) -> list[NoteOutput]:
        results = analyze(self.flagger, records, self.settings.batch_size)
        return [self._output(result, record) for result, record in zip(results, records, strict=True)]

    def _output(self, result: NoteResult, record: Record) -> NoteOutput:
        rendered = tuple(fmt.render(result, record) for fmt in self.formats)
        return NoteOutput(result.has_indicators, result.error, result.model, rendered)


@functools.lru_cache(maxsize=2)
def load_flagger(mode: str, rules_only: bool) -> Any:
    """``flagger.load()``, once per process and settings."""
    import flagger

    return flagger.load(mode=mode, rules_only=rules_only)


def analyze(flagger: Any, records: list[Record], batch_size: int) -> list[NoteResult]:
    """One result per record, in order. If the flagger fails, the notes left are retried one by one."""
    results: list[NoteResult] = []
    try:
        pairs = ((record.text, record) for record in records)
        for result, record in flagger.pipe(pairs, as_tuples=True, batch_size=batch_size):
            results.append(_identify(result, record))
    except Exception:  # noqa: BLE001 - isolate the note at fault below
        log.warning("checking a chunk failed; retrying its %d remaining notes one by one",
                    len(records) - len(results))
        results.extend(_analyze_one(flagger, record) for record in records[len(results):])
    return results


def _analyze_one(flagger: Any, record: Record) -> NoteResult:
    try:
        [(result, _)] = list(flagger.pipe([(record.text, record)], as_tuples=True, batch_size=1))
    except Exception as e:  # noqa: BLE001 - the run goes on; the note is reported, its text never logged
        log.warning("note %s (%s) could not be processed: %s", record.id, record.location, type(e).__name__)
        return NoteResult.failed(Reasons.PROCESSING.format(error=type(e).__name__), id=record.id, meta=record.meta)
    return _identify(result, record)


def _identify(result: NoteResult, record: Record) -> NoteResult:
    result.id = record.id
    result.meta = dict(record.meta)
    return result


# --- process-pool entry points (module level, so they pickle) -----------------------------------

_worker: Worker | None = None


def init_worker(settings: WorkerSettings, *, in_pool: bool = True) -> None:
    """Load this process's flagger once. Pool workers leave Ctrl-C to the parent, which stops them."""
    global _worker
    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with_parent()
    _worker = Worker(settings)


def _exit_with_parent(interval: float = 0.5) -> None:
    """A parent killed with ``kill -9`` cannot stop its pool: a worker whose parent is gone ends itself."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="flagger-batch-parent-watch", daemon=True).start()


def process_chunk(records: list[Record]) -> list[NoteOutput]:
    if _worker is None:
        raise RuntimeError("init_worker() was not called in this process")
    return _worker.process(records)
