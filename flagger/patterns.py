"""A small pattern language over lower-case token forms, compiled to a fast matcher.

Why not spaCy's ``Matcher``? With a few hundred patterns with bounded gaps it runs
at about 0.06x the tokenizer's speed (``shared/notes/performance.md``). Here a
pattern is anchored on its first element: a dict lookup per token finds the few
patterns that can start there, and only those are tried. Lemmas are expanded on
the pattern side (``take`` also matches took/taken/takes/taking), so notes never
go through a lemmatizer.

Syntax: elements separated by spaces.

- ``take``          the word or any inflection of it (via the shipped lemma table)
- ``=take``         exactly this form
- ``take|hold``     alternatives
- ``@DOC``          a word class from ``data/classes/*.jsonl`` (entries may be phrases)
- ``?her``          optional element (not first or last)
- ``*3``            a gap of 0 to 3 arbitrary tokens (not first or last)

A multi-word entry (``birth certificate``) and a single word the tokenizer splits
(``w/o``) are matched as token sequences.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from flagger.datafiles import data_path

Tokenize = Callable[[str], Sequence[str]]


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """form -> lemma, from spaCy's English lookup table (shipped, see data/*.LICENSE.txt)."""
    with gzip.open(data_path("en_lemma_lookup.json.gz"), "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return {k: v for k, v in table.items() if k == k.lower()}


@lru_cache(maxsize=1)
def _inflections() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lemma_table().items():
        out[lemma].add(form)
    return {k: frozenset(v) for k, v in out.items()}


# "'s" is listed as a form of "have", but in notes it is far more often the possessive ("pt's passport" is not
# "has passport") or "is"; a pattern that means "he's got" writes ='s.
NOT_INFLECTIONS = frozenset({"'s", "’s"})


def inflections(word: str) -> frozenset[str]:
    """All forms whose lemma is *word*, plus *word* itself."""
    return (_inflections().get(word, frozenset()) - NOT_INFLECTIONS) | {word}


@dataclass(frozen=True)
class Slot:
    """Matches one of several token sequences at a position."""

    singles: frozenset[str]
    phrases: tuple[tuple[str, ...], ...] = ()
    optional: bool = False
    by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    # The words a match of the slot can begin with: its single words and its phrases' first words.
    starts: frozenset[str] = field(default=frozenset(), compare=False, hash=False)


@dataclass(frozen=True)
class Gap:
    max: int


Element = Slot | Gap


@dataclass(frozen=True)
class Pattern:
    rule: str
    label: str
    elements: tuple[Element, ...]
    meta: dict = field(default_factory=dict, compare=False, hash=False)


class Match(NamedTuple):
    """One occurrence of a pattern: tokens ``[start, end)``. A tuple: made often, so made cheaply."""

    start: int
    end: int
    pattern: Pattern


class PatternSyntaxError(ValueError):
    pass


def parse_pattern(source: str, *, classes: dict[str, list[str]], tokenize: Tokenize) -> tuple[Element, ...]:
    """Parse a pattern string; raise PatternSyntaxError naming the bad element."""
    parts = source.split()
    if not parts:
        raise PatternSyntaxError("empty pattern")
    elements: list[Element] = []
    for part in parts:
        if part.startswith("*"):
            try:
                elements.append(Gap(int(part[1:])))
            except ValueError:
                raise PatternSyntaxError(f"gap {part!r} must be '*' followed by a number, e.g. '*3'") from None
            continue
        optional = part.startswith("?") and len(part) > 1
        body = part[1:] if optional else part
        elements.append(_slot(body, optional=optional, classes=classes, tokenize=tokenize))
    for end, el in (("first", elements[0]), ("last", elements[-1])):
        if isinstance(el, Gap) or el.optional:
            raise PatternSyntaxError(f"the {end} element must be a required word, not a gap or optional")
    return tuple(elements)


def _slot(body: str, *, optional: bool, classes: dict[str, list[str]], tokenize: Tokenize) -> Slot:
    terms: set[tuple[str, ...]] = set()
    for alt in body.split("|"):
        if not alt:
            raise PatternSyntaxError(f"empty alternative in {body!r}")
        if len(alt.lstrip("=")) > 1 and alt.endswith("?"):  # "=the?" would be a literal word no note has
            raise PatternSyntaxError(f"{alt!r}: an optional element takes '?' in front ('?{alt[:-1]}'), "
                                     "not at the end")
        if alt.startswith("@"):
            if alt[1:] not in classes:
                raise PatternSyntaxError(f"unknown word class {alt!r} (known: {', '.join(sorted(classes))})")
            for entry in classes[alt[1:]]:
                terms.update(_expand(entry, tokenize))
        else:
            terms.update(_expand(alt.replace("_", " "), tokenize))
    singles = frozenset(t[0] for t in terms if len(t) == 1)
    phrases = tuple(sorted((t for t in terms if len(t) > 1), key=len, reverse=True))
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for ph in phrases:  # longest first within each first word
        by_first[ph[0]].append(ph)
    return Slot(singles=singles, phrases=phrases, optional=optional,
                by_first={w: tuple(v) for w, v in by_first.items()}, starts=singles | by_first.keys())


@lru_cache(maxsize=65536)
def _expand(entry: str, tokenize: Tokenize) -> frozenset[tuple[str, ...]]:
    """A word or phrase and its inflections (the last word of a phrase is inflected)."""
    exact = entry.startswith("=")
    entry = entry[1:] if exact else entry
    out: set[tuple[str, ...]] = set()
    # The tokenizer's exceptions are case-sensitive ("Id" vs "id"): split every casing a note may use.
    for variant in {entry, entry.capitalize(), entry.upper()}:
        toks = tokenize(variant)
        if not toks:
            continue
        if len(toks) > 1 and variant[0] in "'’":  # a bare clitic splits alone ("'m" -> "'", "m"), not after a word
            hosted = tokenize("i" + variant)
            toks = hosted[1:] if len(hosted) == 2 else toks
        if exact:
            out.add(tuple(toks))
        else:
            out.update(tuple(toks[:-1]) + (form,) for form in inflections(toks[-1]))
    return frozenset(out)


UNSEEN_SHARE = 0.001  # a word too rare to be in the frequency table


@lru_cache(maxsize=1)
def word_shares() -> dict[str, float]:
    """Share of case-note sentences that contain each common word (``scripts/word_frequencies.py``)."""
    path = data_path("word_frequencies.json")
    return json.loads(path.read_text(encoding="utf-8"))["share_of_sentences"] if path.exists() else {}


def _selectivity(words: frozenset[str]) -> float:
    """Expected share of sentences holding one of *words*: lower is more selective."""
    shares = word_shares()
    return sum(shares.get(w, UNSEEN_SHARE) for w in words)


def _words(slot: Slot) -> frozenset[str]:
    """Words one of which must occur wherever the slot matches."""
    return slot.singles | {ph[0] for ph in slot.phrases}


def _filter_words(slot: Slot) -> frozenset[str]:
    """Words one of which a sentence must hold for the slot to match: for a phrase, its rarest word
    ("in hand" -> "hand"), which is far more selective than its first."""
    shares = word_shares()
    return slot.singles | {min(ph, key=lambda w: shares.get(w, UNSEEN_SHARE)) for ph in slot.phrases}


def _required_words(pattern: Pattern) -> list[frozenset[str]]:
    """The filter words of each required slot, most selective first."""
    slots = [_filter_words(el) for el in pattern.elements if isinstance(el, Slot) and not el.optional]
    return sorted(slots, key=_selectivity)


class PatternMatcher:
    """Finds every pattern occurrence in a token sequence; shortest gaps first.

    A sentence first picks the few patterns that could match at all: those with a word of
    their *key* slot (their most selective required slot) and one of their second most
    selective required slot in the sentence. Each pattern is a bit, and each word maps to
    the bits of the patterns it serves in either role, so this costs a few integer ORs per
    word of the sentence rather than a set test per pattern. A pattern is then tried only if
    its other required slots have a word in the sentence too, and only at tokens that can
    start it.
    """

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = list(patterns)
        self._rest: list[tuple[frozenset[str], ...]] = []  # required slots after the first two
        self._first: list[frozenset[str]] = []
        key_bits: dict[str, int] = defaultdict(int)
        second_bits: dict[str, int] = defaultdict(int)
        self._no_second = 0  # patterns with a single required slot
        for n, p in enumerate(self.patterns):
            required = _required_words(p)
            for word in required[0]:
                key_bits[word] |= 1 << n
            if len(required) > 1:
                for word in required[1]:
                    second_bits[word] |= 1 << n
            else:
                self._no_second |= 1 << n
            self._first.append(_words(p.elements[0]))  # type: ignore[arg-type]
            self._rest.append(tuple(required[2:]))
        self._steps = [compile_elements(p.elements) for p in self.patterns]
        self._bits: dict[str, tuple[int, int]] = {
            w: (key_bits.get(w, 0), second_bits.get(w, 0)) for w in key_bits.keys() | second_bits.keys()}
        self._indexed = frozenset(self._bits)
        self.vocabulary: frozenset[str] = frozenset(
            w for p in self.patterns for el in p.elements if isinstance(el, Slot)
            for w in el.singles | {t for ph in el.phrases for t in ph}
        )

    def __call__(self, forms: list[str], start: int = 0, end: int | None = None) -> list[Match]:
        """Matches within ``forms[start:end]``, positions relative to ``forms``."""
        end = len(forms) if end is None else end
        present = set(forms[start:end])
        candidates = self._candidates(present)
        if not candidates:
            return []
        rest, firsts, patterns, steps = self._rest, self._first, self.patterns, self._steps
        found: list[tuple[int, int, int]] = []
        while candidates:
            low = candidates & -candidates  # the lowest set bit: pattern n
            candidates ^= low
            n = low.bit_length() - 1
            for words in rest[n]:
                if words.isdisjoint(present):
                    break
            else:
                first, step = firsts[n], steps[n]
                for i in range(start, end):
                    if forms[i] in first:
                        stop = step(forms, i, end)
                        if stop > i:
                            found.append((i, stop, n))
        found.sort()  # by position, then file order: the same on every run
        return [Match(i, stop, patterns[n]) for i, stop, n in found]

    def _candidates(self, present: set[str]) -> int:
        """Bits of the patterns whose key slot and second required slot both have a word in *present*."""
        bits = self._bits
        keyed = second = 0
        for w in present.intersection(self._indexed):
            k, s = bits[w]
            keyed |= k
            second |= s
        return keyed & (second | self._no_second)


Step = Callable[[list[str], int, int], int]


def compile_elements(elements: tuple[Element, ...]) -> Step:
    """A function ``(forms, i, end)`` -> the end of the shortest match of *elements* at ``i``, or -1.

    Each element becomes a small closure that calls the next one's, built once per pattern: the
    matcher's hot loop then does no type tests or attribute look-ups. Longer alternatives are
    tried only when shorter ones fail to complete the match (singles before phrases, phrases
    longest first, gaps shortest first, an optional element taken before it is skipped).
    """
    step: Step | None = None  # None: the match is complete after this element
    for k in range(len(elements) - 1, -1, -1):
        el = elements[k]
        if isinstance(el, Gap):
            step = _gap_step(el, elements[k + 1], step)  # type: ignore[arg-type]  # never last: checked at parse
        else:
            step = _slot_step(el, step)
    assert step is not None
    return step


def _done(forms: list[str], i: int, end: int) -> int:
    return i


def _slot_step(slot: Slot, after: Step | None) -> Step:
    singles, by_first, optional = slot.singles, slot.by_first, slot.optional
    if after is None and not by_first and not optional:  # the last word: nothing left to check
        def last_word(forms: list[str], i: int, end: int) -> int:
            return i + 1 if i < end and forms[i] in singles else -1
        return last_word
    rest = after or _done
    if not by_first and not optional:
        def word(forms: list[str], i: int, end: int) -> int:
            return rest(forms, i + 1, end) if i < end and forms[i] in singles else -1
        return word

    def slot_step(forms: list[str], i: int, end: int) -> int:
        if i < end:
            if forms[i] in singles:
                stop = rest(forms, i + 1, end)
                if stop >= 0:
                    return stop
            for phrase in by_first.get(forms[i], ()):
                n = len(phrase)
                if i + n <= end and tuple(forms[i:i + n]) == phrase:
                    stop = rest(forms, i + n, end)
                    if stop >= 0:
                        return stop
        return rest(forms, i, end) if optional else -1
    return slot_step


def _gap_step(gap: Gap, nxt: Element, after: Step | None) -> Step:
    rest = after or _done
    width = gap.max + 1  # positions the next element may start at: 0 to max tokens further on
    if isinstance(nxt, Slot) and not nxt.optional:
        # A required word fails wherever none of its words starts (and at the end): try only where one does.
        starts = nxt.starts

        def gap_to_word(forms: list[str], i: int, end: int) -> int:
            for j in range(i, min(i + width, end)):
                if forms[j] in starts:
                    stop = rest(forms, j, end)
                    if stop >= 0:
                        return stop
            return -1
        return gap_to_word

    def gap_step(forms: list[str], i: int, end: int) -> int:
        for j in range(i, min(i + width, end + 1)):
            stop = rest(forms, j, end)
            if stop >= 0:
                return stop
        return -1
    return gap_step
