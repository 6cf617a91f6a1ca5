"""Periods in the query string are checked like periods in a body: a year outside 1900–2999
or a period of the wrong kind is 400 naming the parameter, never a 500 (schemathesis found
`GET /rapportagerondes?periode=0000-H1` answering 500)."""

import pytest
from httpx import AsyncClient

from tests.auth_headers import MT_ARNHEM
from tests.conftest import DemoIds

PROBLEM = "application/problem+json"


def paths(demo: DemoIds) -> dict[str, str]:
    party = demo.party("De Connectie")
    return {
        "rondes": "/rapportagerondes?periode={}",
        "voortgang": "/voortgangsrapportages?periode={}",
        "rapportages": f"/verbonden-partijen/{party}/rapportages?periode={{}}",
        "tijdigheid-van": f"/verbonden-partijen/{party}/tijdigheid?van={{}}",
        "tijdigheid-tot": f"/verbonden-partijen/{party}/tijdigheid?tot={{}}",
        "norm-uitkomsten": f"/verbonden-partijen/{party}/norm-uitkomsten?periode={{}}",
    }


@pytest.mark.parametrize(
    "where", ["rondes", "voortgang", "rapportages", "tijdigheid-van", "norm-uitkomsten"]
)
@pytest.mark.parametrize("value", ["0000-H1", "3000-H2", "2026-H3", " 2026-H1", "２０２６-H1"])
async def test_a_period_in_the_query_that_is_no_period_is_400_naming_it(
    client: AsyncClient, demo: DemoIds, where: str, value: str
) -> None:
    url = paths(demo)[where].format(value)

    response = await client.get(url, headers=MT_ARNHEM)

    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == PROBLEM
    name = url.split("?")[1].split("=")[0]
    assert [param["name"] for param in response.json()["invalidParams"]] == [name]


@pytest.mark.parametrize("where", ["rondes", "voortgang"])
async def test_a_half_year_filter_refuses_a_quarter(
    client: AsyncClient, demo: DemoIds, where: str
) -> None:
    response = await client.get(paths(demo)[where].format("2026-Q1"), headers=MT_ARNHEM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "periode"


@pytest.mark.parametrize("where", ["rondes", "voortgang", "rapportages", "tijdigheid-tot"])
async def test_a_valid_period_in_the_query_is_accepted(
    client: AsyncClient, demo: DemoIds, where: str
) -> None:
    value = "2026" if where == "tijdigheid-tot" else "2025-H2"

    response = await client.get(paths(demo)[where].format(value), headers=MT_ARNHEM)

    assert response.status_code == 200, response.text
