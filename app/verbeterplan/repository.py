"""Every query on the improvement plan. Each one is bound to one municipality."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, func, not_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.auth.principal import Principal
from app.verbeterplan.models import (
    Aanbeveling,
    AanbevelingPartij,
    Actie,
    ActieStatus,
    Bron,
    Reactie,
)
from app.verbeterplan.overdue import UNFINISHED
from app.verbonden_partijen.models import VerbondenPartij
from app.verbonden_partijen.visibility import party_ids_directed_by, readable_party


@dataclass(frozen=True)
class AanbevelingFilter:
    bron: Bron | None = None
    deel: int | None = None
    reactie: Reactie | None = None
    verbonden_partij_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActieFilter:
    aanbeveling_id: uuid.UUID | None = None
    status: ActieStatus | None = None
    achterstallig: bool | None = None
    verbonden_partij_id: uuid.UUID | None = None


def overdue(today: date) -> ColumnElement[bool]:
    """The SQL twin of `overdue.is_overdue`."""
    return and_(
        Actie.planning.is_not(None), Actie.planning < today, Actie.status.in_(list(UNFINISHED))
    )


def _with_plan_details(statement: Select[Aanbeveling]) -> Select[Aanbeveling]:
    return statement.options(
        selectinload(Aanbeveling.partij_links), selectinload(Aanbeveling.acties)
    )


def _linked_to(party_id: uuid.UUID) -> ColumnElement[bool]:
    return exists().where(
        AanbevelingPartij.aanbeveling_id == Aanbeveling.id,
        AanbevelingPartij.verbonden_partij_id == party_id,
    )


def aanbevelingen(organisatie_id: uuid.UUID, filters: AanbevelingFilter) -> Select[Aanbeveling]:
    """The municipality's recommendations in plan order: source, part, then code (2 before 10)."""
    statement = select(Aanbeveling).where(Aanbeveling.organisatie_id == organisatie_id)
    if filters.bron is not None:
        statement = statement.where(Aanbeveling.bron == filters.bron)
    if filters.deel is not None:
        statement = statement.where(Aanbeveling.deel == filters.deel)
    if filters.reactie is not None:
        statement = statement.where(Aanbeveling.reactie == filters.reactie)
    if filters.verbonden_partij_id is not None:
        statement = statement.where(_linked_to(filters.verbonden_partij_id))
    order = (Aanbeveling.bron, Aanbeveling.deel, func.length(Aanbeveling.code), Aanbeveling.code)
    return _with_plan_details(statement.order_by(*order, Aanbeveling.id))


async def aanbeveling(
    session: AsyncSession, organisatie_id: uuid.UUID, aanbeveling_id: uuid.UUID
) -> Aanbeveling | None:
    statement = _with_plan_details(
        select(Aanbeveling).where(
            Aanbeveling.id == aanbeveling_id, Aanbeveling.organisatie_id == organisatie_id
        )
    ).execution_options(populate_existing=True)
    return (await session.execute(statement)).scalar_one_or_none()


async def key_taken(
    session: AsyncSession,
    organisatie_id: uuid.UUID,
    key: tuple[Bron, int, str],
    other_than: uuid.UUID | None = None,
) -> bool:
    bron, deel, code = key
    condition = and_(
        Aanbeveling.organisatie_id == organisatie_id,
        Aanbeveling.bron == bron,
        Aanbeveling.deel == deel,
        Aanbeveling.code == code,
    )
    if other_than is not None:
        condition = and_(condition, Aanbeveling.id != other_than)
    return bool((await session.execute(select(exists().where(condition)))).scalar())


async def visible_party_ids(
    session: AsyncSession, principal: Principal, ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of `ids` that are parties the caller's municipality takes part in."""
    if not ids:
        return set()
    statement = select(VerbondenPartij.id).where(
        VerbondenPartij.id.in_(ids), readable_party(VerbondenPartij.id, principal)
    )
    return set((await session.execute(statement)).scalars())


async def directed_party_ids(
    session: AsyncSession, gebruiker_id: uuid.UUID, ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of `ids` that the regievoerder `gebruiker_id` directs."""
    if not ids:
        return set()
    statement = select(VerbondenPartij.id).where(
        VerbondenPartij.id.in_(ids), VerbondenPartij.id.in_(party_ids_directed_by(gebruiker_id))
    )
    return set((await session.execute(statement)).scalars())


async def plan_of(
    session: AsyncSession, organisatie_id: uuid.UUID, bron: Bron
) -> list[Aanbeveling]:
    """A source's whole plan with its actions (what an import is matched against)."""
    statement = select(Aanbeveling).where(
        Aanbeveling.organisatie_id == organisatie_id, Aanbeveling.bron == bron
    )
    return list((await session.execute(_with_plan_details(statement))).scalars())


def acties(organisatie_id: uuid.UUID, filters: ActieFilter, today: date) -> Select[Actie]:
    """The municipality's actions, soonest due first (no planning last)."""
    statement = select(Actie).where(Actie.organisatie_id == organisatie_id)
    if filters.aanbeveling_id is not None:
        statement = statement.where(Actie.aanbeveling_id == filters.aanbeveling_id)
    if filters.status is not None:
        statement = statement.where(Actie.status == filters.status)
    if filters.achterstallig is not None:
        late = overdue(today)
        statement = statement.where(late if filters.achterstallig else not_(late))
    if filters.verbonden_partij_id is not None:
        linked = select(AanbevelingPartij.aanbeveling_id).where(
            AanbevelingPartij.verbonden_partij_id == filters.verbonden_partij_id
        )
        statement = statement.where(Actie.aanbeveling_id.in_(linked))
    return statement.order_by(
        Actie.planning.is_(None), Actie.planning, Actie.aangemaakt_op, Actie.id
    )


async def actie(
    session: AsyncSession, organisatie_id: uuid.UUID, actie_id: uuid.UUID
) -> Actie | None:
    statement = select(Actie).where(Actie.id == actie_id, Actie.organisatie_id == organisatie_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def acties_by_ids(
    session: AsyncSession, organisatie_id: uuid.UUID, ids: list[uuid.UUID]
) -> list[Actie]:
    if not ids:
        return []
    statement = select(Actie).where(Actie.id.in_(ids), Actie.organisatie_id == organisatie_id)
    return list((await session.execute(statement)).scalars())


def _of_party(organisatie_id: uuid.UUID, party_id: uuid.UUID) -> ColumnElement[bool]:
    linked = select(AanbevelingPartij.aanbeveling_id).where(
        AanbevelingPartij.verbonden_partij_id == party_id
    )
    return and_(Actie.organisatie_id == organisatie_id, Actie.aanbeveling_id.in_(linked))


async def party_action_counts(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, today: date
) -> tuple[int, int]:
    """(unfinished, overdue) actions of the recommendations linked to a party."""
    late = overdue(today)
    statement = select(func.count(), func.count().filter(late)).where(
        _of_party(organisatie_id, party_id), Actie.status.in_(list(UNFINISHED))
    )
    unfinished, late_count = (await session.execute(statement)).one()
    return int(unfinished), int(late_count)


async def party_overdue_actions(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, today: date
) -> list[tuple[Actie, str]]:
    """The overdue actions of a party's recommendations, with the recommendation's code."""
    statement = (
        select(Actie, Aanbeveling.code)
        .join(Aanbeveling, Aanbeveling.id == Actie.aanbeveling_id)
        .where(_of_party(organisatie_id, party_id), overdue(today))
        .order_by(Actie.planning, Actie.aangemaakt_op, Actie.id)
    )
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


async def overdue_actions_of_plan(
    session: AsyncSession, organisatie_id: uuid.UUID, today: date
) -> list[tuple[Actie, str, str]]:
    """Every overdue action of the municipality's plan, with its recommendation's code and
    text, soonest due first."""
    statement = (
        select(Actie, Aanbeveling.code, Aanbeveling.tekst)
        .join(Aanbeveling, Aanbeveling.id == Actie.aanbeveling_id)
        .where(Actie.organisatie_id == organisatie_id, overdue(today))
        .order_by(Actie.planning, Actie.aangemaakt_op, Actie.id)
    )
    return [(row[0], row[1], row[2]) for row in (await session.execute(statement)).all()]


async def linked_parties(
    session: AsyncSession, organisatie_id: uuid.UUID, aanbeveling_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """The parties (id, name) each of the municipality's recommendations is about, by name."""
    statement = (
        select(AanbevelingPartij.aanbeveling_id, VerbondenPartij.id, VerbondenPartij.naam)
        .join(Aanbeveling, Aanbeveling.id == AanbevelingPartij.aanbeveling_id)
        .join(VerbondenPartij, VerbondenPartij.id == AanbevelingPartij.verbonden_partij_id)
        .where(
            Aanbeveling.organisatie_id == organisatie_id,
            AanbevelingPartij.aanbeveling_id.in_(aanbeveling_ids),
        )
        .order_by(VerbondenPartij.naam, VerbondenPartij.id)
    )
    links: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for aanbeveling_id, party_id, naam in (await session.execute(statement)).all():
        links.setdefault(aanbeveling_id, []).append((party_id, naam))
    return links
