"""The knowledge-base export (FORMAT.md section 2): one JSON object, schema first."""
from __future__ import annotations

import json

from claimtrack.models import ArticleRecord, Claim, Conflict, Group

SCHEMA = "claimtrack.export/1"


def claim_json(c: Claim) -> dict:
    return {
        "id": c.id, "article": c.article, "evidence": c.evidence, "start": c.start, "end": c.end,
        "span": list(c.span) if c.span else None, "headline": c.headline,
        "subject": c.subject, "relation": c.relation, "object": c.object,
        "value": None if c.value is None else {
            "amount": c.value.amount, "lower": c.value.lower, "upper": c.value.upper,
            "unit": c.value.unit, "text": c.value.text},
        "polarity": c.polarity, "modality": c.modality, "attributed_to": c.attributed_to,
        "when": c.when.iso if c.when else None,
        "when_precision": c.when.precision if c.when else None,
        "when_text": c.when.text if c.when else None,
        "subject_type": c.subject_type, "subject_text": c.subject_text,
        "subject_resolved_from": c.subject_resolved_from, "object_type": c.object_type,
        "predicate": c.predicate, "outlet": c.outlet,
    }


def export(articles: list[ArticleRecord], claims: list[Claim], groups: list[Group],
           conflicts: list[Conflict]) -> dict:
    return {
        "schema": SCHEMA,
        "articles": [{"id": a.id, "source": a.source, "title": a.title, "outlet": a.outlet,
                      "published": a.published.isoformat() if a.published else None,
                      "language": a.language, "content_hash": a.content_hash}
                     for a in sorted(articles, key=lambda a: a.id)],
        "claims": [claim_json(c) for c in sorted(claims, key=lambda c: (c.article, c.start, c.id))],
        "groups": [{"id": g.id, "claims": list(g.claims), "statement": g.statement, "when": g.when,
                    "status": g.status, "reports": g.reports, "independent_origins": len(g.origins),
                    "origins": list(g.origins), "reason": g.reason}
                   for g in sorted(groups, key=lambda g: g.id)],
        "conflicts": [{"id": x.id, "groups": list(x.groups), "kind": x.kind, "reason": x.reason,
                       "claim_pairs": [list(p) for p in x.claim_pairs]}
                      for x in sorted(conflicts, key=lambda x: x.id)],
    }


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
