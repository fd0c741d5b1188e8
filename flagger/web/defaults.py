"""Settings shared by the app and the ``serve`` command; importing this loads no web framework."""

from __future__ import annotations

MODES: tuple[str, ...] = ("recall", "balanced", "precision")
DEFAULT_MAX_BYTES = 256 * 1024  # a long case note is a few KiB
LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
