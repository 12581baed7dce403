"""Comparison levels: each looks at one aspect of a candidate pair and says why.

As in splink, a comparison is an ordered list of levels (`LEVELS`); each is an object
with a name that returns a `LevelResult`: a machine `code` ("relation.opposite"), a
`label` a person can read, and whether it argues for a link (True), against (False)
or neither (None). `decide` reads the codes only, never the labels, and turns them
into a link (same fact), a conflict (contradiction), an update (the same source
saying something newer) or nothing.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimtrack.extract.relations import OPEN, Relation, as_undergone, relations
from claimtrack.models import Claim, LevelResult, PairDecision
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.descriptions import parse_description
from claimtrack.reconcile.blocking import (MODEL_TYPES, ROUNDING, counted, described, fact_day, head_noun,
                                          object_told_as_subject,
                                          measure_key, moment, initials, named_core, norm_text, precise_figure,
                                          short_name, singular, told_day, told_measure_key, translated_name)
from claimtrack.reconcile.words import Vocabulary, fold_accents, load_vocabulary

_new_tuple = tuple.__new__


# A LevelResult is made as `_R(_LR, (level, label, agrees, code))`: tuple.__new__
# called directly, without the named tuple's generated __new__ or a helper's frame (the hot path
# of comparisons: millions are made). A label naming the claims is a tuple, a format string
# and its arguments, written when read (`LevelResult.text`): most compared pairs are never
# read, and a tuple costs a fraction of a closure (function, cells) to make and keep.
_R = _new_tuple
_LR = LevelResult


def _L(level: str, label, agrees: bool | None, code: str = "") -> LevelResult:
    return _R(_LR, (level, label, agrees, code))


# results whose label names no claim: made once, not for every pair
_NO_OBJECT = _R(_LR, ("object", "no object on either side", None, "object.none"))
_ONE_OBJECT = _R(_LR, ("object", "object on one side only", None, "object.one_side"))
_ONE_VALUE = _R(_LR, ("value", "value on one side only", None, "value.one_side"))
_NO_VALUES = _R(_LR, ("value", "no values", None, "value.none"))
_NO_TIMES = _R(_LR, ("time", "no times", None, "time.none"))
_PLAN_VS_DONE = _R(_LR, ("measure", "one planned, one done: two facts, not one measure", None, "measure.plan_vs_done"))

# Results whose label reads one value only (a subject, a relation, a polarity...): made once per value
# with their label written, and shared by every pair that gives them. Most compared pairs are kept as
# decisions (links and conflicts), each with a tuple and a label tuple per level; the text of a shared
# result (`LevelResult.text`) is the one its label tuple would give.
SHARED_CACHE = 1 << 16  # values a table below keeps (then it starts again)
_SAME_SUBJECT: dict = {}
_SAME_RELATION: dict = {}
_SAME_PREDICATE: dict = {}
_SAME_OBJECT: dict = {}
_SAME_POLARITY: dict = {}
_SAME_MODALITY: dict = {}
_SAME_SOURCE: dict = {}
_SOURCES: dict = {}  # speaker or None -> speaker or None -> "source.different"


def _shared(table: dict, value, level: str, fmt: str, agrees: bool | None, code: str) -> LevelResult:
    """The result `_R(_LR, (level, (fmt, x), agrees, code))` for an `x` whose one field `fmt` reads is
    `value` (`fmt` formats `value` itself), kept in `table` (the look-up is inline where it is hot)."""
    if len(table) >= SHARED_CACHE:
        table.clear()
    r = table[value] = _R(_LR, (level, fmt.format(value), agrees, code))
    return r


TEXT_SIMILAR = 70.0  # rapidfuzz token_set_ratio for free-text objects
WORDING_SIMILAR = 72.0  # for open claims whose predicates differ: the clauses say the same
VAGUE_RATIO = 10.0  # upper/lower above which a range is too vague to link on
VALID_BEFORE = dt.timedelta(days=92)  # a report without a date stands for its facts this long before...
VALID_AFTER = dt.timedelta(days=31)  # ...and after its publication
PLAN_AHEAD = dt.timedelta(days=3 * 365)  # an undated plan speaks of the years to come


@dataclass(frozen=True)
class Context:
    """What the levels may consult: the gazetteer, the inventory, the word families."""

    gaz: Gazetteer
    inventory: dict[str, Relation]
    vocab: Vocabulary
    # the wordings of relations that move a date ("pushed back to", "repoussé au"), gathered once
    moves: tuple = field(init=False, repr=False, compare=False)
    # relation -> its passive reading (relations.yaml passive_as), for the relations that have one: a pair
    # `_one_voice` may turn is one where a side's relation reads the other's here
    passive: dict = field(init=False, repr=False, compare=False)
    # sentence -> whether it says a date moved (`_tells_a_move`: a representative is read by many pairs)
    moved: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "moves", tuple(rx for rel in self.inventory.values() if rel.moves_dates
                                                for rx, _, pol in rel.triggers if pol is None))
        object.__setattr__(self, "passive", {name: rel.passive_as for name, rel in self.inventory.items()
                                             if rel.passive_as is not None})
        object.__setattr__(self, "moved", {})


def default_context() -> Context:
    return Context(load_gazetteer(), relations(), load_vocabulary())


def _fits(a: str, owner_b: str | None, type_b: str | None) -> bool:
    desc = parse_description(a)
    return bool(desc and owner_b == desc[1] and (type_b is None or type_b == desc[0]))


def window(c: Claim) -> tuple[dt.date, dt.date] | None:
    """When a claim holds: its stated time, else around its publication (a plan: from
    then on, for a few years)."""
    if c.when is not None:
        return c.when.start, c.when.end
    if c.published is None:
        return None
    return c.published - VALID_BEFORE, c.published + (PLAN_AHEAD if c.modality == "planned" else VALID_AFTER)


# a report's day -> `window` of an undated claim reported that day, not a plan / a plan (every pair of
# undated reports reads both windows; a few thousand days come back)
_WINDOWS: dict = {}
_PLAN_WINDOWS: dict = {}


def _report_window(published: dt.date, planned: bool) -> tuple[dt.date, dt.date]:
    """`window` of an undated claim reported on `published` (kept for the next claims of that day)."""
    table = _PLAN_WINDOWS if planned else _WINDOWS
    if len(table) >= SHARED_CACHE:
        table.clear()
    w = table[published] = (published - VALID_BEFORE, published + (PLAN_AHEAD if planned else VALID_AFTER))
    return w


def _when(c: Claim) -> str:
    return c.when.iso if c.when is not None else f"undated, reported {c.published}" if c.published else "undated"


class Level:
    name = "level"

    def __call__(self, a: Claim, b: Claim, ctx: Context) -> LevelResult | None:  # pragma: no cover
        raise NotImplementedError


class SubjectLevel(Level):
    name = "subject"

    def __call__(self, a, b, ctx):
        if a.subject == b.subject:
            r = _SAME_SUBJECT.get(a.subject)
            return r if r is not None else _shared(_SAME_SUBJECT, a.subject, "subject", "same subject: {0}", True,
                                                   "subject.same")
        n = counted(a.subject)
        if n is not None and n == counted(b.subject):
            return _R(_LR, ("subject", ("one count: {0.subject} / {1.subject}", a, b), True, "subject.counted"))
        for x, y in ((a, b), (b, a)):
            if _fits(x.subject, y.subject_owner, y.subject_type):
                return _R(_LR, ("subject", ("description fits: '{0.subject_text}' can be {1.subject} "
                                     "(a {1.subject_type} of {1.subject_owner})", x, y), True, "subject.description"))
            ent = ctx.gaz.get(x.subject)
            if ent is not None and ent.parent == y.subject:
                return _R(_LR, ("subject", ("{0.subject} is part of {1.subject}", x, y), True, "subject.part_of"))
            if named_core(x.subject) == y.subject:
                return _R(_LR, ("subject", ("{1.subject} is what '{0.subject}' names", x, y), True,
                                "subject.named_core"))
            if _of_its_place(x.subject, y.subject):
                return _R(_LR, ("subject", ("{1.subject} is {0.subject} without the place it is of", x, y), True,
                                "subject.short_name"))
            if short_name(x.subject) == y.subject and y.subject_type in ("org", "lab", "misc", None):
                return _R(_LR, ("subject", ("{1.subject} is {0.subject} without the word that says what it is", x, y),
                          True, "subject.short_name"))
            tn = translated_name(x.subject, x.subject_type)
            if tn is not None and tn == translated_name(y.subject, y.subject_type):
                return _R(_LR, ("subject", ("one body named in two languages: {0.subject} / {1.subject}", x, y), True,
                          "subject.translated"))
            if 3 <= len(x.subject) <= 6 and x.subject.isupper() and x.subject == initials(y.subject, y.subject_type):
                return _R(_LR, ("subject", ("{0.subject} spells {1.subject}", x, y), True, "subject.acronym"))
            if _made_by(x, y, ctx):
                return _R(_LR, ("subject", ("{0.subject} is {1.subject}'s, and {1.subject}'s clause names it",
                                            x, y), True,
                          "subject.owner"))
        if a.subject_type is None and b.subject_type is None and "(" not in (a.subject or "") + (b.subject or ""):
            head = _one_head(a, b)
            if head:  # "most services" / "services"; "transfert d'avions" / "the transfer of aircraft"
                return _R(_LR, ("subject",
                                ("unnamed subjects with one head noun ({0}): {1.subject} / {2.subject}", head,
                                      a, b), True, "subject.same_head"))
        elif a.subject_type is None or b.subject_type is None or "(" in (a.subject or "") + (b.subject or ""):
            pass
        elif not (ctx.gaz.get(a.subject) or ctx.gaz.get(b.subject)):
            # two unnamed actors or unknown names: alike enough ("Woman", "woman detained in Lebanon"; "France's
            # vehicle safety regulator" / "... watchdog": one word for a regulator)
            score = fuzz.token_set_ratio(_one_regulator_word(norm_text(a.subject)),
                                         _one_regulator_word(norm_text(b.subject)))
            if score >= 90 and min(len(a.subject), len(b.subject)) >= 4:
                return _R(_LR, ("subject", ("alike subjects (rapidfuzz {0:.0f}): {1.subject} / {2.subject}",
                                            score, a, b), True,
                          "subject.alike"))
        head = _one_head_one_place(a, b)
        if head:  # "le parquet de Namur" / "Prosecutors in Namur"
            return _R(_LR, ("subject", ("one kind of body of one place ({0}): {1.subject} / {2.subject}", head, a, b),
                            True, "subject.same_head"))
        if _one_precise_figure(a, b, ctx):
            return _R(_LR, ("subject",
                            ("different names ({0.subject} / {1.subject}) for one precise figure of one kind "
                                 "of fact: '{0.value.text}' / '{1.value.text}'", a, b), True, "subject.one_figure"))
        how = _one_event(a, b, ctx)
        if how is not None:
            return _R(_LR, ("subject", ("one event, its actor named in one report and described in the other: "
                                        "{0.subject} / {1.subject} (one predicate, {2})", a, b, how), True,
                            "subject.one_event"))
        return _R(_LR, ("subject", ("different subjects: {0.subject} / {1.subject}", a, b), False, "subject.different"))


_OF_PLACE = ("de ", "du ", "des ", "d'", "d’", "of ")


def _of_its_place(full: str | None, bare: str | None) -> bool:
    """"la Métropole de Valcourt" / "la Métropole", "the Port Authority of Sarvan" / "the Port
    Authority": a capitalised body's name and that name without the place it is of."""
    if not full or not bare or len(bare) < 4 or not bare[:1].isupper() or not full.startswith(bare + " "):
        return False
    rest = full[len(bare) + 1:]
    return rest.startswith(_OF_PLACE) and rest.rsplit(" ", 1)[-1][:1].isupper() and len(rest.split()) <= 3


def _one_event(a: Claim, b: Claim, ctx: Context) -> str | None:
    """"OCLAESP a perquisitionné l'hôtel le 8 juillet" / "gendarmes searched the team's hotel on
    July 8", "the prefect banned access to Kourou beach" / "Antoine Mercadier a interdit l'accès à la
    plage de Kourou": one report names the actor, the other describes it, the predicate and the
    object are one, and so is the day (or the object names one thing, or both give one figure). Says
    how ("the same day 2026-07-08", "one object, naming kourou", "one figure, $2 million / $2m"), or
    None. Two named actors are two actors."""
    if a.headline or b.headline or a.relation != b.relation or not a.subject or not b.subject \
            or described(a.subject, a.subject_type) == described(b.subject, b.subject_type):
        return None
    if not (a.subject[:1].isupper() or b.subject[:1].isupper()) or counted(a.subject) is not None \
            or counted(b.subject) is not None:
        return None  # ("248 flights" / "flight": a count is its number, not an actor)
    if a.relation == OPEN and a.predicate != b.predicate and not ctx.vocab.same_family(a.predicate, b.predicate) \
            and not ctx.vocab.same_in_english(a.predicate, a.language, b.predicate, b.language):
        return None
    if (a.object is None) != (b.object is None):
        return None
    one_object = a.object is None or _OBJECT_CALL(a, b, ctx).code in ONE_OBJECT
    if not one_object:
        return None  # ("Marchéo withdrew all the cooperative's cheeses" / "the cooperative recalled 14 batches")
    wa, wb = a.when, b.when
    if wa is not None and wb is not None and wa.precision in ("day", "time") and wb.precision in ("day", "time") \
            and wa.start == wb.start:
        return f"the same day, {wa.start.isoformat()}"
    named = _names_in(a.object) & _names_in(b.object) if a.object else frozenset()
    if named:  # ("suspend un essai" / "suspended the trial": any actor's trial, any day)
        return f"one object, naming {min(named)}"
    if a.value is not None and b.value is not None and a.value.unit == b.value.unit \
            and _VALUE_CALL(a, b, ctx).code == "value.overlap":
        # "the gang had demanded a $2 million ransom" / "CorvusLock demanded a ransom of $2 million"
        return f"one figure, {a.value.text} / {b.value.text}"
    return None


ONE_OBJECT = frozenset(("object.same", "object.similar", "object.translated", "object.shared_entity"))
_NAME_OR_FIGURE = re.compile(r"\b(?:[A-ZÀ-Ý][\w-]*[A-Za-zÀ-ÿ][\w-]*|[\w-]*\d[\w-]*)")


@functools.lru_cache(maxsize=100_000)
def _names_in(phrase: str) -> frozenset[str]:
    """The capitalised words and figures of an object, folded ("l'hôtel d'Albertville": albertville)."""
    return frozenset(fold_accents(w).casefold() for w in _NAME_OR_FIGURE.findall(phrase) if len(w) >= 2)


def _one_precise_figure(a: Claim, b: Claim, ctx: Context) -> bool:
    """"Estravia fines Pinecrest EUR 1.84 billion" / "l'AEC a infligé une amende de 1,84 milliard
    d'euros à Pinecrest": one relation of the inventory that measures, one exact figure of three
    significant digits or more: one fact, though the actor is named in other words or languages."""
    if a.relation != b.relation or a.relation == OPEN:
        return False
    rel = ctx.inventory.get(a.relation)
    if rel is None or not rel.measured:
        return False
    fig = precise_figure(a)
    return fig is not None and fig == precise_figure(b)


@functools.lru_cache(maxsize=1)
def _regulator_words() -> frozenset[str]:
    from claimtrack import lexicon
    table = (lexicon.load("predicates").get("regulators") or {}).get("nouns") or {}
    return frozenset(w.lower() for words in table.values() for w in words)


@functools.lru_cache(maxsize=100_000)
def _one_regulator_word(text: str) -> str:
    """The words for a regulator written one way ("watchdog", "authority", "agency": "regulator")."""
    words = _regulator_words()
    return " ".join("regulator" if w in words else w for w in text.split())


def _made_by(x: Claim, y: Claim, ctx: Context) -> bool:
    """`x` is about a product of `y`'s subject, and `y`'s clause names that product: what
    "Meta will keep Avocado closed" says of Meta, "Avocado will be closed" says of Avocado. A
    clause of the maker that does not name the product may speak of anything else it makes."""
    if x.subject_type not in MODEL_TYPES or not y.subject:
        return False
    if (x.subject_owner or ctx.gaz.owner_of(x.subject)) != y.subject:
        return False
    if y.object == x.subject:
        return True
    return x.subject in ctx.gaz.names_in(clause_text(y)) or x.subject.casefold() in clause_text(y).casefold()


def _one_head(a: Claim, b: Claim) -> str | None:
    """The English head noun two unnamed subjects share, in any language (not for counts:
    "248 flights" and "842 flights" are two sets of flights; an amount that says which thing is no
    count: "412-million-euro tram contract" / "tram contract")."""
    if counted(a.subject) is not None or counted(b.subject) is not None:
        return None
    ha, hb = head_noun(a.subject, a.language), head_noun(b.subject, b.language)
    return ha if ha and ha == hb and len(ha) >= 4 else None


def _one_head_one_place(a: Claim, b: Claim) -> str | None:
    """The English head noun of two descriptions that name one place or body ("le parquet de
    Namur" / "Prosecutors in Namur", "le maire de Kerhallec" / "the mayor of Kerhallec"): the
    same kind of actor of the same place, in any language. Not for counts or stand-ins."""
    if not a.subject or not b.subject or "(" in a.subject + b.subject:
        return None
    if a.subject_type not in (None, "org", "person") or b.subject_type not in (None, "org", "person"):
        return None
    if counted(a.subject) is not None or counted(b.subject) is not None:
        return None
    shared = _names_in(a.subject) & _names_in(b.subject)
    if not shared or any(ch.isdigit() for w in shared for ch in w):
        return None
    ha, hb = head_noun(a.subject, a.language), head_noun(b.subject, b.language)
    if not ha or ha != hb or len(ha) < 4 or ha in shared or fold_accents(ha) in shared:
        return None  # (the head itself a name: "Namur" / "Namur")
    return ha


class RelationLevel(Level):
    name = "relation"

    def __call__(self, a, b, ctx):
        if a.relation == OPEN or b.relation == OPEN:
            if a.relation != b.relation:
                return _R(_LR, ("relation", ("different relations: {0.relation} / {1.relation}", a, b), None,
                                "relation.different"))
            if a.predicate == b.predicate:
                r = _SAME_PREDICATE.get(a.predicate)
                return r if r is not None else _shared(_SAME_PREDICATE, a.predicate, "relation", "same predicate: {0}",
                                                       True, "relation.same_predicate")
            fam = ctx.vocab.same_family(a.predicate, b.predicate)
            if fam:
                return _R(_LR, ("relation", ("predicates of one family ({0}): {1.predicate} / {2.predicate}",
                                             fam, a, b), True,
                          "relation.predicate_family"))
            english = ctx.vocab.same_in_english(a.predicate, a.language, b.predicate, b.language)
            if english:
                return _R(_LR, ("relation", ("one verb in two languages ({0}): {1.predicate} / {2.predicate}",
                                             english, a, b),
                          True, "relation.translated"))
            return _R(_LR, ("relation", ("different predicates: {0.predicate} / {1.predicate}", a, b), None,
                      "relation.different_predicate"))
        if a.relation == b.relation:
            r = _SAME_RELATION.get(a.relation)
            return r if r is not None else _shared(_SAME_RELATION, a.relation, "relation", "same relation: {0}", True,
                                                   "relation.same")
        ra, rb = ctx.inventory.get(a.relation), ctx.inventory.get(b.relation)
        if ra and ra.opposite == b.relation:
            return _R(_LR, ("relation", ("opposite relations: {0.relation} / {1.relation}", a, b), False,
                            "relation.opposite"))
        if ra and rb and ra.family and ra.family == rb.family:
            return _R(_LR, ("relation", ("one family ({0.family}): {1.relation} / {2.relation}", ra, a, b),
                            True, "relation.family"))
        return _R(_LR, ("relation", ("different relations: {0.relation} / {1.relation}", a, b), None,
                        "relation.different"))


class ObjectLevel(Level):
    name = "object"

    def __call__(self, a, b, ctx):
        if a.object is None and b.object is None:
            return _NO_OBJECT
        if a.object is None or b.object is None:
            return _ONE_OBJECT
        if a.object == b.object or (singular(a.object) or a.object) == (singular(b.object) or b.object):
            r = _SAME_OBJECT.get(a.object)
            return r if r is not None else _shared(_SAME_OBJECT, a.object, "object", "same object: {0}", True,
                                                   "object.same")
        ea, eb = ctx.gaz.get(a.object), ctx.gaz.get(b.object)
        if ea is not None and eb is not None and ea.name == eb.name:  # "États-Unis" / "United States"
            return _R(_LR, ("object", ("one entity named two ways: {0.object} / {1.object} ({2})", a, b, ea.name), True,
                      "object.same"))
        if a.object_type and b.object_type and a.object_type not in ("person", "org") or \
                (a.object_type and b.object_type and (ctx.gaz.get(a.object) or ctx.gaz.get(b.object))):
            for x, y in ((a, b), (b, a)):
                if _fits(x.object, ctx.gaz.owner_of(y.object), y.object_type):
                    return _R(_LR, ("object", ("description fits: {0.object} can be {1.object}", x, y), True,
                              "object.description"))
            return _R(_LR, ("object", ("different objects: {0.object} / {1.object}", a, b), False, "object.different"))
        score = fuzz.token_set_ratio(folded(a.object), folded(b.object))
        if score >= TEXT_SIMILAR:
            return _R(_LR, ("object", ("similar objects (rapidfuzz {0:.0f}): '{1.object}' / '{2.object}'",
                                       score, a, b), True,
                      "object.similar"))
        if a.language and b.language and (a.language != b.language or a.language != "en"):
            # in two languages, or in French in two wordings the noun glossary reads as one
            # ("interventions chirurgicales non urgentes" / "opérations programmées non urgentes")
            ea, eb = (folded(ctx.vocab.in_english(x.object, x.language)) for x in (a, b))
            if ea and eb and fuzz.token_set_ratio(ea, eb) >= TEXT_SIMILAR and (set(ea.split()) & set(eb.split())) \
                    and (a.language != b.language or set(ea.split()) & set(eb.split()) - set(folded(a.object).split())):
                return _R(_LR, ("object", ("one object in two languages or wordings: '{0.object}' / '{1.object}' "
                                     "('{2}' / '{3}')", a, b, ea, eb), True, "object.translated"))
        named = _shared_entity(a.object, b.object, ctx.gaz)
        if named is not None:  # "U.S. infrastructure" / "infrastructures aux États-Unis"
            return _R(_LR, ("object", ("objects name one entity, {0}: '{1.object}' / '{2.object}'", named, a, b), True,
                      "object.shared_entity"))
        word = _shared_rare_word(a, b, ctx.vocab)
        if word is not None:  # "financement des initiatives métaverse" / "its metaverse budget"
            return _R(_LR, ("object", ("objects share the rare word '{0}': '{1.object}' / '{2.object}'", word,
                                       a, b), True,
                      "object.shared_word"))
        return _R(_LR, ("object", ("objects differ in wording (rapidfuzz {0:.0f})", score), None,
                        "object.wording_differs"))


def _shared_entity(x: str, y: str, gaz: Gazetteer) -> str | None:
    """The one entity the gazetteer finds in both phrases, in any language."""
    shared = gaz.names_in(x) & gaz.names_in(y)
    return min(shared) if len(shared) == 1 else None


def _shared_rare_word(a: Claim, b: Claim, vocab: Vocabulary) -> str | None:
    """The rarest content word two objects share: a word the English list ranks rare, or one it
    does not know, shared across French and English or by two English objects (a name, a loan
    word: "metaverse", "Hyperion"); an unknown word shared by two French objects may be any
    French word, so it does not count."""
    shared = vocab.story_words(folded(a.object)) & vocab.story_words(folded(b.object))
    french_pair = a.language == b.language == "fr"
    rare = [w for w in shared if len(w) >= 4 and vocab.rare(w) and not (french_pair and w not in vocab.rank)]
    return max(sorted(rare), key=vocab.weight) if rare else None


@functools.lru_cache(maxsize=100_000)
def folded(text: str) -> str:
    """Text compared across languages and spellings: no accents ("métaverse" / "metaverse")."""
    return fold_accents(norm_text(text))


def _same_bound(x, y) -> bool:
    """Two one-sided figures with the same bound on the same side ("up to $600 billion",
    "jusqu'à 600 milliards"), or a bound and the same exact figure ("$600bn"): one figure,
    stated as a ceiling (or a floor) once or both times."""
    for side in ("upper", "lower"):
        other = "lower" if side == "upper" else "upper"
        p, q = getattr(x, side), getattr(y, side)
        open_x, open_y = getattr(x, other) is None, getattr(y, other) is None
        exact_x, exact_y = x.lower is not None and x.lower == x.upper, y.lower is not None and y.lower == y.upper
        if p and q and ((open_x and open_y) or (open_x and exact_y) or (open_y and exact_x)):
            return abs(p - q) <= ROUNDING * max(abs(p), abs(q))  # ("$600bn" / "up to $600 billion" too)
    return False


def _vague(v) -> bool:
    """An open or very wide range ("des milliards", "plus de 100 millions") corroborates nothing."""
    if v.lower is None or v.upper is None:
        return True
    return v.lower > 0 and v.upper / v.lower > VAGUE_RATIO


def _other_bound(x, y) -> bool:
    """Two floors (or two ceilings) beyond rounding of each other: "at least 12" / "more than 40"."""
    for side, other in (("lower", "upper"), ("upper", "lower")):
        p, q = getattr(x, side), getattr(y, side)
        if p and q and getattr(x, other) is None and getattr(y, other) is None:
            return abs(p - q) > ROUNDING * max(abs(p), abs(q))
    return False


def _outside_bound(x, y) -> bool:
    """One exact figure and one open bound that leaves it out, beyond rounding ("27" / "more
    than 40", "plus de 100 millions" / "50 millions"): they cannot both hold."""
    for p, q in ((x, y), (y, x)):
        if p.lower is None or p.lower != p.upper or (q.lower is None) == (q.upper is None):
            continue
        if q.lower is not None and p.lower < q.lower * (1 - ROUNDING):
            return True
        if q.upper is not None and p.lower > q.upper * (1 + ROUNDING):
            return True
    return False


def _rounded(x, y) -> bool:
    """Two exact figures within ROUNDING of each other: one figure, rounded differently."""
    if x.lower != x.upper or y.lower != y.upper or not x.amount or not y.amount:
        return False
    return abs(x.amount - y.amount) <= ROUNDING * max(abs(x.amount), abs(y.amount))


class ValueLevel(Level):
    name = "value"

    def __call__(self, a, b, ctx):
        if a.value is None or b.value is None:
            return _ONE_VALUE if (a.value or b.value) else _NO_VALUES
        if a.value.unit and b.value.unit and a.value.unit != b.value.unit:
            return _R(_LR, ("value", ("different units: {0.value.unit} / {1.value.unit}", a, b), None, "value.units"))
        if _same_bound(a.value, b.value):
            return _R(_LR, ("value", ("values compatible: '{0.value.text}' and '{1.value.text}' state one bound", a, b),
                      True, "value.overlap"))  # "up to $600 billion" / "jusqu'à 600 milliards de dollars"
        vague = [v.text for v in (a.value, b.value) if _vague(v)]
        if vague and _other_bound(a.value, b.value):
            return _R(_LR, ("value", ("two different bounds: '{0.value.text}' / '{1.value.text}' (two counts, not one)",
                                a, b), False, "value.other_bound"))  # "at least 12 killed" / "plus de quarante morts"
        if vague and _outside_bound(a.value, b.value):
            return _R(_LR, ("value", ("values disjoint: '{0.value.text}' lies outside '{1.value.text}'", a, b), False,
                      "value.disjoint"))  # "27 morts" / "more than 40 people died"
        if vague:
            return _R(_LR, ("value", ("too vague to compare: '{0[0]}'", vague), None, "value.vague"))
        if a.value.overlaps(b.value):
            return _R(_LR, ("value", ("values compatible: '{0.value.text}' and '{1.value.text}' overlap", a, b), True,
                      "value.overlap"))
        if _rounded(a.value, b.value):
            return _R(_LR, ("value", ("values compatible: '{0.value.text}' and '{1.value.text}' are within "
                               "{2:.0%} (rounding)", a, b, ROUNDING), True, "value.rounded"))
        return _R(_LR, ("value", ("values disjoint: '{0.value.text}' / '{1.value.text}'", a, b), False,
                        "value.disjoint"))


def _next_day(x, y) -> bool:
    """Two single days one after the other ("opened the probe on Monday" in a Tuesday
    dispatch dated Tuesday by another outlet)."""
    if x.start != x.end or y.start != y.end:
        return False
    return abs((x.start - y.start).days) == 1


def _partial(x, y) -> bool:
    """Two spans sharing less than half of the shorter ("spring 2026" / "Q1 2026"): neither
    holds the other, so they are two statements of when."""
    shared = (min(x.end, y.end) - max(x.start, y.start)).days + 1
    shorter = min((x.end - x.start).days, (y.end - y.start).days) + 1
    return shorter > 1 and shared * 2 < shorter


class TimeLevel(Level):
    name = "time"

    def __call__(self, a, b, ctx):
        rel = ctx.inventory.get(a.relation)
        wa, wb = a.when, b.when
        if wa is not None and wb is not None:
            if wa.start <= wb.end and wb.start <= wa.end:  # (TimeValue.overlaps)
                if _partial(wa, wb):
                    return _R(_LR, ("time", ("times barely overlap: {0.when.iso} / {1.when.iso} (two reports "
                                      "of when, not one)", a, b), False, "time.partial"))
                if wa.start == wa.end == wb.start == wb.end:
                    return _R(_LR, ("time", ("the same day: {0.when.iso}", a), True, "time.same_day"))
                return _R(_LR, ("time", ("times overlap: {0.when.iso} / {1.when.iso}", a, b), True, "time.overlap"))
            if rel is not None and rel.cumulative and a.published and b.published \
                    and abs((a.published - b.published).days) <= VALID_BEFORE.days:
                # a running count is of the day it is told: "trois morts" (the collapse, Tuesday) and "three
                # were killed, the fire service said on Wednesday", both published on Wednesday, are one count
                if (told_day(a) or fact_day(a)) == (told_day(b) or fact_day(b)):
                    return _R(_LR, ("time", ("a running count told the same day ({0.published}; {0.when.iso} / "
                                      "{1.when.iso} are when it happened or was said)", a, b), True,
                                    "time.count_same_day"))
                return _R(_LR, ("time", ("a running count told on different days: {0.when.iso} / {1.when.iso} "
                                  "(one figure is one count, another is the count moving on)", a, b), None,
                          "time.count_days"))
            if _next_day(wa, wb) and not (rel is not None and rel.volatile):
                return _R(_LR, ("time", ("days side by side: {0.when.iso} / {1.when.iso} (one event, reported "
                                  "across a night or a time zone)", a, b), True, "time.next_day"))
            if rel is not None and rel.single_valued and (_tells_a_move(a, ctx) or _tells_a_move(b, ctx)):
                return _R(_LR, ("time",
                                ("times disjoint: {0.when.iso} / {1.when.iso}, told by a sentence that says the "
                                  "date moved (a history, not a contradiction)", a, b), False, "time.moved"))
            return _R(_LR, ("time", ("times disjoint: {0.when.iso} / {1.when.iso}", a, b), False, "time.disjoint"))
        if rel is not None and rel.volatile and a.published and b.published and fact_day(a) != fact_day(b):
            if rel.cumulative and abs((fact_day(a) - fact_day(b)).days) <= VALID_BEFORE.days:
                return _R(_LR, ("time", ("reported on different days: {0.published} / {1.published} (a running count: "
                                  "one figure is one count, another is the count moving on)", a, b), None,
                          "time.count_days"))
            return _R(_LR, ("time", ("reported on different days: {0.published} / {1.published}", a, b), False,
                            "time.days"))
        if wa is None and wb is None:
            pa, pb = a.published, b.published
            if pa is not None and pb is not None:  # window(a), window(b), read from their days
                plan = a.modality == "planned"
                wa = (_PLAN_WINDOWS if plan else _WINDOWS).get(pa) or _report_window(pa, plan)
                plan = b.modality == "planned"
                wb = (_PLAN_WINDOWS if plan else _WINDOWS).get(pb) or _report_window(pb, plan)
            if wa and wb and (wa[1] < wb[0] or wb[1] < wa[0]):
                return _R(_LR, ("time", ("undated reports far apart ({0.published} / {1.published}): they may speak "
                                  "of different moments", a, b), False, "time.reports_apart"))
            return _NO_TIMES
        x, y = (a, b) if wa is not None else (b, a)
        if rel is not None and rel.moves_dates and x.published and y.published \
                and abs((x.published - y.published).days) <= VALID_AFTER.days:
            # a delay's time is where the date moved to, not when it moved: "pushed back to Q2 2027" and
            # "denied any delay", reported within weeks, speak of one moment
            return _R(_LR, ("time", ("time on one side only ({0.when.iso}, where a date moved to; reported "
                               "{0.published} / {1.published})", x, y), None, "time.one_side"))
        span = window(y)
        if rel is not None and rel.once and "planned" not in (x.modality, y.modality) and y.published \
                and x.when.end <= y.published:
            return _R(_LR, ("time", ("{0.when.iso}, told again without a date on {1.published}: one event, told after "
                              "it happened", x, y), None, "time.told_after"))
        if span and (x.when.end < span[0] or x.when.start > span[1] + VALID_BEFORE):
            return _R(_LR, ("time", ("{0.when.iso} is long before/after the report of {1.published} (a change over "
                              "time, not the same moment)", x, y), False, "time.far_from_report"))
        return _R(_LR, ("time", ("time on one side only ({0.when.iso})", x), None, "time.one_side"))


def _tells_a_move(c: Claim, ctx: Context) -> bool:
    """Does the claim's sentence say a date moved ("had been aiming to ship by the end of 2025,
    has been pushed back to the first quarter")? Then it tells the old date and the new."""
    moved = ctx.moved
    text = c.evidence
    told = moved.get(text)
    if told is None:
        if len(moved) >= MOVED_CACHE:
            moved.clear()
        told = moved[text] = any(rx.search(text) for rx in ctx.moves)
    return told


MOVED_CACHE = 1 << 16  # sentences whose `_tells_a_move` a context keeps (then it starts again)


class PolarityLevel(Level):
    name = "polarity"

    def __call__(self, a, b, ctx):
        if a.polarity == b.polarity:
            r = _SAME_POLARITY.get(a.polarity)
            return r if r is not None else _shared(_SAME_POLARITY, a.polarity, "polarity", "both {0}", True,
                                                   "polarity.same")
        return _R(_LR, ("polarity", ("opposite polarity: {0.polarity} / {1.polarity}", a, b), False,
                        "polarity.opposite"))


class ModalityLevel(Level):
    name = "modality"

    def __call__(self, a, b, ctx):
        if a.modality == b.modality:
            r = _SAME_MODALITY.get(a.modality)
            return r if r is not None else _shared(_SAME_MODALITY, a.modality, "modality", "both {0}", None,
                                                   "modality.same")
        plan, done = (a, b) if a.modality == "planned" else (b, a) if b.modality == "planned" else (None, None)
        if plan is not None and plan.polarity == "negated" and done.polarity == "affirmed" \
                and done.modality != "hedged" and plan.published is not None \
                and (done.when.start if done.when is not None else done.published or plan.published) > plan.published:
            # "I will not resign" on 19 May, "resigned on 2 June": a refusal, then the act (but a plan reported,
            # then denied, is a contradiction: "prévoit de fermer le site" / "no plan to close")
            return _R(_LR, ("modality", ("refused ahead on {0.published}, done later ({1}): a history, not a "
                                  "contradiction", plan, _when(done)), None, "modality.plan_then_done"))
        return _R(_LR, ("modality", ("{0.modality} vs {1.modality}", a, b), None, "modality.differs"))


class MeasureLevel(Level):
    """For a measured relation: do both amounts measure one fact (same object or none, same
    moment, both past or both planned)? Nothing when the question does not arise."""

    name = "measure"

    def __call__(self, a, b, ctx):
        rel = ctx.inventory.get(a.relation)
        if rel is None or not rel.measured or a.relation != b.relation:
            return None
        key = measure_key(a)
        if key is None or (key != measure_key(b) and not (
                {key, told_measure_key(a)} & {measure_key(b), told_measure_key(b)} - {None})):
            return None  # (a running count of one day, told by one outlet with the event's day, another with its own)
        if (a.modality == "planned") != (b.modality == "planned"):
            return _PLAN_VS_DONE
        at = moment(a)
        when = f"both for {at}" if not at.startswith("r") else f"both undated, reported in {at[1:]}"
        return _R(_LR, ("measure", ("one measure: {0}, {1}", a.object or 'no object', when), True, "measure.one"))


class WordingLevel(Level):
    """For claims outside the inventory: how alike their clauses are, the predicate aside
    ("Orbix plans a data center in Ohio" / "Orbix picks Ohio for a data center")."""

    name = "wording"

    def __call__(self, a, b, ctx):
        if a.relation != OPEN or b.relation != OPEN:
            return None
        score = fuzz.token_set_ratio(norm_text(clause_text(a)), norm_text(clause_text(b)))
        if score >= WORDING_SIMILAR:
            return _R(_LR, ("wording", ("clauses alike (rapidfuzz {0:.0f})", score), True, "wording.alike"))
        return _R(_LR, ("wording", ("clauses differ (rapidfuzz {0:.0f})", score), None, "wording.differs"))


STORY_SIMILAR = 0.3  # weighted overlap of two headlines' words that tell one story
FIGURE_WEIGHT = 3.0  # one precise figure two headlines share weighs as a rare word they share


def _one_figure(a: Claim, b: Claim) -> bool:
    """Two headlines state one precise figure ("2 million" / "about 2 million", "80%" / "80 percent")."""
    x, y = a.value, b.value
    if x is None or y is None or _vague(x) or _vague(y) or (x.unit and y.unit and x.unit != y.unit):
        return False
    return x.overlaps(y) or _rounded(x, y)


class StoryLevel(Level):
    """For two headlines: do they tell one story, whatever their grammatical subjects
    ("Gas stoves outlawed in Brackenford" / "Brackenford council votes to ban gas stoves")?"""

    name = "story"

    def __call__(self, a, b, ctx):
        if not (a.headline and b.headline):
            return None
        figure = _one_figure(a, b)  # "2 million Northgate Bank customers" / "about 2 million accounts"
        score = ctx.vocab.story_similarity(a.evidence, b.evidence, FIGURE_WEIGHT if figure else 0.0)
        if score >= STORY_SIMILAR:
            if figure:
                return _R(_LR, ("story", ("headlines tell one story (shared words and the figure {0.value.text} weigh "
                                   "{1:.2f})", a, score), True, "story.same"))
            return _R(_LR, ("story", ("headlines tell one story (shared words weigh {0:.2f})", score), True,
                            "story.same"))
        return _R(_LR, ("story", ("headlines tell different stories ({0:.2f})", score), None, "story.different"))


class SourceLevel(Level):
    """Who said each: the same speaker saying something newer updates what it said."""

    name = "source"

    def __call__(self, a, b, ctx):
        # speaker(x, named_only=True), inline
        sa, sb = a.attributed_to, b.attributed_to
        sa = sa.split(" via ")[0] if sa and sa not in _UNNAMED else None
        sb = sb.split(" via ")[0] if sb and sb not in _UNNAMED else None
        if sa and sa == sb:
            if a.published and b.published and a.published != b.published:
                first, last = sorted((a, b), key=lambda c: c.published)
                return _R(_LR, ("source", ("both from {0}, {1.published} then {2.published}", sa, first, last), True,
                          "source.same_later"))
            r = _SAME_SOURCE.get(sa)
            return r if r is not None else _shared(_SAME_SOURCE, sa, "source", "both from {0}", True, "source.same")
        row = _SOURCES.get(sa)
        if row is None:
            if len(_SOURCES) >= SHARED_CACHE:
                _SOURCES.clear()
            row = _SOURCES[sa] = {}
        r = row.get(sb)
        if r is None:
            if len(row) >= SHARED_CACHE:
                row.clear()
            r = row[sb] = _R(_LR, ("source", "{0} / {1}".format(sa or 'unattributed', sb or 'unattributed'), None,
                                   "source.different"))
        return r


_UNNAMED = ("anonymous sources", "unnamed report")


def speaker(c: Claim, named_only: bool = False) -> str | None:
    """Who stands behind a claim: the speaker or source it is attributed to, else (unless
    `named_only`) its outlet."""
    if c.attributed_to and c.attributed_to not in _UNNAMED:
        return c.attributed_to.split(" via ")[0]
    return None if named_only else c.outlet


def clause_text(c: Claim) -> str:
    return c.evidence[c.span[0]:c.span[1]] if c.span else c.evidence


SUBJECT, RELATION, POLARITY, STORY = SubjectLevel(), RelationLevel(), PolarityLevel(), StoryLevel()
LEVELS: tuple[Level, ...] = (SUBJECT, RELATION, ObjectLevel(), ValueLevel(), TimeLevel(), POLARITY, ModalityLevel(),
                             MeasureLevel(), WordingLevel(), SourceLevel())


_LEVEL_CALLS = tuple(level.__call__ for level in LEVELS)
# `compare` calls them one by one, in this order
(_SUBJECT_CALL, _RELATION_CALL, _OBJECT_CALL, _VALUE_CALL, _TIME_CALL, _POLARITY_CALL, _MODALITY_CALL, _MEASURE_CALL,
 _WORDING_CALL, _SOURCE_CALL) = _LEVEL_CALLS
assert [level.name for level in LEVELS] == ["subject", "relation", "object", "value", "time", "polarity", "modality",
                                           "measure", "wording", "source"]

_new_decision = PairDecision.__new__
# PairDecision's slots set directly: what its frozen dataclass __init__ does, without its frame
_set_a, _set_b, _set_kind, _set_levels = (PairDecision.__dict__[f].__set__ for f in ("a", "b", "kind", "levels"))


def _decision(a: str, b: str, kind: str, levels: tuple) -> PairDecision:
    d = _new_decision(PairDecision)
    _set_a(d, a)
    _set_b(d, b)
    _set_kind(d, kind)
    _set_levels(d, levels)
    return d


# the time codes after which a pair is never one fact nor a contradiction (`_decide_codes`): for two
# claims outside the inventory (`_open_codes`), and for two of a relation that is not single-valued
_OPEN_APART = frozenset(("time.disjoint", "time.far_from_report", "time.days", "time.reports_apart", "time.partial",
                         "time.moved"))
_APART = frozenset(("time.disjoint", "time.days", "time.moved"))


def compare(a: Claim, b: Claim, gaz: Gazetteer | None = None, ctx: Context | None = None,
            keep_none: bool = True) -> PairDecision | None:
    """Run the levels on a pair, in order, and decide. With `keep_none` false (the reconciler, which
    keeps no "none"), a pair whose times alone make it "none" gives None, its other levels not run:
    a claim outside the inventory and another, two such claims apart in time (`_OPEN_APART`), two of
    one not single-valued relation at disjoint times (`_APART`), two of the inventory when one is long
    before or after the other's report and one has no figure, or when undated reports far apart have
    opposite polarities; not two headlines (the story level
    comes first), nor a pair one side of which reads as what the other's object underwent."""
    if ctx is None:
        ctx = Context(gaz, relations(), load_vocabulary()) if gaz is not None else _default()
    if a.id > b.id:
        a, b = b, a
    if a.article == b.article and a.start == b.start and not (
            a.relation == b.relation != OPEN and a.subject == b.subject and a.object == b.object
            and a.polarity == b.polarity and a.value == b.value):
        return _decision(a.id, b.id, "none", (_R(_LR, ("sentence", "two claims of one sentence", None,
                                                             "sentence.same")),))
    passive = ctx.passive
    if passive and (passive.get(a.relation, _NOTHING) == b.relation or passive.get(b.relation, _NOTHING) == a.relation):
        a, b, voice = _one_voice(a, b, ctx)
        results: list[LevelResult] = [] if voice is None else [voice]
    elif a.relation == b.relation and a.object and a.object == b.object and a.subject != b.subject \
            and a.object_type == b.object_type == "person" and not (a.subject_type == b.subject_type == "org"):
        a, b, voice = _one_patient(a, b, ctx)
        results = [] if voice is None else [voice]
    elif a.relation == b.relation and (a.object == b.subject or b.object == a.subject) and a.subject != b.subject:
        a, b, voice = _object_as_subject(a, b, ctx)
        results = [] if voice is None else [voice]
    else:  # (no side reads as what the other's object underwent: `_one_voice` would change nothing)
        results = []
    if a.headline and b.headline:
        story = STORY(a, b, ctx)
        if story.code == "story.same":
            levels = (story, POLARITY(a, b, ctx), RELATION(a, b, ctx), SUBJECT(a, b, ctx))
            return _decision(a.id, b.id, _decide_story({r.level: r.code for r in levels}), levels)
    timer = None
    if not keep_none and not results:
        if (a.relation == OPEN) != (b.relation == OPEN):
            return None  # (relation.different, or subject.different before it)
        timer = _TIME_CALL(a, b, ctx)
        if a.relation == OPEN:
            if timer.code in _OPEN_APART:
                return None
        elif timer.code in _APART:
            rel = ctx.inventory.get(a.relation)
            if not (rel is not None and rel.single_valued):
                return None
        elif timer.code == "time.far_from_report":
            if a.value is None or b.value is None:
                return None  # (only one figure told again later makes one fact then)
        elif timer.code == "time.reports_apart" and a.polarity != b.polarity:
            return None
    # the levels in order (LEVELS), unrolled, their codes kept for `_decide_codes`: a different subject or
    # relation ends the comparison (nothing else can make one fact or a contradiction); measure and wording
    # answer only for a measured relation on both sides, and for two claims outside the inventory
    r = _SUBJECT_CALL(a, b, ctx)
    results.append(r)
    subjc = r.code
    if subjc == "subject.different":
        return _decision(a.id, b.id, "none", tuple(results))
    r = _RELATION_CALL(a, b, ctx)
    results.append(r)
    relc = r.code
    if relc == "relation.different":
        return _decision(a.id, b.id, "none", tuple(results))
    r = _OBJECT_CALL(a, b, ctx)
    results.append(r)
    objc = r.code
    r = _VALUE_CALL(a, b, ctx)
    results.append(r)
    valc = r.code
    r = timer if timer is not None else _TIME_CALL(a, b, ctx)
    results.append(r)
    timec = r.code
    r = _POLARITY_CALL(a, b, ctx)
    results.append(r)
    polc = r.code
    r = _MODALITY_CALL(a, b, ctx)
    results.append(r)
    modc = r.code
    rel = ctx.inventory.get(a.relation)
    measc = wordc = None
    if rel is not None and rel.measured and a.relation == b.relation:  # (MeasureLevel's own test first)
        r = _MEASURE_CALL(a, b, ctx)
        if r is not None:
            results.append(r)
            measc = r.code
    if a.relation == OPEN and b.relation == OPEN:  # (WordingLevel's)
        r = _WORDING_CALL(a, b, ctx)
        if r is not None:
            results.append(r)
            wordc = r.code
    r = _SOURCE_CALL(a, b, ctx)
    results.append(r)
    kind = _decide_codes(subjc, relc, objc, valc, timec, polc, modc, measc, wordc, r.code, rel,
                         a.when is not None and b.when is not None)
    return _decision(a.id, b.id, kind, tuple(results))


_NOTHING = object()


def _one_voice(a: Claim, b: Claim, ctx: Context) -> tuple[Claim, Claim, LevelResult | None]:
    """"Kerren appointed Jonas Peltar" and "Jonas Peltar was appointed": the active claim is
    compared as what its object underwent (relations.yaml passive_as)."""
    for x, y, swap in ((a, b, False), (b, a, True)):
        rel = ctx.inventory.get(x.relation)
        if rel is not None and rel.passive_as == y.relation:
            told = as_undergone(x, rel)
            if told is None:
                return a, b, None
            r = _R(_LR, ("voice", ("{0.object} underwent what {0.subject} did ({0.relation}), as {1.subject} "
                             "({1.relation})", x, y), None, "voice.undergone"))
            return (y, told, r) if swap else (told, y, r)
    return a, b, None


def _object_as_subject(a: Claim, b: Claim, ctx: Context) -> tuple[Claim, Claim, LevelResult | None]:
    """"Lumora AI has pushed back Atlas 2" / "le lancement d'Atlas 2 est repoussé": one report names
    who acted on the thing, the other makes the thing its subject and names no one (its object, if
    any, no entity: the event's noun). Both are compared as told of the thing."""
    for x, y, swap in ((a, b, False), (b, a, True)):
        rel = ctx.inventory.get(x.relation)
        if x.object == y.subject and not y.object_type and object_told_as_subject(rel, x):
            told = _told_of(x, y.subject)
            y_told = _told_of(y, y.subject) if y.object else y
            r = _R(_LR, ("voice", ("{0.subject} acted on {0.object} ({0.relation}); the other report tells "
                                   "it of {0.object}, naming no actor", x), None, "voice.object_as_subject"))
            return (y_told, told, r) if swap else (told, y_told, r)
    return a, b, None


def _told_of(c: Claim, thing: str) -> Claim:
    """The claim told of the thing, with no object (the thing's own type when the claim named it)."""
    update = {"subject": thing, "subject_owner": None, "subject_text": thing, "subject_resolved_from": None,
              "object": None, "object_type": None}
    if c.object_type and c.object == thing:
        update["subject_type"] = c.object_type
    return c._replace(**update) if hasattr(c, "_replace") else c.model_copy(update=update)


def _one_patient(a: Claim, b: Claim, ctx: Context) -> tuple[Claim, Claim, LevelResult | None]:
    """"Le Premier ministre Henri Castaing a nommé Antoine Delcourt" / "Matignon a annoncé la
    nomination d'Antoine Delcourt": one person appointed (arrested, freed...) by a person and by the
    office it speaks through; both are compared as what that person underwent. Two companies
    hiring one person are two employers, never one act."""
    rel = ctx.inventory.get(a.relation)
    ta, tb = as_undergone(a, rel), as_undergone(b, rel)
    if ta is None or tb is None:
        return a, b, None
    r = _R(_LR, ("voice", ("{0.object} underwent one act told with two actors ({0.subject} / {1.subject})", a, b),
                 None, "voice.one_patient"))
    return ta, tb, r


def resolved(results) -> tuple[LevelResult, ...]:
    """Labels are written only for decisions that are kept (most pairs are not)."""
    return tuple(r if type(r.label) is str else r._replace(label=r.text()) for r in results)


_CTX: list[Context] = []


def _default() -> Context:
    if not _CTX:
        _CTX.append(default_context())
    return _CTX[0]


def decide(lv: dict[str, LevelResult], rel: Relation | None, both_dated: bool = False) -> str:
    """link, conflict, update or none, from the levels' codes."""
    return _decide({k: r.code for k, r in lv.items()}, rel, both_dated)


SUBJECT_AGREES = frozenset(("subject.same", "subject.description", "subject.part_of", "subject.alike",
                            "subject.short_name", "subject.counted", "subject.owner", "subject.same_head",
                            "subject.one_figure", "subject.acronym", "subject.translated", "subject.named_core",
                            "subject.one_event"))


def _decide(code: dict[str, str], rel: Relation | None, both_dated: bool) -> str:
    get = code.get
    return _decide_codes(get("subject"), get("relation"), get("object"), get("value"), get("time"), get("polarity"),
                         get("modality"), get("measure"), get("wording"), get("source"), rel, both_dated)


def _decide_codes(subjc: str | None, relc: str | None, objc: str | None, valc: str | None, timec: str | None,
                  polc: str | None, modc: str | None, measc: str | None, wordc: str | None, sourcec: str | None,
                  rel: Relation | None, both_dated: bool) -> str:
    """`_decide`, from each level's code (None: the level did not answer)."""
    if subjc not in SUBJECT_AGREES:
        return "none"
    if relc in (None, "relation.different"):
        return "none"
    if relc in ("relation.same_predicate", "relation.predicate_family", "relation.translated",
                "relation.different_predicate"):
        return _open_codes(subjc, relc, objc, valc, timec, polc, wordc)
    single = bool(rel and rel.single_valued)
    later_same_source = sourcec == "source.same_later"
    contradiction = _contradicts(modc, measc, relc, objc, valc, timec, polc, single, both_dated)
    if contradiction:
        return "update" if later_same_source else "conflict"
    if timec == "time.count_days":  # a running count, reported on two days: one figure, or the count moved on
        same = relc == "relation.same" and polc == "polarity.same" and objc != "object.different"
        return "link" if same and valc in ("value.overlap", "value.rounded") else "none"
    if timec == "time.far_from_report" and valc in ("value.overlap", "value.rounded") and relc == "relation.same" \
            and polc == "polarity.same" and objc in ("object.same", "object.similar", "object.translated",
                                                     "object.shared_entity"):
        # "paid $14.3bn for Scale AI in June" / "paid $14.3 billion for Scale AI", told later; "has set aside
        # about $600 billion for U.S. infrastructure" / "will invest $600bn in the United States through 2028"
        return "link"
    if timec in ("time.disjoint", "time.far_from_report", "time.days", "time.partial", "time.moved") or \
            (timec == "time.reports_apart" and polc == "polarity.opposite"):
        return "none"
    if relc == "relation.opposite" or polc == "polarity.opposite":
        return "none"
    if objc == "object.different" or valc in ("value.disjoint", "value.other_bound"):
        return "none"
    if rel is not None and rel.object_phrase and objc not in ("object.same", "object.similar", "object.shared_word",
                                                              "object.shared_entity",
                                                              "object.translated") \
            and valc not in ("value.overlap", "value.rounded") and (objc, valc) != ("object.none", "value.none") \
            and (objc, timec) != ("object.one_side", "time.same_day"):
        return "none"  # "invests in X" and "invests in Y", or two vague sums: no sign they are one fact
    return "link"


def _contradiction(code: dict[str, str], single: bool, both_dated: bool) -> bool:
    return _contradicts(code.get("modality"), code.get("measure"), code.get("relation"), code.get("object"),
                        code.get("value"), code.get("time"), code.get("polarity"), single, both_dated)


def _contradicts(modc: str | None, measc: str | None, relc: str | None, objc: str | None, valc: str | None,
                 timec: str | None, polc: str | None, single: bool, both_dated: bool) -> bool:
    """`_contradiction`, from the codes themselves."""
    if modc == "modality.plan_then_done" and polc == "polarity.opposite":
        return False  # a plan (or a refusal) and what happened after it: a history
    if timec in ("time.days", "time.count_days", "time.reports_apart", "time.far_from_report", "time.moved"):
        return False  # not the same moment: change over time, not a contradiction
    if timec == "time.disjoint" and not single:
        return False
    if relc == "relation.opposite":
        return polc == "polarity.same" and objc != "object.different"
    if relc not in ("relation.same", "relation.family"):
        return False
    if polc == "polarity.opposite":  # "did not delay X" denies a delay, not a shelving of one family
        return relc == "relation.same" and objc != "object.different" and valc != "value.disjoint"
    if timec == "time.disjoint":
        return both_dated  # single-valued: one launch, two dates
    if objc == "object.different" and single:
        return True
    if valc == "value.disjoint":
        return measc == "measure.one" and objc != "object.different"
    return False


def _decide_story(code: dict[str, str]) -> str:
    """Two headlines of one story: the same fact, or its denial when one says the opposite
    of the other with the same relation."""
    if code.get("polarity") == "polarity.same":
        return "link"
    same = code.get("relation") in ("relation.same", "relation.same_predicate", "relation.predicate_family",
                                    "relation.translated")
    return "conflict" if same and code.get("subject") != "subject.different" else "none"


def _decide_open(code: dict[str, str]) -> str:
    """Claims outside the inventory: one fact when the predicates agree (or the clauses
    say the same) about the same object; a contradiction when one denies the other."""
    get = code.get
    return _open_codes(get("subject"), get("relation"), get("object"), get("value"), get("time"), get("polarity"),
                       get("wording"))


def _open_codes(subjc: str | None, relc: str | None, objc: str | None, valc: str | None, timec: str | None,
                polc: str | None, wordc: str | None) -> str:
    """`_decide_open`, from the codes themselves."""
    wording = wordc == "wording.alike" or objc == "object.same"  # "picks Ohio" / "eyes Ohio"
    same_pred = relc in ("relation.same_predicate", "relation.predicate_family", "relation.translated")
    # one subject, one precise figure, whatever the verb: "SPNA demands a 6% rise" / "le SPNA veut 6 %"
    figure = valc in ("value.overlap", "value.rounded") and subjc == "subject.same" \
        and objc in ("object.none", "object.one_side", "object.same", "object.similar", "object.translated")
    if not same_pred and not wording and not figure:
        return "none"
    if valc in ("value.disjoint", "value.other_bound"):
        return "none"  # "demands 6%" / "wants 4%": two figures, two facts (or a change)
    # one subject, one verb family, one figure: "SPNA demands a 6% pay rise" / "le SPNA réclame une
    # augmentation de 6 % des salaires" say one thing in other words
    one_figure = same_pred and subjc == "subject.same" \
        and valc in ("value.overlap", "value.rounded")
    if (objc == "object.different" or (objc == "object.wording_differs" and not one_figure)) and not wording:
        return "none"
    if timec in ("time.disjoint", "time.far_from_report", "time.days", "time.reports_apart", "time.partial",
                 "time.moved"):
        return "none"
    if polc == "polarity.opposite":
        return "conflict" if same_pred and objc in ("object.same", "object.similar", "object.translated",
                                                    "object.none") else "none"
    return "link"
