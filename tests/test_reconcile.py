import random
from collections import Counter

from claimtrack.reconcile.cluster import build, independent_origins
from claimtrack.reconcile.engine import Reconciler, reconcile
from tests.helpers import claim as C


def corpus():
    return [
        C("Avocado", "based_on", "Qwen", article="a1", outlet="Gate"),
        C("(model of Meta)", "based_on", "Qwen", article="a2", outlet="X"),
        C("Avocado", "based_on", "Qwen", article="a3", start=40, outlet="Gate Square"),
        C("Avocado", "based_on", "Gemma", article="a3", start=40, outlet="Gate Square"),
        C("Meta", "go_closed", article="a1", start=80, outlet="Gate", modality="hedged"),
        C("Meta", "go_closed", article="a4", outlet="HyperAI", attributed_to="The New York Times"),
        C("Meta", "stay_open", article="a4", start=70, outlet="HyperAI", attributed_to="Meta spokesperson"),
        C("Meta", "stay_open", article="a4", start=90, outlet="HyperAI", attributed_to="Meta spokesperson"),
        C("Meta", "invest", value="$600 milliards", article="a3", start=90),
        C("Meta", "invest", value="plusieurs centaines de milliards de dollars", article="a5", outlet="CTOL"),
        C("Meta", "build", "Hyperion", value="5 GW", article="a5", start=9),
        C("OpenAI", "build", "GPT-Next", value="3 GW", article="a5", start=9),
    ]


def partition(groups):
    return sorted(sorted(g.claims) for g in groups)


def test_groups_and_conflicts():
    claims = corpus()
    groups, conflicts = build(claims, reconcile(claims)[0])
    by_claim = {c: g for g in groups for c in g.claims}
    qwen = by_claim[claims[0].id]
    assert {claims[1].id, claims[2].id} <= set(qwen.claims)
    assert claims[3].id not in qwen.claims  # Gemma is another fact
    assert by_claim[claims[8].id] is by_claim[claims[9].id]  # $600B ~ hundreds of billions
    assert by_claim[claims[10].id] is not by_claim[claims[11].id]
    (x,) = conflicts
    assert set(x.groups) == {by_claim[claims[4].id].id, by_claim[claims[6].id].id}
    assert "opposite relations" in x.reason
    assert all(g.reason for g in groups)
    assert by_claim[claims[4].id].status == "contested"


def test_incremental_equals_scratch_in_any_order():
    claims = corpus()
    scratch = build(claims, reconcile(claims)[0])
    rng = random.Random(7)
    for _ in range(5):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        cut = rng.randrange(1, len(claims))
        first, later = shuffled[:cut], shuffled[cut:]
        r1 = Reconciler()
        decisions = r1.add(first)
        r2 = Reconciler()  # a later run: the earlier claims come back from the store
        r2.seed(first)
        decisions += r2.add(later)
        groups, conflicts = build(claims, decisions)
        assert partition(groups) == partition(scratch[0])
        assert [x.groups for x in conflicts] == [x.groups for x in scratch[1]]
        assert [g.id for g in groups] == [g.id for g in scratch[0]]


def test_blocking_never_compares_all_pairs():
    claims = corpus()
    _, stats = reconcile(claims)
    assert stats.comparisons < stats.all_pairs() / 3


def test_independent_origins_count_cited_sources_and_reposts_once():
    a = C("Avocado", "go_closed", article="a1", outlet="Gate", attributed_to="Bloomberg", evidence="Selon Bloomberg X.")
    b = C("Avocado", "go_closed", article="a2", outlet="CTOL", attributed_to="Bloomberg", evidence="D'après Bloomberg Y.")
    c = C("Avocado", "go_closed", article="a3", outlet="Gate Square",
          evidence="Avocado sera commercialisé sous une forme fermée au printemps, a appris notre rédaction.")
    repost = C("Avocado", "go_closed", article="a4", outlet="Copycat", published="2025-12-20",
               evidence="Avocado sera commercialisé sous une forme fermée au printemps, a appris notre rédaction !")
    # Gate Square is Gate's community section (data/outlets.yaml); the repost counts with its original
    assert independent_origins([a, b, c, repost]) == ["Bloomberg", "Gate"]
    groups, _ = build([a, b, c, repost], reconcile([a, b, c, repost])[0])
    (g,) = groups
    assert (g.reports, len(g.origins), g.status) == (4, 2, "corroborated")


def test_group_id_survives_a_later_report():
    claims = corpus()[:3]
    before, _ = build(claims, reconcile(claims)[0])
    later = C("Avocado", "based_on", "Qwen", article="a9", published="2026-02-01")
    after, _ = build(claims + [later], reconcile(claims + [later])[0])
    assert {g.id for g in before} <= {g.id for g in after}


def test_a_later_statement_of_the_same_speaker_updates_the_earlier_one():
    early = C("Avocado", "launch", when="au printemps 2026", article="a1", published="2026-01-08",
              attributed_to="Meta spokesperson")
    late = C("Avocado", "launch", when="en septembre 2026", article="a2", published="2026-03-01",
             attributed_to="Meta spokesperson")
    groups, conflicts = build([early, late], reconcile([early, late])[0])
    status = {g.claims[0]: g.status for g in groups}
    assert conflicts == [] and status == {early.id: "superseded", late.id: "single source"}
    old = next(g for g in groups if g.claims[0] == early.id)
    assert "superseded by" in old.reason and "2026-03-01" in old.reason


def test_a_conflict_names_both_dates_and_both_sources():
    insiders = C("Avocado", "launch", when="au premier trimestre 2026", article="a1", published="2025-12-10",
                 attributed_to="anonymous sources", outlet="The Information")
    spokesperson = C("Avocado", "launch", when="fin 2025", article="a2", published="2025-12-11",
                     attributed_to="Meta spokesperson", outlet="CNBC")
    groups, (x,) = build([insiders, spokesperson], reconcile([insiders, spokesperson])[0])
    assert {g.status for g in groups} == {"contested"}
    assert x.kind == "incompatible dates"
    for part in ("2026-01/2026-03", "2025-10/2025-12", "Meta spokesperson", "The Information"):
        assert part in x.reason, x.reason


def test_opposite_stances_months_apart_are_change_over_time_not_a_conflict():
    closed = C("Meta", "go_closed", article="a3", published="2026-01-08")
    still_open = C("Meta", "stay_open", article="a4", published="2025-07-14", attributed_to="Meta spokesperson")
    groups, conflicts = build([closed, still_open], reconcile([closed, still_open])[0])
    assert conflicts == []
    close_in_time = C("Meta", "go_closed", article="a5", published="2025-07-15")
    groups, (x,) = build([close_in_time, still_open], reconcile([close_in_time, still_open])[0])
    assert "opposite relations" in x.reason and "2025-07-14" in x.reason and "2025-07-15" in x.reason


def test_amounts_far_apart_for_one_measure_meet_and_conflict():
    """Amount bins keep a hub's many figures apart; a measured fact (a round, a
    valuation) reported with two figures the same month must still meet, and conflict."""
    claims = [
        C("Mistral AI", "raise_funds", value="1,7 milliard d'euros", article="a1", published="2025-09-09"),
        C("Mistral AI", "raise_funds", value="1,7 milliard d'euros", article="a2", published="2025-09-10"),
        C("Mistral AI", "raise_funds", value="3 milliards d'euros", article="a3", published="2025-09-12",
          modality="hedged"),
        C("Mistral AI", "raise_funds", value="600 millions d'euros", article="a4", published="2024-06-11"),
    ]
    groups, conflicts = build(claims, reconcile(claims)[0])
    by_claim = {c: g for g in groups for c in g.claims}
    assert by_claim[claims[0].id] is by_claim[claims[1].id]
    (x,) = conflicts  # the 2024 round is an earlier fact, not a contradiction
    assert set(x.groups) == {by_claim[claims[0].id].id, by_claim[claims[2].id].id}
    assert x.kind == "incompatible values"
    assert "one measure: no object, both undated, reported in 2025-09" in x.reason


def test_two_counts_of_the_injured_told_the_same_day_conflict_though_one_dates_the_collapse_and_one_the_statement():
    claims = [
        C("Lormeval", "injured", value="onze blessés", when="mardi 9 mars 2027", article="a1", published="2027-03-10",
          subject_type="place", attributed_to="préfecture"),
        C("Lormeval", "injured", value="onze blessés", when="mardi 9 mars 2027", article="a3", published="2027-03-10",
          subject_type="place", attributed_to="préfecture"),
        C("Lormeval", "injured", value="14 blessés", when="le 10 mars 2027", article="a2", published="2027-03-10",
          subject_type="place", attributed_to="fire service"),
        C("Lormeval", "injured", value="neuf blessés", article="a4", published="2027-04-02", subject_type="place"),
    ]
    groups, conflicts = build(claims, reconcile(claims)[0])
    by_claim = {c: g for g in groups for c in g.claims}
    assert by_claim[claims[0].id] is by_claim[claims[1].id]
    (x,) = conflicts  # nine injured three weeks later: the count moving on
    assert set(x.groups) == {by_claim[claims[0].id].id, by_claim[claims[2].id].id}
    assert x.kind == "incompatible values"


def test_figures_rounded_across_an_amount_bin_boundary_still_meet():
    """12.55 and 12.9 billion fall in adjacent amount bins; the bins are widened by the
    rounding the comparison forgives, so the two reports meet and link."""
    claims = [C("Nvidia", "cost", value="12,55 milliards de dollars", article="a1"),
              C("Nvidia", "cost", value="12,9 milliards de dollars", article="a2")]
    groups, conflicts = build(claims, reconcile(claims)[0])
    assert len(groups) == 1 and not conflicts


def test_many_figures_for_one_measure_conflict_with_their_neighbours_only():
    # 40 outlets, 40 different figures for one funding round: 39 conflicts, not 780
    figures = [C("Acme", "raise_funds", value=f"{round(100 * 1.2 ** i)} millions d'euros", article=f"a{i}",
                 published="2025-09-10", outlet=f"Outlet {i}") for i in range(40)]
    decisions, stats = reconcile(figures)
    groups, conflicts = build(figures, decisions)
    assert len(groups) == 40 and len(conflicts) == 39
    per_group = Counter(g for x in conflicts for g in x.groups)
    assert max(per_group.values()) <= 2
    assert stats.comparisons < 40 * 39 / 2 / 4  # the measure block is searched by value, not pair by pair
    assert all(x.kind == "incompatible values" for x in conflicts)
    # any order gives the same conflicts
    rng = random.Random(3)
    shuffled = figures[:]
    rng.shuffle(shuffled)
    again = build(shuffled, reconcile(shuffled)[0])[1]
    assert sorted(x.groups for x in again) == sorted(x.groups for x in conflicts)


def test_one_figure_reported_with_and_without_a_date_meets_without_error():
    # equal figures sort side by side in a measure block: their signatures (with None where one
    # has a date) must never be compared
    claims = [C("OpenAI", "raise_funds", value="$40 billion", article="b1", outlet="A", when="décembre 2025"),
              C("OpenAI", "raise_funds", value="$40 billion", article="b2", outlet="B"),
              C("OpenAI", "raise_funds", value="$40 billion", article="b3", outlet="C", attributed_to="OpenAI")]
    groups, conflicts = build(claims, reconcile(claims)[0])
    assert len(groups) == 1 and not conflicts


def test_one_cut_in_other_words_and_languages_meets_on_its_rare_word_and_another_cut_stays_apart():
    fr = C("Meta", "cut_funding", "financement des initiatives métaverse", article="fr1", outlet="Gate")
    en = C("Meta", "cut_funding", "metaverse budget", article="en1", outlet="Brief", value="30 %",
           attributed_to="Bloomberg", modality="reported")
    en2 = C("Meta", "cut_funding", "spending on Reality Labs' metaverse projects", article="en2", outlet="Morning")
    other = C("Meta", "cut_funding", "cloud gaming budget", article="en3", outlet="Wire")
    groups, conflicts = build([fr, en, en2, other], reconcile([fr, en, en2, other])[0])
    assert partition(groups) == sorted([sorted([fr.id, en.id, en2.id]), [other.id]]) and not conflicts


def test_one_open_fact_in_french_and_english_meets_through_the_glossed_head_noun():
    def open_claim(pred, obj, lang, article, outlet):
        return C("Arvelle", "open", obj, article=article, outlet=outlet, predicate=pred).model_copy(
            update={"language": lang})
    fr = open_claim("soutenir", "offre à l'unanimité", "fr", "fr1", "Les Echos")
    en = open_claim("back", "offer", "en", "en1", "Reuters")
    other = open_claim("back", "pension reform", "en", "en2", "Wire")
    groups, conflicts = build([fr, en, other], reconcile([fr, en, other])[0])
    assert partition(groups) == sorted([sorted([fr.id, en.id]), [other.id]]) and not conflicts


def test_head_nouns_are_english_whatever_the_language():
    from claimtrack.reconcile.blocking import head_noun
    assert head_noun("offre à l'unanimité", "fr") == head_noun("the board's offer of 52 euros", "en") == "offer"
    assert head_noun("ses actions", "fr") == head_noun("its shares", "en") == "share"
    assert head_noun("Meta", "zh") is None


def test_one_closure_in_french_and_english_meets_past_its_count():
    fr = C("Helionis", "close_site", "deux lignes de production de son usine", article="fr1", outlet="Le Monde") \
        .model_copy(update={"language": "fr"})
    en = C("Helionis", "close_site", "one of the two production lines", article="en1", outlet="Reuters") \
        .model_copy(update={"language": "en"})
    store = C("Helionis", "close_site", "three stores in Brittany", article="en2", outlet="Wire") \
        .model_copy(update={"language": "en"})
    groups, conflicts = build([fr, en, store], reconcile([fr, en, store])[0])
    assert partition(groups) == sorted([sorted([fr.id, en.id]), [store.id]]) and not conflicts
