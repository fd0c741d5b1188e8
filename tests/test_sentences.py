"""Sentence boundaries in notes written with line breaks, bullets, SOAP headers and no final punctuation."""

from __future__ import annotations

from itertools import pairwise

import pytest

from flagger.sentences import sentence_starts
from flagger.tokenizer import make_nlp

nlp = make_nlp()


def sentences(text: str) -> list[str]:
    doc = nlp(text)
    starts = sorted(sentence_starts(doc)) + [len(doc)]
    return [doc[a:b].text.strip() for a, b in pairwise(starts) if doc[a:b].text.strip()]


@pytest.mark.parametrize(("text", "expected"), [
    ("She owes him money. He took her ID.", ["She owes him money.", "He took her ID."]),
    ("S: pt c/o pain\nO: bruising L arm\nA: r/o abuse\nP: f/u 1 wk",
     ["S: pt c/o pain", "O: bruising L arm", "A: r/o abuse", "P: f/u 1 wk"]),
    ("- owes boss 3k\n- no ID\n* lives at worksite", ["- owes boss 3k", "- no ID", "* lives at worksite"]),
    ("Q: Do you owe money? A: no", ["Q: Do you owe money?", "A: no"]),
    ("cl says the boss keeps\nher passport in a safe", ["cl says the boss keeps\nher passport in a safe"]),
    ("Seen by Dr. Lee today. Plan: shelter", ["Seen by Dr. Lee today.", "Plan: shelter"]),
    ("no punctuation at all here\n\nNew paragraph", ["no punctuation at all here", "New paragraph"]),
    ("Girl (15?) seen w/ older male. He paid.", ["Girl (15?) seen w/ older male.", "He paid."]),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SHE CAN'T LEAVE", ["SHE", "CA", "N'T", "LEAVE"]),
    ("HE'D TAKE IT", ["HE", "'D", "TAKE", "IT"]),
    ("she can't leave", ["she", "ca", "n't", "leave"]),
    ("ID CARD", ["ID", "CARD"]),
])
def test_contractions_in_capitals_split_like_lower_case_ones(text: str, expected: list[str]) -> None:
    """Notes written in capitals (dispatch logs, police reports) keep the "n't" a negation trigger looks for."""
    assert [t.text for t in make_nlp()(text)] == expected
