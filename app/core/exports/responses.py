"""The HTTP side of exports: the query parameters, the response, its OpenAPI description."""

import asyncio
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Query
from starlette.responses import Response, StreamingResponse

from app.core.exports.csv_writer import Scheidingsteken, csv_chunks
from app.core.exports.formats import MEDIA_TYPES, XLSX_MEDIA_TYPE, ExportFormaat, negotiate
from app.core.exports.table import ExportSheet
from app.core.exports.xlsx_writer import file_chunks, write_workbook

# An XLSX is assembled in memory up to this size, beyond it in a temporary file.
SPOOL_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ExportRequest:
    formaat: ExportFormaat
    scheidingsteken: Scheidingsteken

    @property
    def is_json(self) -> bool:
        return self.formaat is ExportFormaat.JSON


async def export_request(
    formaat: Annotated[
        ExportFormaat | None,
        Query(description="`json`, `csv` of `xlsx`; gaat vóór de `Accept`-header."),
    ] = None,
    scheidingsteken: Annotated[
        Scheidingsteken,
        Query(
            description="Scheidingsteken van de CSV-kolommen; `puntkomma` voor Nederlandse Excel."
        ),
    ] = Scheidingsteken.KOMMA,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> ExportRequest:
    return ExportRequest(negotiate(accept, formaat), scheidingsteken)


ExportParams = Annotated[ExportRequest, Depends(export_request)]


def export_responses(json_description: str = "JSON") -> dict[int | str, dict[str, Any]]:
    """The 200 content types and the 406 of an exportable operation, for the OpenAPI document."""
    return {
        200: {
            "description": f"{json_description}; of CSV (UTF-8 met BOM) of XLSX via `Accept` of "
            "`?formaat=`. Tekst die begint met = + - @ TAB of CR krijgt een apostrof ervoor.",
            "content": {
                MEDIA_TYPES[ExportFormaat.CSV]: {"schema": {"type": "string"}},
                XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
            },
        },
        406: {"description": "Geen van de mediatypen in `Accept` kan worden geleverd."},
    }


async def export_response(
    request: ExportRequest, sheets: Sequence[ExportSheet], filename: str
) -> Response:
    """The sheets as CSV (the first sheet) or XLSX (every sheet), as a streamed attachment.

    CSV is encoded row by row as it is sent. XLSX rows go through openpyxl's write-only mode
    (temporary files) in a worker thread; the finished file is sent in chunks from a spooled
    temporary file, so neither holds a large export in memory."""
    if request.formaat is ExportFormaat.CSV:
        return StreamingResponse(
            csv_chunks(sheets[0], request.scheidingsteken),
            media_type="text/csv; charset=utf-8",
            headers=_disposition(f"{filename}.csv"),
        )
    if request.formaat is ExportFormaat.XLSX:
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - closed by file_chunks
        try:
            await asyncio.to_thread(write_workbook, sheets, spool)
        except BaseException:
            spool.close()
            raise
        return StreamingResponse(
            file_chunks(spool), media_type=XLSX_MEDIA_TYPE, headers=_disposition(f"{filename}.xlsx")
        )
    raise ValueError("JSON is the route's own response model, not an export")


def _disposition(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{safe_filename(filename)}"'}


def safe_filename(name: str) -> str:
    """ASCII letters, digits, dots and hyphens only: `BBV-paragraaf 2026 Súdwest` → `bbv-...`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "-", ascii_name.lower()).strip("-") or "export"
