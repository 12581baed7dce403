"""Time expressions resolved against the article's publication date, with precision.

"en février 2023" -> 2023-02; "en avril" in a 2025-12-15 article -> 2025-04;
"au printemps 2026" -> 2026-03/2026-05; "l'été dernier" -> the summer before;
"le mois dernier" -> the month before publication; "au cours des trois prochaines
années" -> an interval starting at publication. Words live in data/times.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from claimtrack import lexicon
from claimtrack.models import TimeValue


@dataclass(frozen=True)
class FoundTime:
    start: int
    end: int
    time: TimeValue


TENSE_WINDOW = 45  # characters before a bare month searched for a future cue
PAST_WORDS = 4  # words before a bare month searched for a past verb


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift(y: int, m: int, months: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + months
    return k // 12, k % 12 + 1


def month_value(y: int, m: int, text: str) -> TimeValue:
    return TimeValue(iso=f"{y:04d}-{m:02d}", precision="month", start=dt.date(y, m, 1), end=_month_end(y, m), text=text)


def year_value(y: int, text: str) -> TimeValue:
    return TimeValue(iso=f"{y:04d}", precision="year", start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), text=text)


def span_value(y1: int, m1: int, y2: int, m2: int, text: str, precision: str = "interval") -> TimeValue:
    return TimeValue(iso=f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", precision=precision,
                     start=dt.date(y1, m1, 1), end=_month_end(y2, m2), text=text)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def _words(lang: str) -> dict:
    data = lexicon.load("times")
    lang = lang if lang in data["months"] else "en"
    w = data["words"][lang]
    return {
        "months": data["months"][lang], "seasons": data["seasons"][lang], "parts": data["parts"][lang],
        "quarters": {k.lower(): v for k, v in data["quarters"][lang].items()}, "Q": _alt(data["quarters"][lang]),
        "M": _alt(data["months"][lang]) if lang != "en" else _alt(k.capitalize() for k in data["months"][lang]), "S": _alt(data["seasons"][lang]), "P": _alt(data["parts"][lang]),
        "last": _alt(w["last"]), "next": _alt(w["next"]), "this": _alt(w["this"]),
        "month": _alt(w["month"]), "year": _alt(w["year"]), "numbers": w["numbers"],
        "N": _alt(w["numbers"]), "ago": w["ago"], "same_year": w["same_year"],
        "future": re.compile("|".join(data["future_cues"][lang]), re.I), "lang": lang,
        "near_future": re.compile("|".join(data["near_future_cues"][lang]), re.I),
        "near_past": re.compile("|".join(data["near_past_cues"][lang]), re.I),
        "event": re.compile("|".join(data["event_nouns"][lang]), re.I),
        "days": data.get("days", {}).get(lang, {}), "weekdays": data.get("weekdays", {}).get(lang, {}),
    }


def _num(w: dict, token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return w["numbers"].get(token.lower())


def find_times(text: str, lang: str = "fr", published: dt.date | None = None,
               context_year: int | None = None) -> list[FoundTime]:
    """Time expressions in `text`; relative ones need `published` (else skipped)."""
    w = _words(lang)
    months, seasons, parts = w["months"], w["seasons"], w["parts"]
    pub = published
    future = bool(w["future"].search(text))
    found: list[FoundTime] = []
    I = re.I

    def add(m: re.Match, tv: TimeValue | None) -> None:
        if tv is None or any(m.start() < f.end and f.start < m.end() for f in found):
            return
        found.append(FoundTime(m.start(), m.end(), tv))

    def month_no(name: str) -> int:
        return months[name.lower()]

    def season(name: str, year: int, t: str) -> TimeValue:
        a, b = seasons[name.lower()]
        y2 = year + 1 if b < a else year
        return span_value(year, a, y2, b, t, "season")

    def nearest_month(m: int, t: str, at: int, since: bool = False) -> TimeValue | None:
        if pub is None:
            return None
        before = text[max(0, at - TENSE_WINDOW):at]
        # a past verb counts only right before the month ("a lancé Llama 4 en avril"):
        # further back it is mostly a reporting verb ("a démenti tout lancement en août")
        last_words = " ".join(text[:at].split()[-PAST_WORDS:])
        if since:
            tense = "past"
        elif w["near_future"].search(before):
            tense = "future"
        elif (past := w["near_past"].search(last_words + " ")) and not w["event"].search(last_words, past.end()):
            tense = "past"
        else:
            tense = "future" if future else None
        if tense == "future":
            y = pub.year if m >= pub.month else pub.year + 1
        elif tense == "past":
            y = pub.year if m <= pub.month else pub.year - 1
        else:  # the nearest: a tie goes to the past
            y = min((pub.year - 1, pub.year, pub.year + 1),
                    key=lambda yy: (abs((yy - pub.year) * 12 + m - pub.month), yy))
        return month_value(y, m, t)

    M, S, P = w["M"], w["S"], w["P"]
    mflags = 0 if w["lang"] == "en" else I  # English months are capitalised ("may" is a verb)
    # day month year / month day, year
    for m in re.finditer(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({M})\s+((?:19|20)\d{{2}})\b", text, mflags):
        d, mo, y = int(m.group(1)), month_no(m.group(2)), int(m.group(3))
        if 1 <= d <= calendar.monthrange(y, mo)[1]:
            day = dt.date(y, mo, d)
            add(m, TimeValue(iso=day.isoformat(), precision="day", start=day, end=day, text=m.group()))
    for m in re.finditer(rf"\b({M})\s+(\d{{1,2}}),?\s+((?:19|20)\d{{2}})\b", text, mflags):
        mo, d, y = month_no(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= calendar.monthrange(y, mo)[1]:
            day = dt.date(y, mo, d)
            add(m, TimeValue(iso=day.isoformat(), precision="day", start=day, end=day, text=m.group()))
    # month year
    for m in re.finditer(rf"\b({M})\s+(?:de\s+l['’]année\s+|of\s+)?((?:19|20)\d{{2}})\b", text, mflags):
        add(m, month_value(int(m.group(2)), month_no(m.group(1)), m.group()))
    # month of the same year
    for m in re.finditer(rf"\b({M})\s+{re.escape(w['same_year'])}", text, mflags):
        if context_year:
            add(m, month_value(context_year, month_no(m.group(1)), m.group()))
    # season year
    for m in re.finditer(rf"\b({S})\s+(?:de\s+|of\s+)?((?:19|20)\d{{2}})\b", text, I):
        add(m, season(m.group(1), int(m.group(2)), m.group()))
    # a quarter: "deuxième trimestre 2025", "Q2 2025"; without a year, the last one begun
    for m in re.finditer(rf"(?<![\w-])({w['Q']})(?:\s+(?:de\s+l['’]année\s+|de\s+|of\s+)?((?:19|20)\d{{2}}))?\b",
                         text, I):
        q = w["quarters"][m.group(1).lower()]
        if m.group(2):
            y = int(m.group(2))
        elif pub is not None:
            y = pub.year if 3 * q - 2 <= pub.month else pub.year - 1
        else:
            continue
        add(m, span_value(y, 3 * q - 2, y, 3 * q, m.group()))
    # part of a year: début 2025, mi-2025, late 2025
    for m in re.finditer(rf"(?<![\w-])({P})\s*((?:19|20)\d{{2}})\b", text, I):
        a, b = parts[m.group(1).lower()]
        y = int(m.group(2))
        add(m, span_value(y, a, y, b, m.group()))
    if pub is not None:
        # season / month + last|next ("l'été dernier", "en novembre dernier", "last summer")
        for m in re.finditer(rf"\b(?:({S})\s+({w['last']}|{w['next']})|({w['last']}|{w['next']})\s+({S}))\b", text, I):
            name = m.group(1) or m.group(4)
            rel = (m.group(2) or m.group(3)).lower()
            a, b = seasons[name.lower()]
            if re.fullmatch(w["last"], rel, I):
                y = pub.year if (b if b >= a else b + 12) < pub.month else pub.year - 1
            else:
                y = pub.year if a > pub.month else pub.year + 1
            add(m, season(name, y, m.group()))
        for m in re.finditer(rf"\b({M})\s+({w['last']}|{w['next']})\b", text, mflags):
            mo = month_no(m.group(1))
            if re.fullmatch(w["last"], m.group(2), I):
                y = pub.year if mo < pub.month else pub.year - 1
            else:
                y = pub.year if mo > pub.month else pub.year + 1
            add(m, month_value(y, mo, m.group()))
        # the month before / this month / next month
        for m in re.finditer(rf"\b(?:(?:le\s+|du\s+)?({w['month']})\s+({w['last']}|{w['next']})|({w['last']}|{w['next']}|{w['this']})\s+({w['month']}))\b", text, I):
            rel = (m.group(2) or m.group(3)).lower()
            step = -1 if re.fullmatch(w["last"], rel, I) else (1 if re.fullmatch(w["next"], rel, I) else 0)
            y, mo = _shift(pub.year, pub.month, step)
            add(m, month_value(y, mo, m.group()))
        # over the next / past N years
        for m in re.finditer(rf"\b(?:au cours des|dans les|pendant les|over the|in the|for the)\s+({w['N']}|\d+)\s+({w['next']}|{w['last']})\s+(?:années|ans|years)\b", text, I):
            n = _num(w, m.group(1))
            if n:
                if re.fullmatch(w["next"], m.group(2), I):
                    y2, m2 = _shift(pub.year, pub.month, 12 * n - 1)
                    add(m, span_value(pub.year, pub.month, y2, m2, m.group()))
                else:
                    y1, m1 = _shift(pub.year, pub.month, -12 * n)
                    add(m, span_value(y1, m1, pub.year, pub.month, m.group()))
        for m in re.finditer(rf"\b(?:({w['this']})\s+({w['year']})|l['’]({w['year']})\s+({w['last']}|{w['next']})|({w['last']}|{w['next']})\s+({w['year']}))\b", text, I):
            rel = (m.group(1) or m.group(4) or m.group(5) or "").lower()
            step = 0 if m.group(1) else (-1 if re.fullmatch(w["last"], rel, I) else 1)
            add(m, year_value(pub.year + step, m.group()))
        # N years ago
        ago = re.escape(w["ago"])
        for m in re.finditer(rf"\b{ago}\s+({w['N']}|\d+)\s+(?:ans|années)\b|\b({w['N']}|\d+)\s+years?\s+{ago}\b", text, I):
            n = _num(w, m.group(1) or m.group(2))
            if n:
                add(m, year_value(pub.year - n, m.group()))
    if pub is not None:
        # today, yesterday, on Monday: days around publication
        if w["days"]:
            for m in re.finditer(rf"\b(?:{_alt(w['days'])})(?![\w-])", text, I):
                day = pub + dt.timedelta(days=w["days"][m.group().lower()] if m.group().lower() in w["days"]
                                         else w["days"][m.group()])
                add(m, TimeValue(iso=day.isoformat(), precision="day", start=day, end=day, text=m.group()))
        if w["weekdays"]:
            wflags = 0 if w["lang"] == "en" else I
            for m in re.finditer(rf"\b(?:{_alt(w['weekdays'])})\b(?!\s+\d)", text, wflags):
                wd = w["weekdays"].get(m.group()) if m.group() in w["weekdays"] else w["weekdays"][m.group().lower()]
                back = (pub.weekday() - wd) % 7
                day = pub + dt.timedelta(days=(7 - back) % 7) if future and back else pub - dt.timedelta(days=back)
                add(m, TimeValue(iso=day.isoformat(), precision="day", start=day, end=day, text=m.group()))
    # a bare year
    for m in re.finditer(r"(?<![\d,.])((?:19|20)\d{2})(?![\d,.]\d)", text):
        add(m, year_value(int(m.group(1)), m.group()))
    # a bare month: "en avril", "de septembre", "in April"
    if pub is not None:
        for m in re.finditer(rf"\b(?:en|au mois d['’]|de|d['’]|in|since|depuis)\s*({M})\b", text, mflags):
            add(m, nearest_month(month_no(m.group(1)), m.group(), m.start(),
                                 since=m.group().lower().startswith(("since", "depuis"))))
    return sorted(found, key=lambda f: f.start)
