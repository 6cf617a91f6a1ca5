"""The BBV paragraph as export sheets: the list with a category column, completeness, and the
municipality's material risks (typed, one row per risk)."""

from decimal import Decimal

from app.bbv.schemas import BbvParagraaf, BbvPartij
from app.core.exports.table import CellValue, ExportSheet, Kolom, Kolomsoort
from app.risicos.summaries import RisicoSummary

EURO = Kolomsoort.EURO
LIST_COLUMNS = [
    Kolom("Categorie", breedte=30),
    Kolom("Naam", breedte=36),
    Kolom("Vestigingsplaats", breedte=18),
    Kolom("Rechtsvorm", breedte=26),
    Kolom("Openbaar belang", breedte=60),
    Kolom("Bestuurlijk belang", breedte=48),
    Kolom("Stemgewicht", Kolomsoort.GETAL, 12),
    Kolom("Aandeel verdeelsleutel", Kolomsoort.PERCENTAGE, 14),
    Kolom("Bijdrage", EURO, 18),
    Kolom("Financieel belang begin", EURO, 18),
    Kolom("Financieel belang einde", EURO, 18),
    Kolom("Eigen vermogen begin", EURO, 18),
    Kolom("Eigen vermogen einde", EURO, 18),
    Kolom("Vreemd vermogen begin", EURO, 18),
    Kolom("Vreemd vermogen einde", EURO, 18),
    Kolom("Resultaat", EURO, 18),
    Kolom("Risico's volgens partij", breedte=60),
    Kolom("Materiële risico's (eigen register)", breedte=80),
    Kolom("Ontbreekt", breedte=40),
]
COMPLETENESS_COLUMNS = [Kolom("Naam", breedte=36), Kolom("Ontbreekt", breedte=80)]
RISK_COLUMNS = [
    Kolom("Naam", breedte=36),
    Kolom("Risico", breedte=80),
    Kolom("Kans", Kolomsoort.GETAL, 8),
    Kolom("Impact", Kolomsoort.GETAL, 8),
    Kolom("Score", Kolomsoort.GETAL, 8),
    Kolom("Financiële omvang", EURO, 18),
    Kolom("Status", breedte=12),
    Kolom("Eigenaar", breedte=30),
]


def _seats(partij: BbvPartij) -> str:
    return "; ".join(
        f"{zetel.orgaan.value}: {zetel.bekleed_door}" for zetel in partij.bestuurlijk_belang.zetels
    )


def _euro(amount: Decimal) -> str:
    return "€ " + f"{amount:,.0f}".replace(",", ".")


def _risk_text(risk: RisicoSummary) -> str:
    omvang = f", {_euro(risk.financiele_omvang)}" if risk.financiele_omvang is not None else ""
    return f"{risk.omschrijving} (score {risk.score}{omvang})"


def _row(omschrijving: str, partij: BbvPartij, ontbreekt: str) -> list[CellValue]:
    return [
        omschrijving,
        partij.naam,
        partij.vestigingsplaats,
        partij.rechtsvorm.value,
        partij.openbaar_belang,
        _seats(partij),
        partij.bestuurlijk_belang.stemgewicht,
        partij.financieel_belang.aandeel,
        partij.financieel_belang.bijdrage,
        partij.financieel_belang.begin,
        partij.financieel_belang.einde,
        partij.eigen_vermogen_begin,
        partij.eigen_vermogen_einde,
        partij.vreemd_vermogen_begin,
        partij.vreemd_vermogen_einde,
        partij.resultaat,
        partij.risicos_volgens_partij,
        "; ".join(_risk_text(risk) for risk in partij.materiele_risicos),
        ontbreekt,
    ]


def bbv_sheets(paragraaf: BbvParagraaf) -> list[ExportSheet]:
    """One sheet with every party and a category column (CSV holds this one), one with what
    is missing, and one with the municipality's material risks."""
    missing = {
        item.verbonden_partij_id: ", ".join(part.value for part in item.ontbreekt)
        for item in paragraaf.volledigheid
    }
    rows = [
        _row(lijst.omschrijving, partij, missing.get(partij.verbonden_partij_id, ""))
        for lijst in paragraaf.categorieen
        for partij in lijst.verbonden_partijen
    ]
    completeness: list[list[CellValue]] = [
        [item.naam, missing[item.verbonden_partij_id]] for item in paragraaf.volledigheid
    ]
    risks: list[list[CellValue]] = [
        [
            partij.naam,
            risk.omschrijving,
            risk.kans,
            risk.impact,
            risk.score,
            risk.financiele_omvang,
            risk.status.value,
            risk.eigenaar,
        ]
        for lijst in paragraaf.categorieen
        for partij in lijst.verbonden_partijen
        for risk in partij.materiele_risicos
    ]
    return [
        ExportSheet(f"Verbonden partijen {paragraaf.jaar}", LIST_COLUMNS, rows),
        ExportSheet("Volledigheid", COMPLETENESS_COLUMNS, completeness),
        ExportSheet("Materiële risico's", RISK_COLUMNS, risks),
    ]
