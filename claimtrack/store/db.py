"""Engines, sessions and schema migrations (Alembic, shipped in migrations/)."""
from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:  # Alembic is imported when a schema is checked or changed, not by every command
    from alembic.config import Config

DEFAULT_URL = "sqlite:///claimtrack.db"
MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


class BadURL(ValueError):
    """--db names no database claimtrack can use (str(): one line, no password)."""


class NotClaimtrack(RuntimeError):
    """The database is another program's, or at a schema revision this claimtrack does
    not know: it is left untouched (str(): one line)."""


SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg")


def _masked(url: str) -> str:
    """`url` with anything between "://user:" and "@" hidden, even when it does not parse."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def resolve_url(url: str | None = None) -> str:
    """--db, else CLAIMTRACK_DB, else ./claimtrack.db. A bare path means SQLite.
    Raises BadURL for a URL of another kind (http://, mysql://) or one that does not parse."""
    url = url or os.environ.get("CLAIMTRACK_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    scheme = url.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        raise BadURL(f"--db {_masked(url)[:120]}: not a database claimtrack can use "
                     "(a SQLite file path, sqlite:///path.db or postgresql://user@host/name)")
    given = url
    if scheme == "postgresql":
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "postgresql":
            parsed.port  # noqa: B018 - a port that is not a number fails here
            if not parsed.host and not parsed.query.get("host"):
                raise ValueError("no host")
    except Exception:  # noqa: BLE001 - any parse failure is the same usage error
        raise BadURL(f"--db {_masked(given)[:120]}: malformed database URL") from None
    return url


def display_url(url: str | None = None) -> str:
    """The resolved URL with any password masked, for messages."""
    try:
        return make_url(resolve_url(url)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return _masked(str(url))


def _shown_url(engine: Engine) -> str:
    path = sqlite_path(engine.url.render_as_string(hide_password=False)) if engine.dialect.name == "sqlite" else None
    if path is not None and str(path).startswith("file:"):
        return f"sqlite:///{path.as_posix()[5:].split('?')[0]}"
    return engine.url.render_as_string(hide_password=True)


def sqlite_path(url: str | None) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    u = make_url(resolve_url(url))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str | None = None, read_only: bool = False) -> Engine:
    """An engine for `url`. `read_only`: a SQLite file is opened read-only (mode=ro; on a
    read-only mount, immutable), it is never created, converted or written."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        # The driver's own transaction handling is off: a writing transaction (on an
        # engine from `writer(engine)`) starts with BEGIN IMMEDIATE, so two ingests
        # serialise on the write lock instead of reading a state the other is about to
        # change; a reading one starts with a plain BEGIN and never waits for a writer (WAL).
        args: dict = {"timeout": 60, "isolation_level": None}
        path = sqlite_path(url)
        if read_only and path is not None:
            # on a read-only mount SQLite cannot make the WAL's shared-memory file: read
            # the file as immutable (nobody can be writing it), unless a WAL is left over
            stuck = (not os.access(path.parent, os.W_OK) or _read_only_mount(path))
            immutable = "&immutable=1" if stuck and not Path(f"{path}-wal").exists() else ""
            url = "sqlite:///file:" + quote(str(path.resolve())) + f"?mode=ro{immutable}&uri=true"
        engine = create_engine(url, connect_args=args)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")
        return engine
    return create_engine(url, pool_pre_ping=True)


_WRITE = "claimtrack_write"


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) for writing transactions: on SQLite they begin with
    BEGIN IMMEDIATE (the write lock at once); readers use `engine` and never take it."""
    return engine.execution_options(**{_WRITE: True})


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def use_wal(engine: Engine) -> None:
    """Put a SQLite database in WAL mode (readers never wait for the writer); done once,
    when claimtrack creates or upgrades it, never on another program's file."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        _use_wal(cur)
        cur.close()
    finally:
        raw.close()


def _use_wal(cur: sqlite3.Cursor, patience: float = 60.0) -> None:
    """Put the database in WAL mode. The mode is stored in the file, so this changes
    something only on a new database, and there SQLite answers "database is locked" at
    once, without waiting, when another process opening the same new file converts it
    at the same moment: try again until it is done."""
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
    verify(engine)
    use_wal(engine)
    cfg = alembic_config(engine)
    with writer(engine).begin() as conn:  # under the write lock: two first ingests migrate once
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


def known_revisions(engine: Engine | None = None) -> set[str]:
    """Every revision shipped in migrations/versions (read without importing Alembic)."""
    return {rev for path in (MIGRATIONS / "versions").glob("*.py")
            for kind, rev in _REVISION.findall(path.read_text(encoding="utf-8")) if kind == "revision"}


def verify(engine: Engine) -> str | None:
    """The database's schema revision (None: an empty database); raises NotClaimtrack
    for another program's database (tables, no claimtrack revision) or a revision this
    claimtrack does not know. Reads only: the file is left as it is."""
    revision = current_revision(engine)
    with engine.connect() as conn:
        if revision is None:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            if tables:
                raise NotClaimtrack(f"{_shown_url(engine)}: not a claimtrack database "
                                    f"(it has {len(tables)} tables of another program and no claimtrack schema "
                                    "revision); left untouched")
            return None
    if revision not in known_revisions(engine):
        raise NotClaimtrack(f"{_shown_url(engine)}: schema revision {revision[:40]} is unknown to this "
                            "claimtrack (a newer version's database?); left untouched")
    return revision


def ensure_schema(engine: Engine) -> bool:
    """Apply pending migrations; True if any were applied. Another program's database,
    or one at an unknown revision, raises NotClaimtrack and is left untouched."""
    if verify(engine) == head_revision(engine):
        use_wal(engine)
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
