"""Claim extraction on sentences, with the blank French pipeline (fast) and the real model (slow)."""
import pytest

from claimtrack.nlp.pipeline import blank_pipeline


def one(claims, relation):
    found = [c for c in claims if c.relation == relation]
    assert found, [(c.relation, c.subject) for c in claims]
    return found[0]


def test_based_on_with_description_subject(extract):
    claims = extract("Titre\n\nLe nouveau modèle de Meta est en réalité une version distillée du modèle Qwen d'Alibaba.")
    c = one(claims, "based_on")
    assert (c.subject, c.object, c.subject_owner) == ("(model of Meta)", "Qwen", "Meta")


def test_named_model_in_sentence_wins_over_description(extract):
    c = one(extract("Titre\n\nLe modèle Avocado que Meta développe actuellement est basé sur un fine-tuning de Qwen d'Alibaba."),
            "based_on")
    assert (c.subject, c.object) == ("Avocado", "Qwen")


def test_several_objects_make_several_claims(extract):
    claims = extract("Titre\n\nAu cours du développement d'Avocado, le TBD Lab a intégré des modèles tiers provenant de "
                     "Google Gemma et d'Alibaba Qwen dans le processus d'entraînement.")
    assert sorted((c.subject, c.object) for c in claims if c.relation == "based_on") == [
        ("Avocado", "Gemma"), ("Avocado", "Qwen")]


def test_conditional_and_attribution(extract):
    c = one(extract("Titre\n\nSelon The New York York Times, les membres du Superintelligence Lab de Meta auraient "
                    "discuté de pivoter vers des modèles fermés."), "go_closed")
    assert (c.subject, c.modality, c.attributed_to) == ("Meta", "hedged", "The New York Times")


def test_spokesperson_told_an_outlet(extract):
    c = one(extract("Titre\n\nUn porte-parole de Meta a néanmoins affirmé à TechCrunch que la position de "
                    "l'entreprise sur l'open source IA reste inchangée."), "stay_open")
    assert c.subject == "Meta"
    assert c.attributed_to == "Meta spokesperson via TechCrunch"


def test_envisage_is_hedged_and_pourrait_too(extract):
    c = one(extract("Titre\n\nTandis que Meta envisage de se refermer, les laboratoires chinois avancent."), "go_closed")
    assert c.modality == "hedged"
    c = one(extract("Titre\n\nSelon Bloomberg, le modèle Avocado pourrait être publié sous une forme fermée."), "go_closed")
    assert (c.subject, c.modality, c.attributed_to) == ("Avocado", "hedged", "Bloomberg")


def test_negation_and_not_only(extract):
    c = one(extract("Titre\n\nMeta n'a pas abandonné Behemoth, selon son porte-parole."), "shelve")
    assert c.polarity == "negated"
    c = one(extract("Titre\n\nMeta ne réduit pas seulement le financement des initiatives métaverse."), "cut_funding")
    assert c.polarity == "affirmed"


def test_concessive_clause_yields_no_claim_when_the_main_clause_has_one(extract):
    claims = extract("Titre\n\nSelon Bloomberg, bien que Zuckerberg ait affirmé continuer sur la voie de l'open "
                     "source, le modèle Avocado pourrait être publié sous une forme fermée.")
    assert [c.relation for c in claims] == ["go_closed"]
    assert claims[0].subject == "Avocado"


def test_person_is_lifted_to_their_organisation(extract):
    c = one(extract("Titre\n\nLe PDG de Meta, Mark Zuckerberg, oriente l'IA vers des modèles propriétaires."),
            "go_closed")
    assert c.subject == "Meta" and c.subject_text in ("Mark Zuckerberg", "Meta")


def test_quantity_and_time_resolved_against_publication(extract):
    claims = extract("Titre\n\nMeta réduit le financement du métaverse.\n\nLa somme phare : $600 milliards réservés "
                     "à l'infrastructure IA aux États-Unis au cours des trois prochaines années.",
                     published="2026-01-08")
    c = one(claims, "invest")
    assert c.subject == "Meta"  # the article's topic: the sentence names no one
    assert c.value.amount == 600e9 and c.value.unit == "USD"
    assert c.when.iso == "2026-01/2028-12"


def test_launch_in_april_of_a_december_article(extract):
    claims = extract("Titre\n\nLancé en avril, Llama 4 est largement considéré comme un échec.",
                     published="2025-12-15")
    assert one(claims, "launch").when.iso == "2025-04"
    assert one(claims, "fail").subject == "Llama 4"


def test_offsets_point_into_stored_text(extract, article_factory):
    body = "Titre\n\n  • Partager\n\nMeta a nommé Alexandr Wang au poste de Directeur de l'IA."
    claims = extract(body)
    doc = article_factory(body)
    c = one(claims, "appoint")
    assert doc.text[c.start:c.end] == c.evidence
    assert c.evidence.startswith("Meta a nommé")


def test_chrome_gives_no_claim(extract):
    claims = extract("Titre\n\nNous utilisons des cookies sur notre site Web pour activer certaines fonctions de Meta.\n"
                     "Scan pour télécharger Gate app\nTrader les cryptos partout et à tout moment")
    assert claims == []


def test_sentence_without_trigger_still_yields_a_claim(extract):
    claims = extract("Titre\n\nLes investisseurs craignent que Meta perde le soutien des développeurs.")
    assert claims and claims[0].relation == "other"


def test_glued_heading_is_split(extract):
    claims = extract("Titre\n\nPosition officielle de Meta Un porte-parole de Meta a affirmé à TechCrunch que la "
                     "position de l'entreprise sur l'open source IA reste inchangée.")
    c = one(claims, "stay_open")
    assert c.evidence.startswith("Un porte-parole")


def test_ids_are_deterministic(extract):
    body = "Titre\n\nMeta a abandonné Behemoth en juillet 2025."
    assert [c.id for c in extract(body)] == [c.id for c in extract(body)]


def test_english_article_with_the_rule_based_pipeline(extract):
    en = blank_pipeline("en")
    claims = extract("Title\n\nAccording to Bloomberg, Meta may release Avocado as a closed model in spring 2026. "
                     "Meta shelved its Behemoth model.", nlp=en, language="en", published="2025-12-15")
    closed = one(claims, "go_closed")
    assert (closed.subject, closed.attributed_to, closed.modality) == ("Meta", "Bloomberg", "hedged") or \
        (closed.subject, closed.attributed_to) == ("Avocado", "Bloomberg")
    shelve = one(claims, "shelve")
    assert (shelve.subject, shelve.object) == ("Meta", "Behemoth")


def test_language_is_detected_when_absent():
    from claimtrack.nlp.language import detect
    assert detect("Meta a indiqué que l'entreprise abandonnait sa stratégie pour les modèles.") == "fr"
    assert detect("Meta said that the company was abandoning its strategy for the models.") == "en"


@pytest.mark.slow
def test_seed_sentences_with_the_french_model(extract, fr_nlp):
    claims = extract("Titre\n\nMeta veut rattraper OpenAI. Selon plusieurs sources proches du dossier, le prochain grand modèle de langage "
                     "développé par Meta (code interne « Avocado ») est en cours de fine-tuning basé sur la série "
                     "de modèles open source Qwen, appartenant à Alibaba.\n\n"
                     "L'entreprise a récemment nommé l'ancien PDG de Scale AI, Alexandr Wang, au poste de Directeur "
                     "de l'IA et a confirmé des plans d'investissements de plusieurs centaines de milliards de "
                     "dollars dans des clusters de supercalcul d'IA massifs.", nlp=fr_nlp)
    based = one(claims, "based_on")
    assert (based.subject, based.object, based.attributed_to) == ("Avocado", "Qwen", "anonymous sources")
    invest = one(claims, "invest")
    assert invest.subject == "Meta"  # the grammatical subject, not "Scale AI"
    assert invest.value.lower == 200e9
    assert one(claims, "appoint").object == "Alexandr Wang"


def test_open_source_is_not_a_cited_source(extract):
    c = one(extract("Titre\n\nLors du lancement de la série phare Llama en février 2023, Meta était considéré comme "
                    "le leader de l'intelligence artificielle open source."), "launch")
    assert (c.subject, c.when.iso, c.modality) == ("Llama", "2023-02", "asserted")


def test_negation_stays_in_its_clause(extract):
    en = blank_pipeline("en")
    claims = extract("Title\n\nNvidia did not comment on reports that it plans to invest $100 billion in OpenAI.",
                     nlp=en, language="en")
    c = one(claims, "invest")
    assert (c.subject, c.polarity, c.value.amount) == ("Nvidia", "affirmed", 100e9)
    claims = extract("Titre\n\nMeta a indiqué que l'entreprise n'abandonnait pas Behemoth.")
    assert one(claims, "shelve").polarity == "negated"


EN_WIRE = """Nvidia beats estimates as data-center sales surge

By Jane Doe
Share on X
Nvidia reported third-quarter revenue of $57 billion on Wednesday, above analysts' estimates. According to Reuters, \
the company expects sales of about $65 billion in the current quarter. The shares rose 4% in after-hours trading.
Sign up for our newsletter to get the latest tech news.
We use cookies to personalise content."""


def test_an_english_wire_story(extract):
    claims = extract(EN_WIRE, nlp=blank_pipeline("en"), language="en", published="2025-11-20")
    assert not any("newsletter" in c.evidence or "cookies" in c.evidence for c in claims)
    rev = one(claims, "revenue")
    # "third-quarter revenue": the period the figure measures, not the day it was reported
    assert (rev.subject, rev.value.amount, rev.when.iso) == ("Nvidia", 57e9, "2025-07/2025-09")
    assert one(claims, "stock_rise").subject == "Nvidia"  # "The shares": the article's topic
    assert any(c.attributed_to == "Reuters" and c.value and c.value.amount == 65e9 for c in claims)


@pytest.mark.slow
def test_a_french_story_about_another_company(extract, fr_nlp):
    claims = extract("Mistral AI lève 1,7 milliard d'euros et s'allie à ASML\n\nPublié le 2 octobre 2025 à 08h15\n"
                     "La start-up française Mistral AI a levé 1,7 milliard d'euros lors d'un tour de table mené par le "
                     "néerlandais ASML, selon Les Échos. L'entreprise serait désormais valorisée à près de 12 milliards "
                     "d'euros.", nlp=fr_nlp, published="2025-10-02")
    assert (one(claims, "partner").subject, one(claims, "partner").object) == ("Mistral AI", "ASML")
    raised = [c for c in claims if c.relation == "raise_funds"]
    assert {c.value.amount for c in raised} == {1.7e9} and {c.value.unit for c in raised} == {"EUR"}
    assert any(c.attributed_to == "Les Échos" for c in raised)
    valued = next(c for c in claims if "valorisée" in c.evidence)
    assert (valued.subject, valued.modality) == ("Mistral AI", "hedged")  # "L'entreprise serait..."
    assert not any(c.evidence.startswith("Publié le") for c in claims)


def test_a_sentence_opening_name_the_text_capitalises_elsewhere(extract):
    """Without NER, one capitalised word opening a sentence is a name only if the text
    also capitalises it mid-sentence (or it is a long acronym): "ASML invested", yes;
    "Yesterday", no."""
    claims = extract("Mistral AI raised 1.7 billion euros in a round led by Asml, the company said. "
                     "Asml invested 1.3 billion euros and became the largest shareholder. "
                     "Yesterday shares of Mistral AI partners rose.",
                     nlp=blank_pipeline("en"), language="en", published="2025-09-09")
    invest = one(claims, "invest")
    assert (invest.subject, invest.value.amount) == ("Asml", 1.3e9)
    assert not any(c.subject == "Yesterday" for c in claims)


def test_a_coordinated_clause_is_not_an_object(extract):
    """ "investit 1,3 milliard d'euros et devient actionnaire": nothing says where the
    money went; "et devient..." is another clause, not the object."""
    for text, nlp, lang in (
            ("Le néerlandais ASML investit 1,3 milliard d'euros et devient le premier actionnaire.", None, "fr"),
            ("ASML invested 1.3 billion euros and became the largest shareholder.", blank_pipeline("en"), "en")):
        invest = one(extract(text, nlp=nlp, language=lang), "invest")
        assert (invest.subject, invest.object, invest.value.amount) == ("ASML", None, 1.3e9)
    invest = one(extract("Meta investit 600 milliards de dollars dans les centres de données."), "invest")
    assert invest.object == "centres de données"
    # a time is not part of the object
    invest = one(extract("Microsoft a investi 13 milliards de dollars dans OpenAI depuis 2019."), "invest")
    assert (invest.object, invest.when.iso) == ("OpenAI", "2019")
    invest = one(extract("Microsoft has invested $13 billion in OpenAI since 2019.", nlp=blank_pipeline("en"),
                         language="en"), "invest")
    assert invest.object == "OpenAI"


def test_valuation_verbs(extract):
    fr = one(extract("Ce tour de table valorise Mistral AI à 11,7 milliards d'euros."), "valuation")
    en = one(extract("The round values Mistral AI at 11.7 billion euros.", nlp=blank_pipeline("en"),
                     language="en"), "valuation")
    for c in (fr, en):
        assert (c.subject, c.value.amount, c.value.unit) == ("Mistral AI", 11.7e9, "EUR")


def test_payments_inverted_attribution_and_a_conditional_trigger(extract):
    en = extract("Apple is in talks to pay Google about $1 billion a year, Bloomberg reported on Wednesday.",
                 nlp=blank_pipeline("en"), language="en", published="2025-11-05")
    (pay,) = [c for c in en if c.relation == "pay"]  # "Wednesday" is no name, so no second object
    assert (pay.subject, pay.object, pay.value.amount, pay.attributed_to) == ("Apple", "Google", 1e9, "Bloomberg")
    fr = one(extract("Apple s'allie à Google. La firme de Cupertino verserait environ un milliard de dollars "
                     "par an à Google, rapporte Bloomberg."), "pay")
    # the epithet names Apple; the trigger's own conditional hedges it
    assert (fr.subject, fr.object, fr.modality, fr.attributed_to) == ("Apple", "Google", "hedged", "Bloomberg")
    # French "pays" is a country, not a payment
    assert not [c for c in extract("Des pays comme la Tchéquie ont interdit les modèles de DeepSeek.")
                if c.relation == "pay"]


@pytest.mark.slow
def test_a_company_name_holding_a_concept_word_stays_whole(extract, fr_nlp):
    """The gazetteer knows the concept "superintelligence"; a name the NER finds around it
    ("Quantum Superintelligence Inc") is a company, not the concept."""
    claims = extract("Google a racheté la start-up Quantum Superintelligence Inc pour 2 milliards de dollars.",
                     nlp=fr_nlp, published="2025-07-03")
    acq = one(claims, "acquire")
    assert (acq.subject, acq.object, acq.value.amount) == ("Google", "Quantum Superintelligence Inc", 2e9)


def test_english_openness_denial_and_talks(extract):
    claims = extract(
        "Meta's superintelligence lab discussed shelving Behemoth, The New York Times reported. "
        "A Meta spokesperson said the company's position on open source is unchanged. "
        "Meta denied that it was moving away from open source. "
        "Meta plans to spend hundreds of billions of dollars on AI data centers.",
        nlp=blank_pipeline("en"), language="en", published="2025-07-14")
    shelve = one(claims, "shelve")
    assert (shelve.object, shelve.modality, shelve.attributed_to) == ("Behemoth", "hedged", "The New York Times")
    assert one(claims, "stay_open").subject == "Meta"
    closed = one(claims, "go_closed")  # "denied that it was moving away from open source"
    assert (closed.subject, closed.polarity) == ("Meta", "negated")
    invest = one(claims, "invest")
    assert (invest.value.lower, invest.value.upper, invest.object) == (200e9, 999e9, "AI data centers")


@pytest.mark.slow
def test_stock_moves_near_future_and_common_acronyms(extract, fr_nlp):
    claims = extract("Nvidia va investir 5 milliards de dollars dans Intel, ont annoncé les deux groupes jeudi. "
                     "L'action Intel a bondi de 23 % à Wall Street. Les deux entreprises développeront ensemble "
                     "des puces pour les centres de données et les PC.", nlp=fr_nlp, published="2025-09-18")
    invest = one(claims, "invest")
    assert (invest.subject, invest.object, invest.modality) == ("Nvidia", "Intel", "planned")  # "va investir"
    rise = one(claims, "stock_rise")
    assert (rise.subject, rise.value.amount, rise.value.unit) == ("Intel", 23, "percent")
    assert not any(c.subject == "PC" for c in claims)  # an acronym of a common noun is nobody


def test_an_article_without_front_matter_takes_its_date_from_the_dateline(tmp_path):
    from claimtrack.analyze import analyze
    from claimtrack.sources.reader import read_source

    path = tmp_path / "wire.txt"
    path.write_text("OpenAI launches GPT-5\nHome / AI / News\n"
                    "By Jane Smith | Published August 7, 2025 10:00 am ET | Updated August 8, 2025\n"
                    "OpenAI launched GPT-5 on Thursday, calling it its most capable model yet.\n", encoding="utf-8")
    analysis = analyze(read_source(path))
    assert (analysis.article.published.isoformat(), analysis.language) == ("2025-08-07", "en")
    (launch,) = [c for c in analysis.claims if "on Thursday" in c.evidence]
    assert (launch.relation, launch.when.iso) == ("launch", "2025-08-07")  # anchored on the dateline
    assert not any("Jane Smith" in c.evidence for c in analysis.claims)


def test_reorganisation_hiring_freeze_and_integration(extract):
    fr = extract("Meta restructure son laboratoire d'IA en quatre équipes, selon Business Insider. "
                 "Meta a gelé les recrutements dans sa division IA. Microsoft intègre GPT-5 dans Copilot.")
    en = extract("Meta is splitting its AI lab into four teams, Business Insider reported. "
                 "Meta has frozen hiring at its AI division. Microsoft is integrating GPT-5 into Copilot.",
                 nlp=blank_pipeline("en"), language="en")
    for claims in (fr, en):
        reorg = one(claims, "reorganize")
        assert (reorg.subject, reorg.attributed_to) == ("Meta", "Business Insider")
        assert one(claims, "hiring_freeze").subject == "Meta"
        integ = one(claims, "integrate")
        assert (integ.subject, integ.object) == ("Microsoft", "GPT-5")


def test_a_quote_is_attributed_to_the_person_just_named(extract):
    claims = extract("Lors de la conférence, Mark Zuckerberg a défendu les dépenses de Meta.\n\n"
                     "« Nous allons investir des centaines de milliards de dollars dans le calcul pour construire "
                     "la superintelligence », a-t-il déclaré.\n\n"
                     "La directrice financière Susan Li a indiqué que les dépenses d'investissement atteindraient "
                     "entre 66 et 72 milliards de dollars en 2025.", published="2025-08-01")
    quote, capex = [c for c in claims if c.relation == "invest"]
    assert (quote.attributed_to, quote.modality, quote.object) == ("Mark Zuckerberg", "planned", "calcul")
    assert (capex.attributed_to, capex.value.lower, capex.value.upper, capex.when.iso) == \
        ("Susan Li", 66e9, 72e9, "2025")


@pytest.mark.slow
def test_a_delayed_release_is_shelved_not_launched(extract, fr_nlp):
    claims = extract("Contrairement à OpenAI, qui a lancé GPT-5 en août, Meta a retardé la sortie de Behemoth.",
                     nlp=fr_nlp, published="2025-08-20")
    shelve = one(claims, "shelve")
    assert (shelve.subject, shelve.object) == ("Meta", "Behemoth")
    assert [(c.subject, c.when.iso) for c in claims if c.relation == "launch"] == [("GPT-5", "2025-08")]


def test_a_time_in_the_triggers_own_clause_wins(extract):
    claims = extract("Meta, qui a lancé Llama 4 en avril, prévoit de lancer son prochain grand modèle Avocado au "
                     "printemps 2026.", published="2025-08-20")
    when = {c.subject: c.when.iso for c in claims if c.relation == "launch"}
    assert when == {"Llama 4": "2025-04", "Avocado": "2026-03/2026-05"}


def test_a_decimal_comma_does_not_end_a_clause():
    from claimtrack.extract.cues import clause_bounds
    text = "Mistral AI a levé 1,7 milliard d'euros lors d'un tour de table, selon Les Échos."
    i = text.index("tour de table")
    assert clause_bounds(text, i, i + 13) == (0, text.index(", selon"))


@pytest.mark.parametrize("text, shelved", [
    ("Meta avait terminé l'entraînement de Behemoth, mais l'avait retardé.", "Behemoth"),  # a pronoun ties them
    ("Meta a terminé Behemoth, mais a retardé sa sortie.", "Behemoth"),  # a possessive too
    ("Le modèle Behemoth que Meta a abandonné était trop lent.", "Behemoth"),  # a relative pronoun too
    ("OpenAI a lancé GPT-5, et Meta a ensuite abandonné son approche ouverte.", None),  # GPT-5 is not shelved
])
def test_a_name_in_an_earlier_clause_is_an_object_only_through_a_pronoun(extract, text, shelved):
    objects = [c.object for c in extract(text) if c.relation == "shelve"]
    assert objects == ([shelved] if shelved else [])


@pytest.mark.parametrize("text, lang", [
    ("Daniel Gross a rejoint Meta, selon The Information.", "fr"),
    ("Meta a débauché Daniel Gross, cofondateur de Safe Superintelligence.", "fr"),
    ("Meta poached Daniel Gross from Safe Superintelligence.", "en"),
    ("Daniel Gross joined Meta in June.", "en"),
])
def test_hires_in_their_usual_wordings(extract, text, lang):
    nlp = blank_pipeline("en") if lang == "en" else None
    hire = one(extract(text, nlp=nlp, language=lang), "appoint")
    assert (hire.subject, hire.object) == ("Meta", "Daniel Gross")
