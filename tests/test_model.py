"""The trained model: refusing untrusted files, deterministic training, and how model flags explain themselves
and take their assertion from the context."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import flagger
from flagger.cli import cli
from flagger.evaluation import read_gold
from flagger.model import persistence
from flagger.pipeline import MODES
from flagger.taxonomy import indicator_ids

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training_data"
NOTE = "Cl reports the boss took her passport when she arrived. She owes him $4,000 for the trip.\n"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped model folder, free to damage."""
    folder = tmp_path / "model"
    shutil.copytree(persistence.model_dir("default"), folder)
    return folder


@pytest.fixture()
def no_unpickling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything is unpickled: a refused file must be refused before it is loaded."""
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("joblib.load was called on a model that should have been refused")
    monkeypatch.setattr(persistence.joblib, "load", refuse)


def edit_meta(folder: Path, edit: Any) -> None:
    meta_path = folder / persistence.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    edit(meta)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")


def assert_rules_only(f: flagger.Flagger, *expected: str) -> None:
    assert f.model is None
    result = f.check(NOTE)
    assert result.warnings, "a refused model must leave a warning in every result"
    for text in expected:
        assert text in result.warnings[0]
    assert "rules only" in result.warnings[0]
    assert result.model is None
    assert result.flags and all(fl.source == "pattern" for fl in result.flags)


# -- trust ---------------------------------------------------------------------------------------

def test_an_intact_copy_loads(model_copy: Path) -> None:
    f = flagger.load(model=str(model_copy))
    assert f.model is not None, f.warnings
    assert f.check(NOTE).warnings == []


def test_a_tampered_model_file_is_refused(model_copy: Path, no_unpickling: None) -> None:
    model_file = model_copy / persistence.MODEL_FILE
    data = bytearray(model_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    model_file.write_bytes(bytes(data))
    assert_rules_only(flagger.load(model=str(model_copy)), "refusing to load", "sha256")


def test_a_tampered_model_warns_on_the_cli_stderr(model_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model_file = model_copy / persistence.MODEL_FILE
    model_file.write_bytes(model_file.read_bytes() + b"\x00")
    monkeypatch.setattr(persistence, "model_dir", lambda name: model_copy)
    result = CliRunner().invoke(cli, ["check", "-", "--format", "json"], input=NOTE)
    assert result.exit_code == 1, result.stderr
    assert "warning:" in result.stderr and "refusing to load" in result.stderr
    data = json.loads(result.stdout)
    assert data["warnings"] and "refusing to load" in data["warnings"][0]
    assert "document_confiscation" in data["present"]  # the rules still work
    assert {fl["source"] for fl in data["flags"]} == {"pattern"}


def test_a_missing_model_falls_back_with_a_warning(tmp_path: Path) -> None:
    assert_rules_only(flagger.load(model=str(tmp_path / "no-such-model")), "no model manifest", "flagger train")


def test_a_missing_model_file_falls_back_with_a_warning(model_copy: Path) -> None:
    (model_copy / persistence.MODEL_FILE).unlink()
    assert_rules_only(flagger.load(model=str(model_copy)), "is missing")


def test_an_unreadable_manifest_falls_back_with_a_warning(model_copy: Path, no_unpickling: None) -> None:
    (model_copy / persistence.META_FILE).write_text("{not json", encoding="utf-8")
    assert_rules_only(flagger.load(model=str(model_copy)), "not valid JSON")


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m["versions"].update({"scikit-learn": "0.20.0"}), "scikit-learn 0.20.0"),
    (lambda m: m["versions"].update({"features": 0}), "sentence features of format 0"),
    (lambda m: m.update({"labels": m["labels"][:-1]}), "taxonomy"),
    (lambda m: m.pop("calibration"), "no calibration"),
])
def test_a_version_mismatch_in_the_manifest_is_refused(model_copy: Path, no_unpickling: None, edit: Any,
                                                       message: str) -> None:
    edit_meta(model_copy, edit)
    assert_rules_only(flagger.load(model=str(model_copy)), message)


def test_the_shipped_manifest_matches_its_file() -> None:
    folder = persistence.model_dir("default")
    meta = persistence.read_meta(folder)
    assert meta["sha256"] == sha256(folder / persistence.MODEL_FILE)
    assert (folder / persistence.MODEL_FILE).stat().st_size < 50 * 2**20
    assert meta["labels"] == indicator_ids()


# -- training ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first notes of each split of the project's corpus."""
    folder = tmp_path_factory.mktemp("corpus")
    for split, n in (("train", 220), ("dev", 25), ("test", 25), ("fresh2", 20), ("holdout", 10)):
        lines = (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:n]
        (folder / f"{split}.jsonl").write_text("".join(lines), encoding="utf-8")
    return folder


def test_train_is_deterministic(small_corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    metas = []
    for out in (tmp_path / "a", tmp_path / "b"):
        result = runner.invoke(cli, ["train", "--data", str(small_corpus), "--out", str(out)])
        assert result.exit_code == 0, result.output + result.stderr
        assert "hybrid" in result.stdout
        metas.append(json.loads((out / persistence.META_FILE).read_text(encoding="utf-8")))
        assert metas[-1]["sha256"] == sha256(out / persistence.MODEL_FILE)
    assert sha256(tmp_path / "a" / persistence.MODEL_FILE) == sha256(tmp_path / "b" / persistence.MODEL_FILE)
    for meta in metas:
        meta.pop("date")
    assert metas[0] == metas[1]
    assert metas[0]["training"]["notes"] == {"train": 220, "dev": 25, "test": 25, "fresh2": 20, "holdout": 10}
    # holdout is reported on beside dev and test, never fitted on
    assert set(metas[0]["metrics"]) == {"dev", "test", "holdout"}
    assert len(metas[0]["knowledge_sha256"]) == 64 and len(metas[0]["training_data_sha256"]) == 64
    f = flagger.load(model=str(tmp_path / "a"))  # what train writes, load accepts
    assert f.model is not None, f.warnings


def test_train_refuses_an_indicator_without_examples(small_corpus: Path, tmp_path: Path) -> None:
    lines = (small_corpus / "train.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if '"minor"' not in line]
    assert len(kept) < len(lines)
    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("".join(kept), encoding="utf-8")
    for split in ("dev", "test"):
        shutil.copy(small_corpus / f"{split}.jsonl", data / f"{split}.jsonl")
    result = CliRunner().invoke(cli, ["train", "--data", str(data), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no present sentence of minor" in result.stderr
    assert not (tmp_path / "out" / persistence.MODEL_FILE).exists()


def test_thresholds_are_ordered_by_mode() -> None:
    meta = persistence.read_meta(persistence.model_dir("default"))
    for table in (meta["thresholds"], meta["thresholds_model_only"]):
        for label in meta["labels"]:
            ladder = [table[mode][label] for mode in MODES]
            assert ladder == sorted(ladder), (label, ladder)


# -- model flags ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def model_alone() -> flagger.Flagger:
    """The shipped model without the patterns: every flag is the model's. Private: its thresholds get edited."""
    f = flagger.load()
    assert f.model is not None, f.warnings
    f.model.use_patterns = False
    f.model.thresholds_model_only = copy.deepcopy(f.model.thresholds_model_only)
    return f


def test_model_flags_explain_themselves(hybrid: flagger.Flagger) -> None:
    dev = read_gold(CORPUS / "dev.jsonl")
    model_flags = [(r, fl) for r in hybrid.pipe([g.text for g in dev]) for fl in r.flags if fl.source == "model"]
    assert model_flags, "the hybrid raised no model-only flag on the dev notes"
    thresholds = hybrid.model.thresholds["recall"]
    for r, fl in model_flags:
        assert fl.rule is None
        assert fl.features and all(isinstance(w, str) and w.strip() for w in fl.features)
        assert fl.score >= thresholds[fl.indicator]
        assert r.text[fl.start:fl.end] == fl.text
        assert fl.sentence_start <= fl.start < fl.end <= fl.sentence_end
        # a model-only flag never doubles a pattern flag of its indicator in the same sentence
        assert not any(p.source != "model" and p.indicator == fl.indicator and p.sentence_start == fl.sentence_start
                       for p in r.flags)


def test_a_model_flag_found_alone_explains_itself(model_alone: flagger.Flagger) -> None:
    result = model_alone.check("Her boss keeps her passport in his safe.")
    flags = [fl for fl in result.flags if fl.indicator == "document_confiscation"]
    assert len(flags) == 1
    fl = flags[0]
    assert (fl.source, fl.rule, fl.assertion) == ("model", None, "affirmed")
    assert "passport" in " ".join(fl.features)
    assert fl.text == "Her boss keeps her passport in his safe."
    assert "document_confiscation" in result.present


@pytest.mark.parametrize(("text", "status", "cue"), [
    ("Client denies that anyone took her passport.", "negated", "denies"),
    ("She worries he might take her passport.", "hypothetical", None),
    ("Her cousin's passport was taken by the boss.", "other_person", None),
    ("Her boss took her passport.", "affirmed", None),
    # a named third party who opens the sentence as the one it happens to: the flag is theirs, whoever the client is
    ("Cl Dana came in. Lori had to give her passport to Cody.", "other_person", "Lori"),
    ("Cl Dana came in. - Marisol, her roommate, had to hand her passport to the boss.", "other_person", "Marisol"),
    # ... but the note's first name is the client's
    ("Lori had to give her passport to Cody.", "affirmed", None),
])
def test_the_context_sets_a_model_flags_assertion(model_alone: flagger.Flagger, text: str, status: str,
                                                  cue: str | None) -> None:
    thresholds = model_alone.model.thresholds_model_only["recall"]
    saved = thresholds["document_confiscation"]
    thresholds["document_confiscation"] = 0.0  # any evidence at all is enough to speak
    try:
        result = model_alone.check(text)
    finally:
        thresholds["document_confiscation"] = saved
    flags = [fl for fl in result.flags if fl.indicator == "document_confiscation"]
    assert ("document_confiscation" in result.present) == (status == "affirmed")
    if status in ("affirmed", "negated") or cue:  # the words speak for the indicator: the model raises a flag
        assert len(flags) == 1 and flags[0].source == "model"
    # A model-only flag needs a word that speaks for it; in a hypothetical or someone else's sentence every word
    # is marked ("hyp:passport"), and the model may rightly stay silent. If it speaks, the context sets the status.
    assert len(flags) <= 1
    for fl in flags:
        assert (fl.source, fl.assertion, fl.present) == ("model", status, status == "affirmed")
        if cue:
            assert cue in [c.text for c in fl.cues]


def test_a_negated_sentence_is_not_flagged_present_at_the_shipped_thresholds(hybrid: flagger.Flagger) -> None:
    for text in ("Client denies that anyone holds her passport.", "Denies owing money to anyone.",
                 "No one has ever hit her."):
        assert hybrid.check(text).present == [], text


def test_precision_mode_flags_no_more_than_recall_mode(hybrid: flagger.Flagger) -> None:
    dev = [g.text for g in read_gold(CORPUS / "dev.jsonl")]
    by_mode = {mode: list(hybrid.pipe(dev, mode=mode)) for mode in MODES}
    more = 0
    for recall, balanced, precision in zip(by_mode["recall"], by_mode["balanced"], by_mode["precision"]):
        assert len(precision.flags) <= len(balanced.flags) <= len(recall.flags)
        assert set(precision.present) <= set(balanced.present) <= set(recall.present)
        more += len(recall.flags) - len(precision.flags)
    assert more > 0, "the modes do not differ on the dev notes"


def test_precision_mode_flags_no_more_than_recall_mode_on_the_cli() -> None:
    runner = CliRunner()
    counts = {}
    for mode in ("recall", "precision"):
        result = runner.invoke(cli, ["check", "--samples", "--format", "json", "--mode", mode])
        assert result.exit_code == 1, result.stderr
        counts[mode] = [len(json.loads(line)["flags"]) for line in result.stdout.splitlines()]
    assert len(counts["recall"]) == len(counts["precision"]) > 1
    assert all(p <= r for p, r in zip(counts["precision"], counts["recall"]))


def test_explanations_read_the_columns_the_hasher_writes(hybrid: flagger.Flagger) -> None:
    """A flag's explanation weighs each feature by the column FeatureHasher put it in."""
    from flagger.model.fusion import _column

    hasher = hybrid.model.pipeline.named_steps["hash"]
    words = ["passport", "her passport", "neg:took her", "took her", "neg:leave", "owe money", "<s> cl", "pre:passp"]
    assert [_column(w, hasher.n_features) for w in words] == [
        int(hasher.transform([[w]]).indices[0]) for w in words]


def test_words_of_one_class_share_class_features() -> None:
    """What the model learns of 'took her passport' carries over to 'took his pasaporte': both are @DOC."""
    from flagger.model.features import sentence_features

    f = flagger.load(rules_only=True)
    classes = f.component.kb.word_classes
    assert "DOC" in classes["pasaporte"] and "DOC" in classes["passport"]
    assert "he" not in classes and "her" not in classes  # function words say nothing about a class

    def features(text: str) -> set[str]:
        doc = f.nlp(text)
        forms = f.component.forms(doc)
        return set(sentence_features(forms, 0, len(doc), [], classes))

    english, spanish = features("The boss took her passport away."), features("The boss took her pasaporte away.")
    shared = {x for x in english & spanish if x.startswith("c:")}
    assert {"c:DOC", "c:her DOC", "c:DOC away"} <= shared
    assert "passport" in english and "passport" not in spanish  # the words themselves stay apart
    assert "c:DOC" not in features("She took the bus to work.")
    assert not any(x.startswith("c:") for x in sentence_features(f.component.forms(f.nlp("took her passport")),
                                                                  0, 3, [], None))


def test_class_features_never_explain_a_flag(hybrid: flagger.Flagger) -> None:
    dev = read_gold(CORPUS / "dev.jsonl")
    explained = [w for r in hybrid.pipe([g.text for g in dev]) for fl in r.flags if fl.source == "model"
                 for w in fl.features]
    assert explained and not any(w.startswith("c:") or "DOC" in w for w in explained)


def test_a_class_feature_is_explained_by_the_words_it_stands_for() -> None:
    from flagger.model.fusion import _class_index

    classes = {"passport": ("DOC",), "pasaporte": ("DOC",)}
    words = [(0, "", "boss"), (1, "", "took"), (2, "", "her"), (3, "neg:", "pasaporte"), (4, "neg:", "away")]
    stands_for = _class_index(words, classes)
    assert stands_for.get("c:DOC") == "neg:pasaporte"
    assert stands_for.get("c:her DOC") == "neg:her pasaporte"
    assert stands_for.get("c:DOC away") == "neg:pasaporte away"
    assert stands_for.get("c:his DOC") is None
    assert _class_index([(0, "", "<s>")], classes).get("c:DOC") is None



@pytest.mark.parametrize("text", ["A: No.", "Y.", "No, he'll."])
def test_function_words_alone_raise_no_model_flag(model_alone: flagger.Flagger, text: str) -> None:
    """Even at a threshold just under each indicator's own probability for the sentence: what a screening answer or
    a clitic adds to a score ("A: No." read as deceptive recruitment, "he'll" as a threat) raises no flag."""
    model = model_alone.model
    with model_alone.nlp.memory_zone():
        doc = model_alone.nlp(text)
        probs = model.predict(model.sentence_rows(doc)[1])
    thresholds = model.thresholds_model_only["recall"]
    saved = dict(thresholds)
    thresholds.update({label: max(float(probs[:, j].max()) - 1e-6, 1e-9) for j, label in enumerate(model.labels)})
    try:
        flags = model_alone.check(text).flags
    finally:
        thresholds.update(saved)
    assert [(fl.indicator, fl.features) for fl in flags] == []
