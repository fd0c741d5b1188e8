"""The output formats ``flagger batch`` knows, by name and by file name, and how ``--out`` pairs with ``--format``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flagger.batch.errors import BatchError
from flagger.batch.html_report import HtmlFormat
from flagger.batch.writers import (
    DoccanoFormat,
    FlagsCsvFormat,
    Format,
    JsonlFormat,
    LabelStudioFormat,
    NotesCsvFormat,
    ProdigyFormat,
    RenderContext,
)

FORMATS: dict[str, type[Format]] = {
    "jsonl": JsonlFormat, "csv": NotesCsvFormat, "flags-csv": FlagsCsvFormat, "html": HtmlFormat,
    "prodigy": ProdigyFormat, "labelstudio": LabelStudioFormat, "doccano": DoccanoFormat,
}
# Longest suffix first: "x.flags.csv" is a flags table, "x.csv" a notes table.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".prodigy.jsonl", "prodigy"), (".doccano.jsonl", "doccano"), (".labelstudio.json", "labelstudio"),
    (".flags.csv", "flags-csv"), (".jsonl", "jsonl"), (".csv", "csv"), (".html", "html"), (".htm", "html"),
)


def make_format(name: str, ctx: RenderContext) -> Format:
    return FORMATS[name](ctx)  # type: ignore[call-arg]


def format_for_path(path: str) -> str:
    """The output format a file name asks for, e.g. ``report.html`` -> ``html``."""
    lower = path.lower()
    for suffix, name in SUFFIXES:
        if lower.endswith(suffix):
            return name
    known = ", ".join(s for s, _ in SUFFIXES)
    raise BatchError(f"Cannot tell the output format of {path!r} from its name ({known}); pass --format.")


@dataclass(frozen=True)
class OutputSpec:
    path: Path
    format: str


def output_specs(paths: Sequence[str], formats: Sequence[str]) -> list[OutputSpec]:
    """Pair each ``--out`` with its ``--format`` (given in the same order) or the one its name implies."""
    if formats and len(formats) != len(paths):
        raise BatchError(f"Got {len(paths)} --out but {len(formats)} --format: give one --format per --out, "
                         "or none to take the format from each file name.")
    specs = [OutputSpec(Path(p), formats[n] if formats else format_for_path(p)) for n, p in enumerate(paths)]
    seen: set[Path] = set()
    for spec in specs:
        if spec.path.is_dir():
            raise BatchError(f"--out {spec.path} is a folder; give a file name such as {spec.path}/results.jsonl.")
        if spec.path.resolve() in seen:
            raise BatchError(f"{spec.path} is given twice as --out.")
        seen.add(spec.path.resolve())
    return specs
