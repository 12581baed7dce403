"""The discourse model that resolves descriptions ("la compagnie", "the board") to names."""


def test_a_name_the_ner_took_for_a_place_is_the_topic_company_once_it_acted():
    from claimtrack.extract.roles import Discourse, Mention, Role
    from claimtrack.nlp.gazetteer import load_gazetteer
    aerlis = lambda i: Mention("Aerlis", "place", i, i + 1, "Aerlis", None, None, "ner")  # noqa: E731
    brussels = lambda i: Mention("Bruxelles", "place", i, i + 1, "Bruxelles", None, None, "ner")  # noqa: E731
    d = Discourse(load_gazetteer())
    d.close_sentence([aerlis(0), brussels(5)], None)
    d.close_sentence([aerlis(10), brussels(15)], None)
    assert d.topic(("org",)) is None  # two places, neither did anything
    d.close_sentence([aerlis(20)], Role("Aerlis", "org", "Aerlis", "ner"))
    assert d.topic(("org",)).name == "Aerlis"
