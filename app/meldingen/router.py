"""HTTP for webhook subscriptions, their deliveries, and the Wgr calendar feed."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response, status
from fastapi.security import HTTPAuthorizationCredentials

from app.auth.dependencies import CurrentPrincipal, Municipal, bearer, current_principal
from app.auth.principal import Principal
from app.core.app_state import AppSettings
from app.core.db import DbSession, utcnow
from app.core.errors import Unauthenticated
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.meldingen import kalender, service
from app.meldingen.mail import public_url
from app.meldingen.models import AfleveringStatus
from app.meldingen.schemas import (
    AbonnementCreate,
    AbonnementCreated,
    AbonnementRead,
    AfleveringRead,
    KalendersleutelCreated,
)
from app.verbonden_partijen import service as partijen

router = APIRouter(tags=["Meldingen"])
ICS = "text/calendar"
ICS_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {ICS: {"schema": {"type": "string"}}},
        "description": "De kalender als iCalendar (RFC 5545).",
    }
}


@router.get("/abonnementen", response_model=Page[AbonnementRead])
async def list_abonnementen(
    session: DbSession, principal: CurrentPrincipal, page: PageParams
) -> Page[AbonnementRead]:
    """Your account's webhook subscriptions (without their secrets)."""
    result = await service.list_subscriptions(session, principal, page)
    return envelope(page, result, AbonnementRead.model_validate)


@router.post(
    "/abonnementen",
    status_code=status.HTTP_201_CREATED,
    response_model=AbonnementCreated,
    responses=problem_responses(409),
)
async def create_abonnement(
    session: DbSession,
    principal: CurrentPrincipal,
    body: AbonnementCreate,
    settings: AppSettings,
    request: Request,
    response: Response,
) -> AbonnementCreated:
    """Subscribe a URL to event types. You receive only events on objects your account may
    read, as signed CloudEvents (Standard Webhooks); the secret is in this response only."""
    abonnement = await service.subscribe(session, principal, body, settings.webhook_allowed_hosts)
    response.headers["Location"] = str(
        request.url_for("get_abonnement", abonnement_id=abonnement.id)
    )
    read = AbonnementRead.model_validate(abonnement)
    return AbonnementCreated(**read.model_dump(), secret=abonnement.secret)


@router.get("/abonnementen/{abonnement_id}", response_model=AbonnementRead)
async def get_abonnement(
    session: DbSession, principal: CurrentPrincipal, abonnement_id: uuid.UUID
) -> AbonnementRead:
    abonnement = await service.get_subscription(session, principal, abonnement_id)
    return AbonnementRead.model_validate(abonnement)


@router.delete("/abonnementen/{abonnement_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_abonnement(
    session: DbSession, principal: CurrentPrincipal, abonnement_id: uuid.UUID
) -> None:
    """End the subscription; deliveries still waiting are not sent."""
    await service.unsubscribe(session, principal, abonnement_id)


@router.get("/abonnementen/{abonnement_id}/afleveringen", response_model=Page[AfleveringRead])
async def list_afleveringen(
    session: DbSession,
    principal: CurrentPrincipal,
    abonnement_id: uuid.UUID,
    page: PageParams,
    status: Annotated[
        AfleveringStatus | None, Query(description="Alleen afleveringen met deze status.")
    ] = None,
) -> Page[AfleveringRead]:
    """The subscription's deliveries, newest first, with their attempts and last error."""
    result = await service.list_deliveries(session, principal, abonnement_id, status, page)
    return envelope(page, result, AfleveringRead.model_validate)


@router.post(
    "/abonnementen/{abonnement_id}/afleveringen/{aflevering_id}/_opnieuw",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=AfleveringRead,
    responses=problem_responses(409),
)
async def redeliver_aflevering(
    session: DbSession,
    principal: CurrentPrincipal,
    abonnement_id: uuid.UUID,
    aflevering_id: uuid.UUID,
) -> AfleveringRead:
    """Send a failed delivery again (same event id), as soon as a worker picks it up."""
    aflevering = await service.redeliver(session, principal, abonnement_id, aflevering_id)
    return AfleveringRead.model_validate(aflevering)


@router.post(
    "/gebruikersprofiel/kalendersleutel",
    status_code=status.HTTP_201_CREATED,
    response_model=KalendersleutelCreated,
)
async def create_kalendersleutel(
    session: DbSession, principal: Municipal, settings: AppSettings
) -> KalendersleutelCreated:
    """A secret for subscribing to the Wgr calendar in Outlook, which cannot send a bearer
    token. It replaces your previous one and reads only what you may read."""
    key, secret = await service.new_feed_key(session, principal)
    url = f"{public_url(settings)}/api/v1/wgr-kalender.ics?sleutel={secret}"
    return KalendersleutelCreated(
        sleutel=secret, prefix=key.prefix, aangemaakt_op=key.aangemaakt_op, url=url
    )


@router.delete("/gebruikersprofiel/kalendersleutel", status_code=status.HTTP_204_NO_CONTENT)
async def delete_kalendersleutel(session: DbSession, principal: Municipal) -> None:
    """Revoke your calendar secret at once: subscribed calendars stop updating."""
    await service.revoke_feed_key(session, principal)


SLEUTEL_MAX_LENGTH = 100
Sleutel = Annotated[
    str | None,
    Query(
        max_length=SLEUTEL_MAX_LENGTH,
        description="Uw kalendersleutel (POST /gebruikersprofiel/kalendersleutel), voor "
        "agendaprogramma's die geen bearer-token kunnen sturen.",
    ),
]


async def feed_reader(
    request: Request,
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """The bearer token's account as everywhere; else the account of the calendar secret.

    The secret is read from the query string here, unvalidated, so that a caller without
    any credential gets 401 before a malformed parameter gets 400 (as on every other
    operation); the routes declare `sleutel: Sleutel`, which documents and checks it."""
    if credentials is not None and credentials.credentials:
        return await current_principal(request, session, credentials)
    sleutel = request.query_params.get("sleutel")
    found = None
    if sleutel and len(sleutel) <= SLEUTEL_MAX_LENGTH:
        found = await service.feed_reader(session, sleutel)
    if found is None:
        raise Unauthenticated("Send a bearer token, or a valid calendar secret as `sleutel`.")
    return found


FeedReader = Annotated[Principal, Depends(feed_reader)]


# The address the issue names. The NL API Design Rules linter allows no dot in a path's first
# segment (nlgov:paths-kebab-case), so it stays out of the OpenAPI document; it answers
# exactly like the documented per-party feed (tests/meldingen/test_checks_and_calendar.py).
@router.get("/wgr-kalender.ics", response_class=Response, include_in_schema=False)
async def get_wgr_kalender_ics(
    session: DbSession, principal: FeedReader, settings: AppSettings, sleutel: Sleutel = None
) -> Response:
    """Your municipality's Wgr due dates and zienswijze deadlines as an iCalendar feed."""
    principal.tenant_id  # noqa: B018 - a municipal view: a partner gets 403
    body = await kalender.feed(session, principal, public_url(settings), None, utcnow())
    return Response(body, media_type=ICS)


@router.get(
    "/verbonden-partijen/{party_id}/wgr-kalender.ics",
    response_class=Response,
    responses=ICS_RESPONSE,
)
async def get_partij_wgr_kalender_ics(
    session: DbSession,
    principal: FeedReader,
    settings: AppSettings,
    party_id: uuid.UUID,
    sleutel: Sleutel = None,
) -> Response:
    """One party's Wgr due dates and zienswijze deadlines as an iCalendar feed."""
    principal.tenant_id  # noqa: B018 - a municipal view: a partner gets 403 on any party
    await partijen.get_party(session, principal, party_id)
    body = await kalender.feed(session, principal, public_url(settings), party_id, utcnow())
    return Response(body, media_type=ICS)
