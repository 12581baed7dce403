"""A group's statement is an English sentence rendered from its claim's fields, table-driven."""
import pytest

from claimtrack.reconcile.cluster import statement
from tests.helpers import claim as C

ROWS = [
    ("an exact figure in French words is said in English",
     C("Meta", "invest", value="$600 milliards", modality="planned"), "$600 billion", "600 milliards"),
    ("a vague figure is an order of magnitude, not the middle of its range",
     C("Meta", "invest", value="des milliards de dollars"), "billions of dollars", "500"),
    ("hundreds of billions",
     C("Meta", "invest", value="plusieurs centaines de milliards de dollars", modality="planned"),
     "hundreds of billions of dollars", "599"),
    ("a French object never enters the English sentence",
     C("Meta", "invest", "infrastructure IA aux États-Unis", value="$600 milliards"), "Meta invests", "États-Unis"),
    ("a denial is marked", C("Meta", "delay", "Avocado", polarity="negated", object_type="model"), "(denied)", "XX"),
]


@pytest.mark.parametrize("label, claim, has, lacks", ROWS, ids=[r[0] for r in ROWS])
def test_statement(label, claim, has, lacks):
    text = statement(claim.model_copy(update={"language": "fr"}))
    assert has in text and lacks not in text, text


def test_a_group_is_stated_by_its_precise_figure_before_a_vague_one():
    from claimtrack.reconcile.cluster import spokesman
    vague = C("Meta", "invest", value="plusieurs centaines de milliards de dollars", article="a1", modality="planned")
    exact = C("Meta", "invest", "infrastructure IA aux États-Unis", value="$600 milliards", article="a2",
              modality="planned")
    assert spokesman([vague, exact]) is exact
