"""Assertion status of each indicator mention, ConText-style (Harkema et al. 2009).

A trigger term ("denies", "worried that", "her cousin", "in 2019") opens a scope
forward, backward or both, bounded by the sentence, by ``max_scope`` tokens and by
terminators ("but", "however", "which"). A target inside a trigger's scope takes
the trigger's category. Pseudo-triggers ("not only", "no doubt") cancel the
triggers they overlap. A negation word *inside* a matched phrase belongs to the
phrase ("not allowed to leave" is movement control, affirmed) and is ignored.

Screening questions are their own case: a target in a question is hypothetical,
unless the next sentence answers it ("A: no" negates, "A: yes" affirms).

The rules themselves are data: ``flagger/data/context/*.jsonl``.
"""

from __future__ import annotations

from dataclasses import dataclass

from flagger.rules import SCOPED, ContextRule

# When triggers of several categories reach a target, the first listed wins.
PRIORITY = ("negated", "hypothetical", "other_person", "historical")
SCOPE_CATEGORIES = frozenset(SCOPED)
ANSWER_WINDOW = 3  # an answer cue must start within this many tokens of its sentence


@dataclass(frozen=True)
class Modifier:
    start: int
    end: int
    rule: ContextRule

    @property
    def category(self) -> str:
        return self.rule.category

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Assertion:
    status: str
    cues: tuple[Modifier, ...] = ()


def clean_modifiers(modifiers: list[Modifier], targets: list[tuple[int, int]]) -> list[Modifier]:
    """Drop modifiers cancelled by a pseudo-trigger, and negations that are part of a target phrase."""
    pseudos = [m for m in modifiers if m.category == "pseudo"]
    kept = []
    for m in modifiers:
        if m.category == "pseudo":
            continue
        left = _restricted(m, [p for p in pseudos if p.overlaps(m.start, m.end) and _cancels(p, m)])
        if left is None:
            continue
        if left.category == "negated" and any(left.overlaps(s, e) for s, e in targets):
            continue
        kept.append(left)
    return _drop_nested(kept)


def _cancels(pseudo: Modifier, m: Modifier) -> bool:
    """A pseudo-trigger cancels a trigger it overlaps; one that starts inside a claim taken back ("said no, sorry":
    the answer pseudo "no ,") leaves the retraction alone."""
    return not m.rule.crosses_terminators or pseudo.start <= m.start


def _restricted(m: Modifier, cancelling: list[Modifier]) -> Modifier | None:
    """*m* without the indicators the *cancelling* triggers apply to; None when none is left (an unrestricted
    pseudo-trigger cancels it outright)."""
    rule: ContextRule | None = m.rule
    for c in cancelling:
        rule = rule.without(c.rule)
        if rule is None:
            return None
    return m if rule is m.rule else Modifier(m.start, m.end, rule)


def _drop_nested(modifiers: list[Modifier]) -> list[Modifier]:
    """Of two overlapping triggers of one category and direction keep the longer ("no longer" over "no").

    Triggers facing different ways, or reaching different indicators, are different cues: in "Debt: no one
    else's" the field answer ": no" reaches back to its label and "no" forward, and neither replaces the other.
    A trigger inside a longer one of another category is part of it: "not" in "not sure if" negates nothing
    (nothing the longer trigger reaches: "heard" inside a "heard about" restricted to other indicators still
    speaks for the rest)."""
    ordered = sorted(modifiers, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Modifier] = []
    for m in ordered:
        if any(_same_kind(k.rule, m.rule) and k.overlaps(m.start, m.end) for k in kept):
            continue
        if m.category in SCOPE_CATEGORIES:  # part of a longer trigger, for the indicators that one reaches
            left = _restricted(m, [k for k in modifiers if _inside_longer(m, k)])
            if left is None:
                continue
            m = left
        kept.append(m)
    return kept


def _inside_longer(m: Modifier, k: Modifier) -> bool:
    """Is *m* part of a longer trigger of another category ("not" in the hypothetical "not sure if")?"""
    return (k.category != m.category and k.category in SCOPE_CATEGORIES and k.start <= m.start
            and m.end <= k.end and k.end - k.start > m.end - m.start)


def _same_kind(a: ContextRule, b: ContextRule) -> bool:
    """Triggers one can stand for the other: same category, direction and indicators reached."""
    return (a.category, a.direction, a.allowed_types, a.excluded_types, a.experiencer, a.inside,
            a.crosses_terminators) == (b.category, b.direction, b.allowed_types, b.excluded_types, b.experiencer,
                                       b.inside, b.crosses_terminators)


def scope(m: Modifier, terminators: list[Modifier], sent_start: int, sent_end: int) -> tuple[int, int]:
    """Token range ``[start, end)`` the modifier reaches."""
    direction, limit = m.rule.direction, m.rule.max_scope
    lo, hi = m.start, m.end
    if m.rule.crosses_terminators:
        terminators = []
    terminators = [t for t in terminators if t.rule.ends is None or m.category in t.rule.ends]
    if direction in ("forward", "bidirectional"):
        hi = sent_end
        for t in terminators:
            if t.start >= m.end:
                hi = min(hi, t.start)
        if limit:
            hi = min(hi, m.end + limit)
    if direction in ("backward", "bidirectional"):
        lo = sent_start
        for t in terminators:
            if t.end <= m.start:
                lo = max(lo, t.end)
        if limit:
            lo = max(lo, m.start - limit)
    return lo, hi


def assert_target(start: int, end: int, modifiers: list[Modifier], terminators: list[Modifier],
                  sent_start: int, sent_end: int, *, ignore: tuple[str, ...] = (),
                  indicator: str | None = None) -> Assertion:
    """The status of the target ``[start, end)`` (a mention of *indicator*) given the sentence's cleaned
    modifiers; rules restricted to other indicators (``allowed_types`` / ``excluded_types``) do not reach it."""
    reaching: dict[str, list[Modifier]] = {}
    for m in modifiers:
        if m.category not in SCOPE_CATEGORIES or m.category in ignore or not m.rule.applies_to(indicator):
            continue
        if m.overlaps(start, end):
            if m.rule.inside:  # e.g. a possessive inside the phrase: "keeps the cousin's passport"
                reaching.setdefault(m.category, []).append(m)
            continue
        lo, hi = scope(m, terminators, sent_start, sent_end)
        if lo < end and start < hi:
            reaching.setdefault(m.category, []).append(m)
    if "question" in reaching:
        reaching.setdefault("hypothetical", []).extend(reaching.pop("question"))
    for category in PRIORITY:
        if category in reaching:  # one cue per stretch of text, however many rules matched it
            return Assertion(category, _outermost(reaching[category]))
    return Assertion("affirmed")


def _outermost(cues: list[Modifier]) -> tuple[Modifier, ...]:
    """The cues not inside another one: "the other women are still" and not also "other women"."""
    spans = {(m.start, m.end): m for m in cues}
    return tuple(m for (s, e), m in spans.items()
                 if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans))


def answer_to(modifiers: list[Modifier], sent_start: int, forms: list[str]) -> Modifier | None:
    """The answer cue ("A: no", "yes", "denies") opening a sentence, if any. On a checklist ("[ ] Y [x] N") the
    ticked box is the answer and an empty one is none."""
    answers = sorted((m for m in modifiers if m.category in ("answer_negative", "answer_positive")),
                     key=lambda m: m.start)
    boxes = {m: checkbox(forms, m.start) for m in answers}
    ticked = [m for m in answers if boxes[m] == "ticked" and m.start - sent_start <= CHECKLIST_WINDOW]
    if ticked:
        return ticked[0]
    return next((m for m in answers if boxes[m] != "empty" and m.start - sent_start <= ANSWER_WINDOW), None)


EMPTY_BOXES = frozenset("☐ □".split())
TICKED_BOXES = frozenset("☒ ☑ ✅ ■".split())
TICKS = frozenset("x ✓ ✔ * √".split())
CHECKLIST_WINDOW = 8  # "[ ] Yes [ ] No [x] Unsure"


def checkbox(forms: list[str], i: int) -> str | None:
    """'ticked' or 'empty' when a checkbox is written right before token *i* ("[x] N", "[ ] Y", "☒ N"), else None."""
    last = forms[i - 1] if i else ""
    if last in EMPTY_BOXES or forms[max(0, i - 2):i] == ["[", "]"]:
        return "empty"
    if last in TICKED_BOXES or (i >= 3 and forms[i - 3] == "[" and forms[i - 2] in TICKS and last == "]"):
        return "ticked"
    return None


RETRACTION_WINDOW = 6  # a retraction cue must start within this many tokens of its sentence


def retraction_in(modifiers: list[Modifier], sent_start: int) -> Modifier | None:
    """The cue opening a sentence that takes back the one before ("Today pt corrected this"), if any."""
    if not any(m.category == "retraction" for m in modifiers):
        return None
    return next((m for m in sorted(clean_modifiers(modifiers, []), key=lambda m: m.start)
                 if m.category == "retraction" and m.start - sent_start <= RETRACTION_WINDOW), None)


def flip(status: str) -> str:
    """For phrases that assert the opposite of the indicator ("has her own ID")."""
    return {"affirmed": "negated", "negated": "affirmed", "historical": "negated"}.get(status, status)


# The object of a phrase that acts on the client: "brought her here", "hit him", "took me to".
CLIENT_OBJECTS = frozenset({"her", "him", "me", "us", "cl", "pt", "client", "patient", "v", "victim"})


def acts_on_someone(forms: list[str], start: int, end: int, sent_end: int) -> bool:
    """Does the phrase ``[start, end)`` act on a person ("brought her here") rather than tell what happened to
    its subject ("got his papers taken")? An object after its first word, or right after it ("would sponsor | him")."""
    return any(forms[i] in CLIENT_OBJECTS for i in range(start + 1, min(end + 1, sent_end)))


def reaching_modifiers(forms: list[str], start: int, end: int, sent_end: int,
                       modifiers: list[Modifier]) -> list[Modifier]:
    """The modifiers that may reach the phrase: 'experiencer' triggers do not reach one that acts on someone."""
    if any(m.rule.experiencer for m in modifiers) and acts_on_someone(forms, start, end, sent_end):
        return [m for m in modifiers if not m.rule.experiencer]
    return modifiers
