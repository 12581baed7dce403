"""The relation inventory (data/relations.yaml) and trigger matching.

A relation is found in a sentence by its triggers: regular expressions over the
text (for wordings of several words: "au profit d'un système fermé") and
predicate lemmas (`verbs`) and event nouns (`nouns`) per language. Which words
fill its roles is the clause's business (claimtrack/extract/roles.py); the
relation only says which entity types may fill them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from claimtrack import lexicon
from claimtrack.text.screen import Screen

OPEN = "open"  # a predicate outside the inventory, kept with its lemma
FALLBACK = OPEN  # the name earlier versions used


@dataclass(frozen=True)
class Relation:
    name: str
    label: str
    axis: str
    family: str | None = None  # relations of one family may state one fact (shelve, delay, pause)
    opposite: str | None = None
    single_valued: bool = False
    volatile: bool = False
    # a running count ("the toll stands at 27"): the same figure reported on different days is one
    # count; a different figure on another day is the count moving on, not a contradiction
    cumulative: bool = False
    measured: bool = False
    one_event: bool = False  # a named object's amount is one event's: undated reports of it meet whenever published
    # it happens once to its subject (and object): an undated report after the date told elsewhere tells it again
    # ("Llama 4 disappointed developers", in December, and "Llama 4 flopped in April")
    once: bool = False
    value_required: bool = False  # no claim without its figure ("38 people were killed"; "died" alone is no toll)
    where_subject: bool = False  # unnamed, the subject is where it happened (the sentence's or the article's place)
    noun_needs_figure: bool = False  # its noun alone ("spending", "investissements") is a fact only with a figure
    moves_dates: bool = False  # its "from X to Y" is where a date moved to ("repoussé de 2027 à 2029": 2029)
    deal_valued: bool = False  # its price may be the deal's, named apart ("in a transaction valued at $2.4 billion")
    noun_in_phrase_unowned: bool = False  # its noun in a prepositional phrase has no actor in the clause
    done_when_announced: bool = False  # "a annoncé sa démission": announcing it does it
    ruling_body: bool = False  # its subject is a court or a regulator (Words.ruling_bodies)
    company_valued: bool = False  # what is valued is a company: "a transaction valued at $2.4 billion" is a price
    # a person in the subject acts for the organisation known to employ them ("Zuckerberg a nommé
    # Wang": Meta appoints); someone with no known employer stays the subject ("le ministre a nommé")
    for_employer: bool = False
    # the people of an organisation act for themselves, not for it: "the airline's pilots walked out"
    # is the pilots' strike, not the airline's
    workers_act: bool = False
    # nouns that name its event in a denial's object ("denied any delay", "dément tout retard")
    denied_as: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    governs: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_required: bool = False
    object_optional: bool = False  # reports often leave the object out (whom a person leaves): with and without meet
    topic: bool = False
    object_phrase: bool = False
    patient_subject: bool = False  # the claim's subject is what undergoes it ("Llama 4 launched")
    inverse_of: str | None = None  # "X joins Y" is "Y appoints X"
    # its passive with no agent is this relation, told of what undergoes it ("Jonas Peltar a été nommé
    # ministre": by whom, the clause does not say; he was appointed)
    passive_as: str | None = None
    # its active wording says what its subject undergoes ("Norvia a écopé d'une amende", "was hit
    # with a fine"): the clause's subject, not its object, is what underwent it
    subject_undergoes: bool = False
    content_object: bool = False  # the object is the clause the verb governs ("a jugé que ...")
    object_cases: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    object_kinds: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    verbs: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    nouns: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # a verb counts only over a subject with one of these head nouns ("shares ... rose")
    subject_heads: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # a verb governing one of these is another relation ("condamné à verser": an order to pay)
    unless_governs: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # an object with one of these words is a figure of speech ("gagner la sympathie")
    unless_object: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # "verb case" pairs that make the verb another sense ("engagée dans une négociation": involved, not hired)
    unless_case: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # words an object phrase opens with that only frame it ("responsibility for | the attack")
    object_strip: re.Pattern | None = field(default=None, compare=False)
    # (pattern, may borrow the topic as subject, polarity the wording states whatever the clause says)
    triggers: tuple[tuple[re.Pattern, bool, str | None], ...] = field(default=(), compare=False)

    def statement(self, s: str | None, o: str | None, v: str | None, p: str = "") -> str:
        text = self.label.format(s=s or "someone", o=o or "", v=v or "", p=p)
        if o and (v or "{v}" not in self.label):
            return " ".join(text.split())
        # an empty slot leaves "invests  in": drop the dangling words
        words = text.split()
        while words and words[-1] in ("in", "for", "with", "to", "of", "from", "on", "at"):
            words.pop()
        return " ".join(words)


@dataclass(frozen=True)
class Trigger:
    relation: Relation
    start: int  # character offsets within the sentence
    end: int
    text: str
    topic_ok: bool
    how: str = "pattern"  # pattern | verb | noun
    polarity: str | None = None  # "no changes to the timing": a wording that denies the relation itself


def _lang_table(row: dict | None) -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.lower() for w in words) for lang, words in (row or {}).items()}


def load_relations() -> dict[str, Relation]:
    """The inventory from data/relations.yaml (the caller keeps it: see Knowledge)."""
    data = lexicon.load("relations")
    out: dict[str, Relation] = {}
    for name, row in data["relations"].items():
        trig = []
        for t in row.get("triggers", []):
            pat, topic, pol = (t["pattern"], t.get("topic", row.get("topic", False)), t.get("polarity")) \
                if isinstance(t, dict) else (t, row.get("topic", False), None)
            trig.append((re.compile(pat, re.I), bool(topic), pol))
        out[name] = Relation(
            name=name, label=row["label"], axis=row.get("axis", name), family=row.get("family"),
            opposite=row.get("opposite"),
            single_valued=bool(row.get("single_valued")), volatile=bool(row.get("volatile")),
            cumulative=bool(row.get("cumulative")),
            measured=bool(row.get("measured")), one_event=bool(row.get("one_event")), once=bool(row.get("once")),
            value_required=bool(row.get("value_required")), where_subject=bool(row.get("where_subject")),
            noun_needs_figure=bool(row.get("noun_needs_figure")), deal_valued=bool(row.get("deal_valued")),
            moves_dates=bool(row.get("moves_dates")),
            company_valued=bool(row.get("company_valued")), ruling_body=bool(row.get("ruling_body")),
            for_employer=bool(row.get("for_employer")), workers_act=bool(row.get("workers_act")),
            done_when_announced=bool(row.get("done_when_announced")),
            noun_in_phrase_unowned=bool(row.get("noun_in_phrase_unowned")),
            governs=tuple(row.get("governs", ())),
            subject=tuple(row.get("subject", ())), object=tuple(row.get("object", ())),
            object_required=bool(row.get("object_required")),
            object_optional=bool(row.get("object_optional")), topic=bool(row.get("topic")),
            object_phrase=bool(row.get("object_phrase")), patient_subject=bool(row.get("patient_subject")),
            inverse_of=row.get("inverse_of"), passive_as=row.get("passive_as"),
            subject_undergoes=bool(row.get("subject_undergoes")), content_object=bool(row.get("content_object")),
            object_cases={k: tuple(v) for k, v in (row.get("object_cases") or {}).items()},
            object_kinds=_lang_table(row.get("object_kinds")),
            verbs=_lang_table(row.get("verbs")), nouns=_lang_table(row.get("nouns")),
            subject_heads=_lang_table(row.get("subject_heads")), denied_as=_lang_table(row.get("denied_as")),
            unless_governs=_lang_table(row.get("unless_governs")),
            unless_object=_lang_table(row.get("unless_object")),
            unless_case=_lang_table(row.get("unless_case")),
            object_strip=re.compile(row["object_strip"], re.I) if row.get("object_strip") else None,
            triggers=tuple(trig))
    fb = data.get("open", {})
    out[OPEN] = Relation(name=OPEN, label=fb.get("label", "{s} {p} {o}"), axis=OPEN)
    return out


@functools.cache
def relations() -> dict[str, Relation]:
    """A process-wide copy for the reconciler and reports (extraction gets its own via Knowledge)."""
    return load_relations()


@functools.cache
def undergone() -> dict[str, str]:
    """Each relation with a passive reading (relations.yaml passive_as) by that reading's name:
    "appointed" -> "appoint"."""
    return {r.passive_as: name for name, r in relations().items() if r.passive_as}


def as_undergone(claim, relation: Relation | None):
    """An active claim told as what its object underwent ("Kerren appointed Jonas Peltar" as
    "Jonas Peltar was appointed"), to meet the passive reports that name no actor; None when
    it has no passive reading or no typed object."""
    if relation is None or not relation.passive_as or not claim.object or not claim.object_type:
        return None
    update = {"subject": claim.object, "subject_type": claim.object_type, "subject_owner": None,
              "subject_text": claim.object, "subject_resolved_from": None, "object": None, "object_type": None,
              "relation": relation.passive_as}
    # (the reconciler holds claims as named tuples: see reconcile/engine.py)
    return claim._replace(**update) if hasattr(claim, "_replace") else claim.model_copy(update=update)


MERGE_GAP = 12  # characters between two hits of one relation that make them one trigger


def find_triggers(text: str, inventory: dict[str, Relation]) -> list[Trigger]:
    """Every pattern trigger in a sentence; overlapping hits of one relation are one."""
    found: list[Trigger] = []
    triggers, screen = _screen_of(inventory)
    by_relation: dict[int, list[Trigger]] = {}  # in the inventory's order, each relation's hits in its patterns' order
    for k in sorted(screen.possible(text)):  # a pattern whose literal start is not in the sentence is not run
        n, rel, rx, topic, polarity = triggers[k]
        for m in rx.finditer(text):
            if m.end() > m.start():
                by_relation.setdefault(n, []).append(Trigger(rel, m.start(), m.end(), m.group(), topic,
                                                             polarity=polarity))
    for hits in by_relation.values():  # (filled in rank order)
        rel = hits[0].relation
        hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
        merged: list[Trigger] = []
        for h in hits:
            if merged and h.start <= merged[-1].end + MERGE_GAP:
                last = merged[-1]
                end = max(last.end, h.end)
                merged[-1] = Trigger(rel, last.start, end, text[last.start:end], last.topic_ok or h.topic_ok,
                                     polarity=last.polarity or h.polarity)
            else:
                merged.append(h)
        found.extend(merged)
    return sorted(found, key=lambda t: (t.start, t.relation.name))


# (inventory, its size, its triggers in order with their relation's rank, their Screen), by inventory:
# an inventory is read, never changed
_SCREENS: dict[int, tuple[dict[str, Relation], int, list[tuple], Screen]] = {}


def _screen_of(inventory: dict[str, Relation]) -> tuple[list[tuple], Screen]:
    cached = _SCREENS.get(id(inventory))
    if cached is None or cached[0] is not inventory or len(inventory) != cached[1]:
        triggers = [(n, rel, rx, topic, polarity) for n, rel in enumerate(inventory.values())
                    for rx, topic, polarity in rel.triggers]
        cached = _SCREENS[id(inventory)] = (inventory, len(inventory), triggers, Screen(t[2] for t in triggers))
    return cached[2], cached[3]


# (inventory, its relations by lemma, its size), by inventory, kind and language: an inventory is read, never changed
_BY_LEMMA: dict[tuple, tuple[dict[str, Relation], dict[str, list[Relation]], int]] = {}


def by_lemma(lemma: str, lang: str, inventory: dict[str, Relation], nominal: bool = False) -> list[Relation]:
    """Relations a predicate lemma (or, `nominal`, an event noun) triggers."""
    key = "nouns" if nominal else "verbs"
    cached = _BY_LEMMA.get((id(inventory), key, lang))
    if cached is None or cached[0] is not inventory or len(cached[0]) != cached[2]:
        index: dict[str, list[Relation]] = {}  # each lemma's relations, in the inventory's order
        for r in inventory.values():
            for word in getattr(r, key).get(lang, ()):
                index.setdefault(word, []).append(r)
        cached = _BY_LEMMA[(id(inventory), key, lang)] = (inventory, index, len(inventory))
    return list(cached[1].get(lemma, ()))
