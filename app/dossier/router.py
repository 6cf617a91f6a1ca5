"""HTTP for a party's dossier: its key documents, each a stored file or a link."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import Director, Municipal
from app.core.app_state import AppSettings
from app.core.clock import today
from app.core.db import DbSession
from app.core.etag import IfMatchHeader, IfNoneMatchHeader, not_modified, set_etag, unchanged
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.dossier import file_types, intake, service
from app.dossier.downloads import attachment_response, file_etag
from app.dossier.models import Dossiersoort, DossierZichtbaarheid
from app.dossier.schemas import DossierstukCreate, DossierstukRead, DossierstukUpdate

router = APIRouter(prefix="/verbonden-partijen/{party_id}/dossierstukken", tags=["Dossier"])

BINARY = {"type": "string", "format": "binary"}
FILE_TEXT = "PDF, DOCX, XLSX of ODT, standaard hooguit 20 MB; de inhoud bepaalt het type."


def _json_schema() -> dict[str, Any]:
    """The fields of a new document, referring to the enums' components."""
    schema = DossierstukCreate.model_json_schema(
        by_alias=True, ref_template="#/components/schemas/{model}"
    )
    schema.pop("$defs", None)
    schema["title"] = "DossierstukNieuw"
    return schema


def _form_schema(with_fields: bool) -> dict[str, Any]:
    properties: dict[str, Any] = {intake.FIELD: {**BINARY, "description": FILE_TEXT}}
    required = [intake.FIELD]
    if with_fields:
        schema = _json_schema()
        for name, prop in schema["properties"].items():
            if name != "link":
                properties[name] = prop
        required += list(schema.get("required", []))
    return {"type": "object", "required": required, "properties": properties}


CREATE_BODY = {
    "requestBody": {
        "required": True,
        "description": "Het bestand in `bestand` met de velden ernaast, of JSON met een `link`.",
        "content": {
            intake.MULTIPART: {"schema": _form_schema(with_fields=True)},
            intake.JSON: {"schema": _json_schema()},
        },
    }
}
FILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {intake.MULTIPART: {"schema": _form_schema(with_fields=False)}},
    }
}
FILE_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Het bestand, als bijlage.",
        "content": {kind.media_type: {"schema": BINARY} for kind in file_types.ACCEPTED},
    },
    304: {"description": "Ongewijzigd sinds de lezing waarvan u de `ETag` stuurde."},
}


@router.get("", response_model=Page[DossierstukRead])
async def list_dossierstukken(
    session: DbSession,
    principal: Municipal,
    party_id: uuid.UUID,
    page: PageParams,
    soort: Annotated[
        Dossiersoort | None, Query(description="Alleen stukken van deze soort.")
    ] = None,
    zichtbaarheid: Annotated[
        DossierZichtbaarheid | None,
        Query(description="Alleen `gedeeld`e of alleen `eigen` stukken."),
    ] = None,
    beoordeling_verlopen: Annotated[
        bool | None,
        Query(
            alias="beoordelingVerlopen",
            description="`true`: alleen stukken waarvan de beoordeling is verlopen; `false`: "
            "alleen de andere.",
        ),
    ] = None,
) -> Page[DossierstukRead]:
    """The party's shared documents and your municipality's own, by kind and title."""
    result = await service.list_documents(
        session, principal, party_id, soort, zichtbaarheid, beoordeling_verlopen, page
    )
    return envelope(page, result, lambda item: item)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=DossierstukRead,
    openapi_extra=CREATE_BODY,
    responses=problem_responses(413, 415),
)
async def create_dossierstuk(
    session: DbSession,
    principal: Director,
    settings: AppSettings,
    party_id: uuid.UUID,
    request: Request,
    response: Response,
) -> DossierstukRead:
    """Add a document: a file (multipart) or a link (JSON)."""
    fields, bestand = await intake.read_new_document(request, settings.dossier_max_bytes)
    stuk = await service.create_document(session, principal, party_id, fields, bestand)
    response.headers["Location"] = str(
        request.url_for("get_dossierstuk", party_id=party_id, stuk_id=stuk.id)
    )
    set_etag(response, stuk.versie)
    return service.view(stuk, True, today())


@router.get("/{stuk_id}", response_model=DossierstukRead)
async def get_dossierstuk(
    session: DbSession,
    principal: Municipal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    response: Response,
) -> DossierstukRead:
    stuk, right = await service.get_document(session, principal, party_id, stuk_id)
    set_etag(response, stuk.versie)
    return service.view(stuk, right.allows(stuk), today())


@router.patch("/{stuk_id}", response_model=DossierstukRead)
async def update_dossierstuk(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    body: DossierstukUpdate,
    response: Response,
    if_match: IfMatchHeader = None,
) -> DossierstukRead:
    """JSON Merge Patch; needs If-Match."""
    stuk = await service.update_document(session, principal, party_id, stuk_id, body, if_match)
    set_etag(response, stuk.versie)
    return service.view(stuk, True, today())


@router.delete("/{stuk_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_dossierstuk(
    session: DbSession,
    principal: Director,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    if_match: IfMatchHeader = None,
) -> Response:
    """Remove a document with every stored version of its file; needs If-Match."""
    await service.delete_document(session, principal, party_id, stuk_id, if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{stuk_id}/bestand", response_class=Response, responses=FILE_RESPONSE)
async def get_dossierbestand(
    session: DbSession,
    principal: Municipal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    versie: Annotated[
        int | None,
        Query(
            ge=1,
            le=1_000_000,
            description="Een eerdere versie van het bestand; zonder: de huidige.",
        ),
    ] = None,
    if_none_match: IfNoneMatchHeader = None,
) -> Response:
    """The stored file (by default its current version), as an attachment."""
    found = await service.file_of(session, principal, party_id, stuk_id, versie)
    etag = file_etag(found.sha256)
    if unchanged(if_none_match, etag):
        return not_modified(etag)
    return attachment_response(found.inhoud, found.naam, found.type, etag)


@router.put(
    "/{stuk_id}/bestand",
    response_model=DossierstukRead,
    openapi_extra=FILE_BODY,
    responses=problem_responses(409, 413, 415),
)
async def put_dossierbestand(
    session: DbSession,
    principal: Director,
    settings: AppSettings,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    request: Request,
    response: Response,
    if_match: IfMatchHeader = None,
) -> DossierstukRead:
    """A new file for the document: its next version; the earlier ones stay stored."""
    bestand = await intake.read_file_part(request, settings.dossier_max_bytes)
    stuk = await service.add_file_version(session, principal, party_id, stuk_id, bestand, if_match)
    set_etag(response, stuk.versie)
    return service.view(stuk, True, today())
