"""List what a system gets wrong on an annotated tuning set, for error analysis.

    python scripts/errors.py fresh                 # rules + model, recall mode
    python scripts/errors.py dev --system rules
    python scripts/errors.py fresh --only leak      # fn | fp | leak

For each note: missed indicators (with the gold spans' text), false flags (with the
flag's text and rule) and leaks (a negated / hypothetical / other-person gold mention
that came out present). Prints note text, so run it only on the project's own
synthetic notes. Refuses the held-out sets (test, holdout, fresh5, fresh18): looking at
their errors would turn them into tuning sets.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import flagger
from flagger import evaluation
from flagger.results import PRESENT_ASSERTIONS

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--system", choices=["rules", "hybrid", "model"], default="hybrid")
    ap.add_argument("--only", choices=["fn", "fp", "leak"])
    ap.add_argument("--indicator")
    ap.add_argument("--model", default="default", help="a model folder to use instead of the shipped one (A/B)")
    args = ap.parse_args()
    if args.split in ("test", "holdout", "fresh5", "fresh18"):
        raise SystemExit(f"refusing the held-out {args.split} set: tune on train, dev, fresh or fresh2 notes")
    gold = evaluation.read_gold(ROOT / "training_data" / f"{args.split}.jsonl")
    f = flagger.load(rules_only=args.system == "rules", model=args.model)
    if args.system == "model":
        f.model.use_patterns = False
    counts: Counter[str] = Counter()
    for g, r in zip(gold, f.pipe([g.text for g in gold])):
        found = {fl.indicator for fl in r.flags if fl.present}
        lines = []
        for ind in sorted(g.present - found):
            if args.indicator and ind != args.indicator:
                continue
            spans = [g.text[s["start"]:s["end"]] for s in g.spans
                     if s["indicator"] == ind and s["assertion"] in PRESENT_ASSERTIONS]
            counts["fn:" + ind] += 1
            if args.only in (None, "fn"):
                lines.append(f"  FN {ind}: {' || '.join(spans)}")
        for ind in sorted(found - g.present):
            if args.indicator and ind != args.indicator:
                continue
            counts["fp:" + ind] += 1
            if args.only in (None, "fp"):
                for fl in r.flags:
                    if fl.present and fl.indicator == ind:
                        lines.append(f"  FP {ind} [{fl.source} {fl.rule or ','.join(fl.features or [])}]: {fl.text}")
        for s in g.spans:
            if s["assertion"] in PRESENT_ASSERTIONS or (args.indicator and s["indicator"] != args.indicator):
                continue
            hits = [fl for fl in r.flags if fl.indicator == s["indicator"] and fl.present
                    and fl.start < s["end"] and s["start"] < fl.end]
            if hits:
                counts["leak:" + s["assertion"]] += 1
                if args.only in (None, "leak"):
                    fl = hits[0]
                    sent = g.text[fl.sentence_start:fl.sentence_end]
                    lines.append(f"  LEAK {s['indicator']} gold={s['assertion']} got={fl.assertion} "
                                 f"[{fl.source} {fl.rule}]: {sent}")
        if lines:
            print(f"{g.id}")
            print("\n".join(lines))
    print()
    for k, v in sorted(counts.items()):
        print(f"{k:40} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
