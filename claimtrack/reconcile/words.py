"""Predicates outside the inventory (data/vocabulary.yaml): which verbs state one thing
across French and English, and English words for French ones in statements."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from claimtrack import lexicon


@dataclass(frozen=True)
class Vocabulary:
    family_of: dict[str, str] = field(default_factory=dict)  # lemma -> family
    glosses: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> lemma -> English

    def same_family(self, a: str, b: str) -> str | None:
        fa = self.family_of.get(a.lower())
        return fa if fa is not None and fa == self.family_of.get(b.lower()) else None

    def gloss(self, lemma: str, lang: str | None) -> str | None:
        """English for a predicate: an English lemma inflected ("sell" -> "sells"), a French
        one glossed, else None."""
        lemma = lemma.lower()
        for table in ([self.glosses.get(lang, {})] if lang else []) + list(self.glosses.values()):
            if lemma in table:
                return table[lemma]
        if lang in (None, "en") and lemma.replace(" ", "").isalpha() and lemma.isascii():
            head, _, rest = lemma.partition(" ")
            third = head + ("es" if head.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
            if head.endswith("y") and head[-2:-1] not in "aeiou":
                third = head[:-1] + "ies"
            third = {"be": "is", "have": "has"}.get(head, third)
            return " ".join(x for x in (third, rest) if x)
        return None


@functools.cache
def load_vocabulary() -> Vocabulary:
    data = lexicon.load("vocabulary") or {}
    family_of: dict[str, str] = {}
    for fam, verbs in (data.get("families") or {}).items():
        for v in verbs:
            family_of.setdefault(str(v).lower(), fam)
    glosses = {lang: {str(k).lower(): str(v) for k, v in (table or {}).items()}
               for lang, table in (data.get("glosses") or {}).items()}
    return Vocabulary(family_of, glosses)
