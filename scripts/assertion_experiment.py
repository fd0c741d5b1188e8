"""Experiment, not part of the tool: could a learned check catch the leaks the context rules miss?

For every present pattern flag (rules only) that overlaps a gold span of its indicator, the label is whether
that span is present (affirmed / historical) or a leak (negated, hypothetical, other person). A logistic
regression over the words around the mention (by side and distance, capitalised words before it, hearsay and
relation words in the sentence), the rule and the indicator is fitted on the older tuning sets and scored on
the sets of writers it never saw (fresh19 to fresh21), so the numbers are writer-independent:

    python scripts/assertion_experiment.py

Measured at the end of the release that added fresh19-21 (160 leaks and 2,282 true present mentions on those
three sets): a flag demoted below 0.05 caught 19 leaks for 5 true mentions, below 0.1 28 for 10, below 0.2 33
for 25, below 0.5 64 for 74. For comparison, the rule step adopted in that release took 11 leaks off the 20
tuning sets it was written on at 2 true note-level flags, and the variants it rejected traded about one true flag
per leak. Not built into the tool yet. Prints counts only, never note text.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

import flagger
from flagger.evaluation import read_gold
from flagger.results import PRESENT_ASSERTIONS

DATA = Path(__file__).resolve().parent.parent / "training_data"
FIT_SETS = ("train", "dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
            "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17")
SCORE_SETS = ("fresh19", "fresh20", "fresh21")
WINDOW = 8
SENTENCE_CUES = frozenset("heard hearsay rumour rumor says said told friend cousin sister brother roommate other "
                          "others their they apparently if whether asked ?".split())
TOKEN = re.compile(r"\w+|[^\w\s]")


def mention_features(text: str, flag: flagger.Flag) -> list[str]:
    left = TOKEN.findall(text[flag.sentence_start:flag.start])[-WINDOW:]
    right = TOKEN.findall(text[flag.end:flag.sentence_end])[:WINDOW]
    feats = [f"ind={flag.indicator}", f"rule={flag.rule}", f"as={flag.assertion}"]
    for k, w in enumerate(reversed(left)):
        feats += [f"L:{w.lower()}", f"L{min(k, 3)}:{w.lower()}"]
        if w[:1].isupper() and w.isalpha():
            feats.append(f"Lcap{min(k, 3)}")
    feats += [f"R:{w.lower()}" for w in right]
    feats += [f"I:{w.lower()}" for w in TOKEN.findall(flag.text)]
    sentence = text[flag.sentence_start:flag.sentence_end]
    feats += [f"S:{w.lower()}" for w in TOKEN.findall(sentence) if w.lower() in SENTENCE_CUES]
    return feats


def dataset(f: flagger.Flagger, sets: tuple[str, ...]) -> tuple[list[list[str]], np.ndarray]:
    X, y = [], []
    for name in sets:
        gold = read_gold(DATA / f"{name}.jsonl")
        for note, result in zip(gold, f.pipe([g.text for g in gold])):
            for flag in result.flags:
                if not flag.present or flag.source != "pattern":
                    continue
                spans = [s for s in note.spans if s["indicator"] == flag.indicator
                         and s["start"] < flag.end and flag.start < s["end"]]
                if spans:
                    X.append(mention_features(note.text, flag))
                    y.append(int(any(s["assertion"] in PRESENT_ASSERTIONS for s in spans)))
    return X, np.array(y)


def main() -> None:
    f = flagger.load(rules_only=True)
    hasher = FeatureHasher(2**18, input_type="string", alternate_sign=False)
    X_fit, y_fit = dataset(f, FIT_SETS)
    X_score, y_score = dataset(f, SCORE_SETS)
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000).fit(hasher.transform(X_fit), y_fit)
    p = clf.predict_proba(hasher.transform(X_score))[:, 1]
    leaks, true = y_score == 0, y_score == 1
    print(f"fitted on {len(y_fit)} mentions ({int((y_fit == 0).sum())} leaks); scored {len(y_score)} "
          f"({int(leaks.sum())} leaks) on {', '.join(SCORE_SETS)}")
    for t in (0.05, 0.1, 0.2, 0.3, 0.5):
        demoted = p < t
        print(f"demoted below {t}: leaks caught {int((demoted & leaks).sum())} of {int(leaks.sum())}, "
              f"true present mentions lost {int((demoted & true).sum())} of {int(true.sum())}")


if __name__ == "__main__":
    main()
