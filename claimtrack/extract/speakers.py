"""Who a claim is attributed to: the speaker of a speech verb, or the source a sentence cites.

Two readings, the clause's first:
- a speech or report verb ("a déclaré", "says", "told") makes its subject the speaker
  of its content clause; a denial verb ("dément", "denies") makes the content a
  negated claim of the speaker (build.py and modality.py use `Frame`);
- phrases that cite ("selon Bloomberg", "d'après Les Échos", "according to people
  familiar with the matter", "..., Bloomberg reported") name a source for the whole
  sentence (`cited_source`, patterns in data/cues.yaml `attribution`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.roles import Role
from claimtrack.nlp.gazetteer import Gazetteer
from claimtrack.text.screen import Screened


ANONYMOUS = "anonymous sources"  # how sources a sentence does not name are cited


@dataclass(frozen=True)
class Attribution:
    who: str
    start: int  # character offsets within the sentence of the citing phrase
    end: int


def canonical_source(raw: str, gaz: Gazetteer) -> str:
    raw = re.split(r",|\s+(?:a|ont|qui|que|said|says)\s", raw.strip(" ,.;:"))[0].strip()
    ent = gaz.resolve(raw)
    if ent is not None:
        return ent.name
    # "un porte-parole de Meta": keep the role, canonicalise the organisation
    spoke = re.search(r"porte-parole\s+(?:de|d['’])\s*(\S+)|spokes\w+\s+(?:for|of)\s+(\S+)", raw, re.I)
    if spoke:
        org = gaz.resolve(spoke.group(1) or spoke.group(2))
        return f"{org.name if org else (spoke.group(1) or spoke.group(2))} spokesperson"
    if re.search(r"\bsources?\b|\bpeople\b|\bpersonnes?\b|\binsiders?\b", raw, re.I):
        return ANONYMOUS
    return re.sub(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", "", raw, flags=re.I)  # never "La" of "Laura"


def cited_source(text: str, patterns: list[re.Pattern], gaz: Gazetteer) -> Attribution | None:
    """The source a sentence cites ("Selon Bloomberg" -> Bloomberg; "un porte-parole de
    Meta a affirmé à TechCrunch" -> "Meta spokesperson via TechCrunch")."""
    who: tuple[int, int, str] | None = None
    via: tuple[int, int, str] | None = None
    screened = Screened(text)  # a pattern whose literal parts are not in the sentence is not run
    for rx in patterns:
        if not screened.may_match(rx):
            continue
        for m in rx.finditer(text):
            for name in ("who", "via"):
                if m.groupdict().get(name):
                    hit = (m.start(name), m.end(name), canonical_source(m.group(name), gaz))
                    if name == "who" and (who is None or hit[0] < who[0]):
                        who = hit
                    if name == "via" and (via is None or hit[0] < via[0]):
                        via = hit
    if who and via:
        return Attribution(f"{who[2]} via {via[2]}", min(who[0], via[0]), max(who[1], via[1]))
    hit = who or via
    return Attribution(hit[2], hit[0], hit[1]) if hit else None


def carries_attribution(text: str, patterns: list[re.Pattern]) -> bool:
    """"a-t-il déclaré", "he said": a speech verb with a pronoun subject, which keeps the
    attribution of the sentences before."""
    return any(rx.search(text) for rx in patterns)


def speaker_name(role: Role) -> str:
    """How a speaker is named in `attributed_to`: a person or organisation by name, a
    person-of noun by its organisation ("Meta spokesperson")."""
    if role.how == "agent" and role.head_word:
        word = {"porte-parole": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}.get(
            role.head_word, role.head_word)
        return f"{role.name} {word}"
    return role.name


@dataclass(frozen=True)
class Frame:
    """A speech, report or denial verb over a content clause."""

    head: int  # the speech clause
    content: tuple[int, ...]  # heads of the content clauses
    speaker: Role | None
    kind: str  # "speech", "hedged" (estime, believes), "denial"
