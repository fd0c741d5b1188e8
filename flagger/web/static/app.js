// flagger's one page: check the note as the caseworker types and show why each flag was raised.
// Every piece of note text reaches the DOM through textContent or text nodes, never as markup.
"use strict";

const DEBOUNCE_MS = 350;
const ASSERTION_TEXT = {
  affirmed: "affirmed",
  historical: "historical",
  negated: "negated",
  hypothetical: "hypothetical",
  other_person: "other person",
};
const AMP_ROWS = [
  ["action", "Action"],
  ["means", "Means"],
  ["purpose", "Purpose"],
];
const ALERT_TEXT = {
  minor_commercial_sex:
    "Minor and commercial sex are both present. Under the US federal definition no force, fraud or coercion needs to be shown.",
};

const state = {
  indicators: new Map(), // id -> indicator from /api/indicators
  timer: null,
  controller: null,
  sequence: 0,
  lastSent: null, // mode + text of the latest request
  lastRendered: null, // mode + text of the result on screen
};

const $ = (id) => document.getElementById(id);

// ---- small DOM helpers -------------------------------------------------

function el(tag, { className, text, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function replaceChildren(node, children) {
  node.replaceChildren(...children);
}

function labelOf(id) {
  const indicator = state.indicators.get(id);
  return indicator ? indicator.label : id;
}

// ---- talking to the server ---------------------------------------------

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function postCheck(text, mode, signal) {
  const response = await fetch("/api/check", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text, mode }),
    signal,
    cache: "no-store",
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `The server answered ${response.status}.`);
  return body;
}

// ---- checking as the caseworker types ----------------------------------

function scheduleCheck() {
  clearTimeout(state.timer);
  document.body.dataset.state = "pending";
  state.timer = setTimeout(checkNow, DEBOUNCE_MS);
}

async function checkNow() {
  clearTimeout(state.timer);
  const text = $("note").value;
  const mode = $("mode").value || null;
  if (!text.trim()) {
    showEmpty();
    return;
  }
  const key = `${mode}\u0000${text}`;
  if (key === state.lastSent) {
    // Nothing new to ask; a request in flight will render, else the shown result is current.
    if (key === state.lastRendered) document.body.dataset.state = "ready";
    return;
  }
  state.lastSent = key;
  if (state.controller) state.controller.abort();
  state.controller = new AbortController();
  const sequence = ++state.sequence;
  setStatus("Checking…", false);
  try {
    const result = await postCheck(text, mode, state.controller.signal);
    if (sequence === state.sequence) {
      state.lastRendered = key;
      render(text, result);
    }
  } catch (error) {
    if (error.name === "AbortError" || sequence !== state.sequence) return;
    state.lastSent = null;
    setStatus(`Could not check the note: ${error.message}`, true);
  }
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
  if (isError) document.body.dataset.state = "error";
}

function showEmpty() {
  if (state.controller) state.controller.abort();
  state.sequence++;
  state.lastSent = null;
  state.lastRendered = null;
  render("", { flags: [], present: [], amp: {}, alerts: [], follow_up: [], sectors: [], warnings: [] });
  setStatus("Type or paste a note.", false);
}

// ---- rendering a result ------------------------------------------------

function render(text, result) {
  hideTooltip();
  renderNote(text, result.flags);
  renderAlerts(result.alerts);
  renderAmp(result.amp || {});
  renderPresent(result.present);
  renderFollowUp(result.follow_up);
  renderFlagList(result.flags);
  renderAbout(result);
  if (text) setStatus(summaryLine(result), false);
  // "ready" once the result shown is for the note as it stands (tests wait for it).
  document.body.dataset.state = text === $("note").value ? "ready" : "pending";
}

function summaryLine(result) {
  const present = result.present.length;
  const shown = result.flags.length;
  const unasked = result.follow_up.length;
  const alerts = result.alerts.length ? ` ${result.alerts.length} alert.` : "";
  return `${present} indicator${present === 1 ? "" : "s"} present, ${shown} flag${shown === 1 ? "" : "s"} shown, ${unasked} question${unasked === 1 ? "" : "s"} still unasked.${alerts}`;
}

// Offsets from the server are Python string indices (code points); JavaScript
// strings count UTF-16 units. unitOffsets[i] is the unit index of code point i.
function unitOffsets(text) {
  const offsets = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    offsets.push(unit);
  }
  return offsets;
}

// Split the note at every flag boundary; each piece lists the flags covering it.
function segments(length, flags) {
  const cuts = new Set([0, length]);
  for (const flag of flags) {
    cuts.add(Math.max(0, Math.min(length, flag.start)));
    cuts.add(Math.max(0, Math.min(length, flag.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = flags
      .map((flag, index) => ({ flag, index }))
      .filter(({ flag }) => flag.start <= start && flag.end >= end);
    pieces.push({ start, end, covering });
  }
  return pieces;
}

function renderNote(text, flags) {
  const units = unitOffsets(text);
  const length = units.length - 1;
  const nodes = [];
  for (const piece of segments(length, flags)) {
    const slice = text.slice(units[piece.start], units[piece.end]);
    if (!piece.covering.length) {
      nodes.push(document.createTextNode(slice));
      continue;
    }
    nodes.push(markFor(slice, piece.covering));
    for (const { flag } of piece.covering) {
      if (flag.end === piece.end && flag.assertion !== "affirmed") nodes.push(badge(flag.assertion));
    }
  }
  replaceChildren($("note-view"), nodes);
}

function primaryFlag(covering) {
  const present = covering.find(({ flag }) => flag.present);
  return (present || covering[0]).flag;
}

function markFor(slice, covering) {
  const main = primaryFlag(covering);
  const anyPresent = covering.some(({ flag }) => flag.present);
  const classes = ["flag", `ind-${main.indicator}`, `assert-${main.assertion}`];
  if (!anyPresent) classes.push("not-present");
  const labels = covering.map(({ flag }) => `${labelOf(flag.indicator)} (${ASSERTION_TEXT[flag.assertion] || flag.assertion})`);
  const mark = el("mark", {
    className: classes.join(" "),
    text: slice,
    attrs: {
      tabindex: "0",
      "data-indicators": [...new Set(covering.map(({ flag }) => flag.indicator))].join(" "),
      "data-flags": covering.map(({ index }) => index).join(" "),
      "aria-label": `${slice}: ${labels.join("; ")}`,
    },
  });
  mark.flagData = covering.map(({ flag }) => flag);
  return mark;
}

function badge(assertion) {
  return el("span", { className: `badge badge-${assertion}`, text: ASSERTION_TEXT[assertion] || assertion });
}

function renderAlerts(alerts) {
  const section = $("alerts");
  section.hidden = !alerts.length;
  replaceChildren($("alert-list"), alerts.map((code) => el("li", { text: ALERT_TEXT[code] || code, attrs: { "data-alert": code } })));
}

function renderAmp(amp) {
  const rows = [];
  for (const [key, title] of AMP_ROWS) {
    const ids = amp[key] || [];
    rows.push(el("dt", { className: ids.length ? "met" : "unmet", text: `${title}: ${ids.length ? "shown" : "not shown yet"}` }));
    rows.push(el("dd", { text: ids.length ? ids.map(labelOf).join(", ") : "—" }));
  }
  replaceChildren($("amp"), rows);
}

function renderPresent(present) {
  const items = present.map((id) => el("li", { className: `chip ind-${id}`, text: labelOf(id), attrs: { "data-indicator": id } }));
  if (!items.length) items.push(el("li", { className: "none", text: "None yet." }));
  replaceChildren($("present"), items);
}

function renderFollowUp(followUp) {
  const items = followUp.map((q) =>
    el("li", { attrs: { "data-indicator": q.indicator } }, [
      el("span", { className: "question", text: q.question }),
      el("span", { className: "about-question", text: labelOf(q.indicator) }),
    ]),
  );
  replaceChildren($("follow-up"), items);
}

function renderFlagList(flags) {
  const items = flags.map((flag, index) => {
    const item = el("li", { className: flag.present ? "is-present" : "not-present", attrs: { "data-indicator": flag.indicator } });
    const show = el("button", { className: `flag-link ind-${flag.indicator}`, text: labelOf(flag.indicator), attrs: { type: "button", title: "Show in the note" } });
    show.addEventListener("click", () => focusFlag(index));
    const quote = el("span", { className: "quote", text: flag.text ? ` “${flag.text}”` : "" });
    const why = el("details", {}, [el("summary", { text: "Why this flag" }), el("div", { className: "details" }, explanationLines(flag))]);
    item.append(show, badge(flag.assertion), quote, why);
    return item;
  });
  if (!items.length) items.push(el("li", { className: "none", text: "No flags." }));
  replaceChildren($("flag-list"), items);
}

function focusFlag(index) {
  const mark = [...$("note-view").querySelectorAll("mark")].find((m) => m.dataset.flags.split(" ").includes(String(index)));
  if (mark) mark.focus();
}

function renderAbout(result) {
  const sectors = result.sectors || [];
  $("sectors").textContent = sectors.length ? `Sector named: ${sectors.join(", ")}.` : "";
  replaceChildren($("warnings"), (result.warnings || []).map((w) => el("li", { text: w })));
  $("model").textContent = result.model ? `Model: ${result.model}. Mode: ${result.mode}.` : result.mode ? `Rules only. Mode: ${result.mode}.` : "";
}

// ---- explaining a flag -------------------------------------------------

const SOURCE_TEXT = {
  pattern: "a pattern rule",
  model: "the trained model",
  "pattern+model": "a pattern rule and the trained model",
};

function evidenceText(flag) {
  const parts = [SOURCE_TEXT[flag.source] || flag.source];
  if (flag.rule) parts.push(`rule ${flag.rule}`);
  const features = (flag.features || []).slice(0, 6);
  if (features.length) parts.push(`model features: ${features.join(", ")}`);
  return parts.join("; ");
}

function cueText(flag) {
  if (!flag.cues || !flag.cues.length) return "none (affirmed by default)";
  return flag.cues.map((cue) => `“${cue.text}” → ${ASSERTION_TEXT[cue.assertion] || cue.assertion}`).join(", ");
}

function explanationLines(flag) {
  const indicator = state.indicators.get(flag.indicator) || {};
  const line = (name, value) => el("p", {}, [el("span", { className: "term", text: `${name}: ` }), document.createTextNode(value)]);
  const lines = [];
  if (flag.text) lines.push(line("Matched", `“${flag.text}”`));
  lines.push(line("Status", `${ASSERTION_TEXT[flag.assertion] || flag.assertion}${flag.present ? " (counts as present)" : " (shown for review, not counted)"}`));
  if (indicator.definition) lines.push(line("Definition", indicator.definition));
  lines.push(line("Evidence", evidenceText(flag)));
  lines.push(line("Score", Number(flag.score).toFixed(2)));
  lines.push(line("Assertion cues", cueText(flag)));
  return lines;
}

function tooltipContent(flags) {
  return flags.map((flag) =>
    el("div", { className: "tip-flag" }, [
      el("p", { className: "tip-title" }, [el("strong", { text: labelOf(flag.indicator) }), document.createTextNode(" "), badge(flag.assertion)]),
      ...explanationLines(flag),
    ]),
  );
}

function showTooltip(mark) {
  const tip = $("tooltip");
  replaceChildren(tip, tooltipContent(mark.flagData || []));
  tip.hidden = false;
  mark.setAttribute("aria-describedby", "tooltip");
  const box = mark.getBoundingClientRect();
  const width = Math.min(420, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  tip.style.width = `${width}px`;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.bottom + window.scrollY + 2}px`;
}

function hideTooltip() {
  const tip = $("tooltip");
  tip.hidden = true;
  for (const mark of document.querySelectorAll("mark[aria-describedby]")) mark.removeAttribute("aria-describedby");
}

function onNoteViewEvent(event) {
  const mark = event.target.closest && event.target.closest("#note-view mark");
  if (!mark) return;
  if (event.type === "focusin" || event.type === "mouseover") showTooltip(mark);
  else if (event.type === "focusout" || event.type === "mouseout") {
    const next = event.relatedTarget;
    if (!(next && next.closest && (next.closest("#tooltip") || next === mark))) hideTooltip();
  }
}

// ---- start ---------------------------------------------------------------

function fillModes(health) {
  const select = $("mode");
  replaceChildren(select, health.modes.map((mode) => el("option", { text: mode, attrs: { value: mode } })));
  select.value = health.mode;
  select.disabled = health.modes.length < 2;
}

function wireEvents() {
  const note = $("note");
  note.addEventListener("input", scheduleCheck);
  note.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      checkNow();
    }
  });
  $("mode").addEventListener("change", checkNow);
  $("check-now").addEventListener("click", checkNow);
  $("clear").addEventListener("click", () => {
    note.value = "";
    showEmpty();
    note.focus();
  });
  const view = $("note-view");
  for (const type of ["focusin", "focusout", "mouseover", "mouseout"]) view.addEventListener(type, onNoteViewEvent);
  $("tooltip").addEventListener("mouseleave", hideTooltip);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideTooltip();
  });
}

async function start() {
  wireEvents();
  try {
    const [taxonomy, health] = await Promise.all([getJSON("/api/indicators"), getJSON("/healthz")]);
    for (const indicator of taxonomy.indicators) state.indicators.set(indicator.id, indicator);
    fillModes(health);
  } catch (error) {
    setStatus(`Could not reach the flagger server: ${error.message}`, true);
    return;
  }
  if ($("note").value.trim()) checkNow();
  else showEmpty();
}

document.addEventListener("DOMContentLoaded", start);
