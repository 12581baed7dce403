"""Text from articles, file names and queries made safe to print on a terminal.

An article, an outlet or a file name may hold control characters: ESC[2J clears the
analyst's screen, ESC]0;...BEL retitles the terminal, a bidi override reverses what
follows, a newline forges a second "rejected" line. `line()` shows every such character
as a visible escape (\\x1b, \\n, \\u202e) so one value stays on one line and means
what it says; `block()` does the same but keeps newlines (and tabs) of a multi-line
text. JSON, HTML and Markdown outputs are not terminal output: they stay exact.
"""
from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# bidi embeddings, overrides and isolates, marks; line and paragraph separators
_FORMAT = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def _unsafe(ch: str) -> bool:
    o = ord(ch)
    if o < 0x20 or 0x7F <= o <= 0x9F:  # C0, DEL, C1
        return True
    if 0xD800 <= o <= 0xDFFF:  # a lone surrogate (surrogateescape'd file names)
        return True
    if ch in _FORMAT:
        return True
    return unicodedata.category(ch) in ("Zl", "Zp")


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:  # an undecodable byte of a file name: show the byte
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o <= 0xFF else f"\\u{o:04x}"


def line(value: object, limit: int | None = None) -> str:
    """`value` as one printable line: controls, newlines, bidi controls and lone
    surrogates escaped; cut to `limit` characters (with "…") when given."""
    return _safe(value, limit, keep="")


def block(value: object) -> str:
    """A multi-line text made safe like `line()`, its newlines and tabs kept."""
    return _safe(value, None, keep="\n\t")


def _safe(value: object, limit: int | None, keep: str) -> str:
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    if not any(_unsafe(c) for c in text):
        return text
    return "".join(_escape(c) if _unsafe(c) and c not in keep else c for c in text)


def markup(value: object, limit: int | None = None) -> str:
    """`line(value)` for a rich string that is rendered with markup (a progress bar):
    `[` escaped too, so a name like "[bold]x" is printed as it is."""
    from rich.markup import escape
    return escape(line(value, limit))
