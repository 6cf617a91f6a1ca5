"""The MT's pages (`/rapportagerondes`): the rounds of the municipality and opening one, a
round's state per party (reported, late, missing), and the MT report as PDF."""

import uuid

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import Conflict, InvalidInput
from app.core.exports.responses import safe_filename
from app.core.pagination import PageRequest
from app.mt_rapport import service as mt_rapport
from app.mt_rapport.render import render_pdf
from app.rapportagerondes import service as rondes
from app.rapportagerondes.overview import round_lines
from app.rapportagerondes.schemas import RapportagerondeCreate
from app.web import urls
from app.web.dependencies import ManagementReaderPage, RoundManagerPage
from app.web.formatting import periode as periode_tekst
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views.ronde import NIVEAUS, count, half_years_to_open, read_round_form, stand_of

router = page_router()
ROUNDS_SHOWN = 20


async def _rounds_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    waarden: dict[str, str] | None = None,
    niveaus: list[int] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    page = PageRequest(1, ROUNDS_SHOWN, str(request.url))
    found = await rondes.list_rounds(session, principal, None, page)
    errors = fouten or []
    context = {
        "rondes": found.items,
        "aantal": found.total,
        "mag_openen": principal.rol in (Rol.MT, Rol.BEHEERDER),
        "halfjaren": [(p, periode_tekst(p)) for p in half_years_to_open(today())],
        "waarden": waarden or {"periode": half_years_to_open(today())[1], "deadline": ""},
        "niveaus": niveaus if niveaus is not None else [1, 2],
        "alle_niveaus": NIVEAUS,
        "fouten": errors,
        "foutmap": errors_by_field(errors),
        "vandaag": today(),
    }
    return render(request, "rondes/index.html", context, status_code=status_code)


@router.get("/rapportagerondes")
async def rapportagerondes(
    request: Request, session: DbSession, principal: ManagementReaderPage
) -> Response:
    """The municipality's rounds, newest half-year first."""
    return await _rounds_page(request, session, principal)


@router.post("/rapportagerondes")
async def ronde_openen(
    request: Request, session: DbSession, principal: RoundManagerPage
) -> Response:
    """Open the round of a half-year with its deadline and the tiers that report."""
    form = await request.form()
    fields = {name: str(value) for name, value in form.items()}
    nieuw = read_round_form(fields, [str(v) for v in form.getlist("niveau")], today())
    if nieuw.fouten or nieuw.deadline is None:
        return await _rounds_page(
            request, session, principal, nieuw.waarden, nieuw.niveaus, nieuw.fouten, 400
        )
    try:
        data = RapportagerondeCreate.model_validate(
            {
                "periode": nieuw.waarden["periode"],
                "deadline": nieuw.deadline,
                "monitoringsniveaus": nieuw.niveaus,
            }
        )
        ronde = await rondes.create_round(session, principal, data)
    except (InvalidInput, ValidationError):
        fout = FieldError(
            "deadline", "De deadline mag niet vóór het begin van het halfjaar liggen."
        )
        return await _rounds_page(
            request, session, principal, nieuw.waarden, nieuw.niveaus, [fout], 400
        )
    except Conflict:
        fout = FieldError("periode", "Voor dit halfjaar is al een ronde geopend.")
        return await _rounds_page(
            request, session, principal, nieuw.waarden, nieuw.niveaus, [fout], 409
        )
    response = RedirectResponse(urls.rapportageronde(ronde.id), status_code=303)
    melding = Melding(f"De ronde {periode_tekst(ronde.periode)} is geopend.")
    web_state(request).cookies.leave_melding(request, response, melding)
    return response


@router.get("/rapportagerondes/{ronde_id:uuid}")
async def rapportageronde(
    request: Request, session: DbSession, principal: ManagementReaderPage, ronde_id: uuid.UUID
) -> Response:
    """Per party that must report: reported, late or missing, with a link to its report."""
    ronde = await rondes.get_round(session, principal, ronde_id)
    standen = [stand_of(regel) for regel in await round_lines(session, ronde)]
    context = {
        "ronde": ronde,
        "standen": standen,
        "telling": count(standen),
        "verstreken": today() > ronde.deadline,
    }
    return render(request, "rondes/ronde.html", context)


@router.get("/rapportagerondes/{ronde_id:uuid}/mt-rapport.pdf")
async def mt_rapport_pdf(
    session: DbSession, principal: ManagementReaderPage, ronde_id: uuid.UUID
) -> Response:
    """The round's MT report as a PDF download, as the API gives it."""
    rapport = await mt_rapport.mt_report(session, principal, ronde_id)
    body = await run_in_threadpool(render_pdf, rapport)
    name = f"mt-rapport-{safe_filename(rapport.gemeente)}-{rapport.periode}.pdf"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type="application/pdf", headers=headers)
