"""The pages' sign-in and sign-out with identity providers: a button per trusted issuer on
/inloggen, and /uitloggen ending the session at the issuer too (RP-initiated logout) where
its discovery document offers an end_session_endpoint, with the ID token as hint."""

import re
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc.secrets import new_key
from app.config import Settings
from app.gebruikers.uitgevers import NieuweUitgever, add_issuer
from app.main import create_app
from tests.oidc.conftest import oidc_settings
from tests.oidc.fixtures import API_AUDIENCE, CLIENT_ID, CLIENT_SECRET, Provider, Realm
from tests.oidc.test_browser import browser_for
from tests.web.pages import csrf_of

SIGN_IN_LINKS = re.compile(r'href="(/inloggen/oidc\?[^"]+)"')


async def sign_in(browser: httpx.AsyncClient, realm: Realm, sub: str) -> httpx.Response:
    realm.signs_in_next(realm.person(sub, "mt-arnhem@demo.example"))
    page = await browser.get("/inloggen")
    [link] = SIGN_IN_LINKS.findall(page.text)
    signed_in = await browser.get(link.replace("&amp;", "&"))
    assert signed_in.url.path == "/", signed_in.text
    return signed_in


async def sign_out(browser: httpx.AsyncClient) -> httpx.Response:
    page = await browser.get("/uitloggen")
    return await browser.post("/uitloggen", data={"csrf_token": csrf_of(page.text)})


@pytest.fixture
async def browser(oidc_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with browser_for(oidc_app) as client:
        yield client


async def test_the_sign_in_page_has_a_button_for_the_configured_issuer(
    browser: httpx.AsyncClient, realm: Realm
) -> None:
    page = await browser.get("/inloggen", params={"volgende": "/verbeterplan"})

    [link] = SIGN_IN_LINKS.findall(page.text)
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    assert query == {"uitgever": [realm.issuer], "terug": ["/verbeterplan"]}
    assert "Aanmelden met het account van Arnhem" in page.text


async def test_a_button_per_registered_issuer(
    database_url: str, oidc_provider: Provider, session: AsyncSession
) -> None:
    keys = new_key()
    realms = {"GM0202": oidc_provider.realm(), "GM0274": oidc_provider.realm()}
    for cbs_code, realm in realms.items():
        data = NieuweUitgever(realm.issuer, cbs_code, CLIENT_ID, CLIENT_SECRET, API_AUDIENCE)
        await add_issuer(session, data, Settings(oidc_encryption_keys=keys))
    await session.commit()
    settings = oidc_settings(database_url, realms["GM0202"]).model_copy(
        update={"oidc_issuer": None, "oidc_encryption_keys": keys}
    )
    application = create_app(settings)
    async with application.router.lifespan_context(application), browser_for(application) as b:
        page = await b.get("/inloggen")

    issuers = [
        parse_qs(urlsplit(link).query)["uitgever"][0] for link in SIGN_IN_LINKS.findall(page.text)
    ]
    assert sorted(issuers) == sorted(realm.issuer for realm in realms.values())
    assert "Aanmelden met het account van Renkum" in page.text


async def test_signing_out_ends_the_session_at_the_issuer_with_the_id_token_as_hint(
    browser: httpx.AsyncClient, realm: Realm
) -> None:
    await sign_in(browser, realm, "uit-1")

    signed_out = await sign_out(browser)

    assert signed_out.url.path == "/uitloggen/organisatie"
    assert "vpm_sessie" not in browser.cookies
    assert "eyJ" not in signed_out.text  # the ID token is never in a page
    link = re.search(r'id="afmelden-organisatie" href="([^"]+)"', signed_out.text)
    assert link
    back = await browser.get(link.group(1))
    assert back.url.path == "/inloggen"
    [logout] = realm.logouts()
    assert logout["hint_sub"] == "uit-1"
    assert logout["post_logout_redirect_uri"] == "http://testserver/inloggen"
    assert logout["client_id"] == CLIENT_ID
    assert "vpm_afmelden" not in browser.cookies
    again = await browser.get("/uitloggen/organisatie/verder")
    assert again.url.path == "/inloggen"
    assert len(realm.logouts()) == 1  # the hint is used once


async def test_the_page_on_the_way_to_the_issuer_works_without_a_pending_sign_out(
    browser: httpx.AsyncClient,
) -> None:
    response = await browser.get("/uitloggen/organisatie")

    assert response.url.path == "/inloggen"


async def test_an_issuer_without_an_end_session_endpoint_signs_out_here_only(
    database_url: str, oidc_provider: Provider
) -> None:
    realm = oidc_provider.realm(offers_logout=False)
    application = create_app(oidc_settings(database_url, realm))
    async with application.router.lifespan_context(application), browser_for(application) as b:
        await sign_in(b, realm, "uit-2")
        signed_out = await sign_out(b)

    assert signed_out.url.path == "/inloggen"
    assert "U bent afgemeld." in signed_out.text
    assert realm.logouts() == []


async def test_a_demo_sign_in_signs_out_here_only(database_url: str, realm: Realm) -> None:
    settings = oidc_settings(database_url, realm).model_copy(update={"demo_aanmelden": True})
    application = create_app(settings)
    async with application.router.lifespan_context(application), browser_for(application) as b:
        page = await b.get("/inloggen")
        await b.post(
            "/inloggen/demo",
            data={"csrf_token": csrf_of(page.text), "account": "demo-mt-arnhem"},
        )
        signed_out = await sign_out(b)

    assert signed_out.url.path == "/inloggen"
    assert realm.logouts() == []
