"""Ingest: source files -> analysed articles -> rows -> links -> groups and conflicts.

One transaction per article: a file that fails leaves nothing half-written, and
every other file is still ingested. An unchanged file (same content hash) is
skipped; a changed one replaces its old claims. New claims are reconciled only
against the claims that share a block key with them.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from claimtrack.analyze import Rejected, analyze
from claimtrack.nlp.pipeline import Pipelines
from claimtrack.models import SourceDocument
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.reconcile import cluster
from claimtrack.reconcile.blocking import block_keys, probe_keys
from claimtrack.reconcile.engine import Reconciler
from claimtrack.sources.fetch import TIMEOUT, read_url
from claimtrack.sources.reader import TEXT_SUFFIXES, SourceError, read_documents, scan_sources
from claimtrack.store.db import ensure_schema, lock_for_write, sessions, writer
from claimtrack.store.repository import Repository


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (path, problem)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, a limit crossed: what was left out)
    ids: dict[str, str] = field(default_factory=dict, repr=False)  # article id -> the file that gave it
    unread: dict[str, list[str]] = field(default_factory=dict)  # language -> articles no pipeline reads
    claims_added: int = 0
    claims: int = 0
    groups: int = 0
    conflicts: int = 0

    def reject(self, path: str, problem: str) -> None:
        """Record a rejected file; the reason is bounded (a hostile file cannot flood the log)."""
        self.rejected.append((str(path), _bounded(problem)))

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        line = (f"articles: {len(self.new)} new, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged, "
                f"{len(self.rejected)} rejected; claims: {self.claims} ({self.claims_added} added); "
                f"groups: {self.groups}; conflicts: {self.conflicts}")
        for lang, ids in sorted(self.unread.items()):
            n = len(ids)
            line += f"\n{lang}: {n} article{'s' if n != 1 else ''}, no pipeline for it: 0 claims"
        return line


Progress = Callable[[str, str], None]  # (path, status)


MAX_REASON = 200  # characters of a rejection's reason


def _bounded(problem: str) -> str:
    return problem if len(problem) <= MAX_REASON else problem[:MAX_REASON - 1] + "…"


def collect(paths: Iterable[str | Path], report: IngestReport, follow_links: bool = False) -> list[Path]:
    """The files to read, each once, in the order given (a folder: in name order).
    Entries that cannot be read and files whose article id another file already gives
    are rejected, each on its own line."""
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()
    named: set[str] = set()  # rejected entries, each named once

    def refuse(exc: SourceError) -> None:
        key = os.path.realpath(exc.path) if _name_ok(exc.path) else exc.path
        if key not in named:
            named.add(key)
            report.reject(exc.path, exc.problem)
    for p in paths:
        try:
            found, rejected = scan_sources(p, follow_links)
        except SourceError as exc:
            refuse(exc)
            continue
        for exc in rejected:
            refuse(exc)
        for f in found:
            st = f.stat()
            if (st.st_dev, st.st_ino) not in seen:  # the same file given twice is read once
                seen.add((st.st_dev, st.st_ino))
                files.append(f)
    return _without_id_collisions(files, report)


def _name_ok(path: str) -> bool:
    try:
        path.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _without_id_collisions(files: list[Path], report: IngestReport) -> list[Path]:
    """A text file's id is its name without suffix: of `story.txt` and `story.md` (or one
    name in two folders) the first in name order is read, on every run; the others are
    rejected, naming it."""
    first: dict[str, Path] = {}
    for f in sorted((f for f in files if f.suffix.lower() in TEXT_SUFFIXES), key=lambda f: (f.name, f.as_posix())):
        first.setdefault(f.stem, f)
    kept = []
    for f in files:
        winner = first.get(f.stem) if f.suffix.lower() in TEXT_SUFFIXES else None
        if winner is not None and winner != f:
            report.reject(str(f), f"id collision: article id '{f.stem}' is already given by {winner} "
                                  "(the first in name order is read): rename one of them")
        else:
            kept.append(f)
    return kept


def _another_file(stored: str, given: str) -> bool:
    """True when the stored article came from another file that still exists (one id,
    two files over two runs); a moved or deleted file, or the same file, is not one."""
    if stored == given or "://" in stored or "://" in given:
        return False
    try:
        return os.path.isfile(stored) and os.path.isfile(given) and not os.path.samefile(stored, given)
    except (OSError, ValueError):
        return False


def _settled(repo: Repository, doc: SourceDocument, report: IngestReport) -> str | None:
    """"unchanged" or "rejected" (a duplicate under another name) if `doc` needs no
    ingest, recorded in the report; None if it must be stored."""
    old = repo.article(doc.id)
    if old is not None and old.content_hash == doc.content_hash:
        report.unchanged.append(doc.id)
        return "unchanged"
    if old is not None and _another_file(old.source, doc.source):
        report.reject(doc.source, f"id collision: article id '{doc.id}' is already given by {old.source}, "
                                  "stored by an earlier run: rename one of them")
        return "rejected"
    twin = repo.article_with_hash(doc.content_hash)
    if twin is not None and twin.id != doc.id:
        report.reject(doc.source, f"same content as article {twin.id} ({twin.source}): "
                                  f"a duplicate under another name")
        return "rejected"
    return None


def ingest_file(engine: Engine, path: Path, report: IngestReport, pipelines: Pipelines | None = None) -> str:
    """Ingest one file (a feed: each entry) in one transaction per article; returns its status."""
    return _ingest_read(engine, str(path), lambda: read_documents(path), report, pipelines)


def ingest_url(engine: Engine, url: str, report: IngestReport, timeout: float = TIMEOUT,
               pipelines: Pipelines | None = None) -> str:
    """Fetch a page or a feed and ingest its articles; returns its status."""
    return _ingest_read(engine, url, lambda: read_url(url, timeout), report, pipelines)


def _ingest_read(engine: Engine, where: str, read: Callable[[], list], report: IngestReport,
                 pipelines: Pipelines | None = None) -> str:
    try:
        items = read()
    except SourceError as exc:
        report.reject(exc.path, exc.problem)
        return "rejected"
    except Exception as exc:  # a parser's bug on one hostile page or feed must not lose the others
        report.reject(where, f"could not be read: {_why(exc)}")
        return "rejected"
    statuses = []
    for item in items:
        if isinstance(item, SourceError):
            report.reject(item.path, item.problem)
            statuses.append("rejected")
        else:
            statuses.append(_ingest_one(engine, item, report, pipelines))
    if len(statuses) == 1:
        return statuses[0]
    return ", ".join(f"{statuses.count(s)} {s}" for s in dict.fromkeys(statuses))


def _why(exc: BaseException) -> str:
    """An exception as a short reason: its type and the start of its message."""
    text = str(exc)
    return f"{type(exc).__name__}: {text[:MAX_REASON]}" if text else type(exc).__name__


def _database_failure(exc: BaseException) -> bool:
    """A failure of the database itself (unreachable, connection lost) stops the run;
    a value it refuses (a NUL byte on PostgreSQL, an out-of-range number) rejects one file."""
    return isinstance(exc, (OperationalError, InterfaceError)) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated)


def _ingest_one(engine: Engine, doc: SourceDocument, report: IngestReport, pipelines: Pipelines | None) -> str:
    """`ingest_document`, any failure but the database's becoming a rejection of this file."""
    try:
        return ingest_document(engine, doc, report, pipelines)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        if _database_failure(exc):
            raise
        reason = f"the database refused it: {_why(getattr(exc, 'orig', None) or exc)}" \
            if isinstance(exc, DBAPIError) else f"could not be stored: {_why(exc)}"
        report.reject(doc.source, reason)
        return "rejected"


def ingest_document(engine: Engine, doc: SourceDocument, report: IngestReport,
                    pipelines: Pipelines | None = None) -> str:
    """Ingest one article in one transaction; returns its status."""
    if doc.id in report.ids and report.ids[doc.id] != doc.source:
        report.reject(doc.source, f"id collision: article id '{doc.id}' is already given by {report.ids[doc.id]}")
        return "rejected"
    report.ids.setdefault(doc.id, doc.source)
    Session = sessions(engine)
    with Session() as s:  # a cheap look first: most files of a re-run are unchanged
        settled = _settled(Repository(s), doc, report)
    if settled:
        return settled
    try:
        analysis = analyze(doc, pipelines or Pipelines())
    except Rejected as exc:
        report.reject(doc.source, str(exc))
        return "rejected"
    except Exception as exc:  # a bug on one article must not lose the others
        report.reject(doc.source, f"could not be analysed: {_why(exc)}")
        return "rejected"
    report.notes.extend((doc.source, n) for n in analysis.notes)
    doc = analysis.article
    for attempt in range(3):
        try:
            with sessions(writer(engine)).begin() as s:  # BEGIN IMMEDIATE on SQLite
                lock_for_write(s)
                repo = Repository(s)
                # again under the write lock: another ingest may have stored it meanwhile
                settled = _settled(repo, doc, report)
                if settled:
                    return settled
                replaced = repo.article(doc.id) is not None
                if replaced:
                    repo.delete_article(doc.id)
                repo.add_article(doc, analysis.claims)
                gaz = load_gazetteer()
                repo.sync_entities(gaz, [(c.subject, c.subject_type) for c in analysis.claims
                                         if c.subject and c.subject_type and not c.subject.startswith("(")])
                if replaced:
                    relink_all(repo)
                else:
                    keys = {p for c in analysis.claims for k in block_keys(c) for p in probe_keys(k)}
                    rec = Reconciler(gaz)
                    rec.seed(repo.claims_sharing_keys(keys, exclude=[c.id for c in analysis.claims]))
                    repo.add_decisions(rec.add(analysis.claims))
            break
        except (IntegrityError, OperationalError):
            # a concurrent writer got in first (a busy SQLite, a unique key): look again
            if attempt == 2:
                raise
    (report.replaced if replaced else report.new).append(doc.id)
    if analysis.unread:
        report.unread.setdefault(analysis.language, []).append(doc.id)
    report.claims_added += len(analysis.claims)
    return "replaced" if replaced else "new"


def relink_all(repo: Repository) -> None:
    """Recompute every link from scratch (after a changed article replaced its claims)."""
    repo.clear_decisions()
    rec = Reconciler(load_gazetteer())
    repo.add_decisions(rec.add(repo.claims()))


def rebuild_groups(engine: Engine) -> tuple[int, int, int]:
    with sessions(writer(engine)).begin() as s:
        lock_for_write(s)
        repo = Repository(s)
        claims = repo.claims()
        groups, conflicts = cluster.build(claims, repo.decisions())
        repo.replace_groups(groups, conflicts)
        return len(claims), len(groups), len(conflicts)


def ingest(engine: Engine, paths: Iterable[str | Path], progress: Progress | None = None,
           on_files: Callable[[int], None] | None = None, urls: Sequence[str] = (),
           timeout: float = TIMEOUT, follow_links: bool = False) -> IngestReport:
    ensure_schema(engine)
    report = IngestReport()
    files = collect(paths, report, follow_links)
    if on_files:
        on_files(len(files) + len(urls))
    pipelines = Pipelines()  # models load on the first article that needs them
    for path in files:
        status = ingest_file(engine, path, report, pipelines)
        if progress:
            progress(str(path), status)
    for url in urls:
        status = ingest_url(engine, url, report, timeout, pipelines)
        if progress:
            progress(url, status)
    # groups are a function of all claims and links: rebuilt (deterministically) every run
    report.claims, report.groups, report.conflicts = rebuild_groups(engine)
    return report
