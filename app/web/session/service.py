"""Use cases of the browser session: begin, find, keep alive, end.

A session is a server-side row; the browser holds only a random key (in a signed cookie,
cookies.py). A request finds its session by the key's hash in one query that also checks
the account is still active, so a deactivated account's sessions stop at once. Signing in
and out leaves an audit event like any other write.
"""

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.auth.tokens import hash_secret
from app.config import Settings
from app.core import audit
from app.core.errors import NotFound
from app.web.session import repository
from app.web.session.models import WebSessie

TOUCH_INTERVAL = timedelta(seconds=60)  # `laatst_gezien_op` is written at most this often


@dataclass(frozen=True)
class SessiePolicy:
    lifetime: timedelta
    idle: timedelta

    @classmethod
    def of(cls, settings: Settings) -> "SessiePolicy":
        return cls(
            timedelta(hours=settings.session_lifetime_hours),
            timedelta(minutes=settings.session_idle_minutes),
        )


@dataclass(frozen=True)
class Aangemeld:
    """Who a page request comes from: the principal the API would have, and the session."""

    sessie_id: uuid.UUID
    principal: Principal
    csrf_token: str
    organisatie_naam: str | None
    partij_naam: str | None
    laatst_gezien_op: datetime

    @property
    def needs_touch_at(self) -> datetime:
        return self.laatst_gezien_op + TOUCH_INTERVAL


def _principal(row: Any) -> tuple[Principal, str | None, str | None]:
    gebruiker_id, naam, rol, organisatie_id, partij_id, organisatie_naam, partij_naam = row
    principal = Principal(
        gebruiker_id=gebruiker_id,
        naam=naam,
        rol=Rol(rol),
        organisatie_id=organisatie_id,
        verbonden_partij_id=partij_id,
    )
    return principal, organisatie_naam, partij_naam


async def signed_in(
    session: AsyncSession, key: str, now: datetime, policy: SessiePolicy
) -> Aangemeld | None:
    """The live session of this key: not past its lifetime, not idle longer than allowed,
    and its account still active; else None."""
    row = await repository.live_session(session, hash_secret(key), now, now - policy.idle)
    if row is None:
        return None
    sessie_id, csrf_geheim, laatst_gezien_op, *account = row
    principal, organisatie_naam, partij_naam = _principal(account)
    return Aangemeld(
        sessie_id, principal, csrf_geheim, organisatie_naam, partij_naam, laatst_gezien_op
    )


async def touch(
    session: AsyncSession | async_sessionmaker[AsyncSession], sessie_id: uuid.UUID, now: datetime
) -> None:
    """Note activity, so the idle timeout counts from now: in the request's own transaction
    (a write request), or in a short one of its own (a read request, whose session may not
    write)."""
    if isinstance(session, AsyncSession):
        await repository.touch(session, sessie_id, now)
        return
    async with session() as own, own.begin():
        await repository.touch(own, sessie_id, now)


async def begin(
    session: AsyncSession,
    gebruiker_id: uuid.UUID,
    now: datetime,
    policy: SessiePolicy,
    *,
    via: str,
    oidc_uitgever: str | None = None,
    oidc_id_token_hint: str | None = None,
) -> tuple[Aangemeld, str]:
    """A new session for an active account, and its key (for the cookie, never stored).
    Sessions that can no longer be used are cleared on the way."""
    row = await repository.active_account(session, gebruiker_id)
    if row is None:
        raise NotFound("account")
    principal, organisatie_naam, partij_naam = _principal(row)
    await repository.purge(session, now, now - policy.idle)
    key = secrets.token_urlsafe(32)
    sessie = WebSessie(
        sleutel_hash=hash_secret(key),
        gebruiker_id=gebruiker_id,
        aangemeld_via=via,
        aangemaakt_op=now,
        laatst_gezien_op=now,
        verloopt_op=now + policy.lifetime,
        csrf_geheim=secrets.token_urlsafe(32),
        oidc_uitgever=oidc_uitgever,
        oidc_id_token_hint=oidc_id_token_hint,
    )
    session.add(sessie)
    await session.flush()
    await _record(session, principal, "aangemeld", sessie.id, None, audit.snapshot(sessie))
    aangemeld = Aangemeld(
        sessie.id, principal, sessie.csrf_geheim, organisatie_naam, partij_naam, now
    )
    return aangemeld, key


async def end(session: AsyncSession, aangemeld: Aangemeld) -> WebSessie | None:
    """Sign out: the session row is deleted, so its cookie opens nothing any more. Returns
    the ended session (its OIDC issuer and ID-token hint, for RP-initiated logout)."""
    ended = await repository.find(session, aangemeld.sessie_id)
    if ended is not None:
        before = audit.snapshot(ended)
        await repository.remove(session, ended)
        await _record(session, aangemeld.principal, "afgemeld", ended.id, before, None)
    return ended


async def _record(
    session: AsyncSession,
    principal: Principal,
    actie: str,
    sessie_id: uuid.UUID,
    voor: dict[str, Any] | None,
    na: dict[str, Any] | None,
) -> None:
    """In the account's municipality's trail; a partner's in its party's shared trail, like
    the partner account's other events."""
    await audit.record(
        session,
        principal,
        actie=actie,
        entiteit="websessie",
        entiteit_id=sessie_id,
        voor=voor,
        na=na,
        organisatie_id=principal.organisatie_id,
        verbonden_partij_id=principal.verbonden_partij_id,
        gedeeld=principal.is_partner,
    )
