"""Status reports as one export row each: every field of the seed's form as its own column,
the ratings as coloured words (CSV and XLSX of `GET /voortgangsrapportages`)."""

import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal

from app.core.exports.models import Opmaak, model_sheet
from app.core.exports.table import BLAUW, GROEN, ROOD, ExportSheet, enum_word
from app.core.schemas import ApiModel
from app.voortgang.content import ASPECTEN, Oordeel
from app.voortgang.models import Voortgangsrapportage
from app.voortgang.workflow import RapportageStatus

OORDEEL_KLEUREN = {
    enum_word(Oordeel.BETER): GROEN,
    enum_word(Oordeel.OP_KOERS): BLAUW,
    enum_word(Oordeel.ACHTER): ROOD,
}


class RapportageExportRegel(ApiModel):
    """One status report, flat: the columns follow the seed's form."""

    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    periode: str
    status: RapportageStatus
    portefeuillehouder: str | None
    projectfase: str | None
    voortgang_oordeel: Oordeel | None
    voortgang_toelichting: str | None
    inhoud_oordeel: Oordeel | None
    inhoud_toelichting: str | None
    planning_oordeel: Oordeel | None
    planning_toelichting: str | None
    afwijking_totaalplanning: bool | None
    afwijking_totaalplanning_toelichting: str | None
    financien_oordeel: Oordeel | None
    financien_toelichting: str | None
    afwijking_begroting: bool | None
    afwijking_begroting_toelichting: str | None
    afwijking_investering: bool | None
    afwijking_investering_toelichting: str | None
    afwijking_exploitatie: bool | None
    afwijking_exploitatie_toelichting: str | None
    risicos_oordeel: Oordeel | None
    risicos_toelichting: str | None
    communicatie_oordeel: Oordeel | None
    communicatie_toelichting: str | None
    besluitvorming: str | None
    overige_informatie: str | None
    dienstverlening: str | None
    samenvatting: str | None
    tevredenheid: Decimal | None
    mt_opmerking: str | None
    te_laat: bool
    ingediend_op: datetime | None
    goedgekeurd_op: datetime | None


OPMAAK = {
    **{f"{aspect}Oordeel": Opmaak(breedte=10, kleuren=OORDEEL_KLEUREN) for aspect in ASPECTEN},
    "id": Opmaak(breedte=38),
    "verbondenPartijId": Opmaak(breedte=38),
}


def export_row(report: Voortgangsrapportage) -> RapportageExportRegel:
    fields = {
        name: getattr(report, name)
        for name in RapportageExportRegel.model_fields
        if name != "te_laat"
    }
    return RapportageExportRegel.model_validate({**fields, "te_laat": report.telaat})


def reports_sheet(reports: Iterable[Voortgangsrapportage]) -> ExportSheet:
    rows: Iterator[RapportageExportRegel] = (export_row(report) for report in reports)
    return model_sheet("Voortgangsrapportages", RapportageExportRegel, rows, OPMAAK)
