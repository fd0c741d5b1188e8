"""Build and check the annotated corpus from its inline-markup source files.

The corpus is written by hand (for this project, no real case notes) in
``training_data/raw/*.txt``: notes separated by ``### id=... setting=...``
headers, spans marked inline as ``{{span text|indicator|assertion}}`` (nesting
allowed). This script strips the markup into the JSONL the tool reads:

    {"id": ..., "setting": ..., "text": ..., "spans": [{"start", "end", "indicator", "assertion"}]}

Usage:
    python scripts/corpus.py check FILE_OR_DIR...   # report every problem, line numbers
    python scripts/corpus.py stats FILE_OR_DIR...   # counts per indicator and assertion
    python scripts/corpus.py build                  # raw/ -> corpus.jsonl + split files
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "training_data" / "raw"
INDICATORS = (
    "recruitment_or_transport deceptive_recruitment debt_bondage document_confiscation "
    "earnings_control movement_control communication_control third_party_control "
    "scripted_account fear_of_authorities threats physical_violence sexual_violence "
    "witnessed_abuse substance_coercion commercial_sex forced_labor minor"
).split()
ASSERTIONS = ("affirmed", "historical", "negated", "hypothetical", "other_person")
PRESENT = ("affirmed", "historical")
HEADER = re.compile(r"^###\s+id=(?P<id>\S+)(?:\s+setting=(?P<setting>\S+))?\s*$")
CLOSE = re.compile(r"\|([a-z_]+)\|([a-z_]+)\}\}")


@dataclass
class Note:
    id: str
    setting: str
    source: str
    line: int
    text: str = ""
    spans: list[dict] = field(default_factory=list)


def parse_markup(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip ``{{...|indicator|assertion}}`` markup; return text, spans, problems."""
    out: list[str] = []
    pos = 0  # length of plain text written so far
    stack: list[int] = []
    spans: list[dict] = []
    problems: list[str] = []
    i = 0
    while i < len(marked):
        if marked.startswith("{{", i):
            stack.append(pos)
            i += 2
            continue
        m = CLOSE.match(marked, i)
        if m:
            indicator, assertion = m.group(1), m.group(2)
            if not stack:
                problems.append(f"'|{indicator}|{assertion}}}}}' closes a span that was never opened")
            else:
                start = stack.pop()
                plain = "".join(out)
                span_text = plain[start:pos]
                if indicator not in INDICATORS:
                    problems.append(f"unknown indicator {indicator!r} on span {span_text!r}")
                if assertion not in ASSERTIONS:
                    problems.append(f"unknown assertion {assertion!r} on span {span_text!r}")
                if not span_text.strip():
                    problems.append("empty span")
                elif span_text != span_text.strip():
                    problems.append(f"span {span_text!r} starts or ends with white space")
                spans.append({"start": start, "end": pos, "indicator": indicator, "assertion": assertion})
            i = m.end()
            continue
        if marked.startswith("}}", i) or marked[i] == "|":
            problems.append(f"stray markup near {marked[max(0, i - 30):i + 10]!r}")
        out.append(marked[i])
        pos += 1
        i += 1
    if stack:
        problems.append(f"{len(stack)} span(s) opened with '{{{{' and never closed")
    return "".join(out), sorted(spans, key=lambda s: (s["start"], s["end"])), problems


def read_notes(path: Path) -> tuple[list[Note], list[str]]:
    notes: list[Note] = []
    errors: list[str] = []
    body: list[str] = []
    current: Note | None = None

    def finish() -> None:
        if current is None:
            return
        marked = "\n".join(body).strip("\n")
        text, spans, problems = parse_markup(marked)
        for p in problems:
            errors.append(f"{path}:{current.line}: note {current.id}: {p}")
        if not text.strip():
            errors.append(f"{path}:{current.line}: note {current.id} is empty")
        current.text, current.spans = text, spans
        notes.append(current)

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("###"):
            finish()
            body = []
            m = HEADER.match(line)
            if not m:
                errors.append(f"{path}:{lineno}: bad header {line!r} (want '### id=NAME setting=NAME')")
                current = Note(id=f"{path.stem}-line{lineno}", setting="unknown", source=path.name, line=lineno)
            else:
                current = Note(id=m["id"], setting=m["setting"] or "unknown", source=path.name, line=lineno)
        elif current is None:
            if line.strip():
                errors.append(f"{path}:{lineno}: text before the first '### id=' header")
        else:
            body.append(line)
    finish()
    return notes, errors


def collect(paths: list[str]) -> tuple[list[Note], list[str]]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    notes: list[Note] = []
    errors: list[str] = []
    for f in files:
        n, e = read_notes(f)
        notes += n
        errors += e
    seen: dict[str, str] = {}
    for n in notes:
        if n.id in seen:
            errors.append(f"{n.source}:{n.line}: duplicate note id {n.id} (also in {seen[n.id]})")
        seen[n.id] = n.source
    return notes, errors


def stats(notes: list[Note]) -> str:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for n in notes:
        for s in n.spans:
            counts[s["indicator"]][s["assertion"]] += 1
    rows = [f"{'indicator':26} {'present':>7} " + " ".join(f"{a[:8]:>8}" for a in ASSERTIONS)]
    for ind in INDICATORS:
        c = counts[ind]
        rows.append(f"{ind:26} {c['affirmed'] + c['historical']:7d} " + " ".join(f"{c[a]:8d}" for a in ASSERTIONS))
    no_present = sum(1 for n in notes if not any(s["assertion"] in PRESENT for s in n.spans))
    rows.append(f"notes: {len(notes)}   notes with no present indicator: {no_present}")
    return "\n".join(rows)


def split_of(note_id: str) -> str:
    """Deterministic split by note id: 70% train, 15% dev, 15% test."""
    h = int(hashlib.sha256(note_id.encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 70 else "dev" if h < 85 else "test"


def build() -> int:
    notes, errors = collect([str(RAW)])
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out_dir = ROOT / "training_data"
    files = {name: open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") for name in ("train", "dev", "test")}
    try:
        for n in sorted(notes, key=lambda n: n.id):
            rec = {"id": n.id, "setting": n.setting, "text": n.text, "spans": n.spans}
            files[split_of(n.id)].write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        for f in files.values():
            f.close()
    print(stats(notes))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in {"check", "stats", "build"}:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "build":
        return build()
    notes, errors = collect(argv[1:] or [str(RAW)])
    if argv[0] == "check":
        print("\n".join(errors) if errors else f"ok: {len(notes)} notes, no problems")
        return 1 if errors else 0
    print(stats(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
