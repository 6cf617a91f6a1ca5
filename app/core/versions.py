"""A version per municipality and per party, bumped in the transaction that writes.

Every write leaves an audit event (`app.core.audit.record`), which names the party it is
about or, for a write about no party, the municipality. That key's version goes up by one
when the session commits, in the same transaction as the write itself. So whoever reads the
versions from the database sees a new version exactly when it can see the write: a cache that
compares versions cannot be fooled by a missed notification, a pooler or a read replica.

The bumps happen just before the commit, in a fixed order (sorted keys), so two transactions
that touch the same parties wait for each other instead of deadlocking; a party's row stays
locked only for the commit itself.

A party's version also counts, in `leveringen`, the writes that were only a delivery of its
partner (a rapportage with its measurements): those change what every participant reads of
the partner's data and nothing a municipality keeps itself, so `versie - leveringen` stands
still while only the partner delivers. The dashboard keeps a participant's own columns by it.
"""

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import BigInteger, Table, Uuid, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.core.db import Base

PENDING_KEY = "vpm_pending_versions"


class Gegevensversie(Base):
    """How often the data of one municipality (about no party) or one party changed."""

    __tablename__ = "gegevensversies"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)  # a municipality or a party
    versie: Mapped[int] = mapped_column(BigInteger)  # every write
    # Of those, the writes that were only a delivery of the party's partner.
    leveringen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


GEGEVENSVERSIES: Table = Gegevensversie.__table__  # type: ignore[assignment]


def key_of(
    organisatie_id: uuid.UUID | None, verbonden_partij_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The version a write bumps: its party's, else its municipality's."""
    return verbonden_partij_id or organisatie_id


def pending(session: Session, key: uuid.UUID | None, *, levering: bool = False) -> None:
    """Bump `key`'s version when this session commits; `levering`: the write is only a
    delivery of the party's partner (counted in `leveringen` too, unless the same transaction
    also makes another write on the key)."""
    if key is not None:
        keys: dict[uuid.UUID, bool] = session.info.setdefault(PENDING_KEY, {})
        keys[key] = keys.get(key, True) and levering


@event.listens_for(Session, "before_commit")
def _bump_pending(session: Session) -> None:
    keys: dict[uuid.UUID, bool] | None = session.info.pop(PENDING_KEY, None)
    if not keys:
        return
    session.flush()
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = GEGEVENSVERSIES
    for key in sorted(keys):
        delivered = int(keys[key])
        statement = insert(table).values(id=key, versie=1, leveringen=delivered)
        bumped = {"versie": table.c.versie + 1, "leveringen": table.c.leveringen + delivered}
        session.execute(statement.on_conflict_do_update(index_elements=[table.c.id], set_=bumped))


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session, *_: Any) -> None:
    session.info.pop(PENDING_KEY, None)


async def read(session: AsyncSession, keys: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The current version of each key (0: never written). One query."""
    wanted = list(keys)
    rows = await session.execute(
        select(Gegevensversie.id, Gegevensversie.versie).where(Gegevensversie.id.in_(wanted))
    )
    found: dict[uuid.UUID, int] = dict(rows.all())
    return {key: found.get(key, 0) for key in wanted}
