"""A party's evaluations (`/verbonden-partijen/{id}/evaluaties`): the municipality's yearly
evaluation of the cooperation, as `/api/v1/…/evaluaties` shows and changes it. Readers of
the municipality see them; a beheerder or the party's regievoerder adds and edits
(versioned: a change by someone else in between is shown, the person's text kept)."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import (
    Conflict,
    InvalidInput,
    NotFound,
)
from app.core.pagination import PageRequest
from app.evaluaties import service as evaluaties
from app.evaluaties.schemas import EvaluatieCreate, EvaluatieUpdate
from app.verbonden_partijen import service as partijen
from app.web import urls
from app.web.dependencies import MunicipalPage
from app.web.form_input import decimal_text, field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.regie import may_direct
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.versioned_form import if_match_of, save_versioned
from app.web.views.pagination import Pager

router = page_router()
PAGE_SIZE = 25
FIELDS = ("jaar", "datum", "uitkomst", "tevredenheid")
MESSAGES = {
    "jaar": "Vul een jaar in tussen 2000 en 2100.",
    "datum": "Vul de datum van de evaluatie in; die ligt niet voor het geëvalueerde jaar.",
    "uitkomst": "Beschrijf de uitkomst van de evaluatie.",
    "tevredenheid": "Vul een cijfer in van 1 tot en met 10 (hoogstens 1 decimaal).",
}
YEAR_TAKEN = "Uw gemeente heeft dit jaar van deze partij al geëvalueerd; bewerk die evaluatie."
CHANGED_MEANWHILE = (
    "Iemand anders heeft deze evaluatie intussen gewijzigd. Hieronder staat uw invoer; sla "
    "opnieuw op om de nieuwe versie te vervangen."
)


def _values(form: Any) -> dict[str, Any]:
    values = form_values(form, FIELDS)
    if "tevredenheid" in values:
        values["tevredenheid"] = decimal_text(values["tevredenheid"])
    return values


def _errors(exc: InvalidInput | Conflict) -> list[FieldError]:
    if isinstance(exc, Conflict):
        return [FieldError("jaar", YEAR_TAKEN)]
    return field_errors(exc, MESSAGES)


async def _list_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    page: int = 1,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
) -> Response:
    partij = await partijen.get_party(session, principal, partij_id)
    found = await evaluaties.list_evaluaties(
        session, principal, partij_id, PageRequest(page, PAGE_SIZE, str(request.url))
    )
    base = urls.evaluaties(partij_id)
    context = {
        "partij": partij,
        "evaluaties": found.items,
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"{base}?page={n}"),
        "mag_bewerken": await may_direct(session, principal, partij_id),
        "waarden": waarden or {"jaar": str(today().year - 1)},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
    }
    status = 400 if fouten else 200
    return render(request, "evaluaties/index.html", context, status_code=status)


@router.get("/verbonden-partijen/{partij_id:uuid}/evaluaties")
async def list_evaluations(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The municipality's evaluations of the party, latest year first; the form to add one."""
    return await _list_page(request, session, principal, partij_id, page)


@router.post("/verbonden-partijen/{partij_id:uuid}/evaluaties")
async def add_evaluation(
    request: Request, session: DbSession, principal: MunicipalPage, partij_id: uuid.UUID
) -> Response:
    values = _values(await request.form())
    try:
        data = validated(EvaluatieCreate, values)
        await evaluaties.create_evaluatie(session, principal, partij_id, data)
    except (InvalidInput, Conflict) as exc:
        await session.rollback()
        return await _list_page(
            request, session, principal, partij_id, waarden=values, fouten=_errors(exc)
        )
    response = RedirectResponse(urls.evaluaties(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Evaluatie toegevoegd."))
    return response


async def _edit_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    evaluatie_id: uuid.UUID,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    found = await evaluaties.get_evaluatie(session, principal, evaluatie_id)
    if found.verbonden_partij_id != partij_id:
        raise NotFound("evaluatie")
    partij = await partijen.get_party(session, principal, partij_id)
    [evaluatie] = await evaluaties.views(session, principal, [found])
    tevredenheid = evaluatie.tevredenheid
    context = {
        "partij": partij,
        "evaluatie": evaluatie,
        "mag_bewerken": await may_direct(session, principal, partij_id),
        "waarden": waarden
        or {
            "jaar": str(evaluatie.jaar),
            "datum": evaluatie.datum.isoformat(),
            "uitkomst": evaluatie.uitkomst,
            "tevredenheid": "" if tevredenheid is None else str(tevredenheid).replace(".", ","),
        },
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
    }
    return render(request, "evaluaties/bewerken.html", context, status_code=status_code)


@router.get("/verbonden-partijen/{partij_id:uuid}/evaluaties/{evaluatie_id:uuid}")
async def edit_evaluation(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    evaluatie_id: uuid.UUID,
) -> Response:
    """One evaluation: in a form for who may change it, as facts for the others."""
    return await _edit_page(request, session, principal, partij_id, evaluatie_id)


@router.post("/verbonden-partijen/{partij_id:uuid}/evaluaties/{evaluatie_id:uuid}")
async def save_evaluation(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    evaluatie_id: uuid.UUID,
) -> Response:
    """Save the form against the version read; an emptied satisfaction is cleared."""
    form = await request.form()
    values = _values(form)

    async def save() -> None:
        found = await evaluaties.get_evaluatie(session, principal, evaluatie_id)
        if found.verbonden_partij_id != partij_id:
            raise NotFound("evaluatie")
        update = validated(EvaluatieUpdate, {"tevredenheid": None, **values})
        await evaluaties.update_evaluatie(
            session, principal, evaluatie_id, update, if_match_of(form)
        )

    async def refused(fouten: list[FieldError], status_code: int) -> Response:
        return await _edit_page(
            request, session, principal, partij_id, evaluatie_id,
            waarden=values, fouten=fouten, status_code=status_code,
        )  # fmt: skip

    failed = await save_versioned(
        session,
        save,
        invalid=(InvalidInput, Conflict),
        errors_of=_errors,
        changed_meanwhile=CHANGED_MEANWHILE,
        refused=refused,
    )
    if failed is not None:
        return failed
    response = RedirectResponse(urls.evaluaties(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Evaluatie opgeslagen."))
    return response
