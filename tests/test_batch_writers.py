"""flagger.batch.writers and html_report: every output format, on hand-made results (no pipeline needed)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from flagger.batch.checkpoint import PartFile, State, StateFile
from flagger.batch.errors import BatchError
from flagger.batch.formats import format_for_path, make_format, output_specs
from flagger.batch.html_report import highlight
from flagger.batch.records import Location, Problem, Record
from flagger.batch.writers import RenderContext, Totals, csv_line, error_row, excel_safe
from flagger.results import Cue, Flag, NoteResult

TEXT = "Client denies debt. Her employer keeps her passport <always>. She is 15 and sees dates."
INDICATORS = (("document_confiscation", "Document confiscation"), ("debt_bondage", "Debt bondage"),
              ("minor", "Minor"), ("commercial_sex", "Commercial sex"))


def flag(indicator: str, phrase: str, assertion: str = "affirmed", score: float = 0.9) -> Flag:
    start = TEXT.index(phrase)
    return Flag(indicator=indicator, label=dict(INDICATORS)[indicator], start=start, end=start + len(phrase),
                text=phrase, sentence_start=0, sentence_end=len(TEXT), assertion=assertion, score=score,
                rule=f"{indicator}/r", cues=[Cue("denies", 7, 13, "negated")] if assertion == "negated" else [])


def result(flags: list[Flag], *, id: str = "n1", meta: dict | None = None) -> NoteResult:
    present = sorted({f.indicator for f in flags if f.present})
    alerts = ["minor_commercial_sex"] if {"minor", "commercial_sex"} <= set(present) else []
    return NoteResult(id=id, text=TEXT, flags=flags, present=present, amp={"action": [], "means": [], "purpose": []},
                      alerts=alerts, follow_up=[], sectors=[], meta=dict(meta or {}), model="m-1")


FLAGS = [flag("debt_bondage", "debt", "negated"), flag("document_confiscation", "keeps her passport", score=0.97),
         flag("document_confiscation", "passport", score=0.5), flag("minor", "15"),
         flag("commercial_sex", "sees dates", score=0.8)]
RESULT = result(FLAGS, meta={"office": "=cmd|' /C calc'!A0", "n": 3})
RECORD = Record(TEXT, "n1", Location("cases.csv", line=2, row=1), {"office": "=cmd|' /C calc'!A0", "n": 3})


def ctx(include_text: bool = True, meta: tuple[str, ...] | None = ("office", "n"),
        html_limit: int = 1000) -> RenderContext:
    return RenderContext(include_text=include_text, indicators=INDICATORS, meta_columns=meta, html_limit=html_limit)


def render(name: str, note: NoteResult = RESULT, record: Record = RECORD, **kw: object) -> bytes:
    fmt = make_format(name, ctx(**kw))  # type: ignore[arg-type]
    return fmt.header() + fmt.render(note, record)


def finished(name: str, tmp_path: Path, notes: list[tuple[NoteResult, Record]], **kw: object) -> bytes:
    fmt = make_format(name, ctx(**kw))  # type: ignore[arg-type]
    part, final = tmp_path / f"out.{name}.part", tmp_path / f"out.{name}"
    part.write_bytes(fmt.header() + b"".join(fmt.render(n, r) for n, r in notes))
    fmt.finish(part, final, Totals(notes=len(notes), with_indicators=1))
    assert not part.exists()
    return final.read_bytes()


# --- formula injection --------------------------------------------------------------------------


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("-5", "-5"), ("+1.5e3", "+1.5e3"), ("-1+2", "'-1+2"), ("plain", "plain"), ("a=b", "a=b"), ("", ""),
])
def test_excel_safe(cell: str, safe: str) -> None:
    assert excel_safe(cell) == safe


def test_every_csv_cell_is_escaped_but_numbers_stay_numbers() -> None:
    [row] = csv.reader(io.StringIO(csv_line(["=id", 0.97, 1, "@x", "-2"]).decode()))
    assert row == ["'=id", "0.97", "1", "'@x", "-2"]


# --- per-note CSV -------------------------------------------------------------------------------


def test_notes_csv_columns_and_values() -> None:
    data = render("csv")
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark, so Excel reads UTF-8
    [row] = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(row) == ["id", "office", "n", "document_confiscation", "debt_bondage", "minor", "commercial_sex",
                            "document_confiscation_score", "debt_bondage_score", "minor_score",
                            "commercial_sex_score", "n_present", "alerts", "error"]
    assert row["office"] == "'=cmd|' /C calc'!A0"
    assert (row["document_confiscation"], row["document_confiscation_score"]) == ("1", "0.97")  # max score
    assert (row["debt_bondage"], row["debt_bondage_score"]) == ("0", "")  # negated: not present, no score
    assert (row["n_present"], row["alerts"], row["error"]) == ("3", "minor_commercial_sex", "")


def test_notes_csv_meta_unknown_in_advance_goes_to_one_json_column() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv", meta=None).decode("utf-8-sig"))))
    assert json.loads(rows[0]["meta"]) == RESULT.meta


def test_notes_csv_meta_named_like_a_column_is_renamed() -> None:
    note = result([], meta={"minor": "yes"})
    header = render("csv", note, meta=("minor",)).decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:3] == ["id", "meta_minor", "document_confiscation"]


# --- flags CSV, JSONL and review-tool exports ---------------------------------------------------


def test_flags_csv_one_row_per_flag() -> None:
    rows = list(csv.DictReader(io.StringIO(render("flags-csv").decode("utf-8-sig"))))
    assert [(r["indicator"], r["assertion"], r["present"], r["text"]) for r in rows] == [
        ("debt_bondage", "negated", "0", "debt"), ("document_confiscation", "affirmed", "1", "keeps her passport"),
        ("document_confiscation", "affirmed", "1", "passport"), ("minor", "affirmed", "1", "15"),
        ("commercial_sex", "affirmed", "1", "sees dates")]
    assert rows[0]["cues"] == "negated: denies"
    no_text = list(csv.DictReader(io.StringIO(render("flags-csv", include_text=False).decode("utf-8-sig"))))
    assert "text" not in no_text[0] and no_text[0]["cues"] == "negated@7-13"


def test_jsonl_is_the_result_schema_plus_source() -> None:
    d = json.loads(render("jsonl"))
    assert d == {**RESULT.to_dict(), "source": {"file": "cases.csv", "line": 2, "row": 1}}
    assert all("text" not in f for f in json.loads(render("jsonl", include_text=False))["flags"])


def test_prodigy_spans_are_present_flags() -> None:
    task = json.loads(render("prodigy"))
    assert task["text"] == TEXT
    assert [(TEXT[s["start"]:s["end"]], s["label"]) for s in task["spans"]] == [
        ("keeps her passport", "document_confiscation"), ("passport", "document_confiscation"),
        ("15", "minor"), ("sees dates", "commercial_sex")]
    assert task["meta"] == {"id": "n1", "source": "cases.csv row 1 (line 2)"}


def test_doccano_labels() -> None:
    task = json.loads(render("doccano"))
    assert task["text"] == TEXT and task["note_id"] == "n1"
    assert [TEXT[s:e] for s, e, _ in task["label"]] == ["keeps her passport", "passport", "15", "sees dates"]


def test_label_studio_tasks_form_one_json_array(tmp_path: Path) -> None:
    other = Record("Nothing here.", "n2", Location("cases.csv", 3, 2))
    tasks = json.loads(finished("labelstudio", tmp_path, [(RESULT, RECORD), (result([], id="n2"), other)]))
    assert [t["data"]["note_id"] for t in tasks] == ["n1", "n2"]
    [prediction] = tasks[0]["predictions"]
    assert prediction["model_version"] == "m-1" and prediction["score"] == 0.97
    for region in prediction["result"]:
        value = region["value"]
        assert (region["from_name"], region["to_name"], region["type"]) == ("label", "text", "labels")
        assert TEXT[value["start"]:value["end"]] == value["text"]
    assert tasks[1]["predictions"][0]["result"] == []


# --- HTML report --------------------------------------------------------------------------------


def test_highlight_escapes_and_marks_overlaps() -> None:
    html = highlight(TEXT, FLAGS)
    assert "&lt;always&gt;" in html and "<always>" not in html
    assert '<mark class=o title="Debt bondage (negated)">debt</mark>' in html
    assert ('<mark class=p title="Document confiscation (affirmed); Document confiscation (affirmed)">'
            "passport</mark>") in html


def test_html_report_ranks_notes_and_is_self_contained(tmp_path: Path) -> None:
    one = result([flag("minor", "15")], id="one-indicator")
    three = result(FLAGS, id="three-indicators")
    quiet = result([], id="no-flags")
    loc = Location("x.jsonl", 1)
    page = finished("html", tmp_path, [(one, Record(TEXT, "one-indicator", loc)), (quiet, Record("Fine.", "q", loc)),
                                       (three, Record(TEXT, "three-indicators", loc))]).decode()
    assert page.index("three-indicators") < page.index("one-indicator") < page.index("no-flags")
    assert "minor_commercial_sex" in page and "<mark class=p" in page
    for outside in ("http://", "https://", "<script", "<link", "src="):
        assert outside not in page
    no_text = finished("html", tmp_path, [(three, Record(TEXT, "three-indicators", loc))],
                       include_text=False).decode()
    assert "passport" not in no_text and "<mark" not in no_text and "three-indicators" in no_text


# --- naming, errors file, checkpoint primitives -------------------------------------------------


@pytest.mark.parametrize("path, fmt", [
    ("r.jsonl", "jsonl"), ("r.csv", "csv"), ("r.flags.csv", "flags-csv"), ("R.HTML", "html"),
    ("r.prodigy.jsonl", "prodigy"), ("r.labelstudio.json", "labelstudio"), ("r.doccano.jsonl", "doccano")])
def test_format_from_file_name(path: str, fmt: str) -> None:
    assert format_for_path(path) == fmt


def test_output_specs_refuse_ambiguity() -> None:
    with pytest.raises(BatchError, match="pass --format"):
        output_specs(["results.txt"], [])
    with pytest.raises(BatchError, match="one --format per --out"):
        output_specs(["a.jsonl", "b.csv"], ["jsonl"])
    assert output_specs(["results.txt"], ["jsonl"])[0].format == "jsonl"


def test_error_row_has_where_and_why_only() -> None:
    row = error_row(Problem(Location("=evil.csv", 4, 3), "malformed CSV row", id="n9"))
    assert next(csv.reader(io.StringIO(row.decode()))) == ["'=evil.csv", "row 3 (line 4)", "n9", "read_error",
                                                           "malformed CSV row"]


def test_part_file_resume_drops_a_half_written_tail(tmp_path: Path) -> None:
    part = PartFile(tmp_path / "r.jsonl.part")
    part.start(b"")
    part.append(b'{"id": 1}\n')
    part.sync()
    part.close()
    with (tmp_path / "r.jsonl.part").open("ab") as fh:
        fh.write(b'{"id": 2, "fla')  # killed mid-write
    part.reopen(10)
    part.append(b'{"id": 2}\n')
    part.close()
    assert (tmp_path / "r.jsonl.part").read_bytes() == b'{"id": 1}\n{"id": 2}\n'


def test_state_file_is_replaced_atomically(tmp_path: Path) -> None:
    states = StateFile(tmp_path / "r.jsonl.batch-state.json")
    assert states.load() is None
    states.save(State("abc", items_done=5, counts={"notes": 5}))
    assert states.load() == State("abc", items_done=5, counts={"notes": 5})
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl.batch-state.json"]  # no temporary left


def test_knowledge_fingerprint_covers_rules_and_model() -> None:
    from flagger.batch.checkpoint import knowledge_fingerprint

    assert knowledge_fingerprint(with_model=True) == knowledge_fingerprint(with_model=True)
    assert knowledge_fingerprint(with_model=True) != knowledge_fingerprint(with_model=False)


def test_html_report_shows_the_top_notes_in_full_and_lists_the_rest(tmp_path: Path) -> None:
    loc = Location("x.jsonl", 1)
    notes = [(result([flag("minor", "15")], id=f"one-{i}"), Record(TEXT, f"one-{i}", loc)) for i in range(3)]
    notes.append((result(FLAGS, id="three"), Record(TEXT, "three", loc)))
    page = finished("html", tmp_path, notes, html_limit=2).decode()
    assert page.count("<article") == 2
    assert page.index("three") < page.index("one-0") < page.index("More notes with flags")
    assert page.index("More notes with flags") < page.index("one-1") < page.index("one-2")
    assert "<li>one-2 <span class=muted>minor</span></li>" in page
