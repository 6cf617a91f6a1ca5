"""Reading reports back: the sharing rule, lists with revisions, time series, timeliness."""

from typing import Any

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    LEZER_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    PARTNER_DUO,
)
from tests.conftest import DemoIds, QueryCounter


async def reports(client: AsyncClient, demo: DemoIds, party: str, query: str = "") -> Any:
    headers = BEHEERDER_ARNHEM if party == "De Connectie" else BEHEERDER_DIEMEN
    response = await client.get(
        f"/verbonden-partijen/{demo.party(party)}/rapportages{query}", headers=headers
    )
    return response.json()


async def norm_id(client: AsyncClient, demo: DemoIds, code: str) -> str:
    rows = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen", headers=LEZER_ARNHEM
    )
    return str(next(row["id"] for row in rows.json()["resultaten"] if row["code"] == code))


async def test_partner_cannot_read_municipal_private_data(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    duo_report = (await reports(client, demo, "Duo+"))["resultaten"][0]["id"]

    private = [
        f"/verbonden-partijen/{party}/regievoerders",
        f"/verbonden-partijen/{party}/deelnames",
        "/audit-gebeurtenissen",
        "/gebruikers",
    ]
    for path in private:
        response = await client.get(path, headers=PARTNER_DE_CONNECTIE)
        assert response.status_code == 403, path
    other_party = [
        f"/verbonden-partijen/{demo.party('Duo+')}/rapportages",
        f"/verbonden-partijen/{demo.party('Duo+')}/tijdigheid",
        f"/rapportages/{duo_report}",
    ]
    for path in other_party:
        response = await client.get(path, headers=PARTNER_DE_CONNECTIE)
        assert response.status_code == 404, path


async def test_partner_reads_back_its_own_reports(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}/rapportages", headers=PARTNER_DUO
    )

    assert response.status_code == 200
    assert response.json()["aantal"] == 4


async def test_every_revision_is_listed_and_the_latest_is_current(
    client: AsyncClient, demo: DemoIds
) -> None:
    listed = await reports(client, demo, "De Connectie", "?periode=2026-Q1")

    revisions = {row["revisie"]: row for row in listed["resultaten"]}
    assert sorted(revisions) == [1, 2]
    assert revisions[2]["vervangt"] == revisions[1]["id"]
    assert revisions[1]["vervangenDoor"] == revisions[2]["id"]
    assert (revisions[1]["actueel"], revisions[2]["actueel"]) == (False, True)
    assert revisions[2]["aantalMetingen"] == 4


async def test_reports_filter_on_kind_and_currency(client: AsyncClient, demo: DemoIds) -> None:
    current = await reports(client, demo, "De Connectie", "?actueel=true")
    financial = await reports(client, demo, "De Connectie", "?soort=financieel")

    assert current["aantal"] == 5
    assert financial["aantal"] == 0


async def test_a_bad_period_filter_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages?periode=2026-Q5",
        headers=BEHEERDER_ARNHEM,
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "periode"


async def test_report_list_runs_a_constant_number_of_queries(
    client: AsyncClient, demo: DemoIds, queries: QueryCounter
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"

    queries.count = 0
    await client.get(f"{url}?pageSize=1", headers=MT_RENKUM)
    one = queries.count
    queries.count = 0
    await client.get(f"{url}?pageSize=100", headers=MT_RENKUM)

    assert queries.count <= one  # the whole list on one page: no count query (fetch_page)


async def test_time_series_uses_the_latest_revision_and_the_version_in_force(
    client: AsyncClient, demo: DemoIds
) -> None:
    inc = await norm_id(client, demo, "INC-8U")

    series = await client.get(f"/servicenormen/{inc}/metingen", headers=PARTNER_DE_CONNECTIE)

    points = [
        (p["periode"], p["waarde"], p["doelwaarde"], p["uitkomst"], p["revisie"])
        for p in series.json()["resultaten"]
    ]
    assert points == [
        ("2025-Q3", 93.1, 95, "aandacht", 1),
        ("2025-Q4", 96.2, 95, "gehaald", 1),
        ("2026-Q1", 95.5, 97, "aandacht", 2),
        ("2026-Q2", 97.4, 97, "gehaald", 1),
        ("2026-Q3", 97.8, 97, "gehaald", 1),
    ]


async def test_time_series_keeps_the_periods_overlapping_van_and_tot(
    client: AsyncClient, demo: DemoIds
) -> None:
    kto = await norm_id(client, demo, "KTO")

    series = await client.get(
        f"/servicenormen/{kto}/metingen?van=2026-Q1&tot=2026-Q2", headers=LEZER_ARNHEM
    )

    assert [p["periode"] for p in series.json()["resultaten"]] == ["2026-H1"]


async def test_timeliness_shows_late_and_on_time_reports(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/tijdigheid?van=2025-H2&tot=2025-H2",
        headers=MT_RENKUM,
    )

    body = response.json()
    assert body["rapportagetermijnDagen"] == 30
    assert body["aantallen"] == {"verwacht": 0, "opTijd": 4, "teLaat": 5, "ontbrekend": 0}
    assert body["opTijd"] is False
    late = next(r for r in body["regels"] if r["normCode"] == "KTO")
    assert (late["periode"], late["deadline"], late["status"]) == (
        "2025-H2",
        "2026-01-30",
        "te_laat",
    )


async def test_a_missing_report_shows_once_its_deadline_has_passed(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}/tijdigheid?van=2026-Q3&tot=2026-Q3",
        headers=PARTNER_DUO,
    )

    # Duo+ never reported 2026-Q3; its deadline (2026-10-30) lies before this code was written.
    assert response.json()["aantallen"]["ontbrekend"] == 3


async def test_the_reporting_term_is_configurable_per_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = f"/verbonden-partijen/{demo.party('De Connectie')}"

    patched = await client.patch(
        party, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"rapportagetermijnDagen": 60}
    )
    timeliness = await client.get(f"{party}/tijdigheid?van=2025-H2&tot=2025-H2", headers=MT_RENKUM)

    assert patched.json()["rapportagetermijnDagen"] == 60
    assert timeliness.json()["aantallen"]["teLaat"] == 0
    assert timeliness.json()["opTijd"] is True


async def test_norm_outcomes_of_a_half_year(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/norm-uitkomsten?periode=2026-H1",
        headers=LEZER_ARNHEM,
    )

    body = response.json()
    assert (body["gehaald"], body["aandacht"], body["nietGehaald"]) == (4, 0, 1)
    assert body["aandeelGehaald"] == 80
