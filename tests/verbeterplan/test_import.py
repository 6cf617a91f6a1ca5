"""Importing seed 004's table: every row reported, all or nothing, and nothing twice."""

from httpx import AsyncClient

from tests.auth_headers import (
    BEHEERDER_ARNHEM,
    BEHEERDER_RENKUM,
    MT_ARNHEM,
    PARTNER_DE_CONNECTIE,
    REGIEVOERDER_ARNHEM,
    REGIEVOERDER_RENKUM,
)
from tests.verbeterplan.helpers import SEED_CSV, SEED_XLSX, XLSX, csv_of, import_csv, plan

SEED_CODES = ["A", "B", "C", "D", "E", "F", *(str(number) for number in range(1, 11))]


async def _audit_count(client: AsyncClient, headers: dict[str, str]) -> int:
    response = await client.get("/audit-gebeurtenissen", headers=headers)
    return int(response.json()["aantal"])


async def test_seed_004_table_imports_into_16_recommendations_and_a_second_import_changes_nothing(
    client: AsyncClient,
) -> None:
    events_before = await _audit_count(client, BEHEERDER_RENKUM)
    first = await import_csv(client, SEED_CSV.read_bytes(), REGIEVOERDER_RENKUM)
    stored = await plan(client, BEHEERDER_RENKUM)
    events = await _audit_count(client, BEHEERDER_RENKUM)

    second = await import_csv(client, SEED_CSV.read_bytes(), REGIEVOERDER_RENKUM)

    assert first.status_code == 200, first.text
    assert first.json()["aantalAanbevelingen"] == 16
    assert first.json()["aangemaakt"] == 16
    assert [item["code"] for item in stored] == SEED_CODES
    assert [item["deel"] for item in stored] == [1] * 6 + [2] * 10
    assert all(item["reactie"] is None and item["acties"] == [] for item in stored)
    assert events - events_before == 16  # one per recommendation created
    assert second.status_code == 200, second.text
    assert second.json()["ongewijzigd"] == 16
    assert second.json()["aangemaakt"] == second.json()["bijgewerkt"] == 0
    assert await plan(client, BEHEERDER_RENKUM) == stored
    assert await _audit_count(client, BEHEERDER_RENKUM) == events


async def test_the_report_lists_every_row_and_skips_the_notes(client: AsyncClient) -> None:
    response = await import_csv(client, SEED_CSV.read_bytes(), BEHEERDER_RENKUM)

    rows = response.json()["rijen"]
    first = rows[0]
    assert (first["rij"], first["code"], first["resultaat"]) == (9, "A", "aangemaakt")
    assert first["aanbevelingId"] is not None
    skipped = [row for row in rows if row["resultaat"] == "overgeslagen"]
    assert [row["rij"] for row in skipped] == [30, 32, 33]  # "Aanvullende lessen" and bullets


async def test_the_xlsx_of_the_seed_table_imports_the_same_plan(client: AsyncClient) -> None:
    response = await client.post(
        "/aanbevelingen/_import?bron=rekenkamer",
        content=SEED_XLSX.read_bytes(),
        headers={**BEHEERDER_RENKUM, "Content-Type": XLSX},
    )

    assert response.status_code == 200, response.text
    assert [item["code"] for item in await plan(client, BEHEERDER_RENKUM)] == SEED_CODES


async def test_a_file_in_the_multipart_field_bestand_is_imported(client: AsyncClient) -> None:
    response = await client.post(
        "/aanbevelingen/_import",
        files={
            "bestand": ("verbeterplan.xlsx", SEED_XLSX.read_bytes(), "application/octet-stream")
        },
        headers=BEHEERDER_RENKUM,
    )

    assert response.status_code == 200, response.text
    assert response.json()["bron"] == "rekenkamer"
    assert response.json()["aangemaakt"] == 16


async def test_import_matches_the_recommendations_already_in_the_plan(client: AsyncClient) -> None:
    before = {item["code"]: item for item in await plan(client)}

    response = await import_csv(client, SEED_CSV.read_bytes(), BEHEERDER_ARNHEM)

    assert response.status_code == 200, response.text
    assert response.json()["ongewijzigd"] == 5  # A, C, 4, 9, 10 from the demo
    assert response.json()["aangemaakt"] == 11
    after = {item["code"]: item for item in await plan(client)}
    assert len(after) == 16
    assert after["A"] == before["A"]  # the empty Reactie cell did not clear the response


async def test_one_bad_row_refuses_the_whole_file_naming_every_bad_row(
    client: AsyncClient,
) -> None:
    content = csv_of(
        "A;Goede aanbeveling;;;;",
        "B;Andere aanbeveling;;Actie;Team;binnenkort",
        "C;Derde;Niet overgenomen;;;",
        ";Zonder nummer;;;;",
    )

    response = await import_csv(client, content, BEHEERDER_RENKUM)

    assert response.status_code == 400
    names = [param["name"] for param in response.json()["invalidParams"]]
    assert names == ["rijen[3].planning", "rijen[4].reactie", "rijen[5].nr"]
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_a_dry_run_reports_but_stores_nothing(client: AsyncClient) -> None:
    response = await import_csv(
        client, SEED_CSV.read_bytes(), BEHEERDER_RENKUM, "bron=rekenkamer&proefdraai=true"
    )

    assert response.json()["proefdraai"] is True
    assert response.json()["aangemaakt"] == 16
    assert await plan(client, BEHEERDER_RENKUM) == []


async def test_actions_are_imported_and_a_later_planning_updates_them(
    client: AsyncClient,
) -> None:
    original = csv_of(
        "1.;Beschrijf de rol van regievoerder.;Overgenomen: taken en formatie;"
        "Rolbeschrijving opstellen;HR-adviseur;Q1 2024",
        ";;;Formatie bepalen;Controller;2024",
    )
    changed = csv_of(
        "1.;Beschrijf de rol van regievoerder.;Overgenomen: taken en formatie;"
        "Rolbeschrijving opstellen;HR-adviseur;Q3 2027",
        ";;;Formatie bepalen;Controller;2024",
    )
    await import_csv(client, original, BEHEERDER_RENKUM)

    response = await import_csv(client, changed, BEHEERDER_RENKUM)

    stored = (await plan(client, BEHEERDER_RENKUM))[0]
    assert stored["reactie"] == "overgenomen"
    assert stored["reactieToelichting"] == "taken en formatie"
    acties = {actie["omschrijving"]: actie for actie in stored["acties"]}
    assert acties["Rolbeschrijving opstellen"]["planning"] == "2027-09-30"
    assert acties["Formatie bepalen"]["achterstallig"] is True
    assert [row["resultaat"] for row in response.json()["rijen"]] == ["bijgewerkt", "ongewijzigd"]
    assert response.json()["rijen"][0]["redenen"] == ["Actie changed: planning, planning_tekst."]


async def test_a_deel_column_divides_the_parts(client: AsyncClient) -> None:
    content = b"Deel;Nr;Aanbeveling\r\n1;A;Rollen scheiden\r\n2;1;Regievoerder benoemen\r\n"

    await import_csv(client, content, BEHEERDER_RENKUM)

    assert [(i["deel"], i["code"]) for i in await plan(client, BEHEERDER_RENKUM)] == [
        (1, "A"),
        (2, "1"),
    ]


async def test_a_table_without_the_seed_header_is_400(client: AsyncClient) -> None:
    response = await import_csv(client, b"Naam;Omschrijving\r\nA;B\r\n", BEHEERDER_RENKUM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "bestand"


async def test_mt_and_partner_cannot_import(client: AsyncClient) -> None:
    by_mt = await import_csv(client, SEED_CSV.read_bytes(), MT_ARNHEM)
    by_partner = await import_csv(client, SEED_CSV.read_bytes(), PARTNER_DE_CONNECTIE)

    assert by_mt.status_code == 403
    assert by_partner.status_code == 403


async def test_the_import_answers_with_its_source(client: AsyncClient) -> None:
    response = await import_csv(
        client, SEED_CSV.read_bytes(), REGIEVOERDER_ARNHEM, "bron=accountant"
    )

    assert response.json()["bron"] == "accountant"
    assert response.json()["aangemaakt"] == 16  # another source: another plan
