"""A party's dossier (issue 16, seed 004 recommendation 7): documents stored as files, typed
by their content, or links; shared ones kept by the penvoerder, private ones by their own
municipality; served as attachments."""

import hashlib

import pytest
from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    BEHEERDER_RENKUM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
)
from tests.conftest import DemoIds
from tests.dossier import bestanden

FIELDS = {
    "soort": "regeling",
    "titel": "Gemeenschappelijke regeling De Connectie",
    "zichtbaarheid": "gedeeld",
    "eigenaar": "Regievoerder De Connectie",
    "laatstBeoordeeldOp": "2026-01-15",
    "beoordelingsintervalMaanden": "12",
}
PDF_TYPE = "application/pdf"


def url(demo: DemoIds, party: str = "De Connectie") -> str:
    return f"/verbonden-partijen/{demo.party(party)}/dossierstukken"


async def upload(
    client: AsyncClient,
    demo: DemoIds,
    content: bytes,
    name: str = "regeling.pdf",
    declared: str = PDF_TYPE,
    headers: dict[str, str] = REGIEVOERDER_ARNHEM,
    **fields: str,
) -> "object":
    return await client.post(
        url(demo),
        headers=headers,
        data={**FIELDS, **fields},
        files={"bestand": (name, content, declared)},
    )


@pytest.mark.parametrize(
    ("content", "name", "media_type", "served"),
    [
        (bestanden.PDF, "regeling.pdf", "application/pdf", "regeling.pdf"),
        (
            bestanden.docx(),
            "dvo.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "dvo.docx",
        ),
        (
            bestanden.xlsx(),
            "planning.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "planning.xlsx",
        ),
        (
            bestanden.odt(),
            "instructie.odt",
            "application/vnd.oasis.opendocument.text",
            "instructie.odt",
        ),
        # The content decides: a PDF called .docx and declared as text is a PDF.
        (bestanden.PDF, "verkeerd.docx", "application/pdf", "verkeerd.pdf"),
    ],
)
async def test_each_document_type_is_stored_and_served_as_an_attachment(
    client: AsyncClient, demo: DemoIds, content: bytes, name: str, media_type: str, served: str
) -> None:
    created = await upload(client, demo, content, name=name, declared="text/plain")

    assert created.status_code == 201, created.text
    body = created.json()
    assert body["bestand"] == {
        "naam": served,
        "type": media_type,
        "grootte": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "versie": 1,
    }
    assert body["link"] is None
    assert body["volgendeBeoordelingOp"] == "2027-01-15"
    download = await client.get(f"{created.headers['location']}/bestand", headers=LEZER_ARNHEM)
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["content-type"] == media_type
    assert download.headers["content-disposition"].startswith("attachment;")
    assert f'filename="{served}"' in download.headers["content-disposition"]
    assert download.headers["x-content-type-options"] == "nosniff"
    etag = download.headers["etag"]
    assert etag == f'"{body["bestand"]["sha256"]}"'
    again = await client.get(
        f"{created.headers['location']}/bestand", headers={**LEZER_ARNHEM, "If-None-Match": etag}
    )
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("content", "name", "declared"),
    [
        (bestanden.EXE, "regeling.pdf", PDF_TYPE),
        (bestanden.HTML, "regeling.pdf", PDF_TYPE),
        (bestanden.plain_zip(), "dvo.docx", "application/zip"),
        (bestanden.docm(), "dvo.docx", "application/octet-stream"),
        (b"%PD", "kort.pdf", PDF_TYPE),
    ],
)
async def test_a_file_that_only_pretends_to_be_a_document_is_refused(
    client: AsyncClient, demo: DemoIds, content: bytes, name: str, declared: str
) -> None:
    before = (await client.get(url(demo), headers=BEHEERDER_ARNHEM)).json()["aantal"]

    refused = await upload(client, demo, content, name=name, declared=declared)

    assert refused.status_code == 415, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert [p["name"] for p in refused.json()["invalidParams"]] == ["bestand"]
    listed = await client.get(url(demo), headers=BEHEERDER_ARNHEM)
    assert listed.json()["aantal"] == before


async def test_a_zip_bomb_is_judged_by_its_directory_without_unpacking_it(
    client: AsyncClient, demo: DemoIds
) -> None:
    bomb = bestanden.zip_bomb()
    assert len(bomb) < 2_000_000

    created = await upload(client, demo, bomb, name="bom.docx")

    assert created.status_code == 201, created.text
    assert created.json()["bestand"]["grootte"] == len(bomb)


async def test_a_file_over_20_mb_is_413(client: AsyncClient, demo: DemoIds) -> None:
    limit = 20 * 1024 * 1024
    content = bestanden.PDF + b"0" * (limit + 1 - len(bestanden.PDF))

    refused = await upload(client, demo, content)
    at_limit = await upload(client, demo, content[:limit])

    assert refused.status_code == 413, refused.text
    assert at_limit.status_code == 201, at_limit.text


async def test_a_link_is_https_only(client: AsyncClient, demo: DemoIds) -> None:
    body = {**FIELDS, "beoordelingsintervalMaanden": 12, "soort": "dvo"}

    plain = await client.post(
        url(demo), headers=BEHEERDER_ARNHEM, json={**body, "link": "http://intranet/dvo"}
    )
    created = await client.post(
        url(demo), headers=BEHEERDER_ARNHEM, json={**body, "link": "https://intranet.nl/dvo"}
    )
    no_link = await client.post(url(demo), headers=BEHEERDER_ARNHEM, json=body)

    assert plain.status_code == 400
    assert [p["name"] for p in plain.json()["invalidParams"]] == ["link"]
    assert created.status_code == 201, created.text
    assert created.json()["bestand"] is None
    assert created.json()["link"] == "https://intranet.nl/dvo"
    assert no_link.status_code == 400
    assert [p["name"] for p in no_link.json()["invalidParams"]] == ["link"]
    missing = await client.get(f"{created.headers['location']}/bestand", headers=BEHEERDER_ARNHEM)
    assert missing.status_code == 404


async def test_shared_documents_are_kept_by_the_penvoerder_and_read_by_every_participant(
    client: AsyncClient, demo: DemoIds
) -> None:
    by_other = await upload(client, demo, bestanden.PDF, headers=REGIEVOERDER_RENKUM)
    by_renkum_beheerder = await upload(client, demo, bestanden.PDF, headers=BEHEERDER_RENKUM)
    created = await upload(client, demo, bestanden.PDF)
    location = created.headers["location"]

    assert (by_other.status_code, by_renkum_beheerder.status_code) == (403, 403)
    assert created.status_code == 201
    renkum = await client.get(location, headers=BEHEERDER_RENKUM)
    assert renkum.status_code == 200
    assert renkum.json()["kanWijzigen"] is False
    assert (await client.get(f"{location}/bestand", headers=BEHEERDER_RENKUM)).status_code == 200
    patched = await client.patch(
        location, headers={**BEHEERDER_RENKUM, "If-Match": '"1"'}, json={"titel": "Anders"}
    )
    assert patched.status_code == 403
    assert (await client.get(location, headers=BEHEERDER_DIEMEN)).status_code == 404
    assert (await client.get(url(demo), headers=BEHEERDER_DIEMEN)).status_code == 404
    assert (await client.get(location, headers=PARTNER_DE_CONNECTIE)).status_code == 403
    assert (await client.get(location, headers=MT_ARNHEM)).json()["kanWijzigen"] is False


async def test_own_documents_are_private_to_their_municipality(
    client: AsyncClient, demo: DemoIds
) -> None:
    own = await upload(
        client,
        demo,
        bestanden.docx(),
        name="overdracht.docx",
        headers=REGIEVOERDER_RENKUM,
        soort="overdrachtsdocument",
        zichtbaarheid="eigen",
        titel="Overdracht Renkum",
    )
    location = own.headers["location"]

    assert own.status_code == 201, own.text
    assert (await client.get(location, headers=BEHEERDER_ARNHEM)).status_code == 404
    assert (await client.get(f"{location}/bestand", headers=BEHEERDER_ARNHEM)).status_code == 404
    deleted = await client.delete(location, headers={**BEHEERDER_ARNHEM, "If-Match": "*"})
    assert deleted.status_code == 404
    arnhem = await client.get(url(demo), headers=BEHEERDER_ARNHEM)
    renkum = await client.get(url(demo), headers=BEHEERDER_RENKUM)
    assert "Overdracht Renkum" not in {d["titel"] for d in arnhem.json()["resultaten"]}
    # Renkum sees the demo's shared documents and its own, none of Arnhem's own.
    assert {(d["titel"], d["zichtbaarheid"]) for d in renkum.json()["resultaten"]} == {
        ("Gemeenschappelijke regeling De Connectie", "gedeeld"),
        ("Dienstverleningsovereenkomst 2026", "gedeeld"),
        ("Jaarverslag 2025", "gedeeld"),
        ("Overdracht Renkum", "eigen"),
    }
    eigen = await client.get(url(demo), headers=BEHEERDER_RENKUM, params={"zichtbaarheid": "eigen"})
    assert eigen.json()["aantal"] == 1


async def test_a_patch_needs_the_current_etag(client: AsyncClient, demo: DemoIds) -> None:
    created = await upload(client, demo, bestanden.PDF)
    location = created.headers["location"]

    missing = await client.patch(location, headers=BEHEERDER_ARNHEM, json={"titel": "Nieuw"})
    stale = await client.patch(
        location, headers={**BEHEERDER_ARNHEM, "If-Match": '"9"'}, json={"titel": "Nieuw"}
    )
    patched = await client.patch(
        location,
        headers={**BEHEERDER_ARNHEM, "If-Match": created.headers["etag"]},
        json={"titel": "Nieuw", "laatstBeoordeeldOp": "2026-06-30", "eigenaar": None},
    )

    assert (missing.status_code, stale.status_code) == (428, 412)
    assert patched.status_code == 200, patched.text
    assert patched.json()["titel"] == "Nieuw"
    assert patched.json()["eigenaar"] is None
    assert patched.json()["volgendeBeoordelingOp"] == "2027-06-30"
    assert patched.headers["etag"] == '"2"'
    again = await client.patch(
        location,
        headers={**BEHEERDER_ARNHEM, "If-Match": created.headers["etag"]},
        json={"titel": "Later"},
    )
    assert again.status_code == 412


async def test_a_new_file_is_a_new_version_and_the_earlier_one_stays(
    client: AsyncClient, demo: DemoIds
) -> None:
    created = await upload(client, demo, bestanden.PDF)
    location = created.headers["location"]
    newer = bestanden.odt()

    replaced = await client.put(
        f"{location}/bestand",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": created.headers["etag"]},
        files={"bestand": ("regeling-2026.odt", newer, "application/octet-stream")},
    )
    same_again = await client.put(
        f"{location}/bestand",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": replaced.headers["etag"]},
        files={"bestand": ("regeling-2026.odt", newer, "application/octet-stream")},
    )

    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["bestand"]["versie"] == 2
    assert same_again.status_code == 409
    current = await client.get(f"{location}/bestand", headers=LEZER_ARNHEM)
    first = await client.get(f"{location}/bestand", headers=LEZER_ARNHEM, params={"versie": 1})
    assert current.content == newer
    assert first.content == bestanden.PDF


async def test_an_overdue_review_is_listed_and_filtered(client: AsyncClient, demo: DemoIds) -> None:
    await upload(client, demo, bestanden.PDF, laatstBeoordeeldOp="2020-01-01", titel="Oud")
    await upload(client, demo, bestanden.PDF, laatstBeoordeeldOp="2099-01-01", titel="Vers")

    overdue = await client.get(
        url(demo), headers=LEZER_ARNHEM, params={"beoordelingVerlopen": "true"}
    )

    found = {d["titel"]: d["beoordelingVerlopen"] for d in overdue.json()["resultaten"]}
    # The demo's handover document is a couple of months overdue too.
    assert found == {"Oud": True, "Overdrachtsdocument regie De Connectie": True}


async def test_every_write_is_audited_and_shared_writes_are_in_every_trail(
    client: AsyncClient, demo: DemoIds
) -> None:
    created = await upload(client, demo, bestanden.PDF)
    stuk_id = created.json()["id"]

    deleted = await client.delete(
        created.headers["location"], headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}
    )

    assert deleted.status_code == 204
    trail = await client.get(
        "/audit-gebeurtenissen", headers=BEHEERDER_RENKUM, params={"entiteitId": stuk_id}
    )
    assert trail.status_code == 200, trail.text
    acties = [event["actie"] for event in trail.json()["resultaten"]]
    assert sorted(acties) == ["aangemaakt", "verwijderd"]
    assert all("inhoud" not in (event["na"] or {}) for event in trail.json()["resultaten"])


async def test_only_the_dossiers_upload_paths_take_bodies_over_the_general_limit(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = bestanden.PDF + b"0" * (6 * 1024 * 1024)  # over VPM_MAX_BODY_BYTES (5 MiB)
    risks = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"

    elsewhere = await client.post(
        risks, headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"}, content=body
    )
    dossier = await upload(client, demo, body)

    assert elsewhere.status_code == 413
    assert dossier.status_code == 201, dossier.text
