"""Timeline -> one self-contained HTML page: entries on a time axis, conflicts side by side,
filters for status, outlet and language.

No network: styles and script are inline, and the page's Content-Security-Policy allows
nothing else (no fetch, no image, no font, no other script, even if some text escaped
its escaping). Every piece of article text is escaped by Jinja2's autoescaping; the
page is a function of the timeline alone (no clock), so the same timeline gives the
same bytes.
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
from pathlib import Path

import markupsafe

from claimtrack.report.timeline import STATUSES, Entry, Timeline, entry_dates

TEMPLATES = Path(__file__).parent / "templates"
AXIS = 1000  # the width of the time axis in SVG user units


@functools.cache
def _environment():
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _when(e: Entry) -> str:
    return e.date if e.dated_by == "event" or e.date == "undated" else f"{e.date} (reported)"


class _Axis:
    """Maps days to x on the axis, and gives its ticks (years, or quarters over a short span)."""

    def __init__(self, spans: list[tuple[dt.date, dt.date]]):
        self.lo = min(a for a, _ in spans)
        self.hi = max(b for _, b in spans)
        self.days = max((self.hi - self.lo).days, 1)

    def x(self, day: dt.date) -> float:
        return round((day - self.lo).days / self.days * AXIS, 1)

    def ticks(self) -> list[dict]:
        if self.days > 2 * 366:
            marks = [(dt.date(y, 1, 1), str(y)) for y in range(self.lo.year + 1, self.hi.year + 1)]
            marks.insert(0, (self.lo, str(self.lo.year)))
        else:
            marks = [(self.lo, self.lo.isoformat()[:7])]
            y, m = self.lo.year, self.lo.month
            while True:
                m += 3
                y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
                day = dt.date(y, m, 1)
                if day > self.hi:
                    break
                marks.append((day, day.isoformat()[:7]))
        out = []
        for day, label in marks:
            x = self.x(day)
            out.append({"x": x, "label": label, "anchor": "start" if x < 60 else "end" if x > AXIS - 60 else "middle"})
        # labels closer than a label's width would overlap: keep every other one
        while len(out) > 2 and min(b["x"] - a["x"] for a, b in zip(out, out[1:])) < 160:
            out = out[::2]
        return out

    def bar(self, span: tuple[dt.date, dt.date]) -> dict:
        x = self.x(span[0])
        width = max(self.x(span[1] + dt.timedelta(days=1)) - x, 6.0)  # a day is a visible tick
        return {"x": min(x, AXIS - width), "width": width}


def _conflicts(tl: Timeline) -> list[dict]:
    by_group = {e.group: e for e in tl.entries}
    seen, out = set(), []
    for e in tl.entries:
        for n in e.conflicts:
            if n.conflict in seen:
                continue
            seen.add(n.conflict)
            other = by_group.get(n.other_group)
            out.append({"id": n.conflict, "reason": n.reason, "sides": [
                {"group": e.group, "statement": e.statement, "entry": e, "when": _when(e)},
                {"group": n.other_group, "statement": n.other_statement, "entry": other,
                 "when": _when(other) if other else ""}]})
    return out


def render_timeline(tl: Timeline) -> str:
    env = _environment()
    style = (TEMPLATES / "timeline.css").read_text(encoding="utf-8")
    script = (TEMPLATES / "timeline.js").read_text(encoding="utf-8")
    spans = {e.group: entry_dates(e.date) for e in tl.entries}
    axis = _Axis([s for s in spans.values() if s]) if any(spans.values()) else None
    items = []
    for e in tl.entries:
        names = sorted({n for s in e.sources for n in (s.outlet, s.cited) if n})
        bar = axis.bar(spans[e.group]) if axis and spans[e.group] else None
        items.append({"entry": e, "when": _when(e), "bar": bar,
                      "outlets_json": json.dumps(names, ensure_ascii=False),
                      "languages_json": json.dumps(sorted({s.language for s in e.sources if s.language}))})
    present = {e.status for e in tl.entries}
    return env.get_template("timeline.html.j2").render(
        tl=tl, items=items, conflicts=_conflicts(tl), ticks=axis.ticks() if axis else [],
        statuses=[s for s in STATUSES if s in present] + sorted(present - set(STATUSES)),
        outlets=sorted({n for e in tl.entries for s in e.sources for n in (s.outlet, s.cited) if n}, key=str.casefold),
        languages=sorted({s.language for e in tl.entries for s in e.sources if s.language}),
        style=markupsafe.Markup(style), script=markupsafe.Markup(script),
        style_hash=_csp_hash(style), script_hash=_csp_hash(script))
