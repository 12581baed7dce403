"""`claimtrack check`: validate the sources, rebuild the knowledge base in a throw-away
database, and compare it with the reviewed snapshot committed in the repository.

The snapshot (data/reviewed.json) names groups, their member sentences and the
conflicts by stable id. Any new conflict or lost claim that nobody reviewed fails the
check; `--accept` records the new state after review.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.ingest import IngestReport, ingest
from claimtrack.store.db import make_engine, sessions
from claimtrack.store.repository import Repository

SCHEMA = "claimtrack.reviewed/1"


def snapshot_of(url: str) -> dict:
    engine = make_engine(url)
    try:
        with sessions(engine)() as s:
            repo = Repository(s)
            claims = {c.id: c for c in repo.claims()}
            groups = repo.groups()
            conflicts = repo.conflicts()
            articles = repo.articles()
    finally:
        engine.dispose()
    return {
        "schema": SCHEMA,
        "articles": {a.id: a.content_hash for a in articles},
        "claims": {cid: {"article": c.article, "sentence": c.evidence, "relation": c.relation,
                         "subject": c.subject, "object": c.object}
                   for cid, c in sorted(claims.items())},
        "groups": {g.id: {"statement": g.statement, "status": g.status, "claims": list(g.claims),
                          "sources": sorted({f"{claims[c].outlet or claims[c].article}" for c in g.claims})}
                   for g in groups},
        "conflicts": {x.id: {"groups": list(x.groups), "kind": x.kind, "reason": x.reason} for x in conflicts},
    }


@dataclass
class CheckReport:
    ingest: IngestReport
    new_groups: list[str] = field(default_factory=list)
    removed_groups: list[str] = field(default_factory=list)
    changed_groups: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # (id, gained, lost)
    new_conflicts: list[str] = field(default_factory=list)
    resolved_conflicts: list[str] = field(default_factory=list)
    lost_claims: list[str] = field(default_factory=list)
    new_claims: list[str] = field(default_factory=list)
    had_snapshot: bool = True

    @property
    def failed(self) -> bool:
        return bool(self.ingest.rejected or self.new_conflicts or self.lost_claims or not self.had_snapshot)

    @property
    def changed(self) -> bool:
        return any((self.new_groups, self.removed_groups, self.changed_groups, self.new_conflicts,
                    self.resolved_conflicts, self.lost_claims, self.new_claims))


def diff(old: dict, new: dict, report: CheckReport) -> None:
    og, ng = old.get("groups", {}), new["groups"]
    report.new_groups = sorted(set(ng) - set(og))
    report.removed_groups = sorted(set(og) - set(ng))
    for gid in sorted(set(og) & set(ng)):
        a, b = set(og[gid]["claims"]), set(ng[gid]["claims"])
        if a != b:
            report.changed_groups.append((gid, sorted(b - a), sorted(a - b)))
    oc, nc = old.get("conflicts", {}), new["conflicts"]
    report.new_conflicts = sorted(set(nc) - set(oc))
    report.resolved_conflicts = sorted(set(oc) - set(nc))
    ocl, ncl = old.get("claims", {}), new["claims"]
    report.lost_claims = sorted(set(ocl) - set(ncl))
    report.new_claims = sorted(set(ncl) - set(ocl))


def run_check(sources: list[Path], snapshot: Path, accept: bool = False) -> tuple[CheckReport, dict, dict]:
    with tempfile.TemporaryDirectory(prefix="claimtrack-check-") as tmp:
        url = f"sqlite:///{tmp}/check.db"
        engine = make_engine(url)
        try:
            ingest_report = ingest(engine, sources)
        finally:
            engine.dispose()
        new = snapshot_of(url)
    old = json.loads(snapshot.read_text(encoding="utf-8")) if snapshot.exists() else {}
    report = CheckReport(ingest=ingest_report, had_snapshot=bool(old) or accept)
    diff(old, new, report)
    if accept and not ingest_report.rejected:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return report, old, new


def render(report: CheckReport, old: dict, new: dict, snapshot: Path, accept: bool) -> str:
    lines = []
    ir = report.ingest
    n_art = len(ir.new) + len(ir.replaced) + len(ir.unchanged)
    lines.append(f"check: {n_art} article(s) valid, {len(ir.rejected)} rejected; rebuilt: {ir.claims} claims, "
                 f"{ir.groups} groups, {ir.conflicts} conflicts")
    for path, problem in ir.rejected:
        lines.append(f"  ! invalid {path}: {problem}")
    if not report.had_snapshot:
        lines.append(f"no reviewed snapshot at {snapshot}: review the knowledge base, then run "
                     f"`claimtrack check --accept`")
        return "\n".join(lines) + "\n"
    if not report.changed:
        lines.append(f"no change against {snapshot}")
    else:
        lines.append(f"changes against {snapshot}:")
    ng, og = new["groups"], old.get("groups", {})

    def sentence(cid: str, side: dict) -> str:
        c = side["claims"].get(cid, {})
        return f"{c.get('article', '?')}: “{' '.join(str(c.get('sentence', '')).split())}”"

    for gid in report.new_groups:
        g = ng[gid]
        lines.append(f"  + new group {gid}: {g['statement']} ({len(g['claims'])} report(s))")
    for gid, gained, lost in report.changed_groups:
        lines.append(f"  ~ group {gid} ({ng[gid]['statement']}): {len(gained)} source(s) gained, "
                     f"{len(lost)} lost")
        lines += [f"      + {sentence(c, new)}" for c in gained]
        lines += [f"      - {sentence(c, old)}" for c in lost]
    for gid in report.removed_groups:
        lines.append(f"  - group gone {gid}: {og[gid]['statement']}")
    for xid in report.new_conflicts:
        x = new["conflicts"][xid]
        a, b = (ng.get(g, {}).get("statement", g) for g in x["groups"])
        lines.append(f"  ! NEW CONFLICT {xid}: “{a}” vs “{b}”: {x['reason']}")
    for xid in report.resolved_conflicts:
        lines.append(f"  - conflict resolved {xid}")
    for cid in report.lost_claims:
        lines.append(f"  ! LOST CLAIM {cid} {sentence(cid, old)}")
    if report.new_claims:
        lines.append(f"  + {len(report.new_claims)} new claim(s)")
    if accept:
        lines.append("accepted: snapshot updated" if not ir.rejected else "not accepted: fix the invalid files first")
    elif report.failed:
        lines.append(f"FAILED: {len(report.new_conflicts)} unreviewed new conflict(s), "
                     f"{len(report.lost_claims)} lost claim(s), {len(ir.rejected)} invalid file(s); "
                     f"after review run `claimtrack check --accept`")
    else:
        lines.append("OK")
    return "\n".join(lines) + "\n"


def render_markdown(report: CheckReport, old: dict, new: dict, snapshot: Path, accept: bool) -> str:
    """The same report as Markdown, for a pull request comment: verdict first, then what changed."""
    from claimtrack.report.markdown import code, escape

    ir = report.ingest
    ng, og = new["groups"], old.get("groups", {})
    if accept:
        verdict = ("✅ accepted: snapshot updated" if not ir.rejected
                   else "❌ not accepted: fix the invalid files first")
    elif not report.had_snapshot:
        verdict = "❌ no reviewed snapshot yet"
    elif report.failed:
        verdict = "❌ FAILED"
    else:
        verdict = "✅ OK"
    n_art = len(ir.new) + len(ir.replaced) + len(ir.unchanged)
    lines = [f"## claimtrack check: {verdict}", "",
             f"{n_art} article(s) valid, {len(ir.rejected)} rejected; rebuilt: {ir.claims} claims, "
             f"{ir.groups} groups, {ir.conflicts} conflicts; compared with {code(str(snapshot))}", ""]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend([f"### {title}", "", *items, ""])

    def sentence(cid: str, side: dict) -> str:
        c = side["claims"].get(cid, {})
        return f"{escape(c.get('article', '?'))}: “{escape(c.get('sentence', ''))}”"

    section("Invalid files", [f"- {code(p)}: {escape(m)}" for p, m in ir.rejected])
    if not report.had_snapshot:
        lines.append("Review the knowledge base, then run `claimtrack check --accept` and commit the snapshot.")
        return "\n".join(lines).rstrip() + "\n"
    conflicts = []
    for xid in report.new_conflicts:
        x = new["conflicts"][xid]
        a, b = (ng.get(g, {}).get("statement", g) for g in x["groups"])
        conflicts.append(f"| `{xid}` | {escape(a)} | {escape(b)} | {escape(x['reason'])} |")
    if conflicts:
        section("New conflicts (need review)", ["| conflict | one side | the other side | why |",
                                                "|---|---|---|---|", *conflicts])
    section("Lost claims (need review)", [f"- `{cid}` {sentence(cid, old)}" for cid in report.lost_claims])
    changed = []
    for gid, gained, lost in report.changed_groups:
        changed.append(f"- `{gid}` {escape(ng[gid]['statement'])}: {len(gained)} source(s) gained, {len(lost)} lost")
        changed += [f"  - ➕ {sentence(c, new)}" for c in gained]
        changed += [f"  - ➖ {sentence(c, old)}" for c in lost]
    section("Groups that gained or lost sources", changed)
    section("New groups", [f"- `{gid}` {escape(ng[gid]['statement'])} ({len(ng[gid]['claims'])} report(s))"
                           for gid in report.new_groups])
    section("Groups gone", [f"- `{gid}` {escape(og[gid]['statement'])}" for gid in report.removed_groups])
    section("Resolved conflicts", [f"- `{xid}`" for xid in report.resolved_conflicts])
    if report.new_claims:
        lines += [f"{len(report.new_claims)} new claim(s).", ""]
    if not report.changed:
        lines += ["No change against the reviewed snapshot.", ""]
    elif report.failed and not accept:
        lines += [f"{len(report.new_conflicts)} unreviewed new conflict(s), {len(report.lost_claims)} lost claim(s), "
                  f"{len(ir.rejected)} invalid file(s): after review run `claimtrack check --accept` and commit "
                  f"{code(str(snapshot))}.", ""]
    return "\n".join(lines).rstrip() + "\n"
