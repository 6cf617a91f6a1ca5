"""Voortgang: reporting rounds, semiannual status reports, their versions and steps.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:15:31.636136+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A submitted version is kept as it was: the database refuses to change or remove it.
KEEP_VERSIONS_POSTGRESQL = [
    """CREATE FUNCTION voortgang_versie_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'voortgangsrapportage_versies are immutable'; END $$""",
    """CREATE TRIGGER voortgangsrapportage_versies_immutable BEFORE UPDATE OR DELETE
    ON voortgangsrapportage_versies FOR EACH ROW EXECUTE FUNCTION voortgang_versie_immutable()""",
]
KEEP_VERSIONS_SQLITE = [
    f"""CREATE TRIGGER voortgangsrapportage_versies_no_{action.lower()} BEFORE {action}
    ON voortgangsrapportage_versies
    BEGIN SELECT RAISE(ABORT, 'voortgangsrapportage_versies are immutable'); END"""
    for action in ("UPDATE", "DELETE")
]


def create_immutability_triggers() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in KEEP_VERSIONS_POSTGRESQL if postgresql else KEEP_VERSIONS_SQLITE:
        op.execute(statement)


def drop_immutability_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP TRIGGER voortgangsrapportage_versies_immutable ON voortgangsrapportage_versies"
        )
        op.execute("DROP FUNCTION voortgang_versie_immutable()")
    else:
        op.execute("DROP TRIGGER voortgangsrapportage_versies_no_update")
        op.execute("DROP TRIGGER voortgangsrapportage_versies_no_delete")


def upgrade() -> None:
    op.create_table(
        "rapportagerondes",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column(
            "monitoringsniveaus",
            app.core.db.JsonDocument,
            nullable=False,
        ),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_rapportagerondes_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rapportagerondes")),
        sa.UniqueConstraint(
            "organisatie_id", "periode", name=op.f("uq_rapportagerondes_organisatie_id_periode")
        ),
    )
    op.create_table(
        "voortgangsrapportages",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "concept",
                "ingediend",
                "teruggestuurd",
                "goedgekeurd",
                name="rapportage_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "voortgang_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="voortgang_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("voortgang_toelichting", sa.Text(), nullable=True),
        sa.Column(
            "inhoud_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="inhoud_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("inhoud_toelichting", sa.Text(), nullable=True),
        sa.Column(
            "planning_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="planning_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("planning_toelichting", sa.Text(), nullable=True),
        sa.Column(
            "financien_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="financien_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("financien_toelichting", sa.Text(), nullable=True),
        sa.Column(
            "risicos_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="risicos_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("risicos_toelichting", sa.Text(), nullable=True),
        sa.Column(
            "communicatie_oordeel",
            sa.Enum(
                "+",
                "=",
                "-",
                name="communicatie_oordeel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("communicatie_toelichting", sa.Text(), nullable=True),
        sa.Column("afwijking_begroting", sa.Boolean(), nullable=True),
        sa.Column("afwijking_begroting_toelichting", sa.Text(), nullable=True),
        sa.Column("afwijking_investering", sa.Boolean(), nullable=True),
        sa.Column("afwijking_investering_toelichting", sa.Text(), nullable=True),
        sa.Column("afwijking_exploitatie", sa.Boolean(), nullable=True),
        sa.Column("afwijking_exploitatie_toelichting", sa.Text(), nullable=True),
        sa.Column("dienstverlening", sa.Text(), nullable=True),
        sa.Column("samenvatting", sa.Text(), nullable=True),
        sa.Column("tevredenheid", app.core.db.ExactDecimal(precision=4, scale=1), nullable=True),
        sa.Column("mt_opmerking", sa.Text(), nullable=True),
        sa.Column(
            "snapshot",
            app.core.db.JsonDocument,
            nullable=False,
        ),
        sa.Column("telaat", sa.Boolean(), nullable=False),
        sa.Column("ingediend_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("goedgekeurd_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("aangemaakt_door_id", sa.Uuid(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aangemaakt_door_id"],
            ["gebruikers.id"],
            name=op.f("fk_voortgangsrapportages_aangemaakt_door_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_voortgangsrapportages_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_voortgangsrapportages_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voortgangsrapportages")),
        sa.UniqueConstraint(
            "organisatie_id",
            "verbonden_partij_id",
            "periode",
            name=op.f("uq_voortgangsrapportages_organisatie_id_verbonden_partij_id_periode"),
        ),
    )
    with op.batch_alter_table("voortgangsrapportages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_voortgangsrapportages_organisatie_id_periode_status"),
            ["organisatie_id", "periode", "status"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_voortgangsrapportages_verbonden_partij_id_periode"),
            ["verbonden_partij_id", "periode"],
            unique=False,
        )

    op.create_table(
        "voortgangsrapportage_overgangen",
        sa.Column("rapportage_id", sa.Uuid(), nullable=False),
        sa.Column("tijdstip", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "actie",
            sa.Enum(
                "indienen",
                "goedkeuren",
                "terugsturen",
                name="overgang_actie",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "van",
            sa.Enum(
                "concept",
                "ingediend",
                "teruggestuurd",
                "goedgekeurd",
                name="overgang_van",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "naar",
            sa.Enum(
                "concept",
                "ingediend",
                "teruggestuurd",
                "goedgekeurd",
                name="overgang_naar",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("actor_gebruiker_id", sa.Uuid(), nullable=True),
        sa.Column("actor_naam", sa.String(length=200), nullable=False),
        sa.Column("actor_rol", sa.String(length=40), nullable=False),
        sa.Column("versie_volgnummer", sa.Integer(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_voortgangsrapportage_overgangen_actor_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rapportage_id"],
            ["voortgangsrapportages.id"],
            name=op.f("fk_voortgangsrapportage_overgangen_rapportage_id_voortgangsrapportages"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voortgangsrapportage_overgangen")),
    )
    with op.batch_alter_table("voortgangsrapportage_overgangen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_voortgangsrapportage_overgangen_rapportage_id_tijdstip"),
            ["rapportage_id", "tijdstip"],
            unique=False,
        )

    op.create_table(
        "voortgangsrapportage_versies",
        sa.Column("rapportage_id", sa.Uuid(), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("ingediend_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ingediend_door_id", sa.Uuid(), nullable=True),
        sa.Column("ingediend_door_naam", sa.String(length=200), nullable=False),
        sa.Column("telaat", sa.Boolean(), nullable=False),
        sa.Column(
            "inhoud",
            app.core.db.JsonDocument,
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ingediend_door_id"],
            ["gebruikers.id"],
            name=op.f("fk_voortgangsrapportage_versies_ingediend_door_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rapportage_id"],
            ["voortgangsrapportages.id"],
            name=op.f("fk_voortgangsrapportage_versies_rapportage_id_voortgangsrapportages"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voortgangsrapportage_versies")),
        sa.UniqueConstraint(
            "rapportage_id",
            "volgnummer",
            name=op.f("uq_voortgangsrapportage_versies_rapportage_id_volgnummer"),
        ),
    )
    create_immutability_triggers()


def downgrade() -> None:
    drop_immutability_triggers()
    op.drop_table("voortgangsrapportage_versies")
    with op.batch_alter_table("voortgangsrapportage_overgangen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voortgangsrapportage_overgangen_rapportage_id_tijdstip"))

    op.drop_table("voortgangsrapportage_overgangen")
    with op.batch_alter_table("voortgangsrapportages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voortgangsrapportages_verbonden_partij_id_periode"))
        batch_op.drop_index(batch_op.f("ix_voortgangsrapportages_organisatie_id_periode_status"))

    op.drop_table("voortgangsrapportages")
    op.drop_table("rapportagerondes")
