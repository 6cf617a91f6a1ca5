"""The municipality's current reporting round and where each party's status report stands."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.dashboard.scope import PartySet
from app.rapportagerondes.models import Rapportageronde
from app.voortgang.models import Voortgangsrapportage as Verslag
from app.voortgang.workflow import RapportageStatus


@dataclass(frozen=True, slots=True)
class Ronde:
    """The half-year the dashboard follows, with its round's deadline and tiers (None: no
    round for it yet)."""

    periode: str
    deadline: date | None
    monitoringsniveaus: tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class RondeRapport:
    status: RapportageStatus
    telaat: bool
    ingediend_op: datetime | None


async def current_round(session: AsyncSession, scope: PartySet) -> Ronde:
    """The municipality's latest round up to this half-year; without one, this half-year.
    One query."""
    current = str(Periode.half_year_of(scope.today))
    statement = (
        select(
            Rapportageronde.periode, Rapportageronde.deadline, Rapportageronde.monitoringsniveaus
        )
        .where(
            Rapportageronde.organisatie_id == scope.organisatie_id,
            Rapportageronde.periode <= current,
        )
        .order_by(Rapportageronde.periode.desc())
        .limit(1)
    )
    row = (await session.execute(statement)).one_or_none()
    if row is None:
        return Ronde(current, None, None)
    return Ronde(row.periode, row.deadline, tuple(row.monitoringsniveaus))


async def round_reports(
    session: AsyncSession, scope: PartySet, periode: str
) -> dict[uuid.UUID, RondeRapport]:
    """The municipality's status report of each party for the half-year. One query."""
    statement = select(
        Verslag.verbonden_partij_id, Verslag.status, Verslag.telaat, Verslag.ingediend_op
    ).where(
        Verslag.organisatie_id == scope.organisatie_id,
        Verslag.periode == periode,
        scope.contains(Verslag.verbonden_partij_id),
    )
    return {
        party_id: RondeRapport(status, telaat, ingediend_op)
        for party_id, status, telaat, ingediend_op in (await session.execute(statement)).all()
    }
