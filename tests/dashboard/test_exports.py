"""The overview, the drill-down and a norm's series as CSV and XLSX: the rows of the JSON."""

import csv
import io
from datetime import datetime
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from openpyxl import load_workbook
from openpyxl.cell import Cell

from app.core.exports.formats import XLSX_MEDIA_TYPE
from app.core.exports.table import BLAUW, GROEN, ORANJE, ROOD, neutralise
from app.core.exports.xlsx_writer import LOCAL_TIME
from tests.auth_headers import BEHEERDER_ARNHEM, LEZER_ARNHEM, MT_ARNHEM
from tests.conftest import DemoIds
from tests.dashboard.helpers import overview

# The traffic lights are `+ = -` in the JSON and their words in CSV and XLSX.
LIGHT_WORDS = {"+": "beter", "=": "op_koers", "-": "achter"}
COLOURED = {*LIGHT_WORDS.values(), "gehaald", "aandacht", "niet_gehaald"}


def csv_rows(content: bytes, separator: str = ",") -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=separator))


def same_as_csv(value: Any, text: str) -> bool:
    if value is None:
        return text == ""
    if isinstance(value, bool):
        return text == ("true" if value else "false")
    if isinstance(value, int | float):
        return Decimal(text) == Decimal(str(value))
    return text == LIGHT_WORDS.get(value, neutralise(str(value)))


def same_as_xlsx(value: Any, cell: Cell) -> bool:
    if value is None:
        return cell.value is None
    if isinstance(value, bool):
        return cell.value is value
    if isinstance(value, int | float):
        factor = 100 if cell.number_format == "0.00%" else 1
        return abs(float(cell.value) * factor - value) < 1e-9
    if isinstance(cell.value, datetime) and "T" in value:
        at = datetime.fromisoformat(value).astimezone(LOCAL_TIME).replace(tzinfo=None)
        return bool(cell.value == at.replace(microsecond=0) or cell.value == at)
    if isinstance(cell.value, datetime):
        return cell.value.date().isoformat() == value
    word = LIGHT_WORDS.get(value, value)
    expected = word if word in COLOURED else neutralise(value)
    return cell.value == expected


async def test_the_csv_and_xlsx_carry_the_same_rows_as_the_json(client: AsyncClient) -> None:
    rows = await overview(client, LEZER_ARNHEM, sorteer="-aandacht")

    as_csv = await client.get(
        "/dashboard", headers=LEZER_ARNHEM, params={"formaat": "csv", "sorteer": "-aandacht"}
    )
    as_xlsx = await client.get(
        "/dashboard", headers=LEZER_ARNHEM, params={"formaat": "xlsx", "sorteer": "-aandacht"}
    )

    header, *lines = csv_rows(as_csv.content)
    assert header == list(rows[0])
    assert len(lines) == len(rows)
    for row, line in zip(rows, lines, strict=True):
        assert all(same_as_csv(row[key], text) for key, text in zip(header, line, strict=True))
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).worksheets[0]
    cells = list(sheet.iter_rows())
    assert [cell.value for cell in cells[0]] == header
    assert len(cells) == len(rows) + 1
    for row, xlsx_row in zip(rows, cells[1:], strict=True):
        assert all(same_as_xlsx(row[key], cell) for key, cell in zip(header, xlsx_row, strict=True))


async def test_the_csv_holds_every_row_not_one_page(client: AsyncClient) -> None:
    response = await client.get(
        "/dashboard", headers=MT_ARNHEM, params={"formaat": "csv", "pageSize": 2}
    )

    assert len(csv_rows(response.content)) == 1 + 5


async def test_the_csv_has_a_semicolon_option_for_dutch_excel(client: AsyncClient) -> None:
    response = await client.get(
        "/dashboard", headers=MT_ARNHEM, params={"formaat": "csv", "scheidingsteken": "puntkomma"}
    )

    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="dashboard.csv"'
    header = csv_rows(response.content, ";")[0]
    assert header[:3] == ["verbondenPartijId", "naam", "bbvCategorie"]


async def test_the_format_follows_the_accept_header(client: AsyncClient) -> None:
    response = await client.get("/dashboard", headers={**MT_ARNHEM, "Accept": XLSX_MEDIA_TYPE})

    assert response.headers["content-type"] == XLSX_MEDIA_TYPE
    assert load_workbook(io.BytesIO(response.content)).sheetnames == ["Dashboard"]


async def test_a_formula_looking_party_name_is_neutralised_in_csv_and_xlsx(
    client: AsyncClient,
) -> None:
    name = '=HYPERLINK("http://evil.example","klik")'
    created = await client.post(
        "/verbonden-partijen",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": name,
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "overig",
            "rechtsvorm": "overig",
            "openbaarBelang": "Test",
            "monitoringsniveau": 3,
        },
    )
    assert created.status_code == 201, created.text
    params = {"zoek": "HYPERLINK"}

    as_csv = await client.get("/dashboard", headers=MT_ARNHEM, params={**params, "formaat": "csv"})
    as_xlsx = await client.get(
        "/dashboard", headers=MT_ARNHEM, params={**params, "formaat": "xlsx"}
    )

    assert csv_rows(as_csv.content)[1][1] == "'" + name
    cell = load_workbook(io.BytesIO(as_xlsx.content)).worksheets[0]["B2"]
    assert cell.value == "'" + name
    assert cell.data_type == "s"


async def test_traffic_lights_are_words_filled_green_blue_and_red_in_xlsx(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        "/dashboard", headers=MT_ARNHEM, params={"formaat": "xlsx", "zoek": "Connectie"}
    )

    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert row["oordeelVoortgang"].value == "op_koers"
    assert row["oordeelVoortgang"].fill.fgColor.rgb == BLAUW
    assert row["oordeelInhoud"].value == "achter"
    assert row["oordeelInhoud"].fill.fgColor.rgb == ROOD
    assert row["oordeelInhoud"].data_type == "s"
    assert row["rondeStatus"].fill.fgColor.rgb == GROEN
    assert row["afwijkingSaldo"].number_format.startswith('"€"')
    assert row["aandeelNormenGehaald"].number_format == "0.00%"
    assert sheet.freeze_panes == "A2"


async def test_the_drill_down_is_a_workbook_with_a_sheet_per_table(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"

    detail = (await client.get(url, headers=MT_ARNHEM)).json()
    as_xlsx = await client.get(url, headers=MT_ARNHEM, params={"formaat": "xlsx"})

    workbook = load_workbook(io.BytesIO(as_xlsx.content))
    assert workbook.sheetnames == [
        "Dashboard",
        "Normen",
        "Begrotingen",
        "Prognoseverloop",
        "Voortgangsrapportages",
        "Acties",
        "Risico's",
        "Wgr-termijnen",
    ]
    points = sum(len(reeks["metingen"]) for reeks in detail["normen"])
    assert workbook["Normen"].max_row == points + 1
    assert workbook["Begrotingen"].max_row == len(detail["begrotingen"]) + 1
    assert workbook["Acties"].max_row == len(detail["acties"]) + 1


async def test_the_drill_downs_csv_is_the_norms_series_as_one_table(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"

    detail = (await client.get(url, headers=MT_ARNHEM)).json()
    as_csv = await client.get(url, headers=MT_ARNHEM, params={"formaat": "csv"})

    header, *lines = csv_rows(as_csv.content)
    assert header[:4] == ["servicenormId", "code", "periode", "waarde"]
    expected = [
        (reeks["code"], punt["periode"], punt["uitkomst"] or "")
        for reeks in detail["normen"]
        for punt in reeks["metingen"]
    ]
    at = {name: index for index, name in enumerate(header)}
    assert [(line[at["code"]], line[at["periode"]], line[at["uitkomst"]]) for line in lines] == (
        expected
    )


async def test_a_norms_series_exports_every_period(client: AsyncClient, demo: DemoIds) -> None:
    detail = (
        await client.get(
            f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}", headers=MT_ARNHEM
        )
    ).json()
    norm = next(reeks for reeks in detail["normen"] if reeks["code"] == "INC-8U")
    url = f"/servicenormen/{norm['servicenormId']}/metingen"

    pages = (await client.get(url, headers=MT_ARNHEM, params={"pageSize": 100})).json()
    as_csv = await client.get(url, headers=MT_ARNHEM, params={"formaat": "csv", "pageSize": 1})
    as_xlsx = await client.get(url, headers=MT_ARNHEM, params={"formaat": "xlsx"})

    header, *lines = csv_rows(as_csv.content)
    assert header == list(pages["resultaten"][0])
    assert [line[0] for line in lines] == [point["periode"] for point in pages["resultaten"]]
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).worksheets[0]
    outcomes = [row[2] for row in sheet.iter_rows(min_row=2)]
    colours = {"gehaald": GROEN, "aandacht": ORANJE, "niet_gehaald": ROOD}
    assert [cell.value for cell in outcomes] == [p["uitkomst"] for p in pages["resultaten"]]
    assert all(cell.fill.fgColor.rgb == colours[cell.value] for cell in outcomes)
