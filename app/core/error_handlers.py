"""Every error the service can answer with, rendered once as application/problem+json."""

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import iter_route_contexts
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import compile_path

from app.core.errors import AppError, InvalidParam, PreconditionFailed
from app.core.head import with_head
from app.core.problems import problem_response

log = structlog.get_logger("vpmonitor.errors")

HTTP_DETAILS = {
    404: "There is no resource at this path.",
    405: "This method is not allowed on this path.",
    413: "The request body is larger than this service accepts.",
}


def param_name(loc: Sequence[int | str]) -> str:
    """('body', 'metingen', 2, 'normCode') -> 'metingen[2].normCode'."""
    parts = list(loc[1:]) if loc and loc[0] in {"body", "query", "path", "header"} else list(loc)
    name = ""
    for part in parts:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name or (str(loc[0]) if loc else "body")


def param_reason(error: dict[str, Any]) -> str:
    if error.get("type") == "extra_forbidden":
        return "Unknown field; it cannot be set."
    if error.get("type") == "json_invalid":
        return f"The body is not valid JSON: {error.get('ctx', {}).get('error', 'syntax error')}."
    return str(error.get("msg", "Invalid value."))


def invalid_params_of(errors: Sequence[Any]) -> list[InvalidParam]:
    return [InvalidParam(param_name(err.get("loc", ())), param_reason(err)) for err in errors]


async def app_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status,
        exc.detail,
        instance=request.url.path,
        title=exc.title,
        slug=exc.slug,
        invalid_params=exc.invalid_params,
        headers=exc.headers,
    )


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    params = invalid_params_of(exc.errors())
    names = ", ".join(dict.fromkeys(p.name for p in params))
    return problem_response(
        400,
        f"The request has invalid fields: {names}.",
        instance=request.url.path,
        title="Invalid input",
        slug="invalid-input",
        invalid_params=params,
    )


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if exc.detail and exc.detail != _phrase(exc.status_code) else None
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    return problem_response(
        exc.status_code,
        detail or HTTP_DETAILS.get(exc.status_code, _phrase(exc.status_code)),
        instance=request.url.path,
        headers=headers,
    )


def allowed_methods(request: Request) -> str:
    """Every method of every route on this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        if route.path and route.methods:
            pattern, _, _ = compile_path(route.path)
            if pattern.match(request.url.path):
                methods |= route.methods
    return ", ".join(sorted(with_head(methods)))


async def stale_data(request: Request, exc: Exception) -> Response:
    return await app_error(request, PreconditionFailed())


async def integrity_error(request: Request, exc: Exception) -> Response:
    log.warning("integrity_error", error=str(getattr(exc, "orig", exc)))
    return problem_response(
        409,
        "The change conflicts with data stored meanwhile; read the resource and try again.",
        instance=request.url.path,
        title="Conflict",
        slug="conflict",
    )


# PostgreSQL errors that mean "cannot answer now, try again shortly" (SQLSTATE codes and
# classes): a statement or lock timeout, a deadlock, a server shutting down or restarting,
# too many connections, a broken connection.
RETRYABLE_SQLSTATES = frozenset({"57014", "55P03", "40001", "40P01", "25P03"})
RETRYABLE_SQLSTATE_CLASSES = frozenset({"08", "53", "57"})


def sqlstate_of(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


def is_outage(exc: BaseException) -> bool:
    """The database is down, restarting or too busy: a 503 the client may retry."""
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeoutError | OSError):
        return True
    sqlstate = sqlstate_of(exc) or ""
    if sqlstate in RETRYABLE_SQLSTATES or sqlstate[:2] in RETRYABLE_SQLSTATE_CLASSES:
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


async def database_error(request: Request, exc: Exception) -> Response:
    if not is_outage(exc):
        log.exception("database_error", exc_info=exc)
        return problem_response(500, "An unexpected error occurred.", instance=request.url.path)
    log.warning("database_unavailable", error=str(exc).splitlines()[0][:300])
    retry_after = str(request.app.state.settings.retry_after_seconds)
    return problem_response(
        503,
        "The database is unavailable or busy; try again shortly.",
        instance=request.url.path,
        title="Service unavailable",
        slug="database-unavailable",
        headers={"Retry-After": retry_after},
    )


def _phrase(status: int) -> str:
    return HTTPStatus(status).phrase


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, app_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(StaleDataError, stale_data)
    app.add_exception_handler(IntegrityError, integrity_error)
    app.add_exception_handler(DBAPIError, database_error)
    app.add_exception_handler(PoolTimeoutError, database_error)
    app.add_exception_handler(OSError, database_error)
