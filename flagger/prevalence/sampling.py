"""Draw a stratified, seeded validation sample of notes for a person to label by hand.

Design: two strata, notes the tool *flagged* (at least one indicator present)
and notes it did not. Flagged notes are oversampled (``flagged_share`` of the
sample, default half) because they are rarer and carry the sensitivity and
precision information; each drawn note records its stratum and its weight,
notes in the stratum / notes drawn from it, so that weighted estimates from the
labelled sample are unbiased for all notes. If a stratum has too few notes, the
other stratum gets the rest. The draw is reproducible: same results file, same
``n`` and seed, same sample. Records come out shuffled, so a labeller does not
see the flagged notes first. The record format is documented in
``flagger.prevalence.validation``. For blind labelling, show the labeller only
``id`` and ``text``, not ``predicted`` or ``stratum``.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from flagger.errors import InputError
from flagger.prevalence.readers import NoteRecord

FLAGGED = "flagged"
UNFLAGGED = "unflagged"


def allocate(n: int, flagged: int, unflagged: int, *, flagged_share: float = 0.5) -> tuple[int, int]:
    """How many notes to draw from each stratum: (from flagged, from unflagged)."""
    if n < 1:
        raise ValueError("sample size must be at least 1")
    if not 0.0 <= flagged_share <= 1.0:
        raise ValueError("flagged_share must be between 0 and 1")
    n = min(n, flagged + unflagged)
    take_flagged = min(flagged, round(n * flagged_share))
    take_unflagged = min(unflagged, n - take_flagged)
    return min(flagged, n - take_unflagged), take_unflagged


def draw_sample(notes: list[NoteRecord], *, n: int, seed: int = 0, flagged_share: float = 0.5,
                texts: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The sample as validation records (``labels`` null, to be filled in by a person)."""
    strata = {FLAGGED: [i for i, note in enumerate(notes) if note.present],
              UNFLAGGED: [i for i, note in enumerate(notes) if not note.present]}
    sizes = allocate(n, len(strata[FLAGGED]), len(strata[UNFLAGGED]), flagged_share=flagged_share)
    rng = random.Random(seed)
    records = []
    for (stratum, members), size in zip(strata.items(), sizes, strict=True):
        weight = len(members) / size if size else 0.0
        for i in rng.sample(members, size):
            records.append(_record(notes[i], stratum, weight, texts))
    rng.shuffle(records)
    return records


def _record(note: NoteRecord, stratum: str, weight: float, texts: Mapping[str, str] | None) -> dict[str, Any]:
    return {
        "id": note.id,
        "text": (texts or {}).get(note.id),
        "predicted": sorted(note.present),
        "stratum": stratum,
        "weight": round(weight, 6),
        "meta": dict(note.meta),
        "labels": None,
    }


def write_jsonl(records: Iterable[dict[str, Any]], fh: Any) -> int:
    count = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def read_texts(path: Path, ids: set[str], *, id_field: str = "id", text_field: str = "text") -> dict[str, str]:
    """Note texts for the given ids from the batch *input* (JSONL or CSV with id and text columns)."""
    rows = _csv_rows(path) if path.suffix.lower() == ".csv" else _jsonl_rows(path)
    texts: dict[str, str] = {}
    for line, row in rows:
        if id_field not in row or text_field not in row:
            raise InputError(f"{path.name}, line {line}: needs fields {id_field!r} and {text_field!r}")
        key = str(row[id_field])
        if key in ids:
            texts[key] = str(row[text_field])
    return texts


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path.name}, line {line_no}: not valid JSON ({e.msg})") from e
            if not isinstance(row, dict):
                raise InputError(f"{path.name}, line {line_no}: not a JSON object")
            yield line_no, row


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    csv.field_size_limit(2**31 - 1)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            yield reader.line_num, row
