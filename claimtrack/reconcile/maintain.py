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

from collections.abc import Iterable, Mapping

from claimtrack.models import Claim
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.reconcile import cluster, incremental
from claimtrack.reconcile.blocking import block_keys, probe_keys
from claimtrack.reconcile.engine import Reconciler
from claimtrack.reconcile.incremental import OPPOSED, Part, other_ends
from claimtrack.reconcile.origins import relaying as relaying_articles
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
    """Every group from scratch (after a changed article: its old claims are gone)."""
    groups, conflicts = cluster.build(repo.claims(), repo.decisions())
    repo.replace_groups(groups, conflicts)


def regroup(repo: Repository, added: Iterable[str], also: Iterable[str] = (), gone: Iterable[Claim] = ()) -> None:
    """Only the groups new claims join, and the status of their direct neighbours
    (reconcile/incremental.py); `also`: stored groups to rebuild in any case (those a
    removed article's claims were in), `gone`: its removed claims (their measure chains
    change)."""
    seeds, also = set(added), set(also)
    if not seeds and not also:
        return
    part = part_around(repo, seeds, also, list(gone))
    done = incremental.regroup(part)
    repo.replace_part(part.dropped, done.groups, done.conflicts,
                      [cluster.conflict_id(*p) for p in done.stale], done.changed)


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
