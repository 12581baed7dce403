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
from dataclasses import dataclass, replace

from spacy.tokens import Span

from claimtrack.extract.clauses import NAMING, RECIPIENT_VERBS, Arg, Clause
from claimtrack.extract.knowledge import Words

HEADLINE_CASE = 0.6  # share of capitalised words above which a sentence is title-cased
COLON_SPEAKER_MAX = 4  # "Report: ...", "CNN: ...": words before a colon that name a speaker
OBJECT_CONTROL_GAP = 6  # words between "ordered" and "to pay": the object that pays
BASE_FIRST = {"lay"}
PLURAL_NOUNS = {"police", "people", "staff", "personnel", "cattle", "crew", "media", "public"}  # "Police arrest"
COPULAR = {"remain", "stay", "become", "seem", "appear", "look", "sound", "prove", "turn", "grow", "get"}  # "to lay off" before "lay", the past of "lie"
PARTICLES = {"down", "up", "out", "off", "back", "away", "aground", "ashore"}  # "ran aground": one predicate


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
    verb_prior: dict[str, float] = None  # word -> share of verb uses (data/en_verb_prior.tsv)
    speech: frozenset[str] = frozenset()  # verbs of saying (they may close a headline)
    common: frozenset[str] = frozenset()  # the language's common words (data/en_common_words.txt)

    def in_dictionary(self, word: str) -> bool:
        """Is this a word of the language's dictionary, inflected forms included ("mauvaise"),
        not only a common one? (Not any string the model's vectors hold: "acme" is there.)"""
        w = word.lower()
        return self.known(w) or w in self.lookup or w in self.adjectives or self.is_noun(w)

    def known(self, word: str) -> bool:
        """Is this a common word of the language (not a name such as "Acme", "Orbix")?"""
        w = word.lower()
        if self.common:
            return w in self.common or any(w in ws for ws in self.closed.values())
        return self.verb(w) is not None or self.is_noun(w) or w in self.adjectives or \
            any(w in ws for ws in self.closed.values())

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
        if w in self.irregular and w not in BASE_FIRST:
            lemma = self.irregular[w]  # "ran", "running", "has": spaCy's exceptions list every form
            form = "ing" if w.endswith("ing") and not lemma.endswith("ing") else \
                "s" if w.endswith("s") and not lemma.endswith("s") and not w.endswith("ss") else "past"
            return lemma, form
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
        if w.startswith("re") and len(w) > 6 and w[2] != "-":
            again = self.verb(w[2:])  # "reconnected", "reopens": a verb done again is a verb
            if again is not None:
                return "re" + again[0], again[1]
        return None

    def is_noun(self, word: str) -> bool:
        w = word.lower()
        if w in self.nouns:
            return True
        if self.lang == "en" and w.endswith("s") and (w[:-1] in self.nouns or (w.endswith("ies")
                                                                                   and w[:-3] + "y" in self.nouns)):
            return True
        return self.lang != "en" and self.lookup.get(w, w) in self.nouns


def _common_words(lang: str) -> frozenset[str]:
    from claimtrack.lexicon import DATA_DIR
    path = DATA_DIR / f"{lang}_common_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if not w.startswith("#"))


def _verb_prior(lang: str) -> dict[str, float]:
    from claimtrack.lexicon import DATA_DIR
    path = DATA_DIR / f"{lang}_verb_prior.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, share = line.split("\t")
            out[word] = float(share)
    return out


class _Lemmas:
    """A spaCy lookup table read by word (its keys are hashes: a plain dict of its items
    cannot be read by word)."""

    def __init__(self, table):
        self.table = table

    def get(self, word: str, default=None):
        v = self.table.get(word)
        if isinstance(v, list):
            v = v[0] if v else None
        return v or default

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def values(self):
        for v in self.table.values():
            v = v[0] if isinstance(v, list) and v else v
            if v:
                yield v


@functools.cache
def load_lex(lang: str, closed_key: tuple) -> Lex:
    """Lemma tables come from spacy-lookups-data (a dependency), read once per process."""
    from spacy.lookups import load_lookups
    closed = {k: frozenset(v) for k, v in closed_key}
    try:
        tables = load_lookups(lang, ["lemma_index", "lemma_exc"] if lang == "en" else ["lemma_index", "lemma_lookup"])
    except (ValueError, OSError):
        return Lex(lang, closed, frozenset(), frozenset(), frozenset(), {}, {}, {}, {}, frozenset(), frozenset())
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
        lookup = _Lemmas(tables.get_table("lemma_lookup")) if tables.has_table("lemma_lookup") else {}
        # the index misses common verbs ("intégrer"): a lemma many forms point to, with a verb's ending
        forms: dict[str, int] = {}
        for lemma in lookup.values():
            if lemma.endswith(("er", "ir", "re", "oir")):
                forms[lemma] = forms.get(lemma, 0) + 1
        verbs = verbs | {lemma for lemma, n in forms.items() if n >= 4}
    return Lex(lang, closed, verbs, nouns, adjs, irregular, lookup, {}, _verb_prior(lang), frozenset(),
               _common_words(lang))


@functools.cache
def _any_calendar() -> frozenset[str]:
    return _calendar_names("en") | _calendar_names("fr")


def _calendar_names(lang: str) -> frozenset[str]:
    """Month and weekday names (data/times.yaml): "to March" is a date, not "to march"."""
    from claimtrack.extract.times.words import words as time_words
    tw = time_words(lang)
    return frozenset(str(w).lower() for table in (tw.months, tw.weekdays) for w in table)


def lex_for(words: Words, predicates: dict) -> Lex:
    table = (predicates.get("shallow") or {}).get(words.lang) or predicates["shallow"]["en"]
    key = tuple(sorted((k, tuple(str(w).lower() for w in v)) for k, v in table.items()))
    lex = load_lex(words.lang, key)
    closed = {**lex.closed, "calendar": _calendar_names(words.lang)}
    return Lex(lex.lang, closed, lex.verbs, lex.nouns, lex.adjectives, lex.irregular, lex.lookup,
               words.auxiliaries, lex.verb_prior or {}, words.speech | words.denial, lex.common)


# -- token classes ------------------------------------------------------------------

NAME, NOUN, VERB, DET, PREP, PRON, AUX, MODAL, NEG, CONJ, SUB, REL, TO, ADV, NUM, PUNCT, POSS, ADJ = (
    "NAME NOUN VERB DET PREP PRON AUX MODAL NEG CONJ SUB REL TO ADV NUM PUNCT POSS ADJ".split())
DATE = "DATE"  # a month or weekday name while classifying: a noun that is never a verb


@dataclass
class Tok:
    i: int  # doc index
    text: str
    low: str
    cls: str
    verb: tuple[str, str] | None
    reduced: bool = False  # a past participle right after its noun ("passengers hit by the grounding")


def classify(sent: Span, lex: Lex, words: Words, names: set[int]) -> list[Tok]:
    toks = [t for t in sent if not t.is_space]
    caps = [t for t in toks if t.is_alpha]
    title_case = caps and sum(1 for t in caps if t.text[:1].isupper()) / len(caps) >= HEADLINE_CASE
    aux = lex.aux
    out: list[Tok] = []
    for t in toks:
        low = t.lower_
        v = None
        if t.is_punct and t.text not in ("%", "‰"):  # "an 8% cut": the sign is part of the figure
            cls = PUNCT
        elif t.i in names:
            cls = NAME
        elif t.like_num or t.text in ("%", "‰"):
            cls = NUM
        elif low in lex.closed.get("possessive", ()) and out and out[-1].cls not in (PRON, PUNCT) \
                and out[-1].low not in ("that", "there", "what", "who", "here", "it", "he", "she", "let"):
            cls = POSS  # "Doctor's", "Apple's" (but "it's", "that's" are verbs)
        elif low in lex.closed.get("time_adjectives", ()) and t.i + 1 < len(t.doc) and (
                t.doc[t.i + 1].lower_ in lex.closed.get("time_nouns", ())
                or t.doc[t.i + 1].lower_ in lex.closed.get("calendar", ())):
            cls = ADJ  # "last month", "next Tuesday"
        elif low in lex.closed.get("calendar", ()) and t.text[:1].isupper() and (
                (not title_case and not t.is_sent_start) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num)
                or (out and (out[-1].cls in (PREP, TO) or out[-1].low in lex.closed.get("prepositions", ())))):
            cls = DATE  # "slipped to March", "until May": a date, not a verb or a modal
        elif low in aux.get("future", ()) or low in aux.get("conditional", ()) or low in aux.get("obligation", ()):
            cls = MODAL
        elif any(low in aux.get(k, ()) for k in ("be", "have", "do")):
            cls = AUX
        elif low in words.negation:
            cls = NEG
        elif low == "yet" and out and out[-1].cls == NEG:
            cls = ADV  # "has not yet approved": an adverb of the negation, no conjunction
        elif low in lex.closed.get("control_adjectives", ()) and t.i + 2 < len(t.doc) \
                and lex.is_("to", t.doc[t.i + 1].lower_) and (lex.verb(t.doc[t.i + 2].lower_) or ("", ""))[1] == "base":
            cls, v = VERB, (low, "past")  # "is due to publish": a plan, no preposition "due to"
            out.append(Tok(t.i, t.text, low, cls, v))
            continue
        elif lex.is_("to", low) and lex.lang == "en" and not (out and out[-1].low in lex.closed.get("fixed_prepositions", ())
                                                              and out[-1].cls != VERB):
            cls = TO
        elif low in lex.closed.get("fixed_prepositions", ()) and t.i + 1 < len(t.doc) and \
                lex.is_("prepositions", t.doc[t.i + 1].lower_) or (low == "to" and out and out[-1].cls == PREP
                                                                  and out[-1].low in lex.closed.get("fixed_prepositions", ())):
            cls = PREP  # "according to reports": one preposition, no verb "accord" and no "to report"
        elif t.i + 1 < len(t.doc) and f"{low} {t.doc[t.i + 1].lower_}" in lex.closed.get("noun_compounds", ()):
            cls = ADJ  # "approach to open source": no infinitive
        elif lex.is_("determiners", low) and out and out[-1].cls == PREP:
            cls = DET  # "member of that family": after a preposition, "that" points, it opens no clause
        elif lex.is_("relatives", low) and out and (out[-1].cls in (NAME, NOUN, PUNCT) or _noun_before_relative(
                out, t, lex)):
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
            camel = any(ch.isupper() for ch in t.text[1:]) and not t.text.isupper()
            if t.text[:1].isupper() and t.is_alpha and (camel or not lex.known(low)) and len(t.text) > 1:
                cls = NAME  # "Orbix", "FreshMart": no word of the language
            elif capital and (not v or not (out and out[-1].text in (":", '"', "“", "«", "—", "–", "-", "(", "‘", "'"))):
                cls = NAME  # mid-sentence, a capital makes a name ("Polish group Medifarm", "Sue Gray"), not a verb
            elif v:
                cls = VERB
            elif low in lex.adjectives and not lex.is_noun(low):
                cls = ADJ
            else:
                cls = NOUN
        if cls == DATE:
            cls = NOUN
            out.append(Tok(t.i, t.text, low, cls, None))
            continue
        out.append(Tok(t.i, t.text, low, cls, v if cls == VERB else lex.verb(low) if cls == NOUN else None))
    _ordinal_adverbs(out)
    _disambiguate(out, lex)
    return out


def _noun_before_relative(out: list[Tok], t, lex: Lex) -> bool:
    """"the ransomware attack that crippled the hospital": a word that can be a verb, read as one
    so far, is the noun a relative clause hangs on when a determiner opens its phrase and a past
    form follows "that" (not "the company reports that revenue rose")."""
    if out[-1].cls != VERB or not lex.is_noun(out[-1].low) or lex.lang != "en":
        return False
    before = next((x for x in reversed(out[:-1]) if x.cls not in (NOUN, ADJ, NAME)), None)
    if before is None or before.cls != DET:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    form = lex.verb(nxt.lower_) if nxt is not None else None
    return (form is not None and form[1] == "past") or (nxt is not None and nxt.lower_ in lex.aux.get("have", ()))


ORDINAL_ADVERBS = frozenset({"first", "once", "twice"})


def _ordinal_adverbs(toks: list[Tok]) -> None:
    """"Meta first released Llama in 2023", "Management first offered 2.5%": an ordinal between
    a subject and a verb's past or -s form says when, it counts nothing."""
    for k in range(1, len(toks) - 1):
        t, after = toks[k], toks[k + 1]
        if t.cls == NUM and t.low in ORDINAL_ADVERBS and toks[k - 1].cls in (NOUN, NAME, PRON) \
                and after.verb is not None and after.verb[1] in ("past", "s"):
            t.cls = ADV


def verbness(toks: list[Tok], k: int, lex: Lex, nouns: set[int] = frozenset()) -> float:
    """How likely token k, which can be a verb, is one here: the word's own habit (its
    Brown cluster, data/en_verb_prior.tsv) and what stands around it. Above 0: a verb."""
    t = toks[k]
    v = t.verb
    if v is None:
        return -9.0
    prior = (lex.verb_prior or {}).get(t.low)
    if prior is None:
        prior = 0.35 if lex.is_noun(t.low) else 0.9
    score = 2 * prior - 1
    prev = _as_noun(toks[k - 1], k - 1 in nouns) if k else None
    nxt = _as_noun(toks[k + 1], k + 1 in nouns) if k + 1 < len(toks) else None
    if prev is None or (prev.cls == PUNCT and prev.text in (":", "'", "‘", "\"", "“")):
        score -= 0.6
    elif prev.cls in (DET, POSS, ADJ, NUM) or (prev.cls == PREP and prev.low != "to"):
        score -= 2.5
    elif prev.cls in (MODAL, AUX, TO, NEG, PRON) or (prev.cls == ADV and k > 1 and toks[k - 2].cls in (AUX, MODAL)):
        score += 2.5
    elif prev.cls in (NAME, NOUN) and v[1] in ("s", "past"):
        score += 1.0
    elif prev.cls in (NAME, NOUN) and v[1] == "base":
        score += 0.9 if prev.cls == NOUN and (prev.low.endswith("s") or prev.low in PLURAL_NOUNS) else -0.3
    elif prev.cls == ADV:
        score += 0.4
    elif prev.cls == VERB:
        score -= 1.0
    if v[1] == "past" and nxt is not None and nxt.low == "by" and prev is not None and prev.cls == NOUN:
        score -= 3.0  # "sensors bought by carmakers": a participle on its noun, not the sentence's verb
    if v[1] == "past" and nxt is not None and nxt.cls == NOUN and prev is not None and prev.cls in (CONJ, DET, ADJ, POSS):
        score -= 2.0  # "open and closed models", "the revised plan": an adjective before its noun
    if v[1] == "ing" and nxt is not None and nxt.cls == NOUN and k + 2 < len(toks) and toks[k + 2].verb \
            and toks[k + 2].verb[1] in ("s", "past") and toks[k + 2].cls in (VERB, NOUN):
        score -= 2.0  # "Q3 operating profit jumps 32%": an -ing word naming the noun whose verb follows
    if v[1] == "ing" and (prev is None or prev.cls not in (AUX,)):
        score -= 0.2 if prev is not None and prev.cls == NAME else 1.2  # "Lila Crane retiring from..."
    if v[0] in COPULAR and nxt is not None and (nxt.cls == ADJ or (nxt.verb and nxt.verb[1] == "past")):
        score += 1.5  # "Meta remains committed to...", "Orbix stays silent"
    if nxt is not None and nxt.text == "," and k + 2 < len(toks) and toks[k + 2].cls == REL:
        score -= 2.0  # "Arvelle shares, which jumped...": the noun a relative clause hangs on
    if nxt is not None and nxt.cls == PRON and k + 2 < len(toks) and toks[k + 2].verb is not None \
            and prev is not None and prev.cls in (NAME, ADJ, DET, NOUN):
        score -= 2.5  # "the Llama models it gave away": a noun, then a relative clause without "that"
    if nxt is not None and nxt.verb and nxt.verb[0] in SAYING and nxt.verb[1] in ("s", "past", "base") \
            and v[1] == "s" and lex.is_noun(t.low):
        score -= 2.5  # "government sources said", "officials say": the speakers, then their verb
    if nxt is not None:
        if nxt.cls in (DET, NAME, NUM, PRON, POSS):
            score += 0.7
        elif nxt.cls in (PREP, NOUN, ADJ, ADV):
            score += 0.3
        elif nxt.cls == VERB and nxt.verb and nxt.verb[1] in ("s", "past"):
            score -= 1.0  # "Apple Shares Fall": this one names, the next one acts
        elif nxt.cls in (AUX, MODAL) and not (v[1] == "past" and nxt.low == "being"):
            score -= 2.0  # "Northgate shares were little changed": the subject before its verb
            # (but "Lanyue denied being in talks": a verb, then its gerund)
    return score


SAYING = frozenset({"say", "tell", "add"})  # verbs of saying a plural noun's -s form stands before


def _as_noun(t: Tok, noun: bool) -> Tok:
    return Tok(t.i, t.text, t.low, NOUN, t.verb) if noun else t


def _disambiguate(toks: list[Tok], lex: Lex) -> None:
    """Noun or verb. A word after an auxiliary, a modal, "to" or a pronoun is a verb;
    of the other words that can be verbs, each stretch between clause breaks keeps the
    one that `verbness` rates highest ("Eastmoor tap water contains...": contains), the
    others are nouns; "have no plans to" governs the verb after it."""
    forced = set()
    for k, t in enumerate(toks):
        if t.verb is None or t.cls not in (VERB, NOUN, ADJ):
            continue
        prev = toks[k - 1] if k else None
        if t.verb[1] in ("s", "past") and prev is not None and k + 2 < len(toks) \
                and (prev.cls in (NOUN, NAME) or (prev.cls == VERB and k >= 2 and toks[k - 2].cls in (DET, POSS))) \
                and toks[k + 1].cls == TO and (toks[k + 2].cls == AUX or (toks[k + 2].verb is not None
                                                                          and toks[k + 2].verb[1] == "base")) \
                and (k < 2 or toks[k - 2].cls != POSS):
            t.cls = VERB  # "The company expects to be back", "Meta plans to launch": a verb governing "to"
            forced.add(k)  # (not "Meta's plans to launch": a noun after its owner)
            continue
        j = k - 1
        while j >= 0 and toks[j].cls in (ADV, NEG):
            j -= 1
        gov = toks[j] if j >= 0 else None
        if gov is None or gov.cls not in (AUX, MODAL, TO, PRON):
            continue
        if gov.cls == AUX and gov.low in lex.aux.get("be", ()) and t.verb[1] not in ("past", "ing"):
            continue  # "is fake", "is safe": a complement, not a verb
        if gov.cls == PRON and prev is not gov:
            continue
        if gov.cls == TO and t.verb[1] != "base":
            continue  # "moving to closed models": no infinitive
        t.cls = VERB
        forced.add(k)
    start = 0
    for k in range(len(toks) + 1):
        brk = k == len(toks) or (toks[k].cls in (PUNCT, CONJ, SUB, REL) and toks[k].text not in ("-", "'", "’"))
        if not brk:
            continue
        lone = [j for j in range(start, k) if toks[j].cls == AUX and toks[j].low in lex.aux.get("have", ()) | lex.aux.get("be", ())
                and j + 1 < k and toks[j + 1].cls in (DET, NOUN, NAME, NUM, ADJ, PREP, POSS)]
        first_forced = min([j for j in forced if start <= j < k] + lone, default=None)
        opener = toks[start - 1] if start > 0 else None
        prepish = opener is not None and opener.cls == SUB and lex.is_("prepositions", opener.low)
        cands = [j for j in range(start, k) if toks[j].verb is not None and toks[j].cls in (VERB, NOUN)
                 and j not in forced and (first_forced is None or j < first_forced)]
        # each candidate judged as the verb of its stretch, the others read as nouns
        scores = {j: verbness(toks, j, lex, set(cands) - {j}) for j in cands}
        last = max((j for j in range(start, k) if toks[j].cls != PUNCT), default=None)
        for j in cands:  # "announced 1,800 job cuts": a count, a noun, then the compound's head noun
            if toks[j].verb[1] == "s" and j - 2 >= start and toks[j - 1].cls in (NOUN, VERB) and toks[j - 2].cls == NUM \
                    and not toks[j - 1].low.endswith("s"):  # (but "every 15 minutes flushes": a plural, then the verb)
                scores[j] -= 3.0
        for j in cands:  # "pre-tax profits of £61m", "costs of the strike": a verb is seldom followed by "of"
            if j + 1 < k and toks[j + 1].low == "of" and toks[j].verb[1] in ("s", "base"):
                scores[j] -= 2.0
        for j in cands:  # "after the Valmora floods,", "the Paris attacks shocked...": a name's event, a noun
            if toks[j].verb[1] == "s" and j - 2 >= start and toks[j - 1].cls == NAME and toks[j - 2].low == "the" \
                    and (j + 1 == k or (j + 1 in scores and toks[j + 1].verb[1] == "past")):
                # (not "the Fed raises rates": a verb with its object)
                scores[j] -= 3.0
        endings = tuple(lex.closed.get("demonym_endings", ()))
        for j in cands:  # "Carvalian champions Sporting Talvera": a nationality, its noun, then the name
            if endings and toks[j].verb[1] == "s" and j - 1 >= start and toks[j - 1].cls == NAME \
                    and toks[j - 1].low.endswith(endings) and (j - 2 < start or toks[j - 2].cls != NAME) \
                    and j + 1 < k and toks[j + 1].cls == NAME:
                scores[j] -= 3.0
        for j in cands:  # "ignoring repeated warnings": a participle between a gerund and its noun
            if toks[j].verb[1] == "past" and j - 1 >= start and toks[j - 1].low.endswith("ing") \
                    and j + 1 < k and toks[j + 1].cls == NOUN:
                scores[j] -= 3.0
        for j in cands:  # ", and work on the site has stopped": a bare form opening a stretch whose verb comes later
            if j == start and toks[j].verb[1] == "base" and first_forced is not None and j + 1 < first_forced \
                    and opener is not None and opener.cls == CONJ and toks[first_forced - 1].cls != TO:
                # (but "will keep 600 workers and invest 85 million euros to build vans": a verb, its infinitive after)
                scores[j] -= 3.0
        for j in cands:  # "..., reports claim": a closing verb of saying
            if j == last and toks[j].verb[0] in lex.speech and opener is not None and opener.text == ",":
                scores[j] += 2.0
        for j in cands:  # "Meta unveils revised plan", "cutting reported net profit": a participle
            if toks[j].verb[1] == "past" and j - 1 in scores and toks[j - 1].verb[1] in ("s", "ing") and j + 1 < k \
                    and scores[j - 1] > -1.0 \
                    and toks[j - 1].verb[0] not in lex.speech and toks[j].verb[0] not in SAYING \
                    and (toks[j + 1].cls in (NOUN, NAME) or j + 1 in scores):  # between a finite verb and a noun
                scores[j] -= 3.0
        if opener is not None and opener.text == "," and start < k and toks[start].low in lex.closed.get("indefinites", ("a", "an")):
            for j in cands:  # ", a supplier of fuselage panels to...,": an apposition's compound noun
                if toks[j].verb[1] == "s" and j - 2 >= start and toks[j - 1].cls == NOUN and toks[j - 2].low == "of":
                    scores[j] -= 3.0
        if prepish:  # "after lead contamination": a verb here must show its tense
            scores = {j: v if toks[j].verb[1] in ("s", "past") else v - 2 for j, v in scores.items()}
        best = max(cands, key=lambda j: scores[j], default=None)
        if best is not None and -1.0 < scores[best] <= 0 and _verbless_opening(toks, start, k, best, cands):
            scores[best] = 0.1  # "Arsenal sign striker for £60m": a team's plural verb, the only one there
        saying = [j for j in cands if best is not None and j < best and toks[j].verb[0] in lex.speech
                  and toks[j].verb[1] in ("s", "past") and scores[j] > -0.5]
        told = []  # "Ukraine says Russian drone strike kills 6": after a verb of saying, what it says has its own
        if best is not None and scores[best] > 0 and toks[best].verb[0] in lex.speech:
            after = [j for j in cands if j > best + 1 and j + 1 < k and toks[j].verb[1] in ("s", "past")
                     and scores[j] > -1.5]  # not "denies retirement rumours": a noun ends the phrase
            told = [max(after, key=lambda j: scores[j])] if after else []
        for j in cands:
            keep = (j == best and scores[j] > 0) or j in saying or j in told  # "message claims hot water kills"
            toks[j].cls = VERB if keep or (scores[j] > 1.5 and toks[j].verb[1] == "past") else NOUN
        relative = opener is not None and opener.cls == REL and cands and cands[0] == start \
            and toks[start].verb[1] in ("s", "past") and start + 1 < k \
            and toks[start + 1].cls in (DET, NAME, NUM, POSS, PRON)  # "that struck the island", not "that engineers at
        if relative:  # "the toll from a quake that struck Mindanao rose to 74": the relative's verb...
            toks[start].cls = VERB
            later = [j for j in cands if j > start + 1 and toks[j].verb[1] in ("s", "past")
                     and verbness(toks, j, lex, set(cands) - {j}) > 0]
            main = max(later, key=lambda j: verbness(toks, j, lex, set(cands) - {j}), default=None)
            for j in cands[1:]:  # ...then the main verb, once the relative's object is done
                toks[j].cls = VERB if j == main else NOUN
            start = k + 1
            continue
        for j in range(first_forced + 1 if first_forced is not None else k, k):
            if toks[j].cls == VERB and j not in forced and toks[j].verb:
                toks[j].cls = NOUN  # after the clause's verb, a bare word names ("their driving test")
        start = k + 1
    _participles_after_nouns(toks)
    _participle_clauses(toks)
    _prepositions_without_verb(toks, lex)
    _participles_before_nouns(toks)


def _participles_before_nouns(toks: list[Tok]) -> None:
    """"to stranded passengers", "the affected customers", "its planned layoffs": a past
    participle between a preposition or a determiner and a noun describes the noun."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if t.cls == VERB and t.verb and t.verb[1] == "past" and toks[k - 1].cls in (PREP, TO, DET, POSS) \
                and toks[k + 1].cls in (NOUN, NAME):
            t.cls = ADJ


def _verbless_opening(toks: list[Tok], start: int, end: int, k: int, cands: list[int]) -> bool:
    """The sentence's first stretch has no verb but could have k: a bare verb form between a
    noun that opens the sentence and the noun phrase it governs."""
    if start != 0 or k == 0 or k + 1 >= end or any(
            toks[j].cls in (AUX, MODAL) or (toks[j].cls == VERB and j not in cands) for j in range(start, end)):
        return False
    return toks[k].verb[1] in ("base", "s", "past") and toks[k - 1].cls in (NOUN, NAME) \
        and toks[k + 1].cls in (NOUN, NAME, DET, NUM, POSS) and toks[k + 1].verb is None


def _participle_clauses(toks: list[Tok]) -> None:
    """", valuing the company at 2.63 billion euros": an -ing form after a comma, once the
    sentence has its verb, opens a participle clause (a verb); "Lyon-based": a participle
    after a hyphen is part of an adjective."""
    seen_verb = False
    for k, t in enumerate(toks):
        if t.cls == VERB and not (k and toks[k - 1].text == "-"):
            seen_verb = True
        if k and toks[k - 1].text == "-" and t.cls == VERB and t.verb and t.verb[1] in ("past", "ing") \
                and t.verb[0] not in NAMING and t.low not in NAMING:  # "code-named Kestrel" names
            t.cls = ADJ
            continue
        if k and t.cls == NOUN and t.verb and not seen_verb and toks[k - 1].cls in (NAME, PRON) and k + 2 < len(toks) \
                and toks[k + 1].low in ("up", "out", "off", "down") and toks[k + 2].cls in (DET, POSS, NUM):
            t.cls = VERB  # "Almonte set up a company": a verb and its particle
            seen_verb = True
            continue
        if k > 1 and t.low in ("called", "named", "dubbed") and toks[k - 1].cls == NOUN and k + 1 < len(toks) \
                and toks[k + 1].cls == NAME and toks[k - 2].low in ("a", "an", "another"):
            t.cls = ADJ  # "a company called Greenway Grounds": the name it goes by, no verb of the sentence
            continue
        if seen_verb and k and toks[k - 1].text == "," and t.cls == NOUN and t.verb and t.verb[1] == "ing" \
                and k + 1 < len(toks) and (toks[k + 1].cls in (DET, NAME, POSS, NUM) or any(
                    x.cls == NUM for x in toks[k + 1:k + 4])):  # ", killing at least 38 people"
            t.cls = VERB


def _participles_after_nouns(toks: list[Tok]) -> None:
    """"to recall 51,000 vehicles built between October 2024 and May 2026": a past
    participle between a noun and a preposition, after the sentence's verb, is a verb
    form describing that noun (a reduced relative clause), never part of the noun phrase."""
    seen_verb = False
    for k, t in enumerate(toks):
        if t.cls == VERB and seen_verb and t.verb and t.verb[1] == "past" and k >= 3 and toks[k - 1].cls == NOUN \
                and toks[k - 2].low in ("a", "an") and toks[k - 3].text == ",":
            t.reduced = True  # "Brightwater Sports Ltd, a company registered offshore": what the apposition is
            continue
        if t.cls == VERB:
            seen_verb = True
            continue
        if not seen_verb or t.cls != NOUN or not t.verb or k == 0 or k + 1 >= len(toks):
            continue
        if (t.verb[1] == "past" or t.low in PARTICIPLE_FORMS) and toks[k - 1].cls in (NOUN, NAME) \
                and toks[k + 1].cls == PREP and toks[k + 1].low != "of":
            t.cls = VERB
            t.reduced = True


def _prepositions_without_verb(toks: list[Tok], lex: Lex) -> None:
    """"until March", "after the vote": a subordinator that is also a preposition heads no
    clause when no verb follows before the next break; it is a preposition."""
    for k, t in enumerate(toks):
        if t.cls != SUB or not lex.is_("prepositions", t.low):
            continue
        j = k + 1
        while j < len(toks) and not (toks[j].cls in (PUNCT, CONJ, SUB, REL) and toks[j].text not in ("-", "'", "’")):
            if toks[j].cls in (VERB, AUX, MODAL):
                break
            j += 1
        else:
            t.cls = PREP
            continue
        if toks[j].cls not in (VERB, AUX, MODAL) and j > k + 1:
            t.cls = PREP


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
        # "Behemoth ... never shipped": a negation right before a verb without auxiliary is its own
        negated = t.cls == VERB and any(x.cls == NEG for x in _adverbs_before(toks, k))
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
            # a copula or an auxiliary alone: "is not the wife", "is to"; "had revenue of..."
            be = [a for a in aux if a.low in lex.aux.get("be", ())]
            have = [a for a in aux if a.low in lex.aux.get("have", ())]
            if not be and have:
                head = start + [x.i for x in toks[start:j]].index(have[-1].i)
                out.append(Group(start, j, head, "have", True, False, False, negated,
                                 tuple(a.low for a in aux if a is not have[-1]), False, _tense(aux, None, lex)))
                k = j
                continue
            if not be:
                k = j
                continue
            head = toks.index(be[-1]) if False else start + [x.i for x in toks[start:j]].index(be[-1].i)
            gerund = [a.low for a in aux] == ["being"]  # "denied being in talks": no tense of its own
            out.append(Group(start, j, head, "be", not gerund, False, False, negated, tuple(a.low for a in aux),
                             True, _tense(aux, None, lex)))
            k = j
            continue
        vt = toks[verb]
        lemma = vt.verb[0] if vt.verb else vt.low
        if verb + 1 < j and toks[verb + 1].low in PARTICLES:
            lemma = f"{lemma} {toks[verb + 1].low}"
        infinitive = bool(aux) and (aux[-1].cls == TO or aux[0].cls == TO)  # "to unveil", "to be released"
        # "was delayed", "is being built"; and after "be" a bare form is a participle like its base ("MSL is
        # run by Wang", "the price was set at", "jobs will be cut"), but "is set to leave" says what is due
        passive = any(a.low in lex.aux.get("be", ()) for a in aux) and vt.verb is not None and (
            vt.verb[1] == "past" or (vt.verb[1] == "base" and aux[-1].low in lex.aux.get("be", ())
                                     and not (verb + 1 < len(toks) and toks[verb + 1].low == "to")))
        finite = bool([a for a in aux if a.cls in (AUX, MODAL)]) or (vt.verb is not None and vt.verb[1] in
                                                                   ("s", "past", "base"))
        if infinitive and (aux[0].cls == TO or not [a for a in aux if a.cls in (AUX, MODAL)]):
            finite = False
        if vt.reduced and not aux:  # "compensate passengers hit by the grounding": what describes the noun,
            out.append(Group(start, j, verb, lemma, False, False, True, negated, (), False, None))  # no tense
            k = j
            continue
        out.append(Group(start, j, verb, lemma, finite, infinitive, passive, negated,
                         tuple(a.low for a in aux if a.cls != TO), False, _tense(aux, vt, lex)))
        k = j
    return out


def _adverbs_before(toks: list[Tok], k: int) -> list[Tok]:
    """The run of adverbs and negations right before position `k` ("never", "now")."""
    j = k
    while j > 0 and toks[j - 1].cls in (ADV, NEG):
        j -= 1
    return toks[j:k]


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
    while k - 1 > floor and toks[k].low in _any_calendar() and toks[k - 1].cls == PREP:
        k -= 2  # "The DPC on Wednesday fined...", "A court on Thursday sentenced": the actor, not the day
        while k >= floor and toks[k].cls in (ADV, PUNCT) and toks[k].text not in (",",):
            if toks[k].cls == PUNCT and toks[k].text != ")":
                break
            k -= 1
    if k - 1 > floor and toks[k].low in TIME_AFTER and toks[k - 1].low in TIME_DEICTICS and toks[k - 2].cls in (NAME, NOUN):
        k -= 2  # "the company last week dismissed...": the actor, not the week
    if k - 2 >= floor and toks[k].text == ")":  # "the National Vehicle Safety Authority (ANSV) fined"
        j = k - 1
        while j > floor and k - j <= 4 and toks[j].text != "(":
            j -= 1
        if toks[j].text == "(" and k - j == 2 and toks[j + 1].cls == NAME and j - 1 >= floor \
                and toks[j - 1].cls in NP_CLASSES:
            return j + 1, k  # the body by its acronym, as the article goes on to call it
    if k < floor or toks[k].cls not in NP_CLASSES | {VERB}:
        return None
    if toks[k].cls == PRON:
        return k, k + 1  # "said on Tuesday it would cut": a pronoun is a phrase of its own
    right = k + 1
    while k >= floor:
        c = toks[k].cls
        if c in NP_CLASSES:
            if c == DET and k - 1 >= floor and (toks[k - 1].cls in (ADJ, ADV) or toks[k - 1].low in _any_calendar()):
                k -= 1
                break  # "confident the deal", "On Tuesday the regulator fined": a determiner opens the phrase
            k -= 1
        elif c == PREP and k - 1 >= floor and toks[k - 1].cls in (NAME, NOUN) and right - k <= 4:
            k -= 1  # "Drivers over 70", "the wife of ISIS leader", "Woman in Lebanon"
        elif c == VERB and toks[k].verb and toks[k].verb[1] in ("past", "ing") and k - 1 >= floor \
                and toks[k - 1].cls in (NAME, NOUN):
            k -= 1  # a participle modifier
        elif c == PUNCT and toks[k].text in ("'", "’", "-", "&") and k - 1 >= floor:
            k -= 1  # ("Harwell & Stone": one name)
        else:
            break
    left = k + 1
    # a subject does not start with a preposition's object: "In Lebanon, police arrested..."
    while left < right and toks[left].cls in (PREP,):
        left += 1
    if left >= right:
        return None
    return left, right


COMPARATIVES = frozenset({"more", "less", "fewer"})


def _np_right(toks: list[Tok], start: int, stop: int, ties: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    k = start
    while k < stop and toks[k].cls == ADV:
        k += 1
    begin = k
    # (a determiner after a noun starts another phrase: "told the audience | the device would ship";
    # "last year" after a noun is when, not part of it: "by Italy's competition authority | last year")
    while k < stop and not (k > begin and toks[k].low in ("the", "a", "an") and toks[k - 1].cls in (NOUN, NAME)) \
            and not (k > begin and _time_after(toks, k, stop)) and (
            toks[k].cls in NP_CLASSES or (toks[k].cls == PUNCT and toks[k].text in ("-", "'", "’", "&"))
                        or (toks[k].cls == PREP and toks[k].low in ("of", "de", "d'", "d’") and k + 1 < stop
                            and toks[k + 1].cls in NP_CLASSES)
                        or (toks[k].low == "than" and k > begin and toks[k - 1].low in COMPARATIVES
                            and k + 1 < stop and toks[k + 1].cls == NUM)  # "more than 12,000 orders"
                        or (toks[k].low == "than" and k > begin and toks[k - 1].low in ("other", "rather")
                            and k + 1 < stop and toks[k + 1].cls in NP_CLASSES)  # "no payment other than the fee"
                        # "personal data belonging to 1.2 million customers" (lex closed noun_ties)
                        or (toks[k].cls in (PREP, TO) and k > begin and toks[k - 1].low in ties and k + 1 < stop
                            and toks[k + 1].cls in NP_CLASSES | {ADV, PREP})
                        or (toks[k].cls == PREP and k > begin and toks[k - 1].cls in (PREP, TO)
                            and toks[k - 2].low in ties and k + 1 < stop and toks[k + 1].cls == NUM)):  # "to about 1.2"
        k += 1
    if k > begin:
        k = _noun_coordination(toks, k, stop) or k
    return (begin, k) if k > begin else None


TIME_WORDS = {"last", "next", "this", "that", "early", "late", "the", "same", "day", "days", "weeks", "months",
              "years", "previous", "following", "ago"}
TIME_DEICTICS = {"last", "next", "this", "that"}
TIME_AFTER = {"year", "week", "month", "quarter", "season", "night", "summer", "winter", "spring", "autumn", "fall",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"}


TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes"}


def _time_after(toks: list[Tok], k: int, stop: int) -> bool:
    """"last year", "next week", "this month", "two days (after)": a time after a noun phrase."""
    if toks[k].low in ("last", "next", "this") and k + 1 < stop and toks[k + 1].low in TIME_AFTER:
        return True
    return toks[k].cls == NUM and k + 1 < stop and toks[k + 1].low in TIME_UNITS


def _noun_coordination(toks: list[Tok], k: int, stop: int) -> int | None:
    """"refused meal and hotel reimbursements": at an "and" between two nouns, the end of the
    second; None when a verb follows it ("sued Acme and Beta said...": Beta opens a clause)."""
    if not (0 < k and k + 1 < stop and toks[k].low in ("and", "or") and toks[k - 1].cls in (NOUN, NAME)
            and toks[k + 1].cls in (NOUN, NAME, ADJ)):
        return None
    e = k + 1
    while e < stop and toks[e].cls in (NOUN, NAME, ADJ):
        e += 1
    return e if e == stop or toks[e].cls not in (VERB, AUX, MODAL, NEG, ADV) else None


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
            said = self.clauses[-1]
            if said.subject is None and said.objects:  # "..., says CEO", "..., said the minister"
                said.subject = said.objects.pop(0)
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
        rel = first.start - 1
        while rel >= a and self.toks[rel].cls == ADV:
            rel -= 1
        if rel > a and self.toks[rel].cls == REL:  # "Arvelle shares, which jumped 24%, rose 5%"
            comma = rel - 1 if self.toks[rel - 1].text == "," else rel
            np = _np_left(self.toks, comma, a)
            if np is not None:
                head = self._clause(rel + 1, b, first, rel + 1, parent, "relcl", (self.toks[rel].low,), rel + 1)
                self.clauses[-1].antecedent = _arg(self.toks, *np)
                self.clauses[-1].relative_role = "subject" if self.clauses[-1].subject is None else "object"
                self._after_relative(first, np, [g for g in groups if g.start >= first.end], b, parent, link=link)
                return
        aside = self._aside(a, b, groups)
        if aside is not None:
            self._read_aside(aside, b, parent, link, markers)
            return
        floor = self._floor(a, first.start)
        head = self._clause(a, b, first, floor, parent, link, markers, subject_floor=floor)
        rest = [g for g in groups if g.start >= first.end]
        self._continue(first, head, rest, b)

    def _aside(self, a: int, b: int, groups: list[Group]) -> tuple[tuple[int, int], int, Group] | None:
        """A noun phrase, an aside between commas, then the main verb: "The model, developed
        by TBD Lab, was trained on...", "Behemoth, the model Meta previewed in April, was
        shelved", "Meta's next model, code-named Avocado, is expected...". Returns the noun
        phrase, the closing comma and the main verb group."""
        t = self.toks
        start = a
        if t[a].cls in (PREP, ADV):  # "On Monday, the company, founded in 1990, said..."
            lead = next((k for k in range(a, b) if t[k].text == ","), None)
            if lead is None or any(g.start < lead for g in groups):
                return None
            start = lead + 1
        np = _np_right(t, start, b)
        if np is None or np[0] != start or np[1] >= b or t[np[1]].text != ",":
            return None
        open_ = np[1]
        for close in range(open_ + 2, b):
            if t[close].text != ",":
                if t[close].cls in (SUB, REL) or t[close].text in (";", ":", "(", ")"):
                    return None
                continue
            k = close + 1
            while k < b and t[k].cls == ADV:
                k += 1
            main = next((g for g in groups if g.start == k), None)
            inside = [g for g in groups if open_ < g.start < close]
            if main is None or not (main.finite or main.copula) or len(inside) > 1:
                continue
            if inside and inside[0].finite and inside[0].aux:
                return None  # "X, he said, was..." is no aside of X
            return np, close, main
        return None

    def _read_aside(self, aside: tuple[tuple[int, int], int, Group], b: int, parent: int | None, link: str,
                    markers: tuple[str, ...]) -> None:
        t = self.toks
        np, close, main = aside
        subject = _arg(t, *np)
        inside = next((g for g in self.groups if np[1] < g.start < close), None)
        named = None
        if inside is not None and inside.lemma in NAMING and not inside.aux:
            obj = _np_right(t, inside.end, close)
            if obj is not None and any(t[k].cls == NAME for k in range(*obj)):
                named = _arg(t, *obj)  # "Meta's next model, code-named Avocado": the name is the subject
        between = t[np[1] + 1:close]
        if inside is None and between and all(x.cls == NAME for x in between):
            named = _arg(t, np[1] + 1, close)  # "A French consumer association, AUVE, filed...": AUVE
        elif inside is None and len(between) > 1 and between[0].cls == DET and all(x.cls == NAME for x in between[1:]) \
                and any(t[k].cls == NOUN for k in range(*np)):
            named = _arg(t, np[1] + 2, close)  # "France's regulator, the ANSM, suspended...": the ANSM
        head = self._clause(close + 1, b, main, close + 1, parent, link, markers, subject_floor=close + 1)
        clause = self.clauses[-1]
        clause.subject = named or subject
        if inside is not None and named is None:
            bare = not inside.aux and t[inside.head].verb is not None and t[inside.head].verb[1] in ("past", "ing")
            if bare and inside.start == np[1] + 1:  # "developed by Meta's TBD Lab": a reduced relative
                inside.passive = t[inside.head].verb[1] == "past"
                self._clause(inside.start, close, inside, inside.start, head, "relcl", (), inside.start)
                self.clauses[-1].subject = None
                self.clauses[-1].antecedent = subject
                self.clauses[-1].relative_role = "subject"
            elif inside.finite:  # "the giant model Meta previewed in April": a relative without "that"
                self._clause(np[1] + 1, close, inside, np[1] + 1, head, "relcl", (), np[1] + 1)
                self.clauses[-1].antecedent = subject
                self.clauses[-1].relative_role = "object"
        self._continue(main, head, [g for g in self.groups if g.start >= main.end and g.head < b], b)

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
        finite verb next: "Woman Detained In Lebanon Is ..." (but not "Arvelle said on
        Sept. 16 that it was...")."""
        t = self.toks
        if g.aux or not (t[g.head].verb and t[g.head].verb[1] in ("past", "ing")):
            return False
        if g.start == 0 or t[g.start - 1].cls not in (NAME, NOUN):
            return False
        nxt = next((x for x in self.groups if x.start >= g.end), None)
        said = nxt is not None and nxt.lemma in self.words.speech and not nxt.aux  # "People involved in ... said"
        if nxt is None or not (nxt.aux or nxt.copula or (t[nxt.head].verb and t[nxt.head].verb[1] == "s") or said):
            return False
        if any(t[k].cls in (SUB, REL, CONJ) or t[k].text in (",", ";", ":") for k in range(g.end, nxt.start)):
            return False
        if g.lemma in self.words.speech or g.lemma in self.words.denial:
            return False
        return g.end < len(t) and t[g.end].cls == PREP

    def _tail_speech(self, a: int, b: int, groups: list[Group]) -> tuple[int, Group] | None:
        """"..., Iraq says", "..., officials said on Monday": the last comma, a short noun
        phrase and a speech verb ending the region."""
        t = self.toks
        commas = [k for k in range(a, b) if t[k].text == ","]
        if not commas:
            return None
        # the last comma, or the one before it when an apposition follows the speaker ("..., said Tom
        # Aldridge, an analyst at Jefferies")
        for comma in reversed(commas[-2:]):
            g = next((g for g in groups if g.start > comma), None)
            if g is None or g.lemma not in self.words.speech | self.words.denial:
                continue
            if g.infinitive or any(t[k].cls == VERB for k in range(comma + 1, g.start)):
                return None  # "..., raising pressure to show a return": a consequence, no one speaking
            if any(t[k].cls == REL or t[k].low in ("which", "who", "that") for k in range(comma + 1, g.start)):
                return None  # "..., the CorvusLock gang, which claimed the attack": a relative clause
            if comma + 1 < g.start and t[comma + 1].cls == CONJ:
                return None  # "..., and the company last week dismissed its head": a clause of its own
            if any(gg.start > g.start for gg in groups):
                return None  # another verb after the speech verb: no tail
            depth, between = 0, []
            for k in range(comma + 1, g.start):  # (an acronym in brackets is no more words: "the ... Agency (ICIA)")
                depth += (t[k].text == "(") - (t[k].text == ")")
                if t[k].cls not in (ADV, PUNCT) and depth == 0 and t[k].text != ")":
                    between.append(k)
            if len(between) > 6:
                return None
            after = [k for k in range(g.end, b) if t[k].cls not in (PUNCT,)]
            if len(after) > (6 if comma == commas[-1] else 10):
                return None
            if not [gg for gg in groups if gg.end <= comma]:
                return None
            return comma, g
        return None

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
        label = " ".join(x.low for x in t[a:colon])
        cue = next((kind for kind, ws in self.words.colon_cues.items() if label in ws), None)
        if cue is None and any(x.cls == PREP for x in t[a:colon]):
            return None  # "Strike at Aerlis: ...": a topic, not who speaks
        if cue is None and colon - a == 1 and t[a].cls != NAME and not t[a].text.isupper():
            return None  # "Heatwave: Spain records 45.8C": a topic word, no one speaking
        last = t[colon - 1]
        speakers = self.words.actor_nouns.get("person", frozenset()) | self.words.agent_nouns \
            | self.words.public_nouns | self.words.spokespeople
        if cue is None and last.cls == NOUN and last.text.islower() and last.low not in speakers \
                and last.low.rstrip("s") not in speakers:
            return None  # "Lormeval bridge: death toll rises to four": a thing the story is about, no one speaking
        lemma = {"denial": "deny", "reported": "report", "opinion": "think"}.get(cue, "say")
        c = Clause(head=t[colon - 1].i, lemma=lemma, link="root", tokens=tuple(x.i for x in t[a:colon + 1]),
                   subject=subj, markers=(f"colon:{cue or 'speaker'}",))
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
            if np is None and not (g.start > 0 and t[g.start - 1].cls == CONJ):
                # "Hundreds of workers at Armor, a supplier of panels, walked off": over the apposition
                # (but "..., and said": a verb right after "and" shares the subject before)
                vs = g.start - len(_adverbs_before(t[a:], g.start - a))
                np = self._before_apposition(vs, a) or self._before_relative(vs, a)
            if np is not None and not (np[1] - np[0] == 1 and t[np[0]].low in self.lex.closed.get("expletives", ())):
                subj = _arg(t, *np)
        stop = self._arg_stop(g.end, b)
        objects: list[Arg] = []
        obliques: list[Arg] = []
        k = g.end
        while k < stop:
            if t[k].cls == PREP or (t[k].cls == TO and k + 1 < stop and t[k + 1].cls != VERB):
                np = _np_right(t, k + 1, stop, self.lex.closed.get("noun_ties", frozenset()))
                if np is None:
                    k += 1
                    continue
                obliques.append(Arg(tuple(t[i].i for i in range(k, np[1])), t[_head(t, *np)].i, t[k].low))
                k = np[1]
            elif t[k].cls in NP_CLASSES and not objects and not obliques:
                np = _np_right(t, k, stop, self.lex.closed.get("noun_ties", frozenset()))
                if np is None:
                    k += 1
                    continue
                objects.append(_arg(t, *np))
                k = np[1]
            else:
                k += 1
        passive = g.passive
        vt = t[g.head]
        if not passive and not g.aux and vt.verb is not None and vt.verb[1] == "past" and link != "root" \
                and any(o.case == "by" for o in obliques) and all(
                    all(x.low in TIME_WORDS or x.low in TIME_AFTER or x.low in _any_calendar() for x in t if x.i in o.tokens)
                    for o in objects):
            # "Aeroval, the regional airline grounded last week by the aviation regulator": a participle
            # describing the noun before it, its agent after "by" (what looked like its object is a time)
            passive, objects = True, []
        at = next((n for n, o in enumerate(obliques) if o.case == "by"), None) if passive else None
        # ("was opened in 2024 following a complaint by Tidewater": the complaint's author, not the opener)
        agent = obliques[at] if at is not None and not (
            at > 0 and obliques[at - 1].case in self.words.background_cases) else None
        if agent is not None:
            obliques.remove(agent)
        lo = subj.tokens[0] if subj else t[g.start].i
        own_end = t[stop - 1].i + 1 if stop > g.end else t[g.end - 1].i + 1
        tokens = tuple(x.i for x in t if lo <= x.i < own_end)
        tense = g.tense
        if g.infinitive and not g.finite and link in ("root", "content", "parataxis") and subj is not None:
            tense = "fut"  # a headline's "Orbix to hire 2,000 workers": what is to come
        c = Clause(head=t[g.head].i, lemma=g.lemma, link=link, parent=parent, tokens=tokens, subject=subj,
                   objects=objects, obliques=obliques, agent=agent, passive=passive, copula=g.copula,
                   negated=g.negated, markers=markers, tense=tense, aux=g.aux,
                   mood="cnd" if any(x in self.lex.aux.get("conditional", ()) for x in g.aux) else None)
        if link == "relcl" and parent is not None:
            c.relative_role = "subject" if subj is None else "object"
        self.clauses.append(c)
        return c.head

    def _before_relative(self, verb: int, floor: int) -> tuple[int, int] | None:
        """The subject before ", which/who ...," right before the verb ("Almera, which employs
        22,000 people, announced...")."""
        t = self.toks
        if verb - 1 <= floor or t[verb - 1].text != ",":
            return None
        for p in range(verb - 2, floor, -1):
            if t[p].text == "," and p + 1 < verb and t[p + 1].cls == REL and t[p + 1].low in ("which", "who"):
                return _np_left(t, p, floor)
            if t[p].cls == PUNCT and t[p].text not in ("'", "’", "-"):
                return None
        return None

    def _before_apposition(self, verb: int, floor: int) -> tuple[int, int] | None:
        """The subject before ", a/the <noun phrase>," right before the verb; a name between the
        commas is the subject itself."""
        t = self.toks
        if verb - 1 <= floor or t[verb - 1].text != ",":
            return None
        p = verb - 2
        while p > floor and t[p].text != "," and t[p].cls not in (VERB, AUX, MODAL, SUB, REL, CONJ):
            p -= 1
        if p <= floor or t[p].text != "," or verb - p > 14:
            return None
        inside = [t[i].cls for i in range(p + 1, verb - 1)]
        if inside and inside[0] != DET and NAME in inside and set(inside) <= {NAME, NOUN, ADJ, CONJ, POSS} \
                and _np_left(t, p, floor) is not None:
            # "its chief information officer, Daniel Hsu, had stepped down": Hsu; "two of the makers,
            # Polish group Medifarm and India's Sarvan Pharma, were fined": the two it names
            return p + 1, verb - 1
        if t[p + 1].low in self.lex.closed.get("list_openers", ()):
            return _np_left(t, p, floor)  # "Around 4,000 people, including holidaymakers from six campsites, were"
        if t[p + 1].cls != DET:
            return None
        return _np_left(t, p, floor)

    def _arg_stop(self, k: int, b: int) -> int:
        t = self.toks
        listing = False
        while k < b:
            if t[k].text == "," and k + 1 < b and t[k + 1].low in self.lex.closed.get("list_openers", ()):
                k += 2  # "models, including Alibaba's Qwen": the list goes on
                listing = True
                continue
            if listing and (t[k].text == "," or t[k].low in ("and", "or")) and k + 1 < b and \
                    t[k + 1].cls in (NAME, DET, ADJ) or listing and t[k].text == "," and k + 2 < b \
                    and t[k + 1].low in ("and", "or") and t[k + 2].cls in (NAME, DET, ADJ):
                k += 1  # "among them Google's Gemma, OpenAI's gpt-oss and Alibaba's Qwen": its next item
                continue
            if t[k].cls == CONJ and _noun_coordination(t, k, b) is not None:
                k += 1  # "meal and hotel reimbursements": one object
                continue
            if t[k].cls in (SUB, REL, CONJ) or (t[k].cls == PUNCT and t[k].text in (",", ";", ":", "—", "–")):
                return k
            if t[k].cls == VERB and t[k].low in self.lex.closed.get("noun_ties", ()) and k + 1 < b \
                    and t[k + 1].cls in (PREP, TO):
                k += 1  # "personal data belonging to 1.2 million customers": one phrase
                continue
            if t[k].cls in (AUX, MODAL) or t[k].cls == VERB:
                return k  # a participle after a noun ("48,000 Elyas built between...") describes it
            if t[k].cls == TO and k + 1 < b and t[k + 1].cls == VERB:
                return k
            k += 1
        return b

    def _continue(self, prev: Group, prev_head: int, rest: list[Group], b: int) -> None:
        """Clauses after the first: content of a speech verb, an infinitive complement, a
        coordinated verb, a relative or subordinate clause."""
        t = self.toks
        speech = prev.lemma in self.words.speech | self.words.denial and not any(
            x.low in self.words.claimed_deeds for x in t[prev.end:prev.end + 2])  # "claimed responsibility ... and said"
        for g in rest:
            if self._modifier(g) or g.start < prev.end or self._reduced_relative(prev, g):
                continue
            between = t[prev.end:g.start]
            lows = [x.low for x in between]
            comp = self.lex.closed.get("complementizers", ())
            if speech and (any(x.cls == SUB and x.low in comp for x in between)
                           or (g.finite and not any(x.cls == PUNCT and x.text == "." for x in between)
                               # "reject the characterisation of these settlements, which were lawful": the
                               # object's relative clause, not what was said
                               and not any(x.cls == REL and x.low in ("which", "who", "whom", "whose")
                                           for x in between)
                               # "reported a 14% rise in profit, as higher prices offset...": a reason, not what was said
                               and not self._object_then_reason(between, comp))):
                start = next((k for k in range(prev.end, g.start) if t[k].cls == SUB), prev.end)
                first = start + 1 if t[start].cls == SUB else self._content_start(prev, g)
                self.region(first, b, prev_head, "content")
                self._cut_objects(prev_head, first)
                return
            governing = prev.lemma in {w for ws in self.words.control.values() for w in ws} \
                or (prev.lemma in self.words.object_control and len(between) <= OBJECT_CONTROL_GAP)  # "ordered Acme to pay"
            if prev.copula and len(between) >= 2 and between[0].cls == PREP \
                    and between[1].low in self.words.talks_nouns:
                governing = True  # "is in talks (with Aldera) to buy": a buying under negotiation
            if governing and between and between[-1].text == "," and any(x.cls in (NOUN, NAME) for x in between):
                governing = False  # "promised a flat 80 euros per household, to be credited on bills": the payment's
            gerund = (governing or prev.lemma in self.words.denial) and all(x.cls in (ADV, NEG) for x in between) and (
                (not g.aux and t[g.head].verb is not None and t[g.head].verb[1] == "ing")
                or (g.copula and g.aux == ("being",)))  # "denied being in talks"
            if gerund or g.infinitive and not g.finite and (not between or all(x.cls in (ADV, NEG) for x in between)
                                                            or governing):
                head = self._clause(g.start, b, g, g.start, prev_head, "xcomp", (), g.start)
                if gerund:
                    self.clauses[-1].tense = "inf"  # "considering selling": no present of habit
                prev, prev_head, speech = g, head, False
                continue
            if not g.aux and t[g.head].verb is not None and t[g.head].verb[1] == "ing" and between \
                    and between[-1].text == "," and not any(x.cls in (SUB, REL, CONJ) for x in between):
                # "..., valuing the company at 2.63 billion euros": a participle clause on the one before
                self._clause(g.start, b, g, g.start, prev_head, "advcl", (), g.start)
                continue
            if between and between[0].cls == CONJ or (between and between[-1].cls == CONJ):
                # "..., and said it had": right after "and", the verb has no subject of its own
                np = None if between[-1].cls == CONJ else _np_left(t, g.start, prev.end)
                link = "conj"
                head = self._clause(prev.end, b, g, prev.end, prev_head, link, (), prev.end if np else g.start)
                prev, prev_head, speech = g, head, g.lemma in self.words.speech | self.words.denial
                continue
            rel = next((x for x in between if x.cls == REL), None)
            if rel is not None and g.finite:
                r = t.index(rel)
                np = _np_left(t, r - (1 if r and t[r - 1].text == "," else 0), prev.end)
                head = self._clause(prev.end, b, g, prev.end, prev_head, "relcl", (rel.low,), r + 1)
                if np is not None:
                    self.clauses[-1].antecedent = _arg(t, *np)
                    self.clauses[-1].relative_role = "subject" if self.clauses[-1].subject is None else "object"
                    self._after_relative(g, np, rest, b, prev_head, head)
                return
            if between and all(x.cls in (PUNCT,) and x.text == "," for x in between[-1:]) and False:
                pass
            if g.finite and len(between) >= 2 and between[-1].cls == PRON and between[-2].cls in (NOUN, NAME):
                # "the Llama models it gave away": a relative clause without "that"
                head = self._clause(prev.end, b, g, t.index(between[-1]), prev_head, "relcl", (), t.index(between[-1]))
                return
            sub = next((x for x in between if x.cls == SUB), None)
            if sub is not None and g.finite:
                floor = t.index(sub) + 1
                # "... was on plan and that there had been no changes": a second content clause
                link = "conj" if (sub.low in self.lex.closed.get("complementizers", ()) and floor >= 2
                                  and t[floor - 2].cls == CONJ) else "advcl"
                head = self._clause(floor, b, g, floor, prev_head, link, (sub.low,), floor)
                prev, prev_head = g, head
                continue
            if g.finite:
                floor = self._floor(prev.end, g.start)
                head = self._clause(floor, b, g, floor, prev_head, "parataxis", (), floor)
                prev, prev_head, speech = g, head, g.lemma in self.words.speech | self.words.denial

    @staticmethod
    def _object_then_reason(between: list, comp) -> bool:
        """Between a speech verb and the next verb, a noun (the verb's object) then a
        subordinator other than "that" ("reported a rise in profit, as prices..."): the
        clause after is a reason, not what was said ("says yes, as long as..." is)."""
        sub = next((k for k, x in enumerate(between) if x.cls == SUB and x.low not in comp), None)
        return sub is not None and sub > 0 and between[sub - 1].text == "," \
            and any(x.cls in (NOUN, NAME) for x in between[:sub])

    def _reduced_relative(self, prev: Group, g: Group) -> bool:
        """"recalled 48,000 Elyas built between October 2024 and May 2026": a bare past
        participle right after the object of a verb describes that object."""
        t = self.toks
        if g.aux or not (t[g.head].verb and (t[g.head].verb[1] == "past" or t[g.head].low in PARTICIPLE_FORMS)):
            return False
        if g.start == 0 or t[g.start - 1].cls not in (NAME, NOUN):
            return False
        if prev.lemma in self.words.speech | self.words.denial:
            return False  # "said Valmora recalled 48,000 cars": what was said
        if g.end < len(t) and t[g.end].cls not in (PREP, PUNCT):
            return False  # a participle describing its noun goes on with a phrase ("built in Ohio")
        between = t[prev.end:g.start]
        return bool(between) and all(x.cls in NP_CLASSES | {PREP} for x in between)

    def _cut_objects(self, head: int | None, first: int) -> None:
        """"Orbix denies (the) report it will lay off...": the verb's object ends where the
        content it reports begins ("report", not "report it"; nothing in "denies it will")."""
        c = next((x for x in self.clauses if x.head == head), None)
        if c is None:
            return
        kept, cut = [], set()
        for arg in c.objects:
            toks = tuple(i for i in arg.tokens if i < first)
            cut.update(i for i in arg.tokens if i >= first)
            if toks:
                kept.append(Arg(toks, arg.head if arg.head in toks else toks[-1], arg.case))
        c.objects = kept
        c.tokens = tuple(i for i in c.tokens if i not in cut)

    def _after_relative(self, rel_group: Group, np: tuple[int, int], rest: list[Group], b: int,
                        parent: int, rel_head: int | None = None, link: str = "conj") -> None:
        """"the Fontanel family, which owns 31%, has committed to...": after the relative
        clause's closing comma, the verb whose subject is the noun before it."""
        t = self.toks
        close = next((k for k in range(rel_group.end, b) if t[k].text == ","), None)
        bare = next((x for x in rest if x.start > rel_group.end and x.finite and x.start < (close or b)), None)
        if bare is not None and t[rel_group.start - 1].low != "," and not any(
                t[k].cls in (SUB, REL, CONJ) for k in range(rel_group.end, bare.start)):
            close = bare.start - 1  # "the toll from a quake that struck Mindanao rose to 74": no comma closes it
            while np[0] > 0 and t[np[0] - 1].cls == PREP:  # the main verb's subject is the toll, not the quake
                left = _np_left(t, np[0] - 1, 0)
                if left is None:
                    break
                np = (left[0], np[1])
        if close is None:
            return
        for x in rest:  # "which employs 3,100 people and had revenue of...": the relative's second verb
            if rel_group.end <= x.start < close and x.finite and t[x.start - 1].cls == CONJ:
                self._clause(x.start, close, x, x.start, rel_head, "relcl", (), x.start)
                self.clauses[-1].antecedent = _arg(t, *np)
                self.clauses[-1].relative_role = "subject"
        nxt = next((x for x in rest if x.start > close and (x.finite or x.copula)), None)
        if nxt is None or any(t[k].cls in (SUB, REL) for k in range(close + 1, nxt.start)):
            return
        head = self._clause(close + 1, b, nxt, close + 1, parent, link, (), close + 1)
        c = self.clauses[-1]
        if c.subject is None and t[nxt.start - 1].cls != CONJ:  # (", and said": the main verb's subject)
            c.subject = _arg(t, *np)
        self._continue(nxt, head, [x for x in rest if x.start >= nxt.end], b)

    def _content_start(self, prev: Group, g: Group) -> int:
        """Where the content of a speech verb starts when no "that" says so: right after
        it, or after whom it was told to ("told Reuters"), or after the report it
        denies ("denies reports (that)")."""
        t = self.toks
        k = prev.end
        if prev.lemma in RECIPIENT_VERBS:
            np = _np_right(t, k, g.start)
            if np is not None and np[1] < g.start:
                k = np[1]
        j = k
        while j < g.start and t[j].cls == DET:
            j += 1
        if j < g.start and t[j].low in self.lex.closed.get("speech_nouns", ()):
            j += 1
            while j < g.start and t[j].cls in (SUB, PREP):
                j += 1
            return j
        return prev.end if k > prev.end and prev.lemma not in RECIPIENT_VERBS else k


PARTICIPLE_FORMS = {"found", "made", "left", "held", "built", "sold", "told", "paid", "sent", "shot", "hit", "put",
                    "set", "cut", "led", "bound", "ground", "wound", "struck", "seen", "taken", "given", "shown",
                    "known", "thrown", "driven", "stolen", "frozen", "chosen", "hidden", "beaten", "caught", "bought",
                    "brought", "fought", "sought", "taught", "kept", "slept", "swept", "lost", "won", "spun", "hung"}


SANCTIONED = {"fined", "sentenced", "jailed", "ordered", "awarded", "penalised", "penalized", "docked", "billed"}


def _headline_passives(toks: list[Tok], groups: list[Group]) -> None:
    """Headlines drop "is": "Gas stoves outlawed in new builds", "Lead found in drinking
    water", "Shark spotted swimming on a highway". A bare past form after its noun and
    before a preposition, an -ing form or the end is a passive participle."""
    for g in groups:
        if g.aux or g.copula or g.head >= len(toks):
            continue
        v = toks[g.head]
        if not v.verb or (v.verb[1] != "past" and v.low not in PARTICIPLE_FORMS):
            continue
        prev = toks[g.start - 1] if g.start > 0 else None
        nxt = toks[g.end] if g.end < len(toks) else None
        if prev is None or prev.cls not in (NOUN, NAME):
            continue
        if nxt is None or nxt.cls in (PREP, SUB, PUNCT) or (nxt.verb and nxt.low.endswith("ing")):
            g.passive = True
        elif v.low in SANCTIONED and (nxt.cls == NUM or nxt.text in ("£", "$", "€", "¥")):
            g.passive = True  # "Northbridge Rail fined £4.2m over delays": fined, not fining someone


def _headline_progressives(toks: list[Tok], groups: list[Group]) -> None:
    """Headlines drop "is" before -ing too: "Lila Crane retiring from music", "Acme cutting
    1,200 jobs". A bare -ing form right after the headline's first noun phrase is its verb,
    in the present."""
    for g in groups[:1]:
        v = toks[g.head] if g.head < len(toks) else None
        if g.aux or g.finite or v is None or not v.verb or v.verb[1] != "ing" or g.start == 0:
            continue
        if toks[g.start - 1].cls in (NOUN, NAME) and all(t.cls in (NOUN, NAME, ADJ, DET) for t in toks[:g.start]):
            g.finite, g.tense = True, "pres"


def _gerund_complements(toks: list[Tok], words: Words) -> None:
    """"have discussed abandoning the model", "is considering selling its unit", "stopped
    making cars": after a verb that colours what it governs, an -ing form is that verb's
    complement (a verb of its own), not a noun."""
    governing = {w for ws in words.control.values() for w in ws} | words.denial  # "denied paying any ransom"
    for k, t in enumerate(toks[:-1]):
        if t.cls != VERB or not t.verb:
            continue
        j = k + 1
        if t.verb[0] not in governing:
            if f"{t.verb[0]} {toks[j].low}" not in governing or j >= len(toks) - 1:
                continue
            j += 1  # "ruled out stepping down": a verb with its particle
        while j < len(toks) - 1 and toks[j].cls in (ADV, NEG):
            j += 1
        g = toks[j]
        if g.cls in (NOUN, ADJ) and g.verb and g.verb[1] == "ing":
            g.cls = VERB
            for x in range(j + 1, len(toks) - 1):  # "keeping X private and selling access": both
                if toks[x].cls in (PUNCT, SUB, REL) and toks[x].text != "'":
                    break
                if toks[x].cls == CONJ and toks[x + 1].verb and toks[x + 1].verb[1] == "ing" \
                        and toks[x + 1].cls in (NOUN, ADJ):
                    toks[x + 1].cls = VERB


def shallow_clauses(sent: Span, words: Words, lex: Lex | None = None, names: set[int] | None = None,
                    title: bool = False) -> list[Clause]:
    """Clauses of a sentence read without a parser."""
    if lex is None:
        from claimtrack import lexicon
        lex = lex_for(words, lexicon.load("predicates"))
    if names is None:
        names = {i for m in sent.doc.spans.get("mentions", []) if sent.start <= m.start < sent.end
                 for i in range(m.start, m.end)}
    toks = classify(sent, lex, words, names)
    _gerund_complements(toks, words)
    groups = verb_groups(toks, lex)
    if title:
        _headline_passives(toks, groups)
        _headline_progressives(toks, groups)
    reader = _Reader(toks, groups, lex, words)
    reader.region(0, len(toks), None, "root")
    _trailing_adjuncts(toks, groups, reader.clauses)
    return _shared_negation(sent.doc, sorted(reader.clauses, key=lambda c: c.head))


def _shared_negation(doc, clauses: list[Clause]) -> list[Clause]:
    """"did not receive or reject any other offer": a verb joined by "or"/"nor" to a negated
    one, with no subject or auxiliary of its own, is negated with it; "will keep 600 workers and
    invest 85 million euros": a bare verb joined to one with a modal has that modal."""
    out = []
    for c in clauses:
        parent = next((p for p in out if p.head == c.parent), None)
        k = min([c.head, *c.tokens])
        if c.link == "conj" and parent is not None and parent.negated and not c.negated and c.subject is None \
                and not c.aux and k > 0 and doc[k - 1].lower_ in ("or", "nor", "ni", "ou"):
            c = replace(c, negated=True)
        if c.link == "conj" and parent is not None and parent.aux and not c.aux and c.subject is None \
                and c.tense in (None, "pres") and doc[c.head].lower_ == (doc[c.head].lemma_ or doc[c.head].lower_) \
                and k > 0 and doc[k - 1].lower_ in ("and", "or", "et", "ou"):
            c = replace(c, aux=parent.aux, tense=parent.tense, mood=parent.mood)  # "will keep 600 workers and invest"
        out.append(c)
    return out


def _trailing_adjuncts(toks: list[Tok], groups: list[Group], clauses: list[Clause]) -> None:
    """Words after a clause's last comma that no clause took and hold no verb ("..., Behemoth,
    in favour of developing a closed model"): an aside and an adjunct of that clause."""
    owned = {i for c in clauses for i in c.tokens} | {c.head for c in clauses}
    heads = {toks[g.head].i for g in groups}
    k = 0
    while k < len(toks):
        if toks[k].i in owned:
            k += 1
            continue
        j = k
        while j < len(toks) and toks[j].i not in owned:
            j += 1
        run = toks[k:j]
        before = [c for c in clauses if c.tokens and c.tokens[-1] < run[0].i]
        lead = " ".join(t.low for t in run[1:3])
        attribution = lead.startswith(("according to", "citing", "per ", "selon", "d'après", "d’après")) or (
            len(run) > 1 and run[1].verb is not None and run[1].verb[1] == "ing")  # ", valuing the company at..."
        leads_on = any(t.cls in (SUB, REL) for t in run) or (j < len(toks) and toks[j].cls in (SUB, REL))
        # ", two months after the company recalled...": the words open the next clause
        if before and run[0].text == "," and not attribution and not leads_on and not any(t.i in heads for t in run) \
                and any(t.cls in (NAME, NOUN) for t in run):
            c = max(before, key=lambda c: c.tokens[-1])
            if c.tokens[-1] + 1 == run[0].i:
                c.tokens = c.tokens + tuple(t.i for t in run)
                piece: list[Tok] = []
                for t in run[1:] + [None]:  # each piece between commas is a phrase of its own
                    if t is not None and t.text != ",":
                        piece.append(t)
                        continue
                    words_ = [x for x in piece if x.cls != PUNCT]
                    if words_:
                        case = words_[0].low if words_[0].cls == PREP else None
                        c.obliques.append(Arg(tuple(x.i for x in words_), words_[-1].i, case))
                    piece = []
        k = j
