"""The overview's sort orders (`sorteer`). Pure.

Every order ends with the name and the id, so equal rows keep a stable order. Values that
are null sort last in either direction.
"""

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from app.dashboard.schemas import DashboardRij


class Sortering(StrEnum):
    NAAM = "naam"
    NAAM_AFLOPEND = "-naam"
    MONITORINGSNIVEAU = "monitoringsniveau"
    MONITORINGSNIVEAU_AFLOPEND = "-monitoringsniveau"
    BBV_CATEGORIE = "bbvCategorie"
    BBV_CATEGORIE_AFLOPEND = "-bbvCategorie"
    AANDACHT = "aandacht"
    AANDACHT_AFLOPEND = "-aandacht"
    AANDEEL_NORMEN_GEHAALD = "aandeelNormenGehaald"
    AANDEEL_NORMEN_GEHAALD_AFLOPEND = "-aandeelNormenGehaald"
    AFWIJKING_SALDO = "afwijkingSaldo"
    AFWIJKING_SALDO_AFLOPEND = "-afwijkingSaldo"


def _attention_weight(row: DashboardRij) -> int:
    """The number of reasons for attention."""
    return len(row.aandacht_redenen.split(", ")) if row.aandacht_redenen else 0


KEYS: dict[str, Callable[[DashboardRij], Any]] = {
    "naam": lambda row: row.naam.casefold(),
    "monitoringsniveau": lambda row: row.monitoringsniveau,
    "bbvCategorie": lambda row: row.bbv_categorie.value,
    "aandacht": _attention_weight,
    "aandeelNormenGehaald": lambda row: row.aandeel_normen_gehaald,
    "afwijkingSaldo": lambda row: row.afwijking_saldo,
}


def sort_rows(rows: list[DashboardRij], sortering: Sortering) -> list[DashboardRij]:
    """The rows in the requested order; `-aandacht` puts the most reasons first."""
    descending = sortering.value.startswith("-")
    key = KEYS[sortering.value.removeprefix("-")]
    ordered = sorted(rows, key=lambda row: (row.naam.casefold(), str(row.verbonden_partij_id)))
    known = [row for row in ordered if key(row) is not None]
    unknown = [row for row in ordered if key(row) is None]
    return sorted(known, key=key, reverse=descending) + unknown
