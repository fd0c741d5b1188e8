"""The HTML report: summary counts, then notes ranked by how many indicators they show, highlighted.

One self-contained file (inline CSS, no scripts, no links out) that opens offline.
Notes are rendered in the workers and spooled to the ``.part`` file in input
order, each behind a one-line JSON header; finishing reads the headers, ranks,
and copies the fragments in ranked order, so memory stays small.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import IO, Any

from flagger.batch.records import Record
from flagger.batch.writers import RenderContext, Totals
from flagger.results import Flag, NoteResult

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
.disclaimer{background:#fff8e1;border-left:4px solid #f0b400;padding:.5em 1em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;
vertical-align:top}th{background:#f4f4f4}td.n{text-align:right}
body{counter-reset:rank}
article.note{border:1px solid #ccc;border-radius:6px;margin:1.2em 0;padding:.6em 1em;counter-increment:rank}
article.note h3{margin:.2em 0;font-size:1.05em}article.note h3::before{content:"#" counter(rank) "  ";color:#888}
.src{color:#666;font-size:.85em}.badge{display:inline-block;background:#e3ecfa;border-radius:3px;
padding:0 .4em;margin:.1em;font-size:.85em}.alert{background:#c62828;color:#fff}
.text{white-space:pre-wrap;background:#fafafa;padding:.5em;border-radius:4px}
mark.p{background:#ffd54f}mark.o{background:none;border-bottom:2px dashed #999}
.flags td{font-size:.9em}.muted{color:#888}
"""


@dataclass(frozen=True)
class _Entry:
    seq: int
    offset: int
    length: int
    head: dict[str, Any]

    @property
    def rank_key(self) -> tuple[int, int, int]:
        return (-len(self.head["present"]), -len(self.head["alerts"]), self.seq)


class HtmlFormat:
    name: str = "html"
    needs_text: bool = False

    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx
        self.labels = dict(ctx.indicators)

    def header(self) -> bytes:
        return b""

    def render(self, result: NoteResult, record: Record) -> bytes:
        fragment = note_fragment(result, record, include_text=self.ctx.include_text).encode() if result.flags else b""
        head = {"id": result.id, "present": list(result.present), "alerts": list(result.alerts),
                "error": result.error, "len": len(fragment)}
        return json.dumps(head, ensure_ascii=False).encode() + b"\n" + fragment

    def finish(self, part: Path, final: Path, totals: Totals) -> None:
        tmp = final.with_name(final.name + ".tmp")
        with part.open("rb") as spool, tmp.open("w", encoding="utf-8") as out:
            entries = _read_spool(spool)
            self._write_report(out, spool, entries, totals)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final)
        part.unlink()

    def _write_report(self, out: IO[str], spool: IO[bytes], entries: list[_Entry], totals: Totals) -> None:
        out.write(f"<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>\n"
                  f"<title>flagger batch report</title><style>{_CSS}</style></head><body>\n")
        out.write(self._summary(entries, totals))
        flagged = sorted((e for e in entries if e.length), key=lambda e: e.rank_key)
        limit = self.ctx.html_limit or len(flagged)
        out.write(f"<h2>Notes with flags ({len(flagged)}), most indicators first</h2>\n")
        for entry in flagged[:limit]:
            spool.seek(entry.offset)
            out.write(spool.read(entry.length).decode())
        out.write(_id_list(f"More notes with flags, not shown in full (limit {limit})", flagged[limit:]))
        out.write(_id_list("Notes with no flags", [e for e in entries if not e.length and not e.head["error"]]))
        out.write(_id_list("Notes that could not be processed", [e for e in entries if e.head["error"]]))
        out.write("</body></html>\n")

    def _summary(self, entries: list[_Entry], totals: Totals) -> str:
        per_indicator = Counter(i for e in entries for i in e.head["present"])
        alerts = sum(1 for e in entries if e.head["alerts"])
        rows = "".join(f"<tr><td>{escape(label)}</td><td><code>{escape(i)}</code></td>"
                       f"<td class=n>{per_indicator.get(i, 0)}</td></tr>" for i, label in self.ctx.indicators)
        return (
            "<h1>flagger batch report</h1>\n<p class=disclaimer>Every flag is a place to look, not a finding. "
            "A trained person decides; the tool never says that someone is a victim.</p>\n"
            f"<table><tr><th>notes</th><td class=n>{totals.notes}</td></tr>"
            f"<tr><th>notes with indicators</th><td class=n>{totals.with_indicators}</td></tr>"
            f"<tr><th>notes with the minor + commercial sex alert</th><td class=n>{alerts}</td></tr>"
            f"<tr><th>errors (see the errors file)</th><td class=n>{totals.errors}</td></tr>"
            f"<tr><th>duplicate ids</th><td class=n>{totals.duplicates}</td></tr></table>\n"
            f"<h2>Notes per indicator present</h2>\n<table><tr><th>indicator</th><th>id</th><th>notes</th></tr>"
            f"{rows}</table>\n"
        )


def _read_spool(spool: IO[bytes]) -> list[_Entry]:
    entries: list[_Entry] = []
    while line := spool.readline():
        head = json.loads(line)
        entries.append(_Entry(len(entries), spool.tell(), head["len"], head))
        spool.seek(head["len"], os.SEEK_CUR)
    return entries


def _id_list(title: str, entries: list[_Entry]) -> str:
    if not entries:
        return ""
    items = "".join(f"<li>{escape(str(e.head['id']))} <span class=muted>{escape(_note_summary(e.head))}</span></li>"
                    for e in entries)
    return (f"<h2>{escape(title)} ({len(entries)})</h2>\n"
            f"<details><summary>show ids</summary><ul>{items}</ul></details>\n")


def _note_summary(head: dict[str, Any]) -> str:
    if head["error"]:
        return str(head["error"])
    return ", ".join(head["present"] + head["alerts"])


def note_fragment(result: NoteResult, record: Record, *, include_text: bool) -> str:
    """One note: id, source, present indicators, meta, highlighted text, and a table of its flags."""
    badges = "".join(f"<span class=badge>{escape(i)}</span>" for i in result.present)
    badges += "".join(f"<span class='badge alert'>{escape(a)}</span>" for a in result.alerts)
    meta = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(_cell(v))}</td></tr>" for k, v in result.meta.items())
    parts = [
        f"<article class=note><h3>{escape(str(result.id))}</h3>",
        f"<div class=src>{escape(str(record.location))}</div>",
        f"<div>{badges or '<span class=muted>no indicator present</span>'}</div>",
        f"<table class=meta>{meta}</table>" if meta else "",
        f"<div class=text>{highlight(record.text, result.flags)}</div>" if include_text else "",
        _flags_table(result.flags, include_text=include_text),
        "</article>\n",
    ]
    return "".join(parts)


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def highlight(text: str, flags: list[Flag]) -> str:
    """The escaped text with each flagged stretch in a ``<mark>``: solid for present, dashed otherwise."""
    n = len(text)
    spans = [(max(0, min(f.start, n)), max(0, min(f.end, n)), f) for f in flags]
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in pairwise(cuts):
        segment = escape(text[a:b])
        cover = [f for s, e, f in spans if s <= a and e >= b]
        if not cover:
            out.append(segment)
            continue
        cls = "p" if any(f.present for f in cover) else "o"
        title = "; ".join(f"{f.label} ({f.assertion})" for f in cover)
        out.append(f'<mark class={cls} title="{escape(title)}">{segment}</mark>')
    return "".join(out)


def _flags_table(flags: list[Flag], *, include_text: bool) -> str:
    head = "<tr><th>indicator</th><th>assertion</th>" + ("<th>text</th>" if include_text else "<th>at</th>") + \
           "<th>score</th><th>source</th><th>rule</th></tr>"
    rows = []
    for f in flags:
        where = escape(f.text) if include_text else f"{f.start}–{f.end}"
        cls = "" if f.present else " class=muted"
        rows.append(f"<tr{cls}><td>{escape(f.label)}</td><td>{escape(f.assertion)}</td><td>{where}</td>"
                    f"<td class=n>{float(f.score):.2f}</td><td>{escape(f.source)}</td>"
                    f"<td>{escape(f.rule or '')}</td></tr>")
    return f"<table class=flags>{head}{''.join(rows)}</table>"
