"""Which format a client asked for: `?formaat=` wins over `Accept`."""

from enum import StrEnum

from app.core.negotiation import choose


class ExportFormaat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEDIA_TYPES = {
    ExportFormaat.JSON: "application/json",
    ExportFormaat.CSV: "text/csv",
    ExportFormaat.XLSX: XLSX_MEDIA_TYPE,
}
# In the order of preference when the client weighs several alike (`*/*` is JSON).
_OFFERS = [(media_type, formaat) for formaat, media_type in MEDIA_TYPES.items()]


def negotiate(accept: str | None, formaat: ExportFormaat | None) -> ExportFormaat:
    """The format to answer in: the query parameter, else the best acceptable media type.

    No `Accept` means JSON; an `Accept` that names nothing this service can produce is 406.
    """
    if formaat is not None:
        return formaat
    offered = ", ".join(MEDIA_TYPES.values())
    return choose(
        accept,
        _OFFERS,
        ExportFormaat.JSON,
        f"This resource is available as {offered}; or use ?formaat=json|csv|xlsx.",
    )
