"""An RSS or Atom feed (*.rss, *.atom, *.xml, or a fetched feed) -> one SourceDocument per entry.

feedparser reads every RSS and Atom dialect and sanitises the entries' HTML. An entry
gives: outlet (the feed's title, else its site), link, date (published, else updated),
author, title and text (its full content when the feed carries it, else its summary).
An entry's id is the feed's id and a hash of the entry's own id (its guid, else its
link, else its title), so it is stable when the feed gains entries. An entry without
text is a SourceError in its place; the other entries are still read.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from claimtrack.models import SourceDocument
from claimtrack.sources.html import content_hash, paragraphs, stored_text
from claimtrack.sources.reader import SourceError, _outlet_of

# Elements after which a feed's HTML content starts a new paragraph.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section",
           "article", "header", "footer", "ul", "ol", "table")
_NOT_TEXT = ("script", "style", "figure", "figcaption", "noscript", "iframe", "object", "template")


def fragment_text(markup: str) -> list[str]:
    """The paragraphs of an entry's HTML (or plain text) content."""
    import lxml.html

    if "<" not in markup:
        import html
        return paragraphs(html.unescape(markup))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    for el in root.xpath("|".join(f"//{tag}" for tag in _NOT_TEXT)):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return paragraphs(root.text_content())


def _date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                continue
    return None


def _text_of(entry) -> list[str]:
    """The longest of the entry's contents and its summary, as paragraphs."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []] + [entry.get("summary", "")]
    best = max((fragment_text(c) for c in candidates if c), key=lambda ps: sum(map(len, ps)), default=[])
    return best


def _one_line(value) -> str | None:
    if not value:
        return None
    found = paragraphs(str(value))
    return " ".join(found) or None


def entry_id(feed_id: str, entry, index: int) -> str:
    key = entry.get("id") or entry.get("link") or entry.get("title") or str(index)
    return f"{feed_id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def parse_feed(path: str | Path, raw: bytes, *, url: str | None = None, doc_id: str | None = None,
               source: str | None = None) -> list[SourceDocument | SourceError]:
    """Read one feed. `url` is where it was fetched from; `doc_id` (default: the file stem)
    prefixes its entries' ids."""
    import feedparser

    path = Path(path)
    name = source or path.as_posix()
    if not raw.strip():
        raise SourceError(name, "empty feed")
    # bytes, never a str: feedparser fetches a string that looks like a URL
    parsed = feedparser.parse(raw, response_headers={"content-location": url} if url else None,
                              sanitize_html=True, resolve_relative_uris=bool(url))
    if not parsed.version and not parsed.entries:
        why = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or str(
            parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf> root")
        raise SourceError(name, f"not an RSS or Atom feed ({why.strip()})")
    if not parsed.entries:
        raise SourceError(name, "feed has no entries")
    feed = parsed.feed
    outlet = _one_line(feed.get("title")) or _outlet_of(feed.get("link") or url)
    fid = doc_id or path.stem
    out: list[SourceDocument | SourceError] = []
    for i, entry in enumerate(parsed.entries):
        title = _one_line(entry.get("title"))
        where = f"{name}#{i + 1}"
        body = _text_of(entry)
        if not body:
            out.append(SourceError(where, f"entry {title or i + 1!r} has no text (no content, no summary)"))
            continue
        link = entry.get("link") or None
        fields = {
            "title": title or body[0],
            "outlet": outlet or _outlet_of(link),
            "author": _one_line(entry.get("author")),
            "url": link,
            "published": _date(entry),
            "text": stored_text(title, body),
        }
        # language: detected from the text; a feed's <language> is often a template's default
        out.append(SourceDocument(id=entry_id(fid, entry, i), source=where, language=None,
                                  content_hash=content_hash(fields), **fields))
    return out
