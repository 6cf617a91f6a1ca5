"""Audit scenarios of the Wgr cycle: documents received and the regeling's own dates."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import PARTNER_DE_CONNECTIE, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds


async def post_document(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"
    body = {"soort": "voorlopige_jaarrekening", "jaar": 2026, "ontvangenOp": "2026-01-05"}
    headers = {**PARTNER_DE_CONNECTIE, "Idempotency-Key": "audit-document"}
    return Write("POST", url, body, headers, "ontvangen_document")


async def put_wgr_termijnen(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-termijnen"
    body = {"termijnen": [{"moment": "vaststelling_begroting", "maand": 7, "dag": 3}]}
    return Write("PUT", url, body, {**REGIEVOERDER_ARNHEM, "If-Match": "*"}, "wgr_termijnen")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/documenten"): post_document,
    ("PUT", "/api/v1/verbonden-partijen/{party_id}/wgr-termijnen"): put_wgr_termijnen,
}
