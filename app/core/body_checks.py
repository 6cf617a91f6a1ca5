"""Checks beyond the schema that still run when the schema refuses part of a body.

A body that breaks the schema is refused before its operation runs, so the errors found by a
lookup or a business rule (an unknown code in `metingen[1]`) would surface only after the
client fixed the schema errors (`"waarde": "abc"` in `metingen[2]`). An operation registers
a checker here; the handler of schema errors asks it for the problems of the parts that did
validate, and answers every one in a single 400 (API.md: every bad field in one answer).

A checker gets the request and the JSON body as sent; it authenticates and authorises the
caller itself, reads nothing it may not, writes nothing, and returns [] when it cannot tell.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request

from app.core.errors import InvalidParam

BodyChecker = Callable[[Request, Any], Awaitable[list[InvalidParam]]]

_CHECKERS: dict[Callable[..., Any], BodyChecker] = {}


def also_checked_by(checker: BodyChecker) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register `checker` for the decorated endpoint (place it below the route decorator)."""

    def register(endpoint: Callable[..., Any]) -> Callable[..., Any]:
        _CHECKERS[endpoint] = checker
        return endpoint

    return register


async def problems_beyond_schema(request: Request, body: Any) -> list[InvalidParam]:
    """What the endpoint's checker finds in the body's valid parts; [] without a checker."""
    endpoint = getattr(request.scope.get("route"), "endpoint", None)
    checker = _CHECKERS.get(endpoint) if endpoint is not None else None
    if checker is None or not isinstance(body, dict):
        return []
    return await checker(request, body)
