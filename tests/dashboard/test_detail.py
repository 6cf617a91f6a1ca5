"""The drill-down of one party: who may open it, and what it holds."""

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.periods import Periode
from app.dashboard.detail import party_detail
from app.dashboard.detail_schemas import NormPunt
from app.servicenormen.outcomes import judge
from app.servicenormen.service import norms_by_id
from tests.auth_headers import (
    LEZER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
    as_,
)
from tests.conftest import DemoIds

MT_RENKUM = as_("mt-renkum")


def url(demo: DemoIds, naam: str) -> str:
    return f"/dashboard/verbonden-partijen/{demo.party(naam)}"


async def test_another_municipalitys_party_is_404(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(url(demo, "Duo+"), headers=MT_ARNHEM)

    assert response.status_code == 404


async def test_a_regievoerder_opens_only_the_parties_it_directs(
    client: AsyncClient, demo: DemoIds
) -> None:
    own = await client.get(url(demo, "De Connectie"), headers=REGIEVOERDER_ARNHEM)
    other = await client.get(url(demo, "Vitens"), headers=REGIEVOERDER_ARNHEM)

    assert own.status_code == 200
    assert other.status_code == 404


async def test_partner_may_not_open_the_drill_down(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(url(demo, "De Connectie"), headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 403


async def test_the_drill_down_starts_with_the_overview_row(
    client: AsyncClient, demo: DemoIds
) -> None:
    overview = await client.get("/dashboard", headers=LEZER_ARNHEM, params={"zoek": "Connectie"})
    detail = await client.get(url(demo, "De Connectie"), headers=LEZER_ARNHEM)

    assert detail.json()["overzicht"] == overview.json()["resultaten"][0]


async def test_every_norm_has_its_series_with_outcomes(client: AsyncClient, demo: DemoIds) -> None:
    detail = (await client.get(url(demo, "De Connectie"), headers=MT_ARNHEM)).json()

    series = {reeks["code"]: reeks for reeks in detail["normen"]}
    incidents = series["INC-8U"]
    assert [punt["periode"] for punt in incidents["metingen"]] == [
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
    ]
    revised = incidents["metingen"][2]
    assert revised["revisie"] == 2  # the corrected 2026-Q1 figure, not the first push
    assert all(punt["uitkomst"] for punt in incidents["metingen"])
    assert incidents["doelwaarde"] == 97  # the version in force today


async def test_the_budget_course_holds_the_years_and_the_forecasts_history(
    client: AsyncClient, demo: DemoIds
) -> None:
    detail = (await client.get(url(demo, "De Connectie"), headers=MT_ARNHEM)).json()

    years = [year["jaar"] for year in detail["begrotingen"]]
    assert years == sorted(years, reverse=True)
    assert len(detail["prognoseverloop"]) >= 2
    versions = [version["versie"] for version in detail["prognoseverloop"]]
    assert versions == sorted(versions)
    this_year = detail["begrotingen"][0]
    assert this_year["prognoseLasten"] == detail["prognoseverloop"][-1]["prognoseLasten"]


async def test_renkums_drill_down_holds_none_of_arnhems_private_tables(
    client: AsyncClient, demo: DemoIds
) -> None:
    arnhem = (await client.get(url(demo, "De Connectie"), headers=MT_ARNHEM)).json()
    renkum = (await client.get(url(demo, "De Connectie"), headers=MT_RENKUM)).json()

    assert arnhem["voortgangsrapportages"]
    assert arnhem["risicos"]
    assert arnhem["acties"]
    assert renkum["voortgangsrapportages"] == []
    assert renkum["risicos"] == []
    assert renkum["acties"] == []
    assert renkum["normen"] == arnhem["normen"]  # the partner's data is shared


async def test_renkums_regievoerder_opens_the_shared_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(url(demo, "De Connectie"), headers=REGIEVOERDER_RENKUM)

    assert response.status_code == 200
    assert response.json()["overzicht"]["regievoerders"] == "Regievoerder Renkum"


async def test_overdue_actions_are_marked(client: AsyncClient, demo: DemoIds) -> None:
    detail = (await client.get(url(demo, "De Connectie"), headers=MT_ARNHEM)).json()

    overdue = [actie for actie in detail["acties"] if actie["achterstallig"]]
    assert len(overdue) == detail["overzicht"]["actiesAchterstallig"]
    assert len(detail["acties"]) == detail["overzicht"]["actiesOpen"]


async def test_a_regeling_has_its_wgr_calendar(client: AsyncClient, demo: DemoIds) -> None:
    regeling = (await client.get(url(demo, "De Connectie"), headers=MT_ARNHEM)).json()
    company = (await client.get(url(demo, "Vitens"), headers=MT_ARNHEM)).json()

    dates = [row["uiterlijk"] for row in regeling["wgrTermijnen"]]
    assert dates == sorted(dates)
    upcoming = [row for row in regeling["wgrTermijnen"] if row["status"] == "verwacht"]
    assert upcoming[0]["soort"] == regeling["overzicht"]["volgendeWgrDocument"]
    assert upcoming[0]["uiterlijk"] == regeling["overzicht"]["volgendeWgrDatum"]
    assert company["wgrTermijnen"] == []


async def test_an_ended_party_can_still_be_opened(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(url(demo, "Stadsregio Arnhem Nijmegen"), headers=MT_ARNHEM)

    assert response.status_code == 200
    assert response.json()["overzicht"]["naam"] == "Stadsregio Arnhem Nijmegen"


async def test_the_norm_points_are_built_of_their_fields_types(
    session: AsyncSession, demo: DemoIds
) -> None:
    """The points are built without validation (the hot path); validating them changes
    nothing, and their outcomes (stored at write time) are the rule's answers."""
    arnhem, party = demo.organisation("Arnhem"), demo.party("De Connectie")
    principal = Principal(gebruiker_id=None, naam="mt", rol=Rol.MT, organisatie_id=arnhem)
    found = await party_detail(session, principal, party)

    points = [point for reeks in found.normen for point in reeks.metingen]
    assert points
    for point in points:
        validated = NormPunt.model_validate(point.model_dump())
        assert validated.model_dump_json() == point.model_dump_json()
        for name in NormPunt.model_fields:
            assert type(getattr(point, name)) is type(getattr(validated, name)), name
    for reeks in found.normen:
        terms = (await norms_by_id(session, [reeks.servicenorm_id]))[reeks.servicenorm_id]
        for point in reeks.metingen:
            start = Periode.parse(point.periode).start
            assert point.uitkomst == judge(terms.versies, start, point.waarde), point
