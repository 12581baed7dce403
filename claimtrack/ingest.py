"""Ingest: source files -> analysed articles -> rows -> links -> groups and conflicts.

One transaction per article: a file that fails leaves nothing half-written, and
every other file is still ingested. An unchanged file (same content hash) is
skipped; a changed one replaces its old claims. New claims are reconciled only
against the claims that share a block key with them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from claimtrack.analyze import analyze
from claimtrack.nlp.pipeline import Pipelines
from claimtrack.models import SourceDocument
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.reconcile import cluster
from claimtrack.reconcile.blocking import block_keys, probe_keys
from claimtrack.reconcile.engine import Reconciler
from claimtrack.sources.fetch import TIMEOUT, read_url
from claimtrack.sources.reader import SourceError, find_sources, read_documents
from claimtrack.store.db import ensure_schema, lock_for_write, sessions
from claimtrack.store.repository import Repository


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (path, problem)
    unread: dict[str, list[str]] = field(default_factory=dict)  # language -> articles no pipeline reads
    claims_added: int = 0
    claims: int = 0
    groups: int = 0
    conflicts: int = 0

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


def collect(paths: Iterable[str | Path], report: IngestReport) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(find_sources(p))
        except SourceError as exc:
            report.rejected.append((exc.path, exc.problem))
    return files


def _settled(repo: Repository, doc: SourceDocument, report: IngestReport) -> str | None:
    """"unchanged" or "rejected" (a duplicate under another name) if `doc` needs no
    ingest, recorded in the report; None if it must be stored."""
    old = repo.article(doc.id)
    if old is not None and old.content_hash == doc.content_hash:
        report.unchanged.append(doc.id)
        return "unchanged"
    twin = repo.article_with_hash(doc.content_hash)
    if twin is not None and twin.id != doc.id:
        report.rejected.append((doc.source, f"same content as article {twin.id} ({twin.source}): "
                                            f"a duplicate under another name"))
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
        report.rejected.append((exc.path, exc.problem))
        return "rejected"
    except Exception as exc:  # a parser's bug on one hostile page or feed must not lose the others
        report.rejected.append((where, f"could not be read: {type(exc).__name__}: {exc}"))
        return "rejected"
    statuses = []
    for item in items:
        if isinstance(item, SourceError):
            report.rejected.append((item.path, item.problem))
            statuses.append("rejected")
        else:
            statuses.append(ingest_document(engine, item, report, pipelines))
    if len(statuses) == 1:
        return statuses[0]
    return ", ".join(f"{statuses.count(s)} {s}" for s in dict.fromkeys(statuses))


def ingest_document(engine: Engine, doc: SourceDocument, report: IngestReport,
                    pipelines: Pipelines | None = None) -> str:
    """Ingest one article in one transaction; returns its status."""
    Session = sessions(engine)
    with Session() as s:  # a cheap look first: most files of a re-run are unchanged
        settled = _settled(Repository(s), doc, report)
    if settled:
        return settled
    try:
        analysis = analyze(doc, pipelines or Pipelines())
    except Exception as exc:  # a bug on one article must not lose the others
        report.rejected.append((doc.source, f"could not be analysed: {type(exc).__name__}: {exc}"))
        return "rejected"
    doc = analysis.article
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
    with sessions(engine).begin() as s:
        lock_for_write(s)
        repo = Repository(s)
        claims = repo.claims()
        groups, conflicts = cluster.build(claims, repo.decisions())
        repo.replace_groups(groups, conflicts)
        return len(claims), len(groups), len(conflicts)


def ingest(engine: Engine, paths: Iterable[str | Path], progress: Progress | None = None,
           on_files: Callable[[int], None] | None = None, urls: Sequence[str] = (),
           timeout: float = TIMEOUT) -> IngestReport:
    ensure_schema(engine)
    report = IngestReport()
    files = collect(paths, report)
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
