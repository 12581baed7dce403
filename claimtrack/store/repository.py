"""Rows in, pydantic models out: the only module that knows both."""
from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from sqlalchemy import Select, bindparam, delete, func, insert, literal, or_, select, union_all, update
from sqlalchemy.orm import Session

from claimtrack.models import (ArticleRecord, Claim, Conflict, Group, LevelResult, PairDecision, Quantity,
                               SourceDocument, TimeValue)
from claimtrack.nlp.gazetteer import Gazetteer
from claimtrack.store.schema import (ArticleRow, BlockKeyRow, ClaimRow, ConflictRow, EntityAliasRow, EntityRow,
                                     GroupClaimRow, GroupRow, LinkRow, OutletRow)


def _claim_row(c: Claim) -> dict:
    """The claims table's columns of a claim (inserted as plain rows, no ORM objects)."""
    v, w = c.value, c.when
    return dict(
        id=c.id, article_id=c.article, start=c.start, end=c.end, evidence=c.evidence, subject=c.subject,
        span_start=c.span[0] if c.span else None, span_end=c.span[1] if c.span else None, headline=c.headline,
        subject_type=c.subject_type, subject_owner=c.subject_owner, subject_text=c.subject_text,
        subject_resolved_from=c.subject_resolved_from,
        relation=c.relation, predicate=c.predicate, object=c.object, object_type=c.object_type,
        value_amount=v.amount if v else None, value_lower=v.lower if v else None,
        value_upper=v.upper if v else None, value_unit=v.unit if v else None, value_text=v.text if v else None,
        polarity=c.polarity, modality=c.modality, attributed_to=c.attributed_to,
        when_iso=w.iso if w else None, when_precision=w.precision if w else None,
        when_start=w.start if w else None, when_end=w.end if w else None, when_text=w.text if w else None)


_set_attr = object.__setattr__
_CLAIM_FIELDS = set(Claim.model_fields)
_QUANTITY_FIELDS = set(Quantity.model_fields)
_TIME_FIELDS = set(TimeValue.model_fields) - {"part"}  # what model_construct(...) below would mark as set
_new_claim, _new_quantity, _new_time = Claim.__new__, Quantity.__new__, TimeValue.__new__


def _constructed(new, cls, values: dict, fields_set: set[str]):
    """cls.model_construct(**values) for `values` holding every field in declared order:
    the same instance (its fields, which of them were given, no extra, no private) without
    model_construct's per-field look-ups. A knowledge base's regroup reads thousands of
    rows; the sets are shared (pydantic only ever adds to them, a frozen model never does)."""
    m = new(cls)
    _set_attr(m, "__dict__", values)
    _set_attr(m, "__pydantic_fields_set__", fields_set)
    _set_attr(m, "__pydantic_extra__", None)
    _set_attr(m, "__pydantic_private__", None)
    return m


# the columns a claim is read from, in the order _claim unpacks them
_CLAIM_COLUMNS = ("id", "article_id", "evidence", "start", "end", "span_start", "span_end", "headline", "subject",
                  "subject_type", "subject_owner", "subject_text", "subject_resolved_from", "relation", "predicate",
                  "object", "object_type", "value_amount", "value_lower", "value_upper", "value_unit", "value_text",
                  "polarity", "modality", "attributed_to", "when_iso", "when_precision", "when_start", "when_end",
                  "when_text")


def _claim(r: tuple) -> Claim:
    """A claim from a row of _CLAIM_COLUMNS and its article's outlet, date and language
    (a plain tuple unpacked by position: a regroup reads thousands of rows)."""
    # rows were validated on the way in and the columns are typed: built without validating again
    (cid, article, evidence, start, end, span_start, span_end, headline, subject, subject_type, subject_owner,
     subject_text, resolved_from, relation, predicate, obj, object_type, amount, lower, upper, unit, value_text,
     polarity, modality, attributed_to, when_iso, precision, when_start, when_end, when_text,
     outlet, published, language) = r
    value = None if value_text is None else _constructed(_new_quantity, Quantity, {
        "amount": amount, "lower": lower, "upper": upper, "unit": unit, "text": value_text}, _QUANTITY_FIELDS)
    when = None if when_iso is None else _constructed(_new_time, TimeValue, {
        "iso": when_iso, "precision": precision, "start": when_start, "end": when_end, "text": when_text or "",
        "part": None}, _TIME_FIELDS)
    return _constructed(_new_claim, Claim, {
        "id": cid, "article": article, "evidence": evidence, "start": start, "end": end,
        "span": (span_start, span_end) if span_start is not None else None, "headline": bool(headline),
        "subject": subject, "subject_type": subject_type, "subject_owner": subject_owner,
        "subject_text": subject_text, "subject_resolved_from": resolved_from,
        "relation": relation, "predicate": predicate, "object": obj, "object_type": object_type,
        "value": value, "polarity": polarity, "modality": modality, "attributed_to": attributed_to,
        "when": when, "outlet": outlet, "published": published, "language": language}, _CLAIM_FIELDS)


_by_id = operator.attrgetter("id")


class Cited(NamedTuple):
    """A claim as origins read it (reconcile.origins.Origins.of)."""
    id: str
    article: str
    attributed_to: str | None
    outlet: str | None


def _chunks(ids: Iterable[str], size: int = 5_000) -> list[list[str]]:
    """Ids in slices a statement takes as parameters on any database."""
    ids = sorted(set(ids))
    return [ids[i:i + size] for i in range(0, len(ids), size)]


class Repository:
    def __init__(self, session: Session):
        self.s = session

    # -- articles -------------------------------------------------------------
    def article(self, article_id: str) -> ArticleRow | None:
        return self.s.get(ArticleRow, article_id)

    def article_with_hash(self, content_hash: str) -> ArticleRow | None:
        return self.s.scalars(select(ArticleRow).where(ArticleRow.content_hash == content_hash)).first()

    def _outlet(self, name: str | None) -> OutletRow | None:
        if not name:
            return None
        row = self.s.scalars(select(OutletRow).where(OutletRow.name == name)).first()
        if row is None:
            row = OutletRow(name=name)
            self.s.add(row)
            self.s.flush()
        return row

    def delete_article(self, article_id: str) -> None:
        """The article and, by the foreign keys' ON DELETE CASCADE, its claims, their block
        keys, links and group memberships."""
        self.s.execute(delete(ArticleRow).where(ArticleRow.id == article_id))
        self.s.flush()

    def add_article(self, doc: SourceDocument, claims: list[Claim],
                    keys: Mapping[str, Iterable[str]] | None = None,
                    sigs: Mapping[str, str] | None = None) -> None:
        """The article, its claims and the block keys the reconciler filed them under
        (`keys`: claim id -> keys, `sigs`: claim id -> its signature's digest, both computed
        by the caller: the store knows no blocking)."""
        outlet = self._outlet(doc.outlet)
        self.s.add(ArticleRow(
            id=doc.id, source=doc.source, title=doc.title, outlet_id=outlet.id if outlet else None,
            author=doc.author, url=doc.url, published=doc.published, language=doc.language, text=doc.text,
            content_hash=doc.content_hash, ingested_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)))
        self.s.flush()
        if claims:
            self.s.execute(insert(ClaimRow.__table__), [_claim_row(c) for c in claims])
        if keys:
            sigs = sigs or {}
            rows = [{"claim_id": c.id, "key": k, "sig": sigs.get(c.id)}
                    for c in claims for k in sorted(set(keys.get(c.id, ())))]
            if rows:
                self.s.execute(insert(BlockKeyRow.__table__), rows)

    def articles(self) -> list[ArticleRecord]:
        rows = self.s.scalars(select(ArticleRow).order_by(ArticleRow.id)).all()
        return [ArticleRecord(id=r.id, source=r.source, title=r.title, outlet=r.outlet.name if r.outlet else None,
                              published=r.published, language=r.language, content_hash=r.content_hash)
                for r in rows]

    def languages(self, ids: Iterable[str]) -> dict[str, str | None]:
        """article id -> its language, for these articles."""
        ids = sorted(set(ids))
        out: dict[str, str | None] = {}
        for i in range(0, len(ids), 10_000):  # within any database's limit on parameters
            out.update((a, lang) for a, lang in self.s.execute(select(ArticleRow.id, ArticleRow.language)
                                                               .where(ArticleRow.id.in_(ids[i:i + 10_000]))))
        return out

    # -- claims -----------------------------------------------------------------
    def _claims(self, query) -> list[Claim]:
        """The claims `query` (a select of ClaimRow) finds, read as plain rows (no ORM objects:
        a timeline or an export reads thousands)."""
        t, a, o = ClaimRow.__table__, ArticleRow.__table__, OutletRow.__table__
        q = (select(*(t.c[name] for name in _CLAIM_COLUMNS), o.c.name, a.c.published, a.c.language)
             .join_from(t, a, t.c.article_id == a.c.id).outerjoin(o, a.c.outlet_id == o.c.id))
        if query.whereclause is not None:
            q = q.where(query.whereclause)
        return sorted(map(_claim, self.s.connection().execute(q).all()), key=_by_id)

    def claims(self, ids: Iterable[str] | Select | None = None) -> list[Claim]:
        q = select(ClaimRow)
        if ids is not None:
            q = q.where(ClaimRow.id.in_(ids if isinstance(ids, Select) else list(ids)))
        return self._claims(q)

    def representatives(self, keys: Iterable[str], exclude: Iterable[str] = ()) -> list[Claim]:
        """The claims a reconciler seeded with every claim filed under `keys` keeps (but for
        those of `exclude`): for each key and signature digest, the claim of smallest id
        (`Reconciler.seed` keeps the first of a signature, in id order); every claim filed
        without a digest (stored before digests were)."""
        keys = sorted(set(keys))
        if not keys:
            return []
        ex = sorted(set(exclude))
        b = BlockKeyRow.__table__
        ids: set[str] = set()
        conn = self.s.connection()
        for i in range(0, len(keys), 2_000):
            part = keys[i:i + 2_000]
            q = select(func.min(b.c.claim_id)).where(b.c.key.in_(part), b.c.sig.is_not(None))
            n = select(b.c.claim_id).where(b.c.key.in_(part), b.c.sig.is_(None))
            if ex:
                q, n = q.where(b.c.claim_id.not_in(ex)), n.where(b.c.claim_id.not_in(ex))
            ids.update(conn.execute(q.group_by(b.c.key, b.c.sig)).scalars())
            ids.update(conn.execute(n).scalars())
        return self.claims_in(ids)

    # -- links ------------------------------------------------------------------
    def add_decisions(self, decisions: Iterable[PairDecision]) -> None:
        rows = {}
        for d in decisions:
            if d.kind == "none":
                continue
            levels = [{"level": r.level, "label": r.text(), "agrees": r.agrees, "code": r.code} for r in d.levels]
            rows[(d.a, d.b)] = {"claim_a": d.a, "claim_b": d.b, "kind": d.kind, "reason": d.reason,
                                "levels": json.dumps(levels, ensure_ascii=False)}
        # a new claim has no link yet: the rows are new (writers are serialised); plain rows, one statement
        if rows:
            self.s.execute(insert(LinkRow.__table__), [rows[key] for key in sorted(rows)])

    def clear_decisions(self) -> None:
        self.s.execute(delete(LinkRow))

    def decisions(self, claim_ids: Iterable[str] | None = None,
                  kinds: tuple[str, ...] | None = None, levels: bool = True) -> list[PairDecision]:
        """Every decision, or those touching `claim_ids`; of these `kinds` only, if given.
        Without `levels`, a decision's levels are None (not read: the pairs and kinds are
        read from the indexes alone; `levels_of` reads them for the few that need them)."""
        if not levels:
            q = select(LinkRow.claim_a, LinkRow.claim_b, LinkRow.kind).order_by(LinkRow.claim_a, LinkRow.claim_b)
            if claim_ids is not None:
                ids = list(claim_ids)
                q = q.where(or_(LinkRow.claim_a.in_(ids), LinkRow.claim_b.in_(ids)))
            if kinds is not None:
                q = q.where(LinkRow.kind.in_(kinds))
            return [PairDecision(a, b, kind, None) for a, b, kind in self.s.connection().execute(q).all()]
        q = (select(LinkRow.claim_a, LinkRow.claim_b, LinkRow.kind, LinkRow.levels)  # plain rows, no ORM objects
             .order_by(LinkRow.claim_a, LinkRow.claim_b))
        if claim_ids is not None:
            ids = list(claim_ids)
            q = q.where(or_(LinkRow.claim_a.in_(ids), LinkRow.claim_b.in_(ids)))
        if kinds is not None:
            q = q.where(LinkRow.kind.in_(kinds))
        read: dict[str, tuple[LevelResult, ...]] = {}  # levels text -> levels: most pairs share a few texts

        def read_levels(text: str) -> tuple[LevelResult, ...]:
            if text not in read:
                read[text] = tuple(LevelResult(**x) for x in json.loads(text))
            return read[text]
        return [PairDecision(a, b, kind, read_levels(text))
                for a, b, kind, text in self.s.connection().execute(q).all()]

    def levels_of(self, decisions: Iterable[PairDecision]) -> list[PairDecision]:
        """These decisions with their stored levels (read by key, one pair at a time: for
        the few decisions read without levels that turn out to need them)."""
        out = []
        for d in decisions:
            if d.levels is None:
                text = self.s.connection().execute(select(LinkRow.levels).where(
                    LinkRow.claim_a == d.a, LinkRow.claim_b == d.b)).scalar_one()
                d = PairDecision(d.a, d.b, d.kind, tuple(LevelResult(**x) for x in json.loads(text)))
            out.append(d)
        return out

    # -- groups -----------------------------------------------------------------
    def replace_groups(self, groups: list[Group], conflicts: list[Conflict],
                       summaries: Mapping[str, tuple[str, str | None, list]] | None = None) -> None:
        self.s.execute(delete(ConflictRow))
        self.s.execute(delete(GroupClaimRow))
        self.s.execute(delete(GroupRow))
        self.s.flush()
        self._insert_groups(groups, conflicts, summaries)

    def _insert_groups(self, groups: list[Group], conflicts: list[Conflict],
                       summaries: Mapping[str, tuple[str, str | None, list]] | None = None) -> None:
        """Groups with their memberships and the conflicts. `summaries`: group id -> (its
        summary as text, its measure chain, its membership rows as (claim, bucket, place,
        origin, copy) in any order), written with it (reconcile/summary.py)."""
        # plain rows, one statement per table: a rebuilt story group has thousands of members
        summaries = summaries or {}
        if groups:
            self.s.execute(insert(GroupRow.__table__), [
                {"id": g.id, "statement": g.statement, "when_iso": g.when, "status": g.status, "reports": g.reports,
                 "origins": json.dumps(list(g.origins), ensure_ascii=False), "reason": g.reason,
                 "subject": g.subject, "relation": g.relation,
                 "summary": summaries[g.id][0] if g.id in summaries else None,
                 "chain": summaries[g.id][1] if g.id in summaries else None} for g in groups])
        memberships = []
        for g in groups:
            if g.id in summaries:
                memberships += [{"group_id": g.id, "claim_id": m[0], "bucket": m[1], "place": m[2], "origin": m[3],
                                 "is_copy": m[4]} for m in summaries[g.id][2]]
            else:
                memberships += [{"group_id": g.id, "claim_id": c, "bucket": None, "place": None, "origin": None,
                                 "is_copy": None} for c in g.claims]
        if memberships:
            self.s.execute(insert(GroupClaimRow.__table__), memberships)
        self._insert_conflicts(conflicts)

    def add_groups(self, groups: list[Group], summaries: Mapping[str, tuple[str, str | None, list]]) -> None:
        self._insert_groups(groups, [], summaries)

    def add_conflicts(self, conflicts: list[Conflict]) -> None:
        self._insert_conflicts(conflicts)

    def _insert_conflicts(self, conflicts: list[Conflict]) -> None:
        if conflicts:
            self.s.execute(insert(ConflictRow.__table__), [
                {"id": x.id, "group_a": x.groups[0], "group_b": x.groups[1], "kind": x.kind, "reason": x.reason,
                 "claim_pairs": json.dumps([list(p) for p in x.claim_pairs])} for x in conflicts])

    def groups(self, ids: Iterable[str] | Select | None = None) -> list[Group]:
        """Every group, or those of `ids` (a list or a query of ids)."""
        mq = select(GroupClaimRow.group_id, GroupClaimRow.claim_id)
        t = GroupRow.__table__  # plain rows, no ORM objects; not the summary (what a regroup reads)
        gq = select(*(t.c[k] for k in ("id", "statement", "when_iso", "status", "reports", "origins", "reason",
                                       "subject", "relation"))).order_by(t.c.id)
        if ids is not None:
            ids = ids if isinstance(ids, Select) else list(ids)
            mq, gq = mq.where(GroupClaimRow.group_id.in_(ids)), gq.where(GroupRow.id.in_(ids))
        members: dict[str, list[str]] = {}
        conn = self.s.connection()  # Core results: no ORM loading for plain rows
        if ids is None:
            # every group: its members in founding order (cluster.founding_key), the order they were
            # once always written in (a group that grows appends its new members' rows)
            gc, t, a = GroupClaimRow.__table__, ClaimRow.__table__, ArticleRow.__table__
            keyed: dict[str, list[tuple]] = {}
            for gid, cid, published, article, start in conn.execute(
                    select(gc.c.group_id, gc.c.claim_id, a.c.published, t.c.article_id, t.c.start)
                    .join_from(gc, t, t.c.id == gc.c.claim_id).join(a, a.c.id == t.c.article_id)):
                keyed.setdefault(gid, []).append((published or dt.date.max, article, start, cid))
            members = {gid: [k[3] for k in sorted(ks)] for gid, ks in keyed.items()}
        else:
            for gid, cid in conn.execute(mq):
                members.setdefault(gid, []).append(cid)
            for ms in members.values():  # by id (the order of the primary key)
                ms.sort()
        out = []
        for r in conn.execute(gq):
            out.append(Group(id=r.id, claims=tuple(members.get(r.id, [])), statement=r.statement, when=r.when_iso,
                             status=r.status, reports=r.reports, origins=tuple(json.loads(r.origins)),
                             reason=r.reason, subject=r.subject, relation=r.relation))
        return out

    def conflicts(self) -> list[Conflict]:
        return [Conflict(id=r.id, groups=(r.group_a, r.group_b), kind=r.kind, reason=r.reason,
                         claim_pairs=tuple(tuple(p) for p in json.loads(r.claim_pairs)))
                for r in self.s.scalars(select(ConflictRow).order_by(ConflictRow.id))]

    # -- what a change touches (reconcile.maintain) ----------------
    def claim_ids_of_article(self, article_id: str) -> list[str]:
        return sorted(self.s.scalars(select(ClaimRow.id).where(ClaimRow.article_id == article_id)))

    def linked(self, ids: Iterable[str]) -> set[str]:
        """Claims with a stored decision (link, conflict, update) with one of `ids`."""
        return {c for pair in self.decided_pairs(ids) for c in pair}

    def decided_pairs(self, ids: Iterable[str]) -> set[tuple[str, str]]:
        """The (a, b) pairs with a stored decision touching one of `ids`."""
        out: set[tuple[str, str]] = set()
        for part in _chunks(ids):
            out.update(tuple(r) for r in self.s.execute(select(LinkRow.claim_a, LinkRow.claim_b).where(
                or_(LinkRow.claim_a.in_(part), LinkRow.claim_b.in_(part)))))
        return out

    def article_claims(self, ids: Iterable[str]) -> list[Claim]:
        """Every claim of the articles of these claims."""
        articles: set[str] = set()
        for part in _chunks(ids):
            articles.update(self.s.scalars(select(ClaimRow.article_id).where(ClaimRow.id.in_(part))))
        out = [c for part in _chunks(articles) for c in self._claims(select(ClaimRow)
                                                                     .where(ClaimRow.article_id.in_(part)))]
        return sorted(out, key=lambda c: c.id)

    def citations_of_articles(self, article_ids: Iterable[str]) -> list[Cited]:
        """Every claim of these articles as what origins read of it (id, article, attributed
        to, outlet): an aggregator's relayed source is the one its claims cite most."""
        t, a, o = ClaimRow.__table__, ArticleRow.__table__, OutletRow.__table__
        out: list[Cited] = []
        for part in _chunks(article_ids):
            q = (select(t.c.id, t.c.article_id, t.c.attributed_to, o.c.name)
                 .join_from(t, a, t.c.article_id == a.c.id).outerjoin(o, a.c.outlet_id == o.c.id)
                 .where(t.c.article_id.in_(part)))
            out += (Cited(*r) for r in self.s.connection().execute(q))
        return sorted(out, key=lambda c: c.id)

    def link_pairs(self, ids: Iterable[str]) -> set[tuple[str, str]]:
        """The (a, b) pairs linked (kind "link") touching one of `ids`; levels unread."""
        out: set[tuple[str, str]] = set()
        for part in _chunks(ids):
            out.update((a, b) for a, b in self.s.execute(select(LinkRow.claim_a, LinkRow.claim_b).where(
                LinkRow.kind == "link", or_(LinkRow.claim_a.in_(part), LinkRow.claim_b.in_(part)))))
        return out

    def claims_in(self, ids: Iterable[str]) -> list[Claim]:
        """claims(ids) for any number of ids."""
        return sorted((c for part in _chunks(ids) for c in self.claims(part)), key=lambda c: c.id)

    def decisions_in(self, ids: Iterable[str], kinds: tuple[str, ...] | None = None,
                     levels: bool = True) -> list[PairDecision]:
        """The decisions touching any of `ids` (of these `kinds` only, if given), for any number of ids."""
        seen: dict[tuple[str, str], PairDecision] = {}
        for part in _chunks(ids):
            for d in self.decisions(part, kinds, levels):
                seen[(d.a, d.b)] = d
        return [seen[k] for k in sorted(seen)]

    # -- a part of the groups, for an incremental regroup (reconcile/incremental.py) ---------
    def groups_of(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """claim id -> the id of its stored group, for these claims."""
        out: dict[str, str] = {}
        for part in _chunks(claim_ids):
            out.update((cid, gid) for cid, gid in self.s.execute(
                select(GroupClaimRow.claim_id, GroupClaimRow.group_id).where(GroupClaimRow.claim_id.in_(part))))
        return out

    def members_of(self, group_ids: Iterable[str]) -> dict[str, list[str]]:
        """group id -> the ids of its stored members."""
        out: dict[str, list[str]] = {}
        for part in _chunks(group_ids):
            for gid, cid in self.s.execute(select(GroupClaimRow.group_id, GroupClaimRow.claim_id)
                                           .where(GroupClaimRow.group_id.in_(part))):
                out.setdefault(gid, []).append(cid)
        return out

    def conflict_pairs_of(self, group_ids: Iterable[str]) -> set[tuple[str, str]]:
        """The (group, group) pairs of the stored conflicts touching these groups."""
        out: set[tuple[str, str]] = set()
        for part in _chunks(group_ids):
            out.update((a, b) for a, b in self.s.execute(select(ConflictRow.group_a, ConflictRow.group_b).where(
                or_(ConflictRow.group_a.in_(part), ConflictRow.group_b.in_(part)))))
        return out

    def figures_of(self, facts: Iterable[tuple[str | None, str]]) -> list[Claim]:
        """The claims with a figure of these (subject, relation) pairs."""
        out: list[Claim] = []
        for subject, relation in sorted(set(facts), key=lambda f: (f[0] or "", f[0] is None, f[1])):
            same = ClaimRow.subject.is_(None) if subject is None else ClaimRow.subject == subject
            out += self._claims(select(ClaimRow).where(same, ClaimRow.relation == relation,
                                                       ClaimRow.value_text.is_not(None)))
        return out

    def replace_part(self, dropped: Iterable[str], groups: list[Group], conflicts: list[Conflict],
                     stale: Iterable[str], changed: list[Group],
                     summaries: Mapping[str, tuple[str, str | None, list]] | None = None) -> None:
        """Drop the `dropped` groups (memberships and conflicts) and the `stale` conflicts
        (ids), store the rebuilt `groups` and the fresh `conflicts`, and rewrite the status
        and reason of the `changed` neighbours."""
        for part in _chunks(dropped):
            self.s.execute(delete(ConflictRow).where(or_(ConflictRow.group_a.in_(part),
                                                         ConflictRow.group_b.in_(part))))
            self.s.execute(delete(GroupClaimRow).where(GroupClaimRow.group_id.in_(part)))
            self.s.execute(delete(GroupRow).where(GroupRow.id.in_(part)))
        for part in _chunks(stale):
            self.s.execute(delete(ConflictRow).where(ConflictRow.id.in_(part)))
        for g in changed:
            self.s.execute(update(GroupRow).where(GroupRow.id == g.id).values(status=g.status, reason=g.reason))
        self.s.flush()
        self._insert_groups(groups, conflicts, summaries)

    # -- a group's summary (reconcile/summary.py): a new member joins without the others read ----
    def summaries(self, group_ids: Iterable[str]) -> dict[str, tuple[Group, str | None]]:
        """group id -> (its stored record without its members, its summary or None)."""
        out: dict[str, tuple[Group, str | None]] = {}
        t = GroupRow.__table__
        for part in _chunks(group_ids):
            for r in self.s.connection().execute(select(t).where(t.c.id.in_(part))):
                out[r.id] = (Group(id=r.id, claims=(), statement=r.statement, when=r.when_iso, status=r.status,
                                   reports=r.reports, origins=tuple(json.loads(r.origins)), reason=r.reason,
                                   subject=r.subject, relation=r.relation), r.summary)
        return out

    def groups_in_chains(self, chains: Iterable[str]) -> set[str]:
        """The groups whose figure is of one of these measure chains."""
        out: set[str] = set()
        for part in _chunks(chains):
            out.update(self.s.scalars(select(GroupRow.id).where(GroupRow.chain.in_(part))))
        return out

    def decisions_between(self, group_a: str, group_b: str, kind: str) -> list[PairDecision]:
        """The stored decisions of `kind` between the stored members of two groups, with levels."""
        gc_a, gc_b, lk = GroupClaimRow.__table__.alias("ga"), GroupClaimRow.__table__.alias("gb"), LinkRow.__table__
        out = []
        for x, y in ((group_a, group_b), (group_b, group_a)):
            q = (select(lk.c.claim_a, lk.c.claim_b, lk.c.kind, lk.c.levels)
                 .join_from(gc_a, lk, lk.c.claim_a == gc_a.c.claim_id).join(gc_b, gc_b.c.claim_id == lk.c.claim_b)
                 .where(gc_a.c.group_id == x, gc_b.c.group_id == y, lk.c.kind == kind))
            out += [PairDecision(a, b, k, tuple(LevelResult(**v) for v in json.loads(text)))
                    for a, b, k, text in self.s.connection().execute(q)]
        return sorted(out, key=lambda d: (d.a, d.b))

    _windows = None  # the statement of bucket_windows, made once

    def bucket_windows(self, group_id: str, bucket: str, first: bytes, last: bytes,
                       limit: int) -> tuple[list[tuple], list[tuple]]:
        """Up to `limit` members of a group's origins bucket just before `first` and just after
        `last`, in bucket order: (claim, place, origin, copy, article, evidence); one statement."""
        if Repository._windows is None:
            gc, t = GroupClaimRow.__table__, ClaimRow.__table__
            cols = (gc.c.claim_id, gc.c.place, gc.c.origin, gc.c.is_copy, t.c.article_id, t.c.evidence)
            mine = (gc.c.group_id == bindparam("g"), gc.c.bucket == bindparam("b"))
            before = (select(*cols, literal(0).label("side")).join_from(gc, t, t.c.id == gc.c.claim_id)
                      .where(*mine, gc.c.place < bindparam("first")).order_by(gc.c.place.desc())
                      .limit(bindparam("n")).subquery())
            after = (select(*cols, literal(1).label("side")).join_from(gc, t, t.c.id == gc.c.claim_id)
                     .where(*mine, gc.c.place > bindparam("last")).order_by(gc.c.place)
                     .limit(bindparam("n")).subquery())
            Repository._windows = union_all(select(before), select(after))
        rows = self.s.connection().execute(Repository._windows, {"g": group_id, "b": bucket, "first": first,
                                                                 "last": last, "n": limit}).all()
        return (sorted((tuple(r[:6]) for r in rows if r[6] == 0), key=lambda r: r[1]),
                sorted((tuple(r[:6]) for r in rows if r[6] == 1), key=lambda r: r[1]))

    def update_groups(self, grown: list[tuple[str, Group, str, str | None]]) -> None:
        """Groups grown by new members, as (stored id, record, summary, chain): their records and
        summaries rewritten; under a new id (a new founder), their memberships move to it (their
        conflicts are dropped by the caller). A few statements, whatever the number of groups."""
        def values(g: Group, summary: str, chain: str | None) -> dict:
            return {"statement": g.statement, "when_iso": g.when, "status": g.status, "reports": g.reports,
                    "origins": json.dumps(list(g.origins), ensure_ascii=False), "reason": g.reason,
                    "subject": g.subject, "relation": g.relation, "summary": summary, "chain": chain}
        same = [{"old": old, **values(g, summ, chain)} for old, g, summ, chain in grown if g.id == old]
        moved = [(old, g.id, values(g, summ, chain)) for old, g, summ, chain in grown if g.id != old]
        t, gc = GroupRow.__table__, GroupClaimRow.__table__
        if same:
            self.s.execute(update(t).where(t.c.id == bindparam("old")).values(
                {k: bindparam(k) for k in same[0] if k != "old"}), same)
        if moved:
            self.s.execute(insert(t), [{"id": new, **v} for _, new, v in moved])
            self.s.execute(update(gc).where(gc.c.group_id == bindparam("old")).values(group_id=bindparam("new")),
                           [{"old": old, "new": new} for old, new, _ in moved])
            self.s.execute(delete(t).where(t.c.id.in_([old for old, _, _ in moved])))

    def add_members(self, rows: list[tuple[str, str, str, bytes, str, bool]]) -> None:
        """Memberships (group, claim, bucket, place, origin, copy)."""
        if rows:
            self.s.execute(insert(GroupClaimRow.__table__), [
                {"group_id": g, "claim_id": c, "bucket": b, "place": p, "origin": o, "is_copy": x}
                for g, c, b, p, o, x in rows])

    def set_copies(self, copies: list[tuple[str, str, bool]]) -> None:
        """Whether each of these members (group, claim, copy) is a copy (a new report before it changed it)."""
        gc = GroupClaimRow.__table__
        if copies:
            self.s.execute(update(gc).where(gc.c.group_id == bindparam("g"), gc.c.claim_id == bindparam("c"))
                           .values(is_copy=bindparam("x")), [{"g": g, "c": c, "x": x} for g, c, x in copies])

    def drop_conflicts_of(self, group_ids: Iterable[str], ids: Iterable[str] = ()) -> None:
        """The conflicts touching these groups, and those of these ids."""
        for part in _chunks(group_ids):
            self.s.execute(delete(ConflictRow).where(or_(ConflictRow.group_a.in_(part),
                                                         ConflictRow.group_b.in_(part))))
        for part in _chunks(ids):
            self.s.execute(delete(ConflictRow).where(ConflictRow.id.in_(part)))

    def set_summaries(self, summaries: Mapping[str, str]) -> None:
        """Rewrite these groups' summaries (their pairs changed)."""
        t = GroupRow.__table__
        if summaries:
            self.s.execute(update(t).where(t.c.id == bindparam("g")).values(summary=bindparam("s")),
                           [{"g": g, "s": text} for g, text in sorted(summaries.items())])

    def set_status(self, changed: list[Group]) -> None:
        t = GroupRow.__table__
        if changed:
            self.s.execute(update(t).where(t.c.id == bindparam("g")).values(status=bindparam("st"),
                                                                             reason=bindparam("r")),
                           [{"g": g.id, "st": g.status, "r": g.reason} for g in changed])

    # -- one entity's scope, by index ------------------------------------------------
    def scope(self, names: Iterable[str]) -> tuple[list[Group], list[Conflict], dict[str, Claim], dict[str, str]]:
        """What a timeline of `names` reads, through indexes only: the groups holding a claim
        whose subject or object is one of the names (or a description owned by one, "(model
        of Meta)"), all their claims, their conflicts, and the statements of the groups on the
        other side of those conflicts (group id -> statement)."""
        from claimtrack.descriptions import parse_description

        names = sorted(set(names))
        if not names:
            return [], [], {}, {}
        owned = [d for d in self.s.scalars(  # descriptions sort between "(" and ")": an index range
            select(ClaimRow.subject).where(ClaimRow.subject >= "(", ClaimRow.subject < ")").distinct())
            if (p := parse_description(d)) and p[1] in names]
        owned += [d for d in self.s.scalars(
            select(ClaimRow.object).where(ClaimRow.object >= "(", ClaimRow.object < ")").distinct())
            if (p := parse_description(d)) and p[1] in names]
        wanted = names + sorted(set(owned))
        # subqueries, not lists of ids: a hub's scope may hold more ids than a statement takes parameters
        hit = select(ClaimRow.id).where(or_(ClaimRow.subject.in_(wanted), ClaimRow.object.in_(wanted)))
        gids_q = select(GroupClaimRow.group_id).where(GroupClaimRow.claim_id.in_(hit)).distinct()
        gids = list(self.s.scalars(gids_q))
        if len(gids) <= 10_000:  # a list is read faster than a subquery evaluated again
            gids_q = gids
        groups = self.groups(gids_q)
        claims = {c.id: c for c in self.claims(
            [c for g in groups for c in g.claims] if isinstance(gids_q, list) and sum(len(g.claims) for g in groups)
            <= 10_000 else select(GroupClaimRow.claim_id).where(GroupClaimRow.group_id.in_(gids_q)))}
        conflicts = [Conflict(id=r.id, groups=(r.group_a, r.group_b), kind=r.kind, reason=r.reason,
                              claim_pairs=tuple(tuple(p) for p in json.loads(r.claim_pairs)))
                     for r in self.s.scalars(select(ConflictRow).where(or_(ConflictRow.group_a.in_(gids_q),
                                                                               ConflictRow.group_b.in_(gids_q)))
                                             .order_by(ConflictRow.id))]
        mine = {g.id for g in groups}
        others = sorted({g for x in conflicts for g in x.groups if g not in mine})
        statements = {g.id: g.statement for g in groups}
        if others:
            statements.update((g, st) for g, st in self.s.execute(select(GroupRow.id, GroupRow.statement)
                                                                   .where(GroupRow.id.in_(others))))
        return groups, conflicts, claims, statements

    # -- entities ---------------------------------------------------------------
    def sync_entities(self, gaz: Gazetteer, candidates: Iterable[tuple[str, str]] = ()) -> None:
        """Gazetteer entities with their aliases, plus NER candidates not in it."""
        self.sync_gazetteer(gaz)
        self.add_candidates(gaz, candidates)

    def sync_gazetteer(self, gaz: Gazetteer) -> None:
        """The gazetteer's entities and aliases the store lacks (once per run: one query for
        the names it has, not one per entity)."""
        have = set(self.s.scalars(select(EntityRow.name).where(EntityRow.origin == "gazetteer")))
        for ent in sorted(gaz.entities.values(), key=lambda e: e.name):
            if ent.name in have:
                continue
            row = self.s.get(EntityRow, ent.name)
            if row is None:
                row = EntityRow(name=ent.name, type=ent.type, origin="gazetteer", owner=ent.owner, parent=ent.parent)
                self.s.add(row)
                self.s.flush()
                self.s.add_all(EntityAliasRow(entity=ent.name, alias=a) for a in sorted(set(ent.aliases)))
        self.s.flush()

    def add_candidates(self, gaz: Gazetteer, candidates: Iterable[tuple[str, str]]) -> None:
        """NER candidates (name, type) the gazetteer does not know."""
        for name, typ in sorted(set(candidates)):
            if gaz.get(name) is None and self.s.get(EntityRow, name) is None:
                self.s.add(EntityRow(name=name, type=typ, origin="candidate", owner=None, parent=None))
        self.s.flush()

    def counts(self) -> tuple[int, int, int]:
        """(claims, groups, conflicts), counted by the database."""
        return tuple(self.s.scalar(select(func.count()).select_from(t))  # type: ignore[return-value]
                     for t in (ClaimRow, GroupRow, ConflictRow))

    def top_subjects(self, limit: int = 5) -> list[str]:
        """The subjects with most claims (one aggregate query)."""
        n = func.count().label("n")
        return [r[0] for r in self.s.execute(select(ClaimRow.subject, n).group_by(ClaimRow.subject)
                                             .order_by(n.desc(), ClaimRow.subject).limit(limit))]

    def entity_names(self) -> list[tuple[str, str, str]]:
        """(name, type, origin) of every entity."""
        return [tuple(r) for r in self.s.execute(select(EntityRow.name, EntityRow.type, EntityRow.origin)
                                                 .order_by(EntityRow.name))]
