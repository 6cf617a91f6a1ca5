"""Listing status reports: filters, paging, a bounded number of queries."""

from httpx import AsyncClient

from tests.auth_headers import MT_ARNHEM, as_
from tests.conftest import DemoIds, QueryCounter
from tests.voortgang.steps import draft, submitted


async def test_list_filters_by_party_period_and_status(client: AsyncClient, demo: DemoIds) -> None:
    await submitted(client, demo, "2026-H1")
    await draft(client, demo, "2025-H1")
    party = demo.party("De Connectie")

    by_period = await client.get("/voortgangsrapportages?periode=2026-H1", headers=MT_ARNHEM)
    by_status = await client.get("/voortgangsrapportages?status=goedgekeurd", headers=MT_ARNHEM)
    by_party = await client.get(
        f"/voortgangsrapportages?verbondenPartij={party}", headers=MT_ARNHEM
    )

    assert [r["status"] for r in by_period.json()["resultaten"]] == ["ingediend"]
    assert [r["periode"] for r in by_status.json()["resultaten"]] == ["2025-H2"]
    assert [r["periode"] for r in by_party.json()["resultaten"]] == [
        "2026-H1",
        "2025-H2",
        "2025-H1",
    ]


async def test_list_shows_only_the_own_municipality(client: AsyncClient, demo: DemoIds) -> None:
    diemen = await client.get("/voortgangsrapportages", headers=as_("mt-diemen"))

    assert [r["verbondenPartijId"] for r in diemen.json()["resultaten"]] == [
        str(demo.party("Duo+"))
    ]


async def test_list_pages_with_a_fixed_number_of_queries(
    client: AsyncClient, demo: DemoIds, queries: QueryCounter
) -> None:
    await draft(client, demo, "2026-H1")
    await draft(client, demo, "2025-H1")
    queries.count = 0

    page = await client.get("/voortgangsrapportages?pageSize=1", headers=MT_ARNHEM)

    assert page.json()["aantal"] == 3
    assert len(page.json()["resultaten"]) == 1
    assert page.json()["_links"]["next"] is not None
    assert queries.count <= 4  # the token, the count, the page (+ token touch)


async def test_bad_period_filter_is_400(client: AsyncClient) -> None:
    response = await client.get("/voortgangsrapportages?periode=2026-Q1", headers=MT_ARNHEM)

    assert response.status_code == 400
