"""claims: the clause span within the evidence sentence, how the subject was resolved, read from a headline

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("span_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("span_end", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("subject_resolved_from", sa.Text(), nullable=True))
        batch.add_column(sa.Column("headline", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("headline")
        batch.drop_column("subject_resolved_from")
        batch.drop_column("span_end")
        batch.drop_column("span_start")
