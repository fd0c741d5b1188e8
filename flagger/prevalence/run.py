"""The two jobs end to end, as library calls: analyse a results file, draw a validation sample.

``flagger prevalence`` and ``flagger sample`` are thin wrappers around these.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flagger.errors import InputError
from flagger.prevalence import stats
from flagger.prevalence.analysis import Analysis, Settings, analyse
from flagger.prevalence.readers import ResultSet, read_results
from flagger.prevalence.suppression import withhold
from flagger.prevalence.validation import (
    accuracy_from_model_meta,
    accuracy_from_validation,
    default_model_meta,
    read_validation,
)
from flagger.taxonomy import Indicator, load_indicators


def load_accuracy(indicators: Sequence[Indicator], *, validation: Path | None = None,
                  model_meta: Path | None = None) -> tuple[dict[str, stats.Accuracy], str]:
    """Sensitivity/specificity per indicator from a validation file, else the model's test metrics."""
    ids = [i.id for i in indicators]
    if validation is None:
        return accuracy_from_model_meta(model_meta or default_model_meta(), ids)
    records, unlabelled = read_validation(validation, ids)
    if not records:
        raise InputError(f"{validation.name} has no labelled records ('labels' is null on all "
                         f"{unlabelled}); label some notes first")
    note = f"{unlabelled} validation record(s) not labelled yet were skipped" if unlabelled else ""
    return accuracy_from_validation(records, ids), note


def check_columns(results: ResultSet, by: Sequence[str]) -> None:
    available = results.columns()
    unknown = [c for c in by if c not in available]
    if unknown:
        listing = ", ".join(available) if available else "none (the results carry no meta columns)"
        raise InputError(f"--by column(s) not found in the results: {', '.join(unknown)}. "
                         f"Columns available: {listing}")


DEFAULT_SETTINGS = Settings()  # frozen: one shared default is safe


def prevalence_analysis(results_path: str | Path, *, by: Sequence[str] = (), settings: Settings = DEFAULT_SETTINGS,
                        validation: Path | None = None, model_meta: Path | None = None) -> Analysis:
    """Read results, estimate everything, and withhold small cells. The result is safe to publish."""
    indicators = load_indicators()
    results = read_results(results_path, indicators=[i.id for i in indicators])
    check_columns(results, by)
    accuracy, note = load_accuracy(indicators, validation=validation, model_meta=model_meta)
    raw = analyse(results, indicators, by=by, accuracy=accuracy, accuracy_note=note, settings=settings)
    return withhold(raw)


def write_outputs(analysis: Analysis, out_dir: Path, *, source_name: str, figures: bool = True) -> list[Path]:
    """CSV tables, the Markdown summary and (unless turned off) the PNG figures."""
    from flagger.prevalence.report import write_report
    from flagger.prevalence.tables import write_tables

    written = write_tables(analysis, out_dir)
    written.append(write_report(analysis, out_dir, source_name=source_name))
    if figures:
        from flagger.prevalence.figures import write_figures  # matplotlib only when drawing

        written += write_figures(analysis, out_dir)
    return written


def validation_sample(results_path: str | Path, *, n: int, seed: int = 0, flagged_share: float = 0.5,
                      notes_path: Path | None = None, id_field: str = "id",
                      text_field: str = "text") -> list[dict[str, Any]]:
    """A stratified sample of the results as validation records, with note text if *notes_path* is given."""
    from flagger.prevalence.sampling import draw_sample, read_texts

    results = read_results(results_path, indicators=[i.id for i in load_indicators()])
    if not results.notes:
        raise InputError("No notes to sample: the results are empty or every note failed.")
    texts = None
    if notes_path is not None:
        ids = {note.id for note in results.notes}
        try:
            texts = read_texts(notes_path, ids, id_field=id_field, text_field=text_field)
        except UnicodeDecodeError as e:
            raise InputError(f"{notes_path.name} is not UTF-8 text ({e.reason} at byte {e.start})") from e
    return draw_sample(results.notes, n=n, seed=seed, flagged_share=flagged_share, texts=texts)
