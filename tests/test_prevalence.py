"""Prevalence analysis as a library: reading batch outputs, validation data, tables, suppression, sampling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scipy import stats as sps

from flagger.errors import InputError
from flagger.prevalence.analysis import ALL, Analysis, Settings, analyse
from flagger.prevalence.readers import MISSING, NoteRecord, ResultSet, read_results
from flagger.prevalence.sampling import allocate, draw_sample
from flagger.prevalence.stats import Accuracy
from flagger.prevalence.suppression import is_small, with_complement, withhold
from flagger.prevalence.validation import (
    VALIDATION_SOURCE,
    accuracy_from_model_meta,
    accuracy_from_validation,
    read_validation,
)
from flagger.taxonomy import indicator_ids, load_indicators

IDS = indicator_ids()
SECRET = "Maria said her boss keeps her passport"  # note text that must never reach an error message


def note(i: int, *present: str, site: str | None = None, alerts: tuple[str, ...] = ()) -> NoteRecord:
    return NoteRecord(id=f"n{i}", present=frozenset(present), alerts=frozenset(alerts),
                      meta={"site": site} if site else {}, mentions={}, line=i)


def result_set(notes: list[NoteRecord]) -> ResultSet:
    return ResultSet(notes=notes, failed=0, source="jsonl", has_mentions=True)


def run(notes: list[NoteRecord], *, by: tuple[str, ...] = (), min_cell: int = 11,
        accuracy: dict[str, Accuracy] | None = None) -> Analysis:
    raw = analyse(result_set(notes), load_indicators(), by=by, accuracy=accuracy or {},
                  settings=Settings(min_cell=min_cell))
    return withhold(raw)


def row(analysis: Analysis, outcome: str, by: str = ALL, group: str = ALL) -> Any:
    return next(r for r in analysis.rows if r.by == by and r.group == group and r.outcome == outcome)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- readers


def test_jsonl_reader_counts_only_non_present_mentions(tmp_path: Path) -> None:
    flags = [
        {"indicator": "threats", "assertion": "negated", "text": SECRET},
        {"indicator": "debt_bondage", "assertion": "hypothetical"},
        {"indicator": "debt_bondage", "assertion": "other_person"},
        {"indicator": "minor", "assertion": "affirmed"},
        {"indicator": "minor", "assertion": "negated"},  # present anyway: not a mention
    ]
    records = [
        {"id": "a", "present": ["minor"], "flags": flags, "alerts": [], "meta": {"site": "x", "year": 2021}},
        {"id": "b", "present": [], "flags": [], "error": "could not decode"},
        {"id": None, "present": [], "flags": [], "meta": {"site": ""}},
    ]
    path = write_lines(tmp_path / "r.jsonl", [json.dumps(r) for r in records])
    results = read_results(path, indicators=IDS)
    assert results.failed == 1 and results.source == "jsonl"
    first, second = results.notes
    assert first.present == {"minor"}
    assert first.mentions == {"threats": {"negated"}, "debt_bondage": {"hypothetical", "other_person"}}
    assert first.meta == {"site": "x", "year": "2021"}
    assert second.id == "line-3" and second.group("site") == MISSING


def test_jsonl_reader_reports_every_bad_line_without_note_text(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "present": []}),
        '{"id": "broken", "flags": [{"text": "' + SECRET + '"',
        json.dumps({"id": "c", "present": ["not_an_indicator"]}),
        json.dumps({"id": "d", "present": "threats"}),
    ]
    with pytest.raises(InputError) as err:
        read_results(write_lines(tmp_path / "r.jsonl", lines), indicators=IDS)
    message = str(err.value)
    assert "3 problem(s)" in message
    assert "line 2" in message and "line 3" in message and "line 4" in message
    assert "not_an_indicator" in message
    assert SECRET not in message


def _csv_header() -> list[str]:
    return ["id", "site", *IDS, *(f"{i}_score" for i in IDS), "alerts"]


def _csv_row(note_id: str, site: str, present: set[str], alerts: str = "") -> list[str]:
    return [note_id, site, *("1" if i in present else "0" for i in IDS),
            *("0.9" if i in present else "0" for i in IDS), alerts]


def test_csv_reader_reads_batch_csv_and_unescapes_formula_cells(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "r.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(_csv_header())
        w.writerow(_csv_row("n1", "'-north", {"minor", "commercial_sex"}, "minor_commercial_sex"))
        w.writerow(_csv_row("n2", "south", set()))
    results = read_results(path, indicators=IDS)
    assert results.source == "csv" and not results.has_mentions
    n1, n2 = results.notes
    assert n1.present == {"minor", "commercial_sex"} and n1.alerts == {"minor_commercial_sex"}
    assert n1.meta == {"site": "-north"} and n2.present == set()
    assert results.columns() == ["site"]


def test_csv_reader_rejects_files_that_are_not_batch_csv(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "r.csv", ["id,text", f"1,{SECRET}"])
    with pytest.raises(InputError, match="no column for indicator") as err:
        read_results(path, indicators=IDS)
    assert SECRET not in str(err.value)


def test_csv_reader_lists_bad_values_by_line(tmp_path: Path) -> None:
    header = ",".join(_csv_header())
    good = ",".join(_csv_row("n1", "x", set()))
    bad = good.replace("n1,x,0", "n2,x,yes", 1)
    with pytest.raises(InputError, match="line 3: indicator column") as err:
        read_results(write_lines(tmp_path / "r.csv", [header, good, bad]), indicators=IDS)
    assert "recruitment_or_transport" in str(err.value)


def test_unknown_format_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_results(tmp_path / "nope.jsonl", indicators=IDS)
    with pytest.raises(InputError, match="unknown results format"):
        read_results(write_lines(tmp_path / "r.xlsx", ["x"]), indicators=IDS)


# ----------------------------------------------------------------------------- where Se/Sp come from


def test_model_metrics_missing_file_is_a_note_not_an_error(tmp_path: Path) -> None:
    accuracy, note = accuracy_from_model_meta(tmp_path / "meta.json", IDS)
    assert accuracy == {} and "unavailable" in note


def test_model_metrics_read_per_indicator_and_missing_ones_named(tmp_path: Path) -> None:
    table = {"threats": {"tp": 45, "fp": 10, "fn": 5, "tn": 190, "support": 50}}
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"metrics": {"test": {"note_level": table}}}), encoding="utf-8")
    accuracy, note = accuracy_from_model_meta(path, ["threats", "minor"])
    assert accuracy["threats"].sensitivity == pytest.approx(0.9)
    assert accuracy["threats"].specificity == pytest.approx(0.95)
    assert accuracy["threats"].se_n == 50 and accuracy["threats"].sp_n == 200
    assert note == "no test metrics for minor"


def _labelled(predicted: list[str], labels: list[str] | None, weight: float = 1.0) -> str:
    return json.dumps({"id": "x", "text": None, "predicted": predicted, "stratum": "flagged",
                       "weight": weight, "labels": labels})


def test_validation_file_weights_and_effective_sizes(tmp_path: Path) -> None:
    lines = [
        _labelled(["threats"], ["threats"], 1.0),
        _labelled(["threats"], ["threats"], 1.0),
        _labelled([], ["threats"], 3.0),
        _labelled([], [], 2.0),
        _labelled(["threats"], [], 2.0),
        _labelled([], None, 5.0),
    ]
    records, unlabelled = read_validation(write_lines(tmp_path / "v.jsonl", lines), IDS)
    assert unlabelled == 1 and len(records) == 5
    acc = accuracy_from_validation(records, IDS)["threats"]
    # weighted sensitivity 2/5 on Kish n = 5^2 / (1 + 1 + 9); specificity 2/4 on n = 4^2 / 8
    assert acc.sensitivity == pytest.approx(2 / 5)
    assert acc.se_n == pytest.approx(25 / 11)
    assert acc.specificity == pytest.approx(0.5)
    assert acc.sp_n == pytest.approx(2.0)
    assert acc.source == VALIDATION_SOURCE


def test_equal_weights_give_plain_counts() -> None:
    records = [{"predicted": p, "labels": lab, "weight": 1.0}
               for p, lab in [(["minor"], ["minor"])] * 9 + [([], ["minor"])] + [([], [])] * 30]
    acc = accuracy_from_validation(records, ["minor"])["minor"]
    assert (acc.se_hits, acc.se_n, acc.sp_hits, acc.sp_n) == pytest.approx((9, 10, 30, 30))


def test_validation_file_problems_reported_together(tmp_path: Path) -> None:
    lines = [_labelled(["threats"], ["nonsense"]), _labelled([], [], -1.0), "{"]
    with pytest.raises(InputError) as err:
        read_validation(write_lines(tmp_path / "v.jsonl", lines), IDS)
    message = str(err.value)
    assert "3 problem(s)" in message and "nonsense" in message and "'weight'" in message


# ----------------------------------------------------------------------------- analysis


def test_overall_counts_intervals_amp_and_alert() -> None:
    notes = ([note(i, "minor", "commercial_sex", alerts=("minor_commercial_sex",)) for i in range(12)]
             + [note(i, "debt_bondage") for i in range(12, 40)] + [note(i) for i in range(40, 100)])
    a = run(notes)
    debt = row(a, "debt_bondage")
    assert (debt.notes, debt.present) == (100, 28)
    ref = sps.binomtest(28, 100).proportion_ci(method="wilson")
    assert (debt.ci_low, debt.ci_high) == pytest.approx((ref.low, ref.high))
    assert row(a, "amp:means").present == 28
    assert row(a, "amp:purpose").present == 12
    assert row(a, "amp:action").present == 0
    assert row(a, "alert:minor_commercial_sex").present == 12
    assert row(a, "threats").present == 0  # 0 of n is shown, not withheld


def test_n_of_n_and_zero_of_n_are_shown() -> None:
    a = run([note(i, "minor") for i in range(30)])
    minor, threats = row(a, "minor"), row(a, "threats")
    assert (minor.present, minor.proportion, minor.ci_high) == (30, 1.0, pytest.approx(1.0))
    assert (threats.present, threats.proportion, threats.ci_low) == (0, 0.0, 0.0)


def test_corrected_prevalence_uses_the_given_accuracy_and_explains_gaps() -> None:
    notes = [note(i, "threats") for i in range(30)] + [note(i) for i in range(30, 100)]
    accuracy = {"threats": Accuracy(se_hits=45, se_n=50, sp_hits=190, sp_n=200, source="test"),
                "minor": Accuracy(se_hits=5, se_n=10, sp_hits=5, sp_n=10, source="test")}
    a = run(notes, accuracy=accuracy)
    assert row(a, "threats").corrected == pytest.approx((0.30 + 0.95 - 1) / (0.90 + 0.95 - 1))
    assert row(a, "minor").corrected is None and "<= 1" in row(a, "minor").correction_note
    assert "no sensitivity/specificity" in row(a, "debt_bondage").correction_note
    assert "combined outcomes" in row(a, "amp:means").correction_note


def test_groups_tests_and_missing_values() -> None:
    notes = ([note(i, "threats", site="a") for i in range(40)] + [note(i, site="a") for i in range(40, 60)]
             + [note(i, "threats", site="b") for i in range(60, 75)] + [note(i, site="b") for i in range(75, 120)]
             + [note(i, "threats") for i in range(120, 132)] + [note(i) for i in range(132, 150)])
    a = run(notes, by=("site",))
    assert [r.group for r in a.rows if r.by == "site" and r.outcome == "threats"] == ["a", "b", MISSING]
    test = next(t for t in a.tests if t.outcome == "threats")
    ref = sps.chi2_contingency([[40, 20], [15, 45], [12, 18]], correction=False)
    assert test.test == "chi-square" and test.p_value == pytest.approx(ref.pvalue)


def test_cooccurrence_counts_phi_and_lift() -> None:
    notes = ([note(i, "threats", "physical_violence") for i in range(20)] + [note(i, "threats") for i in range(20, 35)]
             + [note(i, "physical_violence") for i in range(35, 50)] + [note(i) for i in range(50, 120)])
    pair = next(p for p in run(notes).pairs if {p.a, p.b} == {"threats", "physical_violence"})
    assert (pair.both, pair.a_only, pair.b_only, pair.neither) in [(20, 15, 15, 70)]
    assert pair.lift == pytest.approx(120 * 20 / (35 * 35))


def test_no_notes_is_an_input_error() -> None:
    with pytest.raises(InputError, match="No notes"):
        analyse(result_set([]), load_indicators(), accuracy={})


# ----------------------------------------------------------------------------- suppression


@pytest.mark.parametrize(("count", "small"), [(None, False), (0, False), (1, True), (10, True), (11, False)])
def test_small_means_one_to_ten(count: int | None, small: bool) -> None:
    assert is_small(count, 11) is small


def test_complement_hides_the_smallest_other_cell() -> None:
    assert with_complement([50, 5, 30, 40], [False, True, False, False]) == [False, True, True, False]
    assert with_complement([50, 5, 3], [False, True, True]) == [False, True, True]
    assert with_complement([5], [True]) == [True]


def test_small_counts_are_withheld_with_everything_derived_from_them() -> None:
    notes = [note(i, "threats") for i in range(4)] + [note(i, "minor") for i in range(4, 95)] + \
        [note(i) for i in range(95, 100)]
    a = run(notes)
    threats, minor = row(a, "threats"), row(a, "minor")
    assert threats.present is None and threats.proportion is None and threats.ci_low is None
    assert "present" in threats.withheld and threats.notes == 100
    # 91 of 100: the 9 notes without it are a small cell too
    assert minor.present is None and "present" in minor.withheld
    assert all(p.phi is None for p in a.pairs if "threats" in (p.a, p.b))


def test_min_cell_zero_turns_suppression_off() -> None:
    a = run([note(i, "threats") for i in range(4)] + [note(i) for i in range(4, 20)], min_cell=0)
    assert row(a, "threats").present == 4 and not row(a, "threats").withheld


def test_a_group_with_one_note_is_withheld_with_its_complement() -> None:
    notes = ([note(i, "threats", site="a") for i in range(30)] + [note(i, site="a") for i in range(30, 60)]
             + [note(i, "threats", site="b") for i in range(60, 80)] + [note(i, site="b") for i in range(80, 119)]
             + [note(120, "threats", site="c")])
    a = run(notes, by=("site",))
    c = row(a, "threats", "site", "c")
    assert c.notes is None and c.present is None and "notes" in c.withheld
    b = row(a, "threats", "site", "b")  # else b's count = total - a - c would give c away
    assert b.notes is None and b.present is None
    assert row(a, "threats", "site", "a").present == 30
    test = next(t for t in a.tests if t.outcome == "threats")
    assert test.p_value is None and test.withheld


def test_raw_analysis_cannot_be_written(tmp_path: Path) -> None:
    from flagger.prevalence.tables import write_tables

    raw = analyse(result_set([note(i) for i in range(20)]), load_indicators(), accuracy={})
    with pytest.raises(ValueError, match="suppression"):
        write_tables(raw, tmp_path)


def test_validation_accuracy_with_small_cells_is_withheld() -> None:
    accuracy = {"threats": Accuracy(se_hits=8, se_n=9, sp_hits=150, sp_n=150, source=VALIDATION_SOURCE)}
    shown = run([note(i) for i in range(20)], accuracy=accuracy).accuracy
    threats = next(r for r in shown if r.indicator == "threats")
    assert threats.sensitivity is None and threats.se_n is None and threats.specificity == 1.0


# ----------------------------------------------------------------------------- sampling


@pytest.mark.parametrize(("n", "flagged", "unflagged", "expected"), [
    (200, 500, 5000, (100, 100)),
    (200, 50, 5000, (50, 150)),
    (200, 5000, 30, (170, 30)),
    (200, 40, 60, (40, 60)),
    (1, 10, 10, (0, 1)),
])
def test_allocation(n: int, flagged: int, unflagged: int, expected: tuple[int, int]) -> None:
    assert allocate(n, flagged, unflagged) == expected


def test_sample_is_stratified_weighted_seeded_and_shuffled() -> None:
    notes = [note(i, "threats") for i in range(30)] + [note(i) for i in range(30, 200)]
    sample = draw_sample(notes, n=40, seed=7)
    assert sample == draw_sample(notes, n=40, seed=7)
    assert sample != draw_sample(notes, n=40, seed=8)
    strata = [r["stratum"] for r in sample]
    assert strata.count("flagged") == 20 and strata != sorted(strata)
    by_stratum: dict[str, float] = {}
    for r in sample:
        by_stratum[r["stratum"]] = by_stratum.get(r["stratum"], 0.0) + r["weight"]
        assert r["labels"] is None and r["text"] is None
    assert by_stratum == pytest.approx({"flagged": 30.0, "unflagged": 170.0})
    assert len({r["id"] for r in sample}) == 40


def test_sample_larger_than_the_notes_takes_all_with_weight_one() -> None:
    sample = draw_sample([note(i, "minor") for i in range(3)] + [note(3)], n=50, texts={"n3": "t"})
    assert sorted(r["id"] for r in sample) == ["n0", "n1", "n2", "n3"]
    assert {r["weight"] for r in sample} == {1.0}
    assert next(r for r in sample if r["id"] == "n3")["text"] == "t"
