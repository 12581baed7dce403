import pytest

from claimtrack.sources.reader import read_source
from claimtrack.text.clean import chrome_reason, clean, sentence_chrome
from tests.conftest import SEEDS

NOISE = ["Trader les cryptos partout", "Scan pour télécharger Gate app", "Gate ne garantit ni l'exactitude",
         "Cette page peut inclure du contenu de tiers", "Nous utilisons des cookies", "Abonnez-vous à notre bulletin",
         "La photo de couverture est une œuvre d'art", "Chargement du thread", "Récupération des tweets originaux",
         "Les performances passées ne garantissent pas", "Cet article est soumis par notre utilisateur"]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_chrome_is_dropped_and_offsets_map_back(path):
    doc = read_source(path)
    c = clean(doc.text)
    for fragment in NOISE:
        assert fragment not in c.text
    for seg in c.segments:
        assert c.text[seg.clean_start:seg.clean_start + seg.length] == doc.text[seg.raw_start:seg.raw_start + seg.length]
        # to_raw maps every offset inside a segment
        mid = seg.clean_start + seg.length // 2
        assert c.to_raw(mid) == seg.raw_start + seg.length // 2


def test_article_text_is_kept():
    doc = read_source(SEEDS / "000_aef1df6699075aef.txt")
    c = clean(doc.text)
    assert "Le modèle Avocado que Meta développe actuellement est basé sur un fine-tuning de Qwen" in c.text
    assert c.segments[0].kind == "title"


@pytest.mark.parametrize("line, chrome", [
    ("  • Partager", True), ("0/400", True), ("qrCode", True), ("Português (Brasil)", True),
    ("Meta轉投阿里巴巴Qwen AI", True), ("7 min de lecture", True), ("Communauté", True),
    ("Voir les 3 commentaires sur Meta", False), ("Le projet Avocado et le dilemme de Meta", False),
    ("Subscribe", True), ("Advertisement", True), ("Publié le 15 décembre 2025 à 10h32", True),
    ("Crédit photo : Reuters", True), ("Partager sur Facebook", True), ("Suivez-nous sur X", True),
    ("Read more", True), ("Meta publie le 15 décembre ses résultats trimestriels", False),
    # breadcrumbs, bylines, share rows, teasers, copyright
    ("Accueil > Tech > Intelligence artificielle", True), ("Home / AI / News", True),
    ("Par Jean Dupont, publié le 8 août 2025 à 10h12, mis à jour le 8 août 2025 à 11h30", True),
    ("By Jane Smith | August 7, 2025 10:00 am ET | Updated 11:30 am", True),
    ("Par Jean Dupont et Marie Curie", True),
    ("Partager sur Facebook Partager sur X Copier le lien", True),
    ("Lire aussi : Meta dévoile Llama 4, un modèle décevant", True), ("Related: Meta unveils Llama 4", True),
    ("Copyright 2025 Tech Wire. All rights reserved.", True), ("À lire également", True),
    ("By Friday, Meta will have shipped Avocado to every user.", False),
    ("Par ailleurs, Meta a lancé Llama 4 en avril.", False),
    ("By 2026, Meta plans to spend $600 billion.", False),
    ("Home assistants from Amazon now run on Claude.", False),
    ("Our take, by the Streetwise markets desk", True), ("Par la rédaction", True),
    ("Our take on the deal is that it will close.", False), ("By the end of 2026, Meta will ship.", False),
    # a short line without a sentence is chrome, unless it heads the author's view (extraction reads it)
    ("Partager", True), ("Verdict", False), ("Notre avis", False), ("Our view", False), ("Comment", True),
])
def test_chrome_lines(line, chrome):
    assert (chrome_reason(line) is not None) is chrome


@pytest.mark.parametrize("sentence, chrome", [
    ("We use cookies to improve your experience.", True),
    ("Past performance is not indicative: this is not investment advice.", True),
    ("Meta a confirmé des plans d'investissements de plusieurs centaines de milliards de dollars.", False),
    ("Associated Press writer Carla Ríos contributed from Arequipa.", True),  # a contributor's credit
    ("Jane Doe contributed to this report.", True),
    ("Investors contributed $2 billion to the fund.", False),
])
def test_chrome_sentences(sentence, chrome):
    assert (sentence_chrome(sentence) is not None) is chrome


def test_tail_marker_ends_article():
    text = "Titre\n\nMeta lance Avocado au printemps.\n\nVoir l'original\nMeta lance un autre produit.\n"
    c = clean(text)
    assert "autre produit" not in c.text and "Avocado" in c.text


def test_a_breadcrumb_line_is_chrome():
    from claimtrack.text.clean import chrome_reason
    assert chrome_reason("Entreprises > Automobile") and chrome_reason("Business › Autos & Transportation")
    assert not chrome_reason("Prices > 5% rose") and not chrome_reason("Valmora rappelle 48 000 Elya.")


@pytest.mark.parametrize("text, first", [
    ("T\n\nBRUXELLES, 18 mars (AFP) - Le Premier ministre a démissionné.", "Le Premier ministre"),
    ("T\n\nDAVAO, Philippines, Feb 14 (APN) - The death toll rose.", "The death toll"),
    ("T\n\nBOSTON, June 3 - Helix said on Tuesday.", "Helix said"),
    ("T\n\nPARIS (Reuters) -- The bank cut rates.", "The bank"),
    ("T\n\nNASA - The agency - said it would launch.", "NASA"),  # no place, date or agency: no dateline
    ("T\n\nUN - the agency said.", "UN"),
    ("T\n\nBruxelles, 9 avr. 2026 (AFP) - Quatorze salariés ont été hospitalisés.", "Quatorze salariés"),
    ("T\n\nPort-Kerval, 13 janv. 2027 (AFP) - Environ 40 000 foyers restaient privés.", "Environ 40 000"),
    ("T\n\nValcourt (France) (AFP) - The French city cancelled a contract.", "The French city"),
    ("T\n\nParis, la capitale - Le maire a parlé.", "Paris, la capitale"),  # no agency: no dateline
])
def test_a_wire_dateline_is_not_part_of_the_first_sentence(text, first):
    c = clean(text)
    body = c.text.split("\n\n")[1]
    assert body.startswith(first)
    if first[0].isupper() and first not in ("NASA", "UN", "Paris, la capitale"):
        assert any(why == "wire dateline" for _, _, why in c.dropped)
        seg = c.segments[-1]  # offsets still map back to the stored text
        assert text[seg.raw_start:seg.raw_start + seg.length].startswith(first)


@pytest.mark.parametrize("text, first", [
    ("T\n\nOTTAWA - Housing Minister Claire Dufort resigned from cabinet on Tuesday.", "Housing Minister"),
    ("T\n\nLONDON — The Bank of England held rates.", "The Bank"),
    ("T\n\nUNICEF - The agency - said it would help.", "UNICEF"),  # a second dash: an aside, no dateline
    ("T\n\nMETZ — Le fabricant Renaldi a chuté.", "Le fabricant"),  # a short city before a dash of print
    ("T\n\nNASA - The agency said it would launch.", "NASA"),  # a hyphen after an acronym: no dateline
])
def test_a_bare_city_dateline_is_cut_but_not_a_name_with_an_aside(text, first):
    assert clean(text).text.split("\n\n")[1].startswith(first)


def test_a_teaser_line_inside_an_article_is_dropped_and_the_article_goes_on():
    text = ("T\n\nMeta a lancé un modèle.\n\nÀ lire aussi : Llama 4 : pourquoi le modèle a déçu\n\n"
            "Meta a promis d'investir 600 milliards de dollars.\n\nÀ lire aussi\n\nUn autre article sans rapport.")
    c = clean(text)
    assert "600 milliards" in c.text and "lire aussi" not in c.text.lower()
    assert "sans rapport" not in c.text  # a bare "À lire aussi" heading still ends the article


@pytest.mark.parametrize("sentence", [
    "This story was originally published by Meridian News Agency and is republished with permission.",
    "Cet article a été initialement publié par l'Agence Hexagone Presse.",
])
def test_a_republication_notice_is_chrome(sentence):
    assert sentence_chrome(sentence)


@pytest.mark.parametrize("heading, opens", [
    ("NOTRE AVIS", True), ("L’AVIS D’HORIZONS", True), ("L'avis du Courrier", True), ("Opinion:", True),
    ("Les avis divergent", False), ("Opinions publiques", False),
])
def test_a_heading_naming_its_outlet_still_opens_its_view(heading, opens):
    from claimtrack.text.clean import opens_opinion
    labels = frozenset(["notre avis", "l'avis de", "l'avis d'", "l'avis du", "opinion"])
    assert opens_opinion(heading, labels) is opens
    if opens and len(heading.split()) <= 2:
        assert chrome_reason(heading) is None  # kept, so that extraction knows what follows is a view


@pytest.mark.parametrize("line, chrome", [
    ("Par un arrêté pris mercredi, le préfet Antoine Mercadier a interdit l'accès à la plage.", False),
    ("By Monday evening, the company had cut 300 jobs.", False),
    ("Par Jean Dupont et Marie Curie, à Lyon", True), ("BY ELENA MARSH", True), ("Par la rédaction", True),
])
def test_a_byline_is_names_in_capitals_not_any_paragraph_opening_with_par(line, chrome):
    assert (chrome_reason(line) is not None) is chrome
