"""Every write leaves an append-only audit event that the municipality's beheerder can read."""

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from tests.audit.scenarios import all_scenarios
from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_RENKUM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


SCENARIOS = all_scenarios()


def write_operations(app: FastAPI) -> set[tuple[str, str]]:
    """Every write operation, from the OpenAPI document: since FastAPI 0.165 `app.routes` holds
    included routers as one `_IncludedRouter` each, not their `APIRoute`s."""
    return {
        (method.upper(), f"/api/v1{path}")
        for path, item in app.openapi()["paths"].items()
        for method in item
        if method.upper() in WRITE_METHODS
    }


def test_every_write_operation_has_an_audit_scenario(app: FastAPI) -> None:
    writes = write_operations(app)
    assert ("POST", "/api/v1/verbonden-partijen") in writes  # the guard sees the routes
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

    response = await client.request(
        write.method, write.url, json=write.body, content=write.content, headers=write.headers
    )

    assert response.status_code < 300, response.text
    events = (await client.get("/audit-gebeurtenissen", headers=BEHEERDER_ARNHEM)).json()
    new_events = events["resultaten"][: events["aantal"] - before]
    event = next(event for event in new_events if event["entiteit"] == write.entiteit)
    assert event["actorNaam"]
    assert event["actorRol"] in {"beheerder", "mt", "regievoerder", "lezer", "partner"}
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


async def test_private_role_holders_stay_out_of_other_participants_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    rows = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames", headers=BEHEERDER_ARNHEM
    )
    own = next(row["id"] for row in rows.json()["resultaten"] if row["eigen"])
    await client.patch(
        f"/deelnames/{own}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"eigenaarsrolHouder": "wethouder Geheim", "aandeel": 60},
    )

    renkum = await client.get(f"/audit-gebeurtenissen?entiteitId={own}", headers=BEHEERDER_RENKUM)
    arnhem = await client.get(f"/audit-gebeurtenissen?entiteitId={own}", headers=BEHEERDER_ARNHEM)

    assert renkum.json()["aantal"] == 1
    assert "wethouder Geheim" not in renkum.text
    assert "eigenaarsrol_houder" not in renkum.json()["resultaten"][0]["na"]
    assert "wethouder Geheim" in arnhem.text
