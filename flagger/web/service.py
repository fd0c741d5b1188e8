"""The checker behind the web API: one ``Flagger``, used one request at a time."""

from __future__ import annotations

import inspect
import threading
from typing import Any, Protocol

from flagger.web.defaults import MODES


class ResultLike(Protocol):
    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]: ...


class Checker(Protocol):
    """What the web app needs from ``flagger.Flagger``."""

    def check(self, text: str, *, id: str | None = None, meta: dict[str, Any] | None = None) -> ResultLike: ...


class ModeUnavailable(Exception):
    """A mode was asked for that this server's flagger cannot apply."""


class CheckService:
    """Runs ``flagger.check`` for a mode.

    A lock serialises calls: a spaCy pipeline is not promised to be thread-safe,
    and a local tool serves one caseworker, so nothing is lost.
    """

    def __init__(self, flagger: Checker, *, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        self.flagger = flagger
        self.default_mode = mode
        self.per_call_mode = "mode" in inspect.signature(flagger.check).parameters
        self._lock = threading.Lock()

    @property
    def modes(self) -> list[str]:
        """The modes a request may ask for."""
        return list(MODES) if self.per_call_mode else [self.default_mode]

    def check(self, text: str, *, mode: str | None = None) -> tuple[dict[str, Any], str]:
        """The result dict for ``text`` and the mode that produced it."""
        mode = mode or self.default_mode
        if mode not in self.modes:
            raise ModeUnavailable(f"mode {mode!r} is not available on this server; it serves {', '.join(self.modes)}")
        kwargs: dict[str, Any] = {"mode": mode} if self.per_call_mode else {}
        with self._lock:
            result = self.flagger.check(text, **kwargs)
        return result.to_dict(), mode
