"""An app whose municipality Arnhem signs on with a realm of the test identity provider."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.config import Settings
from app.main import create_app
from tests.conftest import BASE_URL
from tests.databases import settings_for
from tests.oidc.fixtures import Provider, Realm


def oidc_settings(database_url: str, realm: Realm, **extra: object) -> Settings:
    values = settings_for(database_url).model_dump()
    return Settings(**{**values, **realm.settings(), **extra})


@pytest.fixture
def realm(oidc_provider: Provider) -> Realm:
    """Arnhem's identity provider, a realm of this test's own."""
    return oidc_provider.realm()


@pytest.fixture
async def oidc_app(database_url: str, realm: Realm) -> AsyncIterator[FastAPI]:
    application = create_app(oidc_settings(database_url, realm))
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def api(oidc_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the API of an app that trusts `realm` for Arnhem."""
    transport = httpx.ASGITransport(app=oidc_app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        yield http


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
