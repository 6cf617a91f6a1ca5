"""A party's evaluations in the pages: the municipality's own, as the API shows them; added
and edited by a beheerder or the party's regievoerder only, one per year, versioned."""

import httpx

from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in

NEW = {
    "jaar": "2024",
    "datum": "2025-02-01",
    "uitkomst": "Goede samenwerking",
    "tevredenheid": "7,5",
}


async def evaluations_page(web: httpx.AsyncClient, demo: DemoIds) -> tuple[str, httpx.Response]:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/evaluaties"
    return url, await web.get(url)


async def test_a_regievoerder_adds_an_evaluation(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await evaluations_page(web, demo)
    assert page.status_code == 200

    response = await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})

    assert response.status_code == 303
    listed = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)
    found = [e for e in listed.json()["resultaten"] if e["jaar"] == 2024]
    assert [e["tevredenheid"] for e in found] == [7.5]
    assert found[0]["id"] in (await web.get(url)).text


async def test_a_second_evaluation_of_a_year_is_an_error_on_the_year(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await evaluations_page(web, demo)
    await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})

    again = await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})

    assert again.status_code == 400
    assert "Uw gemeente heeft dit jaar van deze partij al geëvalueerd" in again.text


async def test_a_bad_evaluation_names_every_field(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await evaluations_page(web, demo)
    form = {"csrf_token": csrf_of(page.text), "jaar": "1800", "datum": "gisteren",
            "uitkomst": "", "tevredenheid": "11"}  # fmt: skip

    response = await web.post(url, data=form)

    assert response.status_code == 400
    for field in ("jaar", "datum", "uitkomst", "tevredenheid"):
        assert f'href="#veld-{field}"' in response.text, field


async def test_an_evaluation_before_its_year_is_refused_on_the_date(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await evaluations_page(web, demo)

    response = await web.post(
        url, data={"csrf_token": csrf_of(page.text), **NEW, "datum": "2023-12-31"}
    )

    assert response.status_code == 400
    assert 'href="#veld-datum"' in response.text


async def test_editing_keeps_the_text_when_someone_saved_in_between(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await evaluations_page(web, demo)
    await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})
    listed = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)
    evaluation = next(e for e in listed.json()["resultaten"] if e["jaar"] == 2024)
    edit = await web.get(f"{url}/{evaluation['id']}")
    form = {"csrf_token": csrf_of(edit.text), "versie": "1", **NEW, "tevredenheid": ""}

    saved = await web.post(f"{url}/{evaluation['id']}", data=form)
    stale = await web.post(f"{url}/{evaluation['id']}", data={**form, "uitkomst": "Mijn tekst"})

    assert saved.status_code == 303
    assert stale.status_code == 412
    assert "Mijn tekst" in stale.text
    current = await api.get(f"/evaluaties/{evaluation['id']}", headers=REGIEVOERDER_ARNHEM)
    assert current.json()["tevredenheid"] is None


async def test_readers_see_no_form_and_partners_no_page(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "mt-arnhem")
    _, page = await evaluations_page(web, demo)
    assert page.status_code == 200
    assert "Evaluatie toevoegen" not in page.text

    web.cookies.clear()
    await sign_in(web, "partner-de-connectie")
    _, partner = await evaluations_page(web, demo)
    assert partner.status_code == 404


async def test_a_party_the_municipality_does_not_take_part_in_is_not_found(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")

    response = await web.get(f"/verbonden-partijen/{demo.party('Duo+')}/evaluaties")

    assert response.status_code == 404
