"""Deviation arithmetic and threshold boundaries: pure, no database."""

from decimal import Decimal

import pytest

from app.begrotingen.deviations import (
    AandeelBron,
    Afwijking,
    Cijfers,
    Drempels,
    Exploitatie,
    Investeringen,
    aandeel,
    afwijkingen,
    eigen_aandeel,
    signalen,
)

D = Decimal


def cijfers(**stages: tuple[str, str]) -> Cijfers:
    built = {name: Exploitatie(D(lasten), D(baten)) for name, (lasten, baten) in stages.items()}
    return Cijfers(**built)  # type: ignore[arg-type]


def test_deviation_arithmetic_amended_vs_original_in_euros_and_percent() -> None:
    found = afwijkingen(
        cijfers(primitief=("12500000", "12500000"), na_wijziging=("12900000", "12650000"))
    )

    assert found.wijziging is not None
    assert found.wijziging.lasten == Afwijking(D("12500000"), D("12900000"))
    assert found.wijziging.lasten.bedrag == D("400000")
    assert found.wijziging.lasten.percentage == D("3.20")
    assert found.wijziging.baten is not None
    assert found.wijziging.baten.bedrag == D("150000")
    assert found.wijziging.saldo is not None
    assert found.wijziging.saldo.bedrag == D("-250000")


def test_deviation_arithmetic_forecast_and_actuals_against_the_amended_budget() -> None:
    found = afwijkingen(
        cijfers(
            primitief=("100", "100"),
            na_wijziging=("200", "150"),
            prognose=("260", "150"),
            realisatie=("180", "160"),
        )
    )

    assert found.prognose is not None
    assert found.prognose.lasten is not None
    assert found.prognose.lasten.basis == D("200")
    assert found.prognose.lasten.bedrag == D("60")
    assert found.prognose.lasten.percentage == D("30.00")
    assert found.realisatie is not None
    assert found.realisatie.saldo is not None
    assert found.realisatie.saldo.basis == D("-50")
    assert found.realisatie.saldo.bedrag == D("30")
    assert found.realisatie.saldo.percentage == D("60.00")


def test_deviation_arithmetic_forecast_falls_back_to_the_original_without_amendments() -> None:
    found = afwijkingen(cijfers(primitief=("1000", "1000"), prognose=("1100", "1000")))

    assert found.wijziging is None
    assert found.prognose is not None
    assert found.prognose.lasten is not None
    assert found.prognose.lasten.basis == D("1000")


def test_deviation_arithmetic_percentage_is_none_when_the_base_is_zero() -> None:
    found = afwijkingen(cijfers(primitief=("500", "500"), na_wijziging=("600", "500")))

    assert found.wijziging is not None
    assert found.wijziging.saldo is not None
    assert found.wijziging.saldo.basis == 0
    assert found.wijziging.saldo.bedrag == D("-100")
    assert found.wijziging.saldo.percentage is None


def test_deviation_arithmetic_investments_against_their_budget() -> None:
    found = afwijkingen(
        Cijfers(
            primitief=Exploitatie(D(1), D(1)),
            investeringen=Investeringen(D("800000"), prognose=D("950000")),
        )
    )

    assert found.prognose is not None
    assert found.prognose.lasten is None
    assert found.prognose.investeringen is not None
    assert found.prognose.investeringen.bedrag == D("150000")
    assert found.prognose.investeringen.percentage == D("18.75")
    assert found.realisatie is None


def test_deviation_arithmetic_is_exact_for_cents() -> None:
    found = afwijkingen(cijfers(primitief=("0.10", "0.20"), na_wijziging=("0.30", "0.30")))

    assert found.wijziging is not None
    assert found.wijziging.saldo is not None
    assert found.wijziging.saldo.basis == D("0.10")
    assert found.wijziging.saldo.bedrag == D("-0.10")
    assert found.wijziging.lasten is not None
    assert found.wijziging.lasten.bedrag == D("0.20")


@pytest.mark.parametrize(
    ("basis", "waarde", "telt"),
    [
        ("10000000", "10100000.00", True),  # exactly € 100,000 (1 %): the amount reaches it
        ("10000000", "10099999.99", False),  # a cent under, and under 5 %
        ("10000000", "9900000.00", True),  # an underrun counts alike
        ("1000000", "1050000.00", True),  # exactly 5 % (€ 50,000): the percentage reaches it
        ("1000000", "1049999.99", False),  # a cent under 5 %
        ("1999999.90", "2099999.89", False),  # 4.99999...% rounds to 5.00 but does not count
        ("0", "99999.99", False),  # no base: only the amount judges
        ("0", "100000", True),
        ("5", "5", False),  # no deviation never counts
    ],
)
def test_threshold_boundary_amount_or_percentage_inclusive(
    basis: str, waarde: str, telt: bool
) -> None:
    assert Drempels().telt(Afwijking(D(basis), D(waarde))) is telt


def test_threshold_boundary_uses_the_municipalitys_own_thresholds() -> None:
    strict = Drempels(bedrag=D("10000"), percentage=D("1"))
    lenient = Drempels(bedrag=D("500000"), percentage=D("10"))
    afwijking = Afwijking(D("1000000"), D("1020000"))  # € 20,000, 2 %

    assert strict.telt(afwijking) is True
    assert lenient.telt(afwijking) is False


def test_flags_map_each_comparison_to_its_flag() -> None:
    budget_only = afwijkingen(
        cijfers(primitief=("1000000", "1000000"), na_wijziging=("1200000", "1200000"))
    )
    exploitation = afwijkingen(
        cijfers(primitief=("1000000", "1000000"), realisatie=("1000000", "800000"))
    )
    investment = afwijkingen(
        Cijfers(
            primitief=Exploitatie(D(1), D(1)),
            investeringen=Investeringen(D("100000"), realisatie=D("300000")),
        )
    )

    assert signalen(budget_only, Drempels()).afwijking_begroting is True
    assert signalen(budget_only, Drempels()).afwijking_exploitatie is False
    assert signalen(exploitation, Drempels()).afwijking_exploitatie is True
    assert signalen(exploitation, Drempels()).afwijking_begroting is False
    assert signalen(investment, Drempels()).afwijking_investering is True
    assert signalen(investment, Drempels()).afwijking_begroting is False


def test_own_share_comes_from_contributions_before_the_verdeelsleutel() -> None:
    share = aandeel(D("8602000"), D("12650000"), D("50"))

    assert share is not None
    assert share.bron is AandeelBron.BIJDRAGEN
    assert share.percentage == D("68.0000")
    assert share.van(D("-150000")) == D("-102000.00")


def test_own_share_falls_back_to_the_verdeelsleutel() -> None:
    found = afwijkingen(cijfers(primitief=("100", "100"), prognose=("300", "100")))
    share = aandeel(None, D(0), D("14"))

    own = eigen_aandeel(found, share, None)

    assert own is not None
    assert own.bron is AandeelBron.VERDEELSLEUTEL
    assert own.prognose == D("-28.00")
    assert own.wijziging is None
