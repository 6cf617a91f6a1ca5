"""The seed's form whole: portfolio holder, project phase, decisions asked of the MT, other
information and the flag "afwijking totaalplanning" under Planning."""

from httpx import AsyncClient

from app.voortgang.schemas import RapportageInhoud
from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import act, draft, edit, rated_draft

FREE_FIELDS = {
    "portefeuillehouder": "College van B&W",
    "projectfase": "Ontwerpfase",
    "besluitvorming": "Instemmen met het directiebesluit over de personele constructie.",
    "overigeInformatie": "De aanbieders zijn geïnformeerd.",
}


async def test_the_free_fields_of_the_form_are_stored_and_read(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)

    edited = await edit(client, report, FREE_FIELDS)

    assert edited.status_code == 200
    assert {name: edited.json()[name] for name in FREE_FIELDS} == FREE_FIELDS


async def test_the_overall_planning_flag_is_stored_with_its_explanation(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)
    flag = {"afwijking": True, "toelichting": "Start schuift naar 1 april."}

    edited = await edit(client, report, {"afwijkingTotaalplanning": flag})

    assert edited.json()["afwijkingTotaalplanning"] == flag


async def test_a_deviating_overall_planning_needs_an_explanation_to_submit(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await rated_draft(client, demo)
    report = await edit(client, report, {"afwijkingTotaalplanning": {"afwijking": True}})

    response = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)

    assert response.status_code == 400
    names = [param["name"] for param in response.json()["invalidParams"]]
    assert names == ["afwijkingTotaalplanning.toelichting"]


async def test_a_portfolio_holder_longer_than_200_characters_is_400(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)

    response = await edit(client, report, {"portefeuillehouder": "x" * 201, "projectfase": ""})

    assert response.status_code == 400
    names = {param["name"] for param in response.json()["invalidParams"]}
    assert names == {"portefeuillehouder", "projectfase"}


async def test_a_new_draft_takes_over_portfolio_holder_and_phase_of_the_previous_report(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)  # the demo's 2025-H2 report of Arnhem on De Connectie

    assert report.json()["portefeuillehouder"] == "Wethouder bedrijfsvoering"
    assert report.json()["projectfase"] == "Uitvoering 2!Connect"
    assert report.json()["besluitvorming"] is None  # a new half-year asks its own decisions


async def test_a_first_draft_has_no_portfolio_holder(client: AsyncClient, demo: DemoIds) -> None:
    report = await draft(client, demo, periode="2025-H1")

    assert report.json()["portefeuillehouder"] is None


async def test_a_submitted_version_keeps_the_free_fields_and_the_planning_flag(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await rated_draft(client, demo)
    flag = {"afwijking": False, "toelichting": None}
    report = await edit(client, report, {**FREE_FIELDS, "afwijkingTotaalplanning": flag})
    await act(client, report, "indienen", REGIEVOERDER_ARNHEM)

    url = f"/voortgangsrapportages/{report.json()['id']}/versies"
    inhoud = (await client.get(url, headers=MT_ARNHEM)).json()["resultaten"][0]["inhoud"]

    assert {name: inhoud[name] for name in FREE_FIELDS} == FREE_FIELDS
    assert inhoud["afwijkingTotaalplanning"] == flag


def test_a_version_submitted_before_the_fields_existed_reads_them_as_unanswered() -> None:
    unanswered = {"afwijking": None, "toelichting": None}
    aspect = {"oordeel": None, "toelichting": None}
    stored = {
        "aspecten": dict.fromkeys(
            ("voortgang", "inhoud", "planning", "financien", "risicos", "communicatie"), aspect
        ),
        "afwijkingBegroting": unanswered,
        "afwijkingInvestering": unanswered,
        "afwijkingExploitatie": unanswered,
        "dienstverlening": None,
        "samenvatting": None,
        "tevredenheid": None,
    }

    inhoud = RapportageInhoud.model_validate(stored)

    assert inhoud.afwijking_totaalplanning.afwijking is None
    assert inhoud.portefeuillehouder is None
    assert inhoud.besluitvorming is None
