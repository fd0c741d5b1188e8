"""Shared fixtures. Pipelines are expensive to build: one per test session."""

from __future__ import annotations

import pytest

import flagger


@pytest.fixture(scope="session")
def rules() -> flagger.Flagger:
    """Rules only: what the patterns and context rules alone say."""
    return flagger.load(rules_only=True)


@pytest.fixture(scope="session")
def hybrid() -> flagger.Flagger:
    """The shipped default: rules plus the trained model."""
    f = flagger.load()
    assert f.model is not None, f.warnings
    return f


def statuses(result: flagger.NoteResult, indicator: str) -> list[str]:
    return [f.assertion for f in result.flags if f.indicator == indicator]


def check_flag(rules: flagger.Flagger, text: str, indicator: str, expected: str, *, every: bool = False) -> None:
    """*text* has a flag of *indicator* with status *expected*; presence follows the status; offsets round-trip.

    With ``every``, a status that is not present (negated, hypothetical, other person) must be on every flag of
    the indicator, not only on one."""
    result = rules.check(text)
    for f in result.flags:
        assert text[f.start:f.end] == f.text, f"offsets do not round-trip for {f.rule}"
    flags = [f for f in result.flags if f.indicator == indicator]
    got = [(f.text, f.assertion, f.rule) for f in flags]
    assert expected in [f.assertion for f in flags], f"{indicator}: expected {expected!r} in {got!r} for {text!r}"
    if expected in ("affirmed", "historical"):
        assert indicator in result.present
    else:
        assert indicator not in result.present, got
        if every:
            assert all(f.assertion == expected for f in flags), got


def check_absent(rules: flagger.Flagger, text: str, indicator: str) -> None:
    """A hard negative: *indicator* is not present in *text*."""
    result = rules.check(text)
    for f in result.flags:
        assert text[f.start:f.end] == f.text
    present = [(f.text, f.assertion, f.rule) for f in result.flags if f.indicator == indicator and f.present]
    assert indicator not in result.present, present
