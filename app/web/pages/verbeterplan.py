"""The improvement plan (`/verbeterplan`): the municipality's recommendations with their
actions, the response to each recommendation and the status and progress of each action, as
`/api/v1/aanbevelingen` and `/api/v1/acties` show and change them. Every municipal role
reads; a beheerder or regievoerder writes (versioned: a save over someone else's is shown,
the text kept). The import of the seed-004 table is in `verbeterplan_import.py`."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.db import DbSession
from app.core.errors import InvalidInput, PreconditionFailed, PreconditionRequired
from app.core.etag import etag_of
from app.core.pagination import PageRequest
from app.verbeterplan import acties
from app.verbeterplan import service as verbeterplan
from app.verbeterplan.repository import AanbevelingFilter
from app.verbeterplan.schemas import AanbevelingUpdate, ActieCreate, ActieUpdate
from app.web import urls
from app.web.dependencies import DirectorPage, MunicipalPage
from app.web.form_input import field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views import verbeterplan as view
from app.web.views.pagination import Pager

router = page_router()
WRITERS = frozenset({Rol.BEHEERDER, Rol.REGIEVOERDER})
PAGE_SIZE = 25
ACTIE_FIELDS = ("omschrijving", "eigenaar", "planning", "status", "afgerondOp")
MESSAGES = {
    "reactie": "Kies een reactie uit de lijst.",
    "reactieToelichting": "Licht toe waarom de aanbeveling niet (geheel) is overgenomen.",
    "omschrijving": "Beschrijf de actie.",
    "eigenaar": "De naam is te lang.",
    "planning": "Vul een planning in als 2026-Q1, Q1 2026, 2026-H2, 2026-09, 2026 of een datum.",
    "status": "Kies een status uit de lijst.",
    "afgerondOp": "Een afgeronde actie heeft een datum van afronding, niet in de toekomst; "
    "een andere status heeft er geen.",
}
CHANGED_MEANWHILE = (
    "Iemand anders heeft dit intussen gewijzigd. Hieronder staat uw invoer; sla opnieuw op "
    "om de nieuwe versie te vervangen."
)


def aanbeveling_url(aanbeveling_id: uuid.UUID) -> str:
    return f"{urls.verbeterplan()}/aanbevelingen/{aanbeveling_id}"


def _done(request: Request, target: str, tekst: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding(tekst))
    return response


def _if_match(form: Any) -> str | None:
    versie = form.get("versie")
    return etag_of(int(versie)) if isinstance(versie, str) and versie.isdigit() else None


@router.get("/verbeterplan")
async def plan(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The recommendations in plan order, each with its response and actions."""
    found = await verbeterplan.list_aanbevelingen(
        session, principal, AanbevelingFilter(), PageRequest(page, PAGE_SIZE, str(request.url))
    )
    context = {
        "aanbevelingen": found.items,
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"/verbeterplan?page={n}"),
        "mag_bewerken": principal.rol in WRITERS,
        "view": view,
    }
    return render(request, "verbeterplan/index.html", context)


async def _recommendation_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    aanbeveling_id: uuid.UUID,
    *,
    waarden: dict[str, dict[str, Any]] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    """`waarden` per form: "reactie", "nieuw" (a new action) or an action's id."""
    aanbeveling = await verbeterplan.get_aanbeveling(session, principal, aanbeveling_id)
    context = {
        "aanbeveling": aanbeveling,
        "mag_bewerken": principal.rol in WRITERS,
        "waarden": waarden or {},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "reacties": list(view.REACTIE.items()),
        "statussen": [(k, v[0]) for k, v in view.ACTIESTATUS.items()],
        "view": view,
    }
    return render(request, "verbeterplan/aanbeveling.html", context, status_code=status_code)


@router.get("/verbeterplan/aanbevelingen/{aanbeveling_id:uuid}")
async def recommendation(
    request: Request, session: DbSession, principal: MunicipalPage, aanbeveling_id: uuid.UUID
) -> Response:
    """One recommendation: the response, its actions and their progress."""
    return await _recommendation_page(request, session, principal, aanbeveling_id)


@router.post("/verbeterplan/aanbevelingen/{aanbeveling_id:uuid}")
async def respond(
    request: Request, session: DbSession, principal: DirectorPage, aanbeveling_id: uuid.UUID
) -> Response:
    """The municipality's response to the recommendation (and why, when not adopted)."""
    form = await request.form()
    values = form_values(form, ("reactie", "reactieToelichting"))
    patch = {"reactie": None, "reactieToelichting": None, **values}
    try:
        update = validated(AanbevelingUpdate, patch)
        await verbeterplan.update_aanbeveling(
            session, principal, aanbeveling_id, update, _if_match(form)
        )
    except (InvalidInput, PreconditionFailed, PreconditionRequired) as exc:
        await session.rollback()
        errors = (
            field_errors(exc, MESSAGES)
            if isinstance(exc, InvalidInput)
            else [FieldError("reactie", CHANGED_MEANWHILE)]
        )
        return await _recommendation_page(
            request, session, principal, aanbeveling_id,
            waarden={"reactie": values}, fouten=errors, status_code=exc.status,
        )  # fmt: skip
    return _done(request, aanbeveling_url(aanbeveling_id), "Reactie opgeslagen.")


def _action_values(form: Any) -> dict[str, Any]:
    return form_values(form, ACTIE_FIELDS)


@router.post("/verbeterplan/aanbevelingen/{aanbeveling_id:uuid}/acties")
async def add_action(
    request: Request, session: DbSession, principal: DirectorPage, aanbeveling_id: uuid.UUID
) -> Response:
    """Add an action: what, who, when."""
    values = _action_values(await request.form())
    try:
        data = validated(ActieCreate, values)
        await acties.create_actie(session, principal, aanbeveling_id, data)
    except InvalidInput as exc:
        await session.rollback()
        errors = [FieldError(f"nieuw-{e.field}", e.message) for e in field_errors(exc, MESSAGES)]
        return await _recommendation_page(
            request, session, principal, aanbeveling_id,
            waarden={"nieuw": values}, fouten=errors, status_code=400,
        )  # fmt: skip
    return _done(request, aanbeveling_url(aanbeveling_id), "Actie toegevoegd.")


@router.post("/verbeterplan/acties/{actie_id:uuid}")
async def update_action(
    request: Request, session: DbSession, principal: DirectorPage, actie_id: uuid.UUID
) -> Response:
    """Status and progress of an action; finishing it records the date (today by default)."""
    form = await request.form()
    values = _action_values(form)
    found = await acties.get_actie(session, principal, actie_id)
    aanbeveling_id = found.aanbeveling_id
    patch = {"eigenaar": None, "planning": None, **values}  # an emptied field is cleared
    try:
        update = validated(ActieUpdate, patch)
        await acties.update_actie(session, principal, actie_id, update, _if_match(form))
    except (InvalidInput, PreconditionFailed, PreconditionRequired) as exc:
        await session.rollback()
        prefix = f"actie-{actie_id}-"
        errors = (
            [FieldError(prefix + e.field, e.message) for e in field_errors(exc, MESSAGES)]
            if isinstance(exc, InvalidInput)
            else [FieldError(prefix + "status", CHANGED_MEANWHILE)]
        )
        return await _recommendation_page(
            request, session, principal, aanbeveling_id,
            waarden={str(actie_id): values}, fouten=errors, status_code=exc.status,
        )  # fmt: skip
    return _done(request, aanbeveling_url(aanbeveling_id), "Actie opgeslagen.")
