"""Synthetic claims for reconciler tests."""
from __future__ import annotations

import datetime as dt
import hashlib

from claimtrack.extract.quantities import find_quantities
from claimtrack.extract.times import find_times
from claimtrack.models import Claim


def claim(subject="Meta", relation="go_closed", obj=None, *, article="a1", start=0, value=None, when=None,
          polarity="affirmed", modality="asserted", attributed_to=None, outlet="Outlet A",
          published="2025-12-15", subject_type=None, subject_owner=None, object_type=None,
          evidence=None, predicate="x") -> Claim:
    pub = dt.date.fromisoformat(published) if published else None
    q = find_quantities(value, "fr")[0].quantity if value else None
    t = find_times(when, "fr", pub)[0].time if when else None
    evidence = evidence or f"{subject} {relation} {obj} {value} {when} {start}"
    cid = "c" + hashlib.sha1(f"{article}|{start}|{relation}|{subject}|{obj}".encode()).hexdigest()[:15]
    types = {"Meta": "org", "Avocado": "model", "Behemoth": "model", "Llama 4": "model", "OpenAI": "org",
             "Hyperion": "infrastructure", "GPT-Next": "model", "Qwen": "model", "Gemma": "model"}
    owners = {"Avocado": "Meta", "Behemoth": "Meta", "Llama 4": "Meta", "Hyperion": "Meta", "GPT-Next": "OpenAI",
              "Qwen": "Alibaba", "Gemma": "Google"}
    if subject and subject.startswith("("):
        subject_owner = subject_owner or subject[1:-1].split(" of ")[1]
        subject_type = subject_type or "model"
    return Claim(id=cid, article=article, evidence=evidence, start=start, end=start + len(evidence),
                 subject=subject, subject_type=subject_type or types.get(subject, "org"),
                 subject_owner=subject_owner or owners.get(subject), subject_text=subject, relation=relation,
                 predicate=predicate, object=obj, object_type=object_type or (types.get(obj) if obj else None),
                 value=q, polarity=polarity, modality=modality, attributed_to=attributed_to, when=t,
                 outlet=outlet, published=pub)
