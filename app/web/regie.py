"""Whether the signed-in person may write the regie of a party (a beheerder of a
participating municipality, or the party's regievoerder), so that a page offers its forms
only to those who may use them. The writes themselves check again in the services."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.errors import Forbidden
from app.verbonden_partijen import service as partijen


async def may_direct(session: AsyncSession, principal: Principal, party_id: uuid.UUID) -> bool:
    if principal.rol not in (Rol.BEHEERDER, Rol.REGIEVOERDER):
        return False
    try:
        await partijen.require_director(session, principal, party_id)
    except Forbidden:
        return False
    return True
