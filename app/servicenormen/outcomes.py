"""Whether a measured value meets a norm: pure rules, exact decimal arithmetic.

`hoger_is_beter`: a value at or above the target is `gehaald`; below the target but not more
than the tolerance below it is `aandacht`; further below is `niet_gehaald`.
`lager_is_beter` mirrors it: at or below the target `gehaald`; above it by at most the
tolerance `aandacht`; further above `niet_gehaald`. Both boundaries belong to the better side.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

from app.servicenormen.models import Richting


class Uitkomst(StrEnum):
    gehaald = "gehaald"
    aandacht = "aandacht"
    niet_gehaald = "niet_gehaald"


UITKOMST_DESCRIPTION = (
    "De uitkomst tegen de versie van de norm die gold in de periode van de meting (de "
    "versie met de laatste `geldigVanaf` op of vóór de eerste dag van de periode). "
    "`hoger_is_beter`: waarde >= doelwaarde is `gehaald`; doelwaarde - tolerantie <= waarde "
    "< doelwaarde is `aandacht`; waarde < doelwaarde - tolerantie is `niet_gehaald`. "
    "`lager_is_beter`: waarde <= doelwaarde is `gehaald`; doelwaarde < waarde <= doelwaarde "
    "+ tolerantie is `aandacht`; waarde > doelwaarde + tolerantie is `niet_gehaald`. "
    "Exact decimaal gerekend: een waarde op een grens hoort bij de betere uitkomst."
)


def uitkomst(
    waarde: Decimal, doelwaarde: Decimal, tolerantie: Decimal, richting: Richting
) -> Uitkomst:
    """The outcome of one measured value against a norm's target and tolerance band."""
    if richting is Richting.lager_is_beter:
        # Mirror the scale, so one rule serves both directions.
        waarde, doelwaarde = -waarde, -doelwaarde
    if waarde >= doelwaarde:
        return Uitkomst.gehaald
    if waarde >= doelwaarde - tolerantie:
        return Uitkomst.aandacht
    return Uitkomst.niet_gehaald


class Dated(Protocol):
    @property
    def geldig_vanaf(self) -> date: ...


class Terms(Dated, Protocol):
    @property
    def doelwaarde(self) -> Decimal: ...
    @property
    def tolerantie(self) -> Decimal: ...
    @property
    def richting(self) -> Richting: ...


V = TypeVar("V", bound=Dated)


def version_at(versions: Sequence[V], day: date) -> V | None:
    """The version in force on `day`: the latest `geldig_vanaf` on or before it, or None."""
    found = None
    for version in versions:  # one pass, in any order (a push judges every row with it)
        if version.geldig_vanaf <= day and (
            found is None or version.geldig_vanaf > found.geldig_vanaf
        ):
            found = version
    return found


def judge(versions: Sequence[Terms], period_start: date, waarde: Decimal) -> Uitkomst | None:
    """The outcome against the version in force on the period's first day (None: no version)."""
    version = version_at(versions, period_start)
    if version is None:
        return None
    return uitkomst(waarde, version.doelwaarde, version.tolerantie, version.richting)
