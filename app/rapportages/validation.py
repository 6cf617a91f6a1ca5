"""Checks a push's measurements against the party's norms, collecting every problem. Pure."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.errors import InvalidParam
from app.core.periods import Periode
from app.servicenormen.outcomes import version_at
from app.servicenormen.terms import NormTerms
from app.servicenormen.units import value_problem


@dataclass(frozen=True)
class MetingInput:
    norm_code: str
    periode: Periode | None
    waarde: Decimal


def meting_period(meting: MetingInput, report_period: Periode) -> Periode:
    """A measurement without its own period is for the report's period."""
    return meting.periode or report_period


def not_begun(period: Periode, today: date) -> str | None:
    """Nothing is measured over a period that has not begun (a push of next quarter's
    figures would turn the dashboard green ahead of time)."""
    if period.start > today:
        return f"{period} has not begun yet (today is {today.isoformat()})."
    return None


def push_problems(
    report_period: Periode,
    metingen: Sequence[MetingInput],
    norms: Mapping[str, NormTerms],
    today: date,
) -> list[InvalidParam]:
    """Every problem of a push: its period must have begun, and every measurement be good."""
    problems = []
    if reason := not_begun(report_period, today):
        problems.append(InvalidParam("periode", reason))
    return problems + metingen_problems(report_period, metingen, norms, today)


def metingen_problems(
    report_period: Periode,
    metingen: Sequence[MetingInput],
    norms: Mapping[str, NormTerms],
    today: date,
) -> list[InvalidParam]:
    """Every bad measurement: unknown code, period not of the norm's frequency, outside the
    report or not begun, norm not yet in force, value outside the unit's range, a norm and
    period twice."""
    problems: list[InvalidParam] = []
    seen: dict[tuple[str, Periode], int] = {}
    for index, meting in enumerate(metingen):
        name = f"metingen[{index}]"
        period = meting_period(meting, report_period)
        first = seen.setdefault((meting.norm_code, period), index)
        if first != index:
            problems.append(
                InvalidParam(
                    f"{name}.normCode",
                    f"Duplicate: {meting.norm_code} for {period} is also in metingen[{first}].",
                )
            )
        norm = norms.get(meting.norm_code)
        if norm is None:
            problems.append(InvalidParam(f"{name}.normCode", "No norm with this code."))
            continue
        if reason := period_problem(norm, period, report_period, today):
            problems.append(InvalidParam(f"{name}.periode", reason))
        if reason := value_problem(norm.eenheid, meting.waarde):
            problems.append(InvalidParam(f"{name}.waarde", reason))
    return problems


def period_problem(
    norm: NormTerms, period: Periode, report_period: Periode, today: date
) -> str | None:
    if period.granulariteit is not norm.frequentie:
        return (
            f"{norm.code} is measured per {norm.frequentie.value}; "
            f"{period} is a {period.granulariteit.value}."
        )
    if not report_period.start <= period.end <= report_period.end:
        return f"Must end within the report's period {report_period}."
    if reason := not_begun(period, today):
        return reason
    if version_at(norm.versies, period.start) is None:
        first = min(version.geldig_vanaf for version in norm.versies)
        return f"{norm.code} is in force only from {first.isoformat()}."
    return None
