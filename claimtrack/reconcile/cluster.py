"""Links, conflicts and updates between claims -> groups of agreeing claims and group conflicts.

Groups are the connected components of links. A group's id comes from its founding
claim (the earliest report), so it survives later articles joining it. A group is one
matter; its reports may be at different stages (discussed, planned, done), which the
timeline shows in order. Corroboration counts independent origins (origins.py). An
update (the same source saying something newer about the same thing) supersedes the
older group instead of contradicting it. Conflicts are kept per pair of groups with a
bounded sample of the claim pairs that oppose them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.reconcile.blocking import measure_key, told_measure_key
from claimtrack.reconcile.compare import Context, compare, default_context, speaker
from claimtrack.reconcile.engine import no_gc
from claimtrack.reconcile.origins import Origins
from claimtrack.reconcile.statement import VAGUE_SPREAD, render

CONFLICT_SAMPLES = (4, 25)  # members per side re-compared to describe a conflict
MAX_CONFLICT_PAIRS = 20
_NEVER = dt.date.max
_PRECISION = {"time": 0, "day": 0, "week": 1, "month": 1, "season": 2, "interval": 3, "duration": 3, "year": 4,
              "decade": 5, "century": 6}


class UnionFind:
    """Components of links. An item no link joined is its own root and is not stored:
    most claims are alone, and a million-entry table costs a memory access per look-up."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while (p := parent.get(root, root)) != root:
            root = p
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


_GROUP_FIELDS = tuple(Group.model_fields)
_set_attr = object.__setattr__
_new_group = Group.__new__


def _group(values: dict, fields_set: set[str]) -> Group:
    """Group.model_construct(**values) for a dict holding every field in declared order,
    without model_construct's per-field look-ups of aliases and defaults (what it then
    sets on the instance is the same: its fields, the fields set, no extra, no private).
    `fields_set` (every field) is shared by the groups of one build: a set of ten names is
    728 bytes, too large for Python's small-object allocator, and pydantic only ever adds
    to a model's fields set (a frozen Group never does)."""
    assert tuple(values) == _GROUP_FIELDS
    g = Group.__new__(Group)
    _set_attr(g, "__dict__", values)
    _set_attr(g, "__pydantic_fields_set__", fields_set)
    _set_attr(g, "__pydantic_extra__", None)
    _set_attr(g, "__pydantic_private__", None)
    return g


def group_id(founder: Claim) -> str:
    """A group is named after its founding (earliest) report, so later reports keep its id."""
    return _group_id(founder.id)


def _group_id(founder_id: str) -> str:
    return "g" + hashlib.sha1(founder_id.encode()).hexdigest()[:12]


def founding_key(c: Claim):
    return (c.published or _NEVER, c.article, c.start, c.id)


def independent_origins(members: list[Claim]) -> list[str]:
    return Origins.of(members).independent(members)


def group_when(members: list[Claim]) -> str | None:
    whens = [c.when for c in members if c.when is not None]
    if not whens:
        return None
    if len(whens) == 1:
        return whens[0].iso
    counts = Counter(w.iso for w in whens)
    best = min(whens, key=lambda w: (-counts[w.iso], _PRECISION.get(w.precision, 3), w.start))
    return best.iso


def _vague(c: Claim) -> bool:
    v = c.value
    return bool(v is not None and v.lower and v.upper and v.upper / v.lower >= VAGUE_SPREAD)


def spokesman(members: list[Claim]) -> Claim:
    """The member that states the group's fact best: named subjects before descriptions
    ("Avocado" before "(model of Meta)"), a precise figure before a vague one ("$600
    billion" before "hundreds of billions"), an entity object before a phrase, an English
    report before another, then the commonest wording, then the earliest."""
    if len(members) == 1:
        return members[0]
    counts = Counter((c.subject, c.object) for c in members)
    return min(members, key=lambda c: (bool(c.subject and c.subject.startswith("(")), _vague(c), c.object_type is None
                                       and c.object is not None, c.language not in (None, "en"),
                                       -counts[(c.subject, c.object)], founding_key(c)))


def statement(c: Claim, ctx: Context | None = None) -> str:
    ctx = ctx or default_context()
    return render(c, ctx.inventory.get(c.relation), ctx.vocab, c.language)


def _side(g_members: list[Claim], c: Claim, ctx: Context) -> str:
    who = speaker(c) or "unattributed"
    where = c.outlet or c.article
    date = c.when.iso if c.when else (f"reported {c.published}" if c.published else "undated")
    via = f" in {where}" if where and where != who else ""
    return f"“{statement(c, ctx)}” ({who}{via}, {date})"


def _canonical(a: list[Claim], b: list[Claim], kind: str, ctx: Context) -> list[PairDecision]:
    """The opposing pairs between two groups (members in founding order), found from their
    members alone, so the result does not depend on which pairs ingest compared: the
    earliest members first, more only if those do not oppose."""
    for sample in CONFLICT_SAMPLES:
        out = [d for x in a[:sample] for y in b[:sample] if (d := compare(x, y, ctx=ctx)).kind == kind]
        if out:
            return sorted(out, key=lambda d: (d.a, d.b))[:MAX_CONFLICT_PAIRS]
    return []


CONFLICT_KINDS = (("relation.opposite", "opposite relations"), ("polarity.opposite", "opposite polarity"),
                  ("time.disjoint", "incompatible dates"), ("object.different", "incompatible objects"),
                  ("value.disjoint", "incompatible values"))


def conflict_kind(d: PairDecision) -> str:
    codes = {r.code for r in d.levels}
    return next((label for code, label in CONFLICT_KINDS if code in codes), "contradiction")


def chain_key(c: Claim) -> str | None:
    """The measured fact a figure is of (its subject, relation and measure key): the groups
    whose figures share it are compared with their neighbours in value. A running count dated the
    day of what it counts, or the day before its report, is of the day it is told (`told_measure_key`)."""
    key = told_measure_key(c) or measure_key(c)
    return None if key is None else f"{c.subject}|{c.relation}|{key}"


def group_figure(ms: list[Claim]) -> Claim | None:
    """The member (in founding order) whose figure stands for its group's measure."""
    return next((c for c in ms if measure_key(c) is not None), None)


def group_chain(ms: list[Claim]) -> str | None:
    figure = group_figure(ms)
    return None if figure is None else chain_key(figure)


def measure_conflicts(raw: dict[str, list[Claim]], ctx: Context) -> list[PairDecision]:
    """Figures for one measured fact (a round, a valuation) that cannot all be true: each
    group against the next one up in value, so n figures make n-1 conflicts, not n²
    (found from the groups alone: the same whatever order the reports came in)."""
    by_key: dict[str, list[tuple[float, str, Claim]]] = defaultdict(list)
    for gid, ms in raw.items():
        for figure in ms:  # group_figure and chain_key, the measure key read once
            key = measure_key(figure)
            if key is not None:
                key = told_measure_key(figure) or key
                by_key[f"{figure.subject}|{figure.relation}|{key}"].append((figure.value.lower, gid, figure))
                break
    out: list[PairDecision] = []
    for figures in by_key.values():
        figures.sort(key=lambda f: (f[0], f[1]))
        for (_, ga, a), (_, gb, b) in zip(figures, figures[1:]):
            if ga != gb:
                d = compare(a, b, ctx=ctx)
                if d.kind == "conflict":
                    out.append(d)
    return out


def build(claims: list[Claim], decisions: Iterable[PairDecision], ctx: Context | None = None,
          origin_claims: list[Claim] | None = None) -> tuple[list[Group], list[Conflict]]:
    """Groups and conflicts of `claims`; origins are read from `origin_claims` (default:
    `claims`; a part of the base passes the whole articles of its claims)."""
    with no_gc():
        return _build(claims, decisions, ctx or default_context(), origin_claims)


Pairs = dict[tuple[str, str], dict[str, list[PairDecision]]]  # (group, group) -> kind -> decisions


def components(by_id: dict[str, Claim], decisions: Iterable[PairDecision]) -> tuple[dict[str, list[Claim]],
                                                                                   dict[str, str],
                                                                                   list[PairDecision]]:
    """The groups of these claims (union-find over their links): group id -> members in
    founding order, claim id -> group id, and the conflicts and updates between them."""
    # components do not depend on the order links come in: a root is always the
    # smallest id of its component, so nothing here needs sorting
    uf = UnionFind()
    parent, find = uf.parent, uf.find
    get = parent.get
    opposed: list[PairDecision] = []
    for d in decisions:
        a, b, kind = d.a, d.b, d.kind
        if a not in by_id or b not in by_id:
            continue
        if kind == "link":  # uf.union(a, b), inline: an id no link made a child is its own root
            ra = a if get(a) is None else find(a)
            rb = b if get(b) is None else find(b)
            if ra != rb:
                if rb < ra:
                    ra, rb = rb, ra
                parent[rb] = ra
        elif kind == "conflict" or kind == "update":
            opposed.append(d)
    raw, gid_of = grouped(by_id, uf)
    return raw, gid_of, opposed


def grouped(by_id: dict[str, Claim], uf: UnionFind) -> tuple[dict[str, list[Claim]], dict[str, str]]:
    """Group id -> members in founding order, and claim id -> group id, of these components."""
    # most claims no link joined: neither a child nor a root in the union-find (a root is the
    # parent of some claim), they are their own group without a find. First the members of the
    # components links made (root -> members), then the groups in the order of their first member
    # in `by_id`, each written when that member comes
    parent = uf.parent
    roots = set(parent.values())
    find = uf.find
    members: dict[str, list[Claim]] = {}
    for cid, c in by_id.items():
        if cid in parent:
            root = find(cid)
        elif cid in roots:
            root = cid
        else:
            continue
        ms = members.get(root)
        if ms is None:
            members[root] = [c]
        else:
            ms.append(c)
    raw: dict[str, list[Claim]] = {}
    gid_of: dict[str, str] = {}
    pop = members.pop
    for cid, c in by_id.items():
        if cid in parent:
            root = find(cid)
        elif cid in roots:
            root = cid
        else:  # a claim no link joined: its id is the key
            gid = _group_id(cid)
            raw[gid] = [c]
            gid_of[cid] = gid
            continue
        ms = pop(root, None)
        if ms is None:  # its group is written
            continue
        if len(ms) > 1:
            ms.sort(key=founding_key)
            gid = group_id(ms[0])
            raw[gid] = ms
            for m in ms:
                gid_of[m.id] = gid
        else:  # a component with one member among these claims
            gid = group_id(c)
            raw[gid] = ms
            gid_of[cid] = gid
    return raw, gid_of


def pair_up(opposed: Iterable[PairDecision], gid_of: dict[str, str]) -> Pairs:
    """Conflicts and updates between claims as decisions between their groups."""
    pairs: Pairs = defaultdict(lambda: defaultdict(list))
    for d in opposed:
        ga, gb = gid_of[d.a], gid_of[d.b]
        if ga != gb:
            pairs[(ga, gb) if ga < gb else (gb, ga)][d.kind].append(d)
    return pairs


def conflict_of(ga: str, gb: str, kinds: dict[str, list[PairDecision]], raw: dict[str, list[Claim]],
                by_id: dict[str, Claim], ctx: Context,
                with_levels: Callable[[list[PairDecision]], list[PairDecision]] | None = None) -> Conflict:
    """The conflict of two groups with conflicting decisions between them (`with_levels`:
    gives decisions read without their levels their levels, when the stored decisions
    describe the conflict)."""
    ds = _canonical(raw[ga], raw[gb], "conflict", ctx) or sorted(kinds["conflict"], key=lambda d: (d.a, d.b))
    if with_levels is not None and ds[0].levels is None:
        ds = with_levels(ds)
    x, y = by_id[ds[0].a], by_id[ds[0].b]
    kind = conflict_kind(ds[0])
    reason = f"{kind}: {_side(raw[ga], x, ctx)} vs {_side(raw[gb], y, ctx)}; " + \
        "; ".join(r.text() for r in ds[0].levels)
    return Conflict(id=conflict_id(ga, gb), groups=(ga, gb), reason=reason, kind=kind,
                    claim_pairs=tuple((d.a, d.b) for d in ds))


def conflict_id(ga: str, gb: str) -> str:
    return "x" + hashlib.sha1(f"{ga}|{gb}".encode()).hexdigest()[:12]


def superseding(updates: list[PairDecision], by_id: dict[str, Claim], gid_of: dict[str, str],
                ctx: Context) -> tuple[str, str, str]:
    """(older group, newer group, why) of two groups with updates and no conflict between them."""
    ds = sorted(updates, key=lambda d: (d.a, d.b))
    x, y = sorted((by_id[ds[0].a], by_id[ds[0].b]), key=lambda c: c.published or _NEVER)
    return gid_of[x.id], gid_of[y.id], (f"{speaker(y)} said on {y.published} “{statement(y, ctx)}”, after saying "
                                        f"on {x.published} “{statement(x, ctx)}”")


def base_reason(ms: list[Claim], ctx: Context) -> str:
    """Why a group's members are one fact, from its membership alone (so the text does
    not depend on ingest order)."""
    if len(ms) == 1:
        return _SINGLE
    articles = len({c.article for c in ms})
    d = compare(ms[0], ms[1], ctx=ctx)
    how = d.reason if d.kind == "link" else "linked through other reports of the group"
    return f"{len(ms)} claims from {articles} article(s) state one fact; e.g. {how}"


def group_status(gid: str, origins: int, superseded: dict[str, tuple[str, str]], contested: set[str]) -> str:
    return ("superseded" if gid in superseded else "contested" if gid in contested
            else "corroborated" if origins > 1 else "single source")


def with_superseded(reason: str, gid: str, superseded: dict[str, tuple[str, str]]) -> str:
    return reason + f"; superseded by {superseded[gid][0]}: {superseded[gid][1]}" if gid in superseded else reason


def _build(claims: list[Claim], decisions: Iterable[PairDecision], ctx: Context,
           origin_claims: list[Claim] | None = None) -> tuple[list[Group], list[Conflict]]:
    by_id = {c.id: c for c in claims}
    raw, gid_of, opposed = components(by_id, decisions)
    pairs = pair_up([*opposed, *measure_conflicts(raw, ctx)], gid_of)
    superseded: dict[str, tuple[str, str]] = {}  # older group -> (newer group, why)
    contested: set[str] = set()
    conflicts: list[Conflict] = []
    for (ga, gb), kinds in sorted(pairs.items()):
        if kinds.get("conflict"):
            conflicts.append(conflict_of(ga, gb, kinds, raw, by_id, ctx))
            contested |= {ga, gb}
        elif kinds.get("update"):
            older, newer, why = superseding(kinds["update"], by_id, gid_of, ctx)
            superseded[older] = (newer, why)
    origins = Origins.of(claims if origin_claims is None else origin_claims)
    fields_set = set(_GROUP_FIELDS)
    groups = [group_record(gid, ms, origins, superseded, contested, ctx, fields_set) for gid, ms in raw.items()]
    groups.sort(key=_by_id)
    return groups, conflicts


_by_id = operator.attrgetter("id")


_SINGLE = "single report: no other claim states this fact"


def group_record(gid: str, ms: list[Claim], origins: Origins, superseded: dict[str, tuple[str, str]],
                 contested: set[str], ctx: Context, fields_set: set[str]) -> Group:
    founder = ms[0]
    if len(ms) == 1:  # most groups: what the general case below gives for one member, without its loops
        when = founder.when
        g = _new_group(Group)  # as _group does, its fields in declared order
        _set_attr(g, "__dict__", {
            "id": gid, "claims": (founder.id,), "statement": statement(founder, ctx),
            "when": None if when is None else when.iso,
            "status": group_status(gid, 1, superseded, contested), "reports": 1,
            "origins": (origins.origin(founder),),
            "reason": with_superseded(_SINGLE, gid, superseded) if gid in superseded else _SINGLE,
            "subject": founder.subject, "relation": founder.relation})
        _set_attr(g, "__pydantic_fields_set__", fields_set)
        _set_attr(g, "__pydantic_extra__", None)
        _set_attr(g, "__pydantic_private__", None)
        return g
    independent = origins.independent(ms)
    # built without validation (millions at scale): every field is of its declared type here
    return _group({
        "id": gid, "claims": tuple(c.id for c in ms), "statement": statement(spokesman(ms), ctx),
        "when": group_when(ms), "status": group_status(gid, len(independent), superseded, contested),
        "reports": len(ms), "origins": tuple(independent),
        "reason": with_superseded(base_reason(ms, ctx), gid, superseded), "subject": founder.subject,
        "relation": founder.relation}, fields_set)
