"""Many figures for one fact: how conflicts and stored decisions grow.

Issue 11 found 5,000 figures for one measured fact (one funding round, reported by
5,000 outlets with 5,000 different amounts) made 1,036,155 conflict rows after 1,484
files: every figure opposed every other. Figures of one measure now meet by value
(sorted bounds, blocking.MEASURE) and conflict with their neighbours only.

Here n outlets report one round with 60 different figures between them. Prints, per
number of figures: reconcile time, group-building time, comparisons,
stored decisions (links and conflicts), conflicts, and the ratios against n and n².

    python benchmarks/figures.py              # 500, 1000, 5000
    python benchmarks/figures.py 200 2000
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtrack.reconcile.cluster import build  # noqa: E402
from claimtrack.reconcile.engine import reconcile  # noqa: E402
from tests.helpers import claim as C  # noqa: E402


DISTINCT = 60  # different figures in circulation, 1.2x apart (beyond rounding: any two disagree)


def figures(n: int):
    return [C("Acme", "raise_funds", value=f"{round(100 * 1.2 ** (i % DISTINCT), 1)} millions d'euros",
              article=f"a{i}", published="2025-09-10", outlet=f"Outlet {i}") for i in range(n)]


def main(sizes: list[int]) -> None:
    print(f"{'figures':>8} {'reconcile':>10} {'groups':>8} {'comparisons':>12} {'decisions':>10} "
          f"{'conflicts':>10} {'conflicts/n':>12} {'decisions/n²':>13}")
    for n in sizes:
        claims = figures(n)
        t0 = time.perf_counter()
        decisions, stats = reconcile(claims)
        t1 = time.perf_counter()
        groups, conflicts = build(claims, decisions)
        t2 = time.perf_counter()
        stored = sum(1 for d in decisions if d.kind != "none")
        print(f"{n:>8} {t1 - t0:>9.2f}s {t2 - t1:>7.2f}s {stats.comparisons:>12,} {stored:>10,} "
              f"{len(conflicts):>10,} {len(conflicts) / n:>12.3f} {stored / n / n:>13.6f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 1000, 5000])
