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


def test_representatives_seed_a_reconciler_as_every_claim_of_the_blocks_does(db_url):
    """The store hands the reconciler one claim per block key and signature digest (the
    smallest id, what `Reconciler.seed` keeps) instead of every claim filed under the keys:
    a new article meets the same representatives and gets the same decisions. Rows filed
    without a digest (stored before digests were) are all handed out."""
    import random

    from sqlalchemy import update

    from claimtrack.reconcile.blocking import block_keys, probe_keys, signature_key
    from claimtrack.reconcile.engine import Reconciler
    from claimtrack.store.schema import BlockKeyRow
    from tests.test_perf import _random_articles

    articles = _random_articles(random.Random(7), 40)
    engine = make_engine(db_url)
    upgrade(engine)
    for art, outlet, published, claims in articles[:-1]:
        doc = _doc(art, outlet, published)
        with sessions(engine).begin() as s:
            Repository(s).add_article(doc, claims, {c.id: block_keys(c) for c in claims},
                                      {c.id: signature_key(c) for c in claims})
    new = articles[-1][3]
    probes = {p for c in new for k in block_keys(c) for p in probe_keys(k)}

    def decisions(seeds):
        rec = Reconciler()
        rec.seed(seeds)
        return sorted((d.a, d.b, d.kind) for d in rec.add(new))

    with sessions(engine)() as s:
        repo = Repository(s)
        every = [c for c in repo.claims() if set(block_keys(c)) & probes]
        reps = repo.representatives(probes)
        assert len(reps) < len(every) and {c.id for c in reps} <= {c.id for c in every}
        assert decisions(reps) == decisions(every) and decisions(every)
        assert not {c.id for c in repo.representatives(probes, exclude=[c.id for c in reps])} & {c.id for c in reps}
    with sessions(engine).begin() as s:  # rows of an older store: no digest
        s.execute(update(BlockKeyRow).where(BlockKeyRow.claim_id.in_([c.id for c in every[::2]])).values(sig=None))
    with sessions(engine)() as s:
        reps = Repository(s).representatives(probes)
        assert {c.id for c in every[::2]} <= {c.id for c in reps}
        assert decisions(reps) == decisions(every)
    engine.dispose()


def _doc(art: str, outlet: str, published: str):
    import datetime as dt
    import hashlib

    from claimtrack.models import SourceDocument
    return SourceDocument(id=art, source=f"{art}.txt", outlet=outlet, language="fr", text="x",
                          published=dt.date.fromisoformat(published), content_hash=hashlib.sha1(art.encode()).hexdigest())
