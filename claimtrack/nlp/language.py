"""Detect an article's language from stopword coverage (data/languages.yaml).

Deterministic and dependency-free: news prose is long enough that the share of a
language's commonest words separates French from English reliably.
"""
from __future__ import annotations

import re

from claimtrack import lexicon

SUPPORTED = ("fr", "en")


def detect(text: str, default: str = "fr") -> str:
    data = lexicon.load("languages")
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    if not words:
        return default
    scores = {lang: sum(1 for w in words if w in set(data[lang])) / len(words) for lang in SUPPORTED}
    best = max(sorted(scores), key=lambda k: scores[k])
    return best if scores[best] > 0.02 else default
