"""The timeline page: self-contained, escaped, and checked in a real headless Chromium."""
import base64
import datetime as dt
import hashlib
import re

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.report.html import render_timeline
from claimtrack.report.timeline import ConflictNote, Entry, SourceLine, Timeline
from tests.browser import Browser, chromium_or_skip

SCRIPT = "<script>window.pwned='{}'</script>"
IMG = "<img src=x onerror=\"window.pwned='{}'\">"


def _source(claim, outlet, quote, *, cited=None, language="en", span=None, day=10):
    return SourceLine(claim=claim, article=f"a-{claim}", outlet=outlet, published=dt.date(2025, 12, day),
                      modality="reported", polarity="affirmed", cited=cited, quote=quote, span=span,
                      language=language)


def hostile_timeline() -> Timeline:
    """Markup in every field an article or a user can fill."""
    closed = Entry(date="2025-12-10", dated_by="report", group="gclosed", status="contested", reports=2,
                   independent_origins=2, origins=[IMG.format("origin"), "Bloomberg"],
                   statement=f"Meta goes closed {SCRIPT.format('statement')}",
                   sources=[_source("c1", IMG.format("outlet") + "Evil Wire",
                                    f"Meta is moving to closed models {IMG.format('quote')}, says Bloomberg.",
                                    cited=SCRIPT.format("cited"), span=(0, 24)),
                            _source("c2", "Calm Daily", "Meta will close its next model, Le Monde reports.",
                                    language="fr", day=11)],
                   conflicts=[ConflictNote(conflict="xone", other_group="gopen",
                                           other_statement=f"Meta stays open {IMG.format('other')}",
                                           reason=f"opposite relations {SCRIPT.format('reason')}")])
    open_ = Entry(date="2026-03/2026-05", dated_by="event", group="gopen", status="contested", reports=1,
                  independent_origins=1, origins=["Calm Daily"], statement=f"Meta stays open {IMG.format('other')}",
                  sources=[_source("c3", "Calm Daily", "Meta will keep its models open until May.", day=12)],
                  conflicts=[ConflictNote(conflict="xone", other_group="gclosed",
                                          other_statement=f"Meta goes closed {SCRIPT.format('statement')}",
                                          reason=f"opposite relations {SCRIPT.format('reason')}")])
    single = Entry(date="undated", dated_by="report", group="gsingle", status="single source", reports=1,
                   independent_origins=1, origins=["Calm Daily"], statement="Meta hires an AI chief", conflicts=[],
                   sources=[_source("c4", "Calm Daily", "Meta hired a new AI chief.", day=12)])
    return Timeline(entity=f"Meta {SCRIPT.format('entity')}", scope=["Meta", IMG.format("scope")],
                    entries=[closed, open_, single], filters=f"outlet {SCRIPT.format('filter')}")


def test_every_piece_of_text_is_escaped():
    page = render_timeline(hostile_timeline())
    assert page.count("<script") == 1  # ours, at the end
    assert "<img" not in page
    assert "&lt;script&gt;window.pwned=&#39;quote&#39;" not in page  # that one was an <img>
    for where in ("statement", "cited", "reason", "entity", "filter"):
        assert f"&lt;script&gt;window.pwned=&#39;{where}&#39;&lt;/script&gt;" in page, where
    for where in ("origin", "outlet", "quote", "other", "scope"):
        assert f"&lt;img src=x onerror=&#34;window.pwned=&#39;{where}&#39;&#34;&gt;" in page, where


def test_the_page_needs_no_network_and_its_policy_allows_only_its_own_code():
    page = render_timeline(hostile_timeline())
    assert not re.search(r"""(src|href|action)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_same_timeline_same_bytes():
    assert render_timeline(hostile_timeline()) == render_timeline(hostile_timeline())


def test_intervals_are_bars_on_one_axis():
    page = render_timeline(hostile_timeline())
    bars = dict(re.findall(r'id="(g\w+)".*?<svg class="track"[^>]*>(?:<rect x="([\d.]+)")?', page, re.S))
    assert float(bars["gclosed"]) == 0.0  # the earliest day starts the axis
    assert 400 < float(bars["gopen"]) < 500  # 2026-03-01: 81 of the 172 days from 2025-12-10 to 2026-05-31
    assert bars["gsingle"] == ""  # undated: no bar
    widths = dict(re.findall(r'id="(g\w+)".*?<rect x="[\d.]+" y="0" width="([\d.]+)"', page, re.S))
    assert float(widths["gopen"]) > 10 * float(widths["gclosed"])  # three months against one day


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(chromium_or_skip(), tmp_path_factory.mktemp("chromium") / "profile")
    yield b
    b.close()


NOTHING_RAN = "window.pwned === undefined && document.images.length === 0 && document.scripts.length === 1"


@pytest.mark.slow
def test_hostile_page_in_chromium(browser, tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text(render_timeline(hostile_timeline()), encoding="utf-8")
    browser.open(page.as_uri())
    assert browser.errors() == []
    assert browser.evaluate(NOTHING_RAN) is True
    assert browser.evaluate("document.title") == "Timeline of Meta <script>window.pwned='entity'</script> · claimtrack"
    quote = browser.evaluate("document.querySelector('#gclosed blockquote').innerText")
    assert quote == "Meta is moving to closed models <img src=x onerror=\"window.pwned='quote'\">, says Bloomberg."
    assert browser.evaluate("document.querySelector('#gclosed mark').innerText") == "Meta is moving to closed"
    assert browser.evaluate("document.querySelectorAll('article.entry').length") == 3
    assert browser.evaluate("document.querySelectorAll('#conflicts .conflict .side').length") == 2
    shot = browser.screenshot(tmp_path / "timeline.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


@pytest.mark.slow
def test_filters_in_the_page(browser, tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text(render_timeline(hostile_timeline()), encoding="utf-8")
    browser.open(page.as_uri())
    visible = "Array.from(document.querySelectorAll('article.entry')).filter(e => !e.hidden).map(e => e.id)"
    change = "el.dispatchEvent(new Event('change', {bubbles: true}))"
    assert browser.evaluate(visible) == ["gclosed", "gopen", "gsingle"]
    browser.evaluate(f"(el => {{ el.checked = false; {change}; }})"
                     "(document.querySelector('input[name=status][value=contested]'))")
    assert browser.evaluate(visible) == ["gsingle"]
    assert browser.evaluate("document.getElementById('shown').textContent") == "1"
    browser.evaluate(f"(el => {{ el.checked = true; {change}; }})"
                     "(document.querySelector('input[name=status][value=contested]'))")
    browser.evaluate(f"(el => {{ el.value = 'fr'; {change}; }})(document.querySelector('select[name=language]'))")
    assert browser.evaluate(visible) == ["gclosed"]
    browser.evaluate(f"(el => {{ el.value = ''; {change}; }})(document.querySelector('select[name=language]'))")
    browser.evaluate(f"(el => {{ el.value = 'Calm Daily'; {change}; }})(document.querySelector('select[name=outlet]'))")
    assert browser.evaluate(visible) == ["gclosed", "gopen", "gsingle"]
    browser.evaluate(f"(el => {{ el.value = \"<script>window.pwned='cited'</script>\"; {change}; }})"
                     "(document.querySelector('select[name=outlet]'))")
    assert browser.evaluate(visible) == ["gclosed"]
    assert browser.errors() == [] and browser.evaluate(NOTHING_RAN) is True


HOSTILE_ARTICLE = """---
outlet: "<img src=x onerror=\\"window.pwned='outlet'\\">Evil Wire"
published: 2025-12-10
language: en
---
Meta shelves Behemoth <script>window.pwned='title'</script>

Meta is moving to closed, proprietary models <img src=x onerror="window.pwned='text'">, according to Bloomberg.
"""
CALM_ARTICLE = """---
outlet: Calm Daily
published: 2025-12-12
language: en
---
Meta stays open

A Meta spokesperson said the company will keep releasing open-source models.
"""


@pytest.mark.slow
def test_ingested_hostile_article_runs_nothing_in_the_written_page(browser, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (src / "calm.txt").write_text(CALM_ARTICLE, encoding="utf-8")
    db = f"sqlite:///{tmp_path}/kb.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "ingest", str(src)]).exit_code == 0
    out = tmp_path / "meta.html"
    r = runner.invoke(app, ["--db", db, "timeline", "meta", "--format", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    browser.open(out.as_uri())
    assert browser.errors() == []
    assert browser.evaluate(NOTHING_RAN) is True
    text = browser.evaluate("document.body.innerText")
    assert "<script>window.pwned='title'</script>" in text
    assert "<img src=x onerror=\"window.pwned='text'\">" in text
    assert "<img src=x onerror=\"window.pwned='outlet'\">Evil Wire" in text
    assert browser.evaluate("document.querySelectorAll('article.entry').length") == 3
    assert browser.evaluate("document.querySelectorAll('#conflicts .conflict').length") == 1
    browser.screenshot(tmp_path / "meta.png")
    assert (tmp_path / "meta.png").stat().st_size > 10_000


def test_without_chromium_the_page_test_skips_outside_ci_and_fails_in_ci(monkeypatch):
    import tests.browser as browser_module

    monkeypatch.setattr(browser_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(browser_module.os.path, "exists", lambda path: False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        chromium_or_skip()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=".ci/run must `apt-get install -y chromium`"):
        chromium_or_skip()
