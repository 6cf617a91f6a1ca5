"""The BBV paragraph's material risks from the municipality's own risk register: private to
it, in JSON, CSV and XLSX."""

import csv
import io
from typing import Any

from httpx import AsyncClient
from openpyxl import load_workbook

from tests.auth_headers import MT_ARNHEM, MT_RENKUM, REGIEVOERDER_ARNHEM, REGIEVOERDER_RENKUM
from tests.bbv.test_bbv_paragraph import entry
from tests.conftest import DemoIds

RENKUM_RISK = {
    "omschrijving": "Renkum: uitval van de koppeling met het zaaksysteem",
    "kans": 5,
    "impact": 5,
    "financieleOmvang": 90000,
}


def connectie_risks(body: dict[str, Any]) -> list[str]:
    connectie = entry(body, "gemeenschappelijke_regeling", "De Connectie")
    return [risk["omschrijving"] for risk in connectie["materieleRisicos"]]


async def add_risk(
    client: AsyncClient, demo: DemoIds, headers: dict[str, str], **body: Any
) -> dict[str, Any]:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/risicos"
    created = await client.post(url, headers=headers, json=body)
    assert created.status_code == 201, created.text
    return dict(created.json())


async def test_arnhems_bbv_paragraph_shows_arnhems_de_connectie_risks_and_renkums_does_not(
    client: AsyncClient, demo: DemoIds
) -> None:
    await add_risk(client, demo, REGIEVOERDER_RENKUM, **RENKUM_RISK)

    arnhem = (await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)).json()
    renkum = (await client.get("/bbv-paragraaf/2026", headers=MT_RENKUM)).json()

    assert connectie_risks(arnhem) == [
        "Hogere bijdrage aan De Connectie door stijgende loon- en licentiekosten.",
        "Het verbeterpad Governance loopt vertraging op: de beheersstructuur blijft onduidelijk "
        "en sturing op prestaties blijft uit.",
    ]
    largest = entry(arnhem, "gemeenschappelijke_regeling", "De Connectie")["materieleRisicos"][0]
    assert (largest["score"], largest["financieleOmvang"]) == (12, 420000)
    assert connectie_risks(renkum) == [RENKUM_RISK["omschrijving"]]
    assert "Governance" not in str(renkum)


async def test_only_current_risks_at_or_above_the_threshold_are_material(
    client: AsyncClient, demo: DemoIds
) -> None:
    await add_risk(client, demo, REGIEVOERDER_ARNHEM, omschrijving="Drempel", kans=2, impact=5)
    await add_risk(client, demo, REGIEVOERDER_ARNHEM, omschrijving="Net eronder", kans=3, impact=3)
    lapsed = await add_risk(
        client, demo, REGIEVOERDER_ARNHEM, omschrijving="Vervallen", kans=5, impact=5
    )
    patched = await client.patch(
        f"/risicos/{lapsed['id']}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": '"1"'},
        json={"status": "vervallen"},
    )
    assert patched.status_code == 200, patched.text

    body = (await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)).json()

    risks = connectie_risks(body)
    assert "Drempel" in risks  # 2 × 5 = 10
    assert "Net eronder" not in risks  # 3 × 3 = 9
    assert "Vervallen" not in risks


async def test_material_risks_are_in_the_csv_and_in_a_typed_xlsx_sheet(
    client: AsyncClient,
) -> None:
    as_csv = await client.get("/bbv-paragraaf/2026?formaat=csv", headers=MT_ARNHEM)
    as_xlsx = await client.get("/bbv-paragraaf/2026?formaat=xlsx", headers=MT_ARNHEM)

    rows = list(csv.DictReader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    connectie = next(r for r in rows if r["Naam"] == "De Connectie")
    assert connectie["Materiële risico's (eigen register)"].startswith(
        "Hogere bijdrage aan De Connectie door stijgende loon- en licentiekosten. "
        "(score 12, € 420.000)"
    )
    workbook = load_workbook(io.BytesIO(as_xlsx.content))
    sheet = workbook["Materiële risico's"]
    header = [cell.value for cell in sheet[1]]
    first = list(sheet[2])
    assert first[header.index("Naam")].value == "De Connectie"
    assert first[header.index("Score")].value == 12
    assert first[header.index("Score")].data_type == "n"
    assert first[header.index("Financiële omvang")].value == 420000
    assert sheet.max_row == 3
