"""The demo database with every domain's secrets planted through the API (the access
matrix's planters), made once per test process and copied for each test that needs it:
planting takes a second, a copy milliseconds.

`planted` is the database and its secrets; `demo_client` a client of the app over a fresh copy
(of the demo database, or of the planted one); `planted_client` such a client over the planted
one, for tests whose requests the matrix's resolvers build.
"""

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import pytest

from app.main import create_app
from tests.conftest import BASE_URL, DemoIds
from tests.databases import PostgresTemplates, SqliteTemplates
from tests.oidc.conftest import oidc_settings
from tests.oidc.fixtures import Provider, Realm
from tests.security.matrix import load_matrix
from tests.security.matrix.base import Secret

JWT_SUBJECT = "matrix-beheerder-arnhem"


@pytest.fixture(scope="session")
def matrix_realm(oidc_provider: Provider) -> Realm:
    """Arnhem's identity provider, where its beheerder signs in (the matrix's JWT caller)."""
    realm = oidc_provider.realm()
    realm.person(JWT_SUBJECT, "beheerder-arnhem@demo.example")
    return realm


@dataclass(frozen=True)
class Planted:
    """A database with the demo data and every domain's secrets, and those secrets."""

    url: str
    secrets: list[Secret]


@asynccontextmanager
async def app_client(url: str, realm: Realm) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app, started, on the database at `url`, trusting `realm` for Arnhem."""
    app = create_app(oidc_settings(url, realm))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
    ):
        yield client


@asynccontextmanager
async def demo_client(
    templates: SqliteTemplates | PostgresTemplates, realm: Realm, source: str | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app on a fresh copy of the demo database (or of the database at
    `source`), dropped afterwards."""
    url = await templates.new_database(source)
    try:
        async with app_client(url, realm) as client:
            yield client
    finally:
        await templates.drop_database(url)


async def plant_secrets(client: httpx.AsyncClient, demo: DemoIds) -> list[Secret]:
    secrets: list[Secret] = []
    for planter in load_matrix().planters:
        secrets.extend(await planter(client, demo))
    return secrets


async def plant(
    templates: SqliteTemplates | PostgresTemplates, realm: Realm, demo: DemoIds
) -> Planted:
    """The demo database with the secrets planted through the API, its app stopped."""
    url = await templates.new_database()
    async with app_client(url, realm) as client:
        secrets = await plant_secrets(client, demo)
    return Planted(url, secrets)


@pytest.fixture(scope="session")
def planted(
    templates: SqliteTemplates | PostgresTemplates, demo: DemoIds, matrix_realm: Realm
) -> Iterator[Planted]:
    """Planted once per test process: every cell starts from a copy of it."""
    found = asyncio.run(plant(templates, matrix_realm, demo))
    yield found
    asyncio.run(templates.drop_database(found.url))


@pytest.fixture
async def planted_client(
    templates: SqliteTemplates | PostgresTemplates, matrix_realm: Realm, planted: Planted
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app over a fresh copy of the planted database."""
    async with demo_client(templates, matrix_realm, planted.url) as client:
        yield client
