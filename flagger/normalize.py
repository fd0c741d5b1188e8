"""Token forms the patterns are matched on: lower case, with hurried typos repaired.

"pasport", "threatend" and "confiscted" are not English words; when such a token
is one edit (a letter dropped, added, changed or two swapped) away from exactly one
word the patterns use, it is read as that word; a dropped final g ("takin", "waitin") is put back when the
-ing form is an English word. Known English words (the shipped
lemma table) are never changed, so "passed" never becomes "passport".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MIN_LENGTH = 6  # shorter words have too many neighbours to correct safely
CACHE_LIMIT = 50_000


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Normalizer:
    def __init__(self, vocabulary: Iterable[str], known_words: Iterable[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.known = frozenset(known_words) | self.vocabulary
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word in self.vocabulary:
            if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                self._by_deletion[word].add(word)
                for d in _deletions(word):
                    self._by_deletion[d].add(word)
        self._cache: dict[str, str] = {}

    def forms(self, lowers: list[str]) -> list[str]:
        """Normalise a note's lower-case tokens (returns a new list)."""
        known = self.known  # the vocabulary included
        out = lowers[:]
        for i, w in enumerate(lowers):
            if "’" in w or "‘" in w:  # curly apostrophes, as word processors write them
                out[i] = w = w.replace("’", "'").replace("‘", "'")
            if w in known or not w.isalpha():
                continue
            if w.endswith("in") and w + "g" in known:  # a dropped g: "takin", "waitin", "sittin"
                out[i] = w + "g"
            elif len(w) >= MIN_LENGTH:
                out[i] = self.correct(w)
        return out

    def correct(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        candidates: set[str] = set(self._by_deletion.get(word, ()))  # a letter dropped from a vocabulary word
        for d in _deletions(word):
            if d in self.vocabulary:  # a letter added
                candidates.add(d)
            candidates |= self._by_deletion.get(d, set())  # a letter changed, or two swapped
        candidates = {c for c in candidates if abs(len(c) - len(word)) <= 1 and c[0] == word[0]}
        result = next(iter(candidates)) if len(candidates) == 1 else word
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result
