"""Foundation: organisations, accounts and tokens, parties, participations, audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 16:21:49.179164+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The audit trail is append-only, enforced by the database itself. A later migration that
# rebuilds this table on SQLite (batch mode) must create these triggers again.
APPEND_ONLY_POSTGRESQL = [
    """CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_gebeurtenissen is append-only'; END $$""",
    """CREATE TRIGGER audit_gebeurtenissen_append_only BEFORE UPDATE OR DELETE
    ON audit_gebeurtenissen FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
    """CREATE TRIGGER audit_gebeurtenissen_no_truncate BEFORE TRUNCATE
    ON audit_gebeurtenissen FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()""",
]
APPEND_ONLY_SQLITE = [
    f"""CREATE TRIGGER audit_gebeurtenissen_no_{action.lower()} BEFORE {action}
    ON audit_gebeurtenissen BEGIN SELECT RAISE(ABORT, 'audit_gebeurtenissen is append-only'); END"""
    for action in ("UPDATE", "DELETE")
]


def create_append_only_triggers() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in APPEND_ONLY_POSTGRESQL if postgresql else APPEND_ONLY_SQLITE:
        op.execute(statement)


def drop_append_only_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_gebeurtenissen_no_truncate ON audit_gebeurtenissen")
        op.execute("DROP TRIGGER audit_gebeurtenissen_append_only ON audit_gebeurtenissen")
        op.execute("DROP FUNCTION audit_append_only()")
    else:
        op.execute("DROP TRIGGER audit_gebeurtenissen_no_update")
        op.execute("DROP TRIGGER audit_gebeurtenissen_no_delete")


def upgrade() -> None:
    op.create_table(
        "organisaties",
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column(
            "soort",
            sa.Enum(
                "gemeente",
                "provincie",
                "waterschap",
                "rijk",
                "overig",
                name="soort",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("cbs_code", sa.String(length=6), nullable=True),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisaties")),
        sa.UniqueConstraint("cbs_code", name=op.f("uq_organisaties_cbs_code")),
    )
    with op.batch_alter_table("organisaties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisaties_naam"), ["naam"], unique=False)

    op.create_table(
        "verbonden_partijen",
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("vestigingsplaats", sa.String(length=100), nullable=False),
        sa.Column(
            "bbv_categorie",
            sa.Enum(
                "gemeenschappelijke_regeling",
                "vennootschap_cooperatie",
                "stichting_vereniging",
                "overig",
                name="bbv_categorie",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "rechtsvorm",
            sa.Enum(
                "openbaar_lichaam",
                "bedrijfsvoeringsorganisatie",
                "gemeenschappelijk_orgaan",
                "centrumgemeenteregeling",
                "regeling_zonder_meer",
                "nv",
                "bv",
                "cooperatie",
                "onderlinge_waarborgmaatschappij",
                "stichting",
                "vereniging",
                "overig",
                name="rechtsvorm",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("openbaar_belang", sa.Text(), nullable=False),
        sa.Column("kvk_nummer", sa.String(length=8), nullable=True),
        sa.Column("begindatum", sa.Date(), nullable=True),
        sa.Column("einddatum", sa.Date(), nullable=True),
        sa.Column("monitoringsniveau", sa.Integer(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "einddatum IS NULL OR begindatum IS NULL OR einddatum >= begindatum",
            name=op.f("ck_verbonden_partijen_einddatum_na_begindatum"),
        ),
        sa.CheckConstraint(
            "monitoringsniveau BETWEEN 1 AND 3",
            name=op.f("ck_verbonden_partijen_monitoringsniveau_1_3"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbonden_partijen")),
    )
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verbonden_partijen_naam"), ["naam"], unique=False)

    op.create_table(
        "deelnames",
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("aandeel", app.core.db.ExactDecimal(precision=7, scale=4), nullable=True),
        sa.Column("stemgewicht", app.core.db.ExactDecimal(precision=9, scale=4), nullable=True),
        sa.Column(
            "bestuurlijk_belang",
            app.core.db.JsonDocument,
            nullable=False,
        ),
        sa.Column("eigenaarsrol_houder", sa.String(length=200), nullable=True),
        sa.Column("opdrachtgeversrol_houder", sa.String(length=200), nullable=True),
        sa.Column("begindatum", sa.Date(), nullable=True),
        sa.Column("einddatum", sa.Date(), nullable=True),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "aandeel IS NULL OR (aandeel >= 0 AND aandeel <= 100)",
            name=op.f("ck_deelnames_aandeel"),
        ),
        sa.CheckConstraint(
            "stemgewicht IS NULL OR stemgewicht >= 0", name=op.f("ck_deelnames_stemgewicht")
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_deelnames_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_deelnames_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deelnames")),
        sa.UniqueConstraint(
            "verbonden_partij_id",
            "organisatie_id",
            name=op.f("uq_deelnames_verbonden_partij_id_organisatie_id"),
        ),
    )
    with op.batch_alter_table("deelnames", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deelnames_organisatie_id_verbonden_partij_id"),
            ["organisatie_id", "verbonden_partij_id"],
            unique=False,
        )

    op.create_table(
        "gebruikers",
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column(
            "rol",
            sa.Enum(
                "beheerder",
                "mt",
                "regievoerder",
                "lezer",
                "partner",
                name="rol",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("organisatie_id", sa.Uuid(), nullable=True),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=True),
        sa.Column("actief", sa.Boolean(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(rol = 'partner' AND verbonden_partij_id IS NOT NULL AND organisatie_id IS NULL) OR (rol <> 'partner' AND organisatie_id IS NOT NULL AND verbonden_partij_id IS NULL)",
            name=op.f("ck_gebruikers_tenant_of_role"),
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_gebruikers_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_gebruikers_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gebruikers")),
        sa.UniqueConstraint("email", name=op.f("uq_gebruikers_email")),
    )
    with op.batch_alter_table("gebruikers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gebruikers_organisatie_id"), ["organisatie_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_gebruikers_verbonden_partij_id"), ["verbonden_partij_id"], unique=False
        )

    op.create_table(
        "audit_gebeurtenissen",
        sa.Column("tijdstip", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("actor_gebruiker_id", sa.Uuid(), nullable=True),
        sa.Column("actor_naam", sa.String(length=200), nullable=False),
        sa.Column("actor_rol", sa.String(length=40), nullable=False),
        sa.Column("organisatie_id", sa.Uuid(), nullable=True),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=True),
        sa.Column("gedeeld", sa.Boolean(), nullable=False),
        sa.Column("entiteit", sa.String(length=80), nullable=False),
        sa.Column("entiteit_id", sa.Uuid(), nullable=False),
        sa.Column("actie", sa.String(length=40), nullable=False),
        sa.Column(
            "voor",
            app.core.db.JsonDocument,
            nullable=True,
        ),
        sa.Column(
            "na",
            app.core.db.JsonDocument,
            nullable=True,
        ),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_audit_gebeurtenissen_actor_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_audit_gebeurtenissen_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_audit_gebeurtenissen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_gebeurtenissen")),
    )
    with op.batch_alter_table("audit_gebeurtenissen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_gebeurtenissen_entiteit_entiteit_id"),
            ["entiteit", "entiteit_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_audit_gebeurtenissen_organisatie_id_tijdstip"),
            ["organisatie_id", "tijdstip"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_audit_gebeurtenissen_verbonden_partij_id_tijdstip"),
            ["verbonden_partij_id", "tijdstip"],
            unique=False,
        )
    create_append_only_triggers()

    op.create_table(
        "regievoerder_toewijzingen",
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("verbonden_partij_id", sa.Uuid(), nullable=False),
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_regievoerder_toewijzingen_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_regievoerder_toewijzingen_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["verbonden_partij_id"],
            ["verbonden_partijen.id"],
            name=op.f("fk_regievoerder_toewijzingen_verbonden_partij_id_verbonden_partijen"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regievoerder_toewijzingen")),
        sa.UniqueConstraint(
            "verbonden_partij_id",
            "gebruiker_id",
            name=op.f("uq_regievoerder_toewijzingen_verbonden_partij_id_gebruiker_id"),
        ),
    )
    with op.batch_alter_table("regievoerder_toewijzingen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_regievoerder_toewijzingen_gebruiker_id"), ["gebruiker_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_regievoerder_toewijzingen_organisatie_id_verbonden_partij_id"),
            ["organisatie_id", "verbonden_partij_id"],
            unique=False,
        )

    op.create_table(
        "tokens",
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("omschrijving", sa.String(length=200), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("verloopt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ingetrokken_op", app.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_tokens_gebruiker_id_gebruikers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tokens")),
        sa.UniqueConstraint("hash", name=op.f("uq_tokens_hash")),
    )
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tokens_gebruiker_id_aangemaakt_op"),
            ["gebruiker_id", "aangemaakt_op"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tokens_gebruiker_id_aangemaakt_op"))

    op.drop_table("tokens")
    with op.batch_alter_table("regievoerder_toewijzingen", schema=None) as batch_op:
        batch_op.drop_index(
            batch_op.f("ix_regievoerder_toewijzingen_organisatie_id_verbonden_partij_id")
        )
        batch_op.drop_index(batch_op.f("ix_regievoerder_toewijzingen_gebruiker_id"))

    op.drop_table("regievoerder_toewijzingen")
    with op.batch_alter_table("audit_gebeurtenissen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_gebeurtenissen_verbonden_partij_id_tijdstip"))
        batch_op.drop_index(batch_op.f("ix_audit_gebeurtenissen_organisatie_id_tijdstip"))
        batch_op.drop_index(batch_op.f("ix_audit_gebeurtenissen_entiteit_entiteit_id"))

    drop_append_only_triggers()
    op.drop_table("audit_gebeurtenissen")
    with op.batch_alter_table("gebruikers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gebruikers_verbonden_partij_id"))
        batch_op.drop_index(batch_op.f("ix_gebruikers_organisatie_id"))

    op.drop_table("gebruikers")
    with op.batch_alter_table("deelnames", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deelnames_organisatie_id_verbonden_partij_id"))

    op.drop_table("deelnames")
    with op.batch_alter_table("verbonden_partijen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbonden_partijen_naam"))

    op.drop_table("verbonden_partijen")
    with op.batch_alter_table("organisaties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisaties_naam"))

    op.drop_table("organisaties")
