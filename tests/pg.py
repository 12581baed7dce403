"""A throw-away PostgreSQL database per test, on the server .ci/run starts."""
from __future__ import annotations

import contextlib
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextlib.contextmanager
def fresh_database(base_url: str):
    url = make_url(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"ct_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
