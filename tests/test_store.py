from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from claimtrack.store.db import current_revision, downgrade, ensure_schema, head_revision, make_engine, resolve_url, upgrade
from claimtrack.store.repository import Repository
from claimtrack.store.db import sessions
from claimtrack.store.schema import Base
from tests.helpers import claim as C


def test_models_and_migrations_agree(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_and_downgrade(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert "claims" in inspect(engine).get_table_names()
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert "claims" not in inspect(engine).get_table_names()
    assert ensure_schema(engine) is True
    assert ensure_schema(engine) is False


def test_url_resolution(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    assert resolve_url(None) == "sqlite:///claimtrack.db"
    assert resolve_url("kb.db") == "sqlite:///kb.db"
    monkeypatch.setenv("CLAIMTRACK_DB", "postgresql://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"


def test_claims_round_trip(db_url, article_factory):
    engine = make_engine(db_url)
    upgrade(engine)
    doc = article_factory("Titre\n\nCorps.", name="a1")
    claims = [C("Meta", "invest", value="plus de 100 millions de dollars", article="a1", when="en avril 2025",
                attributed_to="Bloomberg", outlet="Test News"),
              C("Avocado", "based_on", "Qwen", article="a1", start=50, outlet="Test News")]
    with sessions(engine).begin() as s:
        Repository(s).add_article(doc, claims)
    with sessions(engine)() as s:
        back = Repository(s).claims()
    # a claim read back carries its article's language
    assert {c.language for c in back} == {"fr"}
    back = [c.model_copy(update={"language": None}) for c in back]
    assert sorted(back, key=lambda c: c.id) == sorted(claims, key=lambda c: c.id)
