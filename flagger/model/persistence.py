"""Saving and loading the model safely.

A model is ``model.joblib`` (a stock scikit-learn ``Pipeline``) plus ``meta.json``
(sha256 of the model file, library versions, training-data hash, labels,
thresholds, metrics, date). Unpickling runs code, so the file's hash is checked
against the manifest *before* it is loaded, and the library versions after.
Anything wrong: a clear message and rules-only results with a visible warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any

import joblib
import sklearn

from flagger.errors import ModelError

logger = logging.getLogger(__name__)
MODEL_FILE, META_FILE = "model.joblib", "meta.json"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_dir(name: str) -> Path:
    """``name`` is a shipped model (``default``) or a path to a model folder."""
    candidate = Path(name)
    if candidate.is_dir():
        return candidate
    return Path(str(resources.files("flagger.models").joinpath(name)))


def save_model(pipeline: Any, meta: dict[str, Any], folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    model_path = folder / MODEL_FILE
    joblib.dump(pipeline, model_path, compress=3)
    meta = dict(meta, sha256=sha256_of(model_path), model_file=MODEL_FILE)
    (folder / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def read_meta(folder: Path) -> dict[str, Any]:
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise ModelError(f"no model manifest at {meta_path}; run `flagger train` to build the model")
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ModelError(f"the model manifest {meta_path} is not valid JSON ({e.msg}, line {e.lineno})") from e


def load_verified(name: str) -> tuple[Any, dict[str, Any]]:
    """The model's pipeline and manifest, or ModelError saying exactly why not."""
    folder = model_dir(name)
    meta = read_meta(folder)
    model_path = folder / meta.get("model_file", MODEL_FILE)
    if not model_path.is_file():
        raise ModelError(f"the model file {model_path} is missing; run `flagger train` to rebuild it")
    actual = sha256_of(model_path)
    if actual != meta.get("sha256"):
        raise ModelError(f"refusing to load {model_path}: its sha256 {actual[:12]}… does not match the manifest "
                         f"({str(meta.get('sha256'))[:12]}…). The file was changed or corrupted; reinstall flagger "
                         "or run `flagger train`.")
    check_compatible(meta)
    return joblib.load(model_path), meta


def check_compatible(meta: dict[str, Any]) -> None:
    """Refuse a model this code cannot read faithfully: another scikit-learn, feature format or label set."""
    from flagger.model.features import FEATURES_VERSION
    from flagger.taxonomy import indicator_ids

    versions = meta.get("versions") if isinstance(meta.get("versions"), dict) else {}
    trained_with = versions.get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelError(f"the model was trained with scikit-learn {trained_with}, this is {sklearn.__version__}; "
                         "run `flagger train` to rebuild it for this version")
    features = versions.get("features")
    if features != FEATURES_VERSION:
        raise ModelError(f"the model was trained on sentence features of format {features}, this flagger computes "
                         f"format {FEATURES_VERSION}; run `flagger train` to rebuild it")
    if meta.get("labels") != indicator_ids():
        raise ModelError("the model's indicators differ from this flagger's taxonomy; run `flagger train` to "
                         "rebuild it")
    for key in ("thresholds", "calibration"):
        if not isinstance(meta.get(key), dict):
            raise ModelError(f"the model manifest has no {key}; run `flagger train` to rebuild it")


def load_model_or_warn(name: str) -> tuple[Any, list[str]]:
    """A ready ``HybridModel`` and no warnings, or ``None`` and the reason (results fall back to rules only)."""
    from flagger.model.fusion import HybridModel

    try:
        pipeline, meta = load_verified(name)
    except ModelError as e:
        return None, [f"{e} Results come from the rules only."]
    model = HybridModel(pipeline, meta["labels"], meta["thresholds"], name=f"{meta['name']}-{meta['version']}",
                        calibration=meta["calibration"],
                        thresholds_model_only=meta.get("thresholds_model_only"))
    return model, []
