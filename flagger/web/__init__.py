"""``flagger serve``: a local web page and JSON API for a caseworker's pre-submission check.

``create_app`` is imported on first use, so that registering the ``serve`` command
does not load the web framework for every other ``flagger`` command.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from flagger.web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
