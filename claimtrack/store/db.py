"""Engines, sessions and schema migrations (Alembic, shipped in migrations/)."""
from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:  # Alembic is imported when a schema is checked or changed, not by every command
    from alembic.config import Config

DEFAULT_URL = "sqlite:///claimtrack.db"
MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def resolve_url(url: str | None = None) -> str:
    """--db, else CLAIMTRACK_DB, else ./claimtrack.db. A bare path means SQLite."""
    url = url or os.environ.get("CLAIMTRACK_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def display_url(url: str | None = None) -> str:
    """The resolved URL with any password masked, for messages."""
    return make_url(resolve_url(url)).render_as_string(hide_password=True)


def make_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    if url.startswith("sqlite"):
        # The driver's own transaction handling is off: every transaction starts with
        # BEGIN IMMEDIATE, so two ingests serialise on the write lock instead of reading
        # a state the other is about to change (SQLAlchemy's documented SQLite recipe).
        engine = create_engine(url, connect_args={"timeout": 60, "isolation_level": None})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA foreign_keys=ON")
            _use_wal(cur)
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        return engine
    return create_engine(url, pool_pre_ping=True)


def _use_wal(cur: sqlite3.Cursor, patience: float = 60.0) -> None:
    """Put the database in WAL mode (readers never wait for the writer). The mode is
    stored in the file, so this changes something only on a new database, and there
    SQLite answers "database is locked" at once, without waiting, when another process
    opening the same new file converts it at the same moment: try again until it is done."""
    deadline = time.monotonic() + patience
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


WRITE_LOCK = 7_020_514  # PostgreSQL advisory lock taken by every writing transaction


def lock_for_write(session: Session) -> None:
    """Serialise writers: on PostgreSQL an advisory lock held to the end of the
    transaction; SQLite transactions already begin with the write lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def _run(engine: Engine, fn, *args) -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:  # under the write lock: two first ingests migrate once
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
        cfg.attributes["connection"] = conn
        fn(cfg, *args)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command
    _run(engine, command.downgrade, revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (Alembic's table, read without importing
    Alembic: every read-only command checks it)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]([^'\"]+)['\"]", re.M)


def head_revision(engine: Engine | None = None) -> str | None:
    """The newest migration shipped in migrations/versions (the one no other revises)."""
    revisions, revised = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, rev in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else revised).add(rev)
    heads = sorted(revisions - revised)
    if len(heads) > 1:
        raise RuntimeError(f"several migration heads: {', '.join(heads)}")
    return heads[0] if heads else None


def ensure_schema(engine: Engine) -> bool:
    """Apply pending migrations; True if any were applied."""
    if current_revision(engine) == head_revision(engine):
        return False
    upgrade(engine)
    return True


def checkpoint(engine: Engine) -> None:
    """Fold SQLite's write-ahead log into the database file and empty it (after an ingest:
    the .db file alone is then the whole knowledge base). Nothing to do on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # autocommit (isolation_level=None): no BEGIN IMMEDIATE around it
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
