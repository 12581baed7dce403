"""Only claimtrack's own databases are touched; readers never wait for a writer (issue 11)."""
import hashlib
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, inspect, text

from claimtrack.store.db import BadURL, NotClaimtrack, make_engine, resolve_url, sessions, verify, writer
from tests.hostile import SHELVED, claimtrack, english


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign(url: str) -> None:
    """Make `url` another program's database: a table of its own, no claimtrack revision."""
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes (id, body) VALUES (1, 'mine')"))
    engine.dispose()


def tables(url: str) -> list[str]:
    engine = create_engine(resolve_url(url))
    try:
        return sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("command", [["ingest", "SRC"], ["timeline", "meta"], ["export"], ["db", "upgrade"],
                                     ["explain", "g0"]])
def test_another_programs_database_is_refused_and_untouched(tmp_path, db_url, command):
    english(tmp_path / "src", "a.txt", SHELVED)
    foreign(db_url)
    path = tmp_path / "kb.db"
    before = digest(path) if db_url.startswith("sqlite") else None
    r = claimtrack(*[str(tmp_path / "src") if c == "SRC" else c for c in command], db=db_url)
    assert r.returncode == 4, r.stderr
    assert r.stderr.decode().count("\n") == 1 and "not a claimtrack database" in r.stderr.decode()
    assert tables(db_url) == ["notes"]
    if before:
        assert digest(path) == before and not (tmp_path / "kb.db-wal").exists()


def test_verify_knows_its_own_databases(tmp_path, db_url):
    engine = make_engine(db_url)
    assert verify(engine) is None  # empty: fine, claimtrack will create its schema
    foreign(db_url)
    with pytest.raises(NotClaimtrack, match="not a claimtrack database"):
        verify(engine)
    engine.dispose()


@pytest.mark.slow
def test_an_unknown_schema_revision_is_one_line_exit_4(tmp_path, db_url):
    english(tmp_path / "src", "a.txt", SHELVED)
    assert claimtrack("-q", "ingest", str(tmp_path / "src"), db=db_url).returncode == 0
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    for command in (["timeline", "meta"], ["ingest", str(tmp_path / "src")], ["export"], ["db", "upgrade"]):
        r = claimtrack(*command, db=db_url)
        err = r.stderr.decode()
        assert r.returncode == 4, (command, err)
        assert err.count("\n") == 1 and "ffff_from_the_future is unknown" in err and "db upgrade" not in err


BAD_URLS = ["foo://", "http://example.com/kb", "mysql://user:hunter2@db/kb", "postgresql://user:hunter2@host:port/kb",
            "postgresql://user:hunter2@", "sqlite+pysqlcipher://u:hunter2@/x.db"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_database_urls_are_usage_errors(url):
    with pytest.raises(BadURL) as info:
        resolve_url(url)
    assert "hunter2" not in str(info.value) and "\n" not in str(info.value)


@pytest.mark.slow
@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("command", [["timeline", "meta"], ["ingest", "x"], ["db", "current"]])
def test_bad_database_urls_exit_2_in_one_line(url, command):
    r = claimtrack(*command, db=url)
    assert r.returncode == 2
    assert b"hunter2" not in r.stderr + r.stdout and r.stderr.count(b"\n") == 1 and b"Traceback" not in r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("command", [["timeline", "meta"], ["export"], ["explain", "g1"], ["export", "-o", "x.json"],
                                     ["db", "current"]])
def test_a_mistyped_path_creates_nothing(tmp_path, command):
    r = claimtrack(*command, db=str(tmp_path / "typo" / "kb.db"), cwd=tmp_path)
    assert r.returncode == 1 and b"no database at" in r.stderr
    r = claimtrack(*command, db=str(tmp_path / "kb.db"), cwd=tmp_path)
    assert r.returncode == 1
    assert list(tmp_path.iterdir()) == []


def test_readers_do_not_take_the_write_lock(tmp_path, db_url):
    """A reading session goes on while another connection holds the write lock."""
    engine = make_engine(db_url)
    from claimtrack.store.db import ensure_schema, lock_for_write
    ensure_schema(engine)
    other = make_engine(db_url)
    with sessions(writer(other)).begin() as w:
        lock_for_write(w)
        w.execute(text("UPDATE alembic_version SET version_num = version_num"))
        t0 = time.monotonic()
        with sessions(engine)() as r:  # a reader: BEGIN, not BEGIN IMMEDIATE
            assert r.execute(text("SELECT count(*) FROM articles")).scalar() == 0
        assert time.monotonic() - t0 < 5
    engine.dispose()
    other.dispose()


HOLD_LOCK = """
import sys, time
from sqlalchemy import text
from claimtrack.store.db import make_engine, sessions, writer, lock_for_write
with sessions(writer(make_engine(sys.argv[1]))).begin() as s:
    lock_for_write(s)
    s.execute(text("UPDATE articles SET title = title"))
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.mark.slow
def test_timeline_while_another_process_writes(tmp_path, db_url):
    english(tmp_path / "src", "a.txt", SHELVED)
    assert claimtrack("-q", "ingest", str(tmp_path / "src"), db=db_url).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, db_url, "30"], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"locked"
        t0 = time.monotonic()
        r = claimtrack("timeline", "meta", db=db_url, timeout=25)
        assert r.returncode == 0 and b"Meta shelved Behemoth" in r.stdout
        assert time.monotonic() - t0 < 15  # not the 60 s busy timeout
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_ingest_leaves_no_wal_behind(tmp_path):
    english(tmp_path / "src", "a.txt", SHELVED)
    assert claimtrack("-q", "ingest", str(tmp_path / "src"), db=str(tmp_path / "kb.db")).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb.db", "src"]


@pytest.mark.slow
def test_a_database_on_a_read_only_mount_is_readable(tmp_path):
    english(tmp_path / "src", "a.txt", SHELVED)
    data, mnt = tmp_path / "data", tmp_path / "ro"
    data.mkdir()
    mnt.mkdir()
    assert claimtrack("-q", "ingest", str(tmp_path / "src"), db=str(data / "kb.db")).returncode == 0
    mounted = subprocess.run(["mount", "--bind", str(data), str(mnt)], capture_output=True).returncode == 0 and \
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True).returncode == 0
    if not mounted:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        pytest.skip("cannot make a read-only bind mount here (needs root)")
    try:
        assert not os.access(mnt, os.W_OK) or subprocess.run(["touch", str(mnt / "x")]).returncode != 0
        for command in (["timeline", "meta"], ["export"], ["db", "current"]):
            r = claimtrack(*command, db=str(mnt / "kb.db"))
            assert r.returncode == 0, (command, r.stderr)
        assert b"Meta shelved Behemoth" in claimtrack("timeline", "meta", db=str(mnt / "kb.db")).stdout
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
