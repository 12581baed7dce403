"""The claimtrack command line: thin commands over the library.

Exit codes: 0 done; 1 done, but some input was rejected or `check` found unreviewed
changes; 2 usage error; 3 nothing matches (unknown entity or id); 4 the database
cannot be used (unreachable, locked too long, not a claimtrack database).
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimtrack.store.db import display_url, make_engine
from claimtrack.terminal import block, line, markup

EXAMPLES = """

\b
Examples:
  claimtrack ingest                      # read data/sources/ into ./claimtrack.db
  claimtrack timeline meta               # Meta's reconciled timeline with provenance
  claimtrack export --format json > kb.json
  claimtrack explain g1a2b3c4d5e6        # why a group's claims were linked
  claimtrack check                       # CI: what the sources change against data/reviewed.json
  claimtrack --db postgresql://user@host/claimtrack ingest data/sources

\b
Exit codes: 0 done; 1 some input rejected, or check found unreviewed changes;
2 usage error; 3 no such entity or id; 4 database unreachable or unusable.
"""

app = typer.Typer(help="Turn a folder of news articles into a reconciled knowledge base of attributed claims, "
                  "each with its outlet, cited source and sentence; print timelines with provenance." + EXAMPLES, no_args_is_help=True, rich_markup_mode=None, add_completion=False)
db_app = typer.Typer(help="Database schema (Alembic migrations shipped in migrations/).", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _err():
    """A Rich console on stderr, made when a message is printed: importing Rich costs a
    read-only command (`timeline`) about 20 ms it does not otherwise need."""
    from rich.console import Console
    return Console(stderr=True, highlight=False, soft_wrap=True)


class Format(str, Enum):
    text = "text"
    json = "json"


@dataclass
class Settings:
    """The global options, carried in Typer's context (ctx.obj) to every command."""
    db: str | None = None
    quiet: bool = False


def _settings(ctx: typer.Context) -> Settings:
    return ctx.find_object(Settings) or Settings()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[Optional[str], typer.Option(
        "--db", envvar="CLAIMTRACK_DB", show_envvar=True,
        help="Database URL (sqlite:///path.db, postgresql://user:pass@host/name) or a SQLite file path. "
             "Default: ./claimtrack.db")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summaries on stderr.")] = False,
) -> None:
    settings = ctx.ensure_object(Settings)  # main() passes one in, to name the database if it fails
    settings.db = db
    settings.quiet = quiet


def _engine(ctx: typer.Context, read_only: bool = False):
    """The database engine (read_only: a SQLite file opened read-only, never created);
    disposed at exit, so SQLite's WAL is checkpointed. A URL claimtrack
    cannot use is a usage error (exit 2), said without its password."""
    import atexit

    from claimtrack.store.db import BadURL
    try:
        engine = make_engine(_settings(ctx).db, read_only=read_only)
    except BadURL as exc:
        _fail(str(exc), 2)
    atexit.register(engine.dispose)
    return engine


def _fail(message: str, code: int = 3) -> None:
    _err().print(f"claimtrack: {message}", markup=False)
    raise typer.Exit(code)


def _no_database_file(ctx: typer.Context) -> None:
    """Exit 1 when --db names a SQLite file that does not exist (a read creates nothing)."""
    from claimtrack.store.db import BadURL, sqlite_path
    try:
        path = sqlite_path(_settings(ctx).db)
    except BadURL as exc:
        _fail(str(exc), 2)
    if path is not None and not path.exists():
        _fail(f"no database at {line(path)}: run `claimtrack ingest` first, or give --db", 1)


def _repo_session(ctx: typer.Context):
    """A read-only session on a claimtrack database at the current schema (never creates,
    converts or writes the database; another program's database: exit 4)."""
    from claimtrack.store.db import NotClaimtrack, head_revision, sessions, verify
    _no_database_file(ctx)
    engine = _engine(ctx, read_only=True)
    try:
        revision = verify(engine)
    except NotClaimtrack as exc:
        _fail(line(exc), 4)
    db = _settings(ctx).db
    if revision is None:
        _fail(f"the database {display_url(db)} is empty: run `claimtrack ingest` first", 1)
    if revision != head_revision(engine):
        _fail(f"the database {display_url(db)} is not up to date: run `claimtrack db upgrade` first", 1)
    return sessions(engine)()


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Article files or folders (default: data/sources).", show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", help="Summary as text or JSON.")] = Format.text,
    urls: Annotated[Optional[Path], typer.Option(
        "--urls", help="Also fetch the pages or feeds listed in this file (one URL a line, # comments).",
        show_default=False)] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for each URL.")] = 10.0,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Read symbolic links that lead out of a sources folder (refused by default).")]
    = False,
    workers: Annotated[int, typer.Option(
        "--workers", min=0, help="Processes analysing articles while this one writes them (0: one per core, "
                                 "at most 4; 1: all in this process).")] = 0,
) -> None:
    """Read articles into the knowledge base: text files (.txt, .md with optional YAML
    front matter), saved web pages (.html, .htm: main text, title, author, site and date
    are taken from the page) and RSS/Atom feeds (.rss, .atom, .xml: one article per entry).

    Each article is one transaction: a bad file, feed entry or URL is reported on one line
    and skipped, the others are ingested, and the exit code is 1 at the end. Unchanged
    articles are skipped by content hash; a changed one replaces its old claims.

    \b
    Examples:
      claimtrack ingest data/sources
      claimtrack ingest saved-pages/ feeds/techcrunch.rss
      claimtrack ingest --urls reading-list.txt --timeout 20
    """
    from claimtrack.ingest import ingest as run
    from claimtrack.sources.fetch import read_url_list
    from claimtrack.sources.reader import SourceError
    from claimtrack.store.db import NotClaimtrack

    try:
        url_list = read_url_list(urls) if urls else []
    except SourceError as exc:
        _fail(str(exc), 2)
    targets = paths or ([] if urls else [Path("data/sources")])
    engine = _engine(ctx)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = _err()
    bar_on = not _settings(ctx).quiet and err.is_terminal  # a log gets one line per file instead
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not bar_on, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_files(n: int) -> None:
            bar.update(task, total=n)

        def progress(path: str, status: str) -> None:
            bar.update(task, advance=1, description=f"{markup(Path(path).name, 80)}: {status}")
            if not bar_on and not _settings(ctx).quiet:
                err.print(f"{line(path)}: {status}", markup=False)
        try:
            report = run(engine, targets, progress=progress, on_files=on_files, urls=url_list, timeout=timeout,
                         workers=workers or min(os.cpu_count() or 1, 4), follow_links=follow_links)
        except NotClaimtrack as exc:
            _fail(line(exc), 4)
        finally:
            engine.dispose()
    _print_problems(report)
    if format is Format.json:
        typer.echo(json.dumps({"new": report.new, "replaced": report.replaced, "unchanged": report.unchanged,
                               "rejected": [{"path": p, "problem": m} for p, m in report.rejected],
                               "notes": [{"path": p, "note": m} for p, m in report.notes],
                               "claims": report.claims, "claims_added": report.claims_added,
                               "groups": report.groups, "conflicts": report.conflicts}, indent=2))
    else:
        typer.echo(report.summary())
    if not report.ok:
        raise typer.Exit(1)


def _print_problems(report) -> None:
    """One line per rejected file and per note, every name and reason escaped and bounded."""
    for path, problem in report.rejected:
        _err().print(f"claimtrack: rejected {line(path)}: {line(problem, 200)}", markup=False)
    for path, note in getattr(report, "notes", ()):
        _err().print(f"claimtrack: note {line(path)}: {line(note, 200)}", markup=False)


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


def _statuses(values: list[str] | None) -> tuple[str, ...]:
    from claimtrack.report.timeline import STATUSES, status_named
    out = []
    for v in values or []:
        named = status_named(v)
        if named is None:
            raise typer.BadParameter(f"{v!r} is not a status; one of: {', '.join(STATUSES)}",
                                     param_hint="'--status'")
        out.append(named)
    return tuple(dict.fromkeys(out))


def _write(text: str, output: Path | None, terminal: bool = False, quiet: bool = False) -> None:
    """`text` to `output` or stdout; `terminal`: a text for people, its control
    characters escaped when it goes to stdout (JSON is never touched)."""
    if output is None:
        sys.stdout.write(block(text) if terminal else text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {line(output)}: {exc.strerror or exc}", 2)
    if not quiet:
        _err().print(f"wrote {line(output)}", markup=False)


@app.command()
def timeline(
    ctx: typer.Context,
    entity: Annotated[str, typer.Argument(help="Entity name; fuzzy: meta, META, Meta Platforms all find Meta.")],
    format: Annotated[ReportFormat, typer.Option(
        "--format", help="text for people, json for tools, markdown for a pull request or a note, html for "
                         "one self-contained page to open in a browser or send.")] = ReportFormat.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to a file instead of stdout.",
                                                   show_default=False)] = None,
    all_claims: Annotated[bool, typer.Option("--all", help="Also show claims with no relation of the lexicon.")]
    = False,
    since: Annotated[Optional[datetime], typer.Option(
        "--since", formats=["%Y-%m-%d"], help="Only entries dated on or after this day (YYYY-MM-DD); an "
                                              "interval counts when it overlaps.", show_default=False)] = None,
    until: Annotated[Optional[datetime], typer.Option(
        "--until", formats=["%Y-%m-%d"], help="Only entries dated on or before this day.", show_default=False)]
    = None,
    status: Annotated[Optional[list[str]], typer.Option(
        "--status", help="Only entries with this status: corroborated, single (source), contested, superseded. "
                         "Repeat for several.", show_default=False)] = None,
    min_origins: Annotated[int, typer.Option(
        "--min-origins", min=0, help="Only entries backed by at least this many independent origins.")] = 0,
    outlet: Annotated[Optional[list[str]], typer.Option(
        "--outlet", help="Only entries with a report from this outlet or citing it (a word of its name, any "
                         "case). Repeat for several.", show_default=False)] = None,
) -> None:
    """Print an entity's reconciled timeline: dated entries, each a group of agreeing
    claims with how many independent sources back it, every source's outlet, date and
    sentence, and the conflicts beside the entries they oppose. The scope includes what
    the entity develops or owns (for Meta: Avocado, Behemoth, Llama...). The filters
    apply alike to every format; exit code 3 when they leave no entry.

    \b
    Examples:
      claimtrack timeline meta
      claimtrack timeline meta --format html -o meta.html
      claimtrack timeline meta --since 2025-12-01 --status contested --min-origins 2 --outlet Bloomberg
    """
    from claimtrack.report.timeline import TimelineFilter, filter_timeline, render, timeline_from_store
    from claimtrack.store.repository import Repository

    filters = TimelineFilter(since=since.date() if since else None, until=until.date() if until else None,
                             statuses=_statuses(status), min_origins=min_origins, outlets=tuple(outlet or ()))
    if filters.since and filters.until and filters.since > filters.until:
        _fail(f"--since {filters.since} is after --until {filters.until}", 2)
    with _repo_session(ctx) as s:
        repo = Repository(s)
        tl = timeline_from_store(repo, entity, include_other=all_claims)  # only the entity's scope is read
        if tl is None:
            known = [n for n, _, _ in repo.entity_names()]
            _no_entity(entity, known, [n for n in repo.top_subjects(20) if n in set(known)][:5])
        name = tl.entity
    full = len(tl.entries)
    if filters.active:
        tl = filter_timeline(tl, filters)
    if format is ReportFormat.json:
        text = tl.model_dump_json(indent=2) + "\n"
    elif format is ReportFormat.markdown:
        from claimtrack.report.markdown import render_timeline
        text = render_timeline(tl)
    elif format is ReportFormat.html:
        from claimtrack.report.html import render_timeline
        text = render_timeline(tl)
    else:
        text = render(tl)
    _write(text, output, terminal=format is not ReportFormat.json, quiet=_settings(ctx).quiet)
    if filters.active and full and not tl.entries:
        if not _settings(ctx).quiet:
            _err().print(f"claimtrack: no entry of {line(name)}'s {full} matches {filters.describe()}", markup=False)
        raise typer.Exit(3)


def _no_entity(query: str, known: list[str], most: list[str] = ()) -> None:
    """Exit 3: the query (shortened, escaped) names no entity; the closest names offered
    (for a query too short to compare, the entities with most claims)."""
    from claimtrack.report.timeline import closest_names, query_problem
    why = query_problem(query)
    near = closest_names(query, known) if not why else list(most)
    offer = f"; known names include: {line(', '.join(near))}" if near else ""
    _fail(f"no entity matches '{line(query, 80)}'{f' ({why})' if why else ''}{offer} "
          "(`claimtrack export` lists everything known)")


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[Format, typer.Option("--format", help="Only json is an export format.")] = Format.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to a file instead of stdout.")]
    = None,
) -> None:
    """Print the whole knowledge base as JSON (schema claimtrack.export/1): articles,
    claims with provenance, groups and conflicts, every id stable across runs.

    Example: claimtrack export --format json > kb.json
    """
    from claimtrack.report.export import dumps, export as build
    from claimtrack.store.repository import Repository

    if format is not Format.json:
        _fail("export supports --format json only", 2)
    with _repo_session(ctx) as s:
        repo = Repository(s)
        text = dumps(build(repo.articles(), repo.claims(), repo.groups(), repo.conflicts()))
    _write(text, output)


@app.command()
def explain(
    ctx: typer.Context,
    id: Annotated[str, typer.Argument(help="A group (g...), conflict (x...) or claim (c...) id.")],
) -> None:
    """Explain why claims were linked into a group, or opposed in a conflict, level by
    level (subject, relation, object, value, time, polarity, modality).

    Example: claimtrack explain g1a2b3c4d5e6
    """
    from claimtrack.report import explain as ex
    from claimtrack.store.repository import Repository

    with _repo_session(ctx) as s:
        repo = Repository(s)
        groups = {g.id: g for g in repo.groups()}
        conflicts = {x.id: x for x in repo.conflicts()}
        if id in groups:
            g = groups[id]
            claims = {c.id: c for c in repo.claims(g.claims)}
            typer.echo(ex.explain_group(g, claims, repo.decisions(g.claims)), nl=False)
        elif id in conflicts:
            x = conflicts[id]
            ids = {c for pair in x.claim_pairs for c in pair}
            claims = {c.id: c for c in repo.claims(ids)}
            typer.echo(ex.explain_conflict(x, groups, claims, repo.decisions(ids)), nl=False)
        else:
            found = repo.claims([id])
            if not found:
                _fail(f"no group, conflict or claim has id '{line(id, 80)}'")
            typer.echo(ex.explain_claim(found[0], list(groups.values())), nl=False)


class CheckFormat(str, Enum):
    text = "text"
    markdown = "markdown"


@app.command()
def check(
    ctx: typer.Context,
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Sources (default: data/sources).",
                                                          show_default=False)] = None,
    snapshot: Annotated[Path, typer.Option("--snapshot", help="The reviewed snapshot to compare with.")]
    = Path("data/reviewed.json"),
    accept: Annotated[bool, typer.Option("--accept", help="Record the new state as reviewed.")] = False,
    format: Annotated[CheckFormat, typer.Option(
        "--format", help="text for the terminal and CI logs, markdown for a pull request comment.")]
    = CheckFormat.text,
) -> None:
    """Validate every source, rebuild the knowledge base in a throw-away database and
    compare it with the reviewed snapshot: new groups, groups that gained or lost
    sources, new and resolved conflicts, lost claims. Exits 1 on an invalid file, an
    unreviewed new conflict or a lost claim. Never touches --db.

    \b
    Examples:
      claimtrack check
      claimtrack check --accept            # after review
      claimtrack check --format markdown   # a pull request comment
    """
    from claimtrack.check import render, render_markdown, run_check

    report, old, new = run_check(paths or [Path("data/sources")], snapshot, accept)
    show = render_markdown if format is CheckFormat.markdown else render
    typer.echo(block(show(report, old, new, snapshot, accept)), nl=False)  # names and sentences escaped
    if report.ingest.rejected or (report.failed and not accept):
        raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Create or upgrade the schema. Example: claimtrack --db sqlite:///kb.db db upgrade"""
    from claimtrack.store.db import current_revision, upgrade
    engine = _engine(ctx)
    upgrade(engine, revision)
    typer.echo(f"{display_url(_settings(ctx).db)}: at revision {current_revision(engine)}")


@db_app.command("downgrade")
def db_downgrade(ctx: typer.Context,
                 revision: Annotated[str, typer.Argument(help="Target revision, e.g. base.")]) -> None:
    """Downgrade the schema. Example: claimtrack db downgrade base"""
    from claimtrack.store.db import current_revision, downgrade
    engine = _engine(ctx)
    downgrade(engine, revision)
    typer.echo(f"{display_url(_settings(ctx).db)}: at revision {current_revision(engine) or 'base'}")


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Print the schema revision. Example: claimtrack db current"""
    from claimtrack.store.db import current_revision, head_revision
    _no_database_file(ctx)
    engine = _engine(ctx, read_only=True)
    cur, head = current_revision(engine), head_revision(engine)
    typer.echo(f"{display_url(_settings(ctx).db)}: at revision {cur or 'base'} (head {head})")


def main() -> None:
    from sqlalchemy.exc import DBAPIError

    from claimtrack.store.db import BadURL, NotClaimtrack
    settings = Settings()
    try:
        app(obj=settings)
    except DBAPIError as exc:  # one line an analyst can act on, not a traceback
        _err().print(f"claimtrack: database {display_url(settings.db)}: {line(exc.orig or exc, 300)}", markup=False)
        sys.exit(4)
    except NotClaimtrack as exc:
        _err().print(f"claimtrack: {line(exc)}", markup=False)
        sys.exit(4)
    except BadURL as exc:
        _err().print(f"claimtrack: {line(exc)}", markup=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
