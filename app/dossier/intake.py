"""A dossier document as the client sends it: JSON with a `link`, or a multipart form with the
file in `bestand` and the other fields beside it. The file is read within the size limit
(larger is 413, decided before it is read whole), and its type by its content, off the event
loop (a ZIP's central directory can be long)."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from fastapi import Request
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from app.core.error_handlers import invalid_params_of
from app.core.errors import ContentTooLarge, InvalidInput, UnsupportedMediaType
from app.core.uploads import parse_off_loop
from app.dossier import file_types
from app.dossier.schemas import DossierstukCreate
from app.dossier.uploads import FRAMING_BYTES

FIELD = file_types.FIELD
MULTIPART = "multipart/form-data"
JSON = "application/json"

DETECT_SECONDS = 10.0
INTEGER_FIELDS = ("beoordelingsintervalMaanden",)
MAX_FORM_FIELDS = 20


@dataclass(frozen=True)
class NieuwBestand:
    """An accepted file: its bytes, type by content, and the name it is served under."""

    inhoud: bytes
    type: file_types.Bestandstype
    naam: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.inhoud).hexdigest()


def media_type_of(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def refuse_declared_length(request: Request, max_bytes: int) -> None:
    """413 straight away when the declared body cannot hold a file within the limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + FRAMING_BYTES:
        raise too_large(max_bytes)


async def read_new_document(
    request: Request, max_bytes: int, ignore: frozenset[str] = frozenset()
) -> tuple[DossierstukCreate, NieuwBestand | None]:
    """The new document's fields, and its file when it came as a form with `bestand`."""
    refuse_declared_length(request, max_bytes)
    media_type = media_type_of(request)
    if media_type == JSON:
        body = await _json_body(request)
        fields = validated(body)
        if fields.link is None:
            raise InvalidInput.field(
                "link", f"Give a link, or send the file as {MULTIPART} in the field '{FIELD}'."
            )
        return fields, None
    if media_type != MULTIPART:
        raise UnsupportedMediaType(
            f"Send the document as {MULTIPART} (the file in '{FIELD}') or as {JSON} with a link."
        )
    async with request.form(max_files=1, max_fields=MAX_FORM_FIELDS) as form:
        values: dict[str, Any] = {
            name: value
            for name, value in form.multi_items()
            if isinstance(value, str) and name not in ignore and value.strip() != ""
        }
        part = form.get(FIELD)
        # A form's file input left empty sends an empty part without a name: no file.
        upload = None
        if isinstance(part, UploadFile) and (part.filename or part.size):
            upload = await _file_of(part, max_bytes)
    fields = validated(_typed(values))
    if upload is not None and fields.link is not None:
        raise InvalidInput.field("link", f"Send a file in '{FIELD}' or a link, not both.")
    if upload is None and fields.link is None:
        raise InvalidInput.field(FIELD, f"The form has no file in the field '{FIELD}'.")
    return fields, upload


async def read_file_part(request: Request, max_bytes: int) -> NieuwBestand:
    """A new version of a document's file: a multipart form with the file in `bestand`."""
    refuse_declared_length(request, max_bytes)
    if media_type_of(request) != MULTIPART:
        raise UnsupportedMediaType(f"Send the file as {MULTIPART} in the field '{FIELD}'.")
    async with request.form(max_files=1, max_fields=MAX_FORM_FIELDS) as form:
        part = form.get(FIELD)
        if not isinstance(part, UploadFile):
            raise InvalidInput.field(FIELD, f"The form has no file in the field '{FIELD}'.")
        return await _file_of(part, max_bytes)


def validated(body: Any) -> DossierstukCreate:
    try:
        return DossierstukCreate.model_validate(body)
    except ValidationError as error:
        raise InvalidInput.fields(invalid_params_of(error.errors())) from None


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise InvalidInput.field("body", "The body is not valid JSON.") from None


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    """Form fields are text; a number field holding digits is the number."""
    for name in INTEGER_FIELDS:
        text = values.get(name)
        if isinstance(text, str) and text.strip().isdigit() and len(text.strip()) < 6:
            values[name] = int(text.strip())
    return values


async def _file_of(part: UploadFile, max_bytes: int) -> NieuwBestand:
    if part.size is not None and part.size > max_bytes:
        raise too_large(max_bytes)  # spooled by the form parser; not read into memory
    content = await part.read(max_bytes + 1)
    if len(content) > max_bytes:
        raise too_large(max_bytes)
    if not content:
        raise InvalidInput.field(FIELD, "The file is empty.")
    if content.startswith(file_types.ZIP_MAGIC):
        kind = await parse_off_loop(file_types.detect_or_none, content, DETECT_SECONDS)
    else:
        kind = file_types.detect_or_none(content)
    if kind is None:
        raise file_types.refused()
    return NieuwBestand(content, kind, served_name(part.filename, kind))


def served_name(uploaded: str | None, kind: file_types.Bestandstype) -> str:
    """The uploaded name's stem (without any path) with the extension of the real type."""
    stem = PurePath((uploaded or "").replace("\\", "/")).stem.strip() or "document"
    cleaned = "".join(c for c in stem if c.isprintable() and c not in '"/\\<>:|?*')[:200]
    return f"{cleaned or 'document'}.{kind.extensie}"


def too_large(max_bytes: int) -> ContentTooLarge:
    return ContentTooLarge(f"The file is larger than the limit of {max_bytes} bytes.")
