"""Reporting periods (`2026`, `2026-H1`, `2026-Q3`, `2026-09`): parse, compare, map to dates.

Pure code, shared by norms, partner reports, status reports and budgets. A period is a
granularity and a number within its year; it covers a closed range of dates.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema


class Granulariteit(StrEnum):
    """Hoe lang een periode duurt; ook hoe vaak er over een norm wordt gerapporteerd."""

    maand = "maand"
    kwartaal = "kwartaal"
    halfjaar = "halfjaar"
    jaar = "jaar"


MONTHS_PER_PERIOD = {
    Granulariteit.maand: 1,
    Granulariteit.kwartaal: 3,
    Granulariteit.halfjaar: 6,
    Granulariteit.jaar: 12,
}

# The years 1900 to 2999, as `Periode.parse` accepts them.
_YEAR = r"(19[0-9]{2}|2[0-9]{3})"
PERIOD_PATTERN = rf"^{_YEAR}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$"
HALF_YEAR_PATTERN = rf"^{_YEAR}-H[12]$"
_FORMS = re.compile(r"(?P<jaar>[0-9]{4})(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])|(?P<m>0[1-9]|1[0-2])))?")


class InvalidPeriod(ValueError):
    """Text that is not a period."""


@dataclass(frozen=True, order=True)
class Periode:
    """Een periode: geordend op haar eerste dag, dan op haar lengte (`2026-H1` vóór `2026`)."""

    start: Annotated[date, Field(description="De eerste dag van de periode.")]
    months: Annotated[int, Field(description="Het aantal maanden van de periode: 1, 3, 6 of 12.")]

    @classmethod
    def parse(cls, text: str) -> "Periode":
        match = _FORMS.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidPeriod(f"'{text}' is not a period: use 2026, 2026-H1, 2026-Q3 or 2026-09.")
        year = int(match["jaar"])
        if year < 1900 or year > 2999:
            raise InvalidPeriod(f"'{text}': the year must lie between 1900 and 2999.")
        if match["h"]:
            return cls(date(year, 6 * (int(match["h"]) - 1) + 1, 1), 6)
        if match["q"]:
            return cls(date(year, 3 * (int(match["q"]) - 1) + 1, 1), 3)
        if match["m"]:
            return cls(date(year, int(match["m"]), 1), 1)
        return cls(date(year, 1, 1), 12)

    @classmethod
    def year(cls, jaar: int) -> "Periode":
        return cls(date(jaar, 1, 1), 12)

    @classmethod
    def half_year_of(cls, day: date) -> "Periode":
        return cls(date(day.year, 1 if day.month <= 6 else 7, 1), 6)

    @property
    def granulariteit(self) -> Granulariteit:
        return {1: Granulariteit.maand, 3: Granulariteit.kwartaal, 6: Granulariteit.halfjaar}.get(
            self.months, Granulariteit.jaar
        )

    @property
    def jaar(self) -> int:
        return self.start.year

    @property
    def end(self) -> date:
        """The last day of the period."""
        return _last_day(self.start, self.months)

    def next(self) -> "Periode":
        return self._shifted(self.months)

    def previous(self) -> "Periode":
        return self._shifted(-self.months)

    def _shifted(self, months: int) -> "Periode":
        index = self.start.month - 1 + months
        return Periode(date(self.start.year + index // 12, index % 12 + 1, 1), self.months)

    def contains(self, other: "Periode") -> bool:
        """Whether `other` lies wholly within this period."""
        return self.start <= other.start and other.end <= self.end

    def subperiods(self, granulariteit: Granulariteit) -> list["Periode"]:
        """The periods of a (finer or equal) granularity that make up this one, in order."""
        months = MONTHS_PER_PERIOD[granulariteit]
        if months > self.months:
            return []
        first = Periode(self.start, months)
        return [first] + [first := first.next() for _ in range(self.months // months - 1)]

    def __str__(self) -> str:
        return _label(self.start, self.months)


@lru_cache(maxsize=8_192)
def _label(start: date, months: int) -> str:
    """`2026`, `2026-H1`, `2026-Q1` or `2026-01` (remembered: a push of 1,000 measurements
    names the same few periods thousands of times)."""
    number = (start.month - 1) // months + 1
    return {
        12: f"{start.year}",
        6: f"{start.year}-H{number}",
        3: f"{start.year}-Q{number}",
        1: f"{start.year}-{start.month:02d}",
    }[months]


@lru_cache(maxsize=8_192)
def _last_day(start: date, months: int) -> date:
    """The day before the period of `months` that follows the one starting on `start`
    (remembered: a push of 1,000 measurements asks it for the same few periods each time)."""
    index = start.month - 1 + months
    return date(start.year + index // 12, index % 12 + 1, 1) - timedelta(days=1)


def _parse(value: Any) -> Periode:
    if isinstance(value, Periode):
        return value
    if not isinstance(value, str):
        raise InvalidPeriod("A period is a string such as 2026, 2026-H1, 2026-Q3 or 2026-09.")
    return Periode.parse(value)


def _parse_half_year(value: Any) -> Periode:
    periode = _parse(value)
    if periode.granulariteit is not Granulariteit.halfjaar:
        raise InvalidPeriod(f"'{periode}' is not a half-year: use 2026-H1 or 2026-H2.")
    return periode


_AS_TEXT = PlainSerializer(str, return_type=str)

# A period in a schema: a string in the API, a `Periode` in the code.
PeriodeField = Annotated[
    Periode,
    BeforeValidator(_parse),
    _AS_TEXT,
    WithJsonSchema({"type": "string", "pattern": PERIOD_PATTERN, "examples": ["2026-Q3"]}),
]
HalfYearField = Annotated[
    Periode,
    BeforeValidator(_parse_half_year),
    _AS_TEXT,
    WithJsonSchema({"type": "string", "pattern": HALF_YEAR_PATTERN, "examples": ["2026-H1"]}),
]
