"""A short per-worker memory of token → principal, so that a read does not look the token
up in the database on every request.

Safety:
- an entry never outlives the token's own expiry (`verloopt_op` is kept and checked on every
  hit);
- every commit in this process that changed an account or a token (revoke, deactivate,
  re-role) bumps a process-wide generation, which empties every cache at once: in the
  worker that revoked, the token is refused by the very next request;
- a change anywhere else (another worker, the command line, psql) is seen within
  `token_cache_seconds` (default 5 s): the documented delay for a revoke elsewhere.
  `VPM_TOKEN_CACHE_SECONDS=0` looks the token up on every request.
"""

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.auth.models import Gebruiker, Token
from app.auth.oidc.models import OidcKoppeling, OidcUitgever
from app.auth.principal import Principal

MAX_ENTRIES = 10_000
_AUTH_TYPES = (Gebruiker, Token, OidcKoppeling, OidcUitgever)
_generation = 0


def generation() -> int:
    return _generation


def invalidate_all() -> None:
    """Forget every cached principal in this process."""
    global _generation
    _generation += 1


@dataclass(frozen=True, slots=True)
class _Entry:
    principal: Principal
    verloopt_op: datetime
    until: float
    generation: int


class TokenCache:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._entries: dict[str, _Entry] = {}

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    def get(self, token_hash: str, now: datetime) -> Principal | None:
        entry = self._entries.get(token_hash)
        if entry is None:
            return None
        if (
            entry.generation != _generation
            or entry.until < time.monotonic()
            or entry.verloopt_op <= now
        ):
            self._entries.pop(token_hash, None)
            return None
        return entry.principal

    def put(
        self, token_hash: str, principal: Principal, verloopt_op: datetime, generation: int
    ) -> None:
        """Remember a lookup; `generation` is the one read BEFORE the query, so a revoke
        committed while the query ran makes the entry void at once."""
        if not self.enabled:
            return
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[token_hash] = _Entry(
            principal, verloopt_op, time.monotonic() + self.seconds, generation
        )


@event.listens_for(Session, "after_flush")
def _note_auth_changes(session: Session, _: Any) -> None:
    changed = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(instance, _AUTH_TYPES) for instance in changed):
        session.info["auth_changed"] = True
        invalidate_all()


@event.listens_for(Session, "after_commit")
def _forget_after_auth_commit(session: Session) -> None:
    if session.info.pop("auth_changed", False):
        invalidate_all()


@event.listens_for(Session, "after_rollback")
def _clear_flag(session: Session) -> None:
    session.info.pop("auth_changed", None)
