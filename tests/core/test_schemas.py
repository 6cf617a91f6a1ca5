"""Money and percentages travel as JSON numbers, exactly."""

from decimal import Decimal

from app.core.schemas import ApiModel, Euro


class Bedragen(ApiModel):
    heel: Euro
    centen: Euro


def test_whole_euros_travel_as_integers_and_cents_as_decimals() -> None:
    body = Bedragen(heel=Decimal("12500000.00"), centen=Decimal("0.30")).model_dump_json()

    assert body == '{"heel":12500000,"centen":0.3}'
