"""Steps with status reports in the pages, over HTTP (no browser)."""

import re
import uuid

import httpx

from tests.web.pages import csrf_of

VERSIE = re.compile(r'name="versie" value="(\d+)"')
EMPTY_GRID = {
    **{
        f"{a}_oordeel": ""
        for a in ("voortgang", "inhoud", "planning", "financien", "risicos", "communicatie")
    },
    **{
        f"{a}_toelichting": ""
        for a in ("voortgang", "inhoud", "planning", "financien", "risicos", "communicatie")
    },
    **{f"afwijking_{s}": "nee" for s in ("begroting", "investering", "exploitatie")},
    **{f"afwijking_{s}_toelichting": "" for s in ("begroting", "investering", "exploitatie")},
    "dienstverlening": "",
    "samenvatting": "",
    "tevredenheid": "",
}


def versie_of(html: str) -> str:
    found = VERSIE.search(html)
    assert found, "the page has no form with a version"
    return found.group(1)


async def create_draft(web: httpx.AsyncClient, party_id: uuid.UUID, periode: str) -> str:
    """Press Concept maken on /voortgangsrapportages/nieuw; the report's address."""
    page = await web.get("/voortgangsrapportages/nieuw", params={"verbondenPartij": str(party_id)})
    response = await web.post(
        "/voortgangsrapportages/nieuw",
        data={
            "csrf_token": csrf_of(page.text),
            "verbondenPartij": str(party_id),
            "periode": periode,
        },
    )
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


async def post_grid(
    web: httpx.AsyncClient, url: str, page_html: str, actie: str, **fields: str
) -> httpx.Response:
    """Fill the grid on `page_html` (the page as read) and press Opslaan or Indienen."""
    data = {
        **EMPTY_GRID,
        **fields,
        "csrf_token": csrf_of(page_html),
        "versie": versie_of(page_html),
        "actie": actie,
    }
    return await web.post(url, data=data)


async def judge(
    web: httpx.AsyncClient, url: str, besluit: str, toelichting: str = ""
) -> httpx.Response:
    page = await web.get(url)
    data = {
        "csrf_token": csrf_of(page.text),
        "versie": versie_of(page.text),
        "besluit": besluit,
        "toelichting": toelichting,
    }
    return await web.post(f"{url}/beoordeling", data=data)
