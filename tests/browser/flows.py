"""Steps a person takes in the browser."""

import uuid

from playwright.async_api import Page

from app.core.db import create_engine, create_sessionmaker
from tests.dashboard.extra_parties import add_parties
from tests.databases import settings_for


async def sign_in(page: Page, token: str) -> None:
    """From wherever the page is sent to sign in, press the demo button of `demo-<token>`."""
    await page.get_by_role("button", name=f"demo-{token}").click()
    await page.wait_for_load_state()


async def add_extra_parties(database_url: str, organisatie_id: uuid.UUID, count: int) -> None:
    """`count` more parties for the municipality, straight into the server's database."""
    engine = create_engine(settings_for(database_url))
    async with create_sessionmaker(engine)() as session:
        await add_parties(session, organisatie_id, count)
    await engine.dispose()
