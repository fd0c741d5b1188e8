"""``flagger batch``: the command line over ``flagger.batch.run_batch``. Options in, summary out."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from flagger.batch.errors import BatchError, BatchFailed
from flagger.batch.formats import FORMATS, output_specs
from flagger.batch.readers import ReadOptions, check_encoding
from flagger.batch.runner import (
    DEFAULT_CHUNK_SIZE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    BatchConfig,
    run_batch,
)
from flagger.pipeline import MODES

EPILOG = """\b
Inputs: folders (read recursively), .txt/.md files (one note each), .docx
Word files (one note each), .csv/.tsv (one note per row), .jsonl (one note
per line), or - for JSONL on standard input. Other CSV columns and JSON keys
are kept as each note's meta.

\b
Outputs, chosen by --format or by the file name:
  NAME.jsonl              jsonl        one result per note (the result schema)
  NAME.csv                csv          one row per note: id, meta, 0/1 and max
                                       score per indicator, alerts
  NAME.flags.csv          flags-csv    one row per flag
  NAME.html               html         report, most indicators first, offline
  NAME.prodigy.jsonl      prodigy      Prodigy tasks (text, spans)
  NAME.labelstudio.json   labelstudio  Label Studio tasks with predictions
  NAME.doccano.jsonl      doccano      doccano import (text, label)

\b
Files appear when the run is complete; meanwhile NAME.part files and a
NAME.batch-state.json checkpoint grow. If a run is stopped (Ctrl-C, kill,
power cut), the same command with --resume continues it and produces
exactly what an uninterrupted run would. Anything that cannot be read or
processed is listed in the errors file (source, line/row, reason; never
note text) and the run goes on.

\b
Exit codes:
  0    completed; no note shows an indicator
  1    completed; at least one note shows an indicator
  2    usage error (bad option, missing input, --resume mismatch); nothing done
  3    completed with errors: some files, rows or notes could not be read
       or processed, or ids repeat; see the errors file
  4    stopped before the end (a worker died, disk full); --resume continues
  130  interrupted (Ctrl-C); --resume continues
"""


class _UsageFailure(click.ClickException):
    exit_code = EXIT_USAGE


class _RunFailure(click.ClickException):
    exit_code = EXIT_FAILED


def _show_rate(rate: str | None) -> str | None:
    return rate


class _ClickProgress:
    """A progress bar on stderr (notes done, notes/s, ETA); a running count when the total is unknown."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: Any = None  # click's ProgressBar
        self.done = 0
        self.started = time.monotonic()

    def start(self, total: int | None, done: int) -> None:
        self.done = done
        if total:
            self.bar = click.progressbar(None, length=max(total, done), label="checking notes", file=self.stream,
                                         show_pos=True, item_show_func=_show_rate)
            self.bar.__enter__()
            self.bar.update(done)

    def advance(self, items: int) -> None:
        self.done += items
        rate = f"{self.done / max(time.monotonic() - self.started, 1e-9):,.0f} notes/s"
        if self.bar is not None:
            self.bar.update(items, current_item=rate)
        else:
            self.stream.write(f"\rchecking notes: {self.done:,} ({rate})")
            self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
        elif self.done:
            self.stream.write("\n")


@click.command("batch", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--out", "outputs", multiple=True, required=True, metavar="PATH",
              help="Output file; repeat to write several formats in one run.")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(list(FORMATS)),
              help="Output format, one per --out in the same order [default: from the file name].")
@click.option("--text-column", "--text-field", "text_field", default="text", show_default=True,
              help="CSV column / JSON field holding the note text.")
@click.option("--id-column", "--id-field", "id_field", default=None,
              help="CSV column / JSON field holding the note id [default: 'id' when present, else FILE:ROW].")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of the input files (a UTF-8 byte-order mark is accepted). A file that does not "
                   "decode is reported, never guessed at.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to list what could not be read or processed [default: NAME.errors.csv beside the "
                   "first --out]; written only when there is something to list.")
@click.option("--no-text", is_flag=True, help="Leave note text out of every output.")
@click.option("--mode", type=click.Choice(MODES), default="recall", show_default=True,
              help="Model thresholds: recall finds more, precision flags less.")
@click.option("--rules-only", is_flag=True, help="Do not use the trained model.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, each with its own pipeline [default: all cores]. Output is the same "
                   "for any number.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=DEFAULT_CHUNK_SIZE, show_default=True,
              help="Notes per chunk: the unit of work per worker and of checkpointing.")
@click.option("--html-limit", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Notes the HTML report shows in full, most indicators first; the rest are listed by id "
                   "(0: all).")
@click.option("--resume", is_flag=True, help="Continue an interrupted run of the same command.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def batch(inputs: tuple[str, ...], outputs: tuple[str, ...], formats: tuple[str, ...], text_field: str,
          id_field: str | None, encoding: str, errors_path: Path | None, no_text: bool, mode: str,
          rules_only: bool, workers: int | None, chunk_size: int, html_limit: int, resume: bool,
          quiet: bool) -> None:
    """Check many case notes at once: folders, CSV/TSV, JSONL, Word files or stdin.

    Writes one or more result files (--out) and lists anything that could not
    be read in an errors file. Every flag is a place to look, not a finding.
    """
    try:
        config = BatchConfig(
            inputs=inputs, outputs=tuple(output_specs(outputs, formats)), errors_path=errors_path,
            read=ReadOptions(text_field=text_field, id_field=id_field, encoding=check_encoding(encoding)),
            include_text=not no_text, mode=mode, rules_only=rules_only, workers=workers, chunk_size=chunk_size,
            html_limit=html_limit, resume=resume)
    except BatchError as e:
        raise _UsageFailure(str(e)) from e
    progress = _ClickProgress(sys.stderr) if not quiet and sys.stderr.isatty() else None
    try:
        summary = run_batch(config, progress=progress)
    except BatchFailed as e:
        raise _RunFailure(str(e)) from e
    except BatchError as e:
        raise _UsageFailure(str(e)) from e
    except OSError as e:
        raise _RunFailure(f"{e.filename or 'output'}: {e.strerror or e}. Every note up to the last checkpoint is "
                          "saved: fix this and run the same command with --resume.") from e
    except KeyboardInterrupt:
        click.echo("\nInterrupted. Run the same command with --resume to continue.", err=True)
        click.get_current_context().exit(EXIT_INTERRUPTED)
    finally:
        if progress is not None:
            progress.close()
    if not quiet:
        click.echo(summary.line(), err=True)
    click.get_current_context().exit(summary.exit_code)
