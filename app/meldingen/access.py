"""Whether an account may read what an event is about, judged with the tenancy helpers as
that account, at the moment of delivery (access may have changed since the event)."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.errors import AppError
from app.outbox.models import Gebeurtenis
from app.verbonden_partijen import service as partijen

WORKER_NAME = "vpmonitor-worker"


def principal_of(account: Gebruiker) -> Principal:
    """The account as a request of its own would see it."""
    return Principal(
        gebruiker_id=account.id,
        naam=account.naam,
        rol=account.rol,
        organisatie_id=account.organisatie_id,
        verbonden_partij_id=account.verbonden_partij_id,
    )


def municipality_reader(organisatie_id: uuid.UUID) -> Principal:
    """The worker reading a municipality's data for that municipality (scheduled checks)."""
    return Principal(
        gebruiker_id=None, naam=WORKER_NAME, rol=Rol.LEZER, organisatie_id=organisatie_id
    )


async def may_read(session: AsyncSession, account: Gebruiker | None, event: Gebeurtenis) -> bool:
    """Active, of the municipality that owns a private object, and seeing its party."""
    if account is None or not account.actief:
        return False
    principal = principal_of(account)
    if event.organisatie_id is not None and (
        principal.is_partner or principal.organisatie_id != event.organisatie_id
    ):
        return False
    if event.verbonden_partij_id is not None:
        try:
            await partijen.get_party(session, principal, event.verbonden_partij_id)
        except AppError:
            return False
    return event.organisatie_id is not None or event.verbonden_partij_id is not None
