"""One migration at a time: every replica runs `vpmonitor db upgrade` at start, and on
PostgreSQL they take turns through a session-level advisory lock (the first migrates, the
others wait and then find nothing to do). SQLite has one writer by nature."""

import asyncio
from collections.abc import Callable

import asyncpg

from app.config import Settings

# pg_advisory_lock's key: any fixed number, the same in every replica ("vpmm").
MIGRATION_LOCK_KEY = 0x76706D6D


def run_locked(settings: Settings, migrate: Callable[[], None]) -> None:
    """Run `migrate` (which opens its own connections) while holding the migration lock."""
    if settings.is_sqlite:
        migrate()
        return
    asyncio.run(_locked(settings, migrate))


async def _locked(settings: Settings, migrate: Callable[[], None]) -> None:
    url = settings.database_url_plain.replace("postgresql+asyncpg://", "postgresql://", 1)
    connection = await asyncpg.connect(url, timeout=settings.db_connect_timeout_seconds)
    try:
        await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        try:
            await asyncio.to_thread(migrate)  # Alembic runs its own event loop in that thread
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    finally:
        await connection.close()
