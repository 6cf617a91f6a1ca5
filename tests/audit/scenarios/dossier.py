"""Audit scenarios of a party's dossier: Arnhem (De Connectie's penvoerder) writes its
documents; the file comes as a multipart body."""

import httpx
from httpx import AsyncClient

from tests.audit.scenarios.base import Scenario, Write
from tests.auth_headers import BEHEERDER_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.dossier.bestanden import odt

LINK = {
    "soort": "dvo",
    "titel": "DVO 2027",
    "zichtbaarheid": "gedeeld",
    "link": "https://www.example.nl/dvo-2027.pdf",
}


def url(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/dossierstukken"


def multipart(files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    """A multipart body and its Content-Type (with the boundary)."""
    request = httpx.Request("PUT", "http://testserver/", files=files)
    return request.read(), request.headers["content-type"]


async def _regeling(client: AsyncClient, demo: DemoIds) -> dict[str, object]:
    listed = await client.get(url(demo), headers=BEHEERDER_ARNHEM, params={"soort": "regeling"})
    found: dict[str, object] = listed.json()["resultaten"][0]
    return found


async def post_dossierstuk(client: AsyncClient, demo: DemoIds) -> Write:
    return Write("POST", url(demo), LINK, REGIEVOERDER_ARNHEM, "dossierstuk")


async def patch_dossierstuk(client: AsyncClient, demo: DemoIds) -> Write:
    stuk = await _regeling(client, demo)
    headers = {**BEHEERDER_ARNHEM, "If-Match": f'"{stuk["versie"]}"'}
    body = {"laatstBeoordeeldOp": "2026-11-30"}
    return Write("PATCH", f"{url(demo)}/{stuk['id']}", body, headers, "dossierstuk")


async def delete_dossierstuk(client: AsyncClient, demo: DemoIds) -> Write:
    stuk = await _regeling(client, demo)
    headers = {**BEHEERDER_ARNHEM, "If-Match": f'"{stuk["versie"]}"'}
    return Write("DELETE", f"{url(demo)}/{stuk['id']}", None, headers, "dossierstuk")


async def put_dossierbestand(client: AsyncClient, demo: DemoIds) -> Write:
    stuk = await _regeling(client, demo)
    content, media_type = multipart({"bestand": ("regeling.odt", odt(), "text/plain")})
    headers = {**BEHEERDER_ARNHEM, "If-Match": f'"{stuk["versie"]}"', "Content-Type": media_type}
    target = f"{url(demo)}/{stuk['id']}/bestand"
    return Write("PUT", target, None, headers, "dossierstuk", content=content)


PREFIX = "/api/v1/verbonden-partijen/{party_id}/dossierstukken"
SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("POST", PREFIX): post_dossierstuk,
    ("PATCH", f"{PREFIX}/{{stuk_id}}"): patch_dossierstuk,
    ("DELETE", f"{PREFIX}/{{stuk_id}}"): delete_dossierstuk,
    ("PUT", f"{PREFIX}/{{stuk_id}}/bestand"): put_dossierbestand,
}
