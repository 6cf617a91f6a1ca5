"""The municipality's status reports as CSV and XLSX: one row per report, every field of
the seed's form a column, other municipalities' reports never in it."""

import csv
import io

from httpx import AsyncClient
from openpyxl import load_workbook

from tests.auth_headers import MT_ARNHEM, MT_RENKUM
from tests.conftest import DemoIds

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_the_csv_has_a_row_per_report_with_every_field_of_the_form(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        "/voortgangsrapportages?formaat=csv&periode=2025-H2", headers=MT_ARNHEM
    )

    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    connectie = next(r for r in rows if r["verbondenPartijId"] == str(demo.party("De Connectie")))
    assert connectie["portefeuillehouder"] == "Wethouder bedrijfsvoering"
    assert connectie["projectfase"] == "Uitvoering 2!Connect"
    assert connectie["besluitvorming"].startswith("Het MT wordt gevraagd")
    assert connectie["afwijkingTotaalplanning"] == "false"
    assert connectie["inhoudOordeel"] == "achter"


async def test_the_xlsx_holds_only_the_callers_municipalitys_reports(client: AsyncClient) -> None:
    arnhem = await client.get("/voortgangsrapportages", headers={**MT_ARNHEM, "Accept": XLSX})
    renkum = await client.get("/voortgangsrapportages", headers={**MT_RENKUM, "Accept": XLSX})

    def report_ids(content: bytes) -> set[str]:
        sheet = load_workbook(io.BytesIO(content)).worksheets[0]
        return {row[0].value for row in sheet.iter_rows(min_row=2)}

    arnhem_json = await client.get("/voortgangsrapportages", headers=MT_ARNHEM)
    assert arnhem.headers["content-type"] == XLSX
    assert report_ids(arnhem.content) == {r["id"] for r in arnhem_json.json()["resultaten"]}
    assert not report_ids(arnhem.content) & report_ids(renkum.content)
