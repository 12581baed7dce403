import pytest

from claimtrack.nlp.gazetteer import load_gazetteer
from claimtrack.nlp.mentions import description_name, parse_description


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("text, name", [
    ("Meta", "Meta"), ("META", "Meta"), ("meta", "Meta"), ("Meta Platforms", "Meta"),
    ("Zuckenberg", "Mark Zuckerberg"), ("The New York York Times", "The New York Times"),
    ("le New York Times", "The New York Times"), ("Tongyi Qianwen", "Qwen"), ("Alibaba Qwen", "Qwen"),
    ("Superintelligence Lab", "Meta Superintelligence Labs"), ("Llama 4", "Llama 4"),
])
def test_resolve(gaz, text, name):
    assert gaz.resolve(text).name == name


def test_unknown_names_stay_unknown(gaz):
    assert gaz.resolve("Omniscient Widgets Ltd") is None
    assert gaz.resolve("Metal") is None  # too short to be fuzzy


def test_longest_alias_wins_and_short_aliases_are_case_sensitive(gaz):
    text = "Llama 4 Behemoth, Llama 4 et les US, mais pas us."
    found = [(text[m.start:m.end], m.entity.name) for m in gaz.find(text)]
    assert found == [("Llama 4 Behemoth", "Behemoth"), ("Llama 4", "Llama 4"), ("US", "United States")]


def test_fuzzy_finds_misspellings_in_running_text(gaz):
    text = "Selon The New York York Times, Meta Zuckenberg abandonne"
    exact = [(m.start, m.end) for m in gaz.find(text)]
    fuzzy = {text[m.start:m.end]: m.entity.name for m in gaz.find_fuzzy(text, exact)}
    assert fuzzy == {"The New York York Times": "The New York Times", "Zuckenberg": "Mark Zuckerberg"}


def test_relations_between_entities(gaz):
    assert gaz.owner_of("Avocado") == "Meta"
    assert gaz.lift("Mark Zuckerberg") == "Meta"
    assert gaz.lift("TBD Lab") == "Meta"
    owned = {e.name for e in gaz.owned_by("Meta")}
    assert {"Avocado", "Behemoth", "Llama", "Llama 4", "TBD Lab"} <= owned


def test_descriptions(gaz):
    found = list(gaz.find_descriptions("Le nouveau modèle de Meta est en réalité une version distillée"))
    assert [(k, o) for k, _, _, o in found] == [("model", "Meta")]
    assert parse_description(description_name("model", "Meta")) == ("model", "Meta")
    assert parse_description("Bank of America") is None


def test_word_lists_in_data_files_are_words():
    """YAML reads a bare On, No or Yes as a boolean: every listed word must stay a string."""
    from claimtrack import lexicon
    for name in ("languages", "times", "quantities", "cues", "boilerplate"):
        data = lexicon.load(name)

        def walk(x):
            if isinstance(x, dict):
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    assert not isinstance(v, bool), (name, x)
                    walk(v)
        walk(data)


@pytest.mark.parametrize("text, names", [
    ("La firme de Cupertino verserait un milliard à Google", ["Apple", "Google"]),  # a press epithet
    ("an apple a day, a fair price, a wired network, low perplexity", []),  # names that are also words
    ("Apple, Wired and Perplexity; FAIR, Meta's lab", ["Apple", "Wired", "Perplexity", "FAIR", "Meta"]),
    # newspapers named with words: "tout le monde est tombé" is no Le Monde
    ("« Tout le monde est tombé », selon Le Monde. The information was in The Information.",
     ["Le Monde", "The Information"]),
])
def test_names_that_are_also_words_match_their_case(gaz, text, names):
    assert [m.entity.name for m in sorted(gaz.find(text), key=lambda m: m.start)] == names


def test_a_name_that_is_also_a_word_is_that_name_only_in_its_own_case():
    from claimtrack.nlp.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.resolve("L'Équipe").name == "L'Équipe"  # the sports daily
    assert gaz.resolve("L'équipe") is None  # "L'équipe suspend son coureur": the team, a common noun
    assert gaz.resolve("l'équipe") is None
