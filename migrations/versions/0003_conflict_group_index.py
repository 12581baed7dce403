"""conflicts: indexed by each of their groups (a timeline reads its groups' conflicts by index)

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conflicts_group_a", "conflicts", ["group_a"])
    op.create_index("ix_conflicts_group_b", "conflicts", ["group_b"])


def downgrade() -> None:
    op.drop_index("ix_conflicts_group_b", table_name="conflicts")
    op.drop_index("ix_conflicts_group_a", table_name="conflicts")
