"""Work proportional to what changed: a re-run with nothing new and the read-only commands
never import spaCy; the write-ahead log is folded into the database after an ingest."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("---\noutlet: T\npublished: 2025-12-15\nlanguage: en\n---\nMeta shelves Behemoth\n\n"
           "Meta shelved its Behemoth model, Bloomberg reported. Meta invested $600 billion in data centers.\n")


@pytest.fixture
def kb(tmp_path):
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    engine = make_engine(f"sqlite:///{db}")
    report = ingest(engine, [src])
    engine.dispose()
    assert report.new and report.claims
    return db, src


def _run_cli(args: list[str], patch: str = "") -> dict:
    """Run the CLI in a fresh interpreter; report its exit code and whether spaCy was imported."""
    code = f"""
import json, sys
{patch}
from claimtrack.cli import app
try:
    app({args!r}, standalone_mode=False)
    rc = 0
except SystemExit as e:
    rc = e.code
print(json.dumps({{"rc": rc, "spacy": any(m == "spacy" or m.startswith("spacy.") for m in sys.modules),
                  "pipeline": "claimtrack.nlp.pipeline" in sys.modules}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_read_only_commands_do_not_import_spacy(kb):
    db, _ = kb
    for args in (["timeline", "meta"], ["export", "-o", str(db.with_suffix(".json"))], ["explain", "c0"]):
        r = _run_cli(["--db", str(db), *args])
        assert r["rc"] in (0, 3, None), args
        assert not r["spacy"] and not r["pipeline"], args


def test_a_rerun_with_nothing_new_reads_hashes_and_stops(kb):
    db, src = kb
    # groups are not rebuilt (it would fail) and no model is loaded (spaCy is not even imported)
    patch = ("import claimtrack.ingest as I\n"
             "def boom(*a, **k): raise AssertionError('groups rebuilt')\n"
             "I.rebuild_groups = boom")
    r = _run_cli(["--db", str(db), "-q", "ingest", str(src)], patch)
    assert r["rc"] in (0, None)
    assert not r["spacy"] and not r["pipeline"]


def test_ingest_leaves_no_write_ahead_log(kb):
    db, _ = kb
    wal = Path(str(db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
