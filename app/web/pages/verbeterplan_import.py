"""The import of the improvement plan's table (seed 004: Nr, Aanbeveling, Reactie, Actie,
Wie, Planning) as a file upload: first a dry run whose report the person reads, then the
import itself, both through `app.verbeterplan.import_service.import_plan` as the API's
`POST /aanbevelingen/_import`. Works without JavaScript: the dry-run page carries the file
on to the confirming form (base64 in a hidden field, checked against its SHA-256)."""

import base64
import binascii
import hashlib

from fastapi import Request
from starlette.datastructures import FormData
from starlette.responses import Response

from app.core.db import DbSession
from app.core.errors import AppError, InvalidInput
from app.core.uploads import Bestandssoort, Upload, read_upload
from app.core.uploads.limits import ParseLimits
from app.verbeterplan import import_service
from app.verbeterplan.models import Bron
from app.verbeterplan.schemas import ImportVerslag
from app.web.dependencies import DirectorPage
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.state import web_state
from app.web.views import verbeterplan as view

router = page_router()
FILE_MESSAGE = "Kies het verbeterplan als CSV- of XLSX-bestand (geen oud .xls)."
BRONNEN = list(view.BRON.items())


def _page(
    request: Request,
    bron: str = Bron.REKENKAMER.value,
    verslag: ImportVerslag | None = None,
    upload: Upload | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    content = base64.b64encode(upload.inhoud).decode() if upload else ""
    context = {
        "bron": bron,
        "bronnen": BRONNEN,
        "verslag": verslag,
        "bestand": content,
        "controle": hashlib.sha256(upload.inhoud).hexdigest() if upload else "",
        "naam": (upload.naam or "") if upload else "",
        "soort": upload.soort.value if upload else "",
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "view": view,
    }
    return render(request, "verbeterplan/import.html", context, status_code=status_code)


def _bron(form: FormData) -> tuple[Bron | None, list[FieldError]]:
    raw = form.get("bron")
    if isinstance(raw, str) and raw in {bron.value for bron in Bron}:
        return Bron(raw), []
    return None, [FieldError("bron", "Kies de bron van het verbeterplan.")]


def _errors(exc: InvalidInput) -> list[FieldError]:
    """Every error of the import on the file field: a bad row as the import names it
    (`Rij 7: …`, the row and what is wrong with it), anything else as the file's problem."""
    return [
        FieldError(
            "bestand", view.reden(param.reason) if param.reason.startswith("Row ") else FILE_MESSAGE
        )
        for param in exc.invalid_params
    ]


@router.get("/verbeterplan/import")
async def import_form(request: Request, principal: DirectorPage) -> Response:
    """Choose the file and its source."""
    return _page(request)


@router.post("/verbeterplan/import/proefdraai")
async def dry_run(request: Request, session: DbSession, principal: DirectorPage) -> Response:
    """What the import would do, row by row; nothing is stored."""
    form = await request.form()
    bron, errors = _bron(form)
    settings = web_state(request).settings
    upload = None
    try:
        upload = await read_upload(request, settings.max_upload_bytes)
    except InvalidInput:
        errors.append(FieldError("bestand", FILE_MESSAGE))
    except AppError as exc:
        if exc.status == 413:
            raise
        errors.append(FieldError("bestand", FILE_MESSAGE))
    if errors or bron is None or upload is None:
        return _page(request, str(form.get("bron") or ""), fouten=errors, status_code=400)
    try:
        verslag = await import_service.import_plan(
            session,
            principal,
            upload,
            bron,
            proefdraai=True,
            limits=ParseLimits(settings.max_upload_rows, settings.upload_parse_seconds),
        )
    except InvalidInput as exc:
        return _page(request, bron.value, fouten=_errors(exc), status_code=400)
    return _page(request, bron.value, verslag, upload)


@router.post("/verbeterplan/import")
async def run_import(request: Request, session: DbSession, principal: DirectorPage) -> Response:
    """The import itself, of the file the dry run showed."""
    form = await request.form()
    bron, errors = _bron(form)
    raw, check = form.get("bestand"), form.get("controle")
    try:
        content = base64.b64decode(raw if isinstance(raw, str) else "", validate=True)
    except (binascii.Error, ValueError):
        content = b""
    if not content or hashlib.sha256(content).hexdigest() != check:
        errors.append(FieldError("bestand", "Het bestand kwam niet heel aan; kies het opnieuw."))
    if errors or bron is None:
        return _page(request, str(form.get("bron") or ""), fouten=errors, status_code=400)
    naam = form.get("naam")
    soort = Bestandssoort.XLSX if form.get("soort") == "xlsx" else Bestandssoort.CSV
    upload = Upload(soort=soort, inhoud=content, naam=naam if isinstance(naam, str) else None)
    settings = web_state(request).settings
    try:
        verslag = await import_service.import_plan(
            session,
            principal,
            upload,
            bron,
            proefdraai=False,
            limits=ParseLimits(settings.max_upload_rows, settings.upload_parse_seconds),
        )
    except InvalidInput as exc:
        await session.rollback()
        return _page(request, bron.value, fouten=_errors(exc), status_code=400)
    return _page(request, bron.value, verslag)
