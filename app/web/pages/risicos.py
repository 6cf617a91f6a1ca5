"""A party's risks (`/verbonden-partijen/{id}/risicos`): the municipality's own assessment,
as `/api/v1/…/risicos` shows and changes it. Everyone of the municipality who sees the party
reads them; a beheerder or the party's regievoerder adds and edits (versioned: a change by
someone else in between is shown, the person's text kept)."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.core.db import DbSession
from app.core.errors import InvalidInput, NotFound
from app.core.pagination import PageRequest
from app.risicos import service as risicos
from app.risicos.models import Risico, RisicoStatus
from app.risicos.schemas import RisicoCreate, RisicoUpdate
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
FIELDS = ("omschrijving", "kans", "impact", "financieleOmvang", "maatregelen", "status", "eigenaar")
STATUS = {
    RisicoStatus.OPEN.value: "open",
    RisicoStatus.BEHEERST.value: "beheerst (maatregelen genomen)",
    RisicoStatus.VERVALLEN.value: "vervallen",
}
SCHAAL = [(str(n), str(n)) for n in range(1, 6)]
MESSAGES = {
    "omschrijving": "Beschrijf het risico.",
    "kans": "Kies een kans van 1 (zeldzaam) tot 5 (vrijwel zeker).",
    "impact": "Kies een impact van 1 (verwaarloosbaar) tot 5 (ernstig).",
    "financieleOmvang": "Vul een bedrag in euro's in (0 of meer, hoogstens 2 decimalen).",
    "status": "Kies een status uit de lijst.",
    "eigenaar": "De naam is te lang.",
}
CHANGED_MEANWHILE = (
    "Iemand anders heeft dit risico intussen gewijzigd. Hieronder staat uw invoer; de "
    "huidige versie staat in de lijst. Sla opnieuw op om die te vervangen."
)


def _values(form: Any) -> dict[str, Any]:
    values = form_values(form, FIELDS)
    if "financieleOmvang" in values:
        values["financieleOmvang"] = decimal_text(values["financieleOmvang"])
    return values


def _texts(risico: Risico) -> dict[str, str]:
    omvang = risico.financiele_omvang
    return {
        "omschrijving": risico.omschrijving,
        "kans": str(risico.kans),
        "impact": str(risico.impact),
        "financieleOmvang": "" if omvang is None else f"{omvang:f}".replace(".", ","),
        "maatregelen": risico.maatregelen or "",
        "status": risico.status.value,
        "eigenaar": risico.eigenaar or "",
    }


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
    found = await risicos.list_risicos(
        session, principal, partij_id, None, PageRequest(page, PAGE_SIZE, str(request.url))
    )
    base = urls.risicos(partij_id)
    context = {
        "partij": partij,
        "risicos": found.items,
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"{base}?page={n}"),
        "mag_bewerken": await may_direct(session, principal, partij_id),
        "waarden": waarden or {"status": "open"},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "statussen": list(STATUS.items()),
        "statusnamen": STATUS,
        "schaal": SCHAAL,
    }
    status = 400 if fouten else 200
    return render(request, "risicos/index.html", context, status_code=status)


@router.get("/verbonden-partijen/{partij_id:uuid}/risicos")
async def list_risks(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The municipality's risks of the party, largest first; the form to add one."""
    return await _list_page(request, session, principal, partij_id, page)


@router.post("/verbonden-partijen/{partij_id:uuid}/risicos")
async def add_risk(
    request: Request, session: DbSession, principal: MunicipalPage, partij_id: uuid.UUID
) -> Response:
    values = _values(await request.form())
    try:
        await risicos.create_risico(session, principal, partij_id, validated(RisicoCreate, values))
    except InvalidInput as exc:
        await session.rollback()
        errors = field_errors(exc, MESSAGES)
        return await _list_page(
            request, session, principal, partij_id, waarden=values, fouten=errors
        )
    response = RedirectResponse(urls.risicos(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Risico toegevoegd."))
    return response


async def _edit_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    partij_id: uuid.UUID,
    risico_id: uuid.UUID,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    status_code: int = 200,
) -> Response:
    risico = await risicos.get_risico(session, principal, risico_id)
    if risico.verbonden_partij_id != partij_id:
        raise NotFound("risico")
    partij = await partijen.get_party(session, principal, partij_id)
    context = {
        "partij": partij,
        "risico": risico,
        "mag_bewerken": await may_direct(session, principal, partij_id),
        "statusnamen": STATUS,
        "waarden": waarden or _texts(risico),
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "statussen": list(STATUS.items()),
        "schaal": SCHAAL,
    }
    return render(request, "risicos/bewerken.html", context, status_code=status_code)


@router.get("/verbonden-partijen/{partij_id:uuid}/risicos/{risico_id:uuid}")
async def edit_risk(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    risico_id: uuid.UUID,
) -> Response:
    """One risk: in a form for who may change it, as facts for the others."""
    return await _edit_page(request, session, principal, partij_id, risico_id)


@router.post("/verbonden-partijen/{partij_id:uuid}/risicos/{risico_id:uuid}")
async def save_risk(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    partij_id: uuid.UUID,
    risico_id: uuid.UUID,
) -> Response:
    """Save the whole form against the version read; an emptied optional field is cleared."""
    form = await request.form()
    values = _values(form)
    patch = {"financieleOmvang": None, "maatregelen": None, "eigenaar": None, **values}

    async def save() -> None:
        found = await risicos.get_risico(session, principal, risico_id)
        if found.verbonden_partij_id != partij_id:
            raise NotFound("risico")
        update = validated(RisicoUpdate, patch)
        await risicos.update_risico(session, principal, risico_id, update, if_match_of(form))

    async def refused(fouten: list[FieldError], status_code: int) -> Response:
        return await _edit_page(
            request, session, principal, partij_id, risico_id,
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
    response = RedirectResponse(urls.risicos(partij_id), status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding("Risico opgeslagen."))
    return response
