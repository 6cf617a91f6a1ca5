"""Trust between municipalities (issue 12): every party gets a penvoerder, an e-mail address is
unique within its municipality (or, for a partner, its party) instead of everywhere, and a
partner report names the token that pushed it.

The penvoerder of an existing party is the municipality whose beheerder registered it (the
audit trail's `aangemaakt` event), if it still takes part; else its earliest participant.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 14:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The registrant from the trail, if it still participates; else the earliest participant.
PENVOERDER = sa.text(
    """
    UPDATE verbonden_partijen SET penvoerder_id = COALESCE(
        (SELECT a.organisatie_id FROM audit_gebeurtenissen a
          WHERE a.entiteit = 'verbonden_partij' AND a.actie = 'aangemaakt'
            AND a.entiteit_id = verbonden_partijen.id AND a.organisatie_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM deelnames d
                         WHERE d.verbonden_partij_id = verbonden_partijen.id
                           AND d.organisatie_id = a.organisatie_id)
          ORDER BY a.tijdstip LIMIT 1),
        (SELECT d.organisatie_id FROM deelnames d
          WHERE d.verbonden_partij_id = verbonden_partijen.id
          ORDER BY d.aangemaakt_op, d.id LIMIT 1)
    )
    """
)


def upgrade() -> None:
    with op.batch_alter_table("gebruikers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_gebruikers_email"), type_="unique")
        batch_op.create_index(batch_op.f("ix_gebruikers_email"), ["email"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_gebruikers_organisatie_id_email"), ["organisatie_id", "email"]
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_gebruikers_verbonden_partij_id_email"), ["verbonden_partij_id", "email"]
        )

    with op.batch_alter_table("rapportages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ingediend_met_token_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("ingediend_met_token_omschrijving", sa.String(length=200), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_rapportages_ingediend_met_token_id_tokens"),
            "tokens",
            ["ingediend_met_token_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.add_column(sa.Column("penvoerder_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_verbonden_partijen_penvoerder_id"), ["penvoerder_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_verbonden_partijen_penvoerder_id_organisaties"),
            "organisaties",
            ["penvoerder_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    op.execute(PENVOERDER)


def downgrade() -> None:
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_verbonden_partijen_penvoerder_id_organisaties"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_verbonden_partijen_penvoerder_id"))
        batch_op.drop_column("penvoerder_id")

    with op.batch_alter_table("rapportages", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_rapportages_ingediend_met_token_id_tokens"), type_="foreignkey"
        )
        batch_op.drop_column("ingediend_met_token_omschrijving")
        batch_op.drop_column("ingediend_met_token_id")

    with op.batch_alter_table("gebruikers", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_gebruikers_verbonden_partij_id_email"), type_="unique"
        )
        batch_op.drop_constraint(batch_op.f("uq_gebruikers_organisatie_id_email"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_gebruikers_email"))
        batch_op.create_unique_constraint(batch_op.f("uq_gebruikers_email"), ["email"])
