"""Shared helpers of the hostile-input tests (issue 11): real `claimtrack` processes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "claimtrack"
CLAIMTRACK = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "claimtrack.cli"]


def claimtrack(*args: str, db: str | None = None, timeout: float = 120, cwd: Path | None = None,
               env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line (bytes out, so a control character cannot hide)."""
    argv = CLAIMTRACK + (["--db", db] if db else []) + list(args)
    full = {**os.environ, "COLUMNS": "200", **(env or {})}
    full.pop("CLAIMTRACK_DB", None)
    return subprocess.run(argv, capture_output=True, timeout=timeout, cwd=cwd or ROOT, env=full)


def english(folder: Path, name: str, body: str, *, outlet: str = "Test News", published: str = "2025-12-15",
            extra: str = "") -> Path:
    """An English article (the rule-based pipeline: fast) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\noutlet: {outlet}\npublished: {published}\nlanguage: en\n{extra}---\n{body}\n",
                    encoding="utf-8")
    return path


SHELVED = "Meta news\n\nAccording to Bloomberg, Meta shelved its Behemoth model."


def rejected_lines(stderr: bytes) -> list[str]:
    return [ln for ln in stderr.decode("utf-8", "replace").splitlines() if ln.startswith("claimtrack: rejected ")]
