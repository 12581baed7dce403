"""One bad file never costs the others (issue 11): special files, links, id collisions,
and any failure while reading, analysing or storing one article."""
import os
import socket
import subprocess

import pytest
from sqlalchemy import select

from claimtrack.ingest import IngestReport, collect, ingest
from claimtrack.models import SourceDocument
from claimtrack.store.db import make_engine, sessions
from claimtrack.store.schema import ArticleRow
from tests.hostile import SHELVED, claimtrack, english, rejected_lines


def stored(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with sessions(engine)() as s:
            return sorted(s.scalars(select(ArticleRow.id)))
    finally:
        engine.dispose()


def problems(report: IngestReport) -> dict[str, str]:
    return {os.path.basename(p): m for p, m in report.rejected}


def test_special_entries_are_each_named(tmp_path):
    src = tmp_path / "src"
    english(src, "ok.txt", SHELVED)
    os.mkfifo(src / "fifo.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "sock.txt"))
    (src / "folder.txt").mkdir()
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "loop1.txt").symlink_to(src / "loop2.txt")
    (src / "loop2.txt").symlink_to(src / "loop1.txt")
    (src / "dev.txt").symlink_to("/dev/null")
    report = IngestReport()
    files = collect([src], report)
    sock.close()
    assert [f.name for f in files] == ["ok.txt"]
    assert problems(report) == {
        "fifo.txt": "is a named pipe (FIFO), not an article file",
        "sock.txt": "is a socket, not an article file",
        "folder.txt": "is a directory, not an article file",
        "dangling.txt": "dangling symbolic link (its target does not exist)",
        "loop1.txt": "symbolic link loop",
        "loop2.txt": "symbolic link loop",
        "dev.txt": "is a character device, not an article file",
    }


@pytest.mark.parametrize("target, says", [("/dev/null", "is a character device"), ("/dev/zero", "character device"),
                                          ("/nonexistent/x.txt", "no such file or directory")])
def test_a_special_path_given_directly(target, says):
    report = IngestReport()
    assert collect([target], report) == []
    assert len(report.rejected) == 1 and says in report.rejected[0][1]


@pytest.mark.slow
def test_a_fifo_never_hangs_a_real_ingest(tmp_path):
    src = tmp_path / "src"
    english(src, "ok.txt", SHELVED)
    os.mkfifo(src / "pipe.txt")
    r = claimtrack("ingest", str(src), str(src / "pipe.txt"), "/dev/null", db=f"sqlite:///{tmp_path}/kb.db",
                   timeout=60)
    assert r.returncode == 1
    lines = rejected_lines(r.stderr)
    assert sum("pipe.txt: is a named pipe (FIFO)" in ln for ln in lines) == 1  # named once, given twice
    assert any("/dev/null: is a character device" in ln for ln in lines)
    assert b"1 new" in r.stdout


def test_links_out_of_the_folder_are_refused_unless_asked(tmp_path, sqlite_url):
    outside = english(tmp_path / "elsewhere", "secret.txt", SHELVED.replace("Behemoth", "Avocado"))
    src = tmp_path / "src"
    english(src, "ok.txt", SHELVED)
    (src / "passwd.txt").symlink_to("/etc/passwd")
    (src / "leak.txt").symlink_to(outside)
    (src / "inside.txt").symlink_to(src / "ok.txt")  # inside: read, once (the same file)
    report = ingest(make_engine(sqlite_url), [src])
    assert problems(report).keys() == {"passwd.txt", "leak.txt"}
    assert "outside the sources folder: refused (ingest --follow-links to read it)" in problems(report)["leak.txt"]
    assert stored(sqlite_url) == ["inside"]  # the link inside comes first in name order; ok.txt is that file
    report = ingest(make_engine(sqlite_url), [src], follow_links=True)
    assert "leak" in report.new  # asked for: links are followed


def test_the_same_file_given_twice_is_read_once(tmp_path, sqlite_url):
    src = tmp_path / "src"
    a = english(src, "a.txt", SHELVED)
    report = ingest(make_engine(sqlite_url), [src, a, str(a), src / "." / "a.txt"])
    assert report.new == ["a"] and report.rejected == []


@pytest.mark.parametrize("names", [("story.txt", "story.md"), ("x/story.txt", "y/story.txt"),
                                   ("story.md", "story.txt")])
def test_an_id_given_by_two_files_is_deterministic(tmp_path, sqlite_url, names):
    first, second = sorted(names, key=lambda n: (os.path.basename(n), n))
    english(tmp_path / os.path.dirname(first), os.path.basename(first), SHELVED)
    english(tmp_path / os.path.dirname(second), os.path.basename(second), SHELVED.replace("Behemoth", "Avocado"))
    targets = sorted({tmp_path / os.path.dirname(n) for n in names}, reverse=True)  # the later folder first
    for run in range(2):  # every run: the same winner, the same rejection
        report = ingest(make_engine(sqlite_url), targets)
        assert len(report.rejected) == 1
        path, problem = report.rejected[0]
        assert path.endswith(second)
        assert f"id collision: article id 'story' is already given by {tmp_path / first}" in problem
        assert (report.new if run == 0 else report.unchanged) == ["story"]


def test_a_file_name_that_is_not_utf8(tmp_path, sqlite_url):
    src = tmp_path / "src"
    english(src, "ok.txt", SHELVED)
    bad = os.path.join(os.fsencode(src), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(b"Meta shelved Behemoth.\n")
    report = ingest(make_engine(sqlite_url), [src])
    assert report.new == ["ok"]
    assert [m for _, m in report.rejected] == ["file name is not valid UTF-8: rename the file"]


FAILURES = [RecursionError("maximum recursion depth exceeded"), MemoryError(), ValueError("year 10000 is out of range"),
            UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), KeyError("x" * 10_000)]


@pytest.mark.parametrize("exc", FAILURES, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("stage", ["read", "analyse", "store"])
def test_any_failure_of_one_file_is_one_bounded_rejection(tmp_path, sqlite_url, monkeypatch, exc, stage):
    import claimtrack.ingest as ing
    src = tmp_path / "src"
    english(src, "a_bad.txt", SHELVED)
    english(src, "b_good.txt", SHELVED.replace("Behemoth", "Avocado"))

    def hostile(real, key):
        def wrapped(arg, *a, **k):
            name = str(getattr(arg, "source", arg))
            if "a_bad" in name:
                raise exc
            return real(arg, *a, **k)
        return wrapped
    if stage == "read":
        monkeypatch.setattr(ing, "read_documents", hostile(ing.read_documents, "path"))
    elif stage == "analyse":
        import claimtrack.analyze as an  # ingest imports it when an article needs analysing
        monkeypatch.setattr(an, "analyze", hostile(an.analyze, "doc"))
    else:
        real = ing.Repository.add_article
        monkeypatch.setattr(ing.Repository, "add_article",
                            lambda self, doc, claims, *a: (_ for _ in ()).throw(exc) if doc.id == "a_bad"
                            else real(self, doc, claims, *a))
    report = ingest(make_engine(sqlite_url), [src])
    assert report.new == ["b_good"]
    assert len(report.rejected) == 1 and report.rejected[0][0].endswith("a_bad.txt")
    assert type(exc).__name__ in report.rejected[0][1] and len(report.rejected[0][1]) <= 200
    assert stored(sqlite_url) == ["b_good"]


def test_a_value_the_database_refuses_rejects_one_file(tmp_path, db_url, monkeypatch):
    """A NUL byte (the reader refuses it; here it gets past): PostgreSQL refuses it, the run goes on."""
    import claimtrack.ingest as ing
    src = tmp_path / "src"
    english(src, "a_nul.txt", SHELVED)
    english(src, "b_good.txt", SHELVED.replace("Behemoth", "Avocado"))
    real = ing.read_documents

    def with_nul(path):
        docs = real(path)
        if "a_nul" in str(path):
            d: SourceDocument = docs[0]
            docs = [d.model_copy(update={"title": "x\x00" + "y" * 9000})]
        return docs
    monkeypatch.setattr(ing, "read_documents", with_nul)
    report = ingest(make_engine(db_url), [src])
    assert "b_good" in report.new
    if db_url.startswith("postgresql"):
        assert [(os.path.basename(p), m.split(":")[0]) for p, m in report.rejected] == \
            [("a_nul.txt", "the database refused it")]
        assert stored(db_url) == ["b_good"]


def test_a_database_failure_stops_the_run(tmp_path, sqlite_url, monkeypatch):
    import claimtrack.ingest as ing
    from sqlalchemy.exc import OperationalError
    src = tmp_path / "src"
    english(src, "a.txt", SHELVED)
    english(src, "b.txt", SHELVED.replace("Behemoth", "Avocado"))
    monkeypatch.setattr(ing.Repository, "add_article",
                        lambda *a: (_ for _ in ()).throw(OperationalError("INSERT", {}, Exception("disk I/O error"))))
    with pytest.raises(OperationalError):
        ingest(make_engine(sqlite_url), [src])


def test_an_id_given_by_another_file_in_a_later_run_is_rejected(tmp_path, sqlite_url):
    first = english(tmp_path / "x", "story.txt", SHELVED)
    second = english(tmp_path / "y", "story.txt", SHELVED.replace("Behemoth", "Avocado"))
    assert ingest(make_engine(sqlite_url), [tmp_path / "x"]).new == ["story"]
    report = ingest(make_engine(sqlite_url), [tmp_path / "y"])
    assert report.rejected == [(str(second), f"id collision: article id 'story' is already given by {first}, "
                                             "stored by an earlier run: rename one of them")]
    first.unlink()  # the old file gone (moved, renamed): the new one replaces it
    assert ingest(make_engine(sqlite_url), [tmp_path / "y"]).replaced == ["story"]
