"""Timeline -> Markdown (GitHub-flavoured: a pull request comment, a note, a wiki page).

Every piece of article text (quotes, outlets, cited sources, statements) goes through
`escape`: Markdown and HTML markup in an article is shown as written, never rendered,
and a line break in a quote cannot start a heading or a list.
"""
from __future__ import annotations

import re

from claimtrack.report.timeline import Entry, SourceLine, Timeline

# emphasis, code, links and images, HTML and entities, tables, strikethrough, math; a line
# start (headings, lists) never holds article text here, so '#', '-', '+' need no escape
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def escape(text: str | None) -> str:
    """`text` as literal Markdown on one line: every markup character backslash-escaped."""
    if not text:
        return ""
    return _SPECIAL.sub(r"\\\1", " ".join(_CONTROL.sub(" ", str(text)).split()))


def code(text: str | None) -> str:
    """`text` as an inline code span (shown literally, backslashes included)."""
    flat = " ".join(_CONTROL.sub(" ", str(text or "")).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def quote_with_clause(s: SourceLine) -> str:
    """The sentence, its clause in bold when known."""
    if not s.span:
        return escape(s.quote)
    a, b = s.span
    head, clause, tail = s.quote[:a], s.quote[a:b], s.quote[b:]
    gap_before = " " if head.strip() and (head[-1:].isspace() or clause[:1].isspace()) else ""
    gap_after = " " if tail.strip() and (tail[:1].isspace() or clause[-1:].isspace()) else ""
    return f"{escape(head)}{gap_before}**{escape(clause)}**{gap_after}{escape(tail)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _source_line(s: SourceLine) -> str:
    meta = ", ".join(x for x in (
        f"**{escape(s.outlet or s.article)}**", s.published.isoformat() if s.published else None,
        s.modality + ("" if s.polarity == "affirmed" else ", negated"),
        f"citing {escape(s.cited)}" if s.cited else None) if x)
    return f"- {meta}: “{quote_with_clause(s)}”"


def _when(e: Entry) -> str:
    return e.date if e.dated_by == "event" or e.date == "undated" else f"{e.date} (reported)"


def _conflict_table(tl: Timeline) -> list[str]:
    statements = {e.group: e for e in tl.entries}
    seen, rows = set(), []
    for e in tl.entries:
        for n in e.conflicts:
            if n.conflict in seen:
                continue
            seen.add(n.conflict)
            other = statements.get(n.other_group)
            rows.append(f"| {escape(e.statement)} ({_when(e)}, `{e.group}`) | {escape(n.other_statement)} "
                        f"({(_when(other) + ', ') if other else ''}`{n.other_group}`) | {escape(n.reason)} |")
    if not rows:
        return []
    return ["## Conflicts", "", "| one side | the other side | why they conflict |", "|---|---|---|", *rows, ""]


def render_timeline(tl: Timeline) -> str:
    lines = [f"# Timeline of {escape(tl.entity)}", "",
             f"{_plural(len(tl.entries), 'entry').replace('entrys', 'entries')}; scope: "
             f"{', '.join(escape(n) for n in tl.scope)}"]
    if tl.filters:
        lines.append(f"Filtered: {escape(tl.filters)}")
    lines.append("")
    if not tl.entries:
        lines += ["No entry matches these filters." if tl.filters else
                  "No reconciled claims about this entity yet: run `claimtrack ingest` first.", ""]
    lines += _conflict_table(tl)
    for e in tl.entries:
        lines.append(f"## {_when(e)}: {escape(e.statement)}")
        lines.append("")
        lines.append(f"**{e.status}** · {_plural(e.reports, 'report')}, "
                     f"{_plural(e.independent_origins, 'independent origin')}: "
                     f"{', '.join(escape(o) for o in e.origins)} · `{e.group}`")
        lines.append("")
        lines += [_source_line(s) for s in e.sources]
        for n in e.conflicts:
            lines.append(f"- ⚠ conflicts with “{escape(n.other_statement)}” (`{n.other_group}`): "
                         f"{escape(n.reason)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
