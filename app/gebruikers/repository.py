"""Every query on accounts and tokens."""

import uuid

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker, Token
from app.auth.principal import Principal
from app.auth.roles import Rol
from app.verbonden_partijen.visibility import participated_party_ids


def accounts_managed_by(beheerder: Principal) -> Select[Gebruiker]:
    """The municipality's own accounts and the partner accounts of parties it takes part in."""
    return select(Gebruiker).where(
        or_(
            Gebruiker.organisatie_id == beheerder.tenant_id,
            (Gebruiker.rol == Rol.PARTNER)
            & Gebruiker.verbonden_partij_id.in_(participated_party_ids(beheerder.tenant_id)),
        )
    )


def filtered_accounts(
    beheerder: Principal, rol: Rol | None, actief: bool | None, zoek: str | None
) -> Select[Gebruiker]:
    statement = accounts_managed_by(beheerder)
    if rol is not None:
        statement = statement.where(Gebruiker.rol == rol)
    if actief is not None:
        statement = statement.where(Gebruiker.actief.is_(actief))
    if zoek:
        statement = statement.where(
            or_(
                Gebruiker.naam.icontains(zoek, autoescape=True),
                Gebruiker.email.icontains(zoek, autoescape=True),
            )
        )
    return statement.order_by(Gebruiker.naam, Gebruiker.id)


async def managed_account(
    session: AsyncSession, beheerder: Principal, gebruiker_id: uuid.UUID
) -> Gebruiker | None:
    statement = accounts_managed_by(beheerder).where(Gebruiker.id == gebruiker_id)
    return (await session.execute(statement)).scalar_one_or_none()


async def accounts_by_email(session: AsyncSession, email: str) -> list[Gebruiker]:
    """Every account with this address, whatever its municipality (for operators)."""
    statement = select(Gebruiker).where(Gebruiker.email == email).order_by(Gebruiker.id)
    return list((await session.execute(statement)).scalars())


async def email_taken(
    session: AsyncSession,
    email: str,
    organisatie_id: uuid.UUID | None,
    verbonden_partij_id: uuid.UUID | None,
) -> bool:
    """Whether the address is in use where the account lives: its municipality, or for a
    partner account its party. Other municipalities are never looked at."""
    scope = (
        Gebruiker.organisatie_id == organisatie_id
        if organisatie_id is not None
        else Gebruiker.verbonden_partij_id == verbonden_partij_id
    )
    statement = select(exists().where(Gebruiker.email == email, scope))
    return bool((await session.execute(statement)).scalar())


async def account_by_id(session: AsyncSession, gebruiker_id: uuid.UUID) -> Gebruiker | None:
    return await session.get(Gebruiker, gebruiker_id)


async def tokens_of(session: AsyncSession, gebruiker_id: uuid.UUID) -> list[Token]:
    statement = (
        select(Token)
        .where(Token.gebruiker_id == gebruiker_id)
        .order_by(Token.aangemaakt_op.desc(), Token.id)
    )
    return list((await session.execute(statement)).scalars())


async def token_of(
    session: AsyncSession, gebruiker_id: uuid.UUID, token_id: uuid.UUID
) -> Token | None:
    statement = select(Token).where(Token.id == token_id, Token.gebruiker_id == gebruiker_id)
    return (await session.execute(statement)).scalar_one_or_none()
