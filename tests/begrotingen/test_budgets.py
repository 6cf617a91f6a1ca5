"""Budgets of a party: shared by every participant, written by its partner or a director,
safe against lost updates, exact to the cent, with every version kept."""

import asyncio
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Begroting
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    PARTNER_DUO,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_DIEMEN,
)
from tests.conftest import DemoIds

CONNECTIE = "De Connectie"


def budget_body(demo: DemoIds, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "primitief": {"lasten": 12500000, "baten": 12500000},
        "naWijziging": {"lasten": 12900000, "baten": 12650000},
        "prognose": {"lasten": 13100000, "baten": 12700000},
        "realisatie": None,
        "investeringen": {"begroot": 800000, "prognose": 950000},
        "eigenVermogenBegin": 1200000,
        "eigenVermogenEinde": 900000,
        "vreemdVermogenBegin": 4000000,
        "vreemdVermogenEinde": 4200000,
        "resultaat": -300000,
        "bijdragen": [
            {"organisatieId": str(demo.organisation("Arnhem")), "bedrag": 8602000},
            {"organisatieId": str(demo.organisation("Renkum")), "bedrag": 1771000},
            {"organisatieId": str(demo.organisation("Rheden")), "bedrag": 2277000},
        ],
    }
    return {**body, **changes}


def url(demo: DemoIds, jaar: int, party: str = CONNECTIE) -> str:
    return f"/verbonden-partijen/{demo.party(party)}/begrotingen/{jaar}"


async def test_partner_creates_a_budget_year_without_if_match(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.put(
        url(demo, 2027), headers=PARTNER_DE_CONNECTIE, json=budget_body(demo)
    )

    assert response.status_code == 201
    assert response.headers["etag"] == '"1"'
    assert response.json()["jaar"] == 2027
    assert response.json()["signalering"] is None  # a partner has no municipality's thresholds


async def test_partner_cannot_write_another_partys_budget(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.put(url(demo, 2027), headers=PARTNER_DUO, json=budget_body(demo))

    assert response.status_code == 404
    assert CONNECTIE not in response.text


async def test_regievoerder_and_beheerder_write_the_budget_mt_and_lezer_may_not(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = budget_body(demo, bijdragen=[])
    regievoerder = await client.put(url(demo, 2027), headers=REGIEVOERDER_ARNHEM, json=body)
    beheerder = await client.put(
        url(demo, 2027), headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json=body
    )
    mt = await client.put(url(demo, 2028), headers=MT_ARNHEM, json=body)
    lezer = await client.put(url(demo, 2028), headers=LEZER_ARNHEM, json=body)

    assert (regievoerder.status_code, beheerder.status_code) == (201, 200)
    assert (mt.status_code, lezer.status_code) == (403, 403)


async def test_regievoerder_of_another_party_cannot_write(
    client: AsyncClient, demo: DemoIds
) -> None:
    unassigned = await client.put(
        url(demo, 2027, "Veiligheids- en Gezondheidsregio Gelderland-Midden"),
        headers=REGIEVOERDER_ARNHEM,
        json=budget_body(demo, bijdragen=[]),
    )
    invisible = await client.put(
        url(demo, 2027), headers=REGIEVOERDER_DIEMEN, json=budget_body(demo, bijdragen=[])
    )

    assert unassigned.status_code == 403
    assert invisible.status_code == 404


async def test_replacing_a_budget_needs_if_match(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.put(
        url(demo, 2026), headers=PARTNER_DE_CONNECTIE, json=budget_body(demo)
    )

    assert response.status_code == 428


async def test_stale_etag_is_412_and_leaves_the_stored_budget_unchanged(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    stale = {**PARTNER_DE_CONNECTIE, "If-Match": '"1"'}  # the demo budget 2026 is at version 2
    body = budget_body(demo, prognose={"lasten": 99999999, "baten": 1})

    response = await client.put(url(demo, 2026), headers=stale, json=body)

    assert response.status_code == 412
    stored = (
        await session.execute(
            select(Begroting).where(
                Begroting.verbonden_partij_id == demo.party(CONNECTIE), Begroting.jaar == 2026
            )
        )
    ).scalar_one()
    assert stored.prognose_lasten == Decimal("13100000.00")
    assert stored.versie == 2
    read = await client.get(url(demo, 2026), headers=MT_ARNHEM)
    assert read.json()["prognose"]["lasten"] == 13100000


async def test_current_etag_replaces_the_budget(client: AsyncClient, demo: DemoIds) -> None:
    read = await client.get(url(demo, 2026), headers=REGIEVOERDER_ARNHEM)
    body = budget_body(demo, prognose={"lasten": 13000000, "baten": 12700000})

    response = await client.put(
        url(demo, 2026),
        headers={**REGIEVOERDER_ARNHEM, "If-Match": read.headers["etag"]},
        json=body,
    )

    assert response.status_code == 200
    assert response.headers["etag"] == '"3"'
    assert response.json()["prognose"]["lasten"] == 13000000


async def test_two_concurrent_replacements_with_the_same_etag_give_one_200_and_one_412(
    client: AsyncClient, demo: DemoIds
) -> None:
    def put(headers: dict[str, str], lasten: int) -> Any:
        body = budget_body(demo, prognose={"lasten": lasten, "baten": 12700000})
        return client.put(url(demo, 2026), headers={**headers, "If-Match": '"2"'}, json=body)

    responses = await asyncio.gather(
        put(PARTNER_DE_CONNECTIE, 13200000), put(REGIEVOERDER_ARNHEM, 13300000)
    )

    assert sorted(response.status_code for response in responses) == [200, 412]
    winner = next(response for response in responses if response.status_code == 200)
    current = await client.get(url(demo, 2026), headers=MT_ARNHEM)
    assert current.json()["prognose"] == winner.json()["prognose"]
    assert current.json()["versie"] == 3
    history = await client.get(f"{url(demo, 2026)}/historie", headers=MT_ARNHEM)
    assert history.json()["aantal"] == 3


async def test_if_match_on_a_year_without_budget_is_412(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.put(
        url(demo, 2030),
        headers={**PARTNER_DE_CONNECTIE, "If-Match": '"1"'},
        json=budget_body(demo),
    )

    assert response.status_code == 412


async def test_amounts_round_trip_exactly_without_float_drift(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    body = budget_body(
        demo,
        primitief={"lasten": 0.1, "baten": 0.2},
        naWijziging={"lasten": 0.3, "baten": 0.3},
        eigenVermogenBegin=12345678901.23,
        vreemdVermogenEinde=9999999999999.99,
        resultaat=-0.07,
        bijdragen=[{"organisatieId": str(demo.organisation("Arnhem")), "bedrag": 1234567.89}],
    )

    await client.put(url(demo, 2027), headers=PARTNER_DE_CONNECTIE, json=body)
    read = (await client.get(url(demo, 2027), headers=BEHEERDER_ARNHEM)).json()

    assert read["primitief"] == {"lasten": 0.1, "baten": 0.2}
    assert read["eigenVermogenBegin"] == 12345678901.23
    assert read["vreemdVermogenEinde"] == 9999999999999.99
    assert read["resultaat"] == -0.07
    assert read["bijdragen"][0]["bedrag"] == 1234567.89
    assert read["afwijkingen"]["wijziging"]["saldo"]["basis"] == 0.1  # 0.2 − 0.1, not 0.1000…01
    assert read["afwijkingen"]["wijziging"]["saldo"]["bedrag"] == -0.1
    stored = (await session.execute(select(Begroting).where(Begroting.jaar == 2027))).scalar_one()
    assert stored.eigen_vermogen_begin == Decimal("12345678901.23")
    assert stored.primitief_baten - stored.primitief_lasten == Decimal("0.10")


async def test_more_than_two_decimals_is_400(client: AsyncClient, demo: DemoIds) -> None:
    """Binary rounding noise past 15 significant digits is not a decimal: 0.30000000000000004
    is 0.30 (tests/core/test_openapi_truth.py); 0.125 has three decimals."""
    body = budget_body(demo, resultaat=0.125)

    response = await client.put(url(demo, 2027), headers=PARTNER_DE_CONNECTIE, json=body)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "resultaat"


async def test_contribution_of_a_non_participant_is_400_naming_the_field(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = budget_body(
        demo,
        bijdragen=[
            {"organisatieId": str(demo.organisation("Arnhem")), "bedrag": 1},
            {"organisatieId": str(demo.organisation("Diemen")), "bedrag": 2},
            {"organisatieId": str(demo.organisation("Arnhem")), "bedrag": 3},
        ],
    )

    response = await client.put(url(demo, 2027), headers=PARTNER_DE_CONNECTIE, json=body)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "bijdragen[1].organisatieId",
        "bijdragen[2].organisatieId",
    ]
    listed = await client.get(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/begrotingen", headers=MT_ARNHEM
    )
    assert 2027 not in [row["jaar"] for row in listed.json()["resultaten"]]


async def test_every_bad_field_is_listed(client: AsyncClient, demo: DemoIds) -> None:
    body = budget_body(demo, primitief={"lasten": -1}, investeringen={"prognose": 5})

    response = await client.put(url(demo, 2027), headers=PARTNER_DE_CONNECTIE, json=body)

    names = {p["name"] for p in response.json()["invalidParams"]}
    assert {"primitief.lasten", "primitief.baten", "investeringen.begroot"} <= names


async def test_every_participant_reads_the_shared_budget_others_get_404(
    client: AsyncClient, demo: DemoIds
) -> None:
    renkum = await client.get(url(demo, 2026), headers=MT_RENKUM)
    diemen = await client.get(url(demo, 2026), headers=BEHEERDER_DIEMEN)

    assert renkum.status_code == 200
    assert renkum.json()["resultaat"] == -300000
    assert diemen.status_code == 404


async def test_budget_read_judges_the_deviations_for_the_callers_municipality(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(url(demo, 2026), headers=MT_ARNHEM)

    signalering = response.json()["signalering"]
    assert signalering["afwijkingBegroting"] is True
    assert signalering["afwijkingInvestering"] is True
    assert signalering["afwijkingExploitatie"] is True
    assert signalering["eigenAandeel"]["bron"] == "bijdragen"
    assert signalering["eigenAandeel"]["bijdrage"] == 8602000
    assert signalering["eigenAandeel"]["prognose"] == -102000  # 68 % of −150,000
    renkum = (await client.get(url(demo, 2026), headers=MT_RENKUM)).json()["signalering"]
    assert renkum["eigenAandeel"]["prognose"] == -21000  # 14 %


async def test_years_are_listed_newest_first(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party(CONNECTIE)}/begrotingen", headers=PARTNER_DE_CONNECTIE
    )

    assert [row["jaar"] for row in response.json()["resultaten"]] == [2026, 2025]


async def test_missing_year_is_404(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(url(demo, 2019), headers=MT_ARNHEM)

    assert response.status_code == 404


async def test_history_reads_every_version_back_oldest_first(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.put(
        url(demo, 2026),
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"2"'},
        json=budget_body(demo, prognose={"lasten": 13250000, "baten": 12700000}),
    )

    response = await client.get(f"{url(demo, 2026)}/historie", headers=MT_RENKUM)

    versions = response.json()["resultaten"]
    assert [v["versie"] for v in versions] == [1, 2, 3]
    assert [v["begroting"]["prognose"]["lasten"] for v in versions] == [
        12950000,
        13100000,
        13250000,
    ]
    assert versions[0]["actorNaam"] == "Systeem De Connectie"
    assert versions[2]["actorNaam"] == "Regievoerder Arnhem"
    assert versions[2]["begroting"]["bijdragen"][0]["bedrag"] == 8602000
