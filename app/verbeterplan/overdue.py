"""When an action is overdue (achterstallig): past its planned date and not done. Pure."""

from datetime import date

from app.verbeterplan.models import ActieStatus

# An action still to be done; afgerond and vervallen are finished either way.
UNFINISHED = frozenset({ActieStatus.OPEN, ActieStatus.IN_UITVOERING})


def is_unfinished(status: ActieStatus) -> bool:
    return status in UNFINISHED


def is_overdue(planning: date | None, status: ActieStatus, today: date) -> bool:
    """Overdue: a planned date that has passed (the day itself still counts as on time) while
    the action is unfinished. An action without a planned date is never overdue."""
    return planning is not None and planning < today and is_unfinished(status)
