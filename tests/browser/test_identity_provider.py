"""In a real browser: signing in with the identity provider's button on /inloggen and
signing out there too (RP-initiated logout), which the pages' CSP (`form-action 'self'`)
must not stop; with and without JavaScript; axe-core on the pages reached."""

from collections.abc import Iterator

import pytest
from playwright.async_api import Browser, expect

from tests.browser.harness import assert_accessible, browsing
from tests.live_server import LiveServer, live_server
from tests.oidc.fixtures import CLIENT_ID, Provider, Realm

pytestmark = pytest.mark.browser


@pytest.fixture
def realm(oidc_provider: Provider) -> Realm:
    return oidc_provider.realm()


@pytest.fixture
def oidc_server(database_url: str, realm: Realm) -> Iterator[LiveServer]:
    settings = {"VPM_SESSION_SECRET": "browser-tests-only", **realm.environment()}
    with live_server(database_url, settings=settings) as live:
        yield live


@pytest.mark.parametrize("javascript", [True, False])
async def test_a_person_signs_in_with_the_provider_and_signs_out_there_too(
    chromium: Browser,
    oidc_server: LiveServer,
    oidc_provider: Provider,
    realm: Realm,
    javascript: bool,
) -> None:
    sub = realm.person(f"browser-{javascript}", "mt-arnhem@demo.example")
    realm.signs_in_next(sub)
    async with browsing(
        chromium, oidc_server.origin, javascript=javascript, also=(oidc_provider.url,)
    ) as context:
        page = await context.new_page()
        await page.goto("/inloggen")
        if javascript:
            await assert_accessible(page)
        await page.get_by_role("link", name="Aanmelden met het account van Arnhem").click()
        await expect(page).to_have_url(f"{oidc_server.origin}/")
        await expect(page.get_by_text("MT-lid Arnhem")).to_be_visible()

        await page.get_by_role("button", name="Afmelden").click()
        if not javascript:  # the person presses the link the script would follow
            await expect(page).to_have_url(f"{oidc_server.origin}/uitloggen/organisatie")
            await page.get_by_role("link", name="Ook afmelden bij uw organisatie").click()

        await expect(page).to_have_url(f"{oidc_server.origin}/inloggen")
        [logout] = realm.logouts()
        assert logout["hint_sub"] == sub
        assert logout["post_logout_redirect_uri"] == f"{oidc_server.origin}/inloggen"
        assert logout["client_id"] == CLIENT_ID
        await page.goto("/")
        await expect(page).to_have_url(f"{oidc_server.origin}/inloggen?volgende=%2F")
