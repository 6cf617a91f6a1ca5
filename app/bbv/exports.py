"""The BBV paragraph as export sheets: the list with a category column, and completeness."""

from app.bbv.schemas import BbvParagraaf, BbvPartij
from app.core.exports.table import CellValue, ExportSheet, Kolom, Kolomsoort

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
    Kolom("Eigen vermogen begin", EURO, 18),
    Kolom("Eigen vermogen einde", EURO, 18),
    Kolom("Vreemd vermogen begin", EURO, 18),
    Kolom("Vreemd vermogen einde", EURO, 18),
    Kolom("Resultaat", EURO, 18),
    Kolom("Risico's volgens partij", breedte=60),
    Kolom("Ontbreekt", breedte=40),
]
COMPLETENESS_COLUMNS = [Kolom("Naam", breedte=36), Kolom("Ontbreekt", breedte=80)]


def _seats(partij: BbvPartij) -> str:
    return "; ".join(
        f"{zetel.orgaan.value}: {zetel.bekleed_door}" for zetel in partij.bestuurlijk_belang.zetels
    )


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
        partij.eigen_vermogen_begin,
        partij.eigen_vermogen_einde,
        partij.vreemd_vermogen_begin,
        partij.vreemd_vermogen_einde,
        partij.resultaat,
        partij.risicos_volgens_partij,
        ontbreekt,
    ]


def bbv_sheets(paragraaf: BbvParagraaf) -> list[ExportSheet]:
    """One sheet with every party and a category column (CSV holds this one), and one with
    what is missing."""
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
    return [
        ExportSheet(f"Verbonden partijen {paragraaf.jaar}", LIST_COLUMNS, rows),
        ExportSheet("Volledigheid", COMPLETENESS_COLUMNS, completeness),
    ]
