"""A party's dossier in the pages: linked once from the party's page; the shared documents
and the municipality's own, as the API shows them; a file or a link added through a
multipart form with its CSRF token, typed by content; downloads as attachments."""

import re

import httpx

from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_RENKUM
from tests.conftest import DemoIds
from tests.dossier.bestanden import EXE, PDF, odt
from tests.web.pages import csrf_of, signed_in

FIELDS = {"soort": "werkinstructie", "titel": "Werkinstructie zienswijze", "zichtbaarheid": "eigen"}


def url(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/dossier"


def api_url(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/dossierstukken?pageSize=100"


async def test_the_party_page_links_the_dossier_once(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "lezer-arnhem")

    page = await web.get(f"/verbonden-partijen/{demo.party('De Connectie')}")

    assert page.text.count(f'href="{url(demo)}"') == 1


async def test_the_page_shows_what_the_api_shows_and_nothing_of_another_municipality(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-renkum")

    page = await web.get(url(demo))

    assert page.status_code == 200
    renkum = (await api.get(api_url(demo), headers=BEHEERDER_RENKUM)).json()["resultaten"]
    arnhem = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"]
    assert renkum
    assert all(stuk["id"] in page.text for stuk in renkum)
    own_of_arnhem = [s for s in arnhem if s["zichtbaarheid"] == "eigen"]
    assert own_of_arnhem
    assert not any(stuk["id"] in page.text for stuk in own_of_arnhem)
    assert 'enctype="multipart/form-data"' in page.text
    assert "verlopen sinds" not in page.text  # Arnhem's overdue handover stays Arnhem's


async def test_a_regievoerder_uploads_a_file_and_downloads_it(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    page = await web.get(url(demo))
    assert "verlopen sinds" in page.text  # the demo's handover document

    response = await web.post(
        url(demo),
        data={"csrf_token": csrf_of(page.text), **FIELDS, "beoordelingsintervalMaanden": "12"},
        files={"bestand": ("instructie.odt", odt(), "application/octet-stream")},
    )

    assert response.status_code == 303, response.text
    listed = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"]
    stuk = next(s for s in listed if s["titel"] == FIELDS["titel"])
    assert stuk["bestand"]["type"] == "application/vnd.oasis.opendocument.text"
    assert stuk["beoordelingsintervalMaanden"] == 12
    download = await web.get(f"{url(demo)}/{stuk['id']}/bestand")
    assert download.content == odt()
    assert download.headers["content-disposition"].startswith("attachment;")
    assert download.headers["x-content-type-options"] == "nosniff"


async def test_a_link_is_added_through_the_same_form(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    page = await web.get(url(demo))

    response = await web.post(
        url(demo),
        data={"csrf_token": csrf_of(page.text), **FIELDS, "link": "https://intranet.nl/w"},
        files={"bestand": ("", b"", "application/octet-stream")},  # the input left empty
    )

    assert response.status_code == 303, response.text
    listed = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"]
    assert "https://intranet.nl/w" in [s["link"] for s in listed]


async def test_a_renamed_program_is_refused_on_the_file_field(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    page = await web.get(url(demo))

    response = await web.post(
        url(demo),
        data={"csrf_token": csrf_of(page.text), **FIELDS},
        files={"bestand": ("instructie.pdf", EXE, "application/pdf")},
    )

    assert response.status_code == 415
    assert 'href="#veld-bestand"' in response.text
    assert "Kies een PDF-, DOCX-, XLSX- of ODT-bestand." in response.text
    assert 'value="Werkinstructie zienswijze"' in response.text  # the person's input kept


async def test_another_participant_may_not_add_a_shared_document(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-renkum")
    page = await web.get(url(demo))

    response = await web.post(
        url(demo),
        data={"csrf_token": csrf_of(page.text), **FIELDS, "zichtbaarheid": "gedeeld"},
        files={"bestand": ("regeling.pdf", PDF, "application/pdf")},
    )

    assert response.status_code == 403
    assert "Alleen de penvoerder legt gedeelde stukken vast" in response.text


async def test_without_the_csrf_token_nothing_is_stored(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    before = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["aantal"]

    response = await web.post(
        url(demo), data=FIELDS, files={"bestand": ("a.pdf", PDF, "application/pdf")}
    )

    assert response.status_code == 403
    assert (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["aantal"] == before


async def test_editing_against_an_old_version_keeps_the_persons_input(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    listed = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"]
    stuk = next(s for s in listed if s["soort"] == "overdrachtsdocument")
    page = await web.get(f"{url(demo)}/{stuk['id']}")
    versie = re.search(r'name="versie" value="(\d+)"', page.text)
    assert versie
    form = {
        "csrf_token": csrf_of(page.text),
        "versie": versie.group(1),
        "soort": "overdrachtsdocument",
        "titel": "Overdracht bijgewerkt",
        "laatstBeoordeeldOp": "2026-12-01",
        "beoordelingsintervalMaanden": "12",
    }

    saved = await web.post(f"{url(demo)}/{stuk['id']}", data=form)
    stale = await web.post(f"{url(demo)}/{stuk['id']}", data={**form, "titel": "Later"})

    assert saved.status_code == 303, saved.text
    assert stale.status_code == 412
    assert 'value="Later"' in stale.text
    read = await api.get(f"{api_url(demo).split('?')[0]}/{stuk['id']}", headers=BEHEERDER_ARNHEM)
    assert read.json()["titel"] == "Overdracht bijgewerkt"
    assert read.json()["beoordelingVerlopen"] is False


async def edit_form(web: httpx.AsyncClient, demo: DemoIds, stuk_id: str) -> dict[str, str]:
    """The edit form of a document as the page fills it: its CSRF token and version."""
    page = await web.get(f"{url(demo)}/{stuk_id}")
    versie = re.search(r'name="versie" value="(\d+)"', page.text)
    assert versie
    return {"csrf_token": csrf_of(page.text), "versie": versie.group(1)}


async def handover_document(api: httpx.AsyncClient, demo: DemoIds) -> dict[str, str]:
    listed = (await api.get(api_url(demo), headers=BEHEERDER_ARNHEM)).json()["resultaten"]
    found: dict[str, str] = next(s for s in listed if s["soort"] == "overdrachtsdocument")
    return found


async def test_a_bad_field_is_named_and_nothing_is_stored(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    stuk = await handover_document(api, demo)
    form = {
        **await edit_form(web, demo, stuk["id"]),
        "titel": "Nieuw",
        "soort": "overdrachtsdocument",
    }

    refused = await web.post(
        f"{url(demo)}/{stuk['id']}", data={**form, "beoordelingsintervalMaanden": "500"}
    )

    assert refused.status_code == 400
    assert "Dit getal is te groot." in refused.text
    assert 'value="Nieuw"' in refused.text
    read = await api.get(f"{api_url(demo).split('?')[0]}/{stuk['id']}", headers=BEHEERDER_ARNHEM)
    assert read.json()["titel"] == stuk["titel"]


async def test_removing_an_old_version_is_refused_and_keeps_the_document(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "regievoerder-arnhem")
    stuk = await handover_document(api, demo)
    old = await edit_form(web, demo, stuk["id"])
    fields = {"soort": "overdrachtsdocument", "titel": "Overdracht bijgewerkt"}
    saved = await web.post(f"{url(demo)}/{stuk['id']}", data={**old, **fields})

    stale = await web.post(f"{url(demo)}/{stuk['id']}/verwijderen", data=old)
    current = await web.post(
        f"{url(demo)}/{stuk['id']}/verwijderen", data=await edit_form(web, demo, stuk["id"])
    )

    assert saved.status_code == 303, saved.text
    assert stale.status_code == 412
    assert current.status_code == 303
    gone = await api.get(f"{api_url(demo).split('?')[0]}/{stuk['id']}", headers=BEHEERDER_ARNHEM)
    assert gone.status_code == 404
