"""Load the domain knowledge kept in claimtrack/data/*.yaml (cached per process).

Code asks for a table by name; the data files are the place to teach claimtrack a
new alias, trigger or boilerplate pattern.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same tables, read several times faster


@functools.cache
def load(name: str) -> dict | list:
    """Load data file `name` (without .yaml); CLAIMTRACK_DATA_DIR may point elsewhere."""
    folder = Path(os.environ.get("CLAIMTRACK_DATA_DIR") or DATA_DIR)
    path = folder / f"{name}.yaml"
    if not path.exists():
        path = DATA_DIR / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 (a safe loader: libyaml's when built with it)
