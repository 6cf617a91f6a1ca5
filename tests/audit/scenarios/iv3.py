"""Audit scenarios of Iv3 deliveries and the key ratios' signal values."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import BEHEERDER_ARNHEM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.iv3.bestanden import BEGROTING_2026, as_bytes


async def create_iv3_levering(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/iv3-leveringen?eenheid=euro"
    headers = {
        **PARTNER_DE_CONNECTIE,
        "Idempotency-Key": "audit-iv3",
        "Content-Type": "application/json",
    }
    return Write("POST", url, None, headers, "iv3_levering", content=as_bytes(BEGROTING_2026))


async def put_kengetal_signaalwaarden(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"signaalwaarden": [{"kengetal": "fk.1", "grensA": 80, "grensC": 120}]}
    return Write(
        "PUT", "/kengetal-signaalwaarden", body, BEHEERDER_ARNHEM, "kengetal_signaalwaarden"
    )


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/iv3-leveringen"): create_iv3_levering,
    ("PUT", "/api/v1/kengetal-signaalwaarden"): put_kengetal_signaalwaarden,
}
