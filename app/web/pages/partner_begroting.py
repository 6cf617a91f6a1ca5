"""A partner enters its budget year (`/partner/begroting`): the API's PUT of a budget year
(`app.begrotingen.service.put_budget`): the whole year at once, against the version read (a
change by someone else in between is 412, shown as such), every version kept."""

import uuid
from typing import Annotated, Any

from fastapi import Path, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.begrotingen import service as begrotingen
from app.begrotingen.schemas import BegrotingInhoud
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import InvalidInput, NotFound, PreconditionFailed, PreconditionRequired
from app.core.etag import etag_of
from app.verbonden_partijen import deelnames
from app.web.dependencies import PartnerPage, PartnerPagePushLimit
from app.web.form_input import field_errors, validated
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views import begroting as view

router = page_router()
Jaar = Annotated[int, Path(ge=1900, le=2999)]
MESSAGES = {
    "lasten": "Vul een bedrag in euro's in (0 of meer, hoogstens 2 decimalen).",
    "baten": "Vul een bedrag in euro's in (0 of meer, hoogstens 2 decimalen).",
    "primitief": "Vul de lasten en baten van de primitieve begroting in.",
    "naWijziging": "Vul zowel de lasten als de baten in.",
    "prognose": "Vul zowel de lasten als de baten in.",
    "realisatie": "Vul zowel de lasten als de baten in.",
    "resultaat": "Vul een bedrag in euro's in (hoogstens 2 decimalen).",
    "bedrag": "Vul een bedrag in euro's in (0 of meer, hoogstens 2 decimalen).",
    "organisatieId": "Deze organisatie neemt niet deel.",
}
CHANGED_MEANWHILE = (
    "Iemand anders heeft deze begroting intussen opgeslagen. Uw invoer staat hieronder; "
    "controleer die en sla opnieuw op om de nieuwe versie te vervangen."
)


def _party_of(principal: Principal) -> uuid.UUID:
    if principal.verbonden_partij_id is None:  # cannot happen: a partner belongs to a party
        raise NotFound("verbonden partij")
    return principal.verbonden_partij_id


def _url(jaar: int) -> str:
    return f"/partner/begroting?jaar={jaar}"


async def _page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    jaar: int,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    party_id = _party_of(principal)
    try:
        stored = await begrotingen.get_budget(session, principal, party_id, jaar)
    except NotFound:
        stored = None
    participants = await deelnames.list_deelnames(session, principal, party_id)
    dumped = stored.model_dump(by_alias=True) if stored else {}
    context = {
        "jaar": jaar,
        "jaren": list(range(today().year - 2, today().year + 3)),
        "begroting": stored,
        "versie": stored.versie if stored else "",
        "waarden": waarden if waarden is not None else view.values_of(dumped),
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "groepen": [(g, view.GROUP_LABELS[g]) for g in view.GROUPS],
        "deelnemers": participants,
        "bijdrage_veld": view.bijdrage_veld,
    }
    return render(request, "partner/begroting.html", context, status_code=status_code)


@router.get("/partner/begroting")
async def budget(
    request: Request,
    session: DbSession,
    principal: PartnerPage,
    jaar: Annotated[int | None, Query(ge=1900, le=2999)] = None,
) -> Response:
    """The budget year (this year unless another is chosen), filled in as stored."""
    return await _page(request, session, principal, jaar or today().year)


@router.post("/partner/begroting/{jaar}")
async def save_budget(
    request: Request,
    session: DbSession,
    principal: PartnerPage,
    jaar: Jaar,
    _limit: PartnerPagePushLimit,
) -> Response:
    """Store the whole year: a new budget, or the next version of the one read."""
    form = await request.form()
    party_id = _party_of(principal)
    participants = await deelnames.list_deelnames(session, principal, party_id)
    body, herkomst = view.body_of(form, [d.organisatie.id for d in participants])
    versie = form.get("versie")
    if_match = etag_of(int(versie)) if isinstance(versie, str) and versie.isdigit() else None
    try:
        data = validated(BegrotingInhoud, body)
        await begrotingen.put_budget(session, principal, party_id, jaar, data, if_match)
    except InvalidInput as exc:
        await session.rollback()
        errors = view.on_participants(field_errors(exc, MESSAGES), herkomst)
        waarden = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
        return await _page(
            request, session, principal, jaar, waarden=waarden, fouten=errors, status_code=400
        )
    except (PreconditionFailed, PreconditionRequired):
        await session.rollback()
        waarden = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
        return await _page(
            request,
            session,
            principal,
            jaar,
            waarden=waarden,
            fouten=[FieldError("versie", CHANGED_MEANWHILE)],
            status_code=412,
        )
    response = RedirectResponse(_url(jaar), status_code=303)
    melding = Melding(f"Begroting {jaar} opgeslagen.")
    web_state(request).cookies.leave_melding(request, response, melding)
    return response
