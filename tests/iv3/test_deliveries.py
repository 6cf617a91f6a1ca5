"""Iv3 deliveries fill the party's budget year from the file a GR delivers to CBS: the budget
(periode 0), a quarter (1–4) and the annual accounts (5), through the same write as a PUT."""

import uuid
from typing import Any

from httpx import AsyncClient, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.iv3.models import Iv3Regel
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds
from tests.iv3.bestanden import (
    BEGROTING_2026,
    JAARREKENING_2026,
    KWARTAAL_2_2026,
    as_bytes,
    bestand,
    changed,
    in_thousands,
)

CONNECTIE = "De Connectie"


def url(demo: DemoIds, party: str = CONNECTIE) -> str:
    return f"/verbonden-partijen/{demo.party(party)}/iv3-leveringen"


async def deliver(
    client: AsyncClient,
    demo: DemoIds,
    document: Any,
    *,
    eenheid: str = "euro",
    headers: dict[str, str] | None = None,
    key: str | None = None,
) -> Response:
    sent = dict(headers or REGIEVOERDER_ARNHEM)
    sent["Content-Type"] = "application/json"
    if key:
        sent["Idempotency-Key"] = key
    return await client.post(
        url(demo), params={"eenheid": eenheid}, content=as_bytes(document), headers=sent
    )


async def budget(client: AsyncClient, demo: DemoIds, jaar: int = 2026) -> dict[str, Any]:
    response = await client.get(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/begrotingen/{jaar}", headers=BEHEERDER_ARNHEM
    )
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


async def test_a_budget_delivery_fills_the_original_budget_with_the_totals_before_reserves(
    client: AsyncClient, demo: DemoIds
) -> None:
    before = await budget(client, demo)
    response = await deliver(client, demo, BEGROTING_2026)
    assert response.status_code == 201, response.text
    after = await budget(client, demo)
    assert after["primitief"] == {"lasten": 12_500_000, "baten": 12_400_000}
    assert after["naWijziging"] == before["naWijziging"]
    assert after["bijdragen"] == before["bijdragen"]
    assert after["versie"] == before["versie"] + 1


async def test_the_receipt_gives_totals_before_and_after_reserves_and_the_fields_filled(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await deliver(client, demo, BEGROTING_2026)
    body = response.json()
    assert body["cijfers"]["voorReserves"] == {
        "lasten": 12_500_000,
        "baten": 12_400_000,
        "saldo": -100_000,
    }
    assert body["cijfers"]["naReserves"] == {"lasten": 12_600_000, "baten": 12_600_000, "saldo": 0}
    assert body["begroting"]["velden"] == ["primitief"]
    assert body["ongewijzigd"] is False
    assert body["aantalRegels"] == 10
    assert body["ingediendDoor"]["rol"] == "regievoerder"
    assert response.headers["Location"].endswith(f"/iv3-leveringen/{body['id']}")


async def test_a_quarter_of_realisations_fills_the_realisation_to_date(
    client: AsyncClient, demo: DemoIds
) -> None:
    before = await budget(client, demo)
    response = await deliver(client, demo, KWARTAAL_2_2026)
    assert response.status_code == 201, response.text
    after = await budget(client, demo)
    assert after["realisatieTotHeden"] == {
        "periode": "2026-Q2",
        "lasten": 4_700_000,
        "baten": 6_000_000,
    }
    assert after["realisatie"] == before["realisatie"]
    assert after["primitief"] == before["primitief"]


async def test_an_earlier_quarter_after_a_later_one_leaves_the_realisation_to_date(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, KWARTAAL_2_2026)
    first_quarter = changed(KWARTAAL_2_2026, metadata__periode=1)
    response = await deliver(client, demo, first_quarter)
    assert response.json()["begroting"]["velden"] == []
    assert (await budget(client, demo))["realisatieTotHeden"]["periode"] == "2026-Q2"


async def test_a_quarter_delivered_as_budget_fills_the_amended_budget(
    client: AsyncClient, demo: DemoIds
) -> None:
    amended = changed(KWARTAAL_2_2026, metadata__status="Begroting", metadata__periode=3)
    response = await deliver(client, demo, amended)
    assert response.status_code == 201, response.text
    assert (await budget(client, demo))["naWijziging"] == {"lasten": 4_700_000, "baten": 6_000_000}


async def test_annual_accounts_fill_actuals_result_equity_and_debt(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await deliver(client, demo, JAARREKENING_2026)
    assert response.status_code == 201, response.text
    after = await budget(client, demo)
    assert after["realisatie"] == {"lasten": 12_710_000, "baten": 12_480_000}
    assert after["resultaat"] == -180_000
    assert after["eigenVermogenBegin"] == 1_350_000
    assert after["eigenVermogenEinde"] == 1_200_000
    assert after["vreemdVermogenBegin"] == 3_900_000
    assert after["vreemdVermogenEinde"] == 4_000_000
    assert response.json()["begroting"]["velden"] == [
        "realisatie",
        "resultaat",
        "eigenVermogenBegin",
        "eigenVermogenEinde",
        "vreemdVermogenBegin",
        "vreemdVermogenEinde",
    ]


async def test_annual_accounts_judge_the_actuals_as_a_put_would(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, JAARREKENING_2026)
    after = await budget(client, demo)
    assert after["afwijkingen"]["realisatie"]["lasten"]["waarde"] == 12_710_000
    assert after["signalering"]["afwijkingExploitatie"] is True


async def test_amounts_in_thousands_are_stored_in_euros(client: AsyncClient, demo: DemoIds) -> None:
    response = await deliver(client, demo, in_thousands(JAARREKENING_2026), eenheid="duizend_euro")
    assert response.status_code == 201, response.text
    after = await budget(client, demo)
    assert after["realisatie"] == {"lasten": 12_710_000, "baten": 12_480_000}
    assert after["vreemdVermogenEinde"] == 4_000_000


async def test_every_record_is_stored_in_euros(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    response = await deliver(client, demo, in_thousands(BEGROTING_2026), eenheid="duizend_euro")
    levering_id = uuid.UUID(response.json()["id"])
    rows = (
        await session.execute(
            select(Iv3Regel.onderdeel, Iv3Regel.code, Iv3Regel.categorie, Iv3Regel.bedrag)
            .where(Iv3Regel.levering_id == levering_id)
            .order_by(Iv3Regel.volgnummer)
        )
    ).all()
    assert [(o.value, c, k, int(b)) for o, c, k, b in rows[:2]] == [
        ("lasten", "0.4", "1.1", 3_000_000),
        ("lasten", "0.4", "3.8", 1_500_000),
    ]
    assert len(rows) == 10


async def test_the_same_file_again_changes_nothing_and_says_so(
    client: AsyncClient, demo: DemoIds
) -> None:
    first = await deliver(client, demo, BEGROTING_2026)
    version = (await budget(client, demo))["versie"]
    again = await deliver(client, demo, BEGROTING_2026, headers=BEHEERDER_ARNHEM)
    assert again.status_code == 200
    assert again.json()["ongewijzigd"] is True
    assert again.json()["id"] == first.json()["id"]
    assert (await budget(client, demo))["versie"] == version


async def test_a_later_delivery_of_the_same_periode_is_a_revision_that_supersedes(
    client: AsyncClient, demo: DemoIds
) -> None:
    first = (await deliver(client, demo, KWARTAAL_2_2026)).json()
    corrected = changed(KWARTAAL_2_2026, data__baten__0__bedrag=6_100_000)
    second = (await deliver(client, demo, corrected)).json()
    assert second["revisie"] == 2
    assert second["vervangt"] == first["id"]
    assert (await budget(client, demo))["realisatieTotHeden"]["baten"] == 6_100_000


async def test_a_first_delivery_of_a_year_and_periode_is_revision_one(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = (await deliver(client, demo, KWARTAAL_2_2026)).json()
    assert body["revisie"] == 1
    assert body["vervangt"] is None


async def test_the_list_shows_every_revision_with_its_sender(
    client: AsyncClient, demo: DemoIds
) -> None:
    await deliver(client, demo, KWARTAAL_2_2026, headers=PARTNER_DE_CONNECTIE, key="k-1")
    await deliver(client, demo, changed(KWARTAAL_2_2026, data__baten__0__bedrag=1))
    response = await client.get(url(demo), headers=MT_ARNHEM)
    assert response.status_code == 200
    quarters = [r for r in response.json()["resultaten"] if r["periode"] == 2]
    assert [(r["revisie"], r["ingediendDoor"]["rol"]) for r in quarters] == [
        (2, "regievoerder"),
        (1, "partner"),
    ]


async def test_a_delivery_reads_back_by_its_id(client: AsyncClient, demo: DemoIds) -> None:
    created = (await deliver(client, demo, JAARREKENING_2026)).json()
    response = await client.get(f"/iv3-leveringen/{created['id']}", headers=MT_ARNHEM)
    assert response.status_code == 200
    assert response.json()["cijfers"] == created["cijfers"]


async def test_a_partner_must_send_an_idempotency_key(client: AsyncClient, demo: DemoIds) -> None:
    response = await deliver(client, demo, BEGROTING_2026, headers=PARTNER_DE_CONNECTIE)
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "Idempotency-Key"


async def test_a_retry_with_the_same_key_gets_the_same_delivery(
    client: AsyncClient, demo: DemoIds
) -> None:
    first = await deliver(client, demo, BEGROTING_2026, headers=PARTNER_DE_CONNECTIE, key="k-1")
    retry = await deliver(client, demo, BEGROTING_2026, headers=PARTNER_DE_CONNECTIE, key="k-1")
    assert (first.status_code, retry.status_code) == (201, 200)
    assert retry.json()["id"] == first.json()["id"]


async def test_the_same_key_with_another_file_is_422(client: AsyncClient, demo: DemoIds) -> None:
    await deliver(client, demo, BEGROTING_2026, headers=PARTNER_DE_CONNECTIE, key="k-1")
    other = await deliver(client, demo, KWARTAAL_2_2026, headers=PARTNER_DE_CONNECTIE, key="k-1")
    assert other.status_code == 422


async def test_a_quarter_without_a_budget_year_is_409_and_stores_nothing(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    quarter_2025 = changed(
        KWARTAAL_2_2026,
        metadata__boekjaar=2025,
        metadata__overheidsnummer="9002",
        data__balans_standen=[],
    )
    stored = await session.scalar(select(func.count()).select_from(Iv3Regel))
    response = await client.post(
        url(demo, "Duo+"),
        params={"eenheid": "euro"},
        content=as_bytes(quarter_2025),
        headers={**BEHEERDER_DIEMEN, "Content-Type": "application/json"},
    )
    assert response.status_code == 409, response.text
    assert await session.scalar(select(func.count()).select_from(Iv3Regel)) == stored


async def test_a_file_of_fifty_thousand_records_is_taken(
    client: AsyncClient, demo: DemoIds
) -> None:
    lasten = [("1.1", "3.8", 1)] * 25_000
    baten = [("1.1", "4.3.6", 1)] * 25_000
    response = await deliver(
        client, demo, bestand(periode=0, status="Begroting", lasten=lasten, baten=baten)
    )
    assert response.status_code == 201, response.text[:500]
    assert response.json()["aantalRegels"] == 50_000
