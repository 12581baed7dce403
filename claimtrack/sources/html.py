"""A saved web page (*.html, *.htm, or a fetched page) -> SourceDocument.

trafilatura finds the main text, title, author and site name (navigation, cookie
banners, captions, author boxes and "Read next" teasers are not main text); htmldate
finds the publication date from the page's markup only (meta tags, <time>, the byline;
never a date mentioned in the text). The stored text is the title line, a blank line,
then the main text's paragraphs separated by blank lines, as in a .txt article, so
offsets point into it and claimtrack's own cleaning runs on it as a second pass.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from pathlib import Path

from claimtrack.models import SourceDocument
from claimtrack.sources.reader import SourceError, _outlet_of

MIN_TEXT_CHARS = 60  # less main text than this is a front page or a template, not an article
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")


def paragraphs(text: str) -> list[str]:
    """Lines of extracted text as paragraphs: NFC, control characters dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")))
    return [p for p in (" ".join(line.split()) for line in text.split("\n")) if p]


def stored_text(title: str | None, body: list[str]) -> str:
    """The title line, then the body's paragraphs, separated by blank lines."""
    if title and body and body[0].casefold() == title.casefold():
        body = body[1:]
    return "\n\n".join(([title] if title else []) + body) + "\n"


def content_hash(doc_fields: dict) -> str:
    """Hash of what is stored (text and metadata), not of the page's bytes: a page saved
    again with other ads or scripts is unchanged, the same article under two names a duplicate."""
    key = "\x1f".join(str(doc_fields.get(k) or "") for k in ("title", "outlet", "author", "url", "published", "text"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", str(value))).split())
    return value or None


@functools.cache
def _config():
    from copy import deepcopy

    from trafilatura.settings import DEFAULT_CONFIG
    config = deepcopy(DEFAULT_CONFIG)
    config["DEFAULT"]["min_output_size"] = str(MIN_TEXT_CHARS)
    return config


def parse_html(path: str | Path, raw: bytes, *, url: str | None = None, doc_id: str | None = None,
               source: str | None = None) -> SourceDocument:
    """Read one saved page. `url` is where it was fetched from (for a page read from
    disk, the page's canonical link stands for it); `doc_id` defaults to the file stem."""
    import htmldate
    import trafilatura

    path = Path(path)
    name = source or path.as_posix()
    if not raw.strip():
        raise SourceError(name, "empty page")
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, "binary file (NUL bytes), not a web page")
    tree = trafilatura.load_html(raw)
    if tree is None:
        raise SourceError(name, "not an HTML page (it cannot be parsed)")
    published = _date(htmldate.find_date(tree, original_date=True, extensive_search=False, url=url))
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_images=False, include_tables=True, favor_precision=True,
                                      config=_config())
    body = paragraphs(doc.text or "") if doc is not None else []
    if not body:
        raise SourceError(name, "no article text found in the page (a front page, an empty template, "
                                "or a page that needs JavaScript?)")
    page_url = url or _clean_meta(doc.url)
    title = _clean_meta(doc.title) or body[0]
    fields = {
        "title": title,
        "outlet": _clean_meta(doc.sitename) or _outlet_of(page_url),
        "author": _clean_meta(doc.author),
        "url": page_url,
        "published": published,
        "text": stored_text(title, body),
    }
    return SourceDocument(id=doc_id or path.stem, source=name, language=None,
                          content_hash=content_hash(fields), **fields)
