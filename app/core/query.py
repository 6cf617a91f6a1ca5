"""Checks on the query string that hold for every operation."""

from collections.abc import Iterator

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from app.core.errors import InvalidInput, InvalidParam
from app.core.json_types import unstorable_text

_CACHE = "_vpm_query_names"
UNKNOWN = "Unknown query parameter; this operation does not take it."


async def storable_query(request: Request) -> None:
    """A query parameter the operation does not declare, or a value with a NUL character, is
    400 naming it, before anything reaches a database query (unknown body fields are 400 too:
    a misspelt filter must not silently return everything)."""
    route = request.scope.get("route")
    known = declared_query_names(route) if isinstance(route, APIRoute) else None
    problems = [
        InvalidParam(name, reason)
        for name, value in request.query_params.multi_items()
        if (
            reason := (UNKNOWN if known is not None and name not in known else None)
            or unstorable_text(name)
            or unstorable_text(value)
        )
    ]
    if problems:
        raise InvalidInput.fields(list({param.name: param for param in problems}.values()))


def declared_query_names(route: APIRoute) -> frozenset[str]:
    """The query parameters a route takes, through all of its dependencies (worked out once
    per route)."""
    names: frozenset[str] | None = getattr(route, _CACHE, None)
    if names is None:
        names = frozenset(_query_names(route.dependant))
        setattr(route, _CACHE, names)
    return names


def _query_names(dependant: Dependant) -> Iterator[str]:
    for field in dependant.query_params:
        model = field.field_info.annotation
        if isinstance(model, type) and issubclass(model, BaseModel):
            yield from (info.alias or name for name, info in model.model_fields.items())
        else:
            yield field.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)
