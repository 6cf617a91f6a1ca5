"""Queries of Iv3 deliveries, their records and the signal values."""

import functools
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, Uuid, delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.sql_lists import one_of, uses_arrays
from app.iv3.models import Iv3Levering, Iv3Regel, KengetalSignaalwaarde
from app.iv3.records import Onderdeel, Regel

AUDIT_ENTITEIT = "iv3_levering"
INSERT_BATCH = 5_000


async def latest_revision(
    session: AsyncSession, party_id: uuid.UUID, boekjaar: int, periode: int
) -> Iv3Levering | None:
    statement = (
        select(Iv3Levering)
        .where(
            Iv3Levering.verbonden_partij_id == party_id,
            Iv3Levering.boekjaar == boekjaar,
            Iv3Levering.periode == periode,
        )
        .order_by(Iv3Levering.revisie.desc())
        .limit(1)
    )
    return (await session.scalars(statement)).first()


async def by_key(session: AsyncSession, gebruiker_id: uuid.UUID, key: str) -> Iv3Levering | None:
    statement = select(Iv3Levering).where(
        Iv3Levering.ingediend_door_id == gebruiker_id, Iv3Levering.idempotentie_sleutel == key
    )
    return (await session.scalars(statement)).first()


async def delivery(session: AsyncSession, levering_id: uuid.UUID) -> Iv3Levering | None:
    return await session.get(Iv3Levering, levering_id)


def deliveries_of_party(party_id: uuid.UUID) -> Select[Iv3Levering]:
    """Newest first."""
    return (
        select(Iv3Levering)
        .where(Iv3Levering.verbonden_partij_id == party_id)
        .order_by(Iv3Levering.ontvangen_op.desc(), Iv3Levering.id)
    )


RECORD_COLUMNS = ("levering_id", "volgnummer", "onderdeel", "code", "categorie", "bedrag", "waarde")


async def insert_records(
    session: AsyncSession, levering_id: uuid.UUID, regels: Iterable[Regel]
) -> int:
    """Stores the records in the request's transaction; the number stored. On PostgreSQL with
    COPY (the fastest bulk load it has), elsewhere as batched multi-row INSERTs."""
    rows = [
        (levering_id, index, r.onderdeel.value, r.code, r.categorie, r.bedrag, r.waarde)
        for index, r in enumerate(regels, start=1)
    ]
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        raw = await connection.get_raw_connection()
        driver: Any = raw.driver_connection
        await driver.copy_records_to_table(
            Iv3Regel.__tablename__, records=rows, columns=RECORD_COLUMNS
        )
        return len(rows)
    for start in range(0, len(rows), INSERT_BATCH):
        batch = [
            dict(zip(RECORD_COLUMNS, row, strict=True))
            for row in rows[start : start + INSERT_BATCH]
        ]
        await session.execute(insert(Iv3Regel), batch)
    return len(rows)


PARTY_IDS = "party_ids"


@functools.cache
def _current_kengetallen(as_array: bool) -> Select[uuid.UUID, str, str, str | None]:
    """Built once per database kind: building the alias of a later delivery took a tenth of a
    computed overview. The parties are one list parameter (app/core/sql_lists.py)."""
    later = aliased(Iv3Levering)
    superseded = select(later.id).where(later.vervangt_id == Iv3Levering.id).exists()
    return (
        select(Iv3Levering.verbonden_partij_id, Iv3Regel.code, Iv3Regel.categorie, Iv3Regel.waarde)
        .join(Iv3Levering, Iv3Levering.id == Iv3Regel.levering_id)
        .where(
            one_of(Iv3Levering.verbonden_partij_id, Uuid(), as_array=as_array, name=PARTY_IDS),
            Iv3Regel.onderdeel == Onderdeel.kengetallen,
            ~superseded,
        )
        .order_by(Iv3Levering.ontvangen_op, Iv3Levering.id, Iv3Regel.volgnummer)
    )


async def current_kengetallen(
    session: AsyncSession, party_ids: Sequence[uuid.UUID]
) -> Sequence[tuple[uuid.UUID, str, str, str]]:
    """(party, verslagperiode, kengetal, waarde) of the parties' deliveries no later one
    superseded, oldest delivery first (so the latest value of a report period comes last).
    One query whatever the number of parties."""
    if not party_ids:
        return []
    statement = _current_kengetallen(uses_arrays(session))
    rows = await session.execute(statement, {PARTY_IDS: list(party_ids)})
    return [(party, code, kengetal, waarde or "") for party, code, kengetal, waarde in rows]


async def signal_values(
    session: AsyncSession, organisatie_id: uuid.UUID
) -> Sequence[KengetalSignaalwaarde]:
    statement = select(KengetalSignaalwaarde).where(
        KengetalSignaalwaarde.organisatie_id == organisatie_id
    )
    return (await session.scalars(statement)).all()


async def replace_signal_values(
    session: AsyncSession, organisatie_id: uuid.UUID, values: Iterable[KengetalSignaalwaarde]
) -> None:
    await session.execute(
        delete(KengetalSignaalwaarde).where(KengetalSignaalwaarde.organisatie_id == organisatie_id)
    )
    session.add_all(values)
    await session.flush()
