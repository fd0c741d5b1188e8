"""One small reader for the knowledge files shipped in ``flagger/data/``.

Files are JSON Lines so that every problem can be reported with its file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

DATA_PACKAGE = "flagger"


def data_path(*parts: str) -> Path:
    """Path of a file shipped inside the package (works for editable and plain installs)."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath("data", *parts)))


def read_jsonl(path: Path, problems: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, record)``; append a located message to *problems* for each bad line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                record = json.loads(stripped)
            except json.JSONDecodeError as e:
                problems.append(f"{path.name}:{lineno}: not valid JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{path.name}:{lineno}: expected a JSON object, got {type(record).__name__}")
                continue
            yield lineno, record


def check_keys(record: dict[str, Any], *, where: str, required: set[str], allowed: set[str],
               problems: list[str]) -> bool:
    """Report missing and unknown keys (typos in rule files must fail loudly)."""
    ok = True
    for key in sorted(required - record.keys()):
        problems.append(f"{where}: missing required key {key!r}")
        ok = False
    for key in sorted(record.keys() - allowed):
        problems.append(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        ok = False
    return ok
