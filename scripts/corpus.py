"""Build and check the annotated corpus from its inline-markup source files.

The corpus was written for this project (language-model assisted; no real case notes) in
``training_data/raw/*.txt``: notes separated by ``### id=... setting=...``
headers, spans marked inline as ``{{span text|indicator|assertion}}`` (nesting
allowed). This script strips the markup into the JSONL the tool reads:

    {"id": ..., "setting": ..., "text": ..., "spans": [{"start", "end", "indicator", "assertion"}]}

Usage:
    python scripts/corpus.py check FILE_OR_DIR...   # report every problem, line numbers
    python scripts/corpus.py stats FILE_OR_DIR...   # counts per indicator and assertion
    python scripts/corpus.py build                  # raw/ -> train/dev/test.jsonl
    python scripts/corpus.py dedupe [--exhaustive] [FILE_OR_DIR...]
                                   # test sentences >= 0.8 similar to a train sentence; exit 1 if any
    python scripts/corpus.py datasheet [FILE_OR_DIR...]  # the datasheet's count tables, Markdown
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def render_markup(text: str, spans: list[dict]) -> str:
    """The inverse of ``parse_markup``: plain text and spans back to inline markup."""
    opens: dict[int, list[dict]] = collections.defaultdict(list)
    closes: dict[int, list[dict]] = collections.defaultdict(list)
    for s in spans:
        opens[s["start"]].append(s)
        closes[s["end"]].append(s)
    out: list[str] = []
    for i in range(len(text) + 1):
        # inner spans close first (latest start), outer spans open first (latest end)
        for s in sorted(closes[i], key=lambda s: -s["start"]):
            out.append(f"|{s['indicator']}|{s['assertion']}}}}}")
        out.append("{{" * len(opens[i]))
        if i < len(text):
            out.append(text[i])
    return "".join(out)


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


def records(notes: list[Note]) -> dict[str, list[dict]]:
    """The JSONL records of each split, in the order ``build`` writes them."""
    out: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for n in sorted(notes, key=lambda n: n.id):
        out[split_of(n.id)].append({"id": n.id, "setting": n.setting, "text": n.text, "spans": n.spans})
    return out


def write_splits(notes: list[Note], out_dir: Path) -> None:
    """Write ``train/dev/test.jsonl`` for ``notes`` into ``out_dir``."""
    for name, recs in records(notes).items():
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in recs)


def build(out_dir: Path = ROOT / "training_data") -> int:
    notes, errors = collect([str(RAW)])
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    write_splits(notes, out_dir)
    print(stats(notes))
    return 0


# --- sentences, near duplicates, datasheet tables ------------------------------------------

NEAR_DUPLICATE = 0.8  # difflib ratio at or above which a test sentence leaks a train sentence
PREFILTER_COSINE = 0.3  # character 3-gram cosine a pair needs before difflib is run on it
SPLITS = ("train", "dev", "test")


def sentencize(notes: list[Note], nlp: Any = None) -> dict[str, list[str]]:
    """Each note's sentences, as flagger's own case-note sentencizer cuts them.

    ``nlp`` is ``flagger.load(rules_only=True).nlp``, loaded here when not given.
    """
    if nlp is None:
        import flagger  # imported here: check/stats/build do not need spaCy

        nlp = flagger.load(rules_only=True).nlp
    with nlp.select_pipes(enable=["flagger_sentences"]):
        docs = nlp.pipe(n.text for n in notes)
        return {n.id: [s.text.strip() for s in doc.sents if s.text.strip()] for n, doc in zip(notes, docs)}


def normalise(sentence: str) -> str:
    """Lower case, punctuation to spaces, runs of white space to one space."""
    return " ".join(re.sub(r"[\W_]+", " ", sentence.lower()).split())


def similarity(a: str, b: str) -> float:
    """difflib ratio of two normalised sentences (no autojunk: it would junk common letters)."""
    import difflib

    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class Match:
    test_id: str
    train_id: str
    score: float
    test_sentence: str
    train_sentence: str


def best_matches(test: dict[str, list[str]], train: dict[str, list[str]], *,
                 floor: float = NEAR_DUPLICATE, exhaustive: bool = False) -> tuple[list[Match], int]:
    """For every test sentence, the most similar train sentence when that similarity is >= ``floor``.

    Sentences are compared after ``normalise``. Returns the matches (one per test note
    and distinct sentence) and the number of test sentences so counted.

    Two prefilters keep difflib to a few thousand of the ~4 million pairs. The
    character-count bound (difflib's ``quick_ratio``) is exact: never below the ratio.
    The character 3-gram cosine (>= ``PREFILTER_COSINE``) is a heuristic: on this corpus
    the lowest cosine of any pair with ratio >= 0.8 was 0.41 (>= 0.7: 0.36).
    ``exhaustive=True`` drops it, to check that it loses nothing (about 3x slower).
    """
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    def index(by_note: dict[str, list[str]]) -> dict[str, list[str]]:
        where: dict[str, list[str]] = collections.defaultdict(list)
        for note_id in sorted(by_note):
            for s in by_note[note_id]:
                if normalise(s) and note_id not in where[normalise(s)]:
                    where[normalise(s)].append(note_id)
        return where

    test_at, train_at = index(test), index(train)
    te, tr = sorted(test_at), sorted(train_at)
    raw = {normalise(s): s for by_note in (train, test) for ss in by_note.values() for s in ss}
    chars = {c: i for i, c in enumerate(sorted(set("".join(te + tr))))}

    def char_counts(strings: list[str]) -> np.ndarray:
        m = np.zeros((len(strings), len(chars)), dtype=np.int32)
        for i, s in enumerate(strings):
            for c, k in collections.Counter(s).items():
                m[i, chars[c]] = k
        return m

    grams = CountVectorizer(analyzer="char", ngram_range=(3, 3), lowercase=False).fit([f" {s} " for s in te + tr])
    cos = (normalize(grams.transform([f" {s} " for s in te])) @ normalize(grams.transform([f" {s} " for s in tr])).T)
    cos = cos.toarray()
    ct, cr = char_counts(te), char_counts(tr)
    lt, lr = np.array([len(s) for s in te]), np.array([len(s) for s in tr])
    matches: list[Match] = []
    for lo in range(0, len(te), 64):
        common = np.minimum(ct[lo:lo + 64, None, :], cr[None, :, :]).sum(axis=2)
        bound = 2 * common / (lt[lo:lo + 64, None] + lr[None, :])
        for i in range(lo, min(lo + 64, len(te))):
            keep = bound[i - lo] >= floor
            if not exhaustive:
                keep &= cos[i] >= PREFILTER_COSINE
            best, best_j = 0.0, -1
            for j in sorted(np.flatnonzero(keep), key=lambda j: -bound[i - lo, j]):
                if bound[i - lo, j] <= best:
                    break  # no later candidate can beat the best so far
                score = similarity(te[i], tr[j])
                if score > best:
                    best, best_j = score, j
            if best >= floor:
                for test_id in test_at[te[i]]:
                    matches.append(Match(test_id, train_at[tr[best_j]][0], best, raw[te[i]], raw[tr[best_j]]))
    return matches, sum(len(ids) for ids in test_at.values())


def split_sentences(notes: list[Note], nlp: Any = None) -> dict[str, dict[str, list[str]]]:
    """Sentences of each note, grouped by split: ``{split: {note id: [sentence, ...]}}``."""
    by_note = sentencize(notes, nlp)
    out: dict[str, dict[str, list[str]]] = {name: {} for name in SPLITS}
    for n in notes:
        out[split_of(n.id)][n.id] = by_note[n.id]
    return out


def dedupe(paths: list[str], *, exhaustive: bool = False) -> int:
    notes, errors = collect(paths)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    sents = split_sentences(notes)
    matches, n_test = best_matches(sents["test"], sents["train"], exhaustive=exhaustive)
    near = sorted((m for m in matches if m.score >= NEAR_DUPLICATE), key=lambda m: (m.test_id, -m.score))
    bins = collections.Counter(
        "1.0" if m.score == 1 else f"[{int(m.score * 10) / 10:.1f}, {int(m.score * 10) / 10 + 0.1:.1f})"
        for m in matches)
    print(f"test sentences: {sum(map(len, sents['test'].values()))} ({n_test} distinct within their note) "
          f"in {len(sents['test'])} notes; "
          f"train sentences: {sum(map(len, sents['train'].values()))} in {len(sents['train'])} notes")
    print("highest similarity of each distinct test sentence to any train sentence "
          "(difflib ratio on normalised lower-case text):")
    for label in ("1.0", "[0.9, 1.0)", "[0.8, 0.9)"):
        print(f"  {label:11} {bins[label]:5d}")
    print(f"  {'< 0.8':11} {n_test - len(matches):5d}")
    print(f"near duplicates (>= {NEAR_DUPLICATE}): {len(near)} test sentences in "
          f"{len({m.test_id for m in near})} test notes")
    for m in near:
        print(f"  {m.test_id}  ~  {m.train_id}  {m.score:.3f}  {m.test_sentence!r}  ~  {m.train_sentence!r}")
    return 1 if near else 0


def md_table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def batch_of(note: Note) -> str:
    return note.source.rsplit("_", 1)[0]


def present_indicators(note: Note) -> set[str]:
    return {s["indicator"] for s in note.spans if s["assertion"] in PRESENT}


def group_table(notes: list[Note], sents: dict[str, list[str]], key: Callable[[Note], str],
                keys: list[str], title: str) -> str:
    """Notes, sentences, words, spans and the 'a third of notes' counts per group."""
    rows: list[list[object]] = []
    for k in keys + ["**all**"]:
        ns = [n for n in notes if k == "**all**" or key(n) == k]
        off = [n for n in ns if any(s["assertion"] not in PRESENT for s in n.spans)]
        empty = [n for n in ns if not present_indicators(n)]
        rows.append([k, len(ns), sum(len(sents[n.id]) for n in ns), sum(len(n.text.split()) for n in ns),
                     sum(len(n.spans) for n in ns), sum(s["assertion"] not in PRESENT for n in ns for s in n.spans),
                     len(empty), len(off), len({n.id for n in off + empty})])
    header = [title, "notes", "sentences", "words", "spans", "non-present spans",
              "notes with no present indicator", "notes with a non-present span", "notes with either"]
    return md_table(header, rows)


def indicator_table(notes: list[Note]) -> str:
    """Spans per indicator and assertion, present spans per split, notes per indicator."""
    counts: dict[str, collections.Counter] = {ind: collections.Counter() for ind in INDICATORS}
    for n in notes:
        for s in n.spans:
            counts[s["indicator"]][s["assertion"]] += 1
            counts[s["indicator"]][split_of(n.id)] += s["assertion"] in PRESENT
        for ind in present_indicators(n):
            counts[ind]["notes"] += 1
    total = sum(counts.values(), collections.Counter())
    rows = [[f"`{ind}`" if ind in counts else ind, c["affirmed"] + c["historical"]]
            + [c[a] for a in ASSERTIONS] + [c[s] for s in SPLITS] + [c["notes"] if ind in counts else "–"]
            for ind, c in [*counts.items(), ("**all**", total)]]
    return md_table(["indicator", "present", *ASSERTIONS, *(f"present in {s}" for s in SPLITS), "notes"], rows)


def setting_table(notes: list[Note]) -> str:
    batches = sorted({batch_of(n) for n in notes})
    settings = collections.Counter(n.setting for n in notes)
    rows: list[list[object]] = []
    for setting, k in sorted(settings.items(), key=lambda kv: (-kv[1], kv[0])):
        ns = [n for n in notes if n.setting == setting]
        per = collections.Counter(batch_of(n) for n in ns)
        rows.append([f"`{setting}`", k, *(per[b] or "" for b in batches), sum(not present_indicators(n) for n in ns)])
    return md_table(["setting", "notes", *batches, "no present indicator"], rows)


def purpose_table(notes: list[Note]) -> str:
    cs, fl = "commercial_sex", "forced_labor"
    tests: list[tuple[str, Callable[[set[str]], bool]]] = [
        (f"`{cs}` present", lambda h: cs in h),
        (f"`{fl}` present", lambda h: fl in h),
        ("both", lambda h: {cs, fl} <= h),
        ("neither, some other indicator present", lambda h: bool(h) and not h & {cs, fl}),
        ("`minor` present", lambda h: "minor" in h),
        ("`minor` the only present indicator", lambda h: h == {"minor"}),
        (f"`minor` + `{cs}` (the `minor_commercial_sex` alert)", lambda h: {"minor", cs} <= h),
    ]
    rows = [[label, *(sum(test(present_indicators(n)) for n in notes if split_of(n.id) == sp) for sp in SPLITS),
             sum(test(present_indicators(n)) for n in notes)] for label, test in tests]
    return md_table(["notes with", *SPLITS, "all"], rows)


def length_summary(notes: list[Note], sents: dict[str, list[str]]) -> str:
    def q(xs: list[int]) -> str:
        xs = sorted(xs)
        return f"min {xs[0]}, median {xs[len(xs) // 2]}, 90th pct {xs[int(len(xs) * 0.9)]}, max {xs[-1]}"

    spans = [(n, s) for n in notes for s in n.spans]
    nested = sum(1 for n in notes for a in n.spans for b in n.spans
                 if a is not b and a["start"] <= b["start"] and b["end"] <= a["end"])
    present = sum(s["assertion"] in PRESENT for _, s in spans)
    return (f"- words per note: {q([len(n.text.split()) for n in notes])}\n"
            f"- sentences per note: {q([len(sents[n.id]) for n in notes])}\n"
            f"- words per span: {q([len(n.text[s['start']:s['end']].split()) for n, s in spans])}\n"
            f"- spans per note: mean {len(spans) / len(notes):.1f} (present spans: {present / len(notes):.1f})\n"
            f"- spans nested inside another span: {nested}")


def datasheet(paths: list[str], nlp: Any = None) -> str:
    """The datasheet's count tables, in Markdown."""
    notes, errors = collect(paths)
    if errors:
        raise SystemExit("\n".join(errors))
    sents = sentencize(notes, nlp)
    return "\n\n".join([
        "Non-present = `negated`, `hypothetical` or `other_person`. Sentences as cut by flagger's sentencizer.",
        "### Per split\n\n" + group_table(notes, sents, lambda n: split_of(n.id), list(SPLITS), "split"),
        "### Per batch\n\n" + group_table(notes, sents, batch_of, sorted({batch_of(n) for n in notes}), "batch"),
        "### Spans per indicator and assertion\n\n`present` = affirmed + historical; the split columns count "
        "present spans; `notes` = notes where the indicator is present.\n\n" + indicator_table(notes),
        "### Per setting\n\n" + setting_table(notes),
        "### Notes by purpose and age\n\n" + purpose_table(notes),
        "### Lengths\n\n" + length_summary(notes, sents),
    ])


def main(argv: list[str]) -> int:
    commands = {"check", "stats", "build", "dedupe", "datasheet", "export"}
    if len(argv) < 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "build":
        return build()
    if argv[0] == "export":  # export SRC_DIR OUT.jsonl: one extra set, outside the fixed split
        notes, errors = collect([argv[1]])
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        with open(argv[2], "w", encoding="utf-8") as out:
            out.writelines(json.dumps({"id": n.id, "setting": n.setting, "text": n.text, "spans": n.spans},
                                     ensure_ascii=False) + "\n" for n in sorted(notes, key=lambda n: n.id))
        print(stats(notes))
        return 0
    if argv[0] == "dedupe":
        args = [a for a in argv[1:] if a != "--exhaustive"]
        return dedupe(args or [str(RAW)], exhaustive="--exhaustive" in argv[1:])
    if argv[0] == "datasheet":
        print(datasheet(argv[1:] or [str(RAW)]))
        return 0
    notes, errors = collect(argv[1:] or [str(RAW)])
    if argv[0] == "check":
        print("\n".join(errors) if errors else f"ok: {len(notes)} notes, no problems")
        return 1 if errors else 0
    print(stats(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
