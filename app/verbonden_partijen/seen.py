"""The parties a database session has already found visible to a caller, so that one request
checks a party once.

A page reads a party and then a dozen lists of it, and every service checks on its own that
the caller may see the party (`service.get_party`): the same query a dozen times. The answer
is kept in the session's `info` only while nothing can have changed it: any flush, any write
statement and the end of any transaction (commit, rollback, savepoint) forget it. Only found
parties are kept; a miss is asked again (it ends the request as a 404 anyway).
"""

import uuid
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from app.auth.principal import Principal
from app.verbonden_partijen.models import VerbondenPartij

INFO_KEY = "vpm.zichtbare_partijen"
Key = tuple[uuid.UUID | None, uuid.UUID | None, bool, uuid.UUID]


def _key(principal: Principal, party_id: uuid.UUID) -> Key:
    """Everything the sharing rule (visibility.readable_party) reads of the caller."""
    return (principal.organisatie_id, principal.verbonden_partij_id, principal.is_partner, party_id)


def _seen(session: Session) -> dict[Key, VerbondenPartij]:
    found: dict[Key, VerbondenPartij] = session.info.setdefault(INFO_KEY, {})
    return found


def recall(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij | None:
    """The party this session found visible to the caller since its last change, or None."""
    found: dict[Key, VerbondenPartij] | None = session.info.get(INFO_KEY)
    return None if found is None else found.get(_key(principal, party_id))


def remember(session: AsyncSession, principal: Principal, party: VerbondenPartij) -> None:
    _seen(session.sync_session)[_key(principal, party.id)] = party


def _forget(session: Session) -> None:
    session.info.pop(INFO_KEY, None)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, *_: Any) -> None:
    _forget(session)


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, _: SessionTransaction) -> None:
    _forget(session)


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if not state.is_select:
        _forget(state.session)
