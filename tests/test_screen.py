"""text/screen.py skips a pattern only when it cannot match: never a match lost."""
from __future__ import annotations

import re

from claimtrack.extract.knowledge import Knowledge
from claimtrack.extract.times.rules import table
from claimtrack.text.clean import _rules
from claimtrack.text.screen import Screen, Screened, screen

from tests.conftest import SEEDS


def _patterns() -> list[re.Pattern]:
    k = Knowledge.load()
    pats = [t[0] for r in k.relations.values() for t in r.triggers]
    pats += [r.pattern for lang in ("fr", "en") for r in table(lang)]
    return pats + [p for group in _rules()[:3] for p in group]


def _texts() -> list[str]:
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n", f.read_text(encoding="utf-8")) if s.strip()]
    return out + [t.upper() for t in out] + [t.title() for t in out]


def test_literal_starts():
    assert screen(re.compile(r"\brach[eè]t\w*|\bacqui[sè]\w*", re.I)) == ("acquis", "acquiè", "rachet", "rachèt")
    assert screen(re.compile(r"\bse ser(?:t|vent)\b|\bservi")) == ("se sert", "se servent", "servi")
    assert screen(re.compile(r"(?<!x)Foo|bar")) == ("Foo", "bar")
    # a few literal strings, then what follows them: "(?:le|du) rappel" needs "le rappel" or "du rappel"
    assert screen(re.compile(r"\b(?:le|du) rappel\b")) == ("du rappel", "le rappel")
    assert screen(re.compile(r"[ab]c")) == ("ac", "bc")
    assert screen(re.compile(r"(a|)b")) == ("ab", "b")
    assert screen(re.compile(r"(?:foo|ba)+q")) == ("ba", "foo")
    assert screen(re.compile(r"ab\b(?=c)d")) == ("abd",)  # a test consumes nothing
    many = re.compile("(?:" + "|".join(f"w{i:02d}" for i in range(40)) + ")(?:x|y)")
    assert len(screen(many)) == 40  # past MAX_STARTS strings, the shorter ones


def test_literal_parts_every_match_has():
    """Not only at the start: the rarer of a match's start and a part every match has."""
    assert screen(re.compile(r"\b(?:le\s+)?mardi")) == ("mardi",)
    assert screen(re.compile(r"a*b")) == ("b",)
    assert screen(re.compile(r"\w+ rappel")) == (" rappel",)
    assert screen(re.compile(r"(?P<d>\d+) (?P<m>janvier|février)")) == (" février", " janvier")
    assert screen(re.compile(r"[^a]b")) == ("b",)
    assert screen(re.compile(r"(?i:ab)c")) == ("c",)  # (not what its own flags read)
    for p in (r"\d+\s+\w+", r"(?i:ab)\w", r"(?:a|\w)+", r"(?:le)?\s*"):
        assert screen(re.compile(p)) is None, p


def test_never_skips_a_pattern_that_matches():
    pats = _patterns()
    assert sum(screen(p) is not None for p in pats) > len(pats) // 2
    for text in _texts():
        screened = Screened(text)
        for p in pats:
            if p.search(text):
                assert screened.may_match(p), (p.pattern, text)


def test_case_folding_beyond_lower_is_not_screened():
    rx = re.compile(r"\bsociété\b", re.I)
    for text in ("SOCIÉTÉ", "ſociété", "Société"):  # "ſ" matches "s" under IGNORECASE
        assert bool(rx.search(text)) <= Screened(text).may_match(rx)
    assert Screened("ſociété").may_match(rx)
    assert not Screened("entreprise").may_match(rx)
    i = re.compile(r"\bil\b", re.I)
    assert i.search("ıl") and Screened("ıl").may_match(i)
    assert i.search("İl") and Screened("İl").may_match(i)


def test_screen_of_many_patterns_is_the_screen_of_each():
    pats = _patterns()
    many = Screen(pats)
    for text in _texts() + ["ſociété rachète", "İl acquiert", "", "ab"]:
        screened = Screened(text)
        possible = many.possible(text)
        assert possible == {i for i, p in enumerate(pats) if screened.may_match(p)}, text
        assert all(i in possible for i, p in enumerate(pats) if p.search(text)), text
