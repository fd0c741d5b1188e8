"""A Markdown summary of a suppressed analysis that a researcher can paste into a report."""

from __future__ import annotations

from pathlib import Path

from flagger.prevalence.analysis import ALL, Analysis, PrevalenceRow, TestRow
from flagger.prevalence.figures import FIGURE_FILES

REPORT_FILE = "summary.md"
WITHHELD = "s"
NA = "–"
TOP_PAIRS = 10

CAVEATS = """\
- **Screening indicators are not confirmed trafficking.** Each figure is the share of
  case notes in which the tool found an indicator present (affirmed or historical,
  about the client). A note records what was asked and written down; an indicator in
  a note is a reason to look, not a finding, and a note without indicators is not
  evidence that none exist.
- **The tool makes mistakes.** Apparent prevalence counts the tool's flags. The
  corrected estimates adjust for the tool's measured sensitivity and specificity,
  and are only as good as the sample those were measured on.
- **Notes, not people.** A client with several notes counts several times, and notes
  about one client are not independent, so intervals are too narrow when clients
  have many notes.
- **Small cells are withheld** (marked `s`) so that no table can single out a client."""


def write_report(analysis: Analysis, out_dir: Path, *, source_name: str) -> Path:
    """Write ``summary.md`` for a suppressed analysis into *out_dir*."""
    if not analysis.suppressed:
        raise ValueError("refusing to report an analysis that has not been through suppression.withhold")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / REPORT_FILE
    path.write_text(render(analysis, source_name=source_name), encoding="utf-8")
    return path


def render(analysis: Analysis, *, source_name: str) -> str:
    parts = [
        "# Trafficking screening indicators in case notes: prevalence",
        _data_section(analysis, source_name),
        "## Read this first\n\n" + CAVEATS,
        _method_section(analysis),
        "## Overall\n\n" + _overall_table(analysis),
        *(_group_section(analysis, column) for column in analysis.by),
        _pairs_section(analysis),
        _accuracy_section(analysis),
        "## Figures\n\n"
        f"![Prevalence with intervals]({FIGURE_FILES['forest']})\n\n"
        f"![Indicator co-occurrence]({FIGURE_FILES['heatmap']})",
    ]
    return "\n\n".join(parts) + "\n"


def _data_section(analysis: Analysis, source_name: str) -> str:
    lines = [f"- Source: `{source_name}` ({analysis.source.upper()} written by `flagger batch`)",
             f"- Notes analysed: {analysis.notes}"]
    if analysis.failed:
        lines.append(f"- Notes left out because the batch run could not process them: {analysis.failed}")
    if analysis.by:
        lines.append(f"- Grouped by: {', '.join(f'`{c}`' for c in analysis.by)}")
    if analysis.source == "csv":
        lines.append("- The CSV carries no assertions, so negated / hypothetical / other-person counts are "
                     "unavailable; use the JSONL output for them.")
    return "## Data\n\n" + "\n".join(lines)


def _method_section(analysis: Analysis) -> str:
    s = analysis.settings
    ci = "Wilson score" if s.ci == "wilson" else "Clopper-Pearson (exact)"
    return f"""## Method

- **Apparent prevalence**: notes with the indicator present / notes analysed, with a
  {s.level:.0%} {ci} interval. AMP rows count notes with any present indicator of that
  element (action, means, purpose); the alert row counts notes with both `minor` and
  `commercial_sex` present.
- **Negated / hypothetical / other person**: notes where the indicator was mentioned
  only that way (not present). A note can count in more than one of these columns.
- **Corrected prevalence**: the Rogan-Gladen estimator (AP + Sp − 1) / (Se + Sp − 1),
  clipped to [0, 1], with the Lang & Reiczigel (2014) interval, which carries the
  uncertainty of both the notes analysed and the sample on which sensitivity (Se) and
  specificity (Sp) were measured. Undefined when Se + Sp ≤ 1.
- **Differences between groups**: Pearson's chi-square test of independence (no
  continuity correction) when every expected count is at least 5; otherwise Fisher's
  exact test (two groups) or the Fisher-Freeman-Halton test estimated from 9,999 Monte
  Carlo tables (seed {s.seed}). p-values are not adjusted for the number of tests.
- **Co-occurrence**: for each pair of indicators, notes with both; phi (the correlation
  of the two 0/1 variables, 0 = independent) and lift (P(both) / (P(a) P(b)), 1 =
  independent).
- **Suppression**: counts from 1 to {s.min_cell - 1}, counts of notes *without* an
  indicator in that range, and any count that would let a withheld one be recovered
  from a total are withheld (`s`), as are co-occurrence pairs with a small cell."""


def _pct(value: float | None) -> str:
    return NA if value is None else f"{100 * value:.1f}%"


def _interval(est: float | None, low: float | None, high: float | None, withheld: bool) -> str:
    if withheld:
        return WITHHELD
    if est is None:
        return NA
    return f"{_pct(est)} ({_pct(low)}–{_pct(high)})"


def _count(value: int | None, name: str, row: PrevalenceRow) -> str:
    if name in row.withheld:
        return WITHHELD
    return NA if value is None else str(value)


def _overall_table(analysis: Analysis) -> str:
    head = ("| Outcome | Notes | Present | Apparent (CI) | Corrected (CI) | Negated | Hypothetical | "
            "Other person |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    for r in (r for r in analysis.rows if r.by == ALL):
        hidden = "present" in r.withheld
        lines.append(
            f"| {r.label} | {_count(r.notes, 'notes', r)} | {_count(r.present, 'present', r)} "
            f"| {_interval(r.proportion, r.ci_low, r.ci_high, hidden)} "
            f"| {_interval(r.corrected, r.corrected_low, r.corrected_high, hidden)} "
            f"| {_count(r.negated, 'negated', r)} | {_count(r.hypothetical, 'hypothetical', r)} "
            f"| {_count(r.other_person, 'other_person', r)} |")
    reasons: dict[str, list[str]] = {}
    for r in analysis.rows:
        if r.by == ALL and r.kind == "indicator" and r.correction_note and "present" not in r.withheld:
            reasons.setdefault(r.correction_note, []).append(r.label)
    for reason, labels in reasons.items():
        lines.append(f"\nCorrected prevalence unavailable for {', '.join(labels)}: {reason}.")
    return "\n".join(lines)


def _group_section(analysis: Analysis, column: str) -> str:
    rows = [r for r in analysis.rows if r.by == column]
    groups = list(dict.fromkeys(r.group for r in rows))
    tests = {t.outcome: t for t in analysis.tests if t.by == column}
    notes = {r.group: _count(r.notes, "notes", r) for r in rows}
    head = "| Outcome | " + " | ".join(f"{g} (n={notes[g]})" for g in groups) + " | Test | p |"
    lines = [head, "|---|" + "---:|" * len(groups) + "---|---:|"]
    for outcome in dict.fromkeys(r.outcome for r in rows):
        cells = [r for r in rows if r.outcome == outcome]
        shown = [WITHHELD if "present" in r.withheld else f"{_pct(r.proportion)} ({r.present})" for r in cells]
        lines.append(f"| {analysis.labels[outcome]} | " + " | ".join(shown) + " | " + _test_cells(tests[outcome]))
    return f"## By `{column}`\n\nShare of notes (notes with the indicator) per group.\n\n" + "\n".join(lines)


def _test_cells(test: TestRow) -> str:
    if test.withheld:
        return f"{WITHHELD} | {WITHHELD} |"
    if test.p_value is None:
        return f"{NA} ({test.note}) | {NA} |"
    p = "< 0.001" if test.p_value < 0.001 else f"{test.p_value:.3f}"
    return f"{test.test} | {p} |"


def _pairs_section(analysis: Analysis) -> str:
    shown = [p for p in analysis.pairs if not p.withheld and p.phi is not None and p.both]
    top = sorted(shown, key=lambda p: (-(p.phi or 0.0), p.a, p.b))[:TOP_PAIRS]
    withheld = sum(1 for p in analysis.pairs if p.withheld)
    lines = ["## Indicators that occur together", "",
             f"The {len(top)} pairs with the strongest positive association (phi); "
             f"{withheld} of {len(analysis.pairs)} pairs withheld for small cells. "
             "All pairs are in `cooccurrence.csv`.", "",
             "| Indicator A | Indicator B | Notes with both | phi | lift |", "|---|---|---:|---:|---:|"]
    for p in top:
        lines.append(f"| {analysis.labels[p.a]} | {analysis.labels[p.b]} | {p.both} | {p.phi:.2f} | "
                     f"{NA if p.lift is None else f'{p.lift:.2f}'} |")
    return "\n".join(lines)


def _accuracy_section(analysis: Analysis) -> str:
    lines = ["## Sensitivity and specificity used for the correction", ""]
    if analysis.accuracy_note:
        lines += [f"Note: {analysis.accuracy_note}.", ""]
    lines += ["| Indicator | Source | Se | on notes | Sp | on notes |", "|---|---|---:|---:|---:|---:|"]
    for a in analysis.accuracy:
        se = WITHHELD if "sensitivity" in a.withheld else _pct(a.sensitivity)
        sp = WITHHELD if "specificity" in a.withheld else _pct(a.specificity)
        se_n = WITHHELD if "se_n" in a.withheld else _size(a.se_n)
        sp_n = WITHHELD if "sp_n" in a.withheld else _size(a.sp_n)
        lines.append(f"| {analysis.labels[a.indicator]} | {a.source or NA} | {se} | {se_n} | {sp} | {sp_n} |")
    return "\n".join(lines)


def _size(value: float | None) -> str:
    return NA if value is None else f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
