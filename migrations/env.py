"""Alembic environment: async engine, the models of app.models, batch mode for SQLite."""

import asyncio
from logging.config import fileConfig

from alembic import context
from pydantic import SecretStr
from sqlalchemy.engine import Connection

from app.config import get_settings, with_async_driver
from app.core.db import create_engine
from app.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def database_url() -> str:
    """The URL a caller set on the config (tests, CLI), else the service's own setting."""
    return config.get_main_option("sqlalchemy.url") or get_settings().database_url_plain


def do_run_migrations(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_foreign_keys(connection, on=False)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if sqlite:
        _sqlite_foreign_keys(connection, on=True)


def _sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    """SQLite's batch mode rebuilds a table (copy, drop, rename): with foreign keys enforced,
    dropping a table other rows refer to fails. Enforcement is off while migrating (the
    pragma only takes effect outside a transaction) and every reference is checked after."""
    if on:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"The migration left broken foreign keys: {broken[:5]}")
    connection.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    connection.commit()


async def run_async_migrations() -> None:
    settings = get_settings().model_copy(
        update={"database_url": SecretStr(with_async_driver(database_url()))}
    )
    engine = create_engine(settings)
    async with engine.connect() as connection:
        await connection.run_sync(do_run_migrations)
    await engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=with_async_driver(database_url()),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_async_migrations())
