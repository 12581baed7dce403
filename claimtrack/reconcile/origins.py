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
        by_source: dict[str | None, str | None] = {}  # cited_outlet reads a claim's attribution alone
        aggregator: dict[str, bool] = {}
        for c in claims:
            who = c.attributed_to
            src = by_source[who] = by_source[who] if who in by_source else o.cited_outlet(c)
            o._cited[c.id] = src
            if src and c.outlet:
                agg = aggregator.get(c.outlet)
                if agg is None:
                    agg = aggregator[c.outlet] = c.outlet.casefold() in o.outlets.aggregators
                if agg:
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
        return sorted({origin for _, _, _, origin, copy in self.reports(members) if not copy})

    def reports(self, members: list[Claim]) -> list[tuple[Claim, str, str, str, bool]]:
        """(claim, opening words, text, its own origin, whether a copy) of a group's reports,
        in the order copies are found (published, article, place). A copy takes the origin
        of the report it copies, which is itself a copy's or an original's: so the distinct
        origins are those of the originals, and whether a report is a copy depends only on
        the texts and articles of the reports before it with its opening words (at most
        COPY_WINDOW of them), not on their origins (what reconcile/summary.py keeps)."""
        kept: dict[str, list[tuple[str, str]]] = {}  # opening words -> (article, text)
        out = []
        for c in sorted(members, key=lambda c: (str(c.published or ""), c.article, c.start)):
            text = norm_text(c.evidence)
            opening = " ".join(text.split()[:4])
            bucket = kept.setdefault(opening, [])
            copy = is_copy(c.article, text, bucket[-COPY_WINDOW:])
            bucket.append((c.article, text))
            out.append((c, opening, text, self.origin(c), copy))
        return out


def is_copy(article: str, text: str, before: list[tuple[str, str]]) -> bool:
    """Whether a report (its article, its normalised text) republishes one of the reports
    `before` it with its opening words (article, text; the last COPY_WINDOW of them)."""
    return len(text) > 40 and any(art != article and fuzz.ratio(text, k) >= COPY_SIMILAR for art, k in before)
