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
    ("two claims of one sentence are never compared",
     C("Meta", "go_closed", article="a1", start=5), C("Meta", "stay_open", article="a1", start=5),
     "none", "one sentence"),
]


@pytest.mark.parametrize("label, a, b, kind, phrase", ROWS, ids=[r[0] for r in ROWS])
def test_levels(label, a, b, kind, phrase):
    d = compare(a, b)
    assert d.kind == kind, d.reason
    assert phrase in d.reason
    assert compare(b, a).kind == kind  # symmetric


def test_every_level_has_a_label():
    d = compare(C("Meta", "go_closed", article="a1"), C("Meta", "stay_open", article="a2"))
    assert [r.level for r in d.levels] == ["subject", "relation", "object", "value", "time", "polarity", "modality"]
    assert all(r.label for r in d.levels)


def test_hedged_against_asserted_is_labelled():
    d = compare(C("Meta", "go_closed", article="a1", modality="hedged"), C("Meta", "stay_open", article="a2"))
    assert "asserted vs hedged" in d.reason or "hedged vs asserted" in d.reason
