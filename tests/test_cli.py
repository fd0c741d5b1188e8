"""The `flagger` command line, run through click's CliRunner: stdout and stderr apart, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import flagger
from flagger.cli import cli

NOTE = "Cl reports the boss took her passport when she arrived. She owes him $4,000 for the trip.\n"
CLEAN = "Client came in for help with a housing application. Follow up next week.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert flagger.__version__ in result.output


def test_check_text_highlights_and_exit_code_1(runner: CliRunner, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    result = runner.invoke(cli, ["check", str(note), "--no-color"])
    assert result.exit_code == 1, result.stderr
    assert "[took her passport]" in result.stdout
    assert "Document confiscation" in result.stdout
    assert "Still unasked" in result.stdout
    assert "not a determination" in result.stdout


def test_check_clean_note_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(CLEAN)
    result = runner.invoke(cli, ["check", str(note), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["present"] == []


def test_check_json_follows_result_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "-", "--format", "json"], input=NOTE)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) >= {"id", "flags", "present", "amp", "alerts", "follow_up", "sectors", "meta", "error"}
    assert "document_confiscation" in data["present"]
    for f in data["flags"]:
        assert NOTE[f["start"]:f["end"]] == f["text"]
        assert f["present"] == (f["assertion"] in ("affirmed", "historical"))
        assert f["source"] in ("pattern", "model", "pattern+model")
        assert 0.0 <= f["score"] <= 1.0
    assert "document_confiscation" in data["amp"]["means"]
    assert "Do you owe your employer money?" not in [q["question"] for q in data["follow_up"]]


def test_check_html_is_self_contained(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["check", "-", "--format", "html", "--out", str(out)], input=NOTE)
    assert result.exit_code == 1
    page = out.read_text()
    assert "<mark class=\"present\"" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert result.stdout == ""


def test_negated_flags_are_shown_differently(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "-", "--format", "html"], input="Client denies that anyone holds her ID.")
    assert result.exit_code == 0
    assert "<mark class=\"absent\"" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty note"),
    (b"   \n\t", "empty note"),
    (b"\x00\x01\x02binary\x00", "binary"),
    ("Caf\u00e9 owner keeps her passport".encode("cp1252"), "not valid utf-8-sig"),
])
def test_bad_input_exits_2_with_a_located_message(runner: CliRunner, tmp_path: Path, content: bytes,
                                                  message: str) -> None:
    note = tmp_path / "bad.txt"
    note.write_bytes(content)
    result = runner.invoke(cli, ["check", str(note)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert str(note) in result.stderr
    assert "passport" not in result.stderr  # never echo note text


def test_encoding_option_reads_cp1252(runner: CliRunner, tmp_path: Path) -> None:
    note = tmp_path / "cp.txt"
    note.write_bytes("Caf\u00e9 owner keeps her passport.".encode("cp1252"))
    result = runner.invoke(cli, ["check", str(note), "--encoding", "cp1252", "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["present"] == ["document_confiscation"]


def test_missing_file_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_indicators_lists_all_ids(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["indicators"])
    assert result.exit_code == 0
    for ind in flagger.load_indicators():
        assert ind.id in result.stdout


def test_every_command_is_documented_in_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name in cli.commands:
        assert f"flagger {name}" in readme, f"`flagger {name}` is not in the README"
