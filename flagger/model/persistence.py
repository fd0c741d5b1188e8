"""Loading the shipped model safely (filled in by the model work)."""

from __future__ import annotations

from typing import Any


def load_model_or_warn(name: str) -> tuple[Any, list[str]]:
    return None, [f"no trained model {name!r} is installed: results come from the rules only"]
