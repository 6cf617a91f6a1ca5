"""Audit scenarios of evaluations."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds


async def post_evaluatie(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/evaluaties"
    body = {"jaar": 2026, "datum": "2026-11-01", "uitkomst": "Naar tevredenheid."}
    return Write("POST", url, body, REGIEVOERDER_ARNHEM, "evaluatie")


async def patch_evaluatie(client: AsyncClient, demo: DemoIds) -> Write:
    evaluations = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/evaluaties", headers=REGIEVOERDER_ARNHEM
    )
    evaluation = evaluations.json()["resultaten"][0]
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": f'"{evaluation["versie"]}"'}
    url = f"/evaluaties/{evaluation['id']}"
    return Write("PATCH", url, {"tevredenheid": 7}, headers, "evaluatie")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/evaluaties"): post_evaluatie,
    ("PATCH", "/api/v1/evaluaties/{evaluatie_id}"): patch_evaluatie,
}
