"""Database plumbing: the declarative Base, portable column types, engine and session."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from fastapi import Depends, Request
from sqlalchemy import JSON, DateTime, Dialect, MetaData, Numeric, event, text
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, ORMExecuteState, Session, mapped_column
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.config import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC, also on SQLite (which stores no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal with a fixed scale: NUMERIC on PostgreSQL.

    SQLite has no decimal type; values go in and out as REAL and are quantized to the scale
    in Python, which is exact for up to 15 significant digits (all money this service holds).
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int) -> None:
        super().__init__(precision, scale)
        self.precision = precision
        self.scale = scale
        self.quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=False))
        return dialect.type_descriptor(Numeric(self.precision, self.scale))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        exact = Decimal(value).quantize(self.quantum)
        return float(exact) if dialect.name == "sqlite" else exact

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value)).quantize(self.quantum)


def Money() -> ExactDecimal:  # noqa: N802 - reads as a column type
    """Euros with cents: 13 digits of euros and 2 of cents."""
    return ExactDecimal(15, 2)


def str_enum(enum_class: type[StrEnum], name: str) -> SqlEnum:
    """A portable enum column: VARCHAR with a named CHECK, storing the enum's values."""
    return SqlEnum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=40,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
    )


JsonDocument = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JsonDocument,
    }


class UuidPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


def create_engine(settings: Settings) -> AsyncEngine:
    """The async engine; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    url = settings.database_url_plain
    if settings.is_sqlite:
        engine = create_async_engine(url, connect_args={"timeout": 30})
        busy_ms = settings.sqlite_busy_timeout_ms

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _: ConnectionPoolEntry) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_async_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        # No pool_pre_ping (a BEGIN, a ping and a ROLLBACK on every checkout): a connection
        # the server dropped fails its first statement with a disconnect error, on which
        # SQLAlchemy invalidates it and every older connection of the pool; that request
        # answers 503 (app/core/error_handlers.py) and the next one connects afresh.
        pool_recycle=settings.db_pool_recycle_seconds,
        connect_args={
            "timeout": settings.db_connect_timeout_seconds,
            "command_timeout": settings.db_statement_timeout_ms / 1000 + 5,
            "server_settings": {
                "statement_timeout": str(settings.db_statement_timeout_ms),
                "lock_timeout": str(settings.db_statement_timeout_ms),
                "idle_in_transaction_session_timeout": str(settings.db_statement_timeout_ms * 4),
                "application_name": "vpmonitor",
            },
        },
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for writes (their audit events bump the data versions: app/core/versions.py)."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


class ReadOnlySession(Session):
    """A session that only reads; any write (flush, INSERT/UPDATE/DELETE) is a bug."""


@event.listens_for(ReadOnlySession, "before_flush")
def _refuse_flush(session: Session, *_: Any) -> None:
    raise RuntimeError("a read-only (GET) request tried to write")


@event.listens_for(ReadOnlySession, "do_orm_execute")
def _refuse_writes(state: ORMExecuteState) -> None:
    statement = state.statement
    if state.is_select or (
        isinstance(statement, TextClause)
        and statement.text.lstrip().lower().startswith(("select", "with"))
    ):
        return
    raise RuntimeError("a read-only (GET) request tried to write")


def create_read_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession] | None:
    """Sessions for GET and HEAD on PostgreSQL: autocommit, so a read costs no BEGIN and no
    COMMIT round trip. Under READ COMMITTED (the default) every statement sees its own
    snapshot anyway, so this changes no answer. SQLite keeps its transaction (its read
    snapshot spans the transaction)."""
    if engine.dialect.name != "postgresql":
        return None
    return async_sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT"),
        expire_on_commit=False,
        autoflush=False,
        sync_session_class=ReadOnlySession,
    )


READ_METHODS = frozenset({"GET", "HEAD"})


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed before the response is sent (scope="function").
    GET and HEAD on PostgreSQL read in autocommit mode (create_read_sessionmaker)."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    if request.method in READ_METHODS:
        sessionmaker = request.app.state.read_sessionmaker or sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        await session.commit()


DbSession = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def database_is_up(engine: AsyncEngine, timeout_seconds: float) -> bool:
    """A `SELECT 1` that answers within the timeout, or False."""
    try:
        async with asyncio.timeout(timeout_seconds), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (OSError, TimeoutError, SQLAlchemyError):
        return False
    return True


async def end_read_only_transaction(session: AsyncSession) -> None:
    """End a read-only request's transaction early, so that its connection goes back to the
    pool before slow work without the database (rendering a PDF). Nothing is pending: this is
    no write. The request's own commit afterwards has nothing left to do."""
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("end_read_only_transaction called with pending changes")
    await session.commit()
