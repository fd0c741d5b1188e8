"""What the readers produce: a note to check (``Record``) or something that could not be read (``Problem``).

Both carry a ``Location`` so every report can say where a note came from without
ever repeating its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ProblemKind = Literal["read_error", "processing_error", "duplicate_id"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a note sits in the input: a file, plus the line (and CSV data row) it starts on."""

    source: str
    line: int | None = None
    row: int | None = None

    def where(self) -> str:
        """The position inside the source, e.g. ``row 3 (line 4)``, or ``""`` for a whole file."""
        if self.row is not None:
            return f"row {self.row} (line {self.line})" if self.line is not None else f"row {self.row}"
        return f"line {self.line}" if self.line is not None else ""

    def __str__(self) -> str:
        where = self.where()
        return f"{self.source} {where}" if where else self.source

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.source}
        if self.line is not None:
            d["line"] = self.line
        if self.row is not None:
            d["row"] = self.row
        return d


@dataclass(frozen=True, slots=True)
class Record:
    """One note to check."""

    text: str
    id: str
    location: Location
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Problem:
    """A file, row or line that could not be read, or a note that could not be processed.

    ``reason`` never contains note text.
    """

    location: Location
    reason: str
    kind: ProblemKind = "read_error"
    id: str | None = None


Item = Record | Problem
