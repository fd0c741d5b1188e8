"""The blank English pipeline flagger tokenizes with, plus case-note shorthand.

No model download ever happens: ``spacy.blank("en")`` ships with spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.language import Language

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
    return nlp


def make_tokenize(nlp: Language | None = None) -> Callable[[str], Sequence[str]]:
    """Lower-case token forms of a pattern string, split exactly as notes are."""
    tokenizer = (nlp or make_nlp()).tokenizer

    @lru_cache(maxsize=None)
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
