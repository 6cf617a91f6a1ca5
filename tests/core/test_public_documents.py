"""The OpenAPI document and the API index are readable from any origin; nothing else is."""

import pytest
from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM

ORIGIN = {"Origin": "https://elders.example"}


@pytest.mark.parametrize("path", ["/openapi.json", ""])
async def test_the_document_and_the_index_allow_every_origin(
    client: AsyncClient, path: str
) -> None:
    response = await client.get(path, headers=ORIGIN)

    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize("path", ["/health", "/verbonden-partijen"])
async def test_other_paths_do_not_allow_every_origin(client: AsyncClient, path: str) -> None:
    response = await client.get(path, headers={**ORIGIN, **BEHEERDER_ARNHEM})

    assert "access-control-allow-origin" not in response.headers
