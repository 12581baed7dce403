"""`claimtrack check --format markdown`: what a pull request comment shows."""
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app

runner = CliRunner()


def english(name: str, body: str, folder: Path) -> None:
    (folder / name).write_text(f"---\noutlet: {name.split('.')[0].title()} News\npublished: 2025-12-15\n"
                               f"language: en\n---\n{body}\n", encoding="utf-8")


def test_markdown_check_shows_the_verdict_then_what_needs_review(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    snap = tmp_path / "reviewed_snapshot.json"

    def check(*extra):
        return runner.invoke(app, ["check", str(src), "--snapshot", str(snap), "--format", "markdown", *extra],
                             catch_exceptions=False)

    english("a.txt", "Meta news\n\nMeta is moving to closed models, according to Bloomberg.", src)
    english("b.txt", "Meta news\n\nMeta is shifting toward closed models <script>alert(1)</script>, sources said.",
            src)
    r = check()
    assert r.exit_code == 1 and r.stdout.startswith("## claimtrack check: ❌ no reviewed snapshot yet\n")
    assert check("--accept").stdout.startswith("## claimtrack check: ✅ accepted: snapshot updated\n")
    ok = check()
    assert ok.exit_code == 0
    assert ok.stdout.splitlines()[0] == "## claimtrack check: ✅ OK"
    assert f"compared with `{snap}`" in ok.stdout  # a code span: the underscore stays as written
    assert "No change against the reviewed snapshot." in ok.stdout

    english("c.txt", "Meta news\n\nA Meta spokesperson said Meta remains committed to open source models.", src)
    (src / "b.txt").unlink()
    (src / "bad.txt").write_text("---\nlanguage: french\n---\nBody\n")
    r = check()
    assert r.exit_code == 1
    out = r.stdout
    assert out.splitlines()[0] == "## claimtrack check: ❌ FAILED"
    assert "### Invalid files" in out and f"- `{src / 'bad.txt'}`: front matter 'language'" in out
    assert "### New conflicts (need review)" in out
    row = next(line for line in out.splitlines() if line.startswith("| `x"))
    assert "opposite relations" in row and row.count(" | ") == 3
    assert "### Lost claims (need review)" in out
    assert r"b: “Meta is shifting toward closed models \<script\>alert(1)\</script\>, sources said.”" in out
    assert "<script>" not in out
    assert "1 unreviewed new conflict(s), 1 lost claim(s), 1 invalid file(s)" in out
