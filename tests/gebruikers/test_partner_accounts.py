"""A partner account belongs to its party (API.md 1.1, issue 12 finding 3): only the
penvoerder's beheerder keeps it, the partner manages its own tokens, every such action is in
the party's shared trail, and every report names the token that pushed it.

In the demo, Arnhem is De Connectie's penvoerder and Renkum another participant."""

import uuid
from typing import Any

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds

PUSH = {"periode": "2026-Q4", "metingen": [{"normCode": "INC-8U", "waarde": 96}]}


def partner_account(demo: DemoIds) -> str:
    return f"/gebruikers/{demo.account('partner-de-connectie')}"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def push(client: AsyncClient, demo: DemoIds, headers: dict[str, str]) -> Any:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages",
        headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
        json=PUSH,
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_finding_3_another_participant_cannot_issue_a_partner_token(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(
        f"{partner_account(demo)}/tokens", headers=BEHEERDER_RENKUM, json={"omschrijving": "Ik"}
    )

    assert response.status_code == 403
    tokens = await client.get(f"{partner_account(demo)}/tokens", headers=BEHEERDER_RENKUM)
    assert [token["omschrijving"] for token in tokens.json()["resultaten"]] == ["Demo-token (vast)"]


async def test_finding_3_another_participant_cannot_deactivate_the_partner(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        partner_account(demo), headers=BEHEERDER_RENKUM, json={"actief": False}
    )

    assert response.status_code == 403
    assert (await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)).status_code == 200


async def test_finding_3_another_participant_cannot_revoke_a_partner_token(
    client: AsyncClient, demo: DemoIds
) -> None:
    tokens = await client.get(f"{partner_account(demo)}/tokens", headers=BEHEERDER_RENKUM)

    response = await client.delete(
        f"{partner_account(demo)}/tokens/{tokens.json()['resultaten'][0]['id']}",
        headers=BEHEERDER_RENKUM,
    )

    assert response.status_code == 403
    assert (await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)).status_code == 200


async def test_finding_3_every_participant_sees_which_token_pushed_a_report(
    client: AsyncClient, demo: DemoIds
) -> None:
    issued = await client.post(
        f"{partner_account(demo)}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "Arnhem namens De Connectie"},
    )
    assert issued.status_code == 201, issued.text

    receipt = await push(client, demo, bearer(issued.json()["token"]))
    seen_by_renkum = await client.get(f"/rapportages/{receipt['id']}", headers=MT_RENKUM)

    expected = {"id": issued.json()["id"], "omschrijving": "Arnhem namens De Connectie"}
    assert receipt["ingediendMetToken"] == expected
    assert seen_by_renkum.json()["ingediendMetToken"] == expected


async def test_a_report_names_the_partners_own_token(client: AsyncClient, demo: DemoIds) -> None:
    receipt = await push(client, demo, PARTNER_DE_CONNECTIE)

    listed = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages", headers=MT_RENKUM
    )

    assert receipt["ingediendMetToken"]["omschrijving"] == "Demo-token (vast)"
    assert all(r["ingediendMetToken"] is not None for r in listed.json()["resultaten"])


async def test_a_report_entered_by_a_regievoerder_names_its_token(
    client: AsyncClient, demo: DemoIds
) -> None:
    receipt = await push(client, demo, REGIEVOERDER_ARNHEM)

    assert receipt["ingediendDoorRol"] == "regievoerder"
    assert receipt["ingediendMetToken"]["omschrijving"] == "Demo-token (vast)"


async def test_only_the_penvoerder_creates_a_partner_account(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {
        "naam": "Tweede systeem",
        "rol": "partner",
        "verbondenPartijId": str(demo.party("De Connectie")),
    }

    by_renkum = await client.post("/gebruikers", headers=BEHEERDER_RENKUM, json=body)
    by_arnhem = await client.post("/gebruikers", headers=BEHEERDER_ARNHEM, json=body)

    assert by_renkum.status_code == 403
    assert by_arnhem.status_code == 201, by_arnhem.text


async def test_every_participant_reads_the_partner_account(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(partner_account(demo), headers=BEHEERDER_RENKUM)

    assert response.status_code == 200
    assert response.json()["rol"] == "partner"


async def test_the_penvoerder_deactivates_the_partner(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.patch(
        partner_account(demo), headers=BEHEERDER_ARNHEM, json={"actief": False}
    )

    assert response.status_code == 200
    assert (await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)).status_code == 401


async def test_a_partner_rotates_its_own_token(client: AsyncClient) -> None:
    issued = await client.post(
        "/gebruikersprofiel/tokens", headers=PARTNER_DE_CONNECTIE, json={"omschrijving": "Nieuw"}
    )
    new = bearer(issued.json()["token"])
    own = (await client.get("/gebruikersprofiel/tokens", headers=new)).json()["resultaten"]
    old_id = next(token["id"] for token in own if token["omschrijving"] == "Demo-token (vast)")

    revoked = await client.delete(f"/gebruikersprofiel/tokens/{old_id}", headers=new)

    assert issued.status_code == 201, issued.text
    assert revoked.status_code == 204
    assert (await client.get("/gebruikersprofiel", headers=PARTNER_DE_CONNECTIE)).status_code == 401
    assert (await client.get("/gebruikersprofiel", headers=new)).status_code == 200


async def test_a_partner_cannot_revoke_another_accounts_token(
    client: AsyncClient, demo: DemoIds
) -> None:
    tokens = await client.get(
        f"/gebruikers/{demo.account('lezer-arnhem')}/tokens", headers=BEHEERDER_ARNHEM
    )

    response = await client.delete(
        f"/gebruikersprofiel/tokens/{tokens.json()['resultaten'][0]['id']}",
        headers=PARTNER_DE_CONNECTIE,
    )

    assert response.status_code == 404


async def test_only_a_partner_manages_tokens_at_its_profile(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel/tokens", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 403


async def test_partner_account_actions_are_in_the_partys_shared_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.post(
        f"{partner_account(demo)}/tokens", headers=BEHEERDER_ARNHEM, json={"omschrijving": "A"}
    )
    await client.post(
        "/gebruikersprofiel/tokens", headers=PARTNER_DE_CONNECTIE, json={"omschrijving": "B"}
    )

    trail = await client.get(
        "/audit-gebeurtenissen",
        headers=BEHEERDER_RENKUM,
        params={"entiteit": "token", "verbondenPartijId": str(demo.party("De Connectie"))},
    )

    assert trail.status_code == 200, trail.text
    issued = {
        (event["actorNaam"], event["na"]["omschrijving"])
        for event in trail.json()["resultaten"]
        if event["actie"] == "token_uitgegeven"
    }
    assert {("Beheerder Arnhem", "A"), ("Systeem De Connectie", "B")} <= issued
