"""Issue 12, finding 6: the `Host` header never reaches a link. With `VPM_PUBLIC_URL` links
are built from it; without it only the hosts in `VPM_ALLOWED_HOSTS` are served and any
other is 400 problem+json, the unauthenticated index included."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from httpx import AsyncClient

from app.config import Settings
from app.main import create_app
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.databases import settings_for

PUBLIC = "https://vpmonitor.example.nl"
EVIL = {"Host": "evil.example"}


def assert_unknown_host(response: httpx.Response) -> None:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "evil.example" not in response.text


async def test_finding_6_the_unauthenticated_index_refuses_an_unknown_host(
    client: AsyncClient,
) -> None:
    assert_unknown_host(await client.get("", headers=EVIL))


async def test_finding_6_a_collection_refuses_an_unknown_host(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen", headers={**BEHEERDER_ARNHEM, **EVIL})

    assert_unknown_host(response)


async def test_finding_6_a_web_page_refuses_an_unknown_host(client: AsyncClient) -> None:
    assert_unknown_host(await client.get("http://testserver/inloggen", headers=EVIL))


async def test_finding_6_an_allowed_host_is_served_with_any_port_in_any_case(
    client: AsyncClient,
) -> None:
    assert (await client.get("", headers={"Host": "LOCALHOST"})).status_code == 200
    response = await client.get("", headers={"Host": "localhost:8443"})

    assert response.status_code == 200
    assert response.json()["_links"]["self"] == "http://localhost:8443/api/v1"


@pytest.fixture
async def public_client(database_url: str) -> AsyncIterator[AsyncClient]:
    settings = settings_for(database_url).model_copy(update={"public_url": PUBLIC + "/"})
    application: FastAPI = create_app(settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with AsyncClient(transport=transport, base_url="http://testserver/api/v1") as http:
            yield http


async def test_finding_6_with_a_public_url_the_index_links_to_it_whatever_the_host(
    public_client: AsyncClient,
) -> None:
    response = await public_client.get("", headers=EVIL)

    assert response.status_code == 200
    assert response.json()["_links"]["self"] == f"{PUBLIC}/api/v1"


async def test_finding_6_with_a_public_url_collection_links_and_locations_use_it(
    public_client: AsyncClient,
) -> None:
    listed = await public_client.get(
        "/verbonden-partijen?pageSize=1", headers={**BEHEERDER_ARNHEM, **EVIL}
    )
    created = await public_client.post(
        "/verbonden-partijen",
        headers={**BEHEERDER_ARNHEM, **EVIL},
        json={
            "naam": "Veiligheidsregio Test",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "gemeenschappelijke_regeling",
            "rechtsvorm": "openbaar_lichaam",
            "openbaarBelang": "Veiligheid",
        },
    )

    assert listed.status_code == 200, listed.text
    links = listed.json()["_links"]
    assert links["self"].startswith(f"{PUBLIC}/api/v1/verbonden-partijen?")
    assert links["next"].startswith(f"{PUBLIC}/api/v1/verbonden-partijen?")
    assert created.status_code == 201, created.text
    assert created.headers["location"].startswith(f"{PUBLIC}/api/v1/verbonden-partijen/")


async def test_finding_6_a_public_url_with_a_path_prefixes_the_links(database_url: str) -> None:
    settings = settings_for(database_url).model_copy(update={"public_url": f"{PUBLIC}/monitor"})
    application = create_app(settings)
    transport = httpx.ASGITransport(app=application)
    async with AsyncClient(transport=transport, base_url="http://testserver/api/v1") as http:
        response = await http.get("", headers=EVIL)

    assert response.json()["_links"]["self"] == f"{PUBLIC}/monitor/api/v1"


def test_finding_6_the_allowed_hosts_default_to_this_machine_and_read_comma_separated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().allowed_hosts == ["127.0.0.1", "localhost"]
    monkeypatch.setenv("VPM_ALLOWED_HOSTS", "vpmonitor.intern, vpm.example.nl")
    assert Settings().allowed_hosts == ["vpmonitor.intern", "vpm.example.nl"]
