"""`GET /api/v1/dashboard` answered before routing, when the answer is known to be current.

Dashboards (Grafana, Power BI, a wall screen) ask the same URL again and again, and most of
the time nothing changed in between. This middleware answers such a request with the page
the route itself rendered for the same URL, `Accept` header and caller scope, but only when
all of this holds without a query:
- the token is one this worker looked up and still remembers (app/auth/token_cache.py), and
  its role may read the dashboard;
- the change notifications vouch that nothing the municipality's overview shows changed
  since (app/core/changes.py; PostgreSQL only).
Anything else (an unknown token, another role, another URL or format, a change, SQLite) goes
on to the route, which checks, computes, renders and keeps the page for next time. The
answer is byte for byte the route's; the outer middleware adds the same headers and log line.
"""

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from app.auth.dependencies import remembered_principal
from app.auth.roles import MUNICIPAL_ROLES
from app.dashboard import service


class CachedOverview:
    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == self.path:
            body = await known_answer(Request(scope))
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def known_answer(request: Request) -> bytes | None:
    cache: service.Cache = request.app.state.dashboard_cache
    if not cache.notified:
        return None
    principal = await remembered_principal(request)
    if principal is None or principal.rol not in MUNICIPAL_ROLES:
        return None
    return service.rendered_page(cache, principal, str(request.url), request.headers.get("accept"))
