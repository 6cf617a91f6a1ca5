"""Browser tests: a live server of the app over a fresh demo database (demo sign-in on), and
one Chromium per test process. Each module is marked `browser`; tests/conftest.py skips them
where /usr/bin/chromium is missing."""

from collections.abc import AsyncIterator, Iterator

import pytest
from playwright.async_api import Browser, BrowserContext, async_playwright

from tests.browser.harness import browsing, launch
from tests.live_server import LiveServer, live_server

SERVER_SETTINGS = {
    "VPM_DEMO_AANMELDEN": "true",
    "VPM_SESSION_SECRET": "browser-tests-only",
}


@pytest.fixture
async def chromium() -> AsyncIterator[Browser]:
    """A Chromium per test (an async browser lives in the test's event loop): ~0.3 s."""
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        yield browser
        await browser.close()


@pytest.fixture
def server(database_url: str) -> Iterator[LiveServer]:
    with live_server(database_url, settings=SERVER_SETTINGS) as live:
        yield live


@pytest.fixture
async def context(chromium: Browser, server: LiveServer) -> AsyncIterator[BrowserContext]:
    async with browsing(chromium, server.origin) as browser_context:
        yield browser_context
