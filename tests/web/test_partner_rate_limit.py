"""A partner's deliveries from the pages count against the same limit as its pushes through
the API (`VPM_PARTNER_PUSH_LIMIT` per window): over it the page says so in Dutch with
Retry-After, and the refused delivery stores nothing."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from app.begrotingen.models import Begroting
from app.rapportages.models import Rapportage
from tests.web.conftest import ORIGIN, running_web_app
from tests.web.pages import signed_in
from tests.web.test_partner_aanleveren import CSV, upload
from tests.web.test_partner_begroting import budget_form

LIMIT = 2
WINDOW = 3600  # long, so that no test run straddles the start of a new window


@pytest.fixture
async def limited_app(database_url: str) -> AsyncIterator[FastAPI]:
    limits = {"partner_push_limit": LIMIT, "rate_limit_window_seconds": WINDOW}
    async with running_web_app(database_url, **limits) as application:
        yield application


@pytest.fixture
async def partner(limited_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The partner of De Connectie, signed in in a browser."""
    transport = httpx.ASGITransport(app=limited_app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
        await signed_in(client, "partner-de-connectie")
        yield client


async def stored(app: FastAPI, model: type[Rapportage] | type[Begroting]) -> int:
    async with app.state.sessionmaker() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def assert_refused_in_dutch(response: httpx.Response) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "Even wachten" in response.text
    assert 1 <= int(response.headers["retry-after"]) <= WINDOW


async def test_a_delivery_over_the_limit_is_refused_and_stores_nothing(
    partner: httpx.AsyncClient, limited_app: FastAPI
) -> None:
    allowed = [await upload(partner, CSV.encode(), periode=p) for p in ("2026-Q1", "2026-Q2")]
    before = await stored(limited_app, Rapportage)

    refused = await upload(partner, CSV.encode(), periode="2025-Q4")

    assert [response.status_code for response in allowed] == [303] * LIMIT
    assert_refused_in_dutch(refused)
    assert await stored(limited_app, Rapportage) == before


async def test_the_budget_page_counts_against_the_same_limit(
    partner: httpx.AsyncClient, limited_app: FastAPI
) -> None:
    for periode in ("2026-Q1", "2026-Q2"):
        await upload(partner, CSV.encode(), periode=periode)
    csrf, versie = await budget_form(partner, 2029)
    before = await stored(limited_app, Begroting)

    refused = await partner.post(
        "/partner/begroting/2029",
        data={"csrf_token": csrf, "versie": versie, "primitief.lasten": "1000"},
    )

    assert_refused_in_dutch(refused)
    assert await stored(limited_app, Begroting) == before
