"""The one query of the identity kernel: the account behind a bearer token."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker, Token
from app.auth.principal import Principal


async def principal_for_token(
    session: AsyncSession, token_hash: str, now: datetime
) -> tuple[Principal, datetime] | None:
    """The active account behind a token that is neither revoked nor expired, and the
    token's expiry: one indexed query (token hash, joined to its account)."""
    statement = (
        select(
            Token.id,
            Token.verloopt_op,
            Gebruiker.id,
            Gebruiker.naam,
            Gebruiker.rol,
            Gebruiker.organisatie_id,
            Gebruiker.verbonden_partij_id,
        )
        .join(Gebruiker, Gebruiker.id == Token.gebruiker_id)
        .where(
            Token.hash == token_hash,
            Token.ingetrokken_op.is_(None),
            Token.verloopt_op > now,
            Gebruiker.actief.is_(True),
        )
    )
    row = (await session.execute(statement)).one_or_none()
    if row is None:
        return None
    token_id, verloopt_op, gebruiker_id, naam, rol, organisatie_id, verbonden_partij_id = row
    principal = Principal(
        gebruiker_id=gebruiker_id,
        naam=naam,
        rol=rol,
        organisatie_id=organisatie_id,
        verbonden_partij_id=verbonden_partij_id,
        token_id=token_id,
    )
    return principal, verloopt_op
