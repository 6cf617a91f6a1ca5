"""Audit scenarios of the improvement plan: recommendations, actions and the import."""

from pathlib import Path

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import BEHEERDER_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

FIXTURE = Path(__file__).parents[2] / "verbeterplan" / "fixtures" / "verbeterplan_seed004.csv"


async def _aanbeveling(client: AsyncClient, code: str) -> dict[str, object]:
    plan = await client.get("/aanbevelingen?pageSize=100", headers=BEHEERDER_ARNHEM)
    return dict(next(item for item in plan.json()["resultaten"] if item["code"] == code))


async def post_aanbeveling(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"code": "B", "deel": 1, "bron": "rekenkamer", "tekst": "Maak afspraken."}
    return Write("POST", "/aanbevelingen", body, REGIEVOERDER_ARNHEM, "aanbeveling")


async def patch_aanbeveling(client: AsyncClient, demo: DemoIds) -> Write:
    found = await _aanbeveling(client, "10")
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": f'"{found["versie"]}"'}
    body = {"reactie": "overgenomen"}
    return Write("PATCH", f"/aanbevelingen/{found['id']}", body, headers, "aanbeveling")


async def import_aanbevelingen(client: AsyncClient, demo: DemoIds) -> Write:
    headers = {**BEHEERDER_ARNHEM, "Content-Type": "text/csv"}
    url = "/aanbevelingen/_import?bron=rekenkamer"
    return Write("POST", url, None, headers, "aanbeveling", content=FIXTURE.read_bytes())


async def post_actie(client: AsyncClient, demo: DemoIds) -> Write:
    found = await _aanbeveling(client, "10")
    body = {"omschrijving": "Kwartaaloverleg over het budget", "planning": "Q2 2027"}
    return Write("POST", f"/aanbevelingen/{found['id']}/acties", body, REGIEVOERDER_ARNHEM, "actie")


async def patch_actie(client: AsyncClient, demo: DemoIds) -> Write:
    found = await _aanbeveling(client, "C")
    actie = found["acties"][0]  # type: ignore[index]
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": f'"{actie["versie"]}"'}
    return Write("PATCH", f"/acties/{actie['id']}", {"status": "afgerond"}, headers, "actie")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/aanbevelingen"): post_aanbeveling,
    ("PATCH", "/api/v1/aanbevelingen/{aanbeveling_id}"): patch_aanbeveling,
    ("POST", "/api/v1/aanbevelingen/_import"): import_aanbevelingen,
    ("POST", "/api/v1/aanbevelingen/{aanbeveling_id}/acties"): post_actie,
    ("PATCH", "/api/v1/acties/{actie_id}"): patch_actie,
}
