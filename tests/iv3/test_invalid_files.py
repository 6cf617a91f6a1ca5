"""A file CBS would refuse is refused whole: one 400 listing every problem with its JSON path
and CBS's `foutcode`, and nothing stored or changed."""

from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.iv3.models import Iv3Levering
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.iv3.bestanden import BEGROTING_2026, JAARREKENING_2026, as_bytes, changed

CONNECTIE = "De Connectie"


async def send(
    client: AsyncClient, demo: DemoIds, content: bytes, *, media_type: str = "application/json"
) -> Response:
    return await client.post(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/iv3-leveringen",
        params={"eenheid": "euro"},
        content=content,
        headers={**REGIEVOERDER_ARNHEM, "Content-Type": media_type},
    )


async def problems(client: AsyncClient, demo: DemoIds, document: Any) -> list[dict[str, str]]:
    response = await send(client, demo, as_bytes(document))
    assert response.status_code == 400, response.text
    found: list[dict[str, str]] = response.json()["invalidParams"]
    return found


def param(name: str, reason: str, foutcode: str | None = None) -> dict[str, str]:
    return {"name": name, "reason": reason} | ({"foutcode": foutcode} if foutcode else {})


async def test_a_missing_metadata_key_is_sf002(client: AsyncClient, demo: DemoIds) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, metadata__status=...)) == [
        param("metadata.status", "This key is required.", "SF002")
    ]


async def test_a_missing_contact_is_sf005(client: AsyncClient, demo: DemoIds) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, contact=...)) == [
        param("contact", "This key is required.", "SF005")
    ]


async def test_an_unknown_key_in_the_contact_is_sf007(client: AsyncClient, demo: DemoIds) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, contact__fax="026")) == [
        param("contact.fax", "This key is not part of the Iv3 format.", "SF007")
    ]


async def test_an_empty_contact_name_is_sf009(client: AsyncClient, demo: DemoIds) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, contact__naam="")) == [
        param("contact.naam", "'' does not match '\\\\S'", "SF009")
    ]


async def test_a_missing_balance_positions_part_is_sf015(
    client: AsyncClient, demo: DemoIds
) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, data__balans_standen=...)) == [
        param("data.balans_standen", "This key is required.", "SF015")
    ]


async def test_a_record_without_an_amount_is_sf017(client: AsyncClient, demo: DemoIds) -> None:
    document = changed(BEGROTING_2026, data__lasten__1__bedrag=...)
    assert await problems(client, demo, document) == [
        param("data.lasten[1].bedrag", "This key is required.", "SF017")
    ]


async def test_an_amount_that_is_no_number_names_the_record(
    client: AsyncClient, demo: DemoIds
) -> None:
    document = changed(BEGROTING_2026, data__baten__2__bedrag="200000")
    assert await problems(client, demo, document) == [
        param("data.baten[2].bedrag", "'200000' is not of type 'number'")
    ]


async def test_a_period_outside_the_code_list_names_the_allowed_ones(
    client: AsyncClient, demo: DemoIds
) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, metadata__periode=6)) == [
        param("metadata.periode", "6 is not one of [0, 1, 2, 3, 4, 5]", "SF004")
    ]


async def test_a_year_without_definitions_is_sf888(client: AsyncClient, demo: DemoIds) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, metadata__boekjaar=2024)) == [
        param(
            "metadata.boekjaar", "No Iv3 definitions for GR 2024; known: GR 2025, GR 2026.", "SF888"
        )
    ]


async def test_a_budget_delivered_as_realisation_is_refused(
    client: AsyncClient, demo: DemoIds
) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, metadata__status="Realisatie")) == [
        param("metadata.status", "Periode 0 is delivered with status Begroting.")
    ]


@pytest.mark.parametrize(
    ("path", "value", "name", "reason", "foutcode"),
    [
        (
            "data__lasten__0__taakveld",
            "0.12",
            "data.lasten[0].taakveld",
            "'0.12' is not a taakveld of 2026.",
            "DF001",
        ),
        (
            "data__baten__0__categorie",
            "1.1",
            "data.baten[0].categorie",
            "'1.1' is not a categorie (baten) of 2026.",
            "DF002",
        ),
        (
            "data__kengetallen__0__kengetal",
            "fk.7",
            "data.kengetallen[0].kengetal",
            "'fk.7' is not a kengetal of 2026.",
            "DF005",
        ),
        (
            "data__kengetallen__0__verslagperiode",
            "Rek_2023",
            "data.kengetallen[0].verslagperiode",
            "'Rek_2023' is not a verslagperiode of 2026.",
            "DF007",
        ),
    ],
)
async def test_a_code_outside_the_years_list_has_cbss_code(
    client: AsyncClient, demo: DemoIds, path: str, value: str, name: str, reason: str, foutcode: str
) -> None:
    assert await problems(client, demo, changed(BEGROTING_2026, **{path: value})) == [
        param(name, reason, foutcode)
    ]


async def test_an_unknown_balance_code_and_standper_are_df003_and_df004(
    client: AsyncClient, demo: DemoIds
) -> None:
    document = changed(
        JAARREKENING_2026,
        data__balans_standen__0__balanscode="A999",
        data__balans_standen__1__standper="1-1-2025",
    )
    assert await problems(client, demo, document) == [
        param("data.balans_standen[0].balanscode", "'A999' is not a balanscode of 2026.", "DF003"),
        param("data.balans_standen[1].standper", "'1-1-2025' is not a standper of 2026.", "DF004"),
    ]


async def test_a_grey_cell_is_refused(client: AsyncClient, demo: DemoIds) -> None:
    document = changed(
        BEGROTING_2026, data__lasten__0__taakveld="0.1", data__lasten__0__categorie="3.1"
    )
    assert await problems(client, demo, document) == [
        param(
            "data.lasten[0].categorie",
            "Categorie 3.1 may not be used with taakveld 0.1 (a grey cell).",
        )
    ]


async def test_lasten_that_do_not_equal_baten_are_pf006(client: AsyncClient, demo: DemoIds) -> None:
    document = changed(BEGROTING_2026, data__baten__1__bedrag=11_899_998)
    assert await problems(client, demo, document) == [
        param(
            "data.lasten",
            "Total lasten 12600000 differ from total baten 12599998 over all taakvelden "
            "(0.11 books the result); allowed: 1.",
            "PF006",
        )
    ]


async def test_a_balance_sheet_that_does_not_balance_is_pf007_and_pf008(
    client: AsyncClient, demo: DemoIds
) -> None:
    document = changed(
        JAARREKENING_2026,
        data__balans_standen__0__bedrag=5_000_000,
        data__balans_standen__5__bedrag=5_300_000,
    )
    assert await problems(client, demo, document) == [
        param(
            "data.balans_standen",
            "Assets 5000000 differ from liabilities 5250000 at the start of the year; allowed: 1.",
            "PF007",
        ),
        param(
            "data.balans_standen",
            "Assets 5300000 differ from liabilities 5200000 at the end of the year; allowed: 1.",
            "PF008",
        ),
    ]


async def test_every_problem_of_a_file_is_listed_at_once(
    client: AsyncClient, demo: DemoIds
) -> None:
    document = changed(
        BEGROTING_2026,
        data__lasten__0__taakveld="9.9",
        data__baten__0__categorie="9.9",
        data__kengetallen__1__kengetal="fk.9",
    )
    assert [p["name"] for p in await problems(client, demo, document)] == [
        "data.lasten[0].taakveld",
        "data.baten[0].categorie",
        "data.kengetallen[1].kengetal",
    ]


async def test_another_bodys_cbs_number_is_refused(client: AsyncClient, demo: DemoIds) -> None:
    document = changed(BEGROTING_2026, metadata__overheidsnummer="9002")
    assert await problems(client, demo, document) == [
        param("metadata.overheidsnummer", "Not this party's CBS number (9001).")
    ]


async def test_a_municipalitys_file_is_refused(client: AsyncClient, demo: DemoIds) -> None:
    document = changed(BEGROTING_2026, metadata__overheidslaag="Gemeente")
    assert await problems(client, demo, document) == [
        param(
            "metadata.boekjaar",
            "No Iv3 definitions for Gemeente 2026; known: GR 2025, GR 2026.",
            "SF888",
        ),
        param("metadata.overheidslaag", "A verbonden partij delivers as GR."),
    ]


async def test_a_party_without_a_cbs_number_takes_no_delivery(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.patch(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}",
        json={"cbsNummer": None},
        headers={**REGIEVOERDER_ARNHEM, "If-Match": "*"},
    )
    found = await problems(client, demo, BEGROTING_2026)
    assert [p["name"] for p in found] == ["metadata.overheidsnummer"]


async def test_text_that_is_no_json_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await send(client, demo, b"{metadata: 1")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "body"


async def test_json_nested_too_deep_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await send(client, demo, b"[" * 5_000 + b"]" * 5_000)
    assert response.status_code == 400
    assert "nests deeper" in response.json()["invalidParams"][0]["reason"]


async def test_another_media_type_is_415(client: AsyncClient, demo: DemoIds) -> None:
    response = await send(client, demo, as_bytes(BEGROTING_2026), media_type="text/plain")
    assert response.status_code == 415


async def test_the_unit_must_be_said(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/iv3-leveringen",
        content=as_bytes(BEGROTING_2026),
        headers={**REGIEVOERDER_ARNHEM, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "eenheid"


async def test_a_refused_file_stores_nothing_and_leaves_the_budget(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    url = f"/verbonden-partijen/{demo.party(CONNECTIE)}/begrotingen/2026"
    before = (await client.get(url, headers=REGIEVOERDER_ARNHEM)).json()
    deliveries = await session.scalar(select(func.count()).select_from(Iv3Levering))
    await problems(client, demo, changed(BEGROTING_2026, data__lasten__0__taakveld="0.12"))
    assert (await client.get(url, headers=REGIEVOERDER_ARNHEM)).json() == before
    assert await session.scalar(select(func.count()).select_from(Iv3Levering)) == deliveries
