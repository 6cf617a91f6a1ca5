"""Reading an uploaded file (API.md, uploads): the multipart field `bestand`, or the file itself
as the request body with `text/csv` or the XLSX media type.

Knows no domain: it hands back the bytes and what kind of file they are, within a size limit.
What the file means is for the importer that asks for it (see `app.core.uploads.tables`).
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fastapi import Request
from starlette.datastructures import UploadFile

from app.core.errors import ContentTooLarge, InvalidInput, UnsupportedMediaType

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MULTIPART = "multipart/form-data"
FIELD = "bestand"

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls format


class Bestandssoort(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Upload:
    soort: Bestandssoort
    inhoud: bytes
    naam: str | None = None


def upload_request_body(description: str) -> dict[str, Any]:
    """The OpenAPI `requestBody` of an import: a form with `bestand`, or the file as the body."""
    binary = {"type": "string", "format": "binary"}
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {
                MULTIPART: {
                    "schema": {
                        "type": "object",
                        "required": [FIELD],
                        "properties": {
                            FIELD: {**binary, "description": "Het CSV- of XLSX-bestand."}
                        },
                    }
                },
                CSV_MEDIA_TYPE: {"schema": {"type": "string"}},
                XLSX_MEDIA_TYPE: {"schema": binary},
            },
        }
    }


async def read_upload(request: Request, max_bytes: int) -> Upload:
    """The uploaded file; 413 over `max_bytes`, 415 for another media type, 400 when empty."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared_length = request.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > max_bytes + 64 * 1024:
        raise _too_large(max_bytes)  # multipart framing aside, the file cannot fit
    if media_type == MULTIPART:
        content, name = await _from_form(request, max_bytes)
        declared = _kind_by_name(name)
    elif media_type in (CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE):
        content, name = await _from_body(request, max_bytes), None
        declared = Bestandssoort.CSV if media_type == CSV_MEDIA_TYPE else Bestandssoort.XLSX
    else:
        raise UnsupportedMediaType(
            f"Send the file as {MULTIPART} (field '{FIELD}'), as {CSV_MEDIA_TYPE} "
            f"or as {XLSX_MEDIA_TYPE}."
        )
    if not content:
        raise InvalidInput.field(FIELD, "The file is empty.")
    return Upload(soort=_kind(content, declared), inhoud=content, naam=name)


async def _from_body(request: Request, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


async def _from_form(request: Request, max_bytes: int) -> tuple[bytes, str | None]:
    async with request.form(max_files=1, max_fields=10) as form:
        part = form.get(FIELD)
        if not isinstance(part, UploadFile):
            raise InvalidInput.field(FIELD, f"The form has no file in the field '{FIELD}'.")
        content = await part.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise _too_large(max_bytes)
        return content, part.filename


def _kind_by_name(name: str | None) -> Bestandssoort | None:
    lowered = (name or "").lower()
    if lowered.endswith(".xlsx"):
        return Bestandssoort.XLSX
    if lowered.endswith((".csv", ".txt")):
        return Bestandssoort.CSV
    return None


def _kind(content: bytes, declared: Bestandssoort | None) -> Bestandssoort:
    """The file's contents decide; a file said to be XLSX must be one."""
    if content.startswith(OLE2_MAGIC):
        raise InvalidInput.field(
            FIELD, "This is the old binary Excel format (.xls); save it as .xlsx or as CSV."
        )
    if content.startswith(ZIP_MAGIC):
        return Bestandssoort.XLSX
    if declared is Bestandssoort.XLSX:
        raise InvalidInput.field(FIELD, "This is not an XLSX file (an XLSX file is a ZIP archive).")
    return Bestandssoort.CSV


def _too_large(max_bytes: int) -> ContentTooLarge:
    return ContentTooLarge(f"The file is larger than the limit of {max_bytes} bytes.")
