"""Typed request and response models of the web API.

They mirror ``shared/spec/result.md`` (v1) so that FastAPI can validate requests
and publish an OpenAPI description generated from the same classes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Mode = Literal["recall", "balanced", "precision"]
AssertionValue = Literal["affirmed", "historical", "negated", "hypothetical", "other_person"]
SourceValue = Literal["pattern", "model", "pattern+model"]


class CheckRequest(BaseModel):
    """One note to check."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The note, as written. Offsets in the answer index into it.")
    mode: Mode | None = Field(
        default=None,
        description="Model threshold preset; the server's --mode when omitted.",
    )

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty: send the note to check")
        return value


class Cue(BaseModel):
    text: str | None = None
    start: int
    end: int
    assertion: AssertionValue


class Span(BaseModel):
    start: int
    end: int


class FlagOut(BaseModel):
    indicator: str
    label: str
    start: int = Field(description="Character offset (Python string index) into the note.")
    end: int = Field(description="End offset, exclusive.")
    text: str | None = None
    sentence: Span
    assertion: AssertionValue
    present: bool
    source: SourceValue
    score: float = Field(ge=0, le=1)
    rule: str | None = None
    cues: list[Cue]
    features: list[str] | None = Field(default=None, description="Top model features, when a model fired.")


class Amp(BaseModel):
    action: list[str]
    means: list[str]
    purpose: list[str]


class FollowUp(BaseModel):
    indicator: str
    question: str
    source: str | None = None


class CheckResponse(BaseModel):
    """The result schema v1 for one note, plus the ``warnings`` and ``model`` fields."""

    id: str | None = None
    flags: list[FlagOut]
    present: list[str]
    amp: Amp
    alerts: list[str]
    follow_up: list[FollowUp]
    sectors: list[str]
    meta: dict[str, object]
    error: str | None = None
    warnings: list[str] = Field(default_factory=list)
    model: str | None = None
    mode: Mode = Field(description="The threshold preset that produced this result.")


class IndicatorOut(BaseModel):
    id: str
    label: str
    amp: str | None = None
    means_type: str | None = None
    definition: str
    include: str | None = None
    exclude: str | None = None
    question: str | None = None
    question_source: str | None = None


class IndicatorList(BaseModel):
    indicators: list[IndicatorOut]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    mode: Mode
    modes: list[Mode]
    max_bytes: int


class ErrorBody(BaseModel):
    """Every error answer: a message for a person, and a stable code."""

    error: str
    detail: str
