"""Documents received, the regeling's own dates and the municipality's Wgr calendar."""

import uuid
from typing import Any

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DEVENTER,
    BEHEERDER_DIEMEN,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    PARTNER_DUO,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds, QueryCounter

VGGM = "Veiligheids- en Gezondheidsregio Gelderland-Midden"


def party_calendar(body: dict[str, Any], naam: str) -> dict[str, Any]:
    return next(p for p in body["verbondenPartijen"] if p["verbondenPartij"]["naam"] == naam)


def row(calendar: dict[str, Any], soort: str) -> dict[str, Any]:
    return next(r for r in calendar["termijnen"] if r["soort"] == soort)


async def test_wgr_calendar_flags_a_late_draft_budget_and_computes_the_zienswijze_deadline(
    client: AsyncClient,
) -> None:
    response = await client.get("/wgr-kalender?jaar=2026", headers=MT_ARNHEM)

    connectie = party_calendar(response.json(), "De Connectie")
    draft = row(connectie, "ontwerpbegroting")
    assert draft["uiterlijk"] == "2025-04-08"  # 12 weeks before the board's 1 July 2025
    assert draft["ontvangenOp"] == "2025-05-06"
    assert draft["status"] == "te_laat"
    assert draft["teLaat"] is True
    assert connectie["zienswijze"]["uiterlijk"] == "2025-07-29"  # 12 weeks after receipt
    assert connectie["zienswijze"]["naVaststelling"] is True
    assert row(connectie, "kaders")["status"] == "op_tijd"


async def test_wgr_calendar_uses_the_regelings_own_board_date(client: AsyncClient) -> None:
    response = await client.get("/wgr-kalender?jaar=2026", headers=LEZER_ARNHEM)

    vggm = party_calendar(response.json(), VGGM)
    assert row(vggm, "ontwerpbegroting")["uiterlijk"] == "2025-04-09"  # 12 weeks before 2 July
    assert row(vggm, "ontwerpbegroting")["status"] == "op_tijd"
    assert vggm["zienswijze"]["vaststelling"] == "2025-07-02"


async def test_wgr_calendar_lists_only_the_municipalitys_regelingen_with_own_budget(
    client: AsyncClient,
) -> None:
    arnhem = await client.get("/wgr-kalender?jaar=2026", headers=MT_ARNHEM)
    deventer = await client.get("/wgr-kalender?jaar=2026", headers=BEHEERDER_DEVENTER)

    names = [p["verbondenPartij"]["naam"] for p in arnhem.json()["verbondenPartijen"]]
    assert names == ["De Connectie", VGGM]  # no Duo+, no companies, no ended regeling
    assert deventer.json()["verbondenPartijen"] == []  # a centrumgemeenteregeling has no budget


async def test_wgr_calendar_is_for_municipal_accounts(client: AsyncClient) -> None:
    partner = await client.get("/wgr-kalender?jaar=2026", headers=PARTNER_DE_CONNECTIE)
    no_year = await client.get("/wgr-kalender", headers=MT_ARNHEM)

    assert partner.status_code == 403
    assert no_year.status_code == 400


async def test_partner_registers_a_received_document_that_the_calendar_shows(
    client: AsyncClient, demo: DemoIds
) -> None:
    created = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/documenten",
        headers=partner_posting(),
        json={"soort": "voorlopige_jaarrekening", "jaar": 2026, "ontvangenOp": "2026-03-02"},
    )

    assert created.status_code == 201
    calendar = (await client.get("/wgr-kalender?jaar=2026", headers=MT_RENKUM)).json()
    assert row(party_calendar(calendar, "De Connectie"), "voorlopige_jaarrekening") == {
        "soort": "voorlopige_jaarrekening",
        "documentJaar": 2026,
        "uiterlijk": "2027-04-30",
        "bron": "wet",
        "grondslag": "Wgr art. 34b",
        "ontvangenOp": "2026-03-02",
        "status": "op_tijd",
        "teLaat": False,
    }


async def test_partner_cannot_register_a_document_of_another_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/documenten",
        headers={**PARTNER_DUO, "Idempotency-Key": str(uuid.uuid4())},
        json={"soort": "kaders", "jaar": 2027, "ontvangenOp": "2026-03-02"},
    )

    assert response.status_code == 404


async def test_a_document_received_in_the_future_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/documenten",
        headers=REGIEVOERDER_ARNHEM,
        json={"soort": "kaders", "jaar": 2099, "ontvangenOp": "2098-03-02"},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "ontvangenOp"


async def test_documents_are_listed_for_participants_only(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten?jaar=2026"

    renkum = await client.get(url, headers=MT_RENKUM)
    diemen = await client.get(url, headers=BEHEERDER_DIEMEN)

    assert renkum.json()["aantal"] == 3
    assert diemen.status_code == 404


async def test_own_dates_replace_the_defaults_in_the_calendar(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-termijnen"
    body = {"termijnen": [{"moment": "vaststelling_begroting", "maand": 9, "dag": 1}]}

    response = await client.put(url, headers=current(BEHEERDER_ARNHEM), json=body)

    assert response.status_code == 200
    calendar = (await client.get("/wgr-kalender?jaar=2026", headers=MT_RENKUM)).json()
    draft = row(party_calendar(calendar, "De Connectie"), "ontwerpbegroting")
    assert draft["uiterlijk"] == "2025-06-09"
    assert draft["status"] == "op_tijd"


async def test_bad_own_dates_are_all_listed(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.put(
        f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-termijnen",
        headers=current(BEHEERDER_ARNHEM),
        json={
            "termijnen": [
                {"moment": "kaders", "maand": 2, "dag": 29},
                {"moment": "kaders", "maand": 3, "dag": 1},
            ]
        },
    )

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == [
        "termijnen[0].dag",
        "termijnen[1].moment",
    ]


async def test_mt_cannot_change_the_regelings_dates(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.put(
        f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-termijnen",
        headers=current(MT_ARNHEM),
        json={"termijnen": []},
    )

    assert response.status_code == 403


async def test_wgr_calendar_runs_a_fixed_number_of_queries(
    client: AsyncClient, queries: QueryCounter
) -> None:
    await client.get("/wgr-kalender?jaar=2026", headers=MT_ARNHEM)  # two regelingen
    arnhem = queries.count
    await client.get("/wgr-kalender?jaar=2026", headers=BEHEERDER_DIEMEN)  # one

    assert queries.count - arnhem == arnhem


def partner_posting(key: str | None = None) -> dict[str, str]:
    return {**PARTNER_DE_CONNECTIE, "Idempotency-Key": key or str(uuid.uuid4())}


def current(headers: dict[str, str]) -> dict[str, str]:
    """Any current version: for tests about something else than concurrency."""
    return {**headers, "If-Match": "*"}


DOCUMENT = {"soort": "jaarrekening", "jaar": 2020, "ontvangenOp": "2021-06-30"}


async def test_finding_9_a_retried_partner_document_post_is_stored_once(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"
    headers = partner_posting("jaarrekening-2020")

    first = await client.post(url, headers=headers, json=DOCUMENT)
    retried = await client.post(url, headers=headers, json=DOCUMENT)

    assert (first.status_code, retried.status_code) == (201, 201)
    assert retried.json() == first.json()
    listed = await client.get(f"{url}?jaar=2020&soort=jaarrekening", headers=MT_RENKUM)
    assert listed.json()["aantal"] == 1


async def test_finding_9_a_partner_document_post_needs_an_idempotency_key(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"

    response = await client.post(url, headers=PARTNER_DE_CONNECTIE, json=DOCUMENT)

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["Idempotency-Key"]


async def test_finding_9_the_same_key_with_another_document_is_422(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"
    headers = partner_posting()
    await client.post(url, headers=headers, json=DOCUMENT)

    other = await client.post(url, headers=headers, json={**DOCUMENT, "jaar": 2019})

    assert other.status_code == 422


async def test_finding_9_a_document_is_unique_per_party_kind_and_year(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"
    first = await client.post(url, headers=partner_posting(), json=DOCUMENT)

    again = await client.post(url, headers=REGIEVOERDER_ARNHEM, json=DOCUMENT)

    assert first.status_code == 201
    assert again.status_code == 409


async def test_finding_9_own_dates_are_replaced_only_against_the_set_last_read(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-termijnen"
    body = {"termijnen": [{"moment": "vaststelling_begroting", "maand": 9, "dag": 1}]}
    read = await client.get(url, headers=REGIEVOERDER_ARNHEM)
    etag = read.headers["etag"]

    without = await client.put(url, headers=BEHEERDER_ARNHEM, json=body)
    first = await client.put(url, headers={**BEHEERDER_ARNHEM, "If-Match": etag}, json=body)
    stale = await client.put(
        url, headers={**REGIEVOERDER_ARNHEM, "If-Match": etag}, json={"termijnen": []}
    )

    assert (without.status_code, first.status_code, stale.status_code) == (428, 200, 412)
    assert first.headers["etag"] != etag
    assert first.json()["resultaten"][0]["maand"] == 9
    assert first.json()["aantal"] == 1
    assert (await client.get(url, headers=MT_RENKUM)).json()["resultaten"][0]["maand"] == 9
