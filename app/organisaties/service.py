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


async def choices(session: AsyncSession, limit: int) -> list[tuple[uuid.UUID, str]]:
    """(id, naam) of the organisations in name order, at most `limit`, for a choice list."""
    return await repository.first_names(session, limit)


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


async def find_by_cbs_code(session: AsyncSession, cbs_code: str) -> Organisatie | None:
    """The organisation a CBS code (`GM0202`, any case) identifies, if registered."""
    return await repository.by_cbs_code(session, cbs_code.upper())


async def names_of(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of these organisations, by id."""
    return await repository.names_of(session, ids)


async def municipality_of(session: AsyncSession, cbs_code: str) -> tuple[uuid.UUID, str] | None:
    """Id and name of the organisation a CBS code identifies (sign-on's lookup)."""
    organisation = await find_by_cbs_code(session, cbs_code)
    return None if organisation is None else (organisation.id, organisation.naam)
