"""Use cases of status reports: list, read, draft (prefilled), edit; who may write them.

A report is private to its municipality: every read filters on the caller's tenant, so
another municipality's report is 404. Only a regievoerder assigned to the party writes it.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core import audit
from app.core.clock import today
from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.core.periods import Periode
from app.verbonden_partijen import service as partijen
from app.voortgang import prefill, repository
from app.voortgang.content import apply_changes
from app.voortgang.models import (
    RapportageOvergang,
    Rapportageronde,
    RapportageVersie,
    Voortgangsrapportage,
)
from app.voortgang.repository import RapportageFilter
from app.voortgang.schemas import (
    RapportageInhoud,
    VoortgangsrapportageCreate,
    VoortgangsrapportageUpdate,
)
from app.voortgang.workflow import is_editable


async def list_reports(
    session: AsyncSession, principal: Principal, filters: RapportageFilter, page: PageRequest
) -> PageOf[Voortgangsrapportage]:
    """The status reports of the caller's municipality, newest half-year first."""
    return await fetch_page(session, repository.readable_reports(principal, filters), page)


async def get_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> Voortgangsrapportage:
    """A report of the caller's municipality; any other id is 404."""
    report = await repository.readable_report(session, principal, report_id)
    if report is None:
        raise NotFound("voortgangsrapportage")
    return report


async def history_of(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> tuple[Voortgangsrapportage, list[RapportageOvergang]]:
    """A report with its workflow steps."""
    report = await get_report(session, principal, report_id)
    return report, await repository.transitions_of(session, report.id)


async def versions_of(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> tuple[list[RapportageVersie], list[RapportageOvergang]]:
    """Every submitted version of a report, oldest first, with the steps that judged them."""
    report = await get_report(session, principal, report_id)
    versions = await repository.versions_of(session, report.id)
    return versions, await repository.transitions_of(session, report.id)


async def require_author(session: AsyncSession, principal: Principal, party_id: uuid.UUID) -> None:
    """Only a regievoerder assigned to the party (in the caller's municipality) writes."""
    if principal.rol is not Rol.REGIEVOERDER:
        raise Forbidden("Only the party's regievoerder writes its status report.")
    await partijen.require_director(session, principal, party_id)


async def create_report(
    session: AsyncSession, principal: Principal, data: VoortgangsrapportageCreate
) -> Voortgangsrapportage:
    """Draft the municipality's report on a party for a half-year that has begun, prefilled
    with a snapshot of what the service knows; one per party and half-year (409)."""
    party = await partijen.require_party_for_reference(
        session, principal, data.verbonden_partij_id, "verbondenPartijId"
    )
    await require_author(session, principal, party.id)
    if data.periode.start > today():
        raise InvalidInput.field("periode", "The half-year has not begun yet.")
    periode = str(data.periode)
    if await repository.report_for(session, principal.tenant_id, party.id, periode):
        raise Conflict(
            f"Your municipality already has a status report on this party for {periode}."
        )
    request = prefill.PrefillRequest(principal.tenant_id, party.id, data.periode, today())
    composed = await prefill.compose(session, request)
    report = Voortgangsrapportage(
        organisatie_id=principal.tenant_id,
        verbonden_partij_id=party.id,
        periode=periode,
        snapshot=composed.snapshot,
        aangemaakt_door_id=principal.gebruiker_id,
        **composed.afwijkingen,
        **composed.aspecten,
        **composed.overgenomen,
    )
    session.add(report)
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="aangemaakt",
        entiteit="voortgangsrapportage",
        target=report,
        voor=None,
    )
    return report


async def update_report(
    session: AsyncSession,
    principal: Principal,
    report_id: uuid.UUID,
    patch: VoortgangsrapportageUpdate,
    if_match: str | None,
) -> Voortgangsrapportage:
    """Merge-patch the content of a draft or returned report, against the caller's last read."""
    report = await get_report(session, principal, report_id)
    await require_author(session, principal, report.verbonden_partij_id)
    require_current(if_match, report.versie)
    if not is_editable(report.status):
        raise Conflict(f"A report that is {report.status.value} cannot be edited.")
    before = audit.snapshot(report)
    apply_changes(report, patch.changes())
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="gewijzigd",
        entiteit="voortgangsrapportage",
        target=report,
        voor=before,
    )
    return report


async def steps_of(session: AsyncSession, report: Voortgangsrapportage) -> list[RapportageOvergang]:
    """The workflow steps of a report the caller has already been allowed to read."""
    return await repository.transitions_of(session, report.id)


async def versions_of_read_report(
    session: AsyncSession, report: Voortgangsrapportage
) -> list[RapportageVersie]:
    """Every submitted version of a report the caller has already been allowed to read,
    oldest first (`versions_of` without reading the report and its steps again)."""
    return await repository.versions_of(session, report.id)


async def reports_of_period(
    session: AsyncSession, organisatie_id: uuid.UUID, periode: Periode
) -> list[Voortgangsrapportage]:
    """Every status report of a municipality for a half-year (for rounds, dashboards and the
    MT report; the caller has checked that it may read the municipality's data)."""
    return await repository.reports_of_period(session, organisatie_id, str(periode))


async def submitted_contents(
    session: AsyncSession, report_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, RapportageInhoud]:
    """What was last submitted to the MT of each report, by report id; a draft that was never
    submitted is absent. One query (the MT report; the caller has checked the reports)."""
    return {
        version.rapportage_id: RapportageInhoud.model_validate(version.inhoud)
        for version in await repository.last_versions(session, report_ids)
    }


async def round_for_period(
    session: AsyncSession, organisatie_id: uuid.UUID, periode: Periode
) -> Rapportageronde | None:
    """The municipality's round of a half-year, if it opened one."""
    return await repository.round_for_period(session, organisatie_id, str(periode))
