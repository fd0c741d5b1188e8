"""The ``flagger_indicators`` spaCy component: indicator mentions with their assertion status.

It writes ``doc.spans["indicators"]``: one span per mention, labelled with the
indicator id, and these extension attributes on each span:

- ``span._.flagger_assertion``  affirmed / historical / negated / hypothetical / other_person
- ``span._.flagger_rule``       the pattern that fired, e.g. ``document_confiscation/holds-document``
- ``span._.flagger_score``      confidence in [0, 1]
- ``span._.flagger_cues``       the context cues (spans) that set the assertion
- ``span._.flagger_source``     "pattern" (the model adds "model" and "pattern+model")

and ``doc._.flagger_sectors``, the industries / venues the note names.

Usage in your own pipeline::

    nlp = spacy.blank("en")
    nlp.add_pipe("flagger_sentences")   # or any component that sets sentence starts
    nlp.add_pipe("flagger_indicators")
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from flagger.antecedents import lend_antecedents
from flagger.context import (
    Assertion,
    Modifier,
    answer_to,
    assert_target,
    clean_modifiers,
    flip,
    reaching_modifiers,
    retraction_in,
)
from flagger.normalize import Normalizer
from flagger.patterns import Match
from flagger.results import PRESENT_ASSERTIONS
from flagger.rules import KnowledgeBase, default_knowledge
from flagger.taxonomy import load_indicators
from flagger.third_parties import introduced_names, later_names, name_positions, subject_third_party, third_party_cue
from flagger.tokenizer import token_texts

SPANS_KEY = "indicators"
FORMS_KEY = ("flagger", "forms")
MODIFIERS_KEY = ("flagger", "modifiers")
NAMES_KEY = ("flagger", "names")
DEFAULT_SCORE = 0.9


SPAN_EXTENSIONS = ("flagger_assertion", "flagger_rule", "flagger_score", "flagger_cues", "flagger_source")


def register_extensions() -> None:
    """Register flagger's extension attributes once (safe to call again).

    spaCy keeps a span's plain extension values under its character offsets alone, so two indicators flagged on
    the same words ("if he calls ICE": threats and fear of authorities) would share one assertion and rule, the
    last one written. Ours are kept per offsets *and* label."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_getter(name), setter=_setter(name))
    if not Doc.has_extension("flagger_sectors"):
        Doc.set_extension("flagger_sectors", default=None)


def _key(span: Span, name: str) -> tuple[str, str, int, int, int]:
    return ("flagger", name, span.start_char, span.end_char, span.label)


def _getter(name: str) -> Callable[[Span], Any]:
    return lambda span: span.doc.user_data.get(_key(span, name))


def _setter(name: str) -> Callable[[Span, Any], None]:
    def set_value(span: Span, value: Any) -> None:
        span.doc.user_data[_key(span, name)] = value
    return set_value


@Language.factory("flagger_indicators", default_config={"spans_key": SPANS_KEY})
def make_indicator_component(nlp: Language, name: str, spans_key: str) -> IndicatorComponent:
    return IndicatorComponent(nlp, name=name, spans_key=spans_key)


@dataclass
class Mention:
    """A merged indicator match inside one sentence, before it becomes a span."""

    indicator: str
    start: int
    end: int
    rule: str
    inverse: bool


class IndicatorComponent:
    def __init__(self, nlp: Language, *, name: str = "flagger_indicators", spans_key: str = SPANS_KEY,
                 knowledge: KnowledgeBase | None = None) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.kb = knowledge or default_knowledge()  # compiled once per process, shared by every pipeline
        self.normalizer: Normalizer = self.kb.normalizer
        self.ignore = {i.id: i.ignore_assertions for i in load_indicators()}

    def forms(self, doc: Doc) -> list[str]:
        """The normalised lower-case forms patterns and model features see; computed once per doc."""
        forms = doc.user_data.get(FORMS_KEY)
        if forms is None or len(forms) != len(doc):
            forms = self.normalizer.forms([t.lower() for t in token_texts(doc)])
            if doc.has_annotation("SENT_START"):
                forms = lend_antecedents(forms, [(s.start, s.end) for s in doc.sents], self.kb.word_classes)
            doc.user_data[FORMS_KEY] = forms
        return forms

    def sentence_modifiers(self, doc: Doc, s: int, e: int) -> list[Modifier]:
        """The context triggers of sentence ``[s, e)``; computed once per doc and sentence."""
        cache = doc.user_data.setdefault(MODIFIERS_KEY, {})
        if (s, e) not in cache:
            cache[(s, e)] = [m for m in self.modifiers(self.forms(doc), s, e) if not _hyphen_in_word(doc, m)]
        return cache[(s, e)]

    def __call__(self, doc: Doc) -> Doc:
        forms = self.forms(doc)
        sentences = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))]
        spans: list[Span] = []
        pending_question: list[tuple[Span, Mention, Assertion]] = []
        # The present flags of the last few sentences, nearest first, which a sentence may take back.
        previous: deque[list[Span]] = deque(maxlen=RETRACTION_SENTENCES)
        for n, (s, e) in enumerate(sentences):
            mentions = self._mentions(forms, s, e)
            modifiers = self.sentence_modifiers(doc, s, e) if (mentions or pending_question) else []
            if pending_question:
                self._resolve_answer(pending_question, modifiers, s, forms)
                pending_question = []
            if any(previous):  # only the sentence's opening can take an earlier one back: read no further
                _resolve_retraction(previous, modifiers or self.modifiers(forms, s, min(e, s + RETRACTION_HEAD)), s)
            previous.appendleft([])
            if not mentions:
                continue
            clean = clean_modifiers(modifiers, [(m.start, m.end) for m in mentions])
            terminators = [m for m in clean if m.category == "terminate"]
            is_question = any(m.category == "question" for m in clean)
            for mention in mentions:
                reach = reaching_modifiers(forms, mention.start, mention.end, e, clean)
                assertion = assert_target(mention.start, mention.end, reach, terminators, s, e,
                                          ignore=self.ignore.get(mention.indicator, ()), indicator=mention.indicator)
                span = self._span(doc, mention, assertion)
                spans.append(span)
                if span._.flagger_assertion in PRESENT_ASSERTIONS:
                    previous[0].append(span)
                if is_question and assertion.status == "hypothetical":
                    pending_question.append((span, mention, assertion))
        self._named_third_parties(doc, forms, spans, sentences)
        doc.spans[self.spans_key] = spans
        doc._.flagger_sectors = sorted({m.pattern.label for m in self.kb.sectors(forms)})
        return doc

    def _named_third_parties(self, doc: Doc, forms: list[str], spans: list[Span],
                             sentences: list[tuple[int, int]]) -> None:
        """Present flags about a person the note introduced as someone else ("her friend Kiki") -> other_person."""
        present = [sp for sp in spans if sp._.flagger_assertion in PRESENT_ASSERTIONS]
        if not present:
            return
        starts = [s for s, _ in sentences]
        for span in present:
            sent_start = starts[bisect_right(starts, span.start) - 1]
            p = self.named_third_party(doc, forms, span.label_, span.start, span.end, sent_start)
            if p is not None:
                _annotate(span, "other_person", span._.flagger_rule, [Span(doc, p, p + 1, label="other_person")])

    def named_third_party(self, doc: Doc, forms: list[str], indicator: str, start: int, end: int,
                          sent_start: int) -> int | None:
        """The token of a named third party that the present mention ``[start, end)`` is about, if any (see
        ``third_parties``)."""
        found = self._third_party_names(doc, forms, indicator)
        if found is None:
            return None
        texts, names, others = found
        return third_party_cue(texts, forms, names, start, end, sent_start, age=indicator in AGES, later=others)

    def subject_third_party(self, doc: Doc, forms: list[str], indicator: str, s: int, e: int) -> int | None:
        """The token of a named third party who opens the sentence ``[s, e)`` as the one it happens to, if any: what
        a flag over the whole sentence (the model's) is about."""
        found = self._third_party_names(doc, forms, indicator)
        if found is None:
            return None
        texts, names, others = found
        return subject_third_party(texts, forms, names, others, s, e)

    def _third_party_names(self, doc: Doc, forms: list[str],
                           indicator: str) -> tuple[list[str], dict[str, int], dict[str, int]] | None:
        """Token texts, introduced names and later names of the doc (read once per doc), or None when no named
        third party can own a flag of *indicator*: "saw him pull Daniela by the hair" is the client's witnessing."""
        if indicator in SOMEONE_ELSES_WORDS or "other_person" in self.ignore.get(indicator, ()):
            return None
        cached = doc.user_data.get(NAMES_KEY)
        if cached is None:
            texts = token_texts(doc)
            positions = name_positions(texts, self.normalizer.known)
            names = introduced_names(texts, forms, self.kb.word_classes, positions) if positions else {}
            cached = (texts, names, later_names(texts, positions) if positions else {})
            doc.user_data[NAMES_KEY] = cached
        return cached if cached[1] or cached[2] else None

    def _mentions(self, forms: list[str], s: int, e: int) -> list[Mention]:
        """Indicator matches in a sentence, vetoed by exclusions, one per mention."""
        matches = self.kb.indicators(forms, s, e)
        if not matches:
            return []
        vetoes = self.kb.excludes(forms, s, e)
        if vetoes:
            matches = [m for m in matches if not any(
                v.pattern.label == m.pattern.label and v.start < m.end and m.start < v.end for v in vetoes)]
        return merge_matches(matches)

    def modifiers(self, forms: list[str], s: int, e: int) -> list[Modifier]:
        return [Modifier(m.start, m.end, m.pattern.meta["context"]) for m in self.kb.context(forms, s, e)]

    def _span(self, doc: Doc, mention: Mention, assertion: Assertion) -> Span:
        span = Span(doc, mention.start, mention.end, label=mention.indicator)
        status = _inverse_status(mention, assertion, self.forms(doc)) if mention.inverse else assertion.status
        cues = [Span(doc, c.start, c.end, label=c.category) for c in assertion.cues]
        _annotate(span, status, mention.rule, cues)
        return span

    def _resolve_answer(self, questions: list[tuple[Span, Mention, Assertion]], modifiers: list[Modifier],
                        sent_start: int, forms: list[str]) -> None:
        """A screening answer resolves the question before it: "Q: Do you owe money? A: no" -> negated."""
        answer = answer_to(modifiers, sent_start, forms)
        if answer is None:
            return
        status = "negated" if answer.category == "answer_negative" else "affirmed"
        for span, mention, _ in questions:
            cue = Span(span.doc, answer.start, answer.end, label=answer.category)
            _annotate(span, flip(status) if mention.inverse else status, mention.rule, [cue])


RETRACTION_HEAD = 16  # tokens: how much of a sentence can hold a cue taking back an earlier one
# A cue that names what it takes back ("The agency never had it", for document_confiscation only) reaches this many
# sentences back, over the sentences between ("In my first message I write that the agency is keeping my passport.
# I explain wrong, sorry. My lawyer has it. The agency never had it."); a cue for every indicator ("Later
# clarified - ...") only the sentence before: further back it cannot tell which claim it takes back.
RETRACTION_SENTENCES = 3


def _resolve_retraction(previous: deque[list[Span]], modifiers: list[Modifier], sent_start: int) -> None:
    """A sentence that opens by taking back what an earlier one said ("At intake I charted \"bf hits her.\" Today
    pt corrected this - ...") negates that sentence's present flags, of the indicators its rule reaches."""
    cue = retraction_in(modifiers, sent_start)
    if cue is None:
        return
    reach = len(previous) if cue.rule.allowed_types is not None else 1
    for sentence in list(previous)[:reach]:
        for span in sentence:
            if cue.rule.applies_to(span.label_):
                _annotate(span, "negated", span._.flagger_rule, [Span(span.doc, cue.start, cue.end, label="negated")])


DASHES = frozenset("-–—")
# A script is someone else's words: a name in the match says whose words they are ("matched Reina's account"),
# not that it happened to someone else.
SOMEONE_ELSES_WORDS = frozenset({"scripted_account"})
# A mention that is an age: the name right before it says whose ("Karla is 16").
AGES = frozenset({"minor"})


def _hyphen_in_word(doc: Doc, m: Modifier) -> bool:
    """A dash terminator written inside a word ("walk-in", "24-hr", "ex-boyfriend") ends no clause: the tokenizer
    splits the word, but a dash between clauses has a space on at least one side."""
    if m.category != "terminate" or m.start == 0 or not all(t.text in DASHES for t in doc[m.start:m.end]):
        return False
    return not doc[m.start - 1].whitespace_ and not doc[m.end - 1].whitespace_


INVERSE_NEGATION_REACH = 3  # tokens: "denies having her own ID" flips, "denies debt, has own ID" does not
LIST_BREAKS = frozenset(",;:")


def _inverse_status(mention: Mention, assertion: Assertion, forms: list[str]) -> str:
    """A phrase asserting the opposite ("has her own ID") is negated, unless a negation right before it
    negates it in turn ("does not have her own ID" -> affirmed). A denial heading a list does not
    ("denies extras, no debt": "no debt" is one more denial)."""
    if assertion.status == "negated" and not any(
            0 <= mention.start - c.end <= INVERSE_NEGATION_REACH
            and LIST_BREAKS.isdisjoint(forms[c.end:mention.start]) for c in assertion.cues):
        return "negated"
    return flip(assertion.status)


def _annotate(span: Span, status: str, rule: str, cues: list[Span]) -> None:
    ext = span._  # each ``span._`` makes a new object: one for the five
    ext.flagger_assertion = status
    ext.flagger_rule = rule
    ext.flagger_score = DEFAULT_SCORE
    ext.flagger_cues = cues
    ext.flagger_source = "pattern"


def merge_matches(matches: list[Match]) -> list[Mention]:
    """One mention per indicator per overlapping cluster; the longest match names the rule."""
    by_indicator: dict[str, list[Match]] = {}
    for m in matches:
        by_indicator.setdefault(m.pattern.label, []).append(m)
    mentions: list[Mention] = []
    for indicator, group in by_indicator.items():
        group.sort(key=lambda m: (m.start, -m.end))
        cluster: list[Match] = []
        for m in group + [None]:  # type: ignore[list-item]
            if m is not None and cluster and m.start < max(c.end for c in cluster):
                cluster.append(m)
                continue
            if cluster:
                best = max(cluster, key=lambda c: (c.end - c.start, -c.start))
                mentions.append(Mention(indicator, min(c.start for c in cluster), max(c.end for c in cluster),
                                        best.pattern.rule, bool(best.pattern.meta.get("inverse"))))
            cluster = [m] if m is not None else []
    return sorted(mentions, key=lambda m: (m.start, m.indicator))
