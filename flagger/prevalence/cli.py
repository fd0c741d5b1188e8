"""``flagger prevalence`` and ``flagger sample``: thin click commands over ``flagger.prevalence.run``.

Exit codes: 0 done; 2 usage or input error (bad option, unreadable or invalid
results file, unknown ``--by`` column). Written file paths go to stdout, one
per line; messages go to stderr. No message ever contains note text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from flagger.errors import FlaggerError

EXIT_ERROR = 2
CI_CHOICES = ("wilson", "clopper-pearson")


class InputFailure(click.ClickException):
    """An input the user gave cannot be used: exit code 2, like a usage error."""

    exit_code = EXIT_ERROR


@click.command()
@click.argument("results", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the CSV tables, summary.md and the PNG figures (created if missing).")
@click.option("--by", multiple=True, metavar="COLUMN",
              help="Also tabulate by this meta column (e.g. site, year); repeat for several.")
@click.option("--ci", type=click.Choice(CI_CHOICES), default="wilson", show_default=True,
              help="Interval for apparent prevalence.")
@click.option("--level", type=click.FloatRange(0.5, 0.999), default=0.95, show_default=True,
              help="Confidence level of every interval.")
@click.option("--min-cell", type=click.IntRange(min=0), default=11, show_default=True,
              help="Withhold counts from 1 to MIN_CELL-1 in every output (0 or 1: no suppression).")
@click.option("--validation", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Hand-labelled sample from `flagger sample`: take sensitivity/specificity from it.")
@click.option("--model-meta", type=click.Path(dir_okay=False, path_type=Path),
              help="meta.json with test metrics [default: the shipped model's].")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for Monte Carlo exact tests.")
@click.option("--no-figures", is_flag=True, help="Skip the PNG figures.")
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
def prevalence(results: str, out_dir: Path, by: tuple[str, ...], ci: str, level: float, min_cell: int,
               validation: Path | None, model_meta: Path | None, seed: int, no_figures: bool,
               quiet: bool) -> None:
    """Estimate how common each indicator is in RESULTS (JSONL or CSV from `flagger batch`; - for stdin).

    Writes tidy CSV tables, a Markdown summary with method and caveats, a forest
    plot and a co-occurrence heatmap into --out. Apparent prevalence has a
    Wilson (or Clopper-Pearson) interval; corrected prevalence adjusts for the
    tool's sensitivity and specificity (Rogan-Gladen, Lang-Reiczigel interval).
    Screening indicators in notes are not confirmed trafficking.
    """
    from flagger.prevalence.analysis import Settings
    from flagger.prevalence.run import prevalence_analysis, write_outputs
    from flagger.prevalence.stats import CiMethod

    settings = Settings(ci=cast(CiMethod, ci), level=level, min_cell=min_cell, seed=seed)
    try:
        analysis = prevalence_analysis(results, by=by, settings=settings, validation=validation,
                                       model_meta=model_meta)
        source_name = "stdin" if results == "-" else Path(results).name
        written = write_outputs(analysis, out_dir, source_name=source_name, figures=not no_figures)
    except FlaggerError as e:
        raise InputFailure(str(e)) from e
    except OSError as e:
        raise InputFailure(f"cannot write to {out_dir}: {e.strerror}") from e
    for path in written:
        click.echo(str(path))
    if not quiet:
        _summary(analysis.notes, analysis.failed, analysis.accuracy_note, out_dir)


def _summary(notes: int, failed: int, accuracy_note: str, out_dir: Path) -> None:
    click.echo(f"prevalence: {notes} notes analysed" + (f", {failed} failed notes left out" if failed else "")
               + f"; see {out_dir / 'summary.md'}", err=True)
    if accuracy_note:
        click.echo(f"note: {accuracy_note}", err=True)


@click.command()
@click.argument("results", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--n", "size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Notes to draw.")
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True,
              help="JSONL file to write (- for stdout).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: same seed, same sample.")
@click.option("--flagged-share", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="Share of the sample drawn from notes with at least one indicator present.")
@click.option("--notes", "notes_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The batch input (JSONL or CSV) to copy each sampled note's text from.")
@click.option("--id-field", default="id", show_default=True, help="Id field/column in --notes.")
@click.option("--text-field", default="text", show_default=True, help="Text field/column in --notes.")
def sample(results: str, size: int, out: str, seed: int, flagged_share: float, notes_path: Path | None,
           id_field: str, text_field: str) -> None:
    """Draw a stratified random validation sample from RESULTS for a person to label by hand.

    Flagged notes are oversampled and every record carries its weight, so
    estimates stay unbiased. Fill in each record's "labels" (indicator ids
    judged present, [] for none) and pass the file to
    `flagger prevalence --validation`.
    """
    from flagger.prevalence.run import validation_sample
    from flagger.prevalence.sampling import write_jsonl

    try:
        records = validation_sample(results, n=size, seed=seed, flagged_share=flagged_share,
                                    notes_path=notes_path, id_field=id_field, text_field=text_field)
    except FlaggerError as e:
        raise InputFailure(str(e)) from e
    if out == "-":
        write_jsonl(records, sys.stdout)
    else:
        try:
            with open(out, "w", encoding="utf-8") as fh:
                write_jsonl(records, fh)
        except OSError as e:
            raise InputFailure(f"cannot write {out}: {e.strerror}") from e
    flagged = sum(1 for r in records if r["stratum"] == "flagged")
    click.echo(f"sample: {len(records)} notes ({flagged} flagged, {len(records) - flagged} not)"
               + ("" if out == "-" else f" written to {out}"), err=True)
