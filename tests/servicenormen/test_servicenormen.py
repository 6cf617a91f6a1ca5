"""Norms: one shared catalogue per party, written by its directors, versioned by date."""

from typing import Any

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    PARTNER_DUO,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
    as_,
)
from tests.conftest import DemoIds

NEW_NORM = {
    "code": "PATCH-30D",
    "naam": "Beveiligingspatches binnen 30 dagen",
    "eenheid": "percentage",
    "richting": "hoger_is_beter",
    "doelwaarde": 90,
    "tolerantie": 5,
    "frequentie": "kwartaal",
    "geldigVanaf": "2026-01-01",
}


async def norm_by_code(
    client: AsyncClient, demo: DemoIds, code: str, party: str = "De Connectie"
) -> dict[str, Any]:
    headers = BEHEERDER_ARNHEM if party == "De Connectie" else BEHEERDER_DIEMEN
    rows = await client.get(
        f"/verbonden-partijen/{demo.party(party)}/servicenormen", headers=headers
    )
    return next(row for row in rows.json()["resultaten"] if row["code"] == code)


async def test_participants_and_the_partner_read_the_same_shared_norms(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen"

    views = [
        (await client.get(url, headers=headers)).json()
        for headers in (BEHEERDER_ARNHEM, REGIEVOERDER_RENKUM, PARTNER_DE_CONNECTIE)
    ]

    assert views[0] == views[1] == views[2]
    assert {row["code"] for row in views[0]["resultaten"]} >= {"INC-8U", "KTO"}


async def test_norms_of_a_party_are_invisible_to_others(client: AsyncClient, demo: DemoIds) -> None:
    duo_norm = await norm_by_code(client, demo, "KCC-30S", "Duo+")
    url = f"/verbonden-partijen/{demo.party('Duo+')}/servicenormen"

    assert (await client.get(url, headers=BEHEERDER_ARNHEM)).status_code == 404
    assert (await client.get(url, headers=PARTNER_DE_CONNECTIE)).status_code == 404
    single = await client.get(f"/servicenormen/{duo_norm['id']}", headers=PARTNER_DE_CONNECTIE)
    assert single.status_code == 404


async def test_regievoerder_agrees_a_norm(client: AsyncClient, demo: DemoIds) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen"

    created = await client.post(url, headers=REGIEVOERDER_ARNHEM, json=NEW_NORM)

    assert created.status_code == 201, created.text
    assert created.headers["etag"] == '"1"'
    body = created.json()
    assert created.headers["location"].endswith(f"/servicenormen/{body['id']}")
    assert body["doelwaarde"] == 90
    assert body["versies"] == [
        {
            "geldigVanaf": "2026-01-01",
            "doelwaarde": 90,
            "tolerantie": 5,
            "richting": "hoger_is_beter",
            "aangemaaktOp": body["versies"][0]["aangemaaktOp"],
        }
    ]


async def test_norm_code_is_unique_per_party(client: AsyncClient, demo: DemoIds) -> None:
    same_code = {**NEW_NORM, "code": "INC-8U"}

    twice = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen",
        headers=BEHEERDER_ARNHEM,
        json=same_code,
    )
    other_party = await client.post(
        f"/verbonden-partijen/{demo.party('Duo+')}/servicenormen",
        headers=BEHEERDER_DIEMEN,
        json=same_code,
    )

    assert twice.status_code == 409
    assert other_party.status_code == 201


async def test_only_directors_write_norms(client: AsyncClient, demo: DemoIds) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen"
    deventer = as_("regievoerder-deventer")

    for headers in (MT_ARNHEM, PARTNER_DE_CONNECTIE, as_("lezer-arnhem")):
        assert (await client.post(url, headers=headers, json=NEW_NORM)).status_code == 403
    assert (await client.post(url, headers=deventer, json=NEW_NORM)).status_code == 404
    assert (await client.post(url, headers=PARTNER_DUO, json=NEW_NORM)).status_code == 403


async def test_targets_must_fit_the_unit_and_versions_start_a_period(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {**NEW_NORM, "doelwaarde": 120, "tolerantie": -1, "geldigVanaf": "2026-02-01"}

    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen",
        headers=BEHEERDER_ARNHEM,
        json=body,
    )

    assert response.status_code == 400
    names = {param["name"] for param in response.json()["invalidParams"]}
    assert names == {"doelwaarde", "tolerantie", "geldigVanaf"}


async def test_changing_the_target_needs_geldig_vanaf(client: AsyncClient, demo: DemoIds) -> None:
    norm = await norm_by_code(client, demo, "INC-8U")

    response = await client.patch(
        f"/servicenormen/{norm['id']}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": f'"{norm["versie"]}"'},
        json={"doelwaarde": 99},
    )

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["geldigVanaf"]


async def test_norm_change_from_a_date_leaves_earlier_outcomes_unchanged(
    client: AsyncClient, demo: DemoIds
) -> None:
    norm = await norm_by_code(client, demo, "INC-8U")
    series_url = f"/servicenormen/{norm['id']}/metingen"
    before = (await client.get(series_url, headers=REGIEVOERDER_ARNHEM)).json()["resultaten"]

    changed = await client.patch(
        f"/servicenormen/{norm['id']}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": f'"{norm["versie"]}"'},
        json={"doelwaarde": 99, "geldigVanaf": "2026-07-01"},
    )

    assert changed.status_code == 200, changed.text
    assert changed.headers["etag"] == f'"{norm["versie"] + 1}"'
    assert [v["geldigVanaf"] for v in changed.json()["versies"]] == [
        "2025-01-01",
        "2026-01-01",
        "2026-07-01",
    ]
    after = (await client.get(series_url, headers=REGIEVOERDER_ARNHEM)).json()["resultaten"]
    outcome = {row["periode"]: row["uitkomst"] for row in after}
    earlier = {row["periode"]: row["uitkomst"] for row in before if row["periode"] < "2026-Q3"}
    assert earlier == {period: outcome[period] for period in earlier}
    assert len(earlier) == 4
    assert before[-1]["periode"] == "2026-Q3"
    assert before[-1]["uitkomst"] == "gehaald"  # 97.8 against 97
    assert outcome["2026-Q3"] == "aandacht"  # 97.8 against 99


async def test_name_changes_in_place_without_a_new_version(
    client: AsyncClient, demo: DemoIds
) -> None:
    norm = await norm_by_code(client, demo, "KTO")

    response = await client.patch(
        f"/servicenormen/{norm['id']}",
        headers={**BEHEERDER_ARNHEM, "If-Match": f'"{norm["versie"]}"'},
        json={"naam": "Gebruikerstevredenheid", "wettelijkeGrondslag": None},
    )

    assert response.status_code == 200
    assert response.json()["naam"] == "Gebruikerstevredenheid"
    assert response.json()["versies"] == norm["versies"]


async def test_norm_patch_needs_a_current_if_match(client: AsyncClient, demo: DemoIds) -> None:
    norm = await norm_by_code(client, demo, "KTO")
    url = f"/servicenormen/{norm['id']}"

    missing = await client.patch(url, headers=BEHEERDER_ARNHEM, json={"naam": "X"})
    first = await client.patch(
        url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"naam": "Y"}
    )
    stale = await client.patch(
        url, headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'}, json={"naam": "Z"}
    )

    assert (missing.status_code, first.status_code, stale.status_code) == (428, 200, 412)


async def test_code_unit_and_frequency_cannot_be_patched(
    client: AsyncClient, demo: DemoIds
) -> None:
    norm = await norm_by_code(client, demo, "KTO")

    response = await client.patch(
        f"/servicenormen/{norm['id']}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"code": "X", "eenheid": "aantal", "frequentie": "maand"},
    )

    assert response.status_code == 400
    assert {p["name"] for p in response.json()["invalidParams"]} == {
        "code",
        "eenheid",
        "frequentie",
    }


async def test_the_catalogue_is_shared_and_written_by_directors(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/diensten"

    created = await client.post(url, headers=REGIEVOERDER_ARNHEM, json={"naam": "Inkoop"})
    again = await client.post(url, headers=BEHEERDER_ARNHEM, json={"naam": "Inkoop"})
    by_partner = await client.post(url, headers=PARTNER_DE_CONNECTIE, json={"naam": "Y"})
    listed = await client.get(url, headers=PARTNER_DE_CONNECTIE)

    assert (created.status_code, again.status_code, by_partner.status_code) == (201, 409, 403)
    assert "Inkoop" in {row["naam"] for row in listed.json()["resultaten"]}


async def test_a_norm_refers_to_a_dienst_of_its_own_party(
    client: AsyncClient, demo: DemoIds
) -> None:
    duo_diensten = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}/diensten", headers=BEHEERDER_DIEMEN
    )
    foreign = duo_diensten.json()["resultaten"][0]["id"]

    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/servicenormen",
        headers=BEHEERDER_ARNHEM,
        json={**NEW_NORM, "dienstId": foreign},
    )

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "dienstId"
