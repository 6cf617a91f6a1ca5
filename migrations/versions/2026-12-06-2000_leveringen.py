"""Deliveries counted in a party's version

Beside every write, a party's version counts the writes that were only a delivery of its
partner (`gegevensversies.leveringen`), so the dashboard keeps a participant's own columns
while only the partner delivers (app/core/versions.py). The count starts at zero.

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-06 20:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "gegevensversies",
        sa.Column("leveringen", sa.BigInteger(), server_default="0", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("gegevensversies", "leveringen")
