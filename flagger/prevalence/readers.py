"""Read the outputs of ``flagger batch`` into per-note records for prevalence analysis.

Two formats are accepted:

- **JSONL** (``.jsonl``, ``.ndjson``, ``.json`` or ``-`` for stdin): one result per
  line in the result schema (``shared/spec/result.md``). ``present`` gives the
  indicators present in the note, ``flags[].assertion`` the negated /
  hypothetical / other-person mentions, ``alerts`` the alerts, and ``meta`` the
  other columns of the input (used by ``--by``).
- **Per-note CSV** (``.csv``) as ``flagger batch --format csv`` writes it:
  ``id``, the meta columns, one 0/1 column per indicator id,
  ``<indicator>_score`` and ``alerts``. A CSV carries no assertions, so the
  negated / hypothetical / other-person counts are unavailable from it.
  Cells escaped against spreadsheet formula injection (a leading ``'`` before
  ``= + - @``, tab or CR) are unescaped.

Results with a non-null ``error`` (a note the batch run could not process) are
counted and left out. Problems are collected and reported together, by line,
never with note text.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from flagger.errors import InputError
from flagger.results import PRESENT_ASSERTIONS
from flagger.taxonomy import id_list_problem

NOT_PRESENT_ASSERTIONS: tuple[str, ...] = ("negated", "hypothetical", "other_person")
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
CSV_RESERVED = frozenset({"id", "alerts", "error", "warnings", "model", "text", "present", "sectors", "n_present"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_PROBLEMS_SHOWN = 20
MISSING = "(missing)"


@dataclass(frozen=True)
class NoteRecord:
    """What prevalence analysis needs to know about one note (no note text).

    ``mentions`` maps an indicator to the non-present assertions it was flagged
    with in this note (only for indicators not present); it is None when the
    source does not carry flags (CSV).
    """

    id: str
    present: frozenset[str]
    alerts: frozenset[str] = frozenset()
    meta: Mapping[str, str] = field(default_factory=dict)
    mentions: Mapping[str, frozenset[str]] | None = None
    line: int = 0

    def group(self, column: str) -> str:
        return self.meta.get(column) or MISSING


@dataclass
class ResultSet:
    """The notes read from one results file, and how many were left out for errors."""

    notes: list[NoteRecord]
    failed: int
    source: str
    has_mentions: bool

    def columns(self) -> list[str]:
        """Every meta column seen in any note, sorted."""
        return sorted({k for note in self.notes for k in note.meta})


class _Problems:
    """Collects data problems so that a file reports all of them at once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[str] = []

    def add(self, line: int, what: str) -> None:
        self.items.append(f"{self.name}, line {line}: {what}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_PROBLEMS_SHOWN]
        more = len(self.items) - len(shown)
        listing = "\n  ".join(shown + ([f"... and {more} more"] if more else []))
        raise InputError(f"{len(self.items)} problem(s) reading results:\n  {listing}")


def read_results(path: str | Path, *, indicators: Iterable[str]) -> ResultSet:
    """Read a batch output file (JSONL or per-note CSV; ``-`` is JSONL on stdin)."""
    known = frozenset(indicators)
    if str(path) == "-":
        return _read_jsonl(sys.stdin, "<stdin>", known)
    p = Path(path)
    if not p.is_file():
        raise InputError(f"Results file not found: {p}")
    suffix = p.suffix.lower()
    if suffix not in JSONL_SUFFIXES | {".csv"}:
        raise InputError(f"{p.name}: unknown results format {suffix!r}; give a .jsonl or .csv file "
                         "written by `flagger batch`")
    try:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            if suffix == ".csv":
                return _read_csv(fh, p.name, known)
            return _read_jsonl(fh, p.name, known)
    except UnicodeDecodeError as e:
        raise InputError(f"{p.name} is not UTF-8 text ({e.reason} at byte {e.start})") from e


# ---------------------------------------------------------------------------- JSONL


def _read_jsonl(fh: IO[str], name: str, known: frozenset[str]) -> ResultSet:
    problems = _Problems(name)
    notes: list[NoteRecord] = []
    failed = 0
    for line_no, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            problems.add(line_no, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(record, dict):
            problems.add(line_no, "not a JSON object")
            continue
        if record.get("error"):
            failed += 1
            continue
        note = _note_from_json(record, line_no, known, problems)
        if note is not None:
            notes.append(note)
    problems.raise_if_any()
    return ResultSet(notes, failed, "jsonl", has_mentions=True)


def _note_from_json(record: dict[str, Any], line: int, known: frozenset[str],
                    problems: _Problems) -> NoteRecord | None:
    present = record.get("present")
    problem = id_list_problem(present, "present", known)
    if problem:
        problems.add(line, problem)
        return None
    flags = record.get("flags") or []
    meta = record.get("meta") or {}
    if not isinstance(flags, list) or not all(isinstance(f, dict) for f in flags):
        problems.add(line, "'flags' must be a list of objects")
        return None
    if not isinstance(meta, dict):
        problems.add(line, "'meta' must be an object")
        return None
    return NoteRecord(
        id=_note_id(record.get("id"), line),
        present=frozenset(present),
        alerts=frozenset(a for a in record.get("alerts") or [] if isinstance(a, str)),
        meta=_meta_strings(meta),
        mentions=_mentions(flags, frozenset(present)),
        line=line,
    )


def _mentions(flags: list[dict[str, Any]], present: frozenset[str]) -> dict[str, frozenset[str]]:
    seen: dict[str, set[str]] = {}
    for flag in flags:
        indicator, assertion = flag.get("indicator"), flag.get("assertion")
        if indicator in present or assertion in PRESENT_ASSERTIONS or not isinstance(indicator, str):
            continue
        if assertion in NOT_PRESENT_ASSERTIONS:
            seen.setdefault(indicator, set()).add(assertion)
    return {k: frozenset(v) for k, v in seen.items()}


def _meta_strings(meta: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): _meta_value(v) for k, v in meta.items() if v is not None and v != ""}


def _meta_value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else json.dumps(value)


def _note_id(value: Any, line: int) -> str:
    return f"line-{line}" if value is None or value == "" else str(value)


# ---------------------------------------------------------------------------- CSV


def _read_csv(fh: IO[str], name: str, known: frozenset[str]) -> ResultSet:
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(fh)
    header = reader.fieldnames or []
    missing = sorted(known - set(header))
    if missing:
        raise InputError(f"{name}: not a per-note CSV from `flagger batch`: no column for "
                         f"indicator(s) {', '.join(missing)}")
    meta_columns = [c for c in header if _is_meta_column(c, known)]
    problems = _Problems(name)
    notes: list[NoteRecord] = []
    failed = 0
    for line_no, row in _numbered_rows(reader):
        if (row.get("error") or "").strip():
            failed += 1
            continue
        note = _note_from_row(row, line_no, known, meta_columns, problems)
        if note is not None:
            notes.append(note)
    problems.raise_if_any()
    return ResultSet(notes, failed, "csv", has_mentions=False)


def _numbered_rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, str]]]:
    for row in reader:
        # line_num is the physical line where the row ended; rows may span lines
        yield reader.line_num, row


def _is_meta_column(column: str, known: frozenset[str]) -> bool:
    if column in known or column in CSV_RESERVED:
        return False
    return not (column.endswith("_score") and column[: -len("_score")] in known)


def _note_from_row(row: dict[str, str], line: int, known: frozenset[str], meta_columns: list[str],
                   problems: _Problems) -> NoteRecord | None:
    present: set[str] = set()
    bad: list[str] = []
    for indicator in sorted(known):
        value = (row.get(indicator) or "").strip()
        if value == "1":
            present.add(indicator)
        elif value != "0":
            bad.append(indicator)
    if bad:
        problems.add(line, f"indicator column(s) {', '.join(bad)} must be 0 or 1")
        return None
    meta = {c: _unescape(row.get(c) or "") for c in meta_columns}
    return NoteRecord(
        id=_note_id(_unescape(row.get("id") or ""), line),
        present=frozenset(present),
        alerts=frozenset(_split_alerts(row.get("alerts") or "")),
        meta={k: v for k, v in meta.items() if v != ""},
        mentions=None,
        line=line,
    )


def _unescape(value: str) -> str:
    """Undo the spreadsheet formula-injection escape (a leading apostrophe)."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def _split_alerts(value: str) -> list[str]:
    for sep in ";,|":
        value = value.replace(sep, " ")
    return value.split()
