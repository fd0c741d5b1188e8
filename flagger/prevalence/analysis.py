"""From per-note records to prevalence tables: overall, by group, group tests, co-occurrence.

Everything here is computed from the full counts; ``suppression.withhold`` must
be applied before anything is written (the writers only take its output).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from flagger.errors import InputError
from flagger.prevalence import stats
from flagger.prevalence.readers import MISSING, NOT_PRESENT_ASSERTIONS, NoteRecord, ResultSet
from flagger.taxonomy import AMP_ELEMENTS, Indicator

ALL = "all"
ALERT = "minor_commercial_sex"


@dataclass(frozen=True)
class Settings:
    ci: stats.CiMethod = "wilson"
    level: float = 0.95
    min_cell: int = 11
    seed: int = 0


@dataclass(frozen=True)
class Outcome:
    """Something a note has or not: an indicator, an AMP element, or the alert."""

    key: str
    kind: str  # "indicator" | "amp" | "alert"
    label: str


@dataclass(frozen=True)
class PrevalenceRow:
    by: str
    group: str
    kind: str
    outcome: str
    label: str
    notes: int | None
    present: int | None
    proportion: float | None
    ci_low: float | None
    ci_high: float | None
    negated: int | None
    hypothetical: int | None
    other_person: int | None
    corrected: float | None
    corrected_low: float | None
    corrected_high: float | None
    correction_note: str = ""
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True)
class TestRow:
    by: str
    kind: str
    outcome: str
    groups: int
    test: str
    statistic: float | None
    dof: int
    p_value: float | None
    note: str = ""
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True)
class PairRow:
    a: str
    b: str
    both: int | None
    a_only: int | None
    b_only: int | None
    neither: int | None
    phi: float | None
    lift: float | None
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccuracyRow:
    indicator: str
    source: str
    sensitivity: float | None
    se_n: float | None
    specificity: float | None
    sp_n: float | None
    withheld: tuple[str, ...] = ()


@dataclass
class Analysis:
    settings: Settings
    notes: int
    failed: int
    source: str
    by: tuple[str, ...]
    rows: list[PrevalenceRow]
    tests: list[TestRow]
    pairs: list[PairRow]
    accuracy: list[AccuracyRow]
    accuracy_note: str = ""
    suppressed: bool = False
    labels: dict[str, str] = field(default_factory=dict)


def build_outcomes(indicators: Sequence[Indicator]) -> list[Outcome]:
    """Indicators in taxonomy order, then the AMP elements, then the alert."""
    out = [Outcome(i.id, "indicator", i.label) for i in indicators]
    out += [Outcome(f"amp:{e}", "amp", f"AMP: {e}") for e in AMP_ELEMENTS]
    return out + [Outcome(f"alert:{ALERT}", "alert", "Alert: minor and commercial sex")]


def outcome_matrix(notes: Sequence[NoteRecord], indicators: Sequence[Indicator]) -> np.ndarray:
    """Boolean notes x outcomes matrix, columns in ``build_outcomes`` order."""
    amp_of = {i.id: i.amp for i in indicators}
    rows = []
    for note in notes:
        elements = {amp_of.get(p) for p in note.present}
        rows.append([i.id in note.present for i in indicators]
                    + [e in elements for e in AMP_ELEMENTS] + [ALERT in note.alerts])
    return np.array(rows, dtype=bool).reshape(len(notes), len(indicators) + len(AMP_ELEMENTS) + 1)


def mention_matrices(notes: Sequence[NoteRecord], indicators: Sequence[Indicator]) -> dict[str, np.ndarray]:
    """Per non-present assertion, a notes x indicators matrix: mentioned only that way (not present)."""
    out = {}
    for assertion in NOT_PRESENT_ASSERTIONS:
        out[assertion] = np.array(
            [[assertion in (n.mentions or {}).get(i.id, ()) for i in indicators] for n in notes], dtype=bool
        ).reshape(len(notes), len(indicators))
    return out


def analyse(results: ResultSet, indicators: Sequence[Indicator], *, by: Sequence[str] = (),
            accuracy: Mapping[str, stats.Accuracy], accuracy_note: str = "",
            settings: Settings = Settings()) -> Analysis:
    """Prevalence per outcome overall and per group, group tests, and indicator co-occurrence."""
    if not results.notes:
        raise InputError("No notes to analyse: the results are empty or every note failed.")
    outcomes = build_outcomes(indicators)
    matrix = outcome_matrix(results.notes, indicators)
    mentions = mention_matrices(results.notes, indicators) if results.has_mentions else None
    table = _Table(outcomes, matrix, mentions, accuracy, settings)
    rows = table.rows(ALL, ALL, np.ones(len(results.notes), dtype=bool))
    tests: list[TestRow] = []
    for column in by:
        groups = _groups(results.notes, column)
        for name, mask in groups.items():
            rows += table.rows(column, name, mask)
        tests += table.tests(column, groups)
    return Analysis(
        settings=settings, notes=len(results.notes), failed=results.failed, source=results.source,
        by=tuple(by), rows=rows, tests=tests,
        pairs=cooccurrence(matrix[:, : len(indicators)], [i.id for i in indicators]),
        accuracy=[_accuracy_row(i.id, accuracy.get(i.id)) for i in indicators],
        accuracy_note=accuracy_note, labels={o.key: o.label for o in outcomes},
    )


def _groups(notes: Sequence[NoteRecord], column: str) -> dict[str, np.ndarray]:
    values = np.array([n.group(column) for n in notes], dtype=object)
    names = sorted(set(values), key=lambda v: (v == MISSING, v))
    return {name: values == name for name in names}


class _Table:
    """Computes rows and tests for any subset of notes from the shared matrices."""

    def __init__(self, outcomes: list[Outcome], matrix: np.ndarray, mentions: dict[str, np.ndarray] | None,
                 accuracy: Mapping[str, stats.Accuracy], settings: Settings) -> None:
        self.outcomes, self.matrix, self.mentions = outcomes, matrix, mentions
        self.accuracy, self.settings = accuracy, settings

    def rows(self, by: str, group: str, mask: np.ndarray) -> list[PrevalenceRow]:
        n = int(mask.sum())
        present = self.matrix[mask].sum(axis=0)
        return [self._row(by, group, j, o, n, int(present[j]), mask) for j, o in enumerate(self.outcomes)]

    def _row(self, by: str, group: str, j: int, outcome: Outcome, n: int, k: int, mask: np.ndarray) -> PrevalenceRow:
        low, high = stats.proportion_interval(k, n, method=self.settings.ci, level=self.settings.level)
        corrected = self._corrected(outcome, k, n)
        return PrevalenceRow(
            by=by, group=group, kind=outcome.kind, outcome=outcome.key, label=outcome.label,
            notes=n, present=k, proportion=k / n if n else None, ci_low=_num(low), ci_high=_num(high),
            negated=self._mentioned("negated", j, outcome, mask),
            hypothetical=self._mentioned("hypothetical", j, outcome, mask),
            other_person=self._mentioned("other_person", j, outcome, mask),
            corrected=_num(corrected.estimate), corrected_low=_num(corrected.low),
            corrected_high=_num(corrected.high), correction_note=corrected.note,
        )

    def _mentioned(self, assertion: str, j: int, outcome: Outcome, mask: np.ndarray) -> int | None:
        if self.mentions is None or outcome.kind != "indicator":
            return None
        return int(self.mentions[assertion][mask, j].sum())

    def _corrected(self, outcome: Outcome, k: int, n: int) -> stats.Corrected:
        if outcome.kind != "indicator":
            return stats.unavailable("no sensitivity/specificity for combined outcomes")
        accuracy = self.accuracy.get(outcome.key)
        if accuracy is None:
            return stats.unavailable("no sensitivity/specificity for this indicator")
        return stats.corrected_prevalence(k, n, accuracy, level=self.settings.level)

    def tests(self, by: str, groups: dict[str, np.ndarray]) -> list[TestRow]:
        totals = [int(m.sum()) for m in groups.values()]
        out = []
        for j, outcome in enumerate(self.outcomes):
            present = [int(self.matrix[m, j].sum()) for m in groups.values()]
            t = stats.group_difference_test(present, totals, seed=self.settings.seed)
            out.append(TestRow(by=by, kind=outcome.kind, outcome=outcome.key, groups=len(totals), test=t.test,
                               statistic=_num(t.statistic), dof=t.dof, p_value=_num(t.p_value), note=t.note))
        return out


def cooccurrence(present: np.ndarray, ids: Sequence[str]) -> list[PairRow]:
    """Every pair of indicators: the 2x2 table over notes, phi and lift."""
    x = present.astype(np.int64)
    both = x.T @ x
    totals = x.sum(axis=0)
    n = x.shape[0]
    rows = []
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            ab = int(both[a, b])
            pair = stats.Pair(ab, int(totals[a]) - ab, int(totals[b]) - ab, n - int(totals[a] + totals[b]) + ab)
            rows.append(PairRow(ids[a], ids[b], *pair.cells, phi=_num(stats.phi(pair)),
                                lift=_num(stats.lift(pair))))
    return rows


def _accuracy_row(indicator: str, acc: stats.Accuracy | None) -> AccuracyRow:
    if acc is None:
        return AccuracyRow(indicator, "", None, None, None, None)
    return AccuracyRow(indicator, acc.source, _num(acc.sensitivity), acc.se_n, _num(acc.specificity), acc.sp_n)


def _num(value: float) -> float | None:
    return None if math.isnan(value) else float(value)
