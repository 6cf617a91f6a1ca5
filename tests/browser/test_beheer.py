"""In a real browser: a beheerder issues a token (the secret shown once) and revokes it,
and manages a party's regievoerders; axe-core on every page state reached."""

import pytest
from playwright.async_api import BrowserContext, expect

from tests.browser.flows import sign_in
from tests.browser.harness import assert_accessible

pytestmark = pytest.mark.browser


async def test_a_beheerder_issues_and_revokes_a_token(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/beheer")
    await sign_in(page, "beheerder-arnhem")
    await expect(page).to_have_url("/beheer/gebruikers")
    await assert_accessible(page)

    await page.get_by_role("link", name="Dashboard Arnhem").click()
    await page.get_by_role("button", name="Token uitgeven").click()
    await expect(page.get_by_role("alert")).to_contain_text("Er is 1 fout")
    await assert_accessible(page)  # the error state

    await page.get_by_label("Waarvoor is het token?").fill("Power BI-dashboard")
    await page.get_by_role("button", name="Token uitgeven").click()
    secret = await page.get_by_label("Token", exact=True).input_value()
    assert len(secret) > 20
    await assert_accessible(page)

    await page.reload()  # the secret is shown once: not after a reload of the account
    await expect(page.get_by_label("Token", exact=True)).to_have_count(0)
    row = page.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Power BI-dashboard")
    )
    await row.get_by_role("button", name="Intrekken").click()
    await expect(page.get_by_role("status")).to_contain_text("Token ingetrokken.")
    revoked = page.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Power BI-dashboard")
    )
    await expect(revoked).to_contain_text("ingetrokken")
    await assert_accessible(page)

    response = await page.request.get(
        "/api/v1/dashboard", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status == 401


async def test_a_beheerder_sets_the_regievoerders_of_a_party(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/beheer/partijen")
    await sign_in(page, "beheerder-arnhem")
    await assert_accessible(page)

    await page.get_by_role("link", name="De Connectie").click()
    box = page.get_by_role("checkbox", name="Regievoerder Arnhem")
    await expect(box).to_be_checked()
    await assert_accessible(page)
    await box.uncheck()
    await page.get_by_role("button", name="Regievoerders opslaan").click()

    await expect(page.get_by_role("status")).to_contain_text("Regievoerders opgeslagen.")
    await expect(page.get_by_role("checkbox", name="Regievoerder Arnhem")).not_to_be_checked()
