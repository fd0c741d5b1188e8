"""Accuracy against annotated notes: what ``flagger evaluate`` and the README's numbers come from.

Two levels, because users rely on both:

- **Note level** (primary): is indicator X present in the note? Per indicator
  TP/FP/FN/TN, precision, recall, specificity, F1 and F2 (recall weighted, as
  screening wants), micro and macro averages. This is what prevalence estimates
  and the per-note CSV rest on.
- **Mention level**: for each annotated span, did an overlapping flag of the same
  indicator come out, and with which assertion? Gives the assertion confusion
  matrix and the *leak rate*: the share of negated / hypothetical / other-person
  mentions that were reported as present.

Input: JSON Lines, one note a line, ``{"id", "text", "spans": [{"start", "end",
"indicator", "assertion"}]}`` (the corpus format), or note-level labels
``{"id", "text", "present": ["debt_bondage", ...]}``, or a validation sample from
``flagger sample`` labelled by hand (``"labels": [...]``; records whose ``labels`` is
still null are skipped).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flagger.errors import InputError
from flagger.results import ASSERTIONS, PRESENT_ASSERTIONS, NoteResult
from flagger.taxonomy import indicator_ids

MISSED = "missed"


@dataclass
class GoldNote:
    id: str
    text: str
    present: set[str]
    spans: list[dict[str, Any]] = field(default_factory=list)


def read_gold(path: Path) -> list[GoldNote]:
    """Read annotated notes; raise InputError naming every bad line."""
    known = set(indicator_ids())
    notes: list[GoldNote] = []
    problems: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if "labels" in rec and rec["labels"] is None:
                    continue  # a validation-sample record nobody has labelled yet
                text = rec["text"]
                spans = rec.get("spans") or []
                if rec.get("labels") is not None:
                    present = set(rec["labels"])
                elif "present" in rec and rec["present"] is not None:
                    present = set(rec["present"])
                else:
                    present = {s["indicator"] for s in spans if s["assertion"] in PRESENT_ASSERTIONS}
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                problems.append(f"{path.name}:{lineno}: not an annotated note ({type(e).__name__}: {e})")
                continue
            unknown = (present | {s["indicator"] for s in spans}) - known
            if unknown:
                problems.append(f"{path.name}:{lineno}: unknown indicator(s) {', '.join(sorted(unknown))}")
                continue
            notes.append(GoldNote(str(rec.get("id", lineno)), text, present, spans))
    if problems:
        raise InputError("cannot evaluate:\n  " + "\n  ".join(problems))
    return notes


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def f_beta(precision: float, recall: float, beta: float) -> float:
    b2 = beta * beta
    return _ratio((1 + b2) * precision * recall, b2 * precision + recall)


def scores(tp: int, fp: int, fn: int, tn: int) -> dict[str, float | int]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"support": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": p, "recall": r,
            "specificity": _ratio(tn, tn + fp), "f1": f_beta(p, r, 1), "f2": f_beta(p, r, 2)}


def note_level(gold: list[GoldNote], predicted: list[NoteResult]) -> dict[str, Any]:
    per: dict[str, dict[str, float | int]] = {}
    totals = Counter()
    for ind in indicator_ids():
        c = Counter()
        for g, r in zip(gold, predicted):
            truth, guess = ind in g.present, ind in r.present
            c["tp" if truth and guess else "fp" if guess else "fn" if truth else "tn"] += 1
        per[ind] = scores(c["tp"], c["fp"], c["fn"], c["tn"])
        totals.update(c)
    micro = scores(totals["tp"], totals["fp"], totals["fn"], totals["tn"])
    with_support = [s for s in per.values() if s["support"]]
    macro = {k: _ratio(sum(float(s[k]) for s in with_support), len(with_support))
             for k in ("precision", "recall", "f1", "f2")}
    return {"per_indicator": per, "micro": micro, "macro": macro}


def mention_level(gold: list[GoldNote], predicted: list[NoteResult]) -> dict[str, Any]:
    """Assertion confusion (gold -> predicted) over annotated spans, and the leak rate."""
    confusion: dict[str, Counter] = {a: Counter() for a in ASSERTIONS}
    for g, r in zip(gold, predicted):
        for span in g.spans:
            hits = [f for f in r.flags if f.indicator == span["indicator"]
                    and f.start < span["end"] and span["start"] < f.end]
            if not hits:
                guess = MISSED
            elif any(f.present for f in hits):
                guess = next(f.assertion for f in hits if f.present)
            else:
                guess = hits[0].assertion
            confusion[span["assertion"]][guess] += 1
    not_present = [a for a in ASSERTIONS if a not in PRESENT_ASSERTIONS]
    total = sum(sum(confusion[a].values()) for a in not_present)
    leaked = sum(confusion[a][p] for a in not_present for p in PRESENT_ASSERTIONS)
    return {"confusion": {a: dict(c) for a, c in confusion.items()},
            "not_present_mentions": total, "reported_present": leaked, "leak_rate": _ratio(leaked, total)}


def evaluate(flagger: Any, gold: list[GoldNote], *, mode: str | None = None) -> dict[str, Any]:
    predicted = list(flagger.pipe([g.text for g in gold], mode=mode))
    return {"notes": len(gold), "note_level": note_level(gold, predicted),
            "mentions": mention_level(gold, predicted)}


def table(report: dict[str, Any]) -> str:
    """A Markdown table of per-indicator note-level scores plus micro / macro and the leak rate."""
    rows = ["| indicator | support | precision | recall | F1 | F2 |", "|---|---:|---:|---:|---:|---:|"]
    nl = report["note_level"]
    for ind, s in nl["per_indicator"].items():
        rows.append(f"| {ind} | {s['support']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
                    f"| {s['f2']:.3f} |")
    m, ma = nl["micro"], nl["macro"]
    rows.append(f"| **micro** | {m['support']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
                f"| {m['f2']:.3f} |")
    rows.append(f"| **macro** | | {ma['precision']:.3f} | {ma['recall']:.3f} | {ma['f1']:.3f} | {ma['f2']:.3f} |")
    mentions = report["mentions"]
    rows.append("")
    rows.append(f"Negated / hypothetical / other-person mentions reported as present: {mentions['reported_present']}"
                f" of {mentions['not_present_mentions']} ({mentions['leak_rate']:.1%}).")
    return "\n".join(rows)


def confusion_table(report: dict[str, Any]) -> str:
    cols = list(ASSERTIONS) + [MISSED]
    rows = ["| gold \\ predicted | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for gold_status, c in report["mentions"]["confusion"].items():
        rows.append(f"| {gold_status} | " + " | ".join(str(c.get(col, 0)) for col in cols) + " |")
    return "\n".join(rows)


def compare(reports: dict[str, dict[str, Any]]) -> str:
    """Side by side: micro/macro scores and leak rate of several systems (rules, model, hybrid)."""
    rows = ["| system | micro P | micro R | micro F1 | micro F2 | macro F1 | leak rate |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in reports.items():
        m, ma = r["note_level"]["micro"], r["note_level"]["macro"]
        rows.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['f2']:.3f} "
                    f"| {ma['f1']:.3f} | {r['mentions']['leak_rate']:.1%} |")
    return "\n".join(rows)
