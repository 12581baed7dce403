"""Stand-in names of unnamed entities ("(model of Meta)"): plain string functions, so the
reconciler and the read-only commands use them without importing spaCy."""
from __future__ import annotations


def description_name(kind: str, owner: str) -> str:
    """The stand-in name of an unnamed entity known by kind and owner: "(model of Meta)"."""
    return f"({kind} of {owner})"


def parse_description(name: str | None) -> tuple[str, str] | None:
    """("model", "Meta") for "(model of Meta)", else None."""
    if name and name.startswith("(") and name.endswith(")") and " of " in name:
        kind, owner = name[1:-1].split(" of ", 1)
        return kind, owner
    return None
