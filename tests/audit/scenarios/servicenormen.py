"""Audit scenarios of the catalogue and the service norms."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import BEHEERDER_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds


async def post_dienst(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/diensten"
    return Write("POST", url, {"naam": "Informatiebeveiliging"}, REGIEVOERDER_ARNHEM, "dienst")


async def post_servicenorm(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen"
    body = {
        "code": "PATCH-30D",
        "naam": "Beveiligingspatches binnen 30 dagen",
        "eenheid": "percentage",
        "richting": "hoger_is_beter",
        "doelwaarde": 90,
        "tolerantie": 5,
        "frequentie": "kwartaal",
        "geldigVanaf": "2026-01-01",
    }
    return Write("POST", url, body, BEHEERDER_ARNHEM, "servicenorm")


async def patch_servicenorm(client: AsyncClient, demo: DemoIds) -> Write:
    norms = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen",
        headers=REGIEVOERDER_ARNHEM,
    )
    norm = next(row for row in norms.json()["resultaten"] if row["code"] == "KTO")
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": f'"{norm["versie"]}"'}
    body = {"doelwaarde": 8, "geldigVanaf": "2027-01-01"}
    return Write("PATCH", f"/servicenormen/{norm['id']}", body, headers, "servicenorm")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen/{party_id}/diensten"): post_dienst,
    ("POST", "/api/v1/verbonden-partijen/{party_id}/servicenormen"): post_servicenorm,
    ("PATCH", "/api/v1/servicenormen/{norm_id}"): patch_servicenorm,
}
