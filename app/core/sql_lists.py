"""`column IN (values)` for long lists: on PostgreSQL one array parameter (`= ANY($1)`).

An expanding `IN` renders, casts and binds one parameter per value on every execution (a push
of 1,000 metingen names 1,000 norm codes: a fifth of its time went there), and its text
changes with the number of values, so PostgreSQL prepares it anew. One array parameter keeps
one statement text. SQLite has no arrays and gets the plain `IN`.
"""

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import TypeEngine


def uses_arrays(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def one_of(
    column: Any, values: Collection[Any], element_type: TypeEngine[Any], *, as_array: bool
) -> ColumnElement[bool]:
    """`column` is one of `values`."""
    if as_array:
        return column == any_(bindparam(None, list(values), type_=ARRAY(element_type)))  # type: ignore[no-any-return]
    return column.in_(list(values))  # type: ignore[no-any-return]
