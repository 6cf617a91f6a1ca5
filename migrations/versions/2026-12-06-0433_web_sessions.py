"""Web sessions: the server-side sessions of signed-in browsers (app/web/session/).

The browser holds a random key in a signed cookie; the table holds only its SHA-256, the
account, when it began, was last seen and ends, the CSRF secret of its forms, and (for a
sign-in through an identity provider) the issuer and ID-token hint for RP-initiated logout.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 04:33:31.113943+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "web_sessies",
        sa.Column("sleutel_hash", sa.String(length=64), nullable=False),
        sa.Column("gebruiker_id", sa.Uuid(), nullable=False),
        sa.Column("aangemeld_via", sa.String(length=20), nullable=False),
        sa.Column("aangemaakt_op", UtcDateTime(timezone=True), nullable=False),
        sa.Column("laatst_gezien_op", UtcDateTime(timezone=True), nullable=False),
        sa.Column("verloopt_op", UtcDateTime(timezone=True), nullable=False),
        sa.Column("csrf_geheim", sa.String(length=64), nullable=False),
        sa.Column("oidc_uitgever", sa.String(length=500), nullable=True),
        sa.Column("oidc_id_token_hint", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gebruiker_id"],
            ["gebruikers.id"],
            name=op.f("fk_web_sessies_gebruiker_id_gebruikers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessies")),
        sa.UniqueConstraint("sleutel_hash", name=op.f("uq_web_sessies_sleutel_hash")),
    )
    op.create_index(op.f("ix_web_sessies_gebruiker_id"), "web_sessies", ["gebruiker_id"])
    op.create_index(op.f("ix_web_sessies_verloopt_op"), "web_sessies", ["verloopt_op"])


def downgrade() -> None:
    op.drop_index(op.f("ix_web_sessies_verloopt_op"), table_name="web_sessies")
    op.drop_index(op.f("ix_web_sessies_gebruiker_id"), table_name="web_sessies")
    op.drop_table("web_sessies")
