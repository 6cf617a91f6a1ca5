"""Audit scenarios of notifications: subscriptions, redelivery, calendar keys, mail settings."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.meldingen.factories import WEBHOOK_BODY, failed_delivery, subscription


async def post_abonnement(client: AsyncClient, demo: DemoIds) -> Write:
    return Write("POST", "/abonnementen", WEBHOOK_BODY, REGIEVOERDER_ARNHEM, "abonnement")


async def delete_abonnement(client: AsyncClient, demo: DemoIds) -> Write:
    abonnement = await subscription(client, REGIEVOERDER_ARNHEM)
    url = f"/abonnementen/{abonnement['id']}"
    return Write("DELETE", url, None, REGIEVOERDER_ARNHEM, "abonnement")


async def redeliver(client: AsyncClient, demo: DemoIds) -> Write:
    party = demo.party("De Connectie")
    abonnement, aflevering = await failed_delivery(client, REGIEVOERDER_ARNHEM, party)
    url = f"/abonnementen/{abonnement}/afleveringen/{aflevering}/_opnieuw"
    return Write("POST", url, None, REGIEVOERDER_ARNHEM, "aflevering")


async def post_kalendersleutel(client: AsyncClient, demo: DemoIds) -> Write:
    url = "/gebruikersprofiel/kalendersleutel"
    return Write("POST", url, None, REGIEVOERDER_ARNHEM, "kalendersleutel")


async def delete_kalendersleutel(client: AsyncClient, demo: DemoIds) -> Write:
    url = "/gebruikersprofiel/kalendersleutel"
    response = await client.post(url, headers=REGIEVOERDER_ARNHEM)
    assert response.status_code == 201, response.text
    return Write("DELETE", url, None, REGIEVOERDER_ARNHEM, "kalendersleutel")


async def patch_profiel(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"meldingen": {"dagoverzicht": False}}
    return Write("PATCH", "/gebruikersprofiel", body, REGIEVOERDER_ARNHEM, "meldingvoorkeuren")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/abonnementen"): post_abonnement,
    ("DELETE", "/api/v1/abonnementen/{abonnement_id}"): delete_abonnement,
    (
        "POST",
        "/api/v1/abonnementen/{abonnement_id}/afleveringen/{aflevering_id}/_opnieuw",
    ): redeliver,
    ("POST", "/api/v1/gebruikersprofiel/kalendersleutel"): post_kalendersleutel,
    ("DELETE", "/api/v1/gebruikersprofiel/kalendersleutel"): delete_kalendersleutel,
    ("PATCH", "/api/v1/gebruikersprofiel"): patch_profiel,
}
