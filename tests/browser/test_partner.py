"""In a real browser: a partner uploads a CSV of measurements and sees the outcomes, and
enters its budget year; axe-core on every page state reached."""

import pytest
from playwright.async_api import BrowserContext, expect

from tests.browser.flows import sign_in
from tests.browser.harness import assert_accessible

pytestmark = pytest.mark.browser

CSV = b"normCode;waarde;toelichting\nINC-8U;98,5;Rustig kwartaal\nBESCHIKBAARHEID;97;Storing\n"


async def test_a_partner_uploads_a_csv_and_sees_the_outcomes(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/")
    await sign_in(page, "partner-de-connectie")
    await page.get_by_role("link", name="Rapportage aanleveren").click()
    await assert_accessible(page)

    await page.get_by_role("button", name="Bestand aanleveren").click()  # no file chosen
    await expect(page.get_by_role("alert")).to_be_visible()
    await assert_accessible(page)

    await page.get_by_label("Bestand met metingen").set_input_files(
        files=[{"name": "metingen.csv", "mimeType": "text/csv", "buffer": CSV}]
    )
    await page.locator("#bestand-periode").fill("2026-Q1")
    await page.get_by_role("button", name="Bestand aanleveren").click()

    await expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Rapportage 1e kwartaal 2026"
    )
    inc = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="INC-8U"))
    await expect(inc).to_contain_text("gehaald")
    beschikbaarheid = page.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="BESCHIKBAARHEID")
    )
    await expect(beschikbaarheid).to_contain_text("niet gehaald")
    await assert_accessible(page)


async def test_a_partner_enters_its_budget_year(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/partner/begroting?jaar=2028")
    await sign_in(page, "partner-de-connectie")
    await assert_accessible(page)

    fieldset = page.get_by_role("group", name="Primitieve begroting (verplicht)")
    await fieldset.get_by_label("Lasten").fill("1.000.000")
    await fieldset.get_by_label("Baten").fill("veel")
    await page.get_by_role("button", name="Begroting opslaan").click()
    await expect(page.get_by_role("alert")).to_be_visible()
    await assert_accessible(page)

    await fieldset.get_by_label("Baten").fill("1.000.000")
    await page.get_by_role("button", name="Begroting opslaan").click()
    await expect(page.get_by_role("status")).to_contain_text("Begroting 2028 opgeslagen.")
    await assert_accessible(page)
