"""Lookups an ingest makes for each article, by index: one claim per block and signature
(claim_blocks.sig), and a claim's decisions of one kind (claim_links by claim and kind)

An ingest read every claim filed under the new claims' block keys, though the reconciler
keeps one per signature; and it read a claim's conflicts and updates through an index of
claims alone, visiting each of its links (most decisions) to skip them.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rows stored before have no signature (NULL): their claims are read whole, as before
    with op.batch_alter_table("claim_blocks") as batch:
        batch.add_column(sa.Column("sig", sa.String(16), nullable=True))
    op.drop_index("ix_claim_blocks_key", table_name="claim_blocks")
    op.create_index("ix_claim_blocks_key_sig", "claim_blocks", ["key", "sig", "claim_id"])
    op.drop_index("ix_claim_links_claim_b", table_name="claim_links")
    op.create_index("ix_claim_links_a_kind", "claim_links", ["claim_a", "kind", "claim_b"])
    op.create_index("ix_claim_links_b_kind", "claim_links", ["claim_b", "kind", "claim_a"])


def downgrade() -> None:
    op.drop_index("ix_claim_links_b_kind", table_name="claim_links")
    op.drop_index("ix_claim_links_a_kind", table_name="claim_links")
    op.create_index("ix_claim_links_claim_b", "claim_links", ["claim_b"])
    op.drop_index("ix_claim_blocks_key_sig", table_name="claim_blocks")
    op.create_index("ix_claim_blocks_key", "claim_blocks", ["key"])
    with op.batch_alter_table("claim_blocks") as batch:
        batch.drop_column("sig")
