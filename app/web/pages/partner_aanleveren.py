"""A partner delivers a rapportage (`/partner/aanleveren`): a CSV/XLSX file with `normCode`,
`waarde`, `toelichting` (and optionally `periode`), or a form with a field per norm. Both go
through the API's push (`app.rapportages.service.push_report`): all measurements or none,
the next revision of the period, idempotent by a key the form carries (pressing the button
twice, or resending the form, stores one revision). Then the receipt with each outcome
(`/partner/rapportages/{id}`) and the period's revisions."""

import json
import uuid
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import AppError, InvalidInput, NotFound
from app.core.pagination import PageRequest
from app.core.uploads import read_upload
from app.core.uploads.limits import ParseLimits
from app.core.uploads.tables import read_table
from app.rapportages import service as rapportages
from app.rapportages.models import RapportageSoort
from app.rapportages.repository import RapportageFilter
from app.rapportages.schemas import RapportageCreate
from app.servicenormen import service as normen
from app.web.dependencies import PartnerPage, PartnerPagePushLimit
from app.web.form_input import field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views import aanlevering
from app.web.views.aanlevering import Metingen

router = page_router()
MAX_REVISIONS = 50
MESSAGES = {
    "periode": "Vul een periode in als 2026-H1, 2026-Q3, 2026-09 of 2026.",
    "soort": "Kies een soort rapportage.",
    "toelichting": "De toelichting is te lang.",
    "normCode": "Deze partij heeft geen norm met deze code.",
    "waarde": "Deze waarde past niet bij de eenheid van de norm (percentage 0–100, aantal "
    "een geheel getal, score 0–10, euro met hoogstens 2 decimalen).",
    "metingen": "Lever minstens één meting, en niet meer dan 5000.",
    "bestand": "Kies een CSV- of XLSX-bestand (geen oud .xls) met metingen.",
}
SOORTEN = [(soort.value, soort.value) for soort in RapportageSoort]


def _party_of(principal: Principal) -> uuid.UUID:
    if principal.verbonden_partij_id is None:  # cannot happen: a partner belongs to a party
        raise NotFound("verbonden partij")
    return principal.verbonden_partij_id


def receipt_url(rapportage_id: uuid.UUID) -> str:
    return f"/partner/rapportages/{rapportage_id}"


async def _form_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    formulier: str = "",
) -> Response:
    """The two ways to deliver; each render carries a fresh idempotency key."""
    norms = await normen.all_norms_of(session, _party_of(principal))
    periode = aanlevering.default_period([norm.frequentie for norm in norms], today())
    context = {
        "normen": norms,
        "waarden": waarden or {"periode": str(periode), "soort": "prestaties"},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "formulier": formulier,
        "soorten": SOORTEN,
        "sleutel": str(uuid.uuid4()),
        "waarde_veld": aanlevering.waarde_veld,
    }
    status = 400 if fouten else 200
    return render(request, "partner/aanleveren.html", context, status_code=status)


@router.get("/partner/aanleveren")
async def deliver(request: Request, session: DbSession, principal: PartnerPage) -> Response:
    """The upload of a file and the form per norm."""
    return await _form_page(request, session, principal)


async def _push(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    kop: dict[str, Any],
    gelezen: Metingen,
    formulier: str,
) -> Response:
    """Push what was read; on any error nothing is stored and the form shows every one."""
    form = await request.form()
    key = form.get("idempotencyKey")
    place = aanlevering.on_rows if formulier == "bestand" else aanlevering.on_norms
    errors = list(gelezen.fouten)
    data = None
    try:
        data = validated(RapportageCreate, {**kop, "metingen": gelezen.metingen})
    except InvalidInput as exc:
        errors += place(field_errors(exc, MESSAGES), gelezen.herkomst)
    if data is not None and not errors:
        try:
            stored = await rapportages.push_report(
                session,
                principal,
                _party_of(principal),
                data,
                key if isinstance(key, str) and key else str(uuid.uuid4()),
                receipt_url,
            )
        except InvalidInput as exc:
            await session.rollback()
            errors += place(field_errors(exc, MESSAGES), gelezen.herkomst)
        else:
            receipt = json.loads(stored.body)
            response = RedirectResponse(receipt_url(uuid.UUID(receipt["id"])), status_code=303)
            aantal = len(receipt["metingen"])
            metingen = "meting" if aantal == 1 else "metingen"
            tekst = f"Rapportage ontvangen: revisie {receipt['revisie']}, {aantal} {metingen}."
            web_state(request).cookies.leave_melding(request, response, Melding(tekst))
            return response
    waarden = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
    return await _form_page(
        request, session, principal, waarden=waarden, fouten=errors, formulier=formulier
    )


def _head(form: Any) -> dict[str, Any]:
    return form_values(form, ("periode", "soort", "toelichting"))


@router.post("/partner/aanleveren/bestand")
async def deliver_file(
    request: Request, session: DbSession, principal: PartnerPage, _limit: PartnerPagePushLimit
) -> Response:
    """A file of measurements, one per row under a header row."""
    form = await request.form()
    kop = _head(form)
    settings = web_state(request).settings
    try:
        upload = await read_upload(request, settings.max_upload_bytes)
        gelezen = aanlevering.from_table(
            await read_table(
                upload, ParseLimits(settings.max_upload_rows, settings.upload_parse_seconds)
            )
        )
    except InvalidInput as exc:
        gelezen = Metingen(fouten=field_errors(exc, {"bestand": MESSAGES["bestand"]}))
    except AppError as exc:
        if exc.status == 413:
            raise
        gelezen = Metingen(fouten=[FieldError("bestand", MESSAGES["bestand"])])
    return await _push(request, session, principal, kop, gelezen, "bestand")


@router.post("/partner/aanleveren/formulier")
async def deliver_form(
    request: Request, session: DbSession, principal: PartnerPage, _limit: PartnerPagePushLimit
) -> Response:
    """The form per norm: a value (and an explanation) for each norm measured."""
    form = await request.form()
    norms = await normen.all_norms_of(session, _party_of(principal))
    gelezen = aanlevering.from_form(form, [norm.code for norm in norms])
    if not gelezen.metingen:
        gelezen.fouten.append(FieldError("metingen", "Vul bij minstens één norm een waarde in."))
    return await _push(request, session, principal, _head(form), gelezen, "formulier")


@router.get("/partner/rapportages/{rapportage_id:uuid}")
async def receipt(
    request: Request, session: DbSession, principal: PartnerPage, rapportage_id: uuid.UUID
) -> Response:
    """One revision with each measurement's outcome, and every revision of its period."""
    report = await rapportages.get_report(session, principal, rapportage_id)
    page = PageRequest(1, MAX_REVISIONS, str(request.url))
    revisions = await rapportages.list_reports(
        session,
        principal,
        report.verbonden_partij_id,
        RapportageFilter(periode=str(report.periode), soort=report.soort),
        page,
    )
    context = {
        "rapportage": report,
        "revisies": [rapportages.summary_of(row) for row in revisions.items],
    }
    return render(request, "partner/ontvangstbewijs.html", context)
