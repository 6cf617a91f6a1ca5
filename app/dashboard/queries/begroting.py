"""Each party's budget of a year with the municipality's contribution, the sum of all
contributions and the municipality's thresholds: what `deviation_summary` judges, in bulk."""

import uuid
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, and_, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.begrotingen.deviations import Cijfers, Drempels, Exploitatie, Investeringen
from app.begrotingen.models import Afwijkingsdrempel, Begroting, BegrotingBijdrage
from app.dashboard.scope import AnySelect, PartySet, in_scope


@dataclass(frozen=True, slots=True)
class BegrotingRegel:
    partij: uuid.UUID
    cijfers: Cijfers
    eigen_bijdrage: Decimal | None
    totaal_bijdragen: Decimal
    drempels: Drempels


def _stage(lasten: Decimal | None, baten: Decimal | None) -> Exploitatie | None:
    return None if lasten is None or baten is None else Exploitatie(lasten, baten)


def cijfers_of_row(b: Any) -> Cijfers:
    """The figures of a row with the Begroting's column names, as
    `app.begrotingen.summaries.cijfers_of` reads them from a Begroting."""
    investeringen = (
        None
        if b.investeringen_begroot is None
        else Investeringen(
            b.investeringen_begroot, b.investeringen_prognose, b.investeringen_realisatie
        )
    )
    return Cijfers(
        primitief=Exploitatie(b.primitief_lasten, b.primitief_baten),
        na_wijziging=_stage(b.na_wijziging_lasten, b.na_wijziging_baten),
        prognose=_stage(b.prognose_lasten, b.prognose_baten),
        realisatie=_stage(b.realisatie_lasten, b.realisatie_baten),
        investeringen=investeringen,
    )


@cache
def _statement(as_array: bool) -> AnySelect:
    """Thresholds and contributions as subqueries of the budget rows."""
    eigen = aliased(BegrotingBijdrage)
    alle = aliased(BegrotingBijdrage)
    organisatie_id: BindParameter[uuid.UUID] = bindparam("organisatie_id")
    totaal = (
        select(func.coalesce(func.sum(alle.bedrag), 0))
        .where(alle.begroting_id == Begroting.id)
        .scalar_subquery()
    )
    drempel = select(Afwijkingsdrempel).where(Afwijkingsdrempel.organisatie_id == organisatie_id)
    return (
        select(
            Begroting.verbonden_partij_id,
            Begroting.primitief_lasten,
            Begroting.primitief_baten,
            Begroting.na_wijziging_lasten,
            Begroting.na_wijziging_baten,
            Begroting.prognose_lasten,
            Begroting.prognose_baten,
            Begroting.realisatie_lasten,
            Begroting.realisatie_baten,
            Begroting.investeringen_begroot,
            Begroting.investeringen_prognose,
            Begroting.investeringen_realisatie,
            eigen.bedrag.label("eigen_bijdrage"),
            totaal.label("totaal_bijdragen"),
            drempel.with_only_columns(Afwijkingsdrempel.bedrag).scalar_subquery().label("d_bedrag"),
            drempel.with_only_columns(Afwijkingsdrempel.percentage)
            .scalar_subquery()
            .label("d_percentage"),
        )
        .outerjoin(
            eigen,
            and_(eigen.begroting_id == Begroting.id, eigen.organisatie_id == organisatie_id),
        )
        .where(
            in_scope(Begroting.verbonden_partij_id, as_array), Begroting.jaar == bindparam("jaar")
        )
    )


async def budgets(
    session: AsyncSession, scope: PartySet, jaar: int
) -> dict[uuid.UUID, BegrotingRegel]:
    """Per party its budget of year `jaar`, if any. One query."""
    result = {}
    rows = await session.execute(_statement(scope.as_array), scope.params(jaar=jaar))
    for row in rows.all():
        drempels = (
            Drempels()
            if row.d_bedrag is None
            else Drempels(Decimal(row.d_bedrag), Decimal(row.d_percentage))
        )
        result[row.verbonden_partij_id] = BegrotingRegel(
            partij=row.verbonden_partij_id,
            cijfers=cijfers_of_row(row),
            eigen_bijdrage=row.eigen_bijdrage,
            totaal_bijdragen=Decimal(row.totaal_bijdragen or 0),
            drempels=drempels,
        )
    return result
