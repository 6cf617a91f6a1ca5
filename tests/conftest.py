"""Fixtures: a fresh demo database per test, the app over it, an HTTP client, the demo ids."""

import asyncio
import functools
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.token_cache import TokenCache
from app.core.db import create_engine, create_sessionmaker
from app.main import create_app
from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import VerbondenPartij
from tests.databases import (
    POSTGRES_URL,
    PostgresTemplates,
    SqliteTemplates,
    on_postgres,
    settings_for,
)

BASE_URL = "http://testserver/api/v1"
CHROMIUM = Path("/usr/bin/chromium")  # the browser tests (tests/browser/) drive Debian's
# The test identity provider, a real OpenID provider process (`oidc_provider`), and the demo
# database with the access matrix's secrets planted (`planted`, `planted_client`).
pytest_plugins = ("tests.oidc.fixtures", "tests.security.planted")


# Slow suites that run only when asked for by name: `pytest -m schemathesis`, `-m faults`.
ON_REQUEST = ("schemathesis", "faults")


# CI runs the suite twice, on SQLite and on PostgreSQL. With VPM_TESTS_DATABASE_ONLY=1 the
# PostgreSQL run leaves out what no database can change: tests that use no database fixture
# and whose module does not reach PostgreSQL itself (their result is the SQLite run's).
DATABASE_FIXTURES = frozenset({"templates"})
REACHES_POSTGRES = ("POSTGRES", "on_postgres", "TEST_DATABASE_URL", "postgres", "live_server")


@functools.cache
def _module_reaches_postgres(path: str) -> bool:
    source = Path(path).read_text(encoding="utf-8")
    return any(word in source for word in REACHES_POSTGRES)


def _database_free(item: pytest.Item) -> bool:
    if DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        return False
    return not _module_reaches_postgres(str(item.path))


def _leave_out_database_free(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not (on_postgres() and os.environ.get("VPM_TESTS_DATABASE_ONLY") == "1"):
        return
    left_out = [item for item in items if _database_free(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _database_free(item)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _leave_out_database_free(config, items)
    selected = config.getoption("markexpr") or ""
    for marker in ON_REQUEST:
        if marker not in selected:
            skip_slow = pytest.mark.skip(reason=f"slow: run with `pytest -m {marker}`")
            for item in items:
                if item.get_closest_marker(marker):
                    item.add_marker(skip_slow)
    if not CHROMIUM.exists():
        skip_browser = pytest.mark.skip(
            reason=f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
        )
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(skip_browser)
    if on_postgres():
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set TEST_DATABASE_URL")
    for item in items:
        if item.get_closest_marker("postgres_only"):
            item.add_marker(skip)


@dataclass(frozen=True)
class DemoIds:
    """The ids of the demo data, the same in every test's copy of the template."""

    parties: dict[str, uuid.UUID]
    organisations: dict[str, uuid.UUID]
    accounts: dict[str, uuid.UUID]

    def party(self, naam: str) -> uuid.UUID:
        return self.parties[naam]

    def organisation(self, naam: str) -> uuid.UUID:
        return self.organisations[naam]

    def account(self, email_local_part: str) -> uuid.UUID:
        return self.accounts[email_local_part]


@pytest.fixture(scope="session")
def templates() -> Iterator[SqliteTemplates | PostgresTemplates]:
    store: SqliteTemplates | PostgresTemplates = (
        PostgresTemplates(POSTGRES_URL)
        if POSTGRES_URL
        else SqliteTemplates(Path(tempfile.mkdtemp(prefix="vpm-test-")))
    )
    yield store
    store.close()


async def read_demo_ids(url: str) -> DemoIds:
    """The demo's ids in the database at `url`."""
    engine = create_engine(settings_for(url))
    async with create_sessionmaker(engine)() as session:
        parties = dict(
            (await session.execute(select(VerbondenPartij.naam, VerbondenPartij.id))).all()
        )
        organisations = dict(
            (await session.execute(select(Organisatie.naam, Organisatie.id))).all()
        )
        accounts = {
            (email or "").split("@")[0]: account_id
            for email, account_id in (
                await session.execute(select(Gebruiker.email, Gebruiker.id))
            ).all()
        }
    await engine.dispose()
    return DemoIds(parties, organisations, accounts)


@pytest.fixture(scope="session")
def demo(templates: SqliteTemplates | PostgresTemplates) -> DemoIds:
    return asyncio.run(read_demo_ids(templates.template_url))


@pytest.fixture
async def database_url(templates: SqliteTemplates | PostgresTemplates) -> AsyncIterator[str]:
    url = await templates.new_database()
    yield url
    await templates.drop_database(url)


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[FastAPI]:
    application = create_app(settings_for(database_url))
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        yield http


@pytest.fixture
async def session(app: FastAPI) -> AsyncIterator[AsyncSession]:
    """A session on the test's database, to check what was (not) stored."""
    async with app.state.sessionmaker() as db_session:
        yield db_session


class QueryCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *_: object) -> None:
        self.count += 1


@pytest.fixture
def queries(app: FastAPI) -> Iterator[QueryCounter]:
    """Counts the SQL statements the app sends from here on. The token is looked up on every
    request (no per-worker token cache), so that two requests' counts compare."""
    app.state.token_cache = TokenCache(0)
    counter = QueryCounter()
    engine = app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", counter)
    yield counter
    event.remove(engine, "before_cursor_execute", counter)
