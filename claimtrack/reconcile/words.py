"""Words the reconciler weighs: predicates outside the inventory (data/vocabulary.yaml:
which verbs state one thing across French and English, English for French ones in
statements), and the words that tell a headline's story (rare words weigh most: the
English word ranks of data/en_common_words.txt, spaCy's stop words)."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack import lexicon

STORY_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
PASSIVE_AUX = ("être", "be")  # how extraction writes a passive predicate without its agent
# a participle back to its verb: French -é(e)(s) -> -er, -i(e)(s) -> -ir; English -ed -> (-e)
PARTICIPLE_ENDINGS = ((r"é(?:e|s|es)?$", "er"), (r"i(?:e|s|es)?$", "ir"), (r"ied$", "y"), (r"ed$", ""),
                      (r"d$", ""), (r"(\w)\1ed$", r"\1"))
RARE = 3.0  # weight of a word no frequency list knows: a name, a rare noun ("salmonella")
RARE_WORD = 2.0  # weight from which a word two objects share says they are one thing, and files them


def fold_accents(text: str) -> str:
    """"métaverse" -> "metaverse": one spelling across French and English."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Vocabulary:
    family_of: dict[str, str] = field(default_factory=dict)  # lemma -> family
    glosses: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> lemma -> English
    rank: dict[str, int] = field(default_factory=dict)  # English word -> frequency rank (0: commonest)
    stop: frozenset[str] = frozenset()  # function words of French and English
    nouns: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> noun -> English noun
    _english: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)  # memo
    _phrases: dict[str, re.Pattern | None] = field(default_factory=dict, compare=False, repr=False)

    def weight(self, word: str) -> float:
        """How much a shared word says two headlines tell one story: rare words most."""
        r = self.rank.get(word)
        if r is None:
            return RARE
        return max(0.2, min(2.5, (r / 2000) ** 0.5))

    def rare(self, word: str) -> bool:
        """A word rare enough that two objects sharing it are about one thing."""
        return word not in self.stop and self.weight(word) >= RARE_WORD

    def story_words(self, text: str) -> frozenset[str]:
        out = set()
        for w in STORY_WORD.findall(text.lower()):
            w = w.strip("'’-").replace("’s", "").replace("'s", "")
            if len(w) < 2 or w in self.stop:
                continue
            if w.endswith("s") and len(w) > 4 and not w.endswith("ss"):
                w = w[:-1]
            out.add(w)
        return frozenset(out)

    def story_similarity(self, a: str, b: str, shared_extra: float = 0.0) -> float:
        """Weighted Jaccard of two headlines' content words (measured: tests/corpus/headlines_en),
        with `shared_extra` weighing what else they share (one figure)."""
        wa, wb = self.story_words(a), self.story_words(b)
        if not wa or not wb:
            return 0.0
        union = sum(self.weight(w) for w in wa | wb) + shared_extra
        return (sum(self.weight(w) for w in wa & wb) + shared_extra) / union

    def anchors(self, text: str, n: int = 3) -> list[str]:
        """A headline's rarest words, to meet the headlines that share one."""
        words = sorted(self.story_words(text), key=lambda w: (-self.weight(w), w))
        return [w for w in words[:n] if self.weight(w) >= 1.0]

    def in_english(self, text: str, lang: str | None) -> str:
        """An object's words in English, as far as the noun glossary goes, without function
        words: "l'offre à l'unanimité" -> "offer unanimité", "ses actions" -> "share"."""
        table = self.nouns.get(lang or "", {})
        if not table and lang != "en":
            return text
        key = (text, lang or "")
        if key in self._english:  # cross-language pairs compare one object many times
            return self._english[key]
        if len(self._english) > 100_000:
            self._english.clear()
        self._english[key] = english = self._words_in_english(self._glossed_phrases(text.lower(), lang or ""),
                                                              table)
        return english

    def _glossed_phrases(self, text: str, lang: str) -> str:
        """The glossary's nouns of several words put in English first ("garde à vue" ->
        "custody", "permis de construire" -> "building permit"): word by word they mean else."""
        if lang not in self._phrases:
            many = sorted((k for k in self.nouns.get(lang, {}) if " " in k), key=len, reverse=True)
            self._phrases[lang] = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, many)) + r")(?:s|x)?(?!\w)") \
                if many else None
        pattern, table = self._phrases[lang], self.nouns.get(lang, {})
        if pattern is None:
            return text
        return pattern.sub(lambda m: table.get(m.group(0)) or table.get(m.group(0)[:-1]) or m.group(0), text)

    def _words_in_english(self, text: str, table: dict[str, str]) -> str:
        out = []  # (English: its own words, singular, without function words)
        for w in STORY_WORD.findall(text.lower()):
            w = re.sub(r"^[ldsjnmtc]['’]", "", w)
            w = re.sub(r"['’]s?$", "", w)  # "plant's permit": the plant's
            if w in self.stop:
                continue
            bare = w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w
            out.append(table.get(w) or table.get(bare) or (bare if not table else w))  # English: singular
        return " ".join(out)

    def family(self, predicate: str) -> str | None:
        """The family of a predicate: its lemma's, or for a passive ("être touchés", "be
        affected") its participle's verb ("toucher", "affect")."""
        p = predicate.lower()
        fam = self.family_of.get(p)
        if fam is not None:
            return fam
        aux, _, participle = p.partition(" ")
        if aux not in PASSIVE_AUX or not participle or " " in participle:
            return None
        if participle in self.family_of:  # "be set", "be cut": a participle spelt like its verb
            return self.family_of[participle]
        for pattern, ending in PARTICIPLE_ENDINGS:
            verb = re.sub(pattern, ending, participle)
            if verb != participle and verb in self.family_of:
                return self.family_of[verb]
        return None

    def same_family(self, a: str, b: str) -> str | None:
        fa = self.family(a)
        return fa if fa is not None and fa == self.family(b) else None

    def verb_key(self, predicate: str, lang: str | None) -> str:
        """What a predicate is filed under to meet its equals: its family, else its English
        ("agir" and "act" both "acts"), else its lemma."""
        p = predicate.lower()
        return self.family(p) or (self.gloss(p, lang) if lang == "fr" else None) or \
            (self.gloss(p, "en") if lang in (None, "en") else None) or p

    def same_in_english(self, a: str, lang_a: str | None, b: str, lang_b: str | None) -> str | None:
        """The English two predicates of two languages both say ("recommander" / "recommend":
        "recommends"), from the glosses."""
        if (lang_a == "fr") == (lang_b == "fr"):
            return None
        ga, gb = self.gloss(a, lang_a), self.gloss(b, lang_b)
        return ga if ga is not None and ga == gb else None

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


def _stop_words(lang: str) -> set[str]:
    """spaCy's stop words of `lang`, read from their module alone: importing the package
    `spacy.lang.fr` first compiles its tokenizer exceptions (about 3 s of regular
    expressions the reconciler never uses)."""
    import importlib.util
    import sys

    name = f"spacy.lang.{lang}.stop_words"
    if name in sys.modules:
        return sys.modules[name].STOP_WORDS
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / lang / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.exists():  # an unusual installation: the ordinary import
        return importlib.import_module(name).STOP_WORDS
    mod_spec = importlib.util.spec_from_file_location(f"_claimtrack_stop_words_{lang}", path)
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)
    return mod.STOP_WORDS


@functools.cache
def load_vocabulary() -> Vocabulary:
    data = lexicon.load("vocabulary") or {}
    family_of: dict[str, str] = {}
    for fam, verbs in (data.get("families") or {}).items():
        for v in verbs:
            family_of.setdefault(str(v).lower(), fam)
    glosses = {lang: {str(k).lower(): str(v) for k, v in (table or {}).items()}
               for lang, table in (data.get("glosses") or {}).items()}
    rank: dict[str, int] = {}
    path = lexicon.DATA_DIR / "en_common_words.txt"
    if path.exists():
        words = [w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]
        rank = {w: i for i, w in enumerate(words)}
    stop = frozenset(_stop_words("en") | _stop_words("fr") | {"says", "said", "report", "reports", "claim", "claims",
                                                              "new"})
    nouns = {lang: {str(k).lower(): str(v).lower() for k, v in (table or {}).items()}
             for lang, table in (data.get("nouns") or {}).items()}
    return Vocabulary(family_of, glosses, rank, stop, nouns)
