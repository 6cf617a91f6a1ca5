"""Change notifications: PostgreSQL tells every worker which municipalities a write touched.

Each audit event (every write leaves one, in its own transaction) sends, at commit, a
notification on `vpm_wijzigingen` naming its party and the municipalities whose overview it
may change: the event's own and every participant of its party (or `*`, every municipality,
when they are too many for one notification). A participation that is
added, changed or removed (also without an audit event, e.g. by a bulk load) names its party
and municipality. A change to an account or a token sends `toegang`. Workers listen (app/core/change_listener.py) and forget what they
cached for those municipalities and tokens. SQLite has no notifications: nothing to add.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 21:30:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


UPGRADE = (
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

DOWNGRADE = (
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
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
