"""Migration 0014 makes a received document unique per party, kind and year: rows stored
twice before (a retried post, finding 9 of issue 12) are merged, the earliest received kept."""

import asyncio
import uuid
from datetime import date

from alembic import command
from sqlalchemy import Uuid, bindparam, text

from app.cli import alembic_config
from app.core.db import create_engine
from tests.databases import settings_for

COPY = """
INSERT INTO ontvangen_documenten
    (id, verbonden_partij_id, soort, jaar, ontvangen_op, titel, toelichting, aangemaakt_op)
SELECT :id, verbonden_partij_id, soort, jaar, :ontvangen_op, :titel, toelichting, aangemaakt_op
FROM ontvangen_documenten WHERE id = :original
"""


async def run(url: str, statement: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(settings_for(url))
    query = text(statement).bindparams(
        *(bindparam(name, type_=Uuid()) for name in params if name == "id")
    )
    async with engine.begin() as connection:
        result = await connection.execute(query, params)
        rows = [tuple(row) for row in result.all()] if result.returns_rows else []
    await engine.dispose()
    return rows


async def test_finding_9_migration_0014_keeps_the_earliest_received_of_a_document_stored_twice(
    database_url: str,
) -> None:
    await asyncio.to_thread(command.downgrade, alembic_config(database_url), "0012")
    [(original, received, party, soort, jaar)] = await run(
        database_url,
        "SELECT id, ontvangen_op, verbonden_partij_id, soort, jaar FROM ontvangen_documenten"
        " ORDER BY ontvangen_op LIMIT 1",
    )
    earlier = date.fromisoformat(str(received)).replace(day=1, month=1)
    for copy_id, day, titel in (
        (uuid.uuid4(), earlier, "eerder ontvangen"),
        (uuid.uuid4(), date(2099, 1, 1), "later ontvangen"),
    ):
        await run(database_url, COPY, id=copy_id, ontvangen_op=day, titel=titel, original=original)
    total = (await run(database_url, "SELECT count(*) FROM ontvangen_documenten"))[0][0]

    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")

    after = (await run(database_url, "SELECT count(*) FROM ontvangen_documenten"))[0][0]
    kept = await run(
        database_url,
        "SELECT titel FROM ontvangen_documenten"
        " WHERE verbonden_partij_id = :party AND soort = :soort AND jaar = :jaar",
        party=party,
        soort=soort,
        jaar=jaar,
    )
    assert after == total - 2
    assert kept == [("eerder ontvangen",)]
