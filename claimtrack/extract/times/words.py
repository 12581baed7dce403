"""The vocabulary of times for one language, read from data/times.yaml and compiled once.

A language times.yaml does not cover gets empty word lists: only the language-neutral
rules (ISO and numeric dates, years) and dateparser's month names apply to it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from claimtrack import lexicon


def alt(words) -> str:
    """A regex alternation of literal words, longest first ("(?!)" when there are none)."""
    ws = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return "|".join(ws) if ws else "(?!)"


def any_of(patterns) -> str:
    """A regex alternation of regex fragments ("(?!)" when there are none)."""
    ps = [p for p in patterns if p]
    return "|".join(f"(?:{p})" for p in ps) if ps else "(?!)"


class Table(dict):
    """Words (as written in times.yaml: patterns use them so) -> values, looked up
    case-insensitively."""

    def __init__(self, items: dict | None = None):
        super().__init__(items or {})
        self._lower = {self._key(k): v for k, v in self.items()}

    @staticmethod
    def _key(word: str) -> str:
        return " ".join(word.lower().replace("’", "'").split())

    def get_word(self, word: str):
        return self._lower.get(self._key(word))


@dataclass(frozen=True)
class Words:
    lang: str
    known: bool  # times.yaml has this language's words
    name_flags: int  # re.I, or 0 where names are capitalised (English "May")
    months: Table
    month_abbrevs: Table
    weekdays: Table
    seasons: Table
    holidays: Table
    parts: Table
    part_ranges: dict
    quarters: Table
    semesters: Table
    numbers: Table
    days: Table
    anchored_days: Table
    day_parts: Table
    this_day_part: Table
    units: dict  # unit -> regex
    w: dict = field(repr=False)  # the raw word lists of the language
    data: dict = field(repr=False)  # the whole file
    # compiled cue patterns
    future: re.Pattern = field(repr=False, default=None)
    past: re.Pattern = field(repr=False, default=None)
    target: re.Pattern = field(repr=False, default=None)
    participle: re.Pattern = field(repr=False, default=None)
    not_participle: re.Pattern = field(repr=False, default=None)
    passive_link: re.Pattern = field(repr=False, default=None)
    clause_break: re.Pattern = field(repr=False, default=None)
    event: re.Pattern = field(repr=False, default=None)
    count_noun: re.Pattern = field(repr=False, default=None)

    # regex fragments used by the rule table
    def words(self, key: str) -> str:
        return alt(self.w.get(key) or [])

    def frag(self, key: str) -> str:
        return any_of(self.w.get(key) or [])

    def unit_of(self, word: str) -> str | None:
        return next((u for u, p in self.units.items() if re.fullmatch(p, word, re.I)), None)

    def number(self, token: str) -> int | None:
        token = token.strip()
        if token.isdigit():
            return int(token)
        return self.numbers.get_word(token)

    @property
    def M(self) -> str:
        return alt(self.months)

    @property
    def MA(self) -> str:  # a month name or an abbreviation ("janv.", "Sept.")
        return rf"(?:{alt(self.months)}|(?:{alt(self.month_abbrevs)})\.?)"

    def month_no(self, name: str) -> int | None:
        name = name.rstrip(".")
        return self.months.get_word(name) or self.month_abbrevs.get_word(name)


def _cue(data: dict, key: str, lang: str, flags=re.I) -> re.Pattern:
    value = data.get(key, {}).get(lang)
    if isinstance(value, str):
        value = [value]
    return re.compile(any_of(value or []), flags)


@functools.cache
def words(lang: str) -> Words:
    data = lexicon.load("times")
    known = lang in data["months"]
    def table(key):  # noqa: E306
        return Table(data.get(key, {}).get(lang) or {})
    w = data["words"].get(lang, {}) if known else {}
    return Words(
        lang=lang, known=known,
        name_flags=0 if lang in data.get("case_sensitive_names", []) else re.I,
        months=table("months"), month_abbrevs=table("month_abbreviations"), weekdays=table("weekdays"),
        seasons=table("seasons"), holidays=table("holidays"), parts=table("parts"),
        part_ranges=data["part_ranges"], quarters=table("quarters"), semesters=table("semesters"),
        numbers=Table(w.get("numbers")), days=Table(w.get("days")), anchored_days=Table(w.get("anchored_days")),
        day_parts=Table(w.get("day_parts")), this_day_part=Table(w.get("this_day_part")),
        units=w.get("units") or {}, w=w, data=data,
        future=_cue(data, "near_future_cues", lang), past=_cue(data, "near_past_cues", lang),
        target=_cue(data, "target_cues", lang),
        participle=_cue(data, "participle_before", lang), not_participle=_cue(data, "not_participles", lang),
        passive_link=re.compile(data.get("passive_link", {}).get(lang) or r"\s*", re.I),
        clause_break=_cue(data, "clause_breaks", lang), event=_cue(data, "event_nouns", lang),
        count_noun=_cue(data, "count_nouns", lang),
    )
