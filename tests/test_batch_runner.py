"""The batch runner in real processes: N workers write what one writes, and a run killed with
``kill -9`` mid-way and resumed writes byte for byte what an uninterrupted run writes."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from flagger.batch import BatchConfig, OutputSpec, run_batch
from flagger.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from gen_notes import generate_notes

OUTPUTS = ("r.jsonl", "r.csv", "r.flags.csv", "r.html", "r.labelstudio.json")


def write_notes(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for note in generate_notes(n, seed=7):
            fh.write(json.dumps(note) + "\n")
    return path


def out_args(folder: Path) -> list[str]:
    return [a for name in OUTPUTS for a in ("--out", str(folder / name))]


def batch(*args: str) -> None:
    result = CliRunner().invoke(cli, ["batch", "--quiet", *args])
    assert result.exit_code == 1, result.stderr  # generated notes do show indicators


def same_files(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    notes = write_notes(tmp_path / "notes.jsonl", 600)
    batch(str(notes), "--workers", "1", "--chunk-size", "100", *out_args(tmp_path / "one"))
    with caplog.at_level(logging.INFO, logger="flagger.batch.runner"):
        batch(str(notes), "--workers", "2", "--chunk-size", "100", *out_args(tmp_path / "two"))
    assert "starting 2 worker processes" in caplog.text  # the pool really ran
    same_files(tmp_path / "one", tmp_path / "two")
    assert len((tmp_path / "one" / "r.jsonl").read_text().splitlines()) == 600


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _items_done(state_file: Path) -> int:
    try:
        return json.loads(state_file.read_text())["items_done"]
    except (OSError, ValueError):
        return 0


def test_kill_9_mid_run_then_resume_writes_the_same_bytes(tmp_path: Path) -> None:
    total = 1200
    notes = write_notes(tmp_path / "notes.jsonl", total)
    batch(str(notes), "--workers", "1", *out_args(tmp_path / "reference"))

    run = tmp_path / "run"
    command = [sys.executable, "-m", "flagger", "batch", str(notes), "--workers", "2", "--chunk-size", "20",
               "--quiet", *out_args(run)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    state_file = run / "r.jsonl.batch-state.json"
    deadline = time.monotonic() + 180
    while _items_done(state_file) < 200:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.05)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()

    done = _items_done(state_file)
    assert 200 <= done < total, done  # stopped mid-way
    assert not (run / "r.jsonl").exists() and (run / "r.jsonl.part").exists()
    with (run / "r.jsonl.part").open("ab") as fh:  # as if killed in the middle of a write
        fh.write(b'{"id": "half-writ')
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers):  # workers notice their parent is gone and end
        assert time.monotonic() < deadline, "orphaned worker processes kept running"
        time.sleep(0.1)

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 1, resumed.stderr
    same_files(tmp_path / "reference", run)
    assert sorted(p.name for p in run.iterdir()) == sorted(OUTPUTS)  # no part or state file left


class _Recorder:
    def __init__(self) -> None:
        self.total: int | None = None
        self.done = 0

    def start(self, total: int | None, done: int) -> None:
        self.total, self.done = total, done

    def advance(self, items: int) -> None:
        self.done += items


def test_progress_is_told_the_total_and_every_item(tmp_path: Path) -> None:
    notes = write_notes(tmp_path / "notes.jsonl", 30)
    with notes.open("a") as fh:
        fh.write("not json\n")
    progress = _Recorder()
    summary = run_batch(BatchConfig(inputs=(str(notes),), outputs=(OutputSpec(tmp_path / "r.jsonl", "jsonl"),),
                                    workers=1, chunk_size=7), progress=progress)
    assert (progress.total, progress.done) == (31, 31)
    assert (summary.counts.notes, summary.counts.read_errors, summary.exit_code) == (30, 1, 3)
    assert os.path.exists(tmp_path / "r.errors.csv")
