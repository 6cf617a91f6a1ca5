"""One visibility check per session: `get_party` asks the database once while nothing changes,
and again after any write or the end of the transaction."""

import pytest
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.errors import NotFound
from app.verbonden_partijen.models import Deelname
from app.verbonden_partijen.service import get_party
from tests.conftest import DemoIds, QueryCounter


def _mt(demo: DemoIds, gemeente: str) -> Principal:
    return Principal(None, f"MT {gemeente}", Rol.MT, demo.organisation(gemeente))


async def test_a_session_checks_a_party_once(
    session: AsyncSession, demo: DemoIds, queries: QueryCounter
) -> None:
    renkum, party_id = _mt(demo, "Renkum"), demo.party("De Connectie")
    first = await get_party(session, renkum, party_id)
    queries.count = 0

    again = await get_party(session, renkum, party_id)

    assert again is first
    assert queries.count == 0


async def test_another_municipality_is_checked_on_its_own(
    session: AsyncSession, demo: DemoIds
) -> None:
    party_id = demo.party("De Connectie")
    await get_party(session, _mt(demo, "Renkum"), party_id)

    with pytest.raises(NotFound):
        await get_party(session, _mt(demo, "Diemen"), party_id)


async def test_a_write_in_the_session_makes_it_ask_again(
    session: AsyncSession, demo: DemoIds, queries: QueryCounter
) -> None:
    renkum, party_id = _mt(demo, "Renkum"), demo.party("De Connectie")
    await get_party(session, renkum, party_id)

    await session.execute(
        delete(Deelname).where(
            Deelname.verbonden_partij_id == party_id,
            Deelname.organisatie_id == renkum.organisatie_id,
        )
    )

    with pytest.raises(NotFound):
        await get_party(session, renkum, party_id)
    await session.rollback()


async def test_the_end_of_the_transaction_makes_it_ask_again(
    session: AsyncSession, demo: DemoIds, queries: QueryCounter
) -> None:
    renkum, party_id = _mt(demo, "Renkum"), demo.party("De Connectie")
    await get_party(session, renkum, party_id)
    await session.commit()
    queries.count = 0

    await get_party(session, renkum, party_id)

    assert queries.count >= 1
