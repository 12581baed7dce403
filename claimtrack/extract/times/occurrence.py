"""Which occurrence of a yearless month, day, season or weekday the text means.

Past: the last one begun by publication; future: the next one not yet over; neither:
the one nearest publication (a tie goes to the past). A year the surrounding text is
about wins over publication as Context.year_about and Context.prefer_context say.
"""
from __future__ import annotations

import datetime as dt

from claimtrack.extract.times.context import Context, Direction
from claimtrack.extract.times.values import valid_day


def _ordinal(y: int, m: int, d: int) -> int:
    return y * 400 + m * 32 + d


def year_of(ctx: Context, month: int, day: int | None, direction: Direction, strict: bool = False,
            at: int | None = None) -> int | None:
    """The year of `day` `month` (day None: the month as a whole). `strict`: "dernier" /
    "prochain", which exclude the publication's own day (or month). `at`: where the
    expression starts, for a year written earlier in its clause."""
    about = None if strict else ctx.year_about(direction, at)
    if about is not None:
        return about
    if ctx.pub_year is None:
        return ctx.context_year
    year = _year_from_publication(ctx, month, day, direction, strict)
    if strict:
        return year  # "next March": from publication, always
    about = ctx.prefer_context(year, direction)
    # the year the text is about never puts a past month after publication, or a future one before it:
    # "qui a ouvert en décembre une enquête", a February 2026 article about 2026, is December 2025
    return about if _on_its_side(ctx, about, month, day, direction) else year


def _on_its_side(ctx: Context, year: int | None, month: int, day: int | None, direction: Direction) -> bool:
    pm = ctx.pub_month
    if year is None or pm is None or direction is None:
        return True
    pd = ctx.pub_day.day if ctx.pub_day and day is not None else 0
    at, pub = _ordinal(year, month, day or 0), _ordinal(pm[0], pm[1], pd)
    return at <= pub if direction == "past" else at >= pub


def _year_from_publication(ctx: Context, month: int, day: int | None, direction: Direction, strict: bool) -> int | None:
    pm = ctx.pub_month
    if pm is None:
        return ctx.pub_year  # a year-precision publication: its own year
    py, pmo = pm
    pd = ctx.pub_day.day if ctx.pub_day else None
    if day is None or pd is None:  # compare months only
        key, ref = month, pmo
    else:
        key, ref = month * 32 + day, pmo * 32 + pd
    if direction == "past":
        return py if (key < ref if strict else key <= ref) else py - 1
    if direction == "future":
        return py if (key > ref if strict else key >= ref) else py + 1
    d = day or 15
    pub = _ordinal(py, pmo, pd or 15)
    return min((py - 1, py, py + 1),
               key=lambda y: (abs(_ordinal(y, month, d) - pub), y) if valid_day(y, month, min(d, 28)) else (10**9, y))


def season_year(ctx: Context, a: int, b: int, direction: Direction, strict: bool = False,
                at: int | None = None) -> int | None:
    """The year a season from month a to month b starts in."""
    about = None if strict else ctx.year_about(direction, at)
    if about is not None:
        return about
    if ctx.pub_year is None:
        return ctx.context_year
    year = _season_from_publication(ctx, a, b, direction, strict)
    return year if strict else ctx.prefer_context(year, direction)  # "next spring": from publication, always


def _season_from_publication(ctx: Context, a: int, b: int, direction: Direction, strict: bool) -> int | None:
    pm = ctx.pub_month
    if pm is None:
        return ctx.pub_year
    py, pmo = pm
    here = py * 12 + pmo

    def bounds(y):
        s = y * 12 + a
        return s, s + ((b - a) % 12)

    years = (py - 2, py - 1, py, py + 1)
    if direction == "past":  # the last one begun ("dernier": the last one over)
        return max(y for y in years if (bounds(y)[1] < here if strict else bounds(y)[0] <= here))
    if direction == "future":  # the next one not over ("prochain": not begun)
        return min(y for y in years + (py + 2,) if (bounds(y)[0] > here if strict else bounds(y)[1] >= here))

    def distance(y):
        s, e = bounds(y)
        return 0 if s <= here <= e else min(abs(s - here), abs(e - here))
    return min(years + (py + 2,), key=lambda y: (distance(y), y))


def weekday_date(ctx: Context, weekday: int, direction: Direction, strict: bool = False) -> dt.date | None:
    """A bare weekday: the last one on or before publication (past); the next on or after
    it (future); with no cue, the nearer of the two (a tie: the last). `strict` ("mercredi
    dernier"): never publication day itself."""
    pub = ctx.pub_day
    if pub is None:
        return None
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "future":
        return pub + dt.timedelta(days=ahead or (7 if strict else 0))
    if direction is None and not strict and 0 < ahead < back:
        return pub + dt.timedelta(days=ahead)  # no tense says which: the nearer ("une grève sur le site jeudi")
    return pub - dt.timedelta(days=back or (7 if strict else 0))


def day_of_weekday_date(ctx: Context, weekday: int, month: int, day: int, direction: Direction,
                        at: int | None = None) -> int | None:
    """'le samedi 5 juin': the year within one of publication where 5 June is a
    Saturday (on the side the tense points to), else the year by tense."""
    by_tense = year_of(ctx, month, day, direction, at=at)
    ref = ctx.pub_day or (dt.date(by_tense, 7, 1) if by_tense else None)
    if ref is None:
        return None
    fits = [dt.date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)
            if valid_day(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    on_side = [d for d in fits if direction != "past" or d <= ref]
    on_side = [d for d in on_side if direction != "future" or d >= ref]
    # (a weekday that fits the date only on the other side still names that day: "had been scheduled for
    # Monday, April 27", read on 29 April, was two days before, not a Tuesday next year)
    fits = on_side or [d for d in fits if abs((d - ref).days) <= 31]
    return min(fits, key=lambda d: abs((d - ref).days)).year if fits else by_tense
