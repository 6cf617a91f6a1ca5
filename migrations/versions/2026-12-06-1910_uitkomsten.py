"""Outcomes decided at write time: each measurement's outcome against the norm version in
force in its period (`uitkomst`), and whether it is the current measurement of its norm and
period (`actueel`), with a partial index over the current ones; existing rows filled.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-06 19:10:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0019"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The rule of app.servicenormen.outcomes.uitkomst in integers of 1/10,000 (exact on SQLite's
# REAL as on PostgreSQL's NUMERIC), against the version with the latest geldig_vanaf on or
# before the period's first day; NULL when no version is in force.
FILL_OUTCOMES = """
UPDATE metingen SET uitkomst = (
    SELECT CASE
        WHEN (v.richting = 'hoger_is_beter'
              AND CAST(ROUND(metingen.waarde * 10000) AS BIGINT)
                  >= CAST(ROUND(v.doelwaarde * 10000) AS BIGINT))
          OR (v.richting = 'lager_is_beter'
              AND CAST(ROUND(metingen.waarde * 10000) AS BIGINT)
                  <= CAST(ROUND(v.doelwaarde * 10000) AS BIGINT))
            THEN 'gehaald'
        WHEN (v.richting = 'hoger_is_beter'
              AND CAST(ROUND(metingen.waarde * 10000) AS BIGINT)
                  >= CAST(ROUND(v.doelwaarde * 10000) AS BIGINT)
                     - CAST(ROUND(v.tolerantie * 10000) AS BIGINT))
          OR (v.richting = 'lager_is_beter'
              AND CAST(ROUND(metingen.waarde * 10000) AS BIGINT)
                  <= CAST(ROUND(v.doelwaarde * 10000) AS BIGINT)
                     + CAST(ROUND(v.tolerantie * 10000) AS BIGINT))
            THEN 'aandacht'
        ELSE 'niet_gehaald'
    END
    FROM servicenorm_versies v
    WHERE v.servicenorm_id = metingen.servicenorm_id
      AND v.geldig_vanaf <= metingen.periode_start
    ORDER BY v.geldig_vanaf DESC
    LIMIT 1
)
"""

# Per norm and period, the measurement of the latest received revision that no later revision
# superseded (as the reads chose it before this revision) stays current (the column's default);
# the rows of superseded revisions and the other rows of their norm and period do not.
FILL_CURRENT = """
UPDATE metingen SET actueel = false
WHERE rapportage_id IN (SELECT vervangt_id FROM rapportages WHERE vervangt_id IS NOT NULL)
   OR id IN (
    SELECT ranked.id FROM (
        SELECT m.id AS id, row_number() OVER (
            PARTITION BY m.servicenorm_id, m.periode
            ORDER BY r.ontvangen_op DESC, r.id DESC
        ) AS rang
        FROM metingen m
        JOIN rapportages r ON r.id = m.rapportage_id
        WHERE NOT EXISTS (SELECT 1 FROM rapportages l WHERE l.vervangt_id = r.id)
    ) ranked
    WHERE ranked.rang > 1
)
"""

# PostgreSQL: the same outcomes by one join with each version's span (a correlated subquery
# per row takes minutes on a national data set), and both fills a batch of norms at a time, so
# no statement runs into the connection's statement timeout (a national data set, 600,000
# measurements, took 40 s as one statement on a busy machine).
NORMS_PER_BATCH = 1_000
FILL_OUTCOMES_POSTGRESQL = """
UPDATE metingen SET uitkomst = CASE
        WHEN (v.richting = 'hoger_is_beter'
              AND round(metingen.waarde * 10000) >= round(v.doelwaarde * 10000))
          OR (v.richting = 'lager_is_beter'
              AND round(metingen.waarde * 10000) <= round(v.doelwaarde * 10000))
            THEN 'gehaald'
        WHEN (v.richting = 'hoger_is_beter'
              AND round(metingen.waarde * 10000)
                  >= round(v.doelwaarde * 10000) - round(v.tolerantie * 10000))
          OR (v.richting = 'lager_is_beter'
              AND round(metingen.waarde * 10000)
                  <= round(v.doelwaarde * 10000) + round(v.tolerantie * 10000))
            THEN 'aandacht'
        ELSE 'niet_gehaald'
    END
FROM (
    SELECT servicenorm_id, geldig_vanaf, doelwaarde, tolerantie, richting,
           lead(geldig_vanaf) OVER (PARTITION BY servicenorm_id ORDER BY geldig_vanaf) AS tot
    FROM servicenorm_versies
) v
WHERE v.servicenorm_id = metingen.servicenorm_id
  AND v.geldig_vanaf <= metingen.periode_start
  AND (v.tot IS NULL OR v.tot > metingen.periode_start)
  AND metingen.servicenorm_id = ANY(:norms)
  AND v.servicenorm_id = ANY(:norms)
"""

FILL_CURRENT_POSTGRESQL = """
UPDATE metingen SET actueel = false
WHERE servicenorm_id = ANY(:norms) AND (
    rapportage_id IN (SELECT vervangt_id FROM rapportages WHERE vervangt_id IS NOT NULL)
    OR id IN (
        SELECT ranked.id FROM (
            SELECT m.id AS id, row_number() OVER (
                PARTITION BY m.servicenorm_id, m.periode
                ORDER BY r.ontvangen_op DESC, r.id DESC
            ) AS rang
            FROM metingen m
            JOIN rapportages r ON r.id = m.rapportage_id
            WHERE m.servicenorm_id = ANY(:norms)
              AND NOT EXISTS (SELECT 1 FROM rapportages l WHERE l.vervangt_id = r.id)
        ) ranked
        WHERE ranked.rang > 1
    )
)
"""


def _fill_postgresql() -> None:
    connection = op.get_bind()
    norms = [
        row[0] for row in connection.execute(sa.text("SELECT id FROM servicenormen ORDER BY id"))
    ]
    as_array = sa.bindparam("norms", type_=postgresql.ARRAY(sa.Uuid()))
    for start in range(0, len(norms), NORMS_PER_BATCH):
        batch = {"norms": norms[start : start + NORMS_PER_BATCH]}
        connection.execute(sa.text(FILL_OUTCOMES_POSTGRESQL).bindparams(as_array), batch)
        connection.execute(sa.text(FILL_CURRENT_POSTGRESQL).bindparams(as_array), batch)


def upgrade() -> None:
    with op.batch_alter_table("metingen", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "uitkomst",
                sa.Enum(
                    "gehaald",
                    "aandacht",
                    "niet_gehaald",
                    name="uitkomst",
                    native_enum=False,
                    create_constraint=True,
                    length=40,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("actueel", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        _fill_postgresql()
    else:
        op.execute(FILL_OUTCOMES)
        op.execute(FILL_CURRENT)
    with op.batch_alter_table("metingen", schema=None) as batch_op:
        batch_op.create_index(
            "ix_metingen_actueel",
            ["servicenorm_id", "periode_eind", "uitkomst"],
            unique=False,
            postgresql_where=sa.text("actueel"),
            sqlite_where=sa.text("actueel"),
        )


def downgrade() -> None:
    with op.batch_alter_table("metingen", schema=None) as batch_op:
        batch_op.drop_index("ix_metingen_actueel")
        batch_op.drop_constraint("uitkomst", type_="check")
        batch_op.drop_column("actueel")
        batch_op.drop_column("uitkomst")
