"""Sign-on (OIDC): issuers registered with the CLI, accounts linked to an issuer's subject,
pending browser sign-ins. On PostgreSQL a change to an issuer or a link announces `toegang`
(as a change to accounts and tokens does, 0007), so every worker forgets the principals it
remembered.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-06 12:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.core.db

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


ANNOUNCED = ("oidc_uitgevers", "oidc_koppelingen")


def upgrade() -> None:
    op.create_table(
        "oidc_aanmeldpogingen",
        sa.Column("state_hash", sa.String(length=64), nullable=False),
        sa.Column("browser_hash", sa.String(length=64), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("nonce", sa.String(length=100), nullable=False),
        sa.Column("code_verifier", sa.String(length=128), nullable=False),
        sa.Column("terug_naar", sa.String(length=500), nullable=False),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_aanmeldpogingen")),
        sa.UniqueConstraint("state_hash", name=op.f("uq_oidc_aanmeldpogingen_state_hash")),
    )
    with op.batch_alter_table("oidc_aanmeldpogingen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_oidc_aanmeldpogingen_aangemaakt_op"), ["aangemaakt_op"], unique=False
        )

    op.create_table(
        "oidc_uitgevers",
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("organisatie_id", sa.Uuid(), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.String(length=500), nullable=False),
        sa.Column("client_secret_versleuteld", sa.Text(), nullable=True),
        sa.Column("audience", sa.String(length=500), nullable=True),
        sa.Column("aangemaakt_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisatie_id"],
            ["organisaties.id"],
            name=op.f("fk_oidc_uitgevers_organisatie_id_organisaties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_uitgevers")),
        sa.UniqueConstraint("issuer", name=op.f("uq_oidc_uitgevers_issuer")),
    )
    with op.batch_alter_table("oidc_uitgevers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_oidc_uitgevers_organisatie_id"), ["organisatie_id"], unique=False
        )

    op.create_table(
        "oidc_koppelingen",
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("sub", sa.String(length=255), nullable=False),
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("gekoppeld_op", app.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_oidc_koppelingen_gebruiker_id_gebruikers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_koppelingen")),
        sa.UniqueConstraint(
            "issuer", "gebruiker_id", name=op.f("uq_oidc_koppelingen_issuer_gebruiker_id")
        ),
        sa.UniqueConstraint("issuer", "sub", name=op.f("uq_oidc_koppelingen_issuer_sub")),
    )
    with op.batch_alter_table("oidc_koppelingen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_oidc_koppelingen_gebruiker_id"), ["gebruiker_id"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":
        for table in ANNOUNCED:
            op.execute(
                f"CREATE TRIGGER {table}_meldt_toegang AFTER INSERT OR UPDATE OR DELETE ON {table}"
                " FOR EACH STATEMENT EXECUTE FUNCTION vpm_meld_toegang()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ANNOUNCED:
            op.execute(f"DROP TRIGGER {table}_meldt_toegang ON {table}")
    with op.batch_alter_table("oidc_koppelingen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oidc_koppelingen_gebruiker_id"))

    op.drop_table("oidc_koppelingen")
    with op.batch_alter_table("oidc_uitgevers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oidc_uitgevers_organisatie_id"))

    op.drop_table("oidc_uitgevers")
    with op.batch_alter_table("oidc_aanmeldpogingen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oidc_aanmeldpogingen_aangemaakt_op"))

    op.drop_table("oidc_aanmeldpogingen")
