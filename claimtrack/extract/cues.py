"""Polarity, modality and attribution cues (data/cues.yaml) applied to one trigger."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimtrack import lexicon
from claimtrack.nlp.gazetteer import Gazetteer

# clause delimiters; a comma between digits is a decimal comma ("1,7 milliard"), not one
_DELIM = re.compile(r"(?<!\d),|,(?!\d)|[;:()«»\"“”—–]|\s-\s|\bmais\b|\bbut\b|\bque\b|\bqu['’]|\bthat\b|\bwhile\b")


@functools.cache
def _cues() -> dict[str, list[re.Pattern]]:
    data = lexicon.load("cues")
    return {k: [re.compile(p, re.I) for p in v] for k, v in data.items()}


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between the nearest delimiters."""
    left = 0
    for m in _DELIM.finditer(text, 0, start):
        left = m.end()
    right = len(text)
    m = _DELIM.search(text, end)
    if m:
        right = m.start()
    return left, right


def _hits(kind: str, text: str, lo: int, hi: int, skip: tuple[int, int]) -> list[re.Match]:
    out = []
    for rx in _cues()[kind]:
        for m in rx.finditer(text, lo, hi):
            if skip[0] <= m.start() and m.end() <= skip[1]:
                continue  # part of the trigger itself ("n'a pas répondu aux attentes")
            out.append(m)
    return out


def polarity(text: str, start: int, end: int) -> str:
    lo, hi = clause_bounds(text, start, end)
    denied = any(rx.search(text, max(0, lo - 60), lo) for rx in _cues()["denial_before_clause"])
    lo, hi = max(lo, start - 50), min(hi, end + 30)
    negated = bool(_hits("negation", text, lo, hi, (start, end)))
    return "negated" if negated != denied else "affirmed"  # denying a negation affirms


def object_pronoun(text: str, start: int, end: int) -> bool:
    """True if an object pronoun ties the trigger [start, end) to an earlier name."""
    c = _cues()
    return any(rx.search(text[max(0, start - 30):start]) for rx in c["object_pronoun_before"]) or \
        any(rx.match(text[end:end + 10]) for rx in c["object_pronoun_after"])


def trim_object_phrase(phrase: str) -> str:
    """Drop the function words a cut left at the end of an object phrase."""
    for rx in _cues()["object_phrase_trailing"]:
        phrase = rx.sub("", phrase)
    return phrase


def governed_gap(between: str) -> bool:
    """True if only a determiner or possessive separates two triggers."""
    return any(rx.match(between) for rx in _cues()["governed_gap"])


def opens_other_clause(phrase: str) -> bool:
    """True if `phrase` starts a new clause ("et devient...") rather than naming an object."""
    return any(rx.match(phrase) for rx in _cues()["object_phrase_stop"])


def modality(text: str, start: int, end: int, attributed: bool) -> tuple[str, str | None]:
    """(modality, the cue that set it): hedged > planned > reported > asserted."""
    lo, hi = clause_bounds(text, start, end)
    lo, hi = max(lo, start - 90), min(hi, end + 40)
    for kind in ("hedged", "planned"):
        # the trigger's own mood counts: "verserait", "paierait" are hedged
        hits = _hits(kind, text, lo, hi, (start, start))
        if hits:
            return kind, hits[0].group()
    if attributed or _hits("reported", text, 0, len(text), (start, end)):
        return "reported", None
    return "asserted", None


def concessive_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in _cues()["concessive"] for m in rx.finditer(text)]


@dataclass(frozen=True)
class Attribution:
    who: str
    start: int
    end: int


def _canonical_source(raw: str, gaz: Gazetteer) -> str:
    raw = re.split(r",|\s+(?:a|ont|qui|que|said|says)\s", raw.strip(" ,.;:"))[0].strip()
    ent = gaz.resolve(raw)
    if ent is not None:
        return ent.name
    # "un porte-parole de Meta": keep the role, canonicalise the organisation
    spoke = re.search(r"porte-parole\s+(?:de|d['’])\s*(\S+)|spokes\w+\s+(?:for|of)\s+(\S+)", raw, re.I)
    if spoke:
        org = gaz.resolve(spoke.group(1) or spoke.group(2))
        return f"{org.name if org else (spoke.group(1) or spoke.group(2))} spokesperson"
    if re.search(r"\bsources?\b|\bpeople\b", raw, re.I):
        return "anonymous sources"
    return re.sub(r"^(?:le|la|les|l['’]|the)\s*", "", raw, flags=re.I)


def attribution(text: str, gaz: Gazetteer) -> Attribution | None:
    """The source a sentence cites ("Selon Bloomberg" -> Bloomberg; "un porte-parole de
    Meta a affirmé à TechCrunch" -> "Meta spokesperson via TechCrunch")."""
    who: tuple[int, int, str] | None = None
    via: tuple[int, int, str] | None = None
    for rx in _cues()["attribution"]:
        for m in rx.finditer(text):
            for name in ("who", "via"):
                if m.groupdict().get(name):
                    hit = (m.start(name), m.end(name), _canonical_source(m.group(name), gaz))
                    if name == "who" and (who is None or hit[0] < who[0]):
                        who = hit
                    if name == "via" and (via is None or hit[0] < via[0]):
                        via = hit
    if who and via:
        return Attribution(f"{who[2]} via {via[2]}", min(who[0], via[0]), max(who[1], via[1]))
    hit = who or via
    return Attribution(hit[2], hit[0], hit[1]) if hit else None


def carries_attribution(text: str) -> bool:
    return any(rx.search(text) for rx in _cues()["carry_attribution"])
