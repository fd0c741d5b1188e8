"""Errors and messages of ``flagger batch``. No message ever contains note text."""

from __future__ import annotations

from flagger.errors import FlaggerError


class BatchError(FlaggerError):
    """A batch run cannot start or cannot go on (bad options, unwritable output, a worker died)."""


class BatchFailed(BatchError):
    """A run stopped before the end; every note up to the last checkpoint is kept for ``--resume``."""


class ResumeError(BatchError):
    """``--resume`` was asked for, but the interrupted run does not match this one."""


class Reasons:
    """Why a file, row or note was not processed: the ``reason`` column of the errors file."""

    EMPTY_FILE = "empty file"
    EMPTY_TEXT = "empty text"
    BINARY = "binary file (contains NUL bytes), not text"
    UNDECODABLE = ("not valid {encoding} (byte 0x{byte:02x} at offset {offset}, line {line}); "
                   "if you know the file's encoding, re-run with --encoding")
    UNREADABLE = "cannot read file: {error}"
    BAD_DOCX = "not a readable .docx document ({error})"
    CSV_NO_COLUMN = "no column {column!r} (columns: {columns})"
    CSV_MALFORMED = "malformed CSV row: {error}"
    CSV_FIELD_COUNT = "row has {got} fields, the header has {expected}"
    JSON_INVALID = "not valid JSON: {error}"
    JSON_NOT_OBJECT = "a JSON line must be an object, got {kind}"
    JSON_NO_FIELD = "no {field!r} field"
    TEXT_NOT_STRING = "the {field!r} field is {kind}, not a string"
    PROCESSING = "processing failed ({error})"
    DUPLICATE_ID = "duplicate id: already used by {first}"
