"""A partner enters its budget year: the API's PUT (whole year, against the version read,
every version kept), errors at their fields, only its own party."""

import re

import httpx

from tests.auth_headers import PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in

VERSIE = re.compile(r'name="versie" value="(\d*)"')


async def budget_form(web: httpx.AsyncClient, jaar: int) -> tuple[str, str]:
    page = await web.get("/partner/begroting", params={"jaar": jaar})
    assert page.status_code == 200
    versie = VERSIE.search(page.text)
    assert versie
    return csrf_of(page.text), versie.group(1)


async def test_a_partner_enters_a_new_budget_year(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, versie = await budget_form(web, 2029)
    assert versie == ""
    arnhem = demo.organisation("Arnhem")
    form = {
        "csrf_token": csrf,
        "versie": versie,
        "primitief.lasten": "1.250.000,50",
        "primitief.baten": "1250000",
        f"bijdrage-{arnhem}": "400000",
    }

    response = await web.post("/partner/begroting/2029", data=form)

    assert response.status_code == 303, response.text
    party = demo.party("De Connectie")
    stored = await api.get(
        f"/verbonden-partijen/{party}/begrotingen/2029", headers=PARTNER_DE_CONNECTIE
    )
    assert stored.json()["primitief"] == {"lasten": 1250000.5, "baten": 1250000}
    assert stored.json()["bijdragen"] == [{"organisatieId": str(arnhem), "bedrag": 400000}]
    page = await web.get("/partner/begroting", params={"jaar": 2029})
    assert 'value="1250000,50"' in page.text
    assert "Begroting 2029 opgeslagen." in page.text


async def test_saving_again_makes_the_next_version(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, versie = await budget_form(web, 2029)
    form = {"csrf_token": csrf, "versie": versie, "primitief.lasten": "10", "primitief.baten": "10"}
    await web.post("/partner/begroting/2029", data=form)
    csrf, versie = await budget_form(web, 2029)

    response = await web.post(
        "/partner/begroting/2029", data={**form, "csrf_token": csrf, "versie": versie}
    )

    assert response.status_code == 303
    assert "versie 2" in (await web.get("/partner/begroting?jaar=2029")).text


async def test_a_save_over_someone_elses_keeps_the_text_and_offers_the_new_version(
    web: httpx.AsyncClient,
) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, versie = await budget_form(web, 2029)
    form = {"csrf_token": csrf, "versie": versie, "primitief.lasten": "10", "primitief.baten": "10"}
    await web.post("/partner/begroting/2029", data=form)  # someone else, in between

    stale = await web.post("/partner/begroting/2029", data={**form, "primitief.lasten": "77"})

    assert stale.status_code == 412
    assert "Iemand anders heeft deze begroting intussen opgeslagen." in stale.text
    assert 'value="77"' in stale.text
    current = VERSIE.search(stale.text)
    assert current
    assert current.group(1) == "1"
    again = await web.post(
        "/partner/begroting/2029", data={**form, "primitief.lasten": "77", "versie": "1"}
    )
    assert again.status_code == 303


async def test_every_bad_amount_is_named_and_nothing_is_stored(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, versie = await budget_form(web, 2029)
    form = {
        "csrf_token": csrf,
        "versie": versie,
        "primitief.lasten": "veel",
        "primitief.baten": "-5",
        "prognose.lasten": "10",
    }

    response = await web.post("/partner/begroting/2029", data=form)

    assert response.status_code == 400
    for field in ("primitief.lasten", "primitief.baten", "prognose.baten"):
        assert f'href="#veld-{field}"' in response.text, field
    assert 'value="veel"' in response.text
    party = demo.party("De Connectie")
    stored = await api.get(
        f"/verbonden-partijen/{party}/begrotingen/2029", headers=PARTNER_DE_CONNECTIE
    )
    assert stored.status_code == 404


async def test_municipal_accounts_have_no_partner_budget_page(web: httpx.AsyncClient) -> None:
    await sign_in(web, "beheerder-arnhem")

    assert (await web.get("/partner/begroting")).status_code == 404


async def test_a_budget_without_the_csrf_token_is_refused(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await web.post(
        "/partner/begroting/2029", data={"primitief.lasten": "1", "primitief.baten": "1"}
    )

    assert response.status_code == 403
