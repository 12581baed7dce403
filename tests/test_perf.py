"""Work proportional to what changed: a re-run with nothing new and the read-only commands
never import spaCy; the write-ahead log is folded into the database after an ingest."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("---\noutlet: T\npublished: 2025-12-15\nlanguage: en\n---\nMeta shelves Behemoth\n\n"
           "Meta shelved its Behemoth model, Bloomberg reported. Meta invested $600 billion in data centers.\n")


@pytest.fixture
def kb(tmp_path):
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    engine = make_engine(f"sqlite:///{db}")
    report = ingest(engine, [src])
    engine.dispose()
    assert report.new and report.claims
    return db, src


def _run_cli(args: list[str], patch: str = "") -> dict:
    """Run the CLI in a fresh interpreter; report its exit code and whether spaCy was imported."""
    code = f"""
import json, sys
{patch}
from claimtrack.cli import app
try:
    app({args!r}, standalone_mode=False)
    rc = 0
except SystemExit as e:
    rc = e.code
print(json.dumps({{"rc": rc, "spacy": any(m == "spacy" or m.startswith("spacy.") for m in sys.modules),
                  "pipeline": "claimtrack.nlp.pipeline" in sys.modules}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_read_only_commands_do_not_import_spacy(kb):
    db, _ = kb
    for args in (["timeline", "meta"], ["export", "-o", str(db.with_suffix(".json"))], ["explain", "c0"]):
        r = _run_cli(["--db", str(db), *args])
        assert r["rc"] in (0, 3, None), args
        assert not r["spacy"] and not r["pipeline"], args


def test_a_rerun_with_nothing_new_reads_hashes_and_stops(kb):
    db, src = kb
    # groups are not rebuilt (it would fail) and no model is loaded (spaCy is not even imported)
    patch = ("import claimtrack.ingest as I\n"
             "def boom(*a, **k): raise AssertionError('groups rebuilt')\n"
             "I.rebuild_groups = boom")
    r = _run_cli(["--db", str(db), "-q", "ingest", str(src)], patch)
    assert r["rc"] in (0, None)
    assert not r["spacy"] and not r["pipeline"]


def test_ingest_leaves_no_write_ahead_log(kb):
    db, _ = kb
    wal = Path(str(db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def _random_articles(rng, n_articles: int):
    """Articles of synthetic claims that link, conflict, measure and relay one another."""
    import datetime as dt
    from tests.helpers import claim as C

    outlets = ["Gate", "Gate Square", "HyperAI", "CTOL", "X", "Reuters"]
    sources = [None, None, "The New York Times", "Meta spokesperson", "Bloomberg"]
    figures = ["600 milliards de dollars", "65 milliards de dollars", "70 milliards de dollars",
               "plus de 100 millions de dollars", "14,3 milliards de dollars", "15 milliards de dollars"]
    out = []
    for i in range(n_articles):
        art, outlet = f"a{i:03d}", rng.choice(outlets)
        published = (dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(120))).isoformat()
        makers = [
            lambda k: C("Meta", rng.choice(["go_closed", "stay_open"]), attributed_to=rng.choice(sources)),
            lambda k: C("Meta", "invest", value=rng.choice(figures)),
            lambda k: C(rng.choice(["Avocado", "(model of Meta)"]), "based_on", rng.choice(["Qwen", "Gemma"])),
            lambda k: C("OpenAI", "build", "GPT-Next", value=rng.choice(["3 GW", "5 GW"])),
            lambda k: C("Meta", "go_closed", polarity=rng.choice(["affirmed", "negated"]),
                        attributed_to=rng.choice(sources)),
        ]
        claims = []
        for k in range(rng.randrange(2, 6)):
            c = rng.choice(makers)(k)
            claims.append(c.model_copy(update={"id": f"c{art}x{k}", "article": art, "start": k * 100,
                                               "end": k * 100 + 50, "outlet": outlet,
                                               "published": dt.date.fromisoformat(published),
                                               "evidence": f"{c.evidence} ({art} {k})"}))
        out.append((art, outlet, published, claims))
    return out


def _state(engine):
    from claimtrack.store.db import sessions
    from claimtrack.store.repository import Repository
    with sessions(engine)() as s:
        repo = Repository(s)
        groups = sorted((g.id, tuple(sorted(g.claims)), g.statement, g.status, g.origins, g.reason, g.when)
                        for g in repo.groups())
        conflicts = sorted((x.id, x.groups, x.kind, x.reason, x.claim_pairs) for x in repo.conflicts())
    return groups, conflicts


def _summaries(engine):
    """The groups' summaries and membership rows (reconcile/summary.py), as stored."""
    from sqlalchemy import text
    with engine.connect() as conn:
        groups = sorted((gid, json.loads(s) if s else None, chain)
                        for gid, s, chain in conn.execute(text("SELECT id, summary, chain FROM groups")))
        members = sorted(tuple(r) for r in conn.execute(text(
            "SELECT group_id, claim_id, bucket, place, origin, is_copy FROM group_claims")))
    return groups, members


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_groups_updated_incrementally_equal_groups_from_scratch(tmp_path, seed):
    """Articles arrive in random orders and random batches; after each batch only the groups
    the new claims reach are rebuilt; the stored groups and conflicts equal a rebuild from
    scratch, whatever the order."""
    import datetime as dt
    import hashlib
    import random

    from claimtrack.analyze import Analysis
    from claimtrack.ingest import IngestReport, Run, rebuild_groups, store_analysis, update_groups
    from claimtrack.models import SourceDocument
    from claimtrack.store.db import ensure_schema, make_engine

    rng = random.Random(seed)
    articles = _random_articles(random.Random(42), 40)
    finals = []
    for order in range(2):
        rng.shuffle(articles)
        engine = make_engine(f"sqlite:///{tmp_path}/kb{order}.db")
        ensure_schema(engine)
        i = 0
        while i < len(articles):
            batch = articles[i:i + rng.randrange(1, 5)]
            i += len(batch)
            run, report = Run(), IngestReport()
            for art, outlet, published, claims in batch:
                doc = SourceDocument(id=art, source=f"{art}.txt", outlet=outlet, language="fr", text="x",
                                     published=dt.date.fromisoformat(published),
                                     content_hash=hashlib.sha1(art.encode()).hexdigest())
                assert store_analysis(engine, doc, Analysis(doc, None, "fr", claims), report, run) == "new"
            update_groups(engine, run.added)
        incremental = _state(engine)
        rebuild_groups(engine)
        assert _state(engine) == incremental
        finals.append(incremental)
        engine.dispose()
    assert finals[0] == finals[1]
    groups, conflicts = finals[0]
    assert conflicts and any(len(g[1]) > 2 for g in groups)  # the corpus links and conflicts


def test_schema_revisions_read_without_alembic_agree_with_alembic(tmp_path):
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from claimtrack.store.db import alembic_config, current_revision, head_revision, make_engine, upgrade
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    assert current_revision(engine) is None
    assert head_revision(engine) == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    upgrade(engine)
    with engine.connect() as conn:
        assert current_revision(engine) == MigrationContext.configure(conn).get_current_revision() \
            == head_revision(engine)
    engine.dispose()


def _store_articles(engine, articles, version: str = ""):
    import datetime as dt
    import hashlib

    from claimtrack.analyze import Analysis
    from claimtrack.ingest import IngestReport, Run, store_analysis
    from claimtrack.models import SourceDocument

    run, report = Run(), IngestReport()
    statuses = []
    for art, outlet, published, claims in articles:
        doc = SourceDocument(id=art, source=f"{art}.txt", outlet=outlet, language="fr", text="x",
                             published=dt.date.fromisoformat(published),
                             content_hash=hashlib.sha1(f"{art}{version}".encode()).hexdigest())
        statuses.append(store_analysis(engine, doc, Analysis(doc, None, "fr", claims), report, run))
    return statuses


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_changed_and_removed_articles_regroup_incrementally_as_from_scratch(tmp_path, seed):
    """Articles are changed (new claims under the same id) or removed one at a time in random
    order; only the groups their old and new claims touch are redone, and the stored groups
    and conflicts equal an ingest of the remaining articles from scratch, in another order."""
    import random

    from claimtrack.ingest import remove_article
    from claimtrack.store.db import ensure_schema, make_engine

    rng = random.Random(seed)
    articles = _random_articles(random.Random(42), 30)
    variants = {art: claims for art, _, _, claims in _random_articles(random.Random(seed + 100), 30)}
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    ensure_schema(engine)
    assert set(_store_articles(engine, articles)) == {"new"}
    current = {a[0]: a for a in articles}
    for step in range(8):
        art = rng.choice(sorted(current))
        if rng.random() < 0.5:
            _, outlet, published, _ = current[art]
            claims = [c.model_copy(update={"id": c.id + f"v{step}", "outlet": outlet}) for c in variants[art]]
            current[art] = (art, outlet, published, claims)
            assert _store_articles(engine, [current[art]], version=f"v{step}") == ["replaced"]
        else:
            assert remove_article(engine, art)
            del current[art]
        fresh = make_engine(f"sqlite:///{tmp_path}/fresh{step}.db")
        ensure_schema(fresh)
        remaining = sorted(current.values())
        rng.shuffle(remaining)
        _store_articles(fresh, remaining)
        assert _state(engine) == _state(fresh), step
        fresh.dispose()
    groups, conflicts = _state(engine)
    assert conflicts and any(len(g[1]) > 2 for g in groups)
    engine.dispose()


def _ingest_in_order(engine, articles, rng):
    """Store `articles` in random batches, each article in its own transaction."""
    i = 0
    while i < len(articles):
        batch = articles[i:i + rng.randrange(1, 6)]
        i += len(batch)
        assert set(_store_articles(engine, batch)) == {"new"}


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_many_random_orders_regroup_as_from_scratch(tmp_path, seed):
    """More articles (so longer measure chains and larger groups) in four random orders
    each: every incremental state equals a rebuild from scratch, and all orders agree."""
    import random

    from claimtrack.ingest import rebuild_groups
    from claimtrack.store.db import ensure_schema, make_engine

    rng = random.Random(seed)
    articles = _random_articles(random.Random(seed), 90)
    finals = []
    for order in range(4):
        rng.shuffle(articles)
        engine = make_engine(f"sqlite:///{tmp_path}/kb{order}.db")
        ensure_schema(engine)
        _ingest_in_order(engine, articles, rng)
        incremental, summaries = _state(engine), _summaries(engine)
        rebuild_groups(engine)
        assert _state(engine) == incremental, order
        assert _summaries(engine) == summaries, order
        finals.append(incremental)
        engine.dispose()
    assert all(f == finals[0] for f in finals)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22])
def test_long_runs_of_changes_and_removals_regroup_as_from_scratch(tmp_path, seed):
    """Twenty changes, removals and re-additions of articles in random order on a larger
    base: after each, the stored groups equal a rebuild from scratch of the same decisions."""
    import random

    from claimtrack.ingest import rebuild_groups, remove_article
    from claimtrack.store.db import ensure_schema, make_engine

    rng = random.Random(seed)
    articles = _random_articles(random.Random(seed), 60)
    variants = {art: claims for art, _, _, claims in _random_articles(random.Random(seed + 100), 60)}
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    ensure_schema(engine)
    _ingest_in_order(engine, articles, rng)
    current, removed = {a[0]: a for a in articles}, {}
    for step in range(20):
        art = rng.choice(sorted(current))
        roll = rng.random()
        if roll < 0.4:
            _, outlet, published, _ = current[art]
            claims = [c.model_copy(update={"id": c.id + f"v{step}", "outlet": outlet}) for c in variants[art]]
            current[art] = (art, outlet, published, claims)
            assert _store_articles(engine, [current[art]], version=f"v{step}") == ["replaced"]
        elif roll < 0.8 or not removed:
            assert remove_article(engine, art)
            removed[art] = current.pop(art)
        else:
            back = rng.choice(sorted(removed))
            current[back] = removed.pop(back)
            assert _store_articles(engine, [current[back]], version=f"back{step}") == ["new"]
        incremental, summaries = _state(engine), _summaries(engine)
        rebuild_groups(engine)
        assert _state(engine) == incremental, step
        assert _summaries(engine) == summaries, step
    engine.dispose()


def test_adding_an_article_rebuilds_only_the_groups_its_claims_join(tmp_path, monkeypatch):
    """Rebuilt from members (when the groups' summaries do not apply), the rebuilt part is
    the new claims and the stored groups linked to them, never the groups reached only
    through conflicts or measure chains (those are neighbours, whose status alone is judged
    again): on this corpus that part is smaller than the component."""
    import random

    from claimtrack.reconcile import incremental, maintain
    from claimtrack.store.db import ensure_schema, make_engine, sessions
    from claimtrack.store.repository import Repository

    articles = _random_articles(random.Random(5), 50)
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    ensure_schema(engine)
    _store_articles(engine, articles[:-1])
    with sessions(engine)() as s:
        group_of = {c: g.id for g in Repository(s).groups() for c in g.claims}
    new = {c.id for c in articles[-1][3]}
    parts = []
    real = incremental.regroup
    monkeypatch.setattr(incremental, "regroup", lambda part, ctx=None: parts.append(part) or real(part, ctx))
    monkeypatch.setattr(maintain, "join", lambda *a, **k: False)
    _store_articles(engine, articles[-1:])
    (part,) = parts
    with sessions(engine)() as s:
        decisions = Repository(s).decisions()
    linked = {x for d in decisions if d.kind == "link" and {d.a, d.b} & new for x in (d.a, d.b)} - new
    joined = {group_of[c] for c in linked}
    assert part.dropped == joined
    assert {c.id for c in part.claims} == new | {c for c, g in group_of.items() if g in joined}
    component = set(new)  # what the previous regroup rebuilt: the closure through every decision
    while True:
        grown = component | {x for d in decisions if d.a in component or d.b in component for x in (d.a, d.b)}
        if grown == component:
            break
        component = grown
    assert joined and len(part.neighbours) and len(part.claims) < len(component)
    engine.dispose()


def test_conflicts_described_by_stored_decisions_read_their_levels(tmp_path, monkeypatch):
    """A regroup reads a part's conflicts and updates without their levels (by index); when
    no pair of the groups' first members opposes, the stored decisions describe the conflict
    and their levels are read then: the conflicts equal a rebuild from scratch."""
    import random

    from claimtrack.ingest import rebuild_groups
    from claimtrack.reconcile import cluster
    from claimtrack.store.db import ensure_schema, make_engine
    from claimtrack.store.repository import Repository

    monkeypatch.setattr(cluster, "_canonical", lambda *a, **k: [])
    read = []
    real = Repository.levels_of
    monkeypatch.setattr(Repository, "levels_of",
                        lambda self, ds: read.append(ds) or real(self, ds))
    articles = _random_articles(random.Random(3), 30)
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    ensure_schema(engine)
    _ingest_in_order(engine, articles, random.Random(4))
    incremental = _state(engine)
    rebuild_groups(engine)
    assert _state(engine) == incremental
    assert read and incremental[1]
    assert all(": " in reason and "; " in reason for _, _, _, reason, _ in incremental[1])
    engine.dispose()


def _story(n_articles: int, start: int = 0):
    """Copies of one story: each article reports Meta going closed (one growing group, its
    sentence relayed word for word by some), a figure (a measure chain) and a denial (a
    conflict), published earlier than the one before (each copy founds its groups anew)."""
    import datetime as dt
    from tests.helpers import claim as C

    out = []
    for i in range(start, start + n_articles):
        art = f"s{i:04d}"
        published = dt.date(2026, 6, 1) - dt.timedelta(days=i)
        outlet = ["Reuters", "Gate", "CTOL", "X"][i % 4]
        claims = [C("Meta", "go_closed", attributed_to=["Bloomberg", None, "Meta spokesperson"][i % 3]),
                  C("Meta", "invest", value=["600 milliards de dollars", "65 milliards de dollars"][i % 2]),
                  C("Meta", "go_closed", polarity="negated")]
        texts = ["Meta is moving its frontier models behind closed doors, Bloomberg reported on the day.",
                 f"Meta will invest heavily in data centres this year, copy {i} said.",
                 "Meta denied that it would stop publishing its open models at all."]
        out.append((art, outlet, published.isoformat(), [
            c.model_copy(update={"id": f"c{art}x{k}", "article": art, "start": k * 100, "end": k * 100 + 50,
                                 "outlet": outlet, "published": published,
                                 "evidence": texts[k] if i % 5 else texts[k] + f" ({art})"})
            for k, c in enumerate(claims)]))
    return out


def _claims_read_adding(tmp_path, monkeypatch, n: int) -> tuple[int, int]:
    """(claims built from rows, membership rows written) when one more copy joins n copies."""
    from claimtrack.ingest import rebuild_groups
    from claimtrack.reconcile import incremental, maintain
    from claimtrack.store import repository
    from claimtrack.store.db import ensure_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path}/kb{n}.db")
    ensure_schema(engine)
    _store_articles(engine, _story(n))
    read, written, regrouping = [], [], []
    real_claim, real_insert, real_join = repository._claim, repository.Repository._insert_groups, maintain.join
    # claims read by the regroup (the reconciler's seed reads one claim per block and signature)
    monkeypatch.setattr(repository, "_claim", lambda r: (regrouping and read.append(r[0])) or real_claim(r))
    monkeypatch.setattr(maintain, "join", lambda *a, **k: regrouping.append(1) or real_join(*a, **k))
    monkeypatch.setattr(repository.Repository, "add_members", lambda self, rows: written.extend(rows) or
                        self.s.execute(repository.insert(repository.GroupClaimRow.__table__), [
                            {"group_id": g, "claim_id": c, "bucket": b, "place": p, "origin": o, "is_copy": x}
                            for g, c, b, p, o, x in rows]))
    monkeypatch.setattr(repository.Repository, "_insert_groups", lambda self, groups, conflicts, summaries=None:
                        written.extend(c for g in groups for c in g.claims) or
                        real_insert(self, groups, conflicts, summaries))
    monkeypatch.setattr(incremental, "regroup", lambda *a, **k: pytest.fail("rebuilt from its members"))
    _store_articles(engine, _story(1, start=n))
    monkeypatch.undo()
    incremental_state, summaries = _state(engine), _summaries(engine)
    rebuild_groups(engine)
    assert _state(engine) == incremental_state
    assert _summaries(engine) == summaries
    groups, conflicts = incremental_state
    assert conflicts and max(len(g[1]) for g in groups) > n / 2
    engine.dispose()
    return len(read), len(written)


def test_a_copy_joining_big_groups_reads_and_writes_a_bounded_number_of_rows(tmp_path, monkeypatch):
    """A new copy of a story joins its growing groups (and founds them anew: it is published
    first) through their summaries: the claims it reads (the new ones, the groups' first
    members, the neighbours of its origins buckets) and the memberships it writes (its own)
    do not grow with the groups, and the groups equal a rebuild from scratch."""
    small = _claims_read_adding(tmp_path, monkeypatch, 40)
    big = _claims_read_adding(tmp_path, monkeypatch, 120)
    assert big[1] == small[1] == 3
    assert big[0] == small[0] < 40, (small, big)


def test_groups_stored_without_summaries_are_rebuilt_from_their_members(tmp_path):
    """A base whose groups have no summary (stored before they existed: migration 0005)
    regroups from members where a new article touches them, writes their summaries, and
    equals a rebuild from scratch after each article."""
    import random

    from sqlalchemy import text

    from claimtrack.ingest import rebuild_groups
    from claimtrack.store.db import ensure_schema, make_engine

    articles = _random_articles(random.Random(7), 40)
    engine = make_engine(f"sqlite:///{tmp_path}/kb.db")
    ensure_schema(engine)
    _store_articles(engine, articles[:25])
    with engine.begin() as conn:
        conn.execute(text("UPDATE groups SET summary = NULL, chain = NULL"))
        conn.execute(text("UPDATE group_claims SET bucket = NULL, place = NULL, origin = NULL, is_copy = NULL"))
    for art in articles[25:]:
        _store_articles(engine, [art])
        incremental_state = _state(engine)
        rebuild_groups(engine)
        assert _state(engine) == incremental_state
    engine.dispose()
