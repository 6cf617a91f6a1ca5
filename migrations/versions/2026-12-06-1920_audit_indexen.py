"""The audit trail read by cursor at millions of events: a municipality's own events on
(organisatie_id, tijdstip, id) and each party's shared events on (verbonden_partij_id,
tijdstip, id) where gedeeld, both in the trail's sort order and covering its filters; they
replace the (organisatie_id, tijdstip) and (verbonden_partij_id, tijdstip) indexes.

On PostgreSQL the indexes are built CONCURRENTLY, outside the migration's transaction: every
write of the service appends to this table, and a plain CREATE INDEX would hold them all up
for as long as the build of millions of rows takes.

Revision ID: 0020
Revises: 0016
Create Date: 2026-12-06 19:20:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "audit_gebeurtenissen"
OWN = "ix_audit_gebeurtenissen_organisatie_id_tijdstip_id"
SHARED = "ix_audit_gebeurtenissen_gedeeld_partij"
OLD_OWN = "ix_audit_gebeurtenissen_organisatie_id_tijdstip"
OLD_PARTY = "ix_audit_gebeurtenissen_verbonden_partij_id_tijdstip"


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    concurrently = _postgresql()
    with op.get_context().autocommit_block():
        op.create_index(
            OWN,
            TABLE,
            ["organisatie_id", "tijdstip", "id"],
            postgresql_include=["verbonden_partij_id", "entiteit", "gedeeld"],
            postgresql_concurrently=concurrently,
        )
        op.create_index(
            SHARED,
            TABLE,
            ["verbonden_partij_id", "tijdstip", "id"],
            postgresql_include=["organisatie_id", "entiteit"],
            postgresql_where=sa.text("gedeeld"),
            sqlite_where=sa.text("gedeeld"),
            postgresql_concurrently=concurrently,
        )
        op.drop_index(OLD_OWN, TABLE, postgresql_concurrently=concurrently)
        op.drop_index(OLD_PARTY, TABLE, postgresql_concurrently=concurrently)


def downgrade() -> None:
    op.create_index(OLD_PARTY, TABLE, ["verbonden_partij_id", "tijdstip"])
    op.create_index(OLD_OWN, TABLE, ["organisatie_id", "tijdstip"])
    op.drop_index(SHARED, TABLE)
    op.drop_index(OWN, TABLE)
