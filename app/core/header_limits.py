"""Request headers are bounded: at most `max_bytes` in all and `max_count` of them; over
either, 431 problem+json before any of them is used (an 8 MB `Authorization` is never hashed).

Two places apply the same limits. `HeaderLimitMiddleware` refuses in the app, whatever server
runs it. The server `vpmonitor serve` runs (`app.core.bounded_http`) also stops *reading* a
request head that grows past them, so the head is never held in memory whole.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from app.config import Settings
from app.core.problems import ProblemResponse, problem_body

STATUS = 431
TITLE = "Request header fields too large"
LINE_OVERHEAD = 4  # ": " and CRLF


@dataclass(frozen=True)
class HeaderLimits:
    max_bytes: int
    max_count: int

    @classmethod
    def of(cls, settings: Settings) -> "HeaderLimits":
        return cls(settings.max_header_bytes, settings.max_header_count)

    def refusal(self, count: int, size: int) -> str | None:
        """Why headers of this count and size are refused, or None when they are not."""
        if count > self.max_count:
            return f"The request has more than {self.max_count} header fields."
        if size > self.max_bytes:
            return f"The request's header fields exceed {self.max_bytes} bytes in all."
        return None


def header_size(name: bytes, value: bytes) -> int:
    return len(name) + len(value) + LINE_OVERHEAD


def problem(detail: str, instance: str) -> dict[str, object]:
    return problem_body(STATUS, detail, instance=instance, title=TITLE)


class HeaderLimitMiddleware:
    """431 problem+json for a request whose headers exceed the limits."""

    def __init__(self, app: ASGIApp, limits: HeaderLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope.get("headers", []))
            if refusal is not None:
                response = ProblemResponse(problem(refusal, scope["path"]), status_code=STATUS)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, headers: Iterable[tuple[bytes, bytes]]) -> str | None:
        count = size = 0
        for name, value in headers:
            count += 1
            size += header_size(name, value)
        return self.limits.refusal(count, size)
