"""Input the document does not allow is 400 with the field named, never a 500 or a silent
conversion, and nothing of it is stored."""

import json
import uuid
from datetime import date
from decimal import Decimal

import pytest
from httpx import AsyncClient
from pydantic import ValidationError

from app.verbonden_partijen.schemas import DeelnameCreate
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds

PROBLEM = "application/problem+json"
PARTY = {
    "naam": "Nieuwe partij",
    "vestigingsplaats": "Arnhem",
    "bbvCategorie": "overig",
    "rechtsvorm": "overig",
    "openbaarBelang": "Iets",
}


async def party_count(client: AsyncClient) -> int:
    listed = await client.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)
    return int(listed.json()["aantal"])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("naam", "nul\u0000byte"),
        ("vestigingsplaats", "surrogate \ud800"),
        ("begindatum", 0),
        ("begindatum", "0"),
        ("begindatum", "2026-01-01T00:00:00"),
        ("monitoringsniveau", "2"),
        ("monitoringsniveau", True),
        ("naam", 12),
    ],
)
async def test_a_body_value_of_the_wrong_kind_is_400_and_not_stored(
    client: AsyncClient, field: str, value: object
) -> None:
    before = await party_count(client)

    response = await client.post(
        "/verbonden-partijen",
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
        content=json.dumps({**PARTY, field: value}),  # ASCII: a lone surrogate as \ud800
    )

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == PROBLEM
    assert [param["name"] for param in response.json()["invalidParams"]] == [field]
    assert await party_count(client) == before


async def test_a_nested_nul_character_is_400_with_its_path(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={
            "organisatieId": str(demo.organisation("Diemen")),
            "bestuurlijkBelang": [{"orgaan": "overig", "bekleedDoor": "x\u0000"}],
        },
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "bestuurlijkBelang[0].bekleedDoor"


async def test_a_nul_character_in_the_query_is_400(client: AsyncClient) -> None:
    response = await client.get("/gebruikers?zoek=a%00b", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "zoek"


async def test_a_unix_time_for_a_timestamp_in_the_query_is_400(client: AsyncClient) -> None:
    response = await client.get("/audit-gebeurtenissen?vanaf=0.5", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "vanaf"


async def test_an_rfc3339_timestamp_in_the_query_is_accepted(client: AsyncClient) -> None:
    response = await client.get(
        "/audit-gebeurtenissen?vanaf=2026-01-01T00:00:00Z", headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 200


async def test_a_whole_number_written_as_a_float_is_an_integer(client: AsyncClient) -> None:
    response = await client.post(
        "/verbonden-partijen", headers=BEHEERDER_ARNHEM, json={**PARTY, "monitoringsniveau": 3.0}
    )

    assert response.status_code == 201
    assert response.json()["monitoringsniveau"] == 3


def test_data_the_service_stored_itself_validates_without_the_client_type_checks() -> None:
    stored = {"organisatieId": "00000000-0000-4000-8000-000000000000", "aandeel": "12.5"}

    deelname = DeelnameCreate.from_stored(stored)

    assert str(deelname.aandeel) == "12.5"
    with pytest.raises(ValidationError):
        DeelnameCreate.model_validate(stored)


def test_python_values_built_by_the_service_pass_the_json_type_check() -> None:
    deelname = DeelnameCreate.model_validate(
        {"organisatieId": uuid.uuid4(), "aandeel": Decimal("12.5"), "begindatum": date(2026, 1, 1)}
    )

    assert deelname.aandeel == Decimal("12.5")
