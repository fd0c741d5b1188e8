"""``flagger serve``: a local web page and JSON API for a caseworker's pre-submission check."""

from __future__ import annotations

from flagger.web.app import create_app

__all__ = ["create_app"]
