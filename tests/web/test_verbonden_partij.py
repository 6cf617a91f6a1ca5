"""The page of one verbonden partij: what the municipality knows of it, and nothing it may
not see."""

import httpx

from tests.conftest import DemoIds
from tests.web.pages import sign_in, signed_in


async def test_the_party_page_shows_facts_norms_with_charts_and_status_reports(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get(f"/verbonden-partijen/{demo.party('De Connectie')}")

    assert page.status_code == 200
    assert '<h1 class="utrecht-heading-1">De Connectie</h1>' in page.text
    for heading in (
        "Gegevens en deelname",
        "Normen en laatste uitkomsten",
        "Begroting",
        "Wgr-documenten en termijnen",
        "Acties uit het verbeterplan",
        "Risico's",
        "Evaluaties",
        "Rapportages van de partner",
        "Voortgangsrapportages aan het MT",
    ):
        assert heading in page.text
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page.text  # a chart per norm
    assert 'role="img"' in page.text
    assert "Termijnen van de Wet gemeenschappelijke regelingen" in page.text


async def test_the_overview_links_to_the_party_page(web: httpx.AsyncClient, demo: DemoIds) -> None:
    overview = await signed_in(web, "regievoerder-arnhem")

    assert f'href="/verbonden-partijen/{demo.party("De Connectie")}"' in overview.text


async def test_a_party_of_another_municipality_is_not_found(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get(f"/verbonden-partijen/{demo.party('Duo+')}")

    assert page.status_code == 404
    assert "Pagina niet gevonden" in page.text


async def test_a_partner_has_no_party_page(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await sign_in(web, "partner-de-connectie")

    page = await web.get(f"/verbonden-partijen/{demo.party('De Connectie')}")

    assert page.status_code == 404


async def test_the_regievoerder_of_the_party_is_offered_this_half_years_report(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "regievoerder-arnhem")

    page = await web.get(f"/verbonden-partijen/{demo.party('De Connectie')}")

    assert "/voortgangsrapportages/nieuw?verbondenPartij=" in page.text


async def test_the_mt_is_not_offered_to_write_a_report(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get(f"/verbonden-partijen/{demo.party('De Connectie')}")

    assert "/voortgangsrapportages/nieuw" not in page.text
