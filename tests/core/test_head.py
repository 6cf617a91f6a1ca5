"""Every GET answers HEAD: the same status and headers, no body (NL API Design Rules)."""

import pytest
from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.security.matrix.base import HEADERS, Context
from tests.security.test_access_matrix import OPERATIONS, build_request

GET_OPERATIONS = sorted(oid for oid, operation in OPERATIONS.items() if operation.method == "GET")
# Headers that differ between any two responses.
PER_RESPONSE = {"x-request-id", "date"}


def test_the_document_has_get_operations_to_check() -> None:
    assert len(GET_OPERATIONS) > 40


@pytest.mark.parametrize("operation_id", GET_OPERATIONS)
async def test_head_answers_like_get_without_a_body(
    planted_client: AsyncClient, demo: DemoIds, operation_id: str
) -> None:
    client = planted_client  # the objects the matrix's resolvers look up are there
    ctx = Context("gedeeld", demo, client)
    get = await build_request(OPERATIONS[operation_id], ctx, "beheerder", HEADERS["beheerder"])
    got = await client.send(get)
    head = client.build_request("HEAD", get.url, headers=get.headers)
    answered = await client.send(head)

    assert answered.status_code == got.status_code != 405
    assert answered.content == b""
    assert answered.headers.get("content-type") == got.headers.get("content-type")
    assert answered.headers.get("etag") == got.headers.get("etag")


async def test_head_on_a_missing_path_is_404(client: AsyncClient) -> None:
    response = await client.head("/nergens", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 404
    assert response.content == b""


async def test_allow_names_head_wherever_get_is_allowed(client: AsyncClient) -> None:
    response = await client.put("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"


async def test_head_is_not_allowed_where_get_is_not(client: AsyncClient) -> None:
    response = await client.head("/aanbevelingen/_import", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
