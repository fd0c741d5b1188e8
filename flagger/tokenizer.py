"""The blank English pipeline flagger tokenizes with, plus case-note shorthand.

No model download ever happens: ``spacy.blank("en")`` ships with spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

# Shorthand that spaCy's English tokenizer would split apart; kept whole so a
# pattern can name it ("w/" = with, "b/c" = because, "y/o" = years old).
SHORTHAND = ("w/", "w/o", "b/c", "y/o", "y.o.", "h/o", "s/p", "c/o", "r/o", "f/u", "n/a", "d/t", "a/w")
# spaCy reads "id" as "I'd"; in case notes it is nearly always an identity document.
WHOLE_WORDS = ("id", "ids")
TEXTS_KEY = ("flagger", "token_texts")


def make_nlp() -> Language:
    """A blank English pipeline with case-note shorthand kept as single tokens."""
    nlp = spacy.blank("en")
    for word in SHORTHAND + WHOLE_WORDS:
        for form in {word, word.upper(), word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for form, pieces in _upper_case_contractions(nlp.tokenizer.rules).items():
        nlp.tokenizer.add_special_case(form, pieces)
    return nlp


def _upper_case_contractions(rules: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """"CAN'T", "HE'D", "DON'T" split as "can't" does ("ca" + "n't"): spaCy lists lower-case and capitalised
    contractions only, and notes in capitals (dispatch logs, police reports) would otherwise keep "can't" whole,
    where no negation trigger or pattern sees its "n't"."""
    out = {}
    for form, pieces in rules.items():
        upper = form.upper()
        if upper == form or upper in rules or not any(q in form for q in "'’") or not form[:1].isalpha():
            continue
        out[upper] = [{ORTH: p[ORTH].upper()} for p in pieces]
    return out


WARM_BATCH = 256  # chunks tokenized per call when warming the cache


def warm_cache(nlp: Language, common: Iterable[str], rarer: Iterable[str] = ()) -> None:
    """Put words (never note text) into the tokenizer's cache, so that notes tokenize faster.

    Notes are tokenized inside ``memory_zone()``, where spaCy saves nothing to its cache: without
    this, every word of every note goes through the prefix / suffix / infix search (about half of
    flagger's time). A cache entry is keyed by the whole chunk between spaces, so each *common* word
    is added as notes write it: lower case and capitalised, bare and before "." or ","; *rarer*
    words only as given (each form costs load time and memory). Must run after the special cases
    are added: adding one empties the cache.
    """
    tokenizer = nlp.tokenizer
    chunks = {v + p for w in common for v in (w, w.capitalize()) for p in ("", ".", ",")}
    chunks.update(rarer)
    chunks = {c for c in chunks if c and not any(ch.isspace() for ch in c)}
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(chunks) + 10_000)  # room for spaCy's own use
    # spaCy saves nothing more from a text once it has met a special case ("can't", "ID"), so those
    # chunks go alone and the rest in batches (one call per chunk would take 10x as long).
    rules = tokenizer.rules
    special = sorted(c for c in chunks if c in rules or c.rstrip(".,") in rules)
    plain = sorted(chunks.difference(special))
    for i in range(0, len(plain), WARM_BATCH):
        tokenizer(" ".join(plain[i:i + WARM_BATCH]))
    for chunk in special:
        tokenizer(chunk)


def make_tokenize(nlp: Language | None = None) -> Callable[[str], Sequence[str]]:
    """Lower-case token forms of a pattern string, split exactly as notes are."""
    tokenizer = (nlp or make_nlp()).tokenizer

    @cache
    def tokenize(text: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in tokenizer(text))

    return tokenize


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, computed once per doc and shared by flagger's components.

    Each ``Token`` object costs time to create (and ``Doc.text`` builds one per token too), so
    the list is cached in ``doc.user_data``, which lives and dies with the doc.
    """
    texts = doc.user_data.get(TEXTS_KEY)
    if texts is None or len(texts) != len(doc):
        strings = doc.vocab.strings
        texts = doc.user_data[TEXTS_KEY] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return texts
