"""Store benchmark: the ingest's store path alone (writing, reconciling, regrouping), no spaCy.

The corpus is benchmarks/ingest.py's (perturbed copies of the seed articles, in the
order an ingest reads them). It is analysed once per size and the analyses are kept in
a pickle (a temporary folder, or --cache DIR to reuse them across runs); then, each in
a fresh process and with each code given, the analyses are stored one transaction per
article (`ingest.store_analysis`, what `claimtrack ingest` does after analysing) into an
empty SQLite base, then one more article is added and one is changed. Printed side by
side: the CPU time per article over the first and the last 10 % of the articles (what
grows with the knowledge base shows as last / first), the whole store time, the added
and the changed article's store time, and the peak memory of the process.

    python benchmarks/store.py                       # 200 and 1000 articles
    python benchmarks/store.py --against ../main 200 1000
    python benchmarks/store.py --profile 1000        # cProfile of this code's store run, top functions

With --against, the other checkout's claimtrack is imported by this script (run with
its own path first on sys.path), so it needs no copy of this file.
"""
from __future__ import annotations

import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_analyse(seeds: str, n: int, out: str) -> dict:
    """Analyse the corpus of `n` articles plus one extra and one changed copy; pickle it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ingest import make_corpus

    from claimtrack.ingest import _analyze
    from claimtrack.nlp.pipeline import Pipelines
    from claimtrack.sources.reader import read_documents
    pipelines = Pipelines()
    with tempfile.TemporaryDirectory() as tmp:
        files = make_corpus(Path(seeds), Path(tmp) / "corpus", n + 1)
        docs = [d for p in files for d in read_documents(p)]
        changed = files[n // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nMise à jour.\n", encoding="utf-8")
        docs += read_documents(changed)
    analyses = [(d, _analyze(d, pipelines)) for d in docs]
    with open(out, "wb") as f:
        pickle.dump(analyses, f, protocol=pickle.HIGHEST_PROTOCOL)
    return {"articles": len(analyses)}


def step_store(pickled: str, db: str, profile: str | None = None) -> dict:
    """Store the pickled analyses into an empty base; CPU time of each article."""
    from claimtrack.ingest import IngestReport, Run, store_analysis
    from claimtrack.store.db import ensure_schema, make_engine
    with open(pickled, "rb") as f:
        analyses = pickle.load(f)
    *corpus, added, changed = analyses
    engine = make_engine(db)
    ensure_schema(engine)
    report, run = IngestReport(), Run()
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    times = []
    t0 = time.perf_counter()
    for doc, analysis in corpus:
        c = time.process_time()
        assert store_analysis(engine, doc, analysis, report, run) == "new", report.rejected[-1:]
        times.append(time.process_time() - c)
    wall = time.perf_counter() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    c = time.process_time()
    assert store_analysis(engine, added[0], added[1], report, run) == "new"
    t_added = time.process_time() - c
    c = time.process_time()
    assert store_analysis(engine, changed[0], changed[1], report, run) == "replaced"
    t_changed = time.process_time() - c
    engine.dispose()
    tenth = max(1, len(times) // 10)
    return {"n": len(times), "claims": sum(len(a.claims) for _, a in corpus if not isinstance(a, str)),
            "first": sum(times[:tenth]) / tenth, "last": sum(times[-tenth:]) / tenth, "cpu": sum(times),
            "wall": wall, "added": t_added, "changed": t_changed, "peak_mb": _peak_mb()}


def run_step(code: Path, *args) -> dict:
    """One step in a fresh interpreter that imports the claimtrack of `code`."""
    me = str(ROOT / "benchmarks" / "store.py")
    boot = (f"import sys; sys.path.insert(0, {str(code)!r}); sys.argv = ['store.py', '--step'] + sys.argv[1:]; "
            f"__file__ = {me!r}; exec(compile(open(__file__).read(), __file__, 'exec'))")
    out = subprocess.run([sys.executable, "-c", boot, json.dumps(args)], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench(n: int, seeds: Path, cache: Path, codes: dict[str, Path], profile: bool) -> None:
    pickled = cache / f"analyses-{seeds.name}-{n}.pkl"
    if not pickled.exists():
        t = time.perf_counter()
        run_step(ROOT, "analyse", str(seeds), n, str(pickled))
        print(f"({n} articles analysed in {time.perf_counter() - t:.0f} s, kept in {pickled})")
    results = {}
    for name, code in codes.items():
        with tempfile.TemporaryDirectory() as tmp:
            prof = str(cache / f"store-{n}.prof") if profile and name == "this" else None
            results[name] = run_step(code, "store", str(pickled), f"sqlite:///{tmp}/kb.db", prof)
    first = next(iter(results.values()))
    print(f"\n{n} articles ({first['claims']:,} claims), store path only (CPU s; ms per article)")
    print(f"{'code':<10} {'first 10%':>10} {'last 10%':>10} {'last/first':>10} {'store s':>8} {'wall s':>8} "
          f"{'added ms':>9} {'changed ms':>10} {'peak MB':>8}")
    for name, r in results.items():
        print(f"{name:<10} {r['first'] * 1000:>10.1f} {r['last'] * 1000:>10.1f} {r['last'] / r['first']:>10.2f} "
              f"{r['cpu']:>8.2f} {r['wall']:>8.2f} {r['added'] * 1000:>9.1f} {r['changed'] * 1000:>10.1f} "
              f"{r['peak_mb']:>8.0f}")
    if profile:
        import pstats
        pstats.Stats(str(cache / f"store-{n}.prof")).sort_stats("cumulative").print_stats(40)
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--step":
        kind, *args = json.loads(argv[1])
        print(json.dumps({"analyse": step_analyse, "store": step_store}[kind](*args)))
        return
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    seeds, against, cache, profile = ROOT / "data" / "sources", None, None, False
    while argv and argv[0].startswith("--"):
        if argv[0] == "--profile":
            profile, argv = True, argv[1:]
            continue
        opt, value, argv = argv[0], argv[1], argv[2:]
        if opt == "--seeds":
            seeds = Path(value).resolve()
        elif opt == "--against":
            against = Path(value).resolve()
        elif opt == "--cache":
            cache = Path(value).resolve()
        else:
            raise SystemExit(f"unknown option {opt}")
    sizes = [int(a) for a in argv] or [200, 1000]
    codes = {"this": ROOT} if against is None else {"this": ROOT, "against": against}
    with tempfile.TemporaryDirectory() as tmp:
        where = cache or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            bench(n, seeds, where, codes, profile)


if __name__ == "__main__":
    main(sys.argv[1:])
