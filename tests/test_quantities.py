import pytest
from text_to_num import alpha2digit

from claimtrack.extract.quantities import find_quantities

B = 1e9


@pytest.mark.parametrize("text, amount, lower, upper, unit", [
    ("La somme phare : $600 milliards réservés", 600 * B, 600 * B, 600 * B, "USD"),
    ("600 milliards de dollars", 600 * B, 600 * B, 600 * B, "USD"),
    ("plusieurs centaines de milliards de dollars", 599.5 * B, 200 * B, 999 * B, "USD"),
    ("plus de 100 millions de dollars", 100e6, 100e6, None, "USD"),
    ("moins de 3 GW", 3, None, 3, "GW"),
    ("environ 6 millions de dollars", 6e6, 5.7e6, 6.3e6, "USD"),  # "about": 5% either way (data/quantities.yaml approx_spread)
    ("son cluster Hyperion de 5 GW", 5, 5, 5, "GW"),
    ("17 % des téléchargements", 17, 17, 17, "percent"),
    ("15,8 % pour ceux", 15.8, 15.8, 15.8, "percent"),
    ("un contexte de 128 000 jetons", 128000, 128000, 128000, "tokens"),
    ("six millions de dollars", 6e6, 6e6, 6e6, "USD"),
    ("13 milliards de dollars de revenus", 13 * B, 13 * B, 13 * B, "USD"),
    ("€2,5 milliards", 2.5 * B, 2.5 * B, 2.5 * B, "EUR"),
])
def test_french_quantities(text, amount, lower, upper, unit):
    (q,) = [f.quantity for f in find_quantities(text, "fr")]
    assert q.amount == pytest.approx(amount)
    assert (q.lower is None and lower is None) or q.lower == pytest.approx(lower)
    assert (q.upper is None and upper is None) or q.upper == pytest.approx(upper)
    assert q.unit == unit


@pytest.mark.parametrize("text", ["en février 2023", "Llama 4 et GPT-5", "les trois clés", "En 2023 et 2024"])
def test_not_quantities(text):
    assert find_quantities(text, "fr") == []


@pytest.mark.parametrize("text, lang, found", [
    ("a rate path consistent with one further cut", "en", []),  # "ten" inside "consistent" is no number
    ("Bonnet, often seen at the Tentative talks", "en", []),
    ("the quake killed ten people", "en", ["ten people"]),
    ("cinquante-deux salariés", "fr", ["cinquante-deux salariés"]),  # the whole compound, not "deux salariés"
])
def test_a_number_word_is_a_whole_word(text, lang, found):
    assert [f.quantity.text for f in find_quantities(text, lang)] == found


def test_text2num_breaks_on_scale_words_so_scales_are_ours():
    # alpha2digit reads "600 milliards" as two numbers; we must not rely on it for scales
    assert alpha2digit("600 milliards de dollars", "fr") == "600 1000000000 de dollars"
    (q,) = find_quantities("600 milliards de dollars", "fr")
    assert q.quantity.amount == 600e9


@pytest.mark.parametrize("text, amount, unit", [
    ("$300 billion over three years", 300e9, "USD"), ("about 3 GW of compute", 3, "GW"),
    ("more than 100 million dollars", 100e6, "USD"),
])
def test_english_quantities(text, amount, unit):
    q = find_quantities(text, "en")[0].quantity
    assert q.amount == pytest.approx(amount) and q.unit == unit


def test_ranges_overlap_for_compatibility():
    (a,) = [f.quantity for f in find_quantities("$600 milliards", "fr")]
    (b,) = [f.quantity for f in find_quantities("plusieurs centaines de milliards de dollars", "fr")]
    (c,) = [f.quantity for f in find_quantities("des dizaines de milliards de dollars", "fr")]
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(c)


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("Meta plans to spend hundreds of billions of dollars on AI", "en", 200e9, 999e9),
    ("tens of billions of dollars", "en", 20e9, 99e9),
    ("plusieurs centaines de milliards de dollars", "fr", 200e9, 999e9),
])
def test_vague_counts_are_read_before_number_words(text, lang, lower, upper):
    """"hundreds of billions" is a range, not the number word "hundred" left without a unit."""
    (q,) = find_quantities(text, lang)
    assert (q.quantity.lower, q.quantity.upper, q.quantity.unit) == (lower, upper, "USD")


@pytest.mark.parametrize("text, lang, lower, upper, unit", [
    ("les dépenses atteindraient entre 66 et 72 milliards de dollars en 2025", "fr", 66e9, 72e9, "USD"),
    ("de 66 à 72 milliards de dollars", "fr", 66e9, 72e9, "USD"),
    ("between $66 billion and $72 billion", "en", 66e9, 72e9, "USD"),
    ("capex of $66-72 billion this year", "en", 66e9, 72e9, "USD"),
])
def test_two_amounts_joined_are_one_range(text, lang, lower, upper, unit):
    (q,) = find_quantities(text, lang)
    assert (q.quantity.lower, q.quantity.upper, q.quantity.unit) == (lower, upper, unit)


def test_a_percentage_then_an_amount_is_no_range():
    qs = find_quantities("en hausse de 22 % à 47,5 milliards de dollars", "fr")
    assert [(q.quantity.lower, q.quantity.unit) for q in qs] == [(22, "percent"), (47.5e9, "USD")]


@pytest.mark.parametrize("text, lang, unit, amount", [
    ("Orbix will cut about 10,000 jobs", "en", "jobs", 10000.0),
    ("Acme va supprimer 1 200 postes", "fr", "jobs", 1200.0),
    ("to hire 2,000 workers", "en", "employees", 2000.0),
    ("les 180 000 personnes concernées", "fr", "people", 180000.0),
])
def test_counts_of_jobs_workers_and_people_are_quantities(text, lang, unit, amount):
    from claimtrack.extract.quantities import find_quantities
    (q,) = find_quantities(text, lang)
    assert (q.quantity.unit, q.quantity.amount) == (unit, amount)


@pytest.mark.parametrize("text, amount, lower, upper", [
    ("son objectif pour 2026 à 55 000 unités", 55000, 55000, 55000),  # a year, then the amount: no range
    ("de 2 à 400 millions d'euros", 400e6, 400e6, 400e6),  # bounds 200x apart: not one stated range
    ("entre 66 et 72 milliards de dollars", 69 * B, 66 * B, 72 * B),
])
def test_a_year_or_a_far_number_before_an_amount_is_no_lower_bound(text, amount, lower, upper):
    q = find_quantities(text, "fr")[-1].quantity
    assert (q.amount, q.lower, q.upper) == pytest.approx((amount, lower, upper))


@pytest.mark.parametrize("text, lang, units", [
    ("En janvier 2024, elle avait obtenu 45 millions d'euros pour une valorisation d'environ 300 millions.", "fr",
     ["EUR", "EUR"]),
    ("It raised $45m at a valuation of about 300m, with 12 staff.", "en", ["USD", "USD", "employees"]),
    ("It sold 300 million phones.", "en", [None]),  # no currency before: none lent
])
def test_a_scaled_amount_after_one_in_a_currency_is_in_it(text, lang, units):
    from claimtrack.extract.quantities import find_quantities
    assert [f.quantity.unit for f in find_quantities(text, lang)] == units


@pytest.mark.parametrize("text, lang", [
    ("Lumora delays Atlas 2 to Q2 2027", "en"),  # a quarter and its year, not 2,202
    ("Avocado is now pencilled in for Q1 2026", "en"),
    ("la sortie est prévue au T3 2026", "fr"),
    ("deliveries resume in H2 2026", "en"),
])
def test_the_digits_of_a_period_are_no_amount(text, lang):
    assert [f.quantity.text for f in find_quantities(text, lang)] == []


@pytest.mark.parametrize("text, lang, amount", [
    ("48 000 Elya rappelées", "fr", 48000),
    ("a round of 1,200 euros in H2 2026", "en", 1200),
    ("51,000 of its SUVs", "en", 51000),
])
def test_thousands_next_to_a_period_still_count(text, lang, amount):
    assert [f.quantity.amount for f in find_quantities(text, lang)] == [amount]


@pytest.mark.parametrize("text, lang, amount, unit", [
    ("About 120 tonnes of heavy fuel oil have escaped", "en", 120, "tonnes"),
    ("près de 350 tonnes de fioul lourd", "fr", 350, "tonnes"),
    ("la pêche interdite sur 40 km de côte", "fr", 40, "km"),
    ("une nappe de dix-huit kilomètres de long", "fr", 18, "km"),
    ("about 600 metres west of the channel", "en", 600, "metres"),
    ("2 000 hectares ont brûlé", "fr", 2000, "hectares"),
    ("The ship was making about 14 knots", "en", 14, "knots"),
    ("a spill of 5,000 barrels", "en", 5000, "barrels"),
])
def test_measures_of_news_in_general_have_their_unit(text, lang, amount, unit):
    (q,) = [f.quantity for f in find_quantities(text, lang)]
    assert (q.amount, q.unit) == (pytest.approx(amount), unit)
