"""Independent origins: how many sources really stand behind a group's reports.

A report's origin is the primary source it cites when that source is a news outlet
(Bloomberg, The New York Times), else the outlet that published it, taken by family
(data/outlets.yaml: Gate and Gate Square are one). A quoted person or a company's
spokesperson is a speaker, not an origin: the outlet that reported the words is. An
aggregator's unattributed reports take the source its article relays most. A sentence
republished word for word, or nearly (a wire story), counts once: the earliest report.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimtrack import lexicon
from claimtrack.models import Claim
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.reconcile.blocking import norm_text

COPY_SIMILAR = 90.0  # rapidfuzz ratio of two sentences that are one story relayed
COPY_WINDOW = 30  # earlier reports a sentence is checked against (bounded work per group)


@dataclass(frozen=True)
class Outlets:
    family: dict[str, str]  # folded name -> family name
    aggregators: frozenset[str]

    def of(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.family.get(name.casefold(), name)

    def is_outlet(self, name: str) -> bool:
        return name.casefold() in self.family


def load_outlets() -> Outlets:
    data = lexicon.load("outlets") or {}
    family: dict[str, str] = {}
    for names in data.get("families", []):
        for n in names:
            family[str(n).casefold()] = str(names[0])
    return Outlets(family, frozenset(str(a).casefold() for a in data.get("aggregators", [])))


def relaying(claims: list[Claim], outlets: Outlets | None = None) -> set[str]:
    """The articles of these claims published by an aggregator: what such an article
    relays is read from all its claims (Origins.of needs them whole)."""
    aggregators = (outlets or load_outlets()).aggregators
    return {c.article for c in claims if c.outlet and c.outlet.casefold() in aggregators}


@dataclass
class Origins:
    outlets: Outlets
    gaz: Gazetteer
    relayed: dict[str, str] = field(default_factory=dict)  # aggregator article -> the source it relays most
    _cited: dict[str, str | None] = field(default_factory=dict, repr=False)  # claim id -> cited outlet

    @classmethod
    def of(cls, claims: list[Claim], outlets: Outlets | None = None, gaz: Gazetteer | None = None) -> "Origins":
        o = cls(outlets or load_outlets(), gaz or load_gazetteer())
        cited: dict[str, Counter] = {}
        for c in claims:
            src = o._cited[c.id] = o.cited_outlet(c)
            if src and c.outlet and c.outlet.casefold() in o.outlets.aggregators:
                cited.setdefault(c.article, Counter())[src] += 1
        o.relayed = {art: cnt.most_common(1)[0][0] for art, cnt in cited.items()}
        return o

    def cited_outlet(self, c: Claim) -> str | None:
        """The news outlet a report cites, if it cites one (not a person, not a company)."""
        who = (c.attributed_to or "").split(" via ")[-1 if " via " in (c.attributed_to or "") else 0].strip()
        if not who:
            return None
        ent = self.gaz.get(who)
        if (ent is not None and ent.type == "media") or self.outlets.is_outlet(who):
            return self.outlets.of(ent.name if ent is not None else who)
        return None

    def origin(self, c: Claim) -> str:
        cited = self._cited[c.id] if c.id in self._cited else self.cited_outlet(c)
        if cited:
            return cited
        if c.article in self.relayed:
            return self.relayed[c.article]
        return self.outlets.of(c.outlet) or c.article

    def independent(self, members: list[Claim]) -> list[str]:
        """The distinct origins of a group's reports, relayed copies counted once."""
        if len(members) == 1:
            return [self.origin(members[0])]
        # a copy starts like its original: only sentences sharing their first words are compared
        kept: dict[str, list[tuple[str, str, str]]] = {}  # opening words -> (origin, article, text)
        origins: set[str] = set()
        for c in sorted(members, key=lambda c: (str(c.published or ""), c.article, c.start)):
            text = norm_text(c.evidence)
            opening = " ".join(text.split()[:4])
            bucket = kept.setdefault(opening, [])
            copy = next((o for o, art, k in bucket[-COPY_WINDOW:] if art != c.article and len(text) > 40
                         and fuzz.ratio(text, k) >= COPY_SIMILAR), None)
            origin = copy or self.origin(c)
            bucket.append((origin, c.article, text))
            origins.add(origin)
        return sorted(origins)
