"""The dashboard as export sheets: the overview (one row per party, the JSON fields as
columns, in the JSON order and under the JSON names) and the drill-down's tables."""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel

from app.core.exports.table import (
    GROEN,
    ORANJE,
    ROOD,
    CellValue,
    ExportSheet,
    Kolom,
    Kolomsoort,
)
from app.dashboard.rules import RondeStand, Wijziging
from app.dashboard.schemas import DashboardRij
from app.servicenormen.outcomes import Uitkomst
from app.voortgang.content import ASPECTEN, Oordeel

OORDEEL_KLEUREN = {
    Oordeel.BETER.value: GROEN,
    Oordeel.OP_KOERS.value: ORANJE,
    Oordeel.ACHTER.value: ROOD,
}
UITKOMST_KLEUREN = {
    Uitkomst.gehaald.value: GROEN,
    Uitkomst.aandacht.value: ORANJE,
    Uitkomst.niet_gehaald.value: ROOD,
}
WIJZIGING_KLEUREN = {Wijziging.VERBETERD.value: GROEN, Wijziging.VERSLECHTERD.value: ROOD}
RONDE_KLEUREN = {RondeStand.GOEDGEKEURD.value: GROEN, RondeStand.ONTBREEKT.value: ROOD}

EURO, PERCENTAGE, GETAL, DATUM, JA_NEE = (
    Kolomsoort.EURO,
    Kolomsoort.PERCENTAGE,
    Kolomsoort.GETAL,
    Kolomsoort.DATUM,
    Kolomsoort.JA_NEE,
)


def _overview_kinds() -> dict[str, tuple[Kolomsoort, int, Mapping[str, str] | None]]:
    kinds: dict[str, tuple[Kolomsoort, int, Mapping[str, str] | None]] = {
        "naam": (Kolomsoort.TEKST, 36, None),
        "regievoerders": (Kolomsoort.TEKST, 28, None),
        "rondeStatus": (Kolomsoort.TEKST, 16, RONDE_KLEUREN),
        "grootsteRisico": (Kolomsoort.TEKST, 48, None),
        "aandachtRedenen": (Kolomsoort.TEKST, 40, None),
        "verbondenPartijId": (Kolomsoort.TEKST, 38, None),
    }
    for aspect in ASPECTEN:
        kinds[f"oordeel{aspect.capitalize()}"] = (Kolomsoort.TEKST, 10, OORDEEL_KLEUREN)
        kinds[f"wijziging{aspect.capitalize()}"] = (Kolomsoort.TEKST, 14, WIJZIGING_KLEUREN)
    for name in ("afwijkingLasten", "afwijkingSaldo", "eigenAandeelAfwijking"):
        kinds[name] = (EURO, 16, None)
    kinds["grootsteRisicoFinancieleOmvang"] = (EURO, 16, None)
    for name in ("aandeelNormenGehaald", "eigenAandeelPercentage"):
        kinds[name] = (PERCENTAGE, 12, None)
    for ago in ("1KwartaalEerder", "2KwartalenEerder", "3KwartalenEerder"):
        kinds[f"aandeelNormenGehaald{ago}"] = (PERCENTAGE, 12, None)
    for name in ("afwijkingLastenPercentage", "afwijkingSaldoPercentage"):
        kinds[name] = (PERCENTAGE, 12, None)
    for name in ("rondeDeadline", "volgendeWgrDatum"):
        kinds[name] = (DATUM, 12, None)
    return kinds


OVERVIEW_KINDS = _overview_kinds()


def columns_of(
    model: type[BaseModel], kinds: Mapping[str, tuple[Kolomsoort, int, Any]]
) -> list[Kolom]:
    """A column per field of the model, in its order, headed by its JSON name."""
    columns = []
    for name, field in model.model_fields.items():
        header = field.alias or name
        soort, breedte, kleuren = kinds.get(header, (_kind(field.annotation), 14, None))
        columns.append(Kolom(header, soort, breedte, kleuren))
    return columns


def _kind(annotation: Any) -> Kolomsoort:
    text = str(annotation)
    if "bool" in text:
        return JA_NEE
    if "int" in text and "Decimal" not in text:
        return GETAL
    if "Decimal" in text:
        return GETAL
    if "date" in text:
        return DATUM
    return Kolomsoort.TEKST


def cell(value: Any) -> CellValue:
    """A JSON field's value as a spreadsheet cell."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, UUID):
        return str(value)
    if value is None or isinstance(value, str | bool | int | Decimal | date):
        return value
    return str(value)


def model_rows(models: Iterable[BaseModel]) -> Iterator[list[CellValue]]:
    """One row per model, its fields in order (a generator: rows are made as they are written)."""
    for model in models:
        yield [cell(getattr(model, name)) for name in type(model).model_fields]


def overview_sheet(rows: Sequence[DashboardRij]) -> ExportSheet:
    """The overview as one sheet: a row per party, the JSON fields as columns."""
    return ExportSheet("Dashboard", columns_of(DashboardRij, OVERVIEW_KINDS), model_rows(rows))
