"""The per-token limit on the writes a partner may make, through the real routes: over the
limit a write is 429 problem+json with Retry-After, and the refused write stores nothing."""

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Begroting
from app.main import create_app
from app.rapportages.models import IdempotentieSleutel, Meting, Rapportage
from app.wgr.models import OntvangenDocument
from tests.auth_headers import PARTNER_DE_CONNECTIE, REGIEVOERDER_ARNHEM
from tests.begrotingen.test_budgets import budget_body
from tests.conftest import BASE_URL, DemoIds
from tests.databases import settings_for

LIMIT = 2
WINDOW = 3600  # long, so that no test run straddles the start of a new window
PARTNER_WRITES = (
    ("post", "/verbonden-partijen/{party}/rapportages"),
    ("put", "/verbonden-partijen/{party}/begrotingen/{jaar}"),
    ("post", "/verbonden-partijen/{party}/documenten"),
    ("put", "/verbonden-partijen/{party}/wgr-termijnen"),
)


@pytest.fixture
async def limited(database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, AsyncSession]]:
    """The app with a limit of LIMIT partner writes per token per hour, and a session on it."""
    settings = settings_for(database_url).model_copy(
        update={"partner_push_limit": LIMIT, "rate_limit_window_seconds": WINDOW}
    )
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client,
        app.state.sessionmaker() as session,
    ):
        yield client, session


def report(periode: str) -> dict[str, Any]:
    return {"periode": periode, "metingen": [{"normCode": "STORING-P1", "waarde": 1}]}


def pushing(key: str) -> dict[str, str]:
    return {**PARTNER_DE_CONNECTIE, "Idempotency-Key": key}


async def count(session: AsyncSession, model: Any) -> int:
    statement = select(func.count()).select_from(model)
    return int((await session.execute(statement)).scalar_one())


def assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 429
    assert 1 <= int(response.headers["retry-after"]) <= WINDOW


async def test_a_partner_push_over_the_limit_is_429_with_retry_after(
    limited: tuple[httpx.AsyncClient, AsyncSession], demo: DemoIds
) -> None:
    client, _ = limited
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    allowed = [
        await client.post(url, headers=pushing(str(uuid.uuid4())), json=report(periode))
        for periode in ("2026-Q1", "2026-Q2")
    ]

    refused = await client.post(url, headers=pushing(str(uuid.uuid4())), json=report("2023-Q3"))

    assert [response.status_code for response in allowed] == [201] * LIMIT
    assert_refused(refused)


async def test_a_refused_push_stores_nothing(
    limited: tuple[httpx.AsyncClient, AsyncSession], demo: DemoIds
) -> None:
    client, session = limited
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"
    for periode in ("2026-Q1", "2026-Q2"):
        await client.post(url, headers=pushing(str(uuid.uuid4())), json=report(periode))
    before = [await count(session, model) for model in (Rapportage, Meting, IdempotentieSleutel)]
    key = str(uuid.uuid4())

    refused = await client.post(url, headers=pushing(key), json=report("2023-Q3"))

    assert_refused(refused)
    after = [await count(session, model) for model in (Rapportage, Meting, IdempotentieSleutel)]
    assert after == before
    listed = await client.get(f"{url}?periode=2023-Q3", headers=REGIEVOERDER_ARNHEM)
    assert listed.json()["aantal"] == 0


async def test_a_budget_put_over_the_limit_is_429_and_stores_nothing(
    limited: tuple[httpx.AsyncClient, AsyncSession], demo: DemoIds
) -> None:
    client, session = limited
    base = f"/verbonden-partijen/{demo.party('De Connectie')}/begrotingen"
    body = budget_body(demo)
    allowed = [
        await client.put(f"{base}/{jaar}", headers=PARTNER_DE_CONNECTIE, json=body)
        for jaar in (2031, 2032)
    ]
    budgets = await count(session, Begroting)

    refused = await client.put(f"{base}/2033", headers=PARTNER_DE_CONNECTIE, json=body)

    assert [response.status_code for response in allowed] == [201] * LIMIT
    assert_refused(refused)
    assert await count(session, Begroting) == budgets
    assert (await client.get(f"{base}/2033", headers=REGIEVOERDER_ARNHEM)).status_code == 404


async def test_a_document_post_over_the_limit_is_429_and_stores_nothing(
    limited: tuple[httpx.AsyncClient, AsyncSession], demo: DemoIds
) -> None:
    client, session = limited
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/documenten"
    allowed = [
        await client.post(
            url,
            headers=PARTNER_DE_CONNECTIE,
            json={"soort": soort, "jaar": 2026, "ontvangenOp": "2026-03-02"},
        )
        for soort in ("kaders", "voorlopige_jaarrekening")
    ]
    documents = await count(session, OntvangenDocument)

    refused = await client.post(
        url,
        headers=PARTNER_DE_CONNECTIE,
        json={"soort": "jaarrekening", "jaar": 2026, "ontvangenOp": "2026-03-02"},
    )

    assert [response.status_code for response in allowed] == [201] * LIMIT
    assert_refused(refused)
    assert await count(session, OntvangenDocument) == documents


async def test_every_partner_write_shares_one_limit_per_token(
    limited: tuple[httpx.AsyncClient, AsyncSession], demo: DemoIds
) -> None:
    client, _ = limited
    party = demo.party("De Connectie")
    pushes = f"/verbonden-partijen/{party}/rapportages"
    for periode in ("2026-Q1", "2026-Q2"):
        await client.post(pushes, headers=pushing(str(uuid.uuid4())), json=report(periode))

    budget = await client.put(
        f"/verbonden-partijen/{party}/begrotingen/2031",
        headers=PARTNER_DE_CONNECTIE,
        json=budget_body(demo),
    )
    other_token = await client.put(
        f"/verbonden-partijen/{party}/begrotingen/2031",
        headers=REGIEVOERDER_ARNHEM,
        json=budget_body(demo),
    )

    assert_refused(budget)
    assert other_token.status_code == 201


async def test_every_partner_write_declares_429(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]

    for method, path in PARTNER_WRITES:
        template = path.format(party="{party_id}", jaar="{jaar}")
        assert "429" in paths[template][method]["responses"], f"{method} {template}"
