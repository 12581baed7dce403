"""Groups kept up to date as articles come: only what new claims can change is rebuilt.

A group's record (members, founder, statement, origins, status) and its conflicts depend
on its members, the decisions between them and with other groups' members, the figures
of the same measure (measure conflicts go to the neighbours in value), and, for origins,
the other claims of its members' articles. So the groups new claims may change are those
reachable from the new claims through decisions (links, conflicts, updates) and shared
measure keys: `closure` walks that graph from the new claims, `regroup` rebuilds the
groups of the closure exactly as `cluster.build` would from scratch, and every other
group stays as stored. A changed or removed article (ingest._forget_article) first
compares again the remaining claims its old claims were decided with, then regroups the
closure of its new claims, of the members of its old claims' groups and of their
neighbours, dropping the old groups: nothing else is recomputed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from claimtrack.models import Claim, Conflict, Group, PairDecision
from claimtrack.reconcile.cluster import build
from claimtrack.reconcile.compare import Context


def closure(seeds: Iterable[str], neighbours: Callable[[set[str]], set[str]]) -> set[str]:
    """Every claim reachable from `seeds` through `neighbours` (decisions and measure keys)."""
    seen = set(seeds)
    frontier = set(seen)
    while frontier:
        frontier = neighbours(frontier) - seen
        seen |= frontier
    return seen


def regroup(claims: list[Claim], decisions: Iterable[PairDecision], article_claims: list[Claim],
            ctx: Context | None = None) -> tuple[list[Group], list[Conflict]]:
    """The groups and conflicts of a closed set of claims, as from scratch; `article_claims`
    are all claims of their articles (what an aggregator relays is read from its whole article)."""
    return build(claims, decisions, ctx, origin_claims=article_claims)
