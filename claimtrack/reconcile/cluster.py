"""Links and conflicts between claims -> groups of agreeing claims and group conflicts.

Groups are the connected components of links. A group's id comes from its founding
claim (the earliest report), so it survives later articles joining it. Corroboration
counts independent origins: a cited source counts once however many outlets repeat
it, and a sentence reposted word for word counts once.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from claimtrack.extract.relations import relations
from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.reconcile.blocking import evidence_key
from claimtrack.reconcile.compare import compare
from claimtrack.reconcile.engine import no_gc

CONFLICT_SAMPLES = (4, 25)  # members per side re-compared to describe a conflict
MAX_CONFLICT_PAIRS = 20
_NEVER = dt.date.max
_PRECISION = {"day": 0, "month": 1, "season": 2, "interval": 3, "year": 4}


class UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def group_id(founder: Claim) -> str:
    """A group is named after its founding (earliest) report, so later reports keep its id."""
    return "g" + hashlib.sha1(founder.id.encode()).hexdigest()[:12]


def _founding_key(c: Claim):
    return (c.published or _NEVER, c.article, c.start, c.id)


def origin(c: Claim) -> str:
    """Where a report comes from: the named source it cites, else its outlet (an
    outlet's anonymous sources are the outlet's own reporting)."""
    if c.attributed_to and c.attributed_to != "anonymous sources":
        return c.attributed_to
    return c.outlet or c.article


def independent_origins(members: list[Claim]) -> list[str]:
    if len(members) == 1:
        return [origin(members[0])]
    first_of_sentence: dict[str, Claim] = {}
    for c in sorted(members, key=_founding_key):
        first_of_sentence.setdefault(evidence_key(c), c)  # reposts count once
    return sorted({origin(c) for c in first_of_sentence.values()})


def group_when(members: list[Claim]) -> str | None:
    whens = [c.when for c in members if c.when is not None]
    if not whens:
        return None
    if len(whens) == 1:
        return whens[0].iso
    counts = Counter(w.iso for w in whens)
    best = min(whens, key=lambda w: (-counts[w.iso], _PRECISION.get(w.precision, _PRECISION["interval"]), w.start))
    return best.iso


def _spokesman(members: list[Claim]) -> Claim:
    """The member that states the group's fact best: named subjects before descriptions
    ("Avocado" before "(model of Meta)"), then the commonest wording, then the earliest."""
    if len(members) == 1:
        return members[0]
    counts = Counter((c.subject, c.object) for c in members)
    return min(members, key=lambda c: (bool(c.subject and c.subject.startswith("(")),
                                       -counts[(c.subject, c.object)], _founding_key(c)))


def statement(c: Claim) -> str:
    rel = relations().get(c.relation)
    text = rel.statement(c.subject, c.object, c.value.text if c.value else None, c.predicate) if rel \
        else f"{c.subject} {c.relation} {c.object or ''}".strip()
    if c.polarity == "negated":
        text = f"not so: {text}"
    return text


def _canonical_conflicts(a: list[Claim], b: list[Claim]) -> list[PairDecision]:
    """The contradicting pairs between two groups (members in founding order), found from
    their members alone, so the result does not depend on which pairs ingest compared:
    the earliest members first, more only if those do not contradict."""
    for sample in CONFLICT_SAMPLES:
        out = [d for x in a[:sample] for y in b[:sample] if (d := compare(x, y)).kind == "conflict"]
        if out:
            return sorted(out, key=lambda d: (d.a, d.b))[:MAX_CONFLICT_PAIRS]
    return []


def _supersedes(a: tuple[list[Claim], Claim], b: tuple[list[Claim], Claim]) -> str | None:
    """A later report may supersede an earlier one, only for the same subject and relation:
    the id of the group all of whose reports are later, if there is one."""
    (ma, fa), (mb, fb) = a, b
    if (fa.subject, fa.relation) != (fb.subject, fb.relation):
        return None
    dates_a = [c.published for c in ma if c.published]
    dates_b = [c.published for c in mb if c.published]
    if not dates_a or not dates_b:
        return None
    if min(dates_b) > max(dates_a):
        return group_id(fb)
    if min(dates_a) > max(dates_b):
        return group_id(fa)
    return None


def build(claims: list[Claim], decisions: Iterable[PairDecision]) -> tuple[list[Group], list[Conflict]]:
    with no_gc():
        return _build(claims, decisions)


def _build(claims: list[Claim], decisions: Iterable[PairDecision]) -> tuple[list[Group], list[Conflict]]:
    by_id = {c.id: c for c in claims}
    # components do not depend on the order links come in: a root is always the
    # smallest id of its component, so nothing here needs sorting
    uf = UnionFind(by_id)
    conflicts: list[PairDecision] = []
    for d in decisions:
        if d.a not in by_id or d.b not in by_id:
            continue
        if d.kind == "link":
            uf.union(d.a, d.b)
        elif d.kind == "conflict":
            conflicts.append(d)
    members: dict[str, list[Claim]] = defaultdict(list)
    for cid, c in by_id.items():
        members[uf.find(cid)].append(c)

    gid_of: dict[str, str] = {}
    raw_groups: dict[str, tuple[list[Claim], Claim]] = {}
    for root, ms in members.items():
        ms.sort(key=_founding_key)
        founder = ms[0]
        gid = group_id(founder)
        gid_of[root] = gid
        raw_groups[gid] = (ms, founder)

    group_conflicts: dict[tuple[str, str], list[PairDecision]] = defaultdict(list)
    for d in conflicts:
        ga, gb = gid_of[uf.find(d.a)], gid_of[uf.find(d.b)]
        if ga != gb:
            group_conflicts[tuple(sorted((ga, gb)))].append(d)
    contested = {g for pair in group_conflicts for g in pair}
    superseded: dict[str, str] = {}  # group -> the later group that may supersede it
    for ga, gb in sorted(group_conflicts):
        later = _supersedes(raw_groups[ga], raw_groups[gb])
        if later is not None:
            older = gb if later == ga else ga
            superseded[older] = later

    groups: list[Group] = []
    for root, gid in gid_of.items():
        ms, founder = raw_groups[gid]
        origins = independent_origins(ms)
        articles = len({c.article for c in ms})
        if len(ms) == 1:
            reason = "single report: no other claim states this fact"
        else:
            # described from the membership alone, so the text does not depend on ingest order
            d = compare(founder, ms[1])
            how = d.reason if d.kind == "link" else "linked through other reports of the group"
            reason = f"{len(ms)} claims from {articles} article(s) state one fact; e.g. {how}"
        status = ("superseded" if gid in superseded else "contested" if gid in contested
                  else "corroborated" if len(origins) > 1 else "single source")
        groups.append(Group(id=gid, claims=tuple(c.id for c in ms),
                            statement=statement(_spokesman(ms)), when=group_when(ms), status=status,
                            reports=len(ms), origins=tuple(origins), reason=reason,
                            subject=founder.subject, relation=founder.relation))
    out_conflicts = []
    for (ga, gb) in sorted(group_conflicts):
        ds = _canonical_conflicts(raw_groups[ga][0], raw_groups[gb][0]) or sorted(
            group_conflicts[(ga, gb)], key=lambda d: (d.a, d.b))
        hedge = next((r.label for r in ds[0].levels if r.level == "modality" and " vs " in r.label), None)
        labels = " ".join(r.label for r in ds[0].levels)
        kind = ("opposite relations" if "opposite relations" in labels
                else "opposite polarity" if "opposite polarity" in labels
                else "incompatible dates" if "times disjoint" in labels else "incompatible values")
        reason = ds[0].reason + (f" (modality differs: {hedge}; weigh the firmer report)" if hedge else "")
        for older, newer in ((ga, gb), (gb, ga)):
            if superseded.get(older) == newer:
                reason += f"; every report of {newer} is later than those of {older}: it may supersede it"
        out_conflicts.append(Conflict(id="x" + hashlib.sha1(f"{ga}|{gb}".encode()).hexdigest()[:12],
                                      groups=(ga, gb), reason=reason, kind=kind,
                                      claim_pairs=tuple((d.a, d.b) for d in ds)))
    groups.sort(key=lambda g: g.id)
    return groups, out_conflicts

