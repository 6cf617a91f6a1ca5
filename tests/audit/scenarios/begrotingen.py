"""Audit scenarios of budgets and thresholds."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import BEHEERDER_ARNHEM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds


async def put_begroting(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/begrotingen/2026"
    headers = {**PARTNER_DE_CONNECTIE, "If-Match": '"2"'}
    body = {"primitief": {"lasten": 12500000, "baten": 12500000}, "resultaat": -1}
    return Write("PUT", url, body, headers, "begroting")


async def put_afwijkingsdrempels(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"bedrag": 250000, "percentage": 10}
    return Write("PUT", "/afwijkingsdrempels", body, BEHEERDER_ARNHEM, "afwijkingsdrempels")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("PUT", "/api/v1/verbonden-partijen/{party_id}/begrotingen/{jaar}"): put_begroting,
    ("PUT", "/api/v1/afwijkingsdrempels"): put_afwijkingsdrempels,
}
