"""Write flagger/data/word_frequencies.json: how often each word occurs in case-note sentences.

The pattern matcher indexes every pattern by its most selective slot; "selective" means
its words are rare in notes. This counts, over the training corpus (train and dev
splits, never test), the share of sentences that contain each lower-case token, and keeps
the words seen in at least 0.2% of sentences.

    python scripts/word_frequencies.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import flagger
from flagger.sentences import sentence_bounds
from flagger.tokenizer import token_texts

ROOT = Path(__file__).resolve().parent.parent
MIN_SHARE = 0.002


def main() -> None:
    f = flagger.load(rules_only=True)
    sentence_pipe = f.nlp.get_pipe("flagger_sentences")
    counts: Counter[str] = Counter()
    n_sentences = 0
    for split in ("train", "dev"):
        for line in (ROOT / "training_data" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            with f.nlp.memory_zone():
                doc = sentence_pipe(f.nlp.make_doc(json.loads(line)["text"]))
                words = [w.lower() for w in token_texts(doc)]
                for s, e in sentence_bounds(doc):
                    counts.update(set(words[s:e]))
                    n_sentences += 1
    shares = {w: round(c / n_sentences, 5) for w, c in counts.most_common() if c / n_sentences >= MIN_SHARE}
    out = ROOT / "flagger" / "data" / "word_frequencies.json"
    out.write_text(json.dumps({"sentences": n_sentences, "share_of_sentences": shares}, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(shares)} words from {n_sentences} sentences -> {out}")


if __name__ == "__main__":
    main()
