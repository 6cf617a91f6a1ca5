"""The HTML report: Dutch, self-contained, escaped, readable without colour."""

import re
from dataclasses import replace

from app.mt_rapport.document import Actie, Aspect, Aspecten, Normreeks, Oordeel
from app.mt_rapport.render import render_html
from tests.mt_rapport.voorbeeld import ACTIE_ALGEMEEN, de_connectie, rapport, regionale_toegang

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_html_escapes_hostile_text() -> None:
    partij = replace(
        de_connectie(),
        naam=HOSTILE,
        bbv_categorie=HOSTILE,
        regievoerders=[HOSTILE],
        aspecten=Aspecten(voortgang=Aspect(Oordeel.ACHTER, HOSTILE)),
        dienstverlening=HOSTILE,
        mt_opmerking=HOSTILE,
        normen=[Normreeks(HOSTILE, HOSTILE, HOSTILE, None)],
    )
    actie = Actie(HOSTILE, HOSTILE, HOSTILE, ACTIE_ALGEMEEN.planning, HOSTILE)
    html = render_html(rapport(gemeente=HOSTILE, partijen=[partij], achterstallige_acties=[actie]))
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html


def test_html_is_dutch_with_a_title() -> None:
    html = render_html(rapport())
    assert '<html lang="nl">' in html
    assert "<title>MT-rapportage verbonden partijen Arnhem, 1e halfjaar 2026</title>" in html


def test_html_is_self_contained_without_scripts() -> None:
    html = render_html(rapport())
    for outside in ("<script", "src=", "href=", "url(", "@import", "<link"):
        assert outside not in html


def test_traffic_lights_carry_a_symbol_and_a_meaning_not_only_a_colour() -> None:
    html = render_html(rapport())
    lights = re.findall(
        r'<span class="licht (\w+)" role="img" aria-label="([^"]+)">(.)</span>', html
    )
    assert ("achter", "Aandacht nodig", "−") in lights
    assert ("op_koers", "Op koers", "=") in lights
    assert ("beter", "Beter dan gepland", "+") in lights
    assert ("geen", "Geen oordeel", "·") in lights


def test_overview_lists_every_party_and_only_reporting_parties_get_a_page() -> None:
    html = render_html(rapport())
    overview = html.split('<section class="overzicht"')[1].split("</section>")[0]
    rows = re.findall(r'<th scope="row" class="naam">(.*?)</th>', overview)
    assert rows == [
        "De Connectie",
        "Duo+",
        "Regionale toegang Beschermd Wonen en Maatschappelijke Opvang",
        "Veiligheidsregio Gelderland-Midden",
    ]
    pages = re.findall(r'<h2 id="partij-\d+">(.*?)</h2>', html)
    assert pages == rows[:3]


def test_a_late_or_missing_report_says_so_in_words() -> None:
    html = render_html(rapport())
    assert html.count('<span class="te-laat">te laat</span>') >= 2
    assert '<span class="status ontbreekt">Ontbreekt</span>' in html


def test_party_without_measurements_or_budget_says_geen_gegevens() -> None:
    html = render_html(rapport(partijen=[regionale_toegang()]))
    page = html.split('<section class="partij"')[1]
    assert (
        "Geen gegevens: er zijn voor deze partij geen metingen van servicenormen ontvangen." in page
    )
    assert "Geen gegevens: er zijn geen begrotingscijfers van deze partij vastgelegd." in page
    assert "<svg" not in page


def test_closing_section_without_overdue_actions_says_so() -> None:
    html = render_html(rapport(achterstallige_acties=[]))
    assert "Er zijn geen acties uit het verbeterplan over tijd." in html


def test_closing_section_lists_overdue_actions_oldest_first_with_days_late() -> None:
    html = render_html(rapport()).split('<section class="acties"')[1]
    assert html.index("Taakomschrijving regievoerder") < html.index("Dienstverleningsovereenkomst")
    assert '<td class="getal">186</td>' in html  # 15 January to 20 July 2026


def test_long_explanation_is_shortened_and_marked() -> None:
    lang = "Een heel lange toelichting over de voortgang. " * 30
    partij = replace(de_connectie(), aspecten=Aspecten(voortgang=Aspect(Oordeel.OP_KOERS, lang)))
    html = render_html(rapport(partijen=[partij]))
    assert lang.strip() not in html
    assert "Een heel lange toelichting over de voortgang. Een heel lange" in html
    assert "…" in html


def test_party_page_shows_the_decision_asked_portfolio_holder_phase_and_other_information() -> None:
    partij = replace(
        de_connectie(),
        portefeuillehouder="College van B&W",
        projectfase="Ontwerpfase",
        besluitvorming="Instemmen met extra inzet.",
        overige_informatie="Aanbieders zijn geïnformeerd.",
    )
    html = render_html(rapport(partijen=[partij]))
    assert "Portefeuillehouder: College van B&amp;W" in html
    assert "Projectfase: Ontwerpfase" in html
    assert "Gevraagd besluit van het MT:</strong> Instemmen met extra inzet." in html


def test_other_information_stays_off_the_one_page_per_party() -> None:
    partij = replace(de_connectie(), overige_informatie="Aanbieders zijn geïnformeerd.")
    html = render_html(rapport(partijen=[partij]))
    assert "Aanbieders zijn geïnformeerd." not in html


def test_party_page_asks_about_the_overall_planning() -> None:
    html = render_html(rapport(partijen=[de_connectie()]))
    assert "Afwijking totaalplanning?" in html
