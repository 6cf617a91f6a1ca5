"""Use cases of reporting rounds: the MT opens a half-year round with a deadline."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.clock import today
from app.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.core.periods import Periode
from app.rapportagerondes import repository
from app.rapportagerondes.schemas import RapportagerondeCreate, RapportagerondeUpdate
from app.voortgang import service as voortgang
from app.voortgang.models import Rapportageronde

DEADLINE_YEARS_AHEAD = 5


def latest_deadline(day: date) -> date:
    """The latest plausible deadline: five years after `day` (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + DEADLINE_YEARS_AHEAD)
    except ValueError:
        return day.replace(year=day.year + DEADLINE_YEARS_AHEAD, day=28)


def _check_deadline(periode: Periode, deadline: date) -> None:
    """A deadline lies from the half-year's first day up to five years after today."""
    if deadline < periode.start:
        reason = f"Must not lie before the half-year {periode} begins."
    elif deadline > (latest := latest_deadline(today())):
        reason = f"Must lie within {DEADLINE_YEARS_AHEAD} years: on or before {latest}."
    else:
        return
    raise InvalidInput.fields([InvalidParam("deadline", reason)])


async def list_rounds(
    session: AsyncSession, principal: Principal, periode: Periode | None, page: PageRequest
) -> PageOf[Rapportageronde]:
    """The rounds of the caller's municipality, newest half-year first."""
    statement = repository.rounds_of(principal.tenant_id, str(periode) if periode else None)
    return await fetch_page(session, statement, page)


async def get_round(
    session: AsyncSession, principal: Principal, ronde_id: uuid.UUID
) -> Rapportageronde:
    """A round of the caller's municipality; another municipality's is 404."""
    ronde = await repository.round_by_id(session, principal.tenant_id, ronde_id)
    if ronde is None:
        raise NotFound("rapportageronde")
    return ronde


async def create_round(
    session: AsyncSession, principal: Principal, data: RapportagerondeCreate
) -> Rapportageronde:
    """Open the municipality's round for a half-year; one per half-year (409)."""
    _check_deadline(data.periode, data.deadline)
    periode = str(data.periode)
    if await voortgang.round_for_period(session, principal.tenant_id, data.periode):
        raise Conflict(f"Your municipality already has a round for {periode}.")
    ronde = Rapportageronde(
        organisatie_id=principal.tenant_id,
        periode=periode,
        deadline=data.deadline,
        monitoringsniveaus=data.monitoringsniveaus,
    )
    session.add(ronde)
    await session.flush()
    await _record(session, principal, "aangemaakt", ronde, None)
    return ronde


async def update_round(
    session: AsyncSession,
    principal: Principal,
    ronde_id: uuid.UUID,
    patch: RapportagerondeUpdate,
    if_match: str | None,
) -> Rapportageronde:
    """Move the deadline or change the tiers, against the version the caller last read."""
    ronde = await get_round(session, principal, ronde_id)
    require_current(if_match, ronde.versie)
    changes = patch.changes()
    _check_deadline(Periode.parse(ronde.periode), changes.get("deadline", ronde.deadline))
    before = audit.snapshot(ronde)
    for field, value in changes.items():
        setattr(ronde, field, value)
    await session.flush()
    await _record(session, principal, "gewijzigd", ronde, before)
    return ronde


async def _record(
    session: AsyncSession,
    principal: Principal,
    actie: str,
    ronde: Rapportageronde,
    before: dict[str, object] | None,
) -> None:
    await audit.record(
        session,
        principal,
        actie=actie,
        entiteit="rapportageronde",
        entiteit_id=ronde.id,
        voor=before,
        na=audit.snapshot(ronde),
    )
