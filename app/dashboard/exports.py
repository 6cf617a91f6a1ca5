"""The dashboard as export sheets: the overview (one row per party) and the drill-down's
tables, each with the JSON fields as columns, in the JSON order and under the JSON names."""

import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime

from app.core.exports.models import Opmaak, model_sheet
from app.core.exports.table import BLAUW, GROEN, ORANJE, ROOD, ExportSheet, Kolomsoort, enum_word
from app.core.schemas import ApiModel
from app.dashboard.detail_schemas import (
    ActieRegel,
    BegrotingJaar,
    DashboardPartij,
    PrognoseVersie,
    RisicoRegel,
    VoortgangRegel,
    WgrRegel,
)
from app.dashboard.rules import RondeStand, Wijziging
from app.dashboard.schemas import DashboardRij, Getal
from app.rapportages.exports import NORM_SERIES_OPMAAK
from app.servicenormen.outcomes import Uitkomst
from app.voortgang.content import ASPECTEN, Oordeel
from app.wgr.calendar import Status as WgrStatus

EURO, PERCENTAGE = Kolomsoort.EURO, Kolomsoort.PERCENTAGE
OORDEEL_KLEUREN = {
    enum_word(Oordeel.BETER): GROEN,
    enum_word(Oordeel.OP_KOERS): BLAUW,
    enum_word(Oordeel.ACHTER): ROOD,
}
WIJZIGING_KLEUREN = {
    enum_word(Wijziging.VERBETERD): GROEN,
    enum_word(Wijziging.VERSLECHTERD): ROOD,
}
RONDE_KLEUREN = {enum_word(RondeStand.GOEDGEKEURD): GROEN, enum_word(RondeStand.ONTBREEKT): ROOD}
WGR_KLEUREN = {
    enum_word(WgrStatus.OP_TIJD): GROEN,
    enum_word(WgrStatus.TE_LAAT): ORANJE,
    enum_word(WgrStatus.ACHTERSTALLIG): ROOD,
}


def _lights() -> dict[str, Opmaak]:
    opmaak = {}
    for aspect in ASPECTEN:
        opmaak[f"oordeel{aspect.capitalize()}"] = Opmaak(breedte=10, kleuren=OORDEEL_KLEUREN)
        opmaak[f"wijziging{aspect.capitalize()}"] = Opmaak(breedte=13, kleuren=WIJZIGING_KLEUREN)
    return opmaak


OVERVIEW_OPMAAK = {
    "verbondenPartijId": Opmaak(breedte=38),
    "naam": Opmaak(breedte=36),
    "regievoerders": Opmaak(breedte=28),
    **_lights(),
    "aandeelNormenGehaald": Opmaak(PERCENTAGE),
    "aandeelNormenGehaald1KwartaalEerder": Opmaak(PERCENTAGE),
    "aandeelNormenGehaald2KwartalenEerder": Opmaak(PERCENTAGE),
    "aandeelNormenGehaald3KwartalenEerder": Opmaak(PERCENTAGE),
    "afwijkingLasten": Opmaak(EURO, 16),
    "afwijkingLastenPercentage": Opmaak(PERCENTAGE),
    "afwijkingSaldo": Opmaak(EURO, 16),
    "afwijkingSaldoPercentage": Opmaak(PERCENTAGE),
    "eigenAandeelPercentage": Opmaak(PERCENTAGE),
    "eigenAandeelAfwijking": Opmaak(EURO, 16),
    "rondeStatus": Opmaak(breedte=16, kleuren=RONDE_KLEUREN),
    "grootsteRisico": Opmaak(breedte=48),
    "grootsteRisicoFinancieleOmvang": Opmaak(EURO, 16),
    "kengetallenRood": Opmaak(breedte=40),
    "aandachtRedenen": Opmaak(breedte=40),
}
EURO_FIELDS = (
    "primitiefLasten",
    "primitiefBaten",
    "naWijzigingLasten",
    "naWijzigingBaten",
    "prognoseLasten",
    "prognoseBaten",
    "realisatieLasten",
    "realisatieBaten",
    "investeringenBegroot",
    "investeringenPrognose",
    "investeringenRealisatie",
    "eigenBijdrage",
    "afwijkingLasten",
    "afwijkingSaldo",
    "eigenAandeelAfwijking",
    "financieleOmvang",
)
DETAIL_OPMAAK = {
    **{name: Opmaak(EURO, 16) for name in EURO_FIELDS},
    **_lights(),
    "afwijkingSaldoPercentage": Opmaak(PERCENTAGE),
    "omschrijving": Opmaak(breedte=48),
    "status": Opmaak(breedte=14, kleuren=WGR_KLEUREN),
}


def overview_sheet(rows: Sequence[DashboardRij]) -> ExportSheet:
    """The overview as one sheet: a row per party."""
    return model_sheet("Dashboard", DashboardRij, rows, OVERVIEW_OPMAAK)


class NormMeting(ApiModel):
    """A point of a norm's series with the norm's id and code (the drill-down's CSV)."""

    servicenorm_id: uuid.UUID
    code: str
    periode: str
    waarde: Getal
    uitkomst: Uitkomst | None
    doelwaarde: Getal | None
    tolerantie: Getal | None
    rapportage_id: uuid.UUID
    revisie: int
    ontvangen_op: datetime


def _norm_points(detail: DashboardPartij) -> Iterator[NormMeting]:
    for reeks in detail.normen:
        for punt in reeks.metingen:
            yield NormMeting(
                servicenorm_id=reeks.servicenorm_id, code=reeks.code, **punt.model_dump()
            )


def norm_series_sheet(detail: DashboardPartij) -> ExportSheet:
    """Every norm's series as one long table: a row per norm and period."""
    opmaak = {**NORM_SERIES_OPMAAK, "code": Opmaak(breedte=14)}
    return model_sheet("Normen", NormMeting, _norm_points(detail), opmaak)


def detail_sheets(detail: DashboardPartij) -> list[ExportSheet]:
    """The drill-down as a workbook: the overview row, then a sheet per table."""
    return [
        overview_sheet([detail.overzicht]),
        norm_series_sheet(detail),
        model_sheet("Begrotingen", BegrotingJaar, detail.begrotingen, DETAIL_OPMAAK),
        model_sheet("Prognoseverloop", PrognoseVersie, detail.prognoseverloop, DETAIL_OPMAAK),
        model_sheet(
            "Voortgangsrapportages", VoortgangRegel, detail.voortgangsrapportages, DETAIL_OPMAAK
        ),
        model_sheet("Acties", ActieRegel, detail.acties, DETAIL_OPMAAK),
        model_sheet("Risico's", RisicoRegel, detail.risicos, DETAIL_OPMAAK),
        model_sheet("Wgr-termijnen", WgrRegel, detail.wgr_termijnen, DETAIL_OPMAAK),
    ]
