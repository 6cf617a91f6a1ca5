"""A partner's start page (`/partner`): its party's rapportages, newest period first, and
whether this half-year's reports came on time."""

from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import NotFound
from app.core.pagination import PageRequest
from app.core.periods import Periode
from app.rapportages import service as rapportages
from app.rapportages.repository import RapportageFilter
from app.rapportages.timeliness import Tijdigheid
from app.web.dependencies import PartnerPage
from app.web.rendering import render
from app.web.routing import page_router
from app.web.views.pagination import Pager

router = page_router()
PAGE_SIZE = 25


@router.get("/partner")
async def partner_start(
    request: Request,
    session: DbSession,
    principal: PartnerPage,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The rapportages the partner's party pushed (every revision), and this half-year's
    timeliness per norm period."""
    party_id = principal.verbonden_partij_id
    if party_id is None:  # cannot happen: a partner account is bound to its party
        raise NotFound("verbonden partij")
    request_page = PageRequest(page, PAGE_SIZE, str(request.url))
    found = await rapportages.list_reports(
        session, principal, party_id, RapportageFilter(), request_page
    )
    half_year = Periode.half_year_of(today())
    timeliness = await rapportages.timeliness_between(
        session, party_id, half_year, half_year, today()
    )
    open_items = [
        r for r in timeliness.regels if r.status in (Tijdigheid.te_laat, Tijdigheid.ontbrekend)
    ]
    context = {
        "rapportages": [rapportages.summary_of(row) for row in found.items],
        "pager": Pager(page, PAGE_SIZE, found.total, lambda n: f"/partner?page={n}"),
        "tijdigheid": timeliness,
        "aandacht": open_items,
        "halfjaar": str(half_year),
    }
    return render(request, "partner/index.html", context)
