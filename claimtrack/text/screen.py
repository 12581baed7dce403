"""A cheap test that a compiled pattern cannot match a text, to skip running it.

A pattern whose every match contains one of a few literal strings (its literal start
after zero-width tests such as ``\\b`` or a look-behind, or a part every match has)
cannot match a text that contains none of them: ``\\brach[eè]t\\w*|\\bacqui[sè]\\w*`` needs
"rachet", "rachèt", "acquis" or "acquiè", ``\\d+ (?:janvier|février|...)`` a month.
`screen(rx)` finds those strings once (None when there are none); `Screened(text)` tests
them with a substring search, far cheaper than a scan by the regex engine, and
`Screen(patterns).possible(text)` tests those of many patterns at once. It only ever
skips a pattern that has no match: the matches of those that run are the same.
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


MAX_STARTS = 64  # literal starts kept for one pattern: past that, the shorter ones


def _exact(items) -> set[str] | None:
    """The strings this sequence can match (a superset), when it matches only a few literal
    strings ("(?:le|du) rappel", "[eè]t"); None otherwise."""
    out = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # (consumes nothing)
        if op is C.LITERAL:
            got: set[str] | None = {chr(arg)}
        elif op is C.IN and all(o is C.LITERAL for o, _ in arg):
            got = {chr(a) for _, a in arg}
        elif op is C.SUBPATTERN and not (arg[1] or arg[2]):
            got = _exact(arg[3])
        elif op is C.BRANCH:
            got = set()
            for alt in arg[1]:
                e = _exact(alt)
                if e is None:
                    return None
                got |= e
        else:
            return None
        if got is None or len(out) * len(got) > MAX_STARTS:
            return None
        out = {a + b for a in out for b in got}
    return out


def _inside(op, arg, find) -> set[str] | None:
    """What `find` (`_firsts` or `_needles`) reads in a group without flags of its own, in every
    branch of an alternation (None if one branch has nothing), or in a part repeated at least once."""
    if op is C.SUBPATTERN and not (arg[1] or arg[2]):
        return find(arg[3])
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in arg[1]:
            got = find(alt)
            if not got:
                return None
            found |= got
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
        return find(arg[2])
    return None


def _firsts(items) -> set[str] | None:
    """Literal strings one of which every match of this sequence starts with, or None."""
    starts = {""}
    items = list(items)
    for k, (op, arg) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # a test, not a character: the match goes on after it
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] == 0:
            if starts == {""}:
                # "(?:le\\s+)?mardi": the match starts with the optional part or with what follows it
                inner, after = _firsts(arg[2]), _firsts(items[k + 1:])
                return inner | after if inner and after else None
            break
        exact = _exact([(op, arg)])  # "(?:le|du) rappel": each of its strings, then what follows
        if exact is not None and len(starts) * len(exact) <= MAX_STARTS:
            starts = {s + e for s in starts for e in exact}
            continue
        rest = _inside(op, arg, _firsts)  # (a repeat here is at least once: it starts as its content does)
        if rest and len(starts) * len(rest) <= MAX_STARTS:  # "\\bse ser(?:t|vent)" -> "se ser"
            starts = {s + r for s in starts for r in rest}
        break
    return starts if "" not in starts else None


def _rank(needles: set[str]) -> tuple[int, int]:
    """The rarer in a text, the better: the longer the shortest, then the fewer."""
    return min(map(len, needles)), -len(needles)


def _needles(items) -> set[str] | None:
    """Literal strings one of which every match of this sequence contains, or None: its
    literal starts, or those of a part every match has ("\\w+ rappel" needs " rappel",
    "(?P<d>\\d+) (?P<m>janvier|...)" one of the months), whichever is rarer."""
    items = list(items)
    best = _firsts(items)

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and "" not in found and len(found) <= MAX_STARTS and (best is None or _rank(found) > _rank(best)):
            best = found
    run = {""}  # the literal strings read since the last part that is not one
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact([(op, arg)])
        if exact is not None:
            if len(run) * len(exact) <= MAX_STARTS:
                run = {r + e for r in run for e in exact}
            else:
                consider(run)
                run = exact
            continue
        consider(run)
        run = {""}
        consider(_inside(op, arg, _needles))
    consider(run)
    return best


def screen(rx: re.Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `rx` contains (lower case if it ignores
    case), or None."""
    hit = _cache.get(id(rx))
    if hit is not None and hit[0] is rx:
        return hit[1]
    got = None
    if isinstance(rx.pattern, str) and not rx.flags & _LOCALE:
        try:
            firsts = _needles(_parser.parse(rx.pattern, rx.flags))
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


GRAM = 3  # characters of a literal start an index of many patterns files it under


class Screen:
    """Many patterns screened at once: `possible(text)` is the set of the indices of those
    `Screened(text).may_match` would let run, found through an index of their literal
    starts by first characters rather than by a search per pattern and start."""

    __slots__ = ("always", "short", "by_gram", "grams")

    def __init__(self, patterns):
        self.always: set[int] = set()  # never screened
        self.short: list[tuple[int, str, bool]] = []  # a start shorter than GRAM: searched as is
        self.by_gram: dict[tuple[bool, str], list[tuple[int, str]]] = {}  # (ignores case, gram) -> (index, start)
        for i, rx in enumerate(patterns):
            firsts = screen(rx)
            if firsts is None:
                self.always.add(i)
                continue
            icase = _cache[id(rx)][2]
            for first in firsts:
                if len(first) < GRAM:
                    self.short.append((i, first, icase))
                else:
                    self.by_gram.setdefault((icase, first[:GRAM]), []).append((i, first))
        self.grams = {g for _, g in self.by_gram}

    def possible(self, text: str) -> set[int]:
        s = Screened(text)
        out = set(self.always)
        for i, first, icase in self.short:
            t = s.low if icase else s.text
            if i not in out and (t is None or first in t):
                out.add(i)
        n = len(text) - GRAM + 1
        for icase in (False, True):
            t = s.low if icase else s.text
            if t is None:  # no screening of what ignores case in this text
                out.update(i for (ic, _), hits in self.by_gram.items() if ic for i, _ in hits)
                continue
            for g in {t[k:k + GRAM] for k in range(n)} & self.grams:
                for i, first in self.by_gram.get((icase, g), ()):
                    if i not in out and first in t:
                        out.add(i)
        return out
