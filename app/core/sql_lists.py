"""`column IN (values)` for long lists: on PostgreSQL one array parameter (`= ANY($1)`).

An expanding `IN` renders, casts and binds one parameter per value on every execution (a push
of 1,000 metingen names 1,000 norm codes: a fifth of its time went there), and its text
changes with the number of values, so PostgreSQL prepares it anew. One array parameter keeps
one statement text, and the planner sees the values, so it looks each up in its index
instead of scanning a table. SQLite has no arrays and gets the plain `IN`.
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
    column: Any,
    element_type: TypeEngine[Any],
    *,
    as_array: bool,
    values: Collection[Any] | None = None,
    name: str | None = None,
) -> ColumnElement[bool]:
    """`column` is one of `values`, or, for a statement built once and run many times, of the
    list given as parameter `name` when it runs."""
    bound = list(values) if values is not None else None
    required = values is None
    if as_array:
        array = bindparam(name, bound, type_=ARRAY(element_type), required=required)
        return column == any_(array)  # type: ignore[no-any-return]
    return column.in_(bindparam(name, bound, expanding=True, required=required))  # type: ignore[no-any-return]
