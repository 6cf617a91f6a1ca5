"""Use cases of subscriptions and their deliveries, and of the calendar feed key."""

import hashlib
import secrets
import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.meldingen import repository, ssrf
from app.meldingen.access import principal_of
from app.meldingen.models import Abonnement, Aflevering, AfleveringStatus, Kalendersleutel
from app.meldingen.schemas import AbonnementCreate
from app.meldingen.webhooks import new_secret

MAX_SUBSCRIPTIONS = 20  # per account
FEED_PREFIX = "vpmcal_"


async def list_subscriptions(
    session: AsyncSession, principal: Principal, page: PageRequest
) -> PageOf[Abonnement]:
    """The caller's own subscriptions; nobody sees another account's."""
    return await fetch_page(session, repository.subscriptions_of(principal.account_id), page)


async def get_subscription(
    session: AsyncSession, principal: Principal, abonnement_id: uuid.UUID
) -> Abonnement:
    """One of the caller's subscriptions; anything else is 404."""
    found = await repository.subscription(session, principal.account_id, abonnement_id)
    if found is None:
        raise NotFound("abonnement")
    return found


async def subscribe(
    session: AsyncSession,
    principal: Principal,
    data: AbonnementCreate,
    allowed_hosts: Collection[str],
) -> Abonnement:
    """An account subscribes a URL to event types; it receives only events on objects it may
    read. The URL must be https and not name a forbidden address (checked again, resolved,
    at every delivery)."""
    try:
        ssrf.check_when_subscribing(data.callback_url, allowed_hosts)
    except ssrf.Refused as refused:
        raise InvalidInput.field("callbackUrl", refused.reason) from None
    page = PageRequest(page=1, page_size=1, url="")
    if (await list_subscriptions(session, principal, page)).total >= MAX_SUBSCRIPTIONS:
        raise Conflict(f"An account has at most {MAX_SUBSCRIPTIONS} subscriptions.")
    abonnement = Abonnement(
        gebruiker_id=principal.account_id,
        callback_url=data.callback_url,
        soorten=sorted({soort.value for soort in data.soorten}),
        secret=new_secret(),
    )
    session.add(abonnement)
    await session.flush()
    await _record(session, principal, "aangemaakt", abonnement.id, None, audit.snapshot(abonnement))
    return abonnement


async def unsubscribe(
    session: AsyncSession, principal: Principal, abonnement_id: uuid.UUID
) -> None:
    """End a subscription; what was still waiting for it is not sent."""
    abonnement = await get_subscription(session, principal, abonnement_id)
    before = audit.snapshot(abonnement)
    abonnement.opgezegd_op = utcnow()
    await repository.expire_waiting(session, abonnement.id)
    await session.flush()
    await _record(session, principal, "verwijderd", abonnement.id, before, None)


async def list_deliveries(
    session: AsyncSession,
    principal: Principal,
    abonnement_id: uuid.UUID,
    status: AfleveringStatus | None,
    page: PageRequest,
) -> PageOf[Aflevering]:
    """A subscription's deliveries, newest first: delivered, waiting, failed, expired."""
    await get_subscription(session, principal, abonnement_id)
    statement = repository.deliveries_of(abonnement_id, status.value if status else None)
    return await fetch_page(session, statement, page)


async def redeliver(
    session: AsyncSession,
    principal: Principal,
    abonnement_id: uuid.UUID,
    aflevering_id: uuid.UUID,
) -> Aflevering:
    """Send a failed delivery again, now, with the same event id; a new 24-hour retry window."""
    await get_subscription(session, principal, abonnement_id)
    aflevering = await repository.delivery(session, abonnement_id, aflevering_id)
    if aflevering is None:
        raise NotFound("aflevering")
    if aflevering.status is not AfleveringStatus.MISLUKT:
        raise Conflict("Only a failed delivery (status `mislukt`) can be sent again.")
    before = audit.snapshot(aflevering)
    aflevering.status = AfleveringStatus.WACHTEND
    aflevering.pogingen, aflevering.eerste_poging_op = 0, None
    aflevering.volgende_poging_op = utcnow()
    aflevering.claim, aflevering.geclaimd_tot = None, None
    await session.flush()
    await _record(
        session,
        principal,
        "opnieuw_aangeboden",
        aflevering.id,
        before,
        audit.snapshot(aflevering),
        "aflevering",
    )
    return aflevering


async def new_feed_key(session: AsyncSession, principal: Principal) -> tuple[Kalendersleutel, str]:
    """A person's calendar feed secret, replacing any previous one (which stops working)."""
    existing = await repository.feed_key_of(session, principal.account_id)
    if existing is not None:
        await session.delete(existing)
        await session.flush()
    secret = FEED_PREFIX + secrets.token_urlsafe(32)
    key = Kalendersleutel(gebruiker_id=principal.account_id, hash=_hash(secret), prefix=secret[:12])
    session.add(key)
    await session.flush()
    await _record(
        session, principal, "aangemaakt", key.id, None, audit.snapshot(key), "kalendersleutel"
    )
    return key, secret


async def revoke_feed_key(session: AsyncSession, principal: Principal) -> None:
    """Revoke the person's calendar feed secret at once (nothing to revoke is no error)."""
    existing = await repository.feed_key_of(session, principal.account_id)
    if existing is None:
        return
    before = audit.snapshot(existing)
    await session.delete(existing)
    await session.flush()
    await _record(session, principal, "verwijderd", existing.id, before, None, "kalendersleutel")


async def feed_reader(session: AsyncSession, secret: str) -> Principal | None:
    """The active municipal account whose calendar secret this is, as a reader."""
    key = await repository.feed_key_by_hash(session, _hash(secret))
    found = await repository.account(session, key.gebruiker_id) if key else None
    if found is None or not found.actief or found.organisatie_id is None:
        return None
    return principal_of(found)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


async def _record(
    session: AsyncSession,
    principal: Principal,
    actie: str,
    entiteit_id: uuid.UUID,
    voor: dict[str, object] | None,
    na: dict[str, object] | None,
    entiteit: str = "abonnement",
) -> None:
    """An account's own settings: in its municipality's trail (a partner's: its party's)."""
    await audit.record(
        session,
        principal,
        actie=actie,
        entiteit=entiteit,
        entiteit_id=entiteit_id,
        voor=voor,
        na=na,
        verbonden_partij_id=principal.verbonden_partij_id,
        gedeeld=principal.is_partner,
    )


async def queue_figures(session: AsyncSession) -> tuple[dict[tuple[str, str], int], int]:
    """Deliveries by channel and status, and outbox events not yet fanned out (monitoring)."""
    return await repository.counts_by_status(session), await repository.pending_events(session)
