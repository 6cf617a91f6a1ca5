"""A new draft starts from a snapshot composed by the registered prefill sources."""

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.voortgang import prefill
from app.voortgang.prefill import PrefillContribution, PrefillRequest
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import draft, edit


async def fake_budget(session: AsyncSession, request: PrefillRequest) -> PrefillContribution:
    return PrefillContribution(
        "proefbegroting",
        {"jaar": request.periode.jaar, "afwijkingPercentage": 4.2},
        afwijkingen={"afwijkingBegroting": True, "afwijkingExploitatie": False},
        toelichtingen={"afwijkingBegroting": "Proef.", "afwijkingExploitatie": "Genegeerd."},
    )


async def nothing_known(session: AsyncSession, request: PrefillRequest) -> None:
    return None


async def test_a_registered_source_adds_its_section_and_prefills_the_flags(
    client: AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        prefill, "PREFILL_SOURCES", [prefill.verbonden_partij, fake_budget, nothing_known]
    )

    report = await draft(client, demo)

    assert report.json()["snapshot"]["bronnen"]["proefbegroting"] == {
        "jaar": 2026,
        "afwijkingPercentage": 4.2,
    }
    assert report.json()["afwijkingBegroting"] == {"afwijking": True, "toelichting": "Proef."}
    assert report.json()["afwijkingExploitatie"] == {"afwijking": False, "toelichting": None}
    assert report.json()["afwijkingInvestering"]["afwijking"] is None


async def test_the_snapshot_stays_as_composed(
    client: AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = await draft(client, demo)
    monkeypatch.setattr(prefill, "PREFILL_SOURCES", [fake_budget])

    edited = await edit(client, report, {"samenvatting": "Bijgewerkt."})

    assert edited.json()["snapshot"] == report.json()["snapshot"]
    assert "proefbegroting" not in edited.json()["snapshot"]["bronnen"]


async def test_snapshot_shows_the_previous_approved_ratings(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)

    previous = report.json()["snapshot"]["bronnen"]["vorigeRapportage"]
    assert previous["periode"] == "2025-H2"
    assert previous["oordelen"]["inhoud"] == "-"
    assert previous["afwijkingen"]["afwijkingInvestering"] is True


async def test_snapshot_holds_the_party_facts_of_the_municipality(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)

    facts = report.json()["snapshot"]["bronnen"]["verbondenPartij"]
    assert facts["monitoringsniveau"] == 1
    assert facts["regievoerders"] == ["Regievoerder Arnhem"]
    assert facts["aandeel"] == 68.0  # a JSON number, like every other number of the API


async def test_two_sources_writing_one_section_is_a_bug(
    client: AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    from app.core.clock import today
    from app.core.periods import Periode

    request = PrefillRequest(
        demo.organisation("Arnhem"), demo.party("De Connectie"), Periode.parse("2026-H1"), today()
    )

    with pytest.raises(ValueError, match="proefbegroting"):
        await prefill.compose(session, request, [fake_budget, fake_budget])


async def test_the_previous_report_counts_only_once_approved(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo, "2025-H1")

    assert "vorigeRapportage" not in report.json()["snapshot"]["bronnen"]
    assert report.headers["location"].endswith(report.json()["id"])
    read = await client.get(report.headers["location"], headers=REGIEVOERDER_ARNHEM)
    assert read.status_code == 200
