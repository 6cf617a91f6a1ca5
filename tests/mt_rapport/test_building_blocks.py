"""The assembler's pure parts: from the domains' read models to the report, and the format."""

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.begrotingen.models import Begroting as BegrotingModel
from app.core.errors import NotAcceptable
from app.core.periods import Granulariteit, Periode
from app.mt_rapport import building_blocks
from app.mt_rapport.document import Oordeel, Uitkomst
from app.mt_rapport.output_format import RapportFormaat, negotiate
from app.rapportages.series import Punt, Reeks
from app.servicenormen.models import Eenheid, Richting
from app.servicenormen.outcomes import Uitkomst as NormUitkomst
from app.servicenormen.terms import NormTerms, VersieTerms
from app.verbeterplan.summaries import AchterstalligePlanActie, PartijVerwijzing
from app.voortgang.schemas import RapportageInhoud


def budget(**figures: Decimal) -> BegrotingModel:
    return BegrotingModel(
        verbonden_partij_id=uuid.uuid4(),
        jaar=2026,
        primitief_lasten=Decimal(1000),
        primitief_baten=Decimal(1000),
        **figures,
    )


def test_budget_deviation_is_the_actuals_when_known_else_the_forecast() -> None:
    forecast = building_blocks.begroting(
        budget(prognose_lasten=Decimal(1100), prognose_baten=Decimal(1000))
    )
    actuals = building_blocks.begroting(
        budget(
            na_wijziging_lasten=Decimal(1200),
            na_wijziging_baten=Decimal(1200),
            prognose_lasten=Decimal(1100),
            prognose_baten=Decimal(1000),
            realisatie_lasten=Decimal(1260),
            realisatie_baten=Decimal(1200),
        )
    )

    assert (forecast.afwijking, forecast.afwijking_percentage) == (Decimal(100), Decimal("10.00"))
    assert (actuals.afwijking, actuals.afwijking_percentage) == (Decimal(60), Decimal("5.00"))
    assert actuals.na_wijziging == Decimal(1200)


def test_budget_without_forecast_or_actuals_has_no_deviation() -> None:
    assert building_blocks.begroting(budget()).afwijking is None


def norm(*versies: VersieTerms) -> NormTerms:
    return NormTerms(
        uuid.uuid4(), "WACHT", "Wachttijd", Eenheid.dagen, Granulariteit.kwartaal, versies
    )


def test_norm_series_takes_the_target_in_force_at_the_half_years_end() -> None:
    old = VersieTerms(date(2025, 1, 1), Decimal(10), Decimal(2), Richting.lager_is_beter)
    new = VersieTerms(date(2026, 4, 1), Decimal(8), Decimal(2), Richting.lager_is_beter)
    later = VersieTerms(date(2027, 1, 1), Decimal(5), Decimal(1), Richting.lager_is_beter)
    points = (
        Punt(Periode.parse("2024-Q4"), Decimal(12), None),  # before any version: left out
        Punt(Periode.parse("2026-Q2"), Decimal(9), NormUitkomst.aandacht),
    )

    reeks = building_blocks.normreeks(Reeks(norm(old, new, later), points), date(2026, 6, 30))

    assert reeks.doelwaarde == Decimal(8)
    assert reeks.hoger_is_beter is False
    assert reeks.eenheid == "dagen"
    assert [(p.periode, p.uitkomst) for p in reeks.punten] == [("2026-Q2", Uitkomst.AANDACHT)]


def test_a_draft_that_was_never_submitted_shows_nothing_of_its_content() -> None:
    empty = building_blocks.inhoud(None)

    assert empty.aspecten.financien.oordeel is None
    assert empty.afwijkingen.begroting.afwijking is None
    assert empty.tevredenheid is None


def test_submitted_content_carries_ratings_flags_and_satisfaction() -> None:
    leeg = {"oordeel": None, "toelichting": None}
    submitted = RapportageInhoud.model_validate(
        {
            "aspecten": {
                "voortgang": leeg,
                "inhoud": leeg,
                "planning": leeg,
                "financien": {"oordeel": "-", "toelichting": "Overschrijding."},
                "risicos": leeg,
                "communicatie": {"oordeel": "+", "toelichting": None},
            },
            "afwijkingBegroting": {"afwijking": True, "toelichting": "Prognose hoger."},
            "afwijkingInvestering": {"afwijking": False, "toelichting": None},
            "afwijkingExploitatie": {"afwijking": None, "toelichting": None},
            "dienstverlening": "Goed.",
            "samenvatting": None,
            "tevredenheid": 7.5,
        }
    )

    content = building_blocks.inhoud(submitted)

    assert content.aspecten.financien.oordeel is Oordeel.ACHTER
    assert content.aspecten.financien.toelichting == "Overschrijding."
    assert content.aspecten.communicatie.oordeel is Oordeel.BETER
    assert content.afwijkingen.begroting.toelichting == "Prognose hoger."
    assert content.afwijkingen.investering.afwijking is False
    assert content.tevredenheid == Decimal("7.5")


def test_an_overdue_action_names_its_recommendation_and_parties() -> None:
    actie = AchterstalligePlanActie(
        id=uuid.uuid4(),
        aanbeveling_id=uuid.uuid4(),
        aanbeveling_code="9",
        aanbeveling_tekst="Maak afspraken over rapportages.",
        omschrijving="Dashboard inrichten",
        eigenaar=None,
        planning=date(2026, 3, 31),
        planning_tekst="Q1 2026",
        verbonden_partijen=[
            PartijVerwijzing(id=uuid.uuid4(), naam="De Connectie"),
            PartijVerwijzing(id=uuid.uuid4(), naam="Duo+"),
        ],
    )
    general = actie.model_copy(update={"verbonden_partijen": []})

    assert building_blocks.actie(actie).aanbeveling == "9. Maak afspraken over rapportages."
    assert building_blocks.actie(actie).verbonden_partij == "De Connectie, Duo+"
    assert building_blocks.actie(general).verbonden_partij is None


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, RapportFormaat.PDF),
        ("*/*", RapportFormaat.PDF),
        ("application/pdf", RapportFormaat.PDF),
        ("text/html", RapportFormaat.HTML),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RapportFormaat.HTML),
        ("application/pdf;q=0.5, text/html", RapportFormaat.HTML),
    ],
)
def test_the_report_format_follows_accept(accept: str | None, expected: RapportFormaat) -> None:
    assert negotiate(accept, None) is expected


def test_formaat_wins_over_accept_and_an_unservable_accept_is_406() -> None:
    assert negotiate("application/pdf", RapportFormaat.HTML) is RapportFormaat.HTML
    with pytest.raises(NotAcceptable):
        negotiate("application/json", None)
