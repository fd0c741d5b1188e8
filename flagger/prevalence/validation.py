"""Where sensitivity and specificity come from: the shipped model's test metrics or a hand-labelled sample.

**Model metrics** (the default) are read from ``models/default/meta.json``::

    {"metrics": {"test": {"note_level": {"<indicator>": {"tp": 40, "fp": 3, "fn": 2, "tn": 155, ...}}}}}

Sensitivity is tp / (tp + fn) on tp + fn notes, specificity tn / (tn + fp) on
tn + fp notes. These were measured on the project's synthetic test notes, which
may differ from a program's real notes; a labelled sample of your own notes
(below) is the better source.

**Validation file** (``--validation FILE``): JSON Lines as written by
``flagger sample``, one note per line, after a person has labelled it::

    {"id": "note-17", "text": "...", "predicted": ["debt_bondage"],
     "stratum": "flagged", "weight": 12.5, "meta": {...},
     "labels": ["debt_bondage", "threats"]}

- ``id``: the note's id in the results.
- ``text``: the note text when it was available to ``flagger sample``, else null
  (look the note up by id). Not used here.
- ``predicted``: indicator ids the tool found present (the sample copies
  ``present`` from the results).
- ``stratum``: the sampling stratum (``flagged`` / ``unflagged``). Informational.
- ``weight``: the inverse of the note's probability of being sampled (notes in
  the stratum / notes drawn from it). Optional, default 1.
- ``labels``: the indicator ids the person judged *present* in the note (the
  same meaning as the tool's ``present``: affirmed or historical, about the
  client), ``[]`` for none, or ``null`` if not yet labelled (such records are
  skipped and counted).

Because flagged notes are oversampled, each labelled note counts with its
weight: sensitivity = sum of weights of notes labelled and predicted /
sum of weights of notes labelled, and likewise for specificity. The sample size
behind each is Kish's effective size, (sum w)^2 / sum w^2, which equals the
plain count when all weights are equal.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from flagger.errors import InputError
from flagger.prevalence.stats import Accuracy
from flagger.taxonomy import id_list_problem

MODEL_SOURCE = "shipped model's test notes"
VALIDATION_SOURCE = "validation sample"


def default_model_meta() -> Path:
    """Path of the shipped model's ``meta.json`` (it may not exist)."""
    return Path(str(resources.files("flagger.models").joinpath("default", "meta.json")))


def accuracy_from_model_meta(path: Path, indicators: Iterable[str]) -> tuple[dict[str, Accuracy], str]:
    """Per-indicator accuracy from a model's test metrics, and a note on what was not found.

    A missing file or indicator is not an error: corrected prevalence is then
    reported as unavailable, with the returned note saying why.
    """
    if not path.is_file():
        return {}, f"no model metrics found at {path}: corrected prevalence unavailable"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        table = meta["metrics"]["test"]["note_level"]
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        return {}, f"{path.name} has no readable metrics.test.note_level ({type(e).__name__}): " \
                   "corrected prevalence unavailable"
    wanted = list(indicators)
    found = {ind: acc for ind in wanted if (acc := _confusion_accuracy(table.get(ind))) is not None}
    missing = [ind for ind in wanted if ind not in found]
    note = f"no test metrics for {', '.join(missing)}" if missing else ""
    return found, note


def _confusion_accuracy(counts: Any) -> Accuracy | None:
    if not isinstance(counts, dict):
        return None
    try:
        tp, fp, fn, tn = (float(counts[k]) for k in ("tp", "fp", "fn", "tn"))
    except (KeyError, TypeError, ValueError):
        return None
    return Accuracy(se_hits=tp, se_n=tp + fn, sp_hits=tn, sp_n=tn + fp, source=MODEL_SOURCE)


def read_validation(path: Path, indicators: Iterable[str]) -> tuple[list[dict[str, Any]], int]:
    """Labelled records of a validation file, and how many were not labelled yet."""
    known = frozenset(indicators)
    problems: list[str] = []
    labelled: list[dict[str, Any]] = []
    unlabelled = 0
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"Cannot read validation file {path}: {e}") from e
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = _validation_record(line, f"{path.name}, line {line_no}", known, problems)
        if record is None:
            continue
        if record["labels"] is None:
            unlabelled += 1
        else:
            labelled.append(record)
    if problems:
        raise InputError(f"{len(problems)} problem(s) in the validation file:\n  " + "\n  ".join(problems[:20]))
    return labelled, unlabelled


def _validation_record(line: str, where: str, known: frozenset[str], problems: list[str]) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"{where}: not valid JSON ({e.msg} at column {e.colno})")
        return None
    if not isinstance(record, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    ok = _check_ids(record.get("predicted"), "predicted", where, known, problems, allow_null=False)
    ok = _check_ids(record.get("labels"), "labels", where, known, problems, allow_null=True) and ok
    weight = record.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not weight > 0 or math.isinf(weight):
        problems.append(f"{where}: 'weight' must be a positive number")
        ok = False
    return {"predicted": record.get("predicted"), "labels": record.get("labels"), "weight": weight} if ok else None


def _check_ids(value: Any, key: str, where: str, known: frozenset[str], problems: list[str], *,
               allow_null: bool) -> bool:
    problem = id_list_problem(value, key, known, allow_null=allow_null)
    if problem:
        problems.append(f"{where}: {problem}")
    return problem is None


def accuracy_from_validation(records: list[dict[str, Any]], indicators: Iterable[str]) -> dict[str, Accuracy]:
    """Weighted sensitivity and specificity per indicator from labelled records."""
    return {ind: _weighted_accuracy(records, ind) for ind in indicators}


def _weighted_accuracy(records: list[dict[str, Any]], indicator: str) -> Accuracy:
    positives = [(r["weight"], indicator in r["predicted"]) for r in records if indicator in r["labels"]]
    negatives = [(r["weight"], indicator not in r["predicted"]) for r in records if indicator not in r["labels"]]
    se_hits, se_n = _effective(positives)
    sp_hits, sp_n = _effective(negatives)
    return Accuracy(se_hits=se_hits, se_n=se_n, sp_hits=sp_hits, sp_n=sp_n, source=VALIDATION_SOURCE)


def _effective(items: list[tuple[float, bool]]) -> tuple[float, float]:
    """(effective hits, Kish effective size) of weighted yes/no outcomes."""
    total = sum(w for w, _ in items)
    if total == 0:
        return 0.0, 0.0
    n_eff = total * total / sum(w * w for w, _ in items)
    rate = sum(w for w, hit in items if hit) / total
    return rate * n_eff, n_eff
