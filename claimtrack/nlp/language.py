"""Detect an article's language: an ISO 639-1 code ("fr", "en", "zh", "ar"...).

py3langid (a maintained fork of langid.py, with its model in the wheel) limited to the
model's ISO 639-1 languages, so the answer is always a two-letter code. Chosen by
benchmarks/language.py: on headlines and whole articles in fr, en, zh, ar, ru and de it
was as accurate as lingua at a quarter of the memory and under a millisecond an article.
"""
from __future__ import annotations

import functools
from pathlib import Path

MAX_CHARS = 20_000  # the opening of an article decides its language


@functools.cache
def _identifier():
    import py3langid.langid as langid

    ident = langid.LanguageIdentifier.from_modelpath(Path(langid.__file__).parent / langid.MODEL_FILE)
    # the model also knows dialects and non-languages ('arz', 'wuu', 'zxx'): keep ISO 639-1 codes
    ident.set_languages(sorted({code for code in ident.nb_classes if len(code) == 2}))
    return ident


def detect(text: str, default: str = "fr") -> str:
    """The language of `text` as an ISO 639-1 code; `default` when it has no letters."""
    sample = text[:MAX_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return default
    return str(_identifier().classify(sample)[0])
