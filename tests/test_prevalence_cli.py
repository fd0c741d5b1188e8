"""`flagger prevalence` and `flagger sample` end to end through click's CliRunner, figures included."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from matplotlib.image import imread
from scipy import stats as sps

from flagger.cli import cli
from flagger.prevalence.figures import FIGURE_FILES, FOREST_SIZE, HEATMAP_SIZE
from flagger.taxonomy import indicator_ids

IDS = indicator_ids()
SECRET = "Maria said her boss keeps her passport"
OUTPUTS = {"prevalence.csv", "accuracy.csv", "cooccurrence.csv", "group_tests.csv", "summary.md",
           *FIGURE_FILES.values()}


def _record(i: int, present: list[str], site: str, *, negated: tuple[str, ...] = ()) -> dict[str, object]:
    flags = [{"indicator": p, "assertion": "affirmed", "present": True, "text": SECRET} for p in present]
    flags += [{"indicator": n, "assertion": "negated", "present": False, "text": SECRET} for n in negated]
    alerts = ["minor_commercial_sex"] if {"minor", "commercial_sex"} <= set(present) else []
    return {"id": f"note-{i}", "flags": flags, "present": sorted(present), "alerts": alerts,
            "meta": {"site": site, "year": 2020 + i % 2}, "error": None}


def _records() -> list[dict[str, object]]:
    """150 notes at sites a (80), b (65) and c (5, too small to publish)."""
    out = []
    for i in range(150):
        site = "a" if i < 80 else "b" if i < 145 else "c"
        present = []
        if i % 3 == 0:
            present.append("debt_bondage")
        if i % 4 == 0:
            present.append("threats")
        if i < 40 and site == "a":
            present += ["minor", "commercial_sex"]
        if i == 7:
            present.append("witnessed_abuse")  # one note only: must never be published
        out.append(_record(i, present, site, negated=("document_confiscation",) if i % 10 == 1 else ()))
    out.append({"id": "failed", "flags": [], "present": [], "meta": {}, "error": "could not decode"})
    return out


@pytest.fixture
def results(tmp_path: Path) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    return path


@pytest.fixture
def model_meta(tmp_path: Path) -> Path:
    table = {i: {"tp": 45, "fp": 6, "fn": 5, "tn": 194} for i in IDS if i != "minor"}
    table["threats"] = {"tp": 5, "fp": 5, "fn": 5, "tn": 5}  # no better than chance
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"metrics": {"test": {"note_level": table}}}), encoding="utf-8")
    return path


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_prevalence_end_to_end(results: Path, model_meta: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = invoke("prevalence", results, "--by", "site", "--out", out, "--model-meta", model_meta)
    assert r.exit_code == 0, r.stderr
    assert {Path(line).name for line in r.stdout.splitlines()} == OUTPUTS
    assert "150 notes analysed, 1 failed notes left out" in r.stderr
    assert "no test metrics for minor" in r.stderr
    assert {p.name for p in out.iterdir()} == OUTPUTS

    rows = {(row["by"], row["group"], row["outcome"]): row for row in read_csv(out / "prevalence.csv")}
    assert len(rows) == 22 * 4  # overall + 3 sites, 18 indicators + 3 AMP + 1 alert
    debt = rows[("all", "all", "debt_bondage")]
    ref = sps.binomtest(50, 150).proportion_ci(method="wilson")
    assert (int(debt["present"]), float(debt["ci_low"]), float(debt["ci_high"])) == \
        (50, pytest.approx(ref.low, abs=1e-6), pytest.approx(ref.high, abs=1e-6))
    assert float(debt["corrected"]) == pytest.approx((50 / 150 + 194 / 200 - 1) / (0.9 + 194 / 200 - 1), abs=1e-6)
    assert rows[("all", "all", "alert:minor_commercial_sex")]["present"] == "40"
    assert rows[("all", "all", "document_confiscation")]["negated"] == "15"
    assert rows[("all", "all", "minor")]["corrected"] == ""
    assert rows[("all", "all", "threats")]["corrected"] == ""
    assert "<= 1" in rows[("all", "all", "threats")]["correction_note"]
    assert "Threats: sensitivity + specificity = 1.000 <= 1" in (out / "summary.md").read_text(encoding="utf-8")


def test_small_cells_are_withheld_in_every_output(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("prevalence", results, "--by", "site", "--out", out).exit_code == 0
    rows = {(row["by"], row["group"], row["outcome"]): row for row in read_csv(out / "prevalence.csv")}
    witnessed = rows[("all", "all", "witnessed_abuse")]
    assert witnessed["present"] == "" and witnessed["proportion"] == "" and "present" in witnessed["withheld"]
    site_c = rows[("site", "c", "threats")]
    assert site_c["notes"] == "" and site_c["present"] == ""
    pairs = read_csv(out / "cooccurrence.csv")
    assert all(p["both"] == "" and p["phi"] == "" for p in pairs if "witnessed_abuse" in (p["a"], p["b"]))
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "| Witnessed abuse | 150 | s | s |" in summary
    assert "c (n=s)" in summary


def test_summary_states_method_and_caveats(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("prevalence", results, "--out", out, "--model-meta", tmp_path / "none.json")
    summary = (out / "summary.md").read_text(encoding="utf-8")
    for phrase in ["not confirmed trafficking", "Wilson score", "Rogan-Gladen", "Lang & Reiczigel",
                   "withheld", "Notes, not people", "corrected prevalence unavailable"]:
        assert phrase.lower() in summary.lower(), phrase
    assert SECRET not in summary


def test_figures_render_at_their_documented_size(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("prevalence", results, "--out", out).exit_code == 0
    for name, (width, height) in [(FIGURE_FILES["forest"], FOREST_SIZE), (FIGURE_FILES["heatmap"], HEATMAP_SIZE)]:
        pixels = imread(out / name)
        assert pixels.shape[:2] == (height, width), name
        assert pixels[..., :3].std() > 0.05, f"{name} is blank"


def test_figures_draw_withheld_cells_as_withheld(results: Path, tmp_path: Path) -> None:
    from flagger.prevalence.figures import cooccurrence_heatmap, forest_plot
    from flagger.prevalence.run import prevalence_analysis

    analysis = prevalence_analysis(results, model_meta=tmp_path / "none.json")
    labels = [t.get_text() for t in forest_plot(analysis).axes[0].get_yticklabels()]
    assert any(label.startswith("Witnessed abuse") and "withheld" in label for label in labels)
    assert any(label.startswith("Debt bondage") and "(50/150)" in label for label in labels)
    heat = cooccurrence_heatmap(analysis).axes[0]
    row = IDS.index("witnessed_abuse")
    cell_texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in heat.texts}
    assert all(cell_texts[(row, j)] == "x" for j in range(len(IDS)) if j != row)


def test_no_figures_flag(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = invoke("prevalence", results, "--out", out, "--no-figures", "-q")
    assert r.exit_code == 0 and r.stderr == ""
    assert not (out / FIGURE_FILES["forest"]).exists()


def test_clopper_pearson_option(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("prevalence", results, "--out", out, "--ci", "clopper-pearson").exit_code == 0
    threats = next(r for r in read_csv(out / "prevalence.csv") if r["outcome"] == "threats")
    ref = sps.binomtest(38, 150).proportion_ci(method="exact")
    assert int(threats["present"]) == 38
    assert float(threats["ci_low"]) == pytest.approx(ref.low, abs=1e-6)


def test_stdin_results(results: Path, tmp_path: Path) -> None:
    r = invoke("prevalence", "-", "--out", tmp_path / "out", "--no-figures", stdin=results.read_text())
    assert r.exit_code == 0 and "150 notes analysed" in r.stderr


def test_per_note_csv_gives_the_same_prevalence(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "site", *IDS, *(f"{i}_score" for i in IDS), "n_present", "alerts", "error"])
        for rec in _records()[:-1]:
            present = set(rec["present"])  # type: ignore[arg-type]
            w.writerow([rec["id"], rec["meta"]["site"], *(int(i in present) for i in IDS),  # type: ignore[index]
                        *(0.9 if i in present else 0 for i in IDS), len(present),
                        ";".join(rec["alerts"]), ""])  # type: ignore[arg-type]
        w.writerow(["failed", "a", *([""] * (2 * len(IDS) + 2)), "could not decode"])
    out = tmp_path / "out"
    r = invoke("prevalence", path, "--by", "site", "--out", out, "--no-figures")
    assert r.exit_code == 0, r.stderr
    assert "150 notes analysed, 1 failed notes left out" in r.stderr
    rows = {(row["by"], row["group"], row["outcome"]): row for row in read_csv(out / "prevalence.csv")}
    assert {row["group"] for row in rows.values() if row["by"] == "site"} == {"a", "b", "c"}
    assert rows[("all", "all", "debt_bondage")]["present"] == "50"
    assert rows[("all", "all", "alert:minor_commercial_sex")]["present"] == "40"
    assert rows[("all", "all", "document_confiscation")]["negated"] == ""  # a CSV has no assertions
    assert "unavailable" in (out / "summary.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["--by", "region"], "--by column(s) not found in the results: region. Columns available: site, year"),
    (["--level", "2"], "Invalid value for '--level'"),
    (["--ci", "wald"], "Invalid value for '--ci'"),
])
def test_user_errors_exit_2_with_nothing_on_stdout(results: Path, tmp_path: Path, args: list[str],
                                                   message: str) -> None:
    r = invoke("prevalence", results, "--out", tmp_path / "out", *args)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert message in r.stderr


def test_broken_results_exit_2_naming_the_line_never_the_text(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    good = json.dumps(_record(1, ["threats"], "a"))
    path.write_text(good + "\n" + '{"id": "x", "flags": [{"text": "' + SECRET + '"\n', encoding="utf-8")
    r = invoke("prevalence", path, "--out", tmp_path / "out")
    assert r.exit_code == 2
    assert "results.jsonl, line 2: not valid JSON" in r.stderr
    assert SECRET not in r.stderr + r.stdout


def test_unwritable_sample_output_exits_2(results: Path, tmp_path: Path) -> None:
    r = invoke("sample", results, "--n", "5", "--out", tmp_path / "no" / "such" / "dir.jsonl")
    assert r.exit_code == 2 and "cannot write" in r.stderr


def test_missing_results_file_exits_2(tmp_path: Path) -> None:
    r = invoke("prevalence", tmp_path / "nope.jsonl", "--out", tmp_path / "out")
    assert r.exit_code == 2 and "not found" in r.stderr


def test_sample_then_validation_round_trip(results: Path, tmp_path: Path) -> None:
    r = invoke("sample", results, "--n", "40", "--seed", "3")
    assert r.exit_code == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 40 and "sample: 40 notes (20 flagged, 20 not)" in r.stderr
    assert r.stdout == invoke("sample", results, "--n", "40", "--seed", "3").stdout
    # a labeller who agrees with the tool except that every flagged note also has threats
    for rec in records:
        rec["labels"] = sorted(set(rec["predicted"]) | ({"threats"} if rec["predicted"] else set()))
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text("".join(json.dumps(rec) + "\n" for rec in records), encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("prevalence", results, "--out", out, "--validation", labelled, "--no-figures", "--min-cell", "0")
    assert r.exit_code == 0, r.stderr
    accuracy = {row["indicator"]: row for row in read_csv(out / "accuracy.csv")}
    assert accuracy["debt_bondage"]["source"] == "validation sample"
    assert float(accuracy["debt_bondage"]["sensitivity"]) == 1.0
    assert float(accuracy["threats"]["sensitivity"]) < 1.0


def test_sample_copies_text_from_the_batch_input_to_a_file(results: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text("".join(json.dumps({"id": f"note-{i}", "text": f"text {i}"}) + "\n" for i in range(150)),
                     encoding="utf-8")
    out = tmp_path / "sample.jsonl"
    r = invoke("sample", results, "--n", "10", "--out", out, "--notes", notes)
    assert r.exit_code == 0 and r.stdout == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(rec["text"] == f"text {rec['id'].split('-')[1]}" for rec in records)


def test_unlabelled_validation_file_is_refused(results: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    invoke("sample", results, "--n", "10", "--out", sample)
    r = invoke("prevalence", results, "--out", tmp_path / "out", "--validation", sample)
    assert r.exit_code == 2 and "no labelled records" in r.stderr


def test_commands_are_registered() -> None:
    r = invoke("--help")
    assert "prevalence" in r.stdout and "sample" in r.stdout
