"""Use cases of participations: who takes part in a party, with what share and which roles."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.core.etag import require_current
from app.organisaties.models import Organisatie
from app.verbonden_partijen import repository
from app.verbonden_partijen.models import Deelname
from app.verbonden_partijen.rules import period_problems
from app.verbonden_partijen.schemas import (
    DeelnameCreate,
    DeelnameRead,
    DeelnameUpdate,
    OrganisatieVerwijzing,
    ZetelRead,
)
from app.verbonden_partijen.service import get_party, record_shared

PRIVATE_FIELDS = Deelname.PRIVATE_FIELDS


def deelname_view(deelname: Deelname, organisatie: Organisatie, viewer: Principal) -> DeelnameRead:
    """A participation as `viewer` may see it: the role holders only for its own municipality."""
    own = deelname.organisatie_id == viewer.organisatie_id
    return DeelnameRead(
        id=deelname.id,
        verbonden_partij_id=deelname.verbonden_partij_id,
        organisatie=OrganisatieVerwijzing(id=organisatie.id, naam=organisatie.naam),
        aandeel=deelname.aandeel,
        stemgewicht=deelname.stemgewicht,
        bestuurlijk_belang=[
            ZetelRead.model_validate(zetel) for zetel in deelname.bestuurlijk_belang
        ],
        eigenaarsrol_houder=deelname.eigenaarsrol_houder if own else None,
        opdrachtgeversrol_houder=deelname.opdrachtgeversrol_houder if own else None,
        begindatum=deelname.begindatum,
        einddatum=deelname.einddatum,
        eigen=own,
        versie=deelname.versie,
    )


async def list_deelnames(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> list[DeelnameRead]:
    """Every participant of a party the caller takes part in."""
    await get_party(session, principal, party_id)
    rows = await repository.deelnames_of(session, party_id)
    return [deelname_view(deelname, org, principal) for deelname, org in rows]


async def get_deelname(
    session: AsyncSession, principal: Principal, deelname_id: uuid.UUID
) -> tuple[Deelname, Organisatie]:
    row = await repository.readable_deelname(session, principal, deelname_id)
    if row is None:
        raise NotFound("deelname")
    return row


async def create_deelname(
    session: AsyncSession, beheerder: Principal, party_id: uuid.UUID, data: DeelnameCreate
) -> DeelnameRead:
    """Register a participant of a party the beheerder's municipality takes part in."""
    await get_party(session, beheerder, party_id)
    if not await repository.organisation_exists(session, data.organisatie_id):
        raise InvalidInput.field("organisatieId", "No organisation with this id exists.")
    if data.organisatie_id != beheerder.tenant_id and _private_fields_set(data.model_fields_set):
        raise _foreign_private_fields()
    if problems := period_problems(data.begindatum, data.einddatum):
        raise InvalidInput.fields(problems)
    if await repository.deelname_exists(session, party_id, data.organisatie_id):
        raise Conflict("This organisation already participates in this verbonden partij.")
    values = data.model_dump(exclude={"bestuurlijk_belang"})
    deelname = Deelname(
        verbonden_partij_id=party_id,
        bestuurlijk_belang=[zetel.model_dump(mode="json") for zetel in data.bestuurlijk_belang],
        **values,
    )
    session.add(deelname)
    await session.flush()
    await record_shared(session, beheerder, "aangemaakt", deelname, None)
    deelname, organisatie = await get_deelname(session, beheerder, deelname.id)
    return deelname_view(deelname, organisatie, beheerder)


async def update_deelname(
    session: AsyncSession,
    beheerder: Principal,
    deelname_id: uuid.UUID,
    patch: DeelnameUpdate,
    if_match: str | None,
) -> DeelnameRead:
    """Shared facts may be kept by any participant; the role holders only by the municipality
    itself."""
    deelname, organisatie = await get_deelname(session, beheerder, deelname_id)
    require_current(if_match, deelname.versie)
    changes = patch.changes()
    if deelname.organisatie_id != beheerder.tenant_id and _private_fields_set(set(changes)):
        raise _foreign_private_fields()
    problems = period_problems(
        changes.get("begindatum", deelname.begindatum), changes.get("einddatum", deelname.einddatum)
    )
    if problems:
        raise InvalidInput.fields(problems)
    before = audit.snapshot(deelname)
    if patch.bestuurlijk_belang is not None:
        changes["bestuurlijk_belang"] = [
            z.model_dump(mode="json") for z in patch.bestuurlijk_belang
        ]
    for field, value in changes.items():
        setattr(deelname, field, value)
    await session.flush()
    await record_shared(session, beheerder, "gewijzigd", deelname, before)
    return deelname_view(deelname, organisatie, beheerder)


async def delete_deelname(
    session: AsyncSession, beheerder: Principal, deelname_id: uuid.UUID
) -> None:
    """Remove a participation registered by mistake (an ended one gets an einddatum instead).

    Removing the own municipality's participation also ends its regievoerder assignments.
    """
    deelname, _ = await get_deelname(session, beheerder, deelname_id)
    before = audit.snapshot(deelname)
    if deelname.organisatie_id == beheerder.tenant_id:
        await repository.remove_assignments(
            session, beheerder.tenant_id, deelname.verbonden_partij_id
        )
    await session.delete(deelname)
    await session.flush()
    await record_shared(session, beheerder, "verwijderd", deelname, before)


def _private_fields_set(fields: set[str]) -> bool:
    return any(field in fields for field in PRIVATE_FIELDS)


def _foreign_private_fields() -> Forbidden:
    return Forbidden(
        "Only the participating municipality itself records who holds its owner and client roles."
    )
