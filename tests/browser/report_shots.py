"""The screenshots of the status report form, the MT's round page and the party page
(docs/web.md), taken by tests/browser/screenshots.py."""

from collections.abc import Awaitable, Callable

from playwright.async_api import Page, expect

from tests.browser.flows import sign_in
from tests.browser.report_flows import rate


async def voortgangsrapportage(page: Page) -> None:
    """A regievoerder's 2026-H2 draft on De Connectie, partly filled in and saved."""
    await page.goto("/inloggen")
    await sign_in(page, "regievoerder-arnhem")
    await page.get_by_role("rowheader", name="De Connectie").get_by_role("link").click()
    await page.get_by_role("link", name="Voortgangsrapportage 2e halfjaar 2026 maken").click()
    await page.get_by_role("button", name="Concept maken").click()
    await rate(page, "Voortgang", "= op koers", "Het verbeterpad Governance loopt volgens plan.")
    await rate(page, "Financiën", "− achter", "De prognose valt € 200.000 hoger uit.")
    await page.get_by_label("Tevredenheid (rapportcijfer 1 tot en met 10)").fill("7,5")
    await page.get_by_role("button", name="Opslaan").click()
    await expect(page.get_by_text("De rapportage is opgeslagen.")).to_be_visible()


async def mt_ronde(page: Page) -> None:
    """The MT's page of the 2025-H2 round."""
    await page.goto("/inloggen")
    await sign_in(page, "mt-arnhem")
    await page.goto("/rapportagerondes")
    await page.get_by_role("link", name="2e halfjaar 2025").click()


async def verbonden_partij(page: Page) -> None:
    await page.goto("/inloggen")
    await sign_in(page, "mt-arnhem")
    await page.get_by_role("rowheader", name="De Connectie").get_by_role("link").click()


SHOTS: dict[str, Callable[[Page], Awaitable[None]]] = {
    "voortgangsrapportage.png": voortgangsrapportage,
    "mt-ronde.png": mt_ronde,
    "verbonden-partij.png": verbonden_partij,
}
