"""Periods in the query string: typed `Periode` values, or 400 naming the parameter.

FastAPI cannot take a `Periode` as a query parameter directly, so each parameter is a small
dependency that reads the text (documented with the same pattern as `PeriodeField` and
`HalfYearField` in bodies) and validates it with those very types.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Query
from pydantic import TypeAdapter, ValidationError

from app.core.errors import InvalidInput
from app.core.periods import HALF_YEAR_PATTERN, PERIOD_PATTERN, HalfYearField, Periode, PeriodeField

ANY_PERIOD = "2026, 2026-H1, 2026-Q3 of 2026-09."
HALF_YEAR = "Een halfjaar, bijv. 2026-H1."


def period_query(
    name: str, *, half_year: bool = False, description: str | None = None
) -> Callable[[str | None], Awaitable[Periode | None]]:
    """A dependency for the optional query parameter `name`: its `Periode`, or None."""
    adapter: TypeAdapter[Any] = TypeAdapter(HalfYearField if half_year else PeriodeField)
    pattern = HALF_YEAR_PATTERN if half_year else PERIOD_PATTERN
    text = description or (HALF_YEAR if half_year else ANY_PERIOD)

    async def parse(
        value: Annotated[str | None, Query(alias=name, pattern=pattern, description=text)] = None,
    ) -> Periode | None:
        if value is None:
            return None
        try:
            parsed: Periode = adapter.validate_python(value)
        except ValidationError as error:
            reason = error.errors()[0].get("ctx", {}).get("error") or error.errors()[0]["msg"]
            raise InvalidInput.field(name, str(reason)) from None
        return parsed

    return parse


PeriodeQuery = Annotated[Periode | None, Depends(period_query("periode"))]
HalfYearQuery = Annotated[Periode | None, Depends(period_query("periode", half_year=True))]
VanQuery = Annotated[
    Periode | None, Depends(period_query("van", description=f"Vanaf deze periode: {ANY_PERIOD}"))
]
TotQuery = Annotated[
    Periode | None,
    Depends(period_query("tot", description=f"Tot en met deze periode: {ANY_PERIOD}")),
]
