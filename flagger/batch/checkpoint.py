"""Crash-safe output: append-only ``.part`` files plus a small state file, so ``--resume`` can continue.

The protocol, per chunk of notes, in input order:

1. append the chunk's bytes to every ``.part`` file, flush and fsync;
2. write the state (how many input items are done, the size of every ``.part``
   file, the running counts) to a temporary file, fsync it, and ``os.replace``
   it over the state file (atomic).

A run killed at any moment (even ``kill -9``) leaves ``.part`` files at least as
long as the state says. Resuming truncates each to the recorded size (dropping a
half-written tail), skips the recorded number of input items and goes on, so the
finished files are byte for byte those of an uninterrupted run. Final files only
appear, atomically, when the run is complete.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from flagger.batch.errors import ResumeError

STATE_VERSION = 1


def part_path(final: Path) -> Path:
    return final.with_name(final.name + ".part")


def state_path(first_output: Path) -> Path:
    return first_output.with_name(first_output.name + ".batch-state.json")


def fingerprint(settings: Any) -> str:
    """A short hash of everything that decides the output bytes (options, input files, their sizes and times)."""
    blob = json.dumps(settings, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def knowledge_fingerprint(*, with_model: bool) -> str:
    """A hash of the shipped rule files (and the model's ``meta.json``, which holds its checksum).

    Part of the resume check: results written before and after a change of rules would not match.
    """
    digest = hashlib.sha256()
    roots = [Path(str(resources.files("flagger").joinpath("data")))]
    if with_model:
        roots.append(Path(str(resources.files("flagger.models"))))
    for root in roots:
        files = sorted(root.rglob("*.json*")) if root.name == "data" else sorted(root.glob("*/meta.json"))
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


@dataclass
class State:
    """What the last completed chunk left on disk."""

    fingerprint: str
    items_done: int = 0
    sizes: dict[str, int] = field(default_factory=dict)  # part file path -> bytes written
    counts: dict[str, int] = field(default_factory=dict)
    model: str | None = None
    finished: bool = False
    version: int = STATE_VERSION


class StateFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> State | None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            raise ResumeError(f"{self.path}: unreadable state file ({type(e).__name__}); "
                              "delete it and the .part files to start over.") from e
        if raw.get("version") != STATE_VERSION:
            raise ResumeError(f"{self.path} was written by another version of flagger batch; "
                              "delete it and the .part files to start over.")
        return State(**raw)

    def save(self, state: State) -> None:
        """Replace the state file atomically: a reader sees the old state or the new one, never half."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(asdict(state), fh, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class PartFile:
    """An append-only file that is synced to disk at every checkpoint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: BinaryIO | None = None
        self.size = 0

    def start(self, header: bytes) -> None:
        """A fresh file holding only ``header``."""
        self._fh = self.path.open("wb")
        self._fh.write(header)
        self.size = len(header)

    def reopen(self, size: int | None) -> None:
        """Continue a file an interrupted run left: drop anything past the last checkpoint."""
        if size is None:
            raise ResumeError(f"The state file does not know {self.path}; cannot resume. "
                              "Delete the state file to start over.")
        try:
            fh = self.path.open("r+b")
        except FileNotFoundError as e:
            raise ResumeError(f"{self.path} is missing; cannot resume. Delete the state file to start over.") from e
        fh.seek(0, os.SEEK_END)
        if fh.tell() < size:
            fh.close()
            raise ResumeError(f"{self.path} is shorter than the state file records; cannot resume. "
                              "Delete the state file to start over.")
        fh.truncate(size)
        fh.seek(size)
        self._fh = fh
        self.size = size

    def append(self, data: bytes) -> None:
        assert self._fh is not None, "start() or reopen() first"
        self._fh.write(data)
        self.size += len(data)

    def sync(self) -> None:
        assert self._fh is not None, "start() or reopen() first"
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class Checkpointed:
    """The run's part files (one per output, then the errors file) and its state, committed together."""

    def __init__(self, finals: list[Path], state_file: StateFile) -> None:
        self.parts = [PartFile(part_path(p)) for p in finals]
        self.state_file = state_file

    def start(self, headers: list[bytes], state: State) -> None:
        for part, header in zip(self.parts, headers, strict=True):
            part.start(header)
        self.commit([b""] * len(self.parts), state)

    def resume(self, state: State) -> None:
        for part in self.parts:
            part.reopen(state.sizes.get(str(part.path)))

    def commit(self, data: list[bytes], state: State) -> None:
        """Append one chunk to every part file, sync them, then record the new state atomically."""
        for part, chunk in zip(self.parts, data, strict=True):
            if chunk:
                part.append(chunk)
            part.sync()
        state.sizes = {str(part.path): part.size for part in self.parts}
        self.state_file.save(state)

    def close(self) -> None:
        for part in self.parts:
            part.close()
