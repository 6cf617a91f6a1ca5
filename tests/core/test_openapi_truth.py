"""Finding 10 of issue 12: the OpenAPI document states every constraint the server enforces,
so a request the document allows is never refused for its shape, and one it forbids is
never accepted (schemathesis checks both; these tests pin the cases it found)."""

from typing import Any

import httpx
import pytest

from app.core.openapi import NO_NUL_PATTERN
from tests.auth_headers import BEHEERDER_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

METHODS = {"get", "post", "put", "patch", "delete"}


async def document(client: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await client.get("/openapi.json")).json())


def schema(doc: dict[str, Any], name: str, field: str) -> dict[str, Any]:
    return dict(doc["components"]["schemas"][name]["properties"][field])


async def test_finding_10_euro_amounts_are_documented_with_two_decimals_and_their_bounds(
    client: httpx.AsyncClient,
) -> None:
    doc = await document(client)

    bedrag = schema(doc, "LastenBaten", "lasten")

    assert bedrag["multipleOf"] == 0.01
    assert (bedrag["minimum"], bedrag["maximum"]) == (0, 9_999_999_999_999.99)


async def test_finding_10_a_float_with_binary_noise_is_read_as_the_amount_meant(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    """0.1 + 0.2 written by a JSON encoder is 0.30000000000000004: a multiple of 0.01 for
    every JSON Schema validator, and 0.30 for the server."""
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    body = {"omschrijving": "Ruis", "kans": 1, "impact": 1, "financieleOmvang": 0.1 + 0.2}

    response = await client.post(url, headers=REGIEVOERDER_ARNHEM, json=body)

    assert response.status_code == 201, response.text
    assert response.json()["financieleOmvang"] == 0.3


async def test_finding_10_an_amount_with_three_decimals_is_still_400(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    body = {"omschrijving": "Te precies", "kans": 1, "impact": 1, "financieleOmvang": 0.125}

    response = await client.post(url, headers=REGIEVOERDER_ARNHEM, json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["financieleOmvang"]


async def test_finding_10_the_documented_minimums_are_the_enforced_ones(
    client: httpx.AsyncClient,
) -> None:
    doc = await document(client)

    assert schema(doc, "RisicoNieuw", "financieleOmvang")["minimum"] == 0
    assert schema(doc, "EvaluatieNieuw", "tevredenheid")["minimum"] == 1
    assert schema(doc, "VoortgangsrapportageWijziging", "tevredenheid")["minimum"] == 1
    for field in ("bedrag", "percentage"):
        threshold = schema(doc, "AfwijkingsdrempelsInvoer", field)
        assert threshold["exclusiveMinimum"] == 0
        assert "minimum" not in threshold


@pytest.mark.parametrize("code", ["a.", " 1. ", "F", "10"])
async def test_finding_10_a_code_the_documented_pattern_allows_is_accepted(
    client: httpx.AsyncClient, code: str
) -> None:
    body = {"code": code, "deel": 2, "bron": "overig", "tekst": f"Aanbeveling {code}"}
    pattern = schema(await document(client), "AanbevelingNieuw", "code")["pattern"]

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert pattern.startswith("^")
    assert response.status_code == 201, response.text


async def test_finding_10_if_match_is_documented_as_required_wherever_its_absence_is_428(
    client: httpx.AsyncClient,
) -> None:
    doc = await document(client)
    optional = [
        f"{method} {path}"
        for path, item in doc["paths"].items()
        for method, operation in item.items()
        if method in METHODS
        for parameter in operation.get("parameters", [])
        if parameter["name"] == "If-Match" and not parameter.get("required")
    ]
    with_428 = [
        path
        for path, item in doc["paths"].items()
        for method, operation in item.items()
        if method in METHODS and "428" in operation["responses"]
    ]

    # a PUT that creates or replaces takes If-Match only to replace
    assert optional == [
        "put /verbonden-partijen/{party_id}/begrotingen/{jaar}",
        "put /afwijkingsdrempels",
    ]
    assert "/verbonden-partijen/{party_id}/wgr-termijnen" in with_428


async def test_finding_10_free_text_query_parameters_say_they_take_no_nul(
    client: httpx.AsyncClient,
) -> None:
    zoek = next(
        parameter
        for parameter in (await document(client))["paths"]["/verbonden-partijen"]["get"][
            "parameters"
        ]
        if parameter["name"] == "zoek"
    )

    refused = await client.get("/verbonden-partijen?zoek=a%00b", headers=BEHEERDER_ARNHEM)

    assert zoek["schema"]["pattern"] == NO_NUL_PATTERN
    assert refused.status_code == 400


async def test_finding_10_a_string_is_as_long_as_it_was_sent_white_space_included(
    client: httpx.AsyncClient,
) -> None:
    """2,001 characters starting with CR break `maxLength: 2000` before the server strips
    the CR: the document counts every character, so the server does too."""
    too_long = "\r" + "x" * 10_000
    body = {"code": "Z", "deel": 2, "bron": "overig", "tekst": too_long}

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["tekst"]


async def test_a_string_within_its_length_is_still_stripped(client: httpx.AsyncClient) -> None:
    body = {"code": "Y", "deel": 2, "bron": "overig", "tekst": "\r Kort \n"}

    response = await client.post("/aanbevelingen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 201, response.text
    assert response.json()["tekst"] == "Kort"
