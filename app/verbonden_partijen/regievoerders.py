"""Use cases of regievoerder assignments: which of a municipality's staff direct a party."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import Principal
from app.core import audit
from app.core.errors import InvalidInput, InvalidParam
from app.verbonden_partijen import repository
from app.verbonden_partijen.models import RegievoerderToewijzing
from app.verbonden_partijen.service import get_party


async def list_regievoerders(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> list[Gebruiker]:
    """The caller's municipality's regievoerders of a party (other municipalities' stay private)."""
    await get_party(session, principal, party_id)
    return await repository.regievoerders_of(session, principal.tenant_id, party_id)


async def replace_regievoerders(
    session: AsyncSession, beheerder: Principal, party_id: uuid.UUID, gebruiker_ids: list[uuid.UUID]
) -> list[Gebruiker]:
    """Set the municipality's regievoerders of a party to exactly these active regievoerders."""
    await get_party(session, beheerder, party_id)
    wanted = list(dict.fromkeys(gebruiker_ids))
    accounts = await repository.regievoerder_accounts(session, beheerder.tenant_id, wanted)
    found = {account.id for account in accounts}
    problems = [
        InvalidParam(f"gebruikerIds[{index}]", "Not an active regievoerder of your municipality.")
        for index, gebruiker_id in enumerate(gebruiker_ids)
        if gebruiker_id not in found
    ]
    if problems:
        raise InvalidInput.fields(problems)
    current = await repository.assignments_of(session, beheerder.tenant_id, party_id)
    before = sorted(str(assignment.gebruiker_id) for assignment in current)
    for assignment in current:
        if assignment.gebruiker_id not in found:
            await session.delete(assignment)
    assigned = {assignment.gebruiker_id for assignment in current}
    for gebruiker_id in wanted:
        if gebruiker_id not in assigned:
            session.add(
                RegievoerderToewijzing(
                    organisatie_id=beheerder.tenant_id,
                    verbonden_partij_id=party_id,
                    gebruiker_id=gebruiker_id,
                )
            )
    await session.flush()
    await audit.record(
        session,
        beheerder,
        actie="gewijzigd",
        entiteit="regievoerders",
        entiteit_id=party_id,
        voor={"gebruikerIds": before},
        na={"gebruikerIds": sorted(str(gebruiker_id) for gebruiker_id in wanted)},
        verbonden_partij_id=party_id,
    )
    return await repository.regievoerders_of(session, beheerder.tenant_id, party_id)
