"""Throughput and memory of flagger, as ratios to spaCy's tokenizer alone on the same notes, in one run.

Absolute numbers drift between machines and runs; the ratio to a baseline measured
in the same process on the same notes holds (``shared/notes/performance.md``).

    python scripts/bench.py                 # 3,000 generated notes, one core
    python scripts/bench.py --notes 10000

Prints, for each pipeline: notes/s, tokens/s, the ratio to the tokenizer, and the
peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_notes import generate_notes

import flagger
from flagger.tokenizer import make_nlp


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_times(systems: dict[str, Callable[[], int]], repeats: int) -> dict[str, float]:
    """Best CPU time of each system over *repeats* rounds, the systems interleaved in every round.

    CPU time of this process (not wall time), so that other work on the machine does not count;
    interleaving spreads cache and frequency effects over baseline and flagger alike."""
    best = {name: float("inf") for name in systems}
    for _ in range(repeats):
        for name, run in systems.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()

    texts = [n["text"] for n in generate_notes(args.notes, seed=0)]
    tokenizer_nlp = make_nlp()
    n_tokens = sum(len(tokenizer_nlp.tokenizer(t)) for t in texts)

    def tokenizer_only() -> int:
        with tokenizer_nlp.memory_zone():
            return sum(len(d) for d in tokenizer_nlp.tokenizer.pipe(texts, batch_size=args.batch_size))

    rules = flagger.load(rules_only=True)
    hybrid = flagger.load()
    systems: dict[str, Callable[[], int]] = {
        "spaCy tokenizer alone (baseline)": tokenizer_only,
        "flagger rules (patterns + context)": lambda: sum(1 for _ in rules.pipe(texts, batch_size=args.batch_size)),
    }
    if hybrid.model is not None:
        systems["flagger hybrid (rules + model)"] = lambda: sum(
            1 for _ in hybrid.pipe(texts, batch_size=args.batch_size))
    else:
        print(f"note: {hybrid.warnings[0]}", file=sys.stderr)

    print(f"{args.notes} generated notes, {n_tokens} tokens ({n_tokens / args.notes:.0f} per note), "
          f"best CPU time of {args.repeats}, one process")
    print(f"{'pipeline':40} {'notes/s':>9} {'tokens/s':>11} {'ratio':>6}")
    for run in systems.values():
        run()  # warm up: caches, lazy tables
    times = best_times(systems, args.repeats)
    baseline = None
    for name, seconds in times.items():
        rate = args.notes / seconds
        baseline = baseline or rate
        print(f"{name:40} {rate:9.0f} {n_tokens / seconds:11.0f} {rate / baseline:6.2f}")
    print(f"peak resident memory of this process: {peak_rss_mb():.0f} MB")
    print("ratio = throughput / the tokenizer's throughput on the same notes in this run "
          "(targets: rules >= 0.30, hybrid >= 0.25)")


if __name__ == "__main__":
    main()
