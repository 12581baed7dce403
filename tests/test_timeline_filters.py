"""Timeline filters (one function on the Timeline model) and the Markdown timeline."""
import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.report.markdown import escape, render_timeline as markdown
from claimtrack.report.timeline import (Entry, SourceLine, Timeline, TimelineFilter, clause_span, entry_dates,
                                        filter_timeline, status_named)
from tests.helpers import claim


def _entry(group, date, status="single source", origins=1, outlets=("Gate",), cited=None):
    sources = [SourceLine(claim=f"c{group}{i}", article="a", outlet=o, published=dt.date(2025, 7, 15),
                          modality="asserted", polarity="affirmed", cited=cited, quote="Meta did it.")
               for i, o in enumerate(outlets)]
    return Entry(date=date, dated_by="event", group=group, statement=f"statement {group}", status=status,
                 reports=len(sources), independent_origins=origins, origins=list(outlets), sources=sources,
                 conflicts=[])


TL = Timeline(entity="Meta", scope=["Meta"], entries=[
    _entry("g2023", "2023-02"),
    _entry("gjul", "2025-07-14", status="contested", origins=6, outlets=("HyperAI", "Gate Square")),
    _entry("gspring", "2026-03/2026-05", status="corroborated", origins=2, outlets=("Gate",), cited="Bloomberg"),
    _entry("gyear", "2026", origins=1, outlets=("Gateway News",)),
    _entry("gnone", "undated"),
])


def kept(**kw) -> list[str]:
    return [e.group for e in filter_timeline(TL, TimelineFilter(**kw)).entries]


def test_dates_are_ranges():
    assert entry_dates("2025-02") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert entry_dates("2026-03/2026-05") == (dt.date(2026, 3, 1), dt.date(2026, 5, 31))
    assert entry_dates("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert entry_dates("undated") is None


def test_since_and_until_keep_what_overlaps_and_drop_the_undated():
    assert kept(since=dt.date(2025, 12, 1)) == ["gspring", "gyear"]
    assert kept(since=dt.date(2026, 5, 31), until=dt.date(2026, 6, 1)) == ["gspring", "gyear"]
    assert kept(until=dt.date(2025, 7, 13)) == ["g2023"]
    assert kept(since=dt.date(2025, 7, 14), until=dt.date(2025, 7, 14)) == ["gjul"]


def test_status_origins_and_outlet():
    assert kept(statuses=("contested", "corroborated")) == ["gjul", "gspring"]
    assert kept(min_origins=2) == ["gjul", "gspring"]
    assert kept(outlets=("gate",)) == ["g2023", "gjul", "gspring", "gnone"]  # a word of the name, any case
    assert kept(outlets=("Bloomberg",)) == ["gspring"]  # cited, not published, by Bloomberg
    assert kept(outlets=("gateway news", "hyperai")) == ["gjul", "gyear"]
    assert kept(since=dt.date(2025, 1, 1), statuses=("single source",), outlets=("Gateway",)) == ["gyear"]


def test_no_filter_keeps_everything_and_the_filter_is_described():
    assert kept() == [e.group for e in TL.entries]
    f = TimelineFilter(since=dt.date(2025, 12, 1), statuses=("contested",), min_origins=2, outlets=("Bloomberg",))
    assert filter_timeline(TL, f).filters == ("since 2025-12-01, status contested, at least 2 independent origins, "
                                              "outlet Bloomberg")
    assert filter_timeline(TL, TimelineFilter()).filters is None


def test_status_names():
    assert status_named("Contested") == "contested"
    assert status_named("single") == "single source"
    assert status_named("nope") is None and status_named("") is None


def test_clause_span_finds_the_subject_and_the_trigger_even_as_a_lemma():
    c = claim(subject="Qwen", evidence="Selon Bloomberg, Qwen entraîne Avocado, l'IA payante.", predicate="entraîner")
    c = c.model_copy(update={"subject_text": "Qwen"})
    a, b = clause_span(c)
    assert c.evidence[a:b] == "Qwen entraîne"
    none = c.model_copy(update={"subject_text": "Meta", "predicate": "lancer"})
    assert clause_span(none) is None


def test_markdown_escapes_article_text_and_bolds_the_clause():
    hostile = "Meta <script>alert(1)</script> *shelves* [Behemoth](http://x) | `code`\n# not a heading"
    src = SourceLine(claim="c1", article="a", outlet="<b>Evil</b>", published=dt.date(2025, 7, 15),
                     modality="asserted", polarity="negated", cited="X_Y", quote=hostile, span=(0, 4))
    e = Entry(date="2025-07", dated_by="event", group="g1", statement="Meta & <i>co</i>", status="contested",
              reports=1, independent_origins=1, origins=["<b>Evil</b>"], sources=[src], conflicts=[])
    out = markdown(Timeline(entity="Meta", scope=["Meta"], entries=[e]))
    assert "<script>" not in out and "<b>" not in out and "<i>" not in out
    assert r"**Meta** \<script\>alert(1)\</script\> \*shelves\* \[Behemoth\](http://x) \| \`code\` # not a heading" in out
    assert not any(line.startswith("# not") for line in out.splitlines())
    assert r"- **\<b\>Evil\</b\>**, 2025-07-15, asserted, negated, citing X\_Y: “" in out
    assert "## 2025-07: Meta \\& \\<i\\>co\\</i\\>" in out
    assert escape("a\x1b[31mred") == "a [31mred".replace("[", "\\[")


def test_markdown_conflicts_side_by_side():
    from claimtrack.report.timeline import ConflictNote
    a = _entry("ga", "2025-07").model_copy(update={"conflicts": [ConflictNote(
        conflict="x1", other_group="gb", other_statement="statement gb", reason="opposite relations")]})
    b = _entry("gb", "2025-08").model_copy(update={"conflicts": [ConflictNote(
        conflict="x1", other_group="ga", other_statement="statement ga", reason="opposite relations")]})
    out = markdown(Timeline(entity="Meta", scope=["Meta"], entries=[a, b]))
    rows = [line for line in out.splitlines() if line.startswith("| statement")]
    assert rows == ["| statement ga (2025-07, `ga`) | statement gb (2025-08, `gb`) | opposite relations |"]


def test_unknown_status_is_a_usage_error(sqlite_url):
    r = CliRunner().invoke(app, ["--db", sqlite_url, "timeline", "meta", "--status", "disputed"])
    assert r.exit_code == 2
    assert "'disputed' is not a status; one of: corroborated, single source, contested, superseded" in r.output


FILTERS = ["--since", "2025-07-15", "--until", "2026-12-31", "--status", "corroborated", "--status", "single",
           "--min-origins", "1", "--outlet", "gate"]


@pytest.mark.slow
def test_the_same_filters_give_the_same_entries_in_every_format(seeded, tmp_path):
    runner = CliRunner()

    def run(fmt):
        r = runner.invoke(app, ["--db", seeded, "timeline", "meta", "--format", fmt, *FILTERS], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return r.stdout

    tl = json.loads(run("json"))
    groups = [e["group"] for e in tl["entries"]]
    assert groups and tl["filters"].startswith("since 2025-07-15, until 2026-12-31")
    full = json.loads(runner.invoke(app, ["--db", seeded, "timeline", "meta", "--format", "json"]).stdout)
    assert len(groups) < len(full["entries"])
    for e in tl["entries"]:
        assert e["status"] in ("corroborated", "single source")
        assert any(re.search(r"\bgate\b", s["outlet"] or "", re.I) or re.search(r"\bgate\b", s["cited"] or "", re.I)
                   for s in e["sources"])
    assert re.findall(r"\((g[0-9a-f]{12})\)$", run("text"), re.M) == groups
    assert re.findall(r"`(g[0-9a-f]{12})`$", run("markdown"), re.M) == groups
    assert re.findall(r'<article class="entry [^"]*" id="(g[0-9a-f]{12})"', run("html")) == groups
    nothing = runner.invoke(app, ["--db", seeded, "timeline", "meta", "--outlet", "No Such Outlet"])
    assert nothing.exit_code == 3
