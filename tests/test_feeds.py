"""RSS and Atom feeds in: one article per entry (feedparser)."""
import datetime as dt
from pathlib import Path

import pytest

from claimtrack.sources.feeds import parse_feed
from claimtrack.sources.reader import SourceError, find_sources, read_documents

RSS = Path(__file__).parent / "data" / "feed.rss"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Courrier Tech</title>
  <link href="https://courrier-tech.example/"/>
  <id>urn:courrier-tech:feed</id>
  <updated>2026-01-08T09:00:00Z</updated>
  <entry>
    <title>Avocado sortira au printemps</title>
    <link href="https://courrier-tech.example/ia/avocado-printemps"/>
    <id>urn:courrier-tech:article:991</id>
    <updated>2026-01-08T09:00:00Z</updated>
    <author><name>Claire Dubois</name></author>
    <content type="html">&lt;p&gt;Selon Bloomberg, Meta lancera Avocado au printemps 2026.&lt;/p&gt;&lt;p&gt;Le modèle serait payant.&lt;/p&gt;</content>
  </entry>
</feed>
""".encode("utf-8")


@pytest.fixture(scope="module")
def rss():
    return read_documents(RSS)


def test_one_article_per_entry_with_its_metadata(rss):
    first, second = rss[0], rss[1]
    assert (first.title, first.outlet, first.author, first.url, first.published) == (
        "Meta pauses Behemoth to focus on Avocado", "The Daily Byte – AI", "Jane Roe",
        "https://dailybyte.example/ai/meta-pauses-behemoth", dt.date(2025, 12, 11))
    assert (second.title, second.published, second.author) == ("OpenAI raises $40 billion", dt.date(2025, 12, 10), None)
    assert first.source == f"{RSS.as_posix()}#1"


def test_full_content_is_preferred_to_the_summary_and_is_plain_text(rss):
    text = rss[0].text
    assert text.startswith("Meta pauses Behemoth to focus on Avocado\n\nMeta has paused work on Behemoth")
    assert "\n\nThe company now focuses on Avocado" in text
    for chrome in ("Mark Zuckerberg on stage", "alert", "<p>", "people familiar with the matter said."):
        assert chrome not in text
    assert "OpenAI raised $40 billion from SoftBank" in rss[1].text  # a summary, when that is all there is


def test_an_entry_without_text_is_one_error_in_its_place(rss):
    assert len(rss) == 3
    err = rss[2]
    assert isinstance(err, SourceError)
    assert str(err) == f"{RSS.as_posix()}#3: entry 'Podcast: the week in AI' has no text (no content, no summary)"


def test_entry_ids_are_stable_when_the_feed_gains_entries(rss):
    raw = RSS.read_bytes()
    newer = raw.replace(b"<item>", b"<item><title>Breaking</title><guid>new-1</guid>"
                                   b"<description>Nvidia shares rose 5% on Friday.</description></item><item>", 1)
    ids = [d.id for d in parse_feed(RSS, newer) if not isinstance(d, SourceError)]
    assert ids[1:] == [rss[0].id, rss[1].id]
    assert len(set(ids)) == 3 and all(i.startswith("feed-") for i in ids)


def test_atom_entry_uses_updated_and_html_content(tmp_path):
    [doc] = parse_feed(tmp_path / "courrier.atom", ATOM)
    assert (doc.outlet, doc.author, doc.published) == ("Le Courrier Tech", "Claire Dubois", dt.date(2026, 1, 8))
    assert doc.url == "https://courrier-tech.example/ia/avocado-printemps"
    assert doc.text == ("Avocado sortira au printemps\n\nSelon Bloomberg, Meta lancera Avocado au printemps 2026."
                        "\n\nLe modèle serait payant.\n")


BAD = [
    (b"", "empty feed"),
    (b"<?xml version='1.0'?><urlset><url><loc>https://a.example/</loc></url></urlset>", "not an RSS or Atom feed"),
    (b"this is not xml at all", "not an RSS or Atom feed"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>", "feed has no entries"),
]


@pytest.mark.parametrize("raw, message", BAD)
def test_bad_feeds_name_the_file_and_the_problem(tmp_path, raw, message):
    with pytest.raises(SourceError) as exc:
        parse_feed(tmp_path / "bad.xml", raw)
    assert message in str(exc.value)
    assert "bad.xml" in str(exc.value)


def test_folders_yield_feeds(tmp_path):
    for name in ("a.rss", "b.atom", "c.xml", "d.opml"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_sources(tmp_path)] == ["a.rss", "b.atom", "c.xml"]


def test_ingest_a_feed_stores_its_entries_and_names_the_bad_one(tmp_path, sqlite_url):
    from claimtrack.ingest import ingest_file, IngestReport
    from claimtrack.store.db import ensure_schema, make_engine

    engine = make_engine(sqlite_url)
    ensure_schema(engine)
    report = IngestReport()
    status = ingest_file(engine, RSS, report)
    assert status == "2 new, 1 rejected"
    assert report.new == [d.id for d in read_documents(RSS)[:2]]
    assert report.rejected == [(f"{RSS.as_posix()}#3", "entry 'Podcast: the week in AI' has no text "
                                                      "(no content, no summary)")]
    again = IngestReport()
    assert ingest_file(engine, RSS, again) == "2 unchanged, 1 rejected"
