"""A norm's time series as an export sheet (CSV, XLSX), outcomes in traffic-light colours."""

from collections.abc import Iterable

from app.core.exports.models import Opmaak, model_sheet
from app.core.exports.table import GROEN, ORANJE, ROOD, ExportSheet, enum_word
from app.rapportages.schemas import MetingPunt
from app.servicenormen.outcomes import Uitkomst

UITKOMST_KLEUREN = {
    enum_word(Uitkomst.gehaald): GROEN,
    enum_word(Uitkomst.aandacht): ORANJE,
    enum_word(Uitkomst.niet_gehaald): ROOD,
}
NORM_SERIES_OPMAAK = {
    "uitkomst": Opmaak(breedte=14, kleuren=UITKOMST_KLEUREN),
    "rapportageId": Opmaak(breedte=38),
    "servicenormId": Opmaak(breedte=38),
    "ontvangenOp": Opmaak(breedte=28),
    "toelichting": Opmaak(breedte=40),
}


def series_sheet(titel: str, points: Iterable[MetingPunt]) -> ExportSheet:
    """The series as one sheet: a row per period, the JSON fields as columns."""
    return model_sheet(titel, MetingPunt, points, NORM_SERIES_OPMAAK)
