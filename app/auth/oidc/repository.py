"""Every query of sign-on: issuers, links, pending sign-ins."""

import uuid
from datetime import datetime

from sqlalchemy import Row, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.oidc.models import OidcAanmeldpoging, OidcKoppeling, OidcUitgever
from app.auth.roles import Rol

AccountRow = Row[uuid.UUID, str, Rol, uuid.UUID | None, bool]
ACCOUNT_COLUMNS = (
    Gebruiker.id,
    Gebruiker.naam,
    Gebruiker.rol,
    Gebruiker.organisatie_id,
    Gebruiker.actief,
)


async def registered_issuers(session: AsyncSession) -> list[OidcUitgever]:
    statement = select(OidcUitgever).order_by(OidcUitgever.issuer)
    return list((await session.execute(statement)).scalars())


async def registered_issuer(session: AsyncSession, issuer: str) -> OidcUitgever | None:
    statement = select(OidcUitgever).where(OidcUitgever.issuer == issuer)
    return (await session.execute(statement)).scalar_one_or_none()


async def linked_account(session: AsyncSession, issuer: str, sub: str) -> AccountRow | None:
    """The account linked to this subject of this issuer (one indexed query)."""
    statement = (
        select(*ACCOUNT_COLUMNS)
        .join(OidcKoppeling, OidcKoppeling.gebruiker_id == Gebruiker.id)
        .where(OidcKoppeling.issuer == issuer, OidcKoppeling.sub == sub)
    )
    return (await session.execute(statement)).one_or_none()


async def account_by_email_in(
    session: AsyncSession, organisatie_id: uuid.UUID, email: str
) -> AccountRow | None:
    """The account of this municipality with this e-mail address (never another's)."""
    statement = select(*ACCOUNT_COLUMNS).where(
        Gebruiker.organisatie_id == organisatie_id, func.lower(Gebruiker.email) == email.lower()
    )
    return (await session.execute(statement)).one_or_none()


async def link_of_account(
    session: AsyncSession, issuer: str, gebruiker_id: uuid.UUID
) -> OidcKoppeling | None:
    statement = select(OidcKoppeling).where(
        OidcKoppeling.issuer == issuer, OidcKoppeling.gebruiker_id == gebruiker_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def take_sign_in(session: AsyncSession, state_hash: str) -> OidcAanmeldpoging | None:
    """Remove the pending sign-in of this state and return it: a second call finds nothing."""
    statement = (
        delete(OidcAanmeldpoging)
        .where(OidcAanmeldpoging.state_hash == state_hash)
        .returning(OidcAanmeldpoging)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def forget_sign_ins_before(session: AsyncSession, moment: datetime) -> None:
    """Pending sign-ins nobody came back for."""
    await session.execute(delete(OidcAanmeldpoging).where(OidcAanmeldpoging.aangemaakt_op < moment))


async def delete_links(session: AsyncSession, issuer: str) -> None:
    await session.execute(delete(OidcKoppeling).where(OidcKoppeling.issuer == issuer))
