"""The page of one verbonden partij (`/verbonden-partijen/{id}`): its facts, participation and
roles, norms with charts, budget year, Wgr documents and dates, actions, risks, evaluations,
the partner's reports and the status reports. Every list as the API shows it to this person."""

import uuid
from datetime import date
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.begrotingen import service as begrotingen
from app.core.clock import today
from app.core.db import DbSession
from app.core.pagination import PageOf, PageRequest
from app.core.periods import Periode
from app.evaluaties import service as evaluaties
from app.mt_rapport.presentation import PUNTEN_PER_NORM
from app.rapportages import service as rapportages
from app.rapportages.repository import RapportageFilter as PartnerFilter
from app.rapportages.series import norm_series_of_parties
from app.risicos import service as risicos
from app.verbeterplan import acties
from app.verbeterplan.repository import ActieFilter
from app.verbonden_partijen import deelnames, regievoerders
from app.verbonden_partijen import service as partijen
from app.verbonden_partijen.models import BbvCategorie, VerbondenPartij
from app.voortgang import service as voortgang
from app.voortgang.repository import RapportageFilter
from app.web.dependencies import MunicipalPage
from app.web.rendering import render
from app.web.routing import page_router
from app.web.state import web_state
from app.web.views import statussen
from app.web.views.gedeeld import GedeeldeDelen
from app.web.views.partij import norm_cards
from app.wgr import service as wgr
from app.wgr.schemas import DocumentRead

router = page_router()
LIST_LIMIT = 10  # rows of each list on the page; the count says how many there are
YEARS_OF_NORMS = 2  # the charts show the periods ending in the two years before today


def _first(url: str, size: int = LIST_LIMIT) -> PageRequest:
    return PageRequest(1, size, url)


async def _shared_parts(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, url: str, now: date
) -> GedeeldeDelen:
    """The norms with their charts, the partner's reports and the Wgr documents: the same
    for every participant, so kept by the party's data version (views/gedeeld.py)."""
    series = await norm_series_of_parties(
        session, [party_id], date(now.year - YEARS_OF_NORMS, 1, 1), now, PUNTEN_PER_NORM
    )
    reports = await rapportages.list_reports(
        session, principal, party_id, PartnerFilter(), _first(url)
    )
    documents = await wgr.list_documents(session, principal, party_id, None, None, _first(url))
    return GedeeldeDelen(
        normen=norm_cards(series.get(party_id, []), now),
        rapportages=PageOf([rapportages.summary_of(row) for row in reports.items], reports.total),
        documenten=PageOf(
            [DocumentRead.model_validate(d) for d in documents.items], documents.total
        ),
    )


async def _wgr_dates(
    session: AsyncSession, principal: Principal, party: VerbondenPartij, jaar: int
) -> Any:
    """This year's Wgr due dates of a gemeenschappelijke regeling, or None."""
    if party.bbv_categorie is not BbvCategorie.GEMEENSCHAPPELIJKE_REGELING:
        return None
    return await wgr.calendar_of_party(session, principal, party.id, jaar)


def _can_write_report(principal: Principal, regie: list[Any]) -> bool:
    return principal.rol is Rol.REGIEVOERDER and any(
        account.id == principal.gebruiker_id for account in regie
    )


@router.get("/verbonden-partijen/{partij_id}")
async def verbonden_partij(
    request: Request, session: DbSession, principal: MunicipalPage, partij_id: uuid.UUID
) -> Response:
    """Everything the municipality knows of one party it may see (another party: 404)."""
    party = await partijen.get_party(session, principal, partij_id)
    url, now = str(request.url), today()
    regie = await regievoerders.list_regievoerders(session, principal, party.id)

    async def shared() -> GedeeldeDelen:
        return await _shared_parts(session, principal, party.id, url, now)

    status_reports: PageOf[Any] = await voortgang.list_reports(
        session, principal, RapportageFilter(verbonden_partij_id=party.id), _first(url)
    )
    half_year = Periode.half_year_of(now)
    has_current = any(r.periode == str(half_year) for r in status_reports.items)
    context = {
        "partij": party,
        "deelnames": await deelnames.list_deelnames(session, principal, party.id),
        "regievoerders": regie,
        "gedeeld": await web_state(request).gedeeld.parts(session, party.id, now, shared),
        "begroting": await begrotingen.newest_budget(session, principal, party.id),
        "wgr_termijnen": await _wgr_dates(session, principal, party, now.year),
        "acties": await acties.list_acties(
            session, principal, ActieFilter(verbonden_partij_id=party.id), _first(url)
        ),
        "risicos": await risicos.list_risicos(session, principal, party.id, None, _first(url)),
        "evaluaties": await evaluaties.list_evaluaties(session, principal, party.id, _first(url)),
        "voortgangsrapportages": status_reports,
        "halfjaar": str(half_year),
        "mag_rapport_maken": _can_write_report(principal, regie) and not has_current,
        "vandaag": now,
        "statussen": statussen,
    }
    return render(request, "partij/index.html", context)
