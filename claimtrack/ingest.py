"""Ingest: source files -> analysed articles -> rows -> links -> groups and conflicts.

One transaction per article: a file that fails leaves nothing half-written, and
every other file is still ingested (any failure but the database's is one rejection
line). An unchanged file (same content hash) is skipped; a changed one replaces its old
claims. New claims are reconciled only against the claims that share a block key with
them, and only the groups they reach are rebuilt (reconcile/maintain.py: ingest only
orchestrates).
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from claimtrack.models import SourceDocument
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.reconcile import maintain
from claimtrack.reconcile.blocking import block_keys, signature_key
from claimtrack.sources.fetch import TIMEOUT, read_url
from claimtrack.sources.reader import TEXT_SUFFIXES, SourceError, read_documents, scan_sources
from claimtrack.store.db import checkpoint, ensure_schema, lock_for_write, sessions, writer
from claimtrack.store.repository import Repository

if TYPE_CHECKING:  # spaCy is imported only when an article needs analysing
    from claimtrack.analyze import Analysis
    from claimtrack.nlp.pipeline import Pipelines


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


def _read(where: str, read: Callable[[], list], report: IngestReport) -> list | None:
    try:
        return read()
    except SourceError as exc:
        report.reject(exc.path, exc.problem)
    except Exception as exc:  # a parser's bug on one hostile page or feed must not lose the others
        report.reject(where, f"could not be read: {_why(exc)}")
    return None


def _status(statuses: list[str]) -> str:
    if len(statuses) == 1:
        return statuses[0]
    return ", ".join(f"{statuses.count(s)} {s}" for s in dict.fromkeys(statuses))


def _ingest_read(engine: Engine, where: str, read: Callable[[], list], report: IngestReport,
                 pipelines: Pipelines | None = None, run: Run | None = None) -> str:
    items = _read(where, read, report)
    if items is None:
        return "rejected"
    run = run or Run(pipelines)
    statuses = []
    for item in items:
        if isinstance(item, SourceError):
            report.reject(item.path, item.problem)
            statuses.append("rejected")
        else:
            statuses.append(ingest_document(engine, item, report, run=run))
    return _status(statuses)


def _why(exc: BaseException) -> str:
    """An exception as a short reason: its type and the start of its message."""
    text = str(exc)
    return f"{type(exc).__name__}: {text[:MAX_REASON]}" if text else type(exc).__name__


def _database_failure(exc: BaseException) -> bool:
    """A failure of the database itself (unreachable, connection lost) stops the run;
    a value it refuses (a NUL byte on PostgreSQL, an out-of-range number) rejects one file."""
    return isinstance(exc, (OperationalError, InterfaceError)) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated)


class Run:
    """What the articles of one ingest run share: the pipelines (models load on the first
    article that needs them, never when nothing changed) and whether the gazetteer was
    synced to the store yet (once per run, not per article)."""

    def __init__(self, pipelines: Pipelines | None = None):
        self._pipelines = pipelines
        self.gazetteer_synced = False
        self.changed = False
        self.added: list[str] = []  # claims of new articles (their groups are updated incrementally)
        self.replaced = False  # an article changed (its groups were updated incrementally too)

    @property
    def pipelines(self) -> Pipelines:
        if self._pipelines is None:
            from claimtrack.nlp.pipeline import Pipelines
            self._pipelines = Pipelines()
        return self._pipelines


def _analyze(doc: SourceDocument, pipelines: Pipelines) -> Analysis | str:
    """The analysis, or the problem that stopped it (a bug on one article must not lose the others)."""
    from claimtrack.analyze import Rejected, analyze
    try:
        return analyze(doc, pipelines)
    except Rejected as exc:
        return str(exc)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # RecursionError, MemoryError too: one article, not the run
        return f"could not be analysed: {_why(exc)}"


def ingest_document(engine: Engine, doc: SourceDocument, report: IngestReport,
                    pipelines: Pipelines | None = None, run: Run | None = None) -> str:
    """Ingest one article in one transaction; returns its status."""
    run = run or Run(pipelines)
    if _collides(doc, report):
        return "rejected"
    with sessions(engine)() as s:  # a cheap look first: most files of a re-run are unchanged
        settled = _settled(Repository(s), doc, report)
    if settled:
        return settled
    return store_analysis(engine, doc, _analyze(doc, run.pipelines), report, run)


def _collides(doc: SourceDocument, report: IngestReport) -> bool:
    """Two sources of one run giving one article id: the second is rejected, naming the first."""
    if doc.id in report.ids and report.ids[doc.id] != doc.source:
        report.reject(doc.source, f"id collision: article id '{doc.id}' is already given by {report.ids[doc.id]}")
        return True
    report.ids.setdefault(doc.id, doc.source)
    return False


def store_analysis(engine: Engine, doc: SourceDocument, analysis: Analysis | str, report: IngestReport,
                   run: Run) -> str:
    """Write one analysed article in one transaction; any failure but the database's
    (a value it refuses, a bug) is a rejection of this article; returns its status."""
    try:
        return _store(engine, doc, analysis, report, run)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        if _database_failure(exc):
            raise
        reason = f"the database refused it: {_why(getattr(exc, 'orig', None) or exc)}" \
            if isinstance(exc, DBAPIError) else f"could not be stored: {_why(exc)}"
        report.reject(doc.source, reason)
        return "rejected"


def _store(engine: Engine, doc: SourceDocument, analysis: Analysis | str, report: IngestReport,
           run: Run) -> str:
    """Its claims, block keys, entities, links and groups, in one transaction."""
    if isinstance(analysis, str):
        report.reject(doc.source, analysis)
        return "rejected"
    report.notes.extend((doc.source, n) for n in analysis.notes)
    Session = sessions(writer(engine))  # BEGIN IMMEDIATE on SQLite
    doc = analysis.article
    gaz = load_gazetteer()
    keys = {c.id: block_keys(c) for c in analysis.claims}  # the reconciler's blocking, filed by the store
    sigs = {c.id: signature_key(c) for c in analysis.claims}
    for attempt in range(3):
        try:
            with Session.begin() as s:
                lock_for_write(s)
                repo = Repository(s)
                # again under the write lock: another ingest may have stored it meanwhile
                settled = _settled(repo, doc, report)
                if settled:
                    return settled
                replaced = repo.article(doc.id) is not None
                forgotten = maintain.forget_article(repo, doc.id) if replaced else None
                repo.add_article(doc, analysis.claims, keys, sigs)
                if not run.gazetteer_synced:
                    repo.sync_gazetteer(gaz)
                repo.add_candidates(gaz, [(c.subject, c.subject_type) for c in analysis.claims
                                          if c.subject and c.subject_type and not c.subject.startswith("(")])
                # links and groups change in the article's own transaction: a crash or a kill
                # at any moment leaves groups that match the stored claims
                if forgotten is not None:
                    # only what the old and the new claims touched: see maintain.forget_article
                    relink, old_groups, gone = forgotten
                    maintain.relink(repo, gaz, analysis.claims, keys, relink)
                    maintain.regroup(repo, set(keys) | relink, also=old_groups, gone=gone)
                else:
                    maintain.reconcile_new(repo, gaz, analysis.claims, keys)
                    maintain.regroup(repo, list(keys), new_article=True)
            break
        except (IntegrityError, OperationalError):
            # a concurrent writer got in first (a busy SQLite, a unique key): look again
            if attempt == 2:
                raise
    run.gazetteer_synced = True
    run.changed = True
    run.replaced = run.replaced or replaced
    run.added += list(keys)
    (report.replaced if replaced else report.new).append(doc.id)
    if analysis.unread:
        report.unread.setdefault(analysis.language, []).append(doc.id)
    report.claims_added += len(analysis.claims)
    return "replaced" if replaced else "new"


def remove_article(engine: Engine, article_id: str) -> bool:
    """Remove a stored article and its claims; only the groups they were in (and what those
    touch) are rebuilt. False if there is no such article."""
    with sessions(writer(engine)).begin() as s:
        lock_for_write(s)
        repo = Repository(s)
        if repo.article(article_id) is None:
            return False
        relink, old_groups, gone = maintain.forget_article(repo, article_id)
        maintain.relink(repo, load_gazetteer(), [], {}, relink)
        maintain.regroup(repo, relink, also=old_groups, gone=gone)
    return True


def rebuild_groups(engine: Engine) -> tuple[int, int, int]:
    """Every group from scratch, in one transaction; (claims, groups, conflicts)."""
    with sessions(writer(engine)).begin() as s:
        lock_for_write(s)
        repo = Repository(s)
        maintain.rebuild(repo)
        return repo.counts()


def update_groups(engine: Engine, added: Iterable[str]) -> tuple[int, int, int]:
    """The groups `added` claims can change, rebuilt in one transaction (ingest does it in
    each article's own); (claims, groups, conflicts)."""
    with sessions(writer(engine)).begin() as s:
        lock_for_write(s)
        repo = Repository(s)
        maintain.regroup(repo, list(added))
        return repo.counts()


def ingest(engine: Engine, paths: Iterable[str | Path], progress: Progress | None = None,
           on_files: Callable[[int], None] | None = None, urls: Sequence[str] = (),
           timeout: float = TIMEOUT, workers: int = 1, follow_links: bool = False) -> IngestReport:
    """Ingest files and URLs. With `workers` > 1, articles are analysed in that many worker
    processes while this one writes their results, one transaction per article, in order."""
    ensure_schema(engine)
    report = IngestReport()
    files = collect(paths, report, follow_links)
    if on_files:
        on_files(len(files) + len(urls))
    run = Run()
    sources: list[tuple[str, Callable[[], list]]] = [(str(p), lambda p=p: read_documents(p)) for p in files]
    sources += [(u, lambda u=u: read_url(u, timeout)) for u in urls]
    if workers > 1:
        done = _ingest_parallel(engine, sources, report, run, workers)
    else:
        done = ((where, _ingest_read(engine, where, read, report, run=run)) for where, read in sources)
    for where, status in done:
        if progress:
            progress(where, status)
    # groups were kept up to date article by article; nothing new: only hashes were read
    with sessions(engine)() as s:
        report.claims, report.groups, report.conflicts = Repository(s).counts()
    checkpoint(engine)
    return report


_WORKER_PIPELINES: list = []


def _worker_init() -> None:
    """A worker dies with the process that started it (Linux: a killed ingest leaves no
    worker behind)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _analyze_in_worker(doc: SourceDocument) -> Analysis | str:
    if not _WORKER_PIPELINES:
        from claimtrack.nlp.pipeline import Pipelines
        _WORKER_PIPELINES.append(Pipelines())
    return _analyze(doc, _WORKER_PIPELINES[0])


def _ingest_parallel(engine: Engine, sources: list[tuple[str, Callable[[], list]]], report: IngestReport,
                     run: Run, workers: int):
    """Read and look up every source here first (cheap: hashes); analyse what changed in a
    pool of processes (each loads its own models) when two articles or more need it, else
    here; write each result here, in source order, as it comes: at most 2 x workers
    analyses wait in memory. The pool starts as soon as a second article needs analysing,
    so the workers load their models while the remaining sources are looked up. Yields
    (source, status) in order."""
    import contextlib
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    window = 2 * workers
    stack = contextlib.ExitStack()
    pool: ProcessPoolExecutor | None = None
    futures: deque = deque()
    todo: list = []
    plan: list[tuple[str, list]] = []  # (where, [status | doc to analyse])
    for where, read in sources:
        items = _read(where, read, report)
        if items is None:
            plan.append((where, ["rejected"]))
            continue
        entries: list = []
        for item in items:
            if isinstance(item, SourceError):
                report.reject(item.path, item.problem)
                entries.append("rejected")
                continue
            if _collides(item, report):
                entries.append("rejected")
                continue
            with sessions(engine)() as s:
                settled = _settled(Repository(s), item, report)
            entries.append(settled or item)
            if not settled:
                todo.append(item)
                if pool is None and len(todo) == 2:
                    # spawned, not forked: a worker must not inherit this process's database connections
                    # (a forked copy of a killed ingest's connection would keep its write lock forever)
                    pool = stack.enter_context(ProcessPoolExecutor(
                        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init))
                if pool is not None:
                    while len(futures) < window and len(futures) < len(todo):  # the first window
                        futures.append(pool.submit(_analyze_in_worker, todo[len(futures)]))
        plan.append((where, entries))
    if pool is None:  # one article: no pool, its models load here once
        for where, entries in plan:
            yield where, _status([e if isinstance(e, str) else store_analysis(engine, e, _analyze(e, run.pipelines),
                                                                               report, run) for e in entries])
        return
    with stack:
        queue = iter(todo[len(futures):])
        for where, entries in plan:
            statuses = []
            for e in entries:
                if isinstance(e, str):
                    statuses.append(e)
                    continue
                analysis = futures.popleft().result()
                nxt = next(queue, None)
                if nxt is not None:
                    futures.append(pool.submit(_analyze_in_worker, nxt))
                statuses.append(store_analysis(engine, e, analysis, report, run))
            yield where, _status(statuses)
