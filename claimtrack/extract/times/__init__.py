"""Time expressions in one sentence, resolved against the article's publication date.

    find_times(text, lang="fr", published=None, context_year=None, *,
               anchor=None, tense=None, published_precision="day") -> list[FoundTime]

"en février 2023" -> 2023-02; "le 30 juin" -> the 30 June the tense points to (else
the nearest to publication); "le samedi 5 juin" -> the year where 5 June is a Saturday;
"le 6 mai dernier" -> the last 6 May before publication; "l'été" / "cet automne" /
"les mois d'été" -> a season; "le lendemain" -> the day after the last date the text
gave (`anchor`, else publication); "octobre 98" -> 1998-10 in a 1999 article;
"les années 60" -> 1960/1969; "la fin du XIXe siècle" -> 1870/1899; "début octobre",
"la fin de l'année", "cette semaine", "ce week-end", "il y a une semaine"; "depuis trois
ans", "over the next three years" -> an interval anchored at publication (or at a
"from" date in the sentence); "hier soir", "le 5 juin à 19 h 30" -> the day with its
part of day or its clock time ("2025-06-05T19:30").

Publication with month precision (`published_precision="month"`, from "published:
2025-07"): anything that needs the day ("hier", "mardi", "il y a une semaine", a
clock time) gives nothing; months, seasons and years still resolve. With year
precision, months and seasons fall in that year.

`context_year` (the year earlier sentences were about) replaces the year read from
publication only when that one already left the publication's year ("En juillet" in a
March 1999 article about 1997 is 1997-07; in a December 2025 article it stays
2025-07); a year written earlier in the same clause wins outright ("En 2023, Meta a
lancé Llama 2 en juillet"), unless the tense points away from it.

The words are in data/times.yaml; the rules are the table in rules.py; the tense of a
yearless month, day, weekday or season comes from the caller's `tense(offset)` (the
parser's verb morphology) if it says, else from the nearest tense cue of its clause.
"""
from __future__ import annotations

import datetime as dt

from claimtrack.extract.times import modifiers
from claimtrack.extract.times.context import Context, Tense
from claimtrack.extract.times.rules import FoundTime, span, table
from claimtrack.extract.times.values import month_value, span_value, year_value
from claimtrack.extract.times.words import words
from claimtrack.models import TimeValue
from claimtrack.text.screen import Screened

__all__ = ["FoundTime", "find_times", "month_value", "span_value", "year_value"]


def find_times(text: str, lang: str = "fr", published: dt.date | None = None,
               context_year: int | None = None, *, anchor: TimeValue | None = None,
               tense: Tense | None = None, published_precision: str = "day") -> list[FoundTime]:
    """Time expressions in `text`, in order. Relative ones need `published` (else skipped)."""
    lang = (lang or "").lower()[:2] or "fr"
    if isinstance(published, dt.datetime):
        published = published.date()
    ctx = Context(text, words(lang), published, published_precision if published else "day",
                  context_year, anchor, tense)
    found = _resolve(ctx, _select(_candidates(ctx, table(lang))))
    found = modifiers.apply_parts(found, text, lang)
    return modifiers.apply_times_of_day(found, text, lang)


def _candidates(ctx: Context, rules) -> list[tuple]:
    """(start, end, rank, value or None, rule, match) for every match. Plain rules are
    resolved now (a match they cannot resolve is dropped); anaphoric ones once the
    others are chosen, since they read the times before them."""
    out = []
    screened = Screened(ctx.text)  # a rule whose literal start is not in the text is not run
    for rank, rule in enumerate(rules):
        if not screened.may_match(rule.pattern):
            continue
        for m in rule.pattern.finditer(ctx.text):
            a, b = span(m)
            tv = None if rule.anaphoric else _safely(rule, m, ctx, [])
            if rule.anaphoric or tv is not None:
                out.append((a, b, rank, tv, rule, m))
    return out


def _select(cands: list[tuple]) -> list[tuple]:
    """The longest matches first (the earlier rule on a tie), never overlapping."""
    kept: list[tuple] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if not any(c[0] < k[1] and k[0] < c[1] for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c[0])


def _resolve(ctx: Context, chosen: list[tuple]) -> list[FoundTime]:
    """Resolve the anaphoric matches in text order, each against the times before it."""
    found = [FoundTime(a, b, tv) for a, b, _, tv, _, _ in chosen if tv is not None]
    for a, b, _, tv, rule, m in chosen:
        if tv is None:
            before = [f for f in found if f.end <= a]
            got = _safely(rule, m, ctx, before)
            if got is not None:
                found.append(FoundTime(a, b, got))
                found.sort(key=lambda f: f.start)
    return found


def _safely(rule, m, ctx: Context, before: list[FoundTime]) -> TimeValue | None:
    """A value off the calendar ("il y a 999999 ans", "31 février") is no value."""
    try:
        return rule.resolve(m, ctx, before)
    except (ValueError, OverflowError):
        return None
