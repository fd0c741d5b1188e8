"""Sentence features for the classifier, aware of assertion context.

A token inside the scope of a negation, hypothetical or other-person trigger is
marked with its category, so "denies owing money" (``neg:owe``) does not look like
"owes money" (``owe``). Features are plain strings, hashed by scikit-learn's
``FeatureHasher`` (no vocabulary to store, nothing to fit); the same strings
explain a flag ("owe money", "neg:passport").
"""

from __future__ import annotations

from flagger.context import Modifier, clean_modifiers, scope

MARKS = {"negated": "neg:", "hypothetical": "hyp:", "other_person": "oth:", "question": "hyp:"}
PUNCT = frozenset(".,;:!?()[]{}\"'-–—/*•")


def scope_marks(modifiers: list[Modifier], s: int, e: int) -> list[str]:
    """A mark prefix per token of the sentence ``[s, e)`` ('' outside any scope)."""
    marks = [""] * (e - s)
    clean = clean_modifiers(modifiers, [])
    terminators = [m for m in clean if m.category == "terminate"]
    for m in clean:
        mark = MARKS.get(m.category)
        if not mark:
            continue
        lo, hi = scope(m, terminators, s, e)
        for i in range(max(lo, s), min(hi, e)):
            if not (m.start <= i < m.end) and not marks[i - s]:
                marks[i - s] = mark
    return marks


def sentence_features(forms: list[str], s: int, e: int, modifiers: list[Modifier]) -> list[str]:
    """Word unigrams and bigrams (with scope marks) and short affixes of content words."""
    marks = scope_marks(modifiers, s, e)
    words = [(marks[i - s], forms[i]) for i in range(s, e) if forms[i] not in PUNCT and not forms[i].isspace()]
    feats: list[str] = []
    prev = "<s>"
    for mark, w in words:
        feats.append(mark + w)
        feats.append(f"{mark}{prev} {w}")
        if len(w) > 5:
            feats.append("pre:" + w[:5])
        prev = w
    return feats


def feature_tokens(feature: str) -> str:
    """A readable form of a feature for explanations."""
    return feature.replace("pre:", "").replace("<s> ", "")
