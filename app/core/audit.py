"""The append-only audit trail: who changed what, when, with the state before and after."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import ForeignKey, Index, String, inspect, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core import versions
from app.core.db import Base, UuidPrimaryKey, utcnow
from app.core.request_context import current_request_id

AUDIT_EXCLUDED = "audit_excluded"  # column info key: never copy this column into the trail


class Actor(Protocol):
    """Who acts: a signed-in account or a command-line operator (no account)."""

    @property
    def gebruiker_id(self) -> uuid.UUID | None: ...
    @property
    def naam(self) -> str: ...
    @property
    def rol_naam(self) -> str: ...
    @property
    def organisatie_id(self) -> uuid.UUID | None: ...


class AuditGebeurtenis(UuidPrimaryKey, Base):
    """One write. Rows are never updated or deleted (a database trigger refuses both)."""

    __tablename__ = "audit_gebeurtenissen"
    __table_args__ = (
        # A municipality's own trail, newest first (`repository.py` in app/audit); the
        # included columns let its filters and the count run on the index alone.
        Index(
            None,
            "organisatie_id",
            "tijdstip",
            "id",
            postgresql_include=["verbonden_partij_id", "entiteit", "gedeeld"],
        ),
        # Each party's shared trail, newest first, read by every participant.
        Index(
            "ix_audit_gebeurtenissen_gedeeld_partij",
            "verbonden_partij_id",
            "tijdstip",
            "id",
            postgresql_include=["organisatie_id", "entiteit"],
            postgresql_where=text("gedeeld"),
            sqlite_where=text("gedeeld"),
        ),
        Index(None, "entiteit", "entiteit_id"),
    )

    tijdstip: Mapped[datetime] = mapped_column(default=utcnow)
    actor_gebruiker_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    actor_naam: Mapped[str] = mapped_column(String(200))
    actor_rol: Mapped[str] = mapped_column(String(40))
    organisatie_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verbonden_partij_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    gedeeld: Mapped[bool] = mapped_column(default=False)
    entiteit: Mapped[str] = mapped_column(String(80))
    entiteit_id: Mapped[uuid.UUID]
    actie: Mapped[str] = mapped_column(String(40))
    voor: Mapped[dict[str, Any] | None]
    na: Mapped[dict[str, Any] | None]
    request_id: Mapped[str | None] = mapped_column(String(64))


def snapshot(entity: object) -> dict[str, Any]:
    """The column values of a mapped object as JSON, without columns marked audit-excluded."""
    mapper = inspect(entity).mapper
    return {
        attr.key: _jsonable(getattr(entity, attr.key))
        for attr in mapper.column_attrs
        if not any(col.info.get(AUDIT_EXCLUDED) for col in attr.columns)
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


async def record(
    session: AsyncSession,
    actor: Actor,
    *,
    actie: str,
    entiteit: str,
    entiteit_id: uuid.UUID,
    voor: dict[str, Any] | None,
    na: dict[str, Any] | None,
    organisatie_id: uuid.UUID | None = None,
    verbonden_partij_id: uuid.UUID | None = None,
    gedeeld: bool = False,
    levering: bool = False,
) -> None:
    """Append one event in the request's transaction.

    `organisatie_id` is the tenant whose beheerder reads it (default: the actor's);
    `gedeeld` events are about shared data and readable by every participant of the party;
    `levering`: the write is only a delivery of the party's partner (app/core/versions.py).
    """
    organisatie_id = organisatie_id or actor.organisatie_id
    key = versions.key_of(organisatie_id, verbonden_partij_id)
    versions.pending(session.sync_session, key, levering=levering and gedeeld)
    session.add(
        AuditGebeurtenis(
            actor_gebruiker_id=actor.gebruiker_id,
            actor_naam=actor.naam,
            actor_rol=actor.rol_naam,
            organisatie_id=organisatie_id,
            verbonden_partij_id=verbonden_partij_id,
            gedeeld=gedeeld,
            entiteit=entiteit,
            entiteit_id=entiteit_id,
            actie=actie,
            voor=voor,
            na=na,
            request_id=current_request_id(),
        )
    )


class PrivateRow(Protocol):
    """A row that belongs to one municipality: the subject of `record_private`."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def organisatie_id(self) -> uuid.UUID: ...


class RowState(Protocol):
    """How a domain writes a row's state into the trail (`snapshot`, or that plus linked ids)."""

    def __call__(self, target: Any, /) -> dict[str, Any]: ...


async def record_private(
    session: AsyncSession,
    actor: Actor,
    *,
    actie: str,
    entiteit: str,
    target: PrivateRow,
    voor: dict[str, Any] | None,
    state: RowState = snapshot,
) -> None:
    """Append one event about a municipality's own row, with `state(target)` as the state after.

    The event stays in the row's municipality's trail (never `gedeeld`) and carries the row's
    `verbonden_partij_id` when the row is about one party.
    """
    await record(
        session,
        actor,
        actie=actie,
        entiteit=entiteit,
        entiteit_id=target.id,
        voor=voor,
        na=state(target),
        organisatie_id=target.organisatie_id,
        verbonden_partij_id=getattr(target, "verbonden_partij_id", None),
    )
