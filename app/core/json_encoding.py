"""A JSON request body must be UTF-8 without a byte-order mark (RFC 8259): a UTF-16 body or
one that starts with a BOM is 400 problem+json (`invalidParams`: `body`), never guessed at.

Only writes (POST, PUT, PATCH, DELETE) that declare a JSON media type (`application/json`,
`application/*+json`), or none, are read here, whole, before the app sees them; the body
limit (an outer middleware) bounds them. Uploads (CSV, XLSX, forms) pass untouched.
"""

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import InvalidParam
from app.core.problems import problem_response
from app.core.utf8_json import not_utf8_json

FIELD = "body"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def is_json(headers: list[tuple[bytes, bytes]]) -> bool:
    """A JSON media type, or none at all (FastAPI reads a body without one as JSON)."""
    for name, value in headers:
        if name == b"content-type":
            media_type = value.split(b";", 1)[0].strip().lower()
            return media_type == b"application/json" or (
                media_type.startswith(b"application/") and media_type.endswith(b"+json")
            )
    return True


class JsonEncodingMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in BODY_METHODS
            or not is_json(scope.get("headers", []))
        ):
            await self.app(scope, receive, send)
            return
        try:
            body, last = await _read_body(receive)
        except StarletteHTTPException as refused:  # the body limit, while streaming
            response = problem_response(refused.status_code, refused.detail, instance=scope["path"])
            await response(scope, receive, send)
            return
        if reason := not_utf8_json(body):
            response = problem_response(
                400,
                f"{FIELD}: {reason}",
                instance=scope["path"],
                title="Invalid input",
                slug="invalid-input",
                invalid_params=[InvalidParam(FIELD, reason)],
            )
            await response(scope, receive, send)
            return
        await self.app(scope, _replay(body, last, receive), send)


async def _read_body(receive: Receive) -> tuple[bytes, Message]:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), message  # the client left: let the app see that
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), {"type": "http.request", "body": b"", "more_body": False}


def _replay(body: bytes, last: Message, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if last["type"] != "http.request":
                return last
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
