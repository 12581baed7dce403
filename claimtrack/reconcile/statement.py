"""A group's statement: an English sentence rendered from its claim's fields.

"Meta plans $600B of US AI infrastructure spending (planned)". The relation's label
gives the sentence; an entity object is named; a free-text object is shown only when
it is English (an article's French words never enter an English sentence: the
statement then says less); a predicate outside the inventory is shown in English
(inflected, or glossed from French in data/vocabulary.yaml) or not at all.
"""
from __future__ import annotations

import re

from claimtrack.extract.relations import OPEN, Relation
from claimtrack.models import Claim
from claimtrack.reconcile.words import Vocabulary

# a phrase an English sentence can hold: no French function word, no accented letter
_FRENCH = re.compile(r"\b(?:le|la|les|des|du|de|d'|l'|un|une|et|à|au|aux|en|dans|sur|pour|par|avec|sa|son|ses|"
                     r"leur|leurs|qui|que|est|sont|milliards?|environ|plus|près)\b|[àâçéèêëîïôûùüÿœ]", re.I)
MAX_PHRASE_WORDS = 8


def english(phrase: str | None, lang: str | None) -> str | None:
    """The phrase if it can stand in an English sentence, else None."""
    if not phrase:
        return None
    if lang not in (None, "en") and _FRENCH.search(phrase):
        return None
    if len(phrase.split()) > MAX_PHRASE_WORDS:
        return None
    return phrase


def _name(name: str | None) -> str:
    """"(model of Meta)" reads "Meta's model"."""
    if name and name.startswith("(") and name.endswith(")") and " of " in name:
        kind, owner = name[1:-1].split(" of ", 1)
        return f"{owner}'s {kind}"
    return name or "someone"


def render(c: Claim, rel: Relation | None, vocab: Vocabulary, lang: str | None = None) -> str:
    subject = _name(c.subject)
    obj = c.object if c.object_type else english(c.object, lang)
    obj = _name(obj) if obj else None
    value = c.value.text if c.value is not None and english(c.value.text, lang) else (
        _amount(c) if c.value is not None else None)
    if rel is None or rel.name == OPEN:
        verb = vocab.gloss(c.predicate, lang) if c.predicate else None
        if verb is None:
            text = f"{subject}: a statement in {lang or 'another language'}"
        else:
            text = " ".join(x for x in (subject, verb, obj, value) if x)
    else:
        text = rel.statement(subject, obj, value)
    marks = [m for m in (c.modality if c.modality in ("planned", "hedged") else None,
                         "denied" if c.polarity == "negated" else None) if m]
    return text + (f" ({', '.join(marks)})" if marks else "")


def _amount(c: Claim) -> str:
    """A figure in plain English when its own words are not ("$600 milliards" -> "$600 billion")."""
    v = c.value
    if v.lower and v.upper and v.upper / v.lower >= VAGUE_SPREAD:
        return _vague_amount(v)  # "des milliards" is "billions", never the middle of its range
    amount = v.amount
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(amount) >= scale:
            n = f"{amount / scale:.3g}"
            break
    else:
        n, word = f"{amount:.3g}", ""
    unit = {"USD": "$", "EUR": "€", "GBP": "£"}.get(v.unit or "")
    if unit:
        return f"{unit}{n} {word}".strip()
    return " ".join(x for x in (n, word, {"percent": "%"}.get(v.unit or "", v.unit or "")) if x).replace(" %", "%")


VAGUE_SPREAD = 3.0  # upper/lower above which a figure is said as an order of magnitude
_CURRENCY_NAMES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "CNY": "yuan"}


def _vague_amount(v) -> str:
    """"plusieurs centaines de milliards de dollars" -> "hundreds of billions of dollars"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"), (1, "")):
        if v.lower >= scale:
            break
    lead = v.lower / scale
    size = f"hundreds of {word}s" if lead >= 100 else f"tens of {word}s" if lead >= 10 else f"{word}s" if word \
        else "a few"
    unit = _CURRENCY_NAMES.get(v.unit or "", v.unit or "")
    return f"{size} of {unit}".strip() if unit and word else f"{size} {unit}".strip()
