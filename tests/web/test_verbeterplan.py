"""The improvement plan in the pages: the municipality's own recommendations and actions as
the API shows them, the response and the actions' progress written by a beheerder or
regievoerder (versioned), and the seed-004 import with its dry run first."""

import re

import httpx

from tests.auth_headers import BEHEERDER_RENKUM, REGIEVOERDER_ARNHEM
from tests.verbeterplan.helpers import SEED_CSV, SEED_XLSX, plan
from tests.web.pages import csrf_of, sign_in, signed_in

HIDDEN = re.compile(
    r'<input type="hidden" name="(bestand|controle|soort|naam|bron)" value="([^"]*)">'
)


async def first_recommendation(api: httpx.AsyncClient) -> dict[str, object]:
    stored = await plan(api, REGIEVOERDER_ARNHEM)
    assert stored
    return stored[0]


async def test_the_plan_shows_the_municipalitys_recommendations(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    await signed_in(web, "lezer-arnhem")

    page = await web.get("/verbeterplan")

    assert page.status_code == 200
    for item in await plan(api, REGIEVOERDER_ARNHEM):
        assert f"/verbeterplan/aanbevelingen/{item['id']}" in page.text
    assert "Verbeterplan importeren" not in page.text


async def test_another_municipalitys_recommendation_is_not_found(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await signed_in(web, "beheerder-renkum")

    response = await web.get(f"/verbeterplan/aanbevelingen/{item['id']}")

    assert response.status_code == 404


async def test_a_regievoerder_responds_and_a_missing_reason_is_named(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await signed_in(web, "regievoerder-arnhem")
    url = f"/verbeterplan/aanbevelingen/{item['id']}"
    page = await web.get(url)
    versie = str(item["versie"])
    form = {"csrf_token": csrf_of(page.text), "versie": versie, "reactie": "niet_overgenomen"}

    refused = await web.post(url, data=form)
    saved = await web.post(url, data={**form, "reactieToelichting": "Te duur"})

    assert refused.status_code == 400
    assert 'href="#veld-reactieToelichting"' in refused.text
    assert saved.status_code == 303
    stored = await api.get(f"/aanbevelingen/{item['id']}", headers=REGIEVOERDER_ARNHEM)
    assert stored.json()["reactie"] == "niet_overgenomen"
    assert stored.json()["reactieToelichting"] == "Te duur"


async def test_an_action_is_added_and_finished(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await signed_in(web, "regievoerder-arnhem")
    url = f"/verbeterplan/aanbevelingen/{item['id']}"
    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "omschrijving": "Nieuwe werkwijze", "status": "open",
            "planning": "Q4 2026", "eigenaar": "Team regie"}  # fmt: skip

    added = await web.post(f"{url}/acties", data=form)

    assert added.status_code == 303
    stored = await api.get(f"/aanbevelingen/{item['id']}", headers=REGIEVOERDER_ARNHEM)
    actie = next(a for a in stored.json()["acties"] if a["omschrijving"] == "Nieuwe werkwijze")
    assert actie["planning"] == "2026-12-31"
    page = await web.get(url)
    update = {
        "csrf_token": csrf_of(page.text),
        "versie": str(actie["versie"]),
        "omschrijving": "Nieuwe werkwijze",
        "status": "afgerond",
        "afgerondOp": "2026-01-15",
    }
    finished = await web.post(f"/verbeterplan/acties/{actie['id']}", data=update)
    stale = await web.post(f"/verbeterplan/acties/{actie['id']}", data={**update, "eigenaar": "Ik"})

    assert finished.status_code == 303
    after = await api.get(f"/acties/{actie['id']}", headers=REGIEVOERDER_ARNHEM)
    assert after.json()["status"] == "afgerond"
    assert after.json()["afgerondOp"] == "2026-01-15"
    assert stale.status_code == 412
    assert 'value="Ik"' in stale.text


async def test_a_bad_action_names_its_fields(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await signed_in(web, "regievoerder-arnhem")
    url = f"/verbeterplan/aanbevelingen/{item['id']}"
    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "omschrijving": "", "status": "klaar",
            "planning": "ooit"}  # fmt: skip

    response = await web.post(f"{url}/acties", data=form)

    assert response.status_code == 400
    for field in ("nieuw-omschrijving", "nieuw-status"):
        assert f'href="#veld-{field}"' in response.text, field


async def test_an_mt_member_reads_but_cannot_write(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await signed_in(web, "mt-arnhem")
    page = await web.get(f"/verbeterplan/aanbevelingen/{item['id']}")

    assert page.status_code == 200
    assert "Reactie opslaan" not in page.text
    assert (await web.get("/verbeterplan/import")).status_code == 404


async def test_the_import_shows_the_dry_run_first_then_imports(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    await signed_in(web, "regievoerder-renkum")
    form_page = await web.get("/verbeterplan/import")
    csrf = csrf_of(form_page.text)

    dry = await web.post(
        "/verbeterplan/import/proefdraai",
        data={"csrf_token": csrf, "bron": "rekenkamer"},
        files={"bestand": ("verbeterplan.csv", SEED_CSV.read_bytes())},
    )

    assert dry.status_code == 200, dry.text
    assert "Proefdraai: dit zou de import doen" in dry.text
    assert "16 nieuw" in dry.text
    assert await plan(api, BEHEERDER_RENKUM) == []
    hidden = dict(HIDDEN.findall(dry.text))
    done = await web.post("/verbeterplan/import", data={"csrf_token": csrf, **hidden})
    assert done.status_code == 200
    assert "Geïmporteerd" in done.text
    assert len(await plan(api, BEHEERDER_RENKUM)) == 16


async def test_an_xlsx_import_and_a_tampered_confirmation(web: httpx.AsyncClient) -> None:
    await signed_in(web, "regievoerder-renkum")
    csrf = csrf_of((await web.get("/verbeterplan/import")).text)
    dry = await web.post(
        "/verbeterplan/import/proefdraai",
        data={"csrf_token": csrf, "bron": "rekenkamer"},
        files={"bestand": ("verbeterplan.xlsx", SEED_XLSX.read_bytes())},
    )
    assert "16 nieuw" in dry.text
    hidden = dict(HIDDEN.findall(dry.text))

    tampered = await web.post(
        "/verbeterplan/import", data={"csrf_token": csrf, **hidden, "controle": "0" * 64}
    )

    assert tampered.status_code == 400
    assert "Het bestand kwam niet heel aan" in tampered.text


async def test_a_file_that_is_no_plan_is_refused_on_the_file(web: httpx.AsyncClient) -> None:
    await signed_in(web, "regievoerder-renkum")
    csrf = csrf_of((await web.get("/verbeterplan/import")).text)

    response = await web.post(
        "/verbeterplan/import/proefdraai",
        data={"csrf_token": csrf, "bron": "rekenkamer"},
        files={"bestand": ("x.csv", b"a;b\n1;2\n")},
    )

    assert response.status_code == 400
    assert 'href="#veld-bestand"' in response.text


async def test_an_unknown_source_is_named(web: httpx.AsyncClient) -> None:
    await signed_in(web, "regievoerder-renkum")
    csrf = csrf_of((await web.get("/verbeterplan/import")).text)

    response = await web.post(
        "/verbeterplan/import/proefdraai",
        data={"csrf_token": csrf, "bron": "onbekend"},
        files={"bestand": ("verbeterplan.csv", SEED_CSV.read_bytes())},
    )

    assert response.status_code == 400
    assert 'href="#veld-bron"' in response.text


async def test_partners_have_no_plan_and_forms_need_csrf(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    item = await first_recommendation(api)
    await sign_in(web, "partner-de-connectie")
    assert (await web.get("/verbeterplan")).status_code == 404
    web.cookies.clear()
    await signed_in(web, "regievoerder-arnhem")

    response = await web.post(
        f"/verbeterplan/aanbevelingen/{item['id']}", data={"reactie": "overgenomen"}
    )

    assert response.status_code == 403
