"""The annotated corpus meets the size, coverage and leakage requirements of issue 3.

Everything is read from ``training_data/raw/`` (the source) and the built
``training_data/{train,dev,test}.jsonl`` through ``scripts/corpus.py``, the same
code that builds them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import flagger
from flagger.taxonomy import load_indicators

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training_data"
MIN_NOTES = 800
MIN_SENTENCES = 4000
MIN_PRESENT_SPANS = 120


def _load_corpus_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("flagger_corpus_script", ROOT / "scripts" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus_script()


@pytest.fixture(scope="module")
def parsed() -> tuple[list, list[str]]:
    return corpus.collect([str(corpus.RAW)])


@pytest.fixture(scope="module")
def notes(parsed: tuple[list, list[str]]) -> list:
    return parsed[0]


@pytest.fixture(scope="module")
def sentences(notes: list, rules: flagger.Flagger) -> dict[str, dict[str, list[str]]]:
    """{split: {note id: sentences}}, cut by flagger's own sentencizer."""
    return corpus.split_sentences(notes, rules.nlp)


def built_records() -> list[dict]:
    return [json.loads(line) for split in corpus.SPLITS
            for line in (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_raw_corpus_parses_with_zero_problems(parsed: tuple[list, list[str]]) -> None:
    notes, problems = parsed
    assert notes
    assert problems == []


def test_built_splits_are_up_to_date_with_raw(notes: list, tmp_path: Path) -> None:
    corpus.write_splits(notes, tmp_path)
    for split in corpus.SPLITS:
        fresh = (tmp_path / f"{split}.jsonl").read_text(encoding="utf-8")
        shipped = (DATA / f"{split}.jsonl").read_text(encoding="utf-8")
        assert fresh == shipped, f"{split}.jsonl is stale: run `python scripts/corpus.py build`"


def test_corpus_indicators_are_the_taxonomy() -> None:
    assert corpus.INDICATORS == [i.id for i in load_indicators()]


@pytest.mark.parametrize("indicator", corpus.INDICATORS)
def test_every_indicator_has_enough_present_spans(notes: list, indicator: str) -> None:
    present = sum(1 for n in notes for s in n.spans if s["indicator"] == indicator and s["assertion"] in corpus.PRESENT)
    assert present >= MIN_PRESENT_SPANS


def test_corpus_size(notes: list, sentences: dict[str, dict[str, list[str]]]) -> None:
    assert len(notes) >= MIN_NOTES
    assert sum(len(s) for by_note in sentences.values() for s in by_note.values()) >= MIN_SENTENCES


def test_a_third_of_notes_carry_non_present_mentions_or_no_present_indicator(notes: list) -> None:
    def counts(n) -> bool:
        assertions = {s["assertion"] for s in n.spans}
        return bool(assertions - set(corpus.PRESENT)) or not assertions & set(corpus.PRESENT)

    assert sum(map(counts, notes)) * 3 >= len(notes)


def test_no_test_sentence_is_a_near_duplicate_of_a_train_sentence(
        sentences: dict[str, dict[str, list[str]]]) -> None:
    matches, n_test = corpus.best_matches(sentences["test"], sentences["train"])
    assert n_test > 0
    near = [f"{m.test_id} ~ {m.train_id} ({m.score:.2f}): {m.test_sentence!r} ~ {m.train_sentence!r}"
            for m in matches if m.score >= corpus.NEAR_DUPLICATE]
    assert near == []


@pytest.mark.parametrize(("test_sentence", "train_sentence", "found"), [
    ("Q: Do you owe money?", "Q: do you owe money", True),  # identical once normalised
    ("Q: Did you get paid?", "Q: Do you get paid?", True),  # one word changed: 0.91
    ("Texter F, 26.", "Texter F, 23.", True),  # 0.91
    ("Q: How did you come to work there?", "Q: How did you come to the US?", True),  # 0.83
    ("Q: Who set up this job for you?", "Q: How did you come to the US?", False),
    ("Boss keeps everyone's passports in the office safe.", "Q: Anything else? A: no.", False),
])
def test_near_duplicate_check_finds_planted_pairs(test_sentence: str, train_sentence: str, found: bool) -> None:
    matches, _ = corpus.best_matches({"t-1": [test_sentence, "An unrelated sentence about the weather."]},
                                     {"r-1": [train_sentence], "r-2": ["Plan: follow up in two weeks."]})
    expected = [("t-1", "r-1", test_sentence)] if found else []
    assert [(m.test_id, m.train_id, m.test_sentence) for m in matches] == expected


def test_every_span_is_non_empty_and_round_trips() -> None:
    records = built_records()
    assert records
    for rec in records:
        text = rec["text"]
        for s in rec["spans"]:
            piece = text[s["start"]:s["end"]]
            assert 0 <= s["start"] < s["end"] <= len(text), (rec["id"], s)
            assert piece.strip() == piece != "", (rec["id"], s)
            assert s["indicator"] in corpus.INDICATORS and s["assertion"] in corpus.ASSERTIONS, (rec["id"], s)
        again, spans, problems = corpus.parse_markup(corpus.render_markup(text, rec["spans"]))

        def key(s: dict) -> tuple:
            return s["start"], s["end"], s["indicator"], s["assertion"]

        assert (again, sorted(spans, key=key), problems) == (text, sorted(rec["spans"], key=key), []), rec["id"]


def test_datasheet_tables_are_up_to_date(rules: flagger.Flagger) -> None:
    sheet = (DATA / "DATASHEET.md").read_text(encoding="utf-8")
    begin = "<!-- BEGIN: python scripts/corpus.py datasheet -->\n"
    end = "\n<!-- END: python scripts/corpus.py datasheet -->"
    assert begin in sheet and end in sheet
    pasted = sheet[sheet.index(begin) + len(begin):sheet.index(end)]
    assert pasted == corpus.datasheet([str(corpus.RAW)], rules.nlp), "paste `python scripts/corpus.py datasheet` again"
