"""A pronoun in a screening answer stands for what the question asked about.

"Q: Do you have your passport? A: No, my employer keeps it." holds the confiscation in no one sentence: the
question names the passport, the answer says who keeps "it". Patterns read one sentence at a time, so before they
run, an answer's "it" / "them" is read as the question's document or phone: the forms the patterns and the model
see become "my employer keeps papers", while the text, the offsets and the highlight stay the note's own.

Only the sentence right after a question is an answer, and only a question that names one kind of thing (a
document or a phone) lends it. An answer that names a thing itself keeps its own, and one that names a relative or
a lawyer ("A: no, my wife has them", "my sister has it because I asked her") borrows nothing: such keepers hold
papers for the client as often as from her, and the answer's "no" may deny either.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

# The word classes a question can lend, and the form an answer's pronoun takes for each (one token: a word every
# pattern of the class accepts).
LENT = {"DOC": "papers", "PHONE": "phone"}
PRONOUNS = frozenset({"it", "them", "'em", "em"})
# Word classes of people who keep a client's papers for her as often as from her.
KEEPER_CLASSES = frozenset({"RELATIVE", "KEEPER_BY_CHOICE"})
QUESTION_ENDS = frozenset({"?", "?\"", "?”"})


def lend_antecedents(forms: list[str], sentences: list[tuple[int, int]],
                     word_classes: Mapping[str, tuple[str, ...]]) -> list[str]:
    """*forms* with each answer's pronouns replaced by the question's document or phone (a new list if any)."""
    out = forms
    for (qs, qe), (as_, ae) in pairwise(sentences):
        if not _is_question(forms, qs, qe):
            continue
        lent = _lent_class(forms, qs, qe, word_classes)
        if lent is None or _lent_class(forms, as_, ae, word_classes) is not None:
            continue  # the question names no one thing, or the answer names its own
        if _names_keeper_by_choice(forms, as_, ae, word_classes):
            continue
        for i in range(as_, ae):
            if forms[i] in PRONOUNS:
                if out is forms:
                    out = list(forms)
                out[i] = LENT[lent]
    return out


def _names_keeper_by_choice(forms: list[str], start: int, end: int,
                            word_classes: Mapping[str, tuple[str, ...]]) -> bool:
    return any(not KEEPER_CLASSES.isdisjoint(word_classes.get(f, ())) for f in forms[start:end])


def _is_question(forms: list[str], start: int, end: int) -> bool:
    return any(f in QUESTION_ENDS for f in forms[max(start, end - 2):end])


def _lent_class(forms: list[str], start: int, end: int, word_classes: Mapping[str, tuple[str, ...]]) -> str | None:
    """The one class of LENT the words of ``[start, end)`` name, or None (none, or more than one)."""
    found = {c for f in forms[start:end] for c in word_classes.get(f, ()) if c in LENT}
    return found.pop() if len(found) == 1 else None
