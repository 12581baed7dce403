"""Per-group summaries (groups.summary, groups.chain) and each membership's origins bucket,
place, own origin and copy flag (group_claims), so that a new report joins a group
without its members read (reconcile/summary.py).

Groups stored before have no summary (NULL): the first change that touches one rebuilds
it from its members, as before, and writes its summary.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("summary", sa.Text(), nullable=True))
        batch.add_column(sa.Column("chain", sa.String(400), nullable=True))
    op.create_index("ix_groups_chain", "groups", ["chain"])
    with op.batch_alter_table("group_claims") as batch:
        batch.add_column(sa.Column("bucket", sa.String(16), nullable=True))
        batch.add_column(sa.Column("place", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("origin", sa.Text(), nullable=True))
        batch.add_column(sa.Column("is_copy", sa.Boolean(), nullable=True))
    op.create_index("ix_group_claims_bucket", "group_claims", ["group_id", "bucket", "place"])


def downgrade() -> None:
    op.drop_index("ix_group_claims_bucket", table_name="group_claims")
    with op.batch_alter_table("group_claims") as batch:
        batch.drop_column("is_copy")
        batch.drop_column("origin")
        batch.drop_column("place")
        batch.drop_column("bucket")
    op.drop_index("ix_groups_chain", table_name="groups")
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("chain")
        batch.drop_column("summary")
