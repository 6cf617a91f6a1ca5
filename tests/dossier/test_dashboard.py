"""A dossier that needs attention on the dashboard: an overdue review, or a party the
municipality has a regievoerder for without its handover document (seed 004, rec. 7)."""

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, MT_ARNHEM, MT_RENKUM, REGIEVOERDER_RENKUM
from tests.conftest import DemoIds
from tests.dossier.bestanden import PDF


async def row_of(client: AsyncClient, headers: dict[str, str], naam: str) -> dict[str, object]:
    response = await client.get("/dashboard", headers=headers, params={"pageSize": 100})
    assert response.status_code == 200, response.text
    return next(row for row in response.json()["resultaten"] if row["naam"] == naam)


def reasons(row: dict[str, object]) -> list[str]:
    return str(row["aandachtRedenen"] or "").split(", ")


async def test_the_demos_overdue_handover_review_is_an_attention_point(
    client: AsyncClient, demo: DemoIds
) -> None:
    row = await row_of(client, MT_ARNHEM, "De Connectie")

    assert row["dossierBeoordelingenVerlopen"] == 1
    assert row["dossierOverdrachtsdocument"] is True
    assert "dossier" in reasons(row)
    detail = await client.get(
        f"/dashboard/verbonden-partijen/{demo.party('De Connectie')}", headers=MT_ARNHEM
    )
    assert "dossier" in detail.json()["overzicht"]["aandachtRedenen"]


async def test_reviewing_the_overdue_document_clears_the_point(
    client: AsyncClient, demo: DemoIds
) -> None:
    url = f"/verbonden-partijen/{demo.party('De Connectie')}/dossierstukken"
    overdue = await client.get(url, headers=BEHEERDER_ARNHEM, params={"beoordelingVerlopen": True})
    (stuk,) = overdue.json()["resultaten"]

    reviewed = await client.patch(
        f"{url}/{stuk['id']}",
        headers={**BEHEERDER_ARNHEM, "If-Match": f'"{stuk["versie"]}"'},
        json={"laatstBeoordeeldOp": "2026-12-01"},
    )

    assert reviewed.status_code == 200, reviewed.text
    row = await row_of(client, MT_ARNHEM, "De Connectie")
    assert row["dossierBeoordelingenVerlopen"] == 0
    assert "dossier" not in reasons(row)


async def test_a_directed_party_without_the_municipalitys_handover_document(
    client: AsyncClient, demo: DemoIds
) -> None:
    """Renkum has a regievoerder for De Connectie; Arnhem's handover document is not its own."""
    before = await row_of(client, MT_RENKUM, "De Connectie")

    added = await client.post(
        f"/verbonden-partijen/{demo.party('De Connectie')}/dossierstukken",
        headers=REGIEVOERDER_RENKUM,
        data={"soort": "overdrachtsdocument", "titel": "Overdracht", "zichtbaarheid": "eigen"},
        files={"bestand": ("overdracht.pdf", PDF, "application/pdf")},
    )

    assert before["dossierOverdrachtsdocument"] is False
    assert "dossier" in reasons(before)
    assert added.status_code == 201, added.text
    after = await row_of(client, MT_RENKUM, "De Connectie")
    assert after["dossierOverdrachtsdocument"] is True
    assert "dossier" not in reasons(after)
