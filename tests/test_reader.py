import datetime as dt

import pytest

from claimtrack.sources.reader import SourceError, find_sources, parse_source, read_source
from tests.conftest import SEEDS


def test_seed_front_matter_is_read():
    doc = read_source(SEEDS / "004_52f91c2df59d381d.txt")
    assert doc.id == "004_52f91c2df59d381d"
    assert doc.outlet == "Gate Square"
    assert doc.published == dt.date(2026, 1, 8)
    assert doc.language == "fr"
    assert doc.title.startswith("Le pivot stratégique de Meta")
    assert not doc.text.startswith("---")


def test_without_front_matter_title_is_first_line(tmp_path):
    doc = parse_source(tmp_path / "a.md", "\n\nMeta shelves Behemoth\nBody text here.".encode())
    assert doc.title == "Meta shelves Behemoth"
    assert doc.published is None and doc.outlet is None and doc.language is None


def test_datetime_published_becomes_a_date(tmp_path):
    doc = parse_source(tmp_path / "a.txt", b"---\npublished: 2025-07-15T10:30:00Z\n---\nBody.")
    assert doc.published == dt.date(2025, 7, 15)


def test_hash_changes_with_content(tmp_path):
    a = parse_source(tmp_path / "a.txt", b"Body one.")
    b = parse_source(tmp_path / "a.txt", b"Body two.")
    assert a.content_hash != b.content_hash


def test_a_title_with_french_spacing_before_its_colon_needs_no_quotes(tmp_path):
    doc = parse_source(tmp_path / "a.txt", "---\ntitle: Belgique : le gouvernement tombe\noutlet: 'Le Soir'\n"
                                           "published: 2026-01-05\nlanguage: fr\n---\nLe Premier ministre a "
                                           "démissionné.".encode())
    assert (doc.title, doc.outlet, doc.published, doc.language) == (
        "Belgique : le gouvernement tombe", "Le Soir", dt.date(2026, 1, 5), "fr")


def test_a_colon_in_a_value_does_not_excuse_a_duplicated_key(tmp_path):
    with pytest.raises(SourceError, match="not valid YAML"):
        parse_source(tmp_path / "a.txt", b"---\ntitle: Belgique : x\ntitle: y\n---\nBody.")


BAD = [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("Meta a annoncé un modèle très attendu".encode("cp1252") + b" \xe9t\xe9", "not valid UTF-8"),
    (b"---\noutlet: [unclosed\n---\nBody", "front matter is not valid YAML"),
    (b"---\nsource: somewhere\n---\nBody", "unknown front matter key(s) source"),
    (b"---\npublished: le 3 mars\n---\nBody", "'published': 'le 3 mars' is not an ISO date"),
    (b"---\npublished: 2025-13-45\n---\nBody", "is not an ISO date"),
    (b"---\nlanguage: french\n---\nBody", "is not an ISO 639-1 code"),
    (b"---\noutlet: X\n---\n  \n", "no article text after the front matter"),
    (b"---\noutlet: X\nBody without end", "never closed"),
]


@pytest.mark.parametrize("raw, message", BAD)
def test_bad_input_names_the_problem(tmp_path, raw, message):
    with pytest.raises(SourceError) as exc:
        parse_source(tmp_path / "bad.txt", raw)
    assert message in str(exc.value)
    assert "bad.txt" in str(exc.value)


def test_cp1252_hint(tmp_path):
    with pytest.raises(SourceError, match="cp1252/Latin-1: re-save it as UTF-8"):
        parse_source(tmp_path / "latin.txt", "Une décision été prise".encode("latin-1"))


def test_too_large_file_is_rejected_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(SourceError, match="over the"):
        read_source(big, max_bytes=1024)


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(SourceError, match="no such file or directory"):
        find_sources(tmp_path / "nope")
    with pytest.raises(SourceError, match="no articles here"):
        find_sources(tmp_path)


def test_find_sources_takes_txt_and_md_in_name_order(tmp_path):
    for name in ("b.md", "a.txt", "c.json", "d.TXT"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_sources(tmp_path)] == ["a.txt", "b.md", "d.TXT"]


def test_without_an_outlet_the_site_of_the_url_stands_for_it(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\nurl: https://www.lemonde.fr/pixels/article/2025/07/15/meta.html\n---\nMeta change de cap.\n",
                 encoding="utf-8")
    assert read_source(p).outlet == "lemonde.fr"
    p.write_text("---\noutlet: Le Monde\nurl: https://www.lemonde.fr/a.html\n---\nMeta change de cap.\n",
                 encoding="utf-8")
    assert read_source(p).outlet == "Le Monde"


def test_a_folders_readme_license_and_hidden_files_are_no_articles(tmp_path):
    from claimtrack.sources.reader import scan_sources
    for name in ("README.md", "LICENSE.txt", ".draft.txt", "story.txt"):
        (tmp_path / name).write_text("Title\n\nAcme bought Zeta.\n", encoding="utf-8")
    files, rejected = scan_sources(tmp_path)
    assert [f.name for f in files] == ["story.txt"] and rejected == []
    assert scan_sources(tmp_path / "README.md")[0] == [tmp_path / "README.md"]  # named on purpose: read
