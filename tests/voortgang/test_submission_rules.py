"""What a report needs before it goes to the MT, as a pure rule and over HTTP."""

from typing import Any

from httpx import AsyncClient

from app.voortgang.content import ASPECTEN
from app.voortgang.validation import submission_problems
from tests.auth_headers import REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import OP_KOERS, act, draft, edit


def content(**overrides: Any) -> dict[str, Any]:
    blank = {"oordeel": None, "toelichting": None}
    result: dict[str, Any] = {
        "aspecten": {aspect: dict(blank) for aspect in ASPECTEN},
        "afwijking_begroting": {"afwijking": None, "toelichting": None},
        "afwijking_investering": {"afwijking": None, "toelichting": None},
        "afwijking_exploitatie": {"afwijking": None, "toelichting": None},
        "afwijking_totaalplanning": {"afwijking": None, "toelichting": None},
    }
    result["aspecten"]["voortgang"] = {"oordeel": "=", "toelichting": None}
    result.update(overrides)
    return result


def test_every_unexplained_minus_and_deviation_is_named() -> None:
    aspects = content()["aspecten"]
    aspects["financien"] = {"oordeel": "-", "toelichting": None}
    aspects["planning"] = {"oordeel": "-", "toelichting": "  "}
    problems = submission_problems(
        content(aspecten=aspects, afwijking_investering={"afwijking": True, "toelichting": None})
    )

    assert [p.name for p in problems] == [
        "aspecten.planning.toelichting",
        "aspecten.financien.toelichting",
        "afwijkingInvestering.toelichting",
    ]


def test_a_rated_report_without_deviations_can_be_submitted() -> None:
    flags = {"afwijking": False, "toelichting": None}
    assert submission_problems(content(afwijking_begroting=flags)) == []


def test_a_report_without_any_rating_cannot_be_submitted() -> None:
    aspects = content()["aspecten"]
    aspects["voortgang"] = {"oordeel": None, "toelichting": None}

    assert [p.name for p in submission_problems(content(aspecten=aspects))] == ["aspecten"]


async def test_minus_without_explanation_is_400_naming_the_aspect(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)
    # (Financiën is prefilled with De Connectie's key ratios in the red: take another aspect.)
    report = await edit(client, report, {"aspecten": {"communicatie": {"oordeel": "-"}}})

    response = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)

    assert response.status_code == 400
    names = [p["name"] for p in response.json()["invalidParams"]]
    assert names == ["aspecten.communicatie.toelichting"]
    stored = await client.get(
        f"/voortgangsrapportages/{report.json()['id']}", headers=REGIEVOERDER_ARNHEM
    )
    assert stored.json()["status"] == "concept"


async def test_deviation_flag_without_explanation_is_400(
    client: AsyncClient, demo: DemoIds
) -> None:
    report = await draft(client, demo)
    report = await edit(
        client,
        report,
        {
            "aspecten": {"voortgang": OP_KOERS},
            "afwijkingBegroting": {"afwijking": True, "toelichting": None},
        },
    )

    response = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)

    assert response.status_code == 400
    names = [p["name"] for p in response.json()["invalidParams"]]
    assert names == ["afwijkingBegroting.toelichting"]
