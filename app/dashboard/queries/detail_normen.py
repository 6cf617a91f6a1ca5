"""One party's norms with their versions and the current measurement of every period."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.periods import Granulariteit
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Eenheid, Richting, Servicenorm, ServicenormVersie


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
    """Per norm and period the measurement of the latest received revision that no later
    revision superseded (as `GET /servicenormen/{id}/metingen`), oldest period first. One
    query."""
    later = aliased(Rapportage)
    rang = func.row_number().over(
        partition_by=(Meting.servicenorm_id, Meting.periode),
        order_by=(Rapportage.ontvangen_op.desc(), Rapportage.id.desc()),
    )
    ranked = (
        select(
            Meting.servicenorm_id,
            Meting.periode,
            Meting.periode_start,
            Meting.waarde,
            Rapportage.id.label("rapportage_id"),
            Rapportage.revisie,
            Rapportage.ontvangen_op,
            rang.label("rang"),
        )
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(
            Servicenorm.verbonden_partij_id == party_id,
            ~exists().where(later.vervangt_id == Rapportage.id),
        )
        .subquery()
    )
    r = ranked.c
    statement = (
        select(
            r.servicenorm_id,
            r.periode,
            r.periode_start,
            r.waarde,
            r.rapportage_id,
            r.revisie,
            r.ontvangen_op,
        )
        .where(r.rang == 1)
        .order_by(r.servicenorm_id, r.periode_start, r.periode)
    )
    return [Punt(*row) for row in (await session.execute(statement)).all()]
