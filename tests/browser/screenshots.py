"""The screenshots of docs/web.md, taken of the real pages on a fresh demo database:

    .venv/bin/python -m tests.browser.screenshots

Later page areas add their shots to `SHOTS`.
"""

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from playwright.async_api import Page, async_playwright

from tests.browser import report_shots
from tests.browser.conftest import SERVER_SETTINGS
from tests.browser.flows import sign_in
from tests.browser.harness import browsing, launch
from tests.databases import SqliteTemplates
from tests.live_server import PROJECT_ROOT, live_server

IMAGES = PROJECT_ROOT / "docs" / "img"


async def overzicht(page: Page) -> None:
    await page.goto("/inloggen")
    await sign_in(page, "mt-arnhem")


SHOTS: dict[str, Callable[[Page], Awaitable[None]]] = {"overzicht.png": overzicht}
SHOTS.update(report_shots.SHOTS)


async def take(origin: str) -> None:
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        for name, steps in SHOTS.items():
            async with browsing(browser, origin, width=1280) as context:
                page = await context.new_page()
                await steps(page)
                await page.screenshot(path=IMAGES / name, full_page=True)
                print(f"wrote {IMAGES / name}")
        await browser.close()


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    templates = SqliteTemplates(Path(tempfile.mkdtemp(prefix="vpm-shots-")))
    try:
        url = asyncio.run(templates.new_database())
        with live_server(url, settings=SERVER_SETTINGS) as server:
            asyncio.run(take(server.origin))
    finally:
        templates.close()


if __name__ == "__main__":
    main()
