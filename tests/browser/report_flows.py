"""Steps with status reports and rounds in the browser."""

from playwright.async_api import Page, expect

from tests.browser.harness import assert_accessible


async def rate(page: Page, aspect: str, choice: str, toelichting: str) -> None:
    """Choose a rating of the grid and write its explanation."""
    await page.get_by_role("group", name=f"Oordeel {aspect}").get_by_label(choice).check()
    await page.get_by_label(f"Toelichting {aspect}", exact=True).fill(toelichting)


async def open_round(page: Page, periode_label: str, deadline: str) -> None:
    """As the MT: open the round of a half-year from /rapportagerondes."""
    await page.goto("/rapportagerondes")
    await assert_accessible(page)
    await page.get_by_label("Halfjaar", exact=True).select_option(label=periode_label)
    await page.get_by_label("Deadline", exact=True).fill(deadline)
    await page.get_by_role("button", name="Ronde openen").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("Rapportageronde")


async def judge(page: Page, besluit: str, toelichting: str = "") -> None:
    """As the MT, on a submitted report: Goedkeuren or Terugsturen with a comment."""
    if toelichting:
        await page.get_by_label("Opmerking voor de regievoerder").fill(toelichting)
    await page.get_by_role("button", name=besluit).click()
    await page.wait_for_load_state()
