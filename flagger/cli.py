"""The ``flagger`` command line: a thin layer over the library.

Exit codes (like a linter):
  0  no indicator present
  1  at least one indicator present
  2  usage or input error
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

import flagger
from flagger.errors import FlaggerError
from flagger.pipeline import MODES
from flagger.render import html_page, terminal

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class InputProblem(click.ClickException):
    """A note that cannot be read: exit code 2, like a usage error."""

    exit_code = EXIT_ERROR


class FlaggerGroup(click.Group):
    """Turns a usage error into exit code 2 (click's default) and keeps commands in definition order."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


@click.group(cls=FlaggerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(flagger.__version__, prog_name="flagger")
def cli() -> None:
    """Flag indicators of human trafficking in case notes, for a trained person to review.

    flagger never decides that someone is a victim: it shows where to look and what is still unasked.
    """


def sample_paths() -> tuple[str, ...]:
    """The bundled sample notes (written for the project, no real cases)."""
    folder = resources.files("flagger").joinpath("samples")
    return tuple(sorted(str(p) for p in folder.iterdir() if p.name.endswith(".txt") and p.name[0].isdigit()))


def _read_note(path: str, encoding: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
    except OSError as e:
        raise InputProblem(f"cannot read {path}: {e.strerror}") from e
    if b"\x00" in data[:8192]:
        raise InputProblem(f"{path} looks like a binary file, not a text note")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputProblem(
            f"{path} is not valid {encoding} (byte {e.start}); pass --encoding, e.g. --encoding cp1252") from e
    except LookupError as e:
        raise InputProblem(f"unknown encoding {encoding!r}") from e


@cli.command()
@click.argument("notes", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True,
              help="text: highlighted in the terminal; json: the result schema, one line per note; "
                   "html: a self-contained page.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--mode", type=click.Choice(MODES), default="recall", show_default=True,
              help="Model thresholds: recall finds more, precision flags less.")
@click.option("--rules-only", is_flag=True, help="Do not use the trained model.")
@click.option("--encoding", default="utf-8-sig", show_default=True, help="Encoding of the note files.")
@click.option("--color/--no-color", default=None, help="Colour the terminal output (default: when a terminal).")
@click.option("--samples", is_flag=True, help="Check the sample notes bundled with flagger.")
def check(notes: tuple[str, ...], fmt: str, out: str | None, mode: str, rules_only: bool, encoding: str,
          color: bool | None, samples: bool) -> None:
    """Check one or more notes (files, or - for stdin) and show every flag explained.

    Exit code 0: no indicator present; 1: at least one present; 2: usage or input error.
    """
    paths = notes or (sample_paths() if samples else ("-",))
    texts = [(_read_note(p, encoding), p) for p in paths]
    f = flagger.load(mode=mode, rules_only=rules_only)
    for w in f.warnings:
        click.echo(f"warning: {w}", err=True)
    results = []
    for text, path in texts:
        r = f.check(text, id=None if path == "-" else Path(path).name)
        if r.error:
            raise InputProblem(f"{path}: {r.error}")
        results.append(r)
    if fmt == "json":
        rendered = "\n".join(json.dumps(r.to_dict(), ensure_ascii=False) for r in results) + "\n"
    elif fmt == "html":
        rendered = html_page(results)
    else:
        use_color = (out is None and sys.stdout.isatty()) if color is None else color
        rendered = "\n\n".join(_titled(r, use_color) for r in results) + "\n"
    if out:
        Path(out).write_text(rendered, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(rendered, nl=False)
    sys.exit(EXIT_FOUND if any(r.present for r in results) else EXIT_CLEAN)


def _titled(result: flagger.NoteResult, color: bool) -> str:
    title = click.style(f"== {result.id} ==", bold=True) if color else f"== {result.id} =="
    return (title + "\n" if result.id else "") + terminal(result, color=color)


@cli.command()
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option("--systems", default="rules,model,hybrid", show_default=True,
              help="Comma-separated: rules (patterns only), model (classifier only), hybrid (both).")
@click.option("--mode", type=click.Choice(MODES), default="recall", show_default=True)
@click.option("--json-out", type=click.Path(dir_okay=False), help="Write the full report as JSON here.")
@click.option("--md-out", type=click.Path(dir_okay=False), help="Write the tables as Markdown here.")
def evaluate(data: str, systems: str, mode: str, json_out: str | None, md_out: str | None) -> None:
    """Precision, recall, F1 and F2 per indicator on annotated notes (JSONL), and the assertion confusion."""
    from flagger import evaluation

    try:
        gold = evaluation.read_gold(Path(data))
    except FlaggerError as e:
        raise InputProblem(str(e)) from e
    reports = {}
    for system in [s.strip() for s in systems.split(",") if s.strip()]:
        f = _system(system, mode)
        if f is None:
            click.echo(f"warning: skipping {system!r}: no trained model is installed", err=True)
            continue
        reports[system] = evaluation.evaluate(f, gold, mode=mode)
    sections = [f"# Evaluation on {Path(data).name} ({len(gold)} notes)", "", evaluation.compare(reports)]
    for name, report in reports.items():
        sections += ["", f"## {name}: note level", "", evaluation.table(report), "",
                     f"## {name}: assertion confusion (mentions)", "", evaluation.confusion_table(report)]
    text = "\n".join(sections) + "\n"
    click.echo(text)
    if md_out:
        Path(md_out).write_text(text, encoding="utf-8")
    if json_out:
        Path(json_out).write_text(json.dumps(reports, indent=1), encoding="utf-8")


def _system(name: str, mode: str) -> flagger.Flagger | None:
    if name == "rules":
        return flagger.load(mode=mode, rules_only=True)
    f = flagger.load(mode=mode)
    if f.model is None:
        return None
    if name == "model":
        f.model.use_patterns = False
    elif name != "hybrid":
        raise click.BadParameter(f"unknown system {name!r}; use rules, model or hybrid", param_hint="--systems")
    return f


@cli.command()
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True), default="training_data",
              show_default=True,
              help="Folder with train.jsonl, dev.jsonl and test.jsonl (fresh*.jsonl are trained on, holdout.jsonl "
                   "reported on, when present).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="models/default", show_default=True)
def train(data_dir: str, out_dir: str) -> None:
    """Rebuild the model from the annotated corpus, deterministically.

    Fits on train (and the fresh sets), calibrates and tunes thresholds on cross-fitted train notes, reports on
    dev, test and holdout (never used for fitting or tuning).
    """
    from flagger.model.training import summary
    from flagger.model.training import train as train_model

    try:
        meta = train_model(Path(data_dir), Path(out_dir))
    except FlaggerError as e:
        raise InputProblem(str(e)) from e
    click.echo(summary(meta))
    click.echo(f"wrote {out_dir}/model.joblib and meta.json", err=True)


@cli.command()
def indicators() -> None:
    """List the indicator taxonomy: id, AMP element, label and the screening question."""
    for ind in flagger.load_indicators():
        click.echo(f"{ind.id:26} {ind.amp or '-':8} {ind.label}: {ind.question}")


def main() -> None:
    try:
        cli(prog_name="flagger")
    except FlaggerError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(EXIT_ERROR)


# Feature commands register below, one line each.
from flagger.web.cli import serve

cli.add_command(serve)
from flagger.prevalence.cli import prevalence, sample

cli.add_command(prevalence)
cli.add_command(sample)
from flagger.batch.cli import batch

cli.add_command(batch)
