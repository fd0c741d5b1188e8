"""The accuracy numbers in the README: rules, model and hybrid on the held-out test split.

    python scripts/evaluate.py            # test split: writes docs/metrics-test.md and .json
    python scripts/evaluate.py fresh      # any training_data/<name>.jsonl

The test split (training_data/test.jsonl) is never used to write patterns, fit the
model or tune thresholds. Scores are note level (is the indicator present in the
note?); the leak rate counts negated / hypothetical / other-person mentions that
came out present.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import flagger
from flagger import evaluation

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    split = sys.argv[1] if len(sys.argv) > 1 else "test"
    gold = evaluation.read_gold(ROOT / "training_data" / f"{split}.jsonl")
    reports = {"rules": evaluation.evaluate(flagger.load(rules_only=True), gold)}
    hybrid = flagger.load()
    if hybrid.model is None:
        print(f"warning: {hybrid.warnings[0]}", file=sys.stderr)
    else:
        hybrid.model.use_patterns = False
        reports["model"] = evaluation.evaluate(hybrid, gold)
        hybrid.model.use_patterns = True
        reports["hybrid"] = evaluation.evaluate(hybrid, gold)
    parts = [f"# Accuracy on {split}.jsonl ({len(gold)} notes, mode=recall)", "",
             evaluation.compare(reports)]
    for name, report in reports.items():
        parts += ["", f"## {name}", "", evaluation.table(report), "", evaluation.confusion_table(report)]
    text = "\n".join(parts) + "\n"
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    (out / f"metrics-{split}.md").write_text(text, encoding="utf-8")
    (out / f"metrics-{split}.json").write_text(json.dumps(reports, indent=1) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
