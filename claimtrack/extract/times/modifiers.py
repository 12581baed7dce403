"""Words around a found time that refine it:
- a part before it narrows it: "début 2025", "mi-juin", "la fin de l'année",
  "fin des années 90", "the end of last year";
- a part of the day or a clock time after a day stays with it: "hier soir",
  "Friday evening", "le 5 juin à 19 h 30", "mardi à 19h".
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from claimtrack.extract.times import values as v
from claimtrack.extract.times.rules import FoundTime
from claimtrack.extract.times.words import Words, alt, words
from claimtrack.models import TimeValue


@functools.cache
def _part_before(lang: str) -> re.Pattern:
    w = words(lang)
    lead = w.data["part_lead"].get(lang, "")
    link = w.data["part_link"].get(lang, r"\s+")
    return re.compile(rf"(?<![\w-]){lead}(?P<part>{alt(w.parts)}){link}$", re.I)


@functools.cache
def _day_part_after(lang: str) -> re.Pattern:
    w = words(lang)
    link = w.w.get("day_part_link", r"\s+")
    return re.compile(rf"^(?:{link})(?P<p>{alt(w.day_parts)})\b", re.I)


@functools.cache
def _clock_link(lang: str) -> re.Pattern:
    link = words(lang).w.get("clock_link", r"\s+")
    return re.compile(rf"^(?:{link})$", re.I)


def _day_link(lang: str) -> re.Pattern:
    link = words(lang).w.get("day_link", r"\s*,?\s*")
    return re.compile(rf"^(?:{link})$", re.I)


def narrow(tv: TimeValue, part: str, w: Words, text: str) -> TimeValue | None:
    """The start, middle or end of a year, month, decade or century."""
    ranges = w.part_ranges
    if tv.precision == "year":
        a, b = ranges["year"][part]
        y = tv.start.year
        return v.span_value(y, a, y, b, text)
    if tv.precision == "month":
        a, b = ranges["month"][part]
        y, m = tv.start.year, tv.start.month
        return v.days_value(dt.date(y, m, a), min(dt.date(y, m, 1) + dt.timedelta(days=b - 1), tv.end), text)
    if tv.precision in ("decade", "century"):
        a, b = ranges[tv.precision][part]
        y = tv.start.year - tv.start.year % (10 if tv.precision == "decade" else 100)
        return v.years_value(max(y + a, 1), y + b, text)
    return None


def apply_parts(found: list[FoundTime], text: str, lang: str) -> list[FoundTime]:
    w = words(lang)
    if not w.parts:
        return found
    pattern = _part_before(lang)
    out: list[FoundTime] = []
    for f in found:
        floor = out[-1].end if out else 0
        m = pattern.search(text, floor, f.start)
        blockers = (w.data.get("part_blockers") or {}).get(lang) or []
        if m and blockers and re.search(rf"\b(?:{'|'.join(map(re.escape, blockers))})\s+$", text[:m.start("part")], re.I):
            m = None  # "raises the low end of its 2025 forecast": the forecast's range, not late 2025
        part = w.parts.get_word(m.group("part")) if m else None
        narrowed = narrow(f.time, part, w, text[m.start():f.end]) if part else None
        out.append(FoundTime(m.start(), f.end, narrowed) if narrowed else f)
    return out


def apply_times_of_day(found: list[FoundTime], text: str, lang: str) -> list[FoundTime]:
    """Join a day and the part of the day, then the clock time, that follow it."""
    w = words(lang)
    out: list[FoundTime] = []
    rest = list(found)
    while rest:
        f = rest.pop(0)
        nxt = rest[0] if rest else None
        if f.time.precision == "time" and nxt is not None and nxt.time.precision == "day" \
                and _day_link(lang).match(text[f.end:nxt.start]):
            # "at around 6:40 p.m. on Tuesday", "à 18h40 mardi": the clock on the day after it
            clock = f.time.iso.split("T", 1)[1]
            tv = TimeValue(iso=f"{nxt.time.iso}T{clock}", precision="time", start=nxt.time.start,
                           end=nxt.time.end, text=text[f.start:nxt.end], part=nxt.time.part)
            out.append(FoundTime(f.start, nxt.end, tv))
            rest.pop(0)
            continue
        if f.time.precision == "day":
            limit = rest[0].start if rest else len(text)
            m = _day_part_after(lang).match(text[f.end:limit]) if w.day_parts else None
            if m:
                tv = f.time.model_copy(update={"part": w.day_parts.get_word(m.group("p")),
                                               "text": text[f.start:f.end + m.end()]})
                f = FoundTime(f.start, f.end + m.end(), tv)
            nxt = rest[0] if rest else None
            if nxt is not None and nxt.time.precision == "time" and "T" in nxt.time.iso \
                    and _clock_link(lang).match(text[f.end:nxt.start]):
                clock = nxt.time.iso.split("T", 1)[1]
                tv = TimeValue(iso=f"{f.time.iso}T{clock}", precision="time", start=f.time.start, end=f.time.end,
                               text=text[f.start:nxt.end], part=f.time.part)
                f = FoundTime(f.start, nxt.end, tv)
                rest.pop(0)
        out.append(f)
    return out
