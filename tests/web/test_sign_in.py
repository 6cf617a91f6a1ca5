"""Signing in at /inloggen: the demo sign-in, the way back, the session it starts."""

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.tokens import hash_secret
from app.demo.accounts import DEMO_ACCOUNTS
from app.main import create_app
from app.web.session.models import WebSessie
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.databases import settings_for
from tests.web.conftest import ORIGIN
from tests.web.pages import csrf_of, sign_in, with_cookies


async def test_a_page_without_a_session_sends_the_browser_to_sign_in_and_back(
    web: httpx.AsyncClient,
) -> None:
    response = await web.get("/?zoek=Connectie")

    assert response.status_code == 303
    assert response.headers["location"] == "/inloggen?volgende=%2F%3Fzoek%3DConnectie"


async def test_the_demo_sign_in_offers_every_demo_account_by_its_token_name(
    web: httpx.AsyncClient,
) -> None:
    page = await web.get("/inloggen")

    assert page.status_code == 200
    for account in DEMO_ACCOUNTS:
        assert f"<code>{account.token}</code>" in page.text


async def test_the_demo_sign_in_is_off_by_default(database_url: str) -> None:
    app = create_app(settings_for(database_url))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=ORIGIN) as web,
    ):
        page = await web.get("/inloggen")
        token = app.state.web.cookies.sign_in_token(with_cookies(web))
        pressed = await web.post(
            "/inloggen/demo", data={"csrf_token": token, "account": "demo-beheerder-arnhem"}
        )

    assert "demo-beheerder-arnhem" not in page.text
    assert pressed.status_code == 404


async def test_signing_in_returns_to_the_page_asked_for(web: httpx.AsyncClient) -> None:
    response = await sign_in(web, "mt-arnhem", volgende="/?zoek=Connectie")

    assert response.status_code == 303
    assert response.headers["location"] == "/?zoek=Connectie"
    overview = await web.get("/?zoek=Connectie")
    assert overview.status_code == 200
    assert "MT-lid Arnhem" in overview.text


async def test_signing_in_goes_to_the_start_page_of_the_role(web: httpx.AsyncClient) -> None:
    municipal = await sign_in(web, "lezer-arnhem")
    web.cookies.clear()
    partner = await sign_in(web, "partner-de-connectie")

    assert municipal.headers["location"] == "/"
    assert partner.headers["location"] == "/partner"


@pytest.mark.parametrize(
    "volgende",
    [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "evil.example",
    ],
)
async def test_signing_in_never_sends_the_browser_to_another_host(
    web: httpx.AsyncClient, volgende: str
) -> None:
    response = await sign_in(web, "mt-arnhem", volgende=volgende)

    assert response.status_code == 303
    assert response.headers["location"] == "/"


async def test_the_demo_sign_in_refuses_an_account_that_is_no_demo_account(
    web: httpx.AsyncClient,
) -> None:
    page = await web.get("/inloggen")

    response = await web.post(
        "/inloggen/demo", data={"csrf_token": csrf_of(page.text), "account": "demo-directeur"}
    )

    assert response.status_code == 400
    assert 'href="#veld-account"' in response.text
    assert "vpm_sessie" not in response.cookies


async def test_the_demo_sign_in_refuses_a_demo_account_whose_token_was_revoked(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    account = demo.account("regievoerder-arnhem")
    tokens = await api.get(f"/gebruikers/{account}/tokens", headers=BEHEERDER_ARNHEM)
    token_id = tokens.json()["resultaten"][0]["id"]
    revoked = await api.delete(f"/gebruikers/{account}/tokens/{token_id}", headers=BEHEERDER_ARNHEM)
    assert revoked.status_code == 204

    page = await web.get("/inloggen")
    response = await sign_in(web, "regievoerder-arnhem")

    assert "demo-regievoerder-arnhem" not in page.text
    assert response.status_code == 400


async def test_the_session_cookie_is_httponly_samesite_lax_for_the_whole_site(
    web: httpx.AsyncClient,
) -> None:
    response = await sign_in(web, "mt-arnhem")

    cookie = response.headers["set-cookie"]
    assert cookie.startswith("vpm_sessie=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Secure" not in cookie  # plain HTTP here (see the next test)


async def test_the_session_cookie_is_secure_over_https(web_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=web_app)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as web:
        response = await sign_in(web, "mt-arnhem")

    assert "Secure" in response.headers["set-cookie"]


async def test_only_a_hash_of_the_session_key_is_stored(
    web: httpx.AsyncClient, web_app: FastAPI, db: AsyncSession
) -> None:
    await sign_in(web, "mt-arnhem")

    key = web_app.state.web.cookies.session_key(with_cookies(web))
    stored = (await db.execute(select(WebSessie))).scalars().one()
    assert key
    assert stored.sleutel_hash == hash_secret(key)
    assert stored.aangemeld_via == "demo"


async def test_signing_in_ends_the_session_the_browser_had(
    web: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(web, "mt-arnhem")
    first = web.cookies["vpm_sessie"]

    await sign_in(web, "lezer-arnhem")

    assert web.cookies["vpm_sessie"] != first
    assert len((await db.execute(select(WebSessie))).scalars().all()) == 1
    web.cookies.set("vpm_sessie", first)
    assert (await web.get("/")).status_code == 303


async def test_signing_in_and_out_leave_audit_events(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "mt-arnhem")
    page = await web.get("/uitloggen")
    await web.post("/uitloggen", data={"csrf_token": csrf_of(page.text)})

    events = await api.get("/audit-gebeurtenissen?entiteit=websessie", headers=BEHEERDER_ARNHEM)

    acties = [(e["actie"], e["actorNaam"]) for e in events.json()["resultaten"]]
    assert ("aangemeld", "MT-lid Arnhem") in acties
    assert ("afgemeld", "MT-lid Arnhem") in acties
    assert all("sleutelHash" not in str(e) for e in events.json()["resultaten"])
