"""Use cases of recommendations: the municipality's own improvement plan, private to it."""

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.verbeterplan import repository
from app.verbeterplan.models import Aanbeveling, AanbevelingPartij, Bron
from app.verbeterplan.repository import AanbevelingFilter
from app.verbeterplan.rules import reactie_problem
from app.verbeterplan.schemas import AanbevelingCreate, AanbevelingUpdate


async def list_aanbevelingen(
    session: AsyncSession, principal: Principal, filters: AanbevelingFilter, page: PageRequest
) -> PageOf[Aanbeveling]:
    """The municipality's recommendations with their actions, in plan order."""
    return await fetch_page(session, repository.aanbevelingen(principal.tenant_id, filters), page)


async def get_aanbeveling(
    session: AsyncSession, principal: Principal, aanbeveling_id: uuid.UUID
) -> Aanbeveling:
    """A recommendation of the caller's municipality; any other id is 404."""
    found = await repository.aanbeveling(session, principal.tenant_id, aanbeveling_id)
    if found is None:
        raise NotFound("aanbeveling")
    return found


async def create_aanbeveling(
    session: AsyncSession, principal: Principal, data: AanbevelingCreate
) -> Aanbeveling:
    """Add a recommendation; its parties must be ones the municipality takes part in."""
    problems = await party_problems(session, principal, data.verbonden_partij_ids, set())
    if problem := reactie_problem(data.reactie, data.reactie_toelichting):
        problems.append(InvalidParam("reactieToelichting", problem))
    if problems:
        raise InvalidInput.fields(problems)
    await _require_free_key(session, principal, (data.bron, data.deel, data.code))
    values = data.model_dump(exclude={"verbonden_partij_ids"})
    created = Aanbeveling(organisatie_id=principal.tenant_id, **values)
    created.partij_links = [
        AanbevelingPartij(verbonden_partij_id=party_id)
        for party_id in dict.fromkeys(data.verbonden_partij_ids)
    ]
    session.add(created)
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="aangemaakt",
        entiteit="aanbeveling",
        target=created,
        voor=None,
        state=snapshot,
    )
    return await get_aanbeveling(session, principal, created.id)


async def update_aanbeveling(
    session: AsyncSession,
    principal: Principal,
    aanbeveling_id: uuid.UUID,
    patch: AanbevelingUpdate,
    if_match: str | None,
) -> Aanbeveling:
    """Merge-patch a recommendation against the version the caller last read."""
    found = await get_aanbeveling(session, principal, aanbeveling_id)
    require_current(if_match, found.versie)
    changes = patch.changes()
    party_ids: list[uuid.UUID] | None = changes.pop("verbonden_partij_ids", None)
    linked = set(found.verbonden_partij_ids)
    problems = await party_problems(session, principal, party_ids or [], linked)
    reactie = changes.get("reactie", found.reactie)
    if problem := reactie_problem(
        reactie, changes.get("reactie_toelichting", found.reactie_toelichting)
    ):
        problems.append(InvalidParam("reactieToelichting", problem))
    if problems:
        raise InvalidInput.fields(problems)
    key = (
        changes.get("bron", found.bron),
        changes.get("deel", found.deel),
        changes.get("code", found.code),
    )
    await _require_free_key(session, principal, key, other_than=found.id)
    before = snapshot(found)
    apply_changes(found, changes, party_ids)
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="gewijzigd",
        entiteit="aanbeveling",
        target=found,
        voor=before,
        state=snapshot,
    )
    return found


def apply_changes(
    target: Aanbeveling, changes: dict[str, Any], party_ids: list[uuid.UUID] | None
) -> None:
    """Set the fields and the linked parties; any change makes a new version."""
    for name, value in changes.items():
        setattr(target, name, value)
    if party_ids is not None:
        wanted = list(dict.fromkeys(party_ids))
        target.partij_links = [
            link for link in target.partij_links if link.verbonden_partij_id in wanted
        ] + [
            AanbevelingPartij(verbonden_partij_id=party_id)
            for party_id in wanted
            if party_id not in target.verbonden_partij_ids
        ]
    target.gewijzigd_op = utcnow()  # also when only the links changed: a new version


async def party_problems(
    session: AsyncSession,
    principal: Principal,
    party_ids: list[uuid.UUID],
    linked: set[uuid.UUID],
) -> list[InvalidParam]:
    """Each id that is not a party the municipality takes part in, by its place in the list;
    a regievoerder links only parties it directs (those `linked` already may stay)."""
    visible = await repository.visible_party_ids(session, principal, party_ids)
    directed = visible
    if principal.rol is Rol.REGIEVOERDER:
        new = [party_id for party_id in visible if party_id not in linked]
        directed = linked | await repository.directed_party_ids(session, principal.account_id, new)
    problems = []
    for index, party_id in enumerate(party_ids):
        name = f"verbondenPartijIds[{index}]"
        if party_id not in visible:
            problems.append(
                InvalidParam(name, "No verbonden partij with this id is visible to you.")
            )
        elif party_id not in directed:
            problems.append(
                InvalidParam(name, "You are not a regievoerder of this verbonden partij.")
            )
    return problems


async def _require_free_key(
    session: AsyncSession,
    principal: Principal,
    key: tuple[Bron, int, str],
    other_than: uuid.UUID | None = None,
) -> None:
    if await repository.key_taken(session, principal.tenant_id, key, other_than):
        bron, deel, code = key
        raise Conflict(f"The plan already has recommendation {code} in part {deel} ({bron}).")


def snapshot(target: Aanbeveling) -> dict[str, Any]:
    return {
        **audit.snapshot(target),
        "verbonden_partij_ids": [str(party_id) for party_id in target.verbonden_partij_ids],
    }
