"""Audit scenarios of reporting rounds and status reports (Arnhem, De Connectie)."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import OP_KOERS, draft, etag, rated_draft, submitted


async def post_ronde(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"periode": "2026-H1", "deadline": "2026-07-15"}
    return Write("POST", "/rapportagerondes", body, MT_ARNHEM, "rapportageronde")


async def patch_ronde(client: AsyncClient, demo: DemoIds) -> Write:
    rounds = await client.get("/rapportagerondes?periode=2025-H2", headers=MT_ARNHEM)
    url = f"/rapportagerondes/{rounds.json()['resultaten'][0]['id']}"
    headers = {**MT_ARNHEM, "If-Match": '"1"'}
    return Write("PATCH", url, {"deadline": "2026-02-15"}, headers, "rapportageronde")


async def post_rapportage(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"verbondenPartijId": str(demo.party("De Connectie")), "periode": "2026-H1"}
    return Write(
        "POST", "/voortgangsrapportages", body, REGIEVOERDER_ARNHEM, "voortgangsrapportage"
    )


async def patch_rapportage(client: AsyncClient, demo: DemoIds) -> Write:
    created = await draft(client, demo)
    url = f"/voortgangsrapportages/{created.json()['id']}"
    body = {"aspecten": {"planning": OP_KOERS}}
    return Write(
        "PATCH", url, body, {**REGIEVOERDER_ARNHEM, **etag(created)}, "voortgangsrapportage"
    )


async def indienen(client: AsyncClient, demo: DemoIds) -> Write:
    report = await rated_draft(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}/_indienen"
    return Write("POST", url, None, {**REGIEVOERDER_ARNHEM, **etag(report)}, "voortgangsrapportage")


async def goedkeuren(client: AsyncClient, demo: DemoIds) -> Write:
    report = await submitted(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}/_goedkeuren"
    return Write("POST", url, None, {**MT_ARNHEM, **etag(report)}, "voortgangsrapportage")


async def terugsturen(client: AsyncClient, demo: DemoIds) -> Write:
    report = await submitted(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}/_terugsturen"
    body = {"toelichting": "Licht de planning toe."}
    return Write("POST", url, body, {**MT_ARNHEM, **etag(report)}, "voortgangsrapportage")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/rapportagerondes"): post_ronde,
    ("PATCH", "/api/v1/rapportagerondes/{ronde_id}"): patch_ronde,
    ("POST", "/api/v1/voortgangsrapportages"): post_rapportage,
    ("PATCH", "/api/v1/voortgangsrapportages/{report_id}"): patch_rapportage,
    ("POST", "/api/v1/voortgangsrapportages/{report_id}/_indienen"): indienen,
    ("POST", "/api/v1/voortgangsrapportages/{report_id}/_goedkeuren"): goedkeuren,
    ("POST", "/api/v1/voortgangsrapportages/{report_id}/_terugsturen"): terugsturen,
}
