"""The indicator taxonomy (shared/spec/indicators.md) as loaded from ``data/indicators.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from flagger.datafiles import data_path
from flagger.errors import RuleFileError

AMP_ELEMENTS = ("action", "means", "purpose")


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    amp: str | None
    means_type: str | None
    definition: str
    include: str
    exclude: str
    question: str
    question_source: str
    frameworks: dict[str, Any] = field(default_factory=dict)
    ignore_assertions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "amp": self.amp, "means_type": self.means_type,
            "definition": self.definition, "include": self.include, "exclude": self.exclude,
            "question": self.question, "question_source": self.question_source,
            "frameworks": dict(self.frameworks),
        }


@lru_cache(maxsize=1)
def _load() -> tuple[Indicator, ...]:
    path = data_path("indicators.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    indicators = []
    for i, rec in enumerate(raw.get("indicators", [])):
        try:
            rec = dict(rec)
            rec["ignore_assertions"] = tuple(rec.get("ignore_assertions", ()))
            ind = Indicator(**rec)
        except TypeError as e:
            problems.append(f"{path.name}: indicator #{i}: {e}")
            continue
        if ind.amp is not None and ind.amp not in AMP_ELEMENTS:
            problems.append(f"{path.name}: indicator {ind.id}: amp must be one of {AMP_ELEMENTS}, got {ind.amp!r}")
        indicators.append(ind)
    if problems:
        raise RuleFileError(problems)
    return tuple(indicators)


def load_indicators() -> list[Indicator]:
    """All indicators, in the taxonomy's order."""
    return list(_load())


def indicator_ids() -> list[str]:
    return [i.id for i in _load()]


def id_list_problem(value: Any, key: str, known: frozenset[str] | set[str], *, allow_null: bool = False,
                    non_empty: bool = False) -> str | None:
    """What is wrong with *value* as the list of indicator ids under *key*, or None (callers add the location)."""
    if value is None and allow_null:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or (non_empty and not value):
        kind = "a non-empty list" if non_empty else "a list"
        return f"'{key}' must be {kind} of indicator ids" + (" or null" if allow_null else "")
    unknown = sorted(set(value) - known)
    if unknown:
        return f"unknown indicator(s) in '{key}': {', '.join(unknown)}"
    return None
