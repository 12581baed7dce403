"""Saved web pages in: main text and metadata through trafilatura and htmldate."""
import datetime as dt
from pathlib import Path

import pytest

from claimtrack.sources.html import parse_html
from claimtrack.sources.reader import SourceError, find_sources, read_documents

PAGE = Path(__file__).parent / "data" / "saved_page.html"

ARTICLE_SENTENCES = [
    "Meta a suspendu le développement de Behemoth, son plus grand modèle de langage",
    "Avocado pourrait être distribué sous une licence fermée",
    "la priorité était désormais la « superintelligence »",
    "réduira les coûts d'entraînement de Meta d'environ 20 %",
]
CHROME = {
    "cookie banner": "Nous utilisons des cookies",
    "navigation": "Intelligence artificielle",
    "breadcrumb": "Accueil",
    "share row": "Partager sur",
    "lead caption": "lors de la conférence Connect",
    "inline caption": "Le centre de données Hyperion, en Louisiane",
    "in-text teaser": "OpenAI lève 40 milliards",
    "author box": "couvre l'intelligence artificielle",
    "Read Next": "Gemini 4 sortira en juin",
    "sidebar": "Les plus lus",
    "newsletter": "Recevez chaque matin",
    "footer": "Tous droits réservés",
}


@pytest.fixture(scope="module")
def saved():
    return read_documents(PAGE)[0]


def test_metadata_comes_from_the_page(saved):
    assert saved.id == "saved_page"
    assert saved.title == "Meta renonce à Behemoth et mise sur Avocado"
    assert saved.outlet == "Le Courrier Tech"
    assert saved.author == "Claire Dubois"
    assert saved.url == "https://www.courrier-tech.example/ia/meta-renonce-behemoth"
    assert saved.published == dt.date(2025, 12, 11)
    assert saved.language is None  # detected from the text at analysis


def test_stored_text_is_title_then_main_text(saved):
    assert saved.text.startswith("Meta renonce à Behemoth et mise sur Avocado\n\nMeta a suspendu")
    for sentence in ARTICLE_SENTENCES:
        assert sentence in saved.text


@pytest.mark.parametrize("what", sorted(CHROME))
def test_page_chrome_is_not_article_text(saved, what):
    assert CHROME[what] not in saved.text


@pytest.mark.slow
def test_offsets_point_into_the_stored_text(saved, pipelines):
    from claimtrack.analyze import analyze

    claims = analyze(saved.model_copy(update={"language": "fr"}), pipelines).claims
    assert claims
    for c in claims:
        assert saved.text[c.start:c.end] == c.evidence
    assert any("Behemoth" in c.evidence for c in claims)


def _page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
            ).encode("utf-8")


LONG = ("Meta has paused work on Behemoth, its largest language model, according to two people familiar with "
        "the matter. The company now focuses on Avocado, a model expected in the spring.")


def test_date_from_the_byline_but_never_from_the_text(tmp_path):
    byline = _page(f"<article><h1>Meta pauses Behemoth</h1><p class='date'>Published December 11, 2025</p>"
                   f"<p>{LONG}</p><p>On March 3, 2024, Meta had announced the model.</p></article>")
    assert parse_html(tmp_path / "a.html", byline).published == dt.date(2025, 12, 11)
    text_only = _page(f"<article><h1>Meta pauses Behemoth</h1><p>{LONG}</p>"
                      f"<p>On March 3, 2024, Meta had announced the model.</p></article>")
    assert parse_html(tmp_path / "b.html", text_only).published is None


def test_teaser_without_telling_markup_is_dropped_by_the_second_pass(tmp_path):
    """A "Read more:" paragraph in plain <p> passes trafilatura; claimtrack's cleaning drops it."""
    from claimtrack.text.clean import clean

    doc = parse_html(tmp_path / "a.html", _page(
        f"<div><h1>Meta pauses Behemoth</h1><p>{LONG}</p>"
        f"<p><strong>Read more:</strong> <a href='/x'>OpenAI raises $40 billion from SoftBank</a></p>"
        f"<p>Morgan Stanley analysts expect the move to cut training costs by about 20% next year.</p></div>"))
    cleaned = clean(doc.text).text
    assert "Morgan Stanley analysts expect" in cleaned
    assert "OpenAI raises" not in cleaned


def test_legacy_charset_is_decoded(tmp_path):
    raw = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
           f"<title>Décision</title></head><body><article><h1>Décision de Meta</h1><p>La société a décidé "
           f"d'arrêter Behemoth après des essais décevants, selon des sources proches du dossier. {LONG}</p>"
           "</article></body></html>").encode("cp1252")
    doc = parse_html(tmp_path / "latin.html", raw)
    assert "a décidé d'arrêter Behemoth" in doc.text


def test_same_article_saved_twice_has_one_hash(tmp_path):
    a = parse_html(tmp_path / "a.html", _page(f"<article><h1>Meta pauses Behemoth</h1><p>{LONG}</p></article>",
                                              "<script>var ad = 1;</script>"))
    b = parse_html(tmp_path / "b.html", _page(f"<article><h1>Meta pauses Behemoth</h1><p>{LONG}</p></article>",
                                              "<script>var ad = 2;</script>"))
    assert a.content_hash == b.content_hash


BAD = [
    (b"", "empty page"),
    (b"  \n ", "empty page"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR\x00\x00", "binary file"),
    (_page("<nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><footer>© 2025</footer>"),
     "no article text found in the page"),
]


@pytest.mark.parametrize("raw, message", BAD)
def test_bad_pages_name_the_file_and_the_problem(tmp_path, raw, message):
    with pytest.raises(SourceError) as exc:
        parse_html(tmp_path / "bad.html", raw)
    assert message in str(exc.value)
    assert "bad.html" in str(exc.value)


def test_folders_yield_pages_next_to_text_files(tmp_path):
    for name in ("a.txt", "b.html", "c.HTM", "d.md", "e.json", "f.css"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_sources(tmp_path)] == ["a.txt", "b.html", "c.HTM", "d.md"]


def test_ingest_takes_pages_next_to_text_and_rejects_a_bad_page_with_one_line(tmp_path, sqlite_url):
    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine, sessions
    from claimtrack.store.repository import Repository

    src = tmp_path / "src"
    src.mkdir()
    (src / "page.html").write_bytes(_page(
        f"<article><h1>Meta pauses Behemoth</h1><p class='byline'>By Jane Roe</p><p>{LONG}</p></article>",
        "<meta property='og:site_name' content='The Daily Byte'>"
        "<meta property='article:published_time' content='2025-12-11'>"))
    (src / "note.txt").write_text("---\noutlet: T\npublished: 2025-12-15\nlanguage: en\n---\nTitle\n\n"
                                  "OpenAI raised $40 billion.\n", encoding="utf-8")
    (src / "broken.htm").write_bytes(_page("<nav><a href='/'>Home</a></nav>"))
    engine = make_engine(sqlite_url)
    report = ingest(engine, [src])
    assert report.new == ["note", "page"]
    assert report.rejected == [(str(src / "broken.htm"), "no article text found in the page (a front page, "
                                                          "an empty template, or a page that needs JavaScript?)")]
    with sessions(engine)() as s:
        art = next(a for a in Repository(s).articles() if a.id == "page")
        claims = [c for c in Repository(s).claims() if c.article == "page"]
    assert (art.outlet, art.published, art.language) == ("The Daily Byte", dt.date(2025, 12, 11), "en")
    assert claims and all(c.outlet == "The Daily Byte" for c in claims)
    again = ingest(engine, [src])
    assert again.unchanged == ["note", "page"] and len(again.rejected) == 1


def test_a_parser_failure_on_one_page_is_one_rejected_line(tmp_path, sqlite_url, monkeypatch):
    import trafilatura

    from claimtrack.ingest import ingest
    from claimtrack.store.db import make_engine

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (tmp_path / "deep.html").write_bytes(_page("<div>" * 50 + f"<p>{LONG}</p>"))
    (tmp_path / "note.txt").write_text("---\nlanguage: en\n---\nTitle\n\nOpenAI raised $40 billion.\n")
    report = ingest(make_engine(sqlite_url), [tmp_path])
    assert report.new == ["note"]
    assert report.rejected == [(str(tmp_path / "deep.html"),
                                "could not be read: RecursionError: maximum recursion depth exceeded")]
