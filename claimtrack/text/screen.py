"""A cheap test that a compiled pattern cannot match a text, to skip running it.

A pattern whose every match starts with one of a few literal strings (after zero-width
tests such as ``\\b`` or a look-behind) cannot match a text that contains none of them:
``\\brach[eè]t\\w*|\\bacqui[sè]\\w*`` needs "rach" or "acqui". `screen(rx)` finds those
strings once (None when a match may start otherwise); `Screened(text)` tests them with a
substring search, far cheaper than a scan by the regex engine. It only ever skips a
pattern that has no match: the matches of those that run are the same.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _EXTRA_CASES = {}

# Characters IGNORECASE matches to another beyond str.lower() ("ſ" for "s", "ı" for "i",
# "µ" for "μ"), and the one whose str.lower() is two characters: a text with one of them is
# not screened, nor a pattern that starts with one (no pair of them is ASCII on both sides).
_SPECIAL = frozenset(chr(c) for k, cs in _EXTRA_CASES.items() for c in (k, *cs) if c > 127) | {"\u0130"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_IGNORECASE, _LOCALE = int(re.IGNORECASE), int(re.LOCALE)  # ints: an enum's `&` runs Python code
# by id (hashing a Pattern hashes its code): (pattern, its literal starts, it ignores case)
_cache: dict[int, tuple[re.Pattern, tuple[str, ...] | None, bool]] = {}


def _firsts(items) -> set[str] | None:
    """Literal strings one of which every match of this sequence starts with, or None."""
    prefix = ""
    items = list(items)
    for k, (op, arg) in enumerate(items):
        if op in _ZERO_WIDTH and not prefix:
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] == 0 and not prefix:
            # "(?:le\\s+)?mardi": the match starts with the optional part or with what follows it
            inner, after = _firsts(arg[2]), _firsts(items[k + 1:])
            return inner | after if inner and after else None
        if op is C.LITERAL:
            prefix += chr(arg)
            continue
        rest: set[str] | None = None
        if op is C.SUBPATTERN and not (arg[1] or arg[2]):  # a group without flags of its own
            rest = _firsts(arg[3])
        elif op is C.BRANCH:
            rest = set()
            for alt in arg[1]:
                got = _firsts(alt)
                if not got:
                    rest = None
                    break
                rest |= got
        if rest:  # what follows the literal start ("\\bse ser(?:t|vent)" -> "se ser")
            return {prefix + r for r in rest}
        break
    return {prefix} if prefix else None


def screen(rx: re.Pattern) -> tuple[str, ...] | None:
    """The literal starts of every match of `rx` (lower case if it ignores case), or None."""
    hit = _cache.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    got = None
    if isinstance(rx.pattern, str) and not rx.flags & _LOCALE:
        try:
            firsts = _firsts(_parser.parse(rx.pattern, rx.flags))
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: never skipped
            firsts = None
        if firsts:
            if rx.flags & _IGNORECASE:
                low = {f.lower() for f in firsts}
                if not any(len(ch.lower()) != 1 or ch in _SPECIAL or ch.lower() in _SPECIAL
                           for f in firsts for ch in f):
                    got = tuple(sorted(low))
            else:
                got = tuple(sorted(firsts))
    _cache[id(rx)] = (rx, got, bool(rx.flags & _IGNORECASE))  # the pattern is kept: its id is not reused
    return got


class Screened:
    """One text, with its lower-case copy, for `may_match`."""

    __slots__ = ("text", "low")

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        # positions of a character and its lower case must agree, and no special case
        self.low = low if len(low) == len(text) and _SPECIAL.isdisjoint(low) and _SPECIAL.isdisjoint(text) \
            else None

    def may_match(self, rx: re.Pattern) -> bool:
        hit = _cache.get(id(rx))
        if hit is None or hit[0] is not rx:
            screen(rx)
            hit = _cache[id(rx)]
        if hit[1] is None:
            return True
        text = self.low if hit[2] else self.text
        if text is None:
            return True
        for first in hit[1]:
            if first in text:
                return True
        return False
