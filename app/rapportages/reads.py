"""Reading reports back: lists with revisions, one report with outcomes, a norm's time series."""

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core.errors import InvalidInput, NotFound
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.core.periods import Periode
from app.rapportages import repository
from app.rapportages.models import Meting, Rapportage
from app.rapportages.repository import RapportageFilter
from app.rapportages.schemas import (
    MetingPunt,
    MetingRead,
    RapportageRead,
    RapportageSamenvatting,
    token_of,
)
from app.servicenormen import service as normen
from app.servicenormen.models import Servicenorm
from app.servicenormen.outcomes import judge, version_at
from app.servicenormen.terms import NormTerms
from app.verbonden_partijen import service as partijen


async def list_reports(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    filters: RapportageFilter,
    page: PageRequest,
) -> PageOf[Any]:
    """Every revision of the party's reports, newest period first; for all who see the party."""
    await partijen.get_party(session, principal, party_id)
    return await fetch_page(session, repository.reports_of(party_id, filters), page)


def summary_of(row: Any) -> RapportageSamenvatting:
    report, superseded_by, aantal = row
    return RapportageSamenvatting(
        **_head(report),
        vervangen_door=superseded_by,
        actueel=superseded_by is None,
        aantal_metingen=aantal,
    )


async def get_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> RapportageRead:
    """One revision with its measurements and their outcomes; any revision stays readable."""
    found = await repository.readable_report(session, principal, report_id)
    if found is None:
        raise NotFound("rapportage")
    report, superseded_by, aantal = found
    rows = await repository.metingen_of(session, report.id)
    norms = await normen.norms_by_id(session, {meting.servicenorm_id for meting, _ in rows})
    return RapportageRead(
        **_head(report),
        vervangen_door=superseded_by,
        actueel=superseded_by is None,
        aantal_metingen=aantal,
        metingen=[
            _meting_read(meting, code, norms[meting.servicenorm_id]) for meting, code in rows
        ],
    )


async def time_series(
    session: AsyncSession,
    principal: Principal,
    norm_id: uuid.UUID,
    van: Periode | None,
    tot: Periode | None,
    page: PageRequest,
) -> tuple[Servicenorm, PageOf[Any]]:
    """Per period the measurement of the latest revision, judged against the version in force
    then; periods overlapping `van`…`tot`."""
    norm = await normen.get_norm(session, principal, norm_id)
    if van and tot and tot.end < van.start:
        raise InvalidInput.field("tot", "Must not lie before van.")
    statement = repository.current_metingen(
        [norm.id],
        van.start if van else Periode.year(1900).start,
        tot.end if tot else Periode.year(2999).end,
    )
    return norm, await fetch_page(session, statement, page)


def point_of(norm: Servicenorm, row: Any) -> MetingPunt:
    meting, report = row
    period = Periode.parse(meting.periode)
    version = version_at(norm.versies, period.start)
    return MetingPunt(
        periode=period,
        waarde=meting.waarde,
        uitkomst=judge(norm.versies, period.start, meting.waarde),
        doelwaarde=version.doelwaarde if version else None,
        tolerantie=version.tolerantie if version else None,
        richting=version.richting if version else None,
        rapportage_id=report.id,
        revisie=report.revisie,
        ontvangen_op=report.ontvangen_op,
        toelichting=meting.toelichting,
    )


def _head(report: Rapportage) -> dict[str, Any]:
    return {
        "id": report.id,
        "verbonden_partij_id": report.verbonden_partij_id,
        "periode": Periode.parse(report.periode),
        "soort": report.soort,
        "revisie": report.revisie,
        "vervangt": report.vervangt_id,
        "ontvangen_op": report.ontvangen_op,
        "toelichting": report.toelichting,
        "ingediend_door_rol": report.ingediend_door_rol,
        "ingediend_met_token": token_of(report),
    }


def _meting_read(meting: Meting, code: str, norm: NormTerms) -> MetingRead:
    period = Periode.parse(meting.periode)
    return MetingRead(
        norm_code=code,
        servicenorm_id=meting.servicenorm_id,
        periode=period,
        waarde=meting.waarde,
        toelichting=meting.toelichting,
        uitkomst=judge(norm.versies, period.start, meting.waarde),
    )
