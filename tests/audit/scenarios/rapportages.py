"""Audit scenarios of partner pushes."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds


async def post_rapportage(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    body = {"periode": "2026-Q4", "metingen": [{"normCode": "INC-8U", "waarde": 96}]}
    headers = {**PARTNER_DE_CONNECTIE, "Idempotency-Key": "audit-scenario-1"}
    return Write("POST", url, body, headers, "rapportage")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/rapportages"): post_rapportage,
}
