"""Migrations are the only way the schema is made: they go up from empty and back down."""

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.cli import alembic_config
from app.core.db import create_engine
from app.models import Base
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for


async def table_names(url: str) -> set[str]:
    engine = create_engine(settings_for(url))
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


async def schema_differences(url: str) -> list[object]:
    engine = create_engine(settings_for(url))
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    await engine.dispose()
    return list(differences)


async def test_migrations_upgrade_from_empty_and_downgrade_back(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_empty_database()
    try:
        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        assert await table_names(url) == set(Base.metadata.tables)
        assert await schema_differences(url) == []

        await asyncio.to_thread(command.downgrade, alembic_config(url), "base")
        assert await table_names(url) == set()

        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        assert await table_names(url) == set(Base.metadata.tables)
    finally:
        await templates.drop_database(url)
