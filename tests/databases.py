"""Throw-away databases for the tests: SQLite files by default, PostgreSQL with TEST_DATABASE_URL.

A template is migrated (`alembic upgrade head`, as in production) and loaded with the demo data
once per run; every test gets a fresh copy of it and nothing else: a copied file on SQLite, a
`CREATE DATABASE … TEMPLATE` on PostgreSQL. Tests never touch a database they did not create.
"""

import asyncio
import os
import shutil
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from alembic import command
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from app.cli import alembic_config
from app.config import Settings, with_async_driver
from app.core.db import create_engine, create_sessionmaker
from app.demo.loader import load_demo

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")
SPARE_COPIES = 2  # PostgreSQL template copies made ahead of the tests that will use them


def on_postgres() -> bool:
    return POSTGRES_URL is not None


def settings_for(url: str) -> Settings:
    return Settings(
        database_url=SecretStr(with_async_driver(url)),
        log_level="WARNING",
        allowed_hosts=["testserver", "127.0.0.1", "localhost"],  # httpx's ASGI client's host
    )


def migrate_and_load_demo(url: str) -> None:
    command.upgrade(alembic_config(url), "head")

    async def load() -> None:
        engine = create_engine(settings_for(url))
        async with create_sessionmaker(engine)() as session:
            await load_demo(session, only_if_empty=False)
            await session.commit()
        await engine.dispose()

    asyncio.run(load())


@dataclass
class SqliteTemplates:
    directory: Path

    def __post_init__(self) -> None:
        self.template = self.directory / "template.db"
        migrate_and_load_demo(self.url_of(self.template))

    @staticmethod
    def url_of(path: Path) -> str:
        return f"sqlite+aiosqlite:///{path}"

    @property
    def template_url(self) -> str:
        return self.url_of(self.template)

    async def new_empty_database(self) -> str:
        return self.url_of(self.directory / f"{uuid.uuid4().hex}.db")

    async def new_database(self, source: str | None = None) -> str:
        """A copy of the template, or of the test's own database at `source` (closed)."""
        copy = self.directory / f"{uuid.uuid4().hex}.db"
        original = Path(make_url(source).database or "") if source else self.template
        shutil.copyfile(original, copy)
        return self.url_of(copy)

    async def drop_database(self, url: str) -> None:
        path = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm"):
            await asyncio.to_thread(Path(f"{path}{suffix}").unlink, missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


@dataclass
class PostgresTemplates:
    server_url: str

    def __post_init__(self) -> None:
        self.prefix = f"vpm_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"{self.prefix}_template"
        self._background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="test-db")
        self._copies: dict[str, deque[Future[str]]] = {}  # spare copies by original
        self._drops: list[Future[None]] = []
        asyncio.run(self._execute(f'CREATE DATABASE "{self.template}"'))
        migrate_and_load_demo(self.url_of(self.template))

    def url_of(self, database: str) -> str:
        return (
            make_url(with_async_driver(self.server_url))
            .set(database=database)
            .render_as_string(hide_password=False)
        )

    async def _execute(self, statement: str) -> None:
        dsn = (
            make_url(self.server_url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        connection = await asyncpg.connect(dsn)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    @property
    def template_url(self) -> str:
        return self.url_of(self.template)

    async def new_empty_database(self) -> str:
        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        await self._execute(f'CREATE DATABASE "{name}"')
        return self.url_of(name)

    async def new_database(self, source: str | None = None) -> str:
        """A copy of the template, or of the test's own database at `source` (nobody
        connected). Copying takes PostgreSQL about half a second, mostly waiting for the
        disk, so the next copies of the same original are made in the background meanwhile."""
        original = (make_url(source).database if source else None) or self.template
        copies = self._copies.setdefault(original, deque())
        while len(copies) <= SPARE_COPIES:
            copies.append(self._background.submit(self._copy_template, original))
        return self.url_of(await asyncio.wrap_future(copies.popleft()))

    def _copy_template(self, original: str) -> str:
        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        asyncio.run(
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{original}" STRATEGY FILE_COPY')
        )
        return name

    def _drop(self, name: str) -> None:
        asyncio.run(self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    async def drop_database(self, url: str) -> None:
        """Dropped in the background (every database of the run is gone when it ends), after
        the spare copies made of it."""
        name = make_url(url).database or ""
        for spare in self._copies.pop(name, ()):
            self._drops.append(
                self._background.submit(self._drop, await asyncio.wrap_future(spare))
            )
        self._drops.append(self._background.submit(self._drop, name))

    def close(self) -> None:
        spares = [copy.result() for copies in self._copies.values() for copy in copies]
        for name in spares:
            self._background.submit(self._drop, name)
        self._background.shutdown(wait=True)
        for drop in self._drops:
            drop.result()  # raises if a database could not be dropped
        self._drop(self.template)
