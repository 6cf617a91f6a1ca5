"""Every query on status reports, their versions and transitions."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import Principal
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij
from app.verbonden_partijen.visibility import readable_party
from app.voortgang.models import (
    RapportageOvergang,
    Rapportageronde,
    RapportageVersie,
    Voortgangsrapportage,
)
from app.voortgang.workflow import RapportageStatus

R = Voortgangsrapportage


@dataclass(frozen=True)
class RapportageFilter:
    verbonden_partij_id: uuid.UUID | None = None
    periode: str | None = None
    status: RapportageStatus | None = None


def readable_reports(
    principal: Principal, filters: RapportageFilter
) -> Select[Voortgangsrapportage]:
    """The caller's municipality's reports on parties it (still) takes part in."""
    statement = select(R).where(
        R.organisatie_id == principal.tenant_id, readable_party(R.verbonden_partij_id, principal)
    )
    if filters.verbonden_partij_id is not None:
        statement = statement.where(R.verbonden_partij_id == filters.verbonden_partij_id)
    if filters.periode is not None:
        statement = statement.where(R.periode == filters.periode)
    if filters.status is not None:
        statement = statement.where(R.status == filters.status)
    return statement.order_by(R.periode.desc(), R.aangemaakt_op, R.id)


async def readable_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> Voortgangsrapportage | None:
    statement = readable_reports(principal, RapportageFilter()).where(R.id == report_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def report_for(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, periode: str
) -> Voortgangsrapportage | None:
    statement = select(R).where(
        R.organisatie_id == organisatie_id,
        R.verbonden_partij_id == party_id,
        R.periode == periode,
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def latest_report_before(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, periode: str
) -> Voortgangsrapportage | None:
    """The municipality's report on the party of the latest half-year before `periode`."""
    statement = (
        select(R)
        .where(
            R.organisatie_id == organisatie_id,
            R.verbonden_partij_id == party_id,
            R.periode < periode,
        )
        .order_by(R.periode.desc())
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def reports_of_period(
    session: AsyncSession, organisatie_id: uuid.UUID, periode: str
) -> list[Voortgangsrapportage]:
    statement = select(R).where(R.organisatie_id == organisatie_id, R.periode == periode)
    return list((await session.execute(statement)).scalars())


async def last_versions(
    session: AsyncSession, report_ids: Sequence[uuid.UUID]
) -> list[RapportageVersie]:
    """The last submitted version of each of these reports (those submitted at least once)."""
    last = (
        select(RapportageVersie.rapportage_id, func.max(RapportageVersie.volgnummer).label("nr"))
        .where(RapportageVersie.rapportage_id.in_(report_ids))
        .group_by(RapportageVersie.rapportage_id)
        .subquery()
    )
    statement = select(RapportageVersie).join(
        last,
        and_(
            last.c.rapportage_id == RapportageVersie.rapportage_id,
            last.c.nr == RapportageVersie.volgnummer,
        ),
    )
    return list((await session.execute(statement)).scalars())


async def versions_of(session: AsyncSession, report_id: uuid.UUID) -> list[RapportageVersie]:
    statement = (
        select(RapportageVersie)
        .where(RapportageVersie.rapportage_id == report_id)
        .order_by(RapportageVersie.volgnummer)
    )
    return list((await session.execute(statement)).scalars())


async def last_volgnummer(session: AsyncSession, report_id: uuid.UUID) -> int:
    statement = select(func.coalesce(func.max(RapportageVersie.volgnummer), 0)).where(
        RapportageVersie.rapportage_id == report_id
    )
    return int((await session.execute(statement)).scalar_one())


async def transitions_of(session: AsyncSession, report_id: uuid.UUID) -> list[RapportageOvergang]:
    statement = (
        select(RapportageOvergang)
        .where(RapportageOvergang.rapportage_id == report_id)
        .order_by(RapportageOvergang.tijdstip, RapportageOvergang.versie_volgnummer)
    )
    return list((await session.execute(statement)).scalars())


@dataclass(frozen=True)
class PartijFeiten:
    partij: VerbondenPartij
    deelname: Deelname | None
    regievoerders: list[str]


async def party_facts(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> PartijFeiten | None:
    """The registry's facts of a party as one municipality knows them."""
    party = await session.get(VerbondenPartij, party_id)
    if party is None:
        return None
    deelname = (
        await session.execute(
            select(Deelname).where(
                Deelname.verbonden_partij_id == party_id, Deelname.organisatie_id == organisatie_id
            )
        )
    ).scalar_one_or_none()
    names = (
        await session.execute(
            select(Gebruiker.naam)
            .join(RegievoerderToewijzing, RegievoerderToewijzing.gebruiker_id == Gebruiker.id)
            .where(
                RegievoerderToewijzing.organisatie_id == organisatie_id,
                RegievoerderToewijzing.verbonden_partij_id == party_id,
            )
            .order_by(Gebruiker.naam)
        )
    ).scalars()
    return PartijFeiten(party, deelname, list(names))


async def round_for_period(
    session: AsyncSession, organisatie_id: uuid.UUID, periode: str
) -> Rapportageronde | None:
    statement = select(Rapportageronde).where(
        Rapportageronde.organisatie_id == organisatie_id, Rapportageronde.periode == periode
    )
    return (await session.execute(statement)).scalar_one_or_none()
