"""In a real browser: signing in with the demo button, the overview, its filters without
JavaScript, a download, signing out; axe-core on every page state reached."""

import io

import pytest
from openpyxl import load_workbook
from playwright.async_api import Browser, BrowserContext, expect

from tests.browser.flows import add_extra_parties, sign_in
from tests.browser.harness import assert_accessible, browsing
from tests.conftest import DemoIds
from tests.live_server import LiveServer

pytestmark = pytest.mark.browser


async def test_a_regievoerder_signs_in_and_sees_the_lights_of_its_parties_as_text(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    await page.goto("/")
    await expect(page).to_have_url("/inloggen?volgende=%2F")
    await assert_accessible(page)

    await sign_in(page, "regievoerder-arnhem")

    await expect(page).to_have_url("/")
    heading = page.get_by_role("heading", level=1)
    await expect(heading).to_have_text("Overzicht verbonden partijen")
    party = page.get_by_role("rowheader", name="De Connectie")
    row = page.get_by_role("row").filter(has=party)
    await expect(row).to_contain_text("= op koers")
    await expect(row).to_contain_text("− achter")
    await expect(page.get_by_role("rowheader")).to_have_count(1)
    await assert_accessible(page)


async def test_the_filters_and_the_sort_work_without_javascript(
    chromium: Browser, server: LiveServer
) -> None:
    async with browsing(chromium, server.origin, javascript=False) as context:
        page = await context.new_page()
        await page.goto("/")
        await sign_in(page, "mt-arnhem")

        await page.get_by_label("Volgorde", exact=True).select_option(label="Naam (Z–A)")
        await page.get_by_role("button", name="Toon partijen").click()
        cells = await page.get_by_role("rowheader").all_inner_texts()
        names = [cell.splitlines()[0] for cell in cells]
        assert len(names) > 1
        assert names == sorted(names, reverse=True)
        assert "sorteer=-naam" in page.url

        await page.get_by_label("Zoek op naam", exact=True).fill("Connectie")
        await page.get_by_role("button", name="Toon partijen").click()
        await expect(page.get_by_role("rowheader")).to_have_count(1)
        await expect(page.get_by_role("rowheader")).to_contain_text("De Connectie")


async def test_an_empty_list_and_filter_errors_are_accessible(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/?zoek=bestaat+niet")
    await sign_in(page, "mt-arnhem")

    await expect(page.get_by_text("Geen partijen voldoen aan deze filters.")).to_be_visible()
    await assert_accessible(page)  # the empty list
    await page.goto("/?monitoringsniveau=9")
    error = page.get_by_role("link", name="Kies een van de mogelijkheden uit de lijst.")
    await expect(error).to_be_visible()
    await assert_accessible(page)  # errors shown


async def test_the_overview_downloads_as_a_workbook(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/inloggen")
    await sign_in(page, "regievoerder-arnhem")

    async with page.expect_download() as download:
        await page.get_by_role("link", name="Excel (XLSX)").click()

    path = await (await download.value).path()
    workbook = load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    rows = list(workbook["Dashboard"].iter_rows(values_only=True))
    assert [row[1] for row in rows[1:]] == ["De Connectie"]


async def test_a_long_overview_comes_in_pages_and_stays_accessible(
    context: BrowserContext, database_url: str, demo: DemoIds
) -> None:
    await add_extra_parties(database_url, demo.organisation("Arnhem"), 30)
    page = await context.new_page()
    await page.goto("/inloggen")
    await sign_in(page, "lezer-arnhem")

    await expect(page.get_by_role("rowheader")).to_have_count(25)
    await assert_accessible(page)
    paging = page.get_by_role("navigation", name="Pagina's van de partijen")
    await paging.get_by_role("link", name="Volgende").click()
    await expect(page.get_by_role("rowheader")).to_have_count(10)


async def test_signing_out_ends_the_session(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/inloggen")
    await sign_in(page, "mt-arnhem")

    await page.get_by_role("button", name="Afmelden").click()

    await expect(page).to_have_url("/inloggen")
    await expect(page.get_by_text("U bent afgemeld.")).to_be_visible()
    await assert_accessible(page)
    await page.goto("/")
    await expect(page).to_have_url("/inloggen?volgende=%2F")


async def test_the_session_cookie_is_refused_on_the_api(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/inloggen")
    await sign_in(page, "beheerder-arnhem")

    cookie = next(c for c in await context.cookies() if c["name"] == "vpm_sessie")
    profile = await page.request.get("/api/v1/gebruikersprofiel")

    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Lax"
    assert profile.status == 401


async def test_the_skip_link_is_the_first_stop_of_the_keyboard(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/inloggen")

    await page.keyboard.press("Tab")

    focused = page.locator(":focus")
    await expect(focused).to_have_text("Ga direct naar de inhoud")
    await expect(focused).to_be_visible()


async def test_the_partner_start_page_and_the_404_page_are_accessible(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    await page.goto("/inloggen")
    await sign_in(page, "partner-de-connectie")

    await expect(page).to_have_url("/partner")
    heading = page.get_by_role("heading", level=1)
    await expect(heading).to_have_text("Rapportages van De Connectie")
    await assert_accessible(page)
    await page.goto("/bestaat-niet")
    await expect(heading).to_have_text("Pagina niet gevonden")
    await assert_accessible(page)
