"""SQLAlchemy 2 tables. Created and changed only by the Alembic migrations in migrations/."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class OutletRow(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(String(1000))
    title: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    author: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)

    outlet: Mapped[OutletRow | None] = relationship(lazy="joined")
    claims: Mapped[list["ClaimRow"]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                    passive_deletes=True)


class EntityRow(Base):
    __tablename__ = "entities"
    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(20))  # gazetteer | ner (a candidate)
    owner: Mapped[str | None] = mapped_column(String(300))
    parent: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list["EntityAliasRow"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class EntityAliasRow(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity", "alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(ForeignKey("entities.name", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    headline: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(300), index=True)
    subject_type: Mapped[str | None] = mapped_column(String(40))
    subject_owner: Mapped[str | None] = mapped_column(String(300))
    subject_text: Mapped[str | None] = mapped_column(Text)
    subject_resolved_from: Mapped[str | None] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(String(60))
    predicate: Mapped[str] = mapped_column(Text)
    object: Mapped[str | None] = mapped_column(String(300), index=True)
    object_type: Mapped[str | None] = mapped_column(String(40))
    value_amount: Mapped[float | None] = mapped_column(Float)
    value_lower: Mapped[float | None] = mapped_column(Float)
    value_upper: Mapped[float | None] = mapped_column(Float)
    value_unit: Mapped[str | None] = mapped_column(String(40))
    value_text: Mapped[str | None] = mapped_column(Text)
    polarity: Mapped[str] = mapped_column(String(10))
    modality: Mapped[str] = mapped_column(String(10))
    attributed_to: Mapped[str | None] = mapped_column(String(300))
    when_iso: Mapped[str | None] = mapped_column(String(40))
    when_precision: Mapped[str | None] = mapped_column(String(10))
    when_start: Mapped[dt.date | None] = mapped_column(Date)
    when_end: Mapped[dt.date | None] = mapped_column(Date)
    when_text: Mapped[str | None] = mapped_column(Text)

    article: Mapped[ArticleRow] = relationship(back_populates="claims")


class BlockKeyRow(Base):
    """Cheap keys that make candidate pairs (see reconcile/blocking.py)."""
    __tablename__ = "claim_blocks"
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    # the claim's signature (reconcile.blocking.signature_key): a block keeps one claim per
    # signature, so an ingest reads one per (key, sig) through this index; NULL: stored before
    sig: Mapped[str | None] = mapped_column(String(16))
    __table_args__ = (Index("ix_claim_blocks_key_sig", "key", "sig", "claim_id"),)


class LinkRow(Base):
    """A compared pair that agrees (link) or contradicts (conflict), with its levels."""
    __tablename__ = "claim_links"
    claim_a: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    claim_b: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    levels: Mapped[str] = mapped_column(Text)  # JSON list of {level, label, agrees}
    # a claim's decisions of one kind (its conflicts and updates among many links), from either end
    __table_args__ = (Index("ix_claim_links_a_kind", "claim_a", "kind", "claim_b"),
                      Index("ix_claim_links_b_kind", "claim_b", "kind", "claim_a"))


class GroupRow(Base):
    __tablename__ = "groups"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    when_iso: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    reports: Mapped[int] = mapped_column(Integer)
    origins: Mapped[str] = mapped_column(Text)  # JSON list
    reason: Mapped[str] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(300), index=True)
    relation: Mapped[str | None] = mapped_column(String(60))
    # what a new member needs of the others (reconcile/summary.py), JSON; NULL: stored before
    summary: Mapped[str | None] = mapped_column(Text)
    chain: Mapped[str | None] = mapped_column(String(400), index=True)  # its figure's measure chain


class GroupClaimRow(Base):
    __tablename__ = "group_claims"
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True)
    # the report's origins bucket, its place in it, its own origin, whether a copy (summary.Member)
    bucket: Mapped[str | None] = mapped_column(String(16))
    place: Mapped[bytes | None] = mapped_column(LargeBinary)
    origin: Mapped[str | None] = mapped_column(Text)
    is_copy: Mapped[bool | None] = mapped_column(Boolean)
    __table_args__ = (Index("ix_group_claims_bucket", "group_id", "bucket", "place"),)


class ConflictRow(Base):
    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    group_a: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    group_b: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    claim_pairs: Mapped[str] = mapped_column(Text)  # JSON list of [a, b]
