"""A party's dossier: its key documents (seed 004, recommendation 7), each a stored file or a
link, and the files' bytes with every version in a table of their own.

Revision ID: 0018
Revises: 0020
Create Date: 2026-12-06 19:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0018"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dossierstukken",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column(
            "soort",
            sa.Enum(
                "regeling",
                "dvo",
                "overdrachtsdocument",
                "werkinstructie",
                "jaarverslag",
                "overig",
                name="dossiersoort",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "zichtbaarheid",
            sa.Enum(
                "gedeeld",
                "eigen",
                name="dossier_zichtbaarheid",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("titel", sa.String(length=200), nullable=False),
        sa.Column("eigenaar", sa.String(length=200), nullable=True),
        sa.Column("laatst_beoordeeld_op", sa.Date(), nullable=True),
        sa.Column("beoordelingsinterval_maanden", sa.Integer(), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("bestand_naam", sa.String(length=255), nullable=True),
        sa.Column("bestand_type", sa.String(length=100), nullable=True),
        sa.Column("bestand_grootte", sa.Integer(), nullable=True),
        sa.Column("bestand_sha256", sa.String(length=64), nullable=True),
        sa.Column("bestand_versie", sa.Integer(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(link IS NULL) <> (bestand_sha256 IS NULL)",
            name=op.f("ck_dossierstukken_bestand_of_link"),
        ),
        sa.CheckConstraint(
            "beoordelingsinterval_maanden IS NULL "
            "OR beoordelingsinterval_maanden BETWEEN 1 AND 120",
            name=op.f("ck_dossierstukken_beoordelingsinterval"),
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_dossierstukken_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_dossierstukken_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossierstukken")),
    )
    with op.batch_alter_table("dossierstukken", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossierstukken_organisatie_id_verbonden_partij_id"),
            ["organisatie_id", "verbonden_partij_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_dossierstukken_verbonden_partij_id_zichtbaarheid"),
            ["verbonden_partij_id", "zichtbaarheid"],
            unique=False,
        )

    op.create_table(
        "dossierbestanden",
        sa.Column("dossierstuk_id", sa.Uuid(), nullable=False),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("naam", sa.String(length=255), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("grootte", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("inhoud", sa.LargeBinary(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("aangemaakt_door", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossierstuk_id"],
            ["dossierstukken.id"],
            name=op.f("fk_dossierbestanden_dossierstuk_id_dossierstukken"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossierbestanden")),
        sa.UniqueConstraint(
            "dossierstuk_id", "versie", name=op.f("uq_dossierbestanden_dossierstuk_id_versie")
        ),
    )


def downgrade() -> None:
    op.drop_table("dossierbestanden")
    with op.batch_alter_table("dossierstukken", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossierstukken_verbonden_partij_id_zichtbaarheid"))
        batch_op.drop_index(batch_op.f("ix_dossierstukken_organisatie_id_verbonden_partij_id"))

    op.drop_table("dossierstukken")
