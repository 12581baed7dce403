import datetime as dt

import pytest

from claimtrack.extract.times import find_times

D = dt.date


@pytest.mark.parametrize("text, published, iso, precision", [
    ("Lors du lancement de la série phare Llama en février 2023", D(2025, 12, 15), "2023-02", "month"),
    ("Lancé en avril, Llama 4 est", D(2025, 12, 15), "2025-04", "month"),
    ("Lancé en avril, Llama 4 est", D(2025, 3, 1), "2024-04", "month"),
    ("prévu pour être lancé au printemps 2026", D(2026, 1, 8), "2026-03/2026-05", "season"),
    ("Dans une podcast l'été dernier, il a", D(2025, 7, 14), "2024-06/2024-08", "season"),
    ("l'été dernier", D(2025, 12, 15), "2025-06/2025-08", "season"),
    ("une étude publiée le mois dernier par", D(2025, 12, 15), "2025-11", "month"),
    ("le mois dernier", D(2026, 1, 8), "2025-12", "month"),
    ("au cours des trois prochaines années", D(2026, 1, 8), "2026-01/2028-12", "duration"),
    ("En novembre dernier, le PDG", D(2025, 12, 15), "2025-11", "month"),
    ("Selon un rapport de septembre", D(2025, 12, 15), "2025-09", "month"),
    ("début 2025", D(2025, 12, 15), "2025-01/2025-03", "interval"),
    ("estimée à 3 GW prévue pour 2026", D(2025, 7, 15), "2026", "year"),
    ("Il y a deux ans, la situation", D(2025, 12, 15), "2023", "year"),
    ("le 3 mars 2025", None, "2025-03-03", "day"),
    ("l'année dernière", D(2025, 12, 15), "2024", "year"),
    ("lancera en juin", D(2025, 12, 15), "2026-06", "month"),  # a future month is the next one
    ("Il est sous contrat jusqu’en juin 2028.", D(2026, 7, 1), "2028-06", "month"),  # the month of the year after it
    ("a signé un contrat de cinq ans, soit jusqu'en juin 2031", D(2026, 7, 8), "2031-06", "month"),
    ("Meta a annoncé hier que", D(2025, 12, 15), "2025-12-14", "day"),
    ("Aujourd'hui, Meta publie", D(2025, 12, 15), "2025-12-15", "day"),
    ("Meta a confirmé jeudi que", D(2025, 12, 15), "2025-12-11", "day"),  # 2025-12-15 is a Monday
    # a bare month: the tense right before it decides, else the month nearest publication
    ("OpenAI a démenti tout lancement de GPT-5 en août", D(2025, 7, 22), "2025-08", "month"),
    ("OpenAI prévoyait de lancer GPT-5 en août", D(2025, 7, 22), "2025-08", "month"),
    ("Meta a démenti le lancement d'Avocado en août", D(2025, 12, 15), "2025-08", "month"),
    ("Meta a démenti le lancement d'Avocado en février", D(2025, 12, 15), "2026-02", "month"),
    ("Meta a lancé Llama 4 en avril", D(2025, 3, 1), "2024-04", "month"),
    ("Un rapport publié en janvier", D(2025, 12, 15), "2025-01", "month"),
    ("Un rapport attendu en janvier", D(2025, 12, 15), "2026-01", "month"),
    # quarters: with a year, or the last one begun by publication
    ("Le chiffre d'affaires du deuxième trimestre s'est élevé à", D(2025, 8, 1), "2025-04/2025-06", "interval"),
    ("au T2 2025", D(2025, 12, 15), "2025-04/2025-06", "interval"),
    ("au quatrième trimestre", D(2025, 8, 1), "2024-10/2024-12", "interval"),
])
def test_french_times(text, published, iso, precision):
    found = find_times(text, "fr", published)
    assert found, text
    assert (found[0].time.iso, found[0].time.precision) == (iso, precision)


def test_same_year_uses_context():
    (t,) = find_times("En juillet de la même année, Zuckerberg déclarait", "fr", D(2025, 12, 15), context_year=2023)
    assert t.time.iso == "2023-07"


def test_relative_times_need_a_publication_date():
    assert find_times("en avril", "fr", None) == []
    assert find_times("le mois dernier", "fr", None) == []


@pytest.mark.parametrize("text, iso", [
    ("In April 2025 Meta said", "2025-04"), ("in the spring of 2026", "2026-03/2026-05"),
    ("last month", "2025-11"), ("on March 3, 2025", "2025-03-03"),
    ("Meta said on Tuesday", "2025-11-25"), ("announced yesterday", "2025-11-30"),
])
def test_english_times(text, iso):
    assert find_times(text, "en", D(2025, 12, 1))[0].time.iso == iso


def test_english_may_is_not_a_month():
    assert find_times("Meta may launch it", "en", D(2025, 12, 1)) == []


@pytest.mark.parametrize("text, published, iso", [
    ("OpenAI plans to launch GPT-5 in August, according to The Verge.", D(2025, 7, 19), "2025-08"),
    ("OpenAI launched GPT-4o in May.", D(2025, 3, 1), "2024-05"),
    ("Sales have doubled since March.", D(2025, 2, 1), "2024-03"),
    ("The company denied any launch in August.", D(2025, 7, 19), "2025-08"),
    ("Revenue in the third quarter of 2025 rose 26%.", D(2025, 10, 30), "2025-07/2025-09"),
    ("Q4 revenue", D(2025, 8, 1), "2024-10/2024-12"),
])
def test_english_bare_months(text, published, iso):
    (t,) = find_times(text, "en", published)
    assert t.time.iso == iso


@pytest.mark.parametrize("text, lang, iso", [
    ("Avocado is slated for release next spring.", "en", "2026-03/2026-05"),
    ("Avocado sortira au printemps prochain.", "fr", "2026-03/2026-05"),
    ("The deal closes next March.", "en", "2026-03"),
])
def test_next_counts_from_publication_whatever_year_the_text_is_about(text, lang, iso):
    import datetime as dt
    from claimtrack.extract.times import find_times
    found = find_times(text, lang, dt.date(2025, 12, 10), 2025)  # the article talks about 2025
    assert [t.time.iso for t in found] == [iso]


def test_the_low_end_of_a_year_s_forecast_is_that_year_not_its_end():
    import datetime as dt
    from claimtrack.extract.times import find_times
    found = find_times("Meta raises low end of 2025 capex forecast", "en", dt.date(2025, 10, 30))
    assert [t.time.iso for t in found] == ["2025"]


@pytest.mark.parametrize("text, isos", [
    ("It is the second recall in two years.", []),
    ("Shares hit their lowest level in five years.", []),
    ("Meta will launch it in two years.", ["2027"]),
])
def test_in_n_years_after_a_rank_is_a_span_back_not_a_date_ahead(text, isos):
    import datetime as dt
    from claimtrack.extract.times import find_times
    assert [t.time.iso for t in find_times(text, "en", dt.date(2025, 10, 30))] == isos


@pytest.mark.parametrize("text, lang, iso", [
    ("au cours de l’année écoulée", "fr", "2024-12/2025-12"),
    ("over the past year", "en", "2024-12/2025-12"),
    ("l'an dernier", "fr", "2024"),
    ("last year", "en", "2024"),
])
def test_the_past_year_is_the_twelve_months_to_publication_last_year_the_calendar_one(text, lang, iso):
    import datetime as dt
    from claimtrack.extract.times import find_times
    assert [t.time.iso for t in find_times(text, lang, dt.date(2025, 12, 10))] == [iso]


@pytest.mark.parametrize("text, lang, iso", [
    ("The carrier has now cancelled 340 flights, through October 18.", "en", "2026-10-18"),
    ("Aeroval a annulé 340 vols jusqu’au 18 octobre.", "fr", "2026-10-18"),
    ("Flights were cancelled on October 18.", "en", "2025-10-18"),  # no span's end: the tense says past
])
def test_the_end_of_a_span_is_the_date_nearest_publication_whatever_the_tense(text, lang, iso):
    found = find_times(text, lang, D(2026, 10, 12))
    assert found[0].time.iso == iso


@pytest.mark.parametrize("text, lang, iso", [
    ("Le club a annoncé mardi le limogeage, huit jours après que celui-ci a critiqué la vente.", "fr", ["2026-07-14"]),
    ("Talvera fired him on Tuesday, eight days after he criticised the sale.", "en", ["2026-07-14"]),
    ("Il a signé mardi. Huit jours après, il a été limogé.", "fr", ["2026-07-14", "2026-07-22"]),
])
def test_days_after_another_event_are_no_shift_from_the_last_date(text, lang, iso):
    assert [t.time.iso for t in find_times(text, lang, D(2026, 7, 15))] == iso
