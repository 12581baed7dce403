"""Blocking: cheap keys that make candidate pairs, never all pairs (the splink idea).

Two claims are compared only if they share a key. Keys are built from the linked
subject, the relation's axis (a relation and its opposite share one, so conflicts
are found too), the typed object, and the owner of a model (so "the new model of
Meta" meets "Avocado"). A `signature` collapses claims that every comparison
treats alike, so a large block costs its distinct signatures squared, not its size.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
import unicodedata

from text_to_num import text2num

from claimtrack.extract.relations import OPEN, relations, undergone
from claimtrack.models import Claim
from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.descriptions import description_name, parse_description

MODEL_TYPES = {"model", "product", "infrastructure"}
BINS_PER_DECADE = 10
ROUNDING = 0.05  # two exact figures this close are one figure rounded ("$14.3 billion" / "$15 billion")
MEASURE = "|meas|"  # the keys where the figures of one measured fact meet
MEASURE_PRECISION = 1.5  # upper/lower of an amount precise enough to contradict another


@functools.lru_cache(maxsize=100_000)
def norm_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[’‘`´]", "'", text)
    return re.sub(r"\s+", " ", re.sub(r"[«»\"“”]", '"', text)).strip()


def evidence_key(claim: Claim) -> str:
    return hashlib.sha1(norm_text(claim.evidence).encode()).hexdigest()[:16]


def axis(claim: Claim) -> str:
    """Relations that may meet share an axis: opposites (go_closed, stay_open) and a family
    (shelve, delay, cancel)."""
    rel = relations().get(claim.relation)
    if rel is None:
        return claim.relation
    return rel.family or rel.axis


def as_of_year(published):
    """The year a report without a time speaks for (comparisons use no finer date)."""
    return published.year if published else None


def anchor_year(claim: Claim) -> int | None:
    """The year a claim speaks about: its time, else its publication."""
    if claim.when is not None:
        return claim.when.start.year
    return claim.published.year if claim.published else None


def fact_day(claim: Claim):
    """The day a fact of one day (a toll, a share price) is for: the day it states, else its report's."""
    return claim.when.start if claim.when is not None and claim.when.precision == "day" else claim.published


def told_day(claim: Claim):
    """The day a running count is told for: a count dated the day of what it counts or the day before its
    report ("trois morts" of Tuesday evening's collapse, in Wednesday's paper) is also that day's count; None
    for any other claim."""
    if claim.when is None or claim.when.precision != "day" or claim.published is None \
            or not 0 <= (claim.published - claim.when.start).days <= 1:
        return None
    rel = relations().get(claim.relation)
    return claim.published if rel is not None and rel.cumulative else None


def told_measure_key(claim: Claim) -> str | None:
    """`measure_key` with the day a running count is told (`told_day`) as its moment: where the counts
    two outlets give of one day meet, though one dates the event and the other the statement."""
    day = told_day(claim)
    key = measure_key(claim) if day is not None else None
    return f"{key.rsplit('|', 1)[0]}|{day.isoformat()}" if key else None


def moment(claim: Claim) -> str | None:
    """The moment a measured fact is reported for: its stated time, else the month it
    was published ("r2025-09"). Two amounts for one moment cannot both be true."""
    rel = relations().get(claim.relation)
    if rel is not None and rel.volatile:
        day = fact_day(claim)
        return day.isoformat() if day else None
    if claim.when is not None:
        return claim.when.iso
    if rel is not None and rel.one_event and claim.object and claim.object_type and claim.modality != "planned":
        return "event"  # "recalled 48,000 Elyas" in December, "rappelle 48 000 Elya" in September: one recall
    if not claim.published:
        return None
    at = _REPORT_MONTHS.get(claim.published)
    if at is None:
        at = _REPORT_MONTHS[claim.published] = f"r{claim.published:%Y-%m}"
    return at


# a report's day -> "rYYYY-MM" and "YYYYQn" (`moment`, `quarter`): formatting a date costs more than a
# look-up, and every claim reads its report's month or quarter several times (keys, signature, levels)
_REPORT_MONTHS: dict = {}
_QUARTERS: dict = {}


def measure_key(claim: Claim) -> str | None:
    """Same subject, relation, object (or none) and moment: one round, one valuation."""
    rel = relations().get(claim.relation)
    v = claim.value
    if rel is None or not rel.measured or claim.polarity != "affirmed" or v is None or not v.lower \
            or (v.upper is not None and v.upper / v.lower > MEASURE_PRECISION):
        return None  # "des dizaines de milliards" measures nothing precisely enough to contradict
    # (a floor does: "more than 40 dead" leaves out "27 dead")
    at = moment(claim)
    if at is None:
        return None
    known = load_gazetteer().get(claim.object) if claim.object and not claim.object_type else None
    obj = claim.object if claim.object_type or not claim.object else known.name if known else _key_word(claim.object)
    if claim.object_type and singular(obj):
        obj = singular(obj)  # "Elyas" measures what "Elya" does
    return f"{obj or '-'}|{at}"


_WORDS = re.compile(r"\w{4,}")


def _key_word(phrase: str) -> str:
    """The name in a phrase (the same in every language: "usine de Lyon" / "Lyon factory"),
    else its longest word: alike wordings share it."""
    names = [w for w in _WORDS.findall(phrase) if w[:1].isupper()]
    if names:
        return max(names, key=lambda w: (len(w), w)).casefold()
    words = _WORDS.findall(phrase.casefold())
    return max(words, key=lambda w: (len(w), w)) if words else phrase.casefold()


KEY_WORDS = 3  # a free-text object is filed under its names and rarest words, this many at most


@functools.lru_cache(maxsize=200_000)
def key_words(phrase: str) -> tuple[str, ...]:
    """The words a free-text object is filed under: its names and its rarest words, accents
    folded ("financement des initiatives métaverse" and "its metaverse budget" meet on
    "metaverse", "spending on Reality Labs' metaverse projects" on both), else its longest word."""
    from claimtrack.reconcile.words import fold_accents, load_vocabulary
    vocab = load_vocabulary()
    known = load_gazetteer().get(phrase)
    if known is not None:  # "États-Unis" and "United States" are filed under one name
        return (fold_accents(known.name).casefold(),)
    raw = _WORDS.findall(phrase)
    words = [fold_accents(w).casefold() for w in raw]
    names = [w for w, r in zip(words, raw) if r[:1].isupper()]
    rare = sorted({w for w in words if vocab.rare(w)} - set(names), key=lambda w: (-vocab.weight(w), -len(w), w))
    out = list(dict.fromkeys([*names, *rare]))[:KEY_WORDS]
    return tuple(out) or (fold_accents(_key_word(phrase)),)


_AFTER_HEAD = {"of", "for", "to", "in", "on", "at", "from", "with", "by", "over", "as"}
_QUANTITY_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
                   "hundreds", "thousands", "millions", "billions", "some", "most", "part", "half", "all", "each",
                   "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                   "douzaine", "dizaines", "centaines", "milliers", "partie", "moitié"}


@functools.lru_cache(maxsize=200_000)
def head_noun(phrase: str, lang: str | None) -> str | None:
    """An object's head noun in English: a French phrase's first noun, glossed ("l'offre à
    l'unanimité" -> "offer"); an English phrase's last word before its complement ("the
    board's offer of 52 euros" -> "offer"). Singular, accents folded."""
    from claimtrack.reconcile.words import fold_accents, load_vocabulary
    vocab = load_vocabulary()
    skip = _QUANTITY_WORDS | _none_words()  # "aucune demande de rançon": a demand, none of it
    if lang == "fr":
        words = [w for w in vocab.in_english(phrase, lang).split() if not w[:1].isdigit() and w not in skip]
        head = words[0] if words else None
    elif lang == "en":
        head = None
        for part in re.split(r"\b(?:" + "|".join(sorted(_AFTER_HEAD)) + r")\b", phrase.lower()):
            words = [w for w in re.findall(r"\w+", part) if len(w) > 2 and not w[:1].isdigit()
                     and w not in vocab.stop and w not in skip]
            if words:  # "12 of its aircraft", "one of the two production lines": past the count
                head = words[-1]
                break
    else:
        return None
    if not head:
        return None
    head = fold_accents(head).casefold().removesuffix("'s")
    return head[:-1] if head.endswith("s") and len(head) > 3 and not head.endswith("ss") else head


@functools.lru_cache(maxsize=1)
def _none_words() -> frozenset[str]:
    """The words saying none of a thing ("aucun", "no"; predicates.yaml none_words): no head noun."""
    from claimtrack import lexicon
    table = lexicon.load("predicates").get("none_words") or {}
    return frozenset(w.lower() for words in table.values() for w in words)


def _fingerprints(evidence: str) -> list[str]:
    """Keys shared by near-identical sentences (reposts): the longest words, the opening words."""
    words = _WORDS.findall(evidence.casefold())
    longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
    return [".".join(sorted(longest)), ".".join(words[:5])]


@functools.lru_cache(maxsize=200_000)
def singular(name: str | None) -> str | None:
    """A capitalised name of one word in the plural, to its singular ("Elyas" -> "Elya"),
    unless the gazetteer knows it as it is; else None."""
    if not name or len(name) <= 4 or not name[:1].isupper() or not name.endswith("s") or " " in name \
            or load_gazetteer().get(name) is not None:
        return None
    return name[:-1]


@functools.lru_cache(maxsize=1)
def _org_suffixes() -> frozenset[str]:
    from claimtrack import lexicon
    table = lexicon.load("predicates").get("org_suffixes") or {}
    return frozenset(w.lower() for words in table.values() for w in words)


_LINKS = {"de", "du", "des", "d'", "d’", "of", "for", "la", "le", "les", "et", "and"}


@functools.lru_cache(maxsize=1)
def _org_prefixes() -> frozenset[str]:
    from claimtrack import lexicon
    table = lexicon.load("predicates").get("org_prefixes") or {}
    return frozenset(w.lower() for words in table.values() for w in words)


@functools.lru_cache(maxsize=200_000)
def short_name(name: str | None) -> str | None:
    """An organisation's name without its last word when that word only says it is one
    ("Kestova Energy" -> "Kestova", "Northgate Dynamics" -> "Northgate"), and without the
    common words before that one ("CorvusLock ransomware gang" -> "CorvusLock"); or without
    its first words when they only say what it is ("Laboratoires Verdane" -> "Verdane",
    "Groupe hospitalier Val-de-Loire" -> "Val-de-Loire"); else None."""
    if not name or " " not in name.strip() or "(" in name:
        return None
    first, _, tail = name.strip().partition(" ")
    if first.lower() in _org_prefixes():
        while tail[:1].islower() and " " in tail:
            word, _, tail = tail.partition(" ")
            if word in _LINKS:
                return None  # "Centre hospitalier de Nantes" is not Nantes
        known = load_gazetteer().get(tail)
        return tail if len(tail) >= 4 and tail[:1].isupper() and short_name(tail) is None and \
            not (known is not None and known.type == "place") else None
    head, _, last = name.strip().rpartition(" ")
    if last.lower() not in _org_suffixes():
        return None
    while " " in head and head.rpartition(" ")[2].islower():
        head = head.rpartition(" ")[0]
    return head if len(head) >= 4 and head[:1].isupper() and not head.rpartition(" ")[2].islower() else None


_COUNT = re.compile(r"(\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})+|\d+)\s+([^\W\d_][\w'’-]*)")
_AMOUNT = re.compile(r"(?:(?:millions?|billions?|milliards?|trillions?|bn|m)(?:\s+d['’]|\s+de\s+|\s+|-))?"
                     r"(?:euros?|dollars?|pounds?|francs?|yens?|percent|pour\s*cent)\b", re.I)
_COUNT_LEAD = 3  # words an amount may follow in a counted subject ("et quelque 96 000 passagers")


@functools.lru_cache(maxsize=200_000)
def counted(name: str | None) -> int | None:
    """The number of a subject that counts things ("842 vols", "1,400 flights", "about
    96,000 passengers" -> 842, 1400, 96000): reports in any language of "N things were
    cancelled" meet on N. None for a name, a year or a decimal."""
    if not name:
        return None
    m = _COUNT.search(name)
    if m is None:
        return _spelled_count(name)
    if len(name[:m.start()].split()) > _COUNT_LEAD or any(ch.isdigit() for ch in name[:m.start()]):
        return None
    if _AMOUNT.match(name, m.start(2)):
        return None  # "412 million euro tram contract": an amount, not a count of things
    digits = re.sub(r"\D", "", m.group(1))
    n = int(digits)
    if n == 0 or (len(digits) == 4 and m.group(1).isdigit() and 1900 <= n <= 2100):
        return None  # "2026 models" is a year, not a count
    return n


def _spelled_count(name: str) -> int | None:
    """The count of a subject whose number is written in words ("Quatorze salariés", "eleven
    workers", "dix-sept personnes"): read by text2num, in French or English; "un"/"one" is an
    article as often as a count, so a count starts at two."""
    words = name.split()
    for k, word in enumerate(words[:_COUNT_LEAD + 1]):
        if k + 1 >= len(words) or not words[k + 1][:1].isalpha():
            return None  # a number word with no noun after it counts nothing
        for lang in ("fr", "en"):
            try:
                n = text2num(word.lower(), lang)
            except ValueError:
                continue
            return n if n >= 2 else None
    return None


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]{3,}")


def name_parts(name: str, typ: str | None) -> set[str]:
    """A name of several words the gazetteer does not know also meets its first or last
    capitalised word: "Yanis Berrada" / "Berrada", "Rheinstadt 04" / "Rheinstadt",
    "Northbridge United" / "Northbridge" (subject.alike decides)."""
    if typ not in ("person", "misc", "org") or " " not in name.strip():
        return set()
    if name[:1].islower() and len(name.split()[0]) >= 4:
        return {name.split()[0]}  # an unnamed body: "parquet de Paris" meets "parquet"
    words = _NAME_WORD.findall(name)
    if not words:
        return set()
    return {words[-1]} if typ == "person" else {words[0], words[-1]}


@functools.lru_cache(maxsize=1 << 18)
def _aliases(name: str | None, typ: str | None, owner: str | None) -> frozenset[str]:
    """Names under which an entity may meet another: itself, the organisation it acts for,
    and for a model the description "(model of its owner)" (cached: a subject comes back
    with every claim about it, and reading the gazetteer for it again was a fifth of the
    time of the block keys at 1M synthetic claims)."""
    if not name:
        return frozenset()
    out = {name}
    ent = load_gazetteer().get(name)
    if counted(name) is not None:
        out.add(f"#{counted(name)}")  # "842 vols" meets "842 flights" (compare.py subject.counted)
    if singular(name):
        out.add(singular(name))  # "48,000 Elyas": the Elya, in the plural (compare.py reads them as one)
    if named_core(name):
        out.add(named_core(name))  # "Orbelia's Helix-2 rocket" meets "Helix-2" (compare.py subject.named_core)
    if typ in ("org", "lab", "misc") and short_name(name):
        out.add(short_name(name))  # "Kestova Energy" meets "Kestova" (compare.py subject.short_name)
    if ent is None:
        out |= name_parts(name, typ)  # "Bertrand Lescure" meets "Lescure" (subject.alike decides)
    if ent is not None and ent.parent:
        out.add(ent.parent)
    owner = owner or (ent.owner if ent is not None else None)
    if typ in MODEL_TYPES and owner and not parse_description(name):
        out.add(description_name(typ, owner))
        out.add(owner)  # "Avocado will stay closed" meets "Meta will keep Avocado closed" (subject.owner)
    out |= unnamed_heads(name, typ)
    acronym = initials(name, typ)
    if acronym:
        out.add(acronym)  # "People's Renewal Party" meets "PRP" (compare.py subject.acronym)
    named = translated_name(name, typ)
    if named:
        out.add(named)  # "Autorité brévanienne de l'aviation civile" meets "Brevanian Civil Aviation Authority"
    return frozenset(out)


@functools.lru_cache(maxsize=100_000)
def translated_name(name: str | None, typ: str | None) -> str | None:
    """An organisation's name of three words or more, in English words as far as the noun
    glossary goes, each cut to its first five letters, in order: the same key for one body
    named in French and in English ("Autorité estravienne de la concurrence" / "Estravian
    Competition Authority": "tn:autho|compe|estra"); None for shorter names."""
    if typ not in ("org", "lab", "misc") or not name or not name[:1].isupper():
        return None
    from claimtrack.reconcile.words import fold_accents, load_vocabulary
    words = load_vocabulary().in_english(name, "fr").split()
    stems = sorted({fold_accents(w)[:5] for w in words if len(w) >= 3})
    return "tn:" + "|".join(stems) if len(stems) >= 3 else None


ACRONYM_SKIP = frozenset(("of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour",
                          "s", "&"))


@functools.lru_cache(maxsize=100_000)
def initials(name: str | None, typ: str | None) -> str | None:
    """The acronym an organisation's name of three words or more spells ("People's Renewal Party",
    "Parti du renouveau populaire": "PRP"; "Autorité estravienne de la concurrence": "AEC"), or None."""
    if typ not in ("org", "lab", "misc") or not name or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return None
    words = [w for w in re.split(r"[\s'’\-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    if not 3 <= len(words) <= 6 or not all(w[:1].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


# a kind of actor and the place or body it is of ("parquet de Namur", "Prosecutors in Namur")
_DESCRIBES_PLACE = re.compile(r"^\w+\s+(?:de|du|des|d['’]|of|in|at)\s+(?:l['’]|la\s+|le\s+|the\s+)?[A-ZÀ-Ý]")


@functools.lru_cache(maxsize=100_000)
def unnamed_heads(name: str, typ: str | None, lang: str | None = None) -> frozenset[str]:
    """An unnamed subject also meets the unnamed subjects with its head noun, in English
    ("most services" / "services", "le transfert d'avions" / "the transfer"; compare.py
    subject.same_head decides)."""
    if not name or "(" in name or counted(name) is not None:
        return frozenset()  # (a count is its number: "248 flights" meets "842 vols" as #248 or not at all)
    if typ is not None and not (typ in ("org", "person") and _DESCRIBES_PLACE.search(name)):
        return frozenset()  # (but "parquet de Namur" / "Prosecutors in Namur": subject.same_head)
    out = set()
    for language in ((lang,) if lang else ("en", "fr")):
        head = head_noun(name, language)
        if head and len(head) >= 4:
            out.add(f"h:{head}")
    return frozenset(out)


def block_keys(claim: Claim) -> list[str]:
    """Keys a claim is filed under. A key ending in "@YEAR" is probed in the adjacent
    years too (`probe_keys`): reports more than a year apart are change over time. A
    headline is also filed under its rarest words, to meet the headlines of its story."""
    if claim.subject is None:
        return []
    keys = _fact_keys(claim)  # sorted, each once
    if claim.headline:
        from claimtrack.reconcile.words import load_vocabulary
        keys += [f"story|{w}@{anchor_year(claim)}" for w in load_vocabulary().anchors(claim.evidence)]
        return sorted(set(keys))
    return keys


def _fact_keys(claim: Claim) -> list[str]:
    if claim.relation == OPEN:
        return open_keys(claim)
    ax = axis(claim)
    rel = relations().get(claim.relation)
    single = rel is not None and rel.single_valued
    if rel is not None and rel.volatile:
        # a share price move is a fact of one day: the day it states, else the day of its report
        ats = [f"@{fact_day(claim)}"]
    else:
        ats = time_keys(claim)
        if rel is not None and rel.moves_dates and claim.when is not None and claim.published is not None:
            # "pushed back to Q2 2027": where the date moved to, and when it moved (meets "denied any delay")
            ats.append(f"@{quarter(claim.published)}")
        if claim.modality == "planned" and claim.when is not None and claim.published is not None \
                and not (rel is not None and rel.moves_dates):
            # "will invest $600bn through 2028" is a plan stated when it was reported: it meets "has set aside
            # $600 billion", told that quarter without a date (the levels weigh the far target)
            at = f"@{quarter(claim.published)}"
            if at not in ats:
                ats.append(at)
        if single and claim.when is not None:
            ats.append("@dated")  # one launch, two dates: dated reports meet whatever their dates
        if rel is not None and rel.once and claim.modality != "planned":
            # "Llama 4 disappointed" (undated, in December) meets "flopped in April": a dated report by the
            # year its event ended, an undated one by the year it was published and the year before
            ats += once_keys(claim)
    subjects = _aliases(claim.subject, claim.subject_type, claim.subject_owner)
    keys: set[str] = set()
    if claim.object and claim.object_type and not single:
        # a multi-valued relation links and conflicts only on one subject *and* one object
        for o in _aliases(claim.object, claim.object_type, None):
            keys |= {f"{ax}|so|{s}|{o}{at}" for s in subjects for at in ats}
        if rel is not None and rel.object_optional:  # "Lescure quits Valmora" meets "Lescure resigned"
            keys |= {f"{ax}|s|{s}{at}" for s in subjects for at in ats}
        mags = magnitudes(claim) if rel is not None and rel.measured else None
        if mags:  # "paid $14.3 billion for Scale AI" meets "invest $14.3 billion in Scale AI" (a phrase object)
            keys |= {f"{ax}|s|{s}|m{m}{at}" for s in subjects for m in mags for at in ats}
    else:
        mags = None if single else magnitudes(claim)
        # amounts only agree within their order of magnitude, and free-text objects only
        # when their wording is alike, so a hub subject's many "Meta invests..." split
        if mags:
            suffixes = [f"|m{m}" for m in mags]
            if rel is not None and rel.object_phrase and claim.object and not claim.object_type \
                    and claim.value is not None and claim.value.unit == "percent":
                # "cuts its metaverse budget by 30%": a change, which reports without it tell too (an
                # amount of money is specific enough to meet on alone)
                suffixes += [f"|w{w}" for w in key_words(claim.object)]
        elif rel is not None and rel.object_phrase and claim.object and not claim.object_type:
            suffixes = [f"|w{w}" for w in key_words(claim.object)]
            head = head_noun(claim.object, claim.language)
            if head:  # "deux lignes de production" / "one of the two production lines": one head, in English
                suffixes.append(f"|h:{head}")
        else:
            suffixes = [""]
        if rel is not None and rel.object_phrase and claim.object and not claim.object_type:
            # "U.S. infrastructure" meets "États-Unis", with a figure or without: the entity they name
            suffixes += [f"|e{e}" for e in sorted(load_gazetteer().names_in(claim.object))]
        keys |= {f"{ax}|s|{s}{m}{at}" for s in subjects for m in suffixes for at in ats}
    if rel is not None and rel.cumulative and claim.value is not None and claim.value.lower and claim.published:
        # a running count reported on other days: one figure meets its repeats ("27 dead" on Wednesday
        # and "still 27" on Friday), within the quarter of the report
        keys |= {f"{ax}|count|{s}|{claim.value.lower:g}@{quarter(claim.published)}" for s in subjects}
    keys |= _undergone_keys(claim, rel, ats)
    keys |= event_keys(claim, ax)
    figure = precise_figure(claim) if rel is not None and rel.measured else None
    if figure:  # one precise figure of one kind of fact, whoever the clause names as its actor
        keys |= {f"{ax}|fig|{figure}{at}" for at in ats}
    measure = measure_key(claim)
    if measure:  # amounts of different bins meet here, to be found disjoint
        keys |= {f"{ax}{MEASURE}{s}|{measure}" for s in subjects}
        told = told_measure_key(claim)
        if told:  # (and a running count, with that day's other counts)
            keys |= {f"{ax}{MEASURE}{s}|{told}" for s in subjects}
    return sorted(keys)


def _undergone_keys(claim: Claim, rel, ats: list[str]) -> set[str]:
    """"Kerren appointed Jonas Peltar" and "Jonas Peltar was appointed": what underwent the
    event meets, filed under the passive reading's name (relations.yaml passive_as)."""
    if rel is None:
        return set()
    if rel.passive_as and claim.object and claim.object_type:
        who, name, side = _aliases(claim.object, claim.object_type, None), rel.passive_as, ACTIVE
    elif claim.relation in undergone():
        who, name, side = _aliases(claim.subject, claim.subject_type, claim.subject_owner), claim.relation, PASSIVE
    elif object_told_as_subject(rel, claim):  # "Lumora pushed back Atlas 2": filed under Atlas 2
        who, name, side = _aliases(claim.object, claim.object_type, None), claim.relation, ACTIVE
    elif rel.object and not rel.patient_subject and not claim.object_type and claim.subject:
        # "le lancement d'Atlas 2 est repoussé": Atlas 2, told with no actor, probes for who acted on it
        who, name, side = (claim.subject,), claim.relation, PASSIVE
    else:
        return set()
    # (one side files, the other probes: two acts on one object meet through their subjects' keys,
    # not here, or a much-sued company's every suit would meet every other)
    return {f"{side}{name}|{w}{at}" for w in who for at in ats}


def object_told_as_subject(rel, claim) -> bool:
    """An act on a thing of the kind its relation acts on ("Lumora AI has pushed back Atlas 2"), which
    a report naming no actor tells with the thing for subject ("le lancement d'Atlas 2 est repoussé")."""
    return bool(rel is not None and rel.object and not rel.patient_subject and not rel.passive_as
                and claim.object and claim.object_type in rel.object)


ACTIVE, PASSIVE = "patA|", "patP|"  # an act filed for its passive reports, and the reverse
# one event told with its actor named and with its actor described ("OCLAESP searched the hotel on
# 8 July" / "des gendarmes ont perquisitionné l'hôtel le 8 juillet"): the named side files, the
# described side probes, and the reverse; two named actors never meet here
EVENT_NAMED, EVENT_DESCRIBED = "evN|", "evD|"


def probe_base(base: str) -> str:
    """The part before the "@" of the blocks a key's claim is compared with: itself, but
    the other voice for an act and what its object underwent (`_undergone_keys`)."""
    if base.startswith(ACTIVE):
        return PASSIVE + base[len(ACTIVE):]
    if base.startswith(PASSIVE):
        return ACTIVE + base[len(PASSIVE):]
    if base.startswith(EVENT_NAMED):
        return EVENT_DESCRIBED + base[len(EVENT_NAMED):]
    if base.startswith(EVENT_DESCRIBED):
        return EVENT_NAMED + base[len(EVENT_DESCRIBED):]
    return base


_POSSESSOR = re.compile(r"^[A-ZÀ-Ý][\w.&-]*(?:\s+[A-ZÀ-Ý][\w.&-]*)*['’]s\s+")


@functools.lru_cache(maxsize=100_000)
def named_core(name: str | None) -> str | None:
    """The name inside an owner's description of it ("Orbelia's Helix-2 rocket" -> "Helix-2",
    "Meta's Llama 4 model" -> "Llama 4"); None when nothing named is left ("France's regulator")."""
    if not name:
        return None
    m = _POSSESSOR.match(name)
    if m is None:
        return None
    rest = name[m.end():].split()
    while rest and rest[-1][:1].islower():
        rest.pop()
    core = " ".join(rest)
    return core if core and (core[:1].isupper() or any(ch.isdigit() for ch in core)) else None


@functools.lru_cache(maxsize=100_000)
def described(name: str | None, typ: str | None) -> bool:
    """A subject that describes its actor instead of naming it: "des gendarmes", "préfet de
    Guyane", "the team's manager" (a common noun first), "France's regulator" (an owner's common
    noun), not a name ("Orbelia", "Helix-2", "Autorité de la concurrence") nor a description of a
    model "(model of X)"."""
    if not name or "(" in name or typ in MODEL_TYPES:
        return False
    if name[:1].islower():
        return True
    return _POSSESSOR.match(name) is not None and name.split()[-1][:1].islower() and named_core(name) is None


def event_keys(claim: Claim, pred: str, year=None) -> frozenset[str] | set[str]:
    """Where one event meets its reports that name its actor another way (`EVENT_NAMED`): its
    predicate (or relation axis) with its day, or with its object's head noun, in English
    (`year`: the claim's anchor year, read here when not given)."""
    when, obj = claim.when, claim.object
    day = when is not None and when.precision in ("day", "time")
    if not (day or obj) or claim.headline or claim.subject is None:
        return _NO_KEYS
    side = EVENT_DESCRIBED if described(claim.subject, claim.subject_type) else EVENT_NAMED
    keys = {f"{side}{pred}|d:{when.iso[:10]}"} if day else set()
    head = head_noun(obj, claim.language) if obj else None
    if head:
        keys.add(f"{side}{pred}|h:{head}@{anchor_year(claim) if year is None else year}")
    return keys


_NO_KEYS: frozenset[str] = frozenset()


def open_keys(claim: Claim) -> list[str]:
    """A claim outside the inventory meets those of its subject with a predicate of its
    family; a headline also those about the same object (the wording level decides)."""
    year = anchor_year(claim)
    subjects = _open_subjects(claim.subject, claim.subject_type, claim.subject_owner, claim.language)
    pred = _verb_key(claim.predicate, claim.language)  # "agir" meets "act"
    objs = key_words(claim.object) if claim.object else ("-",)
    keys = {f"{OPEN}|s|{subj}|p|{pred}|{obj}@{year}" for subj in subjects for obj in objs}
    if claim.when is not None and claim.when.precision in ("day", "time"):
        # one subject, one verb, one day: "notified the SSMVM on Sept. 11" / "n'a notifié le problème que le
        # 11 septembre", whatever the objects say (the levels decide)
        keys |= {f"{OPEN}|s|{subj}|p|{pred}|d:{claim.when.iso[:10]}" for subj in subjects}
    head = head_noun(claim.object, claim.language) if claim.object else None
    if head:  # "soutient l'offre à l'unanimité" / "backed the offer": one head noun, in English
        keys |= {f"{OPEN}|s|{subj}|p|{pred}|h:{head}@{year}" for subj in subjects}
    mags = magnitudes(claim)
    if mags:  # "SPNA demands 6%" / "le SPNA réclame 6 %": one figure of one subject, any verb
        keys |= {f"{OPEN}|s|{subj}|m{m}@{year}" for subj in subjects for m in mags}
    keys |= event_keys(claim, pred, year)
    subj = claim.subject.casefold()
    if not claim.headline:
        return sorted(keys)
    # headlines say one thing in many words: the same object with another verb, the subject
    # written another way ("picks Ohio" / "eyes Ohio"; "Governor Ellen Marsh" / "Marsh")
    if claim.object:
        keys.add(f"{OPEN}|s|{subj}|o|{_key_word(claim.object)}@{year}")
    if not claim.subject_type or claim.subject_type in ("misc", "person", "org") and " " in subj:
        # an unnamed or unknown subject written several ways ("Governor Ellen Marsh", "Marsh")
        words = _WORDS.findall(subj)
        if words:
            keys.add(f"{OPEN}|h|{words[-1]}@{year}")
    return sorted(keys)


@functools.lru_cache(maxsize=1 << 18)
def _open_subjects(subject: str, typ: str | None, owner: str | None, lang: str | None) -> frozenset[str]:
    """The names an open claim's subject is filed under (cached, like `_aliases`)."""
    subjects = {subject.casefold()}
    if named_core(subject):
        subjects.add(named_core(subject).casefold())  # "Orbelia's Helix-2 rocket" meets "Helix-2"
    if load_gazetteer().get(subject) is None:
        subjects |= {w.casefold() for w in name_parts(subject, typ)}
    if counted(subject) is not None:
        subjects.add(f"#{counted(subject)}")  # "842 vols" meets "842 flights"
    subjects |= unnamed_heads(subject, typ, lang)
    acronym = initials(subject, typ)
    if acronym:
        subjects.add(acronym.casefold())  # "People's Renewal Party tabled" meets "le PRP a déposé"
    owner = owner or load_gazetteer().owner_of(subject)
    if typ in MODEL_TYPES and owner:
        subjects.add(owner.casefold())  # "Avocado sera commercialisé" meets "Meta commercialisera Avocado"
    return frozenset(subjects)


@functools.lru_cache(maxsize=1 << 16)
def _verb_key(predicate: str, lang: str | None) -> str:
    from claimtrack.reconcile.words import load_vocabulary
    return load_vocabulary().verb_key(predicate, lang)


def once_keys(claim: Claim) -> list[str]:
    """Where a report of an event that happens once meets its other reports, told with a date or
    without one after it (compare.py time.told_after)."""
    if claim.when is not None:
        return [f"@once{claim.when.end.year}"]
    if claim.published is not None:
        return [f"@once{claim.published.year}", f"@once{claim.published.year - 1}"]
    return []


MAX_QUARTERS = 12


def time_keys(claim: Claim) -> list[str]:
    """The quarters a claim holds in (comparisons read validity windows of about a
    quarter around a report, or the claim's stated time): its stated time's quarters,
    else its report's, and for an undated plan the three years after."""
    if claim.when is not None:
        start, end = claim.when.start, claim.when.end
    elif claim.published is not None:
        start = end = claim.published
        if claim.modality == "planned":
            end = dt.date(min(claim.published.year + 3, 9999), claim.published.month, 1)
    else:
        return ["@undated"]
    return list(_quarters(start.year, (start.month - 1) // 3, end.year, (end.month - 1) // 3))


@functools.lru_cache(maxsize=1 << 14)
def _quarters(y: int, q: int, end_y: int, end_q: int) -> tuple[str, ...]:
    """"@2024Q3", ... from quarter q (0-3) of year y to end_q of end_y, MAX_QUARTERS at most
    (cached: a few thousand spans come back with every claim)."""
    out = []
    while (y, q) <= (end_y, end_q) and len(out) < MAX_QUARTERS:
        out.append(f"@{y}Q{q + 1}")
        y, q = (y + 1, 0) if q == 3 else (y, q + 1)
    return tuple(out)


def probe_keys(key: str) -> tuple[str, ...]:
    """The blocks a claim filed under `key` is compared with: the same, and the
    neighbouring quarter or year."""
    base, sep, at = key.rpartition("@")
    if not sep:
        return (probe_base(key),)
    base = probe_base(base)
    return tuple(f"{base}@{t}" for t in probe_times(at))


@functools.lru_cache(maxsize=1 << 16)
def probe_times(at: str) -> tuple[str, ...]:
    """What follows the "@" of the keys `probe_keys` gives for a key ending in "@" + `at`:
    the same time, and the neighbouring quarter or year (the reconciler looks blocks up by
    the part before the "@", then by these; a few thousand times come back for every claim)."""
    if at.isdigit():
        y = int(at)
        return (f"{y - 1}", at, f"{y + 1}")
    if len(at) == 6 and at[4] == "Q" and at[:4].isdigit():
        y, q = int(at[:4]), int(at[5]) - 1
        before = f"{y - 1}Q4" if q == 0 else f"{y}Q{q}"
        after = f"{y + 1}Q1" if q == 3 else f"{y}Q{q + 2}"
        return (before, at, after)
    return (at,)


def magnitudes(claim: Claim) -> list[int] | None:
    """Tenth-of-a-decade bins a precise amount spans (None: no amount, or too vague to
    block on). Amounts that overlap share a bin; a hub's many amounts spread out."""
    v = claim.value
    if v is not None and (v.lower is None) != (v.upper is None):  # "up to $600 billion": its bound
        bound = v.upper if v.lower is None else v.lower
        v = v.model_copy(update={"lower": bound, "upper": bound}) if bound else v
    if v is None or v.lower is None or v.upper is None or v.lower <= 0 or v.upper / v.lower > 10:
        return None
    # widened upwards by the rounding the comparison forgives: of two figures within it,
    # the smaller then reaches the larger's bin ("14.3" and "15" billion meet)
    return list(range(math.floor(math.log10(v.lower) * BINS_PER_DECADE),
                      math.floor(math.log10(v.upper * (1 + ROUNDING)) * BINS_PER_DECADE) + 1))


PRECISE_DIGITS = 3  # significant digits that make a figure name its fact ("1.84 billion", "112,000")


def precise_figure(claim: Claim) -> str | None:
    """An exact figure precise enough to name one fact whoever states it ("fined Pinecrest
    1.84 billion euros" by "Estravia" or by "l'AEC"): its amount and unit, or None (no
    figure, a range, a bound, or a round one: "$2 billion", "120,000")."""
    v = claim.value
    if v is None or v.amount is None or v.lower != v.upper or v.lower != v.amount or v.amount <= 0:
        return None
    digits = f"{v.amount:.6e}".split("e")[0].replace(".", "").rstrip("0")
    return f"{v.amount:.6g}{v.unit or ''}" if len(digits) >= PRECISE_DIGITS else None


def quarter(d) -> str | None:
    """The quarter a report without a date speaks for (what validity windows need)."""
    if not d:
        return None
    q = _QUARTERS.get(d)
    if q is None:
        q = _QUARTERS[d] = f"{d.year}Q{(d.month - 1) // 3 + 1}"
    return q


def signature(claim: Claim) -> tuple:
    """What decisions depend on: claims with one signature link and conflict alike with
    everyone (modality only colours the labels)."""
    rel = relations().get(claim.relation)
    v = claim.value
    named = claim.attributed_to if claim.attributed_to not in (None, "anonymous sources", "unnamed report") else None
    return (claim.subject, claim.subject_owner, claim.subject_type, claim.relation, claim.object, claim.object_type,
            claim.predicate if claim.relation == OPEN else None,
            (v.lower, v.upper, v.unit) if v else None,
            (claim.when.start, claim.when.end) if claim.when else None,
            claim.published if rel and rel.volatile else (
                moment(claim) if rel and rel.measured else
                quarter(claim.published) if claim.when is None else None),
            claim.polarity, claim.modality == "planned", named and (named, quarter(claim.published)),
            claim.evidence if claim.headline else None)


def signature_key(claim: Claim) -> str:
    """The claim's signature as 16 hex digits, filed with its block keys: a block keeps the
    first claim (by id) of each signature, so the store hands out one claim per block and
    signature instead of every claim of the block (a change of `signature` makes old rows'
    digests meaningless, like a change of `block_keys` makes their keys)."""
    return hashlib.sha1(repr(signature(claim)).encode("utf-8")).hexdigest()[:16]
