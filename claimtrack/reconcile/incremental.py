"""Groups kept up to date as articles come: only the groups a change joins are rebuilt.

What `cluster.build` computes for a group, and what it depends on:

- members, founder (its id), statement, date, origins and the first part of its reason:
  its members alone (origins also read the other claims of its members' articles, which
  a new article does not change);
- its conflicts with another group: the members of both, and the decisions between them
  (explicit conflicts and updates, and for figures of one measured fact, the comparison
  with the next group up in value in that fact's chain);
- its status and the "superseded by" end of its reason: every pair it is in.

So a change rebuilds the *link-closed* part (`Part.claims`): the changed claims and the
stored groups any of them is linked to (a stored group is closed under links: the part
is the union of whole groups, and a stored group that lost no claim needs none of its
own links read again: only the links of the changed claims join it to others). Its direct neighbours (`Part.neighbours`) keep their
members and stored record, except their status and reason, recomputed from their pairs:
the groups with a conflict or update with a rebuilt claim, those in conflict with a
dropped group, and every group of a measure chain the change touches (adding or removing
a figure changes who is next to whom in value). Pairs with a rebuilt group, and pairs
of two groups of one touched chain, are judged again (`fresh`); every other pair is as
stored. Nothing beyond is read: work grows with what the change joins, not with the
connected component of its story.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.reconcile.cluster import (_GROUP_FIELDS, Pairs, UnionFind, base_reason, conflict_of, group_chain,
                                          group_record, group_status, grouped, measure_conflicts, pair_up,
                                          superseding, with_superseded)
from claimtrack.reconcile.compare import Context, default_context
from claimtrack.reconcile.engine import no_gc
from claimtrack.reconcile.origins import Origins

OPPOSED = ("conflict", "update")


@dataclass
class Part:
    """What a change reads from the store to regroup around it."""
    claims: list[Claim]  # the link-closed claims whose groups are rebuilt
    # those claims, and every claim of their aggregators' articles (origins.relaying): for those,
    # what Origins.of reads of a claim is enough (id, article, attributed_to, outlet)
    origin_claims: list[Claim]
    units: list[list[str]]  # stored groups among them that lost no claim: one component each already
    links: set[tuple[str, str]]  # the links of the changed claims and of the groups that lost claims
    # the conflicts and updates of those claims and of the neighbours' claims; their levels may be
    # None (not read): `with_levels` reads them for the few that describe a conflict
    decisions: list[PairDecision]
    dropped: set[str]  # the stored groups of those claims
    chains: set[str]  # the measure chains the change touches (cluster.chain_key)
    neighbours: dict[str, tuple[Group, list[Claim]]] = field(default_factory=dict)  # id -> (record, members)
    outside: dict[str, tuple[Claim, str]] = field(default_factory=dict)  # other ends: id -> (claim, its group)
    stored_conflicts: set[tuple[str, str]] = field(default_factory=set)  # pairs in conflict touching neighbours
    with_levels: Callable[[list[PairDecision]], list[PairDecision]] | None = None


@dataclass
class Regrouped:
    groups: list[Group]  # the rebuilt groups
    changed: list[Group]  # neighbours whose status or reason changed
    conflicts: list[Conflict]  # the conflicts of the fresh pairs
    stale: set[tuple[str, str]]  # stored conflicts between neighbours, replaced by `conflicts`


def regroup(part: Part, ctx: Context | None = None) -> Regrouped:
    """The rebuilt groups, the neighbours' new records and the fresh conflicts, as
    `cluster.build` would make them from scratch."""
    with no_gc():
        return _regroup(part, ctx or default_context())


def _regroup(part: Part, ctx: Context) -> Regrouped:
    by_id = {c.id: c for c in part.claims}
    raw, gid_of = grouped(by_id, _joined(part))
    rebuilt = set(raw)
    for gid, (_, ms) in part.neighbours.items():
        raw[gid] = ms
        for c in ms:
            by_id[c.id], gid_of[c.id] = c, gid
    for cid, (c, gid) in part.outside.items():
        by_id[cid], gid_of[cid] = c, gid
    chain = {gid: group_chain(ms) for gid, ms in raw.items()}
    chained = {gid: ms for gid, ms in raw.items() if chain[gid] in part.chains}
    opposed = [d for d in part.decisions if d.kind in OPPOSED and d.a in gid_of and d.b in gid_of]
    pairs = pair_up([*opposed, *measure_conflicts(chained, ctx)], gid_of)

    def fresh(pair: tuple[str, str]) -> bool:
        ga, gb = pair
        return ga in rebuilt or gb in rebuilt or (ga in chained and gb in chained and chain[ga] == chain[gb])

    kept = {p for p in part.stored_conflicts if not fresh(p) and not (set(p) & part.dropped)}
    conflicts, superseded, contested = _judge(pairs, kept, fresh, raw, by_id, gid_of, ctx, part.with_levels)
    origins = Origins.of(part.origin_claims)
    fields_set = set(_GROUP_FIELDS)
    groups = sorted((group_record(gid, raw[gid], origins, superseded, contested, ctx, fields_set)
                     for gid in rebuilt), key=lambda g: g.id)
    changed = [g for gid, (stored, ms) in sorted(part.neighbours.items())
               if (g := _rejudged(stored, ms, superseded, contested, ctx)) != stored]
    return Regrouped(groups, changed, conflicts, {p for p in part.stored_conflicts if fresh(p)})


def _joined(part: Part) -> UnionFind:
    """The components of the part's links: a stored group that lost no claim is one
    already (its members were linked before, and still are), the others are joined by
    the links that touch a changed claim or a group that lost claims."""
    uf = UnionFind()
    for unit in part.units:
        for c in unit[1:]:
            uf.union(unit[0], c)
    inside = {c.id for c in part.claims}
    for a, b in sorted(part.links):
        if a in inside and b in inside:
            uf.union(a, b)
    return uf


def _judge(pairs: Pairs, kept: set[tuple[str, str]], fresh, raw: dict[str, list[Claim]], by_id: dict[str, Claim],
           gid_of: dict[str, str], ctx: Context,
           with_levels=None) -> tuple[list[Conflict], dict[str, tuple[str, str]], set[str]]:
    """Every pair in the order `cluster.build` walks them: a fresh pair is judged again, any
    other is in conflict if a conflict is stored for it (neither side nor their decisions
    changed); updates without a conflict supersede the older group (the last one walked wins)."""
    superseded: dict[str, tuple[str, str]] = {}
    contested: set[str] = set()
    conflicts: list[Conflict] = []
    for pair in sorted(set(pairs) | kept):
        kinds = pairs.get(pair, {})
        if fresh(pair):
            if kinds.get("conflict"):
                conflicts.append(conflict_of(*pair, kinds, raw, by_id, ctx, with_levels))
                contested.update(pair)
                continue
        elif pair in kept:
            contested.update(pair)
            continue
        if kinds.get("update"):
            older, newer, why = superseding(kinds["update"], by_id, gid_of, ctx)
            superseded[older] = (newer, why)
    return conflicts, superseded, contested


def _rejudged(stored: Group, ms: list[Claim], superseded: dict[str, tuple[str, str]], contested: set[str],
              ctx: Context) -> Group:
    """A neighbour's record with its status and reason from its pairs (its members, and so
    everything else, are as stored)."""
    status = group_status(stored.id, len(stored.origins), superseded, contested)
    reason = with_superseded(base_reason(ms, ctx), stored.id, superseded)
    if status == stored.status and reason == stored.reason:
        return stored
    return stored.model_copy(update={"status": status, "reason": reason})


def other_ends(decisions: Iterable[PairDecision], inside: set[str], kinds: tuple[str, ...]) -> set[str]:
    """The claims outside `inside` that decisions of these kinds join to a claim inside it."""
    out: set[str] = set()
    for d in decisions:
        if d.kind in kinds:
            if d.a in inside and d.b not in inside:
                out.add(d.b)
            elif d.b in inside and d.a not in inside:
                out.add(d.a)
    return out
