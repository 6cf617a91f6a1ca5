"""Servicenormen (catalogue, norms, versions) and partner rapportages (metingen, idempotency).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:11:48.155507+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "diensten",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("omschrijving", sa.Text(), nullable=True),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_diensten_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diensten")),
        sa.UniqueConstraint(
            "verbonden_partij_id", "naam", name=op.f("uq_diensten_verbonden_partij_id_naam")
        ),
    )
    op.create_table(
        "idempotentie_sleutels",
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("sleutel", sa.String(length=255), nullable=False),
        sa.Column("verzoek_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("antwoord", sa.Text(), nullable=True),
        sa.Column(
            "headers",
            app.core.db.JsonDocument,
            nullable=True,
        ),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_idempotentie_sleutels_gebruiker_id_gebruikers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotentie_sleutels")),
        sa.UniqueConstraint(
            "gebruiker_id", "sleutel", name=op.f("uq_idempotentie_sleutels_gebruiker_id_sleutel")
        ),
    )
    with op.batch_alter_table("idempotentie_sleutels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idempotentie_sleutels_aangemaakt_op"), ["aangemaakt_op"], unique=False
        )

    op.create_table(
        "rapportages",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("periode_start", sa.Date(), nullable=False),
        sa.Column(
            "soort",
            sa.Enum(
                "prestaties",
                "financieel",
                "algemeen",
                name="soort",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.Column("vervangt_id", sa.Uuid(), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("ontvangen_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ingediend_door_id", sa.Uuid(), nullable=True),
        sa.Column("ingediend_door_rol", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("revisie >= 1", name=op.f("ck_rapportages_revisie_positief")),
        sa.ForeignKeyConstraint(
            ["ingediend_door_id"],
            ["gebruikers.id"],
            name=op.f("fk_rapportages_ingediend_door_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_rapportages_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["vervangt_id"],
            ["rapportages.id"],
            name=op.f("fk_rapportages_vervangt_id_rapportages"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rapportages")),
        sa.UniqueConstraint(
            "verbonden_partij_id",
            "soort",
            "periode",
            "revisie",
            name=op.f("uq_rapportages_verbonden_partij_id_soort_periode_revisie"),
        ),
        sa.UniqueConstraint("vervangt_id", name=op.f("uq_rapportages_vervangt_id")),
    )
    with op.batch_alter_table("rapportages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rapportages_verbonden_partij_id_periode_start"),
            ["verbonden_partij_id", "periode_start"],
            unique=False,
        )

    op.create_table(
        "servicenormen",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("dienst_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column(
            "eenheid",
            sa.Enum(
                "percentage",
                "aantal",
                "dagen",
                "uren",
                "euro",
                "score",
                name="eenheid",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "frequentie",
            sa.Enum(
                "maand",
                "kwartaal",
                "halfjaar",
                "jaar",
                name="frequentie",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("wettelijke_grondslag", sa.String(length=500), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dienst_id"],
            ["diensten.id"],
            name=op.f("fk_servicenormen_dienst_id_diensten"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_servicenormen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_servicenormen")),
        sa.UniqueConstraint(
            "verbonden_partij_id", "code", name=op.f("uq_servicenormen_verbonden_partij_id_code")
        ),
    )
    with op.batch_alter_table("servicenormen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_servicenormen_dienst_id"), ["dienst_id"], unique=False)

    op.create_table(
        "metingen",
        sa.Column("rapportage_id", sa.Uuid(), nullable=False),
        sa.Column("servicenorm_id", sa.Uuid(), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("periode_start", sa.Date(), nullable=False),
        sa.Column("periode_eind", sa.Date(), nullable=False),
        sa.Column("waarde", app.core.db.ExactDecimal(precision=15, scale=4), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rapportage_id"],
            ["rapportages.id"],
            name=op.f("fk_metingen_rapportage_id_rapportages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["servicenorm_id"],
            ["servicenormen.id"],
            name=op.f("fk_metingen_servicenorm_id_servicenormen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metingen")),
        sa.UniqueConstraint(
            "rapportage_id",
            "servicenorm_id",
            "periode",
            name=op.f("uq_metingen_rapportage_id_servicenorm_id_periode"),
        ),
    )
    with op.batch_alter_table("metingen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_metingen_servicenorm_id_periode_eind"),
            ["servicenorm_id", "periode_eind"],
            unique=False,
        )

    op.create_table(
        "servicenorm_versies",
        sa.Column("servicenorm_id", sa.Uuid(), nullable=False),
        sa.Column("geldig_vanaf", sa.Date(), nullable=False),
        sa.Column("doelwaarde", app.core.db.ExactDecimal(precision=15, scale=4), nullable=False),
        sa.Column("tolerantie", app.core.db.ExactDecimal(precision=15, scale=4), nullable=False),
        sa.Column(
            "richting",
            sa.Enum(
                "hoger_is_beter",
                "lager_is_beter",
                name="richting",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "tolerantie >= 0", name=op.f("ck_servicenorm_versies_tolerantie_niet_negatief")
        ),
        sa.ForeignKeyConstraint(
            ["servicenorm_id"],
            ["servicenormen.id"],
            name=op.f("fk_servicenorm_versies_servicenorm_id_servicenormen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_servicenorm_versies")),
        sa.UniqueConstraint(
            "servicenorm_id",
            "geldig_vanaf",
            name=op.f("uq_servicenorm_versies_servicenorm_id_geldig_vanaf"),
        ),
    )
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rapportagetermijn_dagen", sa.Integer(), server_default="30", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_verbonden_partijen_rapportagetermijn_dagen"),
            "rapportagetermijn_dagen BETWEEN 0 AND 366",
        )


def downgrade() -> None:
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("ck_verbonden_partijen_rapportagetermijn_dagen"), type_="check"
        )
        batch_op.drop_column("rapportagetermijn_dagen")

    op.drop_table("servicenorm_versies")
    with op.batch_alter_table("metingen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_metingen_servicenorm_id_periode_eind"))

    op.drop_table("metingen")
    with op.batch_alter_table("servicenormen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_servicenormen_dienst_id"))

    op.drop_table("servicenormen")
    with op.batch_alter_table("rapportages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rapportages_verbonden_partij_id_periode_start"))

    op.drop_table("rapportages")
    with op.batch_alter_table("idempotentie_sleutels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotentie_sleutels_aangemaakt_op"))

    op.drop_table("idempotentie_sleutels")
    op.drop_table("diensten")
