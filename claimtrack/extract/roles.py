"""Who fills a role: an argument phrase -> an entity of the article, or a plain phrase.

The entity is the one the phrase is *about*: the name at its head ("le modèle
Avocado" -> Avocado), the organisation a person-of noun acts for ("les dirigeants
de Meta" -> Meta), the person an apposition names ("le PDG de Meta, Mark
Zuckerberg"), the entity a pronoun or a definite description stands for (resolved
against the article so far, and said so), never a name met in a prepositional
phrase further in. `Discourse` keeps what the article has named, sentence by
sentence, for pronouns and for the article's topic.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from claimtrack.extract.clauses import RECIPIENT_VERBS, Arg
from claimtrack.extract.knowledge import Genders, Words
from claimtrack.nlp.doc_text import doc_text
from claimtrack.nlp.gazetteer import Gazetteer
from claimtrack.nlp.mentions import adjectives_after, adjectives_before, completes_public, introduced_as

LOOKBACK = 3  # sentences a pronoun or the topic may reach back to
COMPANY_POSSESSIVES = {"son", "sa", "ses", "its"}  # "son directeur général": the company's (not "his", "her")
OF_WORDS = {"de", "d'", "d’", "du", "des", "of", "'s", "’s", "chez", "at", "from"}
REPORT_LINKS = {"that", "que", "qu'", "qu’", "lesquelles", "laquelle", "lequel", "lesquels"}  # "a report that it..."
PREPOSITIONS = {"in", "on", "at", "from", "for", "with", "by", "near", "across", "into", "over", "under",
                "dans", "en", "sur", "à", "au", "aux", "pour", "par", "avec", "près"}  # with no tagger to say so
OBJECT_PRONOUNS = {"le", "la", "les", "l'", "l’", "it", "them"}
TRAILING_LINKS = {"de", "des", "du", "d'", "d’", "et", "la", "le", "les", "l'", "l’", "of", "and", "the", "à", "au",
                  "aux", "en", "in", "for", "pour"}
COORDINATORS = {"et", "ou", "and", "or"}
LEADING_COORDINATORS = COORDINATORS | {"mais", "puis", "but"}  # "et quelque 96 000 passagers": no part of a name
INDEFINITE = {"un", "une", "a", "an"}
DEFINITE = {"le", "la", "l'", "l’", "the", "ce", "cette", "this"}
QUANTIFIER_PRONOUNS = {"everything", "nothing", "something", "anything", "tout", "rien", "chose"}
TITLE_WORDS = {"chief", "executive", "financial", "operating", "vice", "deputy", "senior", "prime", "general"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ce", "cet", "cette",
               "ces", "the", "a", "an", "this", "that", "these", "those", "son", "sa", "ses", "leur", "leurs",
               "its", "their", "his", "her", "our", "notre", "nos", "votre", "vos", "au", "aux"}


@dataclass(frozen=True)
class Mention:
    name: str
    type: str
    start: int  # token indices
    end: int
    text: str
    owner: str | None
    parent: str | None
    how: str


@dataclass(frozen=True)
class Role:
    name: str
    type: str | None  # None: a plain phrase, no entity
    text: str
    how: str  # exact, fuzzy, ner, description, anaphora, pronoun, agent, possessor, topic, phrase, speaker
    tokens: tuple[int, ...] = ()
    owner: str | None = None
    parent: str | None = None
    resolved_from: str | None = None  # "pronoun 'Il'", "'l'entreprise'"
    head_word: str | None = None  # the phrase's head noun, lower case
    guessed: bool = False  # a name of unknown kind that took the kind of the slot it fills

    @property
    def is_entity(self) -> bool:
        return self.type is not None


def mention_index(doc: Doc) -> tuple[list[int], list[Mention]]:
    """The Doc's mentions read once, in their order (by start), for `sentence_mentions`."""
    out = []
    for m in doc.spans.get("mentions", []):
        ct = m._.ct or {}
        out.append(Mention(m.kb_id_, m.label_, m.start, m.end, m.text, ct.get("owner"), ct.get("parent"),
                           ct.get("how", "exact")))
    return [m.start for m in out], out


def sentence_mentions(doc: Doc, sent: Span, index: tuple[list[int], list[Mention]] | None = None) -> list[Mention]:
    starts, mentions = index if index is not None else mention_index(doc)
    out = []
    for k in range(bisect.bisect_left(starts, sent.start), len(starts)):
        m = mentions[k]
        if m.start > sent.end:  # sorted by start: none after it is in the sentence
            break
        if m.end <= sent.end:
            out.append(m)
    return out


def role_of(m: Mention, how: str | None = None, resolved_from: str | None = None) -> Role:
    return Role(name=m.name, type=m.type, text=m.text, how=how or m.how, tokens=tuple(range(m.start, m.end)),
                owner=m.owner, parent=m.parent, resolved_from=resolved_from)


def may_be(m: Mention, kinds: list[str]) -> bool:
    """Can this name be of one of these kinds: it is, its kind is unknown ("misc"), or the
    NER called a company a place ("le constructeur automobile Valmora")?"""
    return m.type in kinds or m.type == "misc" or ("org" in kinds and m.type == "place" and m.how == "ner")


def hyphen_modifier_token(t) -> bool:
    """"Lyon-based": a capitalised word joined by a hyphen to a lower-case one; "the
    Franco-Belgian airline": a compound of capitalised words before a common noun."""
    doc, i = t.doc, t.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_lower:
        return True
    if i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper() and doc[i + 3].is_lower \
            and doc[i + 3].is_alpha:
        return True  # "Franco-"
    return i >= 2 and i + 1 < len(doc) and doc[i - 1].text == "-" and doc[i - 2].text[:1].isupper() \
        and doc[i + 1].is_lower and doc[i + 1].is_alpha and t.text[:1].isupper()  # "-Belgian airline"


def hyphen_modifier(doc: Doc, m: Mention) -> bool:
    """A name inside a hyphenated modifier ("Lyon-based", "Paris-listed"): it says where or
    how, it names no party."""
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].is_lower


def as_type(role: Role, types: tuple[str, ...], gaz: Gazetteer) -> Role | None:
    """The role in a slot accepting `types`, lifting a person or lab to its organisation
    ("Zuckerberg" fills an org slot as Meta). An untyped NER name ("misc") fits any slot."""
    if not types:
        return role  # a relation that takes anyone and anything ("the strike is postponed")
    if role.type is None:
        return None
    if role.type in types:
        return role
    if role.type == "misc" and not (role.parent and "org" in types and "person" not in types):
        return replace(role, type=types[0], guessed=True)  # a name of unknown kind takes the slot's kind
    if role.type == "place" and role.how == "ner" and "org" in types and "place" not in types:
        # a name the NER took for a place, unknown to the gazetteer, where only an organisation
        # fits ("a infligé une amende à Valmora"): the statistical label was wrong
        return replace(role, type="org", guessed=True)
    if role.parent and "org" in types:
        parent = gaz.get(role.parent)
        if parent is not None:
            return replace(role, name=parent.name, type=parent.type, owner=parent.owner, parent=None,
                           resolved_from=role.resolved_from or f"'{role.text}' acts for {parent.name}")
        # an employer the sentence names ("Northgate CEO Daniel Reyes"), unknown to the gazetteer
        return replace(role, name=role.parent, type="org", parent=None,
                       resolved_from=role.resolved_from or f"'{role.text}' acts for {role.parent}")
    return None


NAMED_OFTEN = 2  # mentions of an unknown name that make it a possible topic


@dataclass
class Discourse:
    """What the article has said so far: entities per sentence, who was subject."""

    gaz: Gazetteer
    sentences: list[list[Mention]] = field(default_factory=list)
    subjects: list[Role | None] = field(default_factory=list)
    roles: list[list[Role]] = field(default_factory=list)  # typed roles the claims of each sentence filled
    named: Counter = field(default_factory=Counter)
    # "l'assureur Quartz", "Trans-Nordis, le transporteur": the common noun an article gave a name
    descriptors: dict[str, Mention] = field(default_factory=dict)
    described_as: dict[str, str] = field(default_factory=dict)  # a person -> "maire de valence"
    # the adjectives a common noun was given with its name ("le constructeur chinois Lanyue": {"chinois"})
    descriptor_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    public: set[str] = field(default_factory=set)  # names introduced as a union, an agency, a ministry
    deal: tuple[str, str] | None = None  # the parties of the deal the article last told ("X agreed to buy Y")
    signed: tuple[str, str] | None = None  # the parties of the agreement it last told ("X signed a deal with Y")
    genders: Genders | None = None  # what names and pronouns say of a person's gender
    gendered: dict[str, str] = field(default_factory=dict)  # a person -> the gender a title gave ("Mme Dupont")
    sources: set[str] = field(default_factory=set)  # what the article cited ("selon le site Vélo & Business")
    # a person -> the organisation a title gave them ("la directrice du GHSD, Catherine Morvan"), by surname
    employers: dict[str, str] = field(default_factory=dict)

    def employer_of(self, name: str | None) -> str | None:
        """The organisation the article said a person acts for, also when named again by surname
        or with a title ("Mme Morvan")."""
        words = (name or "").split()
        return self.employers.get(words[-1]) if words else None

    def close_sentence(self, mentions: list[Mention], subject: Role | None, roles: list[Role] = ()) -> None:
        self.sentences.append(mentions)
        self.subjects.append(subject)
        self.roles.append([r for r in roles if r is not None and r.type not in (None, "misc")])
        for m in mentions:
            self.named[m.name] += 1
            if m.parent:
                self.named[m.parent] += 1

    def pronoun(self, word: str, types: tuple[str, ...], before: list[Mention] = (),
                exclude: str | None = None) -> Role | None:
        """The entity a pronoun stands for, nearest first: a name earlier in its sentence,
        the subject of the sentence before, a person of the last sentences (for a
        pronoun that may be one), any compatible name of the last sentences."""
        why = f"pronoun '{word}'"
        if exclude is not None:  # someone it cannot be: the speaker of the quote it stands in
            keep = self._without(exclude)
            try:
                return self.pronoun(word, types, before)
            finally:
                keep()
        wanted_gender = self.genders.of_pronoun(word) if self.genders is not None else None
        if wanted_gender is not None:  # "Antoine Vial ... Elle emploie 42 personnes": not him
            before = [m for m in before if self.agrees(m.name, m.type, wanted_gender)]
            keep = self._only_agreeing(wanted_gender)
            try:
                return self._pronoun(word, types, before, why)
            finally:
                keep()
        return self._pronoun(word, types, before, why)

    def agrees(self, name: str, kind: str | None, gender: str | None) -> bool:
        """Can a pronoun of `gender` stand for this entity? A person whose first name or
        title says the other gender cannot; anyone else can."""
        if gender is None or kind not in ("person", "misc"):
            return True
        has = self.gendered.get(name) or (self.genders.of_name(name) if self.genders is not None else None)
        return has is None or has == gender

    def _only_agreeing(self, gender: str):
        """Hide, for one lookup, the people a pronoun of `gender` cannot stand for."""
        return self._hide(lambda name, kind: not self.agrees(name, kind, gender))

    def _pronoun(self, word: str, types: tuple[str, ...], before: list[Mention], why: str) -> Role | None:
        for m in reversed(list(before)):
            if (m.type in types or (m.type == "misc" and (types != ("person",) or len(m.name.split()) > 1))) \
                    and m.how != "anaphora":  # misc: a name of unknown kind ("he": a person named in full)
                return role_of(m, "pronoun", why)
        singular = self.genders is not None and self.genders.singular(word)
        last = self.subjects[-1] if self.subjects else None
        if last is not None and singular and self._plural_phrase(last):
            last = None  # "the $5.5 billion analysts had expected ... He said": not them
        if last is not None and (last.type in types or (last.type == "misc" and set(types) <= {"org", "lab"})
                                  # "Aldera Mobility, a Belgian maker of vans, signed... It will keep": a name of
                                  # unknown kind in full, the last sentence's subject, before any other company
                                  or (last.type == "misc" and "org" in types and "person" not in types
                                      and last.how != "anaphora" and len((last.name or "").split()) > 1
                                      and all(w[:1].isupper() for w in (last.name or "").split()))
                                  or (last.type == "misc" and set(types) == {"org", "lab", "person"})  # "they"
                                  # "Dorvaux denied... 'I never cheated,' he told": a full name of unknown kind
                                  or (last.type == "misc" and types == ("person",) and last.how != "anaphora"
                                      and len((last.name or "").split()) > 1)):
            # "Brightwell Home reported results. Its shares fell": a name of unknown kind, but no person's
            return replace(last, how="pronoun", text=word, tokens=(), resolved_from=why)
        recent = [m for ms in reversed(self.sentences[-LOOKBACK:]) for m in reversed(ms)]
        filled = [r for rs in reversed(self.roles[-LOOKBACK:]) for r in reversed(rs)]
        prefer = [("person",)] if "person" in types else [("org", "lab")] if "org" in types else []
        for wanted in prefer + [types]:
            subj = next((s for s in reversed(self.subjects[-LOOKBACK:]) if s is not None and s.type in wanted
                         and not (singular and self._plural_phrase(s))), None)
            if subj is not None:
                return replace(subj, how="pronoun", text=word, tokens=(), resolved_from=why)
            role = next((r for r in filled if r.type in wanted and not (singular and self._plural_phrase(r))),
                        None)  # "hired Tom Brown. He will..."
            if role is not None:
                return replace(role, how="pronoun", text=word, tokens=(), resolved_from=why)
            m = next((m for m in recent if m.type in wanted), None)
            if m is not None:
                return role_of(m, "pronoun", why)
        if "person" in types:  # "Gregory Almonte, 54, turned himself in. He faces...": a full name of unknown kind
            m = next((m for m in recent if m.type == "misc" and len(m.name.split()) > 1 and m.how != "anaphora"
                      and m.name not in self.sources), None)  # not "selon le site Vélo & Business"
            if m is not None:
                return role_of(m, "pronoun", why)
        return None

    @staticmethod
    def _plural_phrase(role: Role) -> bool:
        """An unnamed actor in the plural ("analysts", "les syndicats"): no "he" or "elle"."""
        words = (role.name or "").split()  # (a role a pronoun took keeps the phrase as its name)
        named = words[1:] if role.how == "phrase" else words  # ("Consumers are shopping...": a capital, no name)
        return bool(words) and not any(w[:1].isupper() for w in named) and words[-1].endswith(("s", "x"))

    def _without(self, name: str):
        """Hide one entity from the discourse for one lookup; returns the undo."""
        return self._hide(lambda other, kind: other == name)

    def _hide(self, hidden):
        """Hide from the last sentences, for one lookup, every entity `hidden(name, type)`
        accepts; returns the undo."""
        saved = self.subjects, self.sentences, self.roles
        self.subjects = [s if s is None or not hidden(s.name, s.type) else None for s in self.subjects[-LOOKBACK:]]
        self.sentences = [[m for m in ms if not hidden(m.name, m.type)] for ms in self.sentences[-LOOKBACK:]]
        self.roles = [[r for r in rs if not hidden(r.name, r.type)] for rs in self.roles[-LOOKBACK:]]

        def undo():
            self.subjects, self.sentences, self.roles = saved
        return undo

    def _state_body(self, name: str) -> bool:
        """A part of a state ("Bercy", the European Commission): it rules on the article's
        company, it is never that company."""
        ent = self.gaz.get(name)
        parent = self.gaz.get(ent.part_of) if ent is not None and ent.part_of else None
        return parent is not None and parent.type == "place"

    def _acted(self, name: str) -> bool:
        """Was this name the subject of a sentence so far?"""
        return any(s is not None and s.name == name for s in self.subjects)

    def country(self) -> Role | None:
        """The country the article names most so far (a gazetteer place), for "the government"."""
        best = max(((n, name) for name, n in self.named.items()
                    if (e := self.gaz.get(name)) is not None and e.type == "place"), default=None)
        return Role(name=best[1], type="place", text=best[1], how="topic") if best else None

    def topic(self, types: tuple[str, ...], exclude: set[str] = frozenset()) -> Role | None:
        """The entity the article is about here: of the right type, in the last sentences,
        the one named most (itself or through its people), then the latest. Where an
        organisation may be it, an organisation comes first: what nobody is said to have done
        ("there were no changes to the timeline", a spokesperson said) was done by an
        institution, not by the person the article quotes most."""
        best = None
        institutions = bool({"org", "lab"} & set(types)) and "person" in types
        for rank, ms in enumerate(self.sentences[-LOOKBACK * 2:]):
            for m in ms:
                role = as_type(role_of(m), types, self.gaz)
                if m.type == "place" and m.how == "ner" and role is not None and not self._acted(m.name):
                    role = None  # a place, unless it did something ("Aerlis pourrait chercher un partenaire")
                if role is None or m.type in ("media", "concept") or (m.type == "place" and m.how != "ner") \
                        or role.name in exclude \
                        or m.how == "ner" and self.named[role.name] < NAMED_OFTEN or self._state_body(role.name):
                    continue  # a name the gazetteer does not know is a topic only once the article repeats it
                key = (not institutions or role.type != "person", self.named[role.name], rank, m.start)
                if best is None or key >= best[0]:
                    best = (key, role)
        if best is None:
            return None
        return replace(best[1], how="topic", tokens=(), resolved_from="the article's topic")


class Resolver:
    """Roles of one sentence's arguments."""

    def __init__(self, doc: Doc, mentions: list[Mention], words: Words, discourse: Discourse,
                 quote_speaker: Role | None = None, sent: Span | None = None, starts_quoted: bool = False):
        self.doc, self.mentions, self.words, self.discourse = doc, mentions, words, discourse
        self.quote_speaker = quote_speaker
        self.frame_speaker: Role | None = None  # who says the clause being read (SentenceClaims._enter)
        self.sent, self.starts_quoted = sent, starts_quoted  # to tell the quote's words from the narrator's
        self.object_types: tuple[str, ...] | None = None  # set while resolving an object slot

    def _inside(self, arg: Arg, deep: bool = False) -> list[Mention]:
        toks = set(arg.tokens)
        if deep and self.doc.has_annotation("DEP"):  # the noun's whole phrase, relative clauses included
            toks |= {t.i for t in self.doc[arg.head].subtree}
        return [m for m in self.mentions if any(i in toks for i in range(m.start, m.end))]

    def phrase(self, arg: Arg, trim_case: bool = True) -> str:
        """The argument's words, without its preposition and leading determiners."""
        toks = [self.doc[i] for i in arg.tokens]
        while toks and toks[0].lower_ in LEADING_COORDINATORS | self.words.focus_adverbs:
            toks = toks[1:]  # "et quelque 96 000 passagers": the "et" joins clauses, it names nothing
        if len(toks) > 3 and toks[0].lower_ in ("de", "d'", "d’") and toks[1].lower_ in self.words.manner_nouns:
            k = 2  # "réduit de manière agressive le financement": how, then what
            while k < len(toks) and (toks[k].pos_ in ("ADJ", "ADV") or toks[k].lower_ in ("plus", "très", "bien")):
                k += 1
            if 2 < k < len(toks):
                toks = toks[k:]
        while toks and (toks[0].is_punct or (trim_case and toks[0].lower_ in OF_WORDS | {"à", "au", "aux",
                                                                                          "en", "in", "on",
                                                                                          "to", "for",
                                                                                          "with", "avec",
                                                                                          "dans", "sur",
                                                                                          "vers", "by",
                                                                                          "par", "pour"})):
            toks = toks[1:]
        while toks and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        while toks and ((toks[-1].is_punct and toks[-1].text not in ("%", "‰")) or toks[-1].lower_ in
                        DETERMINERS | OF_WORDS or toks[-1].pos_ == "ADP"
                        or (len(toks) > 1 and toks[-1].lower_ in self.words.calendar and toks[-1].text.islower())):
            toks = toks[:-1]  # (and "a indiqué le parquet mardi": the day says when, it is no part of who)
        if len(toks) > 3 and toks[-1].text.endswith(".") and toks[-1].lower_.rstrip(".") in \
                self.words.month_abbreviations and toks[-2].pos_ in ("ADP", "") and toks[-2].lower_ in self.words.date_prepositions:
            toks = toks[:-2]  # "14 emails on Sept. | 29": the date says when, it is no part of what
        if len(toks) > 2 and toks[-2].text == "," and toks[-1].lower_ in self.words.emphatic_pronouns:
            toks = toks[:-2]  # "Le port, lui, a rouvert": the port
        return "".join(t.text_with_ws for t in toks).strip(" ,;:«»\"“”'\n\t")

    def head_word(self, arg: Arg) -> str:
        tok = self.doc[arg.head]
        return (tok.lemma_ or tok.text).lower() if tok.pos_ in ("NOUN", "PROPN") else tok.lower_

    def resolve(self, arg: Arg | None) -> Role | None:
        """The entity an argument is about, or a plain phrase (type None)."""
        if arg is None:
            return None
        inside = self._inside(arg)
        head = self.doc[arg.head]
        word = head.lower_.removeprefix("-t-").lstrip("-")  # "a-t-elle déclaré": "elle"
        club = self._club_of_competition(arg, inside)
        if club is not None:  # "the Premier League club", "le club anglais, neuvième de Premier League"
            return club
        named = self._named_before(arg, word, head.lemma_.lower() if head.lemma_ else word) or self._called(arg) \
            or self._named_after(arg, word, head.lemma_.lower() if head.lemma_ else word) \
            or self._apposed_name(arg, inside)
        if named is not None:  # "Avocado, le prochain grand modèle de Meta, aurait été distillé...": Avocado
            return named
        at_head = [m for m in inside if m.start <= arg.head < m.end]
        if at_head:
            m = at_head[0]
            person = next((p for p in inside if p.type == "person" and p.start == m.end), None)
            if person is not None and m.type in ("place", "misc"):
                m = person  # "le Belge Tiago Mbemba", "Argentine striker Mateo Ruiz": the person, not the country
            org = self._org_named_as_place(m)
            if org is not None:  # "Le Groupe hospitalier Saône-Doubs (GHSD)": a body, not a place
                return org
            how = m.how
            role = role_of(m, how, f"'{m.text}'" if how == "anaphora" else None)
            employer = self._employer(m, inside) if role.parent is None and role.type in ("person", "misc") else None
            return replace(role, parent=employer) if employer else role
        lemma = head.lemma_.lower() if head.lemma_ else word
        acronym = self._bracketed_acronym(inside, head)
        if acronym is not None:  # "Le Groupe hospitalier Saône-Doubs (GHSD)": the body, by its acronym
            return acronym
        if word in QUANTIFIER_PRONOUNS or (arg.tokens and self.doc[arg.tokens[0]].lower_ in QUANTIFIER_PRONOUNS):
            return None  # "everything it builds", "rien": no one thing
        if arg.tokens and arg.tokens[0] < arg.head and self.doc[arg.tokens[0]].lower_ in self.words.pointing_determiners \
                and (word in self.words.actor_nouns.get("person", ()) or lemma in self.words.actor_nouns.get("person", ())):
            # "Cet ancien dirigeant d'un équipementier a succédé à...", "This former banker": the person just named
            before = [m for m in self.mentions if m.end <= arg.start]
            who = self.discourse.pronoun(head.text, ("person",), before)
            if who is not None and who.is_entity:
                return replace(who, how="pronoun", text=" ".join(self.doc[i].text for i in arg.tokens), tokens=(),
                               resolved_from=f"'{self.doc[arg.tokens[0]].text} {head.text}'")
        if word in ("celui", "celle", "ceux", "celles") and head.i + 1 < len(self.doc):
            nxt = self.doc[head.i + 1:head.i + 3]  # "Celui-ci, qui a quitté l'entreprise": one word, cut in three
            tail = "".join(t.text for t in nxt).lower()
            if tail[:3] in ("-ci", "-là"):
                word = lemma = word + tail[:3]
        two = f"{self.doc[head.i - 1].lower_} {word}" if head.i > 0 and head.i - 1 in arg.tokens else ""
        if two in self.words.pronouns:
            word = lemma = two  # "Ce dernier, fondateur de Scale AI, avait rejoint...": the one just named
        if word == "il" and any(t.lower_ in self.words.impersonal_after for t in self.doc[head.i + 1:head.i + 4]):
            return None  # "Il lui est reproché d'avoir facturé...", "il faut": no one
        if word in self.words.pronouns or lemma in self.words.pronouns:
            spec = self.words.pronouns.get(word) or self.words.pronouns[lemma]
            sp = self.quote_speaker
            if sp is not None and sp.is_entity and (sp.type in spec["types"] or sp.type == "misc") \
                    and self._after_quote(arg.start):
                # '"She is the right person," he said.': the one whose words these are, not a name inside them
                return replace(sp, how="pronoun", text=head.text, tokens=(), resolved_from=f"pronoun '{head.text}'")
            before = [m for m in self.mentions if m.end <= arg.start and not self._relative_head(m, arg.start)]
            if sp is not None and sp.is_entity and sp.type in ("person", "misc") and self._in_quote(arg.start):
                # '"She is the right person," said Aasen': in someone's own words, "she" is someone else
                return self.discourse.pronoun(head.text, tuple(spec["types"]),
                                              [m for m in before if m.name != sp.name], exclude=sp.name)
            fs = self.frame_speaker
            if fs is not None and fs.is_entity and (fs.how in ("exact", "fuzzy", "ner", "kind") or any(
                    w[:1].isupper() for w in (fs.name or "").split())) and (
                    fs.type in spec["types"] or (fs.type == "misc" and (
                        tuple(spec["types"]) != ("person",) or self._right_after_saying(arg.start, told=True)))) \
                    and self._right_after_saying(arg.start):
                # "claimed the attack ... and said it had stolen data": "it" is who said so
                return replace(fs, how="pronoun", text=head.text, tokens=(), resolved_from=f"pronoun '{head.text}'")
            where = self._subject_before_where(before, arg.start, tuple(spec["types"]))
            if where is not None:  # "facilities in Louisiana, Ohio and Texas, where it is building...": Meta
                return role_of(where, "pronoun", f"pronoun '{head.text}'")
            speaker = self._speaker_before(before, arg.start, tuple(spec["types"])) \
                or self._denier_of_report(before, arg.start, tuple(spec["types"]))
            if speaker is not None:  # "The company says it acted...": it is the company
                return role_of(speaker, "pronoun", f"pronoun '{head.text}'")
            phrase = self._speaking_phrase(arg.start, tuple(spec["types"]))
            if phrase is not None:  # "France's industry ministry said it could seek...": the ministry
                return replace(phrase, how="pronoun", text=head.text, tokens=(),
                               resolved_from=f"pronoun '{head.text}'")
            return self.discourse.pronoun(head.text, tuple(spec["types"]), before)
        if self.object_types is not None and word in OBJECT_PRONOUNS and len(arg.tokens) == 1:
            before = [m for m in self.mentions if m.end <= arg.start]
            spec = self.words.pronouns.get(word)
            types = tuple(t for t in self.object_types if spec is None or t in spec["types"])
            # ("release it": "it" is a thing, never the person a relation of freeing wants)
            return self.discourse.pronoun(head.text, types, before) if types else None
        if word in self.words.first_person or lemma in self.words.first_person:
            sp = self.quote_speaker
            if sp is None or not sp.is_entity or sp.type == "anonymous":
                return None  # the author's "nous": an opinion, no one's claim
            if word in ("nous", "we", "on"):
                sp = self.speakers_org() or sp  # "we" in a spokesperson's words: the company
            return replace(sp, how="speaker", text=head.text, tokens=(),
                           resolved_from=f"'{head.text}' in the words of {self.quote_speaker.name}")
        if head.pos_ not in ("NOUN", "PROPN", "PRON") and self.doc.has_annotation("POS"):
            # a head the tagger got wrong ("le prochain grand modèle"): the phrase's first noun
            nouns = [self.doc[i] for i in arg.tokens if self.doc[i].pos_ == "NOUN"]
            noun = next((n for n in nouns if n.i > head.i), None) or (nouns[-1] if nouns else None)
            if noun is not None:
                head, word, lemma = noun, noun.lower_, noun.lemma_.lower()
        person = self._described_person(arg, word, lemma)
        if person is not None:  # "le maire de Valence" after "Le maire de Valence, Thierry Maréchal,"
            return person
        if word in self.words.agent_nouns or lemma in self.words.agent_nouns:
            inside = self._inside(arg, deep=True)
            persons = [m for m in inside if m.type == "person" and m.start > arg.head
                       and self.doc[m.start - 1].lower_ not in OF_WORDS]  # not "le parti de Conner Rousseau"
            after = max(arg.tokens) + 1 if arg.tokens else None
            if not persons and after is not None and after < len(self.doc) and self.doc[after].text == ",":
                # "Le maire de Valence, Thierry Maréchal, a annoncé...", whatever the parser hung the name on
                persons = [m for m in self.mentions if m.start == after + 1 and (
                    m.type == "person" or (m.type == "misc" and len(m.name.split()) > 1))
                    and m.end < len(self.doc) and self.doc[m.end].text in (",", ")")]
            if persons:  # "le PDG de Meta, Mark Zuckerberg"
                return self._with_employer(role_of(persons[0]), arg, inside)
            spoken_for = self._spoken_for(arg, word, lemma, inside)
            if spoken_for is not None:  # "une porte-parole d'Arvelle a démenti": Arvelle denied
                return spoken_for
            orgs = sorted((m for m in inside if m.type in ("org", "lab") or (m.type == "place" and not self._located(m))
                           or (m.type == "misc" and m.end <= head.i and self._owns(m, head.i))
                           or (m.type == "misc" and m.start == head.i + 2
                               and self.doc[head.i + 1].lower_ in ("at", "chez"))),  # "workers at Armor Composites"
                          key=lambda m: (m.type != "org", m.start))
            if orgs and orgs[0].type == "place" and self.words.actor_nouns.get("person") and (
                    word in self.words.actor_nouns["person"] or lemma in self.words.actor_nouns["person"]):
                text = self.phrase(arg, False)  # "Kenya's president", "le président kényan": a person of a country
                return Role(name=text, type="person", text=text, how="phrase", tokens=arg.tokens, head_word=lemma)
            first = self.doc[min(arg.tokens)].lower_ if arg.tokens else ""
            people = self.words.actor_nouns.get("person", ())
            if not orgs and first in COMPANY_POSSESSIVES and (word in people or lemma in people) and (
                    word.endswith(("s", "x")) or word in ("staff", "crew")):
                # (people: "ses ingénieurs"; not one person, "son directeur", whom a name follows, nor a part
                # of the company, "its chip unit")
                before = [m for m in self.mentions if m.end <= arg.start and m.type in ("org", "lab", "misc")]
                owner = self.discourse.pronoun(first, ("org", "lab"), before)
                if owner is not None:  # "ses ingénieurs ont distillé...", "its engineers": the company's
                    text = self.phrase(arg, False)
                    return Role(name=owner.name, type=owner.type, text=text, how="agent", tokens=arg.tokens,
                                head_word=lemma, resolved_from=f"'{text}' act(s) for {owner.name}")
            if not orgs and self._of_the_company(arg):
                topic = self.discourse.topic(("org",), exclude=self.discourse.public)
                if topic is not None:  # "plusieurs responsables du groupe", "executives of the company"
                    text = self.phrase(arg, False)
                    return Role(name=topic.name, type=topic.type, text=text, how="agent", tokens=arg.tokens,
                                head_word=lemma, resolved_from=f"'{text}' act(s) for {topic.name}")
            if orgs and orgs[0].type == "place" and (word in self.words.public_nouns or lemma in self.words.public_nouns) \
                    and word not in self.words.actor_nouns.get("person", ()):
                name = self.actor_name(arg)  # "le tribunal correctionnel de Bordeaux": the court, not the city
                return Role(name=name, type="org", text=self.phrase(arg, False), how="phrase", tokens=arg.tokens,
                            head_word=lemma)
            if orgs:  # "les membres du Superintelligence Lab de Meta": Meta
                o = orgs[0]
                # ("les bagagistes d'Aérolis": a name the NER took for a place employs people: an organisation)
                return Role(name=o.name, type="org" if o.type == "place" and o.how == "ner" else o.type,
                            text=self.phrase(arg, False), how="agent",
                            tokens=arg.tokens, owner=o.owner, parent=o.parent, head_word=lemma,
                            resolved_from=f"'{self.phrase(arg, False)}' act(s) for {o.name}")
        if ((word in self.words.agent_nouns | self.words.holding_nouns or lemma in self.words.agent_nouns)
                and word not in self.words.builder_nouns | self.words.public_nouns and not inside
                and (self._bare_definite(arg) or (word in self.words.spokespeople and len(arg.tokens) <= 2))) \
                or self._company_body(arg):  # "le conseil d'administration", "the board of directors"
            own = self.speakers_org()  # (a union leader's "la direction" is the company's, not the union's)
            own = own if own is not None and own.name not in self.discourse.public else None
            topic = own or self.discourse.topic(("org",), exclude=self.discourse.public)
            if topic is not None:  # "the board", "la direction": of the company the article is about
                # (in a quote, of the speaker's: "'The board ran a thorough process,' an Arvena spokesperson said")
                text = self.phrase(arg, False)
                return Role(name=topic.name, type=topic.type, text=text, how="agent", tokens=arg.tokens,
                            head_word=lemma, resolved_from=f"'{text}' of {topic.name}, the article's company")
        kinds = [k for k, ws in self.words.kind_nouns.items() if word in ws or lemma in ws]
        if kinds:
            inside = self._inside(arg, deep=True)
            named = [m for m in inside if (m.type in kinds or (may_be(m, kinds) and m.start > head.i))
                     and not (m.type == "place" and self._located(m))]  # "un syndicat basé à Aix": not Aix
            if named and (word in self.words.public_nouns or lemma in self.words.public_nouns) \
                    and named[0].start > 0 and self.doc[named[0].start - 1].lower_ in OF_WORDS | {"at", "chez"}:
                name = self.actor_name(arg)  # "les syndicats de Transalp Mobilités": its unions, not the company
                return Role(name=name, type="org", text=self.phrase(arg, False), how="phrase", tokens=arg.tokens,
                            head_word=lemma)
            if named:  # "le modèle Avocado", "le constructeur automobile Valmora" (whatever the NER said)
                return role_of(named[0])
            named = self._after_comma(arg, kinds)
            if named is not None:  # "its most powerful model, Behemoth,"
                return role_of(named, resolved_from=f"'{self.phrase(arg, False)}'")
            edge = max(arg.tokens) + 1
            named = next((m for m in self.mentions if m.start == edge and may_be(m, kinds)), None)
            if named is not None and self.doc[arg.tokens[0]].lower_ in DEFINITE:
                # "Le constructeur automobile Valmora", when the parser left the name out of the phrase
                return role_of(named, resolved_from=f"'{self.phrase(arg, False)}'")
        known = next((m for m in inside if m.start == head.i + 1 and m.how in ("exact", "fuzzy")
                      and m.type not in ("place", "concept")), None)
        if known is not None and arg.tokens and self.doc[arg.tokens[0]].lower_ in DEFINITE:
            return role_of(known)  # "L'agence Reuters avait affirmé": Reuters, a known name after its noun
        named = self._apposed(arg, head.i, inside)
        if named is not None:
            return named
        if word in self.words.holding_nouns or lemma in self.words.holding_nouns:
            owner = next((m for m in inside if self._owns(m, head.i) and m.type not in ("concept", "media")), None)
            if owner is not None:  # "Shares in Arvelle", "les actions d'Arvelle": Arvelle's
                return role_of(owner, resolved_from=f"'{self.phrase(arg, False)}'")
        actor = next((kind for kind, ws in self.words.actor_nouns.items() if word in ws or lemma in ws), None)
        text = self.phrase(arg, False)
        named = self._described(arg, head, lemma) if actor is not None else None
        if named is not None:  # "le transporteur" after "le transporteur Trans-Nordis": Trans-Nordis
            return role_of(named, "description", f"'{text}'")
        if (word in self.words.government_nouns or lemma in self.words.government_nouns) and self._bare_definite(arg):
            country = self.discourse.country()
            if country is not None:  # "the government would declare a state of emergency": Peru's
                return replace(country, how="description", text=text, tokens=arg.tokens,
                               resolved_from=f"'{text}' of {country.name}")
        public = word in self.words.public_nouns or lemma in self.words.public_nouns \
            or word in self.words.regulator_nouns or word in self.words.government_nouns \
            or any(self.doc[i].lower_ in self.words.public_nouns for i in arg.tokens if i < head.i)
        # ("the data-protection regulator", "the Port-Sarvan prosecutor's office": no company named before)
        fresh = any(self.doc[i].lower_ in self.words.new_entity_words for i in arg.tokens)
        named = self._nearest_org(arg) if actor == "org" and not public and not fresh else None  # an agency is no company
        if named is not None:  # "to buy Arvelle, valuing the Lyon-based company at...": Arvelle
            return role_of(named, "description", f"'{text}'")
        given = self.discourse.descriptors.get(lemma) or self.discourse.descriptors.get(head.lower_)
        if actor == "org" and not public and given is not None and self.doc[arg.tokens[0]].lower_ in DEFINITE \
                and self._other_adjectives(arg, head, lemma):
            other = self._other_than(given, arg.start)
            if other is not None:  # "le constructeur germano-français", after "le constructeur chinois Lanyue"
                return role_of(other, "description", f"'{text}', not {given.name}")
        if actor == "org" and not public and self.doc[arg.tokens[0]].lower_ in DEFINITE and (
                any(hyphen_modifier_token(self.doc[i]) for i in arg.tokens)
                or any(m.type == "place" and m.end <= head.i for m in inside)) \
                and not self._other_adjectives(arg, head, lemma):  # "The Columbus company"
            topic = self.discourse.topic(("org",), exclude=self.discourse.public)
            if topic is not None:  # "The Basel-based company, which employs...": the article's company
                return replace(topic, how="description", text=text, tokens=arg.tokens, resolved_from=f"'{text}'")
        acronym = next((m for m in inside if m.start > 0 and self.doc[m.start - 1].text == "("
                        and m.start > head.i and m.type not in ("concept", "media", "place")), None)
        if acronym is not None:  # "la Commission nationale ... (CNIL)", "Le Service de surveillance ... (SSMVM)"
            return role_of(acronym, "description", f"'{text}'")
        if actor == "org" and word in self.words.kind_nouns.get("org", ()) and self._bare_definite(arg) and not public \
                and not fresh:
            # (not "the combined group", "le nouvel ensemble": the merger's result, a phrase of its own)
            topic = self.discourse.topic(("org",), exclude=self.discourse.public)
            if topic is not None:  # "The airline puts the cost at...", long after it was last named: the article's
                return replace(topic, how="description", text=text, tokens=arg.tokens,
                               resolved_from=f"'{text}', the article's company")
        if (word in self.words.accused_nouns or lemma in self.words.accused_nouns) and self._bare_definite(arg):
            person = self.discourse.topic(("person",))
            if person is not None:  # "le prévenu a toujours nié", "the defendant": the person the case is about
                return replace(person, how="description", text=text, tokens=arg.tokens,
                               resolved_from=f"'{text}', the person the article is about")
        if (word in self.words.buyer_nouns or lemma in self.words.buyer_nouns) \
                and (self.discourse.deal or self.discourse.signed) is not None and self._bare_definite(arg):
            buyer, target = self.discourse.deal or self.discourse.signed  # "Le repreneur s'engage à conserver..."
            return Role(name=buyer, type="org", text=text, how="description", tokens=arg.tokens, head_word=lemma,
                        resolved_from=f"'{text}': the buyer in the deal told, {buyer}'s for {target}")
        if actor == "deal" and self.discourse.deal is not None and self._bare_definite(arg):
            buyer, target = self.discourse.deal  # "The acquisition will be financed...": the deal told before
            return Role(name=buyer, type="deal", text=text, how="description", tokens=arg.tokens,
                        head_word=lemma, resolved_from=f"'{text}': {buyer}'s deal for {target}")
        if actor is not None:  # "le suspect", "la cour d'appel de Douai": someone, unnamed
            return Role(name=self.actor_name(arg), type=actor, text=text, how="phrase", tokens=arg.tokens,
                        head_word=lemma)
        named = self._name_right_after(arg)
        if named is not None:  # "le porte-conteneurs Nordvik Arrow", the parser's name apart from its noun
            return role_of(named, "description", f"'{text} {named.text}'")
        return Role(name=self.phrase(arg), type=None, text=text, how="phrase", tokens=arg.tokens, head_word=lemma)

    def _name_right_after(self, arg: Arg) -> Mention | None:
        """The name right after a short definite noun phrase with no name of its own ("le
        porte-conteneurs Nordvik Arrow", "the freighter Nordvik Arrow"), which the parser left out
        of the phrase: what the noun says the name is."""
        if not arg.tokens or len(arg.tokens) > 3 or self.doc[arg.tokens[0]].lower_ not in DEFINITE:
            return None
        if any(self.doc[i].text[:1].isupper() for i in arg.tokens[1:]):
            return None
        edge = max(arg.tokens) + 1
        return next((m for m in self.mentions if m.start == edge and m.type not in ("place", "concept", "media")
                     and m.how in ("exact", "fuzzy", "ner", "kind")), None)

    def owner_of_figure(self, arg: Arg, figure: bool = True) -> Role | None:
        """The subject "Its shares fell", "revenue rose 12%" stands for: the company whose
        figure it is, with the figure as the role's text and head word."""
        head = self.doc[arg.head]
        word, lemma = head.lower_, (head.lemma_ or head.lower_).lower()
        if word not in self.words.measure_nouns and lemma not in self.words.measure_nouns:
            return None
        owner = self._measure_owner(arg, head.i, self._inside(arg), figure)
        if owner is None:
            return None
        text = self.phrase(arg, False)
        return replace(owner, how="possessor", text=text, tokens=arg.tokens, head_word=lemma,
                       resolved_from=f"'{text}' of {owner.name}")

    def _compound_end(self, head: int) -> int:
        """The last token of a measure named with "de" starting at `head` ("chiffre d'affaires"), or `head`."""
        for n in (2, 3, 4):
            if head + n <= len(self.doc) and self.doc[head:head + n].text.lower() in self.words.measure_compounds:
                return head + n - 1
        return head

    def _measure_owner(self, arg: Arg, head: int, inside: list[Mention], figure: bool = True) -> Role | None:
        """Whose figure a measure noun is: the company that owns it in the phrase ("Samsung's
        operating profit", "les ventes de Renault"), the company a possessive stands for ("its
        shares", "ses investissements"), or, for a bare figure ("revenue rose 12%", "Net income
        fell"), the company reporting it in the sentence, else the article's company. A phrase
        naming someone else ("sales of electric cars in Europe") belongs to no one here."""
        doc = self.doc
        owner = next((m for m in inside if m.type in ("org", "lab", "misc") and (self._owns(m, head) or (
            m.end < head and any(t.lower_ in ("'s", "’s") for t in doc[m.end:min(m.end + 2, head)])))), None)
        # ("Netlink Ltd.'s net income": the name without its suffix)
        if owner is not None:
            return role_of(owner)
        compound = self._compound_end(head)
        if inside or any(doc[i].lower_ in OF_WORDS for i in arg.tokens if i > compound):
            return None  # "les ventes de voitures": someone else's figure (not "le chiffre d'affaires")
        first = doc[arg.tokens[0]].lower_
        before = [m for m in self.mentions if m.end <= arg.start]
        if first in POSSESSIVES:
            if first in ("his", "her"):
                return None
            return self.discourse.pronoun(first, ("org", "lab"), [m for m in before if m.type in ("org", "lab")])
        if not figure:
            return None  # "shares held through a trust": whose, the clause does not say by a figure
        if first not in DEFINITE and doc[arg.tokens[0]].pos_ == "DET":
            return None  # "a loss", "some sales": not a figure of the company's
        if len([i for i in arg.tokens if i <= head]) > 4 or doc[arg.tokens[0]].pos_ in ("VERB", "AUX") or (
                first.endswith("ing") and first not in self.words.measure_nouns):
            return None  # "Using a larger model's outputs": a phrase of its own, no bare figure
        sent = doc[arg.start].sent
        saying = self.words.speech | self.words.announcing
        for m in reversed(before):
            if m.start < sent.start:
                break
            if m.type in ("org", "lab", "misc") and any((t.lemma_ or t.lower_).lower() in saying
                                                         for t in doc[m.end:min(m.end + 2, arg.start)]):
                # "Acme said on Monday that revenue rose 12%": Acme's (a name of unknown kind too)
                return role_of(m) if m.type != "misc" else replace(role_of(m), type="org", guessed=True)
        return self.discourse.topic(("org",), exclude=self.discourse.public)

    def _in_quote(self, at: int) -> bool:
        """Is token `at` inside a direct quote (the sentence's own quote marks, and whether it
        opened inside one)?"""
        if self.sent is None:
            return False
        depth = 1 if self.starts_quoted else 0
        for tok in self.doc[self.sent.start:at]:
            if tok.text in ("«", "“"):
                depth += 1
            elif tok.text in ("»", "”"):
                depth = max(0, depth - 1)
            elif tok.text == '"':
                depth = 0 if depth else 1
        return depth > 0

    def _after_quote(self, at: int) -> bool:
        """Does token `at` open the tail of a quote ('...," he said'; '... », a-t-il dit')?"""
        k = at - 1
        if k >= 0 and (self.doc[k].lemma_ or self.doc[k].lower_).lower() in self.words.speech:
            k -= 1  # '," said he'
        gap = [t.text for t in self.doc[max(0, k - 1):k + 1]]
        if bool(gap) and gap[-1] in (",", '"', "”", "»", "-") and any(g in ('"', "”", "»") for g in gap):
            return True
        # "The acquisition will be financed with cash, he added.": a speech verb closing the sentence
        nxt = self.doc[at + 1] if at + 1 < len(self.doc) else None
        return k == at - 1 and gap[-1:] == [","] and nxt is not None \
            and (nxt.lemma_ or nxt.lower_).lower() in self.words.speech \
            and (at + 2 >= len(self.doc) or self.doc[at + 2].is_punct or self.doc[at + 2].is_sent_start)

    def speakers_org(self) -> Role | None:
        """The organisation a quoted speaker speaks for (a spokesperson's company, or the company itself)."""
        sp = self.quote_speaker
        if sp is None or not sp.is_entity or sp.type == "anonymous":
            return None
        employer = self.discourse.employer_of(sp.name)
        if sp.type in ("org", "lab") and not (sp.how == "phrase" and employer):
            return sp
        if not sp.parent and employer:
            sp = replace(sp, parent=employer)  # "Mme Morvan", named with her title before
        if sp.parent:
            org = self.discourse.gaz.get(sp.parent)
            return replace(sp, name=sp.parent, type=org.type if org else "org", parent=None)
        words = (sp.name or "").lower().split()
        if sp.how == "phrase" and words and words[-1] in self.words.spokespeople:
            # '"We plan to continue releasing...," a company spokesperson said': the article's company
            return self.discourse.topic(("org",), exclude=self.discourse.public)
        return None

    def _speaker_before(self, before: list[Mention], at: int, types: tuple[str, ...]) -> Mention | None:
        """The subject of a verb of saying right before the pronoun ("X says it...")."""
        if not before:
            return None
        m = before[-1]
        gap = self.doc[m.end:at]
        saying = self.words.speech | self.words.denial
        if 0 < len(gap) <= 2 and all((t.lemma_ or t.lower_).lower() in saying or t.lower_ in ("that", "que", "qu'")
                                     for t in gap) and any((t.lemma_ or t.lower_).lower() in saying for t in gap) \
                and (m.type in types or (m.type == "misc" and (
                                         types != ("person",) or len(m.name.split()) > 1))):
            return m  # "he" after a one-word name of unknown kind ("Aerlis says he left"): not that name
        return None

    def _right_after_saying(self, at: int, told: bool = False) -> bool:
        """Does a verb of saying (and "that"/"que") come right before token `at`? With `told`,
        one that names its hearers ("told donors that she..."): a person's words, as a rule."""
        k = at - 1
        if k >= 0 and self.doc[k].lower_ in ("that", "que", "qu'", "qu’"):
            k -= 1
        j = k  # "a annoncé le 2 mars qu'il", "said on Tuesday it": past the date
        while j > k - 4 and j > 0 and (self.doc[j].like_num or self.doc[j].lower_ in self.words.calendar
                                        or self.doc[j].lower_ in self.words.date_lead_words):
            j -= 1
        if j < k and any(self.doc[i].like_num or self.doc[i].lower_ in self.words.calendar
                         for i in range(j + 1, k + 1)):
            k = j
        if not told and k >= 0 and (self.doc[k].lemma_ or self.doc[k].lower_).lower() in \
                self.words.speech | self.words.denial:
            return True
        for i in range(k, k - 3, -1):  # "told donors that she...", "assured the investors it...": past the hearers
            if i < 1 or not self.doc[i].is_alpha:
                return False
            if (self.doc[i - 1].lemma_ or self.doc[i - 1].lower_).lower() in RECIPIENT_VERBS:
                return True
        return False

    def _speaking_phrase(self, at: int, types: tuple[str, ...]) -> Role | None:
        """An unnamed speaker right before the pronoun: "the ministry said it...", "le syndicat
        affirme qu'il...": a noun phrase whose head stands for someone of the pronoun's kinds."""
        doc = self.doc
        sent = doc[at].sent
        k = at - 1
        if k > sent.start and doc[k].lower_ in ("that", "que", "qu'", "qu’"):
            k -= 1
        saying = self.words.speech | self.words.denial
        if k <= sent.start or (doc[k].lemma_ or doc[k].lower_).lower() not in saying:
            return None
        end = k
        aux = self.words.any_auxiliary
        while end - 1 > sent.start and (doc[end - 1].pos_ in ("AUX", "VERB", "ADV", "PART") or (
                not doc[end - 1].pos_ and (doc[end - 1].lower_ in aux or doc[end - 1].lower_.endswith("ly")))):
            end -= 1  # "a fait savoir", "has repeatedly said"
        start = end
        while start - 1 >= sent.start and end - start < 6 and not doc[start - 1].is_punct \
                and doc[start - 1].lower_ not in ("and", "et", "but", "mais", "which", "qui", "that", "que"):
            start -= 1
        if start == end:
            return None
        nouns = {w for t in types for w in self.words.actor_nouns.get(t, ())}
        # the head: the phrase's last word ("France's industry ministry"), or its first noun before
        # "de" ("le ministère de l'industrie")
        heads = [t for t in doc[start:end] if t.lower_ in nouns or (t.lemma_ or "").lower() in nouns]
        if not heads or not (heads[-1].i == end - 1 or doc[heads[0].i + 1].lower_ in OF_WORDS):
            return None
        head = heads[-1] if heads[-1].i == end - 1 else heads[0]
        role = self.resolve(Arg(tuple(range(start, end)), head.i))
        return role if role is not None and role.how != "pronoun" else None

    def _denier_of_report(self, before: list[Mention], at: int, types: tuple[str, ...]) -> Mention | None:
        """"Helix denied a report by Endpoints that it was in talks", "Meta a démenti les
        informations selon lesquelles il abandonnerait...": the pronoun of what the report says
        is whoever denies or answers the report, the sentence's subject."""
        doc = self.doc
        sent = doc[at].sent
        if at - 1 <= sent.start or doc[at - 1].lower_ not in REPORT_LINKS:
            return None
        m = next((m for m in before if m.start >= sent.start), None)
        if m is None or m.type not in types or m.end >= len(doc):
            return None
        verb = doc[m.end]
        if (verb.lemma_ or verb.lower_).lower() not in self.words.speech | self.words.denial:
            return None
        nouns = self.words.report_nouns
        return m if any(t.lower_ in nouns for t in doc[m.end:at]) else None

    def _nearest_org(self, arg: Arg) -> Mention | None:
        """For "the Lyon-based company", "la société lyonnaise": the organisation named last
        before it in its sentence, when the phrase names none of its own (a name in a
        hyphenated modifier says where, not who)."""
        toks = [self.doc[i] for i in arg.tokens]
        if not toks or toks[0].lower_ not in DEFINITE | {"les"} or len(toks) > 6:
            return None
        if any(t.like_num or t.lower_ in ("both", "deux", "trois") for t in toks):
            return None  # "the two companies", "les deux groupes": several, not the one named last
        own = [m for m in self._inside(arg) if not hyphen_modifier(self.doc, m)]
        if own or any(t.text[:1].isupper() and t.i > toks[0].i and not hyphen_modifier_token(t) for t in toks):
            return None  # "le transporteur Trans-Nordis": a name of its own, though no mention was found
        sent = self.doc[arg.tokens[0]].sent
        before = [m for m in self.mentions if sent.start <= m.start and m.end <= arg.tokens[0]
                  and m.type in ("org", "misc") and m.how != "anaphora" and not hyphen_modifier(self.doc, m)
                  and m.name not in self.discourse.public  # "le syndicat SPNA ... la compagnie": not the union
                  and m.name not in self.discourse.sources  # nor the outlet the words were said to
                  and not self._completes_noun(m)  # "la cour d'appel de Douai ... le transporteur": not Douai
                  and not self._employer_of_title(m)]  # "Ce dernier, fondateur de Scale AI, a rejoint le groupe"
        return before[-1] if before else None

    def _employer_of_title(self, m: Mention) -> bool:
        """A name after a title and its "de"/"of" ("fondateur de Scale AI", "former chief of Acme"):
        where a person worked, not the company a later description stands for."""
        return m.start >= 2 and self.doc[m.start - 1].lower_ in OF_WORDS \
            and (self.doc[m.start - 2].lower_ in self.words.agent_nouns
                 or self.doc[m.start - 2].lower_ in self.words.actor_nouns.get("person", ()))

    def _completes_noun(self, m: Mention) -> bool:
        return completes_public(doc_text(self.doc), self.doc[m.start].idx, self.words.public_nouns)

    def _bare_definite(self, arg: Arg) -> bool:
        """"the board", "la direction", "le conseil d'administration": a definite noun with
        nothing naming whose it is."""
        toks = [self.doc[i] for i in arg.tokens]
        return bool(toks) and toks[0].lower_ in DEFINITE and len(toks) <= 4 and not any(
            t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != toks[0].i) or t.lower_ in POSSESSIVES
            for t in toks)

    def _described(self, arg: Arg, head, lemma: str) -> Mention | None:
        """A definite description the article has already tied to a name, or its members ("the
        hackers" of the gang it named: predicates.yaml member_nouns)."""
        first = self.doc[arg.tokens[0]]
        if first.lower_ not in DEFINITE | {"les"} or len(arg.tokens) > 4 or any(
                self.doc[i].pos_ in ("PROPN",) or self.doc[i].lower_ in OF_WORDS for i in arg.tokens):
            return None
        found = self.discourse.descriptors.get(lemma) or self.discourse.descriptors.get(head.lower_)
        if found is not None and self._other_adjectives(arg, head, lemma):
            # "le constructeur germano-français" is not "le constructeur chinois Lanyue": the other one
            return self._other_than(found, arg.start)
        if found is None:
            kind = next((k for k, ws in self.words.member_nouns.items() if head.lower_ in ws or lemma in ws), None)
            found = self.discourse.descriptors.get(kind) if kind is not None else None
        return found or self._named_by_kind(head.lower_, arg.start)

    def _other_than(self, found: Mention, at: int) -> Mention | None:
        """The latest organisation of the last sentences other than `found` (the one a description's
        other adjectives rule out), when there is exactly one such: "Lanyue Motors ... Kessler
        Automobiles ... le constructeur germano-français" is Kessler."""
        here = [m for m in self.mentions if m.end <= at]
        earlier = [m for ms in self.discourse.sentences[-LOOKBACK * 2:] for m in ms]
        others = {m.name: m for m in earlier + here
                  if m.type in ("org", "misc") and m.how != "anaphora" and m.name != found.name
                  and m.name not in self.discourse.public and m.name not in self.discourse.sources
                  and not hyphen_modifier(self.doc, m) and (m.type == "org" or len(m.name.split()) > 1)}
        return next(iter(others.values())) if len(others) == 1 else None

    def _other_adjectives(self, arg: Arg, head, lemma: str) -> bool:
        """Does the description give its noun adjectives other than those the article gave it with a
        name ("le constructeur germano-français" after "le constructeur chinois Lanyue Motors")?"""
        given = self.discourse.descriptor_adjectives.get(lemma) or self.discourse.descriptor_adjectives.get(head.lower_)
        if not given or not arg.tokens:
            return False
        after = adjectives_after(self.doc, head.i + 1)  # (in the phrase or not: the parser may leave them out)
        return bool(after) and not after & given

    def _named_by_kind(self, word: str, at: int) -> Mention | None:
        """The latest organisation whose name holds the description's noun, in either language ("the
        hospital" after "Groupe hospitalier Val-de-Loire (GHVL)", "the agency" after "Agence régionale
        de santé"): the words share their first five letters."""
        if len(word) < 5 or word not in self.words.actor_nouns.get("org", ()):
            return None
        stem = word[:5]
        here = sorted((m for m in self.mentions if m.end <= at), key=lambda m: -m.start)  # latest first
        earlier = [m for ms in reversed(self.discourse.sentences[-LOOKBACK * 2:]) for m in ms]
        for m in here + earlier:
            if m.type not in ("org", "lab", "misc") and not (m.type == "place" and m.how == "ner"):
                continue
            words = (self._long_name(m) or m.name).lower().replace("-", " ").split()
            if any(w[:5] == stem for w in words):
                return m
        return None

    def _long_name(self, m: Mention) -> str | None:
        """The words an acronym stands for, when the article spelled them out before it."""
        if m.start >= 2 and self.doc[m.start - 1].text == "(":
            return self.doc[max(0, m.start - 8):m.start - 1].text
        return None

    def _described_person(self, arg: Arg, word: str, lemma: str) -> Role | None:
        """A definite description of a person the article named with it ("Le maire de Valence,
        Thierry Maréchal, ..." then "le maire de Valence", "l'ancien maire"), or an epithet
        journalists use not to repeat a name ("l'élu de 58 ans", "le quinquagénaire"): the
        person the article is about."""
        toks = [self.doc[i] for i in arg.tokens]
        if not toks or toks[0].lower_ not in DEFINITE or len(toks) > 6:
            return None
        text = self.phrase(arg, False)
        rest = " ".join(t.lower_ for t in toks[1:])
        m = self.discourse.descriptors.get(lemma) or self.discourse.descriptors.get(word)
        if m is not None and m.type == "person":
            tagged = self.doc.has_annotation("POS")  # (without a tagger: plain lower-case words, "the mayor")
            plain = len(toks) <= 3 and all((t.pos_ in ("ADJ", "NOUN") if tagged else t.is_lower and t.is_alpha)
                                           and t.lower_ not in OF_WORDS for t in toks[1:])
            if plain or rest == self.discourse.described_as.get(m.name):
                return role_of(m, "description", f"'{text}'")
        if lemma in self.words.person_epithets or word in self.words.person_epithets \
                or (len(toks) > 1 and toks[1].lower_ in self.words.person_epithets):  # (a participle to the tagger)
            before = [m for m in self.mentions if m.end <= arg.start and m.type == "person"]
            person = self.discourse.topic(("person",)) or self.discourse.pronoun(text, ("person",), before)
            if person is not None:
                return replace(person, how="description", text=text, tokens=arg.tokens,
                               resolved_from=f"'{text}', the person the article is about")
        return None

    def _learn_person(self, m: Mention) -> None:
        """"Le maire de Valence, Thierry Maréchal,": the description and the name it gives; so does a
        title right before the name ("Mayor Bertrand Ferrandel", "le maire Paul Sarrat")."""
        self._learn_title_after(m)
        people = self.words.actor_nouns.get("person", ())
        title = self._apposed_title(m, people)
        if title is not None:  # "Helena Vostrik, alors ministre de l'Énergie,": "la ministre" is she
            self.discourse.descriptors.setdefault(title, m)
        if m.start >= 1 and (self.doc[m.start - 1].lower_ in people or self.doc[m.start - 1].lemma_.lower() in people):
            self.discourse.descriptors[self.doc[m.start - 1].lower_] = m
        if m.start < 2 or self.doc[m.start - 1].text != ",":
            return
        sent_start = self.doc[m.start].sent.start
        for k in range(m.start - 2, max(sent_start, m.start - 8) - 1, -1):
            tok = self.doc[k]
            if tok.lower_ in DEFINITE and k + 1 < m.start - 1:
                noun = self.doc[k + 1]
                last = self.doc[m.start - 2]  # "The ship captain, Ilias Marenko": the noun before the comma
                if noun.lower_ not in people and noun.lemma_.lower() not in people and last.pos_ != "ADJ" and (
                        last.lower_ in people or last.lemma_.lower() in people):
                    noun = last
                if noun.lower_ in self.words.actor_nouns.get("person", ()) or noun.lemma_.lower() in \
                        self.words.actor_nouns.get("person", ()):
                    self.discourse.descriptors[noun.lower_] = m
                    self.discourse.described_as[m.name] = " ".join(t.lower_ for t in self.doc[k + 1:m.start - 1])
                return
            if tok.text in (",", ";", ":") or tok.pos_ == "VERB":
                return

    def _apposed_title(self, m: Mention, people) -> str | None:
        """The title in an apposition right after a person's name ("Helena Vostrik, alors ministre de
        l'Énergie,", "Jane Doe, the former minister,"), without a possessor that owns it ("Karel
        Vondra, the authority's president": his title, but "the authority" is not he)."""
        k = m.end
        if k + 1 >= len(self.doc) or self.doc[k].text != ",":
            return None
        k += 1
        while k < min(len(self.doc), m.end + 4) and (self.doc[k].lower_ in DEFINITE | DETERMINERS
                                                    or self.doc[k].lower_ in self.words.title_modifiers):
            k += 1
        if k >= len(self.doc) or not self.doc[k].is_lower:
            return None
        word = self.doc[k].lower_
        if word not in people or (k + 1 < len(self.doc) and self.doc[k + 1].lower_ in ("'s", "’s")):
            return None
        return word

    def learn_descriptors(self) -> None:
        """Record the common nouns the sentence gives its names: "l'assureur Quartz Assurances",
        "le groupe belge Vandermeulen", "Trans-Nordis, le transporteur", "the carrier Northwind"."""
        actors = self.words.any_actor
        for m in self.mentions:
            if m.type == "person" and m.how in ("exact", "fuzzy", "ner", "kind"):
                self._learn_person(m)
            if m.how not in ("exact", "fuzzy", "ner", "kind") or m.type in ("concept", "media", "person"):
                continue
            if introduced_as(self.doc, m.start, m.end, self.words.public_nouns):
                self.discourse.public.add(m.name)
            k = m.start - 1
            while k >= 0 and m.start - k <= 3 and self.doc[k].pos_ == "ADJ":
                k -= 1  # "le groupe belge Vandermeulen"
            if k >= 1 and self.doc[k].lower_ in actors and self.doc[k - 1].lower_ in DEFINITE | {"un", "une", "a", "an"}:
                self.discourse.descriptors[self.doc[k].lower_] = m
                self.discourse.descriptor_adjectives[self.doc[k].lower_] = adjectives_before(self.doc, m.start)
                continue
            called = self._kind_called(m, actors)
            if called is not None:  # "a ransomware gang calling itself CorvusLock": "the gang" is CorvusLock
                self.discourse.descriptors[called] = m
                continue
            if m.end + 2 < len(self.doc) and self.doc[m.end].text == "," and self.doc[m.end + 1].lower_ in DEFINITE:
                # "CorvusLock, the ransomware gang that claimed the attack": "the gang" is CorvusLock
                k = m.end + 2
                while k < min(len(self.doc), m.end + 5) and self.doc[k].lower_ not in actors \
                        and self.doc[k].is_lower and self.doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "X", ""):
                    k += 1
                if k < len(self.doc) and self.doc[k].lower_ in actors and self.doc[k].is_lower and not (
                        k + 1 < len(self.doc) and self.doc[k + 1].lower_ in ("'s", "’s")) and not (
                        k + 1 < len(self.doc) and self.doc[k + 1].pos_ in ("AUX", "VERB")):
                    # (not "après le passage de la tempête Corentine, le gouvernement a reconnu": the
                    # next clause's subject, after its introductory phrase)
                    # (not "Cyberattaque, le Groupe hospitalier Val-de-Loire...": a name of its own)
                    # (not "Karel Vondra, the authority's president": the authority is his employer)
                    self.discourse.descriptors[self.doc[k].lower_] = m
                    continue
            if m.end + 1 < len(self.doc) and self.doc[m.end].text == "," and self.doc[m.end + 1].lower_ in actors:
                self.discourse.descriptors[self.doc[m.end + 1].lower_] = m  # "FC Garonne, club de Ligue 2"
                continue
            names = m.text.split()
            key = (names[0] if self.words.lang == "fr" else names[-1]).lower() if len(names) >= 2 else None
            if key in actors and m.type not in ("place",):
                # "the National Disaster Management Agency" ... "the agency"; "le ministère de l'Industrie"
                # ... "le ministère": the name says what it is
                self.discourse.descriptors[key] = m

    def _learn_title_after(self, m: Mention) -> None:
        """"Nadia Benali, porte-parole du Groupe hospitalier Val-de-Loire (GHVL)", "Jane Doe, a spokeswoman
        for Acme": the organisation her title names employs her (her "nous" is its)."""
        k = m.end
        if k + 2 >= len(self.doc) or self.doc[k].text != "," or not m.name:
            return
        k += 1
        while k < len(self.doc) and self.doc[k].lower_ in DETERMINERS and k < m.end + 3:
            k += 1
        if k >= len(self.doc) or self.doc[k].lower_ not in self.words.agent_nouns:
            return
        org = next((x for x in self.mentions if k < x.start <= k + 8 and x.type in ("org", "lab")
                    and not any(self.doc[j].text in (",", ";") for j in range(k, x.start))), None)
        if org is not None:
            self.discourse.employers[m.name.split()[-1]] = org.name

    def _kind_called(self, m: Mention, actors: frozenset[str]) -> str | None:
        """The kind noun before a naming word and the name ("a ransomware gang calling itself
        CorvusLock", "un collectif baptisé X"), if any."""
        k = m.start - 1
        while k >= 0 and self.doc[k].lower_ in self.words.naming_skips:
            k -= 1
        if k < 1 or self.doc[k].lower_ not in self.words.naming:
            return None
        noun = self.doc[k - 1].lower_
        return noun if noun in actors else None

    def _of_the_company(self, arg: Arg) -> bool:
        """The phrase ends on "du groupe", "de l'entreprise", "of the company": its company."""
        toks = [self.doc[i] for i in arg.tokens]
        if len(toks) < 3:
            return False
        last, before = toks[-1].lower_, [t.lower_ for t in toks[-3:-1]]
        # ("les salariés de ce sous-traitant", "workers at the company")
        return last in self.words.kind_nouns.get("org", ()) and bool(set(before) & {"du", "of", "l'", "l’", "at"}
                                                                      or before == ["de", "ce"] or before == ["de", "cette"])

    def _subject_before_where(self, before: list[Mention], at: int, types: tuple[str, ...]) -> Mention | None:
        """The pronoun of a "where" clause ("data centers in Louisiana, Ohio and Texas, where it
        is building..."): the places it hangs on are where, so it is the sentence's first name
        of the pronoun's kind, the main clause's actor."""
        doc = self.doc
        k = at - 1
        if k < 0 or doc[k].lower_ not in ("where", "où"):
            return None
        sent = doc[at].sent
        return next((m for m in before if m.start >= sent.start and m.type in types), None)

    def _relative_head(self, m: Mention, at: int) -> bool:
        """"the Llama models it gave away": the noun a relative clause without "that" hangs
        on is not what its pronoun stands for."""
        gap = self.doc[m.end:at]
        saying = self.words.speech | self.words.denial  # "Orbix denies it will...": its content's subject
        return len(gap) <= 3 and not any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in (
            "that", "which", "who", "qui", "que") or (t.lemma_ or t.lower_).lower() in saying for t in gap) and (
            self.doc[at].lower_ in ("it", "they", "he", "she") if self.doc[at].lang_ == "en" else False)

    def employer_in(self, person: Role, title: Arg) -> Role:
        """The person, acting for the organisation a title phrase names ("la directrice du GHSD")."""
        if not (self.words.agent_nouns & {self.doc[i].lower_ for i in title.tokens}):
            return person
        after = replace(person, tokens=(max(title.tokens) + 1,))  # the name stands after its title
        parent = self._with_employer(after, title, self._inside(title)).parent
        return replace(person, parent=parent) if parent else person

    def _with_employer(self, person: Role, arg: Arg, inside: list[Mention]) -> Role:
        """"son directeur général, Olivier Keller", "le PDG d'Acme, Paul Girard": the person,
        acting for the company the title names or its possessive stands for (a quote's "nous"
        is then that company)."""
        if person.parent is not None:
            return person
        org = next((m for m in inside if (m.type in ("org", "lab") or (m.type == "misc" and m.start > 0 and self.doc[
            m.start - 1].lower_ in OF_WORDS)) and m.end <= person.tokens[0]), None) \
            if person.tokens else None  # ("la directrice générale du GHSD": a name of unknown kind employs her)
        first = self.doc[arg.tokens[0]].lower_ if arg.tokens else ""
        if org is None and first in COMPANY_POSSESSIVES:
            before = [m for m in self.mentions if m.end <= arg.start and m.type in ("org", "lab")
                      and not self._spoken_to(m)]
            owner = self.discourse.pronoun(first, ("org", "lab"), before)
            return replace(person, parent=owner.name) if owner is not None else person
        if org is None:
            named = self._company_described(arg)
            if named is not None:  # "le directeur général du groupe, Philippe Marceau": the article's group
                if person.name:
                    self.discourse.employers[person.name.split()[-1]] = named.name
                return replace(person, parent=named.name)
        if org is not None and person.name:
            self.discourse.employers[person.name.split()[-1]] = org.name
        return replace(person, parent=org.name) if org is not None else person

    def _spoken_to(self, m: Mention) -> bool:
        """A name right after a verb of saying and its "à"/"to" ("a déclaré à Chimie Hebdo sa
        porte-parole", "told Reuters its spokesman"): whom it was said to, not whose the speaker is."""
        k = m.start - 1
        if k < 0 or self.doc[k].lower_ not in self.words.addressee_words:
            return False

        def saying(t) -> bool:
            return t.lower_ in self.words.speech or (t.lemma_ or "").lower() in self.words.speech

        return saying(self.doc[k]) or (k >= 1 and saying(self.doc[k - 1]))  # "told Reuters", "a déclaré à X"

    def _company_described(self, title: Arg) -> Role | None:
        """The organisation a title names by its kind ("le directeur général du groupe", "the
        company's chief executive"): the article's company."""
        if not self.names_company(title):
            return None
        topic = self.discourse.topic(("org", "lab"))
        return topic if topic is not None and topic.is_entity else None

    def names_company(self, arg: Arg) -> bool:
        """Does the phrase say its thing is a company's, by the company's kind noun ("l'approche du
        groupe", "le directeur général de la société", "the company's stance")?"""
        toks = sorted(arg.tokens)
        if any(self._of_the_company(Arg(tuple(toks[:k]), toks[k - 1])) for k in range(len(toks), 2, -1)):
            return True
        orgs = self.words.kind_nouns.get("org", frozenset())
        for i in toks[1:]:
            if self.doc[i].lower_ not in orgs:
                continue
            before, after = self.doc[i - 1].lower_, (self.doc[i + 1].lower_ if i + 1 < len(self.doc) else "")
            if before in ("du", "of") or after in ("'s", "’s") or (
                    before in ("l'", "l’", "la", "le", "the") and self.doc[i - 2].lower_ in ("de", "of")):
                return True
        return False

    def _named_before(self, arg: Arg, word: str, lemma: str) -> Role | None:
        """A description apposed after a name the parser took for the subject in its place
        ("Avocado, le prochain grand modèle de Meta, aurait été..."): the name, when the
        description's noun says the name's kind."""
        toks = sorted(arg.tokens)
        nouns = {word, lemma} | {self.doc[i].lower_ for i in toks[:5] if self.doc[i].pos_ == "NOUN"}  # (a head
        kinds = [k for k, ws in self.words.kind_nouns.items() if nouns & ws]  # the tagger got wrong: "prochain")
        if not kinds or not toks or toks[0] < 2 or self.doc[toks[0]].lower_ not in DEFINITE | POSSESSIVES | INDEFINITE \
                or self.doc[toks[0] - 1].text != ",":  # ("CorvusLock, un groupe de cybercriminels qui a revendiqué")
            return None
        # ("sur CorvusLock, un groupe de cybercriminels qui a revendiqué l'opération": the description a
        # relative clause hangs on, apposed to a name wherever it stands, is that name)
        relative = toks[-1] + 1 < len(self.doc) and self.doc[toks[-1] + 1].lower_ in ("qui", "who", "which", "that")
        m = next((m for m in self.mentions if m.end == toks[0] - 1 and (m.type in kinds or (
            relative and m.type in ("misc", "place") and m.how == "ner"))), None)
        if m is None or m.name in self.discourse.sources or not (
                relative or self.sent is None or m.start == self.sent.start or self.doc[m.start - 1].is_punct):
            return None  # ("rival de Qwen, le modèle d'Alibaba", "Selon le site Vélo & Business, la société":
            # a name of a phrase of its own)
        role = role_of(m, resolved_from=f"'{self.phrase(arg, False)}' apposed to {m.name}")
        return role if m.type in kinds else replace(role, type=kinds[0])  # a name the NER misread: its kind

    def _club_of_competition(self, arg: Arg, inside: list[Mention]) -> Role | None:
        """A club described by the competition it plays in: the article's club, never the competition."""
        toks = [self.doc[i] for i in sorted(arg.tokens)]
        if not toks or not any(t.lower_ in self.words.team_nouns for t in toks[:4]) or not inside:
            return None
        if not all(set(m.name.lower().split()) & self.words.competition_words for m in inside):
            return None  # "le club Calderbridge City": a name of its own
        topic = self.discourse.topic(("org",), exclude=self.discourse.public | {m.name for m in inside})
        if topic is None:
            return None
        text = self.phrase(arg, False)
        return replace(topic, how="description", text=text, tokens=arg.tokens,
                       resolved_from=f"'{text}', the article's club")

    def _named_after(self, arg: Arg, word: str, lemma: str) -> Role | None:
        """A person's title, then the name set off by commas: "Le commandant du navire, Ilias
        Marenko, 54 ans, a été placé en garde à vue", "The ship's captain, Ilias Marenko, was
        charged": the person named (not the next item of a list)."""
        people = self.words.actor_nouns.get("person", ())
        if not arg.tokens or (word not in people and lemma not in people):
            return None
        doc, end = self.doc, max(arg.tokens) + 1
        if doc[end - 1].text != ",":
            if end >= len(doc) or doc[end].text != ",":
                return None
            end += 1
        m = next((m for m in self.mentions if m.start == end and m.type == "person"), None)
        if m is None:
            return None
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and (after.text not in (",", ".", ")", ";", "—", "–") or after.text == "," and
                                  m.end + 1 < len(doc) and doc[m.end + 1].lower_ in COORDINATORS):
            return None
        return role_of(m)

    def _apposed_name(self, arg: Arg, inside: list[Mention]) -> Role | None:
        """A common noun's description, then the name of the body it describes set off by a
        comma, ending the phrase: "Le gestionnaire du réseau, Enedis, a coupé le courant", "Son
        principal sponsor, Norvia, a démenti": that name (not a place: "le port, Brest")."""
        toks = sorted(arg.tokens)
        head = self.doc[arg.head]
        if not head.text[:1].islower() or any(m.start <= arg.head < m.end for m in inside):
            return None
        last = toks[-1] - (self.doc[toks[-1]].text == ",")
        m = next((m for m in inside if m.end - 1 == last and m.start > arg.head
                  and self.doc[m.start - 1].text == "," and m.type in ("org", "misc", "lab")), None)
        return role_of(m) if m is not None else None

    def _called(self, arg: Arg) -> Role | None:
        """A description, then the name it goes by ("Ce modèle, baptisé en interne Avocado", "a
        ransomware gang calling itself CorvusLock"): that name (predicates.yaml `naming`)."""
        toks = sorted(arg.tokens)
        if not toks or any(m.start == toks[0] and m.how != "anaphora" for m in self.mentions):
            return None  # a name first: "CorvusLock, dubbed ...": the name it already has
        for i in toks[1:]:
            if self.doc[i].lower_ not in self.words.naming:
                continue
            k = i + 1
            while k <= toks[-1] and self.doc[k].lower_ in self.words.naming_skips:
                k += 1
            m = next((m for m in self.mentions if m.start == k and m.end - 1 <= toks[-1]), None)
            if m is not None and m.type not in ("place", "date"):
                return role_of(m, resolved_from=f"'{self.phrase(arg, False)}' called {m.name}")
        return None

    def _spoken_for(self, arg: Arg, word: str, lemma: str, inside: list[Mention]) -> Role | None:
        """"une porte-parole d'Arvelle", "an Arvelle spokesperson": who speaks for a body is that
        body, whatever kind the NER gave its name (the spokesperson stays the claim's speaker)."""
        if word not in self.words.spokespeople and lemma not in self.words.spokespeople:
            return None
        head = self.doc[arg.head]
        org = next((m for m in inside if m.type in ("org", "lab", "misc") and (
            (m.start > head.i and self.doc[m.start - 1].lower_ in OF_WORDS) or m.end == head.i)), None)
        if org is None:  # "the hospital's spokesperson", "le porte-parole de l'hôpital": the body named by its kind
            org = next((self._named_by_kind(self.doc[i].lower_, arg.start) for i in arg.tokens if i != head.i
                        and self.doc[i].lower_ in self.words.actor_nouns.get("org", ())), None)
        if org is None:
            return None
        text = self.phrase(arg, False)
        return Role(name=org.name, type="org" if org.type == "misc" else org.type, text=text, how="agent",
                    tokens=arg.tokens, owner=org.owner, parent=org.parent, head_word=lemma,
                    resolved_from=f"'{text}' speaks for {org.name}")

    def _employer(self, m: Mention, inside: list[Mention]) -> str | None:
        """The organisation named before a person's title: "Northgate CEO Daniel Reyes",
        "le PDG d'Acme, Paul Girard" is left to the agent nouns."""
        k = m.start - 1
        titled = False
        while k >= 0 and m.start - k <= 4 and self.doc[k].lower_ in self.words.agent_nouns | TITLE_WORDS:
            titled = True
            k -= 1
        if not titled:
            return self._apposed_employer(m) or self._possessed_title(m)
        org = next((o for o in inside if o.end == k + 1 and o.type in ("org", "misc", "lab")), None)
        return org.name if org is not None else None

    def _possessed_title(self, m: Mention) -> str | None:
        """"son directeur général, Olivier Keller": the company "son" stands for."""
        k = m.start - 1
        if k < 1 or self.doc[k].text != ",":
            return None
        k -= 1
        titled = False
        while k >= 0 and m.start - k <= 6 and (self.doc[k].lower_ in self.words.agent_nouns | TITLE_WORDS
                                               or (self.doc[k].pos_ == "ADJ" and self.doc[k].is_lower)):
            titled = titled or self.doc[k].lower_ in self.words.agent_nouns
            k -= 1
        if not titled or k < 0 or self.doc[k].lower_ not in COMPANY_POSSESSIVES:
            return None
        before = [x for x in self.mentions if x.end <= k and x.type in ("org", "lab")]
        owner = self.discourse.pronoun(self.doc[k].text, ("org", "lab"), before)
        return owner.name if owner is not None else None

    def _apposed_employer(self, m: Mention) -> str | None:
        """The organisation of a title apposed after a person: "Sophie Réaubourg, directrice
        générale de Vergers de Loire", "Tom Hale, chief executive of Acme"."""
        k = m.end
        if k >= len(self.doc) or self.doc[k].text != ",":
            return None
        k += 1
        titled = False
        while k < len(self.doc) and k - m.end <= 6 and (
                self.doc[k].lower_ in self.words.agent_nouns | TITLE_WORDS | (DETERMINERS - OF_WORDS)
                or (titled and self.doc[k].pos_ == "ADJ")):
            titled = titled or self.doc[k].lower_ in self.words.agent_nouns
            k += 1
        if not titled or k >= len(self.doc) or self.doc[k].lower_ not in OF_WORDS:
            return None
        org = next((o for o in self.mentions if o.start in (k + 1, k + 2)
                    and o.type in ("org", "lab", "misc", "place")), None)  # "maire de Lyon": the city
        return org.name if org is not None else None

    def actor_name(self, arg: Arg) -> str:
        """An unnamed actor's phrase, cut to its head and the names it holds ("cour d'appel
        de Douai", "homme de 34 ans"), without relative clauses or long tails."""
        words = self.phrase(arg).split("(")[0].split(", ")[0].split()[:8]  # not "…, l'exploitant du réseau"
        while len(words) > 1 and words[-1].lower() in TRAILING_LINKS:
            words.pop()  # never end on a link word: "commission nationale de l'informatique et des"
        return " ".join(words)

    def _bracketed_acronym(self, inside: list[Mention], head) -> Role | None:
        """The acronym in brackets after an organisation's kind noun and a name the NER took for
        a place ("le Groupe hospitalier Saône-Doubs (GHSD)"): the body, not the place."""
        orgs = self.words.kind_nouns.get("org", ()) | self.words.actor_nouns.get("org", ())
        if head.lower_ not in orgs and head.lemma_.lower() not in orgs:
            return None
        places = [m for m in inside if m.type == "place" and m.how == "ner" and m.start > head.i]
        for m in inside:
            if places and m.start > places[0].start and self.doc[m.start - 1].text == "(" and m.text.isupper() \
                    and len(m.text) >= 2 and m.type not in ("concept", "media", "person"):
                return replace(role_of(m, "description", f"'{self.doc[head.i:m.end + 1].text}'"),
                               type="org" if m.type in ("misc", "place") else m.type)
        return None

    def _org_named_as_place(self, m: Mention) -> Role | None:
        """A name the NER took for a place that opens with an organisation's kind noun ("Groupe
        hospitalier Saône-Doubs", "Agence régionale de santé") is that organisation, under the
        acronym the article gives it in brackets right after, if any."""
        if m.type != "place" or m.how != "ner" or self.doc[m.start].lower_ not in self.words.kind_nouns.get("org", ()):
            return None
        if m.end + 1 < len(self.doc) and self.doc[m.end].text == "(":
            acronym = next((a for a in self.mentions if a.start == m.end + 1 and a.text.isupper()), None)
            if acronym is not None:
                return replace(role_of(acronym, "description", f"'{self.doc[m.start:m.end].text}'"), type="org")
        text = self.doc[m.start:m.end].text
        return Role(name=text, type="org", text=text, how="ner", tokens=tuple(range(m.start, m.end)))

    def _apposed(self, arg: Arg, head: int, inside: list[Mention]) -> Role | None:
        """A name standing right by the head noun: "l'action Alibaba", "le groupe Meta",
        "Apple shares", "Meta executives" (the phrase is about that name)."""
        last = max(arg.tokens) if arg.tokens else head
        if self.doc[head].lower_ in self.words.outside_parties:
            return None  # "Brightwing shareholders", "les actionnaires de Brightwing": not Brightwing
        for m in inside:
            before = m.start - 1
            if before > head + 1 and self.doc[before].lower_ in DEFINITE and self.doc[before - 1].lower_ in OF_WORDS:
                before -= 1  # "le préfet de l'Isère", "the head of the ANSM": an owner, not the phrase's name
            closing = m.end == last + 1 and m.start > head + 1 and self.doc[before].lower_ not in OF_WORDS \
                and self.doc[before].pos_ not in ("ADP", "PUNCT", "CCONJ") \
                and self.doc[before].lower_ not in COORDINATORS | PREPOSITIONS  # "l'association de consommateurs AUVE"
            # (but "the toll in Mindanao" is about the toll, where it was counted is a place)
            if m.start == head + 1 or m.end == head or closing:
                if m.end == head and m.type == "place" and self.doc[head].lower_ in self.words.kind_nouns.get("org", ()):
                    continue  # "The Columbus company": where the company is, not which
                if m.type not in ("concept", "media") and m.how in ("exact", "fuzzy", "ner", "kind"):
                    return role_of(m, resolved_from=f"'{self.phrase(arg, False)}'")
        return None

    def _after_comma(self, arg: Arg, kinds: list[str]) -> Mention | None:
        """A name set off by commas right after a kind noun's phrase: "its most powerful
        model, Behemoth, ...", "son modèle phare, Behemoth." (not the next item of a list:
        the name must close with a comma, a full stop or a parenthesis, and no "and" follows)."""
        end = max(arg.tokens) + 1
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        m = next((m for m in self.mentions if m.start == end + 1), None)
        if m is None or not (m.type in kinds or m.type == "misc"):
            return None
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and after.text not in (",", ".", ")", ";", "—", "–"):
            return None
        if after is not None and after.text == "," and m.end + 1 < len(doc) and \
                doc[m.end + 1].lower_ in COORDINATORS:
            return None
        return m

    def _company_body(self, arg: Arg) -> bool:
        """"le conseil d'administration", "the board of directors", with nothing naming whose."""
        toks = [self.doc[i] for i in arg.tokens]
        if len(toks) == 1 and toks[0].is_lower:  # "management offered 2.5%": a body named without an article
            return toks[0].lower_ in self.words.company_bodies
        if not toks or toks[0].lower_ not in DEFINITE:
            return False
        rest = self.doc[toks[1].i:toks[-1].i + 1].text.lower() if len(toks) > 1 else ""
        return rest in self.words.company_bodies

    def _located(self, m: Mention) -> bool:
        """A place named as where someone is ("basé à Aix-en-Provence", "workers in France")."""
        return m.start > 0 and self.doc[m.start - 1].lower_ in self.words.locative_cases

    def _owns(self, m: Mention, head: int) -> bool:
        """The name is the owner of the head noun: "Arvelle's board", "shares in Arvelle",
        "le conseil d'administration d'Arvelle" (a name after "of"/"in"/"de" following the head)."""
        doc = self.doc
        if m.end <= head:
            return m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s", "'", "’") and head - m.end <= 3
        if m.start > head and m.start - head <= 4:
            return doc[m.start - 1].lower_ in OF_WORDS | {"in", "d'", "d’"}
        return False

    def possessor(self, arg: Arg, start: int | None = None) -> Role | None:
        """The entity an abstract noun belongs to: "la position de l'entreprise" -> Meta,
        "son lancement" -> what "son" stands for (left to the caller: None here)."""
        for m in self._inside(arg):
            if start is not None and m.start < start:
                continue
            prev = self.doc[m.start - 1].lower_ if m.start > 0 else ""
            if prev in OF_WORDS or self.doc[m.end - 1].lower_ in ("'s", "’s") or \
                    (m.end < len(self.doc) and self.doc[m.end].lower_ in ("'s", "’s")):
                return role_of(m, m.how if m.how == "anaphora" else "possessor",
                               f"'{m.text}'" if m.how == "anaphora" else None)
        return None

    def first_entity(self, arg: Arg, start: int) -> Role | None:
        """The event's complement: the first name after token `start` that a "de"/"of"
        introduces ("le lancement de la série phare Llama"), not one further in a phrase
        of its own ("... de dollars pour OpenAI")."""
        for m in sorted(self._inside(arg), key=lambda m: m.start):
            if m.start < start:
                continue
            if m.start == start:
                return role_of(m, m.how, f"'{m.text}'" if m.how == "anaphora" else None)
            k = m.start - 1
            # only determiners, adjectives and nouns between "de" and the name ("de la série phare Llama")
            while k >= start and m.start - k <= 4 and self.doc[k].lower_ not in OF_WORDS and (
                    self.doc[k].pos_ in ("DET", "ADJ", "NOUN") or not self.doc.has_annotation("POS")) \
                    and not self.doc[k].is_punct:
                k -= 1
            if k >= start and self.doc[k].lower_ in OF_WORDS:
                return role_of(m, m.how, f"'{m.text}'" if m.how == "anaphora" else None)
            return None
        return None

    def has_possessive(self, arg: Arg) -> bool:
        return any(self.doc[i].lower_ in POSSESSIVES for i in arg.tokens[:3])
