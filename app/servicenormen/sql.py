"""`uitkomst_sql`: the SQL twin of `app.servicenormen.outcomes.uitkomst`, the same on SQLite
and PostgreSQL, so outcomes can be decided in the database (stored with each measurement when
a norm gets a new version); a test holds the two to the same answers, boundaries included.
"""

from typing import Any

from sqlalchemy import BigInteger, ColumnElement, and_, case, cast, func, or_

from app.servicenormen.models import Richting
from app.servicenormen.outcomes import Uitkomst

# NormValue keeps 4 decimals. Compared as integers of 1/10,000, the outcome is exact on both
# databases (SQLite holds the values as REAL, where 95.4 - 5.1 is not 90.3).
SCALE = 10_000


def _scaled(value: Any) -> ColumnElement[int]:
    return cast(func.round(value * SCALE), BigInteger)


def uitkomst_sql(waarde: Any, doelwaarde: Any, tolerantie: Any, richting: Any) -> Any:
    """`gehaald`, `aandacht` or `niet_gehaald`, by the rule of `outcomes.uitkomst`."""
    w, d, t = _scaled(waarde), _scaled(doelwaarde), _scaled(tolerantie)
    higher = richting == Richting.hoger_is_beter
    lower = richting == Richting.lager_is_beter
    met = or_(and_(higher, w >= d), and_(lower, w <= d))
    within_tolerance = or_(and_(higher, w >= d - t), and_(lower, w <= d + t))
    return case(
        (met, Uitkomst.gehaald.value),
        (within_tolerance, Uitkomst.aandacht.value),
        else_=Uitkomst.niet_gehaald.value,
    )
