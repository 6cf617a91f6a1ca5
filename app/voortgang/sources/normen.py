"""Snapshot section `normen`: the outcome of each of the party's norms in the half-year."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.rapportages.summaries import norm_outcomes_for_period
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest


async def norm_outcomes(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """Per norm its latest measurement in the half-year and its outcome, and the share met;
    nothing when the party has no norms."""
    summary = await norm_outcomes_for_period(session, request.verbonden_partij_id, request.periode)
    if not summary.normen:
        return None
    return PrefillContribution("normen", summary.model_dump(mode="json", by_alias=True))
