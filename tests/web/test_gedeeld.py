"""The party page's shared parts are kept by the party's data version: computed again when a
write bumped it, on another day, or when the entry is too old."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import versions
from app.core.pagination import PageOf
from app.web.views.gedeeld import GedeeldeDelen, SharedPartsCache
from tests.conftest import DemoIds

DAY = date(2026, 12, 6)


class Computations:
    def __init__(self) -> None:
        self.count = 0

    async def __call__(self) -> GedeeldeDelen:
        self.count += 1
        return GedeeldeDelen([], PageOf([], 0), PageOf([], 0))


async def _bump(session: AsyncSession, party_id: uuid.UUID) -> None:
    versions.pending(session.sync_session, party_id)
    await session.commit()


async def test_the_parts_are_computed_once_per_version_and_day(
    session: AsyncSession, demo: DemoIds
) -> None:
    cache, compute = SharedPartsCache(max_age=300), Computations()
    party_id = demo.party("De Connectie")

    await cache.parts(session, party_id, DAY, compute)
    await cache.parts(session, party_id, DAY, compute)
    assert compute.count == 1

    await _bump(session, party_id)
    await cache.parts(session, party_id, DAY, compute)
    assert compute.count == 2

    await cache.parts(session, party_id, date(2026, 12, 7), compute)
    assert compute.count == 3


async def test_no_max_age_computes_every_time(session: AsyncSession, demo: DemoIds) -> None:
    cache, compute = SharedPartsCache(max_age=0), Computations()
    party_id = demo.party("De Connectie")

    await cache.parts(session, party_id, DAY, compute)
    await cache.parts(session, party_id, DAY, compute)

    assert compute.count == 2


async def test_only_the_latest_parties_are_kept(session: AsyncSession, demo: DemoIds) -> None:
    cache, compute = SharedPartsCache(max_age=300, max_entries=1), Computations()
    first, second = demo.party("De Connectie"), demo.party("Duo+")

    await cache.parts(session, first, DAY, compute)
    await cache.parts(session, second, DAY, compute)
    await cache.parts(session, first, DAY, compute)

    assert compute.count == 3
