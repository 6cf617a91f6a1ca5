"""Audit scenarios of risks."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds


async def post_risico(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    body = {"omschrijving": "Uitval van de dienstverlening", "kans": 2, "impact": 5}
    return Write("POST", url, body, REGIEVOERDER_ARNHEM, "risico")


async def patch_risico(client: AsyncClient, demo: DemoIds) -> Write:
    risks = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/risicos", headers=REGIEVOERDER_ARNHEM
    )
    risk = risks.json()["resultaten"][0]
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": f'"{risk["versie"]}"'}
    return Write("PATCH", f"/risicos/{risk['id']}", {"status": "beheerst"}, headers, "risico")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/risicos"): post_risico,
    ("PATCH", "/api/v1/risicos/{risico_id}"): patch_risico,
}
