"""The `claimtrack_claims` spaCy component: a Doc of an article -> `doc._.claims`.

Add it last to a pipeline (after `claimtrack_mentions`); it gets its knowledge at
`initialize(knowledge=...)`. The article it reads comes with the Doc: set
`doc._.article` (see `ArticleContext`) before the pipeline runs, so articles can go
through `nlp.pipe` in batches:

    docs = [nlp.make_doc(clean.text) for ...]; doc._.article = ArticleContext(...).model_dump(mode="json")
    for doc in nlp.pipe(docs): claims = doc._.claims

Claims are kept on the Doc as plain data (`doc._.claims_data`), so Docs cross
process boundaries; `doc._.claims` gives them as `Claim` models.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimtrack.extract.build import DETERMINER_WORDS, NONE_OF, Draft, SentenceClaims, frames_of
from claimtrack.extract.clauses import Clause, headline_passives, parse_clauses, share_main_subject
from claimtrack.extract.denials import negations
from claimtrack.extract.knowledge import Knowledge, Words
from claimtrack.extract.modality import hypothetical
from claimtrack.extract.quantities import Found, currencies, find_quantities
from claimtrack.extract.relations import OPEN
from claimtrack.extract.roles import (LOOKBACK, OF_WORDS, PREPOSITIONS, Discourse, Mention, Resolver, Role,
                                      mention_index, sentence_mentions)
from claimtrack.extract.sentences import SentenceKind, lists_headlines, sentence_kind
from claimtrack.extract.shallow import shallow_clauses
from claimtrack.extract.speakers import ANONYMOUS, canonical_source, carries_attribution, cited_source
from claimtrack.extract.times import find_times
from claimtrack.extract.times.words import words as time_words
from claimtrack.models import Claim, Segment
from claimtrack.nlp.doc_text import doc_text
from claimtrack.nlp.mentions import parse_description
from claimtrack.text.clean import opens_opinion

TITLE_MAX_WORDS = 30
TITLE_SEARCH = 4  # lines at the top where the front matter's title is looked for


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
VALUE_RELATIONS = {"invest", "cost", "revenue", "profit", "build", "raise_funds", "valuation", "fine", "pay", "layoffs"}
TRAILING_OPEN_QUOTE = re.compile(r"\s+[«\"“]$")
OPENERS, CLOSERS = "«“", "»”"
CONTEXT_SENTENCES = 2  # a year named sets the year of bare months for this many sentences after its own
NAMED = ("org", "person")  # parties a claim may link without a figure or a time
PARTIES = ("org", "misc")  # who may buy or merge with whom
KNOWN = ("org", "person", "model", "product", "misc")  # named parties (a name of unknown kind is one too)

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)
if not Doc.has_extension("claims_data"):
    Doc.set_extension("claims_data", default=None)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=lambda doc: [Claim.model_validate(c) for c in (doc._.claims_data or [])])


class ArticleContext(BaseModel):
    """What the component needs to know of the article behind a Doc."""

    id: str
    language: str
    published: dt.date | None = None
    published_precision: str = "day"
    outlet: str | None = None
    segments: list[tuple[int, int, int]] = []  # (clean_start, raw_start, length): cleaned -> stored offsets
    title_start: int = 0  # the title is the cleaned text between these offsets
    title_end: int = 0

    def to_raw(self, offset: int) -> int:
        for clean_start, raw_start, length in reversed(self.segments):
            if offset >= clean_start:
                return raw_start + min(offset - clean_start, length)
        return offset

    @classmethod
    def of(cls, article, clean) -> "ArticleContext":
        segs: tuple[Segment, ...] = clean.segments
        title = next((s for s in segs if s.kind == "title"), None)
        named = _key(getattr(article, "title", None) or "")
        if named:  # a site's section label may come first: the title is the line the front matter names;
            # a body that never repeats it starts with its first sentence, no headline
            title = next((s for s in segs[:TITLE_SEARCH] if _key(clean.text[s.clean_start:s.clean_start + s.length])
                          == named), None)
        if title is not None and len(clean.text[title.clean_start:title.clean_start + title.length].split()) \
                > TITLE_MAX_WORDS:
            title = None  # a first line that long is a paragraph, not a headline
        return cls(id=article.id, language=article.language or "fr", published=article.published,
                   published_precision=getattr(article, "published_precision", "day") or "day",
                   outlet=article.outlet, segments=[(s.clean_start, s.raw_start, s.length) for s in segs],
                   title_start=title.clean_start if title else 0,
                   title_end=(title.clean_start + title.length) if title else 0)


def claim_id(article: str, start: int, relation: str, subject: str | None, obj: str | None, trig: int) -> str:
    key = f"{article}|{start}|{relation}|{subject}|{obj}|{trig}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


@dataclass
class _ArticleState:
    discourse: Discourse
    context_year: int | None = None
    context_age: int = 0  # sentences read since the context year was last named
    anchor: object | None = None  # the last dated day the article mentioned ("le lendemain")
    last_cited: str | None = None
    last_speaker: Role | None = None
    quote_depth: int = 0
    straight_open: bool = False
    quote_opened: bool = False
    starts_quoted: bool = False  # the sentence opens inside a quote left open before it
    opinion_section: bool = False  # under a heading such as "Comment", "Verdict", "Notre avis"


class ClaimExtractor:
    """The component. Knowledge comes at `initialize`; until then `__call__` refuses."""

    def __init__(self, nlp: Language, name: str = "claimtrack_claims"):
        self.nlp, self.name = nlp, name
        self.knowledge: Knowledge | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, knowledge: Knowledge | None = None):
        self.knowledge = knowledge or Knowledge.load()

    def __call__(self, doc: Doc) -> Doc:
        if self.knowledge is None:
            raise ValueError("claimtrack_claims: call nlp.initialize() (or the component's initialize) with "
                             "the knowledge first")
        ctx_data = doc._.article
        if ctx_data is None:
            doc._.claims_data = []
            return doc
        ctx = ArticleContext.model_validate(ctx_data)
        doc._.claims_data = [c.model_dump(mode="json") for c in ArticleReader(doc, ctx, self.knowledge).run()]
        return doc


@Language.factory("claimtrack_claims")
def make_claims(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


# a short name in quotation marks opening the sentence, which then goes on ("« La Moisson d'or » a été
# retrouvée lundi", '"The Golden Harvest" was found'): a work's title, no one's words
_TITLE = r"\s*(?=[A-ZÀ-Ý])[^»\"”.!?«“]{1,50}?\s*[»\"”]\s+[a-zà-ÿ]"
QUOTED_TITLE = re.compile(r"\s*[«\"“]" + _TITLE)
TITLE_TAIL = re.compile(_TITLE)  # (its opening mark ended the sentence before)

class ArticleReader:
    """One article's sentences, in order, with what the article has said so far."""

    def __init__(self, doc: Doc, ctx: ArticleContext, knowledge: Knowledge):
        self.doc, self.ctx, self.k = doc, ctx, knowledge
        self.lang = ctx.language if ctx.language in ("fr", "en") else "en"
        self.words: Words = knowledge.words(self.lang)
        self.parsed = doc.has_annotation("DEP")
        self.text = doc_text(doc)
        self.mentions = mention_index(doc)  # read once, not once per sentence
        self.state = _ArticleState(Discourse(knowledge.gazetteer, genders=knowledge.genders))
        if ctx.outlet:  # the article's own outlet ("seen by PharmaPulse") is never "the company" it reports on
            self.state.discourse.sources.add(ctx.outlet)
            first = ctx.outlet.split()[0]
            if len(first) > 3 and first[:1].isupper():
                self.state.discourse.sources.add(first)  # "PharmaPulse Europe" writes itself "PharmaPulse"
        self.headline_list = lists_headlines(self.text, self.ctx.title_end)
        self._times_cache: tuple = (None, [])

    def run(self) -> list[Claim]:
        out: list[Claim] = []
        before = 0  # where the previous sentence's claims start in `out`
        for sent in self.doc.sents:
            if sent.text.strip():
                who = self._said_before(sent.text)
                if who is not None:  # "C'est ce qu'affirme Bloomberg.": who said the sentence before
                    out[before:] = [_reported_by(c, who) for c in out[before:]]
                before = len(out)
                out.extend(self.sentence(sent))
        out = [self._named_in_body(c) for c in out]
        return negations(out, self.k.cues.get("denied_reference", []), self.k.cues.get("contested_reference", []),
                         self.k.cues.get("figure_reference", []), self._events, self._no_object_needed)

    def _named_in_body(self, c: Claim) -> Claim:
        """A headline's person named only by a title ("Estavian energy minister resigns", "Minister quits
        over shares row"): the first person the body names with that title ("energy minister Helena
        Vostrik", "Helena Vostrik, the energy minister,"), told before the body could name her."""
        if not c.headline or c.subject_type != "person" or c.subject_resolved_from or not c.subject:
            return c
        people = self.words.actor_nouns.get("person", ())
        words = c.subject.lower().split()  # "Estavian energy minister", "maire de Kerhallec": the title noun
        title = next((w for w in (words if self.lang == "fr" else reversed(words)) if w in people), None)
        if title is None:
            return c
        said = {w.lower() for w in re.findall(r"\w+", c.subject)}
        for m in self.mentions[1]:
            if not (m.type == "person" or (m.type == "misc" and len(m.name.split()) > 1)) \
                    or self.doc[m.start].idx < self.ctx.title_end:
                continue
            toks = list(self.doc[max(0, m.start - 5):m.start]) + \
                [t for t in self.doc[m.end:min(len(self.doc), m.end + 4)] if m.end < len(self.doc)
                 and self.doc[m.end].text == ","]
            near = [t.lower_ for t in toks]
            if title not in near:
                continue
            nb = m.start - max(0, m.start - 5)  # the words before the name, then those after its comma
            k = nb - 1 - near[nb - 1::-1].index(title) if title in near[:nb] else near.index(title)
            between = near[k + 1:nb]  # "le maire de Kerhallec, Yannick Le Bihan": "de kerhallec ,"
            if any(w.isalpha() and w not in said and w not in OF_WORDS and w not in DETERMINER_WORDS for w in between):
                continue  # ("le maire de Lyon" is not "le maire de Paris, X")
            # (not "Prime Minister Matthias Kerren" for "Minister quits": his title says more than the headline's;
            # but "Castelmont mayor Gérald Maurenque" for "mayor quits": a name before it says only where or whose)
            if k > 0 and near[k - 1].isalpha() and near[k - 1] not in said and near[k - 1] not in DETERMINER_WORDS \
                    and not any(x.start <= toks[k - 1].i < x.end and x.type != "person" for x in self.mentions[1]):
                continue
            return c.model_copy(update={"subject": m.name, "subject_resolved_from": f"'{c.subject}', named in "
                                                                                        f"the article"})
        return c

    def _commentary(self, c: Claim) -> bool:
        """An analyst's or an expert's forecast or view ("Lumora could plausibly reach $1 billion by
        2029," said an analyst; "pour un analyste, l'amende reste modeste"): a commentator named
        outside the clause, over a hedged, planned or open clause."""
        if c.attributed_to and set(c.attributed_to.lower().split()) & self.words.commentators:
            return c.modality in ("hedged", "planned") or c.relation == OPEN
        if c.modality not in ("hedged", "planned"):
            return False  # ("Analysts at Morland downgraded the stock": what they did, a fact)
        outside = c.evidence[:c.span[0]] + " " + c.evidence[c.span[1]:] if c.span else ""
        words = re.findall(r"[^\W\d_]+", outside.lower())
        return any(w in self.words.commentators and not set(words[max(0, i - 2):i]) & self.words.addressee_words
                   for i, w in enumerate(words))  # (not "told analysts", "une conférence avec les analystes")

    def _events(self, phrase: str) -> frozenset[str]:
        """The relations of the inventory whose event a phrase names ("any delay", "tout retard":
        delay; relations.yaml denied_as)."""
        words = " " + re.sub(r"[^\w'’-]+", " ", phrase.lower()) + " "
        return frozenset(name for name, rel in self.k.relations.items() if name not in ("deny", OPEN) and any(
            f" {noun} " in words for nouns in rel.denied_as.values() for noun in nouns))

    def _no_object_needed(self, relation: str) -> bool:
        rel = self.k.relations.get(relation)
        return rel is not None and not rel.object_required and not rel.value_required

    def _said_before(self, text: str) -> str | None:
        """The source a sentence names for the sentence before it (cues.yaml back_attribution)."""
        for rx in self.k.cues.get("back_attribution", ()):
            m = rx.search(text.strip())
            if m:
                return canonical_source(m.group("who"), self.k.gazetteer)
        return None

    # -- quotations and attribution carried between sentences ---------------------------
    def _quote_context(self, sent: Span, text: str) -> bool:
        """True if the sentence is (inside) a quotation. A new paragraph that opens no
        quotation closes any left open (quotes in pasted text are often unbalanced)."""
        st = self.state
        if self.text[:sent.start_char].rstrip(" \t").endswith("\n") and text.lstrip()[:1] not in "«\"“":
            st.quote_depth, st.straight_open, st.quote_opened = 0, False, False
        titled = QUOTED_TITLE.match(text) or (st.quote_opened and TITLE_TAIL.match(text))
        if titled and st.quote_opened:
            st.quote_depth, st.quote_opened = max(0, st.quote_depth - 1), False  # the mark opened a title
        st.starts_quoted = st.quote_depth > 0 or st.straight_open or (st.quote_opened and not titled)
        inside = st.starts_quoted or (text.lstrip()[:1] in "«\"“" and not titled)
        for ch in text:
            if ch in OPENERS:
                st.quote_depth += 1
            elif ch in CLOSERS:
                st.quote_depth = max(0, st.quote_depth - 1)
            elif ch == '"':
                st.straight_open = not st.straight_open
        return inside

    def _attribution(self, text: str, quoted: bool) -> tuple[str | None, Role | None]:
        st = self.state
        if self.ctx.outlet and any(rx.search(text) for rx in self.k.cues.get("own_scoop", ())):
            # "Selon nos informations, Kelvia est sur le point de lever...": the outlet's own report
            return self.ctx.outlet, Role(self.ctx.outlet, "media", self.ctx.outlet, "speaker")
        cited = cited_source(text, self.k.cues["attribution"], self.k.gazetteer)
        if cited is not None:
            st.discourse.sources.add(cited.who)
            ent = self.k.gazetteer.resolve(cited.who.split(" via ")[0].removesuffix(" spokesperson"))
            role = Role(ent.name, ent.type, cited.who, "speaker") if ent \
                else self._cited_kind(cited.who.split(" via ")[0])  # ("une porte-parole du groupe via AFP")
            return (role.name if role is not None and not ent else cited.who), role
        carried = carries_attribution(text, self.k.cues["carry_attribution"])
        if st.last_cited and (carried or quoted):
            return st.last_cited, st.last_speaker
        return None, None

    def _share_of_measure(self, d, c: Claim, sent: Span) -> bool:
        """"The fine is equivalent to about 4 per cent of Almera's annual revenue": a share of
        the measure, not what it measures."""
        if c.value is None or c.value.unit != "percent" or self.k.relations[c.relation].axis not in MONEY_AXES:
            return False
        trig = self.doc[d.trigger[0]].idx
        pos = self.text.rfind(c.value.text, sent.start_char, trig) if c.value.text else -1
        return pos >= 0 and SHARE_OF.fullmatch(self.text, pos + len(c.value.text), trig) is not None

    def _cited_kind(self, who: str) -> Role | None:
        """"selon le constructeur", "according to the airline": the company the article
        gave that noun, else the one it is about."""
        word = who.lower().split()[-1] if who.strip() else ""
        kinds = tuple(k for k, ws in self.words.kind_nouns.items() if word in ws)
        if not kinds:
            return None
        named = self.state.discourse.descriptors.get(word)
        if named is not None:
            return Role(named.name, named.type, who, "speaker", resolved_from=f"'{who}'")
        d = self.state.discourse
        topic = d.topic(kinds, exclude=d.public if "org" in kinds else set())
        if topic is None:  # "une porte-parole du groupe", early in the article: the group that last acted
            topic = next((s for s in reversed(d.subjects[-LOOKBACK:]) if s is not None and s.type in kinds
                          and s.name not in d.public and s.name not in d.sources), None)
        return replace(topic, how="speaker", text=who, resolved_from=f"'{who}'") if topic is not None else None

    def _plural_teller(self, f, cited_role: Role):
        """"..., the people said. They said the amount had not been settled": a plural pronoun
        telling what follows is the unnamed sources who spoke before, not a company named in between."""
        sp = f.speaker
        if sp is None or sp.how != "pronoun" or f.kind != "speech":
            return f
        spec = self.words.pronouns.get((sp.text or "").lower())
        if spec is None or spec.get("number") != "plur":
            return f
        return replace(f, speaker=cited_role)

    def _learn_titles(self, mentions: list[Mention]) -> None:
        """"Mme Ferrand", "Mr Kaye": the title says the person's gender, for later pronouns."""
        for m in mentions:
            if m.type in ("person", "misc") and m.start > 0:
                gender = self.k.genders.of_title(self.doc[m.start - 1].text)
                if gender is not None:
                    self.state.discourse.gendered.setdefault(m.name, gender)

    # -- one sentence ------------------------------------------------------------------------
    def sentence(self, sent: Span) -> list[Claim]:
        st, doc = self.state, self.doc
        raw = sent.text.rstrip()
        text = TRAILING_OPEN_QUOTE.sub("", raw)
        opens_quote = text != raw
        mentions = sentence_mentions(doc, sent, self.mentions)
        self._learn_titles(mentions)
        kind = sentence_kind(sent, self.words, self.ctx.title_start <= sent.start_char < self.ctx.title_end,
                             self.text, headlines=self.headline_list)
        quoted = self._quote_context(sent, raw)
        st.quote_opened = opens_quote
        if kind.skip in ("heading", "fragment"):  # a section begins ("Comment", "Verdict"): is it its author's view?
            st.opinion_section = opens_opinion(text, self.words.colon_cues.get("editorial", frozenset()))
        elif st.opinion_section and not kind.title:
            kind = SentenceKind("opinion section")
        if kind.skip or (not quoted and not kind.title and self._author_speaks(sent)):
            st.discourse.close_sentence(mentions, None)
            return []
        names = {i for m in mentions if m.how in ("exact", "fuzzy", "ner", "kind") for i in range(m.start, m.end)}
        clauses = parse_clauses(sent, self.words.negation, self.words.not_only, names,
                                self.k.lex(self.lang).verbs, self.words.topic_frames,
                                self.words.speech | self.words.denial, self.words.title_participles,
                                self.words.phrasal_verbs) if self.parsed \
            else shallow_clauses(sent, self.words, self.k.lex(self.lang), names, title=kind.title)
        if kind.title:
            people = {i for m in mentions if m.type == "person" for i in range(m.start, m.end)}
            headline_passives(clauses, doc, self.words.appointing, people)
        share_main_subject(clauses, doc, self.words.same_subject_markers, self.words.same_subject_pronouns,
                           self.words.impersonal)
        cited, cited_role = self._attribution(text, quoted)
        tail = not quoted and cited_role is not None and cited_role.type == "person" \
            and carries_attribution(text, self.k.cues["carry_attribution"])  # "..., he added": still the speaker
        resolver = Resolver(doc, mentions, self.words, st.discourse,
                            quote_speaker=cited_role if quoted or tail else None,
                            sent=sent, starts_quoted=st.starts_quoted)
        resolver.learn_descriptors()  # "FC Garonne, club de Ligue 2, a annoncé le club": the club is FC Garonne
        frames = frames_of(clauses, resolver, self.words)
        if cited == ANONYMOUS and carries_attribution(text, self.k.cues["carry_attribution"]):
            # "..., the people said. They said the amount had not been settled": still the people
            teller = cited_role or Role(name=ANONYMOUS, type="anonymous", text=ANONYMOUS, how="speaker")
            frames = [self._plural_teller(f, teller) for f in frames]
        quantities = find_quantities(text, self.lang)  # one reading per sentence, shared by every clause and claim
        reader = SentenceClaims(doc, sent, clauses, resolver, self.k, self.words, self.lang,
                                question=kind.question, cited=cited, title=kind.title, frames=frames,
                                quantities=quantities)
        drafts = [d for d in reader.drafts() if not self._deal_valued(d) and not self._not_a_ruling(d)
                  and not self._in_citation(d, sent)
                  and not self._one_role_twice(d) and not self._unowned_noun(d)]
        built = [(d, self._claim(sent, text, d, clauses, quantities, kind.title)) for d in drafts]
        claims = [c for d, c in built if not (_says_too_little(c) and not d.unnamed_fact)
                  and not self._description_only(d, c, clauses)
                  and not self._share_of_measure(d, c, sent) and not self._commentary(c)
                  and (c.attributed_to or "").lower() not in self.words.generic_speakers
                  and not (c.value is None and c.polarity == "affirmed" and self.k.relations[c.relation].value_required)]
        self._learn_deal(claims)
        # what the next sentences may refer back to
        main_subject = None
        for c in clauses:
            if c.subject is None or c.link in ("relcl", "acl") or hypothetical(c, self.words):
                continue
            r = resolver.resolve(c.subject)
            if r is not None and r.is_entity:
                main_subject = r
                break
        if main_subject is None:
            main_subject = next((d.subject for d in drafts if d.subject.is_entity), None)
        st.discourse.close_sentence(mentions, main_subject, [r for d in drafts for r in (d.subject, d.object)])
        speaker = next((f.speaker for f in frames if f.speaker is not None and f.speaker.is_entity), None)
        if speaker is not None:
            from claimtrack.extract.speakers import speaker_name
            st.last_cited, st.last_speaker = speaker_name(speaker), speaker
        elif cited is not None:
            st.last_cited, st.last_speaker = cited, cited_role
        elif not quoted:
            st.last_cited, st.last_speaker = None, None
        times = self._times(text, sent, clauses)
        years = [t.time.start.year for t in times if t.time.precision in ("day", "month", "year", "time")]
        if years:
            st.context_year, st.context_age = years[-1], 0
        else:
            st.context_age += 1
            if st.context_age > CONTEXT_SENTENCES:
                st.context_year = None  # "dès novembre", paragraphs after a "2011": the story's own year again
        days = [t.time for t in times if t.time.precision in ("day", "time")]
        if days:
            st.anchor = days[-1]
        return claims

    def _author_speaks(self, sent: Span) -> bool:
        """"Comme je l'ai toujours souligné, ...": the author's voice outside any quote is an
        opinion, not a report."""
        depth = 0
        for tok in sent:
            if tok.text in OPENERS or (tok.text == '"' and depth == 0):
                depth += 1
            elif tok.text in CLOSERS or tok.text == '"':
                depth = max(0, depth - 1)
            elif depth == 0 and tok.lower_ in self.words.author_voice:
                return True
        return False

    def _moved_to(self, when):
        """Of "de 2027 à 2029", "from March to May" said of a delay, where it moved to."""
        m = FROM_TO.match(when.time.text or "") if when.time.precision == "interval" else None
        if m is None:
            return when
        to = find_times(m.group(1), self.lang, self.ctx.published, when.time.start.year,
                        published_precision=self.ctx.published_precision)
        if not to:
            return when
        shift = when.end - len(m.group(1))
        return replace(to[-1], start=to[-1].start + shift, end=to[-1].end + shift)

    def _times(self, text: str, sent: Span, clauses: list[Clause]):
        key = (sent.start, sent.end)
        if self._times_cache[0] != key:
            self._times_cache = (key, find_times(
                text, self.lang, self.ctx.published, self.state.context_year, anchor=self.state.anchor,
                tense=self._tense_of(sent, clauses), published_precision=self.ctx.published_precision))
        return self._times_cache[1]

    def _tense_of(self, sent: Span, clauses: list[Clause]):
        """Past or future for a time at an offset of the sentence: the tense of its clause
        (or of the verb of intending over it: "prévoit de lancer en avril" is to come)."""
        by_head = {c.head: c for c in clauses}
        planned = self.words.control.get("planned", frozenset())
        intending = frozenset().union(*self.words.control.values()) if self.words.control else frozenset()

        def tense(offset: int) -> str | None:
            tok = self.doc.char_span(sent.start_char + offset, sent.start_char + offset + 1,
                                     alignment_mode="expand")
            if tok is None:
                return None
            c = next((c for c in clauses if tok.start in c.tokens), None) or self._fronted_to(tok.start, clauses)
            if c is not None and tok.start > c.head + 1 and self._schedules(c):
                return "future"  # "has called for a demonstration on Saturday": the demonstration's day
            while c is not None:
                parent = by_head.get(c.parent) if c.link == "xcomp" and c.parent is not None else None
                if parent is not None and parent.lemma in intending and parent.imperfect:
                    return "future"  # "envisageait de rouvrir les discussions dès mercredi": still to come
                if c.tense == "fut" or c.lemma in planned and c.tense != "past" and tok.start > c.head or (
                        c.mood == "cnd" and c.tense not in ("past", "inf")):
                    # "lancerait en mars": ahead, seen from the saying; "prévoit ... en mars", but not
                    # "En novembre, LeCun annonce son départ": a date before the verb tells the story
                    return "future"
                if c.tense == "past":  # (and a conditional past: "aurait dû avoir lieu le 27 mars", "aurait abandonné")
                    return "past"
                if (c.tense == "pres" and c.link != "xcomp") or c.link not in ("xcomp", "conj"):
                    return None  # ("to be completed" has the tense of what governs it: "is expected")
                c = by_head.get(c.parent) if c.parent is not None else None
            return None
        return tense

    def _one_role_twice(self, d: Draft) -> bool:
        """The subject is the acronym of the very words the object is read from ("une enquête de la
        Direction générale de la concurrence ... (DGCCRF)": who investigates, not whom): no claim.
        (A figure's owner and its measure share words and stay: "Its quarterly sales dropped".)"""
        if d.object is None or not d.subject.tokens or not d.object.tokens:
            return False
        shared = sorted(set(d.subject.tokens) & set(d.object.tokens))
        return bool(shared) and f"({d.subject.name})" in self.doc[max(0, shared[0] - 1):shared[-1] + 2].text

    def _unowned_noun(self, d: Draft) -> bool:
        """"...sa démission, après sa mise en examen dans l'enquête sur les marchés": the inquiry,
        named in a prepositional phrase, is nobody's in the clause (not the mayor's)."""
        if not d.relation.noun_in_phrase_unowned or d.trigger[0] == d.clause.head:
            return False
        k = d.trigger[0] - 1
        while k >= 0 and (self.doc[k].pos_ in ("DET", "ADJ") or self.doc[k].lower_ in ("the", "a", "an", "l'", "l’")):
            k -= 1  # "dans l'enquête", "in a two-year investigation"
        if k >= 0 and self.doc[k].lower_ in OF_WORDS - {"chez", "at", "from"} and \
                self._object_noun_before(d.clause, k):
            return False  # "a annoncé l'ouverture d'une enquête": the inquiry its subject opens
        return k >= 0 and (self.doc[k].pos_ == "ADP" or self.doc[k].lower_ in PREPOSITIONS) \
            and d.subject.how not in ("agent", "possessor")

    def _object_noun_before(self, c: Clause, k: int) -> bool:
        """Is the word before the "de"/"of" at k the head of the clause's direct object?"""
        j = k - 1
        while j >= 0 and (self.doc[j].pos_ in ("DET", "ADJ") or self.doc[j].lower_ in ("the", "a", "an")):
            j -= 1
        return j >= 0 and any(o.head == j and not o.case for o in c.objects)

    def _in_citation(self, d: Draft, sent: Span) -> bool:
        """A clause inside the phrase that names a source ("according to a document Vellmar filed
        with the regulator", "selon un rapport que Reuters a consulté"): where the claim comes from,
        not a claim. The phrase runs from its opening word to the next comma or the sentence's end."""
        text = sent.text
        at = self.doc[d.trigger[0]].idx - sent.start_char
        for m in self.words.citation_openers.finditer(text):
            after = " ".join(re.findall(r"[\w'’]+", text[m.end():m.end() + 60].lower())[:2])
            if any(after == w or after.startswith(w + " ") for w in self.words.citation_exceptions):
                continue  # "l'information selon laquelle Meta aurait...": the content; "according to plan"
            stop = text.find(",", m.end())
            if m.start() <= at < (stop if stop >= 0 else len(text)):  # ("citing a report": its own verb too)
                return True
        return False

    def _not_a_ruling(self, d: Draft) -> bool:
        """A ruling by someone who rules on nothing ("qu'il juge « largement surévalué »"): an opinion."""
        if not d.relation.ruling_body:
            return False
        words = set(re.split(r"[\s'’-]+", f"{d.subject.name} {d.subject.text or ''}".lower()))
        return not words & self.words.ruling_bodies

    def _learn_deal(self, claims: list[Claim]) -> None:
        """"Halvorsen agreed to buy Brightwater", "Aldera a signé un accord avec Kessler": "the deal",
        "l'opération", "le repreneur" after it are theirs."""
        for c in claims:
            if c.polarity != "affirmed" or not c.object or c.subject_type not in PARTIES \
                    or c.object_type not in PARTIES:
                continue
            if self.k.relations[c.relation].deal_valued:
                self.state.discourse.deal = (c.subject, c.object)
            elif c.relation == "deal":  # "Aldera a signé un accord avec Kessler": for "le repreneur" only
                self.state.discourse.signed = (c.subject, c.object)

    def _description_only(self, d: Draft, c: Claim, clauses: list[Clause]) -> bool:
        """An act outside the inventory that nobody reports and no time places, told as
        background ("Monteiro had campaigned on...", "voters were prioritising"), or in the
        present by something not named ("Peru sits on the Pacific Ring of Fire", "Experts warn"):
        a description, not an event for the timeline. What a named party does or is ("Arvelle
        emploie 3 100 personnes", "Il est un partisan des modèles fermés"), a completed act
        ("the union filed a notice"), a figure, a link between two named parties, what goes on
        now ("is building", "déploie déjà") and a headline stay."""
        if c.relation != OPEN or c.headline or c.modality != "asserted" or c.attributed_to or c.when is not None:
            return False
        if c.subject_type in NAMED and c.object_type in NAMED:
            return False
        if any(self.doc[i].lower_ in self.words.current_state for i in d.clause.tokens):
            return False  # "déploie déjà", "now employs": dated now by the writer
        g = self._governing(d.clause, clauses)
        if g is None:
            return False
        if self._background(g):
            return True
        if c.value is not None or c.subject_type in KNOWN:
            return False
        return not (g.tense == "past" and not g.imperfect) and not self._ongoing(g)

    @staticmethod
    def _governing(c: Clause, clauses: list[Clause]) -> Clause | None:
        """The clause whose verb gives `c` its tense: itself, or for an infinitive the
        verb that governs it ("a réussi à commercialiser", "used Qwen to train it")."""
        seen = set()
        while c.tense in ("inf", None) and c.parent is not None and c.parent not in seen:
            seen.add(c.parent)
            c = next((p for p in clauses if p.head == c.parent), None)
            if c is None:
                return None
        return c

    def _background(self, c: Clause) -> bool:
        """Pluperfect ("had campaigned", "avait été suivi") or past progressive ("were
        prioritising"): what stood before or around the story's events."""
        if c.tense != "past":
            return False
        aux = {a.lower() for a in c.aux}
        progressive = self.doc[c.head].lower_.endswith("ing") and bool(aux & self.words.progressive_aux)
        return progressive or bool(aux & self.words.pluperfect_aux)

    def _ongoing(self, c: Clause) -> bool:
        """The present progressive: "where it is building huge clusters", going on now."""
        aux = {a.lower() for a in c.aux}
        return c.tense == "pres" and self.doc[c.head].lower_.endswith("ing") and bool(aux & self.words.ongoing_aux)

    def _deal_valued(self, d: Draft) -> bool:
        """A company's valuation read off a deal ("a transaction valued at $2.4 billion"): the
        deal's price, which the buying claim carries."""
        if not d.relation.company_valued:
            return False
        deals = self.words.actor_nouns.get("deal", ())
        words = (d.subject.text or "").lower().split()
        if d.subject.how not in ("topic", "phrase", "description", "agent"):
            return False  # "The deal values Zeta at $3 billion": Zeta, named, is what is valued
        hung_on = d.clause.noun_head  # "an all-cash transaction valued at...": the noun the participle hangs on
        trig = self.doc[d.trigger[0]]
        if hung_on is None and trig.i > 0 and trig.lower_.endswith(("ed", "ée", "ées", "é", "és")):
            hung_on = trig.i - 1  # no parse to say so: the word right before the participle
        return (bool(words) and words[-1] in deals) or (hung_on is not None and self.doc[hung_on].lower_ in deals)

    def _deal_value(self, text: str, quantities: list[Found]):
        """The price of the deal the sentence names apart from its verb, if it gives one."""
        cues = self.k.cues.get("deal_value", ())
        found = [q for q in quantities if q.quantity.unit in currencies()
                 and any(rx.search(text[max(0, q.start - 80):q.start]) for rx in cues)]
        return found[0].quantity if len(found) == 1 else None

    def _done_already(self, d: Draft, when, pub) -> bool:
        """A plan that is done: "a annoncé mardi sa démission" (announcing a resignation is
        resigning), "quelques heures après sa mise en examen" (an event after which something
        happened) - unless a date ahead says it is to come."""
        if when is not None and pub is not None and when.time.end > pub:
            return False
        trig = d.trigger[0]
        before = {t.lower_ for t in self.doc[max(0, trig - 3):trig]}
        if before & self.words.after_words and d.trigger[0] != d.clause.head:
            return True  # the event's noun after "après", "following"
        return d.relation.done_when_announced and d.trigger[0] != d.clause.head \
            and d.stance.cue in self.words.announcing

    def _schedules(self, c: Clause) -> bool:
        """Does the clause's verb set an event for a day ("call for", "convoquer")?"""
        sched = self.words.scheduling
        # ("a appelé mercredi à une grève": its particle after a time or an adverb)
        return c.lemma in sched or any(f"{c.lemma} {t.lower_}" in sched for t in self.doc[c.head + 1:c.head + 4])

    def _not_background(self, times, c: Clause, base: int, clauses: list[Clause], trigger: int | None = None):
        """Times of the clause, less those dating an event it takes as known: "a nommé X,
        après le départ fin novembre de Y" (November dates the departure, not the naming), or
        another relative clause ("le jugement, qui avait débouté les salariés en 2023"), or a
        participle describing one of its parties (`_describes_a_party`)."""
        spans = [(self.doc[i].idx - base, self.doc[i].idx - base + len(self.doc[i].text))
                 for x in clauses if x is not c and (x.link == "relcl" or self._describes_a_party(x, c, trigger))
                 for i in x.tokens]
        # "ne devrait pas voir le jour avant 2026": the negation of the verb "voir" hangs on
        negated = c.negated or (c.link == "xcomp" and any(x.head == c.parent and x.negated for x in clauses))
        for arg in c.obliques:
            first = self.doc[arg.tokens[0]] if arg.tokens else None
            words = (arg.case or "").split()[:1] + ([first.lower_] if first is not None else [])
            if negated and any(w in self.words.not_before_cases for w in words):
                continue  # "ne sortira pas avant le premier trimestre 2026": the date it is for
            if any(w in self.words.background_cases for w in words) and len(arg.tokens) > 2:
                spans.append((self.doc[arg.tokens[0]].idx - base, self.doc[arg.tokens[-1]].idx - base + 1))
        if not spans:
            return times
        return [t for t in times if not any(a <= t.start < b for a, b in spans)]

    def _describes_a_party(self, x: Clause, c: Clause, trigger: int | None) -> bool:
        """A participle hanging on a noun of one of the clause's parties ("Behemoth, le modèle
        présenté en avril, a été mis de côté"; "conçu par TBD Lab, la structure confiée en juin à
        Alexandr Wang"; "a mis de côté son modèle Nova, présenté en avril"): its time dates what the
        party once underwent, not the clause's event. (On the event's own noun it dates the event:
        "des investissements prévus d'ici 2028".)"""
        if x is c or x.participle is None or x.noun_head == trigger or x.parent != c.head:
            return False
        if x.link == "advcl" and x.participle == "past" and x.subject is None and not x.aux:
            return True  # "a mis de côté son modèle Altair, présenté en mai", "Lancé en avril, Llama 4 a déçu"
        if x.link != "acl" or x.noun_head is None:
            return False
        # (not the means of the act: "Par un arrêté pris mercredi, le préfet a interdit...": when it was done)
        means = [o for o in c.obliques if not c.passive and (o.case or "").split()[:1] and
                 (o.case or "").split()[0].lower() in self.words.instrument_cases]
        parties = [a for a in (c.subject, c.agent, *c.objects, *c.obliques) if a is not None
                   and trigger not in a.tokens and not any(a is m for m in means)]
        return any(x.noun_head in a.tokens or x.noun_head == a.head for a in parties)

    def _fronted_to(self, i: int, clauses: list[Clause]) -> Clause | None:
        """The clause a phrase put before it belongs to ("On Tuesday, Acme cut..."): the
        first clause after it, when the phrase is in no clause."""
        if any(i in c.tokens for c in clauses):
            return None
        return min((c for c in clauses if c.tokens and c.start > i), key=lambda c: c.start, default=None)

    def _fronted_time(self, c: Clause, times, clauses: list[Clause], base: int):
        """A time opening the sentence, outside every clause ("On Tuesday, Acme cut 2,000
        jobs", "Last month, ..."): it dates the clauses of the sentence that have none."""
        if c.link == "relcl":
            return None
        for t in times:
            tok = self.doc.char_span(base + t.start, base + t.start + 1, alignment_mode="expand")
            if tok is not None and self._fronted_to(tok.start, clauses) is not None and all(
                    tok.start < x.start for x in clauses if x.tokens):
                return t
        return None

    def _time_before_when(self, text: str, times, lo: int):
        """A clause that a time's "when" opens ("since 1992, when 18 people died", "en 1992, lorsque
        18 personnes avaient péri"): that time is the clause's."""
        words = self.words.when_relatives
        for t in times:
            gap = text[t.end:lo].strip(" ,").lower()
            if t.end <= lo and (gap in words or (not gap and text[lo:].split(" ", 1)[0].lower() in words)):
                return t
        return None

    def _tenure_start(self, text: str, at: int, end: int) -> bool:
        """"Claire Dumontel, directrice du musée depuis 2019, a démissionné": a year after "depuis"
        / "since" before the verb is when a post began, not when the act happened (but "since last
        Tuesday, when the authority suspended...": the day of what the "when" clause tells)."""
        since = re.compile(rf"\b(?:{time_words(self.lang).frag('since')})\s+$", re.I)
        after = text[end:end + 12].lstrip(" ,").split(" ", 1)[0].lower()
        return since.search(text, max(0, at - 12), at) is not None and after not in self.words.when_relatives

    def _said_when(self, d: Draft, clauses: list[Clause], times, span: tuple[int, int], base: int):
        """A reported fact with no time of its own is dated by its verb of saying: "said on
        Monday it had agreed to buy" (it had, by Monday)."""
        if d.attributed_to is None:
            return None
        by_head = {c.head: c for c in clauses}
        if {m.strip().lower() for m in d.clause.markers} & self.words.background_cases:
            return None  # "..., two months after the company recalled...": earlier than the saying
        gov = by_head.get(d.clause.parent) if d.clause.parent is not None else None
        for _ in range(2):
            if gov is None:
                return None
            if gov.lemma in self.words.speech or gov.lemma in self.words.denial:
                at = self.doc[gov.head].idx - base
                # (between the verb and what was said; or, in a tag after it, "..., the club said in a
                # statement on Monday", up to the tag's end)
                hi = max([self.doc[i].idx - base for i in gov.tokens], default=at) + 1 if at >= span[1] else span[0]
                return next((t for t in times if at <= t.start < hi and t.time.precision in ("day", "time")), None)
            gov = by_head.get(gov.parent) if gov.parent is not None else None
        return None

    def _claim(self, sent: Span, text: str, d: Draft, clauses: list[Clause], quantities: list[Found],
               headline: bool = False) -> Claim:
        base = sent.start_char
        start = self.ctx.to_raw(base)
        chars = [(self.doc[i].idx - base, self.doc[i].idx - base + len(self.doc[i].text)) for i in d.tokens
                 if self.doc[i].idx - base < len(text)]
        span = (min(a for a, _ in chars), min(len(text), max(b for _, b in chars))) if chars else (0, len(text))
        clause_chars = [self.doc[i].idx - base for i in d.clause.tokens] or [span[0]]
        lo, hi = min(clause_chars), max(clause_chars) + 1
        times = self._not_background(self._times(text, sent, clauses), d.clause, base, clauses, d.trigger[0])
        trig_at = self.doc[d.trigger[0]].idx - base
        times = [t for t in times if not (t.start < trig_at and self._tenure_start(text, t.start, t.end))]
        own = sorted((t for t in times if span[0] <= t.start < span[1]), key=lambda t: t.time.precision == "duration")
        in_clause = [t for t in times if lo <= t.start < hi]
        if d.stance.modality == "planned" and self.ctx.published is not None:
            # "a annoncé mardi la suppression de 1 200 postes d'ici à 2027": the target, not the day it was said
            in_clause.sort(key=lambda t: not (t.time.start > self.ctx.published and t.time.precision in (
                "year", "month", "season", "interval", "day")))  # a target: "d'ici à 2027", "by the second quarter"
        if d.trigger[0] != d.clause.head and self._schedules(d.clause):
            # "a appelé mercredi à une grève ... les 22 et 23 octobre": the strike's days, not the call's
            trig_at = self.doc[d.trigger[0]].idx - base
            in_clause.sort(key=lambda t: t.start < trig_at)
        when = next(iter(own), None) or next(iter(in_clause), None) or self._time_before_when(text, times, lo) or \
            self._said_when(d, clauses, times, span, base) or self._fronted_time(d.clause, times, clauses, base)
        trig_char = self.doc[d.trigger[0]].idx - base
        value = next((q.quantity for q in quantities if span[0] <= _figure_at(text, q) < span[1]), None)
        if value is None and d.relation.measured or value is None and d.relation.name in VALUE_RELATIONS:
            # "$600 milliards réservés à l'infrastructure": the figure the clause gives
            head = d.clause.noun_head  # "$600 milliards réservés à...": the figure the participle hangs on
            near = (self.doc[head].idx - base) if head is not None else None
            in_clause = [q for q in quantities if lo <= _figure_at(text, q) < hi
                         or (near is not None and q.start <= near < q.end)]
            value = min(in_clause, key=lambda q: abs(q.start - trig_char), default=None)
            value = value.quantity if value is not None else None
        if value is None and d.relation.deal_valued:  # "...in a transaction valued at about $2.4 billion"
            value = self._deal_value(text, quantities)
        subj, obj = d.subject, d.object
        modality = d.stance.modality
        pub = self.ctx.published
        moved = bool(d.relation.governs)  # "delayed to March": the delay is done; March is where it moved to
        if when is not None and d.relation.moves_dates:
            when = self._moved_to(when)  # "repoussé de 2027 à 2029": to 2029 (but "annulés du 3 au 5 novembre")
        nominal = d.trigger[0] != d.clause.head  # "levé leur préavis de grève du 20 décembre": the strike's date
        set_for = when is not None and SET_FOR.search(text, 0, when.start) is not None  # "called a strike for Thursday"
        if when is not None and pub is not None and not moved and not nominal and d.clause.tense == "past" and \
                when.time.start > pub and modality in ("asserted", "reported") and not self._schedules(d.clause) \
                and not set_for:
            # "had resigned with immediate effect": done; a date ahead is another event's
            when = self._said_when(d, clauses, times, span, base)
        if modality == "planned" and self._done_already(d, when, pub):
            modality = "reported" if d.attributed_to else "asserted"
        if when is not None and pub is not None and modality in ("asserted", "reported") and not moved and (
                when.time.start > pub or (when.time.start >= pub.replace(day=1) and when.time.end > pub
                                          and when.time.precision in ("interval", "duration"))):
            modality = "planned"  # "réservés à l'infrastructure au cours des trois prochaines années"
        if obj is not None and obj.name and not obj.type:
            obj = replace(obj, name=_without_particle(obj.name, d.predicate))  # "pushed the closure back to": closure
        return Claim(
            id=claim_id(self.ctx.id, start, d.relation.name, subj.name, obj.name if obj else d.predicate, trig_char),
            article=self.ctx.id, evidence=text, start=start, end=start + len(text), span=span, headline=headline,
            subject=subj.name, subject_type=subj.type, subject_text=subj.text,
            subject_owner=self.k.gazetteer.owner_of(subj.name) or (parse_description(subj.name) or (None, None))[1],
            subject_resolved_from=subj.resolved_from,
            relation=d.relation.name, predicate=d.predicate, object=obj.name if obj else None,
            object_type=obj.type if obj else None, value=value, polarity=d.stance.polarity,
            modality=modality, attributed_to=d.attributed_to, when=when.time if when else None,
            outlet=self.ctx.outlet, published=self.ctx.published, language=self.ctx.language)


PARTICLES = frozenset(("back", "off", "up", "down", "out"))


def _without_particle(name: str, predicate: str) -> str:
    """An object the verb's particle closes ("pushed the closure back to mid-2028": "closure back"),
    without that particle, which belongs to the predicate."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in PARTICLES and words[-1].lower() in predicate.lower().split():
        return " ".join(words[:-1])
    return name


def _figure_at(text: str, q) -> int:
    """Where a quantity's figure is ("at least 38 people": the 38), for a span that cuts its modifier."""
    return next((i for i in range(q.start, q.end) if text[i].isdigit()), q.start)


def _reported_by(claim: Claim, who: str) -> Claim:
    """A claim of the sentence before "C'est ce qu'affirme X": X's, reported (its own speaker kept)."""
    if claim.attributed_to:
        return claim
    modality = "reported" if claim.modality == "asserted" else claim.modality
    return claim.model_copy(update={"attributed_to": who, "modality": modality})


FROM_TO = re.compile(r"(?:de|du|from)\s.+?\s(?:à|au|to|until)\s(.+)$", re.I)  # "de 2027 à 2029": to 2029
SET_FOR = re.compile(r"\b(?:for|pour)\s+(?:(?:le|la|l['’]|the|this|ce|cette)\s+)?$", re.I)  # a date something is set for
MONEY_AXES = ("revenue", "profit", "loss", "cost")  # figures of money: a percent of one is a share of it
SHARE_OF = re.compile(r"\s+(?:of|de|du|des|d['’])\s*(?:[\w'’-]+\s+){0,3}")  # "4 % du chiffre d'affaires"


def _says_too_little(claim: Claim) -> bool:
    """A claim outside the inventory with neither object nor figure, in an article's body
    ("Northgate s'est engagé", "it acted as soon as..."): who did something, not what."""
    if (claim.subject_resolved_from or "").endswith(NONE_OF) and claim.polarity == "negated":
        return False  # "no injuries were reported": that none was is the fact
    if claim.relation == OPEN and not claim.headline and claim.subject_type is None and claim.value is None \
            and claim.when is None:
        # an unnamed subject states a fact in the body only with its figure ("turnout was 48.1%") or its
        # date ("The intrusion was detected on Monday")
        return True
    if claim.relation != OPEN or claim.headline or claim.object is not None or claim.value is not None:
        return False
    if claim.when is not None and claim.modality == "planned":
        return False  # "the deal will close this year": what is to happen, and when
    if claim.attributed_to and claim.attributed_to == claim.subject:
        return False  # "The company says it acted as soon as...": its own account of what it did
    if claim.subject_type is None and claim.when is not None:
        return False  # "The intrusion was detected on Monday", "La première audience est fixée au 18 mars": when
    if claim.when is not None and claim.when.precision in ("day", "time") and claim.polarity == "affirmed" \
            and not (claim.subject_resolved_from or "").startswith(("pronoun", "the article's topic")):
        return False  # "le Meridel Star s'est échoué samedi": what a party the clause names did, on a day
    undergone = claim.predicate.split()[0] in ("être", "be") and len(claim.predicate.split()) > 1
    return not (undergone and claim.subject_type and claim.subject_resolved_from is None)  # "Aerlis Go was not affected"

