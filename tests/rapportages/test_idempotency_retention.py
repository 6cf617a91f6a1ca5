"""Idempotency-Keys are kept at least 24 hours, then purged (CLI or lazily on a push)."""

from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import utcnow
from app.rapportages.models import IdempotentieSleutel
from app.rapportages.service import purge_expired_keys
from tests.auth_headers import PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds


def key(demo: DemoIds, name: str, age: timedelta) -> IdempotentieSleutel:
    return IdempotentieSleutel(
        gebruiker_id=demo.account("partner-de-connectie"),
        sleutel=name,
        verzoek_hash="0" * 64,
        status_code=201,
        antwoord="{}",
        headers={},
        aangemaakt_op=utcnow() - age,
    )


async def keys(session: AsyncSession) -> set[str]:
    return set((await session.execute(select(IdempotentieSleutel.sleutel))).scalars())


async def test_keys_younger_than_the_retention_survive_a_purge(
    session: AsyncSession, demo: DemoIds
) -> None:
    session.add_all(
        [key(demo, "day-old", timedelta(hours=25)), key(demo, "old", timedelta(hours=49))]
    )
    await session.commit()

    purged = await purge_expired_keys(session)
    await session.commit()

    assert purged == 1
    assert await keys(session) == {"day-old"}


async def test_an_expired_key_can_be_used_again(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    session.add(key(demo, "reused", timedelta(hours=49)))
    await session.commit()

    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages",
        headers={**PARTNER_DE_CONNECTIE, "Idempotency-Key": "reused"},
        json={"periode": "2026-Q4", "metingen": []},
    )

    assert response.status_code == 201
    assert response.json()["periode"] == "2026-Q4"
