"""The command line, through Typer's CliRunner, on the seed corpus (slow: the French model)."""
import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from tests.conftest import SEEDS, SHARED

runner = CliRunner()


def run(*args, db=None):
    argv = (["--db", db] if db else []) + list(args)
    return runner.invoke(app, argv, catch_exceptions=False)


def test_help_teaches_with_examples():
    r = run("--help")
    assert r.exit_code == 0
    assert "claimtrack timeline meta" in r.output
    for cmd in ("ingest", "timeline", "export", "explain"):
        out = run(cmd, "--help").output
        assert "Example" in out, cmd


def test_commands_need_a_database(sqlite_url):
    r = run("export", db=sqlite_url)
    assert r.exit_code == 1
    assert "claimtrack ingest" in r.output


def test_db_upgrade_and_current(sqlite_url):
    from claimtrack.store.db import head_revision, make_engine
    head = head_revision(make_engine(sqlite_url))
    assert f"at revision {head}" in run("db", "upgrade", db=sqlite_url).output
    assert run("db", "current", db=sqlite_url).output.strip().endswith(f"at revision {head} (head {head})")
    assert "at revision base" in run("db", "downgrade", "base", db=sqlite_url).output


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path, sqlite_url):
    src = tmp_path / "src"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "latin.txt").write_bytes("Meta a été critiqué".encode("latin-1"))
    (src / "ok.txt").write_text("---\noutlet: T\npublished: 2025-12-15\nlanguage: en\n---\nTitle\n\n"
                                "Meta shelved its Behemoth model.\n", encoding="utf-8")
    r = run("ingest", str(src), db=sqlite_url)
    assert r.exit_code == 1
    assert f"rejected {src / 'empty.txt'}: empty file" in r.output
    assert "latin.txt: not valid UTF-8" in r.output
    assert "articles: 1 new, 0 replaced, 0 unchanged, 2 rejected" in r.output


@pytest.mark.slow
def test_ingest_is_idempotent_and_summarised(seeded):
    r = run("ingest", str(SEEDS), db=seeded)
    assert r.exit_code == 0
    assert r.stdout.startswith("articles: 0 new, 0 replaced, 5 unchanged, 0 rejected; claims: ")
    assert "000_aef1df6699075aef.txt: unchanged" in r.stderr


@pytest.mark.slow
def test_export_scores_on_the_seed_gold(seeded, tmp_path):
    out = tmp_path / "kb.json"
    assert run("export", "--format", "json", "-o", str(out), db=seeded).exit_code == 0
    kb = json.loads(out.read_text())
    assert list(kb)[0] == "schema" and kb["schema"] == "claimtrack.export/1"
    texts = {a["id"]: None for a in kb["articles"]}
    assert len(texts) == 5
    grouped = {c for g in kb["groups"] for c in g["claims"]}
    assert grouped == {c["id"] for c in kb["claims"]}  # every claim is in a group
    assert all(g["reason"] for g in kb["groups"]) and all(x["reason"] for x in kb["conflicts"])
    score = SHARED / "tools" / "score.py"
    if not score.exists():
        pytest.skip("../shared/tools/score.py not here")
    r = subprocess.run([sys.executable, str(score), str(SHARED / "gold" / "seeds.toml"), str(out),
                        "--at-least", "quote_recall=0.95", "--at-least", "when_accuracy=1",
                        "--at-least", "conflict_recall=1", "--at-least", "pair_recall=0.9",
                        "--at-most", "noise_claims=0", "--at-most", "false_conflicts=0"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.slow
def test_offsets_point_into_stored_text(seeded):
    kb = json.loads(run("export", db=seeded).stdout)
    from claimtrack.sources.reader import read_source
    texts = {p.stem: read_source(p).text for p in SEEDS.glob("*.txt")}
    for c in kb["claims"]:
        assert texts[c["article"]][c["start"]:c["end"]] == c["evidence"]


@pytest.mark.slow
def test_two_ingests_give_byte_identical_exports(tmp_path, seeded):
    other = f"sqlite:///{tmp_path}/other.db"
    # another machine, another order: files one by one, in reverse
    for path in sorted(SEEDS.glob("*.txt"), reverse=True):
        assert run("ingest", str(path), db=other).exit_code == 0
    assert run("export", db=other).stdout == run("export", db=seeded).stdout


@pytest.mark.slow
@pytest.mark.parametrize("query", ["meta", "Meta", "META", "Meta Platforms", "Meta Platfroms"])
def test_timeline_finds_meta(seeded, query):
    r = run("timeline", query, db=seeded)
    assert r.exit_code == 0
    assert r.stdout.startswith("Timeline of Meta (")


@pytest.mark.slow
def test_timeline_content(seeded):
    tl = json.loads(run("timeline", "meta", "--format", "json", db=seeded).stdout)
    assert {"Avocado", "Behemoth", "Llama"} <= set(tl["scope"])
    # the header lists what the entries are about, not every person the gazetteer ties to Meta
    assert "Susan Li" not in tl["scope"] and "WhatsApp" not in tl["scope"]
    dates = [e["date"].split("/")[0] for e in tl["entries"] if e["dated_by"] == "event"]
    assert dates == sorted(dates)
    qwen = [e for e in tl["entries"] if "built on Qwen" in e["statement"]]
    assert qwen and qwen[0]["statement"] == "Avocado is built on Qwen"  # named, not "(model of Meta)"
    assert qwen[0]["independent_origins"] >= 2
    spokes = next(e for e in tl["entries"] if e["statement"].startswith("Meta keeps its open-source")
                  and e["conflicts"])
    # the quotation after "un porte-parole de Meta a affirmé..." keeps its attribution
    assert "Meta spokesperson via TechCrunch" in {s["cited"] for s in spokes["sources"]}
    assert all(s["quote"] and s["outlet"] for e in tl["entries"] for s in e["sources"])
    closed = next(e for e in tl["entries"] if e["statement"].startswith("Meta is moving to closed"))
    assert closed["conflicts"] and "opposite relations" in closed["conflicts"][0]["reason"]
    text = run("timeline", "meta", db=seeded).output
    assert "independent origin" in text and "! conflicts with" in text


@pytest.mark.slow
def test_explain_group_and_conflict(seeded):
    kb = json.loads(run("export", db=seeded).stdout)
    x = kb["conflicts"][0]
    out = run("explain", x["id"], db=seeded).output
    assert out.startswith(f"conflict {x['id']}") and "relation" in out and "opposite relations" in out
    big = max(kb["groups"], key=lambda g: len(g["claims"]))
    out = run("explain", big["id"], db=seeded).output
    assert "links (" in out and "+ subject" in out
    assert "[subject.same]" in out  # each level's machine code next to its label
    assert "[relation.opposite]" in run("explain", x["id"], db=seeded).output
    r = run("explain", "gnope", db=seeded)
    assert r.exit_code == 3


@pytest.mark.slow
def test_changed_file_replaces_its_claims(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    db = f"sqlite:///{tmp_path}/kb.db"
    assert run("ingest", str(src), db=db).exit_code == 0
    path = src / "003_ebf452125985acfe.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("version distillée du modèle Qwen",
                                                             "version distillée du modèle Gemma"), encoding="utf-8")
    r = run("ingest", str(src), db=db)
    assert "0 new, 1 replaced, 4 unchanged" in r.output
    kb = json.loads(run("export", db=db).stdout)
    ev = [c for c in kb["claims"] if c["article"] == "003_ebf452125985acfe" and c["relation"] == "based_on"]
    assert [c["object"] for c in ev] == ["Gemma"]
    # same as ingesting the changed corpus from scratch
    fresh = f"sqlite:///{tmp_path}/fresh.db"
    assert run("ingest", str(src), db=fresh).exit_code == 0
    assert run("export", db=fresh).stdout == run("export", db=db).stdout
