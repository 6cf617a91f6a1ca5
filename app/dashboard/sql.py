"""SQL expressions that work the same on SQLite and PostgreSQL. `uitkomst_sql`, the SQL twin
of `app.servicenormen.outcomes.uitkomst`, lives beside the rule (app/servicenormen/sql.py)."""

from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, extract

from app.servicenormen.sql import uitkomst_sql

__all__ = ["quarter_index", "uitkomst_sql"]


def quarter_index(day: Any) -> ColumnElement[int]:
    """The calendar quarter of a date as one integer: year × 4 + quarter − 1."""
    year = cast(extract("year", day), Integer)
    month = cast(extract("month", day), Integer)
    return year * 4 + (month - 1) // 3
