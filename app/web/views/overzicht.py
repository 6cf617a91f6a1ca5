"""The overview page's form (filters, sort, page) read from the query string, with the same
names and values as `GET /api/v1/dashboard`. Pure."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from app.dashboard.filters import PartijFilters
from app.dashboard.service import OverzichtVraag
from app.dashboard.sorting import Sortering
from app.verbonden_partijen.models import BbvCategorie
from app.web.forms import FieldError

PAGE_SIZE = 25
MAX_ZOEK = 100
SORT_LABELS = {
    Sortering.NAAM: "Naam (A–Z)",
    Sortering.NAAM_AFLOPEND: "Naam (Z–A)",
    Sortering.AANDACHT_AFLOPEND: "Meeste aandachtspunten eerst",
    Sortering.AANDACHT: "Minste aandachtspunten eerst",
    Sortering.AANDEEL_NORMEN_GEHAALD: "Laagste aandeel normen gehaald eerst",
    Sortering.AANDEEL_NORMEN_GEHAALD_AFLOPEND: "Hoogste aandeel normen gehaald eerst",
    Sortering.AFWIJKING_SALDO: "Grootste tekort eerst",
    Sortering.AFWIJKING_SALDO_AFLOPEND: "Grootste overschot eerst",
    Sortering.MONITORINGSNIVEAU: "Monitoringsniveau (1–3)",
    Sortering.MONITORINGSNIVEAU_AFLOPEND: "Monitoringsniveau (3–1)",
    Sortering.BBV_CATEGORIE: "BBV-categorie (A–Z)",
    Sortering.BBV_CATEGORIE_AFLOPEND: "BBV-categorie (Z–A)",
}
NIVEAUS = [("1", "1 – intensief"), ("2", "2 – gemiddeld"), ("3", "3 – licht")]
FIELDS = ("bbvCategorie", "monitoringsniveau", "regievoerder", "aandacht", "zoek", "sorteer")


@dataclass(frozen=True)
class OverzichtFormulier:
    """The form as the person filled it in (strings, echoed back), and what was wrong."""

    waarden: dict[str, str]
    vraag: OverzichtVraag
    page: int = 1
    fouten: list[FieldError] = field(default_factory=list)

    def query(self, **changes: str | int) -> str:
        """The query string of this form (without empty fields), with `changes` applied."""
        values: dict[str, str | int] = {k: v for k, v in self.waarden.items() if v}
        values.update(changes)
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})

    @property
    def gefilterd(self) -> bool:
        return any(self.waarden.get(name) for name in FIELDS if name != "sorteer")


def sort_choices() -> list[tuple[str, str]]:
    return [(sortering.value, label) for sortering, label in SORT_LABELS.items()]


def _choice(raw: str, name: str, errors: list[FieldError], allowed: Mapping[str, object]) -> object:
    if not raw:
        return None
    if raw not in allowed:
        errors.append(FieldError(name, "Kies een van de mogelijkheden uit de lijst."))
        return None
    return allowed[raw]


def _uuid(raw: str, errors: list[FieldError]) -> uuid.UUID | None:
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        errors.append(FieldError("regievoerder", "Kies een regievoerder uit de lijst."))
        return None


def _page(raw: str, errors: list[FieldError]) -> int:
    if not raw:
        return 1
    if not raw.isdigit() or not 1 <= int(raw) <= 100_000:
        errors.append(FieldError("page", "Het paginanummer moet een getal vanaf 1 zijn."))
        return 1
    return int(raw)


def read_form(query: Mapping[str, str]) -> OverzichtFormulier:
    """The filters, sort and page of the query string; every wrong value is an error on its
    field (the API answers 400 for the same values)."""
    waarden = {name: query.get(name, "").strip() for name in FIELDS}
    errors: list[FieldError] = []
    bbv = _choice(
        waarden["bbvCategorie"], "bbvCategorie", errors, {c.value: c for c in BbvCategorie}
    )
    niveau = _choice(
        waarden["monitoringsniveau"], "monitoringsniveau", errors, {"1": 1, "2": 2, "3": 3}
    )
    sorteer = _choice(waarden["sorteer"], "sorteer", errors, {s.value: s for s in Sortering})
    regievoerder = _uuid(waarden["regievoerder"], errors)
    if len(waarden["zoek"]) > MAX_ZOEK:
        errors.append(FieldError("zoek", f"Zoek met hoogstens {MAX_ZOEK} tekens."))
    if waarden["aandacht"] not in ("", "true"):
        errors.append(FieldError("aandacht", "Vink dit aan of laat het leeg."))
    page = _page(query.get("page", "").strip(), errors)
    filters = PartijFilters(
        bbv_categorie=bbv if isinstance(bbv, BbvCategorie) else None,
        monitoringsniveau=niveau if isinstance(niveau, int) else None,
        regievoerder_id=regievoerder,
        zoek=waarden["zoek"][:MAX_ZOEK] or None,
        alleen_aandacht=waarden["aandacht"] == "true",
    )
    sortering = sorteer if isinstance(sorteer, Sortering) else Sortering.NAAM
    return OverzichtFormulier(waarden, OverzichtVraag(filters, sortering), page, errors)
