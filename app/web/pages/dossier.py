"""A party's dossier (`/verbonden-partijen/{id}/dossier`): its key documents as
`/api/v1/…/dossierstukken` shows and changes them. Everyone of the municipality reads the
party's shared documents and the municipality's own; the directors add a file or a link,
edit, add a new version of a file, or remove a document, under the API's rules."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import (
    AppError,
    Forbidden,
    InvalidInput,
    PreconditionFailed,
    PreconditionRequired,
)
from app.core.etag import unchanged
from app.core.pagination import PageRequest
from app.dossier import intake
from app.dossier import service as dossier
from app.dossier.downloads import attachment_response, file_etag
from app.dossier.models import Dossiersoort, Dossierstuk, DossierZichtbaarheid
from app.dossier.schemas import DossierstukRead, DossierstukUpdate
from app.verbonden_partijen import service as partijen
from app.web import urls
from app.web.dependencies import CSRF_FIELD, MunicipalPage
from app.web.form_input import field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.regie import may_direct
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.versioned_form import if_match_of, save_versioned
from app.web.views.pagination import Pager

router = page_router()
PAGE_SIZE = 50
EDIT_FIELDS = ("soort", "titel", "eigenaar", "laatstBeoordeeldOp", "beoordelingsintervalMaanden")
SOORTEN = {
    Dossiersoort.REGELING.value: "regeling",
    Dossiersoort.DVO.value: "dienstverleningsovereenkomst (DVO)",
    Dossiersoort.OVERDRACHTSDOCUMENT.value: "overdrachtsdocument",
    Dossiersoort.WERKINSTRUCTIE.value: "werkinstructie",
    Dossiersoort.JAARVERSLAG.value: "jaarverslag",
    Dossiersoort.OVERIG.value: "overig",
}
ZICHTBAARHEDEN = {
    DossierZichtbaarheid.GEDEELD.value: "gedeeld met alle deelnemers (alleen de penvoerder)",
    DossierZichtbaarheid.EIGEN.value: "alleen uw gemeente",
}
FILE_MESSAGE = "Kies een PDF-, DOCX-, XLSX- of ODT-bestand."
MESSAGES = {
    "soort": "Kies de soort uit de lijst.",
    "titel": "Geef het stuk een titel (hoogstens 200 tekens).",
    "zichtbaarheid": "Kies wie het stuk ziet.",
    "eigenaar": "De naam is te lang.",
    "laatstBeoordeeldOp": "Vul een datum in.",
    "beoordelingsintervalMaanden": "Vul een aantal maanden in van 1 tot 120.",
    "link": "Vul een adres in dat begint met https://.",
    "bestand": FILE_MESSAGE,
    "body": FILE_MESSAGE,
}
CHANGED_MEANWHILE = (
    "Iemand anders heeft dit stuk intussen gewijzigd. Hieronder staat uw invoer; sla opnieuw "
    "op om de huidige versie te vervangen."
)
NOT_PENVOERDER = (
    "Alleen de penvoerder legt gedeelde stukken vast; leg dit stuk vast als stuk van uw "
    "eigen gemeente."
)


def _texts(stuk: Dossierstuk) -> dict[str, str]:
    laatst, interval = stuk.laatst_beoordeeld_op, stuk.beoordelingsinterval_maanden
    return {
        "soort": stuk.soort.value,
        "titel": stuk.titel,
        "eigenaar": stuk.eigenaar or "",
        "laatstBeoordeeldOp": laatst.isoformat() if laatst else "",
        "beoordelingsintervalMaanden": str(interval) if interval else "",
        "link": stuk.link or "",
    }


def _file_errors(exc: AppError) -> list[FieldError]:
    """An upload's problem on the form: too large, a wrong type, or a bad field."""
    if exc.status == 413:
        return [FieldError("bestand", "Het bestand is groter dan 20 MB.")]
    if exc.status == 415:
        return [FieldError("bestand", FILE_MESSAGE)]
    if exc.status == 403:
        return [FieldError("zichtbaarheid", NOT_PENVOERDER)]
    if isinstance(exc, InvalidInput):
        return field_errors(exc, MESSAGES)
    raise exc


async def _list_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    page: int = 1,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    partij = await partijen.get_party(session, principal, partij_id)
    found = await dossier.list_documents(
        session,
        principal,
        partij_id,
        None,
        None,
        None,
        PageRequest(page, PAGE_SIZE, str(request.url)),
    )
    base = urls.dossier(partij_id)
    penvoerder = partij.penvoerder_id == principal.tenant_id
    context = {
        "partij": partij,
        "stukken": found.items,
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"{base}?page={n}"),
        "mag_bewerken": await may_direct(session, principal, partij_id),
        "is_penvoerder": penvoerder,
        "waarden": waarden or {"zichtbaarheid": "gedeeld" if penvoerder else "eigen"},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "soorten": list(SOORTEN.items()),
        "soortnamen": SOORTEN,
        "zichtbaarheden": list(ZICHTBAARHEDEN.items()),
    }
    return render(request, "dossier/index.html", context, status_code=status_code)


@router.get("/verbonden-partijen/{partij_id:uuid}/dossier")
async def dossier_page(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The party's documents you may see; the forms to add a file or a link."""
    return await _list_page(request, session, principal, partij_id, page)


@router.post("/verbonden-partijen/{partij_id:uuid}/dossier")
async def add_document(
    request: Request, session: DbSession, principal: MunicipalPage, partij_id: uuid.UUID
) -> Response:
    """A file (the upload form) or a link (the link form), both multipart."""
    settings = web_state(request).settings
    form = await request.form()
    values = form_values(form, (*EDIT_FIELDS, "zichtbaarheid", "link"))
    try:
        fields, bestand = await intake.read_new_document(
            request, settings.dossier_max_bytes, ignore=frozenset({CSRF_FIELD})
        )
        await dossier.create_document(session, principal, partij_id, fields, bestand)
    except (InvalidInput, AppError) as exc:
        if isinstance(exc, Forbidden) and not await may_direct(session, principal, partij_id):
            raise
        await session.rollback()
        errors = _file_errors(exc)
        return await _list_page(
            request, session, principal, partij_id,
            waarden=values, fouten=errors, status_code=exc.status,
        )  # fmt: skip
    response = RedirectResponse(urls.dossier(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Stuk toegevoegd."))
    return response


async def _edit_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    partij = await partijen.get_party(session, principal, partij_id)
    stuk, right = await dossier.get_document(session, principal, partij_id, stuk_id)
    view: DossierstukRead = dossier.view(stuk, right.allows(stuk), today())
    context = {
        "partij": partij,
        "stuk": view,
        "mag_bewerken": view.kan_wijzigen,
        "waarden": waarden or _texts(stuk),
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "soorten": list(SOORTEN.items()),
        "soortnamen": SOORTEN,
        "zichtbaarheidnamen": ZICHTBAARHEDEN,
    }
    return render(request, "dossier/stuk.html", context, status_code=status_code)


@router.get("/verbonden-partijen/{partij_id:uuid}/dossier/{stuk_id:uuid}")
async def document_page(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
) -> Response:
    """One document: a form for who may change it, the facts for the others."""
    return await _edit_page(request, session, principal, partij_id, stuk_id)


@router.post("/verbonden-partijen/{partij_id:uuid}/dossier/{stuk_id:uuid}")
async def save_document(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
) -> Response:
    """Save the whole form against the version read; an emptied optional field is cleared."""
    form = await request.form()
    values = form_values(form, (*EDIT_FIELDS, "link"))
    patch = {
        "titel": None,
        "eigenaar": None,
        "laatstBeoordeeldOp": None,
        "beoordelingsintervalMaanden": None,
    }

    async def save() -> None:
        update = validated(DossierstukUpdate, {**patch, **values})
        await dossier.update_document(
            session, principal, partij_id, stuk_id, update, if_match_of(form)
        )

    async def refused(fouten: list[FieldError], status_code: int) -> Response:
        return await _edit_page(
            request, session, principal, partij_id, stuk_id,
            waarden=values, fouten=fouten, status_code=status_code,
        )  # fmt: skip

    failed = await save_versioned(
        session,
        save,
        errors_of=lambda exc: field_errors(exc, MESSAGES),
        changed_meanwhile=CHANGED_MEANWHILE,
        refused=refused,
    )
    if failed is not None:
        return failed
    response = RedirectResponse(urls.dossier(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Stuk opgeslagen."))
    return response


@router.post("/verbonden-partijen/{partij_id:uuid}/dossier/{stuk_id:uuid}/bestand")
async def new_file_version(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
) -> Response:
    """A new file for the document: its next version; the earlier ones stay stored."""
    settings = web_state(request).settings
    form = await request.form()
    try:
        bestand = await intake.read_file_part(request, settings.dossier_max_bytes)
        await dossier.add_file_version(
            session, principal, partij_id, stuk_id, bestand, if_match_of(form)
        )
    except (PreconditionFailed, PreconditionRequired):
        await session.rollback()
        return await _edit_page(
            request, session, principal, partij_id, stuk_id,
            fouten=[FieldError("versie", CHANGED_MEANWHILE)], status_code=412,
        )  # fmt: skip
    except AppError as exc:
        if exc.status in (403, 404):
            raise
        await session.rollback()
        errors = (
            [FieldError("bestand", "Dit bestand is al de huidige versie.")]
            if exc.status == 409
            else _file_errors(exc)
        )
        return await _edit_page(
            request, session, principal, partij_id, stuk_id,
            fouten=errors, status_code=exc.status,
        )  # fmt: skip
    response = RedirectResponse(urls.dossier(partij_id), status_code=303)
    melding = Melding("Nieuwe versie van het bestand opgeslagen.")
    web_state(request).cookies.leave_melding(request, response, melding)
    return response


@router.post("/verbonden-partijen/{partij_id:uuid}/dossier/{stuk_id:uuid}/verwijderen")
async def remove_document(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
) -> Response:
    """Remove the document with every version of its file."""
    form = await request.form()

    async def remove() -> None:
        await dossier.delete_document(session, principal, partij_id, stuk_id, if_match_of(form))

    async def refused(fouten: list[FieldError], status_code: int) -> Response:
        return await _edit_page(
            request, session, principal, partij_id, stuk_id,
            fouten=fouten, status_code=status_code,
        )  # fmt: skip

    failed = await save_versioned(
        session,
        remove,
        invalid=(),
        errors_of=lambda _: [],
        changed_meanwhile=CHANGED_MEANWHILE,
        refused=refused,
    )
    if failed is not None:
        return failed
    response = RedirectResponse(urls.dossier(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Stuk verwijderd."))
    return response


@router.get("/verbonden-partijen/{partij_id:uuid}/dossier/{stuk_id:uuid}/bestand")
async def download(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    stuk_id: uuid.UUID,
    versie: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
) -> Response:
    """The stored file as an attachment, as the API serves it."""
    found = await dossier.file_of(session, principal, partij_id, stuk_id, versie)
    etag = file_etag(found.sha256)
    if unchanged(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers={"ETag": etag})
    return attachment_response(found.inhoud, found.naam, found.type, etag)
