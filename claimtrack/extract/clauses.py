"""A sentence -> its clauses: predicate, subject, objects, obliques, agent, tense.

A `Clause` is what a claim is read from: one predicate (a verb, or a noun or
adjective with a copula) and its arguments, each an `Arg` (a set of token indices
with a head). Clauses come from the dependency parse when the pipeline has one
(`parse_clauses`, Universal Dependencies labels as in fr_core_news_md, and the
ClearNLP labels of spaCy's English models); without a parser, from rules
(claimtrack/extract/shallow.py builds the same objects). Everything downstream
reads `Clause` and `Arg` only, never the parse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

EUPHONIC = frozenset({"-t", "-t-", "t"})  # the French "t" of "a-t-il", "a-t-on"
SUBJ = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "expl:subj"}
PASSIVE_SUBJ = {"nsubj:pass", "nsubjpass", "csubj:pass"}
OBJ = {"obj", "dobj", "attr", "oprd"}
OBL = {"obl", "obl:arg", "obl:mod", "prep", "dative", "npadvmod", "nmod", "advmod:obl"}
AGENT = {"obl:agent", "agent"}
LOOSE = {"dep", "appos", "iobj", "xcomp", "obl:tmod", "nmod:poss"}  # nominal children a bad parse leaves unlabelled
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# French future stems ("lancer-", "prendr-", "pourr-"): the simple future and the conditional
# put their endings on them, so that an imparfait whose stem ends in r ("déclarait",
# "espérait") is not read as a conditional (spaCy tags "lancerait" as an imparfait).
FUTURE_STEMS = r"(?:er|ir|dr|rr|cevr|aur|ser|fer|oir|pourr|devr|voudr|saur|vaudr|faudr|viendr|tiendr)"
CONDITIONAL_SUFFIX = re.compile(rf"\w*{FUTURE_STEMS}(?:ais|ait|aient|ions|iez)$", re.I)
FUTURE_SUFFIX = re.compile(rf"\w{{2,}}{FUTURE_STEMS}(?:ai|as|a|ons|ez|ont)$", re.I)


def future_form(word: str) -> bool:
    """A French simple future ("vendrons", "lancera"), which the tagger sometimes calls a present."""
    return bool(FUTURE_SUFFIX.match(word))


def conditional_form(word: str) -> bool:
    return bool(CONDITIONAL_SUFFIX.match(word)) and not word.lower().endswith(("iions", "iiez"))


AUX = {"aux", "aux:tense", "aux:pass", "auxpass", "aux:caus", "cop"}
SKIP = {"aux", "aux:tense", "aux:pass", "auxpass", "aux:caus", "cop"} | {"mark", "punct", "cc", "det", "case", "nummod", "amod", "flat", "flat:name", "fixed", "compound",
              "expl:pv", "expl:comp", "prt", "compound:prt", "neg"}
NOT_PREDICATE = AUX | {"amod", "fixed", "flat", "flat:name", "compound", "case", "mark", "det", "punct", "cc"}
NAMING = {"baptiser", "appeler", "nommer", "surnommer", "dénommer", "intituler", "call", "name", "dub", "codename",
          "title", "label", "brand"}  # "un modèle baptisé Behemoth": the name is part of the noun phrase
# verbs of saying that name their hearers: "told donors that she...", "warned investors it..."
RECIPIENT_VERBS = {"tell", "inform", "assure", "remind", "warn", "notify", "brief"}
LINKS = {"ROOT": "root", "root": "root", "ccomp": "ccomp", "xcomp": "xcomp", "advcl": "advcl",
         "acl:relcl": "relcl", "relcl": "relcl", "acl": "acl", "conj": "conj", "parataxis": "parataxis",
         "csubj": "csubj", "pcomp": "xcomp"}


@dataclass
class Arg:
    """A phrase filling a role: token indices (sorted) and its head token."""

    tokens: tuple[int, ...]
    head: int
    case: str | None = None  # the preposition that introduces it ("sur", "with")

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1] + 1


@dataclass
class Clause:
    head: int  # the predicate's token
    lemma: str  # "abandonner", "se refermer", "be" (a copula), "step down"
    link: str  # root, ccomp, xcomp, advcl, relcl, acl, conj, parataxis, content, embedded
    parent: int | None = None  # head of the governing clause
    tokens: tuple[int, ...] = ()  # the clause's own tokens (embedded clauses excluded)
    subject: Arg | None = None
    objects: list[Arg] = field(default_factory=list)
    obliques: list[Arg] = field(default_factory=list)
    agent: Arg | None = None
    passive: bool = False
    copula: bool = False  # "Llama 4 est un échec": the head is the predicate noun or adjective
    negated: bool = False
    markers: tuple[str, ...] = ()  # subordinating words ("si", "bien que", "that")
    mood: str | None = None  # "cnd" (conditional), "sub", "imp" or None
    tense: str | None = None  # "past", "pres", "fut", "inf" or None
    imperfect: bool = False  # the French imparfait ("dirigeait"): what used to be, background
    aux: tuple[str, ...] = ()  # auxiliary and modal words ("will", "could", "va")
    relative: int | None = None  # for a relative clause: the head of the noun it modifies
    relative_role: str | None = None  # which role the relative pronoun fills: "subject" / "object"
    participle: str | None = None  # "past" ("Lancé en avril, ..."), "present" ("en orientant"): no tense of its own
    noun_head: int | None = None  # a participle hanging on a noun: that noun ("un modèle ... prévu pour")
    antecedent: Arg | None = None  # for a relative clause: the noun phrase it hangs on

    @property
    def start(self) -> int:
        return self.tokens[0] if self.tokens else self.head

    @property
    def end(self) -> int:
        return (self.tokens[-1] if self.tokens else self.head) + 1


# -- from a dependency parse ---------------------------------------------------------

def _is_predicate(tok: Token, names: set[int], titles: frozenset[str] = frozenset()) -> bool:
    if tok.i in names or tok.is_punct or _code_name(tok.text):
        return False  # a name the gazetteer or the NER knows is no verb ("Meta" read as "meter"), nor "X1"
    if tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm") and tok.dep_ in ("flat", "flat:name", "fixed",
                                                                                "compound"):
        return True  # a finite verb the parser glued to a name ("que Meta développe")
    if tok.dep_ in NOT_PREDICATE:
        return False
    if _verb_like(tok):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "det" and c.i < tok.i and all(
            t.pos_ in ("ADJ", "NUM") for t in tok.doc[c.i + 1:tok.i]) for c in tok.children):
        # "avait soutenu l'offre", "L'offre en discussion", "Une première offre anglaise": a noun the tagger
        # took for a verb
        return False
    if tok.pos_ == "VERB":
        # a participle used as an adjective ("des modèles fermés") is no clause of its own
        participle = tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm")
        bare = participle and not any(c.dep_ in SUBJ | OBJ | OBL | AGENT | AUX for c in tok.children)
        if participle and tok.lemma_.lower() in titles and tok.head.pos_ in ("NOUN", "PROPN"):
            return False  # "le ministre chargé des Transports": a title, no clause of its own
        if participle and tok.lemma_.lower() in NAMING:
            return _appointed(tok)  # (its post may be all it governs: "Jonas Peltar nommé ministre")
        return not bare
    if tok.pos_ == "ADJ" and any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in tok.children) \
            and any(c.dep_ in AUX for c in tok.children):
        return True  # "le bilan s'est alourdi": a pronominal verb the tagger took for an adjective
    return tok.pos_ in ("NOUN", "ADJ", "PROPN", "PRON", "NUM") and any(c.dep_ == "cop" for c in tok.children)


def _appointed(tok: Token) -> bool:
    """"Jonas Peltar, nommé vendredi", "Jonas Peltar nommé ministre": a naming participle on a
    person's name, with no name after it, puts the person in a post ("un modèle baptisé
    Behemoth", "Avocado, nommé ainsi": the name is the noun's)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.head.pos_ == "PROPN" and tok.head.ent_type_ in ("PER", "PERSON") and nxt is not None \
        and nxt.pos_ in ("NOUN", "ADP") and nxt.is_lower


def _verb_like(tok: Token) -> bool:
    """"Cyclanova repousse le lancement": a word the tagger took for an adjective or a noun,
    with a subject and a direct object of its own, is a verb; so is a participle it took for
    an adjective after the auxiliary of a compound tense (`compound_participle`)."""
    return tok.pos_ in ("ADJ", "NOUN") and tok.is_lower and tok.is_alpha \
        and any(c.dep_ in SUBJ for c in tok.children) and any(c.dep_ == "obj" for c in tok.children) \
        and not any(c.dep_ in ("det", "cop") for c in tok.children) or compound_participle(tok)


def compound_participle(tok: Token) -> bool:
    """"120 tonnes de fioul se sont échappées": a participle the tagger took for an adjective,
    with the auxiliary of a compound tense (not a copula: "sont lourdes") hanging on it."""
    return tok.pos_ == "ADJ" and tok.is_lower and tok.is_alpha and tok.lower_.endswith(PARTICIPLE_END) \
        and any(c.dep_ == "aux:tense" for c in tok.children) and not any(c.dep_ == "cop" for c in tok.children)


def _code_name(word: str) -> bool:
    """A product code ("X1", "GPT-5", "A380"): capitals or letters mixed with digits."""
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word) and word[:1].isupper()


def _owner(tok: Token, heads: set[int]) -> int | None:
    """The predicate a token belongs to: the nearest predicate among itself and its ancestors."""
    while True:
        if tok.i in heads:
            return tok.i
        if tok.head.i == tok.i:
            return None
        tok = tok.head


def _topic_dropped(doc, arg: Arg, verb: int, frames: frozenset[str] = frozenset()) -> Arg:
    """"Côté gouvernance, Arvelle a nommé...": a bare noun opening the sentence and a comma
    frame the topic; the name after the comma is the subject."""
    head = doc[arg.head]
    first = min(arg.tokens)
    if head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in head.children) \
            or first != head.sent.start:
        return arg
    comma = next((i for i in range(first + 1, verb) if doc[i].text == ","), None)
    if comma is None or comma > first + 4 or (comma <= max(arg.tokens) and head.lower_ not in frames):
        return arg  # "Meta, Google et Amazon ont...", "Meta, le géant, a...": the comma is the subject's
    names = [i for i in range(comma + 1, verb) if doc[i].pos_ == "PROPN"]
    if not names:
        return arg
    run = [names[0]]
    while run[-1] + 1 < verb and doc[run[-1] + 1].pos_ == "PROPN":
        run.append(run[-1] + 1)
    return Arg(tuple(run), run[0], None)


def _arg(tok: Token, owner: dict[int, int | None], clause: int, case_deps=("case",)) -> Arg:
    toks = sorted(t.i for t in tok.subtree if owner.get(t.i) == clause and not t.is_space)
    case = next((c for c in tok.children if c.dep_ in case_deps and c.i < tok.i), None)
    case_text = None
    if case is not None:
        case_text = " ".join(t.text for t in case.subtree).lower()
    elif tok.dep_ == "prep":
        case_text = tok.lower_
    return Arg(tuple(toks) or (tok.i,), tok.i, case_text)


INFINITIVE_ENDINGS = ("er", "ir", "re", "oir", "e")  # a French verb lemma ends so; English ones anyhow


def _lemma(tok: Token, verbs: frozenset[str] = frozenset()) -> str:
    lemma = tok.lemma_.lower() or tok.lower_
    if verbs and (tok.pos_ == "VERB" or _verb_like(tok)) and lemma not in verbs:
        # the lemmatizer took a verb for a noun ("marque" for "marquer"): the infinitive it stands for
        for cut, add in (("", "r"), ("ent", "er"), ("es", "er"), ("e", "er"), ("", "er"), ("t", "r"),
                         ("it", "ir"), ("s", "r"), ("ait", "er"), ("aient", "er"), ("é", "er"), ("ée", "er"),
                         ("és", "er"), ("ées", "er"), ("i", "ir"), ("ie", "ir"), ("is", "ir"), ("ies", "ir")):
            cand = (lemma[: -len(cut)] if cut else lemma) + add
            if lemma.endswith(cut) and cand in verbs:
                lemma = cand
                break
    if any(c.dep_ in ("expl:comp", "expl:pv", "expl") and c.lower_ in ("se", "s'", "s’") for c in tok.children):
        lemma = ("s'" if lemma[:1] in "aeéèêiouhy" else "se ") + lemma  # "s'engager", as the word lists write it
    prt = [c for c in tok.children if c.dep_ in ("prt", "compound:prt")]
    if prt:
        lemma += " " + " ".join(p.lower_ for p in prt)
    return lemma


def _tense(tok: Token, auxes: list[Token]) -> tuple[str | None, str | None]:
    mood = None
    tense = None
    for t in [*auxes, tok]:
        m = t.morph.get("Mood")
        if "Cnd" in m:
            mood = "cnd"
        elif "Sub" in m and mood is None:
            mood = "sub"
    finite = [t for t in [*auxes, tok] if "Fin" in t.morph.get("VerbForm")]
    tense_aux = [a for a in auxes if a.dep_ in ("aux:tense", "aux")]
    if tense_aux and ("Part" in tok.morph.get("VerbForm") or compound_participle(tok)):
        first = tense_aux[0]
        tense = "fut" if "Fut" in first.morph.get("Tense") else "past"
    elif finite:
        t = finite[0].morph.get("Tense")
        tense = "fut" if "Fut" in t else "past" if ("Past" in t or "Imp" in t) else "pres" if "Pres" in t else None
    elif "Inf" in tok.morph.get("VerbForm"):
        tense = "inf"
    return mood, tense


def _imperfect(tok: Token, auxes: list[Token]) -> bool:
    """A simple verb in the imparfait ("dirigeait", "utilisaient"), not a compound tense."""
    finite = [t for t in [*auxes, tok] if "Fin" in t.morph.get("VerbForm")]
    return bool(finite) and finite[0] is tok and "Imp" in tok.morph.get("Tense") and "Ind" in tok.morph.get("Mood")


def parse_clauses(sent: Span, negation: set[str], not_only: set[str], names: set[int] = frozenset(),
                  verbs: frozenset[str] = frozenset(), frames: frozenset[str] = frozenset(),
                  speech: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset(),
                  phrasal: frozenset[str] = frozenset()) -> list[Clause]:
    """Clauses of a parsed sentence, in the order of their predicates. `names`: token
    indices of known names (never predicates)."""
    doc = sent.doc
    heads = {t.i for t in sent if _is_predicate(t, names, titles)}
    owner = {t.i: _owner(t, heads) for t in sent}
    members: dict[int | None, list[int]] = {}  # the tokens of each predicate, found once
    for i, o in owner.items():
        members.setdefault(o, []).append(i)
    clauses: list[Clause] = []
    for h in sorted(heads):
        tok = doc[h]
        link = LINKS.get(tok.dep_, "embedded")
        if link in ("embedded", "acl") and "Inf" in tok.morph.get("VerbForm"):
            link = "xcomp"  # "discuté de pivoter", "un revirement : abandonner"
        parent = owner.get(tok.head.i) if tok.head.i != tok.i and tok.head.i in owner else None
        if parent == h:
            parent = None
        auxes = [c for c in tok.children if c.dep_ in AUX]
        copula = any(c.dep_ == "cop" for c in auxes)
        c = Clause(head=h, lemma="être" if copula and tok.lang_ == "fr" else "be" if copula else _lemma(tok, verbs),
                   link=link, parent=parent,
                   tokens=tuple(sorted(i for i in members.get(h, ()) if not doc[i].is_space)),
                   copula=copula, aux=tuple(a.lower_ for a in auxes if a.dep_ != "cop"))
        cop = next((a for a in auxes if a.dep_ == "cop"), None)
        c.mood, c.tense = _tense(cop if cop is not None else tok, [a for a in auxes if a.dep_ != "cop"])
        c.imperfect = _imperfect(cop if cop is not None else tok, [a for a in auxes if a.dep_ != "cop"])
        if tok.lang_ == "fr" and c.tense == "pres" and c.mood is None and not c.aux and tok.pos_ == "VERB" \
                and future_form(tok.lower_):
            c.tense = "fut"  # "nous ne vendrons pas": spaCy's present is a future
        if c.imperfect and tok.lang_ == "fr" and conditional_form((cop if cop is not None else tok).lower_):
            # spaCy tags "lancerait" as an imparfait: the ending says conditional
            c.imperfect, c.mood, c.tense = False, "cnd", "pres"
        for child in tok.children:
            dep = child.dep_
            if dep in SUBJ and child.lower_ in EUPHONIC:
                continue  # "a-t-on appris": the "t" between verb and pronoun is no one
            if dep in SUBJ and (c.subject is None or _after_colon(doc, c.subject, child)):
                # "Autre changement : le directeur financier ... quittera": the subject is after the colon
                c.subject = _topic_dropped(doc, _arg(child, owner, h), h, frames)
                c.passive = c.passive or dep in PASSIVE_SUBJ
            elif dep in AGENT:
                c.agent = _arg(child, owner, h)
            elif dep in OBJ:
                arg = _arg(child, owner, h)
                if c.objects and arg.start == c.objects[-1].end and _code_name(child.text):
                    last = c.objects[-1]  # "son robot X1": the parser split the name from its noun
                    c.objects[-1] = Arg(tuple(sorted({*last.tokens, *arg.tokens})), last.head, last.case)
                else:
                    c.objects.append(arg)
            elif child.i not in heads and (dep in OBL or (dep in LOOSE and child.pos_ in NOMINAL) or (
                    dep not in SKIP and any(t.pos_ in NOMINAL for t in child.subtree if owner.get(t.i) == h))):
                c.obliques.append(_arg(child, owner, h))  # "Lors du lancement de...": an adverb's phrase
            elif dep in ("aux:pass", "auxpass"):
                c.passive = True
            elif dep == "mark":
                c.markers += (" ".join(t.lower_ for t in child.subtree if owner.get(t.i) == h),)
        if "Pass" in tok.morph.get("Voice") and any(a.dep_ in ("aux:pass", "auxpass") for a in auxes):
            c.passive = True
        if "Part" in tok.morph.get("VerbForm") and not c.aux:
            c.participle = "present" if "Pres" in tok.morph.get("Tense") else "past"
            if c.participle == "past" and c.subject is None:
                c.passive = True  # "un modèle développé par Meta", "Lancé en avril, Llama 4...": undergone
            if tok.head.i != tok.i and tok.head.i not in heads and tok.head.pos_ in ("NOUN", "PROPN"):
                c.noun_head = tok.head.i
        if c.passive and c.objects and c.aux and not any(a.dep_ in ("aux:pass", "auxpass") for a in auxes) \
                and not any(ch.dep_ in ("aux:pass", "auxpass") for ch in tok.children):
            c.passive = False  # "Le groupe a déjà racheté le fabricant": "a" and an object, the parser's nsubj:pass aside
        c.negated = _negated(tok, negation, not_only)
        if c.passive and c.agent is None:  # "nommée ... par Acme" labelled as any oblique
            by = next((o for o in c.obliques if o.case in ("par", "by")), None)
            if by is not None:
                c.obliques.remove(by)
                c.agent = by
        if link == "relcl":
            c.relative = tok.head.i
            rel_pron = next((ch for ch in tok.children if ch.tag_ in ("WDT", "WP") or "Rel" in ch.morph.get("PronType")),
                            None)
            if rel_pron is not None:
                c.relative_role = "subject" if rel_pron.dep_ in SUBJ else "object"
                if c.subject is not None and c.subject.head == rel_pron.i:
                    c.subject = None
                c.objects = [o for o in c.objects if o.head != rel_pron.i]
        if c.subject is not None:  # a subject found past a framing topic is no oblique besides
            c.obliques = [o for o in c.obliques if not set(o.tokens) & set(c.subject.tokens)]
        if phrasal and not copula:
            _phrasal(doc, c, phrasal)
        clauses.append(c)
    clauses += _stranded_participles(sent, heads, owner, names, verbs)
    clauses.sort(key=lambda c: c.head)
    for c in clauses:
        if c.subject is not None and c.subject.start > c.head and tok_lang(doc) == "fr" and not c.passive \
                and not _inverted(doc, c):
            # a French subject stands before its verb: one after it is the object the parser mislabelled
            c.objects.insert(0, c.subject)
            c.subject = None
        if c.subject is None and c.lemma in speech and _after_its_words(doc, c, clauses):
            c.subject = c.objects.pop(0) if c.objects else _name_after(doc, c, names)  # "..., a annoncé mardi le
            # parquet de Tours": who said it ("a déclaré au Courrier national Nadia Benali": the name the parser
            # hung on the newspaper it was said to)
        if c.subject is None and _finite(doc[c.head]) and c.link not in ("relcl", "xcomp"):
            c.subject = _subject_before(doc, c, owner, names)
        if c.subject is None and c.link == "root" and c.tense == "inf":
            c.subject = _name_opening(doc, c)  # "Northgate en négociations pour racheter Arvelle": Northgate
        if c.subject is not None and doc[c.subject.tokens[0]].pos_ == "ADP":
            commas = [i for i in c.subject.tokens if doc[i].text == ","]
            rest = tuple(i for i in c.subject.tokens if commas and i > commas[-1])
            if rest:  # "Selon nos informations, Kelvia va...": Kelvia, framed
                c.subject = Arg(rest, c.subject.head if c.subject.head in rest else rest[-1], None)
    _reduced_participles(doc, clauses)
    return clauses


def _reduced_participles(doc, clauses: list[Clause]) -> None:
    """"Le commandant du porte-conteneurs échoué samedi sur le banc de la Gorre a été placé en garde
    à vue": the parser made the bare participle the main verb, and gave the verb with its auxiliary
    a name from the participle's phrase ("la Gorre") as subject, or none. The participle describes
    the subject's noun; the subject is the one who was placed in custody."""
    by_head = {c.head: c for c in clauses}
    for x in clauses:
        p = by_head.get(x.parent) if x.parent is not None else None
        if p is None or not x.aux or p.aux or p.subject is None or p.tense is not None or x.head < p.head \
                or "Part" not in doc[p.head].morph.get("VerbForm") or p.subject.end > p.head:
            continue
        inside = {i for o in p.obliques for i in o.tokens} | set(p.tokens)
        if x.subject is not None and (not set(x.subject.tokens) <= inside or x.subject.start < p.head):
            continue  # (no subject at all: "L'élection ..., prévue le 27 mars, a été reportée au 10 avril")
        x.subject, p.subject = p.subject, None
        x.link, x.parent, p.link, p.parent = "root", None, "acl", x.head
        p.participle, p.noun_head = "past", x.subject.head


def _phrasal(doc, c: Clause, phrasal: frozenset[str]) -> None:
    """A light verb and the words right after it that make one predicate ("ont mis en ligne
    des données", "a porté plainte lundi"): the phrase is the clause's lemma, and the words it
    took are no argument."""
    after = [t for t in doc[c.head + 1:min(c.head + 5, doc[c.head].sent.end)] if not t.is_space]
    for k in (3, 2, 1):
        words = after[:k]
        if len(words) == k and f"{c.lemma} {' '.join(t.lower_ for t in words)}" in phrasal:
            c.lemma = f"{c.lemma} {' '.join(t.lower_ for t in words)}"
            taken = {t.i for t in words}
            c.objects = [_without(a, taken) for a in c.objects if not set(a.tokens) <= taken]
            c.obliques = [_without(a, taken) for a in c.obliques if not set(a.tokens) <= taken]
            return


def _without(arg: Arg, taken: set[int]) -> Arg:
    """"mis fin | à son partenariat": an argument less the words the predicate took."""
    if not set(arg.tokens) & taken:
        return arg
    rest = tuple(i for i in arg.tokens if i not in taken)
    return Arg(rest, arg.head if arg.head in rest else rest[-1], arg.case)


def _name_after(doc, c: Clause, names: set[int]) -> Arg | None:
    """The first name after a speech verb, in apposition to the phrase of whom it was said to."""
    for i in sorted(c.tokens):
        if i > c.head and i in names and doc[i].dep_ == "appos":
            b = i
            while b + 1 in names:
                b += 1
            return Arg(tuple(range(i, b + 1)), i)
    return None


def _name_opening(doc, c) -> Arg | None:
    """A headline without a finite verb opens on its actor's name, the rest of the phrase
    saying what it is at ("Northgate en négociations exclusives pour racheter Arvelle")."""
    for o in list(c.obliques):
        if o.case is None and o.start == doc[c.head].sent.start and o.start < c.head and doc[o.start].pos_ == "PROPN":
            end = o.start
            while end + 1 < c.head and doc[end + 1].pos_ == "PROPN":
                end += 1
            c.obliques.remove(o)
            return Arg(tuple(range(o.start, end + 1)), end, None)
    return None


PARTICIPLE_END = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "ert", "erte")


def _stranded_participles(sent: Span, heads: set[int], owner: dict, names: set[int],
                          verbs: frozenset[str]) -> list["Clause"]:
    """"la division ... a en réalité intégré des modèles": the parser left the auxiliary
    hanging and took the participle for an adjective. A finite "a"/"est" that governs no
    verb, followed within a few words by a participle of a known verb, is that verb."""
    doc = sent.doc
    out = []
    for a in sent:
        if a.pos_ != "AUX" or a.dep_ in AUX or a.lemma_ not in ("avoir", "être") or "Fin" not in a.morph.get("VerbForm"):
            continue
        for t in doc[a.i + 1:min(a.i + 5, sent.end)]:
            if t.i in heads or t.i in names or t.is_punct:
                break
            lemma = _lemma(t, verbs) if t.pos_ == "VERB" else next(
                (t.lower_[: -len(e)] + "er" for e in PARTICIPLE_END if t.lower_.endswith(e)
                 and t.lower_[: -len(e)] + "er" in verbs), None)
            if t.lower_.endswith(PARTICIPLE_END) and lemma and lemma in verbs:
                stop = next((k for k in range(t.i + 1, sent.end) if doc[k].text in (";", ":") or doc[k].is_sent_end),
                            sent.end)
                rest = [k for k in range(t.i + 1, stop) if not doc[k].is_punct or doc[k].text == ","]
                obj_end = next((k for k in rest if doc[k].text == ","), stop)
                obj = tuple(k for k in range(t.i + 1, obj_end) if not doc[k].is_space)
                c = Clause(head=t.i, lemma=lemma, link="root", tokens=tuple(range(a.i, stop)),
                           objects=[Arg(obj, obj[0] if obj else t.i)] if obj else [], aux=(a.lower_,),
                           tense="past", participle=None)
                c.subject = _subject_before(doc, c, owner, names, first=a.i)
                heads.add(t.i)
                out.append(c)
                break
    return out


def _after_colon(doc, first: Arg, child: Token) -> bool:
    """A second subject the parser found, after a colon that closes the first: a heading-like
    lead-in ("Autre changement, et non des moindres :") before the real subject."""
    return child.i > first.end - 1 and any(doc[i].text == ":" for i in range(first.start, child.i))


def tok_lang(doc) -> str:
    return doc.lang_


def _after_its_words(doc, c: "Clause", clauses: list["Clause"]) -> bool:
    """A verb of saying after a comma that closes the words it reports, its subject put after
    it and read by the parser as its object: "..., a annoncé mardi le parquet de Tours",
    "..., a précisé l'une de ces sources". (The parser makes it the root of the sentence,
    or hangs it on the words it reports.)"""
    if c.link not in ("conj", "parataxis", "root", "advcl") or c.markers:
        return False
    if c.parent is None and not any(x.parent == c.head and x.head < c.head for x in clauses):
        return False
    obj = c.objects[0] if c.objects else None
    if obj is not None and (obj.start < c.head or any(doc[i].text in ("«", "“", '"') for i in obj.tokens)):
        return False
    before = [i for i in range(doc[c.head].sent.start, c.head) if not doc[i].is_space]
    k = len(before) - 1
    while k >= 0 and (doc[before[k]].dep_ in ("aux", "aux:tense", "aux:pass", "advmod") or doc[before[k]].pos_ == "AUX"):
        k -= 1
    return k >= 0 and doc[before[k]].text in (",", "»", "”", '"')


def _inverted(doc, c: "Clause") -> bool:
    """Subject after the verb on purpose: "a déclaré le PDG", "a-t-il dit", a question."""
    sent = doc[c.head].sent
    return sent.text.rstrip().endswith("?") or any(doc[i].text in (",", "«", "»", '"', "“", "”")
                                                   for i in range(sent.start, c.head)) and c.subject.start > c.head


CLITICS = {"se", "s'", "s’", "le", "la", "l'", "l’", "les", "lui", "leur", "y", "en", "ne", "n'", "n’", "me", "m'",
           "te", "nous", "vous"}


def _finite(tok: Token) -> bool:
    forms = tok.morph.get("VerbForm")
    if "Fin" in forms:
        return True
    return any(c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and "Fin" in c.morph.get("VerbForm")
               for c in tok.children)


def _subject_before(doc, c: Clause, owner: dict, names: set[int], first: int | None = None) -> Arg | None:
    """The parser found no subject for a finite verb: the noun phrase just before its
    verb group ("Meta prévoit", "Meta, connue pour..., navigue")."""
    if first is None:
        first = min([c.head] + [ch.i for ch in doc[c.head].children if ch.dep_ in AUX and ch.i < c.head])
    k = first - 1
    sent_start = doc[c.head].sent.start
    while k >= sent_start and (doc[k].lower_ in CLITICS or doc[k].pos_ == "ADV"):
        k -= 1
    if k < sent_start:
        return None
    tok = doc[k]
    if tok.text == ",":
        named = _name_before_apposition(doc, k, sent_start, names)
        if named is not None:
            return named
    if tok.text == ",":  # an incise: climb from its last word to the noun it hangs on
        cur = doc[k - 1] if k - 1 >= sent_start else None
        seen = 0
        while cur is not None and seen < 12:
            seen += 1
            before_comma = any(doc[j].text == "," for j in range(cur.i + 1, k))
            if before_comma and (cur.i in names or cur.pos_ in ("NOUN", "PROPN")) \
                    and not any(ch.dep_ == "case" for ch in cur.children):
                tok = cur
                break
            if cur.head.i == cur.i:
                return _name_before(doc, k, sent_start, names)
            cur = cur.head
        else:
            return _name_before(doc, k, sent_start, names)
        if tok.text == ",":
            return _name_before(doc, k, sent_start, names)
    if tok.i in names or tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "PRON" and tok.dep_ != "obj"):
        prev = doc[tok.i - 1] if tok.i > sent_start else None
        if prev is not None and prev.pos_ == "ADP" and tok.i not in names:
            return None
        # the whole name (its tokens) or the noun's own phrase, up to the incise
        stop = next((j for j in range(tok.i + 1, first) if doc[j].text == ","), first)
        toks = [t.i for t in tok.subtree if t.i < stop]
        if tok.i in names:
            a = b = tok.i
            while a - 1 in names:
                a -= 1
            while b + 1 in names:
                b += 1
            toks = list(range(a, b + 1))
            if a - 2 >= sent_start and doc[a - 1].lower_ in ("de", "d'", "d’", "du", "of") and \
                    doc[a - 2].pos_ in ("NOUN", "PROPN"):  # "la CFDT d'Arvelle ont demandé": the CFDT
                return Arg(tuple(range(a - 2, b + 1)), a - 2)
        return Arg(tuple(sorted(toks)), tok.i)
    return None


def _name_before_apposition(doc, k: int, floor: int, names: set[int]) -> Arg | None:
    """A name, then a description between commas, then the verb ("Yann LeCun, figure historique
    de la recherche chez Meta, annonce son départ"): the name, whatever the parser hung on the
    description. `k` is the comma closing the description."""
    j = k - 1
    while j > floor and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[j].text in ("(", ")", ":", ";", "«", "»", '"'):
            return None  # a clause or a quotation, not a description
        j -= 1
    if j <= floor or j == k - 1 or doc[j + 1].pos_ not in ("NOUN", "DET", "ADJ") or j - 1 not in names:
        return None
    b = a = j - 1
    while a - 1 in names:
        a -= 1
    return Arg(tuple(range(a, b + 1)), a)


def _name_before(doc, k: int, floor: int, names: set[int]) -> Arg | None:
    """Past commas and a parenthesis, the nearest name to the left (a bad parse's last
    resort: "la division de Meta, (dubbed TBD Lab), a intégré")."""
    depth = 0
    while k >= floor:
        t = doc[k]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        elif depth == 0 and k in names:
            b = k
            while k - 1 in names:
                k -= 1
            return Arg(tuple(range(k, b + 1)), k)
        elif depth == 0 and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return None  # another clause's verb: its name is its own
        k -= 1
    return None


def _negated(tok: Token, negation: set[str], not_only: set[str]) -> bool:
    """A negation word attached to the predicate (or its auxiliary), unless it restricts
    ("ne ... pas seulement", "not only")."""
    doc = tok.doc
    cands = [c for c in tok.children if c.dep_ in ("advmod", "neg", "advmod:neg", "det") or c.lower_ in negation]
    # "n'est engagée dans aucune négociation", "has no plans": the negation rides on the object
    cands += [g for c in tok.children if c.dep_ in OBJ | OBL for g in c.children
              if g.dep_ == "det" and g.lower_ in negation and g.lower_ not in ("non",)]
    for aux in (c for c in tok.children if c.dep_ in AUX):
        cands += [c for c in aux.children if c.dep_ in ("advmod", "neg")]
    for c in cands:
        if c.lower_ in negation or c.lemma_.lower() in negation:
            nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in not_only:
                continue
            if c.lower_ in ("non",) and nxt is not None and nxt.lower_ in not_only:
                continue
            if c.lower_ in ("plus", "point") and not any(
                    t.lower_ in ("ne", "n'", "n’") for t in doc[max(tok.sent.start, min(c.i, tok.i) - 4):max(c.i, tok.i)]):
                continue  # "sans plus de précisions", "plus de 500": more, not "ne ... plus"
            return True
    return False


def clause_of(clauses: list[Clause], token: int) -> Clause | None:
    """The clause whose own tokens hold `token`."""
    for c in clauses:
        if token in c.tokens or c.head == token:
            return c
    for c in clauses:  # read without a parser, a clause's subject is not among its own tokens
        if c.subject is not None and token in c.subject.tokens:
            return c
    return None


def headline_passives(clauses: list[Clause], doc, appointing: frozenset[str], people: set[int]) -> None:
    """"Jane Doe named Acme chief executive": a headline drops the passive's "is", and the
    parser reads the appointee as the one who names. A person (`people`: token indices of
    person mentions) who names only a post, no person after the verb, is the one put in it:
    the clause is a passive with no agent."""
    for c in clauses:
        verb = doc[c.head]
        if c.passive or c.aux or verb.lower_ not in appointing or c.subject is None or not c.objects:
            continue
        if c.subject.head not in people or any(i in people for o in c.objects for i in o.tokens):
            continue
        c.passive = True


def share_main_subject(clauses: list[Clause], doc, markers: frozenset[str], pronouns: frozenset[str],
                       impersonal: frozenset[str] = frozenset()) -> None:
    """"The ship was about 600 metres west of the channel when it grounded", "le navire se trouvait à
    600 mètres du chenal lorsqu'il s'est échoué": in a clause of time or cause, a subject pronoun
    stands for the subject of the clause it hangs on, named or not (not for a name mentioned
    before: the bureau whose report says so)."""
    if not markers or not pronouns:
        return
    by_head = {c.head: c for c in clauses}
    for c in clauses:
        if c.link != "advcl" or c.subject is None or len(c.subject.tokens) != 1 or c.lemma in impersonal:
            continue
        if doc[c.subject.head].lower_ not in pronouns or not {m.strip().lower() for m in c.markers} & markers:
            continue
        main = by_head.get(c.parent) if c.parent is not None else None
        if main is None or main.subject is None or main.subject.end > c.subject.start \
                or any(doc[i].lower_ in pronouns or doc[i].pos_ == "PRON" for i in main.subject.tokens) \
                or not _agree(doc[c.subject.head], doc[main.subject.head]):
            continue
        c.subject = main.subject


def _agree(pronoun, noun) -> bool:
    """A singular pronoun and a singular noun of its gender ("it" / "profits": no)."""
    if noun.morph.get("Number") or pronoun.morph.get("Gender"):  # with a tagger
        if "Plur" in noun.morph.get("Number"):
            return False
        gp, gn = pronoun.morph.get("Gender"), noun.morph.get("Gender")
        return not (gp and gn and gp != gn)
    word = noun.lower_
    return not (word.endswith("s") and not word.endswith(("ss", "us", "is")))  # (English, without a tagger)
