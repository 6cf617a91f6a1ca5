"""Cheap polling: the dashboard's answers carry an ETag; sent back in If-None-Match, it
answers 304 while nothing the answer shows changed, and 200 with a new ETag after a write."""

import httpx

from tests.auth_headers import BEHEERDER_ARNHEM, MT_ARNHEM, REGIEVOERDER_ARNHEM, as_
from tests.conftest import DemoIds


async def add_risk(client: httpx.AsyncClient, demo: DemoIds, party: str = "De Connectie") -> None:
    """A private write of Arnhem on one party (its beheerder directs every party)."""
    risk = {"omschrijving": "Nieuw risico", "kans": 5, "impact": 5, "financieleOmvang": 1}
    url = f"/verbonden-partijen/{demo.party(party)}/risicos"
    assert (await client.post(url, headers=BEHEERDER_ARNHEM, json=risk)).status_code == 201


async def poll(client: httpx.AsyncClient, url: str, etag: str) -> httpx.Response:
    return await client.get(url, headers={**MT_ARNHEM, "If-None-Match": etag})


async def test_an_unchanged_overview_answers_304_without_a_body(client: httpx.AsyncClient) -> None:
    first = await client.get("/dashboard", headers=MT_ARNHEM)

    again = await poll(client, "/dashboard", first.headers["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["ETag"] == first.headers["ETag"]


async def test_the_overview_answers_200_with_a_new_etag_after_a_write(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    first = await client.get("/dashboard", headers=MT_ARNHEM)
    await add_risk(client, demo)

    again = await poll(client, "/dashboard", first.headers["ETag"])

    assert again.status_code == 200
    assert again.headers["ETag"] != first.headers["ETag"]
    assert "Nieuw risico" in again.text


async def test_another_question_or_format_has_another_etag(client: httpx.AsyncClient) -> None:
    plain = await client.get("/dashboard", headers=MT_ARNHEM)
    sorted_ = await client.get("/dashboard?sorteer=-naam", headers=MT_ARNHEM)
    csv = await client.get("/dashboard?formaat=csv", headers=MT_ARNHEM)

    assert len({plain.headers["ETag"], sorted_.headers["ETag"], csv.headers["ETag"]}) == 3
    assert (await poll(client, "/dashboard", sorted_.headers["ETag"])).status_code == 200


async def test_another_callers_scope_has_another_etag(client: httpx.AsyncClient) -> None:
    mt = await client.get("/dashboard", headers=MT_ARNHEM)
    regievoerder = await client.get("/dashboard", headers=REGIEVOERDER_ARNHEM)

    assert mt.headers["ETag"] != regievoerder.headers["ETag"]


async def test_an_unchanged_export_answers_304(client: httpx.AsyncClient) -> None:
    first = await client.get("/dashboard?formaat=xlsx", headers=MT_ARNHEM)

    again = await poll(client, "/dashboard?formaat=xlsx", first.headers["ETag"])

    assert first.status_code == 200
    assert again.status_code == 304


async def test_an_unchanged_drill_down_answers_304_and_200_after_a_write_on_its_party(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"
    first = await client.get(url, headers=MT_ARNHEM)
    unchanged = await poll(client, url, first.headers["ETag"])
    await add_risk(client, demo)
    changed = await poll(client, url, first.headers["ETag"])

    assert (first.status_code, unchanged.status_code, changed.status_code) == (200, 304, 200)


async def test_a_write_on_another_party_leaves_the_drill_down_unchanged(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"
    first = await client.get(url, headers=MT_ARNHEM)
    await add_risk(client, demo, "Vitens")

    assert (await poll(client, url, first.headers["ETag"])).status_code == 304


async def test_the_drill_down_of_a_party_out_of_scope_is_404_whatever_the_etag(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    url = f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}"
    etag = (await client.get(url, headers=MT_ARNHEM)).headers["ETag"]

    foreign = await client.get(url, headers={**as_("mt-diemen"), "If-None-Match": etag})
    any_version = await client.get(url, headers={**as_("mt-diemen"), "If-None-Match": "*"})

    assert foreign.status_code == any_version.status_code == 404
