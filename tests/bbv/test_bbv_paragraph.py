"""The paragraaf verbonden partijen (BBV art. 15): the municipality's own interests, the
parties' figures, what is missing; as JSON, CSV and a real workbook."""

import csv
import io
from typing import Any

from httpx import AsyncClient
from openpyxl import load_workbook

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
)
from tests.conftest import DemoIds, QueryCounter

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def category(body: dict[str, Any], categorie: str) -> list[dict[str, Any]]:
    lists = {item["categorie"]: item["verbondenPartijen"] for item in body["categorieen"]}
    return lists[categorie]


def entry(body: dict[str, Any], categorie: str, naam: str) -> dict[str, Any]:
    return next(p for p in category(body, categorie) if p["naam"] == naam)


async def test_arnhems_bbv_paragraph_lists_de_connectie_with_arnhems_own_contribution_not_renkums(
    client: AsyncClient,
) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)

    assert response.status_code == 200
    connectie = entry(response.json(), "gemeenschappelijke_regeling", "De Connectie")
    assert connectie["vestigingsplaats"] == "Arnhem"
    assert connectie["financieelBelang"]["bijdrage"] == 8602000
    assert connectie["financieelBelang"]["aandeel"] == 68
    assert 1771000 not in connectie["financieelBelang"].values()  # Renkum's contribution
    assert connectie["bestuurlijkBelang"]["zetels"][0]["bekleedDoor"] == "wethouder Bedrijfsvoering"
    assert connectie["eigenVermogenBegin"] == 1200000
    assert connectie["vreemdVermogenEinde"] == 4200000
    assert connectie["resultaat"] == -300000
    assert connectie["risicosVolgensPartij"].startswith("Uitloop 2!Connect")
    renkum = await client.get("/bbv-paragraaf/2026", headers=MT_RENKUM)
    renkum_connectie = entry(renkum.json(), "gemeenschappelijke_regeling", "De Connectie")
    assert renkum_connectie["financieelBelang"]["bijdrage"] == 1771000
    assert renkum_connectie["financieelBelang"]["aandeel"] == 14


async def test_the_financial_interest_at_start_and_end_is_the_share_of_the_partys_equity(
    client: AsyncClient,
) -> None:
    arnhem = (await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)).json()
    renkum = (await client.get("/bbv-paragraaf/2026", headers=MT_RENKUM)).json()

    arnhem_belang = entry(arnhem, "gemeenschappelijke_regeling", "De Connectie")["financieelBelang"]
    renkum_belang = entry(renkum, "gemeenschappelijke_regeling", "De Connectie")["financieelBelang"]

    # Equity 1,200,000 at the start and 900,000 at the end of 2026; shares 68 % and 14 %.
    assert (arnhem_belang["begin"], arnhem_belang["einde"]) == (816000, 612000)
    assert (renkum_belang["begin"], renkum_belang["einde"]) == (168000, 126000)


async def test_bbv_paragraph_has_the_four_categories_in_order(client: AsyncClient) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers=LEZER_ARNHEM)

    body = response.json()
    assert [item["categorie"] for item in body["categorieen"]] == [
        "gemeenschappelijke_regeling",
        "vennootschap_cooperatie",
        "stichting_vereniging",
        "overig",
    ]
    assert [p["naam"] for p in category(body, "vennootschap_cooperatie")] == ["BNG Bank", "Vitens"]
    assert "Duo+" not in response.text  # not Arnhem's party
    assert "Stadsregio" not in response.text  # ended in 2014


async def test_party_with_missing_equity_appears_in_the_completeness_list(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers=BEHEERDER_DIEMEN)

    body = response.json()
    assert body["volledig"] is False
    duo = next(item for item in body["volledigheid"] if item["naam"] == "Duo+")
    assert duo["verbondenPartijId"] == str(demo.party("Duo+"))
    assert duo["ontbreekt"] == ["eigen_vermogen_begin", "eigen_vermogen_einde"]
    assert entry(body, "gemeenschappelijke_regeling", "Duo+")["eigenVermogenBegin"] is None


async def test_a_party_without_budget_appears_in_the_completeness_list(
    client: AsyncClient,
) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)

    missing = {item["naam"]: item["ontbreekt"] for item in response.json()["volledigheid"]}
    assert missing["Veiligheids- en Gezondheidsregio Gelderland-Midden"] == ["begroting"]
    assert "De Connectie" not in missing


async def test_bbv_paragraph_is_for_mt_beheerder_and_lezer(client: AsyncClient) -> None:
    beheerder = await client.get("/bbv-paragraaf/2026", headers=BEHEERDER_ARNHEM)
    regievoerder = await client.get("/bbv-paragraaf/2026", headers=REGIEVOERDER_ARNHEM)
    partner = await client.get("/bbv-paragraaf/2026", headers=PARTNER_DE_CONNECTIE)

    assert beheerder.status_code == 200
    assert regievoerder.status_code == 403
    assert partner.status_code == 403


async def test_the_xlsx_opens_with_openpyxl_and_holds_numbers_not_strings(
    client: AsyncClient,
) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers={**MT_ARNHEM, "Accept": XLSX})

    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert 'filename="bbv-paragraaf-2026-arnhem.xlsx"' in response.headers["content-disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "De Connectie")
    bijdrage = row[header.index("Bijdrage")]
    aandeel = row[header.index("Aandeel verdeelsleutel")]
    resultaat = row[header.index("Resultaat")]
    assert bijdrage.data_type == "n"
    assert bijdrage.value == 8602000
    assert "€" in bijdrage.number_format
    assert "#,##0.00" in bijdrage.number_format
    assert resultaat.value == -300000
    assert aandeel.value == 0.68
    assert aandeel.number_format == "0.00%"
    assert row[0].value == "Gemeenschappelijke regelingen"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None
    assert sheet.auto_filter.ref.startswith("A1:")
    assert workbook.sheetnames[1] == "Volledigheid"


async def test_the_csv_has_a_bom_a_row_per_party_and_decimal_commas_for_dutch_excel(
    client: AsyncClient,
) -> None:
    response = await client.get(
        "/bbv-paragraaf/2026?formaat=csv&scheidingsteken=puntkomma", headers=MT_ARNHEM
    )

    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    connectie = next(r for r in rows if r["Naam"] == "De Connectie")
    assert connectie["Bijdrage"] == "8602000,00"
    assert connectie["Resultaat"] == "-300000,00"
    assert connectie["Categorie"] == "Gemeenschappelijke regelingen"
    vggm = next(r for r in rows if r["Naam"].startswith("Veiligheids"))
    assert vggm["Ontbreekt"] == "begroting"


async def test_text_that_would_run_as_a_formula_is_neutralised_in_csv_and_xlsx(
    client: AsyncClient, demo: DemoIds
) -> None:
    await client.put(
        f"/verbonden-partijen/{demo.party('De Connectie')}/begrotingen/2026",
        headers={**PARTNER_DE_CONNECTIE, "If-Match": '"2"'},
        json={"primitief": {"lasten": 1, "baten": 1}, "risicos": '=HYPERLINK("http://x","y")'},
    )

    as_csv = await client.get("/bbv-paragraaf/2026?formaat=csv", headers=MT_ARNHEM)
    as_xlsx = await client.get("/bbv-paragraaf/2026?formaat=xlsx", headers=MT_ARNHEM)

    rows = list(csv.DictReader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    risks = next(r for r in rows if r["Naam"] == "De Connectie")["Risico's volgens partij"]
    assert risks == '\'=HYPERLINK("http://x","y")'
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    assert '\'=HYPERLINK("http://x","y")' in [cell.value for cell in cells]


async def test_an_unservable_accept_is_406_and_an_unknown_formaat_400(
    client: AsyncClient,
) -> None:
    pdf = await client.get(
        "/bbv-paragraaf/2026", headers={**MT_ARNHEM, "Accept": "application/pdf"}
    )
    unknown = await client.get("/bbv-paragraaf/2026?formaat=pdf", headers=MT_ARNHEM)

    assert pdf.status_code == 406
    assert pdf.headers["content-type"] == "application/problem+json"
    assert unknown.status_code == 400
    assert unknown.json()["invalidParams"][0]["name"] == "formaat"


async def test_bbv_paragraph_runs_a_fixed_number_of_queries(
    client: AsyncClient, queries: QueryCounter
) -> None:
    await client.get("/bbv-paragraaf/2026", headers=MT_ARNHEM)  # six parties
    arnhem = queries.count
    await client.get("/bbv-paragraaf/2026", headers=BEHEERDER_DIEMEN)  # two parties

    assert queries.count - arnhem == arnhem


async def test_the_xlsx_holds_the_financial_interest_at_start_and_end_as_euros(
    client: AsyncClient,
) -> None:
    response = await client.get("/bbv-paragraaf/2026", headers={**MT_ARNHEM, "Accept": XLSX})

    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "De Connectie")

    assert row[header.index("Financieel belang begin")].value == 816000
    assert row[header.index("Financieel belang einde")].value == 612000
