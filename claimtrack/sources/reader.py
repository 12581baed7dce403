"""Read article files (FORMAT.md section 1): optional YAML front matter, then the body.

`read_source(path)` returns a `SourceDocument` or raises `SourceError` naming the
file and what is wrong with it. Nothing here touches the database.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from claimtrack.models import SourceDocument

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")  # saved pages: claimtrack/sources/html.py
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # RSS/Atom feeds: claimtrack/sources/feeds.py
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
FOLDER_NOTES = {"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "AUTHORS", "NOTICE"}
MAX_BYTES = 5 * 1024 * 1024  # a news article is a few kB; 5 MB is a pasted site dump
KNOWN_KEYS = {"title", "outlet", "author", "url", "published", "language"}
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def _limits() -> dict:
    from claimtrack.text.limits import limits
    return limits()


class _FrontMatterError(ValueError):
    """Front matter refused before it is built (never holding an expanded value)."""


class _Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
              yaml.constructor.SafeConstructor, yaml.resolver.BaseResolver):
    """YAML for front matter: every value is text (`language: no` and `title: yes` stay
    words, a date stays a date's text so a bad one gets our message); no anchors,
    aliases, merge keys or tags (a billion-laughs bomb is refused before it grows);
    nesting and duplicated keys refused."""

    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)
        self._depth = 0
        self._max_depth = _limits()["front_matter"]["max_depth"]

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _FrontMatterError("YAML anchors and aliases (& and *) are not allowed in front matter")
        if getattr(event, "tag", None) not in (None, "!"):
            raise _FrontMatterError(f"YAML tags ({str(event.tag)[:40]}) are not allowed in front matter")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._depth += 1
            if self._depth > self._max_depth:
                raise _FrontMatterError(f"front matter nested deeper than {self._max_depth} levels")
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key == "<<":
                raise _FrontMatterError("YAML merge keys (<<) are not allowed in front matter")
            if key is not None and key in seen:
                raise _FrontMatterError(f"front matter key '{_shown(key)}' is given twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _text_or_none(loader, node):
    """Every scalar is text; a plain empty, ~ or null value is no value."""
    value = loader.construct_scalar(node)
    if node.style is None and value in ("", "~", "null", "Null", "NULL"):
        return None
    return value


_Loader.add_constructor("tag:yaml.org,2002:str", _text_or_none)


def _shown(value: object) -> str:
    """A value quoted in a message: bounded, one line."""
    from claimtrack.terminal import line
    return line(value, _limits()["front_matter"]["max_value_shown"])


class SourceError(ValueError):
    """A source file that cannot be ingested; str() names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def find_sources(folder: str | Path, follow_links: bool = False) -> list[Path]:
    """The article files of a folder (or the file itself), in name order; raises
    SourceError when `folder` itself cannot be read (the entries' own problems: see
    `scan_sources`)."""
    return scan_sources(folder, follow_links)[0]


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory"))


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be an article, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"is {kind}, not an article file"


def _follow(path: Path) -> tuple[os.stat_result | None, str | None]:
    """stat() through links: (the target's stat, None) or (None, why it cannot be read)."""
    try:
        return path.stat(), None
    except FileNotFoundError:
        return None, ("dangling symbolic link (its target does not exist)" if path.is_symlink()
                      else "no such file or directory")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symbolic link loop"
        if exc.errno == errno.ENAMETOOLONG:
            return None, "file name too long"
        return None, f"cannot be read: {exc.strerror or exc}"


def _name_problem(name: str) -> str | None:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8: rename the file"
    return None


def scan_sources(target: str | Path, follow_links: bool = False) -> tuple[list[Path], list[SourceError]]:
    """(article files, rejected entries) of a folder in name order, or of one file.

    Only regular files are read: a FIFO, a socket, a device, a directory named x.txt,
    a dangling link or a link loop is a rejected entry, never a hang. A symbolic link
    leaving the folder is refused unless `follow_links`. Raises SourceError when
    `target` itself is missing or is a folder without articles."""
    p = Path(target)
    st, why = _follow(p)
    if st is None:
        raise SourceError(p, why)
    if not stat.S_ISDIR(st.st_mode):
        problem = _not_regular(st.st_mode) or _name_problem(str(p))
        return ([], [SourceError(p, problem)]) if problem else ([p], [])
    root = p.resolve()
    files: list[Path] = []
    rejected: list[SourceError] = []
    try:
        names = sorted(os.listdir(p))
    except OSError as exc:
        raise SourceError(p, f"cannot list this folder: {exc.strerror or exc}") from None
    for name in names:
        f = p / name
        if Path(name).suffix.lower() not in SUFFIXES or name.startswith(".") or \
                Path(name).stem.upper() in FOLDER_NOTES:
            continue  # a folder's README or LICENSE describes the corpus; it is no article
        problem = _name_problem(name)
        if problem is None:
            st, problem = _follow(f)
            if st is not None:
                problem = _not_regular(st.st_mode)
        if problem is None and f.is_symlink() and not follow_links:
            real = f.resolve()
            if not real.is_relative_to(root):
                problem = f"symbolic link to {real}, outside the sources folder: refused (ingest --follow-links to read it)"
        if problem:
            rejected.append(SourceError(f, problem))
        else:
            files.append(f)
    if not files and not rejected:
        raise SourceError(p, f"no articles here (expected *{' or *'.join(SUFFIXES)} files)")
    return files, rejected


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise SourceError(path, "empty file")
    encoding = _other_encoding(raw)
    if encoding:
        raise SourceError(path, f"text in {encoding}, not UTF-8: re-save it as UTF-8")
    if b"\x00" in raw:
        raise SourceError(path, "binary file (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        if _decodes_as_shift_jis(raw):
            hint = "; it decodes as Shift-JIS (Japanese): re-save it as UTF-8"
        else:
            try:
                raw.decode("cp1252")
                hint = "; it decodes as cp1252/Latin-1: re-save it as UTF-8"
            except UnicodeDecodeError:
                pass
        raise SourceError(path, f"not valid UTF-8 (byte {exc.start}){hint}") from None
    return fold_invisible(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))


# Zero-width characters, bidi marks, embeddings, overrides and isolates, the soft hyphen
# and the word joiner: invisible, they split a name ("Me\u200bta") or reorder what a
# reader sees. Removed at read time: the stored text is the folded text.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Fullwidth forms and mathematical letters and digits ("Ｍｅｔａ", "𝐌𝐞𝐭𝐚") look like
# letters of a name and are another string: folded to what they stand for (NFKC).
_LOOKALIKE = re.compile("[\uff01-\uff5e\U0001d400-\U0001d7ff]+")


def fold_invisible(text: str) -> str:
    """`text` without invisible characters, its look-alike letters folded (NFKC)."""
    text = _INVISIBLE.sub("", text)
    return _LOOKALIKE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32 (little-endian, with a byte order mark)"),
         (codecs.BOM_UTF32_BE, "UTF-32 (big-endian, with a byte order mark)"),
         (codecs.BOM_UTF16_LE, "UTF-16 (little-endian, with a byte order mark)"),
         (codecs.BOM_UTF16_BE, "UTF-16 (big-endian, with a byte order mark)"))


def _other_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 (by its byte order mark, or by the NUL bytes of mostly-ASCII
    text without one), else None."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    n = len(head) // 4 * 4
    if n >= 8 and b"\x00" in head:
        zeros = [sum(1 for i in range(k, n, 4) if head[i] == 0) / (n // 4) for k in range(4)]
        if zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
            return "UTF-32 (little-endian, without a byte order mark)"
        if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] < 0.5:
            return "UTF-32 (big-endian, without a byte order mark)"
        odd = sum(1 for i in range(1, n, 2) if head[i] == 0) / (n // 2)
        even = sum(1 for i in range(0, n, 2) if head[i] == 0) / (n // 2)
        if odd > 0.6 and even < 0.2:
            return "UTF-16 (little-endian, without a byte order mark)"
        if even > 0.6 and odd < 0.2:
            return "UTF-16 (big-endian, without a byte order mark)"
    return None


def _decodes_as_shift_jis(raw: bytes) -> bool:
    """Japanese in Shift-JIS: decodes, and holds kana (cp1252 text decoded as Shift-JIS
    gives kanji and half-width forms, hardly ever hiragana or katakana)."""
    try:
        text = raw.decode("shift_jis")
    except UnicodeDecodeError:
        return False
    return sum(1 for c in text if "\u3040" <= c <= "\u30ff") >= 2


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
        raise SourceError(path, f"front matter 'published': '{_shown(value)}' is not an ISO date (YYYY-MM-DD), "
                                "a date and time, YYYY-MM or YYYY") from None


def _in_range(path: Path, day: dt.date | None) -> dt.date | None:
    bounds = _limits()["published"]
    if day is not None and not bounds["min_year"] <= day.year <= bounds["max_year"]:
        raise SourceError(path, f"front matter 'published': {day.isoformat()}: published date out of range "
                                f"(years {bounds['min_year']} to {bounds['max_year']})")
    return day


def _front_matter(path: Path, text: str) -> dict:
    """The front matter's keys and values (every value text), or SourceError; the
    messages never hold an expanded value and are bounded."""
    most = _limits()["front_matter"]["max_bytes"]
    if len(text.encode("utf-8")) > most:
        raise SourceError(path, f"front matter over {most // 1024} kB: it holds a few 'key: value' lines")
    try:
        loaded = yaml.load(text, Loader=_Loader)
    except _FrontMatterError as exc:
        raise SourceError(path, str(exc)) from None
    except yaml.YAMLError as exc:
        plain = _plain_lines(text) if "mapping values are not allowed" in str(getattr(exc, "problem", "")) else None
        if plain is not None:  # "title: Belgique : le gouvernement tombe": French spacing, no YAML quotes
            return plain
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise SourceError(path, f"front matter is not valid YAML{where}: "
                                f"{_shown(getattr(exc, 'problem', None) or exc)}") from None
    except RecursionError:
        raise SourceError(path, "front matter nested too deep") from None
    if loaded in (None, ""):
        return {}
    if not isinstance(loaded, dict):
        raise SourceError(path, "front matter must be 'key: value' lines")
    return loaded


PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(.*?)\s*$")


def _plain_lines(text: str) -> dict | None:
    """Front matter that is not YAML only because a value holds ": " ("title: Belgique :
    le gouvernement tombe"): one 'key: value' per line, read as text. None if any line is
    something else or a key comes twice."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = PLAIN_LINE.match(line)
        if m is None or m.group(1) in out:
            return None
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[m.group(1)] = value
    return out or None


def parse_source(path: str | Path, raw: bytes) -> SourceDocument:
    path = Path(path)
    text = _decode(path, raw)
    meta: dict = {}
    body = text
    m = _FRONT.match(text)
    if m:
        loaded = _front_matter(path, m.group(1))
        unknown = sorted(_shown(k) for k in loaded if k not in KNOWN_KEYS)
        if unknown:
            most = _limits()["front_matter"]["max_unknown_keys_listed"]
            more = f" and {len(unknown) - most} more" if len(unknown) > most else ""
            raise SourceError(path, f"unknown front matter key(s) {', '.join(unknown[:most])}{more}; "
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
    published = _in_range(path, published)
    if meta.get("url"):
        try:
            urlsplit(str(meta["url"]).strip()).hostname
        except ValueError as exc:
            raise SourceError(path, f"front matter 'url': '{_shown(meta['url'])}' is not a URL ({exc})") from None
    title = str(meta["title"]).strip() if meta.get("title") else next(
        (line.strip() for line in body.splitlines() if line.strip()), None)
    if meta.get("title") and not _opens_with(body, title):
        # the headline the front matter gives, and the body never repeats, is read with the article:
        # it states the story's main fact, and its claims are headline claims
        body = title + "\n\n" + body.lstrip("\n")
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


TITLE_LINES = 4  # lines at the top of a body where a repeated headline is looked for


def _opens_with(body: str, title: str) -> bool:
    """Does one of the body's first lines repeat the title (a site's section label may come first)?"""
    key = " ".join(re.findall(r"\w+", title.casefold()))
    lines = [line for line in body.splitlines() if line.strip()][:TITLE_LINES]
    return any(" ".join(re.findall(r"\w+", line.casefold())) == key for line in lines)


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
    """Read a file within `max_bytes` and `parse(path, raw)` it (a text article by default).
    Only a regular file is read; it is opened without blocking (a FIFO never hangs)."""
    path = Path(path)
    problem = _name_problem(str(path))
    if problem:
        raise SourceError(path, problem)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise SourceError(path, _follow(path)[1] or "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "is a directory, not an article file") from None
    except PermissionError:
        raise SourceError(path, "permission denied") from None
    except OSError as exc:
        raise SourceError(path, _follow(path)[1] or f"cannot be read: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        problem = _not_regular(st.st_mode)
        if problem:
            raise SourceError(path, problem)
        if st.st_size > max_bytes:
            raise SourceError(path, f"file is {st.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                                    "for one article")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise SourceError(path, "is a directory, not an article file") from None
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(raw) > max_bytes:  # grew while we read it
        raise SourceError(path, f"file is over the {max_bytes / 1e6:.0f} MB limit for one article")
    return parse(path, raw)
