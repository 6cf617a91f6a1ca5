"""Issue 12, finding 9 (in part): JSON exchanged between systems is UTF-8 (RFC 8259). A body
in UTF-16, or one that starts with a byte-order mark, is 400 problem+json and stores nothing."""

import codecs
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM

PARTY = {
    "naam": "Coöperatie Test",
    "vestigingsplaats": "Arnhem",
    "bbvCategorie": "overig",
    "rechtsvorm": "overig",
    "openbaarBelang": "Test",
}
TEXT = json.dumps(PARTY, ensure_ascii=False)


async def post_party(
    client: AsyncClient, body: bytes, media_type: str
) -> tuple[int, dict[str, Any]]:
    response = await client.post(
        "/verbonden-partijen",
        content=body,
        headers={**BEHEERDER_ARNHEM, "Content-Type": media_type},
    )
    return response.status_code, response.json()


async def stored_names(client: AsyncClient) -> list[str]:
    response = await client.get("/verbonden-partijen?pageSize=100", headers=BEHEERDER_ARNHEM)
    return [party["naam"] for party in response.json()["resultaten"]]


@pytest.mark.parametrize(
    "body",
    [
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        codecs.BOM_UTF8 + TEXT.encode(),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-16", "utf-16-le", "utf-16-be", "utf-8 with bom", "utf-32", "windows-1252"],
)
async def test_finding_9_a_json_body_that_is_not_utf8_is_400_and_stores_nothing(
    client: AsyncClient, body: bytes
) -> None:
    status, problem = await post_party(client, body, "application/json; charset=utf-16")

    assert status == 400
    assert problem["invalidParams"][0]["name"] == "body"
    assert "UTF-8" in problem["invalidParams"][0]["reason"]
    assert PARTY["naam"] not in await stored_names(client)


async def test_finding_9_a_utf16_body_without_a_content_type_is_400(client: AsyncClient) -> None:
    response = await client.post(
        "/verbonden-partijen", content=TEXT.encode("utf-16"), headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 400
    assert PARTY["naam"] not in await stored_names(client)


async def test_finding_9_a_merge_patch_body_in_utf16_is_400(client: AsyncClient) -> None:
    status, _ = await post_party(
        client, b'{"naam": "x"}'.decode().encode("utf-16"), "application/merge-patch+json"
    )

    assert status == 400


async def test_finding_9_a_json_body_in_utf8_is_served(client: AsyncClient) -> None:
    status, created = await post_party(client, TEXT.encode(), "application/json")

    assert status == 201, created
    assert created["naam"] == PARTY["naam"]


async def test_a_streamed_json_body_over_the_limit_is_still_413_problem_json(
    client: AsyncClient,
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(6):
            yield b" " * (1024 * 1024)

    response = await client.post(
        "/verbonden-partijen",
        content=chunks(),
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
    )

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
