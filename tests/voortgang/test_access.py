"""Who may read and write status reports: private to the municipality, written by its
regievoerder, judged by its MT."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
    as_,
)
from tests.conftest import DemoIds
from tests.voortgang.steps import OP_KOERS, act, draft, edit, submitted


async def test_renkum_mt_cannot_see_arnhems_report(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}"

    single = await client.get(url, headers=MT_RENKUM)
    versions = await client.get(f"{url}/versies", headers=MT_RENKUM)
    listed = await client.get("/voortgangsrapportages?periode=2026-H1", headers=MT_RENKUM)

    assert single.status_code == 404
    assert versions.status_code == 404
    assert listed.json()["aantal"] == 0


async def test_renkum_cannot_act_on_arnhems_report(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)

    approved = await act(client, report, "goedkeuren", MT_RENKUM)
    edited = await edit(client, report, {"samenvatting": "x"}, REGIEVOERDER_RENKUM)

    assert approved.status_code == 404
    assert edited.status_code == 404


async def test_partner_cannot_read_status_reports(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)

    listed = await client.get("/voortgangsrapportages", headers=PARTNER_DE_CONNECTIE)
    single = await client.get(
        f"/voortgangsrapportages/{report.json()['id']}", headers=PARTNER_DE_CONNECTIE
    )

    assert listed.status_code == 403
    assert single.status_code == 403


async def test_mt_member_cannot_edit_the_content(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo)

    response = await edit(client, report, {"aspecten": {"voortgang": OP_KOERS}}, MT_ARNHEM)

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


async def test_only_a_regievoerder_drafts_a_report(client: AsyncClient, demo: DemoIds) -> None:
    for headers in (MT_ARNHEM, BEHEERDER_ARNHEM, LEZER_ARNHEM, PARTNER_DE_CONNECTIE):
        assert (await draft(client, demo, headers=headers)).status_code == 403


async def test_regievoerder_of_another_party_cannot_draft(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await draft(client, demo, party="BNG Bank", headers=as_("regievoerder-deventer"))

    assert response.status_code == 403


async def test_draft_for_an_invisible_party_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await draft(client, demo, party="Duo+")

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "verbondenPartijId"


async def test_regievoerder_cannot_approve(client: AsyncClient, demo: DemoIds) -> None:
    report = await submitted(client, demo)

    response = await act(client, report, "goedkeuren", REGIEVOERDER_ARNHEM)

    assert response.status_code == 403


async def test_mt_cannot_submit_for_the_regievoerder(client: AsyncClient, demo: DemoIds) -> None:
    report = await edit(client, await draft(client, demo), {"aspecten": {"voortgang": OP_KOERS}})

    response = await act(client, report, "indienen", MT_ARNHEM)

    assert response.status_code == 403


async def test_every_municipal_role_reads_its_municipalitys_reports(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)
    url = f"/voortgangsrapportages/{report.json()['id']}"

    for headers in (MT_ARNHEM, BEHEERDER_ARNHEM, LEZER_ARNHEM, REGIEVOERDER_ARNHEM):
        assert (await client.get(url, headers=headers)).status_code == 200
