"""Data versions: a version per municipality and per party, bumped by every write.

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-06 08:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "gegevensversies",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("versie", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gegevensversies")),
    )


def downgrade() -> None:
    op.drop_table("gegevensversies")
