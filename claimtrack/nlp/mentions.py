"""The `claimtrack_mentions` spaCy component: who and what each sentence names.

Puts one span per mention in `doc.spans["mentions"]`: label = entity type,
kb_id = canonical name, and `span._.ct` = {"how", "owner", "parent"}. Sources, in
order of trust: gazetteer aliases, fuzzy gazetteer matches, descriptions ("le
nouveau modèle de Meta"), anaphora ("l'entreprise"), and statistical NER entities
the gazetteer does not know (kept as candidates).
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimtrack import lexicon
from claimtrack.descriptions import description_name, parse_description  # noqa: F401 (re-exported)
from claimtrack.nlp.doc_text import doc_text
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer

if not Span.has_extension("ct"):
    Span.set_extension("ct", default=None)

NER_TYPES = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place",
             "MISC": "misc", "PRODUCT": "product", "WORK_OF_ART": "misc", "NORP": "misc"}
# Organisation-like types an anaphor such as "l'entreprise" can point to.
ORG_TYPES = {"org"}
MODEL_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d[\w.-]*")  # a product's name with a number: X1, GPT-5, A17
ANAPHORA_LOOKBACK = 3  # sentences before the anaphor it may point into


def opens_sentence(tok) -> bool:
    """Is the token the sentence's first word (after any blank or opening quote)?"""
    return tok.is_sent_start or all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start:tok.i])


def after_opening(tok) -> bool:
    """Is the token its sentence's first word, or the first after a dateline ("GRENOBLE —
    Mauvaise nouvelle pour...", "LONDON (Reuters) - Shares...")?"""
    before = tok.doc[tok.sent.start:tok.i]
    if all(t.is_space or t.is_punct for t in before):
        return True
    dash = [k for k, t in enumerate(before) if t.text in ("—", "–", "-")]
    return bool(dash) and all(t.is_space or t.is_punct for t in before[dash[-1] + 1:]) \
        and all(not t.is_alpha or t.is_upper or t.text in ("Reuters", "AFP", "AP") for t in before[:dash[-1]])


def participle_opening(tok, nxt) -> bool:
    """"Interrogée par l'AFP, la banque...", "Créé en 1863, le groupe...": a French past
    participle opening a sentence, however the tagger read it."""
    return tok.doc.lang_ == "fr" and tok.lower_.endswith(("é", "ée", "és", "ées")) and nxt is not None \
        and nxt.is_alpha and nxt.is_lower


def common_acronym(text: str) -> bool:
    """"PC", "IA", "VR", "CEO": capitals of three letters or fewer abbreviate common
    nouns; such a word is a name only if the gazetteer knows it."""
    return (len(text) <= 3 and text.isupper()) or (4 <= len(text) <= 4 and text.endswith("s")
                                                     and text[:-1].isupper())  # "SUVs", "CEOs"


def _time_words() -> set[str]:
    """Month and weekday names of every language (data/times.yaml): capitalised, never names."""
    data = lexicon.load("times")
    return {w.lower() for table in ("months", "weekdays") for words in data.get(table, {}).values()
            for w in words}
NAME_JOINERS = ("-", "‑", "–")  # inside one name, with no space around: "Rolls-Royce", "Edinburgh–Toronto"
INSTITUTION_JOINERS = ("of", "and", "&", "for")  # inside one institution's name
LEAD_SENTENCES, LEAD_WEIGHT = 2, 2  # the headline and the lede name the article's protagonist first


class MentionTagger:
    """The component. Its gazetteer comes at `initialize(knowledge=...)` (or the
    packaged one, loaded on first use)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.known = None
        self.word = None  # known, or in the model's vocabulary
        self.function_words: frozenset[str] = frozenset()
        self.demonyms: frozenset[str] = frozenset()
        self.demonym_endings: tuple[str, ...] = ()
        self.speech: frozenset[str] = frozenset()
        self.titles: frozenset[str] = frozenset()
        self.kinds: dict[str, str] = {}  # "model" -> model: the kind a noun next to a name gives it
        self.naming: frozenset[str] = frozenset()  # "code-named", "baptisé"
        self.public: frozenset[str] = frozenset()  # "syndicat", "agency": a body, never "the company"
        self.citing: re.Pattern | None = None  # "selon le site spécialisé": a cited source's name follows
        self.common_acronyms: frozenset[str] = frozenset()  # "le PDG": a common noun, no body
        self._gaz = gazetteer
        self.time_words = _time_words()

    def initialize(self, get_examples=None, *, nlp=None, knowledge=None, gazetteer: Gazetteer | None = None):
        self._gaz = gazetteer or (knowledge.gazetteer if knowledge is not None else None) or load_gazetteer()
        if knowledge is not None and nlp is not None and nlp.lang in ("en", "fr"):
            lex = knowledge.lex(nlp.lang)
            self.known = lex.known  # a word of the language, not a name
            self.word = lex.in_dictionary
            self.function_words = frozenset().union(*(lex.closed.get(k, ()) for k in (
                "determiners", "prepositions", "conjunctions", "subordinators", "relatives")))
            self.demonyms = lex.closed.get("demonyms", frozenset())
            self.demonym_endings = tuple(lex.closed.get("demonym_endings", ()))
            self.titles = knowledge.words(nlp.lang).agent_nouns | lex.closed.get("title_modifiers", frozenset())
            self.kinds = {w: kind for kind, ws in knowledge.words(nlp.lang).kind_nouns.items() for w in ws}
            self.naming = knowledge.words(nlp.lang).naming
            self.descriptors = knowledge.words(nlp.lang).name_descriptors
            self.org_suffixes = knowledge.words(nlp.lang).org_suffixes
            self.legal_forms = knowledge.words(nlp.lang).legal_forms
            self.particles = knowledge.words(nlp.lang).name_particles
            self.title_articles = knowledge.words(nlp.lang).title_articles
            self.common_acronyms = knowledge.words(nlp.lang).common_acronyms
            self.name_articles = knowledge.words(nlp.lang).foreign_name_articles
            self.body_joiners = knowledge.words(nlp.lang).body_name_joiners
            self.appointing = knowledge.words(nlp.lang).appointing
            self.institutions = knowledge.words(nlp.lang).institution_heads
            self.regulators = (knowledge.words(nlp.lang).regulator_nouns, knowledge.words(nlp.lang).regulator_heads)
            self.person_relatives = lex.closed.get("person_relatives", frozenset())
            self.person_titles = knowledge.words(nlp.lang).actor_nouns.get("person", frozenset()) \
                | lex.closed.get("title_modifiers", frozenset()) | {"ceo", "cfo", "cto", "coo", "spokesperson"}
            self.public = knowledge.words(nlp.lang).public_nouns
            self.speech = knowledge.words(nlp.lang).speech
            self.citing = _citing(knowledge.words(nlp.lang).citing_words)
            self.first_names = frozenset(knowledge.genders.first_names)
            # "Ms", "M.", "Mme": a person's name follows (kept without their dot, as the tokenizer may split it)
            self.honorifics = frozenset(h.rstrip(".") for h in knowledge.genders.titles)

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        taken: list[tuple[int, int]] = []
        spans: list[Span] = []

        def add(a: int, b: int, label: str, kb: str, how: str, owner: str | None = None,
                parent: str | None = None) -> Span | None:
            span = doc.char_span(a, b, label=label, kb_id=kb, alignment_mode="expand")
            if span is None or any(span.start_char < e and s < span.end_char for s, e in taken) or "|" in span.text:
                return None  # (a byline read as a name, "Hugo Ferrand | 05/11/2026 | Entreprises", names nothing)
            span._.ct = {"how": how, "owner": owner, "parent": parent}
            spans.append(span)
            taken.append((span.start_char, span.end_char))
            return span

        def drop(span: Span) -> None:
            spans.remove(span)
            taken.remove((span.start_char, span.end_char))

        outlet = (doc._.article or {}).get("outlet") if Doc.has_extension("article") else None
        if outlet and len(outlet) >= 3:  # "Perspectives Hebdo — N° 1287", "interrogés par Perspectives Hebdo"
            for m in re.finditer(re.escape(outlet), text):
                add(m.start(), m.end(), "media", outlet, "outlet")  # the outlet itself: no company of the story
        exact = self.gaz.find(text)
        for m in exact:
            add(m.start, m.end, m.entity.type, m.entity.name, "exact", m.entity.owner, m.entity.parent)
        for m in self.gaz.find_fuzzy(text, list(taken)):
            add(m.start, m.end, m.entity.type, m.entity.name, "fuzzy", m.entity.owner, m.entity.parent)
        self._descriptions(doc, add, spans)
        self._candidates(doc, add, spans, drop)
        self._one_kind_per_name(spans)
        self._without_legal_form(spans)
        self._kind_of_name(doc, add, drop, spans)
        self._titled_names(doc, add, spans)
        self._short_forms(doc, add, spans)
        self._repeats(doc, add, spans)
        self._named_bodies(doc, add, drop, spans)
        self._spelled_bodies(doc, add, drop, spans)
        self._acronyms(doc, add, spans)
        self._acronyms_after_article(doc, add)  # (after the acronyms an article defines: "the DPC" is its name)
        self._anaphora(doc, add, spans)
        doc.spans["mentions"] = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
        return doc

    @staticmethod
    def _one_kind_per_name(spans: list[Span]) -> None:
        """An unknown name the article once said the kind of ("Kestrel, its next model")
        is of that kind wherever it is named again."""
        kinds: dict[str, set[str]] = {}
        for s in spans:
            if s._.ct.get("how") == "kind":
                kinds.setdefault(s.kb_id_, set()).add(s.label_)
        for s in spans:
            kind = kinds.get(s.kb_id_)
            if (s.label_ == "misc" or s._.ct.get("how") == "ner") and kind is not None and len(kind) == 1:
                s.label_ = next(iter(kind))
                s._.ct = {**s._.ct, "how": "kind"}

    def _without_legal_form(self, spans: list[Span]) -> None:
        """"Halvorsen Foods Inc" names the company "Halvorsen Foods": a name the article found
        (not the gazetteer's) is kept without the legal form that closes it."""
        forms = getattr(self, "legal_forms", frozenset())
        for s in spans:
            words = [t for t in s if t.text not in (",",)]
            if len(words) >= 3 and words[-1].lower_ in forms and (s._.ct or {}).get("how") in ("ner", "kind") \
                    and s.kb_id_ == s.text:
                s.kb_id_ = s.doc[words[0].i:words[-2].i + 1].text

    def _named_bodies(self, doc: Doc, add, drop, spans: list[Span]) -> None:
        """"le groupe hospitalier Saône-Doubs (GHSD)": a name found (by the NER, often as a place)
        after an organisation's kind noun and before the bracketed acronym of all their words
        is, with the kind noun, the organisation's name (so the acronym names it too)."""
        text = doc_text(doc)
        for s in list(spans):
            if s.label_ not in ("place", "org", "misc") or (s._.ct or {}).get("how") not in ("ner", "kind"):
                continue
            m = re.match(r" ?\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{2,7})\)", text[s.end_char:s.end_char + 12])
            if m is None:
                continue
            k = s.start
            while k > 0 and s.start - k < 4 and doc[k - 1].is_alpha and (
                    doc[k - 1].is_lower or self.kinds.get(doc[k - 1].lower_) == "org"):
                k -= 1
                if self.kinds.get(doc[k].lower_) == "org":
                    break
            if k == s.start or self.kinds.get(doc[k].lower_) != "org":
                continue
            words = [w for w in re.split(r"[\s\-‑’']+", doc[k:s.end].text) if w and w.lower() not in self.function_words]
            if "".join(w[0] for w in words).upper() != m.group(1):
                continue
            drop(s)
            add(doc[k].idx, s.end_char, "org", m.group(1), "ner")  # one name with its acronym: "GHSD"

    def _kind_of_name(self, doc: Doc, add, drop, spans: list[Span]) -> None:
        """"La Laiterie du Vercors a annoncé...", "l'Université de Lyon": a common noun written with a
        capital inside a sentence, then "du"/"de la"/"des"/"d'" and a name the NER found, is one body's
        name (French writes no common noun with a capital there), not the place it names. Not at a
        sentence's start, where any word has a capital ("Habitants du Vercors, ...")."""
        for s in list(spans):
            if s.label_ not in ("place", "misc") or (s._.ct or {}).get("how") != "ner":
                continue
            joiners = getattr(self, "body_joiners", frozenset())
            k = next((s.start - 1 - n for n in (2, 1) if s.start - n >= 1
                      and " ".join(t.lower_ for t in doc[s.start - n:s.start]) in joiners), None)
            head = doc[k] if k is not None else None
            if head is None or head.is_sent_start or not head.is_alpha or not head.text[:1].isupper() \
                    or head.is_upper or self.word is None or not self.word(head.lower_) \
                    or head.lower_ in self.function_words:
                continue
            drop(s)
            add(head.idx, s.end_char, "org", doc_text(doc)[head.idx:s.end_char], "ner")

    def _titled_names(self, doc: Doc, add, spans: list[Span]) -> None:
        """"le quotidien Le Veilleur", "selon La Gazette du Rail": inside a French sentence, an article
        with a capital before a capitalised word opens a title, a newspaper's or a body's name
        (`_repeats` then finds it where it opens a sentence). Names the NER already found stay."""
        articles = getattr(self, "title_articles", frozenset())
        for t in doc:
            if t.text not in articles or t.i == 0 or t.is_sent_start or t.i + 1 >= len(doc):
                continue
            prev, nxt = doc[t.i - 1], doc[t.i + 1]
            if prev.is_punct and prev.text not in (",", "(") or prev.is_space or not nxt.is_alpha \
                    or not nxt.text[:1].isupper() or nxt.is_upper:
                continue
            end = t.i + 2
            joiners = getattr(self, "body_joiners", frozenset())
            while end < len(doc) and not doc[end].is_sent_start:
                if doc[end].is_alpha and doc[end].text[:1].isupper():
                    end += 1  # "La Gazette du Rail", "La Lettre de l'Auto": the title goes on
                    continue
                n = next((n for n in (2, 1) if end + n < len(doc) and doc[end + n].text[:1].isupper()
                          and doc[end + n].is_alpha and " ".join(x.lower_ for x in doc[end:end + n]) in joiners), None)
                if n is None:
                    break
                end += n
            if any(sp.start <= t.i + 1 < sp.end for sp in spans):
                continue
            add(t.idx, doc[end - 1].idx + len(doc[end - 1].text), "media", doc[t.i:end].text, "ner")

    SPELLED_WORDS = 12  # how far back a bracketed acronym's spelled-out name may start

    def _spelled_bodies(self, doc: Doc, add, drop, spans: list[Span]) -> None:
        """"Le Syndicat des pilotes de la navigation aérienne (SPNA)", "l'Union nationale du personnel
        de cabine (UNPC)": words in lower case after a capitalised first word (or an organisation's
        kind noun), whose initials spell the bracketed acronym, name one organisation (the NER
        catches a piece of the name at most). The acronym names it, here and wherever it stands."""
        text = doc_text(doc)
        for hit in re.finditer(r"\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{2,7})\)", text):
            acronym = hit.group(1)
            if any(s.start_char < hit.start() <= s.end_char and s.label_ == "org" and s.kb_id_ == acronym for s in spans):
                continue  # named already ("le groupe hospitalier Saône-Doubs (GHSD)")
            end = doc.char_span(hit.start(), hit.start() + 1, alignment_mode="expand")
            if end is None:
                continue
            stop = end.start  # the token "("
            found = None
            for k in range(stop - 1, max(stop - self.SPELLED_WORDS, end.sent.start) - 1, -1):
                t = doc[k]
                if not (t.is_alpha or t.text in ("-", "'", "’")):
                    break
                if not (t.text[:1].isupper() or self.kinds.get(t.lower_) == "org"):
                    continue
                words = [w for w in re.split(r"[\s\-‑’']+", doc[k:stop].text)
                         if w and w.lower() not in self.function_words and w.isalpha()]
                if "".join(w[0] for w in words).upper() == acronym and len(words) >= 2 \
                        and any(w.islower() for w in words[1:]):  # ("Data Protection Commission": a name already)
                    found = k
                    break
            if found is None or (doc[found].is_lower and self.kinds.get(doc[found].lower_) != "org"):
                continue
            a, b = doc[found].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
            inside = [s for s in spans if a <= s.start_char and s.end_char <= b]
            if any((s._.ct or {}).get("how") not in ("ner", "kind") for s in inside) or any(
                    s.start_char < a < s.end_char or s.start_char < b < s.end_char for s in spans):
                continue  # a known name, or one that runs past the phrase
            for s in inside:
                drop(s)
            add(a, b, "org", acronym, "ner")
            for s in spans:
                if s.text == acronym and s.label_ == "misc" and (s._.ct or {}).get("how") in ("ner", "kind"):
                    s.label_, s.kb_id_ = "org", acronym  # "SPNA", which the NER could not type

    @staticmethod
    def _acronyms(doc: Doc, add, spans: list[Span]) -> None:
        """"the Data Protection Commission (DPC) ... The DPC fined": an acronym the article
        defines in brackets after a name is that name wherever it stands, however short."""
        text = doc_text(doc)
        for s in list(spans):
            b = s.end_char
            m = re.match(r" ?\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,7})\)", text[b:b + 12])
            if m is None or len(s.text.split()) < 2 or s.label_ in ("place", "media", "concept"):
                continue
            acronym = m.group(1)
            initials = "".join(w[0] for w in re.findall(r"[A-ZÀ-Ý][\w'’-]*", s.text)).upper()
            if not (acronym[0] == s.text[0].upper() or acronym in initials or initials.startswith(acronym[:2])):
                continue  # "Valmora (Lyon)": no acronym of the name
            MentionTagger._wherever(doc, add, acronym, s, "kind", r"(?<![\w-])", r"(?![\w-])")

    @staticmethod
    def _wherever(doc: Doc, add, text: str, s: Span, how: str, before: str = r"(?<!\w)",
                  after: str = r"(?!\w)") -> None:
        """Tag every whole-word occurrence of `text` as the entity of mention `s`."""
        ct = s._.ct or {}
        for hit in re.finditer(before + re.escape(text) + after, doc_text(doc)):
            add(hit.start(), hit.end(), s.label_, s.kb_id_, ct.get("how") or how, ct.get("owner"), ct.get("parent"))

    @staticmethod
    def _repeats(doc: Doc, add, spans: list[Span]) -> None:
        """A name of several words found once is the same name wherever the text repeats it
        ("le groupe bancaire Crédit Rhodanien ... le bénéfice du Crédit Rhodanien"), where the
        statistical model missed it."""
        found = {}
        for s in spans:
            how = (s._.ct or {}).get("how")
            words = [t for t in s if not t.is_punct]
            if how in ("ner", "kind") and len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
                    and s.label_ in ("org", "person", "misc", "media"):
                found.setdefault(s.text, s)
        for text, s in found.items():
            MentionTagger._wherever(doc, add, text, s, "ner")

    def _short_forms(self, doc: Doc, add, spans: list[Span]) -> None:
        """After "Helix Therapeutics", "Helix" alone (even opening a sentence, even a word of
        the language) is that company; after the person "Laura Kessler", "Kessler" is her."""
        short: dict[str, Span] = {}
        given: dict[str, set[str]] = {}  # a person's first name, and every person the article gives it
        given_span: dict[str, Span] = {}
        for s in sorted(spans, key=lambda s: s.start_char):
            words = [t for t in s if not t.is_punct]
            if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
                continue
            suffixed = words[-1].lower_ in getattr(self, "org_suffixes", ())  # "Helix Therapeutics", not "Aerlis Go"
            key = words[0].text if s.label_ == "org" and suffixed else words[-1].text if s.label_ == "person" else None
            if key is None and s.label_ == "misc" and len(words) == 2 and self.known is not None \
                    and not self.known(words[-1].lower_) and not self.known(words[0].lower_):
                key = words[-1].text  # "Gregory Almonte" ... "Almonte": a name of two words no dictionary has
            if key is None and s.label_ in ("misc", "org") and len(words) == 2 and self.known is not None \
                    and not self.known(words[0].lower_) and self.known(words[-1].lower_) \
                    and words[-1].lower_ not in getattr(self, "titles", set()) and len(words[-1].text) >= 5:
                key = words[0].text  # "Brightwater Dairy" ... "Brightwater": a name, then a word of its trade
                # (not "Aerlis Go": a short word makes a brand of the parent's name, another company)
            if key is None and s.label_ in ("person", "misc") and len(words) == 3 \
                    and words[1].lower_ in getattr(self, "particles", ()) and (self.known is None or not self.known(words[-1].lower_)):
                key = words[-1].text  # "Yannick Le Bihan" ... "Le Bihan said": the surname
            if key is not None and len(key) >= 3 and key not in short \
                    and key.lower() not in getattr(self, "function_words", ()) | getattr(self, "titles", set()):
                short[key] = s
            two_unknown = s.label_ == "misc" and len(words) == 2 and self.known is not None \
                and not self.known(words[-1].lower_)  # "Astrid Lund": a name of two words no dictionary has
            if (s.label_ == "person" or two_unknown) and len(words[0].text) >= 3 and (self.known is None or not self.known(words[0].lower_)) \
                    and words[0].lower_ not in getattr(self, "function_words", ()) | getattr(self, "titles", set()):
                given.setdefault(words[0].text, set()).add(s.kb_id_ or s.text)
                given_span.setdefault(words[0].text, s)
        for name, people in given.items():  # "Astrid knows every ship": Astrid Lund, the article's one Astrid
            if len(people) == 1 and name not in short:
                short[name] = given_span[name]
        if not short:
            return
        for sp in spans:  # "Macklem", already taken as a name of no known kind: Tiff Macklem
            full = short.get(sp.text)
            if full is not None and len(sp) == 1 and (sp.label_ == "misc" or (
                    sp.label_ == full.label_ and (sp._.ct or {}).get("how") in ("ner", "kind"))) \
                    and sp.start_char >= full.end_char:
                sp.label_, sp.kb_id_ = full.label_, full.kb_id_
        for tok in doc:
            s = short.get(tok.text)
            if s is None or tok.idx < s.end_char:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if (nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start) or (
                    prev is not None and prev.is_alpha and prev.text[:1].isupper() and not tok.is_sent_start):
                continue  # "Helix Biotech", "Dr. Helix": part of another name
            add(tok.idx, tok.idx + len(tok.text), s.label_, s.kb_id_, s._.ct.get("how") or "ner",
                s._.ct.get("owner"), s._.ct.get("parent"))

    def _descriptions(self, doc: Doc, add, spans: list[Span]) -> None:
        named = [s for s in spans if s._.ct["how"] in ("exact", "fuzzy")]
        for kind, a, b, owner_text in self.gaz.find_descriptions(doc_text(doc)):
            owner_ent = self.gaz.resolve(owner_text) if owner_text else None
            if owner_ent is None:
                orgs = [s for s in named if s.end_char <= a and s.label_ in ORG_TYPES]
                owner_ent = self.gaz.get(orgs[-1].kb_id_) if orgs else None
            if owner_ent is None:
                continue
            sent = doc.char_span(a, b, alignment_mode="expand")
            sent = sent.sent if sent is not None else None
            if sent is not None and any(s.label_ == kind and s.start_char >= sent.start_char
                                        and s.end_char <= sent.end_char and s._.ct["owner"] == owner_ent.name
                                        for s in named):
                continue  # the sentence names it: "le modèle Avocado que Meta développe"
            # Unnamed here: keep it a description ("model of Meta"); the reconciler
            # decides whether it fits a named model of the same owner.
            kb = description_name(kind, owner_ent.name)
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            # the description replaces the owner mention it contains
            for s in list(spans):
                if s.start_char >= span.start_char and s.end_char <= span.end_char:
                    spans.remove(s)
            add_span = add(a, b, kind, kb, "description", owner_ent.name, None)
            if add_span is None:
                # the owner was registered as taken; register anyway
                span.label_, span.kb_id_ = kind, kb
                span._.ct = {"how": "description", "owner": owner_ent.name, "parent": None}
                spans.append(span)

    def _candidates(self, doc: Doc, add, spans: list[Span], drop) -> None:
        if not doc.has_annotation("ENT_IOB"):
            self._capitalised(doc, add, spans, drop)
            return
        for ent in doc.ents:
            label = NER_TYPES.get(ent.label_)
            if label is None or not ent.text[:1].isupper() or len(ent.text) < 2:
                continue
            if all(t.is_stop or t.is_punct for t in ent):
                continue
            if doc.has_annotation("POS") and ent[0].pos_ not in ("PROPN", "X") and not self._inner_name(ent):
                continue  # "Abandonner", "Approche Fermée": capitalised words of a title
            if len(ent) == 1 and ent[0].is_sent_start and ent[0].lower_ in self.function_words:
                continue  # "Quant aux passagers": a preposition opening the sentence
            if len(ent) == 1 and opens_sentence(ent[0]) and (
                    ent[0].pos_ in ("PRON", "DET", "ADV", "ADP", "CCONJ", "SCONJ")
                    or "Part" in ent[0].morph.get("VerbForm")):
                continue  # "Celui-ci, qui...", "Environ 31 000...", "Interrogée par l'AFP, ...": no name
            if self._opening_word(doc, list(ent)):
                continue  # "GRENOBLE — Mauvaise nouvelle pour...": a word of the language, capitalised to open
            words = list(ent)
            while words and (words[-1].lower_ in self.time_words or words[-1].is_punct):
                words.pop()  # "Acme lundi": the weekday is no part of the name
            while words and (words[0].lower_ in self.time_words or words[0].is_punct):
                words.pop(0)
            if not words:
                continue
            if label != "person" and self._numbered(doc, words[-1]):
                words.append(doc[words[-1].i + 1])  # "Ligue 2", "Formule 1": the number is part of the name
            ent = doc[words[0].i:words[-1].i + 1]
            name = ent.text.strip()
            a = ent.start_char + len(ent.text) - len(ent.text.lstrip())
            b = a + len(name)  # the NER may take the blank line after a title
            known = self.gaz.resolve(name)
            if known is None and common_acronym(name) and not self._kind_by(ent) and not self._named_acronym(ent, label):
                continue
            # a name that contains a common-noun concept: "Safe Superintelligence" is a company
            for s in [s for s in spans if a <= s.start_char and s.end_char <= b and s.label_ == "concept"
                      and (s.start_char, s.end_char) != (a, b)]:
                drop(s)
            if known is not None:
                add(a, b, known.type, known.name, "fuzzy", known.owner, known.parent)
            else:
                if label == "person" and len(ent) == 1 and not self._named_in_full(doc, ent[0]):
                    label = "misc"  # "Arvelle est valorisée...": a person is first named in full
                last = words[-1].lower_
                lemma = (words[-1].lemma_ or last).lower()
                if label == "person" and len(words) > 1 and self.known is not None and last.endswith("s") \
                        and (self.known(last) or self.known(last[:-1]) or (lemma != last and self.known(lemma))):
                    label = "misc"  # "Azur Lignes", "Armor Composites": a plural common noun ends no person's name
                if len(words) > 1 and words[-1].lower_ in getattr(self, "org_suffixes", ()):
                    label = "org"  # "Zeta Labs", "Kestrel AI": a company, whatever the NER said
                kind = self._kind_of(words) if hasattr(self, "kinds") and label != "person" else "misc"
                if kind in ("model", "product"):  # "Kestrel, son prochain modèle": the article says what it is
                    add(a, b, kind, name, "kind")
                elif kind == "org" and label in ("place", "misc"):  # "le transporteur routier Trans-Nordis"
                    add(a, b, kind, name, "kind")
                else:
                    add(a, b, label, name, "ner")
        self._proper_nouns(doc, add)

    DEFINITE_BEFORE = frozenset(("le", "la", "l'", "l’", "du", "au", "the"))

    def _acronyms_after_article(self, doc: Doc, add) -> None:
        """Three capitals after a definite article that no one named ("Le PNF a ouvert une enquête",
        "la CGT appelle à la grève"), unless an acronym of a common noun ("le PDG", predicates.yaml
        common_acronyms): a body's name."""
        for t in doc:
            if not (len(t.text) == 3 and t.is_alpha and t.is_upper) or t.i == 0 or t.text in self.common_acronyms:
                continue
            if doc[t.i - 1].lower_ not in self.DEFINITE_BEFORE or (self.known is not None and self.known(t.lower_)):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].is_upper and doc[t.i + 1].is_alpha:
                continue  # ("the EU AI Act": part of a longer name)
            add(t.idx, t.idx + 3, "org", t.text, "ner")

    def _named_acronym(self, ent: Span, label: str) -> bool:
        """Three capitals the NER calls an organisation, and no word of the language ("la CGT a
        appelé", "l'OMS"; not "PDG", "TVA"): a name."""
        text = ent.text.strip()
        return label == "org" and len(text) == 3 and text.isalpha() and text.isupper() and \
            self.known is not None and not self.known(text.lower()) and not ent[0].is_sent_start

    @staticmethod
    def _numbered(doc: Doc, last, tagged: bool = True) -> bool:
        """A small number right after a name, no figure of something ("Ligue 2, club", "Formule 1
        est", "Atlas 2 model"; not "Arvelle 48 euros", "Meta 3 %", "Brentford 2 points"). Without a
        tagger (`tagged` False) the words after it say what it counts, and a model's letter and
        number ("Helix T2", not "Meta Q2" nor "T3 2026") is part of the name too."""
        k = last.i + 1
        if k >= len(doc) or not last.whitespace_:
            return False
        if not tagged and MODEL_NAME.fullmatch(doc[k].text) and len(doc[k].text) <= 4 \
                and not doc[k].text[:1].isdigit():
            after = doc[k + 1].text if k + 1 < len(doc) else ""
            return not (re.fullmatch(r"[QH]\d", doc[k].text) or (len(after) == 4 and after.isdigit()))
        if not doc[k].text.isdigit() or len(doc[k].text) > 2:
            return False
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is None:
            return True
        if tagged:
            return nxt.text not in ("%", "‰", ",5") and nxt.pos_ not in ("NOUN", "NUM", "PROPN", "SYM") \
                and not nxt.like_num
        decimal = nxt.text in (",", ".") and not nxt.whitespace_ and k + 2 < len(doc) and doc[k + 2].text[:1].isdigit()
        counts = nxt.is_lower and nxt.text.endswith("s") and len(nxt.text) > 3  # "2 points", "3 days"
        return not (nxt.like_num or decimal or counts or nxt.text in ("%", "‰") or nxt.lower_ in ("percent", "per", "pc"))

    def _tied(self, doc: Doc, named: list[Span], upto: int, kind: str, phrase: str, loose: bool = False) -> str | None:
        """The latest of the names before `named[upto]` the article introduced, as a `kind`, with
        the anaphor's noun: "le transporteur routier Trans-Nordis", "Trans-Nordis, le transporteur"."""
        noun = re.split(r"[\s'’]+", phrase.lower())[-1]
        for j in range(upto - 1, -1, -1):
            s = named[j]
            if (s.label_ != kind and not (loose and s.label_ == "misc")) or self._cited(doc_text(doc), s.start_char):
                continue  # not "Selon le site Vélo & Business, la société...": the source is no company of it
            k = s.start - 1
            while k > 0 and s.start - k <= 2 and doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop \
                    and doc[k].lower_ != noun:
                k -= 1
            if k >= 0 and doc[k].lower_ == noun and doc[k].is_lower:
                return s.kb_id_  # (not "The Estravian Competition Authority fined Pinecrest": a name's word)
            if any(t.lower_ == noun for t in s):  # "the Bank of Canada ... the bank"
                return s.kb_id_
            if s.end < len(doc) and doc[s.end].lower_ == noun:  # "The CGT union ... the union"
                return s.kb_id_
            if s.end + 2 < len(doc) and doc[s.end].text == "," and doc[s.end + 2].lower_ == noun and not (
                    s.end + 3 < len(doc) and doc[s.end + 3].lower_ in ("'s", "’s")):
                return s.kb_id_  # (not "Karel Vondra, the authority's president": the authority owns him)
        nouns, heads = getattr(self, "regulators", (frozenset(), frozenset()))
        if noun in nouns:  # "Britain's Competition and Markets Authority ... The regulator said"
            for j in range(upto - 1, -1, -1):
                s = named[j]
                if s.label_ in (kind, "misc") and len(s) > 1 and any(t.lower_ in heads for t in s) \
                        and not self._cited(doc_text(doc), s.start_char):
                    return s.kb_id_
        return None

    def _opening_word(self, doc: Doc, words: list) -> bool:
        """One word of the language, capitalised only because it opens the sentence or follows
        a dateline ("GRENOBLE — Mauvaise nouvelle"), and capitalised nowhere else in the text,
        unknown to the gazetteer: no name."""
        if len(words) != 1 or self.word is None:
            return False
        tok = words[0]
        return self.word(tok.lower_) and after_opening(tok) and self.gaz.resolve(tok.text) is None \
            and not any(t.text == tok.text and not after_opening(t) for t in doc if t.i != tok.i)

    @staticmethod
    def _inner_name(ent: Span) -> bool:
        """A name of capitalised common words inside a sentence in sentence case ("le groupe
        bancaire lyonnais Crédit Rhodanien"): in running text, capitals mark a name."""
        if len(ent) < 2 or ent[0].is_sent_start or not all(t.text[:1].isupper() for t in ent if t.is_alpha):
            return False
        words = [t for t in ent.sent if t.is_alpha]
        return sum(t.text[:1].isupper() for t in words) * 3 < len(words)

    def _kind_by(self, ent: Span) -> bool:
        """An organisation's kind noun right by the acronym: "the CGT union", "le syndicat FO"."""
        kinds = getattr(self, "kinds", {})
        doc = ent.doc
        nxt = doc[ent.end] if ent.end < len(doc) else None
        prev = doc[ent.start - 1] if ent.start > 0 else None
        return any(t is not None and t.is_lower and kinds.get(t.lower_) == "org" for t in (nxt, prev))

    @staticmethod
    def _name_follows(doc: Doc, b: int, text: str | None = None) -> bool:
        """Does a name follow the description ending at character b, right after it or
        after one adjective?"""
        nxt = doc.char_span(b, len(doc_text(doc) if text is None else text), alignment_mode="expand")
        if nxt is None or not len(nxt):
            return False
        first = nxt[0] if not nxt[0].is_space else (nxt[1] if len(nxt) > 1 else None)
        if first is None:
            return False
        if first.text[:1].isupper() and (first.is_alpha or first.text.replace("-", "").replace("‑", "").isalpha()):
            return True  # "le transporteur Trans-Nordis"
        k = first.i
        while k < len(doc) and k - first.i < 3 and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].pos_ in ("ADJ", "PROPN"):  # "grenobloise" tagged a name, in lower case: an adjective
            k += 1  # "le groupe bancaire lyonnais Crédit Rhodanien": adjectives, then the name
        if k > first.i and k < len(doc) and doc[k].text[:1].isupper():
            return True
        if k < len(doc) and doc[k].lower_ in ("de", "d'", "d’", "du", "des"):
            # "le fabricant de pneus Renaldi", "le spécialiste de l'emballage Sarvel": its trade, then the name
            j = k + 1
            if j < len(doc) and doc[j].lower_ in ("l'", "l’", "la", "le", "les"):
                j += 1
            n = 0
            while j < len(doc) and n < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"):
                j, n = j + 1, n + 1
            return n > 0 and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha
        return False

    def _cited(self, text: str, start: int) -> bool:
        """Is the name at `start` a cited source ("Selon le site spécialisé Vélo & Business, la
        société..."): not what a later "la société" stands for?"""
        return self.citing is not None and self.citing.search(text, max(0, start - 60), start) is not None

    @staticmethod
    def _named_in_full(doc: Doc, tok) -> bool:
        """Does the article name a person ending with this word ("Emmanuel Macron" ...
        "Macron")?"""
        return any(e.label_ in ("PER", "PERSON") and len(e) > 1 and e[-1].text == tok.text for e in doc.ents)

    def _proper_nouns(self, doc: Doc, add) -> None:
        """Names the NER missed ("Acme a racheté..."): runs of capitalised proper nouns
        the tagger marks, none of a title-cased line."""
        if not doc.has_annotation("POS"):
            return
        run: list = []

        def named(t) -> bool:  # a capitalised word the tagger or the dictionary says is a name
            return t.text[:1].isupper() and t.is_alpha and len(t.text) > 2 and t.lower_ not in self.time_words \
                and (t.pos_ in ("PROPN", "X") or (self.known is not None and not self.known(t.lower_)))

        for tok in [*doc, None]:
            upper = tok is not None and tok.text[:1].isupper()  # (what follows reads only capitalised tokens)
            model_name = upper and bool(MODEL_NAME.fullmatch(tok.text))  # "X1", "GPT-5", "A17"
            nxt = doc[tok.i + 1] if upper and tok.i + 1 < len(doc) else None
            lead = tok is not None and not tok.is_sent_start and tok.text[:1].isupper() and tok.is_alpha \
                and len(tok.text) > 2 and tok.lower_ not in self.time_words and nxt is not None and named(nxt) \
                and tok.pos_ in ("NOUN", "ADJ", "PROPN")  # "le groupe bancaire Crédit Rhodanien": a word of the name
            if tok is not None and tok.text[:1].isupper() and (tok.is_alpha or model_name) and len(tok.text) > 1 \
                    and (model_name or len(tok.text) > 2) \
                    and (model_name or lead or tok.pos_ in ("PROPN", "X") or (self.known is not None and not self.known(tok.lower_)))\
                    and tok.lower_ not in self.time_words and not common_acronym(tok.text) \
                    and not (opens_sentence(tok) and tok.pos_ == "NUM") \
                    and not (opens_sentence(tok) and (tok.pos_ in ("PRON", "DET", "ADV", "ADP")
                                                    or "Part" in tok.morph.get("VerbForm")
                                                    or participle_opening(tok, nxt))):  # "Celui-ci", "Interrogée"
                run.append(tok)
                continue
            if run and tok is not None and tok.i == run[-1].i + 1 and tok.text[:1].isupper() \
                    and tok.lower_ in getattr(self, "org_suffixes", ()) and run[-1].whitespace_:
                run.append(tok)  # "Lumora AI", "Verdane SA": the word that says it is a company ends its name
                continue
            if run and not self._opening_word(doc, run):
                if self._numbered(doc, run[-1]):
                    run.append(doc[run[-1].i + 1])  # "club de Ligue 2": the number is part of the name
                kind = self._kind_of(run) if self.kinds else "misc"  # "SUV électriques Elya": a product
                if kind == "misc" and self._first_named(run):
                    kind = "person"
                add(run[0].idx, run[-1].idx + len(run[-1].text), kind, " ".join(t.text for t in run),
                    "ner" if kind == "misc" else "kind")
            run = []

    def _capitalised(self, doc: Doc, add, spans: list[Span] | None = None, drop=None) -> None:
        """Without a NER model: runs of capitalised words, not sentence-initial function
        words, are candidate names ("Sundar Pichai", "Acme Robotics"). One capitalised word
        opening a sentence is a name only if the text also capitalises it elsewhere ("led by
        ASML"), it is an acronym of four letters or more, or it is no word of the language
        ("Orbix", "FreshMart"). In a title-cased headline only such words are names."""
        inner = {t.text for t in doc if not t.is_sent_start and t.text[:1].isupper() and t.is_alpha}
        for sent in doc.sents:
            alpha = [t for t in sent if t.is_alpha]
            # a title-cased headline capitalises its little words too ("Woman Is Not The Wife Of...")
            title_case = len(alpha) >= 3 and (
                any(t.lower_ in self.function_words and t.text[:1].isupper() and not t.is_sent_start
                    and t.doc[t.i - 1].text not in (":", "\"", "“", "'", "-", "–", "—", "(") for t in alpha)
                or (len(alpha) >= 6 and sum(t.text[:1].isupper() for t in alpha) / len(alpha) >= 0.8))
            run: list = []
            for tok in [*sent, None]:
                if tok is not None and self._capital(tok, title_case):
                    run.append(tok)
                    continue
                if tok is not None and title_case and run and tok.text[:1].isupper() and tok.lower_ in (
                        getattr(self, "org_suffixes", frozenset()) | getattr(self, "institutions", frozenset())):
                    run.append(tok)  # "Norges Bank Cuts Rate...": a known word that ends a company's name
                    continue
                if tok is not None and run and self._joins_name(doc, tok, sent.end):
                    run.append(tok)  # "Trans-Nordis", "Rolls-Royce", "Edinburgh–Toronto", "Ile-de-Lumiere": one name
                    continue
                if tok is not None and run and self._possessive_in_name(doc, run, tok, sent.end, title_case):
                    run.append(tok)  # "People's Renewal Party", "the Anti-Corruption Prosecutor's Office": one name
                    continue
                if tok is not None and run and not title_case and tok.lower_ in INSTITUTION_JOINERS \
                        and tok.i + 1 < sent.end and self._capital(doc[tok.i + 1], title_case):
                    run.append(tok)  # "Bank of England", "Food and Drug Administration", if an institution
                    continue
                while run and (run[-1].text in NAME_JOINERS or run[-1].text == "&" or run[-1].lower_ in INSTITUTION_JOINERS):
                    run.pop()
                while run and run[0].lower_ in getattr(self, "function_words", ()):
                    run = run[1:]  # "- The Bank of Canada": the article is no part of the name
                if run and tok is not None and tok.i == run[-1].i + 1 and self._numbered(doc, run[-1], tagged=False):
                    run.append(tok)  # "Atlas 2", "Kestrel 3": a model's number is part of its name
                runs = self._institution(run)
                for run in runs:
                    if drop is not None and any(t.lower_ in INSTITUTION_JOINERS for t in run):
                        a, b = run[0].idx, run[-1].idx + len(run[-1].text)  # "Bank of Canada", not "Canada"
                        for sp in [sp for sp in spans if a <= sp.start_char and sp.end_char <= b
                                   and sp.label_ == "place"]:
                            drop(sp)
                    self._read_run(doc, add, run, inner)
                run = []

    def _possessive_in_name(self, doc: Doc, run: list, tok, end: int, title_case: bool) -> bool:
        """An "'s" inside an institution's name: after a capitalised common word ("People's",
        "Prosecutor's"), before capitalised words that end in an institution's head ("Renewal
        Party", "Office"). "Meta's Superintelligence Lab", "Estavia's Energy Ministry": a name
        owns the body, which is a name of its own."""
        if tok.text not in ("'s", "’s") or self.word is None or not self.word(run[-1].lower_):
            return False
        heads = getattr(self, "institutions", frozenset())
        k = tok.i + 1
        while k < end and self._capital(doc[k], title_case) and k - tok.i <= 4:
            if doc[k].lower_ in heads:
                return True
            k += 1
        return False

    @staticmethod
    def _joins_name(doc: Doc, tok, end: int) -> bool:
        """A hyphen or dash with no space around it, before a capitalised word or before a
        short particle that another hyphen ties to one ("Ile-de-Lumiere"); or that particle."""
        def attached(t) -> bool:
            return t.text in NAME_JOINERS and not t.whitespace_ and not doc[t.i - 1].whitespace_
        nxt = doc[tok.i + 1] if tok.i + 1 < end else None
        if nxt is None:
            return False
        if tok.text == "&":
            return nxt.text[:1].isupper()  # "Harwell & Stone", "Procter & Gamble"
        if attached(tok):
            return nxt.text[:1].isupper() or (
                nxt.is_lower and len(nxt.text) <= 3 and tok.i + 3 < end and attached(doc[tok.i + 2])
                and doc[tok.i + 3].text[:1].isupper())
        return tok.is_lower and len(tok.text) <= 3 and attached(doc[tok.i - 1]) and attached(nxt) \
            and tok.i + 2 < end and doc[tok.i + 2].text[:1].isupper()

    def _read_run(self, doc: Doc, add, run: list, inner: set[str]) -> None:
        """Tag one run of capitalised words as a name (or two, around a title)."""
        while run and (run[0].lower_ in self.demonyms or (run[0].text in ("-", "‑") and len(run) > 1)):
            run = run[1:]  # "French Arvelle", "U.S. group": the adjective is no part of the name
        for part in self._untitled(run):
            last = part[-1].i
            if last + 2 < len(doc) and doc[last + 1].text == "-" and doc[last + 2].is_lower:
                continue  # "the Basel-based company": where it is, not a name of the story
            if len(part) > 1 or self._single_name(part[0], inner):
                kind = self._kind_of(part)
                if kind == "misc" and self._first_named(part):
                    kind = "person"  # "Marc Delory was released": a person, whatever the verb expects
                end = part[-1].idx + len(part[-1].text)
                add(part[0].idx, end, kind, doc_text(doc)[part[0].idx:end] if any(
                    t.text in NAME_JOINERS or t.text in ("'s", "’s") for t in part) else " ".join(t.text for t in part),
                    "ner" if kind == "misc" else "kind")

    def _set_off_person(self, doc: Doc, part: list, before) -> bool:
        """A name of two or three plain capitalised words set off by commas after a noun for a
        person ("The ship's captain, Ilias Marenko,") or before an age ("Ilias Marenko, 54,",
        "Ilias Marenko, 54 ans,")."""
        if not 2 <= len(part) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in part):
            return False
        titles = getattr(self, "person_titles", ())
        if before is not None and before.text == "," and part[0].i >= 2 and doc[part[0].i - 2].lower_ in titles:
            return True
        k = part[-1].i + 1
        return k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and len(doc[k + 1].text) <= 3 and (
            doc[k + 2].text in (",", ")") or doc[k + 2].lower_ in ("ans", "an") and k + 3 < len(doc)
            and doc[k + 3].text in (",", ")"))

    def _institution(self, run: list) -> list[list]:
        """A run joined across "of"/"and" is one name only if an institution heads it ("Bank of
        England", "Food and Drug Administration"); else the names on each side ("Paris and London")."""
        joins = [k for k, t in enumerate(run) if t.lower_ in INSTITUTION_JOINERS and t.text != "&"]  # "Harwell & Stone": one
        if not joins:
            return [run] if run else []
        heads = getattr(self, "institutions", frozenset())
        if run[-1].lower_ in heads or (any(t.lower_ in heads for t in run[:joins[0]])
                                        and all(run[k].lower_ != "and" for k in joins)):
            return [run]  # (and "Rossburg Court of Appeal", "European Court of Justice")
        out, start = [], 0
        for k in [*joins, len(run)]:
            if run[start:k]:
                out.append(run[start:k])
            start = k + 1
        return out

    def _kind_of(self, part: list) -> str:
        """The kind of an unknown name, from the noun next to it ("the Kestrel model", "sensor
        maker Arvelle") or the noun phrase it names ("Dunmore's next model, code-named Kestrel"),
        or its last word ("Zeta Labs")."""
        doc = part[0].doc
        if len(part) > 1 and part[-1].lower_ in getattr(self, "org_suffixes", ()):
            return "org"
        before = doc[part[0].i - 1] if part[0].i > 0 else None
        if len(part) > 1 and before is not None and before.lower_ in getattr(self, "person_titles", ()) \
                and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in part):  # ("DiNardo")
            return "person"  # "Governor Tiff Macklem", "chief executive Laura Kessler"
        if len(part) > 1 and part[0].lower_.rstrip(".") in getattr(self, "honorifics", ()):
            return "person"  # "Ms Verhaegen", "Mr Peltar"
        if self._set_off_person(doc, part, before):
            return "person"
        if before is not None and before.lower_ in getattr(self, "appointing", ()) and len(part) > 1 \
                and part[0].lower_ in getattr(self, "first_names", ()):
            return "person"  # "named Camille Verhaegen interim CEO": a first name, appointed
        heads = getattr(self, "institutions", frozenset())
        if len(part) > 1 and (part[-1].lower_ in heads or (part[0].lower_ in heads and part[1].lower_ == "of")):
            return "org"  # "Drug Administration", "Bank of England"
        after = doc[part[-1].i + 1] if part[-1].i + 1 < len(doc) else None
        if len(part) == 1 and after is not None and after.is_lower and self.kinds.get(after.lower_) == "org" \
                and before is not None and before.lower_ in ("the", "la", "le", "l'", "l’") and not part[0].is_upper:
            return "place"  # "The Columbus company", "the Basel group": where the company is, not its name
        if after is not None and after.lower_ in self.kinds and after.is_lower:
            if len(part) == 1 and self.demonym_endings and part[0].lower_.endswith(self.demonym_endings) \
                    and any(t.text[:1].isupper() and t.is_alpha for t in doc[after.i + 1:after.i + 3]):
                return "place"  # "Brevanian airline Aeroval": where the airline is from; Aeroval is its name
            return self.kinds[after.lower_]
        if after is not None and after.is_lower and after.lower_ in self.titles and not (
                before is not None and before.lower_ in getattr(self, "appointing", ())):
            return "org"  # "a Dunmore spokesperson", "Northgate chief executive..." (not "named Astrid Lund chief executive")
        if after is not None and after.lower_ in ("'s", "’s") and any(
                self.kinds.get(t.lower_) in ("model", "product") for t in doc[after.i + 1:after.i + 5]):
            return "org"  # "Dunmore's Kestrel model": who owns a model is an organisation
        if after is not None and after.text == "," and not (
                before is not None and before.lower_ in getattr(self, "function_words", ())):
            # "Kestrel, its next model": an apposition says what (not "Basée à Marseille, la compagnie...")
            words = doc[after.i + 1:after.i + 6]
            for j, t in enumerate(words):
                if t.lower_ in self.kinds and t.is_lower and j > 0 and all(
                        w.lower_ in self.function_words or w.is_lower and w.is_alpha for w in words[:j]):
                    if any(w.lower_ in self.titles for w in words[j + 1:j + 4]):
                        return "person"  # "Claire Dumoulin, a company spokeswoman", "John Reyes, the company's finance chief"
                    return self.kinds[t.lower_] if words[0].lower_ in self.function_words else "misc"
                if not (t.is_lower and t.is_alpha):
                    break
        k = part[0].i - 1
        while k > 0 and part[0].i - k <= 2 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower \
                and doc[k].is_alpha and not doc[k].is_stop and doc[k].lower_ not in self.kinds:
            k -= 1  # "le transporteur routier Trans-Nordis", "le groupe belge Vandermeulen"
        if k >= 0 and doc[k].lower_ in self.kinds and (doc[k].is_lower or doc[k].is_upper):
            if any(t.lower_ in self.titles for t in doc[k + 1:part[0].i]):
                return "person"  # "a company spokeswoman, Claire Dumoulin": the title says who
            return self.kinds[doc[k].lower_]  # "the SUV Elya" too
        if k >= 0 and doc[k].lower_ in self.naming:
            for j in range(k - 1, max(-1, k - 8), -1):  # back over "code-", the comma, to the noun named
                if doc[j].lower_ in self.kinds and doc[j].is_lower:
                    return self.kinds[doc[j].lower_]
        return "misc"

    def _untitled(self, run: list) -> list[list]:
        """"Northgate Chief Executive Daniel Reyes": the organisation and the person, without
        the title between them."""
        at = [k for k, t in enumerate(run) if t.lower_ in self.titles]
        if not at or not run:
            return [run] if run else []
        inst = getattr(self, "institutions", frozenset())
        if len(run) > 2 and (run[-1].lower_ in inst or (
                any(t.lower_ in inst for t in run) and any(t.lower_ in INSTITUTION_JOINERS for t in run))):
            # "National Disaster Management Agency", "Rossburg Court of Appeal": an institution's name,
            # no title in it
            return [run]
        before, after = run[:at[0]], run[at[-1] + 1:]
        return [p for p in (before, after) if p]

    def _capital(self, tok, title_case: bool) -> bool:
        if not (tok.text[:1].isupper() and tok.is_alpha) or tok.lower_ in self.time_words:
            return False
        opening = tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in (":", "?", "!", "\"", "“", "«"))
        if opening and tok.lower_ in getattr(self, "name_articles", ()) and not tok.is_stop \
                and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper() and tok.doc[tok.i + 1].is_alpha \
                and not self._surname_before(tok):
            return True  # "Le Veilleur published...", in English: the paper's name opens with its article
        if opening and (tok.is_stop or tok.lower_ in self.gaz.starters):
            return False
        if opening and tok.lower_ in getattr(self, "descriptors", ()):
            return False  # "Rival Kestrel Networks", "Carmaker Vellmar": what the name is, not the name
        if (title_case or opening) and self.known is not None:
            if self._unknown(tok):
                return True
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if opening and nxt is not None and self._joins_name(tok.doc, nxt, len(tok.doc)) and not tok.whitespace_:
                return True  # "Rolls-Royce cut 300 jobs": an opening word hyphenated to a name
            # "Acme Robotics bought...": an opening word joined to the name after it
            return opening and not title_case and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha \
                and not nxt.is_sent_start
        return True

    @staticmethod
    def _surname_before(tok) -> bool:
        """"Le Bihan" after "Yannick Le Bihan": a surname with its particle, named in full before."""
        pair = re.escape(f"{tok.text} {tok.doc[tok.i + 1].text}")
        return re.search(r"[A-ZÀ-Ý][\w'’-]+ " + pair + r"\b", tok.doc.text[:tok.idx]) is not None

    def _unknown(self, tok) -> bool:
        camel = any(c.isupper() for c in tok.text[1:]) and not tok.text.isupper()
        return camel or (self.known is not None and not self.known(tok.lower_)) or \
            (tok.text.isupper() and len(tok.text) >= 2 and not common_acronym(tok.text))

    def _single_name(self, tok, inner: set[str]) -> bool:
        """One capitalised word alone: a name unless it is short or a common acronym, and,
        opening a sentence, only if capitalised elsewhere too, a long acronym or no word."""
        if len(tok.text) < 2 or ((len(tok.text) < 3 or common_acronym(tok.text)) and not self._kind_by(tok.doc[tok.i:tok.i + 1])):
            return False  # "PC", "CEO"; but "the CGT union", "le syndicat FO"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if len(tok.text) == 2 and nxt is not None and nxt.is_lower and nxt.lower_ in getattr(self, "kinds", {}):
            return False  # "the Paris-based AI group", "an EV maker": two capitals before a noun qualify it
        opening = tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in (":", "?", "!", "\"", "“", "«"))
        return not opening or tok.text in inner or tok.text.isupper() or self._unknown(tok)

    def _first_named(self, s) -> bool:
        """A name of two or three words opening with a first name the people list knows ("Julien
        Morvan"): a person's, never what "the company" stands for."""
        return 2 <= len(s) <= 3 and s[0].lower_ in getattr(self, "first_names", ()) and all(
            t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in s)

    def _titled(self, doc: Doc, s: Span) -> bool:
        """A name with a person's title by it ("a company spokeswoman, Claire Dumoulin", "Claire
        Dumoulin, a spokeswoman"), or a relative only a person takes ("Teodor Brask, who"): a person,
        whatever else the name may be."""
        titles = getattr(self, "titles", frozenset())
        before = [t for t in doc[max(0, s.start - 2):s.start] if t.text != ","]
        after = list(doc[s.end:min(len(doc), s.end + 5)])
        if before and before[-1].lower_ in titles:
            return True
        if after and after[0].text == ",":
            if len(after) > 1 and after[1].lower_ in getattr(self, "person_relatives", ()):
                return True  # "Teodor Brask, who had run the department": a person
            for t in after[1:]:
                if t.is_punct:
                    break
                if t.lower_ in titles:
                    return True
        return False

    def _closing_teller(self, doc: Doc, named: list[Span], starts: list[int], a: int, b: int, base: str,
                        titled: set[str], text: str) -> Span | None:
        """", the club said" closing a sentence that opens with a name of that kind: the
        sentence's own subject tells it, not the club named in passing inside it."""
        if base != "org" or not text[max(0, a - 4):a].rstrip().endswith(","):  # (not the whole text before)
            return None
        after = doc.char_span(b, min(len(text), b + 30), alignment_mode="expand")
        verb = next((t for t in after if not t.is_space), None) if after is not None else None
        if verb is None or (verb.lemma_ or verb.lower_).lower() not in self.speech:
            return None
        sent_start = starts[max(0, bisect.bisect_right(starts, a) - 1)] if starts else 0
        first = next((s for s in named if sent_start <= s.start_char < a and not (
            len(s) == 1 and self.demonym_endings and s[0].lower_.endswith(self.demonym_endings))), None)
        if first is None or first.label_ not in ("org", "misc") or first.kb_id_ in titled or self._first_named(first):
            return None
        opening = doc.char_span(sent_start, first.start_char, alignment_mode="expand")
        if opening is not None and any(t.lower_ in self.function_words and t.lower_ not in ARTICLES for t in opening):
            return None  # a name after a preposition ("After the deal with X, ...") is no subject
        noun = text[a:b].split()[-1].lower()
        if opening is not None and any(t.lower_ in self.kinds and t.lower_ != noun for t in opening):
            return None  # "Le fonds Bluecrest a racheté le FC Garonne, a annoncé le club": a fund is no club
        return first

    def _anaphora(self, doc: Doc, add, spans: list[Span]) -> None:
        """"l'entreprise" -> the most salient organisation of the last sentences: the one
        the article has named most so far (a sentence's first name weighs double: it is
        most often the subject), the latest on a tie. One sweep through the text per kind."""
        starts = [st.start_char for st in doc.sents]
        text = doc_text(doc)
        anaphors = sorted(self.gaz.find_anaphora(text), key=lambda x: x[1])
        named = sorted(spans, key=lambda s: s.start_char)
        titled = {s.kb_id_ for s in named if s.label_ == "misc" and self._titled(doc, s)} if anaphors else set()
        # a name the article calls a model or a product elsewhere ("son modèle Atlas 2") is no company
        titled |= {s.kb_id_ for s in named if s.label_ in ("model", "product", "infrastructure", "person")}
        for kind in sorted({k for k, _, _ in anaphors}):
            counts: dict[str, int] = {}
            last: dict[str, int] = {}
            seen_sents: set[int] = set()
            public: set[str] = set()

            def count(target: str, pos: int) -> None:
                sent_no = bisect.bisect_right(starts, pos)
                weight = 1 if sent_no in seen_sents else 2  # a sentence's first name is most often its subject
                if sent_no <= LEAD_SENTENCES and sent_no not in seen_sents and " " in target:
                    # the first name of the headline or the lede: whom the article is about (a name in
                    # full: a lone capitalised word of a headline may be no name at all)
                    weight += LEAD_WEIGHT
                counts[target] = counts.get(target, 0) + weight
                seen_sents.add(sent_no)
                last[target] = pos

            i = 0
            # "the agency", "le régulateur": only the name the article gave that noun, never the
            # most named organisation (which is the company being regulated)
            tied_only, base = kind.endswith("_tied"), kind.removesuffix("_tied")
            for k, a, b in anaphors:
                if k != kind:
                    continue
                while i < len(named) and named[i].end_char <= a:
                    s = named[i]
                    i += 1
                    target = s.kb_id_ if s.label_ == base or (base == "org" and s.label_ == "misc" and s._.ct
                                                              and s._.ct.get("how") == "ner"
                                                              and s.kb_id_ not in titled
                                                              and not self._first_named(s)) else (
                        s._.ct.get("parent") if base == "org" and s._.ct and s.label_ in ("person", "lab") else None)
                    if target and base == "org" and not tied_only and (
                            introduced_as(doc, s.start, s.end, self.public)
                            or any(t.lower_ in self.public for t in s if t.text[:1].isupper())):
                        # "la compagnie" is no union: "le syndicat SPNA", then "le SPNA"; "le groupe" is no
                        # regulator: "l'Autorité estravienne de la concurrence (AEC)", then "Selon l'AEC"
                        public.add(target)
                    if target and target not in public and not completes_public(text, s.start_char, self.public) \
                            and not self._cited(text, s.start_char):
                        count(target, s.start_char)  # not "la cour d'appel de Douai": a place that names a court
                if self._name_follows(doc, b, text):
                    continue  # "le modèle Avocado", "le groupe belge Vandermeulen": a name follows
                teller = self._closing_teller(doc, named, starts, a, b, base, titled, text)
                if teller is not None:  # "Sporting Talvera have agreed to sell ..., the club said": Talvera
                    if add(a, b, base, teller.kb_id_, "anaphora", (teller._.ct or {}).get("owner"), None) is not None:
                        count(teller.kb_id_, a)
                    continue
                # ("Karel Vondra, the authority's president,": the apposition is the president, not the
                # authority, which owns him)
                owner = text[b:b + 2] in ("'s", "’s")
                apposed = None if owner else next((s for s in named if text[s.end_char:a].strip() == "," and (
                    s.label_ == base or (s.label_ == "misc" and base != "person"))
                    and not self._cited(text, s.start_char)), None)  # not "Selon X, la société pourrait"
                if apposed is not None:  # "Behemoth, le modèle géant annoncé...": the name it stands beside
                    if add(a, b, base, apposed.kb_id_, "anaphora", (apposed._.ct or {}).get("owner"), None) is not None:
                        count(apposed.kb_id_, a)
                    continue
                idx = max(0, bisect.bisect_right(starts, a) - 1)
                window_start = starts[max(0, idx - ANAPHORA_LOOKBACK)] if starts else 0
                recent = [t for t, pos in last.items() if pos >= window_start]
                tied = self._tied(doc, named, i, base, text[a:b], loose=tied_only)
                if (not recent or tied_only) and tied is None:
                    continue
                # the only one named since the sentence before began ("Arvelle conçoit des caméras.
                # Le groupe emploie..."), else the name the article gave that noun ("l'assureur
                # Quartz Assurances ... L'assureur"), else the one named most
                near_start = starts[max(0, idx - 1)] if starts else 0
                # (a name in the heading just above is no antecedent: "Un partenariat avec Vantis Cloud" then
                # "La société a officialisé un partenariat avec Vantis Cloud" is the article's company)
                near = [t for t, pos in last.items() if near_start <= pos < a and not _in_heading(text, pos)]
                target = near[0] if len(near) == 1 and not tied_only else \
                    tied or max(recent, key=lambda t: (counts[t], last[t]))
                if self._other_adjective(doc, a, b, [s for s in named if s.kb_id_ == target]):
                    continue  # "le constructeur germano-français" is not "le constructeur chinois Lanyue"
                ent = self.gaz.get(target)
                if add(a, b, base, target, "anaphora", ent.owner if ent else None, None) is not None:
                    count(target, a)  # a resolved anaphor names its target again

    @staticmethod
    def _other_adjective(doc: Doc, a: int, b: int, target: list[Span]) -> bool:
        """An anaphor whose noun an adjective follows ("le constructeur germano-français") and a
        target the article introduced with other adjectives before its name ("le constructeur
        chinois Lanyue Motors"): another one of that kind."""
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not doc.has_annotation("POS"):
            return False
        after = adjectives_after(doc, span.end)
        if not after:
            return False
        given = set().union(*(adjectives_before(doc, s.start) for s in target))
        return bool(given) and not after & given


def adjectives_before(doc: Doc, start: int) -> frozenset[str]:
    """The adjectives between a noun and the name at `start` ("le constructeur chinois Lanyue
    Motors": {"chinois"}), none unless a noun comes before them."""
    k = start - 1
    run = []
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        run.append(doc[k].lower_)
        k -= 1
    return frozenset(run) if run and k >= 0 and doc[k].pos_ == "NOUN" else frozenset()


def adjectives_after(doc: Doc, k: int) -> set[str]:
    """The adjectives right after a noun, from token k on ("constructeur germano-français",
    "groupe américain d'automatisation": {"français"}, {"américain"}), up to the first other word."""
    out: set[str] = set()
    while k < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].text in ("-", "‑") or (
            doc[k].is_lower and k + 1 < len(doc) and doc[k + 1].text in ("-", "‑"))):
        if doc[k].pos_ == "ADJ" and doc[k].is_lower:
            out.add(doc[k].lower_)
        k += 1
    return out


ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une"})
HEADING_WORDS = 12  # a line this short, with no closing punctuation, between blank lines, is a heading


def _in_heading(text: str, pos: int) -> bool:
    """Is the character at `pos` on a line of its own that reads as a heading (short, no
    sentence punctuation at its end, a blank line or the text's edge around it)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or len(line.split()) > HEADING_WORDS or line[-1] in ".!?:;»\"”…":
        return False
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before.endswith("\n\n") or start == 0) and (not after or after.startswith("\n\n")
                                                                     or after.startswith("\n"))


@functools.lru_cache(maxsize=8)
def _citing(words: frozenset[str]) -> re.Pattern | None:
    """The citing words, then up to four words before the name ("selon le site spécialisé ")."""
    if not words:
        return None
    alts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    # (and an elided article before the name: "Selon l'AEC")
    return re.compile(rf"(?<![\w'’])(?:{alts})\s+(?:[\w'’-]+\s+){{0,4}}(?:[ld]['’])?$", re.I)


@functools.lru_cache(maxsize=8)
def _public_complement(nouns: frozenset[str]) -> re.Pattern:
    words = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b(?:\s+[\w'’-]+){{0,3}}?\s*(?:\s(?:de|du|des|of)\s+|\sd['’])$", re.I)


def completes_public(text: str, start: int, nouns: frozenset[str]) -> bool:
    """A name that says which court, mayor or ministry ("la cour d'appel de Douai", "the
    mayor of Lyon"): it is not what a later "le transporteur" or "the company" stands for."""
    return bool(nouns) and _public_complement(nouns).search(text, max(0, start - 60), start) is not None


def introduced_as(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Does the text give the name at tokens start:end one of these nouns: right before or after
    it ("le syndicat SPNA", "the pilots' union SPNA", "the CGT union"), inside it ("Union nationale du personnel
    de cabine") or in the long form of an acronym ("Syndicat des pilotes ... (SPNA)")?"""
    lo, sent_start = start, doc[start].sent.start
    if lo > 0 and doc[lo - 1].text == "(":  # an acronym: its long form, before the bracket
        lo = max(sent_start, lo - 10)
        while lo < start - 1 and not doc[lo].text[:1].isupper():
            lo += 1
    elif lo > sent_start and doc[lo - 1].lower_ in nouns:
        return True
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in nouns:
        return True  # "The CGT union"
    return any(t.lower_ in nouns for t in doc[lo:end])


@Language.factory("claimtrack_mentions")
def make_mentions(nlp: Language, name: str) -> MentionTagger:
    return MentionTagger()
