"""Checks on the query string that hold for every operation."""

from fastapi import Request

from app.core.errors import InvalidInput, InvalidParam
from app.core.json_types import unstorable_text


async def storable_query(request: Request) -> None:
    """A query value with a NUL character is 400 before it reaches a database query."""
    problems = [
        InvalidParam(name, reason)
        for name, value in request.query_params.multi_items()
        if (reason := unstorable_text(name) or unstorable_text(value))
    ]
    if problems:
        raise InvalidInput.fields(problems)
