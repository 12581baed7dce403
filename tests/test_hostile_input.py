"""Hostile article files (issue 11): the reader refuses or folds them, one clear line each."""
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.analyze import Rejected, analyze
from claimtrack.sources.reader import SourceError, parse_source
from tests.hostile import SHELVED, claimtrack, english, rejected_lines


def read(raw: str | bytes):
    return parse_source(Path("x.txt"), raw.encode("utf-8") if isinstance(raw, str) else raw)


def front(*lines: str, body: str = "Meta shelved its Behemoth model.") -> str:
    return "---\n" + "".join(f"{ln}\n" for ln in lines) + "---\n" + body + "\n"


BOMB = front('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
             *(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)))

REFUSED = [  # (case, raw, the reason says)
    ("billion laughs (aliases)", BOMB, "anchors and aliases"),
    ("alias alone", front("title: &t x", "author: *t"), "anchors and aliases"),
    ("merge key", front("<<: {title: x}"), "merge keys"),
    ("python tag", front("title: !!python/object/apply:os.system [ls]"), "tags"),
    ("local tag", front("title: !mine x"), "tags"),
    ("nested 9 deep", front("title: " + "[" * 9 + "]" * 9), "nested deeper than 8"),
    ("nested 20,000 deep", front("title: " + "[" * 20_000), "front matter over 16 kB"),
    ("nested 15,000 deep, under 16 kB", front("title: " + "[" * 15_000), "nested deeper than 8"),
    ("front matter over 16 kB", front("title: " + "x" * 17_000), "front matter over 16 kB"),
    ("duplicated key", front("title: a", "title: b"), "key 'title' is given twice"),
    ("published 9999-12-31", front("published: 9999-12-31"), "published date out of range"),
    ("published year 0001", front("published: 0001-01-01"), "published date out of range"),
    ("huge number as a date", front("published: " + "9" * 5000), "is not an ISO date"),
    ("bad url", front("url: http://[::1"), "front matter 'url'"),
    ("NUL after 8 kB", "Meta shelved it. " * 600 + "\x00" + "more", "binary file (NUL bytes)"),
    ("UTF-16 LE with BOM", "\ufeffMeta shelved Behemoth.".encode("utf-16-le"), "UTF-16 (little-endian, with"),
    ("UTF-16 BE with BOM", "\ufeffMeta shelved Behemoth.".encode("utf-16-be"), "UTF-16 (big-endian, with"),
    ("UTF-16 LE, no BOM", "Meta shelved Behemoth.".encode("utf-16-le"), "UTF-16 (little-endian, without"),
    ("UTF-16 BE, no BOM", "Meta shelved Behemoth.".encode("utf-16-be"), "UTF-16 (big-endian, without"),
    ("UTF-32 LE with BOM", "\ufeffMeta shelved Behemoth.".encode("utf-32-le"), "UTF-32 (little-endian, with"),
    ("UTF-32 BE, no BOM", "Meta shelved Behemoth.".encode("utf-32-be"), "UTF-32 (big-endian, without"),
    ("Shift-JIS", "メタは新しいモデルを発表しました。".encode("shift_jis"), "Shift-JIS"),
    ("nested value", front("title: {a: b}"), "'title' must be text"),
]


@pytest.mark.parametrize("case, raw, says", REFUSED, ids=[c for c, _, _ in REFUSED])
def test_refused_with_a_bounded_reason(case, raw, says):
    with pytest.raises(SourceError) as info:
        read(raw)
    assert says in info.value.problem
    assert len(info.value.problem) < 400 and "lol" not in info.value.problem


def test_unknown_keys_are_listed_ten_at_most():
    with pytest.raises(SourceError) as info:
        read(front(*(f"k{i:06d}: v" for i in range(1000))))
    problem = info.value.problem
    assert "k000000, k000001" in problem and "k000009 and 990 more" in problem and "k000010" not in problem


@pytest.mark.parametrize("line, key, value", [
    ("language: no", "language", "no"), ("title: yes", "title", "yes"), ("title: on", "title", "on"),
    ("title: 1e400", "title", "1e400"), ("title: 0x1F", "title", "0x1F"), ("author: null", "author", None),
    ("title: '~'", "title", "~"), ("title: 2025-12-15", "title", "2025-12-15"),
])
def test_values_are_read_as_text(line, key, value):
    assert getattr(read(front(line)), key) == value


@pytest.mark.parametrize("body, folded", [
    ("Me\u200bta shelved Behemoth.", "Meta shelved Behemoth."),           # zero-width space
    ("Me\u200dta shel\u00adved Be\u2060hemoth.", "Meta shelved Behemoth."),  # ZWJ, soft hyphen, word joiner
    ("\u202eMeta\u202c shelved \u2066Behemoth\u2069.", "Meta shelved Behemoth."),  # bidi controls
    ("\uff2d\uff45\uff54\uff41 shelved Behemoth.", "Meta shelved Behemoth."),      # fullwidth
    ("\U0001d40c\U0001d41e\U0001d42d\U0001d41a shelved Behemoth.", "Meta shelved Behemoth."),  # math bold
    ("Meta a dit « 2² » — ﬁn.", "Meta a dit « 2² » — ﬁn."),  # other compatibility forms stay
])
def test_invisible_and_look_alike_characters_are_folded_at_read_time(body, folded):
    assert read(body).text.rstrip("\n") == folded


@pytest.mark.parametrize("body", ["According to Bloomberg, Me\u200bta shelved its Behemoth model.",
                                  "According to Bloomberg, \uff2d\uff45\uff54\uff41 shelved its Behemoth model.",
                                  "According to Bloomberg, Meta shelved its \u202eBehemoth\u202c model."])
def test_folded_names_give_the_claim(extract, body):
    claims = extract("Meta news\n\n" + body, language="en")
    assert [(c.subject, c.relation, c.object) for c in claims] == [("Meta", "shelve", "Behemoth")]
    assert "Meta" in claims[0].evidence and "\u200b" not in claims[0].evidence


@pytest.mark.parametrize("body, script", [
    ("Компания Meta объявила о новой модели искусственного интеллекта, сообщает Bloomberg.", "Cyrillic"),
    ("Meta 宣布推出新的人工智能模型。据彭博社报道，该公司搁置了巨兽模型。", "CJK"),
    ("أعلنت شركة ميتا عن نموذج جديد للذكاء الاصطناعي، وفقا لبلومبرغ.", "Arabic"),
    ("Η Meta ανακοίνωσε ένα νέο μοντέλο τεχνητής νοημοσύνης.", "Greek"),
])
def test_non_latin_article_without_language_is_rejected_naming_the_script(article_factory, pipelines, body, script):
    with pytest.raises(Rejected, match=f"most of its letters are .*{script}"):
        analyze(article_factory(body, language=None), pipelines)


def test_non_latin_article_with_a_language_key_is_stored_unread(article_factory, pipelines):
    a = analyze(article_factory("Компания Meta объявила о новой модели.", language="ru"), pipelines)
    assert a.unread and a.claims == []


def test_a_few_foreign_words_do_not_reject_an_article(article_factory, pipelines):
    a = analyze(article_factory("Meta news\n\nAccording to Bloomberg (Блумберг), Meta shelved its Behemoth model.",
                                language=None), pipelines)
    assert a.language == "en"


@pytest.mark.slow
def test_yaml_bomb_costs_nothing_in_a_real_process(tmp_path):
    """The 639-byte billion laughs front matter: one short line, in seconds, small memory."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "bomb.txt").write_text(BOMB, encoding="utf-8")
    english(src, "ok.txt", SHELVED)
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
            "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
            "sys.stderr.buffer.write(r.stderr); sys.exit(r.returncode)")
    from tests.hostile import CLAIMTRACK
    r = subprocess.run([sys.executable, "-c", code, *CLAIMTRACK, "--db", f"sqlite:///{tmp_path}/kb.db",
                        "ingest", str(src)], capture_output=True, timeout=60)
    assert r.returncode == 1
    assert int(r.stdout) < 600_000  # kB of peak memory (the bomb: gigabytes)
    assert len(r.stderr) < 2000
    assert rejected_lines(r.stderr) == [f"claimtrack: rejected {src}/bomb.txt: YAML anchors and aliases (& and *) "
                                        "are not allowed in front matter"]


@pytest.mark.slow
def test_every_case_is_one_line_and_the_good_file_is_ingested(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i, (case, raw, says) in enumerate(REFUSED):
        (src / f"bad{i:02d}.txt").write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
    english(src, "ok.txt", SHELVED)
    r = claimtrack("ingest", str(src), db=f"sqlite:///{tmp_path}/kb.db")
    assert r.returncode == 1
    lines = rejected_lines(r.stderr)
    assert len(lines) == len(REFUSED)
    for i, (case, raw, says) in enumerate(REFUSED):
        assert any(f"bad{i:02d}.txt: " in ln and says in ln for ln in lines), case
    assert f"articles: 1 new, 0 replaced, 0 unchanged, {len(REFUSED)} rejected".encode() in r.stdout
