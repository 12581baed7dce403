"""Browsing the knowledge base in Datasette: metadata and canned queries from claimtrack's plugin."""
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claimtrack.browse.plugin import metadata_for

ARTICLES = {
    "closed.txt": ("Wire One", "Meta news\n\nMeta is moving to closed models, according to Bloomberg."),
    "open.txt": ("Daily Two", "Meta news\n\nA Meta spokesperson said Meta remains committed to open source models."),
    "shelve.txt": ("Wire One", "Behemoth news\n\nMeta shelved Behemoth in July."),
}


def test_shipped_metadata_names_the_tables_and_the_queries():
    meta = metadata_for(["kb"])
    db = meta["databases"]["kb"]
    assert {"articles", "claims", "groups", "conflicts", "outlets"} <= set(db["tables"])
    assert all(t.get("description") for t in db["tables"].values())
    assert set(db["queries"]) == {"claims_of_entity", "conflicts_both_sides", "reports_per_outlet"}
    assert db["queries"]["claims_of_entity"]["params"] == ["entity"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine

    tmp = tmp_path_factory.mktemp("browse")
    src = tmp / "src"
    src.mkdir()
    for name, (outlet, body) in ARTICLES.items():
        (src / name).write_text(f"---\noutlet: {outlet}\npublished: 2025-12-15\nlanguage: en\n---\n{body}\n",
                                encoding="utf-8")
    engine = make_engine(f"sqlite:///{tmp}/kb.db")
    report = ingest(engine, [src])
    assert report.ok and report.conflicts == 1
    engine.dispose()
    return tmp / "kb.db"


@pytest.fixture(scope="module")
def datasette(kb):
    """`datasette kb.db` on 127.0.0.1, a port of the system's choosing, nothing else passed."""
    exe = shutil.which("datasette", path=str(Path(sys.executable).parent))
    assert exe, "datasette is a test dependency: pip install -e '.[test]'"
    proc = subprocess.Popen([exe, "serve", str(kb), "--host", "127.0.0.1", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        url = None
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            m = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", proc.stdout.readline())
            url = m.group(1) if m else None
        assert url, f"datasette did not start (exit code {proc.poll()})"
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=20) as resp:
        assert resp.headers.get_content_type() == "application/json"
        return json.load(resp)


@pytest.mark.slow
def test_canned_query_answers_as_json(datasette):
    rows = get_json(f"{datasette}/kb/conflicts_both_sides.json?_shape=array")
    assert len(rows) == 1
    x = rows[0]
    sides = sorted((x["one_side"], x["other_side"]))
    assert sides[0].startswith("Meta is moving to closed, proprietary models")
    assert sides[1].startswith("Meta keeps its open-source position and releases open models")
    assert x["kind"] == "opposite relations" and x["one_sentence"] and x["other_sentence"]
    outlets = get_json(f"{datasette}/kb/reports_per_outlet.json?_shape=array")
    assert {r["outlet"]: r["articles"] for r in outlets} == {"Wire One": 2, "Daily Two": 1}
    claims = get_json(f"{datasette}/kb/claims_of_entity.json?entity=behemoth&_shape=array")
    assert [(c["subject"], c["relation"], c["object"], c["outlet"]) for c in claims] == [
        ("Meta", "shelve", "Behemoth", "Wire One")]


@pytest.mark.slow
def test_tables_carry_their_descriptions(datasette):
    db = get_json(f"{datasette}/kb.json")
    tables = {t["name"]: t for t in db["tables"]}
    assert tables["claim_blocks"]["hidden"] and tables["alembic_version"]["hidden"]
    assert {q["name"] for q in db["queries"]} == {"claims_of_entity", "conflicts_both_sides", "reports_per_outlet"}
    with urllib.request.urlopen(f"{datasette}/kb/claims", timeout=20) as resp:
        assert "One row per claim, with its provenance" in resp.read().decode("utf-8")
