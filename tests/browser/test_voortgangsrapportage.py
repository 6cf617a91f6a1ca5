"""In a real browser: a regievoerder writes, saves and submits the 2026-H2 report on De
Connectie; the MT returns it with a comment; the regievoerder edits and resubmits; the MT
approves it and downloads the PDF. Two people edit one draft. axe-core on every page."""

import pytest
from playwright.async_api import Browser, BrowserContext, Page, expect

from tests.browser.flows import sign_in
from tests.browser.harness import assert_accessible, browsing
from tests.browser.report_flows import judge, open_round, rate
from tests.live_server import LiveServer

pytestmark = pytest.mark.browser


async def _draft_on_de_connectie(page: Page) -> None:
    """From the overview to a new 2026-H2 draft on De Connectie."""
    await page.goto("/inloggen")
    await sign_in(page, "regievoerder-arnhem")
    await page.get_by_role("rowheader", name="De Connectie").get_by_role("link").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text("De Connectie")
    await assert_accessible(page)
    await page.get_by_role("link", name="Voortgangsrapportage 2e halfjaar 2026 maken").click()
    await expect(page.get_by_role("button", name="Concept maken")).to_be_visible()
    await assert_accessible(page)
    await page.get_by_role("button", name="Concept maken").click()
    await expect(page.get_by_text("De conceptrapportage is gemaakt")).to_be_visible()


async def test_a_report_goes_from_draft_through_return_to_approval_and_pdf(
    context: BrowserContext, chromium: Browser, server: LiveServer
) -> None:
    page = await context.new_page()
    await _draft_on_de_connectie(page)
    await expect(page.get_by_text("Voorstel uit de begroting 2026").first).to_be_visible()
    await assert_accessible(page)

    await rate(page, "Voortgang", "= op koers", "Het verbeterpad loopt volgens plan.")
    await rate(page, "Financiën", "− achter", "")
    await page.get_by_role("button", name="Indienen").click()
    error = page.get_by_role("link", name="Financiën: toelichting: Een oordeel − vraagt")
    await expect(error).to_be_visible()
    await assert_accessible(page)  # errors shown, linked to their fields
    await page.get_by_label("Toelichting Financiën", exact=True).fill("Prognose € 200.000 hoger.")
    await page.get_by_label("Tevredenheid (rapportcijfer 1 tot en met 10)").fill("7,5")
    await page.get_by_role("button", name="Opslaan").click()
    await expect(page.get_by_text("De rapportage is opgeslagen.")).to_be_visible()
    await page.get_by_role("button", name="Indienen").click()
    await expect(page.get_by_text("De rapportage is ingediend bij het MT.")).to_be_visible()
    report_url = page.url

    async with browsing(chromium, server.origin) as mt_context:
        mt = await mt_context.new_page()
        await mt.goto("/inloggen")
        await sign_in(mt, "mt-arnhem")
        await open_round(mt, "2e halfjaar 2026", "2027-01-31")
        await assert_accessible(mt)
        await mt.get_by_role("link", name="ingediend, wacht op het MT").click()
        await assert_accessible(mt)
        await judge(mt, "Terugsturen", "Licht de prognose verder toe.")
        await expect(mt.get_by_text("teruggestuurd naar de regievoerder")).to_be_visible()

        await page.goto(report_url)
        returned = page.get_by_role("status").filter(has_text="Het MT stuurde de rapportage terug")
        await expect(returned).to_contain_text("Licht de prognose verder toe.")
        await assert_accessible(page)
        await page.get_by_label("Toelichting Financiën", exact=True).fill(
            "Prognose € 200.000 hoger door loonkosten; dekking in de tweede wijziging."
        )
        await page.get_by_role("button", name="Indienen").click()
        await expect(page.get_by_text("De rapportage is ingediend bij het MT.")).to_be_visible()
        await page.get_by_role("link", name="Versies vergelijken").click()
        await expect(page.get_by_text("1 veld verschilt")).to_be_visible()
        await assert_accessible(page)

        await mt.goto(report_url)
        await judge(mt, "Goedkeuren")
        await expect(mt.get_by_text("De rapportage is goedgekeurd.")).to_be_visible()
        await mt.goto("/rapportagerondes")
        await mt.get_by_role("link", name="2e halfjaar 2026").click()
        await expect(mt.get_by_text("goedgekeurd").first).to_be_visible()
        await assert_accessible(mt)
        async with mt.expect_download() as download:
            await mt.get_by_role("link", name="MT-rapport downloaden (PDF)").click()
        path = await (await download.value).path()
        assert path.read_bytes().startswith(b"%PDF")


async def test_two_people_edit_one_draft_and_the_second_keeps_their_text(
    context: BrowserContext, chromium: Browser, server: LiveServer
) -> None:
    page = await context.new_page()
    await _draft_on_de_connectie(page)
    report_url = page.url

    async with browsing(chromium, server.origin) as other_context:
        other = await other_context.new_page()
        await other.goto(report_url)
        await sign_in(other, "regievoerder-arnhem")
        await rate(other, "Voortgang", "+ beter dan gepland", "Tekst van de collega.")
        await other.get_by_role("button", name="Opslaan").click()
        await expect(other.get_by_text("De rapportage is opgeslagen.")).to_be_visible()

    await rate(page, "Voortgang", "= op koers", "Mijn eigen tekst.")
    await page.get_by_role("button", name="Opslaan").click()

    conflict = page.get_by_role("alert").filter(has_text="intussen gewijzigd")
    await expect(conflict).to_contain_text("Tekst van de collega.")
    await expect(page.get_by_label("Toelichting Voortgang", exact=True)).to_have_value(
        "Mijn eigen tekst."
    )
    await assert_accessible(page)
    await page.get_by_role("button", name="Opslaan").click()
    await expect(page.get_by_text("De rapportage is opgeslagen.")).to_be_visible()
    await expect(page.get_by_label("Toelichting Voortgang", exact=True)).to_have_value(
        "Mijn eigen tekst."
    )


async def test_the_report_is_written_and_submitted_with_the_keyboard_alone(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    await _draft_on_de_connectie(page)
    first_rating = page.get_by_role("group", name="Oordeel Voortgang").get_by_label("= op koers")
    await first_rating.focus()

    await page.keyboard.press("Space")
    await page.keyboard.press("Tab")
    await page.keyboard.type("Op koers, met de toets ingevuld.")
    submit = page.get_by_role("button", name="Indienen")
    await submit.focus()
    await page.keyboard.press("Enter")

    await expect(page.get_by_text("De rapportage is ingediend bij het MT.")).to_be_visible()


async def test_the_round_form_with_errors_and_a_new_round_are_accessible(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    await page.goto("/rapportagerondes")
    await sign_in(page, "mt-arnhem")
    await page.get_by_label("Deadline", exact=True).fill("")
    await (
        page.get_by_role("group", name="Monitoringsniveaus die rapporteren")
        .get_by_label("niveau 1")
        .uncheck()
    )
    await (
        page.get_by_role("group", name="Monitoringsniveaus die rapporteren")
        .get_by_label("niveau 2")
        .uncheck()
    )
    await page.get_by_role("button", name="Ronde openen").click()

    await expect(page.get_by_role("link", name="Vul een datum in")).to_be_visible()
    await assert_accessible(page)  # errors shown
    await page.get_by_label("Deadline", exact=True).fill("2027-01-31")
    await (
        page.get_by_role("group", name="Monitoringsniveaus die rapporteren")
        .get_by_label("niveau 3")
        .check()
    )
    await page.get_by_role("button", name="Ronde openen").click()
    await expect(page.get_by_text("ontbreekt, nog op tijd").first).to_be_visible()
    await assert_accessible(page)  # a round where every report is still missing
