"""A partner's start page: its own party's rapportages, and nothing of anyone else."""

import httpx

from tests.web.pages import sign_in, signed_in


async def test_a_partner_sees_the_rapportages_its_party_pushed(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "partner-de-connectie")

    assert page.status_code == 200
    assert "Rapportages van De Connectie" in page.text
    assert 'aria-labelledby="rapportages-bijschrift"' in page.text
    assert "Tijdigheid" in page.text


async def test_a_partner_sees_only_its_own_party(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "partner-duo")

    assert "Rapportages van Duo+" in page.text
    assert "De Connectie" not in page.text


async def test_a_municipal_account_has_no_partner_page(web: httpx.AsyncClient) -> None:
    await sign_in(web, "beheerder-arnhem")

    response = await web.get("/partner")

    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.text
