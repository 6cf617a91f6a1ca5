"""`GET /metrics`: Prometheus metrics for operators, off unless VPM_METRICS_TOKEN is set.

Not part of the API (no /api/v1 prefix, not in the OpenAPI document): a scraper sends the
token as a bearer token. Besides the HTTP and pool figures of `app/core/metrics.py` and the
notification worker's counters, a scrape reads the delivery queue from the database.
"""

import secrets

from fastapi import APIRouter, Request, Response
from prometheus_client import Gauge

from app.core.db import DbSession
from app.core.errors import NotFound, Unauthenticated
from app.core.metrics import exposition
from app.meldingen import service as meldingen

router = APIRouter(include_in_schema=False)

QUEUE = Gauge(
    "vpmonitor_afleveringen_in_wachtrij",
    "Deliveries in the database by channel and status, as read at the last scrape.",
    ["kanaal", "status"],
    multiprocess_mode="mostrecent",
)
OUTBOX = Gauge(
    "vpmonitor_gebeurtenissen_onverwerkt",
    "Outbox events not yet fanned out to subscriptions, as read at the last scrape.",
    multiprocess_mode="mostrecent",
)


@router.get("/metrics")
async def get_metrics(request: Request, session: DbSession) -> Response:
    token = request.app.state.settings.metrics_token
    if token is None:
        raise NotFound("There is no resource at this path.")
    offered = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not secrets.compare_digest(offered.encode(), token.get_secret_value().encode()):
        raise Unauthenticated("The metrics token is required.", 'Bearer realm="metrics"')
    deliveries, pending = await meldingen.queue_figures(session)
    for (kanaal, status), count in deliveries.items():
        QUEUE.labels(kanaal, status).set(count)
    OUTBOX.set(pending)
    body, media_type = exposition()
    return Response(body, media_type=media_type)
