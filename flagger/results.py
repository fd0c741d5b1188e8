"""The result every interface returns: one ``NoteResult`` per note, made of ``Flag``s.

Field names follow ``shared/spec/result.md`` (v1). They are stable: new fields may
be added, none removed or renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

Assertion = Literal["affirmed", "historical", "negated", "hypothetical", "other_person"]
ASSERTIONS: tuple[str, ...] = ("affirmed", "historical", "negated", "hypothetical", "other_person")
PRESENT_ASSERTIONS: frozenset[str] = frozenset({"affirmed", "historical"})
Source = Literal["pattern", "model", "pattern+model"]
SCHEMA_VERSION = "1"


class CueDict(TypedDict):
    text: str
    start: int
    end: int
    assertion: str


@dataclass(frozen=True)
class Cue:
    """A context cue (e.g. "denies") that set a flag's assertion."""

    text: str
    start: int
    end: int
    assertion: str

    def to_dict(self) -> CueDict:
        return {"text": self.text, "start": self.start, "end": self.end, "assertion": self.assertion}


@dataclass
class Flag:
    """One highlighted mention of one indicator, explained."""

    indicator: str
    label: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    assertion: str = "affirmed"
    source: str = "pattern"
    score: float = 1.0
    rule: str | None = None
    cues: list[Cue] = field(default_factory=list)
    features: list[str] = field(default_factory=list)

    @property
    def present(self) -> bool:
        return self.assertion in PRESENT_ASSERTIONS

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "indicator": self.indicator,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": {"start": self.sentence_start, "end": self.sentence_end},
            "assertion": self.assertion,
            "present": self.present,
            "source": self.source,
            "score": round(float(self.score), 4),
            "rule": self.rule,
            "cues": [c.to_dict() for c in self.cues],
        }
        if self.features:
            d["features"] = list(self.features)
        return d


@dataclass
class NoteResult:
    """Everything the tool says about one note."""

    id: str | None
    text: str
    flags: list[Flag]
    present: list[str]
    amp: dict[str, list[str]]
    alerts: list[str]
    follow_up: list[dict[str, str]]
    sectors: list[str]
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    model: str | None = None

    @property
    def has_indicators(self) -> bool:
        return bool(self.present)

    def flags_for(self, indicator: str) -> list[Flag]:
        return [f for f in self.flags if f.indicator == indicator]

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The result schema. ``include_text=False`` drops every piece of note text."""
        flags = [f.to_dict() for f in self.flags]
        if not include_text:
            for f in flags:
                f.pop("text", None)
                for c in f["cues"]:
                    c.pop("text", None)
        return {
            "id": self.id,
            "flags": flags,
            "present": list(self.present),
            "amp": {k: list(v) for k, v in self.amp.items()},
            "alerts": list(self.alerts),
            "follow_up": [dict(q) for q in self.follow_up],
            "sectors": list(self.sectors),
            "meta": dict(self.meta),
            "error": self.error,
            "warnings": list(self.warnings),
            "model": self.model,
        }

    @classmethod
    def failed(cls, error: str, *, id: str | None = None, meta: dict[str, Any] | None = None) -> NoteResult:
        """The result of a note that could not be processed (batch runs keep going)."""
        return cls(id=id, text="", flags=[], present=[], amp={"action": [], "means": [], "purpose": []},
                   alerts=[], follow_up=[], sectors=[], meta=dict(meta or {}), error=error)
