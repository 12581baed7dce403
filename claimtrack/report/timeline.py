"""Groups and conflicts -> an entity's timeline with provenance."""
from __future__ import annotations

import datetime as dt
import re
import textwrap

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from claimtrack.extract.relations import FALLBACK
from claimtrack.models import Claim, Conflict, Group
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.nlp.mentions import parse_description

FUZZY_ENTITY_CUTOFF = 80.0


class SourceLine(BaseModel):
    claim: str
    article: str
    outlet: str | None
    published: dt.date | None
    modality: str
    polarity: str
    cited: str | None
    quote: str


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


def resolve_entity(query: str, known: list[str], gaz: Gazetteer | None = None) -> str | None:
    """Meta, META, meta, Meta Platforms -> Meta; a near miss is found with rapidfuzz."""
    gaz = gaz or load_gazetteer()
    ent = gaz.resolve(query)
    if ent is not None:
        return ent.name
    folded = {k.casefold(): k for k in known}
    if query.casefold() in folded:
        return folded[query.casefold()]
    best = process.extractOne(query.casefold(), list(folded), scorer=fuzz.WRatio, score_cutoff=FUZZY_ENTITY_CUTOFF)
    return folded[best[0]] if best else None


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


def build_timeline(entity: str, groups: list[Group], conflicts: list[Conflict], claims: dict[str, Claim],
                   include_other: bool = False, gaz: Gazetteer | None = None) -> Timeline:
    scope = scope_of(entity, gaz)
    sset = set(scope)
    statements = {g.id: g.statement for g in groups}
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
        if not members or (g.relation == FALLBACK and not include_other):
            continue
        if not any(_in_scope(c.subject, sset) or _in_scope(c.object, sset) for c in members):
            continue
        seen |= {n for c in members for n in (c.subject, c.object) if n in sset}
        reported = min((c.published for c in members if c.published), default=None)
        date, dated_by = (g.when, "event") if g.when else (reported.isoformat() if reported else "undated", "report")
        sources = [SourceLine(claim=c.id, article=c.article, outlet=c.outlet, published=c.published,
                              modality=c.modality, polarity=c.polarity, cited=c.attributed_to, quote=c.evidence)
                   for c in sorted(members, key=lambda c: (c.published or dt.date.max, c.article, c.start))]
        entries.append(Entry(date=date, dated_by=dated_by, group=g.id, statement=g.statement, status=g.status,
                             reports=g.reports, independent_origins=len(g.origins), origins=list(g.origins),
                             sources=sources, conflicts=sorted(notes.get(g.id, []), key=lambda n: n.conflict)))
    entries.sort(key=lambda e: (e.date == "undated", _date_key(e.date), e.group))
    return Timeline(entity=entity, scope=[n for n in scope if n in seen], entries=entries)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(tl: Timeline, width: int = 100) -> str:
    lines = [f"Timeline of {tl.entity} ({len(tl.entries)} entries; scope: {', '.join(tl.scope)})", ""]
    if not tl.entries:
        lines.append("No reconciled claims about this entity yet: run `claimtrack ingest` first.")
    for e in tl.entries:
        when = e.date if e.dated_by == "event" else f"{e.date} (reported)"
        lines.append(f"{when}  {e.statement}  [{e.status}]  ({e.group})")
        lines.append(f"    {_plural(e.reports, 'report')}, {_plural(e.independent_origins, 'independent origin')}"
                     f": {', '.join(e.origins)}")
        for s in e.sources:
            meta = ", ".join(x for x in (s.outlet or s.article, s.published.isoformat() if s.published else None,
                                         s.modality + ("" if s.polarity == "affirmed" else ", negated"),
                                         f"citing {s.cited}" if s.cited else None) if x)
            quote = re.sub(r"\s+", " ", s.quote)
            lines.extend(textwrap.wrap(f"- {meta}: “{quote}”", width=width, initial_indent="    ",
                                       subsequent_indent="      "))
        for n in e.conflicts:
            lines.extend(textwrap.wrap(f"! conflicts with {n.other_group} “{n.other_statement}”: {n.reason}",
                                       width=width, initial_indent="    ", subsequent_indent="      "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
