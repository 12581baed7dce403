"""The article's `published` date: YYYY, YYYY-MM, a date or a datetime, with its
precision kept, and what relative times do with a coarse one."""
import datetime as dt

import pytest

from claimtrack.extract.times import find_times
from claimtrack.sources.reader import SourceError, parse_source

D = dt.date


@pytest.mark.parametrize("value, date, precision", [
    ("2025-07", D(2025, 7, 1), "month"),
    ("2025", D(2025, 1, 1), "year"),
    ("2025-07-15", D(2025, 7, 15), "day"),
    ("2025-07-15T10:30:00+02:00", D(2025, 7, 15), "day"),
    ("2025-07-15 10:30", D(2025, 7, 15), "day"),
])
def test_published_keeps_its_precision(tmp_path, value, date, precision):
    doc = parse_source(tmp_path / "a.txt", f"---\npublished: {value}\n---\nMeta a lancé Llama en avril.".encode())
    assert (doc.published, doc.published_precision) == (date, precision)


@pytest.mark.parametrize("value", ["2025-13", "2025-7", "juillet 2025", "25-07"])
def test_a_bad_published_value_names_the_file_and_the_formats(tmp_path, value):
    with pytest.raises(SourceError) as err:
        parse_source(tmp_path / "a.txt", f"---\npublished: {value}\n---\nBody.".encode())
    assert "a.txt" in str(err.value) and "YYYY-MM" in str(err.value)


def test_a_month_precision_publication_never_invents_a_day():
    pub = {"published": D(2025, 7, 1), "published_precision": "month"}
    for text, lang in [("Meta a annoncé hier son plan.", "fr"), ("Meta a confirmé mardi son plan.", "fr"),
                       ("Il y a une semaine, Meta a changé de cap.", "fr"), ("Meta said it yesterday.", "en"),
                       ("La séance a repris à 15 h.", "fr"), ("Le lendemain, Meta a démenti.", "fr")]:
        assert find_times(text, lang, pub["published"], published_precision="month") == [], text
    # what only needs the month still resolves
    assert [f.time.iso for f in find_times("Meta a lancé Llama le mois dernier.", "fr", **pub)] == ["2025-06"]
    assert [f.time.iso for f in find_times("Meta a lancé Llama en avril.", "fr", **pub)] == ["2025-04"]
    assert [f.time.iso for f in find_times("Meta lancera Avocado en mars.", "fr", **pub)] == ["2026-03"]
    assert [f.time.iso for f in find_times("Meta a lancé Llama l'année dernière.", "fr", **pub)] == ["2024"]


def test_a_year_precision_publication_places_months_in_its_year():
    pub = {"published": D(2025, 1, 1), "published_precision": "year"}
    assert [f.time.iso for f in find_times("Meta a lancé Llama en avril.", "fr", **pub)] == ["2025-04"]
    assert find_times("Meta a lancé Llama le mois dernier.", "fr", **pub) == []
    assert [f.time.iso for f in find_times("Meta a lancé Llama en avril 2023.", "fr", **pub)] == ["2023-04"]
