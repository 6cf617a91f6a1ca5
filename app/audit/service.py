"""Reading the audit trail."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.audit.repository import AuditFilter, readable_events
from app.auth.principal import Principal
from app.core.audit import AuditGebeurtenis
from app.core.pagination import PageOf, PageRequest, fetch_page


async def list_events(
    session: AsyncSession, beheerder: Principal, filters: AuditFilter, page: PageRequest
) -> PageOf[AuditGebeurtenis]:
    """A beheerder reads the municipality's trail and the trail of its parties' shared data."""
    return await fetch_page(session, readable_events(beheerder, filters), page)
