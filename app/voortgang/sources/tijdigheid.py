"""Snapshot section `tijdigheid`: whether the partner delivered its reports of the half-year
on time."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.rapportages.summaries import timeliness_for_period
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest


async def partner_timeliness(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """Per norm and period of the half-year: on time, late, missing or still expected, as of
    the day the draft is made; nothing when the party has no norms in force."""
    summary = await timeliness_for_period(
        session, request.verbonden_partij_id, request.periode, request.today
    )
    if not summary.regels:
        return None
    return PrefillContribution("tijdigheid", summary.model_dump(mode="json", by_alias=True))
