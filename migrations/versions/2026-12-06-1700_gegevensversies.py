"""Data versions: a version per municipality and per party, bumped by every write; the
change notifications of 0007 go (caches read the versions instead of listening).

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-06 08:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0007's triggers, dropped by the upgrade and made again by the downgrade (PostgreSQL only).
NOTIFICATIONS_UPGRADE = (
    """CREATE FUNCTION vpm_meld_wijziging() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        payload text;
    BEGIN
        payload := concat_ws(' ',
            coalesce(NEW.verbonden_partij_id::text, '-'),
            NEW.organisatie_id::text,
            (SELECT string_agg(d.organisatie_id::text, ' ')
               FROM deelnames d
              WHERE d.verbonden_partij_id = NEW.verbonden_partij_id));
        IF octet_length(payload) > 7000 THEN
            -- over ~190 participants: a notification holds at most 8000 bytes
            payload := coalesce(NEW.verbonden_partij_id::text, '-') || ' *';
        END IF;
        PERFORM pg_notify('vpm_wijzigingen', payload);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER audit_gebeurtenissen_meldt_wijziging
    AFTER INSERT ON audit_gebeurtenissen
    FOR EACH ROW EXECUTE FUNCTION vpm_meld_wijziging()""",
    """CREATE FUNCTION vpm_meld_deelname() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        changed deelnames;
    BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        PERFORM pg_notify('vpm_wijzigingen',
            changed.verbonden_partij_id::text || ' ' || changed.organisatie_id::text);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER deelnames_meldt_wijziging
    AFTER INSERT OR UPDATE OR DELETE ON deelnames
    FOR EACH ROW EXECUTE FUNCTION vpm_meld_deelname()""",
    """CREATE FUNCTION vpm_meld_toegang() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('vpm_wijzigingen', 'toegang');
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER tokens_meldt_toegang
    AFTER INSERT OR UPDATE OR DELETE ON tokens
    FOR EACH STATEMENT EXECUTE FUNCTION vpm_meld_toegang()""",
    """CREATE TRIGGER gebruikers_meldt_toegang
    AFTER INSERT OR UPDATE OR DELETE ON gebruikers
    FOR EACH STATEMENT EXECUTE FUNCTION vpm_meld_toegang()""",
)

# 0010 announced two more tables with 0007's function.
OIDC_ANNOUNCED = ("oidc_koppelingen", "oidc_uitgevers")

NOTIFICATIONS_DOWNGRADE = (
    *(f"DROP TRIGGER {table}_meldt_toegang ON {table}" for table in OIDC_ANNOUNCED),
    "DROP TRIGGER gebruikers_meldt_toegang ON gebruikers",
    "DROP TRIGGER tokens_meldt_toegang ON tokens",
    "DROP FUNCTION vpm_meld_toegang()",
    "DROP TRIGGER deelnames_meldt_wijziging ON deelnames",
    "DROP FUNCTION vpm_meld_deelname()",
    "DROP TRIGGER audit_gebeurtenissen_meldt_wijziging ON audit_gebeurtenissen",
    "DROP FUNCTION vpm_meld_wijziging()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in NOTIFICATIONS_DOWNGRADE:
            op.execute(statement)
    op.create_table(
        "gegevensversies",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("versie", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gegevensversies")),
    )


def downgrade() -> None:
    op.drop_table("gegevensversies")
    if op.get_bind().dialect.name == "postgresql":
        for statement in NOTIFICATIONS_UPGRADE:
            op.execute(statement)
        for table in OIDC_ANNOUNCED:
            op.execute(
                f"CREATE TRIGGER {table}_meldt_toegang AFTER INSERT OR UPDATE OR DELETE ON {table}"
                " FOR EACH STATEMENT EXECUTE FUNCTION vpm_meld_toegang()"
            )
