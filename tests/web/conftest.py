"""Fixtures of the page tests: the app with the demo sign-in on, a client that behaves like
a browser (cookies, no bearer token) at the site root, and one for the API beside it."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from app.main import create_app
from tests.conftest import BASE_URL
from tests.databases import settings_for

ORIGIN = "http://testserver"


@asynccontextmanager
async def running_web_app(database_url: str, **settings: Any) -> AsyncIterator[FastAPI]:
    """The app with the demo sign-in on and `settings` changed, started."""
    changed = {"demo_aanmelden": True, **settings}
    application = create_app(settings_for(database_url).model_copy(update=changed))
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def web_app(database_url: str) -> AsyncIterator[FastAPI]:
    async with running_web_app(database_url) as application:
        yield application


@pytest.fixture
async def web(web_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A browser: keeps cookies, sends no Authorization header."""
    transport = httpx.ASGITransport(app=web_app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
        yield client


@pytest.fixture
async def api(web_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The API of the same app, for setting up with the demo tokens."""
    transport = httpx.ASGITransport(app=web_app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@pytest.fixture
async def db(web_app: FastAPI) -> AsyncIterator[AsyncSession]:
    async with web_app.state.sessionmaker() as session:
        yield session
