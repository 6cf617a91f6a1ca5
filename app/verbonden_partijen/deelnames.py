"""Use cases of participations: who takes part in a party, with what share and which roles.

The penvoerder rule (API.md 1.1): only the penvoerder adds a participant and keeps the shared
facts of every participation; every municipality keeps its own roles and dates, and only it
removes its own participation, while nothing of its own hangs on it.
"""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.core.etag import require_current
from app.organisaties.models import Organisatie
from app.verbonden_partijen import repository
from app.verbonden_partijen.models import Deelname
from app.verbonden_partijen.own_records import has_own_records
from app.verbonden_partijen.rules import period_problems
from app.verbonden_partijen.schemas import (
    DeelnameCreate,
    DeelnameRead,
    DeelnameUpdate,
    OrganisatieVerwijzing,
    ZetelRead,
)
from app.verbonden_partijen.service import get_party, is_penvoerder, record_shared

PRIVATE_FIELDS = Deelname.PRIVATE_FIELDS
# The facts of the arrangement every participant sees; kept by the penvoerder.
SHARED_FACTS = ("aandeel", "stemgewicht", "bestuurlijk_belang")
# What a municipality keeps about its own participation; nobody else changes it.
OWN_FIELDS = (*PRIVATE_FIELDS, "begindatum", "einddatum")


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
    """The penvoerder registers another participant of its party."""
    party = await get_party(session, beheerder, party_id)
    if not is_penvoerder(beheerder, party):
        raise Forbidden("Only a beheerder of the party's penvoerder adds participants.")
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
    """The shared facts are kept by the penvoerder; the role holders and dates only by the
    municipality itself."""
    deelname, organisatie = await get_deelname(session, beheerder, deelname_id)
    changes = patch.changes()
    party = await get_party(session, beheerder, deelname.verbonden_partij_id)
    if not is_penvoerder(beheerder, party) and any(field in changes for field in SHARED_FACTS):
        raise Forbidden(
            "Only a beheerder of the party's penvoerder changes aandeel, stemgewicht and seats."
        )
    if deelname.organisatie_id != beheerder.tenant_id and any(f in changes for f in OWN_FIELDS):
        raise Forbidden(
            "Only the participating municipality itself changes its role holders and dates."
        )
    require_current(if_match, deelname.versie)
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
    """Remove the own municipality's participation registered by mistake, with its regievoerder
    assignments; one with records of its own on it gets an einddatum instead (409)."""
    deelname, _ = await get_deelname(session, beheerder, deelname_id)
    if deelname.organisatie_id != beheerder.tenant_id:
        raise Forbidden("Only the participating municipality itself removes its participation.")
    party = await get_party(session, beheerder, deelname.verbonden_partij_id)
    if is_penvoerder(beheerder, party):
        raise Conflict("Hand the penvoerder role to another participant before leaving the party.")
    if await has_own_records(session, beheerder.tenant_id, party.id):
        raise Conflict(
            "Your municipality has records about this party; end the participation "
            "(einddatum) instead, so they stay readable."
        )
    before = audit.snapshot(deelname)
    await repository.remove_assignments(session, beheerder.tenant_id, deelname.verbonden_partij_id)
    await session.delete(deelname)
    await session.flush()
    await record_shared(session, beheerder, "verwijderd", deelname, before)


def _private_fields_set(fields: set[str]) -> bool:
    return any(field in fields for field in PRIVATE_FIELDS)


def _foreign_private_fields() -> Forbidden:
    return Forbidden(
        "Only the participating municipality itself records who holds its owner and client roles."
    )
