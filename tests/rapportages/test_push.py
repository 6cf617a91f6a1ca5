"""Pushing a report: who may, idempotent retries, all or nothing, revisions."""

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.rapportages.models import IdempotentieSleutel, Meting, Rapportage
from tests.auth_headers import (
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    PARTNER_DUO,
    REGIEVOERDER_ARNHEM,
    as_,
)
from tests.conftest import DemoIds, QueryCounter

Q4 = {
    "periode": "2026-Q4",
    "soort": "prestaties",
    "toelichting": "Rustig kwartaal.",
    "metingen": [
        {"normCode": "INC-8U", "waarde": 93.5, "toelichting": "Piek in november."},
        {"normCode": "STORING-P1", "waarde": 1},
        {"normCode": "KTO", "periode": "2026-H2", "waarde": 8.1},
    ],
}


def partner(key: str | None = None) -> dict[str, str]:
    return {**PARTNER_DE_CONNECTIE, "Idempotency-Key": key or str(uuid.uuid4())}


def url_of(demo: DemoIds, party: str = "De Connectie") -> str:
    return f"/verbonden-partijen/{demo.party(party)}/rapportages"


async def count(session: AsyncSession, model: Any) -> int:
    return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def test_partner_pushes_a_report_and_gets_a_receipt(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url_of(demo), headers=partner(), json=Q4)

    assert response.status_code == 201, response.text
    receipt = response.json()
    assert response.headers["location"].endswith(f"/rapportages/{receipt['id']}")
    assert (receipt["revisie"], receipt["vervangt"], receipt["periode"]) == (1, None, "2026-Q4")
    assert receipt["ontvangenOp"].endswith("Z")
    assert [
        (m["normCode"], m["periode"], m["waarde"], m["uitkomst"]) for m in receipt["metingen"]
    ] == [
        ("INC-8U", "2026-Q4", 93.5, "aandacht"),  # target 97, tolerance 5
        ("STORING-P1", "2026-Q4", 1, "gehaald"),
        ("KTO", "2026-H2", 8.1, "gehaald"),
    ]
    stored = await client.get(response.headers["location"], headers=REGIEVOERDER_ARNHEM)
    assert stored.json()["metingen"][0]["toelichting"] == "Piek in november."


async def test_partner_of_de_connectie_pushing_to_duo_gets_404_and_nothing_is_stored(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    reports, keys = await count(session, Rapportage), await count(session, IdempotentieSleutel)
    body = {"periode": "2026-Q4", "metingen": [{"normCode": "KCC-30S", "waarde": 80}]}

    response = await client.post(url_of(demo, "Duo+"), headers=partner(), json=body)

    assert response.status_code == 404
    assert "Duo+" not in response.text
    assert await count(session, Rapportage) == reports
    assert await count(session, IdempotentieSleutel) == keys


async def test_partner_without_idempotency_key_gets_400_naming_the_header(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url_of(demo), headers=PARTNER_DE_CONNECTIE, json=Q4)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "Idempotency-Key"


async def test_regievoerder_pushes_on_behalf_of_the_partner_without_a_key(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url_of(demo), headers=REGIEVOERDER_ARNHEM, json=Q4)

    assert response.status_code == 201
    assert response.json()["ingediendDoorRol"] == "regievoerder"


async def test_only_the_partner_and_directors_push(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    mt = await client.post(url_of(demo), headers=MT_ARNHEM, json=Q4)
    other_partner = await client.post(
        url_of(demo), headers={**PARTNER_DUO, "Idempotency-Key": "k"}, json=Q4
    )
    deventer = await client.post(url_of(demo), headers=as_("regievoerder-deventer"), json=Q4)

    assert (mt.status_code, other_partner.status_code, deventer.status_code) == (403, 404, 404)


async def test_replay_with_the_same_key_returns_an_identical_response_and_stores_one_report(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    reports = await count(session, Rapportage)
    headers = partner("retry-me-1")

    first = await client.post(url_of(demo), headers=headers, json=Q4)
    second = await client.post(url_of(demo), headers=headers, json=Q4)

    assert first.status_code == second.status_code == 201
    assert first.content == second.content
    assert first.headers["location"] == second.headers["location"]
    assert first.headers["content-type"] == second.headers["content-type"]
    assert await count(session, Rapportage) == reports + 1


async def test_same_key_with_another_body_is_422(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    headers = partner("retry-me-2")
    first = await client.post(url_of(demo), headers=headers, json=Q4)
    reports = await count(session, Rapportage)

    other = await client.post(url_of(demo), headers=headers, json={**Q4, "toelichting": "Anders"})

    assert first.status_code == 201
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert await count(session, Rapportage) == reports


async def test_keys_belong_to_one_account(client: httpx.AsyncClient, demo: DemoIds) -> None:
    by_partner = await client.post(url_of(demo), headers=partner("shared-key"), json=Q4)
    by_regievoerder = await client.post(
        url_of(demo), headers={**REGIEVOERDER_ARNHEM, "Idempotency-Key": "shared-key"}, json=Q4
    )

    assert by_regievoerder.status_code == 201
    assert by_regievoerder.json()["id"] != by_partner.json()["id"]
    assert by_regievoerder.json()["revisie"] == 2


async def test_a_refused_push_is_not_remembered_so_its_key_can_be_retried(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    headers = partner("fix-and-retry")
    bad = {**Q4, "metingen": [{"normCode": "ONBEKEND", "waarde": 1}]}

    refused = await client.post(url_of(demo), headers=headers, json=bad)
    retried = await client.post(url_of(demo), headers=headers, json=Q4)

    assert refused.status_code == 400
    assert retried.status_code == 201


@pytest.mark.postgres_only
async def test_concurrent_pushes_with_one_key_store_exactly_one(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    reports = await count(session, Rapportage)
    headers = partner("racing-key")

    responses = await asyncio.gather(
        *(client.post(url_of(demo), headers=headers, json=Q4) for _ in range(2))
    )

    assert [r.status_code for r in responses] == [201, 201]
    assert responses[0].content == responses[1].content
    assert await count(session, Rapportage) == reports + 1


async def test_unknown_norm_code_and_wrong_period_in_one_push_give_one_400_naming_both(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    reports, metingen = await count(session, Rapportage), await count(session, Meting)
    body = {
        "periode": "2026-Q4",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 97},
            {"normCode": "BESTAAT-NIET", "waarde": 1},
            {"normCode": "KTO", "waarde": 8},  # half-yearly norm, quarterly period
        ],
    }

    response = await client.post(url_of(demo), headers=partner(), json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "metingen[1].normCode",
        "metingen[2].periode",
    ]
    assert await count(session, Rapportage) == reports
    assert await count(session, Meting) == metingen


async def test_values_out_of_range_and_duplicates_are_refused_together(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    body = {
        "periode": "2026-Q4",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 100.5},
            {"normCode": "STORING-P1", "waarde": 1.5},
            {"normCode": "INC-8U", "waarde": 90},
        ],
    }

    response = await client.post(url_of(demo), headers=partner(), json=body)

    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "metingen[0].waarde",
        "metingen[1].waarde",
        "metingen[2].normCode",
    ]


async def test_second_push_for_a_period_becomes_revision_2_and_the_time_series_uses_it(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    first = await client.post(url_of(demo), headers=partner(), json=Q4)
    correction = {**Q4, "metingen": [{"normCode": "INC-8U", "waarde": 98}]}

    second = await client.post(url_of(demo), headers=partner(), json=correction)

    assert second.status_code == 201
    assert (second.json()["revisie"], second.json()["vervangt"]) == (2, first.json()["id"])
    norm_id = second.json()["metingen"][0]["servicenormId"]
    series = await client.get(
        f"/servicenormen/{norm_id}/metingen?van=2026-Q4", headers=REGIEVOERDER_ARNHEM
    )
    [point] = series.json()["resultaten"]
    assert (point["waarde"], point["uitkomst"], point["revisie"]) == (98, "gehaald", 2)
    assert point["rapportageId"] == second.json()["id"]
    earlier = await client.get(f"/rapportages/{first.json()['id']}", headers=PARTNER_DE_CONNECTIE)
    assert earlier.json()["actueel"] is False
    assert earlier.json()["vervangenDoor"] == second.json()["id"]
    assert earlier.json()["metingen"][0]["waarde"] == 93.5


async def test_a_push_stores_its_metingen_in_a_constant_number_of_queries(
    client: httpx.AsyncClient, demo: DemoIds, queries: QueryCounter
) -> None:
    small = {
        "periode": "2026",
        "soort": "algemeen",
        "metingen": [{"normCode": "KTO", "periode": "2026-H2", "waarde": 7}],
    }
    months = [f"2026-{month:02d}" for month in range(1, 13)]
    created = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen",
        headers=REGIEVOERDER_ARNHEM,
        json={
            "code": "MAAND",
            "naam": "Maandcijfer",
            "eenheid": "aantal",
            "richting": "lager_is_beter",
            "doelwaarde": 5,
            "frequentie": "maand",
            "geldigVanaf": "2026-01-01",
        },
    )
    assert created.status_code == 201
    large = {
        "periode": "2026",
        "metingen": [{"normCode": "MAAND", "periode": m, "waarde": 3} for m in months]
        + [{"normCode": "KTO", "periode": p, "waarde": 7} for p in ("2026-H1", "2026-H2")],
    }

    # The first partner write of a rate-limit window also clears the token's older windows.
    assert (await client.post(url_of(demo), headers=partner(), json=small)).status_code == 201
    queries.count = 0
    assert (await client.post(url_of(demo), headers=partner(), json=small)).status_code == 201
    few = queries.count
    queries.count = 0
    assert (await client.post(url_of(demo), headers=partner(), json=large)).status_code == 201

    assert queries.count == few


async def test_finding_8_a_schema_error_and_an_unknown_code_are_reported_in_one_400(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    reports = await count(session, Rapportage)
    body = {
        "periode": "2026-Q4",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 97},
            {"normCode": "BESTAAT-NIET", "waarde": 1},
            {"normCode": "STORING-P1", "waarde": "abc"},
        ],
    }

    response = await client.post(url_of(demo), headers=partner(), json=body)

    assert response.status_code == 400
    assert sorted(p["name"] for p in response.json()["invalidParams"]) == [
        "metingen[1].normCode",
        "metingen[2].waarde",
    ]
    assert await count(session, Rapportage) == reports


async def test_finding_8_rules_on_valid_measurements_are_named_beside_schema_errors(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    body = {
        "periode": "2026-Q4",
        "metingen": [
            {"normCode": "KTO", "waarde": 8},  # half-yearly norm, quarterly period
            {"normCode": "INC-8U", "waarde": 101},  # a percentage over 100
            {"normCode": "INC-8U", "waarde": 90, "onbekend": 1},  # not in the schema
        ],
    }

    response = await client.post(url_of(demo), headers=partner(), json=body)

    assert response.status_code == 400
    assert sorted(p["name"] for p in response.json()["invalidParams"]) == [
        "metingen[0].periode",
        "metingen[1].waarde",
        "metingen[2].onbekend",
    ]


async def test_finding_8_another_partys_norms_are_not_looked_up_for_a_caller_who_cannot_push(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    body = {
        "periode": "2026-Q4",
        "metingen": [{"normCode": "BESTAAT-NIET", "waarde": "x"}, {"normCode": "ZZZ", "waarde": 1}],
    }

    response = await client.post(url_of(demo, "Duo+"), headers=partner(), json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["metingen[0].waarde"]
