"""Candidate pairs from blocks, compared level by level; incremental or from scratch.

`Reconciler` keeps, per block key, one representative claim per signature. A new
claim is compared with the representatives of its blocks only, so reconciling one
more article costs its blocks, and the decisions (which depend on signatures only)
are the same whatever order claims arrive in.
"""
from __future__ import annotations

import bisect
import contextlib
import gc
import operator
from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimtrack.models import Claim, PairDecision
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.reconcile.blocking import (ACTIVE, EVENT_DESCRIBED, EVENT_NAMED, MEASURE, PASSIVE, ROUNDING,
                                          block_keys, probe_base, probe_times, signature)
from claimtrack.reconcile.compare import Context, compare, default_context


# A claim as the comparisons read it: its fields in one tuple, read by offset. A block's
# representatives are read again by every claim that meets them, long after they were
# made; a pydantic claim keeps its fields in a dictionary of its own (832 bytes, apart from
# the object), this tuple is 232 bytes, so a comparison touches fewer cold cache lines.
Held = namedtuple("Held", tuple(Claim.model_fields))
_fields = operator.attrgetter(*Held._fields)
_new_tuple = tuple.__new__


def held(c: Claim) -> Held:
    return _new_tuple(Held, _fields(c))


@contextlib.contextmanager
def no_gc():
    """Pause the cyclic garbage collector: reconciling allocates millions of small,
    acyclic objects, and collections over a large heap make the run superlinear. On the
    way out the survivors are frozen (gc.freeze) so that the first collection after
    does not scan them all again; they are the knowledge base, alive to the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


@dataclass
class Stats:
    claims: int = 0
    comparisons: int = 0
    links: int = 0
    conflicts: int = 0
    blocks: int = 0
    largest_block: int = 0

    def all_pairs(self) -> int:
        return self.claims * (self.claims - 1) // 2


HUB_REPS = 128  # distinct representatives of a block a new claim is compared with, at most
# In a hub block (over HUB_REPS representatives), a representative the new claim is already
# joined to through the links found in this run is not compared either: the decision could only
# be a link inside one group, or a conflict or an update inside one group, which the grouping
# ignores (cluster.build), so groups and conflicts are those of comparing it; fewer decisions are
# stored. Only there: in a smaller block every pair is still decided and stored, so removing an
# article regroups exactly as from scratch (a hub's comparisons already depend on arrival order).


@dataclass(slots=True)
class _Block:
    reps: dict[int, Held] = field(default_factory=dict)  # signature (its number) -> representative
    size: int = 0
    # a measure's block ("meas" keys): its figures sorted by lower bound, so a new figure meets
    # only those it may agree with; how they contradict is settled by the clustering (cluster.py)
    by_value: list[tuple[float, float, int, int]] | None = None  # made for a measure's block only
    widest: float = 0.0
    at: str | None = None  # the time after its key's last "@" (None: no "@")
    # a hub block's representatives as (signature, representative) in the order they came, kept once it
    # holds over HUB_REPS: its latest are a slice, not HUB_REPS pairs made again for every claim probing it
    order: list[tuple[int, Held]] | None = None

    def add(self, sig: int, c: Claim, measure: bool) -> None:
        if sig in self.reps:
            return
        self.reps[sig] = c
        if self.order is not None:
            self.order.append((sig, c))
        elif len(self.reps) > HUB_REPS:
            self.order = list(self.reps.items())
        if measure and c.value is not None and c.value.lower is not None and c.value.upper is not None:
            lo, hi = c.value.lower, c.value.upper * (1 + ROUNDING)
            if self.by_value is None:
                self.by_value = []
            # the insertion rank breaks ties of bounds: signatures (with their Nones) are never compared
            bisect.insort(self.by_value, (lo, hi, len(self.reps), sig))
            self.widest = max(self.widest, hi - lo)

    def recent(self) -> list[tuple[int, Claim]]:
        """The representatives a new claim is compared with: all of them, or in a hub block
        (one subject's thousands of reports) the latest HUB_REPS: work per claim stays bounded."""
        if self.order is None:  # (at most HUB_REPS)
            return list(self.reps.items())
        return self.order[-HUB_REPS:]  # the newest, in the order they came

    def near(self, c: Claim) -> list[tuple[int, Claim]]:
        """The figures that may overlap `c`'s (an interval query on the sorted bounds)."""
        v = c.value
        if v is None or v.lower is None or v.upper is None:
            return list(self.reps.items())
        lo, hi = v.lower, v.upper * (1 + ROUNDING)
        by_value = self.by_value or []
        end = bisect.bisect_right(by_value, (hi, float("inf")))
        out = []
        for k in range(end - 1, -1, -1):
            b_lo, b_hi, _, sig = by_value[k]
            if b_lo < lo - self.widest:
                break
            if b_hi >= lo:
                out.append((sig, self.reps[sig]))
        return out


_NO_TIME = (None,)
_VOICES = (ACTIVE, PASSIVE, EVENT_NAMED, EVENT_DESCRIBED)  # the key prefixes `probe_base` turns to the other side


def _split(key: str) -> tuple[str, str | None]:
    """A block key as the reconciler files it: the part before its last "@", and the time after it."""
    base, sep, at = key.rpartition("@")
    return (base, at) if sep else (key, None)


class Reconciler:
    def __init__(self, gaz: Gazetteer | None = None, ctx: Context | None = None):
        self.ctx = ctx or (Context(gaz, default_context().inventory, default_context().vocab) if gaz
                           else default_context())
        self.gaz = self.ctx.gaz
        # blocks by the part of their key before its last "@", then by the time after it (None: a key
        # without one): the blocks a key probes (`probe_keys`: the same time and its neighbours) share the
        # first part, so a claim looks its key up once in the large table, then its times in a small one;
        # most keys are a new block whose first part no other block has (one look-up, nothing to probe).
        # A first part with one time holds its block itself (most: a million dictionaries fewer at 1M claims)
        self.blocks: dict[str, _Block | dict[str | None, _Block]] = {}
        self.stats = Stats()
        # signatures numbered once: blocks hold the number, so looking a claim's signature up in
        # a block hashes an int, not a tuple of fourteen fields (tuples do not cache their hash)
        self._sig_ids: dict[tuple, int] = {}
        # the components of the links found by this reconciler (union-find, by claim id): what
        # a hub block's representatives are already joined to
        self._parent: dict[str, str] = {}

    def _find(self, x: str) -> str:
        parent = self._parent
        root = x
        while (p := parent.get(root, root)) != root:
            root = p
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def _union(self, a: str, b: str) -> str:
        """Join the components of a and b; returns the root of the union."""
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra
        return ra

    def _sig(self, c: Claim) -> int:
        ids = self._sig_ids
        sig = signature(c)
        n = ids.get(sig)
        if n is None:
            n = ids[sig] = len(ids)
        return n

    def seed(self, claims: Iterable[Claim]) -> None:
        """Register claims that were reconciled before (no comparisons are made)."""
        blocks = self.blocks
        for c in sorted(claims, key=lambda c: c.id):
            sig = self._sig(c)
            h = held(c)
            for key in block_keys(c):
                base, at = _split(key)
                entry = blocks.get(base)
                if entry is None:
                    block = blocks[base] = _Block(at=at)
                elif type(entry) is _Block:
                    if entry.at == at:
                        block = entry
                    else:
                        block = _Block(at=at)
                        blocks[base] = {entry.at: entry, at: block}
                else:
                    block = entry.get(at)
                    if block is None:
                        block = entry[at] = _Block(at=at)
                block.size += 1
                block.add(sig, h, MEASURE in key)

    def add(self, claims: Iterable[Claim]) -> list[PairDecision]:
        """Reconcile new claims against their blocks; returns links and conflicts."""
        with no_gc():
            return self._add(claims)

    def _add(self, claims: Iterable[Claim]) -> list[PairDecision]:
        out: list[PairDecision] = []
        blocks, stats, ctx = self.blocks, self.stats, self.ctx
        comparisons = 0
        find, union, sig_ids = self._find, self._union, self._sig_ids
        parent_get = self._parent.get
        new_blocks, largest = 0, stats.largest_block
        for c in claims:  # any order: decisions depend on signatures, groups on links only
            stats.claims += 1
            sig = signature(c)  # (self._sig, inline)
            n = sig_ids.get(sig)
            if n is None:
                n = sig_ids[sig] = len(sig_ids)
            sig = n
            cid = c.id
            h = held(c)
            seen: set[str] = {cid}  # a pair meets once even when it shares several keys
            for key in block_keys(c):
                probes = []
                twin = None  # the representative of the claim's signature in the first probed block holding one
                base, sep, at = key.rpartition("@")
                if sep:
                    ats = probe_times(at)
                    at = ats[1] if len(ats) == 3 else ats[0]  # one string for every key of this time
                else:
                    base, at, ats = key, None, _NO_TIME
                entry = blocks.get(base)
                # (the other voice's blocks for an act and what underwent it: probe_base)
                probed = blocks.get(probe_base(base)) if base.startswith(_VOICES) else entry
                if entry is None:
                    own = None
                elif type(entry) is _Block:  # the first part's only block
                    own = entry if entry.at == at else None
                else:
                    own = entry.get(at)
                if probed is None:
                    pass
                elif type(probed) is _Block:
                    if probed.at in ats:
                        probes.append(probed)
                        twin = probed.reps.get(sig)
                else:
                    for t in ats:  # probe_keys(key), in its order
                        b = probed.get(t)
                        if b is not None:
                            probes.append(b)
                            if twin is None:
                                twin = b.reps.get(sig)
                linked = False
                if twin is not None and twin.id not in seen:
                    seen.add(twin.id)
                    comparisons += 1
                    d = compare(h, twin, None, ctx, False)  # (None: "none")
                    if d is not None and d.kind == "link":
                        out.append(d)
                        union(cid, twin.id)
                        linked = True  # linked to its twin, it shares the twin's other decisions
                measure = MEASURE in key
                if not linked:
                    for block in probes:
                        reps = block.reps
                        hub = len(reps) > HUB_REPS
                        root = find(cid) if hub else None
                        # the block's own dict when it is small (nothing adds to it during the loop)
                        for other_sig, rep in (block.near(c) if measure else block.recent() if hub
                                               else reps.items()):
                            if other_sig == sig:
                                continue
                            rid = rep.id
                            if rid in seen:
                                continue
                            seen.add(rid)
                            # (find, inline for a representative no link made a child)
                            if hub and (rid if parent_get(rid) is None else find(rid)) == root:
                                continue
                            comparisons += 1
                            d = compare(h, rep, None, ctx, False)
                            if d is None:  # (a "none" known from the times alone)
                                continue
                            kind = d.kind
                            if kind != "none" and not (measure and kind == "conflict"):
                                out.append(d)
                                if kind == "link":
                                    if hub:
                                        root = union(cid, rid)
                                    else:
                                        union(cid, rid)
                block = own
                if block is None:
                    block = _Block(at=at)
                    if entry is None:
                        blocks[base] = block
                    elif type(entry) is _Block:
                        blocks[base] = {entry.at: entry, at: block}
                    else:
                        entry[at] = block
                    new_blocks += 1
                size = block.size = block.size + 1
                if size > largest:
                    largest = size
                block.add(sig, h, measure)
        stats.blocks += new_blocks
        stats.largest_block = largest
        stats.comparisons += comparisons
        stats.links += sum(1 for d in out if d.kind == "link")
        stats.conflicts += sum(1 for d in out if d.kind == "conflict")
        return out

    def _compare(self, a: Claim, b: Claim, seen: set[str]) -> PairDecision | None:
        if a.id == b.id or b.id in seen:
            return None
        seen.add(b.id)
        self.stats.comparisons += 1
        return compare(a, b, ctx=self.ctx)


def reconcile(claims: Iterable[Claim], gaz: Gazetteer | None = None) -> tuple[list[PairDecision], Stats]:
    """All links and conflicts among `claims`, from scratch."""
    r = Reconciler(gaz)
    decisions = r.add(claims)
    return decisions, r.stats
