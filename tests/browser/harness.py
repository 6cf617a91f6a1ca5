"""Playwright on Debian's Chromium, a guard against requests to other hosts, and axe-core.

No browser is downloaded: Playwright drives /usr/bin/chromium (`apt-get install chromium`).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, BrowserContext, Page, Playwright, Route

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Axe()


async def launch(playwright: Playwright) -> Browser:
    return await playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)


@dataclass
class OwnHostOnly:
    """Lets requests to the service through and aborts (and remembers) any other."""

    origin: str
    foreign: list[str] = field(default_factory=list)
    also: tuple[str, ...] = ()  # other origins a test expects (its identity provider)

    async def __call__(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or _origin(url) in (self.origin, *self.also):
            await route.continue_()
            return
        self.foreign.append(url)
        await route.abort()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@asynccontextmanager
async def browsing(
    browser: Browser,
    origin: str,
    *,
    javascript: bool = True,
    width: int = 1280,
    also: tuple[str, ...] = (),
) -> AsyncIterator[BrowserContext]:
    """A fresh browser profile on the service; fails if any request went to another host
    (but the origins in `also`, such as the test's identity provider)."""
    guard = OwnHostOnly(origin, also=also)
    context = await browser.new_context(
        base_url=origin,
        java_script_enabled=javascript,
        viewport={"width": width, "height": 900},
        locale="nl-NL",
        accept_downloads=True,
    )
    await context.route("**/*", guard)
    try:
        yield context
    finally:
        await context.close()
    assert guard.foreign == [], f"requests to other hosts: {guard.foreign}"


async def assert_accessible(page: Page) -> None:
    """axe-core finds no violation on the page as it is now (axe runs in the page: a
    context with JavaScript off cannot run it)."""
    await page.wait_for_load_state("load")  # never while a navigation replaces the document
    results = await AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
