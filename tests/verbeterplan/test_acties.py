"""Actions: what, who, by when; overdue when the date has passed and the work is not done."""

from datetime import timedelta

from httpx import AsyncClient

from app.core.clock import today
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import aanbeveling, if_match


async def _add(client: AsyncClient, code: str = "10", **body: object) -> dict[str, object]:
    found = await aanbeveling(client, code)
    response = await client.post(
        f"/aanbevelingen/{found['id']}/acties",
        headers=REGIEVOERDER_ARNHEM,
        json={"omschrijving": "Budgetoverleg inplannen", **body},
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_a_planned_period_is_due_on_its_last_day(client: AsyncClient) -> None:
    created = await _add(client, planning="Q1 2027", eigenaar="Concerncontroller")

    assert created["planning"] == "2027-03-31"
    assert created["planningTekst"] == "Q1 2027"
    assert created["status"] == "open"
    assert created["achterstallig"] is False


async def test_an_action_past_its_planned_date_and_not_done_is_overdue(
    client: AsyncClient,
) -> None:
    yesterday = (today() - timedelta(days=1)).isoformat()

    created = await _add(client, planning=yesterday, status="in_uitvoering")

    assert created["achterstallig"] is True


async def test_an_action_due_today_is_not_yet_overdue(client: AsyncClient) -> None:
    created = await _add(client, planning=today().isoformat())

    assert created["achterstallig"] is False


async def test_a_finished_action_past_its_date_is_not_overdue(client: AsyncClient) -> None:
    last_year = str(today().year - 1)

    done = await _add(client, planning=last_year, status="afgerond")
    dropped = await _add(
        client, omschrijving="Vervallen actie", planning=last_year, status="vervallen"
    )

    assert done["achterstallig"] is False
    assert done["afgerondOp"] == today().isoformat()
    assert dropped["achterstallig"] is False


async def test_overdue_filter_lists_only_overdue_actions(client: AsyncClient) -> None:
    overdue = await client.get("/acties?achterstallig=true", headers=MT_ARNHEM)
    on_time = await client.get("/acties?achterstallig=false", headers=MT_ARNHEM)

    assert [item["planningTekst"] for item in overdue.json()["resultaten"]] == ["2025"]
    assert all(item["achterstallig"] for item in overdue.json()["resultaten"])
    assert not any(item["achterstallig"] for item in on_time.json()["resultaten"])
    assert overdue.json()["aantal"] + on_time.json()["aantal"] == 4


async def test_actions_of_a_recommendation_are_listed_with_the_overdue_filter(
    client: AsyncClient,
) -> None:
    found = await aanbeveling(client, "C")

    overdue = await client.get(
        f"/aanbevelingen/{found['id']}/acties?achterstallig=true", headers=LEZER_ARNHEM
    )

    assert overdue.json()["aantal"] == 1


async def test_finishing_an_action_records_the_completion_date(client: AsyncClient) -> None:
    found = await aanbeveling(client, "C")
    actie = found["acties"][0]

    patched = await client.patch(
        f"/acties/{actie['id']}",
        headers=if_match(REGIEVOERDER_ARNHEM, actie["versie"]),
        json={"status": "afgerond"},
    )

    assert patched.status_code == 200, patched.text
    assert patched.json()["afgerondOp"] == today().isoformat()
    assert patched.json()["achterstallig"] is False
    reopened = await client.patch(
        f"/acties/{actie['id']}",
        headers=if_match(REGIEVOERDER_ARNHEM, patched.json()["versie"]),
        json={"status": "open"},
    )
    assert reopened.json()["afgerondOp"] is None


async def test_a_completion_date_for_an_open_action_is_400(client: AsyncClient) -> None:
    found = await aanbeveling(client, "10")

    response = await client.post(
        f"/aanbevelingen/{found['id']}/acties",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "X", "afgerondOp": "2026-01-01"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "afgerondOp"


async def test_a_planning_that_is_no_date_or_period_is_400(client: AsyncClient) -> None:
    found = await aanbeveling(client, "10")

    response = await client.post(
        f"/aanbevelingen/{found['id']}/acties",
        headers=BEHEERDER_ARNHEM,
        json={"omschrijving": "X", "planning": "binnenkort"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "planning"


async def test_an_action_edit_needs_the_current_etag(client: AsyncClient) -> None:
    found = await aanbeveling(client, "C")
    url = f"/acties/{found['acties'][0]['id']}"

    stale = await client.patch(url, headers=if_match(BEHEERDER_ARNHEM, 9), json={"eigenaar": "X"})
    missing = await client.patch(url, headers=BEHEERDER_ARNHEM, json={"eigenaar": "X"})

    assert stale.status_code == 412
    assert missing.status_code == 428


async def test_renkum_cannot_see_arnhems_actions(client: AsyncClient, demo: DemoIds) -> None:
    found = await aanbeveling(client, "C")
    actie_id = found["acties"][0]["id"]

    read = await client.get(f"/acties/{actie_id}", headers=MT_RENKUM)
    listed = await client.get(f"/aanbevelingen/{found['id']}/acties", headers=MT_RENKUM)
    everything = await client.get("/acties", headers=MT_RENKUM)

    assert read.status_code == 404
    assert listed.status_code == 404
    assert everything.json()["aantal"] == 0


async def test_mt_cannot_add_or_edit_actions(client: AsyncClient) -> None:
    found = await aanbeveling(client, "C")

    added = await client.post(
        f"/aanbevelingen/{found['id']}/acties", headers=MT_ARNHEM, json={"omschrijving": "X"}
    )
    edited = await client.patch(
        f"/acties/{found['acties'][0]['id']}",
        headers=if_match(MT_ARNHEM, 1),
        json={"status": "afgerond"},
    )

    assert added.status_code == 403
    assert edited.status_code == 403
