"""The publication date a page states in its first lines ("Publié le 8 août 2025 à
10h12", "By Jane Smith | August 7, 2025"), for articles whose front matter has none:
relative times ("en avril", "hier") need it as their anchor."""
from __future__ import annotations

import datetime as dt
import functools
import re

from claimtrack import lexicon
from claimtrack.extract.times import find_times

HEAD_LINES = 15  # a dateline sits above the body
DAY_PRECISIONS = ("day", "time")  # "Publié le 8 août 2025 à 10h12" is a day with its time


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = lexicon.load("times")["dateline"]
    return (re.compile("|".join(data["published"]), re.I), re.compile("|".join(data["updated"]), re.I))


def find_dateline(text: str, lang: str) -> dt.date | None:
    """The first date with its day (and maybe its time) on a "published" line of the
    page's head, else on an "updated" line, else on a line that is only a date."""
    published, updated = _patterns()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    ranked: list[tuple[int, dt.date]] = []
    for ln in lines:
        days = [(t.start, t.time.start) for t in find_times(ln, lang) if t.time.precision in DAY_PRECISIONS]
        if not days:
            continue
        pub_hit = published.search(ln)
        if pub_hit:  # the first date after "publié", else the line's first
            ranked.append((0, next((d for at, d in days if at >= pub_hit.start()), days[0][1])))
        elif updated.search(ln):
            ranked.append((1, days[0][1]))
        elif len(ln) <= 40:  # a line that is only a date
            ranked.append((2, days[0][1]))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
