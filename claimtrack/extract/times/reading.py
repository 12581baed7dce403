"""dateparser reads the absolute dates our rules detect but do not spell out themselves:
numeric dates ("05/06/2025", "5.6.25", "2025-06-05") in the language's day/month order,
and dates with month names in the languages times.yaml does not cover ("5. Juni 2025").
Our rules detect the span (dateparser's own search finds far too much); dateparser
only reads it. benchmarks/times.py measures both readers side by side."""
from __future__ import annotations

import datetime as dt
import functools
import re


@functools.cache
def _parser(lang: str, order: str):
    import dateparser  # loaded on first use: it takes a moment

    languages = [lang] if lang in _known_languages() else None
    settings = {"DATE_ORDER": order, "PREFER_LOCALE_DATE_ORDER": False, "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    return dateparser.DateDataParser(languages=languages, settings=settings)


@functools.cache
def _known_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())


def read_date(span: str, lang: str, orders: dict) -> dt.date | None:
    """The day `span` names, or None if dateparser cannot read a full date in it."""
    order = orders.get(lang, orders.get("default", "DMY"))
    try:
        got = _parser(lang, order).get_date_data(span)
    except (ValueError, OverflowError, TypeError):
        return None
    return got.date_obj.date() if got and got.date_obj else None


@functools.cache
def foreign_date_pattern(lang: str) -> str:
    """'5. Juni 2025', '5 de junio de 2025', 'June 5, 2025': a day and a year around a
    month name dateparser knows for `lang`; a pattern that never matches if it knows none."""
    names = _month_names(lang)
    if not names:
        return "(?!)"
    month = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    day, year = r"\d{1,2}\.?", r"(?:1[6-9]|20)\d\d"
    link = r"(?:\s+|\s+de\s+|\s+del\s+)"
    return rf"\b(?:{day}{link}(?:{month})\.?{link}{year}|(?:{month})\.?\s+{day},?\s+{year})\b"


def _month_names(lang: str) -> list[str]:
    if lang not in _known_languages():
        return []
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(lang).info
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]
    return [n for m in months for n in info.get(m, []) if len(n) >= 3]
