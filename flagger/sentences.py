"""Sentence boundaries for case notes, which are rarely written in sentences.

Notes have line breaks, bullets, "S:/O:/A:/P:" and "Q:/A:" headers, field labels,
and often no final punctuation. A boundary is set:

- after ``.``, ``!``, ``?`` (unless the full stop ends a known abbreviation or initial);
- at a line break, unless the line before ends mid-thought (no punctuation) and
  the next line starts in lower case — a hard-wrapped sentence;
- before a bullet (``-``, ``*``, ``•``, ``1.``, ``2)``) or a short header
  (``S:``, ``Q:``, ``A:``, ``Plan:``) that starts a line;
- at a blank line, always.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from flagger.tokenizer import token_texts

FINAL = frozenset({".", "!", "?", "…"})
BULLETS = frozenset({"-", "*", "•", "·", "–", "—", ">", "o"})
ABBREVIATIONS = frozenset("approx appt dr mr mrs ms st vs etc e.g i.e hx dx tx dept mt ave inc jr sr".split())
# Units end a sentence when the next word starts with a capital: "worked 14 hrs. She said ..."
UNITS = frozenset("yrs yr mos wks min mins hrs hr".split())


@Language.factory("flagger_sentences")
def make_sentence_component(nlp: Language, name: str) -> CaseNoteSentencizer:
    return CaseNoteSentencizer()


class CaseNoteSentencizer:
    """Sets ``token.is_sent_start`` for every token (a spaCy pipeline component)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # One array write instead of a Token object per token. -1 (not a start) as uint64, as spaCy stores it.
        marks = numpy.full((len(doc), 1), numpy.uint64(-1 & 0xFFFFFFFFFFFFFFFF), dtype="uint64")
        marks[sorted(sentence_starts(doc)), 0] = 1
        doc.from_array([SENT_START], marks)
        return doc


def sentence_starts(doc: Doc) -> set[int]:
    """Indices of tokens that begin a sentence."""
    n = len(doc)
    starts: set[int] = {0} if n else set()
    texts = token_texts(doc)
    line_start = True  # the next non-space token begins a line
    prev_final = True  # the previous non-space token ends a sentence
    blank_line = False
    for i, text in enumerate(texts):
        if text.isspace():
            newlines = text.count("\n")
            if newlines:
                line_start = True
                blank_line = blank_line or newlines > 1
            continue
        if i and (prev_final or (line_start and _starts_line_unit(texts, i, blank_line))):
            starts.add(i)
        elif i and line_start and not _continues(texts, i):
            starts.add(i)
        # Only a final mark or a word ending in "." can end a sentence: skip the call for every other word.
        prev_final = (text in FINAL or text[-1] == ".") and _ends_sentence(texts, i)
        line_start = blank_line = False
        # "thing: ... - bullet" inside a line: a bullet after whitespace mid-line is not a boundary
    return starts


def _ends_sentence(texts: list[str], i: int) -> bool:
    text = texts[i]
    if text in FINAL:
        if text in {"?", "!"} and _next_word(texts, i) in {")", "]"}:  # a doubt in brackets: "age (15?) per cousin"
            return False
        if text == "." and i and _is_abbreviation(texts[i - 1]):
            return False
        if text == "." and i and texts[i - 1].lower() in UNITS:
            return _next_word(texts, i)[:1].isupper()
        return True
    if text.endswith(".") and len(text) > 1 and text[:-1].lower() not in ABBREVIATIONS and "." not in text[:-1]:
        return text[:-1].isalpha() and len(text) > 3
    return False


def _is_abbreviation(word: str) -> bool:
    w = word.lower()
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha())


def _starts_line_unit(texts: list[str], i: int, blank_line: bool) -> bool:
    """A bullet, a numbered item, a header like 'S:' / 'Plan:', or anything after a blank line."""
    if blank_line:
        return True
    text = texts[i]
    nxt = _next_word(texts, i)
    if text in BULLETS and text != "o":
        return True
    if text.isdigit() and nxt in {".", ")"}:
        return True
    return nxt == ":" and len(text) <= 12


def _continues(texts: list[str], i: int) -> bool:
    """A line that starts in lower case after a line that did not end a sentence: a hard wrap."""
    text = texts[i]
    return text[:1].islower() or text[:1] in {",", ";", ")", "&"}


def _next_word(texts: list[str], i: int) -> str:
    for j in range(i + 1, min(i + 3, len(texts))):
        if not texts[j].isspace():
            return texts[j]
    return ""


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence, read from one array (``doc.sents`` makes a Token per token)."""
    n = len(doc)
    if not n:
        return []
    # Not Doc.has_annotation: it makes a Token per token. No sentence starts set -> one sentence.
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n]))
