"""Data versions (app/core/versions.py): bumped at commit by every write's audit event; a
party's writes that were only its partner's deliveries are counted apart."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import SystemActor
from app.core import audit, versions
from tests.conftest import DemoIds


async def write(
    session: AsyncSession, party: uuid.UUID, *, levering: bool, gedeeld: bool = True
) -> None:
    await audit.record(
        session,
        SystemActor(),
        actie="aangemaakt",
        entiteit="rapportage" if levering else "risico",
        entiteit_id=uuid.uuid4(),
        voor=None,
        na=None,
        verbonden_partij_id=party,
        gedeeld=gedeeld,
        levering=levering,
    )


async def version_of(session: AsyncSession, party: uuid.UUID) -> tuple[int, int]:
    row = await session.get(versions.Gegevensversie, party, populate_existing=True)
    return (row.versie, row.leveringen) if row else (0, 0)


async def test_a_delivery_counts_as_a_write_and_as_a_delivery(
    session: AsyncSession, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    versie, leveringen = await version_of(session, party)

    await write(session, party, levering=True)
    await session.commit()

    assert await version_of(session, party) == (versie + 1, leveringen + 1)


async def test_a_delivery_beside_another_write_in_one_transaction_is_an_ordinary_write(
    session: AsyncSession, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    versie, leveringen = await version_of(session, party)

    await write(session, party, levering=True)
    await write(session, party, levering=False)
    await session.commit()

    assert await version_of(session, party) == (versie + 1, leveringen)


async def test_only_a_shared_write_can_be_a_delivery(session: AsyncSession, demo: DemoIds) -> None:
    party = demo.party("De Connectie")
    versie, leveringen = await version_of(session, party)

    await write(session, party, levering=True, gedeeld=False)
    await session.commit()

    assert await version_of(session, party) == (versie + 1, leveringen)
