"""The municipality's current reporting round and where each party's status report stands."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.voortgang.models import Rapportageronde
from app.voortgang.models import Voortgangsrapportage as Verslag
from app.voortgang.workflow import RapportageStatus

CURRENT_ROUND = (
    select(Rapportageronde.periode, Rapportageronde.deadline, Rapportageronde.monitoringsniveaus)
    .where(
        Rapportageronde.organisatie_id == bindparam("organisatie_id"),
        Rapportageronde.periode <= bindparam("halfjaar"),
    )
    .order_by(Rapportageronde.periode.desc())
    .limit(1)
)


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
    params = {"organisatie_id": scope.organisatie_id, "halfjaar": current}
    row = (await session.execute(CURRENT_ROUND, params)).one_or_none()
    if row is None:
        return Ronde(current, None, None)
    return Ronde(row.periode, row.deadline, tuple(row.monitoringsniveaus))


@cache
def _reports(as_array: bool) -> AnySelect:
    return select(
        Verslag.verbonden_partij_id, Verslag.status, Verslag.telaat, Verslag.ingediend_op
    ).where(
        Verslag.organisatie_id == bindparam("organisatie_id"),
        Verslag.periode == bindparam("periode"),
        in_scope(Verslag.verbonden_partij_id, as_array),
    )


async def round_reports(
    session: AsyncSession, scope: PartySet, periode: str
) -> dict[uuid.UUID, RondeRapport]:
    """The municipality's status report of each party for the half-year. One query."""
    rows = await session.execute(_reports(scope.as_array), scope.params(periode=periode))
    return {
        party_id: RondeRapport(status, telaat, ingediend_op)
        for party_id, status, telaat, ingediend_op in rows.all()
    }
