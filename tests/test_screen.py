"""text/screen.py skips a pattern only when it cannot match: never a match lost."""
from __future__ import annotations

import re

from claimtrack.extract.knowledge import Knowledge
from claimtrack.extract.times.rules import table
from claimtrack.text.clean import _rules
from claimtrack.text.screen import Screened, screen

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
    assert screen(re.compile(r"\brach[eè]t\w*|\bacqui[sè]\w*", re.I)) == ("acqui", "rach")
    assert screen(re.compile(r"\bse ser(?:t|vent)\b|\bservi")) == ("se sert", "se servent", "servi")
    assert screen(re.compile(r"(?<!x)Foo|bar")) == ("Foo", "bar")
    assert screen(re.compile(r"\b(?:le\s+)?mardi")) == ("le", "mardi")
    assert screen(re.compile(r"a*b")) == ("a", "b")
    for p in (r"\b(?:x|y)?z", r"(a|)b", r"(?i:ab)c", r"(?:le)?\s*mardi", r"[ab]c", r"(?:foo|ba)+q"):
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
