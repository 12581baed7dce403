"""The rule table: each rule is a pattern built from times.yaml's words and the
resolver that turns one match into a TimeValue (or None when the context cannot tell).

find_times runs every rule, keeps the longest matches, then resolves the anaphoric
rules ("le lendemain", "the following year", durations) against the times found before
them. A rule's `core` group, when it has one, is the span reported; the words around
it only license the match ("début octobre": "octobre" is found, "début" narrows it).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

from dateutil.easter import easter

from claimtrack.extract.times import occurrence as occ
from claimtrack.extract.times import reading
from claimtrack.extract.times import values as v
from claimtrack.extract.times.context import Context
from claimtrack.extract.times.words import Words, alt, any_of, words
from claimtrack.models import TimeValue


@dataclass(frozen=True)
class FoundTime:
    """A time expression found in a text: its offsets there and its value."""

    start: int
    end: int
    time: TimeValue


Resolver = Callable[[re.Match, Context, list[FoundTime]], TimeValue | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    anaphoric: bool = False  # resolved after the others, against the times found before it


Y4 = r"(?:1[6-9]|20)\d\d"  # a four-digit year


def _text(m: re.Match) -> str:
    return m.group("core") if "core" in m.re.groupindex and m.group("core") else m.group()


def span(m: re.Match) -> tuple[int, int]:
    return m.span("core") if "core" in m.re.groupindex and m.group("core") else m.span()


# --- resolvers: absolute dates ---------------------------------------------------------

def _day_month(m: re.Match, w: Words) -> tuple[int | None, int | None]:
    d = m.group("d") or m.group("d2")
    mo = m.group("m") or m.group("m2")
    if d is None or mo is None:
        return None, None
    day = int(d) if d.isdigit() else 1  # "1er", "premier"
    return day, w.month_no(mo)


def _rel(m: re.Match, w: Words, group: str = "rel") -> str | None:
    """'last' or 'next' for a relative word in `group`, else None."""
    word = m.groupdict().get(group)
    if not word:
        return None
    word = word.lower()
    if re.fullmatch(w.words("last") + "|" + w.words("before"), word, re.I):
        return "past"
    if re.fullmatch(w.words("next") + "|" + w.words("after"), word, re.I):
        return "future"
    return None


def date(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'le 30 juin', '30 juin 2025', 'le samedi 5 juin', 'le 6 mai dernier', 'June 30th'."""
    w = ctx.words
    day, month = _day_month(m, w)
    if not month:
        return None
    rel = _rel(m, w)
    if m.group("y"):
        year = int(m.group("y"))
    elif m.groupdict().get("yy"):
        year = two_digit_year(ctx, int(m.group("yy")[-2:]))
    else:
        direction = rel or ctx.direction(*span(m))
        if m.groupdict().get("wd"):
            year = occ.day_of_weekday_date(ctx, w.weekdays.get_word(m.group("wd")), month, day, direction, m.start())
        else:
            year = occ.year_of(ctx, month, day, direction, strict=rel is not None, at=m.start())
    if year is None or not v.valid_day(year, month, day):
        return None
    return v.day_value(dt.date(year, month, day), _text(m))


def day_range(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'du 5 au 7 juin 2025', 'between June 5 and 7'."""
    w = ctx.words
    month = w.month_no(m.group("m"))
    month1 = w.month_no(m.group("m1")) if m.group("m1") else month
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    year = int(m.group("y")) if m.group("y") else occ.year_of(ctx, month1, d1, ctx.direction(*m.span()), at=m.start())
    if year is None or not (v.valid_day(year, month1, d1) and v.valid_day(year, month, d2)):
        return None
    a, b = dt.date(year, month1, d1), dt.date(year, month, d2)
    return v.days_value(a, b, m.group()) if a < b else None


def numeric_date(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'05/06/2025', '2025-06-05', '5 janv. 2025': read by dateparser in the language's
    day/month order."""
    day = reading.read_date(m.group("core"), ctx.words.lang, ctx.words.data["date_order"])
    if day is None:
        return None
    if m.groupdict().get("hh"):
        return v.clock_value(day, int(m.group("hh")), int(m.group("mi")), _text(m))
    return v.day_value(day, _text(m))


def month_year(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'février 2023', 'octobre 98', 'in April 2025'."""
    month = ctx.words.month_no(m.group("m"))
    year = int(m.group("y")) if m.groupdict().get("y") else two_digit_year(ctx, int(m.group("yy")[-2:]))
    return v.month_value(year, month, _text(m)) if month and year else None


def month_same_year(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'en juillet de la même année': the year the text is about."""
    year = ctx.context_year or (ctx.anchor.start.year if ctx.anchor else None)
    return v.month_value(year, ctx.words.month_no(m.group("m")), _text(m)) if year else None


def month_relative(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'en novembre dernier', 'next March', 'this April'."""
    month = ctx.words.month_no(m.group("m"))
    rel = _rel(m, ctx.words)
    year = occ.year_of(ctx, month, None, rel or ctx.direction(*m.span()), strict=rel is not None)
    return v.month_value(year, month, _text(m)) if year else None


def month_bare(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'en avril', 'depuis mars', 'début octobre' (the part is added later): the tense decides."""
    month = ctx.words.month_no(m.group("m"))
    lead = (m.groupdict().get("lead") or "").strip()
    if ctx.words.lang in ctx.words.data.get("lowercase_months", []) and m.group("m")[0].isupper() \
            and lead[:1].islower():
        return None  # "de Mars": the planet
    since = bool(lead) and re.fullmatch(ctx.words.frag("since_month"), lead, re.I) is not None
    year = occ.year_of(ctx, month, None, "past" if since else ctx.direction(*span(m)), at=m.start())
    return v.month_value(year, month, _text(m)) if year else None


def season_year(m: re.Match, ctx: Context, found) -> TimeValue | None:
    a, b = ctx.words.seasons.get_word(m.group("s"))
    year = int(m.group("y")) if m.group("y") else two_digit_year(ctx, int(m.group("yy")[-2:]))
    return v.season_value(a, b, year, _text(m)) if year else None


def season(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'l'été dernier', 'cet automne', 'last summer', 'les mois d'été': by tense."""
    a, b = ctx.words.seasons.get_word(m.group("s"))
    rel = _rel(m, ctx.words)
    year = occ.season_year(ctx, a, b, rel or ctx.direction(*span(m)), strict=rel is not None, at=m.start())
    return v.season_value(a, b, year, _text(m)) if year else None


def quarter(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'deuxième trimestre 2025', 'Q4': without a year, the last one begun (the next one not
    over when the tense points ahead)."""
    q = ctx.words.quarters.get_word(m.group("q"))
    return _period(m, ctx, 3 * q - 2, 3 * q)


def semester(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'premier semestre 1999', 'the second half of 2025', 'H1': as a quarter."""
    h = ctx.words.semesters.get_word(m.group("q"))
    return _period(m, ctx, 6 * h - 5, 6 * h)


def _period(m: re.Match, ctx: Context, first: int, last: int) -> TimeValue | None:
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.pub_month:
        py, pm = ctx.pub_month
        if ctx.direction(*span(m)) == "future":  # "aura lieu au second semestre": the next one not over
            y = py if pm <= last else py + 1
        else:
            y = py if first <= pm else py - 1
    else:
        return None
    return v.span_value(y, first, y, last, _text(m))


def year(m: re.Match, ctx: Context, found) -> TimeValue | None:
    if ctx.words.count_noun.match(ctx.text, m.end("core")) or _count_follows(ctx, m.end("core")):
        return None
    return v.year_value(int(m.group("y")), _text(m))


def _count_follows(ctx: Context, at: int) -> bool:
    return bool(re.match(rf"\s+(?:{any_of(ctx.words.data['count_nouns'].get(ctx.words.lang) or [])})",
                         ctx.text[at:], re.I))


def year_two_digits(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'en 97': only before punctuation, a capital or a word that can follow a year;
    "l'année 98", "fin 98", "in '98" need no such check."""
    after = ctx.text[m.end():]
    follow = alt(ctx.words.w.get("two_digit_year_followers") or [])
    if m.group("lead") and not (re.match(r"\s*(?:[,.;:!?)»\"”]|$)|\s+[A-ZÉÈÀÂÎÔ]", after) or re.match(rf"\s+(?:{follow})\b", after, re.I)):
        return None
    y = two_digit_year(ctx, int(m.group("yy")[-2:]))
    return v.year_value(y, _text(m)) if y else None


def two_digit_year(ctx: Context, yy: int) -> int | None:
    """'98' -> 1998 in a 1999 article; a year at most ten years after the reference."""
    ref = ctx.pub_year or ctx.context_year
    if ref is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    y = (ref // 100) * 100 + yy
    return y - 100 if y > ref + 10 else y


def year_range(m: re.Match, ctx: Context, found) -> TimeValue | None:
    a, b = int(m.group("a")), int(m.group("b"))
    return v.years_value(a, b, _text(m)) if a < b <= a + 50 else None


def decade(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'les années 60', 'the 1990s': the last such decade begun by publication."""
    full, dd = m.group("full"), m.group("dd")
    before = m.string[max(0, m.start() - 8):m.start()].lower()
    if dd and not full and re.search(r"(?:over|under|aged)[\s-]*$|-\s*$", before):
        return None  # "over-70s", "the under-30s", "aged 70s": people of an age, no decade
    if full:
        start = int(full)
    else:
        dd = int(dd)
        ref = ctx.pub_year or ctx.context_year or 1999 + 100 * (dd < 30)
        start = (ref // 100) * 100 + dd
        if start > ref:
            start -= 100
    return v.years_value(start, start + 9, _text(m), "decade")


def century(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'le XIXe siècle', 'the 19th century', 'the 1800s': 1800/1899."""
    c = m.group("c")
    if m.groupdict().get("hundreds"):
        start = int(m.group("hundreds"))
    else:
        n = int(c) if c.isdigit() else roman(c)
        if not n or n > 21:
            return None
        start = (n - 1) * 100
    return v.years_value(max(start, 1), start + 99, _text(m), "century")


def roman(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    s = s.upper()
    if not s or any(ch not in vals for ch in s):
        return None
    total = sum(-vals[a] if vals[a] < vals[b] else vals[a] for a, b in zip(s, s[1:])) + vals[s[-1]]
    return total


def holiday(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'Vendredi Saint', 'Noël', 'Thanksgiving': the date in the year the tense points to."""
    spec = ctx.words.holidays.get_word(m.group("h"))
    rel = _rel(m, ctx.words)

    def on(y: int) -> dt.date:
        if "easter" in spec:
            return easter(y) + dt.timedelta(days=spec["easter"])
        if "nth" in spec:
            first = dt.date(y, spec["month"], 1)
            return first + dt.timedelta(days=(spec["weekday"] - first.weekday()) % 7 + 7 * (spec["nth"] - 1))
        return dt.date(y, spec["month"], spec["day"])
    if m.group("y"):
        return v.day_value(on(int(m.group("y"))), _text(m))
    direction = rel or ctx.direction(*m.span())
    about = None if rel else ctx.year_about(direction, m.start())
    if about is not None:
        return v.day_value(on(about), _text(m))
    pub = ctx.pub_day
    if pub is None:
        return v.day_value(on(ctx.pub_year), _text(m)) if ctx.pub_year and ctx.precision == "year" else None
    days = [on(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if direction == "past":
        pick = max(d for d in days if (d < pub if rel else d <= pub))
    elif direction == "future":
        pick = min(d for d in days if (d > pub if rel else d >= pub))
    else:
        pick = min(days, key=lambda d: (abs((d - pub).days), d > pub))
    return v.day_value(pick, _text(m))


# --- resolvers: relative to publication --------------------------------------------------

def relative_day(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'hier', 'aujourd'hui', 'tomorrow'."""
    if ctx.pub_day is None:
        return None
    return v.day_value(ctx.pub_day + dt.timedelta(days=ctx.words.days.get_word(m.group("core"))), _text(m))


def this_day_part(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'ce soir', 'this morning', 'tonight'."""
    if ctx.pub_day is None:
        return None
    part = ctx.words.this_day_part.get_word(m.group("core"))
    day = ctx.pub_day - dt.timedelta(days=1) if m.group("core").lower() == "last night" else ctx.pub_day
    return v.day_value(day, _text(m), part)


def weekday_and_day(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'lundi 14': the 14th nearest publication that is a Monday (this month, the next or
    the last)."""
    pub = ctx.pub_day
    d = m.group("d")
    day = int(d) if d.isdigit() else 1
    if pub is None:
        return None
    wd = ctx.words.weekdays.get_word(m.group("wd"))
    fits = [dt.date(y, mo, day) for k in (0, 1, -1) for y, mo in [v.shift_month(pub.year, pub.month, k)]
            if v.valid_day(y, mo, day) and dt.date(y, mo, day).weekday() == wd]
    if not fits:
        return None
    return v.day_value(min(fits, key=lambda x: abs((x - pub).days)), _text(m))


def weekday(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'mardi', 'mercredi dernier', 'next Friday': the tense decides; without a cue, the last one."""
    wd = ctx.words.weekdays.get_word(m.group("wd"))
    rel = _rel(m, ctx.words)
    day = occ.weekday_date(ctx, wd, rel or ctx.direction(*m.span()), strict=rel is not None)
    return v.day_value(day, _text(m)) if day else None


def unit_relative(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'le mois dernier', 'cette semaine', 'l'an prochain', 'ce week-end', 'last year'."""
    w = ctx.words
    unit = w.unit_of(m.group("u")) or ("weekend" if m.group("u") else None)
    rel = m.group("rel")
    step = 0
    if rel:
        step = -1 if re.fullmatch(w.words("last"), rel, re.I) else 1 if re.fullmatch(w.words("next"), rel, re.I) else None
        if step is None:
            return None  # "précédent", "suivant": counted from the text's date (anchored rule)
        months = {"year": 12, "decade": 120, "century": 1200}.get(unit or "")
        if months and w.w.get("rolling") and re.fullmatch(w.words("rolling"), rel, re.I) and ctx.pub_month:
            # "au cours de l'année écoulée", "over the past year": the last twelve months; "over the past
            # century": the hundred years to publication, not the 1900s
            py, pm = ctx.pub_month
            y0, m0 = v.shift_month(py, pm, -months)
            return v.span_value(y0, m0, py, pm, _text(m), "duration")
    return shift_unit(ctx, unit, step, _text(m), base=None, direction=None if rel else ctx.direction(*m.span()))


def shift_unit(ctx: Context, unit: str | None, step: int, text: str, base: TimeValue | None,
               direction=None) -> TimeValue | None:
    """The unit (day, week, weekend, month, year) `step` units from `base` (else publication)."""
    if unit in ("day", "week", "weekend"):
        ref = base.start if base is not None and base.precision in ("day", "time") else ctx.pub_day
        if ref is None:
            return None
        if unit == "day":
            return v.day_value(ref + dt.timedelta(days=step), text)
        if unit == "week":
            return v.week_value(ref + dt.timedelta(weeks=step), text)
        sat = ref + dt.timedelta(days=5 - ref.weekday())  # the Saturday of ref's week
        if step == 0 and direction != "future" and (direction == "past" or ref.weekday() < 2) and ref.weekday() < 5:
            sat -= dt.timedelta(days=7)  # "ce week-end" early in the week: the one just past
        sat += dt.timedelta(weeks=step)
        return v.days_value(sat, sat + dt.timedelta(days=1), text)
    if unit == "month":
        if base is not None and base.precision in ("day", "time", "month"):
            ref = (base.start.year, base.start.month)
        else:
            ref = ctx.pub_month
        if ref is None:
            return None
        y, mo = v.shift_month(*ref, step)
        return v.month_value(y, mo, text)
    if unit == "century":
        ref = base.start.year if base is not None else ctx.pub_year
        if ref is None:
            return None
        first = (ref // 100 + step) * 100
        return v.years_value(first, first + 99, text, "century")
    if unit == "year":
        ref = base.start.year if base is not None and base.precision in ("day", "time", "month", "year", "season") \
            else (ctx.context_year if base is None and ctx.pub_year is None else ctx.pub_year)
        return v.year_value(ref + step, text) if ref else None
    return None


MAX_COUNT = 1000  # "il y a 999999 ans" is not a date


RANKED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|\w{3,}est|premi[eè]re?|deuxième|"
                           r"troisième|seule?|plus (?:haut|bas|fort|faible))\b[^.;,]{0,45}$", re.I)


def _n(m: re.Match, ctx: Context) -> int | None:
    n = ctx.words.number(m.group("n"))
    return n if n is not None and 0 < n <= MAX_COUNT else None


def ago(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'il y a deux ans', 'three weeks ago', 'dans trois jours', 'in two years'."""
    n, unit = _n(m, ctx), ctx.words.unit_of(m.group("u"))
    if not n:
        return None
    if not m.group("ago") and RANKED_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None  # "the second recall in two years", "its lowest level in five years": a span back, no date
    sign = -1 if m.group("ago") else 1
    return _point(ctx, unit, sign * n, _text(m), None)


def _point(ctx: Context, unit: str | None, n: int, text: str, base: TimeValue | None) -> TimeValue | None:
    """The day, month or year n units from base (else publication): a week counts in days."""
    if unit in ("day", "week"):
        ref = base.start if base is not None and base.precision in ("day", "time") else (ctx.pub_day if base is None else None)
        return v.day_value(ref + dt.timedelta(days=n * (7 if unit == "week" else 1)), text) if ref else None
    if unit == "month":
        ref = (base.start.year, base.start.month) if base is not None else ctx.pub_month
        return v.month_value(*v.shift_month(*ref, n), text) if ref else None
    if unit == "century":
        ref = base.start.year if base is not None else ctx.pub_year
        if ref is None:
            return None
        first = (ref // 100 + n) * 100
        return v.years_value(first, first + 99, text, "century")
    if unit == "year":
        ref = base.start.year if base is not None else ctx.pub_year
        return v.year_value(ref + n, text) if ref else None
    return None


# --- resolvers: anaphoric (the last date the text gave) --------------------------------

def _anchor(ctx: Context, found: list[FoundTime], at: int, finest: tuple[str, ...]) -> TimeValue | None:
    """The last time before `at` in this text with one of the `finest` precisions, else
    the caller's anchor, else None."""
    for f in reversed(found):
        if f.end <= at and f.time.precision in finest:
            return f.time
    if ctx.anchor is not None and ctx.anchor.precision in finest:
        return ctx.anchor
    return None


DAYLIKE = ("day", "time")
MONTHLIKE = ("day", "time", "month")
YEARLIKE = ("day", "time", "month", "year", "season", "week")


def anchored_day(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'le lendemain', 'la veille', 'the same day': from the last day the text gave, else,
    when it gave no date at all, from publication."""
    offset = ctx.words.anchored_days.get_word(m.group("core"))
    after = ctx.text[m.end():m.end() + 12].lower() if getattr(ctx, "text", None) else ""
    if offset and re.match(r"\s+(?:of|de|du|d['’]|des)\b|\s+(?:the|a|an|his|her|its|their)\s", after):
        return None  # "the day after the results", "le lendemain de l'annonce": an event's day, not a date
    base = _anchor(ctx, found, m.start(), DAYLIKE)
    if base is None and (ctx.anchor is not None or any(f.end <= m.start() for f in found)):
        return None  # the last date given has no day ("En mars ... le lendemain"): none to add to
    ref = base.start if base else ctx.pub_day
    return v.day_value(ref + dt.timedelta(days=offset), _text(m)) if ref else None


def anchored_unit(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'l'année suivante', 'la même année', 'the previous month', 'cette année-là'."""
    w = ctx.words
    unit = w.unit_of(m.group("u"))
    rel = m.group("rel") or ""
    step = -1 if re.fullmatch(w.words("before"), rel, re.I) else 1 if re.fullmatch(w.words("after"), rel, re.I) else 0
    finest = {"day": DAYLIKE, "week": DAYLIKE, "month": MONTHLIKE}.get(unit, YEARLIKE)
    base = _anchor(ctx, found, m.start(), finest)
    if base is None and unit == "year" and ctx.context_year:
        return v.year_value(ctx.context_year + step, _text(m))
    if base is None:
        return None
    return shift_unit(ctx, unit, step, _text(m), base)


def anchored_shift(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'deux jours plus tard', 'three years earlier': from the last date the text gave."""
    n, unit = _n(m, ctx), ctx.words.unit_of(m.group("u"))
    if not n:
        return None
    sign = -1 if re.fullmatch(ctx.words.frag("anchored_before"), m.group("rel"), re.I) else 1
    finest = {"day": DAYLIKE, "week": DAYLIKE, "month": MONTHLIKE}.get(unit, YEARLIKE)
    base = _anchor(ctx, found, m.start(), finest)
    return _point(ctx, unit, sign * n, _text(m), base) if base else None


def clock(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'19 h 30', '7:30 pm': on the day the text last gave, else on publication day."""
    spelled_lead = ctx.words.w.get("clock_spelled_lead")
    if spelled_lead and "heure" in m.group().lower() and not re.search(spelled_lead, ctx.text[:m.start()], re.I):
        return None  # "pendant 12 heures"
    hour, minute = int(m.group("hh")), int(m.group("mi") or 0)
    ampm = (m.groupdict().get("ap") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    base = _anchor(ctx, found, m.start(), DAYLIKE)
    day = base.start if base else ctx.pub_day
    return v.clock_value(day, hour, minute, _text(m)) if day else None


OF_SOMETHING = re.compile(r"\s+(?:de|du|des|d['’]|of)\b|\s*[,.;]|\s*$", re.I)


def _perfect_before(ctx, at: int) -> bool:
    """An English present perfect before `at` in its sentence ("has fallen for two years"): a stretch
    up to now (times.yaml `perfect`)."""
    if not ctx.words.w.get("perfect"):
        return False
    start = max(ctx.text.rfind(". ", 0, at), ctx.text.rfind("\n", 0, at)) + 1
    return _word_pattern(ctx.words.frag("perfect")).search(ctx.text, start, at) is not None


@functools.lru_cache(maxsize=64)
def _word_pattern(alternation: str) -> re.Pattern:
    return re.compile(r"\b(?:" + alternation + r")\b", re.I)


def duration(m: re.Match, ctx: Context, found) -> TimeValue | None:
    """'depuis trois ans', 'over the next three years', 'sur trois ans': an interval
    anchored where the text anchors it (a 'from' date in the sentence), else at
    publication: ending there for 'depuis'/'past'/a past verb, starting there otherwise."""
    w = ctx.words
    n, unit = _n(m, ctx), w.unit_of(m.group("u"))
    if not n or unit not in ("day", "week", "month", "year", "decade"):
        return None
    lead = (m.group("lead") or "").lower()
    rel = _rel(m, w, "rel") or _rel(m, w, "rel2")
    if rel is None and re.search(r"\b(?:les|des|the)$", lead) and not lead.startswith("dans") \
            and OF_SOMETHING.match(ctx.text, m.end()):
        return None  # "sur les cinq jours de grève", "pendant les cinq jours, soit...": a period the text knows
    if re.fullmatch(w.frag("duration_since"), lead, re.I) or re.fullmatch(w.frag("duration_past"), lead, re.I) \
            and rel != "future":
        backwards = True
    elif rel is not None or re.fullmatch(w.frag("duration_next"), lead, re.I):
        backwards = rel == "past"
    else:
        backwards = ctx.direction(*m.span()) == "past"
        if backwards and w.w.get("duration_closed") and re.fullmatch(w.frag("duration_closed"), lead, re.I) \
                and not _perfect_before(ctx, m.start()):
            return None  # "Pendant dix jours, l'armateur a défendu...": a closed stretch of the past, not the last ten
            # (but "Unemployment has fallen for two years": up to now)
    start_at = _from_time(ctx, found, m.start())
    months = {"year": 12, "decade": 120}.get(unit, 1) * n
    if unit in ("day", "week"):
        ref = start_at.start if start_at else ctx.pub_day
        if ref is None:
            return None
        days = n * (7 if unit == "week" else 1)
        a, b = (ref - dt.timedelta(days=days), ref) if backwards and not start_at else (ref, ref + dt.timedelta(days=days))
        return v.days_value(a, b, _text(m), "duration")
    ref = (start_at.start.year, start_at.start.month) if start_at else ctx.pub_month
    if ref is None:
        return None
    if backwards and not start_at:
        y1, m1 = v.shift_month(*ref, -months)
        return v.span_value(y1, m1, *ref, _text(m), "duration")
    y2, m2 = v.shift_month(*ref, months - 1)
    return v.span_value(*ref, y2, m2, _text(m), "duration")


def _from_time(ctx: Context, found: list[FoundTime], at: int) -> TimeValue | None:
    """A time the sentence gives as the start ('à partir de 2026', 'starting in 2026')."""
    lead = re.compile(rf"(?:{ctx.words.frag('duration_from')})\s*$", re.I)
    for f in found:
        if f.time.precision in ("day", "month", "year", "time") and lead.search(ctx.text[max(0, f.start - 30):f.start]):
            return f.time
    return None


# --- the table ---------------------------------------------------------------------------

def ci(fragment: str) -> str:
    """A case-insensitive piece inside a pattern compiled case-sensitively (English names)."""
    return f"(?i:{fragment})"


@functools.cache
def table(lang: str) -> tuple[Rule, ...]:
    w = words(lang)
    W = w.frag
    M, MA = alt(w.months), w.MA
    WD = alt(w.weekdays)
    S = alt(w.seasons)
    N = rf"(?:{alt(w.numbers)}|\d+)"
    UNIT = any_of(w.units.values())
    LAST, NEXT = w.words("last"), w.words("next")
    BEFORE, AFTER, SAME = w.words("before"), w.words("after"), w.words("same")
    REL = f"{LAST}|{NEXT}"
    THIS, THE = w.words("this"), w.words("the")
    PART = alt(w.parts)
    link = w.data["part_link"].get(lang, r"\s+")
    sfx = w.w.get("day_suffix", "")
    ordinal = alt(w.w.get("ordinal_day") or [])
    DAY = rf"(?:\d{{1,2}}|{ordinal})"
    DM = (rf"(?:(?P<d>{DAY}){sfx}\s+(?:of\s+)?(?P<m>{MA})"
          rf"|(?P<m2>{MA})\s+(?P<d2>\d{{1,2}}){sfx}(?![\d:.,]\d))")
    YEAR_TAIL = rf"(?:,?\s+(?P<y>{Y4})\b|\s+(?P<yy>['’]\d\d)\b)?"
    yy_parts = "|".join(f"(?<={re.escape(p)}\\s)" for p in w.parts if re.fullmatch(r"\w+", p))
    flags = w.name_flags
    holidays = alt(w.holidays)
    LE, THE_OPT = ci(r"(?:le\s+)?"), ci(r"(?:the\s+)?")
    OF_YEAR = ci(r"(?:de\s+l['’]année\s+|of\s+)?")
    DE_OF = ci(r"(?:de\s+|of\s+)?")
    FROM, TO = ci(r"(?:du|les|entre\s+le|from|between)"), ci(r"(?:au|et\s+le|et|to|and|-)")
    NOT_COUNT = ci(r"heures?|%|ans|years")
    SAME_YEAR = ci(re.escape(w.w.get("same_year") or "")) if w.w.get("same_year") else "(?!)"
    RANGES = w.frag("year_ranges").replace("({Y})", f"(?P<a>{Y4})", 1).replace("({Y})", f"(?P<b>{Y4})", 1)
    REL_G, REL2_G = ci(f"(?P<rel>{REL})"), ci(f"(?P<rel2>{REL}|{THIS})")
    MONTH_LEAD = ci(f"(?P<lead>{W('month_prep')}|{W('month_of')})")
    PART_LINK = ci(f"(?:{PART})") + ci(link)
    YY_LEAD = (rf"\b(?:(?P<lead>{W('two_digit_year_prep')})|{W('two_digit_year_prep_sure')})\s*"
               + (f"|{yy_parts}" if yy_parts else ""))

    rules: list[tuple] = []
    if w.known:
        rules += [
            # absolute dates
            ("weekday day month", rf"\b(?P<wd>{WD}),?\s+{LE}{DM}{YEAR_TAIL}", date, flags),
            ("day month", rf"\b{DM}{YEAR_TAIL}(?:\s+{REL_G}\b)?", date, flags),
            ("day range", rf"\b{FROM}\s+(?P<d1>\d{{1,2}}){sfx}(?:\s+(?P<m1>{MA}))?\s+"
                          rf"{TO}\s+(?P<d2>\d{{1,2}}){sfx}\s+(?P<m>{MA})(?:\s+(?P<y>{Y4}))?\b",
             day_range, flags),
            ("month year", rf"\b(?P<m>{MA})\s+{OF_YEAR}(?P<y>{Y4})\b", month_year, flags),
            ("month two-digit year", rf"\b(?P<m>{M})\s+(?P<yy>['’]?\d\d)\b(?![\d:%]|[,.]\d|\s*(?:h\b|{NOT_COUNT}))",
             month_year, flags),
            ("month of the same year", rf"\b(?P<m>{M})\s+{SAME_YEAR}", month_same_year, flags),
            ("month last/next", rf"\b(?P<m>{M})\s+{REL_G}\b|\b{REL2_G}\s+(?P<m2>{M})\b",
             month_relative_any, flags),
            # (not before its year: "jusqu'en juin 2028" is June 2028, which "month year" reads)
            ("month after a word", rf"\b{MONTH_LEAD}\s*(?P<m>{M})\b(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]\d)|\s+{Y4}\b)",
             month_bare, flags),
            ("month after a part", rf"(?:\b{PART_LINK})(?P<core>(?P<m>{M}))\b", month_bare, flags),
            ("a year or month after a part", rf"(?:\b{PART_LINK})(?P<core>(?:(?:{THE})\s*)?(?P<u>{w.units.get('year', '(?!)')}"
                                             rf"|{w.units.get('month', '(?!)')}))\b(?!-|\s+(?:{REL}|{BEFORE}|{AFTER}|\d))",
             unit_relative_any, re.I),
            ("season year", rf"\b(?:{ci(W('season_before_words'))})?(?P<s>{S})(?:{ci(W('season_after_words'))})?\s+"
                            rf"{DE_OF}(?:(?P<y>{Y4})|(?P<yy>['’]?\d\d))\b(?![\d:%]|[,.]\d)",
             season_year, re.I),
            ("season last/next", rf"\b(?:(?:{THE})\s*)?(?P<s>{S})\s+(?P<rel>{REL})\b|\b(?P<rel2>{REL})\s+(?P<s2>{S})\b",
             season_relative_any, re.I),
            ("season", rf"\b(?:{W('season_lead')})\s*(?P<s>{S})\b", season, re.I),
            ("season months", rf"\b(?:(?:{W('season_before_words')})(?P<s>{S})|(?P<s2>{S})(?:{W('season_after_words')}))\b",
             season_months, re.I),
            ("quarter", rf"(?<![\w-])(?P<q>{alt(w.quarters)})(?:\s+(?:de\s+l['’]année\s+|de\s+|of\s+)?(?P<y>{Y4}))?\b",
             quarter, re.I),
            ("half year", rf"(?<![\w-])(?:the\s+)?(?P<q>{alt(w.semesters)})(?:\s+(?:de\s+l['’]année\s+|de\s+|of\s+)?"
                          rf"(?P<y>{Y4}))?\b", semester, re.I),
            ("weekday and day", rf"\b(?P<wd>{WD})\s+{THE_OPT}(?P<d>\d{{1,2}}|{ordinal}){sfx}\b(?!\s*(?:[:h/.,]\s*\d|%|{MA}))",
             weekday_and_day, flags),
            ("holiday", rf"\b(?P<h>{holidays})(?:\s+(?P<y>{Y4}))?(?:\s+(?P<rel>{REL}))?\b", holiday, re.I),
            ("decade", rf"\b(?:{W('decade_pattern')})", decade, re.I),
            ("century", century_pattern(w), century, re.I),
            ("two-digit year", rf"(?:{YY_LEAD})"
                               rf"(?P<core>(?P<yy>['’]?\d\d))\b(?![\d:%]|[,.]\d)", year_two_digits, re.I),
            # relative to publication
            ("day word", rf"(?<![\w-])(?P<core>{alt(w.days)})(?![\w-])", relative_day, re.I),
            ("this part of day", rf"\b(?P<core>{alt(w.this_day_part)})\b", this_day_part, re.I),
            ("weekday last/next", rf"\b(?P<wd>{WD})\s+{REL_G}\b|\b{REL2_G}\s+(?P<wd2>{WD})\b",
             weekday_any, flags),
            ("weekday", rf"\b(?P<wd>{WD})\b(?!\s+\d)", weekday, flags),
            ("unit this/last/next",
             rf"\b(?:(?:{THIS})\s+(?P<u>{UNIT}|{W('weekend')})(?:-ci)?(?![\w-])"
             rf"|(?:{THE})\s*(?P<u2>{UNIT}|{W('weekend')})\s+(?P<rel>{REL})\b"
             rf"|(?P<rel2>{REL})\s+(?P<u3>{UNIT}|{W('weekend')})\b)", unit_relative_any, re.I),
            ("ago / in", rf"\b(?:(?P<ago>{W('ago')})\s+(?P<n>{N})\s+(?P<u>{UNIT})\b"
                         rf"|(?P<n2>{N})\s+(?P<u2>{UNIT})\s+(?P<ago2>{W('ago_after')})\b"
                         rf"|(?P<within>{W('within')})\s+(?P<n3>{N})\s+(?P<u3>{UNIT})\b(?!\s+(?:{W('ago_after')}|{W('anchored_after')}|{W('anchored_before')})))",
             ago_any, re.I),
            # anaphoric: resolved against the times found before them
            ("anchored day", rf"(?<![\w-])(?P<core>{alt(w.anchored_days)})(?![\w-])", anchored_day, re.I, True),
            ("anchored unit",
             rf"\b(?:(?:{THE})\s*(?P<u>{UNIT})\s+(?P<rel>{BEFORE}|{AFTER})\b"
             rf"|(?:{THE})\s*(?P<rel2>{SAME}|{BEFORE}|{AFTER})\s+(?P<u2>{UNIT})\b"
             rf"|(?:{THIS})\s+(?P<u3>{UNIT})-là\b|\bthat\s+(?P<u4>{UNIT})\b)", anchored_unit_any, re.I, True),
            # (not "huit jours après que celui-ci a critiqué...", "two days after the vote": after another event)
            ("anchored shift", rf"\b(?P<n>{N})\s+(?P<u>{UNIT})\s+(?P<rel>{W('anchored_after')}|{W('anchored_before')})\b"
                               rf"(?!(?<=après)\s+\w|(?<=after)\s+\w|(?<=avant)\s+\w|(?<=before)\s+\w)",
             anchored_shift, re.I, True),
            ("duration",
             rf"\b(?P<lead>{W('duration_since')}|{W('duration_past')}|{W('duration_next')}|{W('duration_plain')})\s+"
             rf"(?P<n>{N})\s+(?:(?P<rel>{REL})\s+)?(?P<u>{UNIT})(?:\s+(?P<rel2>{REL}))?\b(?!\s+(?:{W('ago_after')}))",
             duration, re.I, True),
            ("clock", any_of(w.w.get("clock") or []), clock, re.I, True),
        ]
    rules += [
        # language-neutral
        ("numeric date", r"(?<![\w./-])(?P<core>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}-\d\d-\d\d)"
                         r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\w./-]*\d)", numeric_date, 0),
        ("year range", rf"\b(?:{RANGES})\b"
         if w.known else rf"\b(?P<a>{Y4})\s*[-–]\s*(?P<b>{Y4})\b", year_range, re.I),
        ("year", r"(?<![\w,.$€£/])(?<!\d-)(?P<core>(?P<y>(?:19|20)\d\d))(?![\d,.]\d)(?!\s*[-–/]\s*\d)", year, 0),
        ("year after a word", rf"\b(?:{w.frag('years_prep')})\s+(?P<core>(?P<y>1[6-8]\d\d))\b(?![\d,.]\d)", year, re.I),
    ]
    if not w.known:
        rules.append(("date in words (dateparser)", reading.foreign_date_pattern(lang), foreign_date, re.I))
    out = []
    for entry in rules:
        name, pattern, resolve, fl = entry[:4]
        anaphoric = entry[4] if len(entry) > 4 else False
        out.append(Rule(name, re.compile(pattern, fl), resolve, anaphoric))
    return tuple(out)


def century_pattern(w: Words) -> str:
    ordinal = w.w.get("century_ordinal", "")
    word = w.frag("century_word")
    numeral = r"[IVXL]+|\d{1,2}" if w.w.get("roman") else r"\d{1,2}"
    return (rf"\b(?P<core>(?P<c>{numeral}){ordinal}[\s-]+(?:{word})"
            rf"|(?:the\s+)?(?P<hundreds>1[0-9]00)['’]?s)\b")


# Rules whose pattern has two spellings of a group ("rel" / "rel2") read through one of these.
def _unify(m: re.Match, pairs: dict) -> re.Match:
    return _Merged(m, pairs)


class _Merged:
    """A match whose alternative groups ('m2', 'rel2'...) answer to their first name."""

    def __init__(self, m: re.Match, pairs: dict):
        self._m, self._pairs = m, pairs
        self.re = m.re
        self.string = m.string

    def group(self, name=0):
        if name == 0:
            return self._m.group()
        for alt_name in self._pairs.get(name, ()):
            if alt_name in self._m.re.groupindex and self._m.group(alt_name) is not None:
                return self._m.group(alt_name)
        return self._m.group(name) if name in self._m.re.groupindex else None

    def groupdict(self):
        return {k: self.group(k) for k in set(self._m.re.groupindex) | set(self._pairs)}

    def span(self, name=0):
        return self._m.span(name)

    def start(self, name=0):
        return self._m.start(name)

    def end(self, name=0):
        return self._m.end(name)


def month_relative_any(m, ctx, found):
    return month_relative(_unify(m, {"m": ("m", "m2"), "rel": ("rel", "rel2")}), ctx, found)


def season_relative_any(m, ctx, found):
    return season(_unify(m, {"s": ("s", "s2"), "rel": ("rel", "rel2")}), ctx, found)


def season_months(m, ctx, found):
    return season(_unify(m, {"s": ("s", "s2")}), ctx, found)


def weekday_any(m, ctx, found):
    return weekday(_unify(m, {"wd": ("wd", "wd2"), "rel": ("rel", "rel2")}), ctx, found)


def unit_relative_any(m, ctx, found):
    return unit_relative(_unify(m, {"u": ("u", "u2", "u3"), "rel": ("rel", "rel2")}), ctx, found)


def ago_any(m, ctx, found):
    return ago(_unify(m, {"n": ("n", "n2", "n3"), "u": ("u", "u2", "u3"), "ago": ("ago", "ago2")}), ctx, found)


def anchored_unit_any(m, ctx, found):
    return anchored_unit(_unify(m, {"u": ("u", "u2", "u3", "u4"), "rel": ("rel", "rel2")}), ctx, found)


def foreign_date(m, ctx, found):
    day = reading.read_date(m.group(), ctx.words.lang, ctx.words.data["date_order"])
    return v.day_value(day, m.group()) if day else None
