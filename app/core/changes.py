"""What this worker knows of the writes its caches depend on.

Every write leaves an audit event naming a municipality and/or a party. Writes reach this
worker two ways:
- its own, at once: `audit.record` notes the event's municipality and party on the session,
  and they are noted here when that session commits (`note_committed`);
- everybody's (other workers, the command line), through PostgreSQL notifications
  (app/core/change_listener.py), which name the party and every municipality it may touch.

A cache takes a `mark()` before it reads and asks `unchanged_since(mark, …)` later. That is
only trustworthy while the notifications arrive (`live`): when the listening connection is
lost, nothing is vouched for; when it comes back, whatever was marked before is void (the
`floor`), because notifications sent in between were missed.
"""

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

PENDING_KEY = "vpm_pending_changes"
CHANGES_KEY = "vpm_changes"

Change = tuple[uuid.UUID | None, uuid.UUID | None]  # (municipality, party)


class Changes:
    def __init__(self, on_access_change: Callable[[], None] = lambda: None) -> None:
        self.live = False
        self._sequence = 0
        self._floor = 0
        self._by_municipality: dict[uuid.UUID, int] = {}
        self._by_party: dict[uuid.UUID, int] = {}
        self._on_access_change = on_access_change

    def mark(self) -> int:
        """A point in this worker's history of changes, taken before reading."""
        return self._sequence

    def note(self, municipalities: Iterable[uuid.UUID], party: uuid.UUID | None) -> None:
        """A write touched these municipalities and this party."""
        self._sequence += 1
        for municipality in municipalities:
            self._by_municipality[municipality] = self._sequence
        if party is not None:
            self._by_party[party] = self._sequence

    def note_everything(self) -> None:
        """A write that may touch any municipality: whatever was marked before is void."""
        self._sequence += 1
        self._floor = self._sequence

    def note_access_change(self) -> None:
        """An account or a token changed: cached principals are void."""
        self._on_access_change()

    def connected(self) -> None:
        """Notifications arrive from now on; whatever was marked before may have missed some."""
        self._sequence += 1
        self._floor = self._sequence
        self.live = True
        self._on_access_change()

    def disconnected(self) -> None:
        self.live = False
        self._on_access_change()

    def unchanged_since(
        self, mark: int, municipality: uuid.UUID, parties: Iterable[uuid.UUID] = ()
    ) -> bool:
        """Whether no write since `mark` touched the municipality or any of the parties, as far
        as this worker can vouch for it."""
        if not self.live or mark < self._floor:
            return False
        if self._by_municipality.get(municipality, 0) > mark:
            return False
        return all(self._by_party.get(party, 0) <= mark for party in parties)


def pending(session: Session, change: Change) -> None:
    """Remember a write of this session, to be noted when it commits."""
    session.info.setdefault(PENDING_KEY, []).append(change)


@event.listens_for(Session, "after_commit")
def note_committed(session: Session) -> None:
    changes: Changes | None = session.info.get(CHANGES_KEY)
    for municipality, party in session.info.pop(PENDING_KEY, ()):
        if changes is not None:
            changes.note([municipality] if municipality else [], party)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session, *_: Any) -> None:
    session.info.pop(PENDING_KEY, None)
