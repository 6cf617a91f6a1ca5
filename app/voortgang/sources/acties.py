"""Snapshot section `acties`: the municipality's open and overdue improvement-plan actions
about the party."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.verbeterplan.summaries import action_summary
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest


async def open_actions(session: AsyncSession, request: PrefillRequest) -> PrefillContribution:
    """How many actions linked to the party are unfinished and overdue on the day the draft is
    made, with the overdue ones listed (the municipality's own plan only)."""
    summary = await action_summary(
        session, request.organisatie_id, request.verbonden_partij_id, request.today
    )
    return PrefillContribution("acties", summary.model_dump(mode="json", by_alias=True))
