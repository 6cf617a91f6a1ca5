"""The penvoerder rule (API.md 1.1, issue 12 finding 2): one municipality leads a shared party;
it adds participants and keeps their shared facts, every municipality keeps its own
participation, and nobody loses their own records through another's write.

In the demo, Arnhem is De Connectie's penvoerder; Renkum and Rheden take part in it."""

from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.verbonden_partijen.models import Deelname, VerbondenPartij
from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_DIEMEN,
    BEHEERDER_RENKUM,
    MT_RENKUM,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
)
from tests.conftest import DemoIds

MATCH_ANY = {"If-Match": "*"}


async def deelnames_of(
    client: AsyncClient, party: object, headers: dict[str, str] = BEHEERDER_ARNHEM
) -> dict[str, dict[str, Any]]:
    response = await client.get(f"/verbonden-partijen/{party}/deelnames", headers=headers)
    assert response.status_code == 200, response.text
    return {row["organisatie"]["naam"]: row for row in response.json()["resultaten"]}


async def renkums_participation(client: AsyncClient, demo: DemoIds) -> str:
    return str((await deelnames_of(client, demo.party("De Connectie")))["Renkum"]["id"])


async def test_a_party_shows_its_penvoerder(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}", headers=BEHEERDER_DIEMEN
    )

    assert response.json()["penvoerder"] == {
        "id": str(demo.organisation("Diemen")),
        "naam": "Diemen",
    }


async def test_every_demo_party_has_a_participant_as_its_penvoerder(
    session: AsyncSession,
) -> None:
    parties = (await session.execute(select(VerbondenPartij))).scalars().all()
    rows = await session.execute(select(Deelname.verbonden_partij_id, Deelname.organisatie_id))
    participants = {(party_id, organisatie_id) for party_id, organisatie_id in rows}

    assert parties
    assert all((party.id, party.penvoerder_id) in participants for party in parties)


async def test_the_municipality_that_registers_a_party_is_its_penvoerder(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {
        "naam": "Omgevingsdienst",
        "vestigingsplaats": "Renkum",
        "bbvCategorie": "overig",
        "rechtsvorm": "overig",
        "openbaarBelang": "Vergunningen",
    }

    created = await client.post("/verbonden-partijen", headers=BEHEERDER_RENKUM, json=body)

    assert created.status_code == 201, created.text
    assert created.json()["penvoerder"]["id"] == str(demo.organisation("Renkum"))


async def test_finding_2_another_participant_cannot_delete_a_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    deleted = await client.delete(
        f"/deelnames/{await renkums_participation(client, demo)}", headers=BEHEERDER_ARNHEM
    )

    assert deleted.status_code == 403
    party = await client.get(f"/verbonden-partijen/{demo.party('De Connectie')}", headers=MT_RENKUM)
    assert party.status_code == 200


async def test_finding_2_only_the_penvoerder_adds_a_participant(
    client: AsyncClient, demo: DemoIds
) -> None:
    body = {"organisatieId": str(demo.organisation("Diemen")), "aandeel": 1}

    response = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames",
        headers=BEHEERDER_RENKUM,
        json=body,
    )

    assert response.status_code == 403
    unseen = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}", headers=BEHEERDER_DIEMEN
    )
    assert unseen.status_code == 404


async def test_finding_2_another_participant_cannot_zero_a_share_or_vote(
    client: AsyncClient, demo: DemoIds
) -> None:
    arnhem = (await deelnames_of(client, demo.party("De Connectie")))["Arnhem"]

    for field in ("aandeel", "stemgewicht"):
        response = await client.patch(
            f"/deelnames/{arnhem['id']}",
            headers={**BEHEERDER_RENKUM, **MATCH_ANY},
            json={field: 0},
        )
        assert response.status_code == 403, field
    assert (await deelnames_of(client, demo.party("De Connectie")))["Arnhem"]["aandeel"] == 68


async def test_a_participant_cannot_change_the_shared_facts_of_its_own_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/deelnames/{await renkums_participation(client, demo)}",
        headers={**BEHEERDER_RENKUM, **MATCH_ANY},
        json={"bestuurlijkBelang": []},
    )

    assert response.status_code == 403


async def test_another_participant_cannot_change_or_end_the_party_itself(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    before = (await client.get(url, headers=BEHEERDER_ARNHEM)).json()
    changes = ({"naam": "Overgenomen"}, {"einddatum": "2026-01-01"}, {"rapportagetermijnDagen": 1})

    for headers in (BEHEERDER_RENKUM, REGIEVOERDER_RENKUM):
        for change in changes:
            response = await client.patch(url, headers={**headers, **MATCH_ANY}, json=change)
            assert response.status_code == 403, change
            assert "penvoerder (Arnhem)" in response.json()["detail"]
    assert (await client.get(url, headers=BEHEERDER_ARNHEM)).json() == before


async def test_the_penvoerders_regievoerder_keeps_the_partys_facts(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**REGIEVOERDER_ARNHEM, **MATCH_ANY},
        json={"vestigingsplaats": "Renkum"},
    )

    assert response.status_code == 200, response.text
    assert response.json()["vestigingsplaats"] == "Renkum"


async def test_the_penvoerder_keeps_the_shared_facts_of_every_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/deelnames/{await renkums_participation(client, demo)}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"aandeel": 15, "stemgewicht": 2},
    )

    assert response.status_code == 200, response.text
    assert (response.json()["aandeel"], response.json()["stemgewicht"]) == (15, 2)


async def test_the_penvoerder_cannot_end_another_municipalitys_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/deelnames/{await renkums_participation(client, demo)}",
        headers={**BEHEERDER_ARNHEM, **MATCH_ANY},
        json={"einddatum": "2026-01-01"},
    )

    assert response.status_code == 403


async def test_a_municipality_ends_its_own_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/deelnames/{await renkums_participation(client, demo)}",
        headers={**BEHEERDER_RENKUM, **MATCH_ANY},
        json={"einddatum": "2026-06-30", "eigenaarsrolHouder": "wethouder Financiën"},
    )

    assert response.status_code == 200, response.text
    assert response.json()["einddatum"] == "2026-06-30"


async def test_the_penvoerder_cannot_leave_before_handing_over_its_role(
    client: AsyncClient,
) -> None:
    body = {
        "naam": "Nieuwe regeling",
        "vestigingsplaats": "Arnhem",
        "bbvCategorie": "overig",
        "rechtsvorm": "overig",
        "openbaarBelang": "Samenwerking",
    }
    party = (await client.post("/verbonden-partijen", headers=BEHEERDER_ARNHEM, json=body)).json()
    own = (await deelnames_of(client, party["id"]))["Arnhem"]

    removed = await client.delete(f"/deelnames/{own['id']}", headers=BEHEERDER_ARNHEM)

    assert removed.status_code == 409
    assert "penvoerder" in removed.json()["detail"]


async def write_own_records(client: AsyncClient, demo: DemoIds) -> dict[str, str]:
    """Renkum's regievoerder writes a risk, an evaluation, a status report and a
    recommendation about De Connectie; returns where to read each."""
    party = str(demo.party("De Connectie"))
    risk = await client.post(
        f"/verbonden-partijen/{party}/risicos",
        headers=REGIEVOERDER_RENKUM,
        json={"omschrijving": "Renkums eigen risico", "kans": 2, "impact": 3},
    )
    evaluation = await client.post(
        f"/verbonden-partijen/{party}/evaluaties",
        headers=REGIEVOERDER_RENKUM,
        json={"jaar": 2026, "datum": "2026-11-20", "uitkomst": "Renkums eigen evaluatie"},
    )
    report = await client.post(
        "/voortgangsrapportages",
        headers=REGIEVOERDER_RENKUM,
        json={"verbondenPartijId": party, "periode": "2026-H1"},
    )
    recommendation = await client.post(
        "/aanbevelingen",
        headers=REGIEVOERDER_RENKUM,
        json={
            "code": "R",
            "deel": 1,
            "bron": "rekenkamer",
            "tekst": "Renkums eigen aanbeveling",
            "verbondenPartijIds": [party],
        },
    )
    for response in (risk, evaluation, report, recommendation):
        assert response.status_code == 201, response.text
    return {
        "risico": f"/verbonden-partijen/{party}/risicos",
        "evaluatie": f"/verbonden-partijen/{party}/evaluaties",
        "voortgangsrapportage": f"/voortgangsrapportages/{report.json()['id']}",
        "aanbeveling": f"/aanbevelingen/{recommendation.json()['id']}",
    }


async def test_ending_a_participation_keeps_the_municipalitys_own_records_readable(
    client: AsyncClient, demo: DemoIds
) -> None:
    places = await write_own_records(client, demo)
    ended = await client.patch(
        f"/deelnames/{await renkums_participation(client, demo)}",
        headers={**BEHEERDER_RENKUM, **MATCH_ANY},
        json={"einddatum": "2026-11-30"},
    )

    assert ended.status_code == 200, ended.text
    for kind, url in places.items():
        read = await client.get(url, headers=MT_RENKUM)
        assert read.status_code == 200, f"{kind}: {read.status_code}"
        assert "Renkums eigen" in read.text or kind == "voortgangsrapportage", kind


async def test_a_participation_with_own_records_cannot_be_removed(
    client: AsyncClient, demo: DemoIds
) -> None:
    places = await write_own_records(client, demo)

    removed = await client.delete(
        f"/deelnames/{await renkums_participation(client, demo)}", headers=BEHEERDER_RENKUM
    )

    assert removed.status_code == 409
    for kind, url in places.items():
        assert (await client.get(url, headers=MT_RENKUM)).status_code == 200, kind


async def test_each_kind_of_own_record_blocks_removing_the_participation(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = str(demo.party("De Connectie"))
    own = await renkums_participation(client, demo)
    risk = await client.post(
        f"/verbonden-partijen/{party}/risicos",
        headers=REGIEVOERDER_RENKUM,
        json={"omschrijving": "Alleen een risico", "kans": 1, "impact": 1},
    )
    assert risk.status_code == 201

    removed = await client.delete(f"/deelnames/{own}", headers=BEHEERDER_RENKUM)

    assert removed.status_code == 409


async def test_a_participation_without_own_records_is_removed_with_its_assignments(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    own = await renkums_participation(client, demo)

    removed = await client.delete(f"/deelnames/{own}", headers=BEHEERDER_RENKUM)

    assert removed.status_code == 204, removed.text
    assert (await client.get(f"/verbonden-partijen/{party}", headers=MT_RENKUM)).status_code == 404
    arnhem = await client.get(
        f"/verbonden-partijen/{party}/regievoerders", headers=REGIEVOERDER_ARNHEM
    )
    assert [r["naam"] for r in arnhem.json()["resultaten"]] == ["Regievoerder Arnhem"]


async def test_the_penvoerder_hands_its_role_to_another_participant(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    renkum = str(demo.organisation("Renkum"))

    handed = await client.patch(
        f"/verbonden-partijen/{party}",
        headers={**BEHEERDER_ARNHEM, **MATCH_ANY},
        json={"penvoerderId": renkum},
    )
    arnhem_adds = await client.post(
        f"/verbonden-partijen/{party}/deelnames",
        headers=BEHEERDER_ARNHEM,
        json={"organisatieId": str(demo.organisation("Diemen"))},
    )
    renkum_adds = await client.post(
        f"/verbonden-partijen/{party}/deelnames",
        headers=BEHEERDER_RENKUM,
        json={"organisatieId": str(demo.organisation("Diemen"))},
    )

    assert handed.status_code == 200, handed.text
    assert handed.json()["penvoerder"] == {"id": renkum, "naam": "Renkum"}
    assert arnhem_adds.status_code == 403
    assert renkum_adds.status_code == 201


async def test_only_the_penvoerder_hands_over_its_role(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**BEHEERDER_RENKUM, **MATCH_ANY},
        json={"penvoerderId": str(demo.organisation("Renkum"))},
    )

    assert response.status_code == 403


async def test_the_penvoerder_role_goes_only_to_a_participant(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**BEHEERDER_ARNHEM, **MATCH_ANY},
        json={"penvoerderId": str(demo.organisation("Diemen"))},
    )

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["penvoerderId"]


async def test_the_participations_own_roles_and_assignments_do_not_block_removing_it(
    client: AsyncClient, demo: DemoIds
) -> None:
    party = demo.party("De Connectie")
    own = await renkums_participation(client, demo)
    roles = await client.patch(
        f"/deelnames/{own}",
        headers={**BEHEERDER_RENKUM, **MATCH_ANY},
        json={"eigenaarsrolHouder": "wethouder Financiën"},
    )
    assigned = await client.put(
        f"/verbonden-partijen/{party}/regievoerders",
        headers=BEHEERDER_RENKUM,
        json={"gebruikerIds": [str(demo.account("regievoerder-renkum"))]},
    )
    assert (roles.status_code, assigned.status_code) == (200, 200), assigned.text

    removed = await client.delete(f"/deelnames/{own}", headers=BEHEERDER_RENKUM)

    assert removed.status_code == 204, removed.text
