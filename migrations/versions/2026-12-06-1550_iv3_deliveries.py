"""Iv3 deliveries and their records, a party's CBS number, the realisation to date of a budget
year, and each municipality's signal values of the key ratios.

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-06 07:43:42.287291+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db
from app.core.db import JsonDocument

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kengetal_signaalwaarden",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("kengetal", sa.String(length=10), nullable=False),
        sa.Column("grens_a", app.core.db.ExactDecimal(precision=9, scale=4), nullable=False),
        sa.Column("grens_c", app.core.db.ExactDecimal(precision=9, scale=4), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_kengetal_signaalwaarden_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kengetal_signaalwaarden")),
        sa.UniqueConstraint(
            "organisatie_id",
            "kengetal",
            name=op.f("uq_kengetal_signaalwaarden_organisatie_id_kengetal"),
        ),
    )
    op.create_table(
        "iv3_leveringen",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("boekjaar", sa.Integer(), nullable=False),
        sa.Column("periode", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "begroting",
                "realisatie",
                name="iv3_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "eenheid",
            sa.Enum(
                "euro",
                "duizend_euro",
                name="eenheid",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("overheidslaag", sa.String(length=20), nullable=False),
        sa.Column("overheidsnummer", sa.String(length=20), nullable=False),
        sa.Column("overheidsnaam", sa.String(length=200), nullable=False),
        sa.Column("datum", sa.String(length=40), nullable=False),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.Column("vervangt_id", sa.Uuid(), nullable=True),
        sa.Column("inhoud_hash", sa.String(length=64), nullable=False),
        sa.Column("aantal_regels", sa.Integer(), nullable=False),
        sa.Column("samenvatting", JsonDocument, nullable=False),
        sa.Column("ontvangen_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ingediend_door_id", sa.Uuid(), nullable=True),
        sa.Column("ingediend_door_naam", sa.String(length=200), nullable=False),
        sa.Column("ingediend_door_rol", sa.String(length=40), nullable=False),
        sa.Column("idempotentie_sleutel", sa.String(length=255), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("periode BETWEEN 0 AND 5", name=op.f("ck_iv3_leveringen_periode")),
        sa.CheckConstraint("revisie >= 1", name=op.f("ck_iv3_leveringen_revisie_positief")),
        sa.ForeignKeyConstraint(
            ["ingediend_door_id"],
            ["gebruikers.id"],
            name=op.f("fk_iv3_leveringen_ingediend_door_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_iv3_leveringen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["vervangt_id"],
            ["iv3_leveringen.id"],
            name=op.f("fk_iv3_leveringen_vervangt_id_iv3_leveringen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iv3_leveringen")),
        sa.UniqueConstraint(
            "ingediend_door_id",
            "idempotentie_sleutel",
            name=op.f("uq_iv3_leveringen_ingediend_door_id_idempotentie_sleutel"),
        ),
        sa.UniqueConstraint(
            "verbonden_partij_id",
            "boekjaar",
            "periode",
            "revisie",
            name=op.f("uq_iv3_leveringen_verbonden_partij_id_boekjaar_periode_revisie"),
        ),
        sa.UniqueConstraint("vervangt_id", name=op.f("uq_iv3_leveringen_vervangt_id")),
    )
    with op.batch_alter_table("iv3_leveringen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_iv3_leveringen_verbonden_partij_id_ontvangen_op"),
            ["verbonden_partij_id", "ontvangen_op"],
            unique=False,
        )

    op.create_table(
        "iv3_regels",
        sa.Column("levering_id", sa.Uuid(), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column(
            "onderdeel",
            sa.Enum(
                "lasten",
                "baten",
                "balans_lasten",
                "balans_baten",
                "balans_standen",
                "kengetallen",
                "beleidsindicatoren",
                name="onderdeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("categorie", sa.String(length=20), nullable=False),
        sa.Column("bedrag", app.core.db.ExactDecimal(precision=15, scale=2), nullable=True),
        sa.Column("waarde", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["levering_id"],
            ["iv3_leveringen.id"],
            name=op.f("fk_iv3_regels_levering_id_iv3_leveringen"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("levering_id", "volgnummer", name=op.f("pk_iv3_regels")),
    )
    with op.batch_alter_table("begrotingen", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("realisatie_tot_heden_periode", sa.String(length=7), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "realisatie_tot_heden_lasten",
                app.core.db.ExactDecimal(precision=15, scale=2),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "realisatie_tot_heden_baten",
                app.core.db.ExactDecimal(precision=15, scale=2),
                nullable=True,
            )
        )
        batch_op.create_check_constraint(
            op.f("ck_begrotingen_realisatie_tot_heden_volledig"),
            "(realisatie_tot_heden_lasten IS NULL) = (realisatie_tot_heden_baten IS NULL)",
        )
        batch_op.create_check_constraint(
            op.f("ck_begrotingen_realisatie_tot_heden_periode"),
            "(realisatie_tot_heden_lasten IS NULL) = (realisatie_tot_heden_periode IS NULL)",
        )

    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cbs_nummer", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.drop_column("cbs_nummer")

    with op.batch_alter_table("begrotingen", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_begrotingen_realisatie_tot_heden_periode"), type_="check")
        batch_op.drop_constraint(
            op.f("ck_begrotingen_realisatie_tot_heden_volledig"), type_="check"
        )
        batch_op.drop_column("realisatie_tot_heden_baten")
        batch_op.drop_column("realisatie_tot_heden_lasten")
        batch_op.drop_column("realisatie_tot_heden_periode")

    op.drop_table("iv3_regels")
    with op.batch_alter_table("iv3_leveringen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_iv3_leveringen_verbonden_partij_id_ontvangen_op"))

    op.drop_table("iv3_leveringen")
    op.drop_table("kengetal_signaalwaarden")
