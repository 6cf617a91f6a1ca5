"""In a real browser: a regievoerder opens its party's dossier from the party's page, sees
the overdue review, uploads a document through the multipart form (a refused file first),
edits it and downloads it; axe-core on every page state reached."""

from pathlib import Path

import pytest
from playwright.async_api import BrowserContext, expect

from tests.browser.flows import sign_in
from tests.browser.harness import assert_accessible
from tests.conftest import DemoIds
from tests.dossier.bestanden import EXE, odt

pytestmark = pytest.mark.browser


async def test_a_regievoerder_keeps_the_dossier(
    context: BrowserContext, demo: DemoIds, tmp_path: Path
) -> None:
    party = demo.party("De Connectie")
    program = tmp_path / "instructie.pdf"
    program.write_bytes(EXE)
    document = tmp_path / "instructie.odt"
    document.write_bytes(odt())
    page = await context.new_page()
    await page.goto(f"/verbonden-partijen/{party}")
    await sign_in(page, "regievoerder-arnhem")

    await page.get_by_role("link", name="Dossier: regeling, DVO").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("Dossier van De Connectie")
    await expect(page.get_by_text("verlopen sinds")).to_be_visible()
    await assert_accessible(page)

    await page.get_by_label("Soort", exact=True).select_option("werkinstructie")
    await page.get_by_label("Titel", exact=True).fill("Werkinstructie zienswijze")
    await page.get_by_label("Zichtbaar voor").select_option("eigen")
    await page.get_by_label("Bestand", exact=True).set_input_files(str(program))
    await page.get_by_role("button", name="Stuk toevoegen").click()
    await expect(page.get_by_role("alert")).to_contain_text("Kies een PDF-, DOCX-, XLSX- of ODT")
    await assert_accessible(page)

    await page.get_by_label("Bestand", exact=True).set_input_files(str(document))
    await page.get_by_role("button", name="Stuk toevoegen").click()
    await expect(page.get_by_role("status")).to_contain_text("Stuk toegevoegd.")
    await assert_accessible(page)

    await page.get_by_role("link", name="Werkinstructie zienswijze").click()
    await assert_accessible(page)
    await page.get_by_label("Beoordelen elke").fill("12")
    await page.get_by_role("button", name="Opslaan", exact=True).click()
    await expect(page.get_by_role("status")).to_contain_text("Stuk opgeslagen.")

    async with page.expect_download() as download_info:
        await page.get_by_role("link", name="Download instructie.odt").click()
    download = await download_info.value
    assert download.suggested_filename == "instructie.odt"
    saved = tmp_path / "gedownload.odt"
    await download.save_as(saved)
    assert saved.read_bytes() == odt()
