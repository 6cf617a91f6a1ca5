"""A throw-away PostgreSQL database for one benchmark run: created, migrated with Alembic to
head, and dropped at the end (`WITH (FORCE)`, so a server still connected cannot keep it).

Every bench script that needs its own database uses this module, so the naming, the
migration and the clean-up are the same everywhere. `server` is any URL of the PostgreSQL
server (`postgresql://postgres@127.0.0.1:5432/postgres`; the database part is ignored).
"""

import asyncio
import os
import uuid

import asyncpg
from alembic import command
from sqlalchemy.engine import make_url

from app.cli import alembic_config

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"


def plain_dsn(server: str, database: str) -> str:
    """The libpq/asyncpg DSN of `database` on `server`."""
    url = make_url(server).set(drivername="postgresql", database=database)
    return url.render_as_string(False)


def async_url(server: str, database: str) -> str:
    """The app's SQLAlchemy URL (asyncpg driver) of `database` on `server`."""
    url = make_url(server).set(drivername="postgresql+asyncpg", database=database)
    return url.render_as_string(False)


async def admin(server: str, statement: str) -> None:
    """Run one statement in the server's maintenance database (`postgres`)."""
    connection = await asyncpg.connect(plain_dsn(server, "postgres"))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def create_database(server: str, prefix: str, *, migrate: bool = True) -> tuple[str, str]:
    """A new database `<prefix>_<pid>_<random>`, migrated to head: its name and its app URL."""
    database = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    await admin(server, f'CREATE DATABASE "{database}"')
    url = async_url(server, database)
    if migrate:
        try:
            await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        except BaseException:
            await drop_database(server, database)
            raise
    return database, url


async def drop_database(server: str, database: str) -> None:
    await admin(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
