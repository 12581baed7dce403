"""What a time expression is read against: the publication date (and its precision),
the year the text is about, the last date the article gave, and the tense of the verb
governing the expression.

Direction ("past" / "future" / None) decides which occurrence of a month, a day, a
weekday or a season without a year is meant. The caller's `tense` callable (the parser's
verb morphology) is asked first; else the nearest tense cue of times.yaml in the
expression's clause decides.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Literal

from claimtrack.extract.times.words import Words
from claimtrack.models import TimeValue

Direction = Literal["past", "future"] | None
Tense = Callable[[int], Direction]


@dataclass(frozen=True)
class Context:
    text: str
    words: Words
    published: dt.date | None = None
    precision: str = "day"  # of `published`: "day", "month" or "year"
    context_year: int | None = None
    anchor: TimeValue | None = None
    tense: Tense | None = None

    # the publication date, as far as its precision goes; None beyond it
    @property
    def pub_day(self) -> dt.date | None:
        return self.published if self.published and self.precision == "day" else None

    @property
    def pub_month(self) -> tuple[int, int] | None:
        p = self.published
        return (p.year, p.month) if p and self.precision in ("day", "month") else None

    @property
    def pub_year(self) -> int | None:
        return self.published.year if self.published else None

    def direction(self, start: int, end: int) -> Direction:
        """Past or future for the expression at text[start:end], else None."""
        if self._moved_to(start):
            return "future"  # (before an event's date: "called a strike at the site for Thursday")
        if self._dates_an_event(start) or self._ends_a_span(start):
            return None
        if self.tense is not None:
            said = self.tense(start)
            if said in ("past", "future"):
                return said
        return cue_direction(self.text, start, end, self.words)

    def _ends_a_span(self, start: int) -> bool:
        """"has cancelled 340 flights, through October 18", "fermé jusqu'au 18 octobre": the end of
        a span runs from the report either way; the nearest such date, whatever the tense."""
        until = self.words.w.get("until")
        return bool(until) and re.search(rf"\b(?:{self.words.frag('until')})\s+(?:the\s+|le\s+)?$",
                                         self.text[max(0, start - 16):start], re.I) is not None

    def _moved_to(self, start: int) -> bool:
        """A date something is moved to ("slipped to March", "repoussé au second semestre")
        lies ahead of the report, whatever the tense of the verb that moved it. The cue
        ends at the time's preposition, inside the time's text or just before it."""
        lo = clause_start(self.text, start, self.words)
        return any(len(self.text[m.end():start].split()) <= 2 for m in self.words.target.finditer(self.text, lo, min(len(self.text), start + 16))
                   if m.end() <= start)

    def _dates_an_event(self, start: int) -> bool:
        """An event noun just before the time, with no verb between: "le lancement
        d'Avocado en août" dates the launch, whatever the tense of the verb before."""
        lo = clause_start(self.text, start, self.words)
        before = self.text[lo:start]
        ev = None
        for ev in self.words.event.finditer(before):
            pass
        if ev is None or len(before[ev.end():].split()) > 5:
            return False
        rest = before[ev.end():]
        return not (self.words.future.search(rest) or self.words.past.search(rest))

    def year_about(self, direction: Direction, at: int | None = None) -> int | None:
        """A year written earlier in the expression's own clause ("En 2023, Meta a lancé
        Llama 2 en juillet"), when it lies on the side of publication the tense allows."""
        if at is None:
            return None
        lo = clause_start(self.text, at, self.words)
        since = re.compile(rf"\b(?:{self.words.frag('since')})\s+$", re.I)
        # (not a tenure's start: "Henrik Dahl, its boss since 2019, quit on March 13th")
        # (nor a year inside an aside set off by commas: "Orbelia, a company founded in 2017, set up a
        # board on Aug. 28": the aside dates the company, not the board)
        years = [int(m.group(1)) for m in YEAR.finditer(self.text, lo, at)
                 if not since.search(self.text, max(lo, m.start() - 12), m.start())
                 and not ("," in self.text[lo:m.start()] and "," in self.text[m.end():at])]
        if not years:
            return None
        return years[-1] if self.pub_year is None or self._fits(years[-1], direction) else None

    def prefer_context(self, year: int | None, direction: Direction) -> int | None:
        """The year the surrounding text is about (`context_year`) replaces the one read
        from publication when the latter already left the publication's year: "En
        juillet" in a March 1999 article whose text is about 1997 is July 1997, not
        July 1998; in a December 2025 article it stays July 2025."""
        cy, py = self.context_year, self.pub_year
        if year is None or cy is None or py is None or year == py or cy == year or not self._fits(cy, direction):
            return year
        return cy

    def _fits(self, year: int, direction: Direction) -> bool:
        py = self.pub_year
        return (year < py and direction != "future") or (year > py and direction == "future") or year == py


YEAR = re.compile(r"(?<![\w,.])((?:1[6-9]|20)\d\d)(?![\w,.]\d|\s*[-–/]\s*\d)")


def clause_start(text: str, at: int, w: Words) -> int:
    lo = 0
    for m in w.clause_break.finditer(text, 0, at):
        lo = m.end()
    return lo


def clause_end(text: str, at: int, w: Words) -> int:
    m = w.clause_break.search(text, at)
    return m.start() if m else len(text)


def cue_direction(text: str, start: int, end: int, w: Words) -> Direction:
    """The nearest tense cue in the clause of text[start:end]; future cues first where
    they overlap a past one ("est prévu", "expected")."""
    lo, hi = clause_start(text, start, w), clause_end(text, end, w)
    futures = [(m.start(), m.end()) for m in w.future.finditer(text, lo, hi)
               if not (m.start() < end and start < m.end())]
    pasts = [(m.start(), m.end()) for m in w.past.finditer(text, lo, hi)
             if not (m.start() < end and start < m.end())]
    part = w.participle.search(text, lo, start)
    if part and not w.not_participle.match(text, part.start()):
        pasts.append((part.start(), part.end()))  # "lancé en avril"

    def governed(p):  # "sera lancé", "will be published": a future, not a past
        return any(f[0] < p[1] and p[0] < f[1] or f[1] <= p[0] and w.passive_link.fullmatch(text, f[1], p[0])
                   for f in futures)
    pasts = [p for p in pasts if not governed(p)]

    def distance(span):
        a, b = span
        return start - b if b <= start else a - end + 1  # a cue before wins a tie

    # "... is due to visit on Tuesday, her office said": past a comma, the saying's tense is not the trip's
    # when the clause gave one before the time (not "On Tuesday, Acme cut...": the clause comes after)
    told_before = any(b <= start for _, b in futures + pasts)

    def beyond_comma(span):
        return told_before and span[0] >= end and "," in text[end:span[0]]

    cues = [(distance(s), "future") for s in futures if not beyond_comma(s)] + \
        [(distance(s), "past") for s in pasts if not beyond_comma(s)]
    return min(cues)[1] if cues else None
