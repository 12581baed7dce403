"""Why claims were linked or opposed, level by level (`claimtrack explain ID`)."""
from __future__ import annotations

from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.terminal import line as _safe


def _levels(d: PairDecision) -> list[str]:
    mark = {True: "+", False: "-", None: "·"}
    return [f"      {mark[r.agrees]} {r.level:<9} {_safe(r.text())}" + (f"  [{r.code}]" if r.code else "") for r in d.levels]


def _claim_line(c: Claim) -> str:
    what = f"{c.subject} -{c.relation}-> {c.object or '∅'}"
    extra = ", ".join(x for x in (c.value.text if c.value else None, c.when.iso if c.when else None,
                                  c.polarity, c.modality, f"citing {c.attributed_to}" if c.attributed_to else None) if x)
    return f"  {c.id} [{_safe(c.article)} {c.start}:{c.end}] {_safe(what)} ({_safe(extra)})\n      “{_safe(c.evidence)}”"


def explain_group(g: Group, claims: dict[str, Claim], decisions: list[PairDecision]) -> str:
    out = [f"group {g.id}: {_safe(g.statement)}", f"  status: {g.status}; when: {g.when or 'unknown'}; "
           f"{g.reports} report(s), {len(g.origins)} independent origin(s): {_safe(', '.join(g.origins))}",
           f"  reason: {_safe(g.reason)}", "", "claims:"]
    out += [_claim_line(claims[c]) for c in g.claims if c in claims]
    members = set(g.claims)
    links = [d for d in decisions if d.kind == "link" and d.a in members and d.b in members]
    out += ["", f"links ({len(links)}):" if links else "links: none (a group of one)"]
    for d in links:
        out.append(f"  {d.a} = {d.b}")
        out += _levels(d)
    return "\n".join(out) + "\n"


def explain_conflict(x: Conflict, groups: dict[str, Group], claims: dict[str, Claim],
                     decisions: list[PairDecision]) -> str:
    out = [f"conflict {x.id} ({x.kind}) between:"]
    for gid in x.groups:
        g = groups.get(gid)
        out.append(f"  {gid}: {_safe(g.statement) if g else '?'} [{g.status if g else '?'}]")
    out += [f"  reason: {_safe(x.reason)}", "", "opposed claims:"]
    by_pair = {(d.a, d.b): d for d in decisions}
    for a, b in x.claim_pairs:
        out.append(_claim_line(claims[a]) if a in claims else f"  {a}")
        out.append(_claim_line(claims[b]) if b in claims else f"  {b}")
        d = by_pair.get((a, b))
        if d:
            out += _levels(d)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def explain_claim(c: Claim, groups: list[Group]) -> str:
    g = next((g for g in groups if c.id in g.claims), None)
    return _claim_line(c).lstrip() + "\n" + (f"  in group {g.id}: {_safe(g.statement)}\n" if g else "")
