"""The status report in the pages: a prefilled draft, the grid saved and submitted, the MT's
decision, and a conflicting edit that keeps the person's text."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.web.conftest import ORIGIN
from tests.web.pages import csrf_of, sign_in
from tests.web.reports import create_draft, judge, post_grid, versie_of

FILLED = {
    "voortgang_oordeel": "=",
    "voortgang_toelichting": "Het verbeterpad loopt volgens plan.",
    "financien_oordeel": "-",
    "financien_toelichting": "De prognose valt € 200.000 hoger uit.",
    "afwijking_begroting": "ja",
    "afwijking_begroting_toelichting": "Hogere loonkosten.",
    "tevredenheid": "7,5",
}


@pytest.fixture
async def colleague(web_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser."""
    transport = httpx.ASGITransport(app=web_app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
        yield client


async def _draft(web: httpx.AsyncClient, demo: DemoIds) -> str:
    await sign_in(web, "regievoerder-arnhem")
    return await create_draft(web, demo.party("De Connectie"), "2026-H2")


async def test_a_new_draft_is_prefilled_and_says_where_the_proposals_came_from(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)

    page = await web.get(url)

    assert page.status_code == 200
    assert "De conceptrapportage is gemaakt en vooraf ingevuld." in page.text
    assert (
        'name="afwijking_begroting" value="ja" id="veld-afwijking_begroting" checked' in page.text
    )
    assert "Voorstel uit de begroting 2026" in page.text
    assert "Wat VP Monitor wist van 2e halfjaar 2026" in page.text
    assert ">Opslaan</button>" in page.text
    assert ">Indienen</button>" in page.text


async def test_a_second_draft_for_the_same_half_year_is_refused_on_the_form(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await _draft(web, demo)
    page = await web.get("/voortgangsrapportages/nieuw")

    response = await web.post(
        "/voortgangsrapportages/nieuw",
        data={
            "csrf_token": csrf_of(page.text),
            "verbondenPartij": str(demo.party("De Connectie")),
            "periode": "2026-H2",
        },
    )

    assert response.status_code == 409
    assert 'href="#veld-periode"' in response.text


async def test_saving_stores_the_grid_as_the_api_shows_it(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    page = await web.get(url)

    saved = await post_grid(web, url, page.text, "opslaan", **FILLED)

    assert saved.status_code == 303
    report = (await api.get(url, headers=as_("regievoerder-arnhem"))).json()
    assert report["status"] == "concept"
    assert report["aspecten"]["financien"] == {
        "oordeel": "-",
        "toelichting": "De prognose valt € 200.000 hoger uit.",
    }
    assert report["afwijkingInvestering"]["afwijking"] is False
    assert report["tevredenheid"] == 7.5
    assert "De rapportage is opgeslagen." in (await web.get(url)).text


async def test_submitting_with_an_unexplained_minus_names_the_field_and_stores_nothing(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    page = await web.get(url)

    response = await post_grid(
        web, url, page.text, "indienen", **{**FILLED, "financien_toelichting": ""}
    )

    assert response.status_code == 400
    assert 'href="#veld-financien_toelichting"' in response.text
    assert 'aria-describedby="veld-financien_toelichting-fout"' in response.text
    assert "Het verbeterpad loopt volgens plan." in response.text  # the text stays
    report = (await api.get(url, headers=as_("regievoerder-arnhem"))).json()
    assert report["status"] == "concept"
    assert report["aspecten"]["voortgang"]["toelichting"] is None


async def test_a_bad_satisfaction_is_shown_at_its_field(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    page = await web.get(url)

    response = await post_grid(web, url, page.text, "opslaan", **{**FILLED, "tevredenheid": "11"})

    assert response.status_code == 400
    assert 'href="#veld-tevredenheid"' in response.text
    assert 'value="11"' in response.text


async def test_submitting_sends_the_report_to_the_mt(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    page = await web.get(url)

    response = await post_grid(web, url, page.text, "indienen", **FILLED)

    assert response.status_code == 303
    report = (await api.get(url, headers=as_("regievoerder-arnhem"))).json()
    assert report["status"] == "ingediend"
    assert report["aspecten"]["voortgang"]["oordeel"] == "="
    shown = await web.get(url)
    assert ">Opslaan</button>" not in shown.text


async def test_a_conflicting_save_shows_what_differs_and_keeps_the_text(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    await sign_in(colleague, "regievoerder-arnhem")
    mine, theirs = await web.get(url), await colleague.get(url)
    first = await post_grid(
        colleague, url, theirs.text, "opslaan", voortgang_toelichting="Tekst van de collega."
    )
    assert first.status_code == 303

    response = await post_grid(web, url, mine.text, "opslaan", **FILLED)

    assert response.status_code == 409
    assert "Iemand anders heeft deze rapportage intussen gewijzigd" in response.text
    assert "Tekst van de collega." in response.text  # what was saved meanwhile
    assert "Het verbeterpad loopt volgens plan." in response.text  # their own text, kept
    stored = (await api.get(url, headers=as_("regievoerder-arnhem"))).json()
    assert stored["aspecten"]["voortgang"]["toelichting"] == "Tekst van de collega."
    reapplied = await post_grid(web, url, response.text, "opslaan", **FILLED)
    assert reapplied.status_code == 303
    stored = (await api.get(url, headers=as_("regievoerder-arnhem"))).json()
    assert stored["aspecten"]["voortgang"]["toelichting"] == "Het verbeterpad loopt volgens plan."


async def _submitted(web: httpx.AsyncClient, demo: DemoIds) -> str:
    url = await _draft(web, demo)
    page = await web.get(url)
    assert (await post_grid(web, url, page.text, "indienen", **FILLED)).status_code == 303
    return url


async def test_the_mt_returns_a_report_with_a_comment_the_regievoerder_then_reads(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _submitted(web, demo)
    await sign_in(colleague, "mt-arnhem")

    returned = await judge(colleague, url, "terugsturen", "Licht de prognose verder toe.")

    assert returned.status_code == 303
    page = await web.get(url)
    assert "Het MT stuurde de rapportage terug" in page.text
    assert "Licht de prognose verder toe." in page.text
    assert ">Indienen</button>" in page.text


async def test_returning_without_a_comment_is_refused_at_the_comment_field(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _submitted(web, demo)
    await sign_in(colleague, "mt-arnhem")

    response = await judge(colleague, url, "terugsturen", "")

    assert response.status_code == 400
    assert 'href="#veld-toelichting"' in response.text
    report = (await api.get(url, headers=as_("mt-arnhem"))).json()
    assert report["status"] == "ingediend"


async def test_the_mt_approves_a_submitted_report(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _submitted(web, demo)
    await sign_in(colleague, "mt-arnhem")
    page = await colleague.get(url)
    assert "Wat VP Monitor wist van" in page.text  # the context of the judgement

    approved = await judge(colleague, url, "goedkeuren")

    assert approved.status_code == 303
    report = (await api.get(url, headers=as_("mt-arnhem"))).json()
    assert report["status"] == "goedgekeurd"


async def test_a_regievoerder_cannot_judge_and_a_reader_cannot_write(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _submitted(web, demo)

    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "versie": "2", "besluit": "goedkeuren"}
    assert (await web.post(f"{url}/beoordeling", data=form)).status_code == 404
    await sign_in(colleague, "lezer-arnhem")
    page = await colleague.get(url)
    assert page.status_code == 200
    assert "Goedkeuren" not in page.text
    assert (await colleague.post(url, data={"csrf_token": csrf_of(page.text)})).status_code == 404


async def test_another_municipality_does_not_find_the_report(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    await sign_in(colleague, "mt-diemen")

    assert (await colleague.get(url)).status_code == 404
    assert (await colleague.get(f"{url}/versies")).status_code == 404


async def test_a_save_without_the_csrf_token_is_refused(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _draft(web, demo)
    page = await web.get(url)

    response = await web.post(url, data={"versie": versie_of(page.text), "actie": "opslaan"})

    assert response.status_code == 403


async def test_versions_are_compared_field_by_field(
    web: httpx.AsyncClient, colleague: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = await _submitted(web, demo)
    await sign_in(colleague, "mt-arnhem")
    await judge(colleague, url, "terugsturen", "Meer uitleg graag.")
    page = await web.get(url)
    changed = {**FILLED, "financien_toelichting": "Uitgebreide uitleg van de prognose."}
    assert (await post_grid(web, url, page.text, "indienen", **changed)).status_code == 303

    compared = await web.get(f"{url}/versies")

    assert compared.status_code == 200
    assert "1 veld verschilt" in compared.text
    assert "Uitgebreide uitleg van de prognose." in compared.text
    assert (await web.get(f"{url}/versies", params={"links": "9"})).status_code == 400
