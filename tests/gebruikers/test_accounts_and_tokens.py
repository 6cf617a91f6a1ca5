"""Accounts and tokens: kept by the municipality's beheerder, tokens hashed, shown once."""

import uuid
from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Token
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    BEHEERDER_RENKUM,
    MT_ARNHEM,
)
from tests.conftest import DemoIds


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def new_account(client: AsyncClient, **fields: object) -> dict[str, object]:
    body = {"naam": "Analist", "rol": "lezer", **fields}
    response = await client.post("/gebruikers", headers=BEHEERDER_ARNHEM, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def issue(client: AsyncClient, account_id: object, **fields: object) -> dict[str, str]:
    response = await client.post(
        f"/gebruikers/{account_id}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "Power BI", **fields},
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_beheerder_creates_an_account_in_its_own_municipality(
    client: AsyncClient, demo: DemoIds
) -> None:
    account = await new_account(client, email="Analist@Arnhem.nl")

    assert account["organisatieId"] == str(demo.organisation("Arnhem"))
    assert account["email"] == "analist@arnhem.nl"
    assert account["actief"] is True


async def test_only_a_beheerder_manages_accounts(client: AsyncClient) -> None:
    response = await client.get("/gebruikers", headers=MT_ARNHEM)

    assert response.status_code == 403


async def test_beheerder_sees_own_accounts_and_partner_accounts_of_its_parties(
    client: AsyncClient,
) -> None:
    response = await client.get("/gebruikers?pageSize=100", headers=BEHEERDER_ARNHEM)

    emails = {account["email"] for account in response.json()["resultaten"]}
    assert "partner-de-connectie@demo.example" in emails
    assert "partner-duo@demo.example" not in emails
    assert not any("renkum" in email for email in emails)


async def test_another_municipalitys_account_is_404(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/gebruikers/{demo.account('mt-renkum')}", headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 404


async def test_partner_account_needs_a_visible_party(client: AsyncClient, demo: DemoIds) -> None:
    missing = await client.post(
        "/gebruikers", headers=BEHEERDER_ARNHEM, json={"naam": "Systeem", "rol": "partner"}
    )
    foreign = await client.post(
        "/gebruikers",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "Systeem", "rol": "partner", "verbondenPartijId": str(demo.party("Duo+"))},
    )

    assert missing.status_code == 400
    assert missing.json()["invalidParams"][0]["name"] == "verbondenPartijId"
    assert foreign.status_code == 400
    assert foreign.json()["invalidParams"][0]["name"] == "verbondenPartijId"


async def test_partner_account_of_a_shared_party_is_visible_to_every_participant(
    client: AsyncClient, demo: DemoIds
) -> None:
    created = await client.post(
        "/gebruikers",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": "Rapportagesysteem",
            "rol": "partner",
            "verbondenPartijId": str(demo.party("De Connectie")),
        },
    )

    renkum = await client.get(f"/gebruikers/{created.json()['id']}", headers=BEHEERDER_RENKUM)
    diemen = await client.get(f"/gebruikers/{created.json()['id']}", headers=BEHEERDER_DIEMEN)
    assert created.json()["organisatieId"] is None
    assert renkum.status_code == 200
    assert diemen.status_code == 404


async def test_duplicate_email_is_409(client: AsyncClient) -> None:
    await new_account(client, email="dubbel@arnhem.nl")

    response = await client.post(
        "/gebruikers",
        headers=BEHEERDER_ARNHEM,
        json={"naam": "B", "rol": "mt", "email": "DUBBEL@arnhem.nl"},
    )

    assert response.status_code == 409


async def test_token_is_shown_once_and_stored_only_as_a_hash(
    client: AsyncClient, session: AsyncSession
) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])

    listed = await client.get(f"/gebruikers/{account['id']}/tokens", headers=BEHEERDER_ARNHEM)
    stored = (await session.execute(select(Token.hash, Token.prefix))).all()

    secret = issued["token"]
    assert secret.startswith("vpm_")
    assert secret not in listed.text
    assert listed.json()["resultaten"][0]["prefix"] == secret[:8]
    assert all(secret not in (hash_, prefix) for hash_, prefix in stored if len(prefix) > 8)
    assert not any(hash_ == secret for hash_, _ in stored)


async def test_a_new_token_works_and_a_revoked_one_stops_at_once(client: AsyncClient) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])

    before = await client.get("/gebruikersprofiel", headers=bearer(issued["token"]))
    revoked = await client.delete(
        f"/gebruikers/{account['id']}/tokens/{issued['id']}", headers=BEHEERDER_ARNHEM
    )
    after = await client.get("/gebruikersprofiel", headers=bearer(issued["token"]))

    assert before.status_code == 200
    assert before.json()["rol"] == "lezer"
    assert revoked.status_code == 204
    assert after.status_code == 401


async def test_token_of_a_deactivated_account_stops_working(client: AsyncClient) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])

    await client.patch(
        f"/gebruikers/{account['id']}", headers=BEHEERDER_ARNHEM, json={"actief": False}
    )

    response = await client.get("/gebruikersprofiel", headers=bearer(issued["token"]))
    assert response.status_code == 401


async def test_token_expiry_must_lie_ahead_within_a_year(client: AsyncClient) -> None:
    account = await new_account(client)
    now = datetime.now(UTC)

    past = await client.post(
        f"/gebruikers/{account['id']}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "x", "verlooptOp": (now - timedelta(days=1)).isoformat()},
    )
    far = await client.post(
        f"/gebruikers/{account['id']}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "x", "verlooptOp": (now + timedelta(days=800)).isoformat()},
    )
    naive = await client.post(
        f"/gebruikers/{account['id']}/tokens",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "x", "verlooptOp": "2027-01-01T00:00:00"},
    )

    assert past.status_code == far.status_code == naive.status_code == 400


async def test_an_expired_token_is_401(client: AsyncClient, session: AsyncSession) -> None:
    account = await new_account(client)
    issued = await issue(client, account["id"])
    token = await session.get(Token, uuid.UUID(issued["id"]))
    assert token is not None
    token.verloopt_op = datetime.now(UTC) - timedelta(seconds=1)
    await session.commit()

    response = await client.get("/gebruikersprofiel", headers=bearer(issued["token"]))

    assert response.status_code == 401


async def test_beheerder_cannot_lock_itself_out(client: AsyncClient, demo: DemoIds) -> None:
    own = f"/gebruikers/{demo.account('beheerder-arnhem')}"

    deactivate = await client.patch(own, headers=BEHEERDER_ARNHEM, json={"actief": False})
    demote = await client.patch(own, headers=BEHEERDER_ARNHEM, json={"rol": "lezer"})

    assert deactivate.status_code == demote.status_code == 409


async def test_an_assigned_regievoerder_keeps_its_role_until_reassigned(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/gebruikers/{demo.account('regievoerder-arnhem')}"

    refused = await client.patch(url, headers=BEHEERDER_ARNHEM, json={"rol": "lezer"})
    await client.put(
        f"/verbonden-partijen/{demo.party('De Connectie')}/regievoerders",
        headers=BEHEERDER_ARNHEM,
        json={"gebruikerIds": []},
    )
    allowed = await client.patch(url, headers=BEHEERDER_ARNHEM, json={"rol": "lezer"})

    assert refused.status_code == 409
    assert allowed.status_code == 200


async def test_municipal_account_cannot_become_a_partner(client: AsyncClient) -> None:
    account = await new_account(client)

    response = await client.patch(
        f"/gebruikers/{account['id']}", headers=BEHEERDER_ARNHEM, json={"rol": "partner"}
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "rol"
