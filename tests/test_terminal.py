"""Terminal output escapes control characters (issue 11): article text, outlets, names,
paths and queries cannot clear the screen, retitle the terminal or forge a line."""
import json

import pytest

from claimtrack.terminal import block, line, markup
from tests.hostile import SHELVED, claimtrack, english, rejected_lines

CONTROLS = [
    ("\x1b[2J", "\\x1b[2J"),            # ESC: clears the screen
    ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),  # OSC: retitles the terminal
    ("a\nb", "a\\nb"),                  # a newline forges a second line
    ("a\rb", "a\\rb"),
    ("a\tb", "a\\tb"),
    ("\x7f", "\\x7f"),                  # DEL
    ("\x9b31m", "\\x9b31m"),            # C1 CSI
    ("\u202eevil", "\\u202eevil"),      # bidi override
    ("\u2066x\u2069", "\\u2066x\\u2069"),  # bidi isolates
    ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),  # line and paragraph separators
    ("bad\udcffname", "bad\\xffname"),  # an undecodable byte of a file name (surrogateescape)
    ("\ud800", "\\ud800"),              # a lone surrogate
    ("Meta, Bloomberg « cité » — ok", "Meta, Bloomberg « cité » — ok"),  # ordinary text untouched
]


@pytest.mark.parametrize("raw, shown", CONTROLS)
def test_line_escapes_controls(raw, shown):
    assert line(raw) == shown


def test_line_is_bounded_and_block_keeps_newlines():
    assert line("x" * 500, 80) == "x" * 80 + "…"
    assert block("one\x1b[2J\ntwo\tthree") == "one\\x1b[2J\ntwo\tthree"


def test_markup_escapes_rich_markup():
    from rich.console import Console
    console = Console(record=True, width=200, color_system=None)
    console.print(markup("[bold red]x[/]\x1b"))
    assert console.export_text().strip() == "[bold red]x[/]\\x1b"


@pytest.mark.slow
def test_text_timeline_and_explain_escape_but_json_is_exact(tmp_path):
    src = tmp_path / "src"
    english(src, "a.txt", SHELVED.replace("Bloomberg,", "Bloomberg\x1b[2J,"), outlet='"Evil\\e]0;pwned\\a News"')  # YAML escapes
    english(src, "b.txt", "Meta news\n\nMeta shelved its Behemoth model, sources said.", outlet='"Good\\u202eNews"',
            published="2025-12-16")
    db = f"sqlite:///{tmp_path}/kb.db"
    assert claimtrack("ingest", str(src), db=db).returncode == 0
    r = claimtrack("timeline", "meta", db=db)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "Evil\\x1b]0;pwned\\x07 News" in out and "Bloomberg\\x1b[2J," in out and "\\u202e" in out
    assert not any(c in out for c in "\x1b\x07\u202e")
    for fmt in ("markdown", "html"):
        shown = claimtrack("timeline", "meta", "--format", fmt, db=db).stdout.decode()
        assert not any(c in shown for c in "\x1b\x07\u202e"), fmt
    group = out.split("(g", 1)[1].split(")", 1)[0]
    ex = claimtrack("explain", "g" + group, db=db)
    assert ex.returncode == 0 and b"\x1b" not in ex.stdout and b"\\x1b" in ex.stdout
    kb = json.loads(claimtrack("export", db=db).stdout)
    assert "Evil\x1b]0;pwned\x07 News" in {a["outlet"] for a in kb["articles"]}  # JSON: the exact value
    tl = json.loads(claimtrack("timeline", "meta", "--format", "json", db=db).stdout)
    assert any("\x1b[2J" in s["quote"] for e in tl["entries"] for s in e["sources"])


@pytest.mark.slow
def test_file_names_with_controls_are_one_escaped_line(tmp_path):
    src = tmp_path / "src"
    english(src, "ok.txt", SHELVED)
    (src / "evil\x1b[2J\nclaimtrack: rejected forged.txt.txt").write_bytes(b"")
    r = claimtrack("ingest", str(src), db=f"sqlite:///{tmp_path}/kb.db")
    assert r.returncode == 1
    assert b"\x1b" not in r.stderr
    lines = rejected_lines(r.stderr)
    assert len(lines) == 1 and "evil\\x1b[2J\\nclaimtrack: rejected forged.txt.txt: empty file" in lines[0]
    progress = [ln for ln in r.stderr.decode().splitlines() if not ln.startswith("claimtrack:")]
    assert progress == [f"{src}/evil\\x1b[2J\\nclaimtrack: rejected forged.txt.txt: rejected", f"{src}/ok.txt: new"]


@pytest.mark.slow
def test_query_and_id_echoed_escaped_and_short(tmp_path):
    src = tmp_path / "src"
    english(src, "a.txt", SHELVED)
    db = f"sqlite:///{tmp_path}/kb.db"
    claimtrack("ingest", str(src), db=db)
    r = claimtrack("timeline", "zq\x1b[2J" + "y" * 100_000, db=db)
    assert r.returncode == 3
    assert b"\x1b" not in r.stderr and len(r.stderr) < 1000
    r = claimtrack("explain", "g\x1b]0;x\x07", db=db)
    assert r.returncode == 3 and b"\x1b" not in r.stderr and b"g\\x1b]0;x\\x07" in r.stderr
