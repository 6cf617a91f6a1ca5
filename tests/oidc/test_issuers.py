"""Several issuers on one service: a token only ever reaches its own issuer's municipality."""

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc.secrets import new_key
from app.config import Settings
from app.gebruikers.uitgevers import NieuweUitgever, add_issuer, remove_issuer
from tests.conftest import DemoIds
from tests.oidc.conftest import bearer
from tests.oidc.fixtures import API_AUDIENCE, CLIENT_ID, CLIENT_SECRET, Provider, Realm


@pytest.fixture
async def renkum(oidc_provider: Provider, session: AsyncSession) -> Realm:
    """Renkum's identity provider, registered as `vpmonitor oidc add` does."""
    realm = oidc_provider.realm()
    data = NieuweUitgever(realm.issuer, "GM0274", CLIENT_ID, CLIENT_SECRET, API_AUDIENCE)
    await add_issuer(session, data, Settings(oidc_encryption_keys=new_key()))
    await session.commit()
    return realm


async def test_a_registered_issuer_signs_in_its_own_municipalitys_people(
    api: AsyncClient, renkum: Realm, demo: DemoIds
) -> None:
    sub = renkum.person("r-1", "mt-renkum@demo.example")

    response = await api.get("/gebruikersprofiel", headers=bearer(renkum.access_token(sub)))

    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(demo.account("mt-renkum"))


async def test_arnhems_issuer_never_reaches_renkums_accounts_even_with_their_email(
    api: AsyncClient, realm: Realm, renkum: Realm
) -> None:
    sub = realm.person("a-1", "beheerder-renkum@demo.example")

    response = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))

    assert response.status_code == 403
    assert "no VP Monitor account of Arnhem" in response.json()["detail"]


async def test_renkums_issuer_never_reaches_arnhems_accounts(
    api: AsyncClient, renkum: Realm
) -> None:
    sub = renkum.person("r-2", "beheerder-arnhem@demo.example")

    response = await api.get("/gebruikersprofiel", headers=bearer(renkum.access_token(sub)))

    assert response.status_code == 403
    assert "no VP Monitor account of Renkum" in response.json()["detail"]


async def test_a_removed_issuer_is_refused_from_the_next_request_on(
    api: AsyncClient, renkum: Realm, session: AsyncSession
) -> None:
    token = renkum.access_token(renkum.person("r-3", "mt-renkum@demo.example"))
    before = await api.get("/gebruikersprofiel", headers=bearer(token))
    await remove_issuer(session, renkum.issuer)
    await session.commit()

    after = await api.get("/gebruikersprofiel", headers=bearer(token))

    assert before.status_code == 200
    assert after.status_code == 401
