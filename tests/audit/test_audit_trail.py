"""Every write leaves an append-only audit event that the municipality's beheerder can read."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_RENKUM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass(frozen=True)
class Write:
    method: str
    url: str
    body: dict[str, Any] | None
    headers: dict[str, str]
    entiteit: str


Scenario = Callable[[AsyncClient, DemoIds], Awaitable[Write]]


async def _deelname_of(client: AsyncClient, demo: DemoIds, gemeente: str) -> str:
    rows = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames", headers=BEHEERDER_ARNHEM
    )
    return next(row["id"] for row in rows.json() if row["organisatie"]["naam"] == gemeente)


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
    url = f"/deelnames/{await _deelname_of(client, demo, 'Rheden')}"
    return Write("DELETE", url, None, BEHEERDER_ARNHEM, "deelname")


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
}


def test_every_write_operation_has_an_audit_scenario(app: FastAPI) -> None:
    writes = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods & WRITE_METHODS
    }
    missing = writes - SCENARIOS.keys()
    assert not missing, f"add an audit scenario for: {sorted(missing)}"


async def audit_count(client: AsyncClient) -> int:
    response = await client.get("/audit-gebeurtenissen", headers=BEHEERDER_ARNHEM)
    return int(response.json()["aantal"])


@pytest.mark.parametrize("operation", sorted(SCENARIOS), ids=" ".join)
async def test_every_write_leaves_an_audit_event(
    client: AsyncClient, demo: DemoIds, operation: tuple[str, str]
) -> None:
    write = await SCENARIOS[operation](client, demo)
    before = await audit_count(client)

    response = await client.request(write.method, write.url, json=write.body, headers=write.headers)

    assert response.status_code < 300, response.text
    events = (await client.get("/audit-gebeurtenissen", headers=BEHEERDER_ARNHEM)).json()
    new_events = events["resultaten"][: events["aantal"] - before]
    event = next(event for event in new_events if event["entiteit"] == write.entiteit)
    assert event["actorNaam"] == "Beheerder Arnhem" or event["actorRol"] == "regievoerder"
    assert event["tijdstip"].endswith("Z")
    assert event["voor"] is not None or event["na"] is not None


async def test_audit_event_holds_the_state_before_and_after(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    await client.patch(
        f"/verbonden-partijen/{party}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'},
        json={"vestigingsplaats": "Velp"},
    )

    events = await client.get(f"/audit-gebeurtenissen?entiteitId={party}", headers=BEHEERDER_ARNHEM)

    event = events.json()["resultaten"][0]
    assert event["actie"] == "gewijzigd"
    assert event["actorNaam"] == "Regievoerder Arnhem"
    assert event["actorRol"] == "regievoerder"
    assert event["voor"]["vestigingsplaats"] == "Arnhem"
    assert event["na"]["vestigingsplaats"] == "Velp"


async def test_token_secrets_never_enter_the_audit_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    issued = await client.post(
        f"/gebruikers/{demo.account('lezer-arnhem')}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "Power BI"},
    )

    events = await client.get("/audit-gebeurtenissen?entiteit=token", headers=BEHEERDER_ARNHEM)

    secret = issued.json()["token"]
    assert secret not in events.text
    assert "hash" not in events.json()["resultaten"][0]["na"]


async def test_shared_party_changes_are_in_every_participants_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    await client.patch(
        f"/verbonden-partijen/{party}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"vestigingsplaats": "Velp"},
    )

    renkum = await client.get(f"/audit-gebeurtenissen?entiteitId={party}", headers=BEHEERDER_RENKUM)

    assert renkum.json()["aantal"] == 1


async def test_municipal_writes_stay_out_of_other_municipalities_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.put(
        f"/verbonden-partijen/{demo.party('De Connectie')}/regievoerders",
        headers=BEHEERDER_ARNHEM,
        json={"gebruikerIds": []},
    )

    renkum = await client.get(
        "/audit-gebeurtenissen?entiteit=regievoerders", headers=BEHEERDER_RENKUM
    )

    assert renkum.json()["aantal"] == 0


async def test_only_a_beheerder_reads_the_trail(client: AsyncClient) -> None:
    response = await client.get("/audit-gebeurtenissen", headers=REGIEVOERDER_ARNHEM)

    assert response.status_code == 403


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_gebeurtenissen SET actie = 'x'", "DELETE FROM audit_gebeurtenissen"]
)
async def test_the_database_refuses_to_change_or_remove_audit_events(
    client: AsyncClient, demo: DemoIds, session: AsyncSession, statement: str
) -> None:
    await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"vestigingsplaats": "Velp"},
    )

    with pytest.raises(DBAPIError, match="append-only"):
        await session.execute(text(statement))
