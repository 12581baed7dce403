"""Comparison levels: each looks at one aspect of a candidate pair and says why.

Levels run in order (subject, relation, object, value, time, polarity, modality); each
returns a `LevelResult` with a label a person can read. `decide` turns the levels
into a link (same fact), a conflict (contradiction) or nothing.
"""
from __future__ import annotations

import datetime as dt

from rapidfuzz import fuzz

from claimtrack.extract.relations import FALLBACK, relations
from claimtrack.models import Claim, LevelResult, PairDecision
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer
from claimtrack.nlp.mentions import parse_description
from claimtrack.reconcile.blocking import ROUNDING, as_of_year, measure_key, moment, norm_text


_L = LevelResult
TEXT_SIMILAR = 70.0  # rapidfuzz token_set_ratio for free-text objects
EVIDENCE_SIMILAR = 90.0  # for claims without a relation of the lexicon
VAGUE_RATIO = 10.0  # upper/lower above which a range is too vague to link on
AS_OF_SLACK = dt.timedelta(days=183)  # a report stands for its facts this long


def _fits(a: str, owner_b: str | None, type_b: str | None) -> bool:
    desc = parse_description(a)
    return bool(desc and owner_b == desc[1] and (type_b is None or type_b == desc[0]))


def subject_level(a: Claim, b: Claim, gaz: Gazetteer) -> LevelResult:
    if a.subject == b.subject:
        return _L("subject", f"same subject: {a.subject}", True)
    for x, y in ((a, b), (b, a)):
        if _fits(x.subject, y.subject_owner, y.subject_type):
            return _L("subject", f"description fits: '{x.subject_text}' can be {y.subject} "
                               f"(a {y.subject_type} of {y.subject_owner})", True)
        ent = gaz.get(x.subject)
        if ent is not None and ent.parent == y.subject:
            return _L("subject", f"{x.subject} is part of {y.subject}", True)
    return _L("subject", f"different subjects: {a.subject} / {b.subject}", False)


def relation_level(a: Claim, b: Claim) -> LevelResult:
    if a.relation == b.relation:
        return _L("relation", f"same relation: {a.relation}", True)
    rel = relations().get(a.relation)
    if rel and rel.opposite == b.relation:
        return _L("relation", f"opposite relations: {a.relation} / {b.relation}", False)
    return _L("relation", f"different relations: {a.relation} / {b.relation}", None)


def object_level(a: Claim, b: Claim, gaz: Gazetteer) -> LevelResult:
    if a.object is None and b.object is None:
        return _L("object", "no object on either side", None)
    if a.object is None or b.object is None:
        return _L("object", "object on one side only", None)
    if a.object == b.object:
        return _L("object", f"same object: {a.object}", True)
    if a.object_type and b.object_type:
        for x, y in ((a, b), (b, a)):
            if _fits(x.object, gaz.owner_of(y.object), y.object_type):
                return _L("object", f"description fits: {x.object} can be {y.object}", True)
        return _L("object", f"different objects: {a.object} / {b.object}", False)
    score = fuzz.token_set_ratio(norm_text(a.object), norm_text(b.object))
    if score >= TEXT_SIMILAR:
        return _L("object", f"similar objects (rapidfuzz {score:.0f}): "
                           f"'{a.object}' / '{b.object}'", True)
    return _L("object", f"objects differ in wording (rapidfuzz {score:.0f})", None)


def value_level(a: Claim, b: Claim) -> LevelResult:
    if a.value is None or b.value is None:
        return _L("value", "value on one side only" if (a.value or b.value)
                           else "no values", None)
    if a.value.unit and b.value.unit and a.value.unit != b.value.unit:
        return _L("value", f"different units: {a.value.unit} / {b.value.unit}", None)
    vague = [v.text for v in (a.value, b.value) if _vague(v)]
    if vague:
        return _L("value", f"too vague to compare: '{vague[0]}'", None)
    if a.value.overlaps(b.value):
        return _L("value", f"values compatible: '{a.value.text}' and '{b.value.text}' overlap",
                           True)
    if _rounded(a.value, b.value):
        return _L("value", f"values compatible: '{a.value.text}' and '{b.value.text}' are within "
                           f"{ROUNDING:.0%} (rounding)", True)
    return _L("value", f"values disjoint: '{a.value.text}' / '{b.value.text}'", False)


def _rounded(x, y) -> bool:
    """Two exact figures within ROUNDING of each other: one figure, rounded differently."""
    if x.lower != x.upper or y.lower != y.upper or not x.amount or not y.amount:
        return False
    return abs(x.amount - y.amount) <= ROUNDING * max(abs(x.amount), abs(y.amount))


def _vague(v) -> bool:
    """An open or very wide range ("des milliards", "plus de 100 millions") corroborates nothing."""
    if v.lower is None or v.upper is None:
        return True
    return v.lower > 0 and v.upper / v.lower > VAGUE_RATIO


def _as_of(c: Claim) -> tuple[dt.date, dt.date] | None:
    """What a report without a time speaks for: its publication year, and some months before."""
    if c.when is not None:
        return c.when.start, c.when.end
    y = as_of_year(c.published)
    if y is None:
        return None
    return dt.date(y, 1, 1) - AS_OF_SLACK, dt.date(y, 12, 31)


def time_level(a: Claim, b: Claim, volatile: bool) -> LevelResult:
    if a.when is not None and b.when is not None:
        if a.when.overlaps(b.when):
            return _L("time", f"times overlap: {a.when.iso} / {b.when.iso}", True)
        return _L("time", f"times disjoint: {a.when.iso} / {b.when.iso}", False)
    if volatile and a.published and b.published and a.published != b.published and not (a.when or b.when):
        return _L("time", f"reported on different days: {a.published} / {b.published}",
                           False)
    if a.when is None and b.when is None:
        return _L("time", "no times", None)
    x, y = (a, b) if a.when is not None else (b, a)
    span = _as_of(y)
    if span and (x.when.end < span[0] or x.when.start > span[1] + AS_OF_SLACK):
        return _L("time", f"{x.when.iso} is long before/after the report of "
                           f"{y.published} (a change over time, not the same moment)", False)
    return _L("time", f"time on one side only ({x.when.iso})", None)


def polarity_level(a: Claim, b: Claim) -> LevelResult:
    if a.polarity == b.polarity:
        return _L("polarity", f"both {a.polarity}", True)
    return _L("polarity", f"opposite polarity: {a.polarity} / {b.polarity}", False)


def modality_level(a: Claim, b: Claim) -> LevelResult:
    if a.modality == b.modality:
        return _L("modality", f"both {a.modality}", None)
    return _L("modality", f"{a.modality} vs {b.modality}", None)


def measure_level(a: Claim, b: Claim, measured: bool) -> LevelResult | None:
    """For a measured relation: do both amounts measure one fact (same object or none,
    same moment, both past or both planned)? None when the question does not arise."""
    if not measured:
        return None
    key = measure_key(a)
    if key is None or key != measure_key(b):
        return None
    if (a.modality == "planned") != (b.modality == "planned"):
        return _L("measure", "one planned, one done: two facts, not one measure", None)
    at = moment(a)
    when = f"both for {at}" if not at.startswith("r") else f"both undated, reported in {at[1:]}"
    return _L("measure", f"one measure: {a.object or 'no object'}, {when}", True)


def _evidence_level(a: Claim, b: Claim) -> LevelResult:
    score = fuzz.token_set_ratio(norm_text(a.evidence), norm_text(b.evidence))
    return _L("wording", f"sentences alike (rapidfuzz {score:.0f})" if score >= EVIDENCE_SIMILAR
                       else f"sentences differ (rapidfuzz {score:.0f})", score >= EVIDENCE_SIMILAR)


def compare(a: Claim, b: Claim, gaz: Gazetteer | None = None) -> PairDecision:
    """Run the levels on a pair and decide: link, conflict or none."""
    gaz = gaz or load_gazetteer()
    if a.id > b.id:
        a, b = b, a
    if a.article == b.article and a.start == b.start:
        return _decision(a, b, "none", (_L("sentence", "two claims of one sentence", None),))
    subj = subject_level(a, b, gaz)
    if not subj.agrees:
        return _decision(a, b, "none", (subj,))  # nothing else can make one fact or a contradiction
    rel_l = relation_level(a, b)
    if rel_l.agrees is None and FALLBACK not in (a.relation, b.relation):
        return _decision(a, b, "none", (subj, rel_l))
    if a.relation == FALLBACK or b.relation == FALLBACK:
        levels = (subj, rel_l, _evidence_level(a, b))
        kind = "link" if subj.agrees and rel_l.agrees and levels[2].agrees else "none"
        return _decision(a, b, kind, levels)
    rel = relations()[a.relation]
    levels = (subj, rel_l, object_level(a, b, gaz), value_level(a, b), time_level(a, b, rel.volatile),
              polarity_level(a, b), modality_level(a, b))
    measure = measure_level(a, b, rel.measured)
    if measure is not None:
        levels += (measure,)
    both_dated = a.when is not None and b.when is not None
    return _decision(a, b, decide(levels, rel.single_valued, rel.object_phrase, both_dated), levels)


def decide(levels: tuple[LevelResult, ...], single_valued: bool = False, free_object: bool = False,
           both_dated: bool = False) -> str:
    lv = {r.level: r for r in levels}
    subj, rel, obj, val, time, pol = (lv[k] for k in ("subject", "relation", "object", "value", "time", "polarity"))
    one_measure = lv.get("measure") is not None and lv["measure"].agrees
    if not subj.agrees or time.agrees is False and not (single_valued and rel.agrees):
        return "none"
    if rel.agrees:
        if pol.agrees is False:
            return "conflict" if obj.agrees is not False and val.agrees is not False else "none"
        if time.agrees is False:  # single-valued: one launch, two dates
            return "conflict" if both_dated else "none"
        if obj.agrees is False or val.agrees is False:
            if single_valued and obj.agrees is not None:
                return "conflict"
            # "ASML invested 1.3 billion" / "1.5 billion in Mistral AI", same week
            return "conflict" if one_measure and val.agrees is False and obj.agrees is not False else "none"
        if free_object and not (obj.agrees or val.agrees):
            return "none"  # "invests in X" and "invests in Y": no sign they are one fact
        return "link"
    if rel.agrees is False:  # opposite relations
        if pol.agrees and obj.agrees is not False:
            return "conflict"
        return "none"
    return "none"


def _decision(a: Claim, b: Claim, kind: str, levels: tuple[LevelResult, ...]) -> PairDecision:
    return PairDecision(a.id, b.id, kind, levels)
