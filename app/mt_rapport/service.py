"""The MT report of a round, for the municipality's MT, beheerder and lezer."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core.clock import today
from app.core.db import end_read_only_transaction
from app.mt_rapport.assembler import assemble
from app.mt_rapport.document import MtRapport
from app.rapportagerondes import service as rondes


async def mt_report(session: AsyncSession, principal: Principal, ronde_id: uuid.UUID) -> MtRapport:
    """The report of a round of the caller's municipality as of today (another municipality's
    round is 404). Reads only, and hands its connection back before the caller renders."""
    ronde = await rondes.get_round(session, principal, ronde_id)
    rapport = await assemble(session, ronde, today())
    await end_read_only_transaction(session)
    return rapport
