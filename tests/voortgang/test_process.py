"""The semiannual status report to the MT, from opening the round to the frozen report."""

from httpx import AsyncClient

from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds
from tests.voortgang.steps import DE_CONNECTIE, act, draft, edit, open_round


async def test_mt_round_draft_submit_return_resubmit_approve_freeze(
    client: AsyncClient, demo: DemoIds
) -> None:
    # The MT opens the round for the first half of 2026: De Connectie must report.
    ronde = await open_round(client, "2026-H1", "2026-07-15")
    assert ronde.status_code == 201, ronde.text
    line = next(p for p in ronde.json()["partijen"] if p["verbondenPartij"]["naam"] == DE_CONNECTIE)
    assert line["status"] == "ontbreekt"
    assert [r["naam"] for r in line["regievoerders"]] == ["Regievoerder Arnhem"]

    # The regievoerder drafts the report and finds it prefilled with what the service knows.
    report = await draft(client, demo)
    assert report.status_code == 201, report.text
    assert report.json()["status"] == "concept"
    snapshot = report.json()["snapshot"]
    assert snapshot["periode"] == "2026-H1"
    assert snapshot["bronnen"]["verbondenPartij"]["naam"] == DE_CONNECTIE
    assert snapshot["bronnen"]["rapportageronde"]["deadline"] == "2026-07-15"
    bronnen = snapshot["bronnen"]
    # … the norm outcomes of the half-year (WIJZIGING-DLT missed in 2026-Q2),
    assert (bronnen["normen"]["gehaald"], bronnen["normen"]["nietGehaald"]) == (4, 1)
    assert bronnen["normen"]["aandeelGehaald"] == 80.0
    # … whether the partner's reports of the half-year came on time,
    assert bronnen["tijdigheid"]["opTijd"] is True
    assert bronnen["tijdigheid"]["aantallen"]["opTijd"] == 9
    # … the 2026 budget deviation with its flags and Arnhem's share,
    assert bronnen["begroting"]["afwijkingen"]["prognose"]["lasten"]["bedrag"] == 200000
    assert bronnen["begroting"]["signalering"]["afwijkingBegroting"] is True
    assert bronnen["begroting"]["signalering"]["eigenAandeel"]["prognose"] == -102000
    # … the improvement plan's open and overdue actions, and Arnhem's largest risks.
    assert (bronnen["acties"]["open"], bronnen["acties"]["achterstallig"]) == (3, 1)
    assert [r["score"] for r in bronnen["risicos"]["grootste"]] == [12, 12]
    # The budget prefills the three deviation flags, each with the deviations that raise it.
    assert report.json()["afwijkingInvestering"]["afwijking"] is True
    assert "investeringen +€ 150.000,00" in report.json()["afwijkingInvestering"]["toelichting"]

    # Financiën is behind; the regievoerder says why, rates the rest, and submits.
    report = await edit(
        client,
        report,
        {
            "aspecten": {
                "voortgang": {"oordeel": "=", "toelichting": "Op koers."},
                "financien": {"oordeel": "-", "toelichting": "Overschrijding 2!Connect."},
            },
            "afwijkingBegroting": {"afwijking": True, "toelichting": "Prognose boven begroting."},
            "tevredenheid": 6.5,
        },
    )
    assert report.status_code == 200, report.text
    report = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)
    assert report.json()["status"] == "ingediend"

    # The MT returns it with a comment.
    report = await act(
        client, report, "terugsturen", MT_ARNHEM, {"toelichting": "Noem de maatregelen."}
    )
    assert report.json()["status"] == "teruggestuurd"
    assert report.json()["mtOpmerking"] == "Noem de maatregelen."

    # The regievoerder adds the measures to the explanation (the rating stays) and resubmits.
    report = await edit(
        client,
        report,
        {"aspecten": {"financien": {"toelichting": "Overschrijding 2!Connect; herprioritering."}}},
    )
    assert report.json()["aspecten"]["financien"]["oordeel"] == "-"
    report = await act(client, report, "indienen", REGIEVOERDER_ARNHEM)
    assert report.json()["status"] == "ingediend"

    # The MT approves; the report is frozen.
    report = await act(client, report, "goedkeuren", MT_ARNHEM)
    assert report.json()["status"] == "goedgekeurd"
    frozen = await edit(client, report, {"samenvatting": "Nog iets."})
    assert frozen.status_code == 409
    assert [step["actie"] for step in report.json()["historie"]] == [
        "indienen",
        "terugsturen",
        "indienen",
        "goedkeuren",
    ]
    assert report.json()["snapshot"] == snapshot

    # Both submitted versions stay readable, each as it was submitted.
    url = f"/voortgangsrapportages/{report.json()['id']}/versies"
    listing = (await client.get(url, headers=MT_ARNHEM)).json()
    versions = listing["resultaten"]
    assert listing["aantal"] == 2
    assert [v["volgnummer"] for v in versions] == [1, 2]
    assert versions[0]["inhoud"]["aspecten"]["financien"]["toelichting"] == (
        "Overschrijding 2!Connect."
    )
    assert versions[0]["beoordeling"]["actie"] == "terugsturen"
    assert versions[1]["inhoud"]["aspecten"]["financien"]["toelichting"].endswith(
        "herprioritering."
    )
    assert versions[1]["beoordeling"]["actie"] == "goedkeuren"

    # The round shows the report as approved.
    overview = await client.get(f"/rapportagerondes/{ronde.json()['id']}", headers=MT_ARNHEM)
    line = next(
        p for p in overview.json()["partijen"] if p["verbondenPartij"]["naam"] == DE_CONNECTIE
    )
    assert line["status"] == "goedgekeurd"
