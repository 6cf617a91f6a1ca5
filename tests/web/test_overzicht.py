"""The overview (`/`): every role sees what the API would show it, lights in words, the
filters and sort of the API, the downloads, and what needs attention first."""

import csv
import io
import re

import httpx
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncSession

from tests.auth_headers import LEZER_ARNHEM, MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.dashboard.extra_parties import add_parties
from tests.voortgang.steps import act, submitted
from tests.web.pages import sign_in, signed_in

ROW_HEADERS = re.compile(
    r'<th scope="row" class="utrecht-table__header-cell vpm-col-party">\s*(.*?)\s*<span', re.S
)


def party_names(html: str) -> list[str]:
    """The parties of the overview table, in order (link text or plain text)."""
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in ROW_HEADERS.findall(html)]


async def api_names(api: httpx.AsyncClient, headers: dict[str, str], query: str = "") -> list[str]:
    response = await api.get(f"/dashboard?pageSize=100{query}", headers=headers)
    return [row["naam"] for row in response.json()["resultaten"]]


async def test_the_overview_shows_the_rows_the_api_shows_the_same_person(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    page = await signed_in(web, "lezer-arnhem")

    assert page.status_code == 200
    assert party_names(page.text) == await api_names(api, LEZER_ARNHEM)
    assert "Duo+" not in page.text  # Diemen's party: Arnhem does not take part


async def test_a_regievoerder_sees_only_the_parties_it_directs(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    page = await signed_in(web, "regievoerder-arnhem")

    assert party_names(page.text) == ["De Connectie"]
    assert party_names(page.text) == await api_names(api, REGIEVOERDER_ARNHEM)
    assert 'name="regievoerder"' not in page.text  # no filter on other regievoerders


async def test_the_lights_are_words_and_symbols_not_only_colour(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "regievoerder-arnhem")

    light = r'<span class="vpm-light vpm-light--\w+"><span aria-hidden="true">(.)</span> ([^<]+)'
    lights = re.findall(light, page.text)
    assert ("●", "= op koers") in lights
    assert ("▼", "− achter") in lights


async def test_the_filters_narrow_the_rows_like_the_api(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/", params={"bbvCategorie": "vennootschap_cooperatie", "zoek": "i"})

    expected = await api_names(api, MT_ARNHEM, "&bbvCategorie=vennootschap_cooperatie&zoek=i")
    assert party_names(page.text) == expected
    assert expected
    assert len(expected) < len(await api_names(api, MT_ARNHEM))


async def test_the_sort_orders_the_rows_like_the_api(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/", params={"sorteer": "-naam"})

    assert party_names(page.text) == await api_names(api, MT_ARNHEM, "&sorteer=-naam")
    assert party_names(page.text) == sorted(party_names(page.text), reverse=True)


async def test_a_wrong_filter_is_a_400_with_the_error_at_its_field(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/", params={"monitoringsniveau": "9", "sorteer": "prijs"})

    assert page.status_code == 400
    assert 'href="#veld-monitoringsniveau"' in page.text
    assert 'href="#veld-sorteer"' in page.text
    assert 'aria-describedby="veld-monitoringsniveau-fout" aria-invalid="true"' in page.text
    assert party_names(page.text) == []


async def test_no_party_matches_shows_an_empty_state(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/", params={"zoek": "bestaat niet"})

    assert page.status_code == 200
    assert "Geen partijen voldoen aan deze filters." in page.text


async def test_a_long_overview_comes_in_pages_of_25(
    web: httpx.AsyncClient, db: AsyncSession, demo: DemoIds
) -> None:
    await add_parties(db, demo.organisation("Arnhem"), 30)
    await sign_in(web, "mt-arnhem")

    first = await web.get("/")
    second = await web.get("/", params={"page": "2"})

    assert len(party_names(first.text)) == 25
    assert len(party_names(second.text)) == 35 - 25
    assert 'aria-current="page" href="/?page=2"' in second.text
    assert set(party_names(first.text)).isdisjoint(party_names(second.text))


async def test_the_csv_download_holds_every_row_with_the_filters(
    web: httpx.AsyncClient, api: httpx.AsyncClient
) -> None:
    await sign_in(web, "mt-arnhem")

    download = await web.get("/overzicht.csv", params={"bbvCategorie": "vennootschap_cooperatie"})
    from_api = await api.get(
        "/dashboard?formaat=csv&bbvCategorie=vennootschap_cooperatie", headers=MT_ARNHEM
    )

    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    assert "attachment" in download.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(download.text.lstrip("\ufeff"))))
    assert [row["naam"] for row in rows] == [
        row["naam"] for row in csv.DictReader(io.StringIO(from_api.text.lstrip("\ufeff")))
    ]


async def test_the_xlsx_download_is_a_workbook_of_the_overview(web: httpx.AsyncClient) -> None:
    await sign_in(web, "regievoerder-arnhem")

    download = await web.get("/overzicht.xlsx")

    workbook = load_workbook(io.BytesIO(download.content), read_only=True)
    rows = list(workbook["Dashboard"].iter_rows(values_only=True))
    assert rows[0][:2] == ("verbondenPartijId", "naam")
    assert [row[1] for row in rows[1:]] == ["De Connectie"]


async def test_a_partner_is_sent_to_its_own_start_page(web: httpx.AsyncClient) -> None:
    await sign_in(web, "partner-de-connectie")

    overview = await web.get("/")
    download = await web.get("/overzicht.csv")

    assert overview.status_code == 303
    assert overview.headers["location"] == "/partner"
    assert download.status_code == 404


async def test_a_returned_report_needs_the_regievoerders_attention(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    report = await submitted(api, demo, "2026-H2")
    returned = await act(api, report, "terugsturen", MT_ARNHEM, {"toelichting": "Vul aan."})
    assert returned.status_code == 200, returned.text

    page = await signed_in(web, "regievoerder-arnhem")

    section = page.text.split('id="aandacht-kop"')[1].split("</section>")[0]
    assert "Teruggestuurde voortgangsrapportages" in section
    assert "teruggestuurd door het MT (2e halfjaar 2026)" in section


async def test_a_submitted_report_waits_for_the_mts_judgement(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await submitted(api, demo, "2026-H2")

    mt = await signed_in(web, "mt-arnhem")
    web.cookies.clear()
    lezer = await signed_in(web, "lezer-arnhem")

    assert "Wacht op uw oordeel" in mt.text
    assert "Wacht op uw oordeel" not in lezer.text


async def test_what_needs_attention_ignores_the_filters(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/", params={"zoek": "bestaat niet"})

    section = page.text.split('id="aandacht-kop"')[1].split("</section>")[0]
    assert "De Connectie" in section
