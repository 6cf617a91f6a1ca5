"""The financial interest of BBV art. 15: the municipality's share of the party's equity."""

from decimal import Decimal

from app.bbv.belang import part_of_equity


def test_the_interest_is_the_share_of_the_equity_to_the_cent() -> None:
    assert part_of_equity(Decimal("33.3333"), Decimal("1000000")) == Decimal("333333.00")
    assert part_of_equity(Decimal("12.5"), Decimal("0.99")) == Decimal("0.12")  # 0.12375


def test_a_half_cent_rounds_up() -> None:
    assert part_of_equity(Decimal("50"), Decimal("0.01")) == Decimal("0.01")


def test_negative_equity_gives_a_negative_interest() -> None:
    assert part_of_equity(Decimal("25"), Decimal("-400000")) == Decimal("-100000.00")


def test_without_a_share_or_equity_the_interest_is_unknown() -> None:
    assert part_of_equity(None, Decimal("1000")) is None
    assert part_of_equity(Decimal("10"), None) is None
