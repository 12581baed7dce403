"""One test per kind of time expression of issue 10, in French and English, on
sentences written for these tests. Dates are worked out by hand from the calendar:
1999-06-09 and 2025-06-11 are Wednesdays, 2021-06-05 a Saturday, 2026-03-13 a Friday."""
import datetime as dt

import pytest

from claimtrack.extract.times import find_times
from claimtrack.models import TimeValue

D = dt.date
WED_1999 = D(1999, 6, 9)
WED_2025 = D(2025, 6, 11)


def only(text, lang, published, **kw):
    """The one time found in `text`, as (text, iso, precision)."""
    found = find_times(text, lang, published, **kw)
    assert len(found) == 1, [f.time for f in found]
    t = found[0]
    assert text[t.start:t.end] == t.time.text
    return t.time.text, t.time.iso, t.time.precision


def isos(text, lang, published, **kw):
    return [f.time.iso for f in find_times(text, lang, published, **kw)]


# --- day and month without a year -------------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Le conseil se réunira le 30 juin pour trancher.", "fr", WED_1999, "1999-06-30"),
    ("Le texte a été voté le 2 juin à l'Assemblée.", "fr", WED_1999, "1999-06-02"),
    ("Le texte a été voté le 30 juin à l'Assemblée.", "fr", WED_1999, "1998-06-30"),  # past: the last 30 June
    ("Le comité se réunira le 2 juin.", "fr", WED_1999, "2000-06-02"),  # future: the next 2 June
    ("Signé le 1er juin, l'accord entre en vigueur.", "fr", WED_1999, "1999-06-01"),
    ("The council will meet on June 30 to decide.", "en", WED_2025, "2025-06-30"),
    ("The bill was passed on 2 June by the House.", "en", WED_2025, "2025-06-02"),
    ("The deal was signed on June 30th.", "en", WED_2025, "2024-06-30"),
])
def test_day_and_month_without_a_year(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


# --- weekday with day and month ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Le match s'est joué le samedi 5 juin au Stade de France.", "fr", WED_1999, "1999-06-05"),
    ("Les négociations reprendront mardi 1er juin.", "fr", D(1999, 5, 28), "1999-06-01"),
    # 5 June is a Saturday in 2021, not in 2022: the weekday picks the year
    ("La fête a eu lieu le samedi 5 juin.", "fr", D(2022, 3, 1), "2021-06-05"),
    ("The match was played on Saturday, June 5.", "en", D(2021, 6, 9), "2021-06-05"),
    ("The talks will resume on Tuesday 1 June.", "en", D(2021, 5, 28), "2021-06-01"),
])
def test_weekday_with_day_and_month(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


# --- a bare weekday: the tense decides ---------------------------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("La réunion aura lieu jeudi à Bruxelles.", "fr", "1999-06-10"),
    ("Le ministre a confirmé jeudi son départ.", "fr", "1999-06-03"),
    ("Le ministre confirme mardi son départ.", "fr", "1999-06-08"),  # no cue: the last one
    ("Le verdict sera rendu lundi.", "fr", "1999-06-14"),
])
def test_bare_weekday_french(text, lang, iso):
    assert isos(text, lang, WED_1999) == [iso]


@pytest.mark.parametrize("text, iso", [
    ("The board will meet on Thursday.", "2025-06-12"),
    ("Meta said on Thursday that it would cut jobs.", "2025-06-05"),
    ("The vote is scheduled for Monday.", "2025-06-16"),
])
def test_bare_weekday_english(text, iso):
    assert isos(text, "en", WED_2025) == [iso]


def test_the_callers_tense_decides_a_weekday_and_a_month():
    text = "Le conseil se réunit jeudi et publie son avis en juillet."
    # no tense says which Thursday: the nearer, the day after this Wednesday, not six days before
    assert isos(text, "fr", WED_1999) == ["1999-06-10", "1999-07"]
    assert isos("Le conseil se réunit lundi.", "fr", WED_1999) == ["1999-06-07"]  # two days back, five ahead
    future = lambda at: "future"  # noqa: E731 - what the parser would say of "se réunira"
    past = lambda at: "past"  # noqa: E731
    assert isos(text, "fr", WED_1999, tense=future) == ["1999-06-10", "1999-07"]
    assert isos(text, "fr", WED_1999, tense=past) == ["1999-06-03", "1998-07"]
    unsure = lambda at: None  # noqa: E731 - the parser cannot tell: our cues decide
    assert isos("La réunion aura lieu jeudi.", "fr", WED_1999, tense=unsure) == ["1999-06-10"]


# --- "le 6 mai dernier": the whole date, in the right year -------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Il est arrivé le 6 mai dernier à Paris.", "fr", D(1999, 5, 20), "1999-05-06"),
    ("Il est arrivé le 6 mai dernier à Paris.", "fr", D(1999, 5, 3), "1998-05-06"),
    ("La loi votée le 6 mai prochain sera appliquée.", "fr", D(1999, 5, 20), "2000-05-06"),
    ("The plant closed last May.", "en", D(2025, 5, 20), "2024-05"),
    ("The plant will reopen next May.", "en", D(2025, 3, 20), "2025-05"),
])
def test_day_or_month_with_last_or_next(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


# --- seasons without a year --------------------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Les travaux commenceront à l'automne.", "fr", WED_1999, "1999-09/1999-11"),
    ("Les travaux ont commencé à l'automne.", "fr", WED_1999, "1998-09/1998-11"),
    ("Cet été, la fréquentation a battu des records.", "fr", D(1999, 12, 9), "1999-06/1999-08"),
    ("Les ventes ont chuté pendant les mois d'été.", "fr", D(1999, 10, 9), "1999-06/1999-08"),
    ("L'hiver a été rude.", "fr", D(2000, 1, 20), "1999-12/2000-02"),
    ("Work will start in the fall.", "en", WED_2025, "2025-09/2025-11"),
    ("Sales fell during the summer months.", "en", D(2025, 10, 9), "2025-06/2025-08"),
    ("This summer was the hottest on record.", "en", D(2025, 12, 1), "2025-06/2025-08"),
])
def test_seasons_without_a_year(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


def test_the_verb_ete_is_not_a_season():
    assert find_times("Le projet a été abandonné.", "fr", WED_1999) == []


# --- anchored on another event -----------------------------------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("Le 3 juin, le juge a été saisi ; le lendemain, l'enquête était close.", "fr", ["1999-06-03", "1999-06-04"]),
    ("Le 3 juin, le juge a été saisi et le même jour l'enquête était close.", "fr", ["1999-06-03", "1999-06-03"]),
    ("He was arrested on June 3; the next day, he was released.", "en", ["1999-06-03", "1999-06-04"]),
    ("The bank failed on June 3 and the same day its shares were suspended.", "en", ["1999-06-03", "1999-06-03"]),
])
def test_anchored_in_the_sentence(text, lang, iso):
    assert isos(text, lang, WED_1999) == iso


@pytest.mark.parametrize("text, lang, iso", [
    ("Le lendemain, la Bourse a chuté.", "fr", "1999-05-13"),
    ("La veille, le ministre avait démenti.", "fr", "1999-05-11"),
    ("Le même jour, la Bourse a chuté.", "fr", "1999-05-12"),
    ("L'année suivante, l'usine a fermé.", "fr", "2000"),
    ("The next day, shares fell.", "en", "1999-05-13"),
    ("The day before, the minister had denied it.", "en", "1999-05-11"),
    ("Two days later, the plant closed.", "en", "1999-05-14"),
    ("The following year, the plant closed.", "en", "2000"),
])
def test_anchored_on_the_last_date_the_article_gave(text, lang, iso):
    anchor = TimeValue(iso="1999-05-12", precision="day", start=D(1999, 5, 12), end=D(1999, 5, 12), text="le 12 mai")
    assert isos(text, lang, WED_1999, anchor=anchor) == [iso]


def test_anchored_without_an_anchor_falls_back_on_publication():
    assert isos("Le même jour, la Bourse a chuté.", "fr", WED_1999) == ["1999-06-09"]
    assert isos("The next day, shares fell.", "en", WED_1999) == ["1999-06-10"]


def test_anchored_on_a_date_without_a_day_gives_nothing():
    march = TimeValue(iso="1999-03", precision="month", start=D(1999, 3, 1), end=D(1999, 3, 31), text="en mars")
    assert isos("Le lendemain, la Bourse a chuté.", "fr", WED_1999, anchor=march) == []
    assert isos("En mars, le juge a été saisi ; le lendemain, l'enquête était close.", "fr", WED_1999) == ["1999-03"]


# --- two-digit years ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("La crise d'octobre 98 a laissé des traces.", "fr", "1998-10"),
    ("Il a été élu en 97, avant la crise.", "fr", "1997"),
    ("Les comptes de l'été 98 étaient bons.", "fr", "1998-06/1998-08"),
    ("The crash of October '98 left scars.", "en", "1998-10"),
    ("He was elected in '97.", "en", "1997"),
])
def test_two_digit_years(text, lang, iso):
    assert isos(text, lang, WED_1999) == [iso]


@pytest.mark.parametrize("text", ["Il a fini en 12 secondes.", "La loi compte en 97 articles.",
                                  "Le vote a réuni en 98 pays."])
def test_two_digit_numbers_that_are_not_years(text):
    assert find_times(text, "fr", WED_1999) == []


# --- a bare month, and the year the text is about ----------------------------------------

def test_bare_month_takes_the_year_the_text_is_about_when_publication_leaves_its_year():
    # a March 1999 article about 1997: "En juillet" is not July 1998
    assert isos("En juillet, il a quitté le gouvernement.", "fr", D(1999, 3, 9), context_year=1997) == ["1997-07"]
    assert isos("In July, he left the government.", "en", D(1999, 3, 9), context_year=1997) == ["1997-07"]
    # but within the publication's own year, publication wins: the seed article case
    assert isos("Lancé en avril, Llama 4 est un échec.", "fr", D(2025, 12, 15), context_year=2023) == ["2025-04"]


@pytest.mark.parametrize("text,lang", [("La Commission, qui a ouvert en décembre une enquête, se tait.", "fr"),
                                       ("The Commission, which opened a probe in December, said nothing.", "en")])
def test_the_year_the_text_is_about_never_puts_a_past_month_after_publication(text, lang):
    # a February 2026 article whose last sentences spoke of 2026: December is the last one
    assert isos(text, lang, D(2026, 2, 17), context_year=2026) == ["2025-12"]
    # a future month is never put before publication by a year of the past either
    assert isos("Le groupe lancera le modèle en mars.", "fr", D(2026, 5, 4), context_year=2026) == ["2027-03"]


def test_bare_month_takes_a_year_written_earlier_in_its_clause():
    assert isos("En 1997, l'entreprise a racheté son rival en juillet.", "fr", WED_1999) == ["1997", "1997-07"]
    assert isos("In 1997, the company bought its rival in July.", "en", WED_1999) == ["1997", "1997-07"]
    # a year of the past does not pull a future month back
    assert isos("Après ses pertes de 2024, Meta lancera en janvier un modèle.", "fr", D(2025, 12, 1)) == [
        "2024", "2026-01"]


# --- decades and centuries ---------------------------------------------------------------

@pytest.mark.parametrize("text, lang, iso, precision", [
    ("La mode des années 60 revient.", "fr", "1960/1969", "decade"),
    ("Dans les années 1990, le marché a doublé.", "fr", "1990/1999", "decade"),
    ("Ce bâtiment date de la fin du XIXe siècle.", "fr", "1870/1899", "interval"),
    ("Au XXe siècle, la ville a grandi.", "fr", "1900/1999", "century"),
    ("Fashion from the 1960s is back.", "en", "1960/1969", "decade"),
    ("Music of the '80s is back.", "en", "1980/1989", "decade"),
    ("The building dates from the late 19th century.", "en", "1870/1899", "interval"),
])
def test_decades_and_centuries(text, lang, iso, precision):
    (t,) = find_times(text, lang, WED_1999)
    assert (t.time.iso, t.time.precision) == (iso, precision)


# --- parts of a month or a year, weeks ---------------------------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("Le rapport sera rendu début octobre.", "fr", "1999-10-01/1999-10-10"),
    ("Les soldes ont commencé mi-janvier.", "fr", "1999-01-11/1999-01-20"),
    ("Le chantier sera achevé à la fin de l'année.", "fr", "1999-10/1999-12"),
    ("Le chantier a pris du retard à la fin de l'année dernière.", "fr", "1998-10/1998-12"),
    ("Le dossier sera examiné cette semaine.", "fr", "1999-06-07/1999-06-13"),
    ("La grève a commencé la semaine dernière.", "fr", "1999-05-31/1999-06-06"),
    ("Les pluies attendues ce week-end inquiètent.", "fr", "1999-06-12/1999-06-13"),
    ("Il y a une semaine, le préfet a démissionné.", "fr", "1999-06-02"),
    ("The report is due in early October.", "en", "1999-10-01/1999-10-10"),
    ("The site will be finished by the end of the year.", "en", "1999-10/1999-12"),
    ("The bill will be debated this week.", "en", "1999-06-07/1999-06-13"),
    ("Storms are expected this weekend.", "en", "1999-06-12/1999-06-13"),
    ("A week ago, the mayor resigned.", "en", "1999-06-02"),
    ("Prices rose in mid-2024.", "en", "2024-05/2024-08"),
])
def test_parts_of_a_month_or_year_and_weeks(text, lang, iso):
    assert isos(text, lang, WED_1999) == [iso]


def test_a_weekend_spoken_of_on_a_monday_is_the_one_just_past():
    assert isos("Ce week-end, la fréquentation a doublé.", "fr", D(1999, 6, 7)) == ["1999-06-05/1999-06-06"]


# --- "mercredi dernier" on a Wednesday; holidays are not weekdays ------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Le maire a parlé mercredi dernier.", "fr", WED_1999, "1999-06-02"),
    ("Le maire parlera mercredi prochain.", "fr", WED_1999, "1999-06-16"),
    ("The mayor spoke last Wednesday.", "en", WED_2025, "2025-06-04"),
    ("Le pape célébrera la messe du Vendredi Saint.", "fr", D(1999, 3, 20), "1999-04-02"),
    ("Le magasin a fermé à Noël.", "fr", D(1999, 3, 20), "1998-12-25"),
    ("Churches will hold services on Good Friday.", "en", D(2025, 3, 20), "2025-04-18"),
    ("Stores opened on Thanksgiving.", "en", D(2025, 12, 1), "2025-11-27"),
])
def test_last_weekday_and_holidays(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


# --- tense of the verb for bare months ---------------------------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("Meta a présenté en janvier ses résultats.", "fr", "2026-01"),
    ("Meta lancera en janvier son nouveau modèle.", "fr", "2027-01"),
    ("Meta va lancer en janvier son nouveau modèle.", "fr", "2027-01"),
    ("Meta presented its results in January.", "en", "2026-01"),
    ("Meta will launch its new model in January.", "en", "2027-01"),
    ("The report must be delivered in January.", "en", "2027-01"),  # a future passive, not a past
    ("Le rapport doit être signé en janvier.", "fr", "2027-01"),
])
def test_the_verb_tense_places_a_bare_month(text, lang, iso):
    assert isos(text, lang, D(2026, 3, 13)) == [iso]


# --- the two real-article cases ----------------------------------------------------------

def test_white_house_dinner_in_september_is_the_last_september():
    text = ("Zuckerberg told Trump at a White House dinner in September that Meta will spend at least "
            "$600 billion in the US by 2028.")
    assert isos(text, "en", D(2025, 11, 7)) == ["2025-09", "2028"]


def test_en_janvier_meta_a_presente_des_plans_pour_l_annee():
    text = ("En janvier, Meta a présenté des plans prévoyant d'investir jusqu'à 135 milliards de dollars "
            "en dépenses d'investissement pour l'année.")
    assert isos(text, "fr", D(2026, 3, 13)) == ["2026-01"]


# --- durations ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Le chômage baisse depuis trois ans.", "fr", WED_1999, "1996-06/1999-06"),
    ("L'État investira 2 milliards sur trois ans.", "fr", WED_1999, "1999-06/2002-05"),
    ("Au cours des deux dernières années, les prix ont doublé.", "fr", WED_1999, "1997-06/1999-06"),
    ("À partir de 2026, Meta investira 600 milliards sur trois ans.", "fr", D(2025, 11, 7), "2026-01/2028-12"),
    ("Le salon durera pendant dix jours.", "fr", WED_1999, "1999-06-09/1999-06-19"),
    ("Unemployment has fallen for two years.", "en", WED_2025, "2023-06/2025-06"),
    ("Meta will invest $600 billion over the next three years.", "en", D(2025, 11, 7), "2025-11/2028-10"),
    ("Prices have doubled over the past two years.", "en", WED_2025, "2023-06/2025-06"),
    ("The bank has seen several groundings over the past century.", "en", WED_2025, "1925-06/2025-06"),
    ("Prices have doubled over the past decade.", "en", WED_2025, "2015-06/2025-06"),
])
def test_durations_are_intervals_anchored_where_the_text_anchors_them(text, lang, published, iso):
    found = [f for f in find_times(text, lang, published) if f.time.precision == "duration"]
    assert [f.time.iso for f in found] == [iso]


# --- times of day stay with their date ---------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso, part", [
    ("Hier soir, un incendie s'est déclaré.", "fr", WED_1999, "1999-06-08", "evening"),
    ("Hier soir, vers 19 h 30, un incendie s'est déclaré.", "fr", WED_1999, "1999-06-08T19:30", "evening"),
    ("Le vote aura lieu le 5 juin à 19 h 30.", "fr", D(1999, 6, 1), "1999-06-05T19:30", None),
    ("Jeudi matin, la police est intervenue.", "fr", WED_1999, "1999-06-03", "morning"),
    ("Meta announced it on Friday evening.", "en", WED_2025, "2025-06-06", "evening"),
    ("Last night, around 7:30 pm, a fire broke out.", "en", WED_2025, "2025-06-10T19:30", "night"),
    ("The vote will take place on June 5 at 7:30 pm.", "en", D(2025, 6, 1), "2025-06-05T19:30", None),
])
def test_times_of_day_stay_with_their_date(text, lang, published, iso, part):
    (t,) = find_times(text, lang, published)
    assert (t.time.iso, t.time.part) == (iso, part)
    assert t.time.precision == ("time" if "T" in iso else "day")


def test_a_clock_time_alone_is_on_publication_day():
    assert isos("La séance a repris à 15 h.", "fr", WED_1999) == ["1999-06-09T15:00"]


# --- numeric dates (read by dateparser) and other languages ------------------------------

@pytest.mark.parametrize("text, lang, iso", [
    ("Le Salon ouvre ses portes le 05/06/2025.", "fr", "2025-06-05"),
    ("It opens on 05/06/2025.", "en", "2025-05-06"),
    ("Mis en ligne le 2025-06-05 à midi.", "fr", "2025-06-05"),
    ("Le 5 janv. 2025, Meta a publié Llama.", "fr", "2025-01-05"),
    ("Am 5. Juni 2025 stellte Meta das Modell vor.", "de", "2025-06-05"),
    ("El 5 de junio de 2025 Meta presentó el modelo.", "es", "2025-06-05"),
    ("Meta 2024 yılında 5 milyar dolar harcadı.", "tr", "2024"),
])
def test_numeric_dates_and_other_languages(text, lang, iso):
    assert isos(text, lang, WED_2025) == [iso]


@pytest.mark.parametrize("lang", ["xx", "", "zh", "FR"])
def test_any_language_code_is_safe(lang):
    find_times("Le 5 juin 2025, Meta a lancé 会议 en avril.", lang, WED_2025)


# --- what is not a time ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("L'usine emploie 2000 salariés.", "fr"),
    ("Le groupe compte 1999 magasins.", "fr"),
    ("The plant employs 2000 workers.", "en"),
    ("Meta may launch it.", "en"),
    ("Le projet a été abandonné.", "fr"),
    ("La version 2.1.3 corrige le défaut.", "fr"),
    ("La sonde a photographié la surface de Mars.", "fr"),
    ("La grève a duré pendant 12 heures.", "fr"),
    ("Le printemps arabe a surpris.", "fr"),
])
def test_numbers_and_words_that_are_not_times(text, lang):
    assert find_times(text, lang, WED_2025) == []


# --- a few more wordings of the press ----------------------------------------------------

@pytest.mark.parametrize("text, lang, published, iso", [
    ("Le conseil se réunira lundi 14 à Paris.", "fr", WED_1999, "1999-06-14"),  # 14 June 1999 is a Monday
    ("The meeting is on Monday the 14th.", "en", WED_1999, "1999-06-14"),
    ("Au premier semestre 1999, les ventes ont crû.", "fr", D(1999, 9, 1), "1999-01/1999-06"),
    ("Au second semestre, les ventes ont crû.", "fr", D(1999, 9, 1), "1999-07/1999-12"),
    ("Sales rose in the first half of 2025.", "en", D(2025, 9, 1), "2025-01/2025-06"),
    ("Le bâtiment date du siècle dernier.", "fr", D(1999, 9, 1), "1800/1899"),
    ("Les prix baisseront en fin d'année.", "fr", D(1999, 9, 1), "1999-10/1999-12"),
    ("Les chiffres du mois dernier sont bons.", "fr", D(1999, 9, 1), "1999-08"),
    ("Le projet sera lancé au printemps.", "fr", D(1999, 11, 4), "2000-03/2000-05"),  # "sera": future
    ("Le texte sera examiné en décembre.", "fr", D(1999, 11, 4), "1999-12"),
    ("Le texte a été adopté en décembre.", "fr", D(1999, 11, 4), "1998-12"),
    ("Du 5 au 7 juin, le salon accueille le public.", "fr", D(1999, 6, 1), "1999-06-05/1999-06-07"),
    ("Entre 1995 et 1998, les prix ont doublé.", "fr", D(1999, 6, 1), "1995/1998"),
    ("From 2020 to 2023, prices doubled.", "en", D(2025, 6, 1), "2020/2023"),
    ("Les 24 et 25 juin, le sommet réunira les chefs d'État.", "fr", D(1999, 6, 9), "1999-06-24/1999-06-25"),
    ("Au début de l'année 1999, les ventes ont crû.", "fr", D(1999, 6, 9), "1999-01/1999-03"),
    ("Early in 2025, sales rose.", "en", D(2025, 6, 9), "2025-01/2025-03"),
    ("Since January 1, the tariff has applied.", "en", D(2025, 2, 10), "2025-01-01"),
    ("Les comptes de l'année 98 sont bons.", "fr", D(1999, 6, 9), "1998"),
    ("Fin 98, la crise éclate.", "fr", D(1999, 6, 9), "1998-10/1998-12"),
    ("Il y a deux siècles, la ville était un village.", "fr", D(1999, 6, 9), "1700/1799"),
])
def test_more_press_wordings(text, lang, published, iso):
    assert isos(text, lang, published) == [iso]


def test_find_times_never_fails_on_odd_input():
    anchor = TimeValue(iso="1999", precision="year", start=D(1999, 1, 1), end=D(1999, 12, 31), text="1999")
    for text in ["", "   ", "31 février 2025", "le 31 juin", "le lundi 30 février", "99/99/9999", "en 00",
                 "les années 00", "le MMXXe siècle", "February 30", "dans 0 jours", "il y a 999999 ans"]:
        for published, precision in [(None, "day"), (D(2000, 2, 29), "day"), (D(2000, 2, 1), "month"),
                                     (dt.datetime(2025, 1, 1, 10, 0), "day")]:
            for found in [find_times(text, lang, published, 1990, anchor=anchor, tense=lambda at: "future",
                                     published_precision=precision) for lang in ("fr", "en", "de")]:
                assert all(f.time.start <= f.time.end for f in found), text


@pytest.mark.parametrize("text", ["New rule will force over-70s to resit the test", "the under-30s are hit hardest",
                                  "drivers aged 70s and up"])
def test_an_age_group_is_no_decade(text):
    assert find_times(text, "en", dt.date(2025, 5, 1)) == []


@pytest.mark.parametrize("text,lang", [("The union called a strike at the site for Thursday.", "en"),
                                       ("Le syndicat a appelé à une grève sur le site pour jeudi.", "fr")])
def test_a_day_something_is_called_for_lies_ahead(text, lang):
    # published on Tuesday 2026-11-03: the strike is called for the Thursday to come
    assert isos(text, lang, D(2026, 11, 3)) == ["2026-11-05"]


def test_a_closed_stretch_of_the_past_is_no_time_and_the_last_century_is_the_1900s():
    assert isos("Pendant dix jours, l'armateur a défendu la thèse d'une avarie.", "fr", WED_1999) == []
    assert isos("Le salon durera pendant dix jours.", "fr", WED_1999) == ["1999-06-09/1999-06-19"]
    assert isos("In the last century, the bank saw many groundings.", "en", WED_2025) == ["1900/1999"]


def test_a_weekday_that_fits_the_date_before_publication_names_that_day_whatever_the_tense():
    assert isos("The operation had been scheduled for Monday, April 27.", "en", D(2026, 4, 29)) == ["2026-04-27"]
    assert isos("The hearing is scheduled for Monday, May 4.", "en", D(2026, 4, 29)) == ["2026-05-04"]
    assert isos("Salvors have postponed the refloating to no earlier than May 18.", "en", D(2026, 4, 29)) == \
        ["2026-05-18"]
    assert isos("Salvors have postponed the refloating of the grounded container ship Meridel Star to no earlier "
                "than 18 May, after divers found new cracks.", "en", D(2026, 4, 29)) == ["2026-05-18"]
