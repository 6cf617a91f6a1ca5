"""Every query on reports, measurements and idempotency records."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, cast

from sqlalchemy import Row, Select, Table, delete, exists, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.auth.models import Token
from app.auth.principal import Principal
from app.rapportages.models import IdempotentieSleutel, Meting, Rapportage, RapportageSoort
from app.servicenormen.models import Servicenorm
from app.verbonden_partijen.visibility import readable_party

INSERT_BATCH = 1_000  # rows per multi-row INSERT: well under both databases' parameter limits
METINGEN = cast(Table, Meting.__table__)


@dataclass(frozen=True)
class RapportageFilter:
    periode: str | None = None
    soort: RapportageSoort | None = None
    actueel: bool | None = None


# The correlated subqueries are built once: building an aliased select costs more than
# running it (a profile of the partner's receipt page).
@cache
def _superseded_by() -> Any:
    later = aliased(Rapportage)
    return select(later.id).where(later.vervangt_id == Rapportage.id).scalar_subquery()


@cache
def _current() -> Any:
    later = aliased(Rapportage)
    return ~exists().where(later.vervangt_id == Rapportage.id)


@cache
def _aantal_metingen() -> Any:
    return (
        select(func.count(Meting.id)).where(Meting.rapportage_id == Rapportage.id).scalar_subquery()
    )


def reports_of(party_id: uuid.UUID, filters: RapportageFilter) -> Select[Any]:
    """Rows of (report, id of the revision that superseded it, number of measurements)."""
    statement = select(Rapportage, _superseded_by(), _aantal_metingen()).where(
        Rapportage.verbonden_partij_id == party_id
    )
    if filters.periode:
        statement = statement.where(Rapportage.periode == filters.periode)
    if filters.soort:
        statement = statement.where(Rapportage.soort == filters.soort)
    if filters.actueel is not None:
        statement = statement.where(_current() if filters.actueel else ~_current())
    return statement.order_by(
        Rapportage.periode_start.desc(),
        Rapportage.periode,
        Rapportage.soort,
        Rapportage.revisie.desc(),
    )


async def readable_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> tuple[Rapportage, uuid.UUID | None, int] | None:
    statement = select(Rapportage, _superseded_by(), _aantal_metingen()).where(
        Rapportage.id == report_id, readable_party(Rapportage.verbonden_partij_id, principal)
    )
    row = (await session.execute(statement)).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


async def metingen_of(session: AsyncSession, report_id: uuid.UUID) -> list[tuple[Meting, str]]:
    statement = (
        select(Meting, Servicenorm.code)
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(Meting.rapportage_id == report_id)
        .order_by(Servicenorm.code, Meting.periode_start)
    )
    return [(meting, code) for meting, code in (await session.execute(statement)).all()]


async def latest_revision(
    session: AsyncSession, party_id: uuid.UUID, periode: str, soort: RapportageSoort
) -> Rapportage | None:
    statement = (
        select(Rapportage)
        .where(
            Rapportage.verbonden_partij_id == party_id,
            Rapportage.periode == periode,
            Rapportage.soort == soort,
        )
        .order_by(Rapportage.revisie.desc())
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def insert_metingen(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """One multi-row INSERT per 1,000 measurements (not one ORM object per row).

    Executed as Core "insertmanyvalues": the single-row statement is compiled once (and
    cached) and sent as `INSERT … VALUES (…), (…), …` in pages of 1,000 rows; RETURNING is
    what makes both drivers batch it this way rather than as an executemany.
    """
    statement = insert(METINGEN).returning(METINGEN.c.id)
    for start in range(0, len(rows), INSERT_BATCH):
        await session.execute(statement, rows[start : start + INSERT_BATCH])


def current_metingen(
    norm_ids: Select[Any] | list[uuid.UUID], eind_van: date, start_tot: date
) -> Select[Any]:
    """Per norm and period, the current measurement (`actueel`: from the latest received
    report revision that no later revision superseded, decided when it was written,
    app/rapportages/current.py) with its report, for periods ending on or after `eind_van`
    and starting on or before `start_tot`: lookups on `ix_metingen_actueel`. Ordered by norm
    and period."""
    statement = (
        select(Meting, Rapportage)
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .where(
            Meting.servicenorm_id.in_(norm_ids),
            Meting.actueel,
            Meting.periode_eind >= eind_van,
            Meting.periode_start <= start_tot,
        )
        .order_by(Meting.servicenorm_id, Meting.periode_start)
    )
    return cast("Select[Any]", statement)  # rows of (Meting, Rapportage)


async def current_metingen_of_party(
    session: AsyncSession, party_id: uuid.UUID, eind_van: date, eind_tot: date
) -> list[tuple[Meting, Rapportage]]:
    """Current measurements of all the party's norms for periods ending within the range."""
    norm_ids = select(Servicenorm.id).where(Servicenorm.verbonden_partij_id == party_id)
    statement = current_metingen(norm_ids, eind_van, eind_tot).where(
        Meting.periode_eind <= eind_tot
    )
    return [(meting, report) for meting, report in (await session.execute(statement)).all()]


async def current_metingen_of_norms(
    session: AsyncSession, norm_ids: Sequence[uuid.UUID], eind_van: date, eind_tot: date
) -> Sequence[Row[uuid.UUID, str, Decimal]]:
    """(servicenorm_id, periode, waarde) of the current measurements of these norms for periods
    ending within the range, ordered by norm and period: columns, not entities, as a course of
    hundreds of points needs no more."""
    statement = (
        current_metingen(list(norm_ids), eind_van, eind_tot)
        .where(Meting.periode_eind <= eind_tot)
        .with_only_columns(Meting.servicenorm_id, Meting.periode, Meting.waarde)
    )
    return (await session.execute(statement)).all()


async def first_receipts(
    session: AsyncSession, party_id: uuid.UUID, eind_van: date, eind_tot: date
) -> dict[tuple[uuid.UUID, str], datetime]:
    """When each (norm, period) ending within the range first arrived, over all revisions."""
    statement = (
        select(Meting.servicenorm_id, Meting.periode, func.min(Rapportage.ontvangen_op))
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .where(
            Rapportage.verbonden_partij_id == party_id,
            Meting.periode_eind >= eind_van,
            Meting.periode_eind <= eind_tot,
        )
        .group_by(Meting.servicenorm_id, Meting.periode)
    )
    rows = (await session.execute(statement)).all()
    return {(norm_id, periode): received for norm_id, periode, received in rows}


# Idempotency records


def _insert_for(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def claim_key(
    session: AsyncSession, account_id: uuid.UUID, key: str, fingerprint: str
) -> uuid.UUID | None:
    """Insert the key's record, or None when it exists. On PostgreSQL a concurrent insert of the
    same key waits here until the other transaction ends (the unique index serialises them)."""
    statement = (
        _insert_for(session)(IdempotentieSleutel)
        .values(id=uuid.uuid4(), gebruiker_id=account_id, sleutel=key, verzoek_hash=fingerprint)
        .on_conflict_do_nothing(index_elements=["gebruiker_id", "sleutel"])
        .returning(IdempotentieSleutel.id)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def key_record(
    session: AsyncSession, account_id: uuid.UUID, key: str
) -> IdempotentieSleutel | None:
    statement = select(IdempotentieSleutel).where(
        IdempotentieSleutel.gebruiker_id == account_id, IdempotentieSleutel.sleutel == key
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def store_response(
    session: AsyncSession,
    record_id: uuid.UUID,
    status_code: int,
    body: str,
    headers: dict[str, str],
) -> None:
    await session.execute(
        update(IdempotentieSleutel)
        .where(IdempotentieSleutel.id == record_id)
        .values(status_code=status_code, antwoord=body, headers=headers)
    )


async def purge_keys(
    session: AsyncSession, older_than: datetime, account_id: uuid.UUID | None = None
) -> int:
    """Delete expired records (those of one account, or all); rows another transaction holds
    are skipped, so purging never waits or deadlocks."""
    expired = select(IdempotentieSleutel.id).where(IdempotentieSleutel.aangemaakt_op < older_than)
    if account_id is not None:
        expired = expired.where(IdempotentieSleutel.gebruiker_id == account_id)
    ids = list(
        (await session.execute(expired.limit(10_000).with_for_update(skip_locked=True))).scalars()
    )
    if ids:
        await session.execute(delete(IdempotentieSleutel).where(IdempotentieSleutel.id.in_(ids)))
    return len(ids)


async def token_description(session: AsyncSession, token_id: uuid.UUID | None) -> str | None:
    """What the pushing token is for, copied onto the report (tokens are never renamed)."""
    if token_id is None:
        return None
    statement = select(Token.omschrijving).where(Token.id == token_id)
    return (await session.execute(statement)).scalar_one_or_none()
