"""Use cases of organisations: the public bodies that take part in verbonden partijen."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, NotFound
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.organisaties import repository
from app.organisaties.models import Organisatie, OrganisatieSoort
from app.organisaties.schemas import OrganisatieCreate


async def list_organisations(
    session: AsyncSession, page: PageRequest, soort: OrganisatieSoort | None, zoek: str | None
) -> PageOf[Organisatie]:
    """Organisations are public bodies: every municipal account may look them up."""
    return await fetch_page(session, repository.filtered(soort, zoek), page)


async def get_organisation(session: AsyncSession, organisatie_id: uuid.UUID) -> Organisatie:
    organisation = await repository.by_id(session, organisatie_id)
    if organisation is None:
        raise NotFound("organisatie")
    return organisation


async def create_organisation(
    session: AsyncSession, actor: audit.Actor, data: OrganisatieCreate
) -> Organisatie:
    """Register a body; a CBS code identifies at most one."""
    if data.cbs_code and await repository.by_cbs_code(session, data.cbs_code):
        raise Conflict(f"An organisation with CBS code {data.cbs_code} already exists.")
    organisation = Organisatie(**data.model_dump())
    session.add(organisation)
    await session.flush()
    await audit.record(
        session,
        actor,
        actie="aangemaakt",
        entiteit="organisatie",
        entiteit_id=organisation.id,
        voor=None,
        na=audit.snapshot(organisation),
    )
    return organisation
