"""Beheer of who directs which party and who takes part in it (`/beheer/partijen`,
beheerder): the municipality's regievoerders of a party, and the party's participations
(add, remove). The use cases of `/api/v1/verbonden-partijen/{id}/regievoerders` and
`/deelnames`, audited there."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.db import DbSession
from app.core.errors import Conflict, InvalidInput
from app.core.pagination import PageRequest
from app.gebruikers import service as gebruikers
from app.organisaties import service as organisaties
from app.verbonden_partijen import deelnames, regievoerders
from app.verbonden_partijen import service as partijen
from app.verbonden_partijen.repository import PartijFilter
from app.verbonden_partijen.schemas import DeelnameCreate
from app.web.dependencies import BeheerderPage
from app.web.form_input import decimal_text, field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views.pagination import Pager

router = page_router()
PAGE_SIZE = 25
MAX_CHOICES = 1000  # regievoerders of a municipality, organisations in the land
DEELNAME_MESSAGES = {
    "organisatieId": "Kies een organisatie uit de lijst.",
    "aandeel": "Vul een percentage in van 0 tot en met 100.",
    "einddatum": "De einddatum ligt niet voor de begindatum.",
    "begindatum": "Vul een geldige begindatum in.",
}


def _party_url(partij_id: uuid.UUID) -> str:
    return f"/beheer/partijen/{partij_id}"


def _done(request: Request, target: str, tekst: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding(tekst))
    return response


@router.get("/beheer")
async def beheer(principal: BeheerderPage) -> Response:
    """The beheer area starts at the accounts."""
    return RedirectResponse("/beheer/gebruikers", status_code=303)


@router.get("/beheer/partijen")
async def parties(
    request: Request,
    session: DbSession,
    principal: BeheerderPage,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The parties the municipality takes part in."""
    request_page = PageRequest(page, PAGE_SIZE, str(request.url))
    found = await partijen.list_parties(session, principal, PartijFilter(), request_page)
    context = {
        "partijen": found.items,
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"/beheer/partijen?page={n}"),
    }
    return render(request, "beheer/partijen.html", context)


async def _party_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    partij = await partijen.get_party(session, principal, partij_id)
    current = await regievoerders.list_regievoerders(session, principal, partij_id)
    candidates = await gebruikers.list_accounts(
        session, principal, PageRequest(1, MAX_CHOICES, ""), Rol.REGIEVOERDER, True, None
    )
    participants = await deelnames.list_deelnames(session, principal, partij_id)
    taking_part = {d.organisatie.id for d in participants}
    organisations = await organisaties.choices(session, MAX_CHOICES)
    context = {
        "partij": partij,
        "gekozen": {account.id for account in current},
        "regievoerders": candidates.items,
        "deelnames": participants,
        "organisaties": [
            (str(org_id), naam) for org_id, naam in organisations if org_id not in taking_part
        ],
        "waarden": waarden or {},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
    }
    return render(request, "beheer/partij.html", context, status_code=status_code)


@router.get("/beheer/partijen/{partij_id:uuid}")
async def party(
    request: Request, session: DbSession, principal: BeheerderPage, partij_id: uuid.UUID
) -> Response:
    """A party's regievoerders (of this municipality) and its participations."""
    return await _party_page(request, session, principal, partij_id)


@router.post("/beheer/partijen/{partij_id:uuid}/regievoerders")
async def set_regievoerders(
    request: Request, session: DbSession, principal: BeheerderPage, partij_id: uuid.UUID
) -> Response:
    """Exactly the ticked regievoerders direct this party for the municipality."""
    form = await request.form()
    ids: list[uuid.UUID] = []
    for raw in form.getlist("gebruikerIds"):
        try:
            ids.append(uuid.UUID(str(raw)))
        except ValueError:
            continue  # not one of the offered boxes: the service refuses what is left
    try:
        await regievoerders.replace_regievoerders(session, principal, partij_id, ids)
    except InvalidInput:
        await session.rollback()
        error = FieldError("gebruikerIds", "Kies alleen actieve regievoerders van uw gemeente.")
        return await _party_page(
            request, session, principal, partij_id, fouten=[error], status_code=400
        )
    return _done(request, _party_url(partij_id), "Regievoerders opgeslagen.")


@router.post("/beheer/partijen/{partij_id:uuid}/deelnames")
async def add_deelname(
    request: Request, session: DbSession, principal: BeheerderPage, partij_id: uuid.UUID
) -> Response:
    """Register a participant of the party."""
    form = await request.form()
    values = form_values(form, ("organisatieId", "aandeel", "begindatum", "einddatum"))
    model_values = dict(values)
    if "aandeel" in model_values:
        model_values["aandeel"] = decimal_text(model_values["aandeel"])
    try:
        data = validated(DeelnameCreate, model_values)
        await deelnames.create_deelname(session, principal, partij_id, data)
    except (InvalidInput, Conflict) as exc:
        await session.rollback()
        errors = (
            [FieldError("organisatieId", "Deze organisatie neemt al deel.")]
            if isinstance(exc, Conflict)
            else field_errors(exc, DEELNAME_MESSAGES)
        )
        return await _party_page(
            request, session, principal, partij_id, waarden=values, fouten=errors, status_code=400
        )
    return _done(request, _party_url(partij_id), "Deelname toegevoegd.")


@router.post("/beheer/deelnames/{deelname_id:uuid}/verwijderen")
async def remove_deelname(
    request: Request, session: DbSession, principal: BeheerderPage, deelname_id: uuid.UUID
) -> Response:
    """Remove a participation registered by mistake."""
    deelname, _ = await deelnames.get_deelname(session, principal, deelname_id)
    partij_id, own = deelname.verbonden_partij_id, deelname.organisatie_id == principal.tenant_id
    await deelnames.delete_deelname(session, principal, deelname_id)
    target = "/beheer/partijen" if own else _party_url(partij_id)
    return _done(request, target, "Deelname verwijderd.")
