"""The OpenAPI document speaks Dutch and documents the headers and media types clients need."""

from typing import Any

import pytest
from httpx import AsyncClient

from app.openapi_teksten import OPERATIES
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds

METHODS = {"get", "post", "put", "patch", "delete"}


def operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (method, operation)
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_every_operation_has_a_dutch_summary_and_description(openapi: dict[str, Any]) -> None:
    missing = [
        op["operationId"] for _, op in operations(openapi) if op["operationId"] not in OPERATIES
    ]

    assert missing == [], "add a Dutch summary and description to app/openapi_teksten.py"


def test_every_text_belongs_to_an_operation(openapi: dict[str, Any]) -> None:
    ids = {op["operationId"] for _, op in operations(openapi)}

    assert sorted(OPERATIES.keys() - ids) == []


def test_the_document_shows_the_dutch_texts(openapi: dict[str, Any]) -> None:
    shown = {op["operationId"]: (op["summary"], op["description"]) for _, op in operations(openapi)}

    assert shown == OPERATIES


def test_no_response_keeps_fastapis_english_default(openapi: dict[str, Any]) -> None:
    english = [
        (op["operationId"], code)
        for _, op in operations(openapi)
        for code, response in op["responses"].items()
        if response["description"] == "Successful Response"
    ]

    assert english == []


def test_every_patch_takes_a_merge_patch(openapi: dict[str, Any]) -> None:
    patches = [op for method, op in operations(openapi) if method == "patch"]

    assert patches
    assert all(
        list(op["requestBody"]["content"]) == ["application/merge-patch+json"] for op in patches
    )


def test_writes_with_if_match_and_their_reads_document_the_etag(openapi: dict[str, Any]) -> None:
    item = openapi["paths"]["/verbonden-partijen/{party_id}"]

    for method in ("get", "patch"):
        assert "ETag" in item[method]["responses"]["200"]["headers"]
    if_match = next(p for p in item["patch"]["parameters"] if p["name"] == "If-Match")
    assert "412" in if_match["description"]


@pytest.mark.parametrize("media_type", ["application/merge-patch+json", "application/json"])
async def test_a_merge_patch_is_accepted_under_its_own_media_type(
    client: AsyncClient, demo: DemoIds, media_type: str
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    etag = (await client.get(url, headers=BEHEERDER_ARNHEM)).headers["etag"]

    response = await client.patch(
        url,
        headers={**BEHEERDER_ARNHEM, "If-Match": etag, "Content-Type": media_type},
        content=b'{"vestigingsplaats": "Velp"}',
    )

    assert response.status_code == 200
    assert response.json()["vestigingsplaats"] == "Velp"
