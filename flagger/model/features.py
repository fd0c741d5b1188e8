"""Sentence features for the classifier, aware of assertion context.

A token inside the scope of a negation, hypothetical or other-person trigger is
marked with its category, so "denies owing money" (``neg:owe``) does not look like
"owes money" (``owe``). Features are plain strings, hashed by scikit-learn's
``FeatureHasher`` (no vocabulary to store, nothing to fit); the same strings
explain a flag ("owe money", "neg:passport").

Words the patterns' word classes list also give class features (``c:DOC``, ``c:her DOC``, ``c:DOC taken``), so
what the classifier learns of "took her passport" carries over to "took her pasaporte". A flag's explanation shows
the words a class feature stood for ("her pasaporte"), never the feature itself.
"""

from __future__ import annotations

from flagger.context import Modifier, clean_modifiers, scope

# Bump when the strings below change: a model trained on other strings is refused at load time.
FEATURES_VERSION = 2
MARKS = {"negated": "neg:", "hypothetical": "hyp:", "other_person": "oth:", "question": "hyp:"}
PUNCT = frozenset(".,;:!?()[]{}\"'-–—/*•")


def scope_marks(modifiers: list[Modifier], s: int, e: int) -> list[str]:
    """A mark prefix per token of the sentence ``[s, e)`` ('' outside any scope)."""
    marks = [""] * (e - s)
    clean = clean_modifiers(modifiers, [])
    terminators = [m for m in clean if m.category == "terminate"]
    for m in clean:
        mark = MARKS.get(m.category)
        if not mark or not m.rule.applies_to(None):  # a rule for some indicators only does not mark every word
            continue
        lo, hi = scope(m, terminators, s, e)
        for i in range(max(lo, s), min(hi, e)):
            if not (m.start <= i < m.end) and not marks[i - s]:
                marks[i - s] = mark
    return marks


def sentence_features(forms: list[str], s: int, e: int, modifiers: list[Modifier],
                      word_classes: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Word unigrams and bigrams (with scope marks), short affixes of content words, and word-class features."""
    marks = scope_marks(modifiers, s, e) if modifiers else None
    classes_of = (word_classes or {}).get
    feats: list[str] = []
    append = feats.append
    prev = "<s>"
    prev_classes: tuple[str, ...] = ()
    for i in range(s, e):
        w = forms[i]
        if w in PUNCT or w.isspace():
            continue
        mark = marks[i - s] if marks else ""
        append(mark + w)
        append(mark + prev + " " + w)
        if len(w) > 5:
            append("pre:" + w[:5])
        classes = classes_of(w, ())
        for c in classes:
            append("c:" + c)
            append("c:" + prev + " " + c)
        for c in prev_classes:
            append("c:" + c + " " + w)
        prev, prev_classes = w, classes
    return feats


def split_mark(feature: str) -> tuple[str, str]:
    """``"neg:owe money"`` -> ``("neg:", "owe money")``; unmarked features have the mark ``""``."""
    head = feature[:4]
    if head in _MARK_SET:
        return head, feature[4:]
    return "", feature


_MARK_SET = frozenset(MARKS.values())


def feature_tokens(feature: str) -> str:
    """A readable form of a feature for explanations."""
    return feature.replace("pre:", "").replace("<s> ", "")
