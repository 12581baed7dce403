"""Junk queries and outputs that cannot be written (issue 11): exit 3 with the closest
names, exit 2 in one line."""
import pytest

from claimtrack.report.timeline import closest_names, query_problem, resolve_entity
from tests.hostile import SHELVED, claimtrack, english

KNOWN = ["AFP", "Bloomberg", "Behemoth", "Kimi K2", "Meta", "Prometheus", "Avocado"]


@pytest.mark.parametrize("query, problem", [(" ", "too short"), ("", "too short"), ("a", "too short"),
                                            ("the", "only common words"), ("le", "only common words"),
                                            ("of the", "only common words"), ("?!", "too short")])
def test_junk_queries_name_nothing(query, problem):
    assert query_problem(query) == problem
    assert resolve_entity(query, KNOWN) is None


@pytest.mark.parametrize("query, name", [("meta", "Meta"), ("META", "Meta"), ("Meta Platforms", "Meta"),
                                         ("behemot", "Behemoth"), ("  Meta  ", "Meta"), ("xyzzy", None),
                                         ("AI", None)])
def test_real_queries_still_resolve(query, name):
    assert resolve_entity(query, KNOWN) == name


def test_closest_names_are_offered():
    assert closest_names("Avocad", KNOWN)[0] == "Avocado"
    assert len(closest_names("zzz", KNOWN)) <= 5


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("queries")
    english(tmp / "src", "a.txt", SHELVED)
    db = f"sqlite:///{tmp}/kb.db"
    assert claimtrack("-q", "ingest", str(tmp / "src"), db=db).returncode == 0
    return db


@pytest.mark.slow
@pytest.mark.parametrize("query, offered", [(" ", "Meta"), ("a", "Meta"), ("the", "Meta"), ("Le", "Meta"),
                                            ("Behemuth-x", "Behemoth"), ("q" * 100_000, "Qwen")])
def test_junk_timeline_queries_exit_3_with_names(kb, query, offered):
    r = claimtrack("timeline", query, db=kb)
    err = r.stderr.decode()
    assert r.returncode == 3 and r.stdout == b""
    assert err.count("\n") == 1 and "known names include: " in err and offered in err
    echoed = err.split("no entity matches '", 1)[1].split("'", 1)[0]
    assert len(echoed) <= 81


@pytest.mark.slow
@pytest.mark.parametrize("command", [["export", "-o"], ["timeline", "meta", "-o"],
                                     ["timeline", "meta", "--format", "html", "-o"]])
@pytest.mark.parametrize("target", ["/nonexistent/dir/kb.json", "/proc/version", "DIR"])
def test_an_unwritable_output_is_exit_2_in_one_line(kb, tmp_path, command, target):
    r = claimtrack(*command, str(tmp_path) if target == "DIR" else target, db=kb)
    assert r.returncode == 2
    assert r.stderr.startswith(b"claimtrack: cannot write ") and r.stderr.count(b"\n") == 1
