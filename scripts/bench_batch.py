"""Benchmark ``flagger batch``: notes/s with 1 and 2 workers and peak memory, for 10k and 100k notes,
beside spaCy's blank English tokenizer alone on the same notes, in one run.

    python scripts/bench_batch.py                        # 10,000 and 100,000 notes, 1 and 2 workers
    python scripts/bench_batch.py --sizes 2000 20000     # a quicker look
    python scripts/bench_batch.py --json results.json    # also write the numbers

Each batch run is the real command (``python -m flagger batch notes.jsonl --out r.jsonl``) in a
subprocess, timed wall clock from start to exit (start-up included; the start-up alone, measured
on a one-note run, is printed too). Peak memory is the largest total resident memory of the
command's process tree (the parent and its workers, sampled 4 times a second from /proc) and the
largest single process (``wait4``'s ``ru_maxrss``). "cores used" is CPU time over wall time: near
the worker count on an idle machine, lower when other work competes for the cores, which makes
the run's numbers unreliable. Absolute numbers drift with the machine and its load; the ratios
are what to compare (``shared/notes/performance.md``).

The issue's targets are checked at the end: peak memory for the largest size within 20% of the
smallest, and 2 workers at >= 1.6x the throughput of 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_notes import generate_notes

ROOT = Path(__file__).resolve().parent.parent
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class BatchRun:
    notes: int
    workers: int
    seconds: float
    notes_per_s: float
    peak_tree_mib: float  # largest total RSS of the parent and its workers at one moment
    peak_process_mib: float  # largest RSS of any single process
    cpu_s: float  # user + system time of the command and its workers
    exit_code: int

    @property
    def cores_used(self) -> float:
        """CPU time over wall time: about the worker count on an idle machine, less when others compete."""
        return self.cpu_s / self.seconds


def write_notes(path: Path, n: int, seed: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for note in generate_notes(n, seed=seed):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def tokenizer_rate(path: Path) -> float:
    """Notes/s of ``spacy.blank("en")``'s tokenizer alone on the same notes (texts already in memory)."""
    import spacy

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    nlp = spacy.blank("en")
    start = time.perf_counter()
    with nlp.memory_zone():
        for _ in nlp.tokenizer.pipe(texts, batch_size=256):
            pass
    return len(texts) / (time.perf_counter() - start)


def _tree_rss_kib(root: int) -> int:
    """Total resident memory of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * PAGE_KIB
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def run_batch(notes_file: Path, n: int, workers: int, out_dir: Path) -> BatchRun:
    out = out_dir / f"r-{n}-{workers}.jsonl"
    command = [sys.executable, "-m", "flagger", "batch", str(notes_file), "--out", str(out),
               "--workers", str(workers), "--quiet"]
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            done.wait(0.25)  # often enough for memory, rarely enough not to take CPU from the run

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for leftover in out_dir.glob(f"r-{n}-{workers}*"):
        leftover.unlink()
    return BatchRun(n, workers, seconds, n / seconds, peak / 1024, usage.ru_maxrss / 1024,
                    usage.ru_utime + usage.ru_stime, proc.returncode)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        one = folder / "one.jsonl"
        write_notes(one, 1, args.seed)
        startup = run_batch(one, 1, 1, folder).seconds
        print(f"start-up (one note, 1 worker): {startup:.1f} s", flush=True)
        runs: list[BatchRun] = []
        tokenizer: dict[int, float] = {}
        for n in args.sizes:
            notes_file = folder / f"notes-{n}.jsonl"
            write_notes(notes_file, n, args.seed)
            tokenizer[n] = tokenizer_rate(notes_file)
            print(f"\n{n:,} notes  tokenizer alone: {tokenizer[n]:,.0f} notes/s", flush=True)
            for workers in args.workers:
                run = run_batch(notes_file, n, workers, folder)
                runs.append(run)
                print(f"  {workers} worker(s): {run.seconds:7.1f} s  {run.notes_per_s:7,.0f} notes/s  "
                      f"ratio to tokenizer {run.notes_per_s / tokenizer[n]:.3f}  "
                      f"peak memory {run.peak_tree_mib:,.0f} MiB (largest process {run.peak_process_mib:,.0f} MiB)"
                      f"  cores used {run.cores_used:.2f}  exit {run.exit_code}", flush=True)
            notes_file.unlink()
    verdict = summarize(runs, args.sizes, args.workers)
    if args.json:
        args.json.write_text(json.dumps({"startup_s": startup, "tokenizer_notes_per_s": tokenizer,
                                         "runs": [asdict(r) for r in runs], "verdict": verdict}, indent=2))
    return 0 if all(verdict.values()) else 1


def summarize(runs: list[BatchRun], sizes: list[int], workers: list[int]) -> dict[str, bool]:
    """Print the ratios the issue asks about, and whether each target is met."""
    by = {(r.notes, r.workers): r for r in runs}
    verdict: dict[str, bool] = {}
    print("\nratios")
    if 1 in workers and 2 in workers:
        for n in sizes:
            speedup = by[n, 2].notes_per_s / by[n, 1].notes_per_s
            print(f"  {n:,} notes: 2 workers / 1 worker throughput = {speedup:.2f}x (target >= 1.6x)")
            verdict[f"speedup_{n}"] = speedup >= 1.6
    small, large = min(sizes), max(sizes)
    if small != large:
        for w in workers:
            growth = by[large, w].peak_tree_mib / by[small, w].peak_tree_mib
            print(f"  {w} worker(s): peak memory {large:,} / {small:,} notes = {growth:.2f} (target <= 1.20)")
            verdict[f"memory_{w}"] = growth <= 1.2
    for name, ok in verdict.items():
        print(f"  {'PASS' if ok else 'FAIL'} {name}")
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
