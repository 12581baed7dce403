"""How sure a claim is and whether it is denied, from its clause and the clauses over it.

Modality, strongest first: `hedged` (conditional mood, "pourrait", "may", a verb of
considering over it — envisager, discuss, in talks —, a question, a hedging word),
`planned` (future tense, "va lancer", "to unveil", a verb of intending over it —
prévoir, plan, expect), `reported` (attributed to a speaker or a cited source),
`asserted`. Polarity: a negation in the clause, a denial verb over it ("dément",
"denies"), a verb of refusing ("refuse de"); a negation of a verb of refusing
affirms again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.clauses import Clause, conditional_form
from claimtrack.extract.knowledge import Words


@dataclass(frozen=True)
class Stance:
    modality: str
    polarity: str
    cue: str | None = None


def _conditional(c: Clause, words_of) -> bool:
    if c.mood == "cnd":
        return True
    return any(conditional_form(w) for w in (*c.aux, words_of(c.head)))




def stance(chain: list[Clause], words: Words, word_of, *, attributed: bool, question: bool,
           clause_text: str, cues: dict[str, list[re.Pattern]], frame_kind: str | None = None,
           over: Clause | None = None, announced: bool = False, negation_text: str | None = None) -> Stance:
    """`chain`: the claim's clause first, then each clause governing it up to the root
    (within one content: a speech verb's content stops the chain). `word_of(i)`: a
    token's text, lower case. `negation_text`: the clause's text with the negated verbs
    governing it, when there are any."""
    c = chain[0]
    governors = chain[1:]
    negated = c.negated
    cue = None
    hedged = planned = False
    for below, g in zip(chain, governors):
        lemma = g.lemma
        if below.link == "conj":
            # "a arrêté la ligne et décidé de retirer les lots": a first conjunct controls nothing,
            # but shares its mood ("auraient discuté de pivoter, abandonnant ainsi...")
            if _conditional(g, word_of):
                hedged, cue = True, cue or lemma
            elif g.tense == "fut":
                planned, cue = True, cue or lemma
            continue
        if lemma in words.control.get("negated", ()):
            negated = not negated if not g.negated else negated
            if lemma in words.control.get("refused", ()) and not g.negated:
                planned, cue = True, cue or lemma  # "ruled out stepping down": a refusal of what is ahead
        elif g.negated and lemma in words.control.get("planned", ()) | words.control.get("hedged", ()) \
                | words.control.get("aspect", ()):
            negated = True  # "ne prévoit pas de lancer", "n'a jamais réussi à conquérir"
        if lemma in words.control.get("hedged", ()) or _conditional(g, word_of):
            hedged, cue = True, cue or lemma
        elif lemma in words.control.get("obliged", ()) and g.tense == "past" and not g.negated:
            pass  # "ont dû quitter leur maison", "had to leave": it was done
        elif lemma in words.control.get("planned", ()) or g.tense == "fut" or lemma in words.object_control:
            planned, cue = True, cue or lemma  # "condamne X à verser", "ordered X to pay": to be done
    if over is not None:  # the verb over an event phrase: "envisagent ... au profit d'un système fermé"
        if over.lemma in words.control.get("hedged", ()) or _conditional(over, word_of):
            hedged, cue = True, cue or over.lemma
        elif over.lemma in words.control.get("planned", ()) or over.tense == "fut":
            planned, cue = True, cue or over.lemma
    if frame_kind == "denial":
        negated = True  # "Hoax: No, the Earth will not be plunged...": denied, however worded
    if frame_kind == "hedged":
        hedged, cue = True, cue or "opinion verb"
    if _conditional(c, word_of):
        hedged, cue = True, cue or "conditional"
    aux = set(c.aux)
    if aux & words.auxiliaries.get("conditional", frozenset()):
        hedged, cue = True, cue or sorted(aux & words.auxiliaries["conditional"])[0]
    if question:
        hedged, cue = True, cue or "question"
    if not hedged and clause_text:
        hit = next((m.group() for rx in cues.get("hedged", []) for m in [rx.search(clause_text)] if m), None)
        if hit:
            hedged, cue = True, hit
    # ("ne seraient pas commercialisées": a passive's participle, not a compound past; "auraient été": one)
    if hedged and announced and not question and (c.tense != "past" or (c.passive and len(c.aux) == 1)) \
            and _future_in_past(c, governors, words, word_of, clause_text, cues):
        # "said it would cut jobs", "a indiqué qu'elle lancerait": the future seen from the
        # saying, a plan; "aurait abandonné" (an alleged past) and "could" stay hedged
        hedged, planned, cue = False, True, "future in the past"
    if not hedged and not planned:
        if c.tense == "fut" or aux & words.auxiliaries.get("future", frozenset()):
            planned, cue = True, "future"
        else:
            hit = next((m.group() for rx in cues.get("planned", []) for m in [rx.search(clause_text)] if m), None)
            if hit:
                planned, cue = True, hit
    # (the negation may sit on the verb governing it, `negation_text` reading both:
    # "ne devrait pas voir le jour avant 2026")
    if negated and any(rx.search(negation_text or clause_text or "") for rx in cues.get("not_before", [])):
        negated = False  # "ne sortira pas avant 2026", "not until March": a date, not a denial
        planned, cue = True, cue or "not before"
    modality = "hedged" if hedged else "planned" if planned else "reported" if attributed else "asserted"
    return Stance(modality, "negated" if negated else "affirmed", cue)


def _future_in_past(c: Clause, governors: list[Clause], words: Words, word_of, clause_text: str,
                    cues: dict[str, list[re.Pattern]]) -> bool:
    """Is the clause's only hedge its own plain conditional ("would", "lancerait"), under
    an announcing verb said before it (`announced`)?"""
    if any(g.lemma in words.control.get("hedged", ()) or _conditional(g, word_of) for g in governors):
        return False
    own = {word_of(c.head), *c.aux}
    if set(c.aux) & (words.auxiliaries.get("conditional", frozenset()) - {"would", "'d", "’d"}):
        return False  # "could", "might", "may"
    hits = {m.group().lower() for rx in cues.get("hedged", []) for m in rx.finditer(clause_text or "")}
    return hits <= own


def hypothetical(c: Clause, words: Words) -> bool:
    """A condition ("si Meta opte pour...", "if it goes ahead") states no fact of its
    own. (A concession, "bien que Meta déploie déjà...", grants one: it is kept.)"""
    marks = {m.strip() for m in c.markers}
    if c.tense in (None, "inf"):  # "s'établissant": a reflexive pronoun, not "s'il"
        marks = {m for m in marks if m not in ("s'", "s’")}
    return bool(marks & words.condition) or any(m.split()[:1] and m.split()[0] in words.condition for m in marks)
