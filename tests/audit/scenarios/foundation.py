"""Audit scenarios of the foundation's write operations."""

from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds


async def _deelname_of(client: AsyncClient, demo: DemoIds, gemeente: str) -> str:
    rows = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames", headers=BEHEERDER_ARNHEM
    )
    return next(
        row["id"] for row in rows.json()["resultaten"] if row["organisatie"]["naam"] == gemeente
    )


async def _new_account(client: AsyncClient) -> str:
    created = await client.post(
        "/gebruikers", headers=BEHEERDER_ARNHEM, json={"naam": "Nieuw", "rol": "lezer"}
    )
    return str(created.json()["id"])


async def post_party(client: AsyncClient, demo: DemoIds) -> Write:
    body = {
        "naam": "Nieuw",
        "vestigingsplaats": "Arnhem",
        "bbvCategorie": "overig",
        "rechtsvorm": "overig",
        "openbaarBelang": "Iets",
    }
    return Write("POST", "/verbonden-partijen", body, BEHEERDER_ARNHEM, "verbonden_partij")


async def patch_party(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    headers = {**REGIEVOERDER_ARNHEM, "If-Match": '"1"'}
    return Write("PATCH", url, {"monitoringsniveau": 2}, headers, "verbonden_partij")


async def put_regievoerders(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/regievoerders"
    return Write("PUT", url, {"gebruikerIds": []}, BEHEERDER_ARNHEM, "regievoerders")


async def post_deelname(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames"
    body = {"organisatieId": str(demo.organisation("Diemen")), "aandeel": 1}
    return Write("POST", url, body, BEHEERDER_ARNHEM, "deelname")


async def patch_deelname(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/deelnames/{await _deelname_of(client, demo, 'Arnhem')}"
    headers = {**BEHEERDER_ARNHEM, "If-Match": '"1"'}
    return Write("PATCH", url, {"aandeel": 67.5}, headers, "deelname")


async def delete_deelname(client: AsyncClient, demo: DemoIds) -> Write:
    """Renkum removes its own participation (it has no records about De Connectie)."""
    url = f"/deelnames/{await _deelname_of(client, demo, 'Renkum')}"
    return Write("DELETE", url, None, BEHEERDER_RENKUM, "deelname")


async def post_organisatie(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"naam": "Provincie Gelderland", "soort": "provincie", "cbsCode": "PV25"}
    return Write("POST", "/organisaties", body, BEHEERDER_ARNHEM, "organisatie")


async def post_gebruiker(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"naam": "Nieuwe regievoerder", "rol": "regievoerder"}
    return Write("POST", "/gebruikers", body, BEHEERDER_ARNHEM, "gebruiker")


async def patch_gebruiker(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/gebruikers/{demo.account('lezer-arnhem')}"
    return Write("PATCH", url, {"naam": "Power BI"}, BEHEERDER_ARNHEM, "gebruiker")


async def post_token(client: AsyncClient, demo: DemoIds) -> Write:
    url = f"/gebruikers/{demo.account('lezer-arnhem')}/tokens"
    return Write("POST", url, {"omschrijving": "Power BI"}, BEHEERDER_ARNHEM, "token")


async def delete_token(client: AsyncClient, demo: DemoIds) -> Write:
    account = await _new_account(client)
    token = await client.post(
        f"/gebruikers/{account}/tokens", headers=BEHEERDER_ARNHEM, json={"omschrijving": "x"}
    )
    url = f"/gebruikers/{account}/tokens/{token.json()['id']}"
    return Write("DELETE", url, None, BEHEERDER_ARNHEM, "token")


async def post_eigen_token(client: AsyncClient, demo: DemoIds) -> Write:
    body = {"omschrijving": "Rotatie"}
    return Write("POST", "/gebruikersprofiel/tokens", body, PARTNER_DE_CONNECTIE, "token")


async def delete_eigen_token(client: AsyncClient, demo: DemoIds) -> Write:
    token = await client.post(
        "/gebruikersprofiel/tokens", headers=PARTNER_DE_CONNECTIE, json={"omschrijving": "x"}
    )
    url = f"/gebruikersprofiel/tokens/{token.json()['id']}"
    return Write("DELETE", url, None, PARTNER_DE_CONNECTIE, "token")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", "/api/v1/verbonden-partijen"): post_party,
    ("PATCH", "/api/v1/verbonden-partijen/{party_id}"): patch_party,
    ("PUT", "/api/v1/verbonden-partijen/{party_id}/regievoerders"): put_regievoerders,
    ("POST", "/api/v1/verbonden-partijen/{party_id}/deelnames"): post_deelname,
    ("PATCH", "/api/v1/deelnames/{deelname_id}"): patch_deelname,
    ("DELETE", "/api/v1/deelnames/{deelname_id}"): delete_deelname,
    ("POST", "/api/v1/organisaties"): post_organisatie,
    ("POST", "/api/v1/gebruikers"): post_gebruiker,
    ("PATCH", "/api/v1/gebruikers/{gebruiker_id}"): patch_gebruiker,
    ("POST", "/api/v1/gebruikers/{gebruiker_id}/tokens"): post_token,
    ("DELETE", "/api/v1/gebruikers/{gebruiker_id}/tokens/{token_id}"): delete_token,
    ("POST", "/api/v1/gebruikersprofiel/tokens"): post_eigen_token,
    ("DELETE", "/api/v1/gebruikersprofiel/tokens/{token_id}"): delete_eigen_token,
}
