"""Groups and conflicts -> an entity's timeline with provenance."""
from __future__ import annotations

import datetime as dt
import re
import textwrap

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from claimtrack.extract.relations import OPEN
from claimtrack.models import Claim, Conflict, Group
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.descriptions import parse_description
from claimtrack.terminal import line as _safe

FUZZY_ENTITY_CUTOFF = 80.0


STATUSES = ("corroborated", "single source", "contested", "superseded")  # what cluster.build gives groups


class SourceLine(BaseModel):
    claim: str
    article: str
    outlet: str | None
    published: dt.date | None
    modality: str
    polarity: str
    cited: str | None
    quote: str
    span: tuple[int, int] | None = None  # the claim's clause within `quote`, when it can be found
    language: str | None = None  # the article's


class ConflictNote(BaseModel):
    conflict: str
    other_group: str
    other_statement: str
    reason: str


class Entry(BaseModel):
    date: str  # what the entry is sorted and shown by
    dated_by: str  # "event" (the claims say when) or "report" (first report's date)
    group: str
    statement: str
    status: str
    reports: int
    independent_origins: int
    origins: list[str]
    sources: list[SourceLine]
    conflicts: list[ConflictNote]


class Timeline(BaseModel):
    entity: str
    scope: list[str]
    entries: list[Entry]
    filters: str | None = None  # what the entries were narrowed to (TimelineFilter.describe)


def resolve_entity(query: str, known: list[str], gaz: Gazetteer | None = None) -> str | None:
    """Meta, META, meta, Meta Platforms -> Meta; a near miss is found with rapidfuzz."""
    if query_problem(query):
        return None
    query = " ".join(query.split())
    gaz = gaz or load_gazetteer()
    ent = gaz.resolve(query)
    if ent is not None:
        return ent.name
    folded = {k.casefold(): k for k in known}
    if query.casefold() in folded:
        return folded[query.casefold()]
    if len(query) < _query_limits()["fuzzy_min_chars"]:
        return None
    best = process.extractOne(query.casefold(), list(folded), scorer=fuzz.WRatio, score_cutoff=FUZZY_ENTITY_CUTOFF)
    return folded[best[0]] if best else None


def _query_limits() -> dict:
    from claimtrack.text.limits import limits
    return limits()["queries"]


def query_problem(query: str) -> str | None:
    """Why a query can name no entity (too short, only stop words), or None."""
    q = _query_limits()
    words = re.findall(r"\w+", query.casefold())
    if sum(len(w) for w in words) < q["min_chars"]:
        return "too short"
    if all(w in q["stop_words"] for w in words):
        return "only common words"
    return None


def closest_names(query: str, known: list[str]) -> list[str]:
    """The known names nearest to `query`, to offer when it matches none."""
    n = _query_limits()["suggestions"]
    q = " ".join(query.split()).casefold()
    if not q or not known:
        return []
    return [name for name, _, _ in process.extract(q, known, scorer=fuzz.WRatio, processor=str.casefold, limit=n)]


def scope_of(entity: str, gaz: Gazetteer | None = None) -> list[str]:
    """The entity and what it develops or owns (Meta: Avocado, Behemoth, Llama, its labs)."""
    gaz = gaz or load_gazetteer()
    out = {entity}
    frontier = [entity]
    while frontier:
        name = frontier.pop()
        for e in gaz.owned_by(name):
            if e.name not in out:
                out.add(e.name)
                frontier.append(e.name)
    return sorted(out)


def _in_scope(name: str | None, scope: set[str]) -> bool:
    if not name:
        return False
    desc = parse_description(name)
    return name in scope or bool(desc and desc[1] in scope)


def _date_key(iso: str) -> str:
    return iso.split("/")[0]


def _find_word(text: str, word: str | None) -> tuple[int, int] | None:
    """Where `word` (a subject or trigger as written, or a lemma of it) stands in `text`."""
    if not word or not word.strip():
        return None
    i = text.casefold().find(word.casefold())
    if i >= 0:
        return i, i + len(word)
    first = word.split()[0]
    if len(first) >= 5:  # a lemma ("entraîner") for an inflected form ("entraîne"): its stem, to the word's end
        m = re.search(rf"\b{re.escape(first[:-2])}\w*", text, re.I)
        if m:
            return m.start(), m.end()
    return None


def clause_span(c: Claim) -> tuple[int, int] | None:
    """The clause of `c.evidence` that states the claim: its own `span` when extraction gives one,
    else from its subject as written to its trigger (either alone when the other is not found)."""
    own = getattr(c, "span", None)
    if own:
        return tuple(own)
    found = [x for x in (_find_word(c.evidence, c.subject_text), _find_word(c.evidence, c.predicate)) if x]
    if not found:
        return None
    return min(a for a, _ in found), max(b for _, b in found)


def build_timeline(entity: str, groups: list[Group], conflicts: list[Conflict], claims: dict[str, Claim],
                   include_other: bool = False, gaz: Gazetteer | None = None,
                   languages: dict[str, str | None] | None = None,
                   statements: dict[str, str] | None = None) -> Timeline:
    """`groups`, `conflicts` and `claims` may be the whole base or only the entity's scope
    (Repository.scope), with `statements` then naming the groups across its conflicts."""
    scope = scope_of(entity, gaz)
    sset = set(scope)
    statements = {**(statements or {}), **{g.id: g.statement for g in groups}}
    notes: dict[str, list[ConflictNote]] = {}
    for x in conflicts:
        for mine, other in (x.groups, x.groups[::-1]):
            notes.setdefault(mine, []).append(ConflictNote(conflict=x.id, other_group=other,
                                                           other_statement=statements.get(other, other),
                                                           reason=x.reason))
    entries = []
    seen = {entity}  # the scope's names the entries mention: the header lists those
    for g in groups:
        members = [claims[c] for c in g.claims if c in claims]
        if not members or (g.relation == OPEN and not include_other):
            continue
        if not any(_in_scope(c.subject, sset) or _in_scope(c.object, sset) for c in members):
            continue
        seen |= {n for c in members for n in (c.subject, c.object) if n in sset}
        reported = min((c.published for c in members if c.published), default=None)
        date, dated_by = (g.when, "event") if g.when else (reported.isoformat() if reported else "undated", "report")
        sources = [SourceLine(claim=c.id, article=c.article, outlet=c.outlet, published=c.published,
                              modality=c.modality, polarity=c.polarity, cited=c.attributed_to, quote=c.evidence,
                              span=clause_span(c), language=(languages or {}).get(c.article))
                   for c in sorted(members, key=lambda c: (c.published or dt.date.max, c.article, c.start))]
        entries.append(Entry(date=date, dated_by=dated_by, group=g.id, statement=g.statement, status=g.status,
                             reports=g.reports, independent_origins=len(g.origins), origins=list(g.origins),
                             sources=sources, conflicts=sorted(notes.get(g.id, []), key=lambda n: n.conflict)))
    entries.sort(key=lambda e: (e.date == "undated", _date_key(e.date), e.group))
    return Timeline(entity=entity, scope=[n for n in scope if n in seen], entries=entries)


def timeline_from_store(repo, entity: str, include_other: bool = False) -> Timeline | None:
    """`entity`'s timeline read from a store (a Repository) through its indexes: only the
    entity's scope is loaded. None if no entity matches."""
    if query_problem(entity):
        return None  # " ", "a", "the": no entity however close
    known = load_gazetteer().resolve(entity)  # the gazetteer first: no need to list every name
    name = known.name if known else resolve_entity(entity, [n for n, _, _ in repo.entity_names()])
    if name is None:
        return None
    groups, conflicts, claims, statements = repo.scope(scope_of(name))
    languages = repo.languages({c.article for c in claims.values()})
    return build_timeline(name, groups, conflicts, claims, include_other=include_other, languages=languages,
                          statements=statements)


class TimelineFilter(BaseModel):
    """What an analyst narrows a timeline to; the same for every output format."""

    since: dt.date | None = None
    until: dt.date | None = None
    statuses: tuple[str, ...] = ()  # any of STATUSES
    min_origins: int = 0
    outlets: tuple[str, ...] = ()  # a report from this outlet, or citing it

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.statuses or self.min_origins or self.outlets)

    def describe(self) -> str:
        parts = [f"since {self.since}" if self.since else "", f"until {self.until}" if self.until else "",
                 f"status {' or '.join(self.statuses)}" if self.statuses else "",
                 f"at least {self.min_origins} independent origins" if self.min_origins else "",
                 f"outlet {' or '.join(self.outlets)}" if self.outlets else ""]
        return ", ".join(p for p in parts if p)


def status_named(query: str) -> str | None:
    """The status a user means: "contested", "Contested", "single" -> "single source"."""
    q = query.strip().casefold()
    return next((s for s in STATUSES if s == q), None) or next((s for s in STATUSES if s.startswith(q) and q), None)


def entry_dates(date: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an entry's date covers: "2025", "2025-04", "2025-04-03", "2026-03/2026-05"."""
    def bounds(iso: str) -> tuple[dt.date, dt.date]:
        parts = [int(x) for x in iso.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        day = dt.date(*parts[:3])
        return day, day
    try:
        a, _, b = date.partition("/")
        lo, hi = bounds(a)
        return (lo, bounds(b)[1]) if b else (lo, hi)
    except (ValueError, TypeError):
        return None  # "undated"


def _names(name: str | None, query: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(query)}(?!\w)", name, re.I) is not None


def keep_entry(e: Entry, f: TimelineFilter) -> bool:
    if f.since or f.until:
        span = entry_dates(e.date)
        if span is None or (f.since and span[1] < f.since) or (f.until and span[0] > f.until):
            return False
    if f.statuses and e.status not in f.statuses:
        return False
    if e.independent_origins < f.min_origins:
        return False
    if f.outlets and not any(_names(s.outlet, q) or _names(s.cited, q) for s in e.sources for q in f.outlets):
        return False
    return True


def filter_timeline(tl: Timeline, f: TimelineFilter) -> Timeline:
    """The entries of `tl` that pass `f`, whole (every report of a kept entry stays)."""
    return tl.model_copy(update={"entries": [e for e in tl.entries if keep_entry(e, f)],
                                 "filters": f.describe() or None})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(tl: Timeline, width: int = 100) -> str:
    """The timeline as text for a terminal: every value from an article (statement,
    outlet, quote, names) shown with its control characters escaped (claimtrack.terminal)."""
    lines = [f"Timeline of {_safe(tl.entity)} ({len(tl.entries)} entries; scope: {_safe(', '.join(tl.scope))})", ""]
    if tl.filters:
        lines[1:1] = [f"Filtered: {_safe(tl.filters)}"]
    if not tl.entries:
        lines.append("No entry matches these filters." if tl.filters else
                     "No reconciled claims about this entity yet: run `claimtrack ingest` first.")
    for e in tl.entries:
        when = e.date if e.dated_by == "event" else f"{e.date} (reported)"
        lines.append(f"{when}  {_safe(e.statement)}  [{e.status}]  ({e.group})")
        lines.append(f"    {_plural(e.reports, 'report')}, {_plural(e.independent_origins, 'independent origin')}"
                     f": {_safe(', '.join(e.origins))}")
        for s in e.sources:
            meta = ", ".join(x for x in (s.outlet or s.article, s.published.isoformat() if s.published else None,
                                         s.modality + ("" if s.polarity == "affirmed" else ", negated"),
                                         f"citing {s.cited}" if s.cited else None) if x)
            quote = re.sub(r"\s+", " ", s.quote)
            lines.extend(textwrap.wrap(_safe(f"- {meta}: “{quote}”"), width=width, initial_indent="    ",
                                       subsequent_indent="      "))
        for n in e.conflicts:
            lines.extend(textwrap.wrap(_safe(f"! conflicts with {n.other_group} “{n.other_statement}”: {n.reason}"),
                                       width=width, initial_indent="    ", subsequent_indent="      "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
