"""The PDF: valid, tagged, in Dutch; cover, overview, one page per reporting party, actions."""

import io
import logging
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from app.mt_rapport import render
from app.mt_rapport.document import (
    Afwijking,
    Afwijkingen,
    Aspect,
    Aspecten,
    Begroting,
    MtRapport,
    Oordeel,
    PartijPagina,
    RapportStatus,
)
from app.mt_rapport.render import render_html, render_pdf
from tests.mt_rapport.opmaak import overview_pages, party_page_problems
from tests.mt_rapport.voorbeeld import ACTIE_DE_CONNECTIE, de_connectie, rapport, reeks

PARTY_NAMES = [
    "De Connectie",
    "Duo+",
    "Regionale toegang Beschermd Wonen en Maatschappelijke Opvang",
]


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf), strict=True)


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture(scope="module")
def reader() -> PdfReader:
    return read(render_pdf(rapport()))


def test_pdf_is_valid_with_one_page_per_reporting_party_plus_overview(reader: PdfReader) -> None:
    # cover + overview + De Connectie, Duo+, Regionale toegang + improvement plan actions;
    # the fourth party has no status report: a row in the overview, no page.
    assert len(reader.pages) == 1 + 1 + 3 + 1
    assert len(reader.pages) == rapport().paginas


def test_each_party_page_is_headed_by_its_party(reader: PdfReader) -> None:
    texts = page_texts(reader)
    for number, naam in enumerate(PARTY_NAMES, start=3):
        assert texts[number - 1].startswith(naam)
    assert not any("Veiligheidsregio" in text for text in texts[2:5])


def test_pdf_text_has_the_dutch_headings(reader: PdfReader) -> None:
    cover, overview, *parties, actions = page_texts(reader)
    assert "MT-rapportage verbonden partijen" in cover
    assert "Rapportageronde 1e halfjaar 2026" in cover
    assert "15 juli 2026" in cover
    assert "Overzicht verbonden partijen" in overview
    assert all(naam[:20] in overview for naam in PARTY_NAMES)
    assert "Veiligheidsregio Gelderland-" in overview
    for text in parties:
        for heading in ("Oordelen per aspect", "Afwijkingen", "Servicenormen", "Acties over tijd"):
            assert heading in text
    assert "Verbeterplan: acties over tijd" in actions
    assert "Pagina 6 van 6" in actions


def test_pdf_is_tagged_in_dutch_with_a_title(reader: PdfReader) -> None:
    catalog: Any = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert reader.metadata is not None
    assert reader.metadata.title == "MT-rapportage verbonden partijen Arnhem, 1e halfjaar 2026"
    assert b'pdfuaid:part="1"' in catalog["/Metadata"].get_object().get_data()


def _structure(element: Any) -> Iterator[Any]:
    element = element.get_object()
    yield element
    kids = element.get("/K", []) if hasattr(element, "get") else []
    for kid in kids if isinstance(kids, list) else [kids]:
        if hasattr(kid.get_object(), "get"):
            yield from _structure(kid)


def test_charts_are_figures_with_alternative_text(reader: PdfReader) -> None:
    catalog: Any = reader.trailer["/Root"]
    figures = [e for e in _structure(catalog["/StructTreeRoot"]) if e.get("/S") == "/Figure"]
    assert {"INC-8U Incidenten binnen 8 uur opgelost", "Lasten 2026 van De Connectie"} <= {
        str(figure["/Alt"]) for figure in figures
    }


def test_pdf_renders_without_accessibility_errors(caplog: pytest.LogCaptureFixture) -> None:
    # WeasyPrint logs a missing language, alternative text or structure as an error.
    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        render_pdf(rapport())
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_party_without_measurements_or_budget_says_geen_gegevens(reader: PdfReader) -> None:
    regionale_toegang = page_texts(reader)[4]
    assert "Geen gegevens: er zijn voor deze partij geen metingen" in regionale_toegang
    assert "Geen gegevens: er zijn geen begrotingscijfers" in regionale_toegang


def lengthy_party(naam: str, herhaling: int = 30) -> PartijPagina:
    """Every text at its longest, unbreakable words, more norms and actions than fit."""
    lang = (
        "Een zeer lange toelichting met Langewoordenzonderspatiesdieblijvendoorlopen " * herhaling
    )
    woord = "X" * 500
    aspect = Aspect(Oordeel.ACHTER, lang)
    return replace(
        de_connectie(),
        naam=naam + " met een zeer lange officiële naam " * 5,
        regievoerders=[f"Regievoerder {i} met een lange naam" for i in range(15)],
        te_laat=True,
        aspecten=Aspecten(aspect, Aspect(Oordeel.ACHTER, woord), aspect, aspect, aspect, aspect),
        afwijkingen=Afwijkingen(
            Afwijking(True, lang),
            Afwijking(True, woord),
            Afwijking(True, lang),
            Afwijking(True, lang),
        ),
        portefeuillehouder=lang[:200],
        projectfase=woord[:200],
        besluitvorming=lang,
        overige_informatie=lang,
        dienstverlening=lang,
        mt_opmerking=lang,
        tevredenheid=Decimal("5.5"),
        normen=[
            reeks(f"NORM-{i}-{woord}", lang, ["10", "20", "30", "40", "50", "60"]) for i in range(9)
        ],
        achterstallige_acties=[replace(ACTIE_DE_CONNECTIE, omschrijving=lang, wie=lang)] * 8,
    )


def lengthy_report() -> MtRapport:
    return rapport(partijen=[lengthy_party(naam) for naam in PARTY_NAMES])


def test_long_explanations_still_give_one_page_per_party() -> None:
    document = lengthy_report()
    assert len(read(render_pdf(document)).pages) == 6
    assert party_page_problems(render_html(document)) == []


def test_layout_check_notices_a_party_page_that_does_not_fit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(render._ENV.filters, "inkorten", lambda tekst, _lengte: tekst or "")
    document = rapport(partijen=[lengthy_party("De Connectie", herhaling=5)])
    assert party_page_problems(render_html(document))


def crowded_row(nummer: int) -> PartijPagina:
    """An overview row at its widest: long name, late returned report, every cell filled."""
    return replace(
        de_connectie(),
        naam=f"Gemeenschappelijke regeling nummer {nummer} met een heel lange naam " * 2,
        status=RapportStatus.TERUGGESTUURD,
        te_laat=True,
        afwijkingen=Afwijkingen(Afwijking(True), Afwijking(True), Afwijking(True)),
        begroting=Begroting(2026, afwijking_percentage=Decimal("-123.45")),
        normen=[reeks(f"N{i}", "Norm", ["99"]) for i in range(12)],
        achterstallige_acties=[ACTIE_DE_CONNECTIE] * 12,
    )


@pytest.mark.parametrize("aantal", [1, 12, 13, 18, 19, 26, 27, 40])
def test_overview_fits_one_page_up_to_forty_parties(aantal: int) -> None:
    document = rapport(partijen=[crowded_row(i) for i in range(1, aantal + 1)])
    assert overview_pages(render_html(document)) == 1


def test_overview_of_forty_parties_lists_the_last_one_on_the_overview_page() -> None:
    partijen = [
        replace(crowded_row(i), status=RapportStatus.ONTBREEKT, naam=f"Partij {i}")
        for i in range(1, 41)
    ]
    document = rapport(partijen=partijen)
    texts = page_texts(read(render_pdf(document)))
    assert len(texts) == document.paginas == 3
    assert "Partij 40" in texts[1]
