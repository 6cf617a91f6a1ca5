"""Improvement plan (aanbevelingen, acties, their parties), risks and evaluations.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:13:20.666926+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "aanbevelingen",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column(
            "bron",
            sa.Enum(
                "rekenkamer",
                "accountant",
                "evaluatie",
                "overig",
                name="bron",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("deel", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("tekst", sa.Text(), nullable=False),
        sa.Column(
            "reactie",
            sa.Enum(
                "overgenomen",
                "deels_overgenomen",
                "niet_overgenomen",
                name="reactie",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("reactie_toelichting", sa.Text(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("deel BETWEEN 1 AND 9", name=op.f("ck_aanbevelingen_deel_1_9")),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_aanbevelingen_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aanbevelingen")),
        sa.UniqueConstraint(
            "organisatie_id",
            "bron",
            "deel",
            "code",
            name=op.f("uq_aanbevelingen_organisatie_id_bron_deel_code"),
        ),
    )
    op.create_table(
        "evaluaties",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("jaar", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("uitkomst", sa.Text(), nullable=False),
        sa.Column("tevredenheid", app.core.db.ExactDecimal(precision=3, scale=1), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "tevredenheid IS NULL OR (tevredenheid >= 1 AND tevredenheid <= 10)",
            name=op.f("ck_evaluaties_tevredenheid_1_10"),
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_evaluaties_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_evaluaties_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluaties")),
        sa.UniqueConstraint(
            "organisatie_id",
            "verbonden_partij_id",
            "jaar",
            name=op.f("uq_evaluaties_organisatie_id_verbonden_partij_id_jaar"),
        ),
    )
    op.create_table(
        "risicos",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("omschrijving", sa.Text(), nullable=False),
        sa.Column("kans", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column(
            "financiele_omvang", app.core.db.ExactDecimal(precision=15, scale=2), nullable=True
        ),
        sa.Column("maatregelen", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "beheerst",
                "vervallen",
                name="risico_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("eigenaar", sa.String(length=200), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "financiele_omvang IS NULL OR financiele_omvang >= 0",
            name=op.f("ck_risicos_financiele_omvang"),
        ),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_risicos_impact_1_5")),
        sa.CheckConstraint("kans BETWEEN 1 AND 5", name=op.f("ck_risicos_kans_1_5")),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_risicos_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_risicos_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risicos")),
    )
    with op.batch_alter_table("risicos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risicos_organisatie_id_verbonden_partij_id"),
            ["organisatie_id", "verbonden_partij_id"],
            unique=False,
        )

    op.create_table(
        "aanbeveling_partijen",
        sa.Column("aanbeveling_id", sa.Uuid(), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aanbeveling_id"],
            ["aanbevelingen.id"],
            name=op.f("fk_aanbeveling_partijen_aanbeveling_id_aanbevelingen"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_aanbeveling_partijen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "aanbeveling_id", "verbonden_partij_id", name=op.f("pk_aanbeveling_partijen")
        ),
    )
    with op.batch_alter_table("aanbeveling_partijen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_aanbeveling_partijen_verbonden_partij_id"),
            ["verbonden_partij_id"],
            unique=False,
        )

    op.create_table(
        "acties",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("aanbeveling_id", sa.Uuid(), nullable=False),
        sa.Column("omschrijving", sa.Text(), nullable=False),
        sa.Column("eigenaar", sa.String(length=200), nullable=True),
        sa.Column("planning", sa.Date(), nullable=True),
        sa.Column("planning_tekst", sa.String(length=40), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_uitvoering",
                "afgerond",
                "vervallen",
                name="actie_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("afgerond_op", sa.Date(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "afgerond_op IS NULL OR status = 'afgerond'",
            name=op.f("ck_acties_afgerond_op_alleen_afgerond"),
        ),
        sa.ForeignKeyConstraint(
            ["aanbeveling_id"],
            ["aanbevelingen.id"],
            name=op.f("fk_acties_aanbeveling_id_aanbevelingen"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_acties_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acties")),
    )
    with op.batch_alter_table("acties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acties_aanbeveling_id"), ["aanbeveling_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_acties_organisatie_id_status_planning"),
            ["organisatie_id", "status", "planning"],
            unique=False,
        )

    op.create_table(
        "evaluatie_vervolgacties",
        sa.Column("evaluatie_id", sa.Uuid(), nullable=False),
        sa.Column("actie_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actie_id"],
            ["acties.id"],
            name=op.f("fk_evaluatie_vervolgacties_actie_id_acties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["evaluatie_id"],
            ["evaluaties.id"],
            name=op.f("fk_evaluatie_vervolgacties_evaluatie_id_evaluaties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "evaluatie_id", "actie_id", name=op.f("pk_evaluatie_vervolgacties")
        ),
    )
    with op.batch_alter_table("evaluatie_vervolgacties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluatie_vervolgacties_actie_id"), ["actie_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evaluatie_vervolgacties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluatie_vervolgacties_actie_id"))

    op.drop_table("evaluatie_vervolgacties")
    with op.batch_alter_table("acties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acties_organisatie_id_status_planning"))
        batch_op.drop_index(batch_op.f("ix_acties_aanbeveling_id"))

    op.drop_table("acties")
    with op.batch_alter_table("aanbeveling_partijen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aanbeveling_partijen_verbonden_partij_id"))

    op.drop_table("aanbeveling_partijen")
    with op.batch_alter_table("risicos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risicos_organisatie_id_verbonden_partij_id"))

    op.drop_table("risicos")
    op.drop_table("evaluaties")
    op.drop_table("aanbevelingen")
