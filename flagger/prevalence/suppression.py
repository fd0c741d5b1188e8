"""Small-cell suppression: withhold every count from 1 to ``min_cell - 1`` and what would reveal it.

US public-health agencies suppress counts of 1-10 so that a published table
cannot single out a person; the default ``min_cell`` of 11 follows them. Zero is
shown. Rules, applied to the output of ``analysis.analyse`` before anything is
written (tables, Markdown and figures all read the suppressed analysis):

1. A group with 1..min_cell-1 notes is withheld whole.
2. A present count is withheld when it, or the number of notes *without* the
   outcome, is 1..min_cell-1; its proportion, interval and corrected estimate go
   with it. The negated / hypothetical / other-person counts are withheld on
   their own when small.
3. Complementary suppression within a ``--by`` column: when exactly one group's
   count is withheld, it could be recovered from the overall total, so the
   smallest other count is withheld too.
4. A group test is withheld when any group's present count in it is withheld:
   with the group sizes and the total known, its statistic could give the
   withheld counts back. Merge small groups to get the test.
5. A co-occurrence pair is withheld when any cell of its 2x2 table is small or
   either indicator's overall count is withheld.
6. Sensitivity and specificity measured on the user's own validation sample are
   withheld when a cell behind them is small (model test metrics come from
   synthetic notes and are shown).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from flagger.prevalence.analysis import ALL, AccuracyRow, Analysis, PairRow, PrevalenceRow, TestRow
from flagger.prevalence.validation import VALIDATION_SOURCE

PRESENT_FIELDS = ("present", "proportion", "ci_low", "ci_high", "corrected", "corrected_low", "corrected_high")
MENTION_FIELDS = ("negated", "hypothetical", "other_person")


def is_small(count: float | None, min_cell: int) -> bool:
    return count is not None and 0 < count < min_cell


def with_complement(counts: Sequence[float | None], hidden: Sequence[bool]) -> list[bool]:
    """Add one more hidden cell when exactly one is hidden, so it cannot be recovered from the total."""
    out = list(hidden)
    if sum(out) != 1 or len(out) < 2:
        return out
    shown = [i for i, c in enumerate(counts) if not out[i] and c is not None]
    if shown:
        out[min(shown, key=lambda i: (counts[i], i))] = True
    return out


def withhold(analysis: Analysis) -> Analysis:
    """A copy of the analysis with small cells withheld (set to None and named in ``withheld``)."""
    min_cell = analysis.settings.min_cell
    rows = _withhold_rows(analysis.rows, min_cell)
    hidden_overall = {r.outcome for r in rows if r.by == ALL and "present" in r.withheld}
    hidden_blocks = {(r.by, r.outcome) for r in rows if "present" in r.withheld}
    return replace(
        analysis, rows=rows,
        tests=[_withhold_test(t, hidden_blocks) for t in analysis.tests],
        pairs=[_withhold_pair(p, min_cell, hidden_overall) for p in analysis.pairs],
        accuracy=[_withhold_accuracy(a, min_cell) for a in analysis.accuracy],
        suppressed=True,
    )


def _withhold_rows(rows: list[PrevalenceRow], min_cell: int) -> list[PrevalenceRow]:
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        blocks[(row.by, row.outcome)].append(i)
    hidden: dict[int, set[str]] = defaultdict(set)
    for (by, _), members in blocks.items():
        block = [rows[i] for i in members]
        for i, fields in zip(members, _hidden_fields(block, min_cell, complement=by != ALL), strict=True):
            hidden[i] |= fields
    return [_blank(row, hidden[i]) for i, row in enumerate(rows)]


def _hidden_fields(block: list[PrevalenceRow], min_cell: int, *, complement: bool) -> list[set[str]]:
    """Which fields to withhold in each row of one outcome across the groups of one column."""
    def finish(counts: list[float | None], primary: list[bool]) -> list[bool]:
        return with_complement(counts, primary) if complement else primary

    notes = [r.notes for r in block]
    whole = finish(notes, [is_small(n, min_cell) for n in notes])
    present = [r.present for r in block]
    small_present = [w or is_small(r.present, min_cell) or is_small(_absent(r), min_cell)
                     for w, r in zip(whole, block, strict=True)]
    present_hidden = finish(present, small_present)
    fields: list[set[str]] = [set() for _ in block]
    for i, row in enumerate(block):
        if whole[i]:
            fields[i] |= {"notes", *MENTION_FIELDS}
        if present_hidden[i]:
            fields[i] |= set(PRESENT_FIELDS)
    for name in MENTION_FIELDS:
        counts = [getattr(r, name) for r in block]
        for i, h in enumerate(finish(counts, [whole[i] or is_small(c, min_cell) for i, c in enumerate(counts)])):
            if h:
                fields[i].add(name)
    return fields


def _absent(row: PrevalenceRow) -> int | None:
    return None if row.notes is None or row.present is None else row.notes - row.present


def _blank(row: PrevalenceRow, fields: set[str]) -> PrevalenceRow:
    if not fields:
        return row
    order = ("notes", *PRESENT_FIELDS, *MENTION_FIELDS)
    named = tuple(f for f in order if f in fields)
    return replace(row, **{f: None for f in named}, withheld=named)


def _withhold_test(test: TestRow, hidden_blocks: set[tuple[str, str]]) -> TestRow:
    if (test.by, test.outcome) not in hidden_blocks:
        return test
    return replace(test, statistic=None, p_value=None, note="withheld: a group's count is withheld",
                   withheld=("statistic", "p_value"))


def _withhold_pair(pair: PairRow, min_cell: int, hidden_overall: set[str]) -> PairRow:
    cells = (pair.both, pair.a_only, pair.b_only, pair.neither)
    if not any(is_small(c, min_cell) for c in cells) and not {pair.a, pair.b} & hidden_overall:
        return pair
    return replace(pair, both=None, a_only=None, b_only=None, neither=None, phi=None, lift=None,
                   withheld=("both", "a_only", "b_only", "neither", "phi", "lift"))


def _withhold_accuracy(row: AccuracyRow, min_cell: int) -> AccuracyRow:
    if row.source != VALIDATION_SOURCE:
        return row
    fields: tuple[str, ...] = ()
    if _small_split(row.sensitivity, row.se_n, min_cell):
        fields += ("sensitivity", "se_n")
    if _small_split(row.specificity, row.sp_n, min_cell):
        fields += ("specificity", "sp_n")
    return replace(row, **{f: None for f in fields}, withheld=fields) if fields else row


def _small_split(rate: float | None, n: float | None, min_cell: int) -> bool:
    if rate is None or n is None:
        return is_small(n, min_cell)
    hits = rate * n
    return is_small(n, min_cell) or is_small(round(hits, 6), min_cell) or is_small(round(n - hits, 6), min_cell)
