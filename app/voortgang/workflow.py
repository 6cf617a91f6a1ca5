"""The lifecycle of a status report as a pure transition table (no database).

concept ─_indienen→ ingediend ─_goedkeuren→ goedgekeurd (frozen)
                        │
                        └─_terugsturen→ teruggestuurd ─_indienen→ ingediend …

The regievoerder writes and submits; the MT approves or returns with a comment.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.auth.roles import Rol


class RapportageStatus(StrEnum):
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    TERUGGESTUURD = "teruggestuurd"
    GOEDGEKEURD = "goedgekeurd"


class Actie(StrEnum):
    INDIENEN = "indienen"
    GOEDKEUREN = "goedkeuren"
    TERUGSTUREN = "terugsturen"


S, A = RapportageStatus, Actie

TRANSITIONS: dict[tuple[RapportageStatus, Actie, Rol], RapportageStatus] = {
    (S.CONCEPT, A.INDIENEN, Rol.REGIEVOERDER): S.INGEDIEND,
    (S.TERUGGESTUURD, A.INDIENEN, Rol.REGIEVOERDER): S.INGEDIEND,
    (S.INGEDIEND, A.GOEDKEUREN, Rol.MT): S.GOEDGEKEURD,
    (S.INGEDIEND, A.TERUGSTUREN, Rol.MT): S.TERUGGESTUURD,
}

EDITABLE = frozenset({S.CONCEPT, S.TERUGGESTUURD})


@dataclass(frozen=True)
class TransitionRefused(Exception):
    """`role_may_not` (the role never takes this action: 403) or a wrong state (409)."""

    reason: str
    role_may_not: bool


def roles_for(action: Actie) -> frozenset[Rol]:
    return frozenset(role for (_, act, role) in TRANSITIONS if act is action)


def next_status(status: RapportageStatus, action: Actie, role: Rol) -> RapportageStatus:
    """The status after `role` takes `action` on a report in `status`, or TransitionRefused."""
    target = TRANSITIONS.get((status, action, role))
    if target is not None:
        return target
    allowed_roles = roles_for(action)
    if role not in allowed_roles:
        names = ", ".join(sorted(allowed_roles))
        raise TransitionRefused(f"Only {names} may {action.value} a status report.", True)
    raise TransitionRefused(f"A report that is {status.value} cannot be {action.value}.", False)


def is_editable(status: RapportageStatus) -> bool:
    """Drafts and returned reports are edited; submitted and approved ones are read-only."""
    return status in EDITABLE
