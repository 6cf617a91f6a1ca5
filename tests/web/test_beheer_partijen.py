"""Beheer of regievoerders and participations: the beheerder of a participating municipality
only, the same rules as the API, every bad field named and nothing stored."""

import httpx

from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in


async def test_the_party_list_holds_the_parties_the_municipality_takes_part_in(
    web: httpx.AsyncClient,
) -> None:
    await signed_in(web, "beheerder-arnhem")

    page = await web.get("/beheer/partijen")

    assert page.status_code == 200
    assert "De Connectie" in page.text
    assert "Duo+" not in page.text


async def test_a_party_the_municipality_does_not_take_part_in_is_not_found(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")

    response = await web.get(f"/beheer/partijen/{demo.party('Duo+')}")

    assert response.status_code == 404


async def test_the_ticked_regievoerders_direct_the_party(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    party = demo.party("De Connectie")
    page = await web.get(f"/beheer/partijen/{party}")
    assert "checked>" in page.text  # the demo's regievoerder directs it

    response = await web.post(
        f"/beheer/partijen/{party}/regievoerders", data={"csrf_token": csrf_of(page.text)}
    )

    assert response.status_code == 303
    listed = await api.get(f"/verbonden-partijen/{party}/regievoerders", headers=BEHEERDER_ARNHEM)
    assert listed.json()["resultaten"] == []


async def test_a_regievoerder_of_another_municipality_cannot_be_ticked(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    party = demo.party("De Connectie")
    page = await web.get(f"/beheer/partijen/{party}")
    form = {
        "csrf_token": csrf_of(page.text),
        "gebruikerIds": [str(demo.account("regievoerder-renkum"))],
    }

    response = await web.post(f"/beheer/partijen/{party}/regievoerders", data=form)

    assert response.status_code == 400
    assert 'href="#veld-gebruikerIds"' in response.text
    listed = await api.get(f"/verbonden-partijen/{party}/regievoerders", headers=BEHEERDER_ARNHEM)
    assert [r["id"] for r in listed.json()["resultaten"]] == [
        str(demo.account("regievoerder-arnhem"))
    ]


async def test_the_penvoerder_adds_a_participation_that_only_its_municipality_removes(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")  # Arnhem is De Connectie's penvoerder
    party = demo.party("De Connectie")
    page = await web.get(f"/beheer/partijen/{party}")
    diemen = str(demo.organisation("Diemen"))
    form = {"csrf_token": csrf_of(page.text), "organisatieId": diemen, "aandeel": "2,5"}

    added = await web.post(f"/beheer/partijen/{party}/deelnames", data=form)

    assert added.status_code == 303
    listed = await api.get(f"/verbonden-partijen/{party}/deelnames", headers=BEHEERDER_ARNHEM)
    new = [d for d in listed.json()["resultaten"] if d["organisatie"]["id"] == diemen]
    assert [d["aandeel"] for d in new] == [2.5]
    page = await web.get(f"/beheer/partijen/{party}")
    assert f"/beheer/deelnames/{new[0]['id']}/verwijderen" not in page.text
    removed = await web.post(
        f"/beheer/deelnames/{new[0]['id']}/verwijderen", data={"csrf_token": csrf_of(page.text)}
    )
    assert removed.status_code == 403
    listed = await api.get(f"/verbonden-partijen/{party}/deelnames", headers=BEHEERDER_ARNHEM)
    assert diemen in [d["organisatie"]["id"] for d in listed.json()["resultaten"]]


async def test_a_wrong_participation_names_every_bad_field(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    party = demo.party("De Connectie")
    page = await web.get(f"/beheer/partijen/{party}")
    form = {
        "csrf_token": csrf_of(page.text),
        "organisatieId": "",
        "aandeel": "veel",
        "begindatum": "morgen",
    }

    response = await web.post(f"/beheer/partijen/{party}/deelnames", data=form)

    assert response.status_code == 400
    for field in ("organisatieId", "aandeel", "begindatum"):
        assert f'href="#veld-{field}"' in response.text, field


async def test_participation_forms_need_the_csrf_token(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "beheerder-arnhem")
    party = demo.party("De Connectie")

    response = await web.post(
        f"/beheer/partijen/{party}/deelnames",
        data={"organisatieId": str(demo.organisation("Diemen"))},
    )

    assert response.status_code == 403
