"""Keeping the stored groups up to date as articles come and go: what a change reads
from the store, reconciles and writes back (the algorithm itself, on what was read, is
reconcile/incremental.py). Ingest only orchestrates: it calls these in each article's
own transaction.

- `reconcile_new`: a new article's claims against the stored claims that share a block key;
- `forget_article`: a stored article removed, and what its claims leave to redo;
- `relink`: a changed article's claims and the claims its old ones were decided with, again;
- `regroup`: only the groups the changed claims join, and the status of their neighbours;
- `rebuild` / `relink_all`: every group (every decision) from scratch.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.reconcile import cluster, incremental
from claimtrack.reconcile.blocking import block_keys, norm_text, probe_keys
from claimtrack.reconcile.compare import Context, compare, default_context
from claimtrack.reconcile.engine import Reconciler
from claimtrack.reconcile.incremental import OPPOSED, Part, other_ends
from claimtrack.reconcile.origins import COPY_WINDOW, Origins, is_copy
from claimtrack.reconcile.origins import relaying as relaying_articles
from claimtrack.reconcile.summary import SAMPLE, Summary, bucket_of, okey, pairs_of, summarize
from claimtrack.store.repository import Repository


def reconcile_new(repo: Repository, gaz, claims: list[Claim], keys: Mapping[str, Iterable[str]]) -> None:
    """Decide a new article's claims against the stored claims their blocks hold (the
    representatives of each probed key and signature), and store the decisions."""
    probes = {p for ks in keys.values() for k in ks for p in probe_keys(k)}
    rec = Reconciler(gaz)
    rec.seed(repo.representatives(probes, exclude=list(keys)))
    repo.add_decisions(rec.add(claims))


def forget_article(repo: Repository, article_id: str) -> tuple[set[str], set[str], list[Claim]]:
    """Delete a stored article (its claims, their keys, decisions and memberships go with it)
    and say what its claims leave to redo: (the remaining claims that had a decision with
    one of them: they are compared again, as a claim may have met the others only through
    a removed representative of its signature, and their groups are rebuilt; the groups the
    old claims were in, rebuilt from their remaining members; the measure chains of the
    removed claims themselves: their figures leave measure chains)."""
    old = set(repo.claim_ids_of_article(article_id))
    relink = repo.linked(old) - old
    groups = set(repo.groups_of(old).values())
    gone = repo.claims_in(old)
    repo.delete_article(article_id)
    return relink, groups, gone


def relink(repo: Repository, gaz, claims: list[Claim], keys: dict[str, list[str]], relink: set[str]) -> None:
    """Reconcile an article's new claims and the remaining claims its old ones were decided
    with (`relink`) against their blocks; pairs already decided keep their stored decision."""
    again = repo.claims_in(relink)
    all_keys = dict(keys)
    all_keys.update((c.id, block_keys(c)) for c in again)
    probes = {p for ks in all_keys.values() for k in ks for p in probe_keys(k)}
    rec = Reconciler(gaz)
    rec.seed(repo.representatives(probes, exclude=list(all_keys)))
    decided = repo.decided_pairs(relink)
    repo.add_decisions(d for d in rec.add(sorted([*claims, *again], key=lambda c: c.id))
                       if (d.a, d.b) not in decided)


def relink_all(repo: Repository) -> None:
    """Recompute every link from scratch (after a changed article replaced its claims)."""
    repo.clear_decisions()
    rec = Reconciler(load_gazetteer())
    repo.add_decisions(rec.add(repo.claims()))


def rebuild(repo: Repository) -> None:
    """Every group from scratch, with its summary."""
    claims = repo.claims()
    decisions = repo.decisions()
    groups, conflicts = cluster.build(claims, decisions)
    by_id = {c.id: c for c in claims}
    origins = Origins.of(claims)
    pairs = pairs_of(decisions, {c: g.id for g in groups for c in g.claims})
    ctx = default_context()
    summaries = {}
    for g in groups:
        s, rows = summarize([by_id[c] for c in g.claims], origins, ctx, pairs.get(g.id))
        summaries[g.id] = (s.dumps(), s.chain, rows)
    repo.replace_groups(groups, conflicts, summaries)


def regroup(repo: Repository, added: Iterable[str], also: Iterable[str] = (), gone: Iterable[Claim] = (),
            new_article: bool = False) -> None:
    """Only the groups new claims join, and the status of their direct neighbours
    (reconcile/incremental.py); `also`: stored groups to rebuild in any case (those a
    removed article's claims were in), `gone`: its removed claims (their measure chains
    change). `new_article`: `added` are the claims of an article just stored; when each of
    its components joins at most one stored group, and every group it touches has a
    summary, the groups grow from their summaries without their members read (`join`)."""
    seeds, also = set(added), set(also)
    if not seeds and not also:
        return
    if new_article and not also and not gone and join(repo, seeds):
        return
    part = part_around(repo, seeds, also, list(gone))
    done = incremental.regroup(part)
    summaries, neighbours = _summaries(repo, part, done.groups)
    repo.replace_part(part.dropped, done.groups, done.conflicts,
                      [cluster.conflict_id(*p) for p in done.stale], done.changed, summaries)
    repo.set_summaries(neighbours)


def _summaries(repo: Repository, part: Part,
               groups: list[Group]) -> tuple[dict[str, tuple[str, str | None, list]], dict[str, str]]:
    """The summaries and membership rows of groups rebuilt from their members, and the
    neighbours' summaries with their pairs again (every conflict and update of their
    members is in the part: their partners' ids may have changed)."""
    by_id = {c.id: c for c in part.claims}
    gid_of = {cid: gid for cid, (_, gid) in part.outside.items()}
    gid_of.update((c.id, gid) for gid, (_, ms) in part.neighbours.items() for c in ms)
    gid_of.update((c, g.id) for g in groups for c in g.claims)
    pairs = pairs_of(part.decisions, gid_of)
    origins = Origins.of(part.origin_claims)
    ctx = default_context()
    out = {}
    for g in groups:
        s, rows = summarize([by_id[c] for c in g.claims], origins, ctx, pairs.get(g.id))
        out[g.id] = (s.dumps(), s.chain, rows)
    neighbours = {}
    for gid, (_, text) in sorted(repo.summaries(part.neighbours).items()):
        if text is not None:
            s = Summary.loads(text)
            s.pairs = pairs.get(gid, {})
            if s.dumps() != text:
                neighbours[gid] = s.dumps()
    return out, neighbours


class _Loaded(dict):
    """Claims by id, read from the store when first asked for."""

    def __init__(self, repo: Repository, claims: Iterable[Claim] = ()):
        super().__init__((c.id, c) for c in claims)
        self.repo = repo

    def load(self, ids: Iterable[str]) -> None:
        missing = [i for i in ids if i not in self]
        self.update((c.id, c) for c in self.repo.claims_in(missing))

    def __missing__(self, cid: str) -> Claim:
        self.load([cid])
        return self[cid]


def join(repo: Repository, seeds: set[str], ctx: Context | None = None) -> bool:
    """A new article's claims join the stored groups they are linked to (at most one per
    component of their links), or make groups of their own, from the groups' summaries
    (reconcile/summary.py): only the new claims, the first members of the groups whose
    conflicts are described again, and the neighbours of their origins buckets are read.
    What `incremental.regroup` would give, as `cluster.build` would from scratch. False
    (nothing written) when it does not apply: a component joins two stored groups, a group
    has no summary (stored before they existed), or a claim is already in a group."""
    ctx = ctx or default_context()
    new = repo.claims_in(seeds)
    if len(new) != len(seeds) or repo.groups_of(seeds):
        return False
    # -- the components: new claims, and the stored groups their links reach -----------------
    links = repo.link_pairs(seeds)
    group_of = repo.groups_of({x for pair in links for x in pair} - seeds)
    uf = cluster.UnionFind()
    for a, b in links:
        if (a not in seeds and a not in group_of) or (b not in seeds and b not in group_of):
            return False
        uf.union(a if a in seeds else "\x00" + group_of[a], b if b in seeds else "\x00" + group_of[b])
    joined: dict[str, str] = {}  # component root -> its stored group
    for gid in set(group_of.values()):
        root = uf.find("\x00" + gid)
        if root in joined:
            return False  # two stored groups merge: rebuilt from their members
        joined[root] = gid
    comps: dict[str, list[Claim]] = {}
    for c in new:
        comps.setdefault(uf.find(c.id), []).append(c)
    dropped = set(joined.values())
    stored = repo.summaries(dropped)
    if len(stored) != len(dropped) or any(summ is None for _, summ in stored.values()):
        return False
    # -- what the change touches: the neighbours, their pairs ------------------------------------
    opposed = repo.decisions_in(seeds, OPPOSED, levels=False)
    group_of.update(repo.groups_of(other_ends(opposed, seeds, OPPOSED) - set(group_of)))
    summaries = {gid: Summary.loads(summ) for gid, (_, summ) in stored.items()}
    chains = {s.chain for s in summaries.values() if s.chain} | {
        k for c in new if (k := cluster.chain_key(c)) is not None}
    near = {o for g in dropped for o in summaries[g].pairs} | {
        group_of[x] for d in opposed for x in (d.a, d.b) if x not in seeds}
    near |= {g for pair in repo.conflict_pairs_of(dropped) for g in pair}
    near |= repo.groups_in_chains(chains)
    near -= dropped
    neighbours = repo.summaries(near)
    if len(neighbours) != len(near) or any(summ is None for _, summ in neighbours.values()):
        return False
    summaries.update((gid, Summary.loads(summ)) for gid, (_, summ) in neighbours.items())
    neighbours_pairs = {gid: set(summaries[gid].pairs) for gid in near}
    on_stored = [(g, o, kinds) for g in [*dropped, *near] for o, kinds in summaries[g].pairs.items()]
    stored_conflicts = repo.conflict_pairs_of(near)
    claims = _Loaded(repo, new)
    # -- the grown groups -------------------------------------------------------------------------
    origins = Origins.of(new)  # every claim of the article: what an aggregator relays
    grown: dict[str, tuple[str | None, Summary, list[Claim]]] = {}  # new id -> (stored id, summary, new claims)
    rename: dict[str, str] = {}
    gid_of: dict[str, str] = {}
    member_rows: list[tuple] = []
    copies: dict[str, dict[str, bool]] = {}
    for root, cs in comps.items():
        old = joined.get(root)
        s = Summary.loads(stored[old][1]) if old else Summary()
        cs.sort(key=cluster.founding_key)
        articles = {c.article for c in cs}
        for c in cs:
            s.add(c, ctx, c.article in articles)
            articles.discard(c.article)
        rows, changed_copies = _origins(repo, old, s, cs, origins)
        gid = cluster.group_id(claims[s.founder()]) if s.founder() in claims else \
            "g" + hashlib.sha1(s.founder().encode()).hexdigest()[:12]
        grown[gid] = (old, s, cs)
        if old:
            rename[old] = gid
            copies[gid] = changed_copies
        summaries[gid] = s
        gid_of.update((c.id, gid) for c in cs)
        member_rows += [(gid, *row) for row in rows]

    def group(cid: str) -> str:
        return gid_of[cid] if cid in gid_of else rename.get(group_of[cid], group_of[cid])
    # -- their pairs ----------------------------------------------------------------------------------
    pairs: dict[tuple[str, str], set[str]] = {}
    new_decisions: dict[tuple[str, str], list[PairDecision]] = {}
    first_update: dict[tuple[str, str], list[str]] = {}  # the smallest (a, b) of a pair's updates

    def pair(ga: str, gb: str, kind: str, update: list[str] | None = None) -> tuple[str, str] | None:
        ga, gb = rename.get(ga, ga), rename.get(gb, gb)
        if ga == gb:
            return None
        p = (ga, gb) if ga < gb else (gb, ga)
        pairs.setdefault(p, set()).add(kind)
        if update is not None and (p not in first_update or update < first_update[p]):
            first_update[p] = update
        return p
    for g, other, (conflict, update) in on_stored:
        if conflict:
            pair(g, other, "conflict")
        if update is not None:
            pair(g, other, "update", update)
    for s in summaries.values():  # the stored groups' pairs under their partners' new ids
        s.renamed(rename)
    touched = {gid for gid in near if any(o in rename for o in neighbours_pairs[gid])}  # summaries rewritten
    for d in opposed:
        ga, gb = group(d.a), group(d.b)
        p = pair(ga, gb, d.kind, [d.a, d.b] if d.kind == "update" else None)
        if p is not None:
            new_decisions.setdefault((*p, d.kind), []).append(d)
            summaries[ga].opposed(gb, d.kind, d.a, d.b)
            summaries[gb].opposed(ga, d.kind, d.a, d.b)
            touched.update(g for g in (ga, gb) if g in near)
    chain_of = {gid: summaries[gid].chain for gid in [*grown, *near]}
    chained = {gid for gid, k in chain_of.items() if k in chains}
    claims.load(summaries[gid].figure[3] for gid in chained)
    measured: dict[tuple[str, str], list[PairDecision]] = {}
    figure_group = {summaries[gid].figure[3]: gid for gid in chained}
    for d in cluster.measure_conflicts({gid: [claims[summaries[gid].figure[3]]] for gid in sorted(chained)}, ctx):
        p = pair(figure_group[d.a], figure_group[d.b], d.kind)
        if p is not None:
            measured.setdefault(p, []).append(d)

    def fresh(p: tuple[str, str]) -> bool:
        ga, gb = p
        return ga in grown or gb in grown or (ga in chained and gb in chained and chain_of[ga] == chain_of[gb])

    back = {new: old for old, new in rename.items()}

    def between(p: tuple[str, str], kind: str) -> list[PairDecision]:
        """Every decision of `kind` between the two groups, as `cluster.pair_up` lists them."""
        ga, gb = p
        a, b = back.get(ga, None if ga in grown else ga), back.get(gb, None if gb in grown else gb)
        if kind == "update":  # what cluster.superseding reads of them: the smallest pair
            return [PairDecision(*first_update[p], "update", None)]
        ds = repo.decisions_between(a, b, kind) if a and b else []
        ds += new_decisions.get((ga, gb, kind), [])
        ds = sorted(ds, key=lambda d: (d.a, d.b))
        return ds + (measured.get(p, []) if kind == "conflict" else [])

    class Kinds(dict):
        def __init__(self, p):
            super().__init__()
            self.p = p

        def __missing__(self, kind):
            self[kind] = between(self.p, kind)
            return self[kind]

    class Groups(dict):
        def __missing__(self, cid):
            self[cid] = group(cid) if cid in group_of else _group_of(repo, cid, rename)
            return self[cid]
    groups_of_claims = Groups(gid_of)
    gid_of = groups_of_claims
    kept = {p for p in stored_conflicts if not fresh(p) and not (set(p) & dropped)}
    superseded: dict[str, tuple[str, str]] = {}
    contested: set[str] = set()
    conflicts: list[Conflict] = []

    def first(gid: str, n: int = SAMPLE) -> list[Claim]:
        """A group's first members in founding order (read when first needed)."""
        ids = summaries[gid].ids()[:n]
        claims.load(ids)
        return [claims[i] for i in ids]

    class First:
        """A group's first members as `cluster.conflict_of` slices them: the first four,
        and the first SAMPLE only when no pair of those opposes (read when sliced)."""

        def __init__(self, gid: str):
            self.gid = gid

        def __getitem__(self, at: slice) -> list[Claim]:
            assert isinstance(at, slice) and at.start is None and at.step is None
            return first(self.gid, at.stop)
    # read at once: the first two members of every group (their reason) and the first four of
    # those whose conflicts are described again (cluster.CONFLICT_SAMPLES)
    claims.load([i for gid in [*grown, *near] for i in summaries[gid].ids()[:2]] +
                [i for p, kinds in pairs.items() if "conflict" in kinds and fresh(p) for gid in p
                 for i in summaries[gid].ids()[:4] if gid in summaries])
    for p in sorted(set(pairs) | kept):
        kinds = pairs.get(p, set())
        if fresh(p):
            if "conflict" in kinds:
                conflicts.append(cluster.conflict_of(*p, Kinds(p), {p[0]: First(p[0]), p[1]: First(p[1])}, claims,
                                                     ctx, repo.levels_of))
                contested.update(p)
                continue
        elif p in kept:
            contested.update(p)
            continue
        if "update" in kinds:
            older, newer, why = cluster.superseding(between(p, "update"), claims, groups_of_claims, ctx)
            superseded[older] = (newer, why)
    # -- the records ------------------------------------------------------------------------------------
    records = []
    for gid, (old, s, cs) in sorted(grown.items()):
        founder = claims[s.founder()] if s.founder() in claims else None
        subject, relation = (founder.subject, founder.relation) if founder is not None else (
            stored[old][0].subject, stored[old][0].relation)
        origins_ = s.independent()
        records.append((old, Group(id=gid, claims=(), statement=s.statement(), when=s.when(),
                                   status=cluster.group_status(gid, len(origins_), superseded, contested),
                                   reports=s.n, origins=tuple(origins_),
                                   reason=cluster.with_superseded(_base_reason(s, first(gid, 2), ctx), gid, superseded),
                                   subject=subject, relation=relation), s))
    changed = []
    for gid in sorted(near):
        was = neighbours[gid][0]
        status = cluster.group_status(gid, len(was.origins), superseded, contested)
        reason = cluster.with_superseded(_base_reason(summaries[gid], first(gid, 2), ctx), gid, superseded)
        if status != was.status or reason != was.reason:
            changed.append(was.model_copy(update={"status": status, "reason": reason}))
    # -- written ----------------------------------------------------------------------------------------
    repo.drop_conflicts_of(dropped, [cluster.conflict_id(*p) for p in stored_conflicts if fresh(p)])
    repo.update_groups([(old, g, s.dumps(), s.chain) for old, g, s in records if old])
    repo.add_groups([g for old, g, _ in records if not old],
                    {g.id: (s.dumps(), s.chain, []) for old, g, s in records if not old})
    repo.add_members(member_rows)
    repo.set_copies([(gid, c, x) for gid, flags in sorted(copies.items()) for c, x in sorted(flags.items())])
    repo.set_status(changed)
    repo.set_summaries({gid: summaries[gid].dumps() for gid in sorted(touched)})
    repo.add_conflicts(conflicts)
    return True


def _group_of(repo: Repository, cid: str, rename: dict[str, str]) -> str:
    g = repo.groups_of([cid])[cid]
    return rename.get(g, g)


def _base_reason(s: Summary, first: list[Claim], ctx: Context) -> str:
    """cluster.base_reason from a summary: its count, articles and first two members."""
    if s.n == 1:
        return "single report: no other claim states this fact"
    d = compare(first[0], first[1], ctx=ctx)
    how = d.reason if d.kind == "link" else "linked through other reports of the group"
    return f"{s.n} claims from {s.articles} article(s) state one fact; e.g. {how}"


def _origins(repo: Repository, old: str | None, s: Summary, cs: list[Claim],
             origins: Origins) -> tuple[list[tuple], dict[str, bool]]:
    """The membership rows of new claims joining the stored group `old` (or none), whether
    each is a copy, and the members after them in their buckets whose copy status changes
    (within COPY_WINDOW of them); the summary's origin counts follow."""
    by_bucket: dict[str, list] = {}
    for c, opening, text, origin, _ in origins.reports(cs):
        by_bucket.setdefault(bucket_of(opening), []).append((okey(c), c, text, origin))
    rows: list[tuple] = []
    changed: dict[str, bool] = {}
    for b, entries in sorted(by_bucket.items()):
        entries.sort(key=lambda e: e[0])
        before, after = repo.bucket_windows(old, b, entries[0][0], entries[-1][0], COPY_WINDOW) if old else ([], [])
        seq = [(r[4], norm_text(r[5])) for r in before] + [(e[1].article, e[2]) for e in entries] + \
            [(r[4], norm_text(r[5])) for r in after]
        for j, (place, c, text, origin) in enumerate(entries):
            i = len(before) + j
            copy = is_copy(c.article, text, seq[max(0, i - COPY_WINDOW):i])
            rows.append((c.id, b, place, origin, copy))
            if not copy:
                s.count_origin(origin, 1)
        for j, r in enumerate(after):
            i = len(before) + len(entries) + j
            copy = is_copy(r[4], seq[i][1], seq[max(0, i - COPY_WINDOW):i])
            if copy != bool(r[3]):
                changed[r[0]] = copy
                s.count_origin(r[2], -1 if copy else 1)
    return rows, changed


def part_around(repo: Repository, seeds: set[str], also: set[str], gone: list[Claim]) -> Part:
    """What a regroup around `seeds` reads: the link-closed part, its neighbours and
    what their pairs need (Part)."""
    ids, dropped, units, links = _link_closed(repo, seeds, also)
    claims = repo.claims_in(ids)
    relaying = relaying_articles(claims)
    origin_claims = [c for c in claims if c.article not in relaying] + repo.citations_of_articles(relaying)
    decisions = repo.decisions_in(ids, OPPOSED, levels=False)  # by index: levels read if needed
    figures = [c for c in [*claims, *gone] if cluster.chain_key(c) is not None]
    chains = {cluster.chain_key(c) for c in figures}
    part = Part(claims, origin_claims, units, links, decisions, dropped, chains,
                            with_levels=repo.levels_of)
    near = set(repo.groups_of(other_ends(decisions, ids, OPPOSED)).values())
    near |= set(repo.groups_of(c.id for c in repo.figures_of(_facts(figures))
                               if cluster.chain_key(c) in chains).values())
    near |= {g for pair in repo.conflict_pairs_of(dropped) for g in pair}
    _add_neighbours(repo, part, near - dropped)
    return part


def _facts(figures: list[Claim]) -> set[tuple[str | None, str]]:
    """The (subject, relation) of these figures: every figure of their chains shares them
    (a chain key spells a missing subject "None")."""
    facts = {(c.subject, c.relation) for c in figures}
    return facts | {(None if s == "None" else "None", r) for s, r in facts if s is None or s == "None"}


def _link_closed(repo: Repository, seeds: set[str],
                 also: set[str]) -> tuple[set[str], set[str], list[list[str]], set[tuple[str, str]]]:
    """The claims whose groups are rebuilt: the seeds, and every claim of a stored group
    that holds a seed, a claim linked to one, or is in `also` (a stored group is closed
    under links, so whole groups make a closed part); those groups; the stored groups
    among them that lost no claim (whole components already); and the links that join
    them: those of the seeds and of the members of the groups in `also`."""
    links = repo.link_pairs(seeds)
    linked = {c for pair in links for c in pair} - seeds
    dropped = also | set(repo.groups_of(seeds | linked).values())
    members = repo.members_of(dropped)
    links |= repo.link_pairs(c for g in also for c in members.get(g, ()))
    ids = seeds | linked | {c for ms in members.values() for c in ms}
    return ids, dropped, [ms for g, ms in members.items() if g not in also], links


def _add_neighbours(repo: Repository, part: Part, near: set[str]) -> None:
    """The neighbour groups' records and members, their conflicts and updates, the claims
    at the other end of those and the groups of those claims, and their stored conflicts."""
    members = repo.members_of(near)
    member_ids = {c for ms in members.values() for c in ms}
    claims = {c.id: c for c in repo.claims_in(member_ids)}
    part.neighbours = {g.id: (g, sorted((claims[c] for c in g.claims), key=cluster.founding_key))
                       for g in repo.groups(sorted(near))}
    inside = {c.id for c in part.claims}
    seen = {(d.a, d.b) for d in part.decisions}
    part.decisions += [d for d in repo.decisions_in(member_ids, OPPOSED, levels=False)
                       if (d.a, d.b) not in seen]
    beyond = other_ends(part.decisions, inside | member_ids, OPPOSED)
    group_of = repo.groups_of(beyond)
    part.outside = {c.id: (c, group_of[c.id]) for c in repo.claims_in(beyond)}
    part.stored_conflicts = repo.conflict_pairs_of(near)
