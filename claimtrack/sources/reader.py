"""Read article files (FORMAT.md section 1): optional YAML front matter, then the body.

`read_source(path)` returns a `SourceDocument` or raises `SourceError` naming the
file and what is wrong with it. Nothing here touches the database.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from claimtrack.models import SourceDocument

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")  # saved pages: claimtrack/sources/html.py
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # RSS/Atom feeds: claimtrack/sources/feeds.py
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024  # a news article is a few kB; 5 MB is a pasted site dump
KNOWN_KEYS = {"title", "outlet", "author", "url", "published", "language"}
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so a bad date gets our message, not YAML's."""


_Loader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class SourceError(ValueError):
    """A source file that cannot be ingested; str() names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def find_sources(folder: str | Path) -> list[Path]:
    """The article files of a folder (or the file itself), in name order."""
    p = Path(folder)
    if not p.exists():
        raise SourceError(p, "no such file or directory")
    if p.is_file():
        return [p]
    files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES)
    if not files:
        raise SourceError(p, f"no articles here (expected *{' or *'.join(SUFFIXES)} files)")
    return files


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise SourceError(path, "empty file")
    if b"\x00" in raw[:8192]:
        raise SourceError(path, "binary file (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            raw.decode("cp1252")
            hint = "; it decodes as cp1252/Latin-1: re-save it as UTF-8"
        except UnicodeDecodeError:
            pass
        raise SourceError(path, f"not valid UTF-8 (byte {exc.start}){hint}") from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


_PARTIAL_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2}))?")


def _date(path: Path, value: object) -> tuple[dt.date | None, str]:
    """`published` as (date, precision): YYYY -> year, YYYY-MM -> month (the first day
    of the period stands for it), a date or a datetime -> day."""
    if value is None or value == "":
        return None, "day"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    partial = _PARTIAL_DATE.fullmatch(text)
    try:
        if partial:
            month = partial.group("m")
            return dt.date(int(partial.group("y")), int(month or 1), 1), "month" if month else "year"
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date(), "day"
    except ValueError:
        raise SourceError(path, f"front matter 'published': {value!r} is not an ISO date (YYYY-MM-DD), "
                                "a date and time, YYYY-MM or YYYY") from None


def parse_source(path: str | Path, raw: bytes) -> SourceDocument:
    path = Path(path)
    text = _decode(path, raw)
    meta: dict = {}
    body = text
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.load(m.group(1), Loader=_Loader) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            raise SourceError(path, f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
        if not isinstance(loaded, dict):
            raise SourceError(path, "front matter must be 'key: value' lines")
        unknown = sorted(str(k) for k in loaded if k not in KNOWN_KEYS)
        if unknown:
            raise SourceError(path, f"unknown front matter key(s) {', '.join(unknown)}; "
                                    f"known: {', '.join(sorted(KNOWN_KEYS))}")
        for key in ("title", "outlet", "author", "url", "language"):
            if loaded.get(key) is not None and not isinstance(loaded[key], (str, int, float)):
                raise SourceError(path, f"front matter '{key}' must be text")
        meta = loaded
        body = text[m.end():]
    elif text.startswith("---\n"):
        raise SourceError(path, "front matter opened with '---' but never closed")
    if not body.strip():
        raise SourceError(path, "no article text after the front matter")
    language = str(meta["language"]).strip().lower() if meta.get("language") else None
    if language is not None and not re.fullmatch(r"[a-z]{2}", language):
        raise SourceError(path, f"front matter 'language': {language!r} is not an ISO 639-1 code like 'fr'")
    published, published_precision = _date(path, meta.get("published"))
    title = str(meta["title"]).strip() if meta.get("title") else next(
        (line.strip() for line in body.splitlines() if line.strip()), None)
    return SourceDocument(
        id=path.stem,
        source=path.as_posix(),
        title=title,
        outlet=str(meta["outlet"]).strip() if meta.get("outlet") else _outlet_of(meta.get("url")),
        author=str(meta["author"]).strip() if meta.get("author") else None,
        url=str(meta["url"]).strip() if meta.get("url") else None,
        published=published,
        published_precision=published_precision,
        language=language,
        text=body,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _outlet_of(url) -> str | None:
    """Without an `outlet`, the site of the `url` stands for it: "lemonde.fr"."""
    host = urlsplit(str(url).strip()).hostname if url else None
    return host.removeprefix("www.") if host else None


def read_documents(path: str | Path) -> list[SourceDocument | SourceError]:
    """Every article of one file, by suffix: a text file or a saved page is one, a feed
    one per entry (an entry that cannot be read is a SourceError in its place)."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        from claimtrack.sources.html import parse_html
        return [read_source(path, parse=parse_html)]
    if suffix in FEED_SUFFIXES:
        from claimtrack.sources.feeds import parse_feed
        return read_source(path, parse=parse_feed)
    return [read_source(path)]


def read_source(path: str | Path, max_bytes: int = MAX_BYTES, parse=parse_source):
    """Read a file within `max_bytes` and `parse(path, raw)` it (a text article by default)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "is a directory, not an article file") from None
    except PermissionError:
        raise SourceError(path, "permission denied") from None
    return parse(path, raw)
