"""HEAD on every path that answers GET (RFC 9110 §9.3.2; the NL API Design Rules ask for both).

FastAPI routes declare GET only. This middleware serves a HEAD as the GET of the same path and
sends its status and headers (`Content-Length`, `ETag` included) without the body, so uptime
probes and caches can use HEAD everywhere without a second route per path.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


def with_head(methods: set[str]) -> set[str]:
    """The methods a path allows, HEAD included wherever GET is (for the `Allow` header)."""
    return methods | {"HEAD"} if "GET" in methods else methods
