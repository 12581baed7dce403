"""Quantities with unit and bounds (Wikidata-style) from a sentence.

"$600 milliards", "600 milliards de dollars", "plusieurs centaines de milliards de
dollars" (a range), "plus de 100 millions" (a lower bound), "environ 6 millions"
(approximate), "5 GW", "17 %". Scale words are applied here: text2num's
alpha2digit turns "600 milliards" into "600 1000000000", so it is only used to
read numbers written in words ("six millions").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import text2num

from claimtrack import lexicon
from claimtrack.models import Quantity

# a number, not the digits of a name or a period ("Q2 2027", "H1", "A320"): no letter right before it, and a
# group of thousands is three digits, not the start of a year ("2 2027" is no "2 202")
_NUM = r"(?<![^\W\d_])(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_WORD_NUMS = {
    "fr": r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|cents))*",
    "en": r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))*",
}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    quantity: Quantity


@functools.cache
def _signs() -> dict[str, str]:
    """Currency signs written before the number, and their unit (data/quantities.yaml)."""
    return dict(lexicon.load("quantities")["prefixes"])


@functools.cache
def currencies() -> frozenset[str]:
    """The units that are money (data/quantities.yaml)."""
    return frozenset(lexicon.load("quantities")["currencies"])


def _scale(scales: dict, word: str | None) -> float:
    return float(scales.get(word) or scales.get(word.lower()) or 1.0) if word else 1.0


def _alt(words) -> str:
    return "|".join(sorted((w if any(c in w for c in "\\[(?") else re.escape(w) for w in words),
                           key=len, reverse=True))


@functools.cache
def _patterns(lang: str):
    data = lexicon.load("quantities")
    lang = lang if lang in data["scales"] else "en"
    units = data["units"]
    unit_rx = "|".join(f"(?P<u_{k}>{'|'.join(v)})" for k, v in units.items())
    scales = data["scales"][lang]
    scale_rx = _alt(scales)
    vague = data["vague"].get(lang, {})
    mods = data["modifiers"]
    mod_rx = "|".join(f"(?P<m_{k}>{_alt(v)})" for k, v in mods.items())
    # vague words first: "hundreds of billions" is not the number "hundred"
    number = rf"(?P<vague>{_alt(vague)})|(?P<num>{_NUM})|(?P<wnum>\b{_WORD_NUMS[lang]}\b)"  # a word, never inside one ("consis-ten-t")
    rx = re.compile(
        rf"(?:(?:{mod_rx})\s+(?:de\s+|d['’]\s*|les\s+)?)?"
        rf"(?P<pre>{_alt(_signs())})?\s?(?:{number})"
        rf"(?:\s*(?P<scale>{scale_rx})\b)?"
        rf"(?:\s*(?:de\s+|d['’]\s*|of\s+|other\s+|autres\s+)?(?:{unit_rx})(?!\w))?",  # not "un pourcent|age de 15 %"
        re.I)
    # "entre 66 et": the first amount of a range, bare or with its currency, before "et 72 milliards"
    currency = "|".join(p for k in sorted(set(_signs().values())) for p in units[k])
    r = data["ranges"]
    range_rx = re.compile(
        rf"(?:(?P<open>{_alt(r['open'])})\s+)?(?P<pre>{_alt(_signs())})?\s?(?P<num>{_NUM})(?:\s*(?P<scale>{scale_rx})\b)?"
        rf"(?:\s*(?:de\s+|d['’]\s*|of\s+)?(?:{currency}))?\s*(?:{_alt(r['join'])})\s*$", re.I)
    counts = re.compile("|".join(f"(?:{c})" for c in data.get("count_contexts", [])) or r"(?!)", re.I)
    return rx, range_rx, scales, vague, data.get("approx_spread", 0.1), list(units), counts


def _to_float(num: str) -> float:
    num = num.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", num):  # 128 000, 1,000, 1.000
        return float(re.sub(r"[ .,]", "", num))
    return float(num.replace(" ", "").replace(",", "."))


YEAR = re.compile(r"(?:19|20)\d\d")
RANGE_SPAN = 20  # the bounds of a stated range are less than this factor apart


GROUPED = re.compile(r"\d{1,3}(?:[ \u202f\u00a0,]\d{3})+")


def find_quantities(text: str, lang: str = "fr") -> list[Found]:
    rx, range_rx, scales, vague, spread, unit_keys, counts = _patterns(lang)
    out: list[tuple[Found, float]] = []  # with the scale each amount was read with
    for m in rx.finditer(text):
        g = m.groupdict()
        unit = next((k for k in unit_keys if g.get(f"u_{k}")), None)
        if g.get("pre"):
            unit = _signs()[g["pre"]]
        scale_word = g.get("scale")
        scale = _scale(scales, scale_word)
        if g.get("vague"):
            if not scale_word:
                continue  # "plusieurs" alone is not a quantity
            lo, hi = vague[next(k for k in vague if k.lower() == g["vague"].lower())]
            lower, upper = lo * scale, hi * scale
            amount = (lower + upper) / 2
        else:
            if g.get("num"):
                value = _to_float(g["num"])
            else:
                try:
                    value = float(text2num(g["wnum"].lower(), lang))
                except ValueError:
                    continue
            if unit is None and not scale_word and not (g.get("num") and GROUPED.fullmatch(g["num"].strip())) \
                    and not ((g.get("wnum") or not YEAR.fullmatch(g["num"])) and counts.search(text, 0, m.start())):
                # a bare number is a quantity only with a unit, a scale or digits grouped by
                # thousands ("en 2023" is a date; "48 000 Elya", "51,000 of its SUVs" are counts),
                # or after a toll ("the death toll rose to 74", "has risen to four")
                continue
            amount = lower = upper = value * scale
            if g.get("m_lower"):
                upper = None
            elif g.get("m_upper"):
                lower = None
            elif g.get("m_approx"):
                lower, upper = amount * (1 - spread), amount * (1 + spread)
        out.append((Found(m.start(), m.end(), Quantity(
            amount=amount, lower=lower, upper=upper,
            unit=unit, text=m.group().strip())), scale))
    return _same_currency(_ranges(text, out, range_rx, scales), out)


def _same_currency(found: list[Found], read: list[tuple[Found, float]]) -> list[Found]:
    """"45 millions d'euros pour une valorisation d'environ 300 millions", "$45m at a value of 300m": a
    scaled amount without a unit after one in a currency, in one sentence, is in that currency."""
    scaled = {q.start for q, s in read if s > 1}
    out, currency = [], None
    for f in found:
        unit = f.quantity.unit
        if unit in currencies():
            currency = unit
        elif unit is None and currency and f.start in scaled:
            f = Found(f.start, f.end, f.quantity.model_copy(update={"unit": currency}))
        out.append(f)
    return out


def _ranges(text: str, found: list[tuple[Found, float]], rx: re.Pattern, scales: dict) -> list[Found]:
    """"entre 66 et 72 milliards de dollars", "between $66 billion and $72 billion",
    "de 66 à 72 milliards", "$66-72 billion": one quantity with both bounds."""
    out: list[Found] = []
    for q, q_scale in found:
        v = q.quantity
        m = rx.search(text, max(0, q.start - 60), q.start) if v.lower == v.upper and v.amount else None
        # "entre 66 et 72 milliards": the first number takes the second's scale
        low = _to_float(m.group("num")) * (_scale(scales, m.group("scale")) if m.group("scale") else q_scale) \
            if m else None
        if low is not None and (low * RANGE_SPAN < v.amount or (YEAR.fullmatch(m.group("num")) and not m.group("open"))):
            low = None  # "objectif pour 2026 à 55 000 unités": a year, then the amount, no range
        if low is None or not 0 < low < v.amount:
            out.append(q)
            continue
        if out and out[-1].start >= m.start():
            out.pop()  # "$66 billion and $72 billion": the first amount is the lower bound
        unit = v.unit or (_signs()[m.group("pre")] if m.group("pre") else None)
        out.append(Found(m.start(), q.end, Quantity(amount=(low + v.amount) / 2, lower=low, upper=v.amount,
                                                     unit=unit, text=text[m.start():q.end].strip())))
    return out
