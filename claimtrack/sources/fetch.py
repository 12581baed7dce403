"""Fetch pages and feeds listed in a file (`claimtrack ingest --urls FILE`).

One URL a line; blank lines and lines starting with '#' are skipped. Each URL is
fetched over http(s) only (no file:, no ftp:, not even through a redirect), with a
timeout on connecting, on every read and on the whole download, and a size limit; the
answer is read as a feed or a page by its content type (by its first bytes when the
server does not say). Every failure, a timeout, an HTTP error, a page without text,
is a SourceError naming the URL: one rejected line, and the other URLs still go on.
"""
from __future__ import annotations

import hashlib
import http.client
import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from claimtrack.models import SourceDocument
from claimtrack.sources.reader import MAX_BYTES, SourceError

TIMEOUT = 10.0  # seconds, for connecting, for each read, and for the whole download
USER_AGENT = "claimtrack (article ingest)"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    url: str  # as listed
    final_url: str  # after redirects
    content_type: str
    body: bytes


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a list file, in order, without duplicates."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SourceError(p, "no such file (expected a list of URLs, one a line)") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
        raise SourceError(p, f"cannot read the URL list: {type(exc).__name__}") from None
    urls: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in urls:
            urls.append(line)
    return urls


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.URLError(f"redirected to a non-http(s) address {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # only http(s) handlers: urlopen's default opener would also read file: and ftp: addresses
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _HttpOnlyRedirects(), urllib.request.HTTPErrorProcessor(),
                    urllib.request.HTTPDefaultErrorHandler()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourceError(url, "not an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(
        _HTML_TYPES + _FEED_TYPES[:3]) + ", */*;q=0.5"})
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise SourceError(url, f"answer is {int(length) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB "
                                       "limit for one article")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise SourceError(url, f"download not finished after {timeout:g} s (timeout)")
                chunk = resp.read1(65536)  # one read at a time: a server sending a byte a second still times out
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(url, f"answer is over the {max_bytes / 1e6:.0f} MB limit for one article")
                chunks.append(chunk)
            content_type = (resp.headers.get_content_type() or "").lower()
            return Fetched(url, resp.geturl(), content_type, b"".join(chunks))
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        raise SourceError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise SourceError(url, f"no answer within {timeout:g} s (timeout)") from None
        raise SourceError(url, f"cannot fetch: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise SourceError(url, f"no answer within {timeout:g} s (timeout)") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad status line, invalid URL
        raise SourceError(url, f"cannot fetch: {type(exc).__name__}: {exc}") from None


def url_id(url: str) -> str:
    """A stable, readable article id for a URL: site, last path word, short hash."""
    parts = urlsplit(url)
    host = (parts.hostname or "url").removeprefix("www.")
    words = [w for w in re.split(r"[/?&=#.]+", parts.path) if w and w.lower() not in ("html", "htm", "php")]
    slug = re.sub(r"[^\w-]+", "-", words[-1] if words else "").strip("-")[:60]
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
    return "_".join(x for x in (host, slug, digest) if x)


def _kind(fetched: Fetched) -> str:
    if fetched.content_type in _HTML_TYPES:
        return "html"
    if fetched.content_type in _FEED_TYPES:
        return "feed"
    head = fetched.body[:512].lstrip().lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf")) or (head.startswith(b"<?xml") and re.search(
            rb"<(rss|feed|rdf:rdf)\b", fetched.body[:4096].lower())):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in fetched.body[:4096].lower():
        return "html"
    return fetched.content_type or "unknown"


def read_url(url: str, timeout: float = TIMEOUT) -> list[SourceDocument | SourceError]:
    """The articles at `url`: one for a page, one per entry for a feed."""
    from claimtrack.sources.feeds import parse_feed
    from claimtrack.sources.html import parse_html

    fetched = fetch(url, timeout)
    kind = _kind(fetched)
    if kind == "html":
        return [parse_html(url, fetched.body, url=fetched.final_url, doc_id=url_id(url), source=url)]
    if kind == "feed":
        return parse_feed(url, fetched.body, url=fetched.final_url, doc_id=url_id(url), source=url)
    raise SourceError(url, f"neither a web page nor a feed (content type {kind})")
