"""Comparison levels, table-driven: each row is a pair and the decision a reader expects."""
import pytest

from claimtrack.reconcile.compare import compare
from tests.helpers import claim as C

ROWS = [
    # label, a, b, expected kind, a phrase the reason must hold
    ("same fact in two outlets",
     C("Avocado", "based_on", "Qwen", article="a1"), C("Avocado", "based_on", "Qwen", article="a2"),
     "link", "same object: Qwen"),
    ("a description fits a named model of its owner",
     C("(model of Meta)", "based_on", "Qwen", article="a1"), C("Avocado", "based_on", "Qwen", article="a2"),
     "link", "description fits"),
    ("overlapping ranges agree",
     C("Meta", "invest", value="$600 milliards", article="a1"),
     C("Meta", "invest", value="plusieurs centaines de milliards de dollars", article="a2"),
     "link", "overlap"),
    ("disjoint amounts of a multi-valued relation are two facts, not a conflict",
     C("Meta", "invest", value="$600 milliards", article="a1"),
     C("Meta", "invest", value="des dizaines de milliards de dollars", article="a2"),
     "none", "values disjoint"),
    ("two amounts for one measure conflict",
     C("ASML", "invest", "Mistral AI", value="1,3 milliard d'euros", article="a1", published="2025-09-09",
       object_type="org"),
     C("ASML", "invest", "Mistral AI", value="1,5 milliard d'euros", article="a2", published="2025-09-10",
       modality="hedged", object_type="org"),
     "conflict", "one measure: Mistral AI, both undated, reported in 2025-09"),
    ("one measure at one stated time conflicts",
     C("Mistral AI", "valuation", value="11,7 milliards d'euros", when="en septembre 2025", article="a1"),
     C("Mistral AI", "valuation", value="14 milliards d'euros", when="en septembre 2025", article="a2"),
     "conflict", "both for 2025-09"),
    ("amounts reported months apart are change over time",
     C("Mistral AI", "valuation", value="6 milliards d'euros", article="a1", published="2025-06-10"),
     C("Mistral AI", "valuation", value="11,7 milliards d'euros", article="a2", published="2025-09-10"),
     "none", "values disjoint"),
    ("a planned amount and a spent one are two facts",
     C("Meta", "invest", value="72 milliards de dollars", article="a1"),
     C("Meta", "invest", value="$600 milliards", article="a2", modality="planned"),
     "none", "one planned, one done"),
    ("amounts for different objects are two facts",
     C("Meta", "invest", "Scale AI", value="14,3 milliards de dollars", object_type="org", article="a1"),
     C("Meta", "invest", value="$600 milliards", article="a2"),
     "none", "object on one side only"),
    ("one figure rounded differently is one fact",
     C("Meta", "invest", "Scale AI", value="14,3 milliards de dollars", object_type="org", article="a1",
       published="2025-06-12"),
     C("Meta", "invest", "Scale AI", value="15 milliards de dollars", object_type="org", article="a2",
       published="2025-06-13"),
     "link", "within 5% (rounding)"),
    ("vague amounts corroborate nothing",
     C("Meta", "invest", value="$600 milliards", article="a1"), C("Meta", "invest", value="des milliards de dollars",
                                                                    article="a2"),
     "none", "too vague"),
    ("different subjects in one sentence never conflict",
     C("Meta", "build", "Hyperion", value="5 GW", start=10), C("OpenAI", "build", "GPT-Next", value="3 GW", start=99),
     "none", "different subjects"),
    ("opposite relations on one subject conflict",
     C("Meta", "go_closed", article="a1", modality="hedged"), C("Meta", "stay_open", article="a2",
                                                                  attributed_to="Meta spokesperson"),
     "conflict", "opposite relations"),
    ("opposite polarity conflicts",
     C("Meta", "shelve", "Behemoth", article="a1"), C("Meta", "shelve", "Behemoth", article="a2", polarity="negated"),
     "conflict", "opposite polarity"),
    ("a single-valued relation with two dates conflicts",
     C("Avocado", "launch", when="au printemps 2026", article="a1", published="2026-01-08"),
     C("Avocado", "launch", when="en février 2027", article="a2", published="2026-01-08"),
     "conflict", "times disjoint"),
    ("two dates barely overlapping are two reports of when, not one",
     C("Avocado", "launch", when="au printemps 2026", article="a1", published="2025-12-11"),
     C("Avocado", "launch", when="au premier trimestre 2026", article="a2", published="2025-12-12"),
     "none", "barely overlap"),
    ("a month inside a quarter is one time",
     C("Avocado", "launch", when="en février 2026", article="a1", published="2025-12-11"),
     C("Avocado", "launch", when="au premier trimestre 2026", article="a2", published="2025-12-12"),
     "link", "times overlap"),
    ("an old stance against a recent report is change over time",
     C("Meta", "stay_open", when="en juillet 2023", article="a1"), C("Meta", "go_closed", article="a2"),
     "none", "change over time"),
    ("share moves on different days do not conflict",
     C("Meta", "stock_rise", article="a1", published="2025-12-15"),
     C("Meta", "stock_fall", article="a2", published="2025-12-16"),
     "none", "different days"),
    ("different models, same relation: not linked",
     C("Behemoth", "go_closed", article="a1"), C("Avocado", "go_closed", article="a2"),
     "none", "different subjects"),
    ("one event on two days side by side is one fact (a night, a time zone)",
     C("SSMVM", "investigate", "Valmora", when="lundi 14 septembre 2026", article="a1", published="2026-09-15",
       object_type="org"),
     C("SSMVM", "investigate", "Valmora", when="le 15 septembre 2026", article="a2", published="2026-09-15",
       object_type="org"),
     "link", "days side by side"),
    ("an event on one stated day meets its report that leaves the object unnamed",
     C("SSMVM", "investigate", when="le 14 septembre 2026", article="a1", published="2026-09-15"),
     C("SSMVM", "investigate", "Elya", when="lundi 14 septembre 2026", article="a2", published="2026-09-21",
       object_type="product"),
     "link", "the same day: 2026-09-14"),
    ("one object unnamed in the same month is no sign of one fact",
     C("SSMVM", "investigate", when="en septembre 2026", article="a1", published="2026-09-15"),
     C("SSMVM", "investigate", "Elya", when="en septembre 2026", article="a2", published="2026-09-21",
       object_type="product"),
     "none", "object on one side only"),
    ("share moves two days apart stay apart",
     C("Meta", "stock_rise", when="le 15 décembre 2025", article="a1", published="2025-12-16"),
     C("Meta", "stock_rise", when="le 17 décembre 2025", article="a2", published="2025-12-17"),
     "none", "times disjoint"),
    ("a name in the plural is the same object",
     C("Valmora", "recall", "Elyas", article="a1", object_type="product"),
     C("Valmora", "recall", "Elya", article="a2", object_type="product"),
     "link", "same object"),
    ("one verb in French and English is one fact",
     C("Valmora", "open", "modules de batterie", article="a1", predicate="remplacer"),
     C("Valmora", "open", "battery modules", article="a2", predicate="replace"),
     "link", "predicates of one family (replace)"),
    ("two figures for one recall conflict, reported months apart",
     C("Valmora", "recall", "Elya", value="48 000 véhicules", article="a1", published="2026-09-21",
       object_type="product"),
     C("Valmora", "recall", "Elyas", value="51 000 véhicules", article="a2", published="2026-11-17",
       object_type="product"),
     "conflict", "one measure: Elya"),
    ("two claims of one sentence are never compared",
     C("Meta", "go_closed", article="a1", start=5), C("Meta", "stay_open", article="a1", start=5),
     "none", "one sentence"),
    ("refusing to resign, then resigning weeks later, is a history",
     C("Claire Dunmore", "resign", article="a1", published="2026-05-19", polarity="negated", modality="planned",
       subject_type="person"),
     C("Claire Dunmore", "resign", article="a2", published="2026-06-03", when="le 2 juin 2026", subject_type="person"),
     "none", "a history, not a contradiction"),
    ("a closure plan reported, then denied a week later, conflicts",
     C("Brakon", "close_site", "Lorville plant", article="a1", published="2026-03-20", modality="planned",
       attributed_to="anonymous sources"),
     C("Brakon", "close_site", "Lorville plant", article="a2", published="2026-03-27", polarity="negated"),
     "conflict", "opposite polarity"),
    ("a resignation denied on the day it is reported done conflicts",
     C("Claire Dunmore", "resign", article="a1", published="2026-06-03", polarity="negated", subject_type="person"),
     C("Claire Dunmore", "resign", article="a2", published="2026-06-03", subject_type="person"),
     "conflict", "opposite polarity"),
    # a death toll is a running count: one figure on two days is one count, another figure is the count moving on
    ("a toll repeated the next day is one count",
     C("Valmora", "toll", value="27 morts", article="a1", published="2026-03-18", subject_type="place"),
     C("Valmora", "toll", value="27 personnes", article="a2", published="2026-03-19", subject_type="place"),
     "link", "a running count"),
    ("a toll that rose from one day to the next is no contradiction",
     C("Valmora", "toll", value="douze morts", article="a1", published="2026-03-16", subject_type="place"),
     C("Valmora", "toll", value="27 morts", article="a2", published="2026-03-18", subject_type="place"),
     "none", "reported on different days"),
    ("two floors of one day's toll are two counts, neither one fact nor a contradiction",
     C("Valmora", "toll", value="au moins douze morts", article="a1", published="2026-03-17", subject_type="place"),
     C("Valmora", "toll", value="plus de quarante morts", article="a2", published="2026-03-17",
       subject_type="place"),
     "none", "two different bounds"),
    ("an exact toll that a floor of the same day leaves out conflicts",
     C("Valmora", "toll", value="douze morts", article="a1", published="2026-03-17", subject_type="place"),
     C("Valmora", "toll", value="plus de quarante morts", article="a2", published="2026-03-17",
       subject_type="place", attributed_to="Alerte Solidarité"),
     "conflict", "lies outside"),
    ("a count dated the evening of the collapse and one dated the next day's statement, both told that day, "
     "conflict",
     C("Lormeval", "injured", value="onze blessés", when="mardi 9 mars 2027", article="a1", published="2027-03-10",
       subject_type="place", attributed_to="préfecture"),
     C("Lormeval", "injured", value="14 blessés", when="le 10 mars 2027", article="a2", published="2027-03-10",
       subject_type="place", attributed_to="fire service"),
     "conflict", "a running count told the same day"),
    ("a toll dated on two days a week apart is the count moving on, not a contradiction",
     C("Lormeval", "toll", value="trois morts", when="mardi 9 mars 2027", article="a1", published="2027-03-10",
       subject_type="place"),
     C("Lormeval", "toll", value="quatre morts", when="le 16 mars 2027", article="a2", published="2027-03-19",
       subject_type="place"),
     "none", "a running count told on different days"),
    ("an event that happens once, told again undated after its date, is one fact",
     C("Llama 4", "fail", article="a1", published="2025-12-10", subject_type="model"),
     C("Llama 4", "fail", when="en avril 2025", article="a2", published="2025-12-12", subject_type="model"),
     "link", "told after it happened"),
    ("a dated event and an undated report before it are two moments",
     C("Avocado", "launch", article="a1", published="2025-06-10"),
     C("Avocado", "launch", when="en mars 2026", article="a2", published="2026-04-12"),
     "none", "long before/after the report"),
    ("a regulator described as a watchdog in one outlet is the same regulator",
     C("France's vehicle safety watchdog", "investigate", "Aster E", article="a1", object_type="model"),
     C("France's vehicle safety regulator", "investigate", "Aster E", article="a2", object_type="model"),
     "link", "alike subjects"),
    ("an organisation and the acronym its name spells are one subject",
     C("People's Renewal Party", "investigate", "Baltera", article="a1", object_type="org"),
     C("PRP", "investigate", "Baltera", article="a2", object_type="org"),
     "link", "PRP spells People's Renewal Party"),
    ("an acronym its name does not spell is another subject",
     C("Estravian Competition Authority", "investigate", "Baltera", article="a1", object_type="org"),
     C("AEC", "investigate", "Baltera", article="a2", object_type="org"),
     "none", "different subjects"),
    ("one precise fine named by two actors' names is one fact",
     C("Estravia's competition watchdog", "fine", "Pinecrest Systems", value="1,84 milliard d'euros", article="a1",
       published="2026-02-16"),
     C("AEC", "fine", "Pinecrest Systems", value="1,84 milliard d'euros", article="a2", published="2026-02-17"),
     "link", "one precise figure"),
    ("a round figure does not name its fact: other actors, other fines",
     C("Estravia", "fine", "Pinecrest", value="2 milliards d'euros", article="a1", published="2026-02-16"),
     C("Brussels", "fine", "Pinecrest", value="2 milliards d'euros", article="a2", published="2026-02-17"),
     "none", "different subjects"),
    ("one precise figure of two kinds of fact is no link",
     C("Estravia", "fine", "Pinecrest", value="1,84 milliard d'euros", article="a1", published="2026-02-16"),
     C("Tidewater", "invest", "Pinecrest", value="1,84 milliard d'euros", article="a2", published="2026-02-17"),
     "none", "different subjects"),
    ("who appointed him and that he was appointed are one fact",
     C("Matthias Kerren", "appoint", "Jonas Peltar", object_type="person", subject_type="person", article="a1",
       when="le 6 mars 2026"),
     C("Jonas Peltar", "appointed", "ministre de l'Énergie", subject_type="person", article="a2",
       when="le 6 mars 2026"),
     "link", "Jonas Peltar underwent what Matthias Kerren did"),
    ("a fine told in the passive meets the regulator's fine of one figure",
     C("AEC", "fine", "Pinecrest Systems", object_type="org", value="1,84 milliard d'euros", article="a1",
       published="2026-02-17"),
     C("Pinecrest Systems", "fined", subject_type="org", value="1,84 milliard d'euros", article="a2",
       published="2026-02-17"),
     "link", "underwent what AEC did"),
    ("one body named in French and in English is one subject",
     C("Autorité estravienne de la concurrence", "fine", "Pinecrest Systems", object_type="org", subject_type="org",
       value="1,84 milliard d'euros", article="a1", published="2026-02-17"),
     C("Estravian Competition Authority", "fine", "Pinecrest Systems", object_type="org", subject_type="org",
       value="1,84 milliard d'euros", article="a2", published="2026-02-17"),
     "link", "one body named in two languages"),
    ("two bodies with words in common are two subjects",
     C("Autorité estravienne de la concurrence", "fine", "Pinecrest Systems", object_type="org", subject_type="org",
       value="1,84 milliard d'euros", article="a1", published="2026-02-17"),
     C("Estravian Energy Authority", "fine", "Pinecrest Systems", object_type="org", subject_type="org",
       value="2 milliards d'euros", article="a2", published="2026-02-17"),
     "none", "different subjects"),
    ("someone else appointed is another fact",
     C("Matthias Kerren", "appoint", "Jonas Peltar", object_type="person", subject_type="person", article="a1"),
     C("Helena Vostrik", "appointed", subject_type="person", article="a2"),
     "none", "different subjects"),
]


@pytest.mark.parametrize("label, a, b, kind, phrase", ROWS, ids=[r[0] for r in ROWS])
def test_levels(label, a, b, kind, phrase):
    d = compare(a, b)
    assert d.kind == kind, d.reason
    assert phrase in d.reason
    assert compare(b, a).kind == kind  # symmetric


def test_every_level_has_a_label():
    d = compare(C("Meta", "go_closed", article="a1"), C("Meta", "stay_open", article="a2"))
    assert [r.level for r in d.levels] == ["subject", "relation", "object", "value", "time", "polarity", "modality",
                                           "source"]
    assert all(r.label for r in d.levels)
    assert all(r.code.startswith(r.level + ".") for r in d.levels)  # decisions read codes, people read labels


def test_hedged_against_asserted_is_labelled():
    d = compare(C("Meta", "go_closed", article="a1", modality="hedged"), C("Meta", "stay_open", article="a2"))
    assert "asserted vs hedged" in d.reason or "hedged vs asserted" in d.reason


def test_one_toll_reported_on_two_days_meets_in_a_block_and_a_dated_toll_meets_that_day_s_report():
    from claimtrack.reconcile.blocking import block_keys
    wed = C("Valmora", "toll", value="27 morts", article="a1", published="2026-03-18", subject_type="place")
    fri = C("Valmora", "toll", value="27 people", article="a2", published="2026-03-20", subject_type="place")
    other = C("Valmora", "toll", value="12 people", article="a3", published="2026-03-20", subject_type="place")
    assert set(block_keys(wed)) & set(block_keys(fri))
    assert not set(block_keys(wed)) & set(block_keys(other))
    # "douze morts mardi soir" in a Wednesday paper and "plus de quarante morts" undated in a Tuesday one
    dated = C("Valmora", "toll", value="douze morts", when="mardi 17 mars 2026", article="a4", published="2026-03-18",
              subject_type="place")
    undated = C("Valmora", "toll", value="plus de quarante morts", article="a5", published="2026-03-17",
                subject_type="place")
    assert set(block_keys(dated)) & set(block_keys(undated))
    assert compare(dated, undated).kind == "conflict"


def test_a_name_in_the_plural_meets_its_singular_in_a_block():
    from claimtrack.reconcile.blocking import block_keys
    plural = block_keys(C("Valmora", "recall", "Elyas", article="a1", object_type="product"))
    singular = block_keys(C("Valmora", "recall", "Elya", article="a2", object_type="product"))
    assert set(plural) & set(singular)


def test_a_person_named_in_full_meets_the_same_person_by_surname():
    from claimtrack.reconcile.blocking import block_keys
    full = C("Bertrand Lescure", "resign", "Valmora", article="a1", subject_type="person", object_type="org")
    surname = C("Lescure", "resign", "Valmora", article="a2", subject_type="person", object_type="org")
    assert set(block_keys(full)) & set(block_keys(surname))
    assert compare(full, surname).kind == "link"


def test_a_share_move_of_one_stated_day_meets_its_later_report():
    from claimtrack.reconcile.blocking import block_keys
    wire = C("Valmora", "stock_fall", value="6,1 %", when="le 15 septembre 2026", article="a1", published="2026-09-15")
    later = C("Valmora", "stock_fall", value="6,1 %", when="le 15 septembre 2026", article="a2", published="2026-09-21")
    assert set(block_keys(wire)) & set(block_keys(later))
    assert compare(wire, later).kind == "link"


def test_leaving_a_named_employer_meets_leaving_with_none_named_but_acquiring_does_not():
    # relations.yaml object_optional: whom a person leaves is often left out
    from claimtrack.reconcile.blocking import block_keys
    named = C("Lescure", "resign", "Valmora", article="a1", subject_type="person", object_type="org")
    bare = C("Lescure", "resign", article="a2", subject_type="person")
    assert set(block_keys(named)) & set(block_keys(bare))
    assert compare(named, bare).kind == "link"
    bought = C("Northgate", "acquire", "Arvelle", article="a1", object_type="org")
    unnamed = C("Northgate", "acquire", article="a2")
    assert not set(block_keys(bought)) & set(block_keys(unnamed))


def test_moving_aircraft_in_english_meets_transferring_them_in_french():
    # vocabulary.yaml family `transfer`: move, shift, transférer, délocaliser
    from claimtrack.reconcile.blocking import block_keys
    moved = C("Aerlis", "open", "12 of its Airbus A320neo aircraft", article="a1", predicate="move",
              modality="planned", when="au printemps 2027")
    moved_fr = C("Aerlis", "open", "Airbus A320neo", article="a2", predicate="transférer", modality="planned",
                 when="au printemps 2027")
    assert set(block_keys(moved)) & set(block_keys(moved_fr))
    assert compare(moved, moved_fr).kind == "link"
    switched = C("Aerlis", "open", "Airbus A320neo", article="a2", predicate="switch", modality="planned",
                 when="au printemps 2027")
    assert not set(block_keys(moved)) & set(block_keys(switched))  # "switch to" adopts, it moves nothing


def test_an_organisation_named_without_its_suffix_is_the_same_subject():
    from claimtrack.reconcile.blocking import block_keys
    full = C("Kestova Energy", "deny", article="a1", subject_type="org", published="2026-10-15")
    short = C("Kestova", "deny", article="a2", subject_type="org", published="2026-10-21")
    assert set(block_keys(full)) & set(block_keys(short))
    d = compare(full, short)
    assert d.kind == "link" and any(r.code == "subject.short_name" for r in d.levels)
    from claimtrack.reconcile.blocking import short_name
    assert (short_name("Northgate Dynamics"), short_name("Air France"), short_name("AI Labs")) == ("Northgate", None, None)


def test_a_counted_subject_meets_its_translation_on_its_number():
    # "842 vols ont été annulés" / "842 flights were cancelled": one count, any language or number style
    from claimtrack.reconcile.blocking import block_keys, counted
    assert [counted(s) for s in ("842 vols", "1,400 flights", "1 400 vols", "about 96,000 passengers",
                                 "et quelque 96 000 passagers", "2026 models", "Airbus A320neo", "Meta")] == \
        [842, 1400, 1400, 96000, 96000, None, None, None]
    fr_ = C("842 vols", "cancel", article="a1", subject_type=None, published="2026-11-20")
    en_ = C("842 flights", "cancel", article="a2", subject_type=None, published="2026-12-02")
    other = C("842 passagers", "cancel", article="a2", subject_type=None, published="2026-12-02")
    assert set(block_keys(fr_)) & set(block_keys(en_))
    d = compare(fr_, en_)
    assert d.kind == "link" and any(r.code == "subject.counted" for r in d.levels), d.reason
    assert compare(fr_, C("1,150 flights", "cancel", article="a2", subject_type=None)).kind == "none"
    assert compare(fr_, other).kind == "link"  # the relation says what was counted: one cancellation of 842
    passive_fr = C("96 000 passagers", "open", article="a1", subject_type=None, predicate="être touchés")
    passive_en = C("96,000 passengers", "open", article="a2", subject_type=None, predicate="be affected")
    assert set(block_keys(passive_fr)) & set(block_keys(passive_en))
    assert compare(passive_fr, passive_en).kind == "link"  # toucher / affect: one family, read through the passive


def test_one_subject_and_one_precise_figure_are_one_fact_whatever_the_verb():
    from claimtrack.reconcile.blocking import block_keys
    demand = C("SPNA", "open", article="a1", predicate="demand", value="6 %")
    want = C("SPNA", "open", article="a2", predicate="want", value="6 %")
    asks = C("SPNA", "open", "une hausse des salaires", article="a2", predicate="chiffrer", value="6 %")
    for other in (want, asks):  # one family; no family, but the same figure
        assert set(block_keys(demand)) & set(block_keys(other))
        assert compare(demand, other).kind == "link"
    assert compare(demand, C("SPNA", "open", article="a2", predicate="want", value="4 %")).kind == "none"
    assert compare(demand, C("Aerlis", "open", article="a2", predicate="offer", value="6 %")).kind == "none"
    vague = C("SPNA", "open", article="a2", predicate="chiffrer", value="des milliards de dollars",
              evidence="Le SPNA chiffre le coût à des milliards de dollars.")
    assert compare(C("SPNA", "open", article="a1", predicate="demand", value="des milliards de dollars",
                     evidence="The union demands billions of dollars."), vague).kind == "none"  # vague: says nothing


def test_one_figure_of_one_verb_family_is_one_fact_though_objects_are_worded_apart():
    en = C("SPNA", "open", "6% pay rise", article="a1", predicate="demand", value="6%",
           evidence="The pilots' union SPNA demands a 6% pay rise for its members.")
    fr = C("SPNA", "open", "augmentation de 6 % des salaires", article="a2", predicate="réclamer", value="6 %",
           evidence="Le SPNA réclame une augmentation de 6 % des salaires.")
    assert compare(en, fr).kind == "link"
    other = C("SPNA", "open", "prime de nuit", article="a2", predicate="réclamer", value="4 %")
    assert compare(en, other).kind == "none"  # another figure: another demand


def test_a_body_of_a_state_is_part_of_it_and_never_the_article_s_company():
    probe_eu = C("European Union", "investigate", "Arvelle", article="a1", subject_type="place", object_type="org")
    probe_ec = C("European Commission", "investigate", "Arvelle", article="a2", object_type="org")
    d = compare(probe_eu, probe_ec)
    assert d.kind == "link" and any(r.code == "subject.part_of" for r in d.levels), d.reason


def test_a_sum_invested_and_the_same_sum_paid_for_one_stake_are_one_fact():
    from claimtrack.reconcile.blocking import block_keys, probe_keys
    invest = C("Meta", "invest", "Scale AI", value="14,3 milliards de dollars", article="a1", published="2025-07-15",
               modality="planned", object_type=None)
    paid = C("Meta", "pay", "Scale AI", value="14,3 milliards de dollars", article="a2", published="2026-01-12",
             when="en juin 2025", object_type="org")
    assert {p for k in block_keys(paid) for p in probe_keys(k)} & set(block_keys(invest))
    d = compare(invest, paid)
    assert d.kind == "link" and any(r.code == "relation.family" for r in d.levels), d.reason
    other = C("Meta", "pay", "Scale AI", value="2 milliards de dollars", article="a2", object_type="org")
    assert compare(invest, other).kind == "none"
    fr_ = C("Meta", "cut_funding", "le financement des initiatives métaverse", article="a1", object_type=None)
    en_ = C("Meta", "cut_funding", "metaverse budget", article="a2", object_type=None)
    assert compare(fr_, en_).kind == "link"  # accents aside, one word in common


def test_one_ceiling_stated_twice_is_one_figure():
    from claimtrack.reconcile.blocking import block_keys
    fr = C("Meta", "invest", "États-Unis", article="a1", value="jusqu'à 600 milliards de dollars",
           evidence="Meta va investir jusqu'à 600 milliards de dollars aux États-Unis d'ici 2028.")
    from claimtrack.extract.quantities import find_quantities
    en = C("Meta", "invest", "US data centers", article="a2",
           evidence="Meta to spend up to $600 billion on US data centers through 2028")
    en = en.model_copy(update={"value": find_quantities("up to $600 billion", "en")[0].quantity})
    assert en.value.lower is None and set(block_keys(fr)) & set(block_keys(en))
    assert compare(fr, en).kind == "link"


def test_a_ceiling_and_the_same_exact_figure_are_one_figure():
    from claimtrack.extract.quantities import find_quantities
    up_to = C("Meta", "invest", "US data centers", article="a1", evidence="Meta to spend up to $600 billion")
    up_to = up_to.model_copy(update={"value": find_quantities("up to $600 billion", "en")[0].quantity})
    exact = C("Meta", "invest", "America", article="a2", evidence="Meta will spend $600bn in America")
    exact = exact.model_copy(update={"value": find_quantities("$600bn", "en")[0].quantity})
    other = exact.model_copy(update={"value": find_quantities("$70bn", "en")[0].quantity})
    value = lambda a, b: next(l.code for l in compare(a, b).levels if l.code.startswith("value."))  # noqa: E731
    assert value(up_to, exact) == "value.overlap"
    assert value(up_to, other) != "value.overlap"


def test_a_player_s_goals_in_french_meet_his_goals_in_english_under_his_full_name():
    # vocabulary.yaml family `score` (inscrire, score) and noun `but`; a name the gazetteer does not know
    # is also filed under its last word (blocking.name_parts), so "Berrada" meets "Yanis Berrada"
    from claimtrack.reconcile.blocking import block_keys
    en = C("Yanis Berrada", "open", "14 goals", article="a1", predicate="score", subject_type="misc") \
        .model_copy(update={"language": "en"})
    fr = C("Berrada", "open", "14 buts en championnat", article="a2", predicate="inscrire", subject_type="person") \
        .model_copy(update={"language": "fr"})
    assert set(block_keys(en)) & set(block_keys(fr))
    d = compare(en, fr)
    assert d.kind == "link" and "one object in two languages" in d.reason
    assists = C("Berrada", "open", "sept passes décisives", article="a2", predicate="inscrire",
                subject_type="person").model_copy(update={"language": "fr"})
    assert compare(en, assists).kind == "none"


def test_an_english_object_meets_a_french_one_in_the_singular():
    from claimtrack.reconcile.words import load_vocabulary
    vocab = load_vocabulary()
    assert vocab.in_english("ses actions", "fr") == vocab.in_english("its shares", "en") == "share"


def test_one_french_object_in_two_wordings_the_glossary_reads_as_one():
    a = C("GHSD", "delay", "interventions chirurgicales non urgentes", article="a1", subject_type="org") \
        .model_copy(update={"language": "fr"})
    b = C("GHSD", "delay", "opérations programmées non urgentes", article="a2", subject_type="org") \
        .model_copy(update={"language": "fr"})
    d = compare(a, b)
    assert d.kind == "link" and "two languages or wordings" in d.reason
    c = C("GHSD", "delay", "consultations externes non urgentes", article="a3", subject_type="org") \
        .model_copy(update={"language": "fr"})
    assert "two languages or wordings" not in compare(a, c).reason  # no word the glossary makes one


def test_an_unnamed_body_meets_the_same_body_named_with_its_place():
    from claimtrack.reconcile.blocking import block_keys
    a = C("parquet de Paris", "investigate", article="a1", subject_type="org")
    b = C("parquet", "investigate", article="a2", subject_type="org")
    assert set(block_keys(a)) & set(block_keys(b))


def test_one_verb_in_two_languages_meets_through_its_gloss_and_says_so():
    # vocabulary.yaml glosses: "agir" is "acts"; "recommander" and "advise" share the family `advise`
    from claimtrack.reconcile.blocking import block_keys
    acted = C("Valmora", "open", None, article="a1", predicate="agir").model_copy(update={"language": "fr"})
    acted_en = C("Valmora", "open", None, article="a2", predicate="act").model_copy(update={"language": "en"})
    assert set(block_keys(acted)) & set(block_keys(acted_en))
    d = compare(acted, acted_en)
    assert d.kind == "link"
    assert any(r.code == "relation.translated" and "agir" in r.text() for r in d.levels)
    waited = C("Valmora", "open", None, article="a2", predicate="wait",
               evidence="Valmora waited for the tests").model_copy(update={"language": "en"})
    assert compare(acted, waited).kind == "none"
    advised = C("Valmora", "open", None, article="a2", predicate="advise").model_copy(update={"language": "en"})
    recommended = C("Valmora", "open", None, article="a1", predicate="recommander").model_copy(
        update={"language": "fr"})
    assert compare(advised, recommended).kind == "link"


def test_one_verb_of_one_subject_on_one_day_meets_whatever_the_objects():
    from claimtrack.reconcile.blocking import block_keys
    told = C("Valmora", "open", "SSMVM", article="a1", predicate="notify", when="le 11 septembre 2026")
    told_fr = C("Valmora", "open", None, article="a2", predicate="notify", when="le 11 septembre 2026")
    later = C("Valmora", "open", None, article="a2", predicate="notify", when="le 12 septembre 2026")
    assert set(block_keys(told)) & set(block_keys(told_fr))
    assert not set(block_keys(told)) & set(block_keys(later))


def test_one_place_named_in_two_languages_is_one_object():
    from claimtrack.reconcile.blocking import block_keys
    en_ = C("Meta", "invest", "United States", article="a1", when="d'ici 2028", modality="planned")
    fr_ = C("Meta", "invest", "États-Unis", article="a2", when="d'ici 2028", modality="planned")
    assert set(block_keys(en_)) & set(block_keys(fr_))
    d = compare(en_, fr_)
    assert d.kind == "link" and any(r.code == "object.same" and "United States" in r.text() for r in d.levels)
    china = C("Meta", "invest", "Chine", article="a2", when="d'ici 2028", modality="planned")
    assert compare(en_, china).kind == "none"


def test_two_headlines_sharing_one_precise_figure_tell_one_story():
    def h(subject, predicate, text, value):
        return C(subject, "open", None, article=subject + predicate, predicate=predicate, value=value,
                 evidence=text).model_copy(update={"headline": True, "language": "en"})
    stole = h("Hackers", "steal", "Hackers steal personal data of 2 million Northgate Bank customers", "2 millions")
    hit = h("Northgate", "be affected", "Northgate breach affected about 2 million accounts", "environ 2 millions")
    d = compare(stole, hit)
    assert d.kind == "link" and "figure" in d.levels[0].text()
    other = h("Northgate", "be affected", "Northgate breach affected about 5 million accounts", "environ 5 millions")
    assert compare(stole, other).kind == "none"


def test_one_precise_sum_told_months_later_without_its_date_is_the_same_payment():
    dated = C("Meta", "pay", "Scale AI", article="a1", value="14,3 milliards de dollars", when="en juin 2025",
              published="2025-06-13", object_type="org")
    later = C("Meta", "pay", "Scale AI", article="a2", value="14,3 milliards de dollars", published="2026-01-10",
              object_type="org")
    assert compare(dated, later).kind == "link"
    other = C("Meta", "pay", "Scale AI", article="a2", value="2 milliards de dollars", published="2026-01-10",
              object_type="org")
    assert compare(dated, other).kind != "link"


def test_two_object_phrases_naming_one_entity_in_two_languages_meet_on_it():
    en_ = C("Meta", "invest", "U.S. infrastructure", article="a1", value="600 milliards de dollars",
            when="d'ici 2028", modality="planned")
    fr_ = C("Meta", "invest", "infrastructures et à l'emploi aux États-Unis", article="a2",
            value="600 milliards de dollars", when="d'ici 2028", modality="planned")
    d = compare(en_, fr_)
    assert d.kind == "link"
    assert any(r.code == "object.shared_entity" and "United States" in r.text() for r in d.levels)
    from claimtrack.reconcile.blocking import block_keys
    unvalued = C("Meta", "invest", "U.S. infrastructure", article="a3", when="d'ici 2028", modality="planned")
    assert set(block_keys(unvalued)) & set(block_keys(fr_))
    china = C("Meta", "invest", "data centres in China", article="a2", value="600 milliards de dollars",
              when="d'ici 2028", modality="planned")
    assert not any(r.code == "object.shared_entity" for r in compare(en_, china).levels)


def test_a_gang_named_with_its_kind_words_meets_its_bare_name():
    from claimtrack.reconcile.blocking import short_name
    full = C("CorvusLock ransomware gang", "claim_responsibility", obj="attack", article="a1", subject_type="org",
             published="2026-10-15")
    bare = C("CorvusLock", "claim_responsibility", obj="attack", article="a2", subject_type="org",
             published="2026-10-16")
    d = compare(full, bare)
    assert any(r.code == "subject.short_name" for r in d.levels)
    assert (short_name("CorvusLock ransomware gang"), short_name("Groupe hospitalier"),
            short_name("Acme ransomware")) == ("CorvusLock", None, None)


@pytest.mark.parametrize("fr_pred, en_pred, value_fr, value_en", [
    ("débloquer", "release", "1,2 million d'euros", "1.2 million euros"),
    ("réclamer", "ask", "2 millions de dollars", "$2 million"),
])
def test_one_sum_released_or_asked_for_in_french_and_english_is_one_fact(fr_pred, en_pred, value_fr, value_en):
    fr = C("ARS", "open", None, article="a1", predicate=fr_pred, value=value_fr, published="2026-10-14")
    en = C("ARS", "open", None, article="a2", predicate=en_pred, value=value_en, published="2026-10-15")
    assert compare(fr, en).kind == "link"


def test_services_restored_and_services_that_came_back_at_one_time_are_one_fact():
    a = C("Services", "open", None, article="a1", predicate="be restored", subject_type=None,
          when="début novembre 2026")
    b = C("most services", "open", None, article="a2", predicate="come back", subject_type=None,
          when="début novembre 2026")
    assert compare(a, b).kind == "link"


@pytest.mark.parametrize("full, short", [
    ("Laboratoires Verdane", "Verdane"),  # a kind word before the name
    ("Groupe hospitalier Val-de-Loire", "Val-de-Loire"),  # and the lowercase words after it
    ("Kestova Energy", "Kestova"),  # a kind word after it
])
def test_an_organisation_named_with_or_without_its_kind_word_is_one_subject(full, short):
    from claimtrack.reconcile.blocking import block_keys
    a = C(full, "open", "CORALIS", article="a1", predicate="halt", subject_type="org",
          evidence=f"{full} halted the CORALIS trial.")
    b = C(short, "open", "CORALIS", article="a2", predicate="halt", subject_type="org",
          evidence=f"{short} a interrompu l'essai CORALIS.")
    assert set(block_keys(a)) & set(block_keys(b))
    d = compare(a, b)
    assert d.kind == "link" and any(r.code == "subject.short_name" for r in d.levels), d.reason


@pytest.mark.parametrize("name", ["Banque de France", "Société Générale", "Centre hospitalier de Nantes",
                                  "Air France", "Groupe France"])
def test_a_name_whose_first_word_is_part_of_it_keeps_it(name):
    from claimtrack.reconcile.blocking import short_name
    assert short_name(name) is None


def test_a_product_and_its_maker_are_one_subject_when_the_maker_s_clause_names_the_product():
    from claimtrack.reconcile.blocking import block_keys
    product = C("Avocado", "go_closed", article="a1", modality="hedged",
                evidence="Avocado could be released as a closed model.")
    maker = C("Meta", "go_closed", article="a2", modality="hedged",
              evidence="Meta could keep Avocado closed and sell access to it.")
    assert set(block_keys(product)) & set(block_keys(maker))
    d = compare(product, maker)
    assert d.kind == "link" and any(r.code == "subject.owner" for r in d.levels), d.reason
    # the maker's clause about its models in general is another fact
    general = C("Meta", "go_closed", article="a3", evidence="Meta is moving its best models to closed licences.")
    assert compare(product, general).kind == "none"
    # another company's clause naming the product does not make it the product's maker
    other = C("OpenAI", "go_closed", article="a3", evidence="OpenAI could keep Avocado closed, a rival joked.")
    assert compare(product, other).kind == "none"


def _unnamed(subject, lang, **kw):
    """A claim whose subject no gazetteer or recogniser names (the helper types its subjects)."""
    return C(subject, **kw).model_copy(update={"subject_type": None, "language": lang})


def test_unnamed_subjects_with_one_head_noun_are_one_subject_but_counts_stay_apart():
    from claimtrack.reconcile.blocking import block_keys
    back = _unnamed("most services", "en", relation="open", article="a1", predicate="come back",
                    when="début novembre 2026", published="2026-11-06")
    restored = _unnamed("Services", "en", relation="open", article="a2", predicate="be restored",
                        when="début novembre 2026", published="2026-11-07")
    assert set(block_keys(back)) & set(block_keys(restored))
    d = compare(back, restored)
    assert d.kind == "link" and any(r.code == "subject.same_head" for r in d.levels), d.reason
    shops = _unnamed("most shops", "en", relation="open", article="a2", predicate="come back",
                     when="début novembre 2026", published="2026-11-07")
    assert compare(back, shops).kind == "none"  # another head: other things came back
    few = _unnamed("248 flights", "en", relation="cancel", article="a1", when="le 3 novembre 2026")
    one = _unnamed("flight", "en", relation="cancel", article="a2", when="le 3 novembre 2026")
    assert compare(few, one).kind == "none"  # a count is its number, not its noun (subject.counted)


def test_an_unnamed_subject_meets_its_translation_by_its_head_noun():
    from claimtrack.reconcile.blocking import block_keys
    fr_ = _unnamed("première audience", "fr", relation="open", article="a1", predicate="être fixée",
                   when="en mars 2027", published="2026-12-02")
    en_ = _unnamed("first hearing", "en", relation="open", article="a2", predicate="be set",
                   when="in March 2027", published="2026-12-03")
    assert set(block_keys(fr_)) & set(block_keys(en_))
    d = compare(fr_, en_)
    assert d.kind == "link" and any(r.code == "subject.same_head" for r in d.levels), d.reason


@pytest.mark.parametrize("denied_object", [
    "Orion 3",  # "Kestova denied any delay" after the article told the delay of Orion 3
    None,  # "no changes to the timeline", a spokesperson said: the delay of whatever was told that week
])
def test_a_delay_and_its_denial_meet_and_conflict_though_only_the_delay_has_a_date(denied_object):
    # a delay's time is where the date moved to; its denial, weeks apart, speaks of the same moment
    from claimtrack.reconcile.blocking import block_keys
    delayed = C("Kestova AI", "delay", "Orion 3", article="a1", when="au deuxième trimestre 2027",
                published="2026-11-20", object_type="model", attributed_to="anonymous sources")
    denied = C("Kestova AI", "delay", denied_object, article="a2", polarity="negated", modality="reported",
               published="2026-11-21", object_type="model" if denied_object else None,
               attributed_to="Kestova AI spokesperson")
    assert set(block_keys(delayed)) & set(block_keys(denied))
    d = compare(delayed, denied)
    assert d.kind == "conflict", d.reason
    months_later = denied.model_copy(update={"published": denied.published.replace(year=2027, month=10)})
    assert compare(delayed, months_later).kind != "conflict"  # a later statement: another moment


def test_an_old_date_told_with_the_move_is_history_not_a_contradiction():
    # "had been aiming to ship it by the end of 2025, has been pushed back to the first quarter": the old date
    # of a sentence that says the date moved does not contradict the new one
    old = C("Orion", "launch", article="a1", modality="planned", when="fin 2025", published="2025-12-10",
            subject_type="model",
            evidence="Orion, which Kestova had been aiming to ship by the end of 2025, has been pushed back to the "
                     "first quarter of 2026.")
    new = C("Orion", "launch", article="a2", modality="planned", when="au premier trimestre 2026",
            published="2025-12-12", subject_type="model", evidence="Orion will launch in the first quarter of 2026.")
    d = compare(old, new)
    assert d.kind == "none" and any(r.code == "time.moved" for r in d.levels), d.reason
    plain = old.model_copy(update={"evidence": "Orion will ship by the end of 2025, Kestova said."})
    assert compare(plain, new).kind == "conflict"  # two dates for one launch, neither told as a move


def test_one_precise_figure_of_one_kind_of_fact_meets_in_a_block_whoever_the_actor():
    from claimtrack.reconcile.blocking import block_keys
    a = C("Estravia's competition watchdog", "fine", "Pinecrest Systems", value="1,84 milliard d'euros",
          published="2026-02-16")
    b = C("AEC", "fine", "Pinecrest Systems", value="1,84 milliard d'euros", article="a2", published="2026-02-17")
    rounded = C("Brussels", "fine", "Pinecrest Systems", value="2 milliards d'euros", article="a3",
                published="2026-02-17")
    assert set(block_keys(a)) & set(block_keys(b))
    assert not set(block_keys(a)) & set(block_keys(rounded))


def test_an_organisation_meets_its_acronym_in_a_block():
    from claimtrack.reconcile.blocking import block_keys
    a = C("Parti du renouveau populaire", "investigate", "Baltera", object_type="org")
    b = C("PRP", "investigate", "Baltera", article="a2", object_type="org")
    assert set(block_keys(a)) & set(block_keys(b))


def test_a_motion_tabled_by_a_party_in_english_meets_the_one_its_acronym_filed_in_french():
    from claimtrack.reconcile.blocking import block_keys
    en = C("People's Renewal Party", "open", "motion of no confidence", predicate="table", when="le 10 mars 2026",
           article="a1").model_copy(update={"language": "en"})
    fr = C("PRP", "open", "motion de censure", predicate="déposer", when="le 10 mars 2026",
           article="a2").model_copy(update={"language": "fr"})
    assert set(block_keys(en)) & set(block_keys(fr))
    d = compare(en, fr)
    assert d.kind == "link", [r.text() for r in d.levels]


def test_an_event_told_undated_meets_its_dated_report_in_a_block():
    from claimtrack.reconcile.blocking import block_keys
    a = C("Llama 4", "fail", published="2025-12-10", subject_type="model")
    b = C("Llama 4", "fail", when="en avril 2025", article="a2", published="2025-12-12", subject_type="model")
    assert set(block_keys(a)) & set(block_keys(b))


def test_a_company_s_store_withdrawn_in_french_meets_its_app_store_pulled_in_english():
    fr = C("Pinecrest Store", "open", "boutique d'applications", predicate="retirer", modality="hedged",
           article="a1", published="2026-02-17").model_copy(update={"language": "fr"})
    en = C("Pinecrest", "open", "app store", predicate="pull", modality="hedged", article="a2",
           published="2026-03-12").model_copy(update={"language": "en"})
    from claimtrack.reconcile.blocking import block_keys
    assert set(block_keys(fr)) & set(block_keys(en))
    d = compare(fr, en)
    assert d.kind == "link", [r.text() for r in d.levels]


def test_an_act_and_what_its_object_underwent_meet_but_two_acts_on_one_object_not_there():
    from claimtrack.reconcile.blocking import block_keys, probe_keys

    def probes(c):
        return {p for k in block_keys(c) for p in probe_keys(k)}

    active = C("Matthias Kerren", "appoint", "Jonas Peltar", object_type="person", subject_type="person", article="a1",
               published="2026-03-06")
    passive = C("Jonas Peltar", "appointed", subject_type="person", article="a2", published="2026-03-07")
    other = C("Helena Vostrik", "appointed", subject_type="person", article="a3", published="2026-03-07")
    another_act = C("Irena Salko", "appoint", "Jonas Peltar", object_type="person", subject_type="person",
                    article="a4", published="2026-03-06")
    assert probes(active) & set(block_keys(passive)) and probes(passive) & set(block_keys(active))
    assert not probes(active) & set(block_keys(other))
    assert not probes(active) & set(block_keys(another_act))  # their subjects differ: no block of theirs


def test_the_reconciler_s_held_claims_meet_in_either_voice():
    from claimtrack.reconcile.engine import held
    active = C("Matthias Kerren", "appoint", "Jonas Peltar", object_type="person", subject_type="person", article="a1",
               when="le 6 mars 2026")
    passive = C("Jonas Peltar", "appointed", subject_type="person", article="a2", when="le 6 mars 2026")
    assert compare(held(active), held(passive)).kind == compare(held(passive), held(active)).kind == "link"


def test_one_body_named_in_two_languages_shares_a_block():
    from claimtrack.reconcile.blocking import block_keys
    fr = C("Autorité brévanienne de l'aviation civile", "investigate", subject_type="org", article="a1",
           published="2026-10-06")
    en = C("Brevanian Civil Aviation Authority", "investigate", subject_type="org", article="a2", published="2026-10-07")
    assert set(block_keys(fr)) & set(block_keys(en))


def test_a_plan_dated_ahead_meets_the_same_sum_told_undated_in_the_quarter_it_was_reported():
    from claimtrack.reconcile.blocking import block_keys, probe_keys
    plan = C("Meta", "invest", "infrastructures aux États-Unis", article="a1", value="600 milliards de dollars",
             when="d'ici 2028", modality="planned", published="2025-12-18")
    told = C("Meta", "invest", "U.S. infrastructure", article="a2", value="600 milliards de dollars",
             published="2025-12-10")
    probed = {p for k in block_keys(told) for p in probe_keys(k)}
    assert probed & set(block_keys(plan))  # met in one block, though the plan's time is years ahead
    d = compare(plan, told)
    assert d.kind == "link"
    assert {r.code for r in d.levels} >= {"time.far_from_report", "object.shared_entity", "value.overlap"}
    other_sum = C("Meta", "invest", "U.S. infrastructure", article="a2", value="60 milliards de dollars",
                  published="2025-12-10")
    assert compare(plan, other_sum).kind != "link"


@pytest.mark.parametrize("fr_verb, en_verb", [
    ("perquisitionner", "raid"),  # glossed "raids"
    ("renflouer", "refloat"),
    ("s'échouer", "run aground"),  # one family
    ("hélitreuiller", "airlift"),
])
def test_news_verbs_of_every_domain_meet_across_languages(fr_verb, en_verb):
    fr_ = C("Meridel Star", "open", None, article="a1", predicate=fr_verb,
            evidence=f"Selon la préfecture, le porte-conteneurs a dû {fr_verb} samedi").model_copy(
        update={"language": "fr"})
    en_ = C("Meridel Star", "open", None, article="a2", predicate=en_verb,
            evidence=f"The container ship had to {en_verb} at the weekend").model_copy(update={"language": "en"})
    assert compare(fr_, en_).kind == "link"
    other = C("Meridel Star", "open", None, article="a2", predicate="sink",
              evidence="Tugs could not stop the vessel from sinking in deep water").model_copy(
        update={"language": "en"})
    assert compare(fr_, other).kind == "none"


@pytest.mark.parametrize("label, a, b, kind, phrase", ROWS, ids=[r[0] for r in ROWS])
def test_the_reconciler_s_comparison_skips_only_pairs_that_are_none(label, a, b, kind, phrase):
    """compare(keep_none=False) gives None only for a pair whose decision is "none", else the same decision."""
    d = compare(a, b, keep_none=False)
    assert (d is None and kind == "none") or d == compare(a, b)


def test_pairs_apart_in_time_are_known_none_from_their_times_alone():
    # (undated reports of a relation of the inventory far apart may still be one fact: not known from times)
    for a, b in ((C("Meta", "go_closed", article="a1", when="en janvier 2023"),
                  C("Meta", "go_closed", article="a2", when="en juin 2025")),
                 (C("Meta", "go_closed", article="a1", when="en janvier 2023", published="2025-06-10"),
                  C("Meta", "go_closed", article="a2", published="2025-06-10")),
                 (C("Meta", "go_closed", article="a1", published="2023-01-10"),
                  C("Meta", "go_closed", article="a2", published="2025-06-10", polarity="negated")),
                 (C("Meta", "open", article="a1", predicate="verb1", published="2023-01-10"),
                  C("Meta", "open", article="a2", predicate="verb1", published="2025-06-10"))):
        assert compare(a, b).kind == "none" and compare(a, b, keep_none=False) is None


def test_a_count_written_in_words_meets_its_figure_and_its_translation():
    # "Quatorze salariés ont été hospitalisés" / "14 workers were hospitalised" / "Fourteen workers..."
    from claimtrack.reconcile.blocking import block_keys, counted
    assert [counted(s) for s in ("Quatorze salariés", "Fourteen workers", "dix-sept personnes", "Une vanne",
                                 "one worker", "deux", "Nordazote")] == [14, 14, 17, None, None, None, None]
    fr_ = C("Quatorze salariés", "open", article="a1", subject_type=None, predicate="être hospitalisés") \
        .model_copy(update={"language": "fr"})
    en_ = C("14 workers", "open", article="a2", subject_type=None, predicate="be hospitalised") \
        .model_copy(update={"language": "en"})
    assert set(block_keys(fr_)) & set(block_keys(en_))
    d = compare(fr_, en_)
    assert d.kind == "link" and any(r.code == "subject.counted" for r in d.levels), d.reason
    eleven = C("Eleven workers", "open", article="a2", subject_type=None, predicate="be hospitalised") \
        .model_copy(update={"language": "en"})
    assert compare(fr_, eleven).kind != "link"


def test_a_glossary_noun_of_several_words_and_an_english_possessive_read_in_english():
    from claimtrack.reconcile.words import load_vocabulary
    vocab = load_vocabulary()
    assert vocab.in_english("son permis de construire", "fr") == "building permit"
    assert vocab.in_english("the plant's permit", "en") == "plant permit"
    a = C("AWCE", "open", "permis d'environnement de l'usine", article="a1", subject_type="org",
          predicate="suspendre").model_copy(update={"language": "fr"})
    b = C("AWCE", "open", "plant's permit", article="a2", subject_type="org", predicate="suspend") \
        .model_copy(update={"language": "en"})
    assert compare(a, b).kind == "link"


@pytest.mark.parametrize("full, bare, same", [
    ("Métropole de Valcourt", "Métropole", True),
    ("Port Authority of Sarvan", "Port Authority", True),
    ("Métropole de Valcourt", "Valcourt", False),
    ("Banque de France", "Banque de", False),
    ("ministre des Transports", "ministre", False),  # no capital: a title, not a body's name
])
def test_a_body_s_name_without_the_place_it_is_of_is_the_same_subject(full, bare, same):
    a = C(full, "open", "contrat", article="a1", subject_type="org", predicate="suspendre")
    b = C(bare, "open", "contrat", article="a2", subject_type="org", predicate="suspendre")
    assert (compare(a, b).levels[0].code == "subject.short_name") is same


def test_one_person_appointed_by_a_person_and_by_the_office_he_speaks_through_is_one_appointment():
    pm = C("Henri Castaing", "appoint", "Antoine Delcourt", article="a1", subject_type="person",
           object_type="person", when="6 octobre 2026", published="2026-10-07")
    office = C("Matignon", "appoint", "Antoine Delcourt", article="a2", subject_type="place",
               object_type="person", when="6 octobre 2026", published="2026-10-07")
    from claimtrack.reconcile.blocking import block_keys
    assert set(block_keys(pm)) & set(block_keys(office))
    d = compare(pm, office)
    assert d.kind == "link" and any(r.code == "voice.one_patient" for r in d.levels), d.reason
    meta = C("Meta", "appoint", "Antoine Delcourt", article="a1", subject_type="org", object_type="person")
    openai = C("OpenAI", "appoint", "Antoine Delcourt", article="a2", subject_type="org", object_type="person")
    assert compare(meta, openai).kind != "link"  # two employers hiring one person: two facts
    later = C("Matignon", "appoint", "Antoine Delcourt", article="a2", subject_type="place",
              object_type="person", when="1 mars 2027", published="2027-03-02")
    assert compare(pm, later).kind != "link"  # months apart: another appointment


def test_an_act_on_a_thing_meets_the_report_that_tells_it_of_the_thing_with_no_actor():
    from claimtrack.reconcile.blocking import block_keys
    from claimtrack.reconcile.cluster import build
    from claimtrack.reconcile.engine import reconcile
    acted = C("Lumora AI", "delay", "Atlas 2", article="a1", when="au deuxième trimestre 2027",
              published="2026-11-20", object_type="model")
    told = C("Atlas 2", "delay", "lancement", article="a2", when="au deuxième trimestre 2027",
             published="2026-11-21", subject_type="org")  # ("le lancement d'Atlas 2 est repoussé")
    d = compare(acted, told)
    assert d.kind == "link" and any(r.code == "voice.object_as_subject" for r in d.levels), d.reason
    groups, _ = build([acted, told], reconcile([acted, told])[0])
    assert any({acted.id, told.id} <= set(g.claims) for g in groups)
    # the thing that acts on something named is no report of the act on it
    acts = C("Atlas 2", "delay", "Orion 3", article="a2", when="au deuxième trimestre 2027",
             published="2026-11-21", object_type="model")
    assert compare(acted, acts).kind == "none"


def test_one_kind_of_body_of_one_place_is_one_subject_in_two_languages():
    from claimtrack.reconcile.blocking import block_keys
    fr_ = C("parquet de Namur", "investigate", article="a1", published="2026-04-10", subject_type="org"
            ).model_copy(update={"language": "fr"})
    en_ = C("Prosecutors in Namur", "investigate", article="a2", published="2026-04-11", subject_type="person"
            ).model_copy(update={"language": "en"})
    assert set(block_keys(fr_)) & set(block_keys(en_))
    d = compare(fr_, en_)
    assert d.kind == "link" and any(r.code == "subject.same_head" for r in d.levels), d.reason
    liege = en_.model_copy(update={"subject": "Prosecutors in Liège"})
    assert compare(fr_, liege).kind == "none"


def test_an_amount_that_says_which_thing_is_no_count_of_things():
    from claimtrack.reconcile.blocking import counted
    assert counted("412 million euro tram contract") is None
    assert counted("3 millions d'euros de pertes") is None
    assert counted("248 flights") == 248 and counted("deux millions de personnes") == 2
    whole = _unnamed("412-million-euro tram contract", "en", relation="cancel", article="a1",
                     when="le 20 octobre 2026", published="2026-10-20")
    bare = _unnamed("tram contract", "en", relation="cancel", article="a1", start=200, published="2026-10-20")
    from claimtrack.reconcile.blocking import block_keys
    assert set(block_keys(whole)) & set(block_keys(bare))
    d = compare(whole, bare)
    assert any(r.code == "subject.same_head" for r in d.levels), d.reason
