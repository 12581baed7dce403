"""Reconciler scale benchmark: synthetic claims at 10k, 100k and 1M.

Prints, per size: time to block and compare, time to build groups, peak memory of
the process, comparisons made, and the all-pairs comparisons blocking avoided.
Each size runs in its own process so peak memory is that size's own.

Synthetic claims follow realistic key distributions: subjects and objects are drawn
from a Zipf law over many entities (a few hubs like "Meta", a long tail), relations
with the skew of news text (a third without a lexicon relation), amounts log-uniform,
one claim in three dated, 5 % negated, modality mixed, 30 claims per article over
three years of publication dates.

    python benchmarks/reconcile.py                 # 10k, 100k, 1M
    python benchmarks/reconcile.py 10000 50000     # chosen sizes
"""
from __future__ import annotations

import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtrack.extract.relations import relations  # noqa: E402
from claimtrack.models import Claim, Quantity, TimeValue  # noqa: E402
from claimtrack.extract.times import month_value  # noqa: E402

RELATION_WEIGHTS = {"open": 34, "invest": 6, "build": 6, "launch": 6, "go_closed": 4, "stay_open": 2,
                    "shelve": 3, "fail": 3, "succeed": 3, "based_on": 4, "partner": 5, "acquire": 4,
                    "appoint": 4, "cut_funding": 3, "cost": 3, "revenue": 4, "stock_rise": 3, "stock_fall": 3}
VERBS = [f"verb{i}" for i in range(300)]
START = dt.date(2023, 1, 1)


def zipf_sampler(n: int, s: float, rng: random.Random):
    weights = [1 / (k ** s) for k in range(1, n + 1)]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    import bisect

    def draw() -> int:
        return bisect.bisect_left(cum, rng.random() * total)
    return draw


def synthetic(n: int, seed: int = 1) -> list[Claim]:
    rng = random.Random(seed)
    n_entities = max(2000, n // 20)
    ent = zipf_sampler(n_entities, 0.9, rng)
    rels = list(RELATION_WEIGHTS)
    weights = [RELATION_WEIGHTS[r] for r in rels]
    lex = relations()
    claims = []
    for i in range(n):
        art = i // 30
        published = START + dt.timedelta(days=(art * 7919) % 1095)
        rel = rng.choices(rels, weights)[0]
        r = lex[rel]
        subject = f"E{ent()}"
        stype = (r.subject or ("org",))[0]
        obj = otype = None
        if r.object:
            obj, otype = f"E{ent()}", r.object[0]
        elif r.object_phrase:
            obj = rng.choice(["infrastructure IA", "le métaverse", "la recherche", "les talents", "le cloud"])
        value = None
        if rel in ("invest", "cost", "revenue", "build") and rng.random() < 0.7:
            amount = 10 ** rng.uniform(6, 12)
            value = Quantity(amount=amount, lower=amount, upper=amount, unit="USD", text=f"{amount:.3g} USD")
        when: TimeValue | None = None
        if rng.random() < 0.33:
            m = rng.randrange(36)
            when = month_value(2023 + m // 12, m % 12 + 1, "synthetic")
        claims.append(Claim(
            id=f"c{i:09d}", article=f"a{art:07d}", evidence=f"Sentence {i} about {subject}.", start=i % 30 * 100,
            end=i % 30 * 100 + 50, subject=subject, subject_type=stype, subject_text=subject, relation=rel,
            predicate=rng.choice(VERBS) if rel == "open" else rel, object=obj, object_type=otype, value=value,
            polarity="negated" if rng.random() < 0.05 else "affirmed",
            modality=rng.choices(["asserted", "reported", "hedged", "planned"], [5, 3, 1, 1])[0],
            attributed_to=rng.choice([None, None, None, "Bloomberg", "Reuters", "anonymous sources"]),
            when=when, outlet=f"Outlet{art % 40}", published=published))
    return claims


def run_one(n: int) -> dict:
    from claimtrack.nlp.gazetteer import Gazetteer
    from claimtrack.reconcile.cluster import build
    from claimtrack.reconcile.engine import Reconciler

    claims = synthetic(n)
    gaz = Gazetteer({})  # synthetic names are not in the gazetteer
    t0, c0 = time.perf_counter(), time.process_time()
    rec = Reconciler(gaz)
    decisions = rec.add(claims)
    t1 = time.perf_counter()
    groups, conflicts = build(claims, decisions)
    t2, c2 = time.perf_counter(), time.process_time()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    st = rec.stats
    return {"claims": n, "compare_s": round(t1 - t0, 2), "groups_s": round(t2 - t1, 2),
            "total_s": round(t2 - t0, 2), "cpu_s": round(c2 - c0, 2), "peak_mb": round(peak_mb), "comparisons": st.comparisons,
            "all_pairs": st.all_pairs(), "blocks": st.blocks, "largest_block": st.largest_block,
            "links": st.links, "conflicts": st.conflicts, "groups": len(groups), "group_conflicts": len(conflicts)}


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        print(json.dumps(run_one(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    print(f"{'claims':>9} {'compare s':>9} {'groups s':>8} {'total s':>8} {'cpu s':>7} {'peak MB':>8} "
          f"{'comparisons':>12} {'all pairs':>16} {'avoided':>8} {'largest block':>13}")
    prev = None
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        avoided = 1 - r["comparisons"] / r["all_pairs"]
        print(f"{r['claims']:>9,} {r['compare_s']:>9} {r['groups_s']:>8} {r['total_s']:>8} {r['cpu_s']:>7} {r['peak_mb']:>8} "
              f"{r['comparisons']:>12,} {r['all_pairs']:>16,} {avoided:>8.5%} {r['largest_block']:>13,}")
        if prev:
            print(f"{'':>9} x{r['claims'] / prev['claims']:.0f} claims -> x{r['total_s'] / prev['total_s']:.1f} time "
                  f"(x{r['cpu_s'] / prev['cpu_s']:.1f} CPU time)")
        prev = r


if __name__ == "__main__":
    main(sys.argv[1:])
