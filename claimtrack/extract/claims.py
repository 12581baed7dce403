"""spaCy Doc -> claims: who did what to whom, when, how much, how sure, says who.

For each sentence of the cleaned text: relation triggers from the lexicon, then for
each trigger an object (typed, after the trigger first), a subject (typed, before
the trigger first, lifted from a person or lab to its organisation when the relation
needs one, else the article's topic), a quantity, a time, polarity, modality and the
cited source. A sentence with no trigger but a verb and a named entity still yields
one claim (relation `other`), so nothing an analyst may quote is silently lost.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimtrack.extract import cues
from claimtrack.extract.quantities import find_quantities
from claimtrack.extract.relations import FALLBACK, Relation, Trigger, find_triggers
from claimtrack.extract.times import find_times
from claimtrack.models import CleanText, Claim, SourceDocument
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.nlp.mentions import parse_description
from claimtrack.text.clean import sentence_chrome

TOPIC_LOOKBACK = 6  # sentences an unnamed subject may reach back for its topic
MIN_WORDS = 4
TRAILING_OPEN_QUOTE = re.compile(r"\s+[«\"“]$")
MIN_TOPIC_WORDS = 8  # a sentence naming no one yields a topic claim if it says enough (or gives a figure, a date)
# Sentences addressed to the reader are site chrome, not claims ("Vous pouvez...").
READER = re.compile(r"\b(?:vous|votre|vos|you|your)\b", re.I)
NOMINAL = re.compile(r"(?:le|la|les|du|au|d['’]ici le|the)\s", re.I)
# dependency labels through which a trigger shares its head's subject
CLIMB = {"conj", "xcomp", "obj", "nmod", "obl", "obl:arg", "obl:mod", "obl:agent", "nsubj:pass", "case"}


@dataclass(frozen=True)
class Mention:
    name: str
    type: str
    start: int  # offsets within the sentence
    end: int
    text: str
    owner: str | None
    parent: str | None
    how: str


def _mentions(sent: Span) -> list[Mention]:
    out = []
    for m in sent.doc.spans.get("mentions", []):
        if m.start_char >= sent.start_char and m.end_char <= sent.end_char:
            ct = m._.ct or {}
            out.append(Mention(m.kb_id_, m.label_, m.start_char - sent.start_char, m.end_char - sent.start_char,
                               m.text, ct.get("owner"), ct.get("parent"), ct.get("how", "exact")))
    return out


def _as(m: Mention, types: tuple[str, ...], gaz: Gazetteer) -> tuple[str, str] | None:
    """The (name, type) a mention can fill a role of `types` with, lifting a person or lab
    to its org. An unknown name the NER could not type ("misc") may fill any role."""
    if not types or m.type in types or m.type == "misc":
        return m.name, m.type
    if m.parent and "org" in types:
        parent = gaz.get(m.parent)
        if parent is not None:
            return parent.name, parent.type
    return None




def _ungoverned(triggers: list[Trigger], text: str) -> list[Trigger]:
    """Drop a trigger that is the complement of the one just before it ("retardé la
    sortie de Behemoth", "delayed its release"): the governing trigger's object window
    then reaches past it, to Behemoth."""
    out: list[Trigger] = []
    for t in triggers:
        gov = next((g for g in out if t.relation.name in g.relation.governs and g.end <= t.start
                    and t.start - g.end <= 12 and cues.governed_gap(text[g.end:t.start])), None)
        if gov is None:
            out.append(t)
    return out


def claim_id(article: str, start: int, relation: str, subject: str | None, obj: str | None, trig: int) -> str:
    key = f"{article}|{start}|{relation}|{subject}|{obj}|{trig}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


class ArticleExtractor:
    def __init__(self, doc: Doc, article: SourceDocument, clean: CleanText, lang: str,
                 gaz: Gazetteer | None = None):
        self.doc, self.article, self.clean, self.lang = doc, article, clean, lang
        self.gaz = gaz or load_gazetteer()
        self.history: list[list[Mention]] = []  # mentions of previous sentences
        self.named: Counter[str] = Counter()  # how often the article so far names each entity...
        self.named_through: Counter[str] = Counter()  # ...or one of its people and labs
        self.context_year: int | None = None
        self.last_attribution: cues.Attribution | None = None
        self.quote_opened = False  # the previous sentence ended by opening a quotation

    def _remember(self, ms: list[Mention]) -> None:
        self.history.append(ms)
        self.named.update(m.name for m in ms)
        self.named_through.update(m.parent for m in ms if m.parent)

    # -- roles ----------------------------------------------------------------
    def _topic(self, types: tuple[str, ...]) -> tuple[str, str, str] | None:
        """The entity the article is about at this point: among those of the right type
        in the last sentences, the one the article has named most (itself or through its
        people and labs), then the latest."""
        best = None
        for rank, ms in enumerate(self.history[-TOPIC_LOOKBACK:]):
            for m in ms:
                role = _as(m, types, self.gaz)
                if role and m.type not in ("media", "place", "concept"):
                    key = (self.named[role[0]] + self.named_through[role[0]], rank, m.start)
                    if best is None or key >= best[0]:
                        best = (key, (role[0], role[1], m.text))
        return best[1] if best else None

    def _object(self, trig: Trigger, nxt: int, ms: list[Mention], banned: set[int], text: str = "") -> list[Mention]:
        rel = trig.relation
        if not rel.object:
            return []
        ok = [m for m in ms if (m.type in rel.object or m.type == "misc") and id(m) not in banned]
        if rel.object_phrase:  # a typed object when there is one, else a phrase
            ok = [m for m in ok if trig.start <= m.start and m.end <= max(trig.end, nxt)]
        inside = [m for m in ok if trig.start <= m.start and m.end <= max(trig.end, nxt)]
        if inside:
            return inside if not rel.single_valued else inside[:1]
        if set(rel.object) & set(rel.subject):
            return []  # "X built on Y": a name before the trigger is the subject
        before = [m for m in ok if m.end <= trig.start]
        if not before:
            return []
        # a name in an earlier clause is the object only through a pronoun ("l'avait retardé")
        if text and before[-1].end <= cues.clause_bounds(text, trig.start, trig.end)[0] \
                and not cues.object_pronoun(text, trig.start, trig.end):
            return []
        return [before[-1]]

    def _syntactic_subject(self, sent_start: int, trig: Trigger) -> int | None:
        """Sentence offset of the grammatical subject governing a trigger, if the parse has one."""
        if not self.doc.has_annotation("DEP"):
            return None
        span = self.doc.char_span(sent_start + trig.start, sent_start + trig.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        for _ in range(8):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
            if subj and tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                s = subj[0]
                if s.pos_ != "PRON" or s.lower_ not in ("qui", "que"):
                    return s.idx - sent_start
            if tok.dep_ not in CLIMB or tok.head is tok:
                return None  # never cross into another clause (advmod, acl, ccomp...)
            tok = tok.head
        return None

    def _subject(self, trig: Trigger, ms: list[Mention], objects: list[Mention], used_as_object: set[int],
                 banned: set[int], sent_start: int = 0, taken: frozenset[str] = frozenset()) \
            -> tuple[str, str, str] | None:
        """`taken`: subjects this relation already has in the sentence ("qui a lancé Llama 4...,
        prévoit de lancer Avocado": the second launch is Avocado's, not Llama 4's again)."""
        rel = trig.relation
        types = rel.subject
        if trig.topic_ok and NOMINAL.match(trig.text):
            # a nominal trigger followed by its complement: "le lancement du Superintelligence Lab"
            follow = next((m for m in ms if 0 <= m.start - trig.end <= 6 and id(m) not in banned), None)
            if follow is not None:
                role = _as(follow, types, self.gaz)
                return (role[0], role[1], follow.text) if role else None
        syn = self._syntactic_subject(sent_start, trig)
        cands = []
        for m in ms:
            if id(m) in banned or any(m is o for o in objects) or m.type in ("media",):
                continue
            role = _as(m, types, self.gaz) if types else (m.name, m.type)
            if role is None or (objects and role[0] == objects[0].name):
                continue
            before = m.end <= trig.start
            dist = trig.start - m.end if before else m.start - trig.end + 1000
            is_syn = syn is not None and m.start <= syn < m.end
            cands.append((not is_syn, id(m) in used_as_object, m.how == "ner", dist, m.start, role, m))
        # another subject for a repeated trigger only if it is a typed name, not a NER guess
        fresh = [c for c in cands if c[5][0] not in taken and c[5][1] != "misc"] or cands
        if fresh:
            *_, role, m = min(fresh, key=lambda c: c[:5])
            return role[0], role[1], m.text
        if trig.topic_ok:
            return self._topic(types)
        return None

    # -- one sentence ---------------------------------------------------------
    def sentence_claims(self, sent: Span) -> list[Claim]:
        # the opening quote of the next sentence is not part of this one
        raw = sent.text.rstrip()
        text = TRAILING_OPEN_QUOTE.sub("", raw)
        opens_quote, self.quote_opened = self.quote_opened, text != raw
        ms = _mentions(sent)
        claims: list[Claim] = []
        words = re.findall(r"\w+", text)
        if len(words) < MIN_WORDS or sentence_chrome(text):
            self._remember(ms)
            return claims
        attrib = cues.attribution(text, self.gaz)
        if attrib is None and self.last_attribution and (
                cues.carries_attribution(text) or opens_quote or text.lstrip()[:1] in "«\"“"):
            attrib = self.last_attribution
        elif attrib is None and cues.carries_attribution(text):
            # "« ... », a-t-il déclaré": the speaker is the person the last sentences named
            speaker = next((m for ms in reversed(self.history[-2:]) for m in reversed(ms) if m.type == "person"),
                           None)
            attrib = cues.Attribution(speaker.name, 0, 0) if speaker else None
        banned = {id(m) for m in ms if attrib and attrib.start <= m.start and m.end <= attrib.end}
        times = find_times(text, self.lang, self.article.published, self.context_year)
        quantities = find_quantities(text, self.lang)

        triggers = _ungoverned(find_triggers(text), text)
        concessive = cues.concessive_spans(text)
        inside = lambda t: any(a <= t.start < b for a, b in concessive)  # noqa: E731
        if any(not inside(t) for t in triggers):
            triggers = [t for t in triggers if not inside(t)]
            banned |= {id(m) for m in ms if any(a <= m.start < b for a, b in concessive)}

        # objects first: a name taken as an object is a poor subject for another trigger
        planned: list[tuple[Trigger, int, list[Mention]]] = []
        used_as_object: set[int] = set()
        starts = sorted({t.start for t in triggers})
        for trig in triggers:
            nxt = next((s for s in starts if s > trig.start), len(text))
            objs = self._object(trig, nxt, ms, banned, text)
            if trig.relation.object_required and not objs:
                continue
            used_as_object |= {id(o) for o in objs}
            planned.append((trig, nxt, objs))

        seen: set[tuple] = set()
        subjects_by_clause: dict[tuple, set[str]] = {}  # (relation, clause) -> subjects
        for trig, nxt, objs in planned:
            rel = trig.relation
            clause = cues.clause_bounds(text, trig.start, trig.end)
            # a relation said again in another clause is likely about another subject; in
            # the same clause it is a synonym ("a levé ... lors d'un tour de table")
            taken = frozenset() if objs else frozenset(
                n for (r, c), names in subjects_by_clause.items() if r == rel.name and c != clause for n in names)
            subj = self._subject(trig, ms, objs, used_as_object, banned, sent.start_char, taken)
            if subj is None:
                continue
            subjects_by_clause.setdefault((rel.name, clause), set()).add(subj[0])
            for obj in objs or [None]:
                key = (rel.name, subj[0], obj.name if obj else None)
                if key in seen:
                    continue
                seen.add(key)
                claims.append(self._claim(sent, text, rel, trig, nxt, subj, obj, times, quantities, attrib))
        if not claims and self._has_verb(sent) and not READER.search(text):
            subj = next((m for m in ms if id(m) not in banned and m.type != "media"), None)
            if subj is None and (len(words) >= MIN_TOPIC_WORDS or quantities or times):
                # no name in the sentence: it speaks of the article's topic
                topic = self._topic(())
                subj = Mention(topic[0], topic[1], 0, 0, topic[2], None, None, "topic") if topic else None
            if subj is not None:
                claims.append(self._fallback(sent, text, subj, times, quantities, attrib))
        self._remember(ms)
        years = [t.time.start.year for t in times if t.time.precision in ("day", "month", "year")]
        if years:
            self.context_year = years[-1]
        self.last_attribution = attrib
        return claims

    def _has_verb(self, sent: Span) -> bool:
        if not self.doc.has_annotation("POS"):
            return True
        return any(t.pos_ in ("VERB", "AUX") or "Fin" in t.morph.get("VerbForm") for t in sent)

    def _raw_span(self, sent: Span, text: str) -> tuple[int, int]:
        start = self.clean.to_raw(sent.start_char)
        return start, start + len(text)

    def _claim(self, sent, text, rel: Relation, trig: Trigger, nxt: int, subj, obj: Mention | None,
               times, quantities, attrib) -> Claim:
        start, end = self._raw_span(sent, text)
        value = next((q.quantity for q in quantities if trig.start <= q.start < nxt), None)
        if value is None and rel.name in ("invest", "cost", "revenue", "build"):
            value = next((q.quantity for q in reversed(quantities) if q.end <= trig.start), None)
        # the nearest time, and one of the trigger's own clause before any other
        lo, hi = cues.clause_bounds(text, trig.start, trig.end)
        when = min(times, key=lambda t: (not (lo <= t.start < hi),
                                         min(abs(t.start - trig.end), abs(trig.start - t.end))), default=None)
        mod, _ = cues.modality(text, trig.start, trig.end, attrib is not None)
        # "investissements de plusieurs centaines de milliards dans...": the amount is the
        # value; the object is what follows it
        after_value = max([q.end for q in quantities if trig.end <= q.start < trig.end + 40], default=trig.end)
        # a time is not part of the object: "dans OpenAI depuis 2019"
        phrase_end = min([t.start for t in times if t.start > after_value] + [nxt])
        obj_name = obj.name if obj else self._object_phrase(text, trig, phrase_end, after_value)
        obj_type = obj.type if obj else None
        return Claim(
            id=claim_id(self.article.id, start, rel.name, subj[0], obj_name, trig.start),
            article=self.article.id, evidence=self.article.text[start:end], start=start, end=end,
            subject=subj[0], subject_type=subj[1], subject_text=subj[2],
            subject_owner=self.gaz.owner_of(subj[0]) or (parse_description(subj[0]) or (None, None))[1],
            relation=rel.name, predicate=trig.text, object=obj_name, object_type=obj_type,
            value=value, polarity=cues.polarity(text, trig.start, trig.end), modality=mod,
            attributed_to=attrib.who if attrib else None, when=when.time if when else None,
            outlet=self.article.outlet, published=self.article.published)

    def _object_phrase(self, text: str, trig: Trigger, nxt: int, start: int) -> str | None:
        """A short free-text object for relations without a typed one ("initiatives métaverse et VR")."""
        if not trig.relation.object_phrase:
            return None
        tail = text[start:max(nxt, start)]
        m = re.match(r"\s*(?:(?:le|la|les|l['’]|des|du|de|d['’]|à|au|aux|dans|en|sur|vers|the|of|in|on|to)\b\s*)*"
                     r"([^,.;:!?()—–]{3,60})", tail, re.I)
        if not m or cues.opens_other_clause(m.group(1)):
            return None
        phrase = " ".join(m.group(1).split()[:6]).strip(" «»\"“”'")
        phrase = cues.trim_object_phrase(phrase)
        return phrase or None

    def _fallback(self, sent, text, subj: Mention, times, quantities, attrib) -> Claim:
        start, end = self._raw_span(sent, text)
        verb = next((t for t in sent if t.pos_ == "VERB"), None) or next((t for t in sent if t.pos_ == "AUX"), None)
        predicate = (verb.lemma_ if verb is not None else "").lower() or "states"
        pos = (verb.idx - sent.start_char) if verb is not None else subj.end
        when = min(times, key=lambda t: abs(t.start - pos), default=None)
        mod, _ = cues.modality(text, pos, pos + 1, attrib is not None)
        return Claim(
            id=claim_id(self.article.id, start, FALLBACK, subj.name, predicate, 0),
            article=self.article.id, evidence=self.article.text[start:end], start=start, end=end,
            subject=subj.name, subject_type=subj.type, subject_text=subj.text, subject_owner=subj.owner,
            relation=FALLBACK, predicate=predicate, object=None,
            value=quantities[0].quantity if quantities else None,
            polarity=cues.polarity(text, pos, pos + 1), modality=mod,
            attributed_to=attrib.who if attrib else None, when=when.time if when else None,
            outlet=self.article.outlet, published=self.article.published)

    def run(self) -> list[Claim]:
        out: list[Claim] = []
        for sent in self.doc.sents:
            if not sent.text.strip():
                continue
            out.extend(self.sentence_claims(sent))
        return out


def extract_claims(doc: Doc, article: SourceDocument, clean: CleanText, lang: str) -> list[Claim]:
    return ArticleExtractor(doc, article, clean, lang).run()

