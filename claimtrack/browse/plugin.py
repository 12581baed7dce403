"""A Datasette plugin: claimtrack's table descriptions and canned queries for every
attached database that holds claimtrack's tables. Registered through the "datasette"
entry point in pyproject.toml, so `datasette claimtrack.db` shows them with nothing
else to pass (install with `pip install 'claimtrack[browse]'`).
"""
from __future__ import annotations

import copy
import functools
import sqlite3
from pathlib import Path

import yaml
from datasette import hookimpl

METADATA = Path(__file__).with_name("metadata.yaml")
TABLES = {"articles", "claims", "groups", "conflicts", "group_claims"}


@functools.cache
def _metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=64)
def _is_claimtrack(path: str, mtime: float) -> bool:
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return TABLES <= names


def claimtrack_databases(datasette) -> list[str]:
    out = []
    for name, db in datasette.databases.items():
        path = getattr(db, "path", None)
        if path and Path(path).exists() and _is_claimtrack(str(path), Path(path).stat().st_mtime):
            out.append(name)
    return out


def metadata_for(names: list[str]) -> dict:
    """The shipped metadata, with its database section under each of `names`."""
    meta = _metadata()
    section = meta["databases"]["claimtrack"]
    out = {k: v for k, v in meta.items() if k != "databases"}
    out["databases"] = {name: copy.deepcopy(section) for name in names}
    return out


@hookimpl
def get_metadata(datasette, key, database, table):
    names = claimtrack_databases(datasette)
    return metadata_for(names) if names else {}
