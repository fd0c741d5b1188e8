"""Note-level results built from a note's flags: present, AMP summary, alerts, follow-up questions."""

from __future__ import annotations

from flagger.results import Flag
from flagger.taxonomy import AMP_ELEMENTS, Indicator

ALERT_MINOR_COMMERCIAL_SEX = "minor_commercial_sex"


def present_indicators(flags: list[Flag]) -> list[str]:
    return sorted({f.indicator for f in flags if f.present})


def amp_summary(present: list[str], indicators: dict[str, Indicator]) -> dict[str, list[str]]:
    """For each of action / means / purpose, the present indicators that support it."""
    return {element: [i for i in present if indicators[i].amp == element] for element in AMP_ELEMENTS}


def alerts(present: list[str]) -> list[str]:
    """Under 22 U.S.C. 7102, commercial sex by a person under 18 needs no force, fraud or coercion."""
    return [ALERT_MINOR_COMMERCIAL_SEX] if {"minor", "commercial_sex"} <= set(present) else []


def follow_up(present: list[str], indicators: dict[str, Indicator]) -> list[dict[str, str]]:
    """The screening questions whose indicator is not present yet, seed questions first, each asked once."""
    asked: set[str] = set()
    questions: list[dict[str, str]] = []
    ordered = sorted(indicators.values(), key=lambda i: i.question_source != "seed")
    for ind in ordered:
        if ind.id in present or not ind.question or ind.question in asked:
            continue
        asked.add(ind.question)
        questions.append({"indicator": ind.id, "question": ind.question, "source": ind.question_source})
    return questions
