"""The catalogue of errors flagger raises. Every message says what went wrong, where, and what to do."""

from __future__ import annotations


class FlaggerError(Exception):
    """Base class for every error flagger raises on purpose."""


class RuleFileError(FlaggerError):
    """A shipped or user-supplied knowledge file (patterns, context rules, taxonomy) is invalid.

    Collects every problem found so the author can fix them all at once.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        listing = "\n  ".join(self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in flagger's rule files:\n  {listing}")


class ModelError(FlaggerError):
    """The trained model is missing, tampered with, or was built for other library versions."""


class InputError(FlaggerError):
    """A note or an input file could not be read. Never carries note text."""
