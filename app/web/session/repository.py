"""Every query on browser sessions, and the account lookups a sign-in needs."""

import uuid
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker, Token
from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import VerbondenPartij
from app.web.session.models import WebSessie


def _account_columns() -> tuple[Any, ...]:
    return (
        Gebruiker.id,
        Gebruiker.naam,
        Gebruiker.rol,
        Gebruiker.organisatie_id,
        Gebruiker.verbonden_partij_id,
        Organisatie.naam,
        VerbondenPartij.naam,
    )


def _with_names(statement: Any) -> Any:
    return statement.outerjoin(Organisatie, Organisatie.id == Gebruiker.organisatie_id).outerjoin(
        VerbondenPartij, VerbondenPartij.id == Gebruiker.verbonden_partij_id
    )


async def live_session(
    session: AsyncSession, sleutel_hash: str, now: datetime, idle_since: datetime
) -> Any | None:
    """The session with this key hash, not expired, seen after `idle_since`, of an active
    account, with the account and the names of its organisation or party: one query."""
    statement = _with_names(
        select(
            WebSessie.id,
            WebSessie.csrf_geheim,
            WebSessie.laatst_gezien_op,
            *_account_columns(),
        ).join(Gebruiker, Gebruiker.id == WebSessie.gebruiker_id)
    ).where(
        WebSessie.sleutel_hash == sleutel_hash,
        WebSessie.verloopt_op > now,
        WebSessie.laatst_gezien_op > idle_since,
        Gebruiker.actief.is_(True),
    )
    return (await session.execute(statement)).one_or_none()


async def active_account(session: AsyncSession, gebruiker_id: uuid.UUID) -> Any | None:
    statement = _with_names(select(*_account_columns())).where(
        Gebruiker.id == gebruiker_id, Gebruiker.actief.is_(True)
    )
    return (await session.execute(statement)).one_or_none()


async def accounts_with_valid_tokens(
    session: AsyncSession, token_hashes: Collection[str], now: datetime
) -> dict[str, uuid.UUID]:
    """Per token hash (of those given) that is neither revoked nor expired and belongs to an
    active account: the account's id."""
    statement = (
        select(Token.hash, Gebruiker.id)
        .join(Gebruiker, Gebruiker.id == Token.gebruiker_id)
        .where(
            Token.hash.in_(list(token_hashes)),
            Token.ingetrokken_op.is_(None),
            Token.verloopt_op > now,
            Gebruiker.actief.is_(True),
        )
    )
    rows = (await session.execute(statement)).all()
    return {str(row[0]): row[1] for row in rows}


async def touch(session: AsyncSession, sessie_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(WebSessie).where(WebSessie.id == sessie_id).values(laatst_gezien_op=now)
    )


async def find(session: AsyncSession, sessie_id: uuid.UUID) -> WebSessie | None:
    return await session.get(WebSessie, sessie_id)


async def remove(session: AsyncSession, sessie: WebSessie) -> None:
    await session.delete(sessie)
    await session.flush()


async def purge(session: AsyncSession, now: datetime, idle_since: datetime) -> None:
    """Delete the sessions that can no longer be used (expired or idle too long)."""
    await session.execute(
        delete(WebSessie).where(
            (WebSessie.verloopt_op <= now) | (WebSessie.laatst_gezien_op <= idle_since)
        )
    )
