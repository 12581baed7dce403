"""One event told with its actor named by one report and described by another ("OCLAESP a
perquisitionné l'hôtel le 8 juillet" / "gendarmes searched the team's hotel on July 8"), and a
name inside an owner's description of it ("Orbelia's Helix-2 rocket" / "Helix-2")."""
import pytest

from claimtrack.reconcile.blocking import block_keys, described, head_noun, named_core
from claimtrack.reconcile.cluster import build
from claimtrack.reconcile.compare import compare
from claimtrack.reconcile.engine import reconcile
from tests.helpers import claim as C


def told(subject, predicate, obj, lang, article, when=None, subject_type=None, published="2026-07-10"):
    c = C(subject, "open", obj, article=article, predicate=predicate, when=when, published=published,
          subject_type=subject_type, evidence=f"{subject} {predicate} {obj} {when or ''}")
    return c.model_copy(update={"language": lang, "subject_type": subject_type})


@pytest.mark.parametrize("name, typ, is_described, core", [
    ("gendarmes", None, True, None),
    ("préfet de Guyane", "person", True, None),
    ("the team's manager", None, True, None),
    ("France's regulator", "org", True, None),
    ("Orbelia's Helix-2 rocket", "org", False, "Helix-2"),
    ("Meta's Llama 4 model", "org", False, "Llama 4"),
    ("Orbelia", "org", False, None),
    ("Laboratoires Verdane", "org", False, None),
    ("Team Solvane", "org", False, None),
    ("Autorité estravienne de la concurrence", "org", False, None),
    ("(model of Meta)", "model", False, None),
])
def test_a_subject_that_describes_its_actor_and_a_name_inside_a_description(name, typ, is_described, core):
    assert described(name, typ) is is_described
    assert named_core(name) == core


ROWS = [
    # label, a, b, expected kind, the subject level's code
    ("a named actor and a described one, one verb across languages, one day",
     told("OCLAESP", "perquisitionner", "hôtel d'Albertville", "fr", "a1", "le 8 juillet 2026", "org"),
     told("gendarmes", "raid", "the hotel in Albertville", "en", "a2", "on 8 juillet 2026"),
     "link", "subject.one_event"),
    ("a named actor and a described one, one verb family, one day, other objects: two acts",
     told("Marchéo", "retirer", "ensemble des fromages de la coopérative", "fr", "a1", "le 13 octobre 2026", "org"),
     told("cooperative", "recall", "14 batches of its cheese", "en", "a2", "on 13 octobre 2026"),
     "none", "subject.different"),
    ("a described actor and a named one, one object naming one thing, no date",
     told("préfet de Guyane", "interdire", "accès à la plage de Kourou", "fr", "a1", subject_type="person"),
     told("Antoine Mercadier", "ban", "access to Kourou beach", "en", "a2", subject_type="person"),
     "link", "subject.one_event"),
    ("two named actors, one verb, one day: two acts",
     told("OCLAESP", "perquisitionner", "hôtel d'Albertville", "fr", "a1", "le 8 juillet 2026", "org"),
     told("Europol", "raid", "the team's hotel", "en", "a2", "on 8 juillet 2026", "org"),
     "none", "subject.different"),
    ("a described actor, one verb, a common object and no date: any actor's trial",
     told("laboratoire français", "suspendre", "essai clinique", "fr", "a1"),
     told("ANSM", "suspend", "the trial", "en", "a2", subject_type="org"),
     "none", "subject.different"),
    ("a described actor and a named one, one day, other verbs",
     told("gendarmes", "arrest", "two men", "en", "a1", "on 8 juillet 2026"),
     told("OCLAESP", "perquisitionner", "hôtel d'Albertville", "fr", "a2", "le 8 juillet 2026", "org"),
     "none", "subject.different"),
    ("a described actor and a named one, one verb, two days",
     told("gendarmes", "raid", "the team's hotel", "en", "a1", "on 9 juillet 2026"),
     told("OCLAESP", "perquisitionner", "hôtel d'Albertville", "fr", "a2", "le 8 juillet 2026", "org"),
     "none", "subject.different"),
    ("the name inside an owner's description of it",
     told("Orbelia's Helix-2 rocket", "explode", None, "en", "a1", "on 27 août 2026", "org"),
     told("Helix-2", "exploser", None, "fr", "a2", "le 27 août 2026", "model"),
     "link", "subject.named_core"),
]


@pytest.mark.parametrize("label, a, b, kind, code", ROWS, ids=[r[0] for r in ROWS])
def test_one_event_told_with_its_actor_named_and_described(label, a, b, kind, code):
    d = compare(a, b)
    assert d.kind == kind
    subject = next(r for r in d.levels if r.level == "subject")
    assert subject.code == code
    if code == "subject.one_event":
        assert a.subject in subject.text() and b.subject in subject.text()


@pytest.mark.parametrize("label, a, b, kind, code", [r for r in ROWS if r[3] == "link"],
                         ids=[r[0] for r in ROWS if r[3] == "link"])
def test_the_reconciler_meets_and_groups_them(label, a, b, kind, code):
    """Blocking makes the pair a candidate (never all pairs): the named side's keys meet the
    described side's, and the two claims end in one group."""
    groups, _ = build([a, b], reconcile([a, b])[0])
    assert any({a.id, b.id} <= set(g.claims) for g in groups)


def test_two_described_actors_do_not_meet_through_the_named_side_s_keys():
    a = told("gendarmes", "raid", "the team's hotel", "en", "a1", "on 8 juillet 2026")
    b = told("policiers", "perquisitionner", "hôtel d'Albertville", "fr", "a2", "le 8 juillet 2026")
    ka = {k for k in block_keys(a) if k.startswith(("evN|", "evD|"))}
    kb = {k for k in block_keys(b) if k.startswith(("evN|", "evD|"))}
    assert ka and kb and all(k.startswith("evD|") for k in ka | kb)  # (each probes the other side only)


@pytest.mark.parametrize("phrase, lang", [("aucune demande de rançon", "fr"), ("no ransom demand", "en")])
def test_a_none_word_is_no_head_noun(phrase, lang):
    assert head_noun(phrase, lang) == "demand"


def test_a_described_actor_and_a_named_one_with_one_figure_are_one_event_but_other_figures_are_not():
    gang = told("hackers", "demand", "$2 million ransom", "en", "a1")
    named = told("CorvusLock", "réclamer", "rançon de 2 millions de dollars", "fr", "a2", subject_type="org")
    gang = gang.model_copy(update={"value": C("x", value="2 millions de dollars").value})
    named = named.model_copy(update={"value": C("x", value="2 millions de dollars").value})
    d = compare(gang, named)
    assert d.kind == "link" and any(r.code == "subject.one_event" and "one figure" in r.text() for r in d.levels)
    other = named.model_copy(update={"value": C("x", value="5 millions de dollars").value})
    assert compare(gang, other).kind == "none"
