"""A party's risks in the pages: the municipality's own, as the API shows them; added and
edited by a beheerder or the party's regievoerder only, versioned, audited, CSRF-checked."""

import re

import httpx

from tests.auth_headers import REGIEVOERDER_ARNHEM, REGIEVOERDER_RENKUM
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in

NEW = {"omschrijving": "Sleutelleverancier stopt", "kans": "3", "impact": "4", "status": "open"}


async def risks_page(web: httpx.AsyncClient, demo: DemoIds) -> tuple[str, httpx.Response]:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    return url, await web.get(url)


async def test_the_list_shows_the_risks_the_api_shows(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "lezer-arnhem")
    url, page = await risks_page(web, demo)

    assert page.status_code == 200
    listed = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)
    assert listed.json()["resultaten"]
    for risk in listed.json()["resultaten"]:
        assert risk["id"] in page.text
    assert "Risico toevoegen" not in page.text  # a lezer reads only


async def test_another_municipalitys_risks_stay_out_of_sight(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-renkum")
    url, page = await risks_page(web, demo)
    arnhem = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)

    assert arnhem.json()["resultaten"]
    for risk in arnhem.json()["resultaten"]:
        assert risk["id"] not in page.text
        assert (await web.get(f"{url}/{risk['id']}")).status_code == 404
    mine = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_RENKUM)
    assert page.text.count(f"{url}/") >= len(mine.json()["resultaten"])


async def test_a_regievoerder_adds_a_risk(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await risks_page(web, demo)

    response = await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})

    assert response.status_code == 303
    listed = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)
    assert "Sleutelleverancier stopt" in [r["omschrijving"] for r in listed.json()["resultaten"]]
    assert "Risico toegevoegd." in (await web.get(url)).text


async def test_a_bad_risk_names_every_field(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await risks_page(web, demo)
    form = {"csrf_token": csrf_of(page.text), "omschrijving": "", "kans": "9", "impact": "",
            "financieleOmvang": "veel", "status": "open"}  # fmt: skip

    response = await web.post(url, data=form)

    assert response.status_code == 400
    for field in ("omschrijving", "kans", "impact", "financieleOmvang"):
        assert f'href="#veld-{field}"' in response.text, field


async def test_an_mt_member_cannot_add_a_risk(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "mt-arnhem")
    url, page = await risks_page(web, demo)

    response = await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})

    assert response.status_code == 403


async def test_editing_a_risk_saves_the_version_read(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, page = await risks_page(web, demo)
    await web.post(url, data={"csrf_token": csrf_of(page.text), **NEW})
    listed = await api.get(f"{url}?pageSize=100", headers=REGIEVOERDER_ARNHEM)
    risk = next(r for r in listed.json()["resultaten"] if r["omschrijving"] == NEW["omschrijving"])
    edit = await web.get(f"{url}/{risk['id']}")
    assert 'name="versie" value="1"' in edit.text
    form = {"csrf_token": csrf_of(edit.text), "versie": "1", **NEW, "status": "beheerst"}

    saved = await web.post(f"{url}/{risk['id']}", data=form)
    stale = await web.post(f"{url}/{risk['id']}", data={**form, "eigenaar": "Piet"})

    assert saved.status_code == 303
    assert stale.status_code == 412
    assert "Iemand anders heeft dit risico intussen gewijzigd." in stale.text
    assert 'value="Piet"' in stale.text
    assert re.search(r'name="versie" value="2"', stale.text)
    current = await api.get(f"/risicos/{risk['id']}", headers=REGIEVOERDER_ARNHEM)
    assert current.json()["status"] == "beheerst"


async def test_partners_have_no_risk_pages(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await sign_in(web, "partner-de-connectie")

    _url, page = await risks_page(web, demo)

    assert page.status_code == 404


async def test_a_risk_without_the_csrf_token_is_refused(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    url, _ = await risks_page(web, demo)

    assert (await web.post(url, data=NEW)).status_code == 403
