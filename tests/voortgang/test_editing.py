"""Editing a status report: merge patch, If-Match, frozen once approved or submitted."""

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import act, draft, edit, etag, open_round, submitted


async def test_nested_fields_merge(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)
    report = await edit(client, report, {"aspecten": {"financien": {"oordeel": "-"}}})

    report = await edit(client, report, {"aspecten": {"financien": {"toelichting": "Tekort."}}})

    assert report.json()["aspecten"]["financien"] == {"oordeel": "-", "toelichting": "Tekort."}


async def test_null_clears_a_nested_field(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)
    report = await edit(client, report, {"aspecten": {"planning": {"oordeel": "+"}}})

    report = await edit(client, report, {"aspecten": {"planning": None}})

    assert report.json()["aspecten"]["planning"] == {"oordeel": None, "toelichting": None}


async def test_unknown_rating_is_400(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)

    response = await edit(client, report, {"aspecten": {"planning": {"oordeel": "++"}}})

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "aspecten.planning.oordeel"


async def test_status_cannot_be_patched(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)

    response = await edit(client, report, {"status": "goedgekeurd"})

    assert response.status_code == 400


async def test_stale_etag_is_412(client: AsyncClient, demo: DemoIds) -> None:
    first_read = await draft(client, demo)
    await edit(client, first_read, {"samenvatting": "Eerste."})

    stale = await edit(client, first_read, {"samenvatting": "Tweede."})
    stale_submit = await act(client, first_read, "indienen", REGIEVOERDER_ARNHEM)

    assert stale.status_code == 412
    assert stale_submit.status_code == 412


async def test_missing_if_match_is_428(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}"

    patched = await client.patch(url, headers=REGIEVOERDER_ARNHEM, json={"samenvatting": "x"})
    approved = await client.post(f"{url}/_goedkeuren", headers=MT_ARNHEM)

    assert patched.status_code == 428
    assert approved.status_code == 428


async def test_submitted_report_is_read_only(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)

    response = await edit(client, report, {"samenvatting": "Later toegevoegd."})

    assert response.status_code == 409


async def test_approving_a_draft_is_409(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)

    response = await act(client, report, "goedkeuren", MT_ARNHEM)

    assert response.status_code == 409


async def test_returning_needs_a_toelichting(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)

    response = await act(client, report, "terugsturen", MT_ARNHEM, {})

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "toelichting"


async def test_second_report_for_same_party_and_half_year_is_409(
    client: AsyncClient, demo: DemoIds
) -> None:
    await draft(client, demo)

    response = await draft(client, demo)

    assert response.status_code == 409


async def test_late_submission_is_marked_late(client: AsyncClient, demo: DemoIds) -> None:
    await open_round(client, "2025-H1", "2025-07-15")
    report = await submitted(client, demo, "2025-H1")

    assert report.json()["teLaat"] is True
    assert report.json()["ingediendOp"] is not None
    versions = await client.get(
        f"/voortgangsrapportages/{report.json()['id']}/versies", headers=MT_ARNHEM
    )
    assert versions.json()["resultaten"][0]["teLaat"] is True


async def test_submission_before_the_deadline_is_on_time(
    client: AsyncClient, demo: DemoIds
) -> None:
    await open_round(client, "2026-H2", "2099-01-31")

    report = await submitted(client, demo, "2026-H2")

    assert report.json()["teLaat"] is False


async def test_without_a_round_nothing_is_late(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo, "2025-H1")

    assert report.json()["teLaat"] is False


async def test_a_report_for_a_half_year_not_yet_begun_is_400(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await draft(client, demo, "2099-H1")

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "periode"


async def test_each_step_leaves_an_audit_event_with_actor(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await submitted(client, demo)
    await act(client, report, "goedkeuren", MT_ARNHEM)

    events = await client.get(
        f"/audit-gebeurtenissen?entiteitId={report.json()['id']}",
        headers={"Authorization": "Bearer demo-beheerder-arnhem"},
    )

    steps = [(e["actie"], e["actorNaam"]) for e in events.json()["resultaten"]]
    assert steps[:2] == [("goedgekeurd", "MT-lid Arnhem"), ("ingediend", "Regievoerder Arnhem")]


async def test_etag_follows_every_step(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)

    read = await client.get(f"/voortgangsrapportages/{report.json()['id']}", headers=MT_ARNHEM)

    assert etag(read) == etag(report)
    assert read.json()["versie"] == int(read.headers["etag"].strip('"'))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE voortgangsrapportage_versies SET telaat = true",
        "DELETE FROM voortgangsrapportage_versies",
    ],
)
async def test_the_database_refuses_to_change_a_submitted_version(
    client: AsyncClient, demo: DemoIds, session: AsyncSession, statement: str
) -> None:
    await submitted(client, demo)

    with pytest.raises(DBAPIError, match="immutable"):
        await session.execute(text(statement))
