"""The API accepts access tokens (JWT) of the municipality's identity provider, a real OpenID
provider process (tests/oidc/provider.py), and maps them to existing accounts only."""

import time

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc.models import OidcKoppeling
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.oidc.conftest import bearer
from tests.oidc.fixtures import Realm


async def test_an_access_token_reads_as_the_account_with_the_verified_email(
    api: AsyncClient, realm: Realm, demo: DemoIds
) -> None:
    sub = realm.person("p-001", "mt-arnhem@demo.example")

    response = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))

    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(demo.account("mt-arnhem"))
    assert response.json()["rol"] == "mt"


async def test_role_and_municipality_come_from_the_account_not_the_token(
    api: AsyncClient, realm: Realm
) -> None:
    sub = realm.person("p-002", "lezer-arnhem@demo.example", rol="beheerder", roles=["admin"])

    response = await api.get("/gebruikers", headers=bearer(realm.access_token(sub)))

    assert response.status_code == 403


async def test_once_linked_the_subject_is_found_whatever_its_email_says_later(
    api: AsyncClient, realm: Realm, demo: DemoIds
) -> None:
    sub = realm.person("p-003", "regievoerder-arnhem@demo.example")
    first = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))
    realm.person(sub, "iemand-anders@demo.example", verified=False)

    later = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))

    assert first.status_code == later.status_code == 200
    assert later.json()["id"] == str(demo.account("regievoerder-arnhem"))


async def test_the_first_use_stores_one_link(
    api: AsyncClient, realm: Realm, session: AsyncSession, demo: DemoIds
) -> None:
    sub = realm.person("p-004", "beheerder-arnhem@demo.example")
    token = realm.access_token(sub)
    for _ in range(2):
        assert (await api.get("/gebruikersprofiel", headers=bearer(token))).status_code == 200

    links = (await session.execute(select(OidcKoppeling))).scalars().all()

    assert [(link.issuer, link.sub, link.gebruiker_id) for link in links] == [
        (realm.issuer, sub, demo.account("beheerder-arnhem"))
    ]


async def test_an_unverified_email_is_not_linked_at_the_first_sign_in(
    api: AsyncClient, realm: Realm, session: AsyncSession
) -> None:
    sub = realm.person("p-005", "mt-arnhem@demo.example", verified=False)

    response = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))

    assert response.status_code == 403
    assert "verified e-mail" in response.json()["detail"]
    assert (await session.execute(select(OidcKoppeling))).first() is None


async def test_a_person_without_an_account_gets_403_and_no_account(
    api: AsyncClient, realm: Realm
) -> None:
    sub = realm.person("p-006", "nieuw@arnhem.example")

    response = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))
    accounts = await api.get("/gebruikers", params={"zoek": "nieuw@"}, headers=BEHEERDER_ARNHEM)

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert "no VP Monitor account of Arnhem" in response.json()["detail"]
    assert accounts.json()["resultaten"] == []


async def test_a_deactivated_account_is_refused(
    api: AsyncClient, realm: Realm, demo: DemoIds
) -> None:
    sub = realm.person("p-007", "lezer-arnhem@demo.example")
    url = f"/gebruikers/{demo.account('lezer-arnhem')}"
    current = await api.get(url, headers=BEHEERDER_ARNHEM)
    deactivated = await api.patch(
        url,
        json={"actief": False},
        headers={**BEHEERDER_ARNHEM, "If-Match": current.headers.get("etag", "*")},
    )
    assert deactivated.status_code == 200, deactivated.text

    response = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))

    assert response.status_code == 403
    assert "deactivated" in response.json()["detail"]


async def test_a_token_within_the_clock_skew_is_accepted(api: AsyncClient, realm: Realm) -> None:
    sub = realm.person("p-008", "mt-arnhem@demo.example")
    now = int(time.time())
    token = realm.access_token(sub, exp=now - 30, nbf=now + 30, iat=now + 30)

    response = await api.get("/gebruikersprofiel", headers=bearer(token))

    assert response.status_code == 200, response.text


async def test_the_opaque_tokens_keep_working_beside_the_issuer(api: AsyncClient) -> None:
    response = await api.get("/gebruikersprofiel", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 200
