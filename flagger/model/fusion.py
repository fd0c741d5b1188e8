"""Fuses the sentence classifier's evidence with the pattern flags.

- Pattern and model agree (the model's probability for the flag's indicator in its
  sentence reaches the threshold): one flag, ``source="pattern+model"``, score
  raised by noisy-or.
- Pattern alone: the flag stays, ``source="pattern"``, its score pulled toward
  the model's probability.
- Model alone: a flag over the sentence, ``source="model"``, explained by the
  features that added most to its score; its assertion comes from the context
  triggers that reach that evidence, like any other flag's (a negated sentence
  gives a negated flag), and a named third party who opens the sentence as the
  one it happens to makes it someone else's ("Lori had to give Cody her tips":
  on fresh19-21, which the model had not seen, leaks 188 -> 184 at one true
  flag fewer; checking every evidence word for a name, as a pattern's match is
  checked, demoted as many true flags as leaks). A model-only flag is not raised for an indicator a
  pattern already flagged in that sentence, whatever that flag's assertion, but
  may be for another one. (It used to be kept out of every sentence that held a
  pattern flag: on dev, with an earlier model, that raised precision 0.84 -> 0.89
  at 0.5 point of recall. On fresh12, before it was fitted or tuned on, with
  thresholds retuned for each rule, the per-indicator rule gives recall mode
  F2 0.818 -> 0.837, F1 0.800 -> 0.806, and balanced mode F1 0.806 -> 0.814;
  the two sets never tuned on agree: holdout balanced F1 0.772 -> 0.795, fresh5
  0.831 -> 0.834.)
  Nor are they raised when the sentence's probability reaches the threshold only
  with what function words, clitics and screening answers added ("She'll call
  back" as a threat, "A: No." as deceptive recruitment): on fresh11, before the
  model was fitted on it, precision 0.781 -> 0.788 at the same recall.

The classifier's probabilities are calibrated per indicator (Platt scaling fitted on
cross-fitted training sentences, kept in ``meta.json`` beside the thresholds), so a
flag's score reads as a probability.

Every sentence is scored, in one classifier call per batch of notes. (A gate on cue
words saved little: about nine sentences in ten of a case note hold a word the
model weighs, and the gate cost recall.)
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.utils import murmurhash3_32
from spacy.attrs import IDX
from spacy.tokens import Doc

from flagger.context import PRIORITY, Assertion, assert_target, clean_modifiers, reaching_modifiers
from flagger.model.features import PUNCT, feature_tokens, scope_marks, sentence_features, split_mark
from flagger.results import PRESENT_ASSERTIONS, Cue, Flag
from flagger.sentences import sentence_bounds

PATTERN_SCORE = 0.9
# Function words explain nothing to a reader; they are left out of a flag's evidence.
STOPWORDS = frozenset("a an the he she they him her his them it to of in on at for and or but with is was "
                      "are were be been has had have i you we my your our their this that $ cl pt <s>".split())
# Words that carry no indicator by themselves: function words, clitics and a screening answer's "A: no". A model-only
# flag whose score needs them to reach the threshold is not raised ("She'll call back" is no threat, "A: No." no
# deceptive recruitment).
BARE_WORDS = frozenset("'ll 'd 's 'm 're 've no yes y n neg no. yes. y. n.".split())
FUNCTION_WORDS = STOPWORDS | BARE_WORDS | {"q"}
TOP_FEATURES = 3
# A negated form counts as learned ("not allowed to leave") only when the model weighs it clearly above the plain
# one; a hair's difference between two near-zero weights ("neg:took her" over "took her") is noise.
LEARNED_MARGIN = 1.0
CAUTION = PRIORITY + ("affirmed",)  # most cautious first: negated, hypothetical, other_person, historical


class HybridModel:
    """The shipped classifier plus its per-mode thresholds; ``fuse`` is called by ``Flagger``."""

    def __init__(self, pipeline: Pipeline, labels: list[str], thresholds: dict[str, dict[str, float]],
                 *, name: str, calibration: dict[str, list[float]] | None = None,
                 thresholds_model_only: dict[str, dict[str, float]] | None = None) -> None:
        self.pipeline = pipeline
        self.labels = list(labels)
        self.thresholds = thresholds
        self.calibration = calibration
        # Used when the model runs alone (``use_patterns = False``, ``flagger evaluate --systems model``).
        self.thresholds_model_only = thresholds_model_only
        self.name = name
        self.use_patterns = True
        self.component: Any = None
        hasher = pipeline.named_steps["hash"]
        self._n_features = hasher.n_features
        self._coef = _coefficients(pipeline)

    def bind(self, component: Any) -> None:
        """Share the indicator component's knowledge (context rules, typo repair)."""
        self.component = component

    # -- scoring ---------------------------------------------------------------------------------
    def sentence_rows(self, doc: Doc) -> tuple[list[tuple[int, int]], list[list[str]], list[str], list[list[Any]]]:
        """The note's sentences, their features, its normalised forms, and each sentence's modifiers."""
        comp = self.component
        forms = comp.forms(doc)
        bounds, feats, mods = [], [], []
        for s, e in sentence_bounds(doc):
            modifiers = comp.sentence_modifiers(doc, s, e)
            bounds.append((s, e))
            feats.append(sentence_features(forms, s, e, modifiers, comp.kb.word_classes))
            mods.append(modifiers)
        return bounds, feats, forms, mods

    def predict(self, feats: list[list[str]]) -> np.ndarray:
        """Calibrated probability per sentence (row) and indicator (column)."""
        return self._probabilities(self._vectors(feats))

    def _vectors(self, feats: list[list[str]]) -> Any:
        """The sentences' tf-idf rows (CSR), the classifier's input."""
        if not feats:
            return None
        return self.pipeline[:-1].transform(feats).tocsr()

    def _probabilities(self, vectors: Any) -> np.ndarray:
        if vectors is None:
            return np.zeros((0, len(self.labels)))
        raw = np.asarray(self.pipeline[-1].predict_proba(vectors))
        if not self.calibration:
            return raw
        a = np.array([self.calibration[lab][0] for lab in self.labels])
        b = np.array([self.calibration[lab][1] for lab in self.labels])
        return sigmoid(a * logit(raw) + b)

    # -- fusion ----------------------------------------------------------------------------------
    def fuse(self, docs: list[Doc], pattern_flags: list[list[Flag]], *, mode: str,
             labels: dict[str, Any], texts: list[str]) -> list[list[Flag]]:
        """Fused flags per doc; *texts* are the docs' texts (``Doc.text`` would rebuild each from tokens)."""
        thresholds = (self.thresholds_model_only or self.thresholds)[mode] if not self.use_patterns \
            else self.thresholds[mode]
        rows = [self.sentence_rows(doc) for doc in docs]
        all_feats = [f for _, feats, _, _ in rows for f in feats]
        vectors = self._vectors(all_feats)
        probs = self._probabilities(vectors)  # one classifier call for the whole batch
        cut = np.array([thresholds[label] for label in self.labels])
        out: list[list[Flag]] = []
        k = 0
        for i, (doc, flags, (bounds, feats, forms, mods)) in enumerate(zip(docs, pattern_flags, rows)):
            doc_probs = probs[k:k + len(bounds)]
            out.append(self._fuse_doc(doc, flags if self.use_patterns else [], bounds, feats, forms, mods,
                                      doc_probs, (vectors, k), thresholds, cut, labels,
                                      texts[i]))
            k += len(bounds)
        return out

    def _fuse_doc(self, doc: Doc, flags: list[Flag], bounds: list[tuple[int, int]], feats: list[list[str]],
                  forms: list[str], mods: list[list[Any]], probs: np.ndarray, vectors: tuple[Any, int],
                  thresholds: dict[str, float], cut: np.ndarray, labels: dict[str, Any], text: str) -> list[Flag]:
        """The doc's fused flags. *vectors* is the batch's tf-idf matrix and the row of the doc's first sentence:
        a row is read only for a model-only flag (slicing out every doc's rows cost more than scoring them)."""
        batch_vectors, first_row = vectors
        fused: list[Flag] = []
        # (sentence, indicator) pairs a pattern flag already speaks for: no model-only flag of that indicator there.
        covered: set[tuple[int, str]] = set()
        if flags:
            starts = doc.to_array(IDX).tolist()
            sent_of = {starts[s]: n for n, (s, _) in enumerate(bounds)}
        for f in flags:
            n = sent_of.get(f.sentence_start)
            p = float(probs[n, self.labels.index(f.indicator)]) if n is not None else 0.0
            if n is not None:
                covered.add((n, f.indicator))
            if p >= thresholds[f.indicator]:
                f.source, f.score = "pattern+model", 1 - (1 - PATTERN_SCORE) * (1 - p)
            else:
                f.score = (PATTERN_SCORE + p) / 2
            fused.append(f)
        for n, j in zip(*np.nonzero(probs >= cut)):
            label = self.labels[j]
            if (n, label) in covered:
                continue
            s, e = bounds[n]
            flag = self._model_flag(doc, text, s, e, label, float(probs[n, j]), feats[n],
                                    batch_vectors[first_row + n], forms, mods[n], labels[label],
                                    thresholds[label])
            if flag is not None:
                fused.append(flag)
        return fused

    def _model_flag(self, doc: Doc, text: str, s: int, e: int, label: str, p: float, feats: list[str],
                    vector: Any, forms: list[str], sentence_modifiers: list[Any], indicator: Any,
                    indicator_threshold: float) -> Flag | None:
        """A flag over the sentence, explained by the features that added most to its score; None when no word of
        the sentence speaks for the indicator (the score came from function words and affixes: "A: Yes, has it.").

        Its assertion is the context's verdict on its evidence: the words of each top feature, found where the
        sentence holds them with the same scope mark, and the most cautious status among them wins ("Her
        cousin's passport was taken by the boss": "boss" alone reads affirmed, "passport" and "taken" are the
        cousin's). A trigger inside those words belongs to them ("not allowed"), as it does inside a pattern's
        match; and when the model weighs a negated form clearly more than the plain one (``neg:leave`` over
        ``leave`` for movement control) the negation is what it learned, so it does not negate the flag."""
        if not self._content_backed(label, feats, vector, p, indicator_threshold):
            return None
        words = _marked_words(forms, s, e, sentence_modifiers)
        top = self.top_features(label, feats, vector, words=words)
        if not top:
            return None
        modifiers = clean_modifiers(sentence_modifiers, [])
        terminators = [m for m in modifiers if m.category == "terminate"]
        ignore = tuple(indicator.ignore_assertions)
        statuses = []
        for feature in top:
            evidence = _evidence_tokens(words, feature)
            if evidence is None:
                continue
            learned = ("negated",) if self._learned_negation(label, feature) else ()
            reach = reaching_modifiers(forms, *evidence, e, modifiers)
            statuses.append(assert_target(*evidence, reach, terminators, s, e, ignore=ignore + learned,
                                          indicator=label))
        if not statuses:  # nothing in the sentence speaks for the label: the most cautious status of any word
            statuses = [assert_target(i, i + 1, modifiers, terminators, s, e, ignore=ignore, indicator=label)
                        for i in range(s, e)]
        assertion = min(statuses, key=lambda a: CAUTION.index(a.status)) if statuses else Assertion("affirmed")
        status, cues = assertion.status, [(c.start, c.end, c.category) for c in assertion.cues]
        if status in PRESENT_ASSERTIONS:  # a named third party opens the sentence: "Lori had to give Cody her tips"
            name = self.component.subject_third_party(doc, forms, label, s, e) if self.component else None
            if name is not None:
                status, cues = "other_person", [(name, name + 1, "other_person")]
        sent = doc[s:e]
        start_char, end_char = _trim(text, sent.start_char, sent.end_char)
        return Flag(indicator=label, label=indicator.label, start=start_char, end=end_char,
                    text=text[start_char:end_char], sentence_start=sent.start_char, sentence_end=sent.end_char,
                    assertion=status, source="model", score=p, rule=None,
                    cues=[Cue(doc[a:b].text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), category)
                          for a, b, category in cues],
                    features=[feature_tokens(f) for f in top])

    def _content_backed(self, label: str, feats: list[str], vector: Any, p: float, threshold: float) -> bool:
        """Does *label*'s probability still reach *threshold* without what the features made only of function words
        and at least one bare word (a clitic, a "no" / "yes" answer) added to it?"""
        row = self._coef[self.labels.index(label)]
        value = _values(vector)
        lift = 0.0
        for f in set(feats):
            words = split_mark(f)[1].split(" ")
            if f.startswith(("pre:", "c:")) or not FUNCTION_WORDS.issuperset(words) or BARE_WORDS.isdisjoint(words):
                continue
            column = _column(f, self._n_features)
            lift += max(0.0, row[column] * value.get(column, 0.0))
        if lift == 0.0:
            return True
        slope = self.calibration[label][0] if self.calibration else 1.0
        return float(sigmoid(logit(np.array(p)) - slope * lift)) >= threshold

    def _learned_negation(self, label: str, feature: str) -> bool:
        """Does the model weigh this negated form more than the plain one ("not allowed to leave")?"""
        mark, body = split_mark(feature)
        if mark != "neg:":
            return False
        row = self._coef[self.labels.index(label)]
        return bool(row[_column(feature, self._n_features)] > row[_column(body, self._n_features)] + LEARNED_MARGIN)

    def top_features(self, label: str, feats: list[str], vector: Any = None, k: int = TOP_FEATURES, *,
                     words: list[tuple[int, str, str]] | None = None) -> list[str]:
        """The sentence's readable features that added most to *label*'s score (weight times tf-idf value).

        A word-class feature ("c:her DOC") counts for the words of the sentence it stands for ("her passport"),
        given the sentence's *words* (``_marked_words``); without them it explains nothing."""
        row = self._coef[self.labels.index(label)]
        value = _values(self._vectors([feats]) if vector is None else vector)
        classes = self.component.kb.word_classes if words is not None and self.component is not None else {}
        stands_for = _class_index(words or [], classes)
        contribution: dict[str, float] = {}
        for f in set(feats):
            if f.startswith("pre:"):
                continue
            shown = stands_for.get(f) if f.startswith("c:") else f
            if shown is None or FUNCTION_WORDS.issuperset(split_mark(shown)[1].split(" ")):
                continue
            column = _column(f, self._n_features)
            contribution[shown] = contribution.get(shown, 0.0) + row[column] * value.get(column, 0.0)
        best = sorted((f for f, c in contribution.items() if c > 0), key=lambda f: (-contribution[f], f))
        return best[:k]


def _column(feature: str, n_features: int) -> int:
    """The column ``FeatureHasher`` gives *feature*: |signed murmurhash3| mod n (as sklearn's _hashing_fast)."""
    h = murmurhash3_32(feature, seed=0)
    if h == -2**31:  # abs() of the smallest int32 overflows; sklearn defines the index this way
        return (2**31 - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


def _marked_words(forms: list[str], s: int, e: int, modifiers: list[Any]) -> list[tuple[int, str, str]]:
    """The sentence's words as (token index, scope mark, form), as the features saw them."""
    marks = scope_marks(modifiers, s, e)
    return [(i, marks[i - s], forms[i]) for i in range(s, e) if forms[i] not in PUNCT and not forms[i].isspace()]


def _class_index(words: list[tuple[int, str, str]], classes: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Every class feature the sentence's *words* give -> the words it stands for, with the scope mark the word has
    there, first occurrence first: "c:DOC" -> "passport", "c:her DOC" -> "her passport", "c:DOC away" -> "passport
    away" (one pass over the sentence instead of one per feature)."""
    index: dict[str, str] = {}
    for n, (_, mark, w) in enumerate(words):
        prev = words[n - 1][2] if n else "<s>"
        for c in classes.get(w, ()):
            index.setdefault("c:" + c, mark + w)
            index.setdefault("c:" + prev + " " + c, mark + prev + " " + w)
        for c in classes.get(prev, ()):
            index.setdefault("c:" + c + " " + w, mark + prev + " " + w)
    return index


def _evidence_tokens(words: list[tuple[int, str, str]], feature: str) -> tuple[int, int] | None:
    """Token range where the sentence holds *feature* (a word or bigram) with the same scope mark."""
    mark, body = split_mark(feature)
    parts = body.split(" ")
    for k, (i, m, w) in enumerate(words):
        if m != mark or w != parts[-1]:
            continue
        if len(parts) == 1:
            return i, i + 1
        prev = words[k - 1] if k else None
        if (prev[2] if prev else "<s>") == parts[0]:
            return (prev[0] if prev else i), i + 1
    return None


def _values(vector: Any) -> dict[int, float]:
    """Column -> value of one sentence's sparse tf-idf row."""
    return dict(zip(vector.indices.tolist(), vector.data.tolist()))


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _coefficients(pipeline: Pipeline) -> np.ndarray:
    clf = pipeline.named_steps["clf"]
    return np.vstack([est.coef_.ravel() for est in clf.estimators_])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
