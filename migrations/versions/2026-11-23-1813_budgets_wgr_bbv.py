"""Budgets with contributions, deviation thresholds, Wgr documents and the regelingen's own dates.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:13:09.706292+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "afwijkingsdrempels",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("bedrag", app.core.db.Money(), nullable=False),
        sa.Column("percentage", app.core.db.ExactDecimal(precision=7, scale=4), nullable=False),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("bedrag > 0", name=op.f("ck_afwijkingsdrempels_bedrag")),
        sa.CheckConstraint(
            "percentage > 0 AND percentage <= 100", name=op.f("ck_afwijkingsdrempels_percentage")
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_afwijkingsdrempels_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_afwijkingsdrempels")),
        sa.UniqueConstraint("organisatie_id", name=op.f("uq_afwijkingsdrempels_organisatie_id")),
    )
    op.create_table(
        "begrotingen",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("jaar", sa.Integer(), nullable=False),
        sa.Column("primitief_lasten", app.core.db.Money(), nullable=False),
        sa.Column("primitief_baten", app.core.db.Money(), nullable=False),
        sa.Column("na_wijziging_lasten", app.core.db.Money(), nullable=True),
        sa.Column("na_wijziging_baten", app.core.db.Money(), nullable=True),
        sa.Column("prognose_lasten", app.core.db.Money(), nullable=True),
        sa.Column("prognose_baten", app.core.db.Money(), nullable=True),
        sa.Column("realisatie_lasten", app.core.db.Money(), nullable=True),
        sa.Column("realisatie_baten", app.core.db.Money(), nullable=True),
        sa.Column("investeringen_begroot", app.core.db.Money(), nullable=True),
        sa.Column("investeringen_prognose", app.core.db.Money(), nullable=True),
        sa.Column(
            "investeringen_realisatie",
            app.core.db.Money(),
            nullable=True,
        ),
        sa.Column("eigen_vermogen_begin", app.core.db.Money(), nullable=True),
        sa.Column("eigen_vermogen_einde", app.core.db.Money(), nullable=True),
        sa.Column("vreemd_vermogen_begin", app.core.db.Money(), nullable=True),
        sa.Column("vreemd_vermogen_einde", app.core.db.Money(), nullable=True),
        sa.Column("resultaat", app.core.db.Money(), nullable=True),
        sa.Column("risicos", sa.Text(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(na_wijziging_lasten IS NULL) = (na_wijziging_baten IS NULL)",
            name=op.f("ck_begrotingen_na_wijziging_volledig"),
        ),
        sa.CheckConstraint(
            "(prognose_lasten IS NULL) = (prognose_baten IS NULL)",
            name=op.f("ck_begrotingen_prognose_volledig"),
        ),
        sa.CheckConstraint(
            "(realisatie_lasten IS NULL) = (realisatie_baten IS NULL)",
            name=op.f("ck_begrotingen_realisatie_volledig"),
        ),
        sa.CheckConstraint(
            "investeringen_begroot IS NOT NULL OR (investeringen_prognose IS NULL AND investeringen_realisatie IS NULL)",
            name=op.f("ck_begrotingen_investeringen_begroot"),
        ),
        sa.CheckConstraint("jaar BETWEEN 1900 AND 2999", name=op.f("ck_begrotingen_jaar")),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_begrotingen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_begrotingen")),
        sa.UniqueConstraint(
            "verbonden_partij_id", "jaar", name=op.f("uq_begrotingen_verbonden_partij_id_jaar")
        ),
    )
    op.create_table(
        "ontvangen_documenten",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column(
            "soort",
            sa.Enum(
                "kaders",
                "ontwerpbegroting",
                "begroting",
                "begrotingswijziging",
                "voorlopige_jaarrekening",
                "jaarrekening",
                name="document_soort",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("jaar", sa.Integer(), nullable=False),
        sa.Column("ontvangen_op", sa.Date(), nullable=False),
        sa.Column("titel", sa.String(length=200), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("jaar BETWEEN 1900 AND 2999", name=op.f("ck_ontvangen_documenten_jaar")),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_ontvangen_documenten_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ontvangen_documenten")),
    )
    with op.batch_alter_table("ontvangen_documenten", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ontvangen_documenten_verbonden_partij_id_jaar_soort"),
            ["verbonden_partij_id", "jaar", "soort"],
            unique=False,
        )

    op.create_table(
        "wgr_termijnen",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column(
            "moment",
            sa.Enum(
                "kaders",
                "ontwerpbegroting",
                "vaststelling_begroting",
                "begroting",
                "voorlopige_jaarrekening",
                "jaarrekening",
                name="wgr_moment",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("maand", sa.Integer(), nullable=False),
        sa.Column("dag", sa.Integer(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("dag BETWEEN 1 AND 31", name=op.f("ck_wgr_termijnen_dag")),
        sa.CheckConstraint("maand BETWEEN 1 AND 12", name=op.f("ck_wgr_termijnen_maand")),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_wgr_termijnen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wgr_termijnen")),
        sa.UniqueConstraint(
            "verbonden_partij_id",
            "moment",
            name=op.f("uq_wgr_termijnen_verbonden_partij_id_moment"),
        ),
    )
    op.create_table(
        "begroting_bijdragen",
        sa.Column("begroting_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("bedrag", app.core.db.Money(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("bedrag >= 0", name=op.f("ck_begroting_bijdragen_bedrag")),
        sa.ForeignKeyConstraint(
            ["begroting_id"],
            ["begrotingen.id"],
            name=op.f("fk_begroting_bijdragen_begroting_id_begrotingen"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_begroting_bijdragen_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_begroting_bijdragen")),
        sa.UniqueConstraint(
            "begroting_id",
            "organisatie_id",
            name=op.f("uq_begroting_bijdragen_begroting_id_organisatie_id"),
        ),
    )
    with op.batch_alter_table("begroting_bijdragen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_begroting_bijdragen_organisatie_id"), ["organisatie_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("begroting_bijdragen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_begroting_bijdragen_organisatie_id"))

    op.drop_table("begroting_bijdragen")
    op.drop_table("wgr_termijnen")
    with op.batch_alter_table("ontvangen_documenten", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ontvangen_documenten_verbonden_partij_id_jaar_soort"))

    op.drop_table("ontvangen_documenten")
    op.drop_table("begrotingen")
    op.drop_table("afwijkingsdrempels")
