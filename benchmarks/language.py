"""Language detection: which library claimtrack uses, measured side by side.

For each candidate, on the texts of benchmarks/language_texts.yaml (fr, en, zh, ar, ru,
de; short headlines and whole articles, written for this benchmark): accuracy on
headlines, accuracy on articles, wrong answers, load time, time per article and peak
memory of a process that loaded it. Each candidate runs in its own process.

    pip install lingua-language-detector py3langid langdetect pycld2   # the candidates
    python benchmarks/language.py
    python benchmarks/language.py py3langid lingua-all                  # some of them

A candidate whose library is not installed is reported as such and skipped.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TEXTS = Path(__file__).with_name("language_texts.yaml")
REPEAT = 20  # articles are classified this many times each for the timing


# a set of the languages a news desk meets most, for candidates that can be limited to some
NEWS = ["fr", "en", "de", "es", "it", "pt", "nl", "sv", "da", "pl", "cs", "ro", "hu", "el", "tr", "ru", "uk",
        "ar", "fa", "he", "hi", "zh", "ja", "ko", "vi", "id"]


def _lingua(low: bool, only: list[str] | None = None):
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    b = (LanguageDetectorBuilder.from_iso_codes_639_1(*[getattr(IsoCode639_1, c.upper()) for c in only])
         if only else LanguageDetectorBuilder.from_all_languages())
    if low:
        b = b.with_low_accuracy_mode()
    det = b.build()

    def run(text: str) -> str:
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "??"
    return run


def _py3langid(only: list[str] | None = None, iso: bool = False):
    import py3langid.langid as m
    ident = m.LanguageIdentifier.from_modelpath(Path(m.__file__).parent / m.MODEL_FILE)
    if iso:  # the model's ISO 639-1 languages only (it also knows 'wuu', 'arz', 'zxx'...)
        only = sorted({c for c in ident.nb_classes if len(c) == 2})
    if only:
        ident.set_languages(only)
    return lambda text: ident.classify(text)[0]


def _langdetect():
    from langdetect import DetectorFactory, detect
    DetectorFactory.seed = 0  # otherwise it answers differently from run to run
    return lambda text: detect(text).split("-")[0]


def _pycld2():
    import pycld2

    def run(text: str) -> str:
        ok, _, details = pycld2.detect(text)
        code = details[0][1].split("-")[0]
        return code if ok and code != "un" else "??"
    return run


def _stopwords():
    """claimtrack's detector before this benchmark: French/English stopword coverage, French by default."""
    import re
    words = {"fr": set("le la les de des du un une et est que qui dans pour sur au aux avec par pas ne ce cette "
                       "son sa ses il elle ils sont été mais plus comme selon entre leur".split()),
             "en": set("the of and to in is that for on with as by it was are be this from at an has have its "
                       "not but which said will their were would".split())}

    def run(text: str) -> str:
        found = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
        if not found:
            return "fr"
        scores = {k: sum(w in v for w in found) / len(found) for k, v in words.items()}
        best = max(sorted(scores), key=lambda k: scores[k])
        return best if scores[best] > 0.02 else "fr"
    return run


def _claimtrack():
    from claimtrack.nlp.language import detect
    return detect


CANDIDATES = {
    "stopwords (old)": _stopwords,
    "lingua-all": lambda: _lingua(False),
    "lingua-all-low": lambda: _lingua(True),
    "lingua-news": lambda: _lingua(False, NEWS),
    "lingua-news-low": lambda: _lingua(True, NEWS),
    "py3langid": _py3langid,
    "py3langid-news": lambda: _py3langid(NEWS),
    "py3langid-iso": lambda: _py3langid(iso=True),
    "langdetect": _langdetect,
    "pycld2": _pycld2,
    "claimtrack.detect": _claimtrack,
}


def measure(name: str) -> dict:
    import yaml
    data = yaml.safe_load(TEXTS.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    try:
        detect = CANDIDATES[name]()
        detect("warm up")
    except ImportError as exc:
        return {"name": name, "missing": str(exc)}
    load = time.perf_counter() - t0
    out: dict = {"name": name, "load_s": load, "wrong": []}
    for kind in ("headlines", "articles"):
        right = total = 0
        for lang, parts in data.items():
            for text in parts[kind]:
                got = detect(text)
                total += 1
                right += got == lang
                if got != lang:
                    out["wrong"].append(f"{lang}->{got}: {text.strip()[:40]!r}")
        out[kind] = (right, total)
    articles = [t for parts in data.values() for t in parts["articles"]]
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        for text in articles:
            detect(text)
    out["ms_per_article"] = (time.perf_counter() - t0) * 1000 / (REPEAT * len(articles))
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(names: list[str]) -> None:
    if len(names) == 2 and names[0] == "--one":
        print(json.dumps(measure(names[1])))
        return
    names = names or list(CANDIDATES)
    print(f"{'candidate':18} {'headlines':>10} {'articles':>9} {'load s':>7} {'ms/article':>10} {'peak MB':>8}")
    for name in names:
        proc = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True, text=True)
        if proc.returncode:
            print(f"{name:18} failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(proc.stdout)
        if "missing" in r:
            print(f"{name:18} not installed ({r['missing']})")
            continue
        h, a = r["headlines"], r["articles"]
        print(f"{name:18} {h[0]:>4}/{h[1]:<5} {a[0]:>3}/{a[1]:<5} {r['load_s']:>7.2f} {r['ms_per_article']:>10.3f} "
              f"{r['peak_mb']:>8.0f}")
        for w in r["wrong"]:
            print(f"{'':18}   wrong {w}")


if __name__ == "__main__":
    main(sys.argv[1:])
