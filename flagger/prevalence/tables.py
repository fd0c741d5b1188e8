"""Tidy CSV tables of a suppressed analysis: one row per observation, one column per variable.

Withheld cells are empty and named in the row's ``withheld`` column (``;``-separated),
so R and pandas read them as missing rather than as text.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from flagger.prevalence.analysis import AccuracyRow, Analysis, PairRow, PrevalenceRow, TestRow

SIGNIFICANT = 6
TABLE_FILES = {
    "prevalence": "prevalence.csv",
    "group_tests": "group_tests.csv",
    "cooccurrence": "cooccurrence.csv",
    "accuracy": "accuracy.csv",
}


def write_tables(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write every table of a suppressed analysis into *out_dir*; return the paths written."""
    if not analysis.suppressed:
        raise ValueError("refusing to write an analysis that has not been through suppression.withhold")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        _write(out_dir / TABLE_FILES["prevalence"], PrevalenceRow, analysis.rows),
        _write(out_dir / TABLE_FILES["accuracy"], AccuracyRow, analysis.accuracy),
        _write(out_dir / TABLE_FILES["cooccurrence"], PairRow, analysis.pairs),
    ]
    if analysis.by:
        written.append(_write(out_dir / TABLE_FILES["group_tests"], TestRow, analysis.tests))
    return written


def _write(path: Path, row_type: type, rows: Sequence[Any]) -> Path:
    columns = [f.name for f in fields(row_type)]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            values = asdict(row)
            writer.writerow([_cell(values[c]) for c in columns])
    return path


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ";".join(value)
    if isinstance(value, float):
        return f"{value:.{SIGNIFICANT}g}"
    return str(value)
