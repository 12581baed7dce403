"""What the store keeps of a group so that a new report joins it without its members read.

`cluster.group_record` computes a group's record from all its members; each part of it
depends on the members through something small that a new member updates:

- the founder (its id, subject and relation), the first part of its reason and the
  members a conflict is described from (`cluster.CONFLICT_SAMPLES`): the first
  `SAMPLE` members in founding order, the number of members and of their articles;
- the statement (`cluster.spokesman`): per (subject, object), how many members say it and
  the best of them by the rest of the spokesman's order, with its statement;
- the date (`cluster.group_when`): per date, how many members give it and its most precise
  and earliest form;
- the measure chain (`cluster.group_figure`): the first member with a figure;
- the independent origins (`origins.Origins.reports`): the origins of the reports that are
  not copies, counted; whether a report is a copy depends only on the reports before it
  with its opening words (at most `origins.COPY_WINDOW` of them), so a new report changes
  that of at most the `COPY_WINDOW` after it in its bucket. Each membership row keeps its
  report's bucket (a digest of its opening words), its place in the bucket's order, its own
  origin and whether it is a copy (`Member`);
- its status: the other groups it has conflicts or updates with (`pairs`: whether any
  conflict, and the first update pair, the one `cluster.superseding` reads), kept up to date
  on both sides, so that a group's pairs are known without its members' decisions read.

A group stored without a summary (before they existed) is rebuilt from its members.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from claimtrack.models import Claim, PairDecision
from claimtrack.reconcile.blocking import measure_key
from claimtrack.reconcile.cluster import _PRECISION, CONFLICT_SAMPLES, _vague, chain_key, statement
from claimtrack.reconcile.compare import Context
from claimtrack.reconcile.origins import Origins

SAMPLE = max(CONFLICT_SAMPLES)
_NEVER = "9999-12-31"  # founding_key's date.max for an undated report


def fkey(c: Claim) -> tuple:
    """founding_key as JSON keeps it (a date as its ISO text: the same order)."""
    return (c.published.isoformat() if c.published else _NEVER, c.article, c.start, c.id)


def okey(c: Claim) -> bytes:
    """The place of a report in its origins bucket (Origins.reports' order, ties in founding
    order: by id), as bytes that sort the same in Python, SQLite and PostgreSQL."""
    return b"\x00".join([str(c.published or "").encode(), c.article.encode(), b"%010d" % c.start, c.id.encode()])


def bucket_of(opening: str) -> str:
    return hashlib.sha1(opening.encode()).hexdigest()[:16]


class Member(NamedTuple):
    """A membership row: the claim, its origins bucket and place in it, its own origin, whether a copy."""
    claim: str
    bucket: str
    place: bytes
    origin: str
    copy: bool


def _ikey(c: Claim) -> list:
    """The spokesman's order (cluster.spokesman) but for the count of its wording."""
    return [bool(c.subject and c.subject.startswith("(")), _vague(c), c.object_type is None and c.object is not None,
            c.language not in (None, "en"), list(fkey(c))]


@dataclass
class Summary:
    n: int = 0
    articles: int = 0
    first: list[list] = field(default_factory=list)  # [fkey..., ] of the first SAMPLE members (id last)
    figure: list | None = None  # fkey of the first member with a figure
    chain: str | None = None  # its chain key
    says: dict[str, list] = field(default_factory=dict)  # json [subject, object] -> [count, ikey, statement]
    dates: dict[str, list] = field(default_factory=dict)  # iso -> [count, precision rank, start, fkey]
    origins: dict[str, int] = field(default_factory=dict)  # origin -> reports that are not copies
    # other group -> [any conflict decision between them, the smallest (a, b) of their updates or None]
    pairs: dict[str, list] = field(default_factory=dict)

    def dumps(self) -> str:
        return json.dumps([self.n, self.articles, self.first, self.figure, self.chain, self.says, self.dates,
                           self.origins, self.pairs], ensure_ascii=False, separators=(",", ":"))

    def opposed(self, other: str, kind: str, a: str, b: str) -> None:
        """A conflict or update decision (a, b) with a member of `other`."""
        had = self.pairs.setdefault(other, [False, None])
        if kind == "conflict":
            had[0] = True
        elif had[1] is None or [a, b] < had[1]:
            had[1] = [a, b]

    def renamed(self, rename: dict[str, str]) -> bool:
        """Other groups' new ids; True if any changed."""
        if not any(g in rename for g in self.pairs):
            return False
        pairs: dict[str, list] = {}
        for g, (conflict, update) in self.pairs.items():
            had = pairs.setdefault(rename.get(g, g), [False, None])
            had[0] = had[0] or conflict
            if update is not None and (had[1] is None or update < had[1]):
                had[1] = update
        self.pairs = pairs
        return True

    @classmethod
    def loads(cls, text: str) -> "Summary":
        return cls(*json.loads(text))

    def founder(self) -> str:
        return self.first[0][3]

    def ids(self) -> list[str]:
        return [k[3] for k in self.first]

    # -- what the record reads ----------------------------------------------------------
    def statement(self) -> str:
        best = min(self.says.values(), key=lambda v: (*v[1][:4], -v[0], v[1][4]))
        return best[2]

    def when(self) -> str | None:
        if not self.dates:
            return None
        return min(self.dates.items(), key=lambda kv: (-kv[1][0], *kv[1][1:]))[0]

    def independent(self) -> list[str]:
        return sorted(o for o, n in self.origins.items() if n > 0)

    # -- a member more --------------------------------------------------------------------
    def add(self, c: Claim, ctx: Context, new_article: bool) -> None:
        """Count a new member (its origin is counted by `count_origin`)."""
        self.n += 1
        self.articles += int(new_article)
        k = list(fkey(c))
        if len(self.first) < SAMPLE or k < self.first[-1]:
            self.first = sorted([*self.first, k])[:SAMPLE]
        if measure_key(c) is not None and (self.figure is None or k < self.figure):
            self.figure, self.chain = k, chain_key(c)
        wording = json.dumps([c.subject, c.object], ensure_ascii=False)
        ik = _ikey(c)
        said = self.says.get(wording)
        if said is None:
            self.says[wording] = [1, ik, statement(c, ctx)]
        else:
            said[0] += 1
            if ik < said[1]:
                said[1], said[2] = ik, statement(c, ctx)
        w = c.when
        if w is not None:
            d = [_PRECISION.get(w.precision, 3), w.start.isoformat(), k]  # ties: the first member
            had = self.dates.get(w.iso)
            if had is None:
                self.dates[w.iso] = [1, *d]
            else:
                had[0] += 1
                if d < had[1:]:
                    had[1:] = d

    def count_origin(self, origin: str, delta: int) -> None:
        self.origins[origin] = self.origins.get(origin, 0) + delta
        if not self.origins[origin]:
            del self.origins[origin]


def summarize(ms: list[Claim], origins: Origins, ctx: Context,
              pairs: dict[str, list] | None = None) -> tuple[Summary, list[Member]]:
    """A group's summary and membership rows, from its members (in founding order) and its
    pairs (`pairs_of`)."""
    s = Summary(pairs=pairs or {})
    articles: set[str] = set()
    for c in ms:
        s.add(c, ctx, c.article not in articles)
        articles.add(c.article)
    rows = []
    for c, opening, _, origin, copy in origins.reports(ms):
        rows.append(Member(c.id, bucket_of(opening), okey(c), origin, copy))
        if not copy:
            s.count_origin(origin, 1)
    return s, rows


def pairs_of(decisions: Iterable[PairDecision], gid_of: dict[str, str]) -> dict[str, dict[str, list]]:
    """group -> its `Summary.pairs`, from every conflict and update decision of its members
    (those whose claims `gid_of` does not know are left out)."""
    out: dict[str, dict[str, list]] = {}
    for d in decisions:
        if d.kind not in ("conflict", "update") or d.a not in gid_of or d.b not in gid_of:
            continue
        ga, gb = gid_of[d.a], gid_of[d.b]
        if ga != gb:
            for g, other in ((ga, gb), (gb, ga)):
                had = out.setdefault(g, {}).setdefault(other, [False, None])
                if d.kind == "conflict":
                    had[0] = True
                elif had[1] is None or [d.a, d.b] < had[1]:
                    had[1] = [d.a, d.b]
    return out
