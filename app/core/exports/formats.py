"""Which format a client asked for: `?formaat=` wins over `Accept`."""

from enum import StrEnum

from app.core.errors import NotAcceptable


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
_BY_MEDIA_RANGE = {
    "application/json": ExportFormaat.JSON,
    "text/csv": ExportFormaat.CSV,
    XLSX_MEDIA_TYPE: ExportFormaat.XLSX,
    "*/*": ExportFormaat.JSON,
    "application/*": ExportFormaat.JSON,
    "text/*": ExportFormaat.CSV,
}


def negotiate(accept: str | None, formaat: ExportFormaat | None) -> ExportFormaat:
    """The format to answer in: the query parameter, else the best acceptable media type.

    No `Accept` means JSON; an `Accept` that names nothing this service can produce is 406.
    """
    if formaat is not None:
        return formaat
    if not accept or not accept.strip():
        return ExportFormaat.JSON
    ranked = sorted(_media_ranges(accept), key=lambda item: -item[1])
    for media_range, quality in ranked:
        if quality > 0 and media_range in _BY_MEDIA_RANGE:
            return _BY_MEDIA_RANGE[media_range]
    offered = ", ".join(MEDIA_TYPES.values())
    raise NotAcceptable(f"This resource is available as {offered}; or use ?formaat=json|csv|xlsx.")


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_range:
            ranges.append((media_range.lower(), quality))
    return ranges
