"""Browser sign-in: the authorization code flow with PKCE, end to end through httpx following
the redirects between the service and the identity provider process."""

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc.browser import safe_return_path
from app.auth.oidc.models import OidcAanmeldpoging, OidcKoppeling
from tests.oidc.fixtures import Realm

SERVICE = "http://testserver"


def browser_for(app: FastAPI) -> httpx.AsyncClient:
    """A browser: the service in-process, the identity provider over real HTTP."""
    return httpx.AsyncClient(
        base_url=SERVICE,
        mounts={SERVICE: httpx.ASGITransport(app=app), "all://": httpx.AsyncHTTPTransport()},
        follow_redirects=True,
    )


@pytest.fixture
async def browser(oidc_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with browser_for(oidc_app) as client:
        yield client


def callback_of(response: httpx.Response) -> str:
    """The redirect URI the identity provider sent the browser back to."""
    return next(
        str(r.headers["location"])
        for r in response.history
        if "terugkeer" in str(r.headers["location"])
    )


async def test_the_code_flow_signs_in_the_linked_account_with_a_browser_session(
    browser: httpx.AsyncClient, realm: Realm
) -> None:
    realm.signs_in_next(realm.person("b-1", "mt-arnhem@demo.example"))

    response = await browser.get("/inloggen/oidc")

    assert [r.status_code for r in response.history] == [302, 302, 303]
    assert response.url.path == "/"
    assert response.status_code == 200
    assert "MT-lid Arnhem" in response.text  # the overview, signed in (app/web/)
    assert "vpm_sessie" in browser.cookies


async def test_the_redirect_to_the_issuer_carries_pkce_state_and_nonce_and_no_token(
    oidc_app: FastAPI, realm: Realm
) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=oidc_app)) as client:
        response = await client.get(f"{SERVICE}/inloggen/oidc")

    location = urlsplit(response.headers["location"])
    query = parse_qs(location.query)
    assert response.status_code == 302
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{realm.issuer}/authorize"
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) == 43
    assert len(query["state"][0]) >= 43
    assert len(query["nonce"][0]) >= 43
    assert "code_verifier" not in query
    assert "httponly" in response.headers["set-cookie"].lower()
    assert "samesite=lax" in response.headers["set-cookie"].lower()


async def test_a_replayed_state_is_refused(browser: httpx.AsyncClient, realm: Realm) -> None:
    realm.signs_in_next(realm.person("b-2", "mt-arnhem@demo.example"))
    first = await browser.get("/inloggen/oidc")

    replay = await browser.get(callback_of(first))

    assert replay.status_code == 400
    assert "used already" in replay.json()["detail"]


async def test_a_callback_in_another_browser_is_refused(
    oidc_app: FastAPI, browser: httpx.AsyncClient, realm: Realm
) -> None:
    realm.signs_in_next(realm.person("b-3", "mt-arnhem@demo.example"))
    started = await browser.get("/inloggen/oidc", follow_redirects=False)
    at_issuer = await browser.get(started.headers["location"], follow_redirects=False)

    async with browser_for(oidc_app) as other:
        response = await other.get(at_issuer.headers["location"])

    assert response.status_code == 400
    assert "another browser" in response.json()["detail"]


async def test_a_pending_sign_in_is_used_once_even_when_it_fails(
    browser: httpx.AsyncClient, realm: Realm, session: AsyncSession
) -> None:
    realm.signs_in_next(realm.person("b-4", "nobody@arnhem.example"))

    response = await browser.get("/inloggen/oidc")

    assert response.status_code == 403
    assert (await session.execute(select(OidcAanmeldpoging))).first() is None


async def test_an_unverified_email_cannot_sign_in_the_first_time(
    browser: httpx.AsyncClient, realm: Realm, session: AsyncSession
) -> None:
    realm.signs_in_next(realm.person("b-5", "mt-arnhem@demo.example", verified=False))

    response = await browser.get("/inloggen/oidc")

    assert response.status_code == 403
    assert "verified e-mail" in response.json()["detail"]
    assert (await session.execute(select(OidcKoppeling))).first() is None


async def test_a_refusal_at_the_issuer_ends_the_sign_in(
    browser: httpx.AsyncClient, realm: Realm
) -> None:
    response = await browser.get("/inloggen/oidc")  # nobody signs in: access_denied

    assert response.status_code == 400
    assert "access_denied" in response.json()["detail"]


async def test_an_unknown_issuer_cannot_be_chosen(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/inloggen/oidc", params={"uitgever": "https://elders.example"})

    assert response.status_code == 404


@pytest.mark.parametrize("terug", ["//elders.example/x", "https://elders.example", "/\\elders"])
def test_after_sign_in_the_browser_only_returns_to_this_site(terug: str) -> None:
    assert safe_return_path(terug) == "/"


def test_a_path_on_this_site_is_kept_for_after_sign_in() -> None:
    assert safe_return_path("/verbonden-partijen?pagina=2") == "/verbonden-partijen?pagina=2"
