"""The overview cache's entries (app/dashboard/cache.py), without a database."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date

from app.dashboard.cache import OverviewCache
from app.dashboard.queries.versies import Versies

ARNHEM, CONNECTIE, VITENS = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
TODAY = date(2026, 11, 23)


@dataclass
class Stand:
    versies: Versies
    number: int


def at(connectie: int, vitens: int = 1, eigen: int = 1) -> Versies:
    return Versies.of(TODAY, eigen, {CONNECTIE: connectie, VITENS: vitens})


async def test_an_entry_serves_the_versions_it_was_computed_at() -> None:
    cache: OverviewCache[Stand] = OverviewCache(300)
    computed: list[Stand | None] = []

    async def compute(before: Stand | None) -> Stand:
        computed.append(before)
        return Stand(at(1), len(computed))

    first = await cache.get(ARNHEM, at(1), compute)
    again = await cache.get(ARNHEM, at(1), compute)

    assert (first.number, again.number, computed) == (1, 1, [None])


async def test_newer_versions_compute_again_from_the_entry_before() -> None:
    cache: OverviewCache[Stand] = OverviewCache(300)
    befores: list[Stand | None] = []

    async def compute_at(versies: Versies) -> Stand:
        async def compute(before: Stand | None) -> Stand:
            befores.append(before)
            return Stand(versies, len(befores))

        return await cache.get(ARNHEM, versies, compute)

    first = await compute_at(at(1))
    second = await compute_at(at(2))

    assert second.number == 2
    assert befores == [None, first]


async def test_waiting_requests_take_a_computation_that_covers_what_they_read() -> None:
    cache: OverviewCache[Stand] = OverviewCache(300)
    release = asyncio.Event()
    computations = 0

    async def compute(before: Stand | None) -> Stand:
        nonlocal computations
        computations += 1
        await release.wait()
        return Stand(at(3), computations)  # it read the data after two more writes

    first = asyncio.create_task(cache.get(ARNHEM, at(1), compute))
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(cache.get(ARNHEM, at(v), compute)) for v in (1, 2, 3)]
    await asyncio.sleep(0)
    release.set()

    results = await asyncio.gather(first, *waiting)

    assert [stand.number for stand in results] == [1, 1, 1, 1]
    assert computations == 1


def test_versions_name_the_parties_that_changed() -> None:
    assert at(2).changed_parties(at(1)) == {CONNECTIE}
    assert at(1).changed_parties(at(1)) == set()
    assert at(1, eigen=2).changed_parties(at(1)) is None  # the municipality's own: every row
    assert at(1).changed_parties(None) is None


def test_a_party_whose_partner_alone_delivered_keeps_the_municipalitys_own_columns() -> None:
    before = Versies.of(TODAY, 1, {CONNECTIE: 4, VITENS: 1}, {CONNECTIE: 1})
    delivered = Versies.of(TODAY, 1, {CONNECTIE: 6, VITENS: 1}, {CONNECTIE: 3})
    written = Versies.of(TODAY, 1, {CONNECTIE: 6, VITENS: 1}, {CONNECTIE: 2})

    assert delivered.only_delivered(before, CONNECTIE)
    assert not written.only_delivered(before, CONNECTIE)  # one of the two writes was not
    assert not delivered.only_delivered(Versies.of(TODAY, 1, {VITENS: 1}), CONNECTIE)


def test_versions_cover_only_the_same_parties_at_least_as_new() -> None:
    assert at(2).covers(at(1))
    assert not at(1).covers(at(2))
    assert not Versies.of(TODAY, 1, {CONNECTIE: 5}).covers(at(1))  # a participation ended
    assert not Versies.of(date(2026, 11, 22), 1, {CONNECTIE: 1, VITENS: 1}).covers(at(1))


async def test_an_entry_past_its_age_is_computed_afresh_as_a_whole() -> None:
    cache: OverviewCache[Stand] = OverviewCache(0.000_001)
    befores: list[Stand | None] = []

    async def compute(before: Stand | None) -> Stand:
        befores.append(before)
        return Stand(at(1), len(befores))

    await cache.get(ARNHEM, at(1), compute)
    await asyncio.sleep(0.01)
    await cache.get(ARNHEM, at(1), compute)

    assert befores == [None, None]
