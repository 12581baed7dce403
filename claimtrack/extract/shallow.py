"""Clauses without a parser: verb groups, the noun phrase before and after each.

For languages whose installed pipeline has no dependency parser (English, unless
en_core_web_sm is installed). Words are classed by closed lists
(data/predicates.yaml `shallow`) and by the lemma tables of spacy-lookups-data
(which words can be verbs, which nouns); gazetteer and NER names are never verbs.
Then, left to right:

- a verb group is auxiliaries and modals, a negation, adverbs and a verb ("has not
  yet launched", "will be delayed", "to unveil"); a bare verb is finite when it can
  be (-s, -ed, an irregular past) and follows a noun phrase;
- its subject is the noun phrase just before it, its object the one just after,
  then prepositional phrases; a participle right after a noun and before a
  preposition is a modifier ("Woman Detained In Lebanon Is Not ...");
- speech frames: "X says (that) ...", "..., X says", "X: ...", "X denies (reports
  that) ..." make the content its own clause (link "content") under the speech verb;
- "to" + verb after a verb of intending is its complement (link "xcomp"); a verb
  group after "and"/"but" without a subject shares the previous one (link "conj");
  "which/who/that" + verb is a relative clause on the noun before it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span

from claimtrack.extract.clauses import Arg, Clause
from claimtrack.extract.knowledge import Words

HEADLINE_CASE = 0.6  # share of capitalised words above which a sentence is title-cased
COLON_SPEAKER_MAX = 4  # "Report: ...", "CNN: ...": words before a colon that name a speaker
PARTICLES = {"down", "up", "out", "off", "back", "over", "away", "in"}


@dataclass(frozen=True)
class Lex:
    """Word classes of one language for the shallow reader."""

    lang: str
    closed: dict[str, frozenset[str]]
    verbs: frozenset[str]
    nouns: frozenset[str]
    adjectives: frozenset[str]
    irregular: dict[str, str]  # irregular verb form -> lemma
    lookup: dict[str, str]  # form -> lemma (French)
    aux: dict[str, frozenset[str]]

    def is_(self, cls: str, word: str) -> bool:
        return word in self.closed.get(cls, ())

    def verb(self, word: str) -> tuple[str, str] | None:
        """(lemma, form) if `word` can be a verb: form is base, s, past or ing."""
        w = word.lower()
        if self.lang != "en":
            lemma = self.lookup.get(w, w)
            if lemma in self.verbs:
                form = "base" if lemma == w else "ing" if w.endswith("ant") else \
                    "past" if w.endswith(("é", "ée", "és", "ées", "i", "is", "it", "u", "us")) else "s"
                return lemma, form
            return None
        if w in self.irregular:
            return self.irregular[w], "past"
        if w in self.verbs:
            return w, "base"
        for suffix, repl, form in (("ies", "y", "s"), ("es", "e", "s"), ("es", "", "s"), ("s", "", "s"),
                                   ("ied", "y", "past"), ("ed", "e", "past"), ("ed", "", "past"),
                                   ("ing", "e", "ing"), ("ing", "", "ing")):
            if w.endswith(suffix) and len(w) > len(suffix) + 1:
                stem = w[: -len(suffix)] + repl
                if stem in self.verbs:
                    return stem, form
                if form in ("past", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in self.verbs:
                    return stem[:-1], form  # "stopped", "planning"
        return None

    def is_noun(self, word: str) -> bool:
        w = word.lower()
        if w in self.nouns:
            return True
        if self.lang == "en" and w.endswith("s") and (w[:-1] in self.nouns or (w.endswith("ies")
                                                                                   and w[:-3] + "y" in self.nouns)):
            return True
        return self.lang != "en" and self.lookup.get(w, w) in self.nouns


@functools.cache
def load_lex(lang: str, closed_key: tuple) -> Lex:
    """Lemma tables come from spacy-lookups-data (a dependency), read once per process."""
    from spacy.lookups import load_lookups
    closed = {k: frozenset(v) for k, v in closed_key}
    try:
        tables = load_lookups(lang, ["lemma_index", "lemma_exc"] if lang == "en" else ["lemma_index", "lemma_lookup"])
    except (ValueError, OSError):
        return Lex(lang, closed, frozenset(), frozenset(), frozenset(), {}, {}, {})
    idx = tables.get_table("lemma_index")
    verbs = frozenset(idx.get("verb", []))
    nouns = frozenset(idx.get("noun", []))
    adjs = frozenset(idx.get("adj", []))
    irregular: dict[str, str] = {}
    lookup: dict[str, str] = {}
    if lang == "en":
        for form, lemmas in tables.get_table("lemma_exc").get("verb", {}).items():
            irregular[form] = lemmas[0]
    else:
        lookup = dict(tables.get_table("lemma_lookup").items()) if tables.has_table("lemma_lookup") else {}
    return Lex(lang, closed, verbs, nouns, adjs, irregular, lookup, {})


def lex_for(words: Words, predicates: dict) -> Lex:
    table = (predicates.get("shallow") or {}).get(words.lang) or predicates["shallow"]["en"]
    key = tuple(sorted((k, tuple(str(w).lower() for w in v)) for k, v in table.items()))
    lex = load_lex(words.lang, key)
    return Lex(lex.lang, lex.closed, lex.verbs, lex.nouns, lex.adjectives, lex.irregular, lex.lookup,
               words.auxiliaries)


# -- token classes ------------------------------------------------------------------

NAME, NOUN, VERB, DET, PREP, PRON, AUX, MODAL, NEG, CONJ, SUB, REL, TO, ADV, NUM, PUNCT, POSS, ADJ = (
    "NAME NOUN VERB DET PREP PRON AUX MODAL NEG CONJ SUB REL TO ADV NUM PUNCT POSS ADJ".split())


@dataclass
class Tok:
    i: int  # doc index
    text: str
    low: str
    cls: str
    verb: tuple[str, str] | None


def classify(sent: Span, lex: Lex, words: Words, names: set[int]) -> list[Tok]:
    toks = [t for t in sent if not t.is_space]
    caps = [t for t in toks if t.is_alpha]
    title_case = caps and sum(1 for t in caps if t.text[:1].isupper()) / len(caps) >= HEADLINE_CASE
    aux = lex.aux
    out: list[Tok] = []
    for t in toks:
        low = t.lower_
        v = None
        if t.is_punct:
            cls = PUNCT
        elif t.i in names:
            cls = NAME
        elif t.like_num:
            cls = NUM
        elif low in lex.closed.get("possessive", ()) and out and out[-1].cls in (NAME, NOUN):
            cls = POSS
        elif low in aux.get("future", ()) or low in aux.get("conditional", ()):
            cls = MODAL
        elif any(low in aux.get(k, ()) for k in ("be", "have", "do")):
            cls = AUX
        elif low in words.negation:
            cls = NEG
        elif lex.is_("to", low) and lex.lang == "en":
            cls = TO
        elif lex.is_("relatives", low) and out and out[-1].cls in (NAME, NOUN, PUNCT):
            cls = REL
        elif lex.is_("complementizers", low):
            cls = SUB
        elif lex.is_("subordinators", low):
            cls = SUB
        elif lex.is_("conjunctions", low):
            cls = CONJ
        elif lex.is_("determiners", low):
            cls = DET
        elif lex.is_("prepositions", low):
            cls = PREP
        elif lex.is_("subject_pronouns", low):
            cls = PRON
        elif lex.is_("adverbs", low) or (low.endswith("ly") and lex.lang == "en" and not lex.is_noun(low)):
            cls = ADV
        else:
            v = lex.verb(low)
            capital = t.text[:1].isupper() and not t.is_sent_start and not title_case
            if capital and not v:
                cls = NAME
            elif v:
                cls = VERB
            elif low in lex.adjectives and not lex.is_noun(low):
                cls = ADJ
            else:
                cls = NOUN
        out.append(Tok(t.i, t.text, low, cls, v if cls == VERB else lex.verb(low) if cls == NOUN else None))
    _disambiguate(out, lex)
    return out


def _disambiguate(toks: list[Tok], lex: Lex) -> None:
    """A word that can be a verb is a noun after a determiner, a preposition or a
    possessive; a noun that can be a verb is one after a pronoun or between a name
    and a determiner; of two verbs in a row with no auxiliary, the first is a noun."""
    for k, t in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.cls == VERB and prev is not None and prev.cls in (DET, PREP, POSS, ADJ, NUM):
            if not (prev.cls == PREP and prev.low == "to" and t.verb and t.verb[1] == "base"):
                t.cls = NOUN
        elif t.cls == NOUN and t.verb is not None and prev is not None and prev.cls in (PRON, MODAL, TO) \
                and t.verb[1] in ("base", "s", "past"):
            t.cls = VERB
        if t.cls == VERB and nxt is not None and nxt.cls == VERB and t.verb and t.verb[1] == "s" \
                and prev is not None and prev.cls in (NAME, NOUN) and nxt.verb and nxt.verb[1] in ("base", "past"):
            t.cls = NOUN  # "Apple Shares Fall", "Meta Plans Stall"
    for k, t in enumerate(toks):
        if t.cls == TO and k + 1 < len(toks) and toks[k + 1].cls in (NOUN, ADJ) and toks[k + 1].verb \
                and toks[k + 1].verb[1] == "base":
            toks[k + 1].cls = VERB  # "to launch", "to release"


# -- verb groups ----------------------------------------------------------------------

@dataclass
class Group:
    start: int  # positions in the Tok list
    end: int
    head: int  # position of the main verb (or of the copula)
    lemma: str
    finite: bool
    infinitive: bool  # "to unveil"
    passive: bool
    negated: bool
    aux: tuple[str, ...]
    copula: bool
    tense: str | None


def verb_groups(toks: list[Tok], lex: Lex) -> list[Group]:
    out: list[Group] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        if t.cls not in (AUX, MODAL, TO, VERB):
            k += 1
            continue
        start = k
        aux: list[Tok] = []
        negated = False
        j = k
        while j < n and toks[j].cls in (AUX, MODAL, TO, NEG, ADV):
            if toks[j].cls == NEG:
                negated = True
            elif toks[j].cls in (AUX, MODAL, TO):
                aux.append(toks[j])
            j += 1
        verb = None
        if j < n and toks[j].cls == VERB:
            verb = j
            j += 1
            # "be expected to", "stepped down": a particle belongs to the verb
            if j < n and toks[j].low in PARTICLES and lex.lang == "en":
                j += 1
        if verb is None and not aux:
            k += 1
            continue
        if verb is None:
            # a copula or an auxiliary alone: "is not the wife", "is to"
            be = [a for a in aux if a.low in lex.aux.get("be", ())]
            if not be:
                k = j
                continue
            head = toks.index(be[-1]) if False else start + [x.i for x in toks[start:j]].index(be[-1].i)
            out.append(Group(start, j, head, "be", True, False, False, negated, tuple(a.low for a in aux),
                             True, _tense(aux, None, lex)))
            k = j
            continue
        vt = toks[verb]
        lemma = vt.verb[0] if vt.verb else vt.low
        if verb + 1 < j and toks[verb + 1].low in PARTICLES:
            lemma = f"{lemma} {toks[verb + 1].low}"
        infinitive = bool(aux) and aux[-1].cls == TO
        passive = any(a.low in lex.aux.get("be", ()) for a in aux) and vt.verb is not None and vt.verb[1] == "past"
        finite = bool([a for a in aux if a.cls in (AUX, MODAL)]) or (vt.verb is not None and vt.verb[1] in
                                                                   ("s", "past", "base"))
        if infinitive and not [a for a in aux if a.cls in (AUX, MODAL)]:
            finite = False
        out.append(Group(start, j, verb, lemma, finite, infinitive, passive, negated,
                         tuple(a.low for a in aux if a.cls != TO), False, _tense(aux, vt, lex)))
        k = j
    return out


def _tense(aux: list[Tok], verb: Tok | None, lex: Lex) -> str | None:
    lows = [a.low for a in aux]
    if any(w in lex.aux.get("future", ()) for w in lows):
        return "fut"
    if any(w in ("was", "were", "had", "did") for w in lows):
        return "past"
    if any(w in ("has", "have") for w in lows) and verb is not None:
        return "past"
    if verb is not None and verb.verb and verb.verb[1] == "past" and not aux:
        return "past"
    if aux and aux[-1].cls == TO:
        return "inf"
    return "pres" if verb is not None or aux else None


# -- clauses --------------------------------------------------------------------------

NP_CLASSES = {NAME, NOUN, DET, ADJ, NUM, POSS, PRON}


def _np_left(toks: list[Tok], end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending just before position `end` (not before `floor`), with an
    "of" chain and a participle modifier: "the wife of ISIS leader", "Woman Detained In Lebanon"."""
    k = end - 1
    while k >= floor and toks[k].cls in (ADV,):
        k -= 1
    if k < floor or toks[k].cls not in NP_CLASSES | {VERB}:
        return None
    right = k + 1
    while k >= floor:
        c = toks[k].cls
        if c in NP_CLASSES:
            k -= 1
        elif c == PREP and toks[k].low in ("of", "de", "du", "des", "d'", "d’", "in", "from", "at") and k - 1 >= floor \
                and toks[k - 1].cls in NP_CLASSES | {VERB}:
            k -= 1
        elif c == VERB and toks[k].verb and toks[k].verb[1] in ("past", "ing") and k - 1 >= floor \
                and toks[k - 1].cls in (NAME, NOUN):
            k -= 1  # a participle modifier
        elif c == PUNCT and toks[k].text in ("'", "’", "-") and k - 1 >= floor:
            k -= 1
        else:
            break
    left = k + 1
    # a subject does not start with a preposition's object: "In Lebanon, police arrested..."
    while left < right and toks[left].cls in (PREP,):
        left += 1
    if left >= right:
        return None
    return left, right


def _np_right(toks: list[Tok], start: int, stop: int) -> tuple[int, int] | None:
    k = start
    while k < stop and toks[k].cls == ADV:
        k += 1
    begin = k
    while k < stop and (toks[k].cls in NP_CLASSES or (toks[k].cls == PUNCT and toks[k].text in ("-", "'", "’"))
                        or (toks[k].cls == PREP and toks[k].low in ("of", "de", "d'", "d’") and k + 1 < stop
                            and toks[k + 1].cls in NP_CLASSES)):
        k += 1
    return (begin, k) if k > begin else None


def _head(toks: list[Tok], a: int, b: int) -> int:
    """The head of a noun phrase: its last noun or name before an "of" or a participle."""
    head = a
    for k in range(a, b):
        if toks[k].cls == PREP or (toks[k].cls == VERB and k > a):
            break
        if toks[k].cls in (NAME, NOUN, PRON, NUM):
            head = k
    return head


def _arg(toks: list[Tok], a: int, b: int, case: str | None = None) -> Arg:
    return Arg(tuple(toks[k].i for k in range(a, b)), toks[_head(toks, a, b)].i, case)


class _Reader:
    def __init__(self, toks: list[Tok], groups: list[Group], lex: Lex, words: Words):
        self.toks, self.groups, self.lex, self.words = toks, groups, lex, words
        self.clauses: list[Clause] = []

    def region(self, a: int, b: int, parent: int | None, link: str, markers: tuple[str, ...] = ()) -> None:
        """Read the clauses of toks[a:b]."""
        groups = [g for g in self.groups if a <= g.head < b]
        if not groups:
            return
        speaker_tail = self._tail_speech(a, b, groups)
        if speaker_tail is not None:
            comma, g = speaker_tail
            head = self._clause(a, b, g, comma + 1, parent, link, markers, subject_floor=comma + 1)
            self.region(a, comma, head, "content")
            return
        colon = self._colon_speaker(a, b, groups)
        if colon is not None:
            head = colon
            self.region(self._after_colon(a, b), b, head, "content")
            return
        first = self._main(groups, a)
        if first is None:
            return
        floor = self._floor(a, first.start)
        head = self._clause(a, b, first, floor, parent, link, markers, subject_floor=floor)
        rest = [g for g in groups if g.start >= first.end]
        self._continue(first, head, rest, b)

    def _floor(self, a: int, verb_start: int) -> int:
        """Where a subject may start: after a leading adverbial ended by a comma."""
        floor = a
        for k in range(a, verb_start):
            if self.toks[k].cls == PUNCT and self.toks[k].text in (",", ";", ":", "—", "–", "«", "“", "\""):
                floor = k + 1
            elif self.toks[k].cls in (SUB, REL, CONJ):
                floor = k + 1
        return floor

    def _main(self, groups: list[Group], a: int) -> Group | None:
        for g in groups:
            if self._modifier(g):
                continue
            if g.finite or g.infinitive or g.copula:
                return g
        return None

    def _modifier(self, g: Group) -> bool:
        """A bare participle right after a noun, followed by a preposition, with a
        finite verb later: "Woman Detained In Lebanon Is ..."."""
        t = self.toks
        if g.aux or not (t[g.head].verb and t[g.head].verb[1] in ("past", "ing")):
            return False
        if g.start == 0 or t[g.start - 1].cls not in (NAME, NOUN):
            return False
        later = [x for x in self.groups if x.start > g.end and (x.aux or x.copula or
                                                                (t[x.head].verb and t[x.head].verb[1] == "s"))]
        return bool(later) and g.end < len(t) and t[g.end].cls in (PREP, NAME, NOUN)

    def _tail_speech(self, a: int, b: int, groups: list[Group]) -> tuple[int, Group] | None:
        """"..., Iraq says", "..., officials said on Monday": the last comma, a short noun
        phrase and a speech verb ending the region."""
        t = self.toks
        commas = [k for k in range(a, b) if t[k].text == ","]
        if not commas:
            return None
        comma = commas[-1]
        g = next((g for g in groups if g.start > comma), None)
        if g is None or g.lemma not in self.words.speech | self.words.denial:
            return None
        between = [k for k in range(comma + 1, g.start) if t[k].cls not in (ADV,)]
        if len(between) > 6:
            return None
        after = [k for k in range(g.end, b) if t[k].cls not in (PUNCT,)]
        if len(after) > 6:
            return None
        if not [gg for gg in groups if gg.end <= comma]:
            return None
        return comma, g

    def _colon_speaker(self, a: int, b: int, groups: list[Group]) -> int | None:
        t = self.toks
        colon = next((k for k in range(a, b) if t[k].text == ":"), None)
        if colon is None or colon - a > COLON_SPEAKER_MAX or colon == a:
            return None
        if any(g.start < colon for g in groups):
            return None
        if not any(g.start > colon for g in groups):
            return None
        subj = _arg(t, a, colon)
        c = Clause(head=t[colon - 1].i, lemma="say", link="root", tokens=tuple(x.i for x in t[a:colon + 1]),
                   subject=subj)
        self.clauses.append(c)
        return c.head

    def _after_colon(self, a: int, b: int) -> int:
        return next(k for k in range(a, b) if self.toks[k].text == ":") + 1

    def _clause(self, a: int, b: int, g: Group, floor: int, parent: int | None, link: str,
                markers: tuple[str, ...], subject_floor: int) -> int:
        t = self.toks
        subj = None
        if link not in ("conj", "xcomp") or g.finite:
            np = _np_left(t, g.start, max(a, subject_floor))
            if np is not None:
                subj = _arg(t, *np)
        stop = self._arg_stop(g.end, b)
        objects: list[Arg] = []
        obliques: list[Arg] = []
        k = g.end
        while k < stop:
            if t[k].cls == PREP or (t[k].cls == TO and k + 1 < stop and t[k + 1].cls != VERB):
                np = _np_right(t, k + 1, stop)
                if np is None:
                    k += 1
                    continue
                obliques.append(_arg(t, k, np[1], t[k].low))
                k = np[1]
            elif t[k].cls in NP_CLASSES and not objects and not obliques:
                np = _np_right(t, k, stop)
                if np is None:
                    k += 1
                    continue
                objects.append(_arg(t, *np))
                k = np[1]
            else:
                k += 1
        agent = next((o for o in obliques if o.case == "by"), None) if g.passive else None
        if agent is not None:
            obliques.remove(agent)
        lo = subj.tokens[0] if subj else t[g.start].i
        own_end = t[stop - 1].i + 1 if stop > g.end else t[g.end - 1].i + 1
        tokens = tuple(x.i for x in t if lo <= x.i < own_end)
        c = Clause(head=t[g.head].i, lemma=g.lemma, link=link, parent=parent, tokens=tokens, subject=subj,
                   objects=objects, obliques=obliques, agent=agent, passive=g.passive, copula=g.copula,
                   negated=g.negated, markers=markers, tense=g.tense, aux=g.aux,
                   mood="cnd" if any(x in self.lex.aux.get("conditional", ()) for x in g.aux) else None)
        if link == "relcl" and parent is not None:
            c.relative, c.relative_role = parent, "subject" if subj is None else "object"
        self.clauses.append(c)
        return c.head

    def _arg_stop(self, k: int, b: int) -> int:
        t = self.toks
        while k < b:
            if t[k].cls in (SUB, REL, CONJ) or (t[k].cls == PUNCT and t[k].text in (",", ";", ":", "—", "–")):
                return k
            if t[k].cls in (AUX, MODAL) or (t[k].cls == VERB and not (t[k].verb and t[k].verb[1] in ("past",
                                                                                                    "ing")
                                                                      and t[k - 1].cls in (NAME, NOUN))):
                return k
            if t[k].cls == TO and k + 1 < b and t[k + 1].cls == VERB:
                return k
            k += 1
        return b

    def _continue(self, prev: Group, prev_head: int, rest: list[Group], b: int) -> None:
        """Clauses after the first: content of a speech verb, an infinitive complement, a
        coordinated verb, a relative or subordinate clause."""
        t = self.toks
        speech = prev.lemma in self.words.speech | self.words.denial
        for g in rest:
            if self._modifier(g) or g.start < prev.end:
                continue
            between = t[prev.end:g.start]
            lows = [x.low for x in between]
            if speech and (any(x.cls == SUB and x.low in self.lex.closed.get("complementizers", ()) for x in between)
                           or (g.finite and not any(x.cls == PUNCT and x.text == "." for x in between))):
                start = next((k for k in range(prev.end, g.start) if t[k].cls == SUB), prev.end)
                self.region(start + 1 if t[start].cls == SUB else self._content_start(prev, g), b, prev_head,
                            "content")
                return
            if g.infinitive and not g.finite and (not between or all(x.cls in (ADV, NEG) for x in between)
                                                  or prev.lemma in {w for ws in self.words.control.values()
                                                                    for w in ws}):
                head = self._clause(g.start, b, g, g.start, prev_head, "xcomp", (), g.start)
                prev, prev_head, speech = g, head, False
                continue
            if between and between[0].cls == CONJ or (between and between[-1].cls == CONJ):
                np = _np_left(t, g.start, prev.end)
                link = "conj"
                head = self._clause(prev.end, b, g, prev.end, prev_head, link, (), prev.end if np else g.start)
                prev, prev_head, speech = g, head, g.lemma in self.words.speech | self.words.denial
                continue
            rel = next((x for x in between if x.cls == REL), None)
            if rel is not None and g.finite:
                head = self._clause(prev.end, b, g, prev.end, prev_head, "relcl", (rel.low,),
                                    t.index(rel) + 1)
                continue
            sub = next((x for x in between if x.cls == SUB), None)
            if sub is not None and g.finite:
                floor = t.index(sub) + 1
                head = self._clause(floor, b, g, floor, prev_head, "advcl", (sub.low,), floor)
                prev, prev_head = g, head
                continue
            if g.finite:
                floor = self._floor(prev.end, g.start)
                head = self._clause(floor, b, g, floor, prev_head, "parataxis", (), floor)
                prev, prev_head, speech = g, head, g.lemma in self.words.speech | self.words.denial

    def _content_start(self, prev: Group, g: Group) -> int:
        """Where the content of a speech verb starts when no "that" says so: after its
        object ("told Reuters", "denies reports")."""
        t = self.toks
        k = prev.end
        while k < g.start and t[k].cls in (NAME, DET, PREP) and not (t[k].cls == NOUN):
            k += 1
        if k < g.start and t[k].low in self.lex.closed.get("speech_nouns", ()):
            k += 1
            while k < g.start and t[k].cls in (SUB, PREP):
                k += 1
            return k
        np = _np_left(t, g.start, k)
        return np[0] if np else k


def shallow_clauses(sent: Span, words: Words, lex: Lex | None = None, names: set[int] | None = None) -> list[Clause]:
    """Clauses of a sentence read without a parser."""
    if lex is None:
        from claimtrack import lexicon
        lex = lex_for(words, lexicon.load("predicates"))
    if names is None:
        names = {i for m in sent.doc.spans.get("mentions", []) if sent.start <= m.start < sent.end
                 for i in range(m.start, m.end)}
    toks = classify(sent, lex, words, names)
    groups = verb_groups(toks, lex)
    reader = _Reader(toks, groups, lex, words)
    reader.region(0, len(toks), None, "root")
    return sorted(reader.clauses, key=lambda c: c.head)
