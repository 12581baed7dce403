"""The relation lexicon (data/relations.yaml) and trigger matching."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from claimtrack import lexicon

FALLBACK = "other"
MERGE_GAP = 12  # characters between two hits of one relation that make them one trigger


@dataclass(frozen=True)
class Relation:
    name: str
    label: str
    axis: str
    opposite: str | None = None
    single_valued: bool = False
    volatile: bool = False
    measured: bool = False
    governs: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_required: bool = False
    topic: bool = False
    object_phrase: bool = False
    triggers: tuple[tuple[re.Pattern, bool], ...] = field(default=(), compare=False)

    def statement(self, s: str | None, o: str | None, v: str | None, p: str = "") -> str:
        text = self.label.format(s=s or "someone", o=o or "", v=v or "", p=p)
        if o and (v or "{v}" not in self.label):
            return text
        # an empty slot leaves "invests  in": drop the dangling words
        words = text.split()
        while words and words[-1] in ("in", "for"):
            words.pop()
        return " ".join(words)


@dataclass(frozen=True)
class Trigger:
    relation: Relation
    start: int
    end: int
    text: str
    topic_ok: bool


@functools.cache
def relations() -> dict[str, Relation]:
    data = lexicon.load("relations")
    out: dict[str, Relation] = {}
    for name, row in data["relations"].items():
        trig = []
        for t in row.get("triggers", []):
            pat, topic = (t["pattern"], t.get("topic", row.get("topic", False))) if isinstance(t, dict) \
                else (t, row.get("topic", False))
            trig.append((re.compile(pat, re.I), bool(topic)))
        out[name] = Relation(
            name=name, label=row["label"], axis=row.get("axis", name), opposite=row.get("opposite"),
            single_valued=bool(row.get("single_valued")), volatile=bool(row.get("volatile")),
            measured=bool(row.get("measured")), governs=tuple(row.get("governs", ())),
            subject=tuple(row.get("subject", ())), object=tuple(row.get("object", ())),
            object_required=bool(row.get("object_required")), topic=bool(row.get("topic")),
            object_phrase=bool(row.get("object_phrase")),
            triggers=tuple(trig))
    fb = data.get("fallback", {})
    out[FALLBACK] = Relation(name=FALLBACK, label=fb.get("label", "{s}: {p}"), axis=FALLBACK)
    return out


def find_triggers(text: str) -> list[Trigger]:
    """Every relation trigger in a sentence; overlapping hits of one relation keep the first."""
    found: list[Trigger] = []
    for rel in relations().values():
        hits: list[Trigger] = []
        for rx, topic in rel.triggers:
            for m in rx.finditer(text):
                if m.end() == m.start():
                    continue
                hits.append(Trigger(rel, m.start(), m.end(), m.group(), topic))
        hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
        merged: list[Trigger] = []
        for h in hits:
            # hits of one relation that overlap or nearly touch are one trigger
            # ("en cours de fine-tuning basé sur")
            if merged and h.start <= merged[-1].end + MERGE_GAP:
                last = merged[-1]
                end = max(last.end, h.end)
                merged[-1] = Trigger(rel, last.start, end, text[last.start:end], last.topic_ok or h.topic_ok)
            else:
                merged.append(h)
        found.extend(merged)
    return sorted(found, key=lambda t: (t.start, t.relation.name))
