"""`flagger batch` through click's CliRunner, on the real pipeline: inputs, outputs, errors, exit codes.

stdout must stay empty (results go to files); the summary line and messages go to stderr.
"""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner, Result

import flagger.batch.runner as runner_module
import flagger.batch.worker as worker_module
from flagger.batch import html_report
from flagger.cli import cli

NOTE = "Cl reports the boss took her passport when she arrived. She owes him $4,000 for the trip."
CLEAN = "Client came in for help with a housing application. Follow up next week."


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["batch", "--workers", "1", *args], input=input)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def write_docx(path: Path, *paragraphs: str) -> None:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)


@pytest.fixture()
def every_input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTE)
    (folder / "b.md").write_text(f"# Visit\n\n{CLEAN}\n")
    write_docx(folder / "c.docx", "Intake.", NOTE)
    write_csv(folder / "d.csv", [["id", "text", "office"], ["csv-1", NOTE, "north"], ["csv-2", CLEAN, "south"]])
    write_csv(folder / "e.tsv", [["id", "text", "office"], ["tsv-1", CLEAN, "east"]], delimiter="\t")
    (folder / "f.jsonl").write_text(json.dumps({"id": "jsonl-1", "text": NOTE, "site": 4}) + "\n")
    return folder


def test_every_input_format_in_one_run(every_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "results.jsonl"
    stdin = json.dumps({"id": "stdin-1", "text": CLEAN}).encode() + b"\n"
    result = run(str(every_input), "-", "--out", str(out), input=stdin)
    assert result.exit_code == 1, result.stderr  # indicators found, no errors
    assert result.stdout == ""
    assert result.stderr.startswith("flagger batch: 8 notes, ")
    notes = jsonl(out)
    assert [n["id"] for n in notes] == [f"{every_input}/a.txt", f"{every_input}/b.md", f"{every_input}/c.docx",
                                        "csv-1", "csv-2", "tsv-1", "jsonl-1", "stdin-1"]
    assert notes[3]["source"] == {"file": f"{every_input}/d.csv", "line": 2, "row": 1}
    assert notes[3]["meta"] == {"office": "north"} and notes[6]["meta"] == {"site": 4}
    for note in notes:
        assert ("document_confiscation" in note["present"]) == (note["id"] in {
            f"{every_input}/a.txt", f"{every_input}/c.docx", "csv-1", "jsonl-1"}), note["id"]
        assert note["error"] is None
    assert not list(out.parent.glob("*.errors.csv")) and not list(out.parent.glob("*.part"))


def test_every_output_format_in_one_run(every_input: Path, tmp_path: Path) -> None:
    names = ["r.jsonl", "r.csv", "r.flags.csv", "r.html", "r.prodigy.jsonl", "r.labelstudio.json",
             "r.doccano.jsonl"]
    args = [a for name in names for a in ("--out", str(tmp_path / name))]
    result = run(str(every_input), *args)
    assert result.exit_code == 1, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(names)
    texts = {n["id"]: n for n in jsonl(tmp_path / "r.jsonl")}

    rows = csv_rows(tmp_path / "r.csv")
    assert [r["id"] for r in rows] == list(texts)
    assert "office" in rows[0] and "site" in rows[0]  # meta columns from every input
    by_id = {r["id"]: r for r in rows}
    assert by_id["csv-1"]["document_confiscation"] == "1" and by_id["csv-1"]["office"] == "north"
    assert float(by_id["csv-1"]["document_confiscation_score"]) > 0
    assert by_id["csv-2"]["document_confiscation"] == "0" and by_id["csv-2"]["document_confiscation_score"] == ""

    flags = csv_rows(tmp_path / "r.flags.csv")
    assert {f["id"] for f in flags} == {i for i, n in texts.items() if n["flags"]}
    assert len(flags) == sum(len(n["flags"]) for n in texts.values())

    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<mark class=p" in page and "http" not in page

    notes_text = {"csv-1": NOTE, "csv-2": CLEAN, "jsonl-1": NOTE}
    for task in jsonl(tmp_path / "r.prodigy.jsonl"):
        for span in task["spans"]:
            assert span["label"] in texts[task["meta"]["id"]]["present"]
        if task["meta"]["id"] in notes_text:
            assert task["text"] == notes_text[task["meta"]["id"]]
    for task in jsonl(tmp_path / "r.doccano.jsonl"):
        assert all(label in texts[task["note_id"]]["present"] for _, _, label in task["label"])
    tasks = json.loads((tmp_path / "r.labelstudio.json").read_text(encoding="utf-8"))
    assert [t["data"]["note_id"] for t in tasks] == list(texts)
    for task in tasks:
        for region in task["predictions"][0]["result"]:
            v = region["value"]
            assert task["data"]["text"][v["start"]:v["end"]] == v["text"]


def test_broken_inputs_are_reported_and_good_notes_processed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(NOTE)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
    (folder / "windows.txt").write_bytes("Her employer keeps her passport. Caf\u00e9.".encode("cp1252"))
    (folder / "rows.csv").write_text('id,text\nr1,Her employer keeps her passport.\nr2,"broken"quote\nr3,Fine.\n')
    (folder / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": CLEAN}) + '\n{"id": "j2", "text": \n'
                                        + json.dumps({"id": "j3", "text": NOTE}) + "\n")
    out = tmp_path / "results.jsonl"
    result = run(str(folder), "--out", str(out))
    assert result.exit_code == 3, result.stderr
    assert result.stdout == ""
    assert [n["id"] for n in jsonl(out)] == [f"{folder}/good.txt", "j1", "j3", "r1", "r3"]
    errors = tmp_path / "results.errors.csv"
    assert f"problems listed in {errors}" in result.stderr
    found = [(Path(r["source"]).name, r["location"], r["kind"], r["reason"].split(" (")[0])
             for r in csv_rows(errors)]
    assert found == [
        ("binary.txt", "", "read_error", "binary file"),
        ("empty.txt", "", "read_error", "empty file"),
        ("lines.jsonl", "line 2", "read_error", "not valid JSON: Expecting value"),
        ("rows.csv", "row 2 (line 3)", "read_error", "malformed CSV row: ',' expected after '\"'"),
        ("windows.txt", "", "read_error", "not valid utf-8"),
    ]
    assert "passport" not in errors.read_text() and "passport" not in result.stderr


def test_encoding_option_reads_a_cp1252_file(tmp_path: Path) -> None:
    (tmp_path / "windows.txt").write_bytes("Her employer keeps her passport. Caf\u00e9 \u2013 ok.".encode("cp1252"))
    out = tmp_path / "r.jsonl"
    result = run(str(tmp_path / "windows.txt"), "--encoding", "cp1252", "--out", str(out))
    assert result.exit_code == 1, result.stderr
    [note] = jsonl(out)
    assert "document_confiscation" in note["present"]


def test_duplicate_ids_are_reported_not_merged(tmp_path: Path) -> None:
    write_csv(tmp_path / "n.csv", [["id", "text"], ["n1", NOTE], ["n2", CLEAN], ["n1", CLEAN]])
    out = tmp_path / "r.jsonl"
    result = run(str(tmp_path / "n.csv"), "--out", str(out))
    assert result.exit_code == 3, result.stderr
    assert [n["id"] for n in jsonl(out)] == ["n1", "n2", "n1"]
    assert "1 duplicate ids" in result.stderr
    [row] = csv_rows(tmp_path / "r.errors.csv")
    assert row == {"source": str(tmp_path / "n.csv"), "location": "row 3 (line 4)", "id": "n1",
                   "kind": "duplicate_id", "reason": f"duplicate id: already used by {tmp_path}/n.csv row 1 (line 2)"}


def test_csv_output_escapes_formulas(tmp_path: Path) -> None:
    write_csv(tmp_path / "n.csv", [["id", "text", "office", "balance"], ["=1+1", NOTE, "@SUM(A1:A9)", "-40"],
                                   ["+cmd", CLEAN, "\tTab", "12"], ["-x", CLEAN, "\rCR", "-3.5"]])
    out = tmp_path / "r.csv"
    assert run(str(tmp_path / "n.csv"), "--out", str(out)).exit_code == 1
    rows = [(r["id"], r["office"], r["balance"]) for r in csv_rows(out)]
    assert rows == [("'=1+1", "'@SUM(A1:A9)", "-40"), ("'+cmd", "'\tTab", "12"), ("'-x", "'\rCR", "-3.5")]


def test_csv_field_over_128_kib_keeps_offsets(tmp_path: Path) -> None:
    # One long token repeated: the core's time on many short sentences grows faster than linearly.
    text = ("x" * 63 + " ") * 2100 + "\n" + NOTE
    assert len(text) > 128 * 1024
    write_csv(tmp_path / "n.csv", [["id", "text"], ["long", text], ["short", CLEAN]])
    out = tmp_path / "r.jsonl"
    result = run(str(tmp_path / "n.csv"), "--out", str(out))
    assert result.exit_code == 1, result.stderr
    long, short = jsonl(out)
    assert (long["id"], short["id"]) == ("long", "short")
    assert "document_confiscation" in long["present"]
    for f in long["flags"]:
        assert f["start"] > 128 * 1024 and text[f["start"]:f["end"]] == f["text"]


def test_no_text_leaves_note_text_out_of_every_output(tmp_path: Path) -> None:
    secret = "Mrs Zanzibarova said the boss took her passport when she arrived."
    (tmp_path / "n.jsonl").write_text(json.dumps({"id": "n1", "text": secret}) + "\n")
    outs = ["r.jsonl", "r.csv", "r.flags.csv", "r.html"]
    result = run(str(tmp_path / "n.jsonl"), "--no-text", *[a for o in outs for a in ("--out", str(tmp_path / o))])
    assert result.exit_code == 1, result.stderr
    [note] = jsonl(tmp_path / "r.jsonl")
    assert note["flags"] and all("text" not in f for f in note["flags"])
    for name in outs:
        data = (tmp_path / name).read_text(encoding="utf-8")
        for fragment in ("Zanzibarova", "took her passport", "she arrived"):
            assert fragment not in data, (name, fragment)


def test_no_text_is_refused_for_review_tool_exports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTE)
    result = run(str(tmp_path / "a.txt"), "--no-text", "--out", str(tmp_path / "r.prodigy.jsonl"))
    assert result.exit_code == 2
    assert "review tools need the note text" in result.stderr
    assert not (tmp_path / "r.prodigy.jsonl").exists()


@pytest.mark.parametrize("args, message", [
    (["missing-folder", "--out", "r.jsonl"], "no such file or folder"),
    (["a.txt", "--out", "r.txt"], "pass --format"),
    (["a.txt", "--out", "r.jsonl", "--encoding", "klingon"], "Unknown encoding 'klingon'"),
    (["a.txt", "--out", "r.jsonl", "--out", "r.csv", "--format", "csv"], "one --format per --out"),
    (["a.txt", "--out", "r.jsonl", "--format", "yaml"], "Invalid value for '-f' / '--format'"),
    (["a.txt"], "Missing option '-o' / '--out'"),
    (["empty", "--out", "r.jsonl"], "No notes to read"),
    (["a.txt", "--out", "empty", "--format", "jsonl"], "is a folder"),
])
def test_usage_errors_exit_2_and_write_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                               message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(NOTE)
    (tmp_path / "empty").mkdir()
    result = run(*args)
    assert result.exit_code == 2, result.stderr
    assert message in result.stderr and result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "empty"]


def test_clean_notes_exit_0_and_leave_no_errors_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "clean.txt").write_text(CLEAN)
    stale = tmp_path / "r.errors.csv"
    stale.write_text("from an earlier run")
    result = run(str(tmp_path / "in"), "--out", str(tmp_path / "r.jsonl"), "--quiet")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" and result.stdout == ""
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "r.jsonl"]


class _Exploding:
    """A flagger that fails on one note, to check that the failure is isolated and reported."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def pipe(self, pairs: Any, **kw: Any) -> Any:
        pairs = list(pairs)
        if any("EXPLODE" in text for text, _ in pairs):
            raise RuntimeError("failed on: " + " ".join(text for text, _ in pairs))
        return self.real.pipe(pairs, **kw)


def test_a_note_that_breaks_the_flagger_is_reported_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    real = worker_module.load_flagger
    monkeypatch.setattr(worker_module, "load_flagger", lambda *a: _Exploding(real(*a)))
    secret = "Secret words EXPLODE here."
    lines = [{"id": "a", "text": NOTE}, {"id": "b", "text": secret}, {"id": "c", "text": CLEAN}]
    (tmp_path / "n.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "r.jsonl"
    with caplog.at_level(logging.DEBUG):
        result = run(str(tmp_path / "n.jsonl"), "--out", str(out))
    assert result.exit_code == 3, result.stderr
    notes = jsonl(out)
    assert [(n["id"], n["error"]) for n in notes] == [("a", None), ("b", "processing failed (RuntimeError)"),
                                                       ("c", None)]
    assert "document_confiscation" in notes[0]["present"]
    [row] = csv_rows(tmp_path / "r.errors.csv")
    assert (row["location"], row["id"], row["kind"]) == ("line 2", "b", "processing_error")
    everything = result.stderr + (tmp_path / "r.errors.csv").read_text() + caplog.text
    assert "Secret" not in everything and "EXPLODE" not in everything


def test_interrupted_run_needs_resume_and_resumes_to_the_same_bytes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [{"id": f"n{i}", "text": NOTE if i % 3 else CLEAN, "office": "x"} for i in range(12)]
    (tmp_path / "n.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    outs = ["r.jsonl", "r.csv", "r.html"]
    args = [str(tmp_path / "n.jsonl"), "--chunk-size", "4", *[a for o in outs for a in ("--out", str(tmp_path / o))]]
    reference = tmp_path / "reference"
    assert run(str(tmp_path / "n.jsonl"), *[a for o in outs for a in ("--out", str(reference / o))]).exit_code == 1

    calls = []
    real_process = runner_module.process_chunk

    def interrupt_on_second_chunk(records: Any) -> Any:
        calls.append(len(records))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_process(records)

    monkeypatch.setattr(runner_module, "process_chunk", interrupt_on_second_chunk)
    stopped = run(*args)
    assert stopped.exit_code == 130 and "--resume" in stopped.stderr
    assert not (tmp_path / "r.jsonl").exists() and (tmp_path / "r.jsonl.part").exists()
    monkeypatch.setattr(runner_module, "process_chunk", real_process)

    refused = run(*args)
    assert refused.exit_code == 2 and "Pass --resume" in refused.stderr
    changed = run(*args, "--no-text", "--resume")
    assert changed.exit_code == 2 and "differ from the interrupted run" in changed.stderr

    resumed = run(*args, "--resume")
    assert resumed.exit_code == 1, resumed.stderr
    assert "resumed after 4 items" in resumed.stderr
    for name in outs:
        assert (tmp_path / name).read_bytes() == (reference / name).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["n.jsonl", "reference", *outs])


def test_resume_after_an_interrupted_finish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "n.jsonl").write_text("".join(json.dumps({"id": f"n{i}", "text": NOTE}) + "\n" for i in range(3)))
    outs = ["r.jsonl", "r.html"]
    args = [str(tmp_path / "n.jsonl"), *[a for o in outs for a in ("--out", str(tmp_path / "run" / o))]]
    assert run(str(tmp_path / "n.jsonl"), *[a for o in outs for a in ("--out", str(tmp_path / o))]).exit_code == 1

    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(html_report.HtmlFormat, "finish", interrupted)
    assert run(*args).exit_code == 130
    assert (tmp_path / "run" / "r.jsonl").exists() and (tmp_path / "run" / "r.html.part").exists()
    monkeypatch.undo()
    resumed = run(*args, "--resume")
    assert resumed.exit_code == 1, resumed.stderr
    for name in outs:
        assert (tmp_path / "run" / name).read_bytes() == (tmp_path / name).read_bytes()
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == sorted(outs)
