"""flagger.batch.readers: every input type, and every way an input can be broken, reported with where it was."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import docx
import pytest

from flagger.batch.errors import BatchError
from flagger.batch.readers import (
    CSV_FIELD_LIMIT,
    ReadOptions,
    Source,
    discover,
    read_all,
    read_jsonl_lines,
    read_source,
    survey,
)
from flagger.batch.records import Item, Location, Problem, Record

UTF8 = ReadOptions()


def read(path: Path, options: ReadOptions = UTF8) -> list[Item]:
    return list(read_all(discover([str(path)]).sources, options))


def records(items: list[Item]) -> list[Record]:
    return [i for i in items if isinstance(i, Record)]


def problems(items: list[Item]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(str(path))
    return path


# --- text files and folders ---------------------------------------------------------------------


def test_folder_mixing_good_empty_binary_and_cp1252_files(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_text("She says the boss keeps her passport.", encoding="utf-8")
    (folder / "b.md").write_bytes("\ufeffNotes in markdown: she owes him money.".encode())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n ")
    (folder / "2024" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "2024" / "windows.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    (folder / "2024" / "z.txt").write_text("Last good note.", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.txt").write_text("never read")
    found = discover([str(folder)])
    assert found.skipped == [str(folder / "photo.png")]
    items = list(read_all(found.sources, UTF8))

    assert [r.id for r in records(items)] == [str(folder / n) for n in ("a.txt", "b.md", "2024/z.txt")]
    assert records(items)[1].text.startswith("Notes in markdown")  # byte-order mark dropped
    by_file = {Path(p.location.source).name: p for p in problems(items)}
    assert set(by_file) == {"empty.txt", "blank.txt", "image.txt", "windows.txt"}
    assert by_file["empty.txt"].reason == "empty file"
    assert by_file["blank.txt"].reason == "empty text"
    assert "binary file" in by_file["image.txt"].reason
    assert by_file["windows.txt"].reason.startswith("not valid utf-8 (byte 0xe9 at offset 3, line 1)")
    assert "--encoding" in by_file["windows.txt"].reason


def test_encoding_override_reads_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    [record] = read(path, ReadOptions(encoding="cp1252"))
    assert isinstance(record, Record)
    assert record.text == "Caf\u00e9 \u201cquoted\u201d"


def test_undecodable_byte_is_located_by_line(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_bytes(b"line one\nline two\nbad \xff here\n")
    [problem] = read(path)
    assert isinstance(problem, Problem)
    assert "byte 0xff at offset 22, line 3" in problem.reason
    assert "bad" not in problem.reason and "here" not in problem.reason  # never note text


def test_folder_order_is_sorted_and_own_outputs_are_excluded(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "out.jsonl"):
        (tmp_path / name).write_text("text")
    found = discover([str(tmp_path)], exclude=[tmp_path / "out.jsonl"])
    assert [Path(s.name).name for s in found.sources] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("given, message", [("missing.txt", "no such file or folder"),
                                            ("notes.pdf", "unsupported input type '.pdf'")])
def test_bad_inputs_are_usage_errors(tmp_path: Path, given: str, message: str) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(BatchError, match=message):
        discover([str(tmp_path / given)])


# --- Word documents -----------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "case.docx", ["Intake note.", "Her employer keeps her passport."],
                      table=[["Name", "Age"], ["Client A", "16"]])
    [record] = read(path)
    assert isinstance(record, Record)
    assert record.text == "Intake note.\nHer employer keeps her passport.\nName | Age\nClient A | 16"
    assert record.id == str(path) and record.location == Location(str(path))


def test_broken_and_empty_docx_are_reported(tmp_path: Path) -> None:
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "empty.docx").write_bytes(b"")
    write_docx(tmp_path / "blank.docx", [""])
    items = read(tmp_path)
    reasons = {Path(p.location.source).name: p.reason for p in problems(items)}
    assert reasons["broken.docx"].startswith("not a readable .docx document")
    assert reasons["empty.docx"] == "empty file"
    assert reasons["blank.docx"] == "empty text"
    assert not records(items)


# --- CSV / TSV ----------------------------------------------------------------------------------


def test_csv_columns_meta_and_row_locations(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('case_id,office,note,date\nc1,north,"Two lines\nof text",2024-01-02\n'
                    'c2,south,Second note,2024-02-03\n', encoding="utf-8")
    items = read(path, ReadOptions(text_field="note", id_field="case_id"))
    assert items == [
        Record("Two lines\nof text", "c1", Location(str(path), line=2, row=1),
               {"office": "north", "date": "2024-01-02"}),
        Record("Second note", "c2", Location(str(path), line=4, row=2),
               {"office": "south", "date": "2024-02-03"}),
    ]


def test_malformed_csv_rows_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('id,text\nn1,first note\nn2,"bad"quote\nn3,too,many,fields\nn4,\n\nn5,last note\n')
    items = read(path)
    assert [(r.id, r.location.row) for r in records(items)] == [("n1", 1), ("n5", 5)]
    found = [(p.location.where(), p.reason) for p in problems(items)]
    assert found == [
        ("row 2 (line 3)", "malformed CSV row: ',' expected after '\"'"),
        ("row 3 (line 4)", "row has 4 fields, the header has 2"),
        ("row 4 (line 5)", "empty text"),
    ]


def test_csv_field_longer_than_pythons_default_limit(tmp_path: Path) -> None:
    default_limit = 128 * 1024
    assert default_limit < CSV_FIELD_LIMIT
    text = "Routine follow-up visit. " * 6000 + "Her employer keeps her passport."
    assert len(text) > default_limit
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "text"], ["long", text], ["short", "A short note."]])
    before = csv.field_size_limit()
    items = read(path)
    assert [r.text for r in records(items)] == [text, "A short note."]
    assert csv.field_size_limit() == before  # the raised limit does not leak


def test_tsv_and_missing_text_column(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("id\ttext\tsite\nt1\tA note, with a comma\tx\n")
    (tmp_path / "b.csv").write_text("id,body\nb1,hello\n")
    items = read(tmp_path)
    assert records(items) == [Record("A note, with a comma", "t1", Location(str(tmp_path / "a.tsv"), 2, 1),
                                     {"site": "x"})]
    [problem] = problems(items)
    assert problem.location == Location(str(tmp_path / "b.csv"), 1)
    assert problem.reason == "no column 'text' (columns: id, body)"


def test_csv_without_id_column_gets_file_and_row_ids(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_bytes("\ufefftext,office\nfirst,a\nsecond,b\n".encode())  # Excel writes a byte-order mark
    assert [(r.id, r.meta) for r in records(read(path))] == [(f"{path}:1", {"office": "a"}),
                                                             (f"{path}:2", {"office": "b"})]


def test_csv_that_does_not_decode_is_reported_whole(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_bytes(b"id,text\nn1,fine\nn2,caf\xe9\n")
    [problem] = read(path)
    assert isinstance(problem, Problem)
    assert problem.location == Location(str(path))
    assert "byte 0xe9 at offset 22, line 3" in problem.reason


# --- JSONL --------------------------------------------------------------------------------------


def test_jsonl_fields_meta_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    lines = [json.dumps({"id": 7, "text": "first", "office": "north", "tags": ["a"]}),
             '{"id": "x", "text": "unterminated',
             "",
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "y"}),
             json.dumps({"id": "z", "text": 5}),
             json.dumps({"text": "no id"})]
    head = ("\n".join(lines) + "\n").encode()
    path.write_bytes(head + b"\xff\xfe\n")
    items = read(path)
    assert records(items) == [Record("first", "7", Location(str(path), 1), {"office": "north", "tags": ["a"]}),
                              Record("no id", f"{path}:7", Location(str(path), 7))]
    assert [(p.location.line, p.reason) for p in problems(items)] == [
        (2, "not valid JSON: Unterminated string starting at (column 21)"),
        (4, "a JSON line must be an object, got list"),
        (5, "no 'text' field"),
        (6, "the 'text' field is int, not a string"),
        (8, f"not valid utf-8 (byte 0xff at offset {len(head)}, line 8); if you know the file's encoding, "
            "re-run with --encoding"),
    ]


def test_jsonl_configurable_fields() -> None:
    lines = [json.dumps({"note_id": "a", "body": "text one", "id": "other"}).encode()]
    [record] = read_jsonl_lines("x.jsonl", lines, ReadOptions(text_field="body", id_field="note_id"))
    assert record == Record("text one", "a", Location("x.jsonl", 1), {"id": "other"})


def test_stdin_is_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "from stdin"}\nnot json\n'))
    monkeypatch.setattr("sys.stdin", data)
    found = discover(["-"])
    assert found.sources == [Source("<stdin>", "jsonl")]
    items = list(read_source(found.sources[0], UTF8))
    assert items[0] == Record("from stdin", "s1", Location("<stdin>", 1))
    assert isinstance(items[1], Problem) and items[1].location == Location("<stdin>", 2)


def test_survey_counts_items_and_collects_meta_keys(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,text,office\n1,x,n\n2,y,s\n")
    (tmp_path / "b.jsonl").write_text('{"text": "z", "site": 1}\n{"text": "w", "office": "e"}\n')
    (tmp_path / "c.txt").write_text("one note")
    seen = survey(discover([str(tmp_path)]).sources, UTF8)
    assert seen.items == 5
    assert seen.meta_keys == ["office", "site"]
