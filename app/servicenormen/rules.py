"""Pure rules for a norm's terms: values fit the unit, versions start on a period boundary."""

from datetime import date
from decimal import Decimal

from app.core.errors import InvalidParam
from app.core.periods import MONTHS_PER_PERIOD, Granulariteit
from app.servicenormen.models import Eenheid
from app.servicenormen.units import tolerance_problem, value_problem


def starts_a_period(day: date, frequentie: Granulariteit) -> bool:
    """Whether `day` is the first day of a period of this frequency (so every period has
    exactly one version in force)."""
    return day.day == 1 and (day.month - 1) % MONTHS_PER_PERIOD[frequentie] == 0


def terms_problems(
    eenheid: Eenheid,
    frequentie: Granulariteit,
    doelwaarde: Decimal | None,
    tolerantie: Decimal | None,
    geldig_vanaf: date | None,
) -> list[InvalidParam]:
    """What is wrong with a version's terms (the fields that are given)."""
    problems = []
    if doelwaarde is not None and (reason := value_problem(eenheid, doelwaarde)):
        problems.append(InvalidParam("doelwaarde", reason))
    if tolerantie is not None and (reason := tolerance_problem(eenheid, tolerantie)):
        problems.append(InvalidParam("tolerantie", reason))
    if geldig_vanaf is not None and not starts_a_period(geldig_vanaf, frequentie):
        problems.append(
            InvalidParam(
                "geldigVanaf",
                f"Must be the first day of a period of the norm's frequency ({frequentie.value}).",
            )
        )
    return problems
