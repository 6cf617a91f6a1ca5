"""The overview: one flat row per party of the caller's municipality, who sees which rows."""

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.dashboard.overview import scope_rows
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import Scope
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
    as_,
)
from tests.conftest import DemoIds
from tests.dashboard.helpers import names, overview, row_of
from tests.voortgang.steps import OP_KOERS, act, draft, edit

MT_RENKUM = as_("mt-renkum")
MT_DIEMEN = as_("mt-diemen")


async def test_arnhems_overview_has_de_connectie_and_no_duo_plus(
    client: AsyncClient, demo: DemoIds
) -> None:
    rows = await overview(client, MT_ARNHEM)

    assert "De Connectie" in names(rows)
    assert "Duo+" not in names(rows)
    assert str(demo.party("Duo+")) not in {row["verbondenPartijId"] for row in rows}


async def test_the_overview_lists_active_parties_by_name(client: AsyncClient) -> None:
    rows = await overview(client, MT_ARNHEM)

    assert names(rows) == [
        "BNG Bank",
        "De Connectie",
        "Stichting Regionaal Werkbedrijf (fictief)",
        "Veiligheids- en Gezondheidsregio Gelderland-Midden",
        "Vitens",
    ]  # not the Stadsregio Arnhem Nijmegen, which ended in 2014


async def test_a_regievoerders_overview_has_only_their_parties(client: AsyncClient) -> None:
    rows = await overview(client, REGIEVOERDER_ARNHEM)

    assert names(rows) == ["De Connectie"]


async def test_rows_are_flat_with_the_same_fields_in_the_same_order(client: AsyncClient) -> None:
    rows = await overview(client, LEZER_ARNHEM)

    orders = {tuple(row) for row in rows}
    assert len(orders) == 1
    assert all(not isinstance(value, dict | list) for row in rows for value in row.values())


async def test_lezer_reads_the_overview(client: AsyncClient) -> None:
    response = await client.get("/dashboard", headers=LEZER_ARNHEM)

    assert response.status_code == 200
    assert response.json()["aantal"] == 5


async def test_partner_may_not_read_the_overview(client: AsyncClient) -> None:
    response = await client.get("/dashboard", headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 403


async def test_the_traffic_lights_come_from_the_latest_approved_report_not_a_draft(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo, "2026-H1")
    all_minus = {aspect: {"oordeel": "-"} for aspect in ("voortgang", "inhoud", "planning")}
    await edit(client, report, {"aspecten": all_minus})

    row = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")

    assert row["oordeelPeriode"] == "2025-H2"  # the approved report, not the 2026-H1 draft
    assert (row["oordeelVoortgang"], row["oordeelInhoud"], row["oordeelPlanning"]) == (
        "=",
        "-",
        "-",
    )


async def test_an_approved_report_replaces_the_lights_and_shows_the_change(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo, "2026-H1")
    behind = {"oordeel": "-", "toelichting": "Achter."}
    ratings = {"voortgang": behind, "inhoud": {"oordeel": "+"}, "planning": OP_KOERS}
    report = await edit(client, report, {"aspecten": ratings})
    report = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)
    await act(client, report, "goedkeuren", MT_ARNHEM)

    row = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")

    assert (row["oordeelPeriode"], row["vorigOordeelPeriode"]) == ("2026-H1", "2025-H2")
    assert row["oordeelVoortgang"] == "-"
    assert row["wijzigingVoortgang"] == "verslechterd"  # was =
    assert row["wijzigingInhoud"] == "verbeterd"  # was -
    assert row["wijzigingPlanning"] == "verbeterd"  # was -, now =
    assert row["wijzigingCommunicatie"] is None  # not rated in either report


async def test_renkums_overview_never_shows_arnhems_private_data(
    client: AsyncClient, demo: DemoIds
) -> None:
    renkum = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")
    arnhem = row_of(await overview(client, MT_ARNHEM), demo, "De Connectie")

    # Arnhem's approved status report, risks, actions and regievoerder are Arnhem's own
    assert arnhem["oordeelPeriode"] == "2025-H2"
    assert arnhem["aantalRisicos"] == 2
    assert arnhem["actiesOpen"] > 0
    assert renkum["oordeelPeriode"] is None
    assert renkum["oordeelInhoud"] is None
    assert renkum["aantalRisicos"] == 0
    assert renkum["grootsteRisico"] is None
    assert renkum["actiesOpen"] == 0
    assert renkum["regievoerders"] == "Regievoerder Renkum"
    # the partner's shared figures are the same for both, each judged with its own share
    assert renkum["aandeelNormenGehaald"] == arnhem["aandeelNormenGehaald"]
    assert renkum["afwijkingSaldo"] == arnhem["afwijkingSaldo"]
    assert (renkum["eigenAandeelPercentage"], arnhem["eigenAandeelPercentage"]) == (14, 68)


async def test_renkums_regievoerder_does_not_see_arnhems_parties(
    client: AsyncClient, demo: DemoIds
) -> None:
    rows = await overview(client, REGIEVOERDER_RENKUM)

    assert names(rows) == ["De Connectie"]
    assert rows[0]["actiesOpen"] == 0


async def test_another_municipalitys_regievoerder_filters_nothing_in(
    client: AsyncClient, demo: DemoIds
) -> None:
    renkums = demo.account("regievoerder-renkum")

    rows = await overview(client, MT_ARNHEM, regievoerder=str(renkums))

    assert rows == []  # Renkum's regievoerder directs De Connectie for Renkum, not for Arnhem


async def test_diemen_sees_duo_plus_with_its_missing_report(
    client: AsyncClient, demo: DemoIds
) -> None:
    row = row_of(await overview(client, MT_DIEMEN), demo, "Duo+")

    assert row["rondePeriode"] == "2026-H1"
    assert row["rondeStatus"] == "ontbreekt"
    assert row["rondeTeLaat"] is True
    assert "voortgangsrapportage" in row["aandachtRedenen"]


async def test_beheerder_gets_the_standard_envelope_with_pages(client: AsyncClient) -> None:
    response = await client.get("/dashboard", headers=BEHEERDER_ARNHEM, params={"pageSize": 2})

    body = response.json()
    assert body["aantal"] == 5
    assert len(body["resultaten"]) == 2
    assert body["_links"]["next"].endswith("page=2") or "page=2" in body["_links"]["next"]
    assert body["_links"]["previous"] is None
    last = await client.get(
        "/dashboard", headers=BEHEERDER_ARNHEM, params={"pageSize": 2, "page": 3}
    )
    assert [row["naam"] for row in last.json()["resultaten"]] == ["Vitens"]
    assert last.json()["_links"]["next"] is None


async def test_overview_rows_are_built_of_their_fields_types(
    session: AsyncSession, demo: DemoIds
) -> None:
    """The rows are built without validation (the hot path); validating them changes nothing."""
    rows = await scope_rows(session, Scope(demo.organisation("Arnhem"), today()))

    for regel in rows:
        validated = DashboardRij.model_validate(regel.rij.model_dump())
        assert validated.model_dump_json() == regel.rij.model_dump_json()
        for name in DashboardRij.model_fields:
            assert type(getattr(regel.rij, name)) is type(getattr(validated, name)), name
