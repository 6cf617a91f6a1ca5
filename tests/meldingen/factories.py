"""Notification state that no HTTP call makes by itself (a delivery the worker gave up on),
written straight into the test's database, and the worker over the app's database."""

import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient

from app.core.db import utcnow
from app.meldingen.models import Aflevering, AfleveringStatus, Kanaal
from app.outbox import types
from app.outbox.service import publish

WEBHOOK_BODY = {
    "callbackUrl": "https://hooks.example.org/vpmonitor",
    "soorten": [types.RAPPORTAGE_ONTVANGEN],
}


def app_of(client: AsyncClient) -> FastAPI:
    """The app behind an ASGI test client."""
    app: FastAPI = client._transport.app  # type: ignore[attr-defined]
    return app


async def subscription(client: AsyncClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = await client.post("/abonnementen", headers=headers, json={**WEBHOOK_BODY, **body})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def failed_delivery(
    client: AsyncClient, headers: dict[str, str], party_id: uuid.UUID
) -> tuple[str, str]:
    """A subscription of the caller with one delivery that failed for good."""
    abonnement = await subscription(client, headers)
    async with app_of(client).state.sessionmaker() as session:
        event = await publish(
            session,
            types.RAPPORTAGE_ONTVANGEN,
            uuid.uuid4(),
            "/rapportages/x",
            data={"verbondenPartijId": str(party_id)},
            verbonden_partij_id=party_id,
        )
        event.verwerkt_op = utcnow()
        delivery = Aflevering(
            kanaal=Kanaal.WEBHOOK,
            gebeurtenis_id=event.id,
            abonnement_id=uuid.UUID(abonnement["id"]),
            soort=event.type,
            status=AfleveringStatus.MISLUKT,
            pogingen=12,
            eerste_poging_op=datetime(2026, 1, 1, tzinfo=UTC),
            laatste_fout="HTTP 500",
        )
        session.add(delivery)
        await session.commit()
        return abonnement["id"], str(delivery.id)


PUSH = {
    "periode": "2026-Q4",
    "soort": "prestaties",
    "metingen": [{"normCode": "INC-8U", "waarde": 93.5}],
}


async def push_report(client: AsyncClient, party_id: uuid.UUID, headers: dict[str, str]) -> str:
    """A partner's push: one `rapportage.ontvangen` event."""
    response = await client.post(
        f"/verbonden-partijen/{party_id}/rapportages",
        headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
        json=PUSH,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])
