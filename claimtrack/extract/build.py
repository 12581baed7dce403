"""One sentence's clauses -> claims.

For each clause that can state a fact (not a condition, a concession or a speech
verb over its content): the relations its words trigger, each with its roles
filled from the clause (`fill`); a clause no relation of the inventory knows gives
an open claim when its actor is someone and its verb an event (`open_claim`).
Every claim keeps the clause `span` it was read from.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from claimtrack.extract.clauses import Arg, Clause, clause_of, compound_participle
from claimtrack.extract.knowledge import Knowledge, Words
from claimtrack.extract.modality import Stance, hypothetical, stance
from claimtrack.extract.quantities import Found, find_quantities
from claimtrack.extract.relations import OPEN, Relation, Trigger, by_lemma, find_triggers
from claimtrack.extract.roles import (COORDINATORS, DETERMINERS, OF_WORDS, POSSESSIVES, PREPOSITIONS, TRAILING_LINKS,
                                     Resolver, Role, as_type, hyphen_modifier, role_of)
from claimtrack.extract.speakers import Frame, speaker_name

MAX_OBJECT_WORDS = 8
SHORT_OBJECT = 2  # an English object of this many words may take the phrase after it ("cells from a supplier")
NOUN_COMPLEMENT_PREPS = {"of", "from", "on", "for", "in", "as", "with"}  # "positioned Llama | as an open alternative"
NOUN_COMPLEMENT_WORDS = 5
QUANTIFIER_OBJECTS = {"everything", "all", "nothing", "tout", "tous", "toutes", "rien"}
BARE_PRONOUNS = {"them", "it", "him", "her", "us", "me", "those", "these"}  # no tagger to say so (English)
PLURAL_OBJECT_PRONOUNS = {"them", "les", "eux", "leur", "leurs"}
MAX_FIGURE_SUBJECT = 6  # words of an unnamed subject whose figure a clause states ("le chiffre d'affaires")
FIGURE_SUBJECT_ENDS = {"from", "after", "since", "following", "in", "après", "depuis", "suite", "dans", "en"}  # where, whence
UNPAIRED_QUOTES = str.maketrans("", "", "«»“”")
MAX_COMPLEMENT_WORDS = 14  # what someone committed to: a verb and its phrase ("à conserver le centre de...")
DETERMINER_WORDS = {"le", "la", "les", "l'", "l’", "the", "a", "an", "dernier", "dernière", "prochain", "prochaine",
                    "last", "next", "this", "ce", "cet", "cette"}
GOVERNED_GAP = 3  # tokens between a governing verb and the event noun it governs ("retardé la sortie")
DURING_CASES = {"lors", "during", "pendant", "durant"}  # "lors du lancement": a phrase that dates the clause
CLAUSE_JOINERS = COORDINATORS | {"puis", "mais", "but"}  # "qui a ouvert une enquête et doit rendre..."
QUOTE_MARKS = {"«", "»", "“", "”", '"'}
EXAMPLE_GAP = 4  # words between the marker and the name ("including Alibaba's Qwen")
NONE_OF = "none of it"  # how a subject like "aucune anomalie" was read
QUE_WORDS = {"que", "qu'", "qu’"}  # "ne sortira qu'au printemps": only then


SEPARATORS = {",", ";", ":", "(", ")", "«", "»", "“", "”", '"', "."}


@dataclass
class Draft:
    """A claim before the article-level fields (times, quantities, ids) are added."""

    relation: Relation
    predicate: str
    subject: Role
    object: Role | None
    clause: Clause
    tokens: set[int]  # what the span covers
    trigger: tuple[int, int]  # token range of the trigger
    stance: Stance
    attributed_to: str | None
    value_tokens: set[int] = field(default_factory=set)
    # kept though it gives no object, figure or date: a thing's accident ("Une vanne a cédé"), a group
    # acting as one on something ("l'opposition réclame une commission d'enquête"), a named actor's act
    # that needs no object ("Philippe Daumier apologised")
    unnamed_fact: bool = False


@dataclass(frozen=True)
class Hit:
    relation: Relation
    clause: Clause
    start: int  # token range
    end: int
    topic_ok: bool
    at_head: bool  # the trigger is the clause's predicate
    polarity: str | None = None  # fixed by the trigger's wording ("no changes to the timing": no delay)

    @property
    def tokens(self) -> range:
        return range(self.start, self.end)


class SentenceClaims:
    """Claims of one sentence: built once per sentence by the component."""

    def __init__(self, doc: Doc, sent: Span, clauses: list[Clause], resolver: Resolver, knowledge: Knowledge,
                 words: Words, lang: str, *, question: bool, cited: str | None, title: bool,
                 frames: list[Frame], quantities: list[Found] | None = None):
        self.doc, self.sent, self.clauses, self.r = doc, sent, clauses, resolver
        # the sentence's figures, char offsets from its start: read once by the component
        self.quantities = find_quantities(sent.text, lang) if quantities is None else quantities
        self.k, self.words, self.lang = knowledge, words, lang
        self.question, self.cited, self.title, self.frames = question, cited, title, frames
        self.by_head = {c.head: c for c in clauses}
        self._hits: list[Hit] = []
        self._sentence_speaker = resolver.quote_speaker
        self.time_words = knowledge.time_words
        self.frame_of_head = {f.head: f for f in frames}

    # -- structure ------------------------------------------------------------------
    def chain(self, c: Clause) -> tuple[list[Clause], Frame | None]:
        """The clause and the clauses governing it, up to a speech frame's content (whose
        frame is returned) or the root."""
        out = [c]
        seen = {c.head}
        cur = c
        while True:
            # a frame over this clause: its speech verb above it, or after it ("« ... », a déclaré X")
            frame = min((f for f in self.frames if cur.head in f.content and f.head != cur.head),
                        key=lambda f: len(f.content), default=None)  # the innermost: "denied that, saying that..."
            if frame is not None:
                return out, frame
            if cur.parent is None or cur.parent not in self.by_head or cur.parent in seen:
                return out, None
            cur = self.by_head[cur.parent]
            seen.add(cur.head)
            out.append(cur)

    def inherited_subject(self, c: Clause) -> Arg | None:
        """The subject a clause without one shares: the controller of an infinitive, the
        first conjunct, the antecedent of "qui"; for an adverbial infinitive or gerund
        ("Après avoir investi..., X", "..., abandonnant ainsi"), the nearest clause's."""
        cur, seen = c, set()
        while cur.head not in seen:
            seen.add(cur.head)
            if cur.link == "relcl" and cur.relative_role == "subject" and (cur.antecedent or cur.relative is not None):
                return self._antecedent(cur)  # "la Commission, qui a ouvert une enquête et doit rendre sa décision"
            if cur is not c and (cur.subject is not None or cur.passive):
                return self._agent_arg(cur) if not cur.passive else (cur.agent or self._patient_arg(cur))
            rel = self._relative_before(cur) if cur.link == "conj" else None
            if rel is not None:  # "..., qui a ouvert une enquête et doit rendre sa décision": the same "qui"
                return self._antecedent(rel)
            sib = self._conjunct_before(cur) if cur.link == "conj" and cur is c else None
            if sib is not None:  # "l'autre, Yanis Ferrand, a été mis en examen et nie les faits": Ferrand denies
                return sib.subject if sib.passive else self._agent_arg(sib)  # (the one named, not a "par" agent)
            if cur.link in ("xcomp", "conj") and cur.parent in self.by_head:
                gov = self.by_head[cur.parent]
                bare = [o for o in gov.obliques if not o.case and o.head < cur.head]  # an object the parser left bare
                if cur.link == "xcomp" and gov.lemma in self.words.object_control and (gov.objects or bare) \
                        and self._controlled((gov.objects or bare)[0], gov, cur):
                    return (gov.objects or bare)[0]  # "condamne le transporteur à verser": the transporteur pays
                cur = gov
                continue
            if cur.tense in ("inf", None) and not cur.aux:
                return self._nearest_subject(cur)
            if cur.link in ("advcl", "acl", "embedded") and cur.parent in self.by_head:
                cur = self.by_head[cur.parent]
                continue
            return None
        return None

    def _relative_before(self, c: Clause) -> Clause | None:
        """A relative clause that ends right before this conjunct's "et"/"and" (the parser may
        hang the conjunct on the main verb): the conjunct shares its "qui"."""
        at = self._joiner_before(c)
        if at is None:
            return None
        return next((x for x in self.clauses if x.link == "relcl" and x.relative_role == "subject" and x.tokens
                     and max(x.tokens) == at - 1), None)

    def _joiner_before(self, c: Clause) -> int | None:
        """The "et"/"and" that opens a conjunct (its first token, or the one before it), if any."""
        first = min([*c.tokens, c.head])
        at = first if self.doc[first].lower_ in CLAUSE_JOINERS else first - 1
        return at if at > self.sent.start and self.doc[at].lower_ in CLAUSE_JOINERS else None

    def _conjunct_before(self, c: Clause) -> Clause | None:
        """The clause with a subject of its own that ends right before this conjunct's "et"/"and",
        when the parser hung both on an earlier verb: the conjunct shares that clause's subject."""
        at = self._joiner_before(c)
        if at is None:
            return None
        return next((x for x in self.clauses if x is not c and x.link == "conj" and x.parent == c.parent
                     and x.subject is not None and x.tokens and max(x.tokens) == at - 1 and x.head < c.head), None)

    def _antecedent(self, c: Clause) -> Arg:
        """What a relative clause's "qui"/"which" stands for: after a comma, the name that
        ends right before it ("le feu vert de la Commission européenne, qui a ouvert..." is
        the Commission's, wherever the parser hung the clause); else the parser's noun."""
        first = min([*c.tokens, c.head])
        if first - 1 > self.sent.start and self.doc[first - 1].text == ",":
            m = next((m for m in self.r.mentions if m.end == first - 1 and m.type not in ("concept", "media")), None)
            if m is not None:
                return Arg(tokens=tuple(range(m.start, m.end)), head=m.end - 1, case=None)
        return c.antecedent or self._noun_arg(c.relative)

    def _controlled(self, obj: Arg, gov: Clause, inf: Clause) -> bool:
        """Does the object of an object-control verb do the infinitive? Always after a verb
        of ordering or asking; after one of intending too ("expects it to launch"), a name or
        pronoun, or anything when the infinitive takes no object ("expects inflation to fall to
        2%"): "expects the plan to save 450 million" is the company's saving."""
        if gov.lemma not in {w for ws in self.words.control.values() for w in ws}:
            return True
        if not inf.objects and not inf.copula:
            return True
        return self.doc[obj.head].pos_ == "PRON" or self.doc[obj.head].lower_ in self.words.pronouns \
            or any(m.start <= obj.head < m.end for m in self.r.mentions)

    def _nearest_subject(self, c: Clause) -> Arg | None:
        cands = [x for x in self.clauses if x is not c and x.subject is not None and x.link not in ("relcl",)
                 and self.doc[x.subject.head].lower_ not in ("qui", "que", "who", "which", "that")]
        if not cands:
            return None
        return min(cands, key=lambda x: (x.tense in ("inf", None), abs(x.head - c.head))).subject

    def _clause_after_subject(self, end: int) -> Clause | None:
        """Without a parse, the clause whose verb a long subject phrase stands before, when the phrase
        was left out of it ("The number of people killed in the collapse of the bridge in Lormeval
        has risen to four": the toll's words belong to "has risen")."""
        if self.doc.has_annotation("DEP"):
            return None
        after = [c for c in self.clauses if c.head >= end and c.link == "root"]
        if not after:
            return None
        c = min(after, key=lambda c: c.head)
        first = min([c.head, *c.tokens, *((c.subject.tokens or ()) if c.subject is not None else ())])
        gap = self.doc[end:first]
        return c if first - end <= 12 and not any(t.is_punct for t in gap) else None

    def _clause_before_item(self, start: int) -> Clause | None:
        """Without a parse, the clause a coordinated count goes on ("Three people were killed and 14
        injured": the injured are counted in the killing's clause)."""
        if self.doc.has_annotation("DEP"):
            return None
        before = [c for c in self.clauses if c.tokens and max(c.tokens) < start]
        if not before:
            return None
        c = max(before, key=lambda c: max(c.tokens))
        gap = self.doc[max(c.tokens) + 1:start]
        return c if 0 < len(gap) <= 4 and gap[0].lower_ in COORDINATORS and all(
            t.lower_ in COORDINATORS or t.like_num or t.lower_ in self.words.count_fillers for t in gap) else None

    def _noun_arg(self, head: int) -> Arg:
        """A noun's phrase without the clauses hanging on it (its relative clause...)."""
        tok = self.doc[head]
        sub = {t.i for t in tok.subtree}
        below = {i for c in self.clauses if c.head in sub and c.head != head for i in c.tokens}
        toks = [i for i in sorted(sub) if i not in below]
        return Arg(tuple(toks) or (head,), head)

    # -- triggers ---------------------------------------------------------------------
    def hits(self) -> list[Hit]:
        sent, doc = self.sent, self.doc
        out: list[Hit] = []
        named = {i for m in self.r.mentions if m.how in ("exact", "fuzzy", "ner", "kind") and m.end - m.start > 1
                 for i in range(m.start, m.end)}
        for t in find_triggers(sent.text, self.k.relations):
            span = doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
            if span is None or all(tok.i in named for tok in span):
                continue  # "Kelvo Pay", "Rappel Conso": a word of a name, no event
            heads = [tok.i for tok in span if tok.i in self.by_head]
            anchor = heads[0] if heads else span.start
            c = clause_of(self.clauses, anchor) or self._clause_after_subject(span.end) \
                or self._clause_before_item(span.start)
            if c is None or (not heads and len(span) == 1 and self._verb_only(span[0])
                             and not (span.start > sent.start and doc[span.start - 1].like_num)):
                continue  # "the sensors bought by carmakers": a verb that heads no clause is a modifier
                # (but "14 injured": a count)
            out.append(Hit(t.relation, c, span.start, span.end, t.topic_ok, anchor == c.head, t.polarity))
        for c in self.clauses:
            if self._gerund_of_phrase(c):
                continue  # "charged with pollution and endangering lives": what the charge is, no act
            for rel in by_lemma(c.lemma, self.lang, self.k.relations):
                if rel.subject_heads and not self._subject_head_in(c, rel.subject_heads.get(self.lang, ())):
                    continue
                if rel.unless_governs and any(x.parent == c.head and x.lemma in rel.unless_governs.get(self.lang, ())
                                              for x in self.clauses):
                    continue
                if rel.unless_case and self._other_sense(c, rel.unless_case.get(self.lang, frozenset())):
                    continue
                out.append(Hit(rel, c, c.head, c.head + 1, rel.topic, True))
            for i in c.tokens:
                tok = doc[i]
                if i in named:
                    continue
                if tok.pos_ in ("NOUN", "PROPN") or not doc.has_annotation("POS"):
                    for rel in by_lemma((tok.lemma_ or tok.text).lower(), self.lang, self.k.relations, nominal=True):
                        out.append(Hit(rel, c, i, i + 1, True, False))
        # one trigger per relation and clause position
        uniq: dict[tuple, Hit] = {}
        for h in sorted(out, key=lambda h: (h.start, -h.end)):
            key = (h.relation.name, h.clause.head)
            prev = uniq.get(key)
            if prev is None or (h.at_head and not prev.at_head):
                uniq[key] = h
            elif h.start >= prev.end and not self._same_arg(prev, h):
                uniq[(h.relation.name, h.clause.head, h.start)] = h
        hits = sorted(uniq.values(), key=lambda h: (h.start, h.relation.name))
        return self._ungoverned(hits)

    def _other_sense(self, c: Clause, pairs: frozenset[str]) -> bool:
        """"engagée dans une négociation", "s'est engagée à apporter": the verb with this
        preposition after it is another sense than the relation's."""
        lemma = c.lemma.removeprefix("se ").removeprefix("s'")
        cases = {(a.case or "").split()[-1] for a in c.obliques if a.case}
        cases |= {self.doc[i].lower_ for x in self.clauses if x.parent == c.head and x.link == "xcomp"
                  for i in x.tokens if i < x.head and self.doc[i].dep_ in ("case", "mark")}
        return any(f"{lemma} {case}" in pairs for case in cases)

    def _verb_only(self, tok) -> bool:
        if self.doc.has_annotation("POS"):
            return tok.pos_ == "VERB"
        lex = self.k.lex(self.lang)
        return lex.verb(tok.lower_) is not None and not lex.is_noun(tok.lower_)

    def _subject_head_in(self, c: Clause, heads: frozenset[str]) -> bool:
        subj = c.subject if c.subject is not None else self.inherited_subject(c)
        if subj is None:
            return False
        words = {self.doc[i].lower_ for i in subj.tokens} | {(self.doc[i].lemma_ or "").lower() for i in subj.tokens}
        return bool(words & heads)

    def _same_arg(self, a: Hit, b: Hit) -> bool:
        return self._arg_of(a) is not None and self._arg_of(a) is self._arg_of(b)

    def _ungoverned(self, hits: list[Hit]) -> list[Hit]:
        """Drop an event noun governed by a verb of the same clause ("a retardé la sortie de
        Behemoth": Behemoth is shelved, nothing is launched; "its debut was pushed back":
        a delay, no launch)."""
        out = []
        for h in hits:
            gov = next((g for g in hits if g is not h and h.relation.name in g.relation.governs
                        and g.clause is h.clause and ((g.end <= h.start and h.start - g.end <= GOVERNED_GAP)
                                                      or (not h.at_head and g.at_head))), None)
            # ("l'a poussé vers la sortie": the noun is a word of another relation's wording, no launch)
            inside = not h.at_head and any(g is not h and g.relation.name != h.relation.name and g.end - g.start > 1
                                           and g.start <= h.start < g.end for g in hits)
            if gov is None and not inside:
                out.append(h)
        return out

    def _arg_of(self, h: Hit) -> Arg | None:
        for a in [h.clause.subject, *h.clause.objects, *h.clause.obliques, h.clause.agent]:
            if a is not None and h.start in a.tokens:
                return a
        return None

    # -- roles ------------------------------------------------------------------------
    def _agent_arg(self, c: Clause) -> Arg | None:
        if c.passive:
            return c.agent
        if c.lemma in self.words.impersonal:
            return None  # "il s'agit de", "il faut": nobody
        return c.subject or self.inherited_subject(c)

    def _patient_arg(self, c: Clause) -> Arg | None:
        """What undergoes the verb: a passive's subject, an active verb's object, the noun
        a participle hangs on, the subject of the clause a participle opens ("Lancé en
        avril, Llama 4 ...")."""
        if c.passive and c.subject is not None:
            return c.subject
        objects = [o for o in c.objects if not self._only_time(o.tokens)]  # "ne sortira qu'au printemps"
        if not c.passive and objects:
            return objects[0]
        if c.link == "relcl" and c.relative_role == "object" and (c.antecedent or c.relative is not None):
            return self._antecedent(c)
        if c.noun_head is not None:
            return self._noun_arg(c.noun_head)
        gov = self.by_head.get(c.parent) if c.parent is not None else None
        if gov is not None and c.passive:
            if gov.copula and self.doc[c.head].head.i == gov.head:
                return gov.subject  # "X est en cours de fine-tuning basé sur Y": X
            if c.link == "xcomp":  # "prévu pour être lancé", "pourrait être publié": what is planned
                return self._patient_arg(gov) if gov.passive else (gov.subject or self.inherited_subject(gov))
            if c.participle == "past" and c.link in ("advcl", "acl", "conj"):
                return gov.subject
        if objects:
            return objects[0]
        if c.link == "xcomp" and not c.passive and c.subject is None and gov is not None:
            # "expect it to launch in March", "Avocado is expected to launch": what launches is its controller
            return self.inherited_subject(c)
        if not c.passive and c.subject is not None and c.link != "xcomp" and (any(
                m.start <= c.subject.head < m.end for m in self.r.mentions) or any(
                self.doc[i].lower_ in ws for i in self._head_words(c.subject) for ws in self.words.kind_nouns.values())):
            return c.subject  # a name used without an object: "Avocado sortira en 2026", "Avocado slips to 2026"
        return None

    def _head_words(self, arg: Arg) -> list[int]:
        """The head of a noun phrase and the words before its first preposition or comma
        ("Le prochain grand modèle de Meta": the parser may head it on "prochain")."""
        out = [arg.head]
        for i in arg.tokens:
            if self.doc[i].pos_ in ("ADP", "PUNCT") or self.doc[i].is_punct:
                break
            out.append(i)
        return out

    def _typed(self, role: Role | None, types: tuple[str, ...]) -> Role | None:
        return as_type(role, types, self.k.gazetteer) if role is not None else None

    def _own_complement(self, h: Hit, cand: Role) -> bool:
        """Is the entity the event noun's own complement ("le lancement d'Avocado", "the closure
        of the plant"), not a name further on ("un recours devant le tribunal de Nantes")?"""
        last = self.doc[h.end - 1]
        if last.pos_ == "ADP" and last.lower_ not in OF_WORDS:
            return False  # the trigger ends on its preposition: "recours devant" (the court follows)
        if cand.tokens and sum(self.doc[i].pos_ == "NOUN" for i in range(h.end, cand.tokens[0])) > 2:
            return False  # "la fermeture de l'une des lignes de production de son usine de Douai": where, not whose
        if self._names_a_noun_s_place(h, cand):
            return False  # "la fermeture de l'usine de Montreval-sur-Cher": the plant's place, not the closer
        if not cand.tokens or cand.tokens[0] <= h.end or last.lower_ in OF_WORDS:
            return True  # right after it, or the trigger ends on its "de" ("fermeture de")
        k = h.end
        while k < cand.tokens[0] and self.doc[k].pos_ == "ADJ":
            k += 1  # "bénéfices supplémentaires – soit 11 % de l'EBIT de Meta"
        first = self.doc[k]
        return first.lower_ in OF_WORDS or first.pos_ != "ADP"  # not "devant le tribunal", "against the ruling"

    def _names_a_noun_s_place(self, h: Hit, cand: Role) -> bool:
        """A name after another noun and its "de" ("la fermeture de l'usine de Montreval-sur-Cher"):
        that noun's complement, not the event's."""
        last = self.doc[h.end - 1]
        return bool(cand.tokens) and cand.tokens[0] - 2 >= h.end and self.doc[cand.tokens[0] - 1].lower_ in OF_WORDS \
            and self.doc[cand.tokens[0] - 2].pos_ == "NOUN" and last.lower_ not in OF_WORDS

    def subject_for(self, h: Hit) -> Role | None:
        role = self._subject_for(h)
        if role is not None and h.relation.for_employer and role.type == "person" and role.parent:
            return as_type(role, ("org",), self.k.gazetteer) or role
        if role is not None and h.relation.workers_act and self._staff_for(role):
            # "the airline's pilots had walked out": the pilots, of the airline
            return Role(name=role.text, type=None, text=role.text, how="phrase", tokens=role.tokens,
                        head_word=role.head_word)
        return role

    def _staff_for(self, role: Role) -> bool:
        """A role the resolver gave to an organisation because its people ("its pilots", "les
        personnels navigants de la compagnie") act for it."""
        people = self.words.actor_nouns.get("person", ())  # (and its unions: "les syndicats de la compagnie")
        return role.how == "agent" and bool(role.text) and role.text != role.name \
            and (role.head_word in people or role.head_word in self.words.public_nouns) \
            and ("act(s) for" in (role.resolved_from or "") or role.head_word in self.words.public_nouns)

    def _subject_for(self, h: Hit) -> Role | None:
        """The claim's subject: for a verb, its grammatical subject (the agent of a passive;
        what undergoes it for relations like a launch); for an event noun, its complement
        ("le lancement d'Avocado") or else the clause's subject. A pronoun or description
        is resolved; only a clause with no subject at all borrows the article's topic."""
        rel, c = h.relation, h.clause
        types = rel.subject
        role: Role | None = None
        if self._existential(c):  # "There are no talks with Kessler", said for Lanyue: Lanyue's own
            spoken = self._speaker_body(c, types)
            if spoken is not None:
                return spoken
        if h.at_head:
            arg = self._patient_arg(c) if rel.patient_subject and not (rel.subject_undergoes and not c.passive) \
                else self._agent_arg(c)
            if arg is None and c.passive and set(types) & {"model", "product"}:
                # "expect it to launch ... and to be sold rather than given away": what is sold is "it"
                arg = self.inherited_subject(c) or self._patient_arg(c)
            role = self.r.resolve(arg) if arg is not None else None
            if role is not None and arg is not None and role.how == "agent" and "person" in types and (
                    (rel.patient_subject and role.head_word in self.words.actor_nouns.get("person", ()))
                    or (role.type not in types and not rel.workers_act and role.head_word in self.words.agent_nouns
                        and self.doc[arg.head].lower_ in self.words.agent_nouns)):  # (not "Ce dernier, fondateur de")
                # ("Norvia Telecom's chief executive has resigned": the chief executive, whom it does not name)
                # "A former director of Fairhaven's parks department was arrested": the director, not the department
                name = self.r.actor_name(arg)
                role = Role(name=name, type="person", text=role.text, how="phrase", tokens=arg.tokens,
                            head_word=role.head_word)
            if rel.patient_subject and rel.object and arg is None and any(
                    self._names_of(a, rel.object) for a in c.obliques):
                arg = next(a for a in c.obliques if self._names_of(a, rel.object))  # "drew on ... Gemma"
                role = self.r.resolve(arg)
            if rel.patient_subject and rel.object and role is not None and self._names_of(arg, rel.object):
                # "la division de Meta a intégré des modèles tiers (Gemma, Qwen) dans l'entraînement": the
                # named models are what it is built on; what is built is the doer's model
                agent = self.r.resolve(self._agent_arg(c)) if self._agent_arg(c) is not None else None
                if agent is not None and agent.is_entity and agent.type in types and agent.name != role.name:
                    return agent  # "it drew on Google's Gemma" (it: Avocado): the model that draws on them
                if agent is not None and agent.how == "phrase" and agent.head_word in self.words.builder_nouns:
                    topic = self.r.discourse.topic(("model",))  # "the team drew on Gemma": the article's model
                    if topic is not None and "model" in types:
                        return replace(topic, resolved_from=f"the model '{agent.text}' works on")
                if agent is not None and agent.type in ("org", "lab"):
                    return self._model_of(agent, types)
        else:
            owner = self._noun_agent(h)
            if owner is not None:  # "Northgate's planned acquisition of Arvelle": Northgate's, whoever speaks
                return self._typed(owner, types) or (self._model_of(owner, types) if owner.is_entity else None)
            arg = self._arg_of(h)
            if arg is not None and arg is not c.subject and not rel.object:
                # the event's own complement ("le lancement de la série Llama", "la fermeture de
                # Meta") is its subject; of the wrong kind, there is no claim
                cand = self.r.first_entity(arg, h.end)
                if cand is not None and cand.type not in ("concept", "media") and self._own_complement(h, cand):
                    return self._typed(cand, types)
                if cand is not None and rel.topic and rel.object_phrase and self._names_a_noun_s_place(h, cand):
                    # "la fermeture de l'usine de Montreval-sur-Cher", whoever speaks of it: the article's company
                    topic = self.r.discourse.topic(types, exclude=self.r.discourse.public)
                    if topic is not None:
                        return replace(topic, resolved_from=f"the company of '{self.doc[h.start:cand.tokens[-1] + 1].text}'")
            if arg is not None and arg is c.subject:
                # the event noun is the subject ("la priorité devait être donnée à..."): whose it is
                poss = self.r.possessor(arg) or self.r.owner_of_figure(arg)
                if poss is not None:
                    return self._typed(poss, types)
                return self.r.discourse.topic(types) if (h.topic_ok or rel.topic) else None
            if self._someone_elses(h):
                # "Bercy examine le rachat d'Arvelle": Bercy buys nothing; the buyer is unsaid. "Le parquet a
                # requis une amende": a request (the verb's own claim), no fine yet. "La grève a entraîné
                # l'annulation de vols": the article's actor cancels, not the strike
                return self.r.discourse.topic(types) if c.lemma in self.words.causing_verbs else None
            if c.subject is not None and arg is not None and self.r.has_possessive(arg):
                subj = c.subject  # "Après son partenariat avec Microsoft, OpenAI a été critiqué": OpenAI's
            elif not rel.object and (c.subject is not None or c.passive):
                # "il sera commercialisé en tant que produit fermé", "pourrait être publié sous une forme
                # fermée": what the verb is about is what is closed
                subj = c.subject or self._patient_arg(c)
            else:
                subj = self._agent_arg(c)
            role = self.r.resolve(subj) if subj is not None else None
            arg = subj
        typed = self._typed(role, types)
        if typed is not None:
            return typed
        if role is not None and role.how == "pronoun" and types:
            # "Il rendra compte à ...": of the candidates, one this relation can take
            again = self.r.discourse.pronoun(role.text, tuple(types))
            if again is not None:
                return self._typed(again, types)
        orgs = self.words.actor_nouns.get("org", ())  # "le parti de X" is the party, not X
        group = arg is not None and role is not None and role.how == "phrase" and (
            role.head_word in orgs or self.doc[arg.head].lower_ in orgs)
        if role is not None and role.is_entity and arg is not None and not group:
            poss = self.r.possessor(arg)  # "Dunmore's Kestrel model slips": Dunmore delays it
            if poss is not None and poss.name != role.name and self._typed(poss, types) is not None:
                return self._typed(poss, types)
        if role is not None and role.is_entity:
            return self._model_of(role, types)  # someone, but of a kind this relation takes only through its model
        if role is not None and arg is not None:  # a noun phrase: "la position de l'entreprise"
            event = any(o is not h and o.start == arg.head for o in self._hits)
            poss = None if event or group else self.r.possessor(arg) or (
                self.r.owner_of_figure(arg) if arg is c.subject else None)  # "Its shares fell": Brightwell's
            if poss is not None:
                return self._typed(poss, types)
            kinds = {w for t in types for w in self.words.kind_nouns.get(t, ())}
            if (role.head_word in kinds or h.polarity is not None) and (h.topic_ok or rel.topic):
                # "les modèles d'IA les plus avancés", "l'entraînement se déroule comme prévu": the article's
                # ("la compagnie": the article's company, never a union or an agency it deals with; "l'approche
                # du groupe", "the company's stance": the company's, not its model's)
                owned = tuple(t for t in types if t in ("org", "lab")) if self.r.names_company(arg) else ()
                spoken = self._speaker_body(c, types)
                if spoken is not None:  # "a spokesperson said the approach hasn't changed": the body's own
                    return spoken
                return self.r.discourse.topic(owned or types, exclude=self.r.discourse.public)
            return None
        if (h.topic_ok or rel.topic) and not self._someone_else_s_patient(h):
            return self.r.discourse.topic(types)
        return None

    def _someone_else_s_patient(self, h: Hit) -> bool:
        """"L'élection de son successeur a été reportée au 10 avril": a passive with no agent whose
        subject is a public event (an election, a trial, a summit: predicates.yaml public_events) is
        no act of the company the article is about."""
        c = h.clause
        if not (h.at_head and c.passive and c.agent is None and c.subject is not None):
            return False
        head = self.doc[c.subject.head]
        return head.lower_ in self.words.public_events or (head.lemma_ or "").lower() in self.words.public_events

    def _speaker_body(self, c: Clause, types) -> Role | None:
        """The organisation that speaks the clause through its spokesperson or in its own name."""
        _, frame = self.chain(c)
        def body(role: Role | None) -> bool:
            return role is not None and role.is_entity and role.type in ("org", "lab")
        # the frame's speaker, else whom the sentence cites ('"...", a déclaré à l'AFP une porte-parole du
        # groupe'), else the company of a spokesperson ('"There are no talks," a spokeswoman said')
        sp = next((r for r in (frame.speaker if frame is not None else None, self._sentence_speaker) if body(r)),
                  None) or self.r.speakers_org()
        if not body(sp):
            return None
        return self._typed(replace(sp, resolved_from=f"the body that speaks, {sp.name}"), types)

    def _existential(self, c: Clause) -> bool:
        """A clause that says something exists or not ("Il n'y a aucune discussion avec Kessler",
        "There are no talks with Kessler"): the words before its verb open with one of
        predicates.yaml `existential`."""
        if not self.words.existential:
            return False
        first = min([c.head, *c.tokens, *((c.subject.tokens or ()) if c.subject is not None else ())])
        start = max(self.sent.start, first - 2)
        text = " ".join(t.lower_ for t in self.doc[start:c.head + 1]).replace(" '", "'").replace("' ", "'")
        return any(text.endswith(w) or (" " + w + " ") in (" " + text + " ") for w in self.words.existential)

    def _someone_elses(self, h: Hit) -> bool:
        """An event noun whose doer is not the clause's subject: the event is what the subject
        oversees or causes (predicates.yaml overseeing_verbs, causing_verbs: "Bercy examine le
        rachat", "regulators approved the merger", "la grève a entraîné l'annulation"), or what
        something is about ("une enquête sur l'acquisition de Kelvo", "a probe into the takeover")."""
        k = h.start - 1
        while k > self.sent.start and (self.doc[k].lower_ in DETERMINER_WORDS or self.doc[k].pos_ == "ADJ"):
            k -= 1
        if k >= self.sent.start and self.doc[k].lower_ in self.words.topic_cases:
            return True
        c = h.clause
        if c.lemma in self.words.handing_verbs:
            return False  # "a remis sa démission", "tendered his resignation": the subject's own
        if c.lemma in self.words.overseeing_verbs | self.words.causing_verbs | self.words.requesting_verbs:
            return self._acts_on_event(c, [h]) or self._event_in_object(c, h)
        # any other verb that acts on the event its object names, unless it only tells, denies or
        # plans it ("accepted the resignation", "faces penalties", "suspended part of the fine"; not
        # "a finalisé le rachat", "Avocado nears its debut")
        return c.lemma not in self.words.denial and not any(c.lemma in ws for ws in self.words.control.values()) \
            and not self._verb_form(h) and (self._acts_on_event(c, [h]) or self._event_in_object(c, h))

    def _verb_form(self, h: Hit) -> bool:
        """A trigger in a form only a verb takes ("underwhelmed", "launching"), which the rules
        left in another verb's object ("landed last April and underwhelmed almost everyone"): no noun."""
        if self.doc.has_annotation("POS"):
            return self.doc[h.start].pos_ in ("VERB", "AUX")
        lex, word = self.k.lex(self.lang), self.doc[h.start].text
        return (lex.verb(word) or ("", ""))[1] in ("past", "ing") or (
            self.lang == "en" and word.lower().endswith(("ed", "ing")) and not lex.is_noun(word))

    def _event_in_object(self, c: Clause, h: Hit) -> bool:
        """The event noun lies deeper in the verb's direct object ("suspended part of the fine",
        "a suspendu l'exécution de 610 millions d'euros de l'amende"), and the verb does more than
        tell it (predicates.yaml light_verbs, announcing, speech)."""
        if c.copula or c.passive or h.at_head or c.lemma in self.words.object_control:
            return False  # ("a condamné la banque à une amende de 38 millions": the fine it imposes)
        if not any(h.start in o.tokens and not o.case for o in c.objects):
            return False
        if self.doc.has_annotation("POS") and self.doc[h.start].pos_ not in ("NOUN", "PROPN"):
            return False
        return c.lemma not in self.words.light_verbs | self.words.announcing | self.words.speech

    def _noun_agent(self, h: Hit) -> Role | None:
        """Who does what an event noun names, when the noun phrase says it: a possessor
        ("Northgate's planned acquisition") or an agent ("le rachat d'Arvelle par Northgate",
        "the takeover of Arvelle by Northgate")."""
        doc = self.doc
        k = h.start - 1
        while k > self.sent.start and h.start - k <= 3 and doc[k].lower_ not in ("'s", "’s", "'", "’") and (
                doc[k].is_lower and doc[k].is_alpha):
            k -= 1  # "planned", "proposed"
        if k > self.sent.start and (doc[k].lower_ in ("'s", "’s") or (
                doc[k].text in ("'", "’") and doc[k - 1].lower_.endswith("s"))):
            m = next((m for m in self.r.mentions if m.end == k), None)
            if m is not None:
                return self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start))
        for j in range(h.end, min(h.end + 8, self.sent.end - 1)):
            if doc[j].is_punct or doc[j].lower_ in ("que", "qui", "that", "which"):
                break
            if any(o.start == j for o in self._hits) or doc[j].lower_ in self.words.topic_cases:
                break  # "une enquête sur le rachat d'Arvelle par Northgate": the agent of another event
            if doc[j].lower_ in ("par", "by"):
                m = next((m for m in self.r.mentions if m.start == j + 1 or
                          (m.start == j + 2 and doc[j + 1].lower_ in DETERMINER_WORDS)), None)
                if m is not None:
                    return self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start))
                phrase = []
                for t in doc[j + 1:min(j + 7, self.sent.end)]:
                    if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
                        break
                    phrase.append(t.i)
                nouns = [i for i in phrase if doc[i].pos_ in ("NOUN", "PROPN")]
                if nouns:  # "l'ouverture d'une enquête par les autorités": someone, unnamed
                    role = self.r.resolve(Arg(tuple(phrase), nouns[0]))
                    if role is not None and role.is_entity:
                        return role
                break
        return None

    def content_of(self, c: Clause) -> Arg | None:
        """The clause a verb of deciding or saying governs ("a jugé que les licenciements
        étaient..."), as one argument."""
        kids = [x for x in self.clauses if x.parent == c.head and x.link in ("ccomp", "content", "parataxis")]
        if not kids:
            return None
        toks: set[int] = set()
        for k in kids:
            stack = [k]
            while stack:
                x = stack.pop()
                toks |= set(x.tokens)
                stack += [y for y in self.clauses if y.parent == x.head and y.link not in ("parataxis",)]
        toks = {i for i in toks if not (self.doc[i].lower_ in ("que", "qu'", "qu’", "that") and i == min(toks))}
        return Arg(tuple(sorted(toks)), kids[0].head) if toks else None

    def _names_of(self, arg: Arg, types: tuple[str, ...]) -> bool:
        toks = set(arg.tokens)
        return any(m.start in toks and m.type in types for m in self.r.mentions)

    def _model_of(self, role: Role, types: tuple[str, ...]) -> Role | None:
        """For a relation about a model ("built on Qwen"), a company or lab that does it
        does it to its model: the one the article is about, else "(model of Meta)"."""
        if "model" not in types or role.type not in ("org", "lab") or role.how == "phrase":
            return None  # ("de nombreuses entreprises chinoises utilisaient Llama": no one model of theirs)
        org = role.name if role.type == "org" else (role.parent or role.name)
        named = next((m for m in self.r.mentions if self.sent.start <= m.start < self.sent.end and m.type == "model"
                      and (m.owner == org or self.k.gazetteer.owner_of(m.name) == org)), None)
        if named is not None:  # "Meta used Qwen to help train Avocado": the model of its own the sentence names
            return role_of(named, resolved_from=f"the model of {org} the sentence names")
        topic = self.r.discourse.topic(("model",))
        if topic is not None and (topic.owner == org or self.k.gazetteer.owner_of(topic.name) == org):
            return replace(topic, resolved_from=f"the model {role.text} works on")
        return Role(name=f"(model of {org})", type="model", text=role.text, how="description", owner=org,
                    resolved_from=f"the model {role.text} works on")

    def object_for(self, h: Hit, subject: Role) -> tuple[Role | None, Arg | None]:
        rel, c = h.relation, h.clause
        if rel.content_object and h.at_head:
            arg = self.content_of(c)
            if arg is not None:
                text = self.r.phrase(arg, trim_case=False)
                text = text[:1].lower() + text[1:] if text else text
                if 3 <= len(text.split()) <= 25:
                    return Role(name=text, type=None, text=text, how="phrase", tokens=arg.tokens), arg
            return None, None
        if not rel.object and not rel.object_phrase:
            return None, None
        args: list[Arg] = []
        own = self._arg_of(h)
        if own is not None and not h.at_head and any(i >= h.end for i in own.tokens):
            after = tuple(i for i in own.tokens if i >= h.end)
            if not self._opens_background(after):  # not "une enquête | après sept incendies"
                args.append(Arg(after, own.head, own.case))
        if h.at_head and c.passive and c.subject is not None and not rel.patient_subject:
            args.append(c.subject)  # "Alexandr Wang a été nommé": the appointee
        named_only: list[Arg] = []
        if h.at_head and not c.passive and c.subject is not None and subject.tokens and \
                (subject.type != "person" or not c.objects) and set(subject.tokens) < set(c.subject.tokens):
            # ("Valmora CEO Lescure quits": he quits Valmora; but "Brightwing chief executive Samantha Reid will
            # run the merged airline": what she runs is the object the clause names, not her employer)
            before = tuple(i for i in c.subject.tokens if i < c.subject.head)
            if before:  # "Dunmore's Kestrel model slips": Dunmore's, and Kestrel is what slips (not
                named_only.append(Arg(before, before[-1], None))  # "le groupe de Pittsburgh": where it is from)
        cases = rel.object_cases.get(self.lang, ())
        obliques = [a for a in c.obliques if a.start >= h.start and not self._addressee(a)
                    and not self._opens_background(a.tokens, a.case)]
        if cases:
            obliques.sort(key=lambda a: (not (a.case and a.case.split()[-1] in cases)))
        if not rel.patient_subject or subject.how == "description" or (subject.resolved_from or "").startswith(
                "the model") or (c.passive and rel.object_phrase and not rel.object):  # "was named | its CEO"
            args += [a for a in c.objects if a is not own]
        args += [a for a in obliques if a is not own]
        for x in self.clauses:  # "la priorité devait être donnée à la recherche de...": the infinitive's phrases
            if x.parent == c.head and x.link == "xcomp" and x.head > h.start:
                args += [*x.objects, *x.obliques]
        opener = self.doc[min([*c.tokens, c.head])].lower_
        if (c.link == "advcl" and c.tense in ("inf", None)) or opener in self.words.background_cases:
            # "Après avoir investi des milliards dans X, la pression...":
            args = [a for a in args if not self._past_comma(c, a)]  # what follows its comma is the main clause's
        taken = set(subject.tokens)
        for arg in named_only + args:  # a name first, in any argument ("rejoindra le conseil d'administration d'Acme")
            named = self._named_object(arg, rel, subject, taken)
            if named is not None:
                return named, arg
        example = self._named_example(h, rel, subject)
        if example is not None:  # "s'est appuyé sur des modèles ouverts..., dont Qwen": the one named
            return example
        for arg in args:
            if len(arg.tokens) == 1 and rel.object and self.doc[arg.tokens[0]].lower_ not in PLURAL_OBJECT_PRONOUNS:
                # "l'avait retardé", "delayed it" (not "did not name them": no one named person)
                self.r.object_types = rel.object
                try:
                    role = self.r.resolve(arg)
                finally:
                    self.r.object_types = None
                if role is not None and role.is_entity and role.how == "pronoun" and role.name != subject.name:
                    typed = self._typed(role, rel.object)
                    if typed is not None:
                        return typed, arg
            if rel.object and not arg.case and "person" in rel.object and self._person_head(arg):
                name = self.r.actor_name(arg)  # "a condamné l'ancien responsable de la maintenance de l'entreprise"
                return Role(name=name, type="person", text=name, how="phrase", tokens=arg.tokens,
                            head_word=self.r.head_word(arg)), arg
            if rel.object and not arg.case:  # "to hire 2,000 workers": the phrase itself is someone
                whole = self.r.resolve(arg)
                if whole is not None and whole.how == "phrase" and whole.type in rel.object and whole.type == "person":
                    return whole, arg  # people, unnamed ("2,000 workers"); an unnamed "team" is no party
                typed = self._typed(whole, rel.object) if whole is not None and whole.is_entity and \
                    whole.how != "phrase" and whole.name != subject.name else None
                if typed is not None:  # "its most powerful model, Behemoth": the name set off after it
                    return typed, arg
        for arg in args:
            event = self._governed_event(arg, rel)
            if event is not None:  # "its launch was pushed back": the launch of the article's model
                found = self.r.discourse.topic(rel.object, exclude={subject.name})
                if found is not None:
                    return replace(found, resolved_from=f"'{event}': the {found.type} the article is about"), arg
        if rel.object_phrase:
            for arg in args:
                if arg.case and cases and arg.case.split()[-1] not in cases and arg is not own:
                    continue
                if self._only_figure(arg):
                    continue  # "profit jumped 32%": the figure is the value, not what it is of
                phrase = self.object_phrase(arg)
                if phrase:
                    return Role(name=phrase, type=None, text=phrase, how="phrase", tokens=arg.tokens), arg
        return None, None

    def _named_object(self, arg: Arg, rel: Relation, subject: Role, taken: set[int]) -> Role | None:
        if not rel.object:
            return None
        edge = max(arg.tokens) + 1 if arg.tokens else -1
        inside = [m for m in self.r.mentions if m.start in arg.tokens or m.start == edge]
        if "person" in rel.object and self._person_head(arg):
            return None  # "l'ancien responsable de la maintenance de l'entreprise": a person, unnamed, not the company
        for m in self.r.mentions:
            # a name inside the phrase, or right after it ("48 000 SUV électriques Elya", when
            # the parser hangs the name elsewhere)
            if m in inside and self._possessor_of_next(m, inside, rel):
                continue  # "a probe into Valmora's Elya SUV": the SUV, not its maker
            if m.start in arg.tokens and self._in_modifier_clause(m.start, arg):
                continue  # "le modèle géant annoncé avec Llama 4": Llama 4 is no object here
            if hyphen_modifier(self.doc, m):
                continue  # "the Lyon-based company": Lyon says where it is, it is not the object
            if self._nationality(m, inside):
                continue  # "Argentina striker Mateo Ruiz": where he is from, not whom
            if (m.start in arg.tokens or m.start == edge) and m.start not in taken and m.name != subject.name:
                role = self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start))
                typed = self._typed(role, rel.object)
                if typed is None and role is not None and role.is_entity and m.start > 0 and \
                        self.doc[m.start - 1].lower_ in self.words.naming:
                    typed = replace(role, type=rel.object[0], guessed=True)  # "sa cellule, baptisée Helio-L"
                if typed is not None and typed.guessed and self._after_where_word(m.start):
                    continue  # "was built by Arm in Cambridge": a name of unknown kind after "in" is where
                if typed is not None:
                    return typed
        return None

    def _gerund_of_phrase(self, c: Clause) -> bool:
        """A gerund joined by "and"/"or" to the noun of a prepositional phrase ("charged with
        involuntary pollution and endangering the lives of others", "accused of fraud and
        stealing"): the second item of what the phrase names, not an act of its own."""
        if c.link != "conj" or c.aux or c.subject is not None or not self.doc[c.head].lower_.endswith("ing"):
            return False
        parent = self.by_head.get(c.parent) if c.parent is not None else None
        k = c.head - 1
        if parent is None or k < 1 or self.doc[k].lower_ not in COORDINATORS:
            return False
        return any(o.case and o.tokens[-1] == k - 1 for o in parent.obliques)

    def _without_leading_date(self, toks: list[int]) -> list[int]:
        """"a suspendu le 23 mars les deux marchés": the date the parser put before the object is
        when, not what (a day and month, with its article, then the phrase)."""
        k = 0
        if k < len(toks) and self.doc[toks[k]].lower_ in ("le", "the", "on"):
            k += 1
        j = k
        while j < len(toks) and (self.doc[toks[j]].like_num or self.doc[toks[j]].lower_ in self.words.calendar):
            j += 1
        dated = any(self.doc[toks[i]].lower_ in self.words.calendar for i in range(k, j))
        return toks[j:] if dated and k < j < len(toks) else toks

    def _particle_after(self, head: int, words: frozenset[str]) -> bool:
        """The verb's particle is one of `words` ("ran aground", "ran out of"): another sense
        (a pronoun after it is an object, "dismissed her", which the objects tell)."""
        if head + 1 >= len(self.doc):
            return False
        nxt = self.doc[head + 1]
        return nxt.lower_ in words and nxt.lower_ not in POSSESSIVES and nxt.lower_ not in self.words.object_pronouns

    def _after_where_word(self, i: int) -> bool:
        """A word before token i that says a place follows ("in", "near", "dans"; not "à" or
        "en", which as often name whom: "vendu à Orbix")."""
        return i > 0 and self.doc[i - 1].lower_ in self.words.locative_cases - {"à", "au", "en"}

    def _person_head(self, arg: Arg) -> bool:
        """A phrase headed by a noun for someone, no name at its head ("l'ancien responsable de la
        maintenance de l'entreprise", "a former director of the department")."""
        head = self.doc[arg.head]
        return (head.lemma_ or head.lower_).lower() in self.words.actor_nouns.get("person", ()) and not any(
            m.start <= arg.head < m.end or (m.start in arg.tokens and m.type in ("person", "misc"))
            for m in self.r.mentions)  # ("named Jane Smith its chief executive": Jane Smith)

    def _nationality(self, m, inside: list) -> bool:
        """A country's name used as an adjective before a noun that another name follows
        ("Argentina striker Mateo Ruiz", "Dutch side FC Zeeland")."""
        if m.type != "place" or m.end >= len(self.doc):
            return False
        nxt = self.doc[m.end]
        return nxt.is_alpha and nxt.is_lower and any(o.start > m.end and o.start - m.end <= 3 for o in inside)

    def _named_example(self, h: Hit, rel: Relation, subject: Role) -> tuple[Role, Arg] | None:
        """A name given as an example of the verb's unnamed object, after "dont", "including",
        "such as" ("a utilisé des modèles ouverts, dont Qwen", "using open models from rival
        developers, including Alibaba's Qwen family"): the object, when the relation takes it."""
        if not rel.object or h.clause.link in ("acl", "relcl"):
            return None  # ("The model, developed by Meta's TBD Lab, was trained on ... including Qwen": not built)
        heads = {x.head for x in self.clauses if x is not h.clause and x.link not in ("xcomp", "acl", "relcl")}
        for m in self.r.mentions:
            if m.start <= h.end or m.start >= self.sent.end or m.name == subject.name:
                continue
            if any(h.end <= k < m.start for k in heads):
                continue  # another clause between: its own object
                continue
            before = [t.lower_ for t in self.doc[max(h.end, m.start - EXAMPLE_GAP):m.start]]
            if not set(before) & self.words.example_markers:
                continue
            role = self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start))
            typed = self._typed(role, rel.object)
            if typed is not None:
                return typed, Arg(tuple(range(m.start, m.end)), m.end - 1)
        return None

    def _in_modifier_clause(self, i: int, arg: Arg) -> bool:
        """Is token i inside a participle or relative clause hanging on the phrase's noun?"""
        if not self.doc.has_annotation("DEP"):
            return False
        tok, toks = self.doc[i], set(arg.tokens)
        for _ in range(12):
            if tok.i == arg.head or tok.head.i == tok.i or tok.i not in toks:
                return False
            tok = tok.head
            if tok.i != arg.head and tok.pos_ in ("VERB", "AUX") and tok.i in toks:
                # (but "sa nouvelle cellule, baptisée Helio-L": the name is the noun's own)
                return tok.lower_ not in self.words.naming and (tok.lemma_ or "").lower() not in self.words.naming
        return False

    def _possessor_of_next(self, m, inside: list, rel: Relation) -> bool:
        """A name with "'s" before another name the relation can take as its object."""
        if m.end >= len(self.doc) or self.doc[m.end].lower_ not in ("'s", "’s", "'", "’"):
            return False
        return any(o.start > m.start and self._typed(self.r.resolve(Arg(tuple(range(o.start, o.end)), o.start)),
                                                    rel.object) is not None for o in inside)

    def _governed_event(self, arg: Arg, rel: Relation) -> str | None:
        """A bare event noun of a relation `rel` governs ("the launch", "son lancement"),
        with no complement saying whose: its text, else None."""
        if not rel.governs or not rel.object or len(arg.tokens) > 3:
            return None
        head = self.doc[arg.head]
        if any(m.start <= i < m.end for m in self.r.mentions for i in arg.tokens) or any(
                self.doc[i].text[:1].isupper() and i != self.doc[i].sent.start for i in arg.tokens):
            return None  # "Behemoth's debut": whose it is, said
        for name in rel.governs:
            gov = self.k.relations.get(name)
            if gov is None or not set(gov.subject) & set(rel.object):
                continue  # "postponed the strike": a strike is no model the article is about
            words = gov.verbs.get(self.lang, frozenset()) | gov.nouns.get(self.lang, frozenset())
            if head.lower_ in words or head.lemma_.lower() in words or any(
                    p.fullmatch(head.lower_) for p, _, _ in gov.triggers):
                return self.r.phrase(arg)
        return None

    def _duration_of_noun(self, toks: list[int]) -> bool:
        """"un contrat de cinq ans", "a ban of two years": a length that says what the noun is, not when."""
        return len(toks) >= 4 and self.doc[toks[-2]].like_num and self.doc[toks[-3]].lower_ in ("de", "d'", "d’", "of")

    def object_phrase(self, arg: Arg) -> str | None:
        """A clean noun phrase for an object: the argument's words up to the first clause
        break, never cut inside an abbreviation; None when too long to be one phrase."""
        toks: list[int] = []
        own = set(arg.tokens)
        for i in arg.tokens:
            if toks and i != toks[-1] + 1:
                break
            tok = self.doc[i]
            nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
            if toks and tok.lower_ in ("et", "and", "or", "ou") and i + 1 in own and nxt is not None \
                    and nxt.pos_ not in ("VERB", "AUX") and not nxt.is_punct:
                toks.append(i)  # "meal and hotel reimbursements", "au Portugal et en Belgique": one phrase
                continue
            if tok.lower_ in COORDINATORS and nxt is not None and (nxt.pos_ == "ADJ" or (
                    nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm") and not any(
                        ch.dep_ in ("xcomp", "ccomp", "obj") for ch in nxt.children))):
                toks.append(i)  # "modèles ouverts et fermés": the adjectives together say what
                continue
            if tok.text in (",", ";", ":", "(", "—", "–") or tok.lower_ in ("qui", "que", "dont", "which", "who",
                                                                            "that", "et", "and", "while") \
                    or (toks and tok.lower_ in DURING_CASES):
                break  # ("dans ses fonctions | lors du conseil du 5 juillet": when, not what)
            toks.append(i)
        toks = self._without_leading_date(toks)
        lead = 0  # "des dizaines de milliards dans les infrastructures": the figure is the value, the rest the object
        while lead < len(toks) and (self.doc[toks[lead]].like_num or self.doc[toks[lead]].lower_ in AMOUNT_WORDS):
            lead += 1
        if 0 < lead < len(toks) and self.doc[toks[lead]].pos_ == "ADP" and self.doc[toks[lead]].lower_ not in OF_WORDS:
            toks = toks[lead + 1:]
        k = toks[-1] + 1 if toks else None
        if k is not None and k + 1 < len(self.doc) and self.doc[k].lower_ in COORDINATORS and (
                self.doc[k + 1].pos_ == "ADJ" or "Part" in self.doc[k + 1].morph.get("VerbForm")) \
                and toks[-1] == arg.tokens[-1] and not any(  # "et promis de la combattre": a verb of its own
                    ch.dep_ in ("xcomp", "ccomp", "obj") for ch in self.doc[k + 1].children):
            toks += [k, k + 1]  # "modèles ouverts et fermés", when the parser made "fermés" a verb of its own
        toks += self._continuation(toks[-1] + 1) if toks and toks[-1] == arg.tokens[-1] else []
        if self.lang == "en" and toks and toks[-1] == arg.tokens[-1] and len(toks) <= SHORT_OBJECT:
            toks += self._complement_of_noun(toks[-1] + 1)  # "tests cells from a second supplier"
        while len(toks) > 1 and self.doc[toks[0]].lower_ in self.time_words and not self.doc[toks[0]].like_num \
                and self.doc[toks[1]].lower_ in DETERMINER_WORDS:
            toks = toks[1:]  # "a remporté dimanche le second tour": Sunday is the claim's time
        while toks and ((self.doc[toks[-1]].lower_ in self.time_words and not self._duration_of_noun(toks))
                        or (len(toks) > 1 and self.doc[toks[-1]].text.endswith(("'", "’")))  # "jusqu’"
                        or (self.doc[toks[-1]].is_punct and self.doc[toks[-1]].text not in ("%", "‰"))
                        or (len(toks) > 1 and re.fullmatch(r"(?:19|20)\d\d", self.doc[toks[-1]].text))
                        or (len(toks) > 1 and self.doc[toks[-1]].pos_ == "ADP")
                        or (len(toks) > 1 and not self.doc.has_annotation("POS")
                            and self.doc[toks[-1]].lower_ in TRAILING_LINKS | PREPOSITIONS | {"a", "an", "to"}
                            and self.doc[toks[-1] - 1].whitespace_)  # (but "bolt-on")
                        or (self.doc[toks[-1]].lower_ == "ici" and len(toks) > 1
                            and self.doc[toks[-2]].lower_ in ("d'", "d’"))):
            toks.pop()  # "l'élection municipale dimanche": the day is the claim's time; "sa décision d'ici": no "d'ici"
        while len(toks) > 1 and self.doc[toks[-1]].lower_ in DETERMINER_WORDS | {"both", "each", "every", "all"}:
            toks.pop()  # "its accounts for both | years": a time cut off leaves its determiner, and the link before it
            while len(toks) > 1 and (self.doc[toks[-1]].pos_ == "ADP"
                                     or self.doc[toks[-1]].lower_ in PREPOSITIONS | TRAILING_LINKS):
                toks.pop()
        if not toks:
            return None
        phrase = self.r.phrase(Arg(tuple(toks), toks[0]))
        joined = [k for k, i in enumerate(toks) if k and self.doc[i].lower_ in ("et", "and", "or", "ou")]
        if phrase and len(phrase.split()) > MAX_OBJECT_WORDS and joined:
            toks = toks[:joined[0]]  # too long with its second half: the first ("retard en matière de percées")
            phrase = self.r.phrase(Arg(tuple(toks), toks[0]))
        if phrase and len(phrase.split()) > MAX_OBJECT_WORDS:
            toks = self._core(toks, arg.head)  # "le transfert de six appareils au maximum vers la filiale..."
            phrase = self.r.phrase(Arg(tuple(toks), toks[0])) if toks else None
        if not phrase or len(phrase.split()) > MAX_OBJECT_WORDS:
            return None
        if phrase.count("«") != phrase.count("»") or phrase.count("“") != phrase.count("”"):
            phrase = " ".join(phrase.translate(UNPAIRED_QUOTES).split())  # "décision « brutale": no half quote
        if self._only_time(toks):
            return None  # "jeudi", "2025", "dernier": a time, not what the verb is about
        if all(self.doc[i].is_stop or self.doc[i].is_punct or self.doc[i].lower_ in ("aside", "away", "up", "down")
               for i in toks) and not any(self.doc[i].lower_ in QUANTIFIER_OBJECTS for i in toks):
            return None  # "as", "aside", "them": words that name nothing (but "everything it builds" does)
        if all(self.doc[i].like_num or self.doc[i].is_punct or self.doc[i].is_currency or self.doc[i].pos_ == "ADP"
               or self.doc[i].lower_ in AMOUNT_WORDS for i in toks):
            return None  # "$600 billion", "des dizaines de milliards": the value, not the object
        return phrase

    def _complement_of_noun(self, k: int) -> list[int]:
        """The phrase the rules left after a short English object: one preposition and its
        words, up to a comma, another preposition, a conjunction or a clause ("cells | from a
        second supplier", "spending | on Reality Labs' metaverse projects")."""
        if k >= self.sent.end:
            return []
        planned = k > 0 and self.doc[k].lower_ == "to" and self.doc[k - 1].lower_ in self.words.plan_nouns
        if self.doc[k].lower_ not in NOUN_COMPLEMENT_PREPS and not planned:
            return []  # ("denies plans | to cut 30,000 jobs": the plan's own verb says which)
        if self.doc[k].lower_ == "as" and (k + 1 >= self.sent.end or self.doc[k + 1].lower_ not in DETERMINER_WORDS
                                           | POSSESSIVES):
            return []  # "as an open alternative", but "close three depots | as drivers vote": a clause
        closed = self.k.lex("en").closed
        stop = closed.get("prepositions", frozenset()) | closed.get("conjunctions", frozenset()) | \
            closed.get("relatives", frozenset()) | closed.get("subordinators", frozenset()) | {"to"}
        out = [k]
        for i in range(k + 1, min(self.sent.end, k + 1 + NOUN_COMPLEMENT_WORDS)):
            t = self.doc[i]
            hyphen = t.text in ("-", "‑") and not t.whitespace_ and i > k and not self.doc[i - 1].whitespace_
            if t.is_punct and t.text not in ("'", "’") and not hyphen or (t.lower_ in stop and not (
                    i > k and self.doc[i - 1].text in ("-", "‑"))) or t.lower_ in self.time_words \
                    or ((t.like_num or t.is_currency) and not planned):
                break
            out.append(i)
        return out if len(out) > 1 else []

    def _continuation(self, k: int) -> list[int]:
        """Tokens from k that still belong to the noun phrase before them though the parser
        hung them elsewhere ("des modèles open source chinois"): a known continuation
        (predicates.yaml noun_continuations), with the adjectives after it."""
        for phrase in self.words.noun_continuations:
            n = len(phrase.replace("-", " - ").split())
            if k + n <= self.sent.end and self.doc[k:k + n].text.lower().replace(" - ", "-") == phrase:
                end = k + n
                while end < self.sent.end and self.doc[end].pos_ == "ADJ" and self.doc[end].head.i in range(k, end):
                    end += 1
                return list(range(k, end))
        return []

    # -- claims -----------------------------------------------------------------------
    def drafts(self) -> list[Draft]:
        out: list[Draft] = []
        hits = self._hits = self.hits()
        by_clause: dict[int, list[Hit]] = {}
        for h in hits:
            by_clause.setdefault(h.clause.head, []).append(h)
        for c in self.clauses:
            if c.head in self.frame_of_head and self.frame_of_head[c.head].content:
                continue  # a speech verb: its content is the claim
            if any(hypothetical(g, self.words) for g in self.governors(self.chain(c)[0])) or self._conditional(c) \
                    or self._doubted(c) or self._after_condition_word(c):
                continue
            if c.link == "advcl" and (c.tense == "inf" or set(c.aux) & {"avoir", "être", "having", "been"}):
                continue  # "pour statuer", "pour avoir conservé": a purpose or a reason, not the event
            own = by_clause.get(c.head, [])
            made = [d for h in own for d in self.fills(h, hits)]
            if made and all(self._lacks_figure(d) for d in made):
                made = []  # "A firefighter was killed": no count for a toll; what the clause says, as it says it
            if not made or (self._acts_on_event(c, own) and c.lemma not in self.words.handing_verbs) \
                    or self._events_aside(c, own):  # ("a remis sa démission": the resignation is the fact)
                d = self.open_claim(c)
                if d is not None:
                    made = [*made, d]
            out.extend(made)
        if not out and self.title:
            out = self._headline_fallback()
        spans = [d.trigger for d in out if d.relation.name != OPEN]
        out = [d for d in out if d.relation.name != OPEN or not any(a <= d.clause.head < b for a, b in spans)]
        return self._dedupe(out)  # (an open claim whose verb a relation's wording took: "continuerons à publier...")

    def _in_figure(self, i: int) -> bool:
        """Is token i part of a figure the sentence gives ("14" of "14 injured"; not "une" of "une amende")?"""
        at = self.doc[i].idx - self.sent.start_char
        return any(q.start <= at < q.end for q in self.quantities)

    def _lacks_figure(self, d: Draft) -> bool:
        """A draft of a relation that needs a figure, in a clause that gives none."""
        if not d.relation.value_required or not d.clause.tokens:
            return False
        base = self.sent.start_char
        lo = min(self.doc[i].idx for i in d.clause.tokens) - base
        hi = max(self.doc[i].idx + len(self.doc[i]) for i in d.clause.tokens) - base
        return not any(q.start < hi and lo < q.end for q in self.quantities)

    def _events_aside(self, c: Clause, own: list[Hit]) -> bool:
        """Every event noun of the clause names whom the words come from ("Selon deux sources proches de
        l'enquête, les pirates auraient réclamé une rançon"): the verb's own deed is the claim."""
        if not own or c.copula:
            return False
        sources = [o for o in c.obliques if self._attribution_phrase(o)]
        return all(not h.at_head and any(h.start in o.tokens for o in sources) for h in own)

    def _attribution_phrase(self, arg: Arg) -> bool:
        """"selon deux sources proches de l'enquête", "according to people close to the inquiry": a phrase
        opened by a citing word (predicates.yaml citing_words)."""
        if not arg.tokens:
            return False
        opening = " ".join(t.lower_ for t in self.doc[arg.tokens[0]:arg.tokens[0] + 3])
        return (arg.case or "") in self.words.citing_words or any(
            opening == w or opening.startswith(w + " ") for w in self.words.citing_words)

    def _acts_on_event(self, c: Clause, own: list[Hit]) -> bool:
        """"Bercy examine le rachat d'Arvelle", "the EU approved the takeover": an act of its own
        on an event its object names, kept beside the event; "a annoncé le rachat", "completed
        the purchase" only tell the event (predicates.yaml light_verbs, announcing, speech)."""
        if not own or any(h.at_head for h in own) or c.copula or c.passive:
            return False
        heads = {o.head for o in c.objects}  # the event is what the verb acts on, not a manner or a goal
        tagged = self.doc.has_annotation("POS")
        if not any(h.start in heads and (not tagged or self.doc[h.start].pos_ in ("NOUN", "PROPN")) for h in own):
            return False
        return c.lemma not in self.words.light_verbs | self.words.announcing | self.words.speech

    def _after_condition_word(self, c: Clause) -> bool:
        """A clause right after "if"/"si" that no reader marked as its condition, behind an
        opening quote ('"If Orion lands on time, ...," said ...')."""
        first = min([c.head, *c.tokens, *((c.subject.tokens or ()) if c.subject is not None else ())])
        k = first - 1
        while k >= self.sent.start and self.doc[k].is_punct and self.doc[k].text in "\"«“'‘(":
            k -= 1
        # the sentence's first word, or the first behind an opening quote
        opens = k < first - 1 or all(self.doc[i].is_punct or self.doc[i].is_space for i in range(self.sent.start, k))
        return k >= self.sent.start and opens and self.doc[k].lower_ in self.words.condition

    def _conditional(self, c: Clause) -> bool:
        x, seen = c, set()
        while x is not None and x.head not in seen:
            seen.add(x.head)
            if self._under_condition(x):
                return True
            x = self.by_head.get(x.parent) if x.parent is not None else None
        return False

    def _dated(self, arg: Arg) -> bool:
        """An event phrase with its own date ("d'ici le lancement au printemps 2026"): the
        sentence takes the event as known, whatever it speculates about."""
        return any(self.doc[i].like_num and len(self.doc[i].text) == 4 for i in arg.tokens)

    def _alleged(self, c: Clause, st) -> bool:
        """The journalistic conditional of a past fact ("Meta se serait appuyé sur Qwen", "les
        équipes auraient utilisé Gemma"), or "reportedly": what is reported, unconfirmed;
        hedged, not a guess."""
        return any(a.lower() in self.words.alleged_aux for a in c.aux) or (st.cue or "").lower() in self.words.hearsay_cues

    def _scheduled(self, c: Clause, st) -> bool:
        """What "should" happen at a date the clause gives ("devrait être installée lors du
        conseil du 5 juillet", "should close in March"): a schedule, not a guess."""
        if st.cue not in self.words.schedule_modals and not {a.lower() for a in c.aux} & self.words.schedule_modals:
            return False
        toks = [self.doc[i] for a in c.obliques for i in a.tokens] + [self.doc[i] for i in c.tokens if i > c.head]
        return any(t.lower_ in self.time_words and not t.is_stop or (t.like_num and len(t.text) == 4) for t in toks)

    def _speculative(self, st) -> bool:
        """Hedged by the writer's own mood or modal ("pourrait", "could", the conditional), not
        by the actor's deliberation ("envisage de", "is considering")."""
        deliberation = {w for k in ("hedged", "planned") for w in self.words.control.get(k, ())} - MODAL_LEMMAS \
            - self.words.control.get("likelihood", frozenset())
        return st.cue not in deliberation

    def _under_condition(self, c: Clause) -> bool:
        """The consequence of a condition ("Si un recours était déposé, le tribunal
        disposerait de trois mois", "If approved, the deal would..."): no fact either."""
        return any(x.parent == c.head and x.link == "advcl" and hypothetical(x, self.words) for x in self.clauses)

    def _headline_fallback(self) -> list[Draft]:
        """A headline states its story even when no clause passes the filters for body text
        ("Photo shows shark in floodwaters", "Residents told not to drink tap water"): its
        main clause, with whatever subject it has."""
        for c in sorted(self.clauses, key=lambda c: (c.link not in ("root", "content"), c.head)):
            if c.lemma in self.words.rhetoric or hypothetical(c, self.words) or self._serves_reader(c) \
                    or any(m.startswith("colon:") for m in c.markers) \
                    or (c.lemma in self.words.speech and _after_comma(self.doc, c)):
                continue  # "Valmora recall: what owners need to know": no one said anything; "..., her label says"
            arg = c.subject if c.subject is not None else (c.objects[0] if c.objects else None)
            if arg is None:
                continue
            role = self.r.resolve(arg)
            if role is None or not role.name:
                continue
            chain, frame, who = self._context(c)
            tokens = self._contiguous(set(c.tokens) | set(arg.tokens), c.head)
            st = self._stance(c, chain, frame, who is not None, tokens)
            obj_arg = c.objects[0] if c.objects and c.objects[0] is not arg else (c.obliques[0] if c.obliques else None)
            phrase = self.object_phrase(obj_arg) if obj_arg is not None else None
            obj = Role(name=phrase, type=None, text=phrase, how="phrase", tokens=obj_arg.tokens) if phrase else None
            return [Draft(self.k.relations[OPEN], c.lemma, role, obj, c, tokens, (c.head, c.head + 1),
                          self._none_of(obj_arg, st), who)]
        return []

    def _context(self, c: Clause) -> tuple[list[Clause], Frame | None, str | None]:
        chain, frame = self.chain(c)
        who = None
        if frame is not None and frame.speaker is not None:
            who = speaker_name(frame.speaker)
            if self.cited and " via " in self.cited and self.cited.startswith(who):
                who = self.cited  # "un porte-parole de Meta a affirmé à TechCrunch": the outlet it spoke to
        return chain, frame, who or self.cited

    def governors(self, chain: list[Clause]) -> list[Clause]:
        """The clauses whose verb colours this one: a verb of intending or considering over
        an infinitive ("prévoit de", "envisage de", "pourrait"), and through a coordinated
        verb without its own tense."""
        out = [chain[0]]
        for child, gov in zip(chain, chain[1:]):
            if child.link == "xcomp" or (child.link == "conj" and not child.aux and child.tense in (None, "inf")):
                out.append(self._intending(gov))
            else:
                break
        return out

    def _intending(self, g: Clause) -> Clause:
        """"n'a pas l'intention de démissionner", "has no plans to sell": a light verb whose object
        names an intention governs as that noun, which predicates.yaml lists among verbs of intending;
        likewise a copula with a noun of talks ("est en pourparlers pour", "is in talks to"), among
        verbs of considering."""
        if g.copula:  # "était en pourparlers pour reprendre", "is in talks to buy": considering
            heads = [g.head, *(a.head for a in (*g.objects, *g.obliques))]
            noun = next((self.doc[i].lower_ for i in heads if self.doc[i].lower_ in self.words.talks_nouns), None)
            return replace(g, lemma=noun) if noun is not None else g
        if g.lemma not in self.words.control_light_verbs:
            return g
        noun = next((w for o in g.objects for w in (self.doc[o.head].lower_, (self.doc[o.head].lemma_ or "").lower())
                     if w in self.words.control_nouns), None)
        return replace(g, lemma=noun) if noun is not None else g  # (the nouns are verbs of intending: control)

    def _stance(self, c: Clause, chain: list[Clause], frame: Frame | None, attributed: bool,
                tokens: set[int], embedded: bool = False) -> Stance:
        text = self._text(tokens)
        govs = self.governors(chain)
        said = self.by_head.get(frame.head) if frame is not None else None
        announced = (said is not None and frame.kind == "speech" and said.lemma in self.words.announcing
                     and said.head < c.head and not said.negated)
        kind = frame.kind if frame else None
        if kind is None and tokens and self._hearsay_before(min(tokens)):
            kind = "hedged"  # "Claim that Earth faces 15 days of darkness resurfaces": a claim, no fact
        # "ne devrait pas voir le jour avant 2026": the negation and the date read together
        negating = [g for g in govs[1:] if g.negated and g.tokens]
        reach = set(tokens).union(*(g.tokens for g in negating)) if negating and tokens else tokens
        return stance(govs, self.words, lambda i: self.doc[i].lower_, attributed=attributed,
                      over=c if embedded else None, announced=announced,
                      question=self.question, clause_text=text, cues=self.k.cues,
                      frame_kind=kind, negation_text=self._text(reach) if negating else None)

    def _hearsay_before(self, first: int) -> bool:
        before = self.doc[self.sent.start:first].text + " "
        return any(rx.search(before) for rx in self.k.cues.get("hearsay_before", ()))

    def _text(self, tokens: set[int]) -> str:
        if not tokens:
            return ""
        return self.doc[min(tokens):max(tokens) + 1].text

    def _bare_noun(self, h: Hit) -> bool:
        """An event noun with neither determiner nor complement nor figure ("il ne s'agit
        pas d'investissement"): a word about a kind of thing, not a reported event."""
        if h.at_head or not self.doc.has_annotation("POS"):
            return False
        first = self.doc[h.start]
        if first.pos_ != "NOUN" or h.end - h.start > 1:
            return False
        if any(c.dep_ in ("det", "nmod:poss") or c.pos_ == "DET" for c in first.children):
            return False
        arg = self._arg_of(h)
        if arg is not None and arg is h.clause.subject and self._states_figure(h.clause) \
                and (first.lower_ in self.words.measure_nouns or first.lemma_.lower() in self.words.measure_nouns):
            return False  # "Le chiffre d'affaires a progressé de 4 %": the figure is the verb's
        rest = [self.doc[i] for i in (arg.tokens if arg else ()) if i >= h.end]
        return not any(t.like_num or t.is_currency or t.pos_ in ("PROPN",) for t in rest) and not any(
            m.start >= h.end for m in self.r.mentions if arg and m.start in arg.tokens)

    def _enter(self, c: Clause) -> None:
        """First-person pronouns of a clause stand for the speaker of the frame over it."""
        _, frame = self.chain(c)
        self.r.quote_speaker = frame.speaker if frame is not None and frame.speaker is not None \
            else self._sentence_speaker
        self.r.frame_speaker = frame.speaker if frame is not None else None

    def fills(self, h: Hit, hits: list[Hit]) -> list[Draft]:
        """The claims a trigger makes: one, or one per object named in a list ("a intégré
        des modèles de Google Gemma, d'OpenAI et d'Alibaba Qwen")."""
        first = self.fill(h, hits)
        if first is None or first.object is None or first.object.type is None or h.relation.single_valued \
                or not first.relation.object:
            return [first] if first is not None else []
        out = [first]
        seen = {first.object.name, first.subject.name}
        after = [m for m in self.r.mentions if m.start in h.clause.tokens and m.start > first.trigger[0]]
        for m in sorted(after, key=lambda m: m.start):
            role = self._typed(self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start)), first.relation.object)
            if role is None or role.name in seen or hyphen_modifier(self.doc, m) or not self._listed(first.object, m):
                continue
            seen.add(role.name)
            item = self._list_item(m, set(first.tokens) | set(h.clause.tokens))
            out.append(replace(first, object=role, tokens=item))
        if len(out) > 1:  # each claim's span states its own item: the first ends before the second
            cut = min(out[1].tokens)
            own = next((self._list_item(m, set(first.tokens) | set(h.clause.tokens)) for m in self.r.mentions
                        if m.start in h.clause.tokens and m.start < cut and self.r.resolve(
                            Arg(tuple(range(m.start, m.end)), m.start)).name == first.object.name), set())
            tokens = {i for i in first.tokens if i < cut} | own
            while tokens and (self.doc[max(tokens)].text in SEPARATORS
                              or self.doc[max(tokens)].lower_ in self.words.list_joiners):
                tokens.discard(max(tokens))
            out[0] = replace(first, tokens=tokens or first.tokens)
        return out

    def _model_in_trigger(self, h: Hit, subject: Role) -> Role:
        """"Meta was considering keeping Avocado's weights private": the model the trigger's
        own words name is what the relation is about, not its maker."""
        if "model" not in h.relation.subject or subject.type not in ("org", "lab") or h.relation.object:
            return subject
        m = next((m for m in self.r.mentions if h.start <= m.start < h.end and m.type == "model"), None)
        if m is None:
            return subject
        return self.r.resolve(Arg(tuple(range(m.start, m.end)), m.start)) or subject

    def _list_item(self, m, tokens: set[int]) -> set[int]:
        """The words of one item of a list ("OpenAI's open-weight gpt-oss", "Qwen d'Alibaba"):
        from the separator before the name to the one after it, within the claim's words."""
        lo, hi = m.start, m.end - 1
        def stop(i: int) -> bool:
            return self.doc[i].text in SEPARATORS or self.doc[i].lower_ in self.words.list_joiners
        while lo - 1 in tokens and not stop(lo - 1):
            lo -= 1
        while hi + 1 in tokens and not stop(hi + 1):
            hi += 1
        return set(range(lo, hi + 1))

    def _listed(self, first: Role, m) -> bool:
        """Is this name coordinated with the first object (a list joined by commas and "et")?"""
        if not first.tokens:
            return False
        if m.start <= max(first.tokens):
            return False  # a name before the first item ("Valmora's Elya SUV") is no later item
        between = self.doc[max(first.tokens) + 1:m.start]
        if not any(t.text in SEPARATORS or t.lower_ in self.words.list_joiners for t in between):
            return False  # "contre Valmora devant le tribunal de Paris": no list
        if any(t.lower_ in self.words.background_cases for t in between):
            return False  # "a nommé X directeur, après le départ de Y": Y is no second appointee
        if self._apposition(between):
            return False  # "le rachat du FC Garonne, club de Ligue 2": what the club is, no second club
        return all(t.is_punct or t.pos_ in ("CCONJ", "DET", "ADP", "PROPN", "NOUN", "ADJ", "") or t.lower_ in (
            "et", "and", "ou", "or") for t in between) and len(between) <= 12

    def _apposition(self, between) -> bool:
        """Words after a comma that describe the name before it: a common noun, bare or after a
        determiner ("club de", "le fabricant de", "a maker of"), with no "et"/"and" of a list."""
        if any(t.lower_ in self.words.list_joiners for t in between):
            return False
        k = next((i for i, t in enumerate(between) if t.text == ","), None)
        if k is None:
            return False
        rest = [t for t in list(between)[k + 1:] if t.lower_ not in DETERMINER_WORDS]
        return bool(rest) and rest[0].is_alpha and rest[0].is_lower and rest[0].pos_ in ("NOUN", "")

    def _aside(self, h: Hit) -> bool:
        """An event word that reports no event: a noun modifying another ("investment
        adviser", "investment rules"), the subject a verb of rhetoric characterises ("passer à
        un modèle payant revêt une signification symbolique"), a question in the body."""
        if self.question and not self.title:
            return True
        if h.at_head:
            return False
        last = self.doc[h.end - 1]
        nxt = self.doc[h.end] if h.end < len(self.doc) else None
        if h.end - h.start == 1 and last.pos_ in ("NOUN", "") and nxt is not None and nxt.pos_ == "NOUN" \
                and self.lang == "en" and nxt.i < self.sent.end and not nxt.is_title:
            return True
        nouns = self.k.lex("en").nouns if self.lang == "en" else frozenset()
        if h.end - h.start == 1 and self.lang == "en" and nxt is not None and (
                nxt.lower_ in nouns or (nxt.lower_.endswith("s") and nxt.lower_[:-1] in nouns)) \
                and not self.doc.has_annotation("POS") and nxt.i < self.sent.end and nxt.is_lower \
                and nxt.lower_ not in self.k.lex("en").closed.get("prepositions", ()) \
                and nxt.lower_ not in self.k.lex("en").closed.get("time_adjectives", ()) \
                and nxt.lower_ not in self.time_words \
                and not (any(c.head == nxt.i for c in self.clauses) and self._states_figure(h.clause)):
            # (not "opened an investigation last week": "last week" is when)
            # (not "Revenue rose 3%": "rose" is the verb, and the figure is the revenue's)
            return True  # without a tagger: "investment rules", "investment adviser"
        c = h.clause
        arg = self._arg_of(h)
        verb = next((x for x in self.clauses if x.parent == c.head and x.link == "xcomp"), c)  # "devait être donnée"
        if arg is not None and arg is c.subject and (verb.lemma in self.words.rhetoric or verb.copula):
            return True
        return self._background_noun(h, arg)

    def _background_noun(self, h: Hit, arg: Arg | None) -> bool:
        """An event noun the sentence takes as known, not one it reports: owned ("ses
        investissements massifs", "its partnership"), in a time or reputation adjunct ("Après son
        partenariat avec Microsoft", "connue pour ses investissements"), or judged ("la
        performance décevante de Llama 4"). Announcing it is reporting it ("a annoncé son rachat")."""
        c = h.clause
        if arg is not None and arg.case and arg.case.split()[-1] in self.words.topic_cases and (
                c.lemma in self.words.speech or c.lemma in self.words.denial):
            return True  # "declined to comment on the investigation": what is talked about, no event reported
        if c.lemma in self.words.speech or self.title:
            return False
        if h.relation.measured and arg is not None and arg is c.subject and self._states_figure(c):
            return False  # "Sa perte nette a atteint 312 millions d'euros": its figure, reported here
        k = h.start - 1
        while k >= self.sent.start and self.doc[k].pos_ == "ADJ" and k > h.start - 3:
            k -= 1
        if k >= self.sent.start and self.doc[k].lower_ in POSSESSIVES:
            return c.lemma not in self.words.handing_verbs  # (but "a remis sa démission": handed in, now)
        while k >= self.sent.start and (self.doc[k].pos_ == "DET" or self.doc[k].lower_ in DETERMINER_WORDS):
            k -= 1
        if k >= self.sent.start and self.doc[k].lower_ in self.words.background_cases:
            return True  # "deux semaines après la grève": the event it is dated from, told before
        if self._dated_from(k):
            return True
        if arg is not None and arg.tokens:
            first = self.doc[arg.tokens[0]]
            prev = self.doc[first.i - 1] if first.i > self.sent.start else None
            if first.lower_ in self.words.background_cases or (
                    prev is not None and first.lower_ in ("pour", "for") and prev.lower_ in self.words.background_cases):
                return True
            if any(self.doc[i].lower_ in self.words.evaluative for i in arg.tokens if i >= h.start - 2):
                return True
        return False

    def _opens_background(self, tokens, case: str | None = None) -> bool:
        """A phrase that dates or explains by another event, not what the event acts on:
        "après sept incendies", "au lendemain de l'incendie", "in the wake of the fires"."""
        words = [*(case or "").lower().split(), *(self.doc[i].lower_ for i in sorted(tokens)[:3])]
        return any(w in self.words.background_cases for w in words[:3])

    def _dated_from(self, k: int) -> bool:
        """The event noun ending at token k completes another noun that a background word
        opens: "au lendemain de l'ouverture de l'enquête", "in the wake of the launch of the probe"."""
        doc, floor = self.doc, max(self.sent.start, k - 8)
        while k >= floor and doc[k].lower_ in ("de", "d'", "d’", "du", "des", "of"):
            k -= 1
            while k >= floor and (doc[k].pos_ in ("NOUN", "ADJ") or doc[k].lower_ in DETERMINER_WORDS
                                  or doc[k].pos_ == "DET"):
                if doc[k].lower_ in self.words.background_cases:
                    return True
                k -= 1
            if k >= floor and doc[k].lower_ in self.words.background_cases:
                return True
        return False

    def fill(self, h: Hit, hits: list[Hit]) -> Draft | None:
        h = self._passive_as(h)
        rel = h.relation
        if self._bare_noun(h) or self._aside(h) or self._requested(h.clause) or self._kicker(h) \
                or (not h.at_head and h.clause.lemma in self.words.judging_verbs):
            return None  # "justifient le coût du capital": a fact taken as known, judged, not reported
        if rel.noun_needs_figure and not h.at_head and not self._states_figure(h.clause):
            return None  # "an independent review of spending": no investment, for want of a figure
        self._enter(h.clause)
        # "At least 38 people were killed", "la préfecture a confirmé deux morts à Quimper": where, first
        subject = (self._where(h) if rel.where_subject else None) or self.subject_for(h)
        if subject is None:
            return None
        subject = self._model_in_trigger(h, subject)
        if self._event_goes_on(h, subject):
            return None  # "The investigation continues": whose, the sentence does not say
        obj, obj_arg = self.object_for(h, subject)
        if obj is not None and obj.how == "phrase" and rel.object_strip is not None:
            rest = rel.object_strip.sub("", obj.name, count=1)
            obj = replace(obj, name=rest, text=rest) if rest else None  # "responsibility for | the attack"
        if h.polarity is not None and obj_arg is not None and set(obj_arg.tokens) & set(h.tokens):
            obj, obj_arg = None, None  # "going according to plan": the wording is no object
        if h.polarity is not None and obj is None and rel.object and (h.topic_ok or rel.topic):
            # "no meaningful changes to the timing": of what the article is about
            obj = self.r.discourse.topic(rel.object, exclude={subject.name})
        if rel.object_required and obj is None:
            return None
        unless = rel.unless_object.get(self.lang, frozenset()) if rel.unless_object else frozenset()
        if unless and ((obj is not None and set((obj.text or obj.name).lower().split()) & unless) or (
                h.at_head and any(self.doc[o.head].lower_ in unless for o in h.clause.objects)) or (
                h.at_head and self._particle_after(h.clause.head, unless))):
            return None  # "Meta a gagné la sympathie des développeurs": no win; "struck a deal with Beta": no attack
        if obj is not None and obj.name == subject.name:
            return None
        chain, frame, who = self._context(h.clause)
        tokens = self._span_tokens(h, hits, obj_arg, subject)
        cue_tokens = tokens - set(obj_arg.tokens) if obj_arg is not None and rel.name == "deny" else tokens
        if h.polarity is not None:
            cue_tokens = cue_tokens - set(h.tokens)  # "according to plan" plans nothing
        own = self._arg_of(h) if not h.at_head else None
        if own is not None:  # "des plans d'investissements": the words before the event noun count
            cue_tokens = cue_tokens | {i for i in own.tokens if i < h.start}
        # "Lors du lancement de Llama en 2023, Meta était considéré comme...": the verb does not colour the event
        st = self._stance(h.clause, chain, frame, who is not None, cue_tokens,
                          embedded=not h.at_head and not self._during(h))
        if h.polarity is not None:  # the wording carries its own negation ("aucun changement ... n'est intervenu")
            st = Stance(st.modality, h.polarity, st.cue)
        elif h.at_head and st.polarity == "affirmed" and h.clause.objects:
            st = self._none_of(h.clause.objects[0], st)  # "GHSD has paid no ransom": none paid
        if st.modality == "hedged" and self._scheduled(h.clause, st):
            st = Stance("planned", st.polarity, st.cue)  # "devrait sortir en mars": what is due, and when
        if st.modality == "hedged" and st.cue and (st.cue.lower() in self.doc[h.start:h.end].text.lower()
                                                   or any(rx.search(st.cue) for rx, _, _ in rel.triggers)):
            st = Stance("reported" if who is not None else "asserted", st.polarity, None)  # "is in talks with
            # Kessler": the talks are the fact
        if st.modality == "hedged" and who is None and not self.title and self._speculative(st) \
                and not (own is not None and self._dated(own)) and not self._alleged(h.clause, st):
            return None  # "Un pivot pourrait signaler...": the author's speculation
        if rel.inverse_of and obj is not None:
            inv = self.k.relations.get(rel.inverse_of)
            if inv is not None:
                rel, subject, obj = inv, obj, subject
        return Draft(rel, self.doc[h.start:h.end].text, subject, obj, h.clause, tokens, (h.start, h.end), st, who)

    def _passive_as(self, h: Hit) -> Hit:
        """A passive with no agent of a relation that needs one ("Jonas Peltar a été nommé ministre
        de l'Énergie", "Wang was named chief AI officer"): what it says is that its subject
        underwent it (relations.yaml passive_as), not who did it."""
        c, alt = h.clause, self.k.relations.get(h.relation.passive_as or "")
        if alt is None or not h.at_head or not c.passive or c.agent is not None or (
                c.subject is None and c.noun_head is None):
            return h
        if c.subject is not None and not self._stands_for_someone(c.subject.head):
            return h  # "Le soutien du ministère est en revanche acquis": the support, nobody acquired
        return replace(h, relation=alt)

    def _stands_for_someone(self, i: int) -> bool:
        """Is the word at i a name, a pronoun, or a noun that stands for someone or some thing
        of the gazetteer's kinds ("le maire", "la start-up", "the company")?"""
        tok = self.doc[i]
        if tok.pos_ in ("PROPN", "PRON") or any(m.start <= i < m.end for m in self.r.mentions):
            return True
        word = tok.lower_
        return word in self.words.agent_nouns or word in self.words.any_actor or any(
            word in ws for ws in self.words.kind_nouns.values())

    def _event_goes_on(self, h: Hit, subject: Role) -> bool:
        """An event noun that is the subject of its clause, its actor only guessed from the article's
        topic, where its relation takes no topic ("Puis est venue l'enquête") or the verb is one of
        going on ("The investigation continues", "l'enquête se poursuit"): no new fact, and no actor
        the sentence gives."""
        c = h.clause
        if h.at_head or subject.how != "topic" or c.subject is None or h.start not in c.subject.tokens:
            return False
        if not h.relation.topic:
            return True  # "Puis est venue l'enquête": whose inquiry, the sentence does not say (nor the topic's)
        lemma = c.lemma.removeprefix("se ").removeprefix("s'")
        aspect = self.words.control.get("aspect", frozenset())  # (not "la priorité devait être donnée à...")
        return lemma in aspect or c.lemma in aspect

    def _span_tokens(self, h: Hit, hits: list[Hit], obj_arg: Arg | None, subject: Role) -> set[int]:
        c = h.clause
        others = [o for o in hits if o is not h and o.clause is c and not o.at_head
                  and not self._governs_head(o, c)]
        if h.at_head:
            toks = set(c.tokens)
            for o in others:
                arg = self._arg_of(o)
                if arg is not None and (obj_arg is None or arg is not obj_arg):
                    toks -= set(arg.tokens)
        else:
            arg = self._arg_of(h)
            toks = set(range(h.start, h.end))
            k = h.start - 1  # "and 14 injured", "et onze blessés": the count before the word
            if h.relation.measured and k >= self.sent.start and self._in_figure(k):
                toks.add(k)
            if arg is None and c.tokens and h.end <= min(c.tokens):  # (a long subject before its clause's words)
                toks |= set(range(h.start, max(c.tokens) + 1))  # "The number of people killed ... has risen to four"
            elif arg is not None and arg is c.subject and not self._subordinate(c):
                toks |= set(c.tokens)  # "Samsung's operating profit jumped 32%": the clause says it
            elif arg is not None:
                stop = next((i for i in sorted(arg.tokens) if i >= h.end
                             and self.doc[i].lower_ in self.words.background_cases), None)
                toks |= {i for i in arg.tokens if i >= h.start and (stop is None or i < stop)}
            if obj_arg is not None:
                toks |= set(obj_arg.tokens)
        toks |= set(range(h.start, h.end))
        return self._contiguous(toks, h.start)

    def _governs_head(self, o: Hit, c: Clause) -> bool:
        """A noun of talks right before the clause's infinitive ("Acme in talks to buy Zeta Labs"): what
        colours the buying, not another event to leave out of its span."""
        return o.end + 1 == c.head and self.doc[o.end].lower_ in self.words.talks_links \
            and self.doc[o.start].lower_ in self.words.talks_nouns

    def _contiguous(self, toks: set[int], at: int) -> set[int]:
        """The unbroken stretch of `toks` around token `at`, without edge punctuation:
        a clause's span never runs over another clause in its middle."""
        lo = hi = at
        while lo - 1 in toks:
            lo -= 1
        while hi + 1 in toks:
            hi += 1
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space):
            lo += 1
        while hi > lo and (self.doc[hi].is_punct or self.doc[hi].is_space) and self.doc[hi].text not in ("»", "”", ")", "%"):
            hi -= 1
        return set(range(lo, hi + 1))

    def _predicate_arg(self, c: Clause, subj: Arg | None) -> Arg:
        skip = set(subj.tokens) if subj is not None else set()
        toks = tuple(i for i in c.tokens if i not in skip and i >= c.head - 2 and not (
            self.doc[i].dep_ in ("cop", "aux", "aux:tense", "nsubj", "punct") and i < c.head))
        return Arg(toks or (c.head,), c.head)

    def _copula_fact(self, c: Clause) -> bool:
        """"Il est un partisan des modèles fermés", "X is not the wife of Y": a copula about
        someone named, with a noun phrase, no word of judgement, no comparison."""
        if c.subject is None:
            return False
        subj = self.r.resolve(c.subject)
        if subj is None or not subj.is_entity or subj.how == "phrase":
            return False
        words = {self.doc[i].lower_ for i in c.tokens} | {(self.doc[i].lemma_ or "").lower() for i in c.tokens}
        if words & self.words.evaluative or self._judged_situation(c):
            return False
        head = self.doc[c.head]
        if not self.doc.has_annotation("POS"):
            adjectives = self.k.lex(self.lang).adjectives
            said = [[self.doc[i] for i in a.tokens if not self.doc[i].is_punct
                     and self.doc[i].lower_ not in self.words.negation | {"very", "so", "too", "quite", "really"}]
                    for a in (*c.objects, *c.obliques)]
            if said and all(len(w) == 1 and w[0].lower_ in adjectives for w in said):
                return False  # "I am angry", "are not unexpected": a feeling or a judgement, no fact
            return bool(c.objects or c.obliques)
        return head.pos_ in ("NOUN", "PROPN")

    def _judged_situation(self, c: Clause) -> bool:
        """"It is still an awkward look for a company...", "C'est un pari risqué": "it" or "this"
        called a thing with an adjective, a judgement of the situation, not a fact of anyone."""
        if c.subject is None or len(c.subject.tokens) != 1 or \
                self.doc[c.subject.tokens[0]].lower_ not in self.words.situation_pronouns or not c.objects:
            return False
        toks = [self.doc[i] for i in sorted(c.objects[0].tokens)]
        adjectives = self.k.lex(self.lang).adjectives
        return len(toks) >= 3 and toks[0].lower_ in ("a", "an", "un", "une") and any(
            t.pos_ == "ADJ" or (not self.doc.has_annotation("POS") and t.lower_ in adjectives) for t in toks[1:3])

    def _subordinate(self, c: Clause, said: bool = False) -> bool:
        """A clause opened by "when", "si", "lorsque" (a marker, or the word before its first);
        `said`: not "que"/"that", which open what is said ("affirme que des données ont été volées")."""
        subs = self.k.lex(self.lang).closed.get("subordinators", frozenset())
        first = min([*c.tokens, *(c.subject.tokens if c.subject is not None else ())], default=c.head)
        said_words = self.k.lex(self.lang).closed.get("complementizers", frozenset()) if said else frozenset()
        markers = [m.strip().lower() for m in c.markers if m.strip() and m.strip().lower() not in said_words]
        return bool(markers) or (first > self.sent.start and self.doc[first - 1].lower_ in subs
                                 and self.doc[first - 1].lower_ not in said_words)

    def _counted_passive(self, c: Clause, subj_arg: Arg | None) -> bool:
        """What happened to a counted number of things, or what they did ("data of around 120,000
        patients was stolen", "300 operations were postponed", "about 120 tonnes of oil have
        escaped", "85,000 homes lost power"), in the past: the count is the fact's figure."""
        # "About 120 tonnes of fuel oil have escaped", "85,000 homes lost power at the height of the storm"
        done = c.passive or c.tense == "past"
        if not done or subj_arg is None or not subj_arg.tokens or c.negated:
            return False
        if any(self.doc[i].like_num and any(ch.isdigit() for ch in self.doc[i].text) for i in subj_arg.tokens):
            return True
        first = self.doc[min(subj_arg.tokens)]  # "Quatorze salariés ont été hospitalisés", "Eleven workers were..."
        at = first.idx - self.sent.start_char
        return any(q.start == at and q.end - q.start > len(first.text) - 1 and not any(ch.isdigit() for ch in
                                                                                       self.sent.text[q.start:q.end])
                   and (q.quantity.amount or 0) >= 2 for q in self.quantities)

    def _incident(self, c: Clause, subj_arg: Arg | None) -> bool:
        """A thing that gave way, burst or escaped ("Une vanne a cédé sur la ligne", "ammonia
        escaped from a pipe"; predicates.yaml incident_verbs): an accident's fact, told in the
        past and not denied, whatever common noun it is told of."""
        return subj_arg is not None and bool(subj_arg.tokens) and not c.negated and not c.objects \
            and c.lemma in self.words.incident_verbs and (bool(c.aux) or c.tense == "past")

    def _anchored_event(self, c: Clause, subj_arg: Arg | None) -> bool:
        """Something that happened to or was done by a thing named by a common noun, tied to the
        story by a date in the clause ("The intrusion was detected in the early hours of
        Monday", "Services were fully restored in early November"): a past
        or passive event with a date of its own, not a description in the present."""
        if subj_arg is None or not subj_arg.tokens or not (c.passive or c.tense == "past") or c.negated:
            return False
        if not c.aux and c.tense != "past":
            return False  # a bare participle ("une puissance de calcul ... prévue pour 2026"): a description
        first = self.doc[subj_arg.tokens[0]]
        head = self.doc[subj_arg.head]
        if {head.lower_, first.lower_} & (self.words.demonstratives | self.words.vague_subjects) \
                or head.lower_ in self.words.evaluative:
            return False  # "Cette persévérance a porté ses fruits", "la situation a changé début 2025"
        own = set(subj_arg.tokens)
        rest = [i for i in c.tokens if i not in own]
        return any(self.doc[i].lower_ in self.time_words and not self.doc[i].is_stop for i in rest)

    def _plain_noun_phrase(self, arg: Arg) -> bool:
        """A short phrase naming a thing, nothing more ("la participation", "Le chiffre
        d'affaires du groupe"): no name, no heading before a colon, no clause."""
        toks = [self.doc[i] for i in arg.tokens]
        cut = next((k for k, t in enumerate(toks) if k and t.lower_ in FIGURE_SUBJECT_ENDS), len(toks))
        toks = toks[:cut]  # "the death toll | from a magnitude 7.1 earthquake": what the figure is of
        words = [t for k, t in enumerate(toks) if not (k and t.like_num and toks[k - 1].like_num)]  # "120 000": one
        # (a name after "of" says whose the thing is: "The port of Port-Sarvan was closed")
        of = next((k for k, t in enumerate(toks) if k and t.lower_ in OF_WORDS), len(toks))
        return len(words) <= MAX_FIGURE_SUBJECT and not any(
            t.text == ":" or t.pos_ == "VERB" or k < of and (t.pos_ == "PROPN" or (t.text[:1].isupper()
                                                                                and t.i != arg.tokens[0]))
            for k, t in enumerate(toks))

    def _gives_figure(self, c: Clause) -> bool:
        """A verb of being or meaning over a figure states it: "the offer represents a premium
        of 38%", "Qwen représente 14 % des téléchargements", "revenue was $612 million"."""
        obliques = [o for o in c.obliques if not all(self.doc[i].pos_ == "PRON" for i in o.tokens)]  # not "s'"
        args = [*c.objects, *obliques[:1]]
        return any(self.doc[i].like_num and any(ch.isdigit() for ch in self.doc[i].text)
                   for a in args for i in a.tokens)

    def _acts_on_object(self, c: Clause) -> bool:
        """"a soutenu l'offre": a verb that may say ("soutient que...") acting on an object,
        or writing to someone, with no clause or quotation of what was said."""
        wrote_to = c.lemma in self.words.writing_verbs and any(
            (a.case or "").split()[:1] and (a.case or "").split()[0] in self.words.writing_cases for a in c.obliques)
        if not wrote_to and (c.lemma not in self.words.speech_transitive or not c.objects):
            return False  # (but "the town had written to the authorities about cracks": a letter sent)
        said = any(x.parent == c.head and x.link in ("content", "ccomp") for x in self.clauses)
        first = min([c.head, *c.tokens])
        after_quote = any(t.text in QUOTE_MARKS for t in self.doc[max(self.sent.start, first - 3):first])
        # ("« Nous ne lâcherons rien », a lancé Franck Delattre devant un brasero": the words said, no act)
        return not said and not after_quote and not any(self.doc[i].text in QUOTE_MARKS for i in c.tokens)

    def _kicker(self, h: Hit) -> bool:
        """"Licenciements chez Trans-Nordis : la cour condamne...": an event noun in a headline's
        verbless label before its colon names the topic; the clause after the colon is the news."""
        if not self.title or h.at_head:
            return False
        colon = next((t.i for t in self.sent if t.text == ":"), None)
        if colon is None or h.start > colon:
            return False
        return not any(self.sent.start <= x.head < colon for x in self.clauses) and \
            any(x.head > colon for x in self.clauses)

    def _past_comma(self, c: Clause, arg: Arg) -> bool:
        """An argument that starts after a comma after the verb (the main clause's, where the
        parser ran an adverbial clause on into it)."""
        return bool(arg.tokens) and any(self.doc[i].text == "," for i in range(c.head + 1, arg.tokens[0]))

    def _during(self, h: Hit) -> bool:
        """An event noun in a phrase that dates the clause ("Lors du lancement de...", "during
        the launch of..."): background, whatever the verb says of the rest."""
        k = h.start - 1
        while k > self.sent.start and k >= h.start - 3 and (self.doc[k].pos_ in ("ADP", "DET")
                                                              or self.doc[k].lower_ in DETERMINER_WORDS):
            k -= 1
        return k >= self.sent.start and self.doc[k].lower_ in DURING_CASES

    def _names_someone(self, arg: Arg) -> bool:
        """A name, or someone unnamed ("the authorities", "le syndicat"), among the words."""
        actors = self.words.public_nouns | self.words.any_actor
        return any(m.start <= i < m.end for m in self.r.mentions for i in arg.tokens) or any(
            self.doc[i].lower_ in actors for i in arg.tokens)

    def _requested(self, c: Clause) -> bool:
        """What someone is asked to do ("the board asked Lescure to step down", "appelle le
        gouvernement à agir"): a request, not a fact of the one asked."""
        gov = self.by_head.get(c.parent) if c.link == "xcomp" and c.parent is not None else None
        return gov is not None and gov.lemma in self.words.requests

    def _controls(self, c: Clause) -> bool:
        """A verb of intending or considering over an infinitive: the infinitive is the claim."""
        ctl = {w for ws in self.words.control.values() for w in ws}
        return self._intending(c).lemma in ctl and any(x.parent == c.head and x.link == "xcomp" for x in self.clauses)

    def _states(self, c: Clause) -> bool:
        """A clause that can state a fact of its own: a finite verb, or an infinitive a
        verb of intending governs; not a purpose ("pour recruter", "afin de").""" 
        if c.tense == "inf" or (c.tense is None and not c.aux):
            if c.link != "xcomp" or c.parent not in self.by_head:
                return False
            gov = self._intending(self.by_head[c.parent])  # ("est en pourparlers pour racheter": considering)
            ctl = {w for ws in self.words.control.values() for w in ws} | self.words.speech | self.words.denial  # "affirme détenir", "denied receiving"
            return gov.lemma in ctl and _governed_by(self.doc, c, gov)  # not "un défaut susceptible de provoquer"
        return True

    def _denied_deed(self, c: Clause) -> bool:
        """What a denial says was not done, with a light verb and its object ("denied taking any
        banned substance", "a démenti avoir pris un produit interdit", "says he never took
        roxadustat"): the deed denied, a fact to record negated, though "take" or "prendre" alone
        states no event."""
        if c.copula or not (c.objects or c.obliques) or c.lemma in self.words.control_light_verbs:
            return False
        _, frame = self.chain(c)
        return frame is not None and (frame.kind == "denial" or (frame.kind == "speech" and c.negated))

    def open_claim(self, c: Clause) -> Draft | None:
        """A clause no relation knows: kept with its predicate lemma when someone (an
        entity or an unnamed actor) does something (not a verb of being, seeming or
        rhetoric), for sure or as reported. A headline states its fact with fewer words:
        there any subject and any verb but a rhetorical one will do ("Earth will go dark
        for 15 days", "viral recall notice is fake")."""
        reported = c.passive and c.subject is not None and not any(
            x.parent == c.head and x.link in ("ccomp", "content", "parataxis") for x in self.clauses)
        if (c.lemma in self.words.speech and not self._acts_on_object(c) and not reported) \
                or c.lemma in self.words.denial or self._controls(c):
            return None  # (but "no injuries were reported", "aucune anomalie n'a été signalée": what was)
        if self._serves_reader(c):
            return None  # "what owners need to know": a service to the reader
        if self._gerund_of_phrase(c):
            return None  # "charged with involuntary pollution and endangering the lives of others"
        copula_fact = (c.copula and self._copula_fact(c)) or self._gives_figure(c)
        struck = c.passive and c.agent is not None and c.lemma in self.words.passive_events
        if (c.lemma in self.words.non_event or c.copula) and not copula_fact and not struck and not (
                self.title and c.lemma not in self.words.rhetoric) and not self._denied_deed(c):
            return None
        if not self._states(c) or (c.link == "relcl" and not self.title and not _about_report(self.doc, c, self.words)):
            return None  # "les dirigeants qui défendaient autrefois...": a background aside (but "les
            # informations selon lesquelles le groupe abandonnerait...": what a report says)
        if c.link == "acl" and {m.strip() for m in c.markers} & {"à", "de", "d'", "d’"}:
            return None  # "l'une des rares entreprises à avoir atteint...": part of what a noun is said to be
        if c.lemma in self.words.habitual and c.tense == "pres" and not c.aux and not self.title:
            return None  # "Arvelle conçoit des caméras", "Northgate already owns Optrix": a description
        if self.doc.has_annotation("POS") and self.doc[c.head].pos_ not in ("VERB",) and not c.copula \
                and not compound_participle(self.doc[c.head]):
            return None
        self._enter(c)
        by_agent = c.passive and c.agent is not None and c.subject is not None
        subj_arg = c.agent if by_agent else (c.subject or (self.inherited_subject(c) if c.link == "xcomp" else None)) \
            if c.passive \
            else self._agent_arg(c)  # "X devrait être installée": X, whom the infinitive is about
        role = self.r.resolve(subj_arg) if subj_arg is not None else None
        if role is not None and role.how == "phrase" and subj_arg is c.subject:
            # "Net income fell 9%": the company's (with a figure, and in a clause of its own)
            role = self.r.owner_of_figure(subj_arg, self._states_figure(c) and c.link not in ("acl", "relcl")) or role
        if c.passive and c.subject is None and role is not None and role.how == "pronoun":
            role = None  # "Elle doit encore être notifiée": of "elle", a deal as often as a body
        if by_agent and role is not None and self._agent_is_no_actor(subj_arg):
            role = None  # "entraîné par distillation de Qwen, le modèle d'Alibaba": a means, not who did it
        if by_agent and (role is None or not role.is_entity):  # "a été critiqué par la presse"
            by_agent, subj_arg = False, c.subject
            role = self.r.resolve(subj_arg)
        if role is None or (not role.name and not role.text):
            return None
        none_of = self._none_subject(subj_arg) and c.link != "relcl"  # "aucune anomalie n'a été signalée"
        if none_of and not role.is_entity:  # what none of was reported: the anomaly, the claim negated
            kept = [w for w in (role.name or "").split() if w.lower() not in self.words.none_words]
            role = replace(role, name=" ".join(kept) or role.name, resolved_from=f"'{role.text}': {NONE_OF}")
        # (an agent the sentence names, however unnamed, did it: "n'ont pas été atteints par les secours" is
        # the rescuers' failing, not the speaker's)
        told = not role.is_entity and c.passive and not self._names_an_actor(c.agent) \
            and self._told_by_someone(c)  # ("should be repaired by the end of 2027": a date, no agent)
        if told and self._names_something(subj_arg):
            told = False  # "FreshMart peanut butter pulled from shelves, FDA says": the peanut butter's fate
        collective = role.how == "phrase" and (role.head_word or "") in self.words.collective_actors \
            and c.link not in ("advcl", "acl", "relcl") and bool(c.objects) and not c.copula and not c.passive
        # ("the opposition is demanding a parliamentary inquiry": a group acting as one)
        if not role.is_entity and not self.title and not none_of and not told and not collective and not (
                role.how == "phrase" and (bool(c.aux) or c.tense is not None)  # (no bare participle: "prévue pour 2026")
                and (self._gives_figure(c) or self._anchored_event(c, subj_arg) or self._counted_passive(c, subj_arg)
                     or self._incident(c, subj_arg))
                                                          and c.link not in ("advcl", "acl", "relcl")
                                                          and not self._subordinate(c)
                                                          and self._plain_noun_phrase(subj_arg)):
            return None  # an abstract subject: "le paysage", "cette volte-face" (but "la participation s'est
            # établie à 48,1 %", "revenue rose 12%": a figure of something, however unnamed; "The intrusion
            # was detected on Monday": a thing that happened, at a time)
        if (role.text or "").lower() in self.words.interrogatives and not role.is_entity:
            return None  # "What happened", "What comes next": a question heading, no one's act
        if role.head_word in self.words.demonstratives or (role.text or "").lower() in self.words.demonstratives:
            return None  # "Cela crée une tension": the author's comment on what came before
        if not role.is_entity and (role.text or "").lower() in self.words.generic_speakers:
            return None  # "personne n'a oublié la petite fuite de 2019", "everyone knows": nobody's act
        if self._advice(c, role):
            return None  # "residents should avoid damaged buildings", "should have been told": advice, no fact
        first = min([c.head, *c.tokens])
        if first > self.sent.start and self.doc[first - 1].lower_ in self.words.comparative_markers:
            return None  # "stronger than we anticipated": the yardstick of a comparison, no event
        if role.type in ("concept", "media") and role.how not in ("exact", "fuzzy") and not (
                role.type == "media" and role.how == "ner" and c.objects) and not (
                role.type == "media" and role.how == "outlet" and (c.objects or c.obliques)
                and c.lemma in self.words.speech_transitive and c.tense == "past"):
            return None  # (but "Le Veilleur avait publié quatorze courriels": what a paper did to a thing; an
            # article's own outlet only for what it published or revealed, not "s'engage à vérifier ses informations")
        if c.lemma in self.words.speech_hedged and role.how == "phrase" and not self.title:
            return None  # "lawyers following the case expect...": an unnamed crowd's opinion
        chain, frame, who = self._context(c)
        tokens = set(c.tokens) | (set(subj_arg.tokens) if subj_arg is not None and subj_arg.tokens
                                  and subj_arg.tokens[-1] < c.head else set())
        tokens = self._contiguous(tokens, c.head)
        st = self._stance(c, chain, frame, who is not None, tokens)
        if none_of and st.polarity == "affirmed":  # "no injuries were reported": none were
            st = Stance(st.modality, "negated", st.cue)
        if self.question and not self.title:
            return None  # a question in the body is rhetoric
        causal = {m.strip() for m in c.markers} & self.words.causal_markers
        if (causal and (not self.title or c.link == "advcl")) or (not self.title and any(
                self.doc[i].lower_ in self.words.causal_markers and self.doc[i].dep_ in ("cc", "mark", "")
                for i in c.tokens if i < c.head)):
            return None  # "car il ne se rapproche pas...", "quits as battery recall bites": an explanation
        if st.modality == "hedged" and self._scheduled(c, st):
            st = Stance("planned", st.polarity, st.cue)  # "devrait être finalisée en mars": what is due, and when
        if st.modality == "hedged" and who is None and not self.title and self._speculative(st) \
                and not self._alleged(c, st):
            return None  # the author's speculation (not the actor's deliberation: "is considering selling")
        if not self.title and self._no_event(c, who):
            return None
        obj_arg = c.subject if by_agent else (c.agent if struck else None) if c.passive else next(
            (o for o in c.objects if not self._only_time(o.tokens)), None)  # "visé | par une cyberattaque"
        if c.copula and self.doc[c.head].pos_ in ("NOUN", "PROPN", "ADJ") and c.head not in subj_arg.tokens:
            obj_arg = self._predicate_arg(c, subj_arg)  # "Il est un partisan des modèles fermés"
        elif obj_arg is None and c.copula and c.obliques:
            obj_arg = c.obliques[0]
        obj = None
        measured = role.how == "possessor" and role.head_word in self.words.measure_nouns and subj_arg is not None
        if measured and obj_arg is not None and self._only_figure(obj_arg):
            obj_arg = None  # "net income fell 9%": the figure is the value
        if obj_arg is None and measured:
            phrase = self._measure_phrase(subj_arg)  # "Its shares fell 4.2%": Brightwell's shares
            obj = Role(name=phrase, type=None, text=phrase, how="phrase", tokens=subj_arg.tokens) if phrase else None
        if obj is None and obj_arg is None and not c.copula and not (c.passive and by_agent):
            obj = self._complement(c)  # "s'est engagée à apporter ses actions", "will charge for toilet use"
            if obj is not None:
                tokens = self._contiguous(tokens | set(obj.tokens), c.head)
        if obj_arg is not None:
            r = self.r.resolve(obj_arg)
            if r is not None and r.is_entity and r.name == role.name and (r.how != "exact" or c.copula) \
                    and obj_arg.tokens:
                r = None  # "Marquet is running the company": not himself, a company the sentence does not name;
                # "Avocado est le prochain modèle de Meta": what it is, in the sentence's words
            if r is not None and r.type == "deal" and r.how == "description":
                r = None  # "cleared the deal": the deal in the sentence's words, not its buyer
            if r is not None and r.is_entity:
                obj = r
            elif self._free_relative(obj_arg):
                return None  # "La Chine a construit ce qu'un capital-risqueur a qualifié de...": no object here
            elif all(self.doc[i].pos_ == "PRON" or self.doc[i].is_punct or self.doc[i].lower_ in BARE_PRONOUNS
                     for i in obj_arg.tokens):
                obj = None  # "ne s'en cache pas": a pronoun no one could name
            else:
                phrase = self.object_phrase(obj_arg)
                obj = Role(name=phrase, type=None, text=phrase, how="phrase", tokens=obj_arg.tokens) if phrase \
                    else None
        first_word = next((w for w in re.split(r"[\s'’]+", (obj.name or "").lower())
                           if w and w not in DETERMINERS | OF_WORDS), None) if obj is not None else None
        if obj is not None and obj.type is None and first_word in self.words.figurative:
            # "gagner la sympathie", "prendre les devants", "s'emparer de la couronne": a figure of speech
            return None
        if obj is not None and obj.type is None and c.lemma in self.words.time_spending and set(
                (obj.name or "").lower().split()[:3]) & self.words.duration_words:
            return None  # "has spent two years telling anyone who would listen...": how long, no fact
        child = self._object_control_infinitive(c) if obj is not None else None
        if child is not None and {i for i in child.tokens if not self.doc[i].is_punct} <= set(obj.tokens):
            child = None  # the complement is the infinitive already: "were ordered to stay indoors"
        if child is not None:  # "urged the mayor | to step aside": what he was urged to do is the point
            words = [i for i in child.tokens if not self.doc[i].is_punct]
            rest = self.doc[min(words):max(words) + 1].text
            name = f"{obj.name} {rest}"
            obj = Role(name=name, type=None, text=name, how="phrase", tokens=tuple(obj.tokens) + tuple(child.tokens))
            tokens = self._contiguous(tokens | set(child.tokens), c.head)
        if obj is not None and obj.type is None and self._cites((obj.text or obj.name or "").lower()):
            obj = None  # "22 millions ont été versés, selon la préfecture": who says so, not what was paid
        st = self._none_of(obj_arg, st)
        rel = self.k.relations[OPEN]
        predicate = c.lemma
        if c.passive and not by_agent:  # "Gas stoves outlawed", "OpenAI a été critiqué": what was done to it
            predicate = f"{'être' if self.lang == 'fr' else 'be'} {self.doc[c.head].lower_}"
        frame = self.chain(c)[1] if (none_of or told) and not role.is_entity else None
        speaker = frame.speaker if frame is not None else None
        actors = self.words.any_actor
        if speaker is not None and speaker.type != "anonymous" and (speaker.is_entity or any(
                w in actors for w in (speaker.text or speaker.name or "").lower().split())):  # not "l'engagement"
            # "La préfecture assure qu'aucune anomalie n'a été signalée": the préfecture's account, about
            # anomalies, of which none
            obj, role = replace(role, how="phrase", resolved_from=None), replace(speaker, how="speaker")
        unnamed_fact = (c.lemma in self.words.incident_verbs and not c.negated) or (
            obj is not None and role.how == "phrase" and (role.head_word or "") in self.words.collective_actors) or (
            c.lemma in self.words.complete_acts and role.is_entity)  # "Philippe Daumier apologised publicly"
        return Draft(rel, predicate, role, obj, c, tokens, (c.head, c.head + 1), st, who, unnamed_fact=unnamed_fact)

    def _agent_is_no_actor(self, arg: Arg) -> bool:
        """A "by" phrase whose head is a common noun no actor is named by ("par distillation
        de Qwen", "by a software update"): how it was done, not who did it."""
        head = self.doc[arg.head]
        if head.pos_ != "NOUN" or head.lower_ in self.words.any_actor or head.lemma_.lower() in self.words.any_actor:
            return False
        return not any(m.start <= arg.head < m.end for m in self.r.mentions)

    def _names_something(self, arg: Arg | None) -> bool:
        """Does a phrase name something (a company, a product, a place) inside it? Then it is
        what a passive is about, whoever tells it."""
        return arg is not None and any(m.start in arg.tokens and m.type not in ("concept", "media", "person")
                                       for m in self.r.mentions)

    def _object_control_infinitive(self, c: Clause) -> Clause | None:
        """The infinitive a verb of object control governs after its object ("urged the mayor to step
        aside", "a exhorté le maire à démissionner"), when it is short enough to be read with it."""
        if c.lemma not in self.words.object_control:
            return None
        return next((x for x in self.clauses if x.parent == c.head and x.link == "xcomp" and x.head > c.head
                     and 0 < len(x.tokens) <= 8), None)

    def _cites(self, phrase: str) -> bool:
        """A phrase that opens with a citing word ("selon la préfecture", "according to police")."""
        return any(phrase == w or phrase.startswith(w + " ") for w in self.words.citing_words)

    def _names_an_actor(self, arg: Arg | None) -> bool:
        """A "by"/"par" phrase that names who did it, however unnamed ("par les secours", "by
        Helix"), not a date or a means ("by the end of 2027", "by a software update")."""
        if arg is None or not arg.tokens:
            return False
        role = self.r.resolve(arg)
        if role is not None and role.is_entity:
            return True
        actors = self.words.any_actor
        return self.doc[arg.head].lower_ in actors or self.doc[arg.head].lemma_.lower() in actors

    def _told_by_someone(self, c: Clause) -> bool:
        """A passive clause that a named speaker states ("le GHSD a reconnu que les données de
        540 000 patients avaient été dérobées"): the speaker's account of what was done."""
        frame = self.chain(c)[1]
        sp = frame.speaker if frame is not None else None
        return sp is not None and sp.is_entity and sp.type != "anonymous" and frame.kind in ("speech", "denial") \
            and c.head in frame.content and not self._subordinate(c, said=True)  # not "while the cars were parked"

    def _core(self, toks: list[int], head: int) -> list[int]:
        """A long phrase cut before its first preposition past the head that is no "de"/"of"
        ("le transfert de six appareils | au maximum vers la filiale")."""
        for n, i in enumerate(toks):
            if i > head and self.doc[i].pos_ == "ADP" and self.doc[i].lower_ not in OF_WORDS and n >= 1:
                return toks[:n]
        # only "de"/"of" complements: the longest run of them that still makes one phrase
        # ("une revalorisation de 5 % de leur salaire | de base")
        cuts = [n for n, i in enumerate(toks) if n >= 1 and i > head and self.doc[i].lower_ in OF_WORDS
                and len(self.r.phrase(Arg(tuple(toks[:n]), toks[0])).split()) <= MAX_OBJECT_WORDS]
        return toks[:cuts[-1]] if cuts else []

    def _none_subject(self, arg: Arg | None) -> bool:
        """"Aucune anomalie", "No injuries": a subject that says none of it."""
        if arg is None or not arg.tokens:
            return False
        first = arg.tokens[0]
        return self.doc[first].lower_ in self.words.none_words | self.words.none_openers or (
            first > self.sent.start and self.doc[first - 1].lower_ in self.words.none_words | self.words.none_openers)

    def _none_of(self, arg: Arg | None, st: Stance) -> Stance:
        """"says no decision", "n'a pris aucune décision": an object that says none of it
        negates the claim."""
        if arg is None or not arg.tokens:
            return st
        first = arg.tokens[0]
        if self.doc[first].lower_ not in self.words.none_words and not (
                first > self.sent.start and self.doc[first - 1].lower_ in self.words.none_words):
            return st
        # (once: "n'a reçu aucune demande" is negated by "ne ... aucune" together, not twice over)
        return Stance(st.modality, "negated", st.cue)

    def _addressee(self, arg: Arg) -> bool:
        """"auprès de l'AFP": whom it was said to (predicates.yaml addressee_cases)."""
        lo = min(arg.tokens, default=0)
        words = " ".join(t.lower_ for t in self.doc[max(self.sent.start, lo - 2):lo + 2])
        return any(case in words.replace(" '", "'") for case in self.words.addressee_cases)

    def _only_time(self, toks) -> bool:
        """"le 6 octobre", "jeudi", "2025", "qu'au premier trimestre 2026", "avant 2027": words of
        a time (after a preposition the parser left in), nothing the verb is about."""
        toks = list(toks)
        preps = self.k.lex(self.lang).closed.get("prepositions", ())
        while toks and (self.doc[toks[0]].pos_ in ("ADP", "SCONJ") or self.doc[toks[0]].lower_ in QUE_WORDS
                        or self.doc[toks[0]].lower_ in preps):
            toks = toks[1:]
        return bool(toks) and all(self.doc[i].like_num or self.doc[i].is_punct or self.doc[i].lower_ in self.time_words
                   or self.doc[i].lower_ in DETERMINER_WORDS for i in toks)

    def _free_relative(self, arg: Arg) -> bool:
        """"ce qu'un capital-risqueur a qualifié de...", "what analysts call...": the object is a
        clause of its own, which says what was built."""
        words = [self.doc[i].lower_ for i in arg.tokens[:2]]
        return (len(words) == 2 and words[0] == "ce" and words[1] in ("que", "qu'", "qu’", "qui", "dont")) or (
            bool(words) and words[0] in ("what", "whatever"))

    def _doubted(self, c: Clause) -> bool:
        """Under the writer's doubt: "il n'est pas certain qu'elle ait les moyens de le payer"."""
        if not hasattr(self, "_doubt_end"):  # where the sentence's first doubt ends, read once
            text = self.sent.text
            ends = [m.end() for rx in self.k.cues.get("speculation", ()) for m in [rx.search(text)] if m]
            ends += [m.start() for rx in self.k.cues.get("no_answer", ()) for m in [rx.search(text)] if m]
            if any(rx.search(text) for rx in self.k.cues.get("open_question", ())):
                ends.append(0)  # "whether insurers will pay remains an open question": all of it
            self._doubt_end = self.sent.start_char + min(ends) if ends else None
        return self._doubt_end is not None and self._doubt_end <= self.doc[c.head].idx

    def _states_figure(self, c: Clause) -> bool:
        """Does the clause give a figure ("fell 9%", "totaled about $72 billion")?"""
        toks = self.doc[min([c.head, *c.tokens]):max([c.head, *c.tokens]) + 1]
        lo, hi = toks.start_char - self.sent.start_char, toks.end_char - self.sent.start_char
        return any(lo <= q.start and q.end <= hi for q in self.quantities)

    def _measure_phrase(self, arg: Arg) -> str | None:
        """A figure's name without its owner: "Samsung's operating profit" -> "operating profit",
        "le chiffre d'affaires de Renault" -> "chiffre d'affaires"."""
        owned = {i for m in self.r.mentions if any(i in arg.tokens for i in range(m.start, m.end))
                 for i in range(m.start, m.end)}
        toks = []
        genitive = [i for i in arg.tokens if self.doc[i].lower_ in ("'s", "’s")]
        for i in arg.tokens:
            t = self.doc[i]
            if genitive and i <= genitive[-1]:
                continue  # "Netlink Ltd.'s": the owner
            if i in owned or t.lower_ in POSSESSIVES | {"'s", "’s", "'", "’"}:
                continue
            nxt = next((j for j in range(i + 1, min(i + 3, len(self.doc))) if self.doc[j].lower_ not in DETERMINERS), None)
            if toks and t.lower_ in OF_WORDS and nxt in owned:
                break  # "de Renault", "of the Acme group"
            toks.append(i)
        phrase = self.object_phrase(Arg(tuple(toks), arg.head if arg.head in toks else toks[-1])) if toks else None
        return phrase

    def _where(self, h: Hit) -> Role | None:
        """Where the clause's event happened: a place its sentence names after "in"/"à", else the
        place the article names most."""
        doc = self.doc
        located = self.words.locative_cases

        def after_locative(m) -> bool:  # "in Palu", "dans le Finistère"
            k = m.start - 1
            if k > 0 and doc[k].is_alpha and doc[k].is_lower and doc[k - 1].lower_ in located:
                k -= 1  # "strikes central Sulawesi", "in northern Italy"
            if k > 0 and doc[k].lower_ in DETERMINERS:
                k -= 1
            if k > 0 and doc[k].lower_ in OF_WORDS and doc[k - 1].lower_ in self.words.place_nouns:
                return True  # "the island of Sulawesi", "la région de Valence"
            return k >= 0 and doc[k].lower_ in located

        def placed(m) -> bool:  # a known place, or a name of unknown kind that a locative word introduces
            return m.type == "place" or (m.type == "misc" and after_locative(m))

        def part_only(m) -> bool:
            """Where part of the count was ("27 morts, dont 19 à Castelbrun", "most of them in the
            town of Castelbrun"), or a country around the place ("southern France's Valmora region")."""
            if m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"):
                return True
            for k in range(m.start - 1, max(self.sent.start, m.start - 7) - 1, -1):
                if doc[k].is_punct:
                    return False
                if doc[k].lower_ in self.words.example_markers or doc[k].lower_ in ("them", "eux", "elles"):
                    return True
            return False

        own = self._arg_of(h)  # "Sulawesi quake death toll rises to 61": the place the phrase names
        here = [m for m in self.r.mentions if placed(m) and after_locative(m) and not part_only(m)] or [
            m for m in self.r.mentions if m.type in ("place", "misc") and own is not None and m.start in own.tokens
            and m.end <= h.start]
        if here:
            m = min(here, key=lambda m: abs(m.start - h.start))
            return Role(name=m.name, type="place", text=m.text, how="exact", tokens=tuple(range(m.start, m.end)))
        # the article's names so far, as the discourse already holds them (no second pass over the Doc)
        before = [m for ms in self.r.discourse.sentences for m in ms if placed(m)]
        if not before:
            return None
        counts = {m.name: sum(1 for o in before if o.name == m.name) for m in before}
        m = max(reversed(before), key=lambda m: counts[m.name])
        org = self.r.discourse.topic(("org",), exclude=self.r.discourse.public)
        if org is not None and self.r.discourse.named[org.name] > counts[m.name]:
            # a company's story ("Quatre participants sont morts" in its drug trial): the company's, not a regulator's
            return replace(org, resolved_from="whose story the article tells")
        return Role(name=m.name, type="place", text=m.text, how="topic", tokens=(),
                    resolved_from="where the article's events are")

    def _worded(self, d: Draft) -> bool:
        """Does one of the relation's own patterns cover the draft's trigger (not only its verb list)?"""
        a, b = self.doc[d.trigger[0]].idx - self.sent.start_char, self.doc[d.trigger[1] - 1].idx - self.sent.start_char
        return any(m.start() <= a and b < m.end() for rx, _, _ in d.relation.triggers for m in rx.finditer(self.sent.text))

    def _advice(self, c: Clause, role: Role) -> bool:
        """A modal of advice or obligation (predicates.yaml advice) over an unnamed subject
        ("residents should avoid...", "investors must watch..."), or over a past participle
        ("should have been told"): what ought to be, or to have been, not what is."""
        aux = {a.lower() for a in c.aux}
        if not aux & self.words.advice:
            chain = self.chain(c)[0] if c.tense in ("inf", None) or c.participle == "pres" else [c]
            k = next((k for k, g in enumerate(chain[1:], 1) if g.lemma in self.words.control_advice), None)
            if k is None:
                return False
            gov = chain[k]  # "investors should consider trimming", "devraient envisager de vendre": advised too
            aux = {a.lower() for a in gov.aux} | ({chain[k + 1].lemma} if k + 1 < len(chain) else set())
            if not aux & self.words.advice:
                return False
        if aux & {"have", "avoir"}:
            return True
        timed = any((self.doc[i].lower_ in self.time_words and self.doc[i].text[:1].isupper())
                    or re.fullmatch(r"(?:19|20)\d\d", self.doc[i].text)
                    for i in c.tokens)  # "the deal should close in March": due, not advised
        # (but advice to people stays advice, whatever year it names: "investors should not count on a
        # dividend for 2026")
        return (not role.is_entity or role.how == "phrase") and (not timed or role.type == "person")

    def _only_figure(self, arg: Arg) -> bool:
        """The phrase is a figure and nothing else ("32%", "de 5 %", "$4.1 billion")."""
        words = [self.doc[i] for i in arg.tokens if self.doc[i].lower_ not in (arg.case or "").split()]
        if not words or not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words):
            return False
        phrase = self.doc[words[0].i:words[-1].i + 1]
        lo, hi = phrase.start_char - self.sent.start_char, phrase.end_char - self.sent.start_char
        covered = set()
        for f in self.quantities:
            covered |= set(range(max(f.start, lo), min(f.end, hi)))
        return all(i in covered or not ch.isalnum() for i, ch in enumerate(phrase.text, lo))

    def _figure_first(self, arg: Arg) -> bool:
        """The phrase opens on a figure ("contre 44,7 %", "versus 1.9%")."""
        first = next((self.doc[i] for i in arg.tokens if self.doc[i].lower_ not in arg.case.split()), None)
        return first is not None and (first.like_num or first.is_currency)

    def _serves_reader(self, c: Clause) -> bool:
        words = self.doc[max(self.sent.start, min(c.start, c.head) - 1):min(self.sent.end, c.end + 3)].text
        return any(rx.search(words) for rx in self.k.cues.get("reader_service", ()))

    def _complement(self, c: Clause) -> Role | None:
        """What a verb without a direct object is about: its first prepositional phrase that is
        no time ("n'était engagée dans aucune négociation", "will charge for toilet use"), else
        the infinitive it governs ("s'est engagée à apporter ses actions"), with its
        preposition, as a phrase."""
        x = next((x for x in self.clauses if x.parent == c.head and x.link == "xcomp" and x.head > c.head), None)
        skipped_end = None  # where the last phrase passed over ended
        for arg in c.obliques:
            if skipped_end is not None and arg.tokens and arg.tokens[0] == skipped_end:
                skipped_end = arg.tokens[-1] + 1
                continue  # "financed with cash | on hand": a phrase of the noun passed over, no object either
            if not arg.case or arg.tokens[0] < c.head or (x is not None and x.head < arg.tokens[0]) \
                    or self._addressee(arg) or arg.case.split()[0] in self.words.background_cases | self.words.manner_cases \
                    or (arg.case.split()[0] in self.words.comitative_cases and not self._names_someone(arg)) \
                    or (arg.case.split()[0] in self.words.comparison_cases and self._figure_first(arg)):
                skipped_end = arg.tokens[-1] + 1 if arg.tokens and arg.tokens[0] > c.head else None
                continue  # "malgré l'incertitude", "after the recall": what surrounds the fact, not its object
            phrase = self.object_phrase(arg)
            if phrase is None:
                continue
            lead = [i for i in range(c.head + 1, arg.tokens[0]) if self.doc[i].lower_ in arg.case.split()]
            first = lead[0] if lead else arg.tokens[0]
            last = phrase.split()[-1]
            more = self._continuation(arg.tokens[-1] + 1)
            end = next((i for i in (*arg.tokens, *more) if self.doc[i].text == last), None)
            words = self.doc[first:end + 1].text if end is not None and 0 <= end - first < MAX_OBJECT_WORDS + 2 \
                else phrase if phrase.lower().startswith(arg.case.lower() + " ") or len(arg.case.split()) > 3 \
                else f"{arg.case} {phrase}"  # (a "case" of many words is the phrase itself, not its preposition)
            toks = tuple(lead) + arg.tokens + tuple(i for i in more if end is not None and i <= end)
            return Role(name=words, type=None, text=words, how="phrase", tokens=toks)
        if x is not None:
            toks = [i for i in sorted(x.tokens) if i > c.head]
            others = {y.head for y in self.clauses if y is not x and y.head > x.head}
            run: list[int] = []
            for i in toks:
                if run and i != run[-1] + 1 or self.doc[i].text in (",", ";", ":", "(", "—", ".", "!", "?"):
                    break
                if self.doc[i].lower_ in COORDINATORS and any(j in others for j in range(i + 1, i + 4)):
                    break  # "à conserver le centre et à ne procéder à aucun départ": the first promise
                run.append(i)
            if 2 <= len(run) <= MAX_COMPLEMENT_WORDS:
                words = self.doc[run[0]:run[-1] + 1].text
                return Role(name=words, type=None, text=words, how="phrase", tokens=tuple(run))
        return None

    def _no_event(self, c: Clause, who: str | None) -> bool:
        """A clause no relation knows that reports no event: a purpose ("afin de laisser une
        chance"), an indirect question ("quelle version de Qwen est utilisée"), a "not only"
        of rhetoric ("ne parle pas seulement d'Avocado"), the imparfait of background
        ("M. Ostermann dirigeait jusqu'ici...", unless it is someone's reported words)."""
        before = [self.doc[i] for i in c.tokens if i < c.head]
        lows = [t.lower_ for t in before]
        lead = [t.lower_ for t in self.doc[max(self.sent.start, c.start - 3):c.start]]
        gov = self.doc[c.head].head  # "afin de laisser": "afin" governs the infinitive
        text = " ".join(lead + lows)
        lows = lows + [gov.lower_] if gov.i < c.head else lows
        if any(w in lows or (" " in w and w in text) for w in self.words.purpose_markers):
            return True
        if c.link in ("ccomp", "content", "xcomp", "advcl", "embedded") and lows and (
                lows[0] in self.words.interrogatives or (c.subject is not None and self.doc[
                    c.subject.tokens[0]].lower_ in self.words.interrogatives)):
            return True
        after = [self.doc[i].lower_ for i in c.tokens if i > c.head][:3]
        own = [self.doc[i].lower_ for i in c.tokens]
        if any(a in self.words.negation and b in self.words.not_only for a, b in zip(own, own[1:])) or (
                set(after) & self.words.not_only and set(own) & self.words.negation):
            return True
        return c.imperfect and who is None and c.link not in ("ccomp", "content")

    def _dedupe(self, drafts: list[Draft]) -> list[Draft]:
        seen: set[tuple] = set()
        out = []
        for d in self._one_sense(drafts):
            key = (d.relation.name, d.subject.name, d.object.name if d.object else None, d.clause.head)
            if key in seen:
                continue
            seen.add(key)
            out.append(d)
        return out

    def _one_sense(self, drafts: list[Draft]) -> list[Draft]:
        """One verb read two ways over one subject ("release": launch a product, free a
        prisoner) is one relation: the one whose subject is of its kind by what the
        article says, else the first in the inventory. Readings that fit only by giving
        a name of unknown kind the slot's kind give way."""
        by_verb: dict[tuple, list[Draft]] = {}
        for d in drafts:
            if d.relation.name != OPEN:
                by_verb.setdefault((d.trigger, d.subject.name), []).append(d)
        drop: set[int] = set()
        order = {name: i for i, name in enumerate(self.k.relations)}
        for group in by_verb.values():
            group.sort(key=lambda d: order[d.relation.name])
            senses = {d.relation.name for d in group}
            if len(senses) < 2 or len({d.relation.family or d.relation.name for d in group}) < 2:
                continue
            headed = [d for d in group if d.relation.subject_heads]
            if headed and len(headed) < len(group):  # "l'action Aerlis a gagné 4 %": a share price, no win
                drop.update(id(d) for d in group if d.relation.name != headed[0].relation.name)
                continue
            known = [d for d in group if not d.subject.guessed]
            if not known:  # "Almonte was released on his own recognizance": the reading its wording names
                worded = [d for d in group if self._worded(d)]
                group = worded + [d for d in group if d not in worded]
            keep = (known or group)[0].relation.name if len(known) != len(group) or not known else None
            if keep is None:
                continue  # each reading fits by what is known: both stand
            drop.update(id(d) for d in group if d.relation.name != keep)
        return [d for d in drafts if id(d) not in drop]


def _governed_by(doc: Doc, x: Clause, c: Clause) -> bool:
    """Is the infinitive the verb's own complement, not that of an adjective or noun in its
    phrases ("a annoncé le rappel..., en raison d'un défaut susceptible de provoquer un
    incendie": what is announced is the recall)? Without a parse, it is."""
    if not doc.has_annotation("DEP"):
        return True
    return doc[x.head].head.i == c.head


def _says_instead(doc: Doc, head: int, content: int, words: Words) -> bool:
    """A denial whose object is named ("denied that", "a démenti ces informations") and whose
    content follows a speech participle after a comma (", saying", ", affirmant"): the content
    is the speaker's own statement, not what is denied."""
    between = doc[head + 1:content]
    return any(t.text == "," and t.i + 1 < content and (doc[t.i + 1].lemma_ or doc[t.i + 1].lower_).lower()
               in words.speech and doc[t.i + 1].lower_.endswith(("ing", "ant")) for t in between)


def _saying_tag(x: Clause, c: Clause, words: Words) -> bool:
    """"« Nous contestons le montant », a déclaré Camille Verhaegen, nommée ...": the verb of
    saying after a quote is who says it, not what the quote's verb says (nor what hangs on
    the speaker's name)."""
    return x.link == "parataxis" and x.head > c.head and (x.lemma in words.speech or x.lemma in words.denial)


COMPLEMENTIZERS = frozenset({"that", "que", "qu'", "qu’"})

def frames_of(clauses: list[Clause], resolver: Resolver, words: Words) -> list[Frame]:
    """Speech, report and denial verbs over content clauses."""
    frames = []
    heads = {c.head: c for c in clauses}
    for c in clauses:
        colon_denial = "colon:denial" in c.markers  # "Hoax: ..." says what is true; it negates nothing
        kind = ("speech" if colon_denial else "denial" if c.lemma in words.denial
                else "hedged" if c.lemma in words.speech_hedged or any(m == "colon:opinion" for m in c.markers)
                else "speech" if c.lemma in words.speech else None)
        if kind is None:
            continue
        # an infinitive is the content of a denial ("dément avoir abandonné") or of an active
        # verb of saying ("a affirmé continuer"); "is expected to close" is a plan, no saying
        content = tuple(x.head for x in clauses if x.parent == c.head and not _saying_tag(x, c, words) and (
            x.link in ("ccomp", "parataxis", "content")
            # "two days after a newspaper reported that she held shares": the rules read a "that" clause
            # under a subordinate verb of saying as adverbial; it is what was said
            # (but not "huit jours après que celui-ci a critiqué...": when, which nobody said)
            or (x.link == "advcl" and kind != "hedged" and set(x.markers) & COMPLEMENTIZERS
                and not {m.strip().lower() for m in x.markers} - COMPLEMENTIZERS) or (
                x.link == "xcomp" and not c.passive and (kind == "denial" or c.lemma in words.speech)
                and _governed_by(resolver.doc, x, c))
            or (x.link == "relcl" and _about_report(resolver.doc, x, words))))
        if not content and c.parent is not None and (c.link in ("parataxis", "conj") or (
                c.link == "advcl" and _inverted_speaker(resolver.doc, c))) and c.parent in heads \
                and c.head > c.parent and _after_comma(resolver.doc, c):
            content = (c.parent,)  # "« Nous ne vendrons pas », a déclaré le PDG": said after the fact
        if not content and kind != "denial" and _inverted_speaker(resolver.doc, c) and _after_comma(resolver.doc, c):
            # "Meta va lancer Avocado en mars, a annoncé le parquet": the parser hung the words
            # said before the verb on it as an adverbial clause
            content = tuple(x.head for x in clauses if x.parent == c.head and x.head < c.head and (
                x.tense in ("pres", "past", "fut") or x.mood == "cnd")
                and x.link in ("advcl", "ccomp", "parataxis", "conj") and not x.markers)
        if kind == "denial" and content and _says_instead(resolver.doc, c.head, min(content), words):
            kind = "speech"  # "denied that, saying the company had invested...": what she says instead
        arg = c.agent if c.passive and c.agent else c.subject
        if arg is None and c.link in ("conj", "xcomp") and c.parent in heads and not c.passive:
            # "Lindgren showed off a prototype and told the audience...": Lindgren; "le ministère a fait
            # savoir qu'il...": the ministry
            arg = heads[c.parent].subject
        speaker = resolver.resolve(arg) if arg is not None else None
        if speaker is not None and speaker.type == "person" and speaker.parent is None and arg is not None:
            # "a déclaré la directrice du GHSD, Catherine Morvan": the parser made the title the verb's
            # object and the name its subject; the title still says whom she speaks for
            title = next((o for o in c.objects if o.tokens and max(o.tokens) + 2 == arg.head), None)
            if title is not None:
                speaker = resolver.employer_in(speaker, title)
        carried = resolver.quote_speaker is not None and speaker is not None \
            and speaker.name == resolver.quote_speaker.name  # '"...," he said' of the speaker the quote began with
        if speaker is not None and speaker.how == "pronoun" and content and arg is not None and arg.start > min(content) \
                and not carried:
            # "Flights of its unit Aerlis Go were not affected, it said": "it" is named before what it said
            first = min(min(x.tokens, default=x.head) for x in clauses if x.head in content)
            spec = resolver.words.pronouns.get(resolver.doc[arg.head].lower_)
            if spec is not None:
                before = [m for m in resolver.mentions if m.end <= first]
                again = resolver.discourse.pronoun(resolver.doc[arg.head].text, tuple(spec["types"]), before)
                last = resolver.discourse.subjects[-1] if resolver.discourse.subjects else None
                if again is None and not before and last is not None and last.is_entity and last.type == "misc":
                    again = replace(last, how="pronoun", resolved_from=f"pronoun '{resolver.doc[arg.head].text}'")
                speaker = again if again is not None else speaker
        said_by = resolver.words.pronouns.get(resolver.doc[arg.head].lower_) if arg is not None else None
        if speaker is not None and speaker.how == "pronoun" and speaker.type in ("model", "product", "misc") \
                and not (said_by and tuple(said_by["types"]) == ("person",)):  # "he said": a person, whoever it is
            # "Valmora has taken 12,000 orders for the Sarya, it said": the one who speaks is
            # the clause's actor, not the last name before the pronoun
            actor = next((resolver.resolve(x.subject) for x in clauses if x.head in content and x.subject is not None),
                         None)
            if actor is not None and actor.type in ("org", "person", "lab", "misc") and actor.name != speaker.name:
                speaker = replace(actor, how="pronoun", resolved_from=f"pronoun '{speaker.text}'")
        colon = next((m.split(":", 1)[1] for m in c.markers if m.startswith("colon:")), None)
        if colon in ("denial", "opinion"):
            speaker = None  # "Hoax: ...": the outlet's own word on it
        elif colon == "reported":
            speaker = Role(name="unnamed report", type="anonymous", text=resolver.doc[c.head].text, how="speaker")
        elif speaker is not None and not speaker.is_entity and speaker.how != "agent":
            # "Les sources ont indiqué", "un analyste": someone unnamed
            speaker = replace(speaker, name=_unnamed(speaker, words), type="anonymous")
        frames.append(Frame(c.head, content, speaker, kind))
    return [f for f in frames if f.content]


def _inverted_speaker(doc, c: Clause) -> bool:
    """A verb of saying whose named subject follows it ("a précisé l'une de ces sources"),
    not a passive "est considéré comme" nor a clitic "a-t-il déclaré"."""
    return (not c.passive and not c.markers and c.subject is not None and c.subject.start > c.head
            and not doc[c.subject.start].text.startswith(("-", "‑")))


def _about_report(doc, x: Clause, words: Words) -> bool:
    """A relative clause on a report's noun: "les informations selon lesquelles ...". """
    if not doc.has_annotation("DEP"):
        return False
    noun = doc[x.head].head
    return noun.lemma_.lower() in words.report_nouns or noun.lower_ in words.report_nouns


def _after_comma(doc, c: Clause) -> bool:
    """The speech verb follows a comma or a closing quote ("..., a indiqué le parquet")."""
    words = [i for i in c.tokens if not doc[i].is_punct and not doc[i].is_space] or [c.head]
    k = min(words) - 1
    seen = ""
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        seen += doc[k].text
        k -= 1
    return any(ch in seen for ch in (",", "»", "”", '"'))


UNNAMED_SOURCES = {"source", "sources", "personne", "personnes", "people", "insider", "insiders"}
UNNAMED_COUNTS = {"des", "deux", "trois", "plusieurs", "several", "two", "three", "some"}
MODAL_LEMMAS = {"pouvoir", "devoir", "could", "might", "may", "would", "should", "can"}
AMOUNT_WORDS = {"billion", "billions", "million", "millions", "milliard", "milliards", "trillion", "thousand",
                "mille", "milliers", "dizaines", "centaines", "dizaine", "centaine", "euros", "euro", "dollars",
                "dollar", "livres", "pounds", "yuans", "%", "pour", "cent", "percent", "per", "de", "d'", "d’",
                "of", "about", "environ", "près", "plus", "some", "nearly", "around", "quelque", "quelques",
                "plusieurs", "several", "des", "les", "the", "a", "bn", "m", "mds", "md",
                "up", "to", "jusqu'à", "jusqu'", "jusqu’", "à", "than", "more", "less", "over", "under", "least",
                "at", "moins", "au", "maximum", "minimum", "$", "€", "£"}  # "up to $600 billion": a bound, no object


def _unnamed(role: Role, words: Words) -> str:
    head = role.head_word or ""
    first = (role.text or "").lower().split()[:2]  # "people familiar with the matter": headed on "matter"
    if head in UNNAMED_SOURCES or first[:1] and (first[0] in UNNAMED_SOURCES or first[-1] in UNNAMED_SOURCES
                                                  and first[0] in UNNAMED_COUNTS):
        return "anonymous sources"
    return role.text
