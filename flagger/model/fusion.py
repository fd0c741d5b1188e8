"""Fuses the sentence classifier's evidence with the pattern flags.

- Pattern and model agree (the model's probability for the flag's indicator in its
  sentence reaches the threshold): one flag, ``source="pattern+model"``, score
  raised by noisy-or.
- Pattern alone: the flag stays, ``source="pattern"``, its score pulled toward
  the model's probability.
- Model alone: a flag over the sentence, ``source="model"``, explained by the
  features that weighed most; its assertion comes from the sentence's context
  triggers like any other flag (a negated sentence gives a negated flag).

Sentences that hold none of the model's cue words are not scored: a cheap gate
that keeps the classifier off most of a long note.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.utils import murmurhash3_32
from spacy.tokens import Doc

from flagger.context import assert_target, clean_modifiers
from flagger.model.features import feature_tokens, sentence_features
from flagger.results import Cue, Flag

PATTERN_SCORE = 0.9
# Function words explain nothing to a reader; they are left out of a flag's evidence.
STOPWORDS = frozenset("a an the he she they him her his them it to of in on at for and or but with is was "
                      "are were be been has had have i you we my your our their this that $ cl pt".split())
TOP_FEATURES = 3


class HybridModel:
    """The shipped classifier plus its per-mode thresholds; ``fuse`` is called by ``Flagger``."""

    def __init__(self, pipeline: Pipeline, labels: list[str], thresholds: dict[str, dict[str, float]],
                 *, name: str, gate_words: frozenset[str] | None = None) -> None:
        self.pipeline = pipeline
        self.labels = list(labels)
        self.thresholds = thresholds
        self.name = name
        self.use_patterns = True
        self.component: Any = None
        hasher = pipeline.named_steps["hash"]
        self._n_features = hasher.n_features
        self._coef = _coefficients(pipeline)
        self.gate_words = gate_words

    def bind(self, component: Any) -> None:
        """Share the indicator component's knowledge (context rules, typo repair)."""
        self.component = component

    # -- scoring ---------------------------------------------------------------------------------
    def sentence_rows(self, doc: Doc) -> tuple[list[tuple[int, int]], list[list[str]], list[str]]:
        """Sentences worth scoring, their features, and the note's normalised forms."""
        comp = self.component
        forms = comp.normalizer.forms([t.lower_ for t in doc])
        bounds, feats = [], []
        for sent in doc.sents:
            s, e = sent.start, sent.end
            if self.gate_words is not None and not self.gate_words.intersection(forms[s:e]):
                continue
            modifiers = comp.modifiers(forms, s, e)
            bounds.append((s, e))
            feats.append(sentence_features(forms, s, e, modifiers))
        return bounds, feats, forms

    def predict(self, feats: list[list[str]]) -> np.ndarray:
        if not feats:
            return np.zeros((0, len(self.labels)))
        return np.asarray(self.pipeline.predict_proba(feats))

    # -- fusion ----------------------------------------------------------------------------------
    def fuse(self, docs: list[Doc], pattern_flags: list[list[Flag]], *, mode: str,
             labels: dict[str, Any]) -> list[list[Flag]]:
        thresholds = self.thresholds[mode]
        rows = [self.sentence_rows(doc) for doc in docs]
        all_feats = [f for _, feats, _ in rows for f in feats]
        probs = self.predict(all_feats)  # one classifier call for the whole batch
        out: list[list[Flag]] = []
        k = 0
        for doc, flags, (bounds, feats, forms) in zip(docs, pattern_flags, rows):
            doc_probs = probs[k:k + len(bounds)]
            k += len(bounds)
            out.append(self._fuse_doc(doc, flags if self.use_patterns else [], bounds, feats, forms, doc_probs,
                                      thresholds, labels))
        return out

    def _fuse_doc(self, doc: Doc, flags: list[Flag], bounds: list[tuple[int, int]], feats: list[list[str]],
                  forms: list[str], probs: np.ndarray, thresholds: dict[str, float],
                  labels: dict[str, Any]) -> list[Flag]:
        sent_of = {(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])): n for n, (s, e) in enumerate(bounds)}
        fused: list[Flag] = []
        covered: set[tuple[int, str]] = set()
        for f in flags:
            n = _find_sentence(sent_of, f)
            p = float(probs[n, self.labels.index(f.indicator)]) if n is not None else 0.0
            if n is not None:
                covered.add((n, f.indicator))
            if p >= thresholds[f.indicator]:
                f.source, f.score = "pattern+model", 1 - (1 - PATTERN_SCORE) * (1 - p)
            else:
                f.score = (PATTERN_SCORE + p) / 2
            fused.append(f)
        for n, (s, e) in enumerate(bounds):
            for j, label in enumerate(self.labels):
                p = float(probs[n, j])
                if p < thresholds[label] or (n, label) in covered:
                    continue
                fused.append(self._model_flag(doc, s, e, label, p, feats[n], forms, labels[label]))
        return fused

    def _model_flag(self, doc: Doc, s: int, e: int, label: str, p: float, feats: list[str], forms: list[str],
                    indicator: Any) -> Flag:
        comp = self.component
        top = self.top_features(label, feats)
        modifiers = clean_modifiers(comp.modifiers(forms, s, e), [])
        terminators = [m for m in modifiers if m.category == "terminate"]
        t_start, t_end = self._evidence_tokens(forms, s, e, top)
        ignore = tuple(indicator.ignore_assertions)
        if any(f.startswith("neg:") for f in top):
            # The model learned the negated form itself ("not allowed to leave"): the negation is the indicator.
            ignore += ("negated",)
        assertion = assert_target(t_start, t_end, modifiers, terminators, s, e, ignore=ignore)
        sent = doc[s:e]
        start_char, end_char = _trim(doc.text, sent.start_char, sent.end_char)
        return Flag(indicator=label, label=indicator.label, start=start_char, end=end_char,
                    text=doc.text[start_char:end_char], sentence_start=sent.start_char, sentence_end=sent.end_char,
                    assertion=assertion.status, source="model", score=p, rule=None,
                    cues=[Cue(doc[c.start:c.end].text, doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]),
                              c.category) for c in assertion.cues],
                    features=[feature_tokens(f) for f in top])

    def top_features(self, label: str, feats: list[str], k: int = TOP_FEATURES) -> list[str]:
        """The sentence's features with the largest positive weight for *label*."""
        row = self._coef[self.labels.index(label)]
        readable = {f for f in feats if not f.startswith("pre:") and f.split(":")[-1] not in STOPWORDS}
        weighted = {f: row[murmurhash3_32(f, positive=True) % self._n_features] for f in readable}
        best = sorted((f for f, w in weighted.items() if w > 0), key=lambda f: -weighted[f])
        return best[:k]

    def top_weight(self, feature: str) -> float:
        """The largest weight any indicator gives this feature."""
        return float(self._coef[:, murmurhash3_32(feature, positive=True) % self._n_features].max())

    @staticmethod
    def _evidence_tokens(forms: list[str], s: int, e: int, top: list[str]) -> tuple[int, int]:
        """Token range of the strongest feature's words, for the assertion step."""
        for f in top:
            word = f.split(":")[-1].split(" ")[-1]
            for i in range(s, e):
                if forms[i] == word:
                    return i, i + 1
        return s, e


def _coefficients(pipeline: Pipeline) -> np.ndarray:
    clf = pipeline.named_steps["clf"]
    return np.vstack([est.coef_.ravel() for est in clf.estimators_])


def _find_sentence(sent_of: dict[tuple[int, int], int], flag: Flag) -> int | None:
    return sent_of.get((flag.sentence_start, flag.sentence_end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
