"""The entity gazetteer (data/entities.yaml): exact alias matching, fuzzy matching
for misspellings ("Zuckenberg", "The New York York Times"), and the relations between
entities (owner, part_of, member_of) the extractor and the reconciler rely on."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from claimtrack import lexicon

FUZZY_CUTOFF = 88.0
FUZZY_MIN_LEN = 6


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    part_of: str | None = None
    member_of: str | None = None
    family: str | None = None
    origin: str = "gazetteer"
    exact_case: bool = False  # a name that is also a word ("Wired", "Perplexity")

    @property
    def parent(self) -> str | None:
        """The organisation this entity acts for, if any."""
        return self.part_of or self.member_of


@dataclass
class Match:
    start: int
    end: int
    entity: Entity
    how: str  # exact | fuzzy


def _norm(text: str) -> str:
    text = re.sub(r"[’`´]", "'", text).casefold()
    words = text.split()
    # collapse a word pasted twice ("York York")
    words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return " ".join(words)


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    descriptions: list[dict] = field(default_factory=list)
    anaphora: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._alias: dict[str, Entity] = {}
        self._get_cache: dict[str, Entity | None] = {}
        self._names_cache: dict[str, frozenset[str]] = {}
        self._found: tuple[str | None, list[Match]] = (None, [])  # the last text read: the parse, then the mentions
        short: list[str] = []
        long: list[str] = []
        for ent in self.entities.values():
            for alias in (ent.name, *ent.aliases):
                self._alias.setdefault(_norm(alias), ent)
                # short names, acronyms and names that are also words match their case only
                exact = len(alias) <= 3 or ent.exact_case or (alias.isupper() and alias.isalpha())
                (short if exact else long).append(alias)
        def alternation(aliases):
            uniq = sorted(set(aliases), key=lambda a: (-len(a), a))
            return "|".join(re.escape(a).replace("\\ ", r"\s+") for a in uniq)
        edge_l, edge_r = r"(?<![\w-])", r"(?![\w]|-\w)"
        self._long = re.compile(f"{edge_l}(?:{alternation(long)}){edge_r}", re.I) if long else None
        self._short = re.compile(f"{edge_l}(?:{alternation(short)}){edge_r}") if short else None
        self._fuzzy_keys = [k for k in self._alias if len(k) >= FUZZY_MIN_LEN]
        self._descriptions = [(d["kind"], re.compile(d["pattern"])) for d in self.descriptions]
        data = lexicon.load("languages")
        self.starters = {w.lower() for words in data.get("sentence_starters", {}).values() for w in words}
        self._anaphora = {kind: re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.I)
                          for kind, pats in self.anaphora.items()}

    # -- look-ups -------------------------------------------------------------
    def get(self, name: str | None) -> Entity | None:
        if not name:
            return None
        hit = self.entities.get(name)
        if hit is not None:
            return hit
        if name not in self._get_cache:
            self._get_cache[name] = self._alias.get(_norm(name))
        return self._get_cache[name]

    def resolve(self, text: str) -> Entity | None:
        """Exact alias, then fuzzy: the entity a name refers to, or None."""
        hit = self._cased(self._alias.get(_norm(text.strip(" .,;:"))), text.strip(" .,;:"))
        if hit:
            return hit  # "Les Échos", "Le Monde": the article is part of the name
        text = re.sub(r"^(?:le|la|les|l'|l’|the)\s*", "", text.strip(), flags=re.I).strip(" .,;:")
        hit = self._cased(self._alias.get(_norm(text)), text)
        if hit:
            return hit
        key = _norm(text)
        if len(key) < FUZZY_MIN_LEN:
            return None
        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._alias[best[0]] if best else None

    @staticmethod
    def _cased(ent: Entity | None, text: str) -> Entity | None:
        """A name that is also a word is that name only in its own case ("L'Équipe", not "l'équipe")."""
        if ent is None or not ent.exact_case:
            return ent
        return ent if any(text == a or text.endswith(a) for a in (ent.name, *ent.aliases)) else None

    def find(self, text: str) -> list[Match]:
        """Exact alias matches in text, longest first, without overlaps."""
        if self._found[0] == text:
            return list(self._found[1])
        found: list[Match] = []
        for rx in (self._long, self._short):
            if rx is None:
                continue
            for m in rx.finditer(text):
                if any(m.start() < f.end and f.start < m.end() for f in found):
                    continue
                found.append(Match(m.start(), m.end(), self._alias[_norm(m.group())], "exact"))
        found = sorted(found, key=lambda f: f.start)
        self._found = (text, found)
        return list(found)

    def names_in(self, text: str) -> frozenset[str]:
        """The names of the entities (no concept, no medium) found in a phrase, in any
        language ("U.S. infrastructure", "aux États-Unis": United States); memoised, since
        reconciling asks it of one object many times."""
        names = self._names_cache.get(text)
        if names is None:
            if len(self._names_cache) > 100_000:
                self._names_cache.clear()
            names = self._names_cache[text] = frozenset(
                m.entity.name for m in self.find(text) if m.entity.type not in ("concept", "media"))
        return names

    def find_fuzzy(self, text: str, taken: list[tuple[int, int]]) -> list[Match]:
        """Misspelled names: capitalised word runs that are close to a known alias."""
        out: list[Match] = []
        for m in re.finditer(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*", text):
            words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m.group())]
            # every stretch of up to six words, longest first ("Selon [The New York York Times]")
            runs = sorted(((words[i][0], words[j][1]) for i in range(len(words))
                           for j in range(i, min(i + 6, len(words)))), key=lambda r: (r[0] - r[1], r[0]))
            for a, b in runs:
                if any(a < e and s < b for s, e in taken):
                    continue
                ent = self.resolve(text[a:b]) if len(text[a:b]) >= FUZZY_MIN_LEN else None
                if ent:
                    out.append(Match(a, b, ent, "fuzzy"))
                    taken = [*taken, (a, b)]
        return out

    def find_descriptions(self, text: str):
        for kind, rx in self._descriptions:
            for m in rx.finditer(text):
                owner = m.groupdict().get("owner")
                yield kind, m.start(), m.end(), owner

    def find_anaphora(self, text: str):
        for kind, rx in self._anaphora.items():
            for m in rx.finditer(text):
                yield kind, m.start(), m.end()

    # -- relations between entities ------------------------------------------
    def lift(self, name: str | None) -> str | None:
        """The organisation an entity acts for (a lab's company, a person's employer)."""
        ent = self.get(name)
        return ent.parent if ent else None

    def owner_of(self, name: str | None) -> str | None:
        ent = self.get(name)
        return ent.owner if ent else None

    def owned_by(self, owner: str) -> list[Entity]:
        """Entities `owner` makes, owns or contains (for timeline scope)."""
        return sorted((e for e in self.entities.values()
                       if owner in (e.owner, e.part_of, e.member_of)), key=lambda e: e.name)


@functools.cache
def load_gazetteer() -> Gazetteer:
    data = lexicon.load("entities")
    entities: dict[str, Entity] = {}
    descriptions: list[dict] = []
    anaphora: dict[str, list[str]] = {}
    if isinstance(data, dict):  # entities under a key, plus descriptions/anaphora
        rows = data.get("entities", [])
        descriptions = data.get("descriptions", [])
        anaphora = data.get("anaphora", {})
    else:
        rows = data
    places = lexicon.load("places") or {}  # countries (generated from CLDR: scripts/build_places.py)
    known = {a for row in rows for a in (row["name"], *row.get("aliases", []))}
    rows = [*rows, *(r for r in places.get("entities", []) if not known & {r["name"], *r.get("aliases", [])})]
    for row in rows:
        ent = Entity(name=row["name"], type=row["type"], aliases=tuple(row.get("aliases", [])),
                     owner=row.get("owner"), part_of=row.get("part_of"), member_of=row.get("member_of"),
                     family=row.get("family"), exact_case=bool(row.get("exact_case")))
        entities[ent.name] = ent
    return Gazetteer(entities, descriptions, anaphora)
