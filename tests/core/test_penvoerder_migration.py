"""Migration 0013 gives every existing party a penvoerder: the municipality that registered it
(from the audit trail) while it still takes part, else its earliest participant."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import insert, select

from app.cli import alembic_config
from app.core.db import create_engine
from app.models import Base
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for

TABLES = Base.metadata.tables
EARLY = datetime(2020, 1, 1, tzinfo=UTC)


def party(naam: str) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "naam": naam,
        "vestigingsplaats": "Arnhem",
        "bbv_categorie": "overig",
        "rechtsvorm": "overig",
        "openbaar_belang": "Test",
        "monitoringsniveau": 2,
    }


def deelname(party_row: dict[str, object], org: uuid.UUID, days: int) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "verbonden_partij_id": party_row["id"],
        "organisatie_id": org,
        "aangemaakt_op": EARLY + timedelta(days=days),
    }


def registered(party_row: dict[str, object], org: uuid.UUID) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "actor_naam": "Beheerder",
        "actor_rol": "beheerder",
        "organisatie_id": org,
        "verbonden_partij_id": party_row["id"],
        "gedeeld": True,
        "entiteit": "verbonden_partij",
        "entiteit_id": party_row["id"],
        "actie": "aangemaakt",
    }


async def test_migration_0013_gives_every_party_a_penvoerder(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_empty_database()
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    by_trail, by_first, registrant_left = party("P1"), party("P2"), party("P3")
    engine = create_engine(settings_for(url))
    try:
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0012")
        async with engine.begin() as connection:
            await connection.execute(
                insert(TABLES["organisaties"]),
                [
                    {"id": org, "naam": f"Gemeente {n}", "soort": "gemeente"}
                    for n, org in enumerate((a, b, c))
                ],
            )
            await connection.execute(
                insert(TABLES["verbonden_partijen"]), [by_trail, by_first, registrant_left]
            )
            await connection.execute(
                insert(TABLES["deelnames"]),
                [
                    deelname(by_trail, a, 1),
                    deelname(by_trail, b, 2),
                    deelname(by_first, b, 2),
                    deelname(by_first, a, 1),
                    deelname(registrant_left, b, 1),
                ],
            )
            await connection.execute(
                insert(TABLES["audit_gebeurtenissen"]),
                [registered(by_trail, b), registered(registrant_left, c)],
            )
        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        parties = TABLES["verbonden_partijen"]
        async with engine.connect() as connection:
            rows = await connection.execute(select(parties.c.naam, parties.c.penvoerder_id))
            penvoerders = dict(rows.all())
    finally:
        await engine.dispose()
        await templates.drop_database(url)

    assert penvoerders == {"P1": b, "P2": a, "P3": b}
