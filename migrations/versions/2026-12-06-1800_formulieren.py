"""The seeds' forms, whole: the status report's portfolio holder, project phase, decisions
asked of the MT, other information and the flag "afwijking totaalplanning" under Planning.

Revision ID: 0016
Revises: 0017
Create Date: 2026-12-06 09:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_COLUMNS = (
    ("afwijking_totaalplanning", sa.Boolean()),
    ("afwijking_totaalplanning_toelichting", sa.Text()),
    ("portefeuillehouder", sa.String(length=200)),
    ("projectfase", sa.String(length=200)),
    ("besluitvorming", sa.Text()),
    ("overige_informatie", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("voortgangsrapportages") as batch:
        for name, type_ in REPORT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("voortgangsrapportages") as batch:
        for name, _ in reversed(REPORT_COLUMNS):
            batch.drop_column(name)
