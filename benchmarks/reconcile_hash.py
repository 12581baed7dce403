"""A fingerprint of the reconciler's results on the benchmark's synthetic claims, to check
that a change to the engine or to build changes nothing: SHA-256 (first 16 hex digits) of
every decision `Reconciler.add` returns, in order, with its labels written; of `build`'s
groups; of its conflicts.

    python benchmarks/reconcile_hash.py 100000     # run it with each code (a worktree) and compare
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reconcile import synthetic  # noqa: E402

from claimtrack.nlp.gazetteer import Gazetteer  # noqa: E402
from claimtrack.reconcile.cluster import build  # noqa: E402
from claimtrack.reconcile.engine import Reconciler  # noqa: E402


def digest(rows) -> str:
    h = hashlib.sha256()
    for row in rows:
        h.update(repr(row).encode())
    return h.hexdigest()[:16]


def main(n: int) -> None:
    claims = synthetic(n)
    t = time.process_time()
    rec = Reconciler(Gazetteer({}))
    decisions = rec.add(claims)
    groups, conflicts = build(claims, decisions)
    cpu = time.process_time() - t
    d = digest((x.a, x.b, x.kind, x.reason, [(r.level, r.text(), r.agrees, r.code) for r in x.levels])
               for x in decisions)
    print(f"n={n} decisions={len(decisions)} {d} groups={len(groups)} {digest(g.model_dump() for g in groups)} "
          f"conflicts={len(conflicts)} {digest(c.model_dump() for c in conflicts)} "
          f"comparisons={rec.stats.comparisons} cpu={cpu:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
