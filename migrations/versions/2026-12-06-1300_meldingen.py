"""Notifications: the outbox of events, subscriptions, deliveries, scheduled checks, calendar
feed keys, and the kinds of mail each person turned off.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 04:26:19.513774+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db
from app.core.db import JsonDocument

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "geplande_controles",
        sa.Column("soort", sa.String(length=120), nullable=False),
        sa.Column("sleutel", sa.String(length=200), nullable=False),
        sa.Column("dag", sa.Date(), nullable=False),
        sa.Column("uitgevoerd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_geplande_controles")),
        sa.UniqueConstraint(
            "soort", "sleutel", "dag", name=op.f("uq_geplande_controles_soort_sleutel_dag")
        ),
    )
    op.create_table(
        "gebeurtenissen",
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.Uuid(), nullable=False),
        sa.Column("tijd", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "data",
            JsonDocument,
            nullable=False,
        ),
        sa.Column("dataref", sa.String(length=300), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=True),
        sa.Column("organisatie_id", sa.Uuid(), nullable=True),
        sa.Column("verwerkt_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_gebeurtenissen_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_gebeurtenissen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gebeurtenissen")),
    )
    with op.batch_alter_table("gebeurtenissen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gebeurtenissen_verbonden_partij_id"),
            ["verbonden_partij_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_gebeurtenissen_verwerkt_op_tijd"), ["verwerkt_op", "tijd"], unique=False
        )

    op.create_table(
        "abonnementen",
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("callback_url", sa.String(length=2000), nullable=False),
        sa.Column(
            "soorten",
            JsonDocument,
            nullable=False,
        ),
        sa.Column("secret", sa.String(length=100), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("opgezegd_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_abonnementen_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_abonnementen")),
    )
    with op.batch_alter_table("abonnementen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_abonnementen_gebruiker_id_opgezegd_op"),
            ["gebruiker_id", "opgezegd_op"],
            unique=False,
        )

    op.create_table(
        "kalendersleutels",
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_kalendersleutels_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kalendersleutels")),
        sa.UniqueConstraint("gebruiker_id", name=op.f("uq_kalendersleutels_gebruiker_id")),
        sa.UniqueConstraint("hash", name=op.f("uq_kalendersleutels_hash")),
    )
    op.create_table(
        "afleveringen",
        sa.Column(
            "kanaal",
            sa.Enum(
                "webhook",
                "mail",
                name="aflevering_kanaal",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("gebeurtenis_id", sa.Uuid(), nullable=True),
        sa.Column("abonnement_id", sa.Uuid(), nullable=True),
        sa.Column("gebruiker_id", sa.Uuid(), nullable=True),
        sa.Column("soort", sa.String(length=100), nullable=False),
        sa.Column(
            "inhoud",
            JsonDocument,
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "wachtend",
                "afgeleverd",
                "mislukt",
                "vervallen",
                name="aflevering_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("pogingen", sa.Integer(), nullable=False),
        sa.Column("volgende_poging_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("claim", sa.Uuid(), nullable=True),
        sa.Column("geclaimd_tot", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("eerste_poging_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("laatste_poging_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("laatste_statuscode", sa.Integer(), nullable=True),
        sa.Column("laatste_fout", sa.String(length=500), nullable=True),
        sa.Column("afgeleverd_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["abonnement_id"],
            ["abonnementen.id"],
            name=op.f("fk_afleveringen_abonnement_id_abonnementen"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["gebeurtenis_id"],
            ["gebeurtenissen.id"],
            name=op.f("fk_afleveringen_gebeurtenis_id_gebeurtenissen"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_afleveringen_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_afleveringen")),
    )
    with op.batch_alter_table("afleveringen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_afleveringen_abonnement_id_aangemaakt_op"),
            ["abonnement_id", "aangemaakt_op"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_afleveringen_claim"), ["claim"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_afleveringen_gebeurtenis_id"), ["gebeurtenis_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_afleveringen_status_volgende_poging_op"),
            ["status", "volgende_poging_op"],
            unique=False,
        )

    # A plain ADD COLUMN with a constant default: no table rebuild on SQLite.
    op.add_column(
        "gebruikers",
        sa.Column("meldingen_uit", JsonDocument, nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    with op.batch_alter_table("gebruikers", schema=None) as batch_op:
        batch_op.drop_column("meldingen_uit")

    with op.batch_alter_table("afleveringen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_afleveringen_status_volgende_poging_op"))
        batch_op.drop_index(batch_op.f("ix_afleveringen_gebeurtenis_id"))
        batch_op.drop_index(batch_op.f("ix_afleveringen_claim"))
        batch_op.drop_index(batch_op.f("ix_afleveringen_abonnement_id_aangemaakt_op"))

    op.drop_table("afleveringen")
    op.drop_table("kalendersleutels")
    with op.batch_alter_table("abonnementen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_abonnementen_gebruiker_id_opgezegd_op"))

    op.drop_table("abonnementen")
    with op.batch_alter_table("gebeurtenissen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gebeurtenissen_verwerkt_op_tijd"))
        batch_op.drop_index(batch_op.f("ix_gebeurtenissen_verbonden_partij_id"))

    op.drop_table("gebeurtenissen")
    op.drop_table("geplande_controles")
