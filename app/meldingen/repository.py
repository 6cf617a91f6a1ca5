"""Every query of the notifications domain."""

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.roles import Rol
from app.meldingen.models import (
    Abonnement,
    Aflevering,
    AfleveringStatus,
    GeplandeControle,
    Kalendersleutel,
)
from app.outbox.models import Gebeurtenis


def subscriptions_of(gebruiker_id: uuid.UUID) -> Select[Abonnement]:
    return (
        select(Abonnement)
        .where(Abonnement.gebruiker_id == gebruiker_id, Abonnement.opgezegd_op.is_(None))
        .order_by(Abonnement.aangemaakt_op, Abonnement.id)
    )


async def subscription(
    session: AsyncSession, gebruiker_id: uuid.UUID, abonnement_id: uuid.UUID
) -> Abonnement | None:
    statement = subscriptions_of(gebruiker_id).where(Abonnement.id == abonnement_id)
    return (await session.execute(statement)).scalar_one_or_none()


def deliveries_of(abonnement_id: uuid.UUID, status: str | None) -> Select[Aflevering]:
    statement = select(Aflevering).where(Aflevering.abonnement_id == abonnement_id)
    if status is not None:
        statement = statement.where(Aflevering.status == status)
    return statement.order_by(Aflevering.aangemaakt_op.desc(), Aflevering.id)


async def delivery(
    session: AsyncSession, abonnement_id: uuid.UUID, aflevering_id: uuid.UUID
) -> Aflevering | None:
    statement = select(Aflevering).where(
        Aflevering.id == aflevering_id, Aflevering.abonnement_id == abonnement_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def active_subscriptions(session: AsyncSession) -> Sequence[Abonnement]:
    statement = select(Abonnement).where(Abonnement.opgezegd_op.is_(None))
    return (await session.execute(statement)).scalars().all()


async def unprocessed_events(session: AsyncSession, limit: int) -> Sequence[Gebeurtenis]:
    """The oldest events not yet turned into deliveries, locked for this worker (PostgreSQL
    skips rows another worker holds; SQLite has one writer at a time)."""
    statement = (
        select(Gebeurtenis)
        .where(Gebeurtenis.verwerkt_op.is_(None))
        .order_by(Gebeurtenis.tijd, Gebeurtenis.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return (await session.execute(statement)).scalars().all()


async def claim_due(
    session: AsyncSession, claim: uuid.UUID, now: datetime, until: datetime, limit: int
) -> list[uuid.UUID]:
    """Claim up to `limit` due deliveries in one statement: waiting, due, and not held by a
    live claim of another worker. On PostgreSQL the rows are locked with SKIP LOCKED, so
    concurrent workers take disjoint batches; on SQLite the single UPDATE runs alone."""
    due = (
        select(Aflevering.id)
        .where(
            Aflevering.status == AfleveringStatus.WACHTEND,
            Aflevering.volgende_poging_op <= now,
            (Aflevering.geclaimd_tot.is_(None)) | (Aflevering.geclaimd_tot < now),
        )
        .order_by(Aflevering.volgende_poging_op, Aflevering.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    statement = (
        update(Aflevering)
        .where(Aflevering.id.in_(due.scalar_subquery()))
        .values(claim=claim, geclaimd_tot=until)
        .execution_options(synchronize_session=False)
    )
    await session.execute(statement)
    claimed = select(Aflevering.id).where(Aflevering.claim == claim)
    return list((await session.execute(claimed)).scalars().all())


async def claimed_deliveries(session: AsyncSession, claim: uuid.UUID) -> Sequence[Aflevering]:
    """The deliveries this worker's claim still holds."""
    statement = select(Aflevering).where(Aflevering.claim == claim).order_by(Aflevering.id)
    return (await session.execute(statement)).scalars().all()


async def event(session: AsyncSession, gebeurtenis_id: uuid.UUID) -> Gebeurtenis | None:
    return await session.get(Gebeurtenis, gebeurtenis_id)


async def any_subscription(session: AsyncSession, abonnement_id: uuid.UUID) -> Abonnement | None:
    return await session.get(Abonnement, abonnement_id)


async def account(session: AsyncSession, gebruiker_id: uuid.UUID) -> Gebruiker | None:
    return await session.get(Gebruiker, gebruiker_id)


async def mailable_accounts(
    session: AsyncSession, organisatie_id: uuid.UUID, rol: Rol
) -> Sequence[Gebruiker]:
    """Active accounts of a municipality in a role that have an e-mail address."""
    statement = select(Gebruiker).where(
        Gebruiker.organisatie_id == organisatie_id,
        Gebruiker.rol == rol,
        Gebruiker.actief.is_(True),
        Gebruiker.email.is_not(None),
    )
    return (await session.execute(statement.order_by(Gebruiker.naam))).scalars().all()


async def digest_recipients(session: AsyncSession) -> Sequence[Gebruiker]:
    """Every active municipal account with an e-mail address."""
    statement = select(Gebruiker).where(
        Gebruiker.organisatie_id.is_not(None),
        Gebruiker.actief.is_(True),
        Gebruiker.email.is_not(None),
    )
    return (await session.execute(statement.order_by(Gebruiker.id))).scalars().all()


async def mark_check(session: AsyncSession, soort: str, sleutel: str, dag: date) -> bool:
    """Record that a scheduled check fired; False when it already had (the unique key holds
    it to once per kind, object and day, also across workers)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(GeplandeControle)
        .values(id=uuid.uuid4(), soort=soort, sleutel=sleutel[:200], dag=dag)
        .on_conflict_do_nothing(index_elements=["soort", "sleutel", "dag"])
    )
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def counts_by_status(session: AsyncSession) -> dict[tuple[str, str], int]:
    statement = select(Aflevering.kanaal, Aflevering.status, func.count()).group_by(
        Aflevering.kanaal, Aflevering.status
    )
    return {
        (str(kanaal), str(status)): int(count)
        for kanaal, status, count in (await session.execute(statement)).all()
    }


async def pending_events(session: AsyncSession) -> int:
    statement = select(func.count()).where(Gebeurtenis.verwerkt_op.is_(None))
    return int((await session.execute(statement)).scalar_one())


async def feed_key_by_hash(session: AsyncSession, hash_: str) -> Kalendersleutel | None:
    statement = select(Kalendersleutel).where(Kalendersleutel.hash == hash_)
    return (await session.execute(statement)).scalar_one_or_none()


async def feed_key_of(session: AsyncSession, gebruiker_id: uuid.UUID) -> Kalendersleutel | None:
    statement = select(Kalendersleutel).where(Kalendersleutel.gebruiker_id == gebruiker_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def municipalities_with_parties(session: AsyncSession) -> list[uuid.UUID]:
    """Municipalities that take part in at least one party (the scheduled checks' scope)."""
    from app.verbonden_partijen.models import Deelname

    statement = select(Deelname.organisatie_id).distinct().order_by(Deelname.organisatie_id)
    return list((await session.execute(statement)).scalars().all())


async def readable_parties(
    session: AsyncSession, party_ids: Select[uuid.UUID], today: date
) -> list[tuple[uuid.UUID, str]]:
    """Active parties among `party_ids` (a tenancy helper's select), with their names."""
    from app.verbonden_partijen.models import VerbondenPartij

    active = (VerbondenPartij.einddatum.is_(None)) | (VerbondenPartij.einddatum >= today)
    statement = (
        select(VerbondenPartij.id, VerbondenPartij.naam)
        .where(VerbondenPartij.id.in_(party_ids), active)
        .order_by(VerbondenPartij.naam)
    )
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


async def overdue_actions(
    session: AsyncSession, organisatie_id: uuid.UUID, today: date
) -> list[tuple[uuid.UUID, uuid.UUID, str, str | None, date]]:
    """A municipality's unfinished actions whose planned date has passed (verbeterplan's rule)."""
    from app.verbeterplan.models import Actie
    from app.verbeterplan.overdue import UNFINISHED

    statement = (
        select(Actie.id, Actie.aanbeveling_id, Actie.omschrijving, Actie.eigenaar, Actie.planning)
        .where(
            Actie.organisatie_id == organisatie_id,
            Actie.planning < today,
            Actie.status.in_(UNFINISHED),
        )
        .order_by(Actie.planning, Actie.id)
    )
    return [tuple(row) for row in (await session.execute(statement)).all()]  # type: ignore[misc]


async def expire_waiting(session: AsyncSession, abonnement_id: uuid.UUID) -> None:
    statement = (
        update(Aflevering)
        .where(
            Aflevering.abonnement_id == abonnement_id,
            Aflevering.status == AfleveringStatus.WACHTEND,
        )
        .values(status=AfleveringStatus.VERVALLEN, laatste_fout="Abonnement opgezegd")
        .execution_options(synchronize_session=False)
    )
    await session.execute(statement)
