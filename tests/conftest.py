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
