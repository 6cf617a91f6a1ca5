"""Swagger UI and ReDoc render from the service's own files: nothing leaves the service."""

import pytest
from playwright.async_api import BrowserContext, expect

pytestmark = pytest.mark.browser


async def test_swagger_ui_lists_the_operations_without_a_request_to_another_host(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    await page.goto("/api/v1/docs")

    await expect(page.locator(".opblock").first).to_be_visible(timeout=30_000)
    await expect(page.locator("#operations-tag-Verbonden_partijen")).to_be_visible()


async def test_redoc_renders_the_reference_without_a_request_to_another_host(
    context: BrowserContext,
) -> None:
    page = await context.new_page()
    async with page.expect_response("**/api/v1/openapi.json") as document:
        await page.goto("/api/v1/redoc")

    assert (await document.value).ok
    # ReDoc parses the whole document before it shows anything: slow on a busy machine.
    title = page.get_by_role("heading", name="VP Monitor", level=1)
    await expect(title).to_be_visible(timeout=90_000)
    await expect(page.get_by_role("menuitem").first).to_be_visible()
