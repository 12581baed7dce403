"""Query benchmark: `timeline ENTITY` on a large knowledge base built directly in SQLite.

Builds a knowledge base of N synthetic claims (default 1,000,000) straight into a SQLite
file through the migrated schema (no extraction, no reconciling: rows as ingest would
leave them): 30 claims per article, subjects drawn from a Zipf law over N/20 entities,
claims of one subject, relation, object and quarter in one group, a conflict between
some groups of one subject. "Meta" is one of the entities, with --meta-claims claims.

Prints, in one run: the time to build the base, `timeline meta` latency in-process
(p50/p95 over --repeat runs, a fresh session each, as the CLI does, text rendering
included), the same for the largest hub (3 runs: the cost follows the scope, not the
base), and the wall time of
the `claimtrack timeline meta` process on a smaller base (--process-claims).

    python benchmarks/query.py                     # 1M claims in-process, 25k-claim process
    python benchmarks/query.py --claims 200000 --repeat 10
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RELATIONS = ["invest", "build", "launch", "partner", "acquire", "appoint", "go_closed", "stay_open", "shelve",
             "revenue", "cost", "open"]
START = dt.date(2023, 1, 1)
PER_ARTICLE = 30


def _zipf(n: int, s: float, rng: random.Random):
    import bisect
    cum, total = [], 0.0
    for k in range(1, n + 1):
        total += 1 / k ** s
        cum.append(total)
    return lambda: bisect.bisect_left(cum, rng.random() * total)


def build_kb(path: Path, n: int, meta_claims: int, seed: int = 1) -> dict:
    """Rows straight into a migrated SQLite file; returns counts."""
    from claimtrack.store.db import make_engine, upgrade
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    rng = random.Random(seed)
    n_ent = max(2000, n // 20)
    ent = _zipf(n_ent, 0.9, rng)
    meta_every = max(1, n // meta_claims) if meta_claims else 0
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    cur = con.cursor()
    now = dt.datetime(2026, 1, 1).isoformat(" ")
    cur.executemany("INSERT INTO outlets (id, name) VALUES (?, ?)", [(i + 1, f"Outlet{i}") for i in range(40)])
    groups: dict[tuple, list] = {}  # (subject, relation, object, quarter) -> [group id, claim ids, when]
    arts, claims, members = [], [], []
    n_art = (n + PER_ARTICLE - 1) // PER_ARTICLE
    for a in range(n_art):
        published = START + dt.timedelta(days=(a * 7919) % 1095)
        aid = f"a{a:07d}"
        arts.append((aid, f"synthetic/{aid}.txt", f"Article {a}", a % 40 + 1, None, None, published.isoformat(),
                     "en", f"Synthetic article {a}.", hashlib.sha1(aid.encode()).hexdigest(), now))
        for j in range(PER_ARTICLE):
            i = a * PER_ARTICLE + j
            if i >= n:
                break
            subject = "Meta" if meta_every and i % meta_every == 0 else f"E{ent()}"
            rel = rng.choice(RELATIONS)
            obj = f"E{ent()}" if rel in ("partner", "acquire", "build") else None
            q = f"{published.year}Q{(published.month - 1) // 3 + 1}"
            key = (subject, rel, obj, q)
            g = groups.get(key)
            if g is None:
                g = groups[key] = ["g" + hashlib.sha1(repr(key).encode()).hexdigest()[:12], [], q]
            cid = f"c{i:09d}"
            g[1].append(cid)
            claims.append((cid, aid, j * 100, j * 100 + 80, None, None, 0,
                           f"{subject} {rel} {obj or ''} (sentence {i}).", subject, "org", None, subject, None, rel,
                           rel, obj, "org" if obj else None, None, None, None, None, None,
                           "negated" if rng.random() < 0.05 else "affirmed", "asserted",
                           rng.choice([None, "Bloomberg", "Reuters"]), None, None, None, None, None))
            members.append((g[0], cid))
    cur.executemany(f"INSERT INTO articles VALUES ({','.join('?' * 11)})", arts)
    cur.executemany(f"INSERT INTO claims (id, article_id, start, \"end\", span_start, span_end, headline, evidence, "
                    f"subject, subject_type, subject_owner, subject_text, subject_resolved_from, relation, predicate, "
                    f"object, object_type, value_amount, value_lower, value_upper, value_unit, value_text, polarity, "
                    f"modality, attributed_to, when_iso, when_precision, when_start, when_end, when_text) "
                    f"VALUES ({','.join('?' * 30)})", claims)
    grows = [(gid, f"{k[0]} {k[1]} {k[2] or ''}".strip(), None, "corroborated" if len(ids) > 1 else "single source",
              len(ids), json.dumps([f"Outlet{len(ids) % 40}"]), "synthetic group", k[0], k[1])
             for k, (gid, ids, _) in groups.items()]
    cur.executemany("INSERT INTO groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", grows)
    cur.executemany("INSERT INTO group_claims VALUES (?, ?)", members)
    by_subject: dict[str, list] = {}
    for k, (gid, ids, _) in groups.items():
        by_subject.setdefault(k[0], []).append((gid, ids[0]))
    conflicts = []
    for subject, gs in by_subject.items():  # one conflict for every 10 groups of a subject, between neighbours
        for (ga, ca), (gb, cb) in list(zip(gs, gs[1:]))[::10]:
            conflicts.append(("x" + hashlib.sha1(f"{ga}|{gb}".encode()).hexdigest()[:12], ga, gb, "opposite relations",
                              f"synthetic conflict of {subject}", json.dumps([[ca, cb]])))
    cur.executemany("INSERT INTO conflicts VALUES (?, ?, ?, ?, ?, ?)", conflicts)
    cur.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?)",
                    [(s, "org", "candidate", None, None) for s in by_subject])
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    sizes: dict[str, int] = {}
    for k, (_, ids, _) in groups.items():
        sizes[k[0]] = sizes.get(k[0], 0) + len(ids)
    hub = max(sizes, key=sizes.get)
    return {"claims": len(claims), "articles": len(arts), "groups": len(groups), "conflicts": len(conflicts),
            "meta_claims": sizes.get("Meta", 0), "hub": hub, "hub_claims": sizes[hub]}


def latency(path: Path, entity: str, repeat: int) -> tuple[float, float, int]:
    """p50, p95 (ms) of the in-process timeline and its entry count; a fresh session per run."""
    from claimtrack.report.timeline import render, timeline_from_store
    from claimtrack.store.db import make_engine, sessions
    from claimtrack.store.repository import Repository
    engine = make_engine(f"sqlite:///{path}")
    times, entries = [], 0
    for _ in range(repeat + 1):
        t = time.perf_counter()
        with sessions(engine)() as s:
            tl = timeline_from_store(Repository(s), entity)
            render(tl)
        times.append((time.perf_counter() - t) * 1000)
        entries = len(tl.entries)
    engine.dispose()
    times = times[1:]  # the first run warms the caches (gazetteer, vocabulary)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], entries


def process_time(path: Path, entity: str, repeat: int) -> float:
    exe = Path(sys.executable).with_name("claimtrack")
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([str(exe), "--db", str(path), "timeline", entity], check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--meta-claims", type=int, default=1_000, help="claims about Meta in the base")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--process-claims", type=int, default=25_000, help="base size for the process timing")
    ap.add_argument("--dir", type=Path, default=None, help="where the bases are written (default: a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print(f"{'claims':>9} {'build s':>8} {'db MB':>6} {'entity':>8} {'scope claims':>12} {'entries':>7} "
              f"{'p50 ms':>7} {'p95 ms':>7}")
        big = Path(tmp) / "big.db"
        t = time.perf_counter()
        info = build_kb(big, args.claims, args.meta_claims)
        built = time.perf_counter() - t
        mb = os.path.getsize(big) / 2 ** 20
        for entity, size, repeat in (("meta", info["meta_claims"], args.repeat),
                                     (info["hub"], info["hub_claims"], min(args.repeat, 3))):
            p50, p95, entries = latency(big, entity, repeat)
            print(f"{info['claims']:>9,} {built:>8.1f} {mb:>6.0f} {entity:>8} {size:>12,} {entries:>7,} "
                  f"{p50:>7.1f} {p95:>7.1f}")
        small = Path(tmp) / "small.db"
        sinfo = build_kb(small, args.process_claims, max(1, args.meta_claims * args.process_claims // args.claims))
        proc = process_time(small, "meta", 5)
        print(f"`claimtrack timeline meta` process on {sinfo['claims']:,} claims ({sinfo['articles']:,} articles, "
              f"{sinfo['meta_claims']} about Meta): {proc:.2f} s (median of 5)")


if __name__ == "__main__":
    main()
