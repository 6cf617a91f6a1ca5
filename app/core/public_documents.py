"""`Access-Control-Allow-Origin: *` on the documents anyone may read from any origin.

The NL API Design Rules ask that the OpenAPI document be readable from every origin (so
catalogues and viewers elsewhere can load it); the API index only links to it. Everything
else keeps the configured CORS policy (`VPM_CORS_ORIGINS`)."""

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PUBLIC_DOCUMENTS = frozenset({"/api/v1", "/api/v1/", "/api/v1/openapi.json"})


class PublicDocumentsCorsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in PUBLIC_DOCUMENTS:
            await self.app(scope, receive, send)
            return

        async def send_public(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "access-control-allow-origin" not in headers:
                    headers["Access-Control-Allow-Origin"] = "*"
            await send(message)

        await self.app(scope, receive, send_public)
