"""Which values a unit allows: pure rules, used for targets and for measured values."""

from decimal import Decimal

from app.servicenormen.models import Eenheid

MAX_DECIMALS = 4
MAX_ABSOLUTE = Decimal("1e11")

RANGES: dict[Eenheid, tuple[Decimal | None, Decimal | None]] = {
    Eenheid.percentage: (Decimal(0), Decimal(100)),
    Eenheid.aantal: (Decimal(0), None),
    Eenheid.dagen: (Decimal(0), None),
    Eenheid.uren: (Decimal(0), None),
    Eenheid.score: (Decimal(0), Decimal(10)),
    Eenheid.euro: (None, None),
}
UNIT_RULES = {
    Eenheid.percentage: "a percentage from 0 to 100",
    Eenheid.aantal: "a whole number of 0 or more",
    Eenheid.dagen: "a number of days, 0 or more",
    Eenheid.uren: "a number of hours, 0 or more",
    Eenheid.score: "a score from 0 to 10",
    Eenheid.euro: "an amount in euros with at most 2 decimals",
}


def decimals_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def value_problem(eenheid: Eenheid, value: Decimal) -> str | None:
    """Why `value` is not a value of this unit, or None when it is."""
    if not value.is_finite() or abs(value) >= MAX_ABSOLUTE:
        return "Not a finite number within range."
    low, high = RANGES[eenheid]
    allowed_decimals = {Eenheid.aantal: 0, Eenheid.euro: 2}.get(eenheid, MAX_DECIMALS)
    out_of_range = (low is not None and value < low) or (high is not None and value > high)
    if out_of_range or decimals_of(value) > allowed_decimals:
        return f"Must be {UNIT_RULES[eenheid]} (at most {allowed_decimals} decimals)."
    return None


def tolerance_problem(eenheid: Eenheid, value: Decimal) -> str | None:
    """A tolerance is a non-negative distance on the unit's scale."""
    if value < 0:
        return "Must be 0 or more."
    return value_problem(Eenheid.euro if eenheid is Eenheid.euro else Eenheid.dagen, value)
