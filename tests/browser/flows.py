"""Steps a person takes in the browser."""

import uuid
from urllib.parse import urlsplit

from playwright.async_api import Page

from app.core.db import create_engine, create_sessionmaker
from tests.dashboard.extra_parties import add_parties
from tests.databases import settings_for


async def sign_in(page: Page, token: str) -> None:
    """From wherever the page is sent to sign in, press the demo button of `demo-<token>` and
    wait until the page it leads to has loaded. (A click does not wait for the navigation it
    starts, so waiting for the load state alone could return on the sign-in page itself, and
    the next click land on a page still being laid out.)"""
    await page.get_by_role("button", name=f"demo-{token}").click()
    await page.wait_for_url(lambda url: urlsplit(url).path != "/inloggen", wait_until="load")


async def add_extra_parties(database_url: str, organisatie_id: uuid.UUID, count: int) -> None:
    """`count` more parties for the municipality, straight into the server's database."""
    engine = create_engine(settings_for(database_url))
    async with create_sessionmaker(engine)() as session:
        await add_parties(session, organisatie_id, count)
    await engine.dispose()
