"""Reading the audit trail, a page at a time."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import repository
from app.audit.cursor import Position
from app.audit.repository import AuditFilter, count_statement, page_statement, parameters
from app.auth.principal import Principal
from app.core.audit import AuditGebeurtenis


@dataclass(frozen=True)
class TrailPage:
    events: Sequence[AuditGebeurtenis]
    aantal: int  # matching events, counted up to repository.COUNT_LIMIT
    next: Position | None  # where the next page starts; None on the last page


async def list_events(
    session: AsyncSession,
    beheerder: Principal,
    filters: AuditFilter,
    after: Position | None,
    size: int,
) -> TrailPage:
    """A beheerder reads the municipality's trail and the trail of its parties' shared data."""
    dialect, tenant = session.get_bind().dialect.name, beheerder.tenant_id
    page = parameters(tenant, filters, after, size + 1)
    rows = (await session.scalars(page_statement(dialect, filters, after), page)).all()
    counted = parameters(tenant, filters, None, repository.COUNT_LIMIT)
    aantal = (await session.execute(count_statement(dialect, filters), counted)).scalar_one()
    events = rows[:size]
    last = events[-1] if len(rows) > size else None
    return TrailPage(events, aantal, Position(last.tijdstip, last.id) if last else None)
