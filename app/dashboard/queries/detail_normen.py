"""One party's norms with their versions and the current measurement of every period."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Granulariteit
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Eenheid, Richting, Servicenorm, ServicenormVersie
from app.servicenormen.outcomes import Uitkomst


@dataclass(frozen=True, slots=True)
class Versie:
    geldig_vanaf: date
    doelwaarde: Decimal
    tolerantie: Decimal
    richting: Richting


@dataclass(slots=True)
class Norm:
    id: uuid.UUID
    code: str
    naam: str
    eenheid: Eenheid
    frequentie: Granulariteit
    versies: list[Versie] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Punt:
    servicenorm_id: uuid.UUID
    periode: str
    periode_start: date
    waarde: Decimal
    uitkomst: Uitkomst | None
    rapportage_id: uuid.UUID
    revisie: int
    ontvangen_op: datetime


async def norms_of(session: AsyncSession, party_id: uuid.UUID) -> list[Norm]:
    """The party's norms by code, each with its versions (oldest first). One query."""
    statement = (
        select(
            Servicenorm.id,
            Servicenorm.code,
            Servicenorm.naam,
            Servicenorm.eenheid,
            Servicenorm.frequentie,
            ServicenormVersie.geldig_vanaf,
            ServicenormVersie.doelwaarde,
            ServicenormVersie.tolerantie,
            ServicenormVersie.richting,
        )
        .join(ServicenormVersie, ServicenormVersie.servicenorm_id == Servicenorm.id)
        .where(Servicenorm.verbonden_partij_id == party_id)
        .order_by(Servicenorm.code, Servicenorm.id, ServicenormVersie.geldig_vanaf)
    )
    norms: dict[uuid.UUID, Norm] = {}
    for row in (await session.execute(statement)).all():
        norm = norms.setdefault(
            row.id, Norm(row.id, row.code, row.naam, row.eenheid, row.frequentie)
        )
        norm.versies.append(Versie(row.geldig_vanaf, row.doelwaarde, row.tolerantie, row.richting))
    return list(norms.values())


async def series_of(session: AsyncSession, party_id: uuid.UUID) -> list[Punt]:
    """Per norm and period the current measurement (`actueel`: of the latest received revision
    that no later revision superseded, as `GET /servicenormen/{id}/metingen`) with its stored
    outcome, oldest period first. One query, an index lookup per norm."""
    statement = (
        select(
            Meting.servicenorm_id,
            Meting.periode,
            Meting.periode_start,
            Meting.waarde,
            Meting.uitkomst,
            Rapportage.id,
            Rapportage.revisie,
            Rapportage.ontvangen_op,
        )
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(Servicenorm.verbonden_partij_id == party_id, Meting.actueel)
        .order_by(Meting.servicenorm_id, Meting.periode_start, Meting.periode)
    )
    return [Punt(*row) for row in (await session.execute(statement)).all()]
