"""Read case notes from folders, text, CSV/TSV, JSONL and Word files, or JSONL on standard input.

Every reader yields ``Record``s (a note to check) and ``Problem``s (a file, row or
line that could not be read, with where it was and why), in a fixed order, so two
runs over the same inputs see the same notes in the same order. Nothing is
guessed: a file that does not decode in the chosen encoding is reported.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from flagger.batch.errors import BatchError, Reasons
from flagger.batch.records import Item, Location, Problem, Record

STDIN = "-"
STDIN_NAME = "<stdin>"
KINDS: dict[str, str] = {
    ".txt": "text", ".md": "text", ".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".docx": "docx",
}
SINGLE_NOTE_KINDS = frozenset({"text", "docx"})
# Python refuses CSV fields over 128 KiB by default; case files can be longer.
CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
_BLOCK = 1 << 20


@dataclass(frozen=True)
class ReadOptions:
    """How to find the note text and id in structured inputs, and how to decode bytes."""

    text_field: str = "text"
    id_field: str | None = None  # None: use an "id" column/field when there is one
    encoding: str = "utf-8"

    @property
    def codec(self) -> str:
        """The codec name; UTF-8 input may start with a byte-order mark, which is dropped."""
        return codecs.lookup(self.encoding).name

    @property
    def is_utf8(self) -> bool:
        return self.codec == "utf-8"

    def looks_binary(self, data: bytes) -> bool:
        """NUL bytes never occur in text of an ASCII-compatible encoding (UTF-16/32 are not)."""
        return not self.codec.startswith(("utf-16", "utf-32")) and b"\x00" in data


@dataclass(frozen=True)
class Source:
    """One input: a file (``path``) or standard input (``path is None``)."""

    name: str
    kind: str
    path: Path | None = None

    def fingerprint(self) -> list[Any]:
        """Name, size and modification time: enough to notice a file that changed between runs."""
        if self.path is None:
            return [self.name]
        st = self.path.stat()
        return [self.name, st.st_size, st.st_mtime_ns]


@dataclass
class Discovery:
    sources: list[Source] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files in folders with other extensions


def check_encoding(encoding: str) -> str:
    """The encoding's canonical name; raises ``BatchError`` for an unknown one."""
    try:
        return codecs.lookup(encoding).name
    except LookupError as e:
        raise BatchError(f"Unknown encoding {encoding!r} (examples: utf-8, cp1252, latin-1).") from e


# --- finding the inputs -------------------------------------------------------------------------


def discover(inputs: Sequence[str], *, exclude: Iterable[Path] = ()) -> Discovery:
    """Expand the command-line inputs into sources, in order; folders are walked recursively, sorted.

    ``exclude`` lists files never to read (the run's own outputs, when they sit in an input folder).
    """
    excluded = {p.resolve() for p in exclude}
    found = Discovery()
    for given in inputs:
        if given == STDIN:
            found.sources.append(Source(STDIN_NAME, "jsonl"))
            continue
        path = Path(given)
        if path.is_dir():
            _discover_folder(given, path, excluded, found)
        elif path.is_file():
            kind = KINDS.get(path.suffix.lower())
            if kind is None:
                raise BatchError(f"{given}: unsupported input type {path.suffix or '(no extension)'!r}; "
                                 f"supported: {', '.join(sorted(KINDS))}, a folder, or - for JSONL on stdin.")
            found.sources.append(Source(given, kind, path))
        else:
            raise BatchError(f"{given}: no such file or folder.")
    return found


def _discover_folder(given: str, root: Path, excluded: set[Path], found: Discovery) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith((".", "~$")):  # hidden files, Word's lock files
                continue
            path = Path(dirpath, filename)
            if path.resolve() in excluded:
                continue
            name = os.path.join(given, os.path.relpath(path, root))
            kind = KINDS.get(path.suffix.lower())
            if kind is None:
                found.skipped.append(name)
            else:
                found.sources.append(Source(name, kind, path))


# --- reading ------------------------------------------------------------------------------------


def read_all(sources: Iterable[Source], options: ReadOptions) -> Iterator[Item]:
    """Every note and every problem of every source, in order."""
    for source in sources:
        yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Item]:
    if source.path is None:
        yield from read_jsonl_lines(source.name, _stdin_lines(), options)
    elif source.kind == "text":
        yield _read_text_file(source, options)
    elif source.kind == "docx":
        yield _read_docx(source)
    elif source.kind in ("csv", "tsv"):
        yield from _read_csv(source, options, delimiter="," if source.kind == "csv" else "\t")
    else:
        yield from _read_jsonl_file(source, options)


def _stdin_lines() -> Iterator[bytes]:
    yield from sys.stdin.buffer


class _Unreadable(Exception):
    """Internal: carries the reason a file's bytes cannot be used."""


def decode(data: bytes, options: ReadOptions) -> str:
    """Decode a whole file; raises ``_Unreadable`` with the offset and line of the first bad byte."""
    if options.looks_binary(data):
        raise _Unreadable(Reasons.BINARY)
    try:
        text = data.decode(options.codec)
    except UnicodeDecodeError as e:
        raise _Unreadable(_undecodable(options, data[e.start], e.start, data.count(b"\n", 0, e.start) + 1)) from e
    if options.is_utf8 and text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise _Unreadable(Reasons.BINARY)
    return text


def _undecodable(options: ReadOptions, byte: int, offset: int, line: int) -> str:
    return Reasons.UNDECODABLE.format(encoding=options.encoding, byte=byte, offset=offset, line=line)


def _read_text_file(source: Source, options: ReadOptions) -> Item:
    location = Location(source.name)
    assert source.path is not None
    try:
        data = source.path.read_bytes()
        text = decode(data, options)
    except OSError as e:
        return Problem(location, Reasons.UNREADABLE.format(error=e.strerror or type(e).__name__))
    except _Unreadable as e:
        return Problem(location, str(e))
    if not text.strip():
        return Problem(location, Reasons.EMPTY_FILE if not data else Reasons.EMPTY_TEXT, id=source.name)
    return Record(text=text, id=source.name, location=location)


def _read_docx(source: Source) -> Item:
    import docx

    location = Location(source.name)
    assert source.path is not None
    try:
        if source.path.stat().st_size == 0:
            return Problem(location, Reasons.EMPTY_FILE)
        text = docx_text(docx.Document(str(source.path)))
    except OSError as e:
        return Problem(location, Reasons.UNREADABLE.format(error=e.strerror or type(e).__name__))
    except Exception as e:  # noqa: BLE001 - a third-party parser on untrusted files: report, go on
        return Problem(location, Reasons.BAD_DOCX.format(error=type(e).__name__))
    if not text.strip():
        return Problem(location, Reasons.EMPTY_TEXT, id=source.name)
    return Record(text=text, id=source.name, location=location)


def docx_text(document: Any) -> str:
    """Body paragraphs and table rows (cells joined by `` | ``), in document order."""
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend(_table_lines(block))
    return "\n".join(lines)


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if cell._tc is not previous:  # a merged cell is repeated once per grid column
                cells.append(cell.text)
            previous = cell._tc
        yield " | ".join(cells)


# --- CSV / TSV ----------------------------------------------------------------------------------


def check_decodes(path: Path, options: ReadOptions) -> str | None:
    """Read the file once, block by block: ``None`` if it decodes, else why not (offset, line)."""
    decoder = codecs.getincrementaldecoder(options.codec)(errors="strict")
    offset = lines = 0
    with path.open("rb") as fh:
        while True:
            block = fh.read(_BLOCK)
            if options.looks_binary(block):
                return Reasons.BINARY
            buffered = len(decoder.getstate()[0])
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as e:
                bad = offset - buffered + e.start
                line = lines + e.object[: e.start].count(b"\n") + 1
                return _undecodable(options, e.object[e.start], bad, line)
            if "\x00" in text:
                return Reasons.BINARY
            if not block:
                return None
            offset += len(block)
            lines += block.count(b"\n")


@contextlib.contextmanager
def _large_csv_fields() -> Iterator[None]:
    previous = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


@dataclass(frozen=True)
class _Columns:
    names: list[str]
    text: int
    id: int | None
    meta: list[int]


def _csv_columns(header: list[str], options: ReadOptions) -> _Columns | str:
    """Where text, id and meta live in this header, or the reason the file cannot be used."""
    if options.text_field not in header:
        return Reasons.CSV_NO_COLUMN.format(column=options.text_field, columns=", ".join(header))
    id_name = options.id_field or "id"
    if options.id_field is not None and id_name not in header:
        return Reasons.CSV_NO_COLUMN.format(column=id_name, columns=", ".join(header))
    text_i = header.index(options.text_field)
    id_i = header.index(id_name) if id_name in header else None
    meta = [i for i in range(len(header)) if i not in (text_i, id_i)]
    return _Columns(header, text_i, id_i, meta)


def _read_csv(source: Source, options: ReadOptions, *, delimiter: str) -> Iterator[Item]:
    assert source.path is not None
    try:
        reason = check_decodes(source.path, options)
        if reason is None:
            with _large_csv_fields(), source.path.open(encoding=options.codec + ("-sig" if options.is_utf8 else ""),
                                                       newline="") as fh:
                yield from _csv_rows(source.name, fh, options, delimiter)
            return
    except OSError as e:
        reason = Reasons.UNREADABLE.format(error=e.strerror or type(e).__name__)
    yield Problem(Location(source.name), reason)


def _csv_rows(name: str, fh: IO[str], options: ReadOptions, delimiter: str) -> Iterator[Item]:
    reader = csv.reader(fh, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        yield Problem(Location(name, 1), Reasons.CSV_MALFORMED.format(error=e))
        return
    if header is None:
        yield Problem(Location(name), Reasons.EMPTY_FILE)
        return
    columns = _csv_columns(header, options)
    if isinstance(columns, str):
        yield Problem(Location(name, 1), columns)
        return
    row_no = 0
    while True:
        start_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            row_no += 1
            yield Problem(Location(name, start_line, row_no), Reasons.CSV_MALFORMED.format(error=e))
            continue
        if not row:  # a blank line
            continue
        row_no += 1
        yield _csv_item(name, row, columns, Location(name, start_line, row_no))


def _csv_item(name: str, row: list[str], columns: _Columns, location: Location) -> Item:
    if len(row) != len(columns.names):
        return Problem(location, Reasons.CSV_FIELD_COUNT.format(got=len(row), expected=len(columns.names)))
    given_id = row[columns.id].strip() if columns.id is not None else ""
    note_id = given_id or f"{name}:{location.row}"
    text = row[columns.text]
    if not text.strip():
        return Problem(location, Reasons.EMPTY_TEXT, id=note_id)
    meta = {columns.names[i]: row[i] for i in columns.meta}
    return Record(text=text, id=note_id, location=location, meta=meta)


# --- JSONL --------------------------------------------------------------------------------------


def _read_jsonl_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    assert source.path is not None
    try:
        fh = source.path.open("rb")
    except OSError as e:
        yield Problem(Location(source.name), Reasons.UNREADABLE.format(error=e.strerror or type(e).__name__))
        return
    with fh:
        if source.path.stat().st_size == 0:
            yield Problem(Location(source.name), Reasons.EMPTY_FILE)
            return
        yield from read_jsonl_lines(source.name, fh, options)


def read_jsonl_lines(name: str, lines: Iterable[bytes], options: ReadOptions) -> Iterator[Item]:
    """One note per JSON object line; blank lines are skipped; a bad line is reported and skipped."""
    offset = 0
    for line_no, raw in enumerate(lines, start=1):
        location = Location(name, line_no)
        skip = len(codecs.BOM_UTF8) if line_no == 1 and options.is_utf8 and raw.startswith(codecs.BOM_UTF8) else 0
        try:
            line = raw[skip:].rstrip(b"\r\n").decode(options.codec)
        except UnicodeDecodeError as e:
            yield Problem(location, _undecodable(options, raw[skip + e.start], offset + skip + e.start, line_no))
            line = ""
        offset += len(raw)
        if line.strip():
            yield _jsonl_item(name, line, location, options)


def _jsonl_item(name: str, line: str, location: Location, options: ReadOptions) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Problem(location, Reasons.JSON_INVALID.format(error=f"{e.msg} (column {e.colno})"))
    if not isinstance(obj, dict):
        return Problem(location, Reasons.JSON_NOT_OBJECT.format(kind=type(obj).__name__))
    id_name = options.id_field or "id"
    if options.id_field is not None and id_name not in obj:
        return Problem(location, Reasons.JSON_NO_FIELD.format(field=id_name))
    note_id = _json_id(obj.get(id_name)) or f"{name}:{location.line}"
    if options.text_field not in obj:
        return Problem(location, Reasons.JSON_NO_FIELD.format(field=options.text_field), id=note_id)
    text = obj[options.text_field]
    if not isinstance(text, str):
        return Problem(location, Reasons.TEXT_NOT_STRING.format(field=options.text_field, kind=type(text).__name__),
                       id=note_id)
    if not text.strip():
        return Problem(location, Reasons.EMPTY_TEXT, id=note_id)
    meta = {k: v for k, v in obj.items() if k not in (options.text_field, id_name)}
    return Record(text=text, id=note_id, location=location, meta=meta)


def _json_id(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return json.dumps(value, ensure_ascii=False)


# --- survey: how many notes, which meta fields ------------------------------------------------


@dataclass
class Survey:
    """A cheap first look at the inputs: about how many notes (for the progress bar) and the meta fields."""

    items: int | None = 0  # None when unknown (standard input)
    meta_keys: list[str] | None = field(default_factory=list)  # None when unknown (standard input)


def survey(sources: Sequence[Source], options: ReadOptions) -> Survey:
    """Count items and collect meta keys in first-seen order. Text and Word files count one each, unread."""
    result = Survey()
    keys: dict[str, None] = {}
    for source in sources:
        if source.path is None:
            return Survey(items=None, meta_keys=None)
        if source.kind in SINGLE_NOTE_KINDS:
            result.items = (result.items or 0) + 1
            continue
        for item in read_source(source, options):
            result.items = (result.items or 0) + 1
            if isinstance(item, Record):
                keys.update(dict.fromkeys(item.meta))
    result.meta_keys = list(keys)
    return result
