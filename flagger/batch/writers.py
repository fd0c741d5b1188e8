"""Output formats of ``flagger batch``: JSONL, per-note CSV, flags CSV, Prodigy, Label Studio, doccano.

A format renders one note to bytes (in the worker process, so the parent only
appends), writes a header once, and finishes its ``.part`` file into the final
file when the run is complete. The CSV formats are safe to open in Excel.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from flagger.batch.records import Problem, Record
from flagger.results import NoteResult

UTF8_BOM = "\ufeff".encode()
# Cells starting with these are run as formulas by spreadsheet programs (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def excel_safe(value: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with ``'``; plain numbers are left alone."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_line(cells: Iterable[Any]) -> bytes:
    """One CSV record (CRLF-terminated, quoted as needed), every text cell made Excel-safe."""
    buf = io.StringIO()
    csv.writer(buf).writerow([c if isinstance(c, (int, float)) else excel_safe(str(c)) for c in cells])
    return buf.getvalue().encode("utf-8")


def meta_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Totals:
    """Counts of a whole run, for formats that summarise (the HTML report)."""

    notes: int = 0
    with_indicators: int = 0
    errors: int = 0
    duplicates: int = 0


@dataclass(frozen=True)
class RenderContext:
    """What every format needs to know, built once in the parent and once in each worker."""

    include_text: bool
    indicators: tuple[tuple[str, str], ...]  # (id, label) in taxonomy order
    meta_columns: tuple[str, ...] | None  # None: meta unknown in advance (stdin), one JSON column
    html_limit: int = 1000  # notes the HTML report shows in full; 0: all


class Format(Protocol):
    name: str  # as in --format
    needs_text: bool  # refuses --no-text

    def header(self) -> bytes: ...

    def render(self, result: NoteResult, record: Record) -> bytes: ...

    def finish(self, part: Path, final: Path, totals: Totals) -> None: ...


class _Appended:
    """A format whose ``.part`` file is already the final file: finishing renames it."""

    needs_text: bool = False

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx

    def header(self) -> bytes:
        return b""

    def finish(self, part: Path, final: Path, totals: Totals) -> None:
        os.replace(part, final)


def _json_line(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


class JsonlFormat(_Appended):
    """One result per line in the result schema, plus ``source`` (file, line, row) for tracing back."""

    name: str = "jsonl"

    def render(self, result: NoteResult, record: Record) -> bytes:
        d = result.to_dict(include_text=self.ctx.include_text)
        d["source"] = record.location.to_dict()
        return _json_line(d)


class NotesCsvFormat(_Appended):
    """One row per note: id, meta columns, a 0/1 column and a max-score column per indicator, alerts."""

    name: str = "csv"

    def __init__(self, ctx: RenderContext) -> None:
        super().__init__(ctx)
        self.indicator_ids = [i for i, _ in ctx.indicators]
        reserved = {"id", "n_present", "alerts", "error", "meta", *self.indicator_ids,
                    *(f"{i}_score" for i in self.indicator_ids)}
        keys = ctx.meta_columns if ctx.meta_columns is not None else ()
        self.meta_keys = list(keys)
        self.meta_headers = [f"meta_{k}" if k in reserved else k for k in keys]

    def header(self) -> bytes:
        meta = self.meta_headers if self.ctx.meta_columns is not None else ["meta"]
        return UTF8_BOM + csv_line(["id", *meta, *self.indicator_ids, *(f"{i}_score" for i in self.indicator_ids),
                                    "n_present", "alerts", "error"])

    def render(self, result: NoteResult, record: Record) -> bytes:
        present = set(result.present)
        best: dict[str, float] = {}
        for flag in result.flags:
            if flag.present:
                best[flag.indicator] = max(best.get(flag.indicator, 0.0), round(float(flag.score), 4))
        if self.ctx.meta_columns is not None:
            meta = [meta_cell(result.meta.get(k)) for k in self.meta_keys]
        else:
            meta = [json.dumps(result.meta, ensure_ascii=False) if result.meta else ""]
        return csv_line([result.id or "", *meta, *(int(i in present) for i in self.indicator_ids),
                         *(best.get(i, "") for i in self.indicator_ids), len(present),
                         ";".join(result.alerts), result.error or ""])


class FlagsCsvFormat(_Appended):
    """One row per flag: where it is, what it says, how sure, and why."""

    name: str = "flags-csv"
    COLUMNS = ("id", "indicator", "label", "assertion", "present", "score", "source", "rule",
               "start", "end", "sentence_start", "sentence_end", "cues")

    def header(self) -> bytes:
        return UTF8_BOM + csv_line([*self.COLUMNS, *(("text",) if self.ctx.include_text else ())])

    def render(self, result: NoteResult, record: Record) -> bytes:
        rows = []
        for f in result.flags:
            if self.ctx.include_text:
                cues = "; ".join(f"{c.assertion}: {c.text}" for c in f.cues)
            else:
                cues = "; ".join(f"{c.assertion}@{c.start}-{c.end}" for c in f.cues)
            row = [result.id or "", f.indicator, f.label, f.assertion, int(f.present), round(float(f.score), 4),
                   f.source, f.rule or "", f.start, f.end, f.sentence_start, f.sentence_end, cues]
            if self.ctx.include_text:
                row.append(f.text)
            rows.append(csv_line(row))
        return b"".join(rows)


def _present_spans(result: NoteResult) -> list[Any]:
    return [f for f in result.flags if f.present]


class ProdigyFormat(_Appended):
    """Prodigy tasks: ``text`` and ``spans`` (present flags, labelled with the indicator id)."""

    name: str = "prodigy"
    needs_text: bool = True

    def render(self, result: NoteResult, record: Record) -> bytes:
        spans = [{"start": f.start, "end": f.end, "label": f.indicator, "assertion": f.assertion,
                  "score": round(float(f.score), 4), "rule": f.rule} for f in _present_spans(result)]
        return _json_line({"text": record.text, "spans": spans,
                           "meta": {"id": result.id, "source": str(record.location)}})


class DoccanoFormat(_Appended):
    """doccano sequence-labelling import: ``text`` and ``label`` as ``[start, end, indicator]``."""

    name: str = "doccano"
    needs_text: bool = True

    def render(self, result: NoteResult, record: Record) -> bytes:
        labels = [[f.start, f.end, f.indicator] for f in _present_spans(result)]
        return _json_line({"text": record.text, "label": labels, "note_id": result.id})


class LabelStudioFormat(_Appended):
    """Label Studio tasks with ``predictions`` (a JSON array; labeling config names ``label`` and ``text``)."""

    name: str = "labelstudio"
    needs_text: bool = True

    def render(self, result: NoteResult, record: Record) -> bytes:
        regions = [{"id": f"{f.indicator}-{n}", "from_name": "label", "to_name": "text", "type": "labels",
                    "value": {"start": f.start, "end": f.end, "text": f.text, "labels": [f.indicator]},
                    "score": round(float(f.score), 4)}
                   for n, f in enumerate(_present_spans(result))]
        score = max((round(float(f.score), 4) for f in _present_spans(result)), default=0.0)
        task = {"data": {"text": record.text, "note_id": result.id, "meta": result.meta},
                "predictions": [{"model_version": result.model or "flagger-rules", "score": score,
                                 "result": regions}]}
        return _json_line(task)

    def finish(self, part: Path, final: Path, totals: Totals) -> None:
        """The part file holds one task per line; the final file is one JSON array, written atomically."""
        tmp = final.with_name(final.name + ".tmp")
        with part.open("rb") as src, tmp.open("wb") as dst:
            dst.write(b"[")
            for n, line in enumerate(src):
                dst.write((b",\n" if n else b"\n") + line.rstrip(b"\n"))
            dst.write(b"\n]\n")
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, final)
        part.unlink()


# --- the errors file ----------------------------------------------------------------------------

ERRORS_COLUMNS = ("source", "location", "id", "kind", "reason")


def errors_header() -> bytes:
    return UTF8_BOM + csv_line(ERRORS_COLUMNS)


def error_row(problem: Problem) -> bytes:
    """One line of the errors file: where, which note, what kind of problem, why. Never note text."""
    loc = problem.location
    return csv_line([loc.source, loc.where(), problem.id or "", problem.kind, problem.reason])
