"""The MT's pages: the rounds, opening one, a round per party, the MT report as PDF."""

import httpx

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in
from tests.web.reports import create_draft, post_grid


async def _open_round(web: httpx.AsyncClient, **fields: str | list[str]) -> httpx.Response:
    page = await web.get("/rapportagerondes")
    data: dict[str, str | list[str]] = {"csrf_token": csrf_of(page.text), **fields}
    return await web.post("/rapportagerondes", data=data)


async def test_the_mt_opens_a_round_and_sees_every_party_that_must_report(
    web: httpx.AsyncClient,
) -> None:
    await sign_in(web, "mt-arnhem")

    opened = await _open_round(web, periode="2026-H2", deadline="2027-01-31", niveau=["1", "2"])

    assert opened.status_code == 303
    page = await web.get(opened.headers["location"])
    assert "Rapportageronde 2e halfjaar 2026" in page.text
    assert "De Connectie" in page.text
    assert "ontbreekt, nog op tijd" in page.text
    assert "mt-rapport.pdf" in page.text


async def test_opening_a_round_with_bad_fields_names_each(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")

    response = await _open_round(web, periode="1999-H1", deadline="morgen")

    assert response.status_code == 400
    for field in ("periode", "deadline", "niveau-1"):
        assert f'href="#veld-{field}"' in response.text


async def test_a_submitted_report_shows_as_reported_with_a_link(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "regievoerder-arnhem")
    url = await create_draft(web, demo.party("De Connectie"), "2026-H2")
    page = await web.get(url)
    await post_grid(web, url, page.text, "indienen", voortgang_oordeel="=")
    created = await api.post(
        "/rapportagerondes",
        json={"periode": "2026-H2", "deadline": "2027-01-31", "monitoringsniveaus": [1, 2]},
        headers=as_("mt-arnhem"),
    )
    await sign_in(web, "mt-arnhem")

    round_page = await web.get(f"/rapportagerondes/{created.json()['id']}")

    assert "ingediend, wacht op het MT" in round_page.text
    assert f'href="{url}"' in round_page.text


async def test_the_mt_report_downloads_as_a_pdf(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    rounds = (await api.get("/rapportagerondes", headers=as_("mt-arnhem"))).json()
    ronde_id = rounds["resultaten"][0]["id"]
    await sign_in(web, "mt-arnhem")

    response = await web.get(f"/rapportagerondes/{ronde_id}/mt-rapport.pdf")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response.headers["content-disposition"]


async def test_a_regievoerder_has_no_round_pages(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    rounds = (await api.get("/rapportagerondes", headers=as_("mt-arnhem"))).json()
    ronde_id = rounds["resultaten"][0]["id"]
    await sign_in(web, "regievoerder-arnhem")

    assert (await web.get("/rapportagerondes")).status_code == 404
    assert (await web.get(f"/rapportagerondes/{ronde_id}")).status_code == 404
    assert (await web.get(f"/rapportagerondes/{ronde_id}/mt-rapport.pdf")).status_code == 404


async def test_another_municipalitys_round_is_not_found(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    rounds = (await api.get("/rapportagerondes", headers=as_("mt-arnhem"))).json()
    ronde_id = rounds["resultaten"][0]["id"]
    await sign_in(web, "mt-diemen")

    assert (await web.get(f"/rapportagerondes/{ronde_id}")).status_code == 404
    assert (await web.get(f"/rapportagerondes/{ronde_id}/mt-rapport.pdf")).status_code == 404


async def test_a_reader_sees_rounds_but_cannot_open_one(web: httpx.AsyncClient) -> None:
    await sign_in(web, "lezer-arnhem")

    page = await web.get("/rapportagerondes")

    assert page.status_code == 200
    assert "Een ronde openen" not in page.text
    response = await web.post("/rapportagerondes", data={"csrf_token": csrf_of(page.text)})
    assert response.status_code == 404
