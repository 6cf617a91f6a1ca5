"""`vpmonitor db upgrade` on PostgreSQL waits for the migration lock: replicas take turns."""

import asyncio
import threading

import asyncpg
import pytest

from app.core.migration_lock import MIGRATION_LOCK_KEY, run_locked
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for


@pytest.mark.postgres_only
async def test_a_migration_waits_while_another_holds_the_lock(
    templates: SqliteTemplates | PostgresTemplates,
) -> None:
    url = await templates.new_database()
    settings = settings_for(url)
    plain = settings.database_url_plain.replace("postgresql+asyncpg://", "postgresql://", 1)
    migrated = threading.Event()
    holder = await asyncpg.connect(plain)
    try:
        await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        other = asyncio.create_task(asyncio.to_thread(run_locked, settings, migrated.set))
        await asyncio.sleep(1.0)
        waited = not migrated.is_set()
        await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
        await asyncio.wait_for(other, timeout=10)
    finally:
        await holder.close()
        await templates.drop_database(url)

    assert waited
    assert migrated.is_set()


def test_on_sqlite_the_migration_simply_runs() -> None:
    ran = threading.Event()

    run_locked(settings_for("sqlite+aiosqlite:///:memory:"), ran.set)

    assert ran.is_set()
