"""Pure ASGI middleware: request id, access log, response headers, body limit, last-resort 500."""

import re
import time
import uuid
from collections.abc import Iterable, Sequence

import structlog
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.problems import problem_response
from app.core.request_context import set_request_id

log = structlog.get_logger("vpmonitor.request")

REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
# W3C Trace Context: version 00, a trace id and the caller's span id, never all zeros.
TRACEPARENT = re.compile(r"^00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-[0-9a-f]{2}$")
# Swagger UI and ReDoc run scripts from this service only; their libraries set inline
# styles (React style attributes, styled-components), so styles may be inline there.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# The web pages (app/web/): everything from this service, no inline script or style.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
API_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
DOCS_PATHS = frozenset({"/api/v1/docs", "/api/v1/redoc"})


def content_security_policy(path: str) -> str:
    if path in DOCS_PATHS:
        return DOCS_CSP
    return API_CSP if path.startswith("/api/") else PAGE_CSP


def security_headers(api_version: str, request_id: str, path: str) -> list[tuple[str, str]]:
    csp = content_security_policy(path)
    return [
        ("API-Version", api_version),
        ("X-Request-ID", request_id),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
        ("Content-Security-Policy", csp),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ]


class RequestContextMiddleware:
    """Gives each request an id, logs it once, stamps the headers every response must carry."""

    def __init__(self, app: ASGIApp, api_version: str) -> None:
        self.app = app
        self.api_version = api_version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope.get("headers", [])) or str(uuid.uuid4())
        set_request_id(request_id)
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        trace = _incoming_trace(scope.get("headers", []))
        if trace is not None:  # the caller's trace, carried into every log line of the request
            structlog.contextvars.bind_contextvars(trace_id=trace[0], parent_span_id=trace[1])
        started = time.perf_counter()
        status = 500
        response_started = False
        extra_headers = security_headers(self.api_version, request_id, scope["path"])

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in extra_headers:
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled_error", path=scope["path"])
            if not response_started:
                response = problem_response(
                    500, "An unexpected error occurred.", instance=scope["path"]
                )
                await response(scope, receive, send_with_headers)
        finally:
            log.info(
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
            )


def _incoming_trace(headers: Iterable[tuple[bytes, bytes]]) -> tuple[str, str] | None:
    for name, value in headers:
        if name == b"traceparent":
            found = TRACEPARENT.match(value.decode("latin-1").strip().lower())
            return (found.group(1), found.group(2)) if found else None
    return None


def _incoming_request_id(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if REQUEST_ID_PATTERN.match(candidate) else None
    return None


class BodyLimitMiddleware:
    """Refuses request bodies over the limit with 413, by Content-Length or while streaming."""

    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int,
        larger: Sequence[tuple[re.Pattern[str], int]] = (),
    ) -> None:
        """`larger`: paths (matched whole) that take bodies up to their own limit instead."""
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.larger = tuple(larger)

    def _limit(self, path: str) -> int:
        for pattern, limit in self.larger:
            if pattern.fullmatch(path):
                return limit
        return self.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        declared = _content_length(scope.get("headers", []))
        if declared is not None and declared > limit:
            response = problem_response(
                413, self._detail(limit), instance=scope["path"], title="Content too large"
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise StarletteHTTPException(413, self._detail(limit))
            return message

        await self.app(scope, limited_receive, send)

    @staticmethod
    def _detail(limit: int) -> str:
        return f"The request body exceeds the limit of {limit} bytes."


def _content_length(headers: Iterable[tuple[bytes, bytes]]) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
