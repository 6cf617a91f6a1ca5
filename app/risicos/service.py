"""Use cases of risks: the municipality's own assessment of a party, private to it."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.errors import NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.risicos import repository
from app.risicos.models import Risico, RisicoStatus
from app.risicos.schemas import RisicoCreate, RisicoUpdate
from app.verbonden_partijen import service as partijen


async def list_risicos(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    status: RisicoStatus | None,
    page: PageRequest,
) -> PageOf[Risico]:
    """The municipality's risks of a party it takes part in, largest first."""
    await partijen.get_party(session, principal, party_id)
    statement = repository.risicos_of_party(principal.tenant_id, party_id, status)
    return await fetch_page(session, statement, page)


async def get_risico(session: AsyncSession, principal: Principal, risico_id: uuid.UUID) -> Risico:
    """A risk of the caller's municipality; any other id is 404."""
    found = await repository.risico(session, principal, risico_id)
    if found is None:
        raise NotFound("risico")
    return found


async def create_risico(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: RisicoCreate
) -> Risico:
    """Record a risk; a beheerder, or a regievoerder of the party."""
    await partijen.require_director(session, principal, party_id)
    created = Risico(
        organisatie_id=principal.tenant_id, verbonden_partij_id=party_id, **data.model_dump()
    )
    session.add(created)
    await session.flush()
    await audit.record_private(
        session, principal, actie="aangemaakt", entiteit="risico", target=created, voor=None
    )
    return created


async def update_risico(
    session: AsyncSession,
    principal: Principal,
    risico_id: uuid.UUID,
    patch: RisicoUpdate,
    if_match: str | None,
) -> Risico:
    """Merge-patch a risk against the version the caller last read."""
    found = await get_risico(session, principal, risico_id)
    await partijen.require_director(session, principal, found.verbonden_partij_id)
    require_current(if_match, found.versie)
    before = audit.snapshot(found)
    for name, value in patch.changes().items():
        setattr(found, name, value)
    await session.flush()
    await audit.record_private(
        session, principal, actie="gewijzigd", entiteit="risico", target=found, voor=before
    )
    return found
