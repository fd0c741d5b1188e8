"""Human-readable views of a ``NoteResult``: the terminal and a self-contained HTML page."""

from __future__ import annotations

import html
from collections.abc import Iterable

import click

from flagger.results import Flag, NoteResult
from flagger.taxonomy import load_indicators

STATUS_MARK = {"affirmed": "", "historical": "past", "negated": "NOT", "hypothetical": "maybe",
               "other_person": "other person"}
PRESENT_COLOURS = ("red", "magenta", "yellow", "cyan", "green", "blue")


def _highlight_ranges(flags: list[Flag]) -> list[tuple[int, int, Flag]]:
    """Non-overlapping ranges to highlight: present flags first, pattern evidence before whole-sentence
    model flags, then longer ones."""
    chosen: list[tuple[int, int, Flag]] = []
    for f in sorted(flags, key=lambda f: (not f.present, f.source == "model", -(f.end - f.start), f.start)):
        if all(f.end <= s or f.start >= e for s, e, _ in chosen):
            chosen.append((f.start, f.end, f))
    return sorted(chosen, key=lambda r: r[0])


def terminal(result: NoteResult, *, color: bool = True) -> str:
    """The note with highlights, the flags explained, then the note-level summary."""
    ids = [i.id for i in load_indicators()]
    colour = {ind: PRESENT_COLOURS[n % len(PRESENT_COLOURS)] for n, ind in enumerate(ids)}
    out: list[str] = []
    text, pos = result.text, 0
    for start, end, flag in _highlight_ranges(result.flags):
        out.append(text[pos:start])
        piece = text[start:end]
        if flag.present:
            out.append(click.style(piece, fg=colour[flag.indicator], bold=True, underline=True) if color
                       else f"[{piece}]")
        else:
            out.append(click.style(piece, dim=True, italic=True) if color else f"({piece})")
        pos = end
    out.append(text[pos:])
    lines = ["".join(out).rstrip(), "", _heading("Flags", color)]
    if not result.flags:
        lines.append("  none")
    for n, f in enumerate(result.flags, 1):
        status = f.assertion.replace("_", " ")
        why = f"rule {f.rule}" if f.rule else "model"
        if f.features:
            why += " (" + ", ".join(f.features[:3]) + ")"
        cue = f"; cue: {', '.join(repr(c.text) for c in f.cues)}" if f.cues else ""
        mark = "PRESENT" if f.present else "not present"
        lines.append(f"  {n}. {f.label} [{status}, {mark}] {f.text!r} at {f.start}-{f.end}; "
                     f"{why}; score {f.score:.2f}{cue}")
    lines += ["", _heading("Summary", color)]
    lines.append("  present: " + (", ".join(result.present) or "none"))
    for element in ("action", "means", "purpose"):
        lines.append(f"  {element}: " + (", ".join(result.amp.get(element, [])) or "-"))
    if result.alerts:
        lines.append("  ALERT: " + ", ".join(result.alerts) + " (a minor in commercial sex: no force, fraud or "
                     "coercion needs to be shown under 22 U.S.C. 7102)")
    if result.sectors:
        lines.append("  sectors: " + ", ".join(result.sectors))
    lines += ["", _heading("Still unasked", color)]
    lines += [f"  - {q['question']} ({q['indicator']})" for q in result.follow_up] or ["  nothing"]
    for w in result.warnings:
        lines.append(f"\nwarning: {w}")
    lines.append("\nThis is a review aid, not a determination: every flag is a place for a trained person to look.")
    return "\n".join(lines)


def _heading(text: str, color: bool) -> str:
    return click.style(text, bold=True) if color else text


CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.note{white-space:pre-wrap;border:1px solid #888;padding:1rem;border-radius:4px;background:#fff}
mark{padding:0 2px;border-radius:3px;color:#1a1a1a}
mark.present{background:#ffd6a5;border-bottom:3px solid #b34700}
mark.absent{background:#eee;border:1px dashed #555;text-decoration:line-through;font-style:italic}
mark .tag{font-size:.7em;font-weight:bold;margin-left:2px;vertical-align:super}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}
.alert{background:#8b0000;color:#fff;padding:.5rem 1rem;border-radius:4px}
.disclaimer{color:#444;font-size:.9em}
"""


def html_page(results: Iterable[NoteResult], *, title: str = "flagger report") -> str:
    """A self-contained page (no external assets) with every note highlighted."""
    body = [f"<h1>{html.escape(title)}</h1>",
            '<p class="disclaimer">A review aid, not a determination. Highlighted with a solid underline: '
            "present flags. Struck through and dashed: negated, hypothetical or someone else's.</p>"]
    for result in results:
        body.append(_html_note(result))
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def _html_note(result: NoteResult) -> str:
    parts: list[str] = []
    text, pos = result.text, 0
    for start, end, f in _highlight_ranges(result.flags):
        parts.append(html.escape(text[pos:start]))
        cls = "present" if f.present else "absent"
        tip = f"{f.label}: {f.assertion.replace('_', ' ')}; " + (f"rule {f.rule}" if f.rule else "model")
        tag = STATUS_MARK[f.assertion] or "✔"
        parts.append(f'<mark class="{cls}" title="{html.escape(tip)}" tabindex="0">{html.escape(text[start:end])}'
                     f'<span class="tag">{html.escape(f.label)} · {html.escape(tag)}</span></mark>')
        pos = end
    parts.append(html.escape(text[pos:]))
    rows = "".join(
        f"<tr><td>{html.escape(f.label)}</td><td>{html.escape(f.assertion)}</td><td>{html.escape(f.text)}</td>"
        f"<td>{html.escape(f.rule or 'model')}</td><td>{f.score:.2f}</td></tr>" for f in result.flags)
    alert = ('<p class="alert">Alert: minor in commercial sex — under 22 U.S.C. 7102 no force, fraud or coercion '
             "needs to be shown.</p>" if result.alerts else "")
    questions = "".join(f"<li>{html.escape(q['question'])}</li>" for q in result.follow_up)
    amp = "".join(f"<li><b>{k}</b>: {html.escape(', '.join(v) or '-')}</li>" for k, v in result.amp.items())
    heading = html.escape(result.id or "note")
    return (f"<section><h2>{heading}</h2>{alert}<div class=\"note\">{''.join(parts)}</div>"
            f"<h3>Flags</h3><table><tr><th>indicator</th><th>assertion</th><th>text</th><th>why</th><th>score</th></tr>"
            f"{rows}</table><h3>Action – Means – Purpose</h3><ul>{amp}</ul>"
            f"<h3>Still unasked</h3><ul>{questions}</ul></section>")
