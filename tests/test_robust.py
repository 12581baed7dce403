"""Bad input, the CI check, crashes and concurrent ingests (issue: a robust ingest)."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store.db import ensure_schema, make_engine, sessions
from claimtrack.store.repository import Repository
from claimtrack.store.schema import ArticleRow, ClaimRow, LinkRow
from tests.conftest import ROOT, SEEDS

runner = CliRunner()
CLAIMTRACK = [sys.executable, "-m", "claimtrack.cli"]


def run(*args, db=None):
    return runner.invoke(app, (["--db", db] if db else []) + list(args), catch_exceptions=False)


def english(name: str, body: str, folder: Path, published="2025-12-15") -> Path:
    path = folder / name
    path.write_text(f"---\noutlet: {name.split('.')[0].title()} News\npublished: {published}\nlanguage: en\n---\n"
                    f"{body}\n", encoding="utf-8")
    return path


def test_every_bad_input_is_named_and_the_rest_is_ingested(tmp_path, sqlite_url):
    src = tmp_path / "src"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "latin1.txt").write_bytes("Meta a été critiqué pour sa stratégie".encode("latin-1"))
    (src / "huge.txt").write_bytes(b"Meta shelved Behemoth. " * (20 * 1024 * 1024 // 23))
    (src / "broken.txt").write_text("---\noutlet: [Gate\n---\nMeta shelved Behemoth.\n")
    (src / "unknown.txt").write_text("---\noutlet: Gate\nsource: somewhere\n---\nMeta shelved Behemoth.\n")
    (src / "baddate.txt").write_text("---\npublished: yesterday\n---\nMeta shelved Behemoth.\n")
    english("a_good.txt", "Meta news\n\nAccording to Bloomberg, Meta shelved its Behemoth model.", src)
    shutil.copy(src / "a_good.txt", src / "b_copy.txt")
    (tmp_path / "nothing").mkdir()
    r = run("ingest", str(src), str(tmp_path / "missing"), str(tmp_path / "nothing"), db=sqlite_url)
    assert r.exit_code == 1
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file (NUL bytes), not a text article",
        "latin1.txt": "not valid UTF-8 (byte 7); it decodes as cp1252/Latin-1: re-save it as UTF-8",
        "huge.txt": "over the 5 MB limit for one article",
        "broken.txt": "front matter is not valid YAML",
        "unknown.txt": "unknown front matter key(s) source",
        "baddate.txt": "front matter 'published': 'yesterday' is not an ISO date (YYYY-MM-DD)",
        "b_copy.txt": "same content as article a_good",
        "missing": "no such file or directory",
        "nothing": "no articles here",
    }
    rejected = [line for line in r.stderr.splitlines() if line.startswith("claimtrack: rejected ")]
    assert len(rejected) == len(expected)
    for name, message in expected.items():
        assert any(name in line and message in line for line in rejected), (name, rejected)
    assert "articles: 1 new, 0 replaced, 0 unchanged, 10 rejected" in r.stdout
    kb = json.loads(run("export", db=sqlite_url).stdout)
    assert [a["id"] for a in kb["articles"]] == ["a_good"]
    assert any(c["relation"] == "shelve" and c["attributed_to"] == "Bloomberg" for c in kb["claims"])


def test_check_reports_changes_and_fails_on_new_conflicts_and_lost_claims(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    snap = tmp_path / "reviewed.json"
    english("a.txt", "Meta news\n\nMeta is moving to closed models, according to Bloomberg.", src)
    english("b.txt", "Meta news\n\nMeta is shifting toward closed models, sources said.", src)

    def check(*extra):
        return run("check", str(src), "--snapshot", str(snap), *extra)

    r = check()
    assert r.exit_code == 1 and "no reviewed snapshot" in r.stdout
    r = check("--accept")
    assert r.exit_code == 0 and "accepted: snapshot updated" in r.stdout
    first = snap.read_bytes()
    r = check()
    assert (r.exit_code, r.stdout.splitlines()[-1]) == (0, "OK")
    assert "no change against" in r.stdout
    # an article that contradicts the others
    english("c.txt", "Meta news\n\nA Meta spokesperson said Meta remains committed to open source models.", src)
    r = check()
    assert r.exit_code == 1
    assert "! NEW CONFLICT" in r.stdout and "opposite relations" in r.stdout
    assert "FAILED: 1 unreviewed new conflict(s), 0 lost claim(s)" in r.stdout
    assert check("--accept").exit_code == 0
    assert check().exit_code == 0
    # a removed article loses its claims
    (src / "b.txt").unlink()
    r = check()
    assert r.exit_code == 1 and "! LOST CLAIM" in r.stdout and "b: “Meta is shifting" in r.stdout
    # deterministic: the same sources give the same snapshot bytes
    english("b.txt", "Meta news\n\nMeta is shifting toward closed models, sources said.", src)
    (src / "c.txt").unlink()
    assert check("--accept").exit_code == 0
    assert snap.read_bytes() == first


def test_check_rejects_invalid_sources(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    english("a.txt", "Meta news\n\nMeta shelved Behemoth.", src)
    (src / "bad.txt").write_text("---\nlanguage: french\n---\nBody\n")
    r = run("check", str(src), "--snapshot", str(tmp_path / "s.json"), "--accept")
    assert r.exit_code == 1 and "! invalid" in r.stdout and "bad.txt" in r.stdout
    assert not (tmp_path / "s.json").exists()


def _corpus(folder: Path, copies: int) -> list[Path]:
    """Seed articles, `copies` variants each (distinct content, so no duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(copies):
        for p in sorted(SEEDS.glob("*.txt")):
            dst = folder / f"{p.stem}_{k}.txt"
            dst.write_text(p.read_text(encoding="utf-8") + f"\nVariante {k}.\n", encoding="utf-8")
            out.append(dst)
    return out


def _count(url, model) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(model)).scalar_one()
    finally:
        engine.dispose()


def _consistent(url) -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        if url.startswith("sqlite"):
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        orphans = conn.execute(text("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"))
        assert orphans.scalar_one() == 0
        empty = conn.execute(text("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                  "(SELECT 1 FROM claims c WHERE c.article_id = a.id)"))
        assert empty.scalar_one() == 0  # an article is stored with its claims or not at all
    engine.dispose()


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_kill_9_during_ingest_leaves_a_consistent_database(tmp_path, db_url):
    src = tmp_path / "src"
    files = _corpus(src, 3)
    proc = subprocess.Popen(CLAIMTRACK + ["--db", db_url, "ingest", str(src)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    killed_at = None
    while time.time() < deadline and proc.poll() is None:
        try:
            n = _count(db_url, ArticleRow)
        except Exception:  # the schema is not there yet
            n = 0
        if 1 <= n < len(files):
            proc.send_signal(signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.05)
    proc.wait()
    assert killed_at is not None, "the ingest finished before it could be killed"
    _consistent(db_url)
    r = subprocess.run(CLAIMTRACK + ["--db", db_url, "ingest", str(src)], env=_env(), capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert f"{len(files) - _count_unchanged(r.stdout)} new" in r.stdout
    _consistent(db_url)
    assert _count(db_url, ArticleRow) == len(files)
    fresh = f"sqlite:///{tmp_path}/fresh.db"
    assert run("ingest", str(src), db=fresh).exit_code == 0
    assert run("export", db=fresh).stdout == run("export", db=db_url).stdout


def _without_paths(export: str) -> dict:
    kb = json.loads(export)
    for a in kb["articles"]:
        a.pop("source")
    return kb


def _count_unchanged(summary: str) -> int:
    return int(summary.split(" unchanged")[0].rsplit(" ", 1)[1])


@pytest.mark.slow
def test_two_ingests_at_once_of_overlapping_folders(tmp_path, db_url):
    files = _corpus(tmp_path / "all", 2)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i, f in enumerate(files):
        if i < 7:
            shutil.copy(f, a / f.name)
        if i >= 3:
            shutil.copy(f, b / f.name)
    procs = [subprocess.Popen(CLAIMTRACK + ["--db", db_url, "ingest", str(folder)], env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], "\n".join(err for _out, err in outs)
    _consistent(db_url)
    assert _count(db_url, ArticleRow) == len(files)
    fresh = f"sqlite:///{tmp_path}/fresh.db"
    assert run("ingest", str(tmp_path / "all"), db=fresh).exit_code == 0
    assert _count(db_url, ClaimRow) == _count(fresh, ClaimRow)
    # no duplicate and nothing missed: the same knowledge base as one ingest of everything
    assert _without_paths(run("export", db=fresh).stdout) == _without_paths(run("export", db=db_url).stdout)
    assert _count(db_url, LinkRow) > 0


def _open_new_database(url, barrier, results):
    try:
        engine = make_engine(url)
        barrier.wait()
        ensure_schema(engine)
        with sessions(engine)() as s:
            Repository(s).article("nothing")
        results.put("ok")
    except Exception as exc:  # reported to the test, which names it
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.slow
def test_processes_creating_the_same_sqlite_database_at_once(tmp_path):
    """A new SQLite file is switched to WAL by whoever opens it first; SQLite answers
    "database is locked" without waiting to the others: they must wait, not crash.
    (Before the fix about one round in seven failed, with three processes.)"""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for i in range(25):
        url = f"sqlite:///{tmp_path}/kb{i}.db"
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open_new_database, args=(url, barrier, results)) for _ in range(4)]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for p in procs:
            p.join()
        assert outcomes == ["ok"] * 4, f"round {i}: {outcomes}"


def test_a_file_that_is_not_a_database_gets_one_line_and_exit_4(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 20)
    r = subprocess.run(CLAIMTRACK + ["--db", str(bogus), "timeline", "meta"], env=_env(),
                       capture_output=True, text=True)
    assert r.returncode == 4
    assert r.stderr == f"claimtrack: database sqlite:///{bogus}: file is not a database\n"
    assert r.stdout == ""
