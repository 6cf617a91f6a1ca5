"""`GET /rapportagerondes/{id}/mt-rapport`: the round's MT report from the database, as HTML or
PDF, for the municipality's MT, beheerder and lezer only."""

import io
from typing import Any

from httpx import AsyncClient, Response
from pypdf import PdfReader

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    LEZER_ARNHEM,
    MT_ARNHEM,
    MT_RENKUM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    as_,
)
from tests.conftest import DemoIds, QueryCounter
from tests.voortgang.steps import act, draft, edit, open_round

HTML = {**MT_ARNHEM, "Accept": "text/html"}
FINANCIEN = "Overschrijding door 2!Connect; herprioritering loopt."
DE_CONNECTIE_RATED = {
    "aspecten": {
        "voortgang": {"oordeel": "=", "toelichting": "Op koers."},
        "financien": {"oordeel": "-", "toelichting": FINANCIEN},
    },
    "dienstverlening": "Incidenten grotendeels binnen de norm opgelost.",
    "tevredenheid": 7.1,
}


async def arnhem_round(client: AsyncClient) -> dict[str, Any]:
    ronde = await open_round(client, "2026-H1", "2026-07-15")
    assert ronde.status_code == 201, ronde.text
    return dict(ronde.json())


async def submitted_report(client: AsyncClient, demo: DemoIds) -> Response:
    report = await edit(client, await draft(client, demo), DE_CONNECTIE_RATED)
    submitted = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)
    assert submitted.status_code == 200, submitted.text
    return submitted


def mt_rapport(ronde: dict[str, Any]) -> str:
    return f"/rapportagerondes/{ronde['id']}/mt-rapport"


async def test_mt_report_pdf_has_cover_overview_a_page_per_reporting_party_and_actions(
    client: AsyncClient, demo: DemoIds
) -> None:
    ronde = await arnhem_round(client)
    await submitted_report(client, demo)

    response = await client.get(
        mt_rapport(ronde), headers={**MT_ARNHEM, "Accept": "application/pdf"}
    )

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        'inline; filename="mt-rapport-arnhem-2026-H1.pdf"'
    )
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content), strict=True)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    lines = (await client.get(f"/rapportagerondes/{ronde['id']}", headers=MT_ARNHEM)).json()
    parties = [p["verbondenPartij"]["naam"] for p in lines["partijen"]]
    reporting = [p for p in lines["partijen"] if p["status"] != "ontbreekt"]
    assert len(parties) > len(reporting) == 1  # the others: overview rows, no pages
    assert len(reader.pages) == 1 + 1 + len(reporting) + 1  # cover, overview, parties, actions
    cover, overview, connectie, actions = texts
    assert "MT-rapportage verbonden partijen" in cover
    assert "Gemeente Arnhem" in cover
    assert all(naam[:20] in overview for naam in parties)
    assert connectie.startswith("De Connectie")
    assert FINANCIEN in connectie
    assert "Verbeterplan: acties over tijd" in actions
    assert "Uitkomsten verbeterpad Governance" in actions


async def test_mt_report_html_names_each_reporting_party_under_dutch_headings(
    client: AsyncClient, demo: DemoIds
) -> None:
    ronde = await arnhem_round(client)
    await submitted_report(client, demo)

    response = await client.get(mt_rapport(ronde), headers=HTML)

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-disposition"] == (
        'inline; filename="mt-rapport-arnhem-2026-H1.html"'
    )
    assert "default-src 'none'" in response.headers["content-security-policy"]  # no scripts
    html = response.text
    for heading in (
        "Overzicht verbonden partijen",
        "Oordelen per aspect",
        "Afwijkingen",
        "Servicenormen",
        "Begroting 2026: lasten",
        "Verbeterplan: acties over tijd",
    ):
        assert heading in html
    for party in ronde["partijen"]:
        assert party["verbondenPartij"]["naam"] in html
    assert FINANCIEN in html
    assert "WIJZIGING-DLT" in html  # a norm chart from the partner's measurements
    assert "Uitkomsten verbeterpad Governance" in html  # Arnhem's overdue action


async def test_mt_report_shows_a_drafts_state_not_its_ratings(
    client: AsyncClient, demo: DemoIds
) -> None:
    ronde = await arnhem_round(client)
    await edit(client, await draft(client, demo), DE_CONNECTIE_RATED)

    html = (await client.get(mt_rapport(ronde), headers=HTML)).text

    assert "Nog niet ingediend" in html
    assert FINANCIEN not in html


async def test_mt_report_shows_what_was_returned_not_the_edit_since(
    client: AsyncClient, demo: DemoIds
) -> None:
    ronde = await arnhem_round(client)
    report = await submitted_report(client, demo)
    returned = await act(
        client, report, "terugsturen", MT_ARNHEM, {"toelichting": "Noem de maatregelen."}
    )
    await edit(client, returned, {"aspecten": {"financien": {"toelichting": "Nieuwe tekst."}}})

    html = (await client.get(mt_rapport(ronde), headers=HTML)).text

    assert FINANCIEN in html
    assert "Nieuwe tekst." not in html
    assert "Noem de maatregelen." in html
    assert "Teruggestuurd" in html


async def test_mt_report_is_for_mt_beheerder_and_lezer(client: AsyncClient, demo: DemoIds) -> None:
    ronde = await arnhem_round(client)

    for headers in (BEHEERDER_ARNHEM, LEZER_ARNHEM):
        response = await client.get(mt_rapport(ronde), headers={**headers, "Accept": "text/html"})
        assert response.status_code == 200, response.text
    regievoerder = await client.get(mt_rapport(ronde), headers=REGIEVOERDER_ARNHEM)
    assert regievoerder.status_code == 403


async def test_partner_cannot_read_the_mt_report(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)

    response = await client.get(mt_rapport(ronde), headers=PARTNER_DE_CONNECTIE)

    assert response.status_code == 403


async def test_renkums_mt_cannot_see_arnhems_mt_report(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)

    response = await client.get(mt_rapport(ronde), headers={**MT_RENKUM, "Accept": "text/html"})

    assert response.status_code == 404


async def test_mt_report_in_an_unservable_format_is_406(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)

    json = await client.get(mt_rapport(ronde), headers={**MT_ARNHEM, "Accept": "application/json"})
    unknown = await client.get(f"{mt_rapport(ronde)}?formaat=docx", headers=MT_ARNHEM)

    assert json.status_code == 406
    assert json.headers["content-type"] == "application/problem+json"
    assert unknown.status_code == 400


async def test_a_browser_gets_html_and_formaat_wins_over_accept(client: AsyncClient) -> None:
    ronde = await arnhem_round(client)
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    page = await client.get(mt_rapport(ronde), headers={**MT_ARNHEM, "Accept": browser})
    forced = await client.get(
        f"{mt_rapport(ronde)}?formaat=html", headers={**MT_ARNHEM, "Accept": "application/pdf"}
    )

    assert page.headers["content-type"].startswith("text/html")
    assert forced.headers["content-type"].startswith("text/html")


async def test_mt_report_runs_a_fixed_number_of_queries(
    client: AsyncClient, queries: QueryCounter
) -> None:
    arnhem = await arnhem_round(client)
    diemen = (await client.get("/rapportagerondes", headers=as_("mt-diemen"))).json()
    diemen_h1 = next(r for r in diemen["resultaten"] if r["periode"] == "2026-H1")
    diemen_round = await client.get(
        f"/rapportagerondes/{diemen_h1['id']}", headers=as_("mt-diemen")
    )
    assert len(arnhem["partijen"]) != len(diemen_round.json()["partijen"])

    start = queries.count
    await client.get(mt_rapport(arnhem), headers=HTML)
    for_arnhem = queries.count - start
    start = queries.count
    await client.get(mt_rapport(diemen_h1), headers={**as_("mt-diemen"), "Accept": "text/html"})

    assert queries.count - start == for_arnhem


async def test_mt_report_shows_a_partys_key_ratios_in_the_red(
    client: AsyncClient, demo: DemoIds
) -> None:
    ronde = await arnhem_round(client)
    await submitted_report(client, demo)

    response = await client.get(mt_rapport(ronde), headers={**MT_ARNHEM, "Accept": "text/html"})

    assert response.status_code == 200, response.text
    assert "Kengetallen in rood" in response.text
    assert "Netto schuldquote (Rek_2025) 134,2 %: categorie C" in response.text
