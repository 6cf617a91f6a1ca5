"""In a real browser: a regievoerder keeps the risks, evaluations and improvement plan of
its party, and imports the plan's table with the dry run first; axe-core on every page
state reached."""

import pytest
from playwright.async_api import BrowserContext, expect

from tests.browser.flows import sign_in
from tests.browser.harness import assert_accessible
from tests.conftest import DemoIds
from tests.verbeterplan.helpers import SEED_CSV

pytestmark = pytest.mark.browser


async def test_a_regievoerder_adds_a_risk_and_an_evaluation(
    context: BrowserContext, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    page = await context.new_page()
    await page.goto(f"/verbonden-partijen/{party}/risicos")
    await sign_in(page, "regievoerder-arnhem")
    await assert_accessible(page)

    await page.get_by_role("button", name="Risico toevoegen").click()
    await expect(page.get_by_role("alert")).to_contain_text("fouten")
    await assert_accessible(page)
    await page.get_by_label("Omschrijving van het risico").fill("Uitval van het datacentrum")
    await page.get_by_label("Kans", exact=True).select_option("2")
    await page.get_by_label("Impact", exact=True).select_option("5")
    await page.get_by_role("button", name="Risico toevoegen").click()
    await expect(page.get_by_role("status")).to_contain_text("Risico toegevoegd.")
    await page.get_by_role("link", name="Uitval van het datacentrum").click()
    await assert_accessible(page)

    await page.goto(f"/verbonden-partijen/{party}/evaluaties")
    await assert_accessible(page)
    await page.get_by_label("Geëvalueerd jaar").fill("2024")
    await page.get_by_label("Datum van de evaluatie").fill("2025-01-20")
    await page.get_by_label("Uitkomst").fill(
        "Prestaties verbeterd, governance blijft aandacht vragen."
    )
    await page.get_by_role("button", name="Evaluatie toevoegen").click()
    await expect(page.get_by_role("status")).to_contain_text("Evaluatie toegevoegd.")
    await assert_accessible(page)


async def test_the_plan_is_imported_after_its_dry_run(context: BrowserContext) -> None:
    page = await context.new_page()
    await page.goto("/verbeterplan")
    await sign_in(page, "regievoerder-renkum")
    await expect(page.get_by_text("Uw gemeente heeft nog geen aanbevelingen")).to_be_visible()
    await assert_accessible(page)

    await page.get_by_role("link", name="Verbeterplan importeren").click()
    await assert_accessible(page)
    await page.get_by_label("Bestand", exact=True).set_input_files(str(SEED_CSV))
    await page.get_by_role("button", name="Proefdraai bekijken").click()
    await expect(
        page.get_by_role("heading", level=2, name="Proefdraai: dit zou de import doen")
    ).to_be_visible()
    await assert_accessible(page)

    await page.get_by_role("button", name="Importeren").click()
    await expect(page.get_by_role("heading", level=2, name="Geïmporteerd")).to_be_visible()
    await page.get_by_role("link", name="Naar het verbeterplan", exact=True).click()
    await expect(
        page.get_by_role("listitem").filter(has=page.get_by_role("heading", level=2))
    ).to_have_count(16)
    await page.get_by_role("link", name="Rekenkamer, deel 1, aanbeveling A").click()
    await assert_accessible(page)
