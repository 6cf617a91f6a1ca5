"""Received documents: one per party, kind and year, and a partner's Idempotency-Key.

Rows stored twice before (a retried post) are merged first: of each party, kind and year the
row received earliest stays (then the one recorded first); the others are deleted. Their
contents remain in the audit trail, whose creation events hold every field.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-06 08:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DUPLICATES = """
DELETE FROM ontvangen_documenten WHERE id IN (
    SELECT id FROM (
        SELECT id, row_number() OVER (
            PARTITION BY verbonden_partij_id, soort, jaar
            ORDER BY ontvangen_op, aangemaakt_op, id
        ) AS rang
        FROM ontvangen_documenten
    ) AS genummerd
    WHERE rang > 1
)
"""


def upgrade() -> None:
    op.execute(DUPLICATES)
    with op.batch_alter_table("ontvangen_documenten") as batch_op:
        batch_op.add_column(sa.Column("idempotentie_sleutel", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("verzoek_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_ontvangen_documenten_verbonden_partij_id_soort_jaar"),
            ["verbonden_partij_id", "soort", "jaar"],
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_ontvangen_documenten_verbonden_partij_id_idempotentie_sleutel"),
            ["verbonden_partij_id", "idempotentie_sleutel"],
        )


def downgrade() -> None:
    with op.batch_alter_table("ontvangen_documenten") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_ontvangen_documenten_verbonden_partij_id_idempotentie_sleutel"),
            type_="unique",
        )
        batch_op.drop_constraint(
            batch_op.f("uq_ontvangen_documenten_verbonden_partij_id_soort_jaar"), type_="unique"
        )
        batch_op.drop_column("verzoek_hash")
        batch_op.drop_column("idempotentie_sleutel")
